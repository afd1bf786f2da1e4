"""Similar projects: Welsh- and English-aware words, TF-IDF cosine, and the reasons shown."""

from __future__ import annotations

import pytest

from kiosk.similar import ProjectText, SimilarityIndex, stem, words

PROJECTS = [
    ProjectText(
        "falls-7",
        "Fewer falls on Ward 7",
        "Reduce inpatient falls on Ward 7 by 30% by March 2027 through hourly rounding.",
        ("data-and-charts", "practical-advice"),
    ),
    ProjectText(
        "sepsis",
        "Sepsis six within the hour",
        "Deliver all six sepsis interventions within one hour for 95% of adults in ED.",
        ("model-for-improvement",),
    ),
    ProjectText(
        "discharge",
        "Discharge before noon",
        "Increase the share of patients discharged before noon on medical wards to 40%.",
        ("organisational-barriers",),
    ),
    ProjectText(
        "cwympiadau",
        "Lleihau cwympiadau ar Ward 3",
        "Lleihau nifer y cwympiadau ymhlith cleifion mewnol o 20% erbyn mis Mawrth.",
        ("data-and-charts",),
    ),
    ProjectText(
        "pressure",
        "Pressure ulcers in the community",
        "Halve avoidable pressure ulcers among district nursing patients within a year.",
        ("practical-advice",),
    ),
]


@pytest.fixture(scope="module")
def index() -> SimilarityIndex:
    return SimilarityIndex(PROJECTS)


def test_words_drop_english_and_welsh_stop_words_numbers_and_months() -> None:
    found = [
        term for term, _ in words("Reduce the falls on Ward 7 by 30% by March ac yn y cwympiadau")
    ]

    assert found == ["reduce", "fall", "ward", "cwympiad"]


def test_accents_and_case_do_not_matter() -> None:
    assert [t for t, _ in words("Gwasanaethau Iechyd")] == [
        t for t, _ in words("gwasanaethau iechyd")
    ]
    assert [t for t, _ in words("Siân's Café")] == ["sian", "cafe"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("falls", "fall"),
        ("injuries", "injury"),
        ("patches", "patch"),
        ("status", "status"),
        ("cwympiadau", "cwympiad"),
        ("sgiliau", "sgil"),
        ("class", "class"),
    ],
)
def test_plural_endings_of_both_languages_are_stripped(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_a_near_duplicate_ranks_the_existing_project_first(index: SimilarityIndex) -> None:
    matches = index.query(
        title="Reducing falls on ward 7",
        aim="Reduce the number of inpatient falls on ward 7 with hourly rounding",
        topics=["data-and-charts"],
    )

    assert matches[0].project_id == "falls-7"
    assert matches[0].score > 0.5
    assert matches[0].shared_topics == ("data-and-charts",)
    assert {"falls", "hourly", "rounding", "inpatient"} <= set(matches[0].shared_words)


def test_welsh_text_finds_the_welsh_project(index: SimilarityIndex) -> None:
    matches = index.query(title="Cwympiadau cleifion", aim="lleihau cwympiadau ar y ward")

    assert matches[0].project_id == "cwympiadau"
    assert "cwympiadau" in matches[0].shared_words


def test_reasons_list_rare_words_first(index: SimilarityIndex) -> None:
    matches = index.query(title="", aim="rounding on the ward")

    assert matches[0].project_id == "falls-7"
    # "rounding" is in one project, "ward" in two: the rarer word is the better reason.
    assert matches[0].shared_words[:2] == ("rounding", "ward")


def test_a_project_is_not_similar_to_itself(index: SimilarityIndex) -> None:
    matches = index.similar_to("falls-7")

    assert "falls-7" not in [m.project_id for m in matches]
    assert matches[0].project_id == "cwympiadau"  # shared topic and "ward"


def test_nothing_in_common_gives_no_matches(index: SimilarityIndex) -> None:
    assert index.query(title="Theatre list utilisation", aim="") == []
    assert index.query(title="", aim="the and of y yn") == []
    assert index.similar_to("no-such-project") == []


def test_scores_fall_as_matches_get_worse_and_the_limit_holds(index: SimilarityIndex) -> None:
    matches = index.query(title="falls ward patients", aim="", topics=["practical-advice"], limit=3)

    assert len(matches) == 3
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)
