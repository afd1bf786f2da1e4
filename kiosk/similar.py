"""Similar projects: TF-IDF cosine over title, aim and topics, Welsh- and English-aware.

An index is built once over every project (completed ones included: a team should learn what
was tried before) and answers a query in a few milliseconds at 20,000 projects: documents are
held as unit-length sparse vectors in an inverted index, so a query only touches the projects
that share at least one term with it. Each match carries its reasons: the topics it shares and
the words of the title and aim it shares, rarest first.

Tokenising folds case and accents ("gwasanaethau" and "Gwasanaethau", "â" and "a"), drops
English and Welsh stop words, numbers and month names (aims are full of "by 30% by March"),
and strips a few plural endings of both languages so that "falls" meets "fall" and
"cwympiadau" meets "cwympiad". No Qt, no database: kiosk.services.qnet feeds it.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kiosk.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH_STOP = _word_set(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with
    would you your yours per via within without across using use used make made get getting
    able ensure ensuring need needs new one two three many much well every
    """
)
WELSH_STOP = _word_set(
    """
    a ac ag am ar at bod byddwn bydd byddai cael dan dros drwy trwy ei eu ein eich er mwyn fel
    fod gan gyda gyfer heb hefyd hyn hynny i iawn mae maen mewn na nad nid neu o oes oedd ond
    pan pob rhwng sy sydd tan tra wedi wrth y yr yn yng ym yw hwn hon hyd gael gwneud gall
    gallu mwy llai nifer fydd ydy ydym bydd ni chi nhw fi ti e hi
    """
)
MONTHS = _word_set(
    """
    january february march april may june july august september october november december
    ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr
    """
)
STOP_WORDS = ENGLISH_STOP | WELSH_STOP | MONTHS

TITLE_WEIGHT = 2  # a word of the title counts as two of the aim
TOPIC_WEIGHT = 1.5
_TOPIC = "#"  # topic features are "#slug": no word starts with "#"


def stem(word: str) -> str:
    """A light stem of a folded word: plural endings of English and Welsh removed."""
    if len(word) > 5 and word.endswith("iau"):
        return word[:-3]
    if len(word) > 5 and word.endswith("au"):
        return word[:-2]  # cwympiadau -> cwympiad
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[tuple[str, str]]:
    """The (stem, word as written) pairs of `text` that carry meaning, in order."""
    found = []
    for match in _WORD.finditer(text):
        surface = match.group(0)
        folded = fold(surface).replace("’", "'")
        if "'" in folded:  # "ward's" -> "ward", "i'r" -> "i" (a stop word)
            folded = folded.split("'")[0]
        if len(folded) < 3 or folded in STOP_WORDS:
            continue
        found.append((stem(folded), surface))
    return found


@dataclass(frozen=True)
class ProjectText:
    """What the index reads of a project."""

    id: str
    title: str
    aim: str
    topics: tuple[str, ...] = ()  # slugs


@dataclass(frozen=True)
class Match:
    """A similar project, its cosine score (0 to 1) and why it matched."""

    project_id: str
    score: float
    shared_topics: tuple[str, ...]  # slugs
    shared_words: tuple[str, ...]  # as the query wrote them, rarest first


def _term_counts(
    title: str, aim: str, topics: Iterable[str]
) -> tuple[Counter[str], dict[str, str]]:
    counts: Counter[str] = Counter()
    surfaces: dict[str, str] = {}
    for weight, text in ((TITLE_WEIGHT, title), (1, aim)):
        for term, surface in words(text):
            counts[term] += weight
            surfaces.setdefault(term, surface.lower())
    for slug in topics:
        counts[_TOPIC + slug] += 1
    return counts, surfaces


class SimilarityIndex:
    """TF-IDF vectors of every project, with an inverted index for fast cosine queries."""

    def __init__(self, projects: Iterable[ProjectText]) -> None:
        self._projects: list[ProjectText] = []
        self._position: dict[str, int] = {}
        counts: list[Counter[str]] = []
        frequency: Counter[str] = Counter()
        for project in projects:
            if project.id in self._position:
                continue
            self._position[project.id] = len(self._projects)
            self._projects.append(project)
            terms, _ = _term_counts(project.title, project.aim, project.topics)
            counts.append(terms)
            frequency.update(terms.keys())
        total = len(self._projects)
        # Smoothed IDF, as if one more document held every term: never zero, never negative.
        self._idf = {term: math.log((1 + total) / (1 + n)) + 1.0 for term, n in frequency.items()}
        self._postings: dict[str, tuple[list[int], list[float]]] = {}
        self._vectors: list[dict[str, float]] = []
        for doc, terms in enumerate(counts):
            vector = self._weigh(terms)
            self._vectors.append(vector)
            for term, weight in vector.items():
                docs, weights = self._postings.setdefault(term, ([], []))
                docs.append(doc)
                weights.append(weight)

    def __len__(self) -> int:
        return len(self._projects)

    def project(self, project_id: str) -> ProjectText | None:
        """The indexed text of a project, or None if it is not in the index."""
        position = self._position.get(project_id)
        return None if position is None else self._projects[position]

    def _weigh(self, terms: Counter[str]) -> dict[str, float]:
        """Sublinear TF times IDF, scaled to unit length; unknown terms are left out."""
        vector: dict[str, float] = {}
        for term, count in terms.items():
            idf = self._idf.get(term)
            if idf is None:
                continue  # no project has it: it cannot add to any score
            boost = TOPIC_WEIGHT if term.startswith(_TOPIC) else 1.0
            vector[term] = (1.0 + math.log(count)) * idf * boost
        norm = math.sqrt(sum(w * w for w in vector.values()))
        return {term: w / norm for term, w in vector.items()} if norm else {}

    def query(
        self,
        *,
        title: str,
        aim: str,
        topics: Sequence[str] = (),
        limit: int = 5,
        exclude: str | None = None,
        min_score: float = 0.05,
    ) -> list[Match]:
        """The `limit` projects most similar to this text, best first, with their reasons."""
        terms, surfaces = _term_counts(title, aim, topics)
        vector = self._weigh(terms)
        if not vector or limit <= 0:
            return []
        scores: dict[int, float] = {}
        get = scores.get
        for term, q_weight in vector.items():
            docs, weights = self._postings[term]
            for doc, weight in zip(docs, weights, strict=True):
                scores[doc] = get(doc, 0.0) + q_weight * weight
        skip = self._position.get(exclude) if exclude is not None else None
        if skip is not None:
            scores.pop(skip, None)
        best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
        matches = []
        for doc, score in best:
            if score < min_score:
                break
            matches.append(self._match(doc, score, vector, surfaces))
        return matches

    def similar_to(self, project_id: str, *, limit: int = 5) -> list[Match]:
        """The projects most similar to an indexed project (itself left out)."""
        project = self.project(project_id)
        if project is None:
            return []
        return self.query(
            title=project.title,
            aim=project.aim,
            topics=project.topics,
            limit=limit,
            exclude=project_id,
        )

    def _match(
        self, doc: int, score: float, query: dict[str, float], surfaces: dict[str, str]
    ) -> Match:
        vector = self._vectors[doc]
        shared = [term for term in query if term in vector]
        topics = tuple(sorted(term[1:] for term in shared if term.startswith(_TOPIC)))
        plain = [term for term in shared if not term.startswith(_TOPIC)]
        plain.sort(key=lambda term: (-self._idf[term], term))
        return Match(
            project_id=self._projects[doc].id,
            score=round(min(score, 1.0), 4),
            shared_topics=topics,
            shared_words=tuple(surfaces[term] for term in plain[:5]),
        )
