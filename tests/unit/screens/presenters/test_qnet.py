"""The Qnet screens' decisions, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.coffee import CoffeeGroup, CoffeeMember
from screens.presenters.qnet import (
    FormInput,
    draft_of,
    filter_cards,
    missing,
    pdsa_draft,
    pdsa_step,
    register_link,
    slips_html,
    usual_slots,
    worth_searching,
)


def _card(title: str, stage: str = "aim", topics: tuple[str, ...] = ()) -> ProjectCard:
    return ProjectCard(
        id=title,
        title=title,
        aim="",
        department_en="Emergency Department",
        department_cy="Adran Achosion Brys",
        stage=stage,
        topics_en=topics,
        topics_cy=tuple(f"cy {t}" for t in topics),
        pdsa_cycles=0,
        seeking_collaborators=False,
        start_date=date(2026, 1, 1),
    )


CARDS = [
    _card("Fewer falls", "testing", ("Data and charting skills",)),
    _card("Sepsis six", "completed", ("Practical advice",)),
    _card("Ffrwd cleifion", "aim", ("Data and charting skills", "Practical advice")),
]


@pytest.mark.parametrize(
    ("query", "topic", "stage", "expected"),
    [
        ("", None, None, ["Fewer falls", "Sepsis six", "Ffrwd cleifion"]),
        ("FALLS", None, None, ["Fewer falls"]),
        ("brys", None, None, ["Fewer falls", "Sepsis six", "Ffrwd cleifion"]),
        ("", "Practical advice", None, ["Sepsis six", "Ffrwd cleifion"]),
        ("", "Practical advice", "aim", ["Ffrwd cleifion"]),
        ("ffrwd cy practical", None, None, ["Ffrwd cleifion"]),
        ("nothing", None, None, []),
    ],
)
def test_filter_cards_by_words_topic_and_stage(
    query: str, topic: str | None, stage: str | None, expected: list[str]
) -> None:
    found = filter_cards(CARDS, query=query, topic_en=topic, stage=stage)

    assert [c.title for c in found] == expected


def test_similar_projects_wait_for_two_words() -> None:
    assert not worth_searching("Falls", "")
    assert not worth_searching("a b", "of")
    assert worth_searching("Falls", "reduce")


def test_the_form_needs_a_title_and_an_aim_and_becomes_a_draft() -> None:
    form = FormInput(
        title="Falls",
        aim=" ",
        measures="m",
        changes="c",
        department_id="d",
        topics=("wellbeing",),
        member_ids=("p",),
        iqt_ref="IQT-1",
        seeking=True,
    )

    assert missing(form) == ["aim"]
    assert missing(FormInput("", "", "", "", None, (), (), "", False)) == ["title", "aim"]
    draft = draft_of(form)
    assert (draft.measures_text, draft.changes_text, draft.topics, draft.member_ids) == (
        "m",
        "c",
        ("wellbeing",),
        ("p",),
    )
    assert draft.seeking_collaborators


def test_pdsa_form_maps_the_act_choice_and_knows_the_next_step() -> None:
    assert pdsa_draft(title="t", plan="", prediction="", do="", study="", act_index=0).act is None
    assert (
        pdsa_draft(title="t", plan="", prediction="", do="", study="", act_index=2).act == "adapt"
    )
    assert pdsa_step(plan="p", prediction="", do="", study="", act=None) == "plan"
    assert pdsa_step(plan="p", prediction="q", do="", study="", act=None) == "do"
    assert pdsa_step(plan="p", prediction="q", do="d", study="", act=None) == "study"
    assert pdsa_step(plan="p", prediction="q", do="d", study="s", act=None) == "act"
    assert pdsa_step(plan="p", prediction="q", do="d", study="s", act="adopt") == "done"


def test_usual_times_and_register_links() -> None:
    days = ["Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul"]
    parts = {"morning": "bore", "afternoon": "prynhawn"}

    assert usual_slots([(1, "morning"), (3, "afternoon")], days, parts) == "Maw bore, Iau prynhawn"
    assert usual_slots([(2, "morning")], ["", "", "Mercher"], parts, "%2 %1") == "bore Mercher"
    assert (
        register_link("https://register.example/", "p1") == "https://register.example/projects/p1"
    )
    assert register_link("", "p1") == ""


def test_slips_escape_names_and_show_departments_in_the_language() -> None:
    group = CoffeeGroup(
        number=3,
        members=(
            CoffeeMember("a", "Siân <b>", "Surgery", "Llawfeddygaeth"),
            CoffeeMember("b", "Rhys", "", ""),
        ),
    )

    html = slips_html([group], heading="Grŵp coffi", line="Cwrddwch!", welsh=True)

    assert "Grŵp coffi 3" in html
    assert "Siân &lt;b&gt; (Llawfeddygaeth) · Rhys" in html
    assert "<b>" not in html.replace("<body", "")
