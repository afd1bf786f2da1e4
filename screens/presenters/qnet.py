"""Qnet screens' decisions, without Qt: filters, the guided form, reasons, slips, usual times."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.coffee import CoffeeGroup
from kiosk.dto.projects import PdsaDraft, ProjectDraft
from kiosk.text import fold

STAGES = ("aim", "measures", "changes", "testing", "implementing", "spreading", "completed")
ACTS = ("adopt", "adapt", "abandon")
MIN_WORDS_FOR_SIMILAR = 2
"""Similar projects are looked for once the title and aim hold this many words of 3+ letters."""


def filter_cards(
    cards: Sequence[ProjectCard], *, query: str, topic_en: str | None, stage: str | None
) -> list[ProjectCard]:
    """Cards matching every word typed (title, aim, department, topics), a topic and a stage."""
    words = fold(query).split()
    found = []
    for card in cards:
        if stage and card.stage != stage:
            continue
        if topic_en and topic_en not in card.topics_en:
            continue
        if words:
            haystack = fold(
                " ".join(
                    (
                        card.title,
                        card.aim,
                        card.department_en,
                        card.department_cy,
                        *card.topics_en,
                        *card.topics_cy,
                    )
                )
            )
            if not all(word in haystack for word in words):
                continue
        found.append(card)
    return found


def worth_searching(title: str, aim: str) -> bool:
    """Whether enough has been typed for similar projects to mean something."""
    words = [w for w in f"{title} {aim}".split() if len(w) >= 3]
    return len(words) >= MIN_WORDS_FOR_SIMILAR


@dataclass(frozen=True)
class FormInput:
    """The new-project form as typed."""

    title: str
    aim: str
    measures: str
    changes: str
    department_id: str | None
    topics: tuple[str, ...]
    member_ids: tuple[str, ...]
    iqt_ref: str
    seeking: bool
    stage: str = "aim"


def missing(form: FormInput) -> list[str]:
    """The required fields left empty, in form order ("title", "aim")."""
    return [name for name, value in (("title", form.title), ("aim", form.aim)) if not value.strip()]


def draft_of(form: FormInput) -> ProjectDraft:
    """The draft the services check and store."""
    return ProjectDraft(
        title=form.title,
        aim=form.aim,
        measures_text=form.measures,
        changes_text=form.changes,
        department_id=form.department_id,
        topics=form.topics,
        member_ids=form.member_ids,
        iqt_ref=form.iqt_ref,
        seeking_collaborators=form.seeking,
        stage=form.stage,
    )


def pdsa_draft(
    *, title: str, plan: str, prediction: str, do: str, study: str, act_index: int
) -> PdsaDraft:
    """A PDSA draft from the form; act_index 0 is "not decided yet", then ACTS in order."""
    act = ACTS[act_index - 1] if 1 <= act_index <= len(ACTS) else None
    return PdsaDraft(title=title, plan=plan, prediction=prediction, do=do, study=study, act=act)


def pdsa_step(*, plan: str, prediction: str, do: str, study: str, act: str | None) -> str:
    """Where a cycle is: "plan", "do", "study", "act" (next to fill in) or "done"."""
    if not (plan.strip() and prediction.strip()):
        return "plan"
    if not do.strip():
        return "do"
    if not study.strip():
        return "study"
    return "done" if act else "act"


def usual_slots(
    slots: Sequence[tuple[int, str]],
    day_names: Sequence[str],
    part_names: dict[str, str],
    pattern: str = "%1 %2",
) -> str:
    """ "Tue morning, Thu afternoon" from (weekday, part) slots and translated names; `pattern`
    puts day (%1) and part of day (%2) in the language's order ("bore Mawrth" in Welsh)."""
    return ", ".join(
        pattern.replace("%1", day_names[day]).replace("%2", part_names.get(part, part))
        for day, part in slots
    )


def register_link(register_url: str, project_id: str) -> str:
    """The project's page on the central register, or "" when the room has no register."""
    base = register_url.strip().rstrip("/")
    return f"{base}/projects/{project_id}" if base else ""


def slips_html(groups: Sequence[CoffeeGroup], *, heading: str, line: str, welsh: bool) -> str:
    """One slip per group, as HTML for the printer: the heading, who meets, and a line."""
    parts = ["<html><body style='font-family: sans-serif'>"]
    for group in groups:
        names = " · ".join(
            f"{m.first_name} ({m.department_cy if welsh else m.department_en})".replace(" ()", "")
            for m in group.members
        )
        parts.append(
            "<div style='border: 1px dashed #444; padding: 12px; margin: 8px 0'>"
            f"<h2>{html.escape(heading)} {group.number}</h2>"
            f"<p style='font-size: 18pt'>{html.escape(names)}</p>"
            f"<p>{html.escape(line)}</p></div>"
        )
    parts.append("</body></html>")
    return "".join(parts)
