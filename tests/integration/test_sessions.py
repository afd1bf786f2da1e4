"""Group sessions on a real SQLite file: templates, contributions, votes, actions, summary."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.db import Store
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Contribution, Event, EventKind, Outbox, Person, Project, Visit, Vote
from kiosk.operations import Operations
from kiosk.services import sessions


@pytest.fixture
def ops(store: Store, now: datetime) -> Operations:
    return Operations(store, clock=lambda: now)


def _person(store: Store, name: str) -> str:
    with store.begin() as s:
        person = Person(display_name=name)
        s.add(person)
        s.flush()
        return person.id


def _event_with_visits(store: Store, now: datetime, names: list[str]) -> str:
    with store.begin() as s:
        event = Event(
            kind=EventKind.WORKSHOP,
            title_en="PDSA clinic",
            title_cy="Clinig PDSA",
            starts_at=now,
            ends_at=now + timedelta(hours=2),
        )
        s.add(event)
        s.flush()
        for name in names:
            person = Person(display_name=name)
            s.add(person)
            s.flush()
            s.add(Visit(person_id=person.id, event_id=event.id, checked_in_at=now))
        return event.id


def test_every_template_has_a_timed_agenda_in_both_languages() -> None:
    options = sessions.session_templates()
    assert [o.key for o in options] == [
        "mfi_intro",
        "pdsa_clinic",
        "data_clinic",
        "difficult_conversations",
        "focus_group",
        "show_and_tell",
    ]
    for template in sessions.TEMPLATES.values():
        assert template.segments
        assert all(s.minutes > 0 and s.title_en and s.title_cy for s in template.segments)


def test_a_session_from_a_template_takes_its_agenda_in_the_chosen_language_and_the_event_attendees(
    ops: Operations, store: Store, now: datetime
) -> None:
    event_id = _event_with_visits(store, now, ["Siân Jones", "Rhys Evans"])

    detail = ops.sessions.create_session(
        "", "pdsa_clinic", "cy", event_id=event_id, teams=["Ward 4"]
    )

    assert detail.title == "Clinig cynllunio PDSA"
    assert [s.title for s in detail.segments][:2] == [
        "Croeso",
        "Pawb yn eu tro: eich syniad am newid",
    ]
    assert detail.segments[1].kind == "round_robin"
    assert detail.segments[1].planned_seconds == 24 * 60
    assert detail.attendance == 2
    assert sorted(a.first_name for a in detail.attendees) == ["Rhys", "Siân"]
    assert [(i.kind, i.label) for i in detail.items] == [("team", "Ward 4")]
    with store.begin() as s:
        entities = set(s.scalars(select(Outbox.entity)))
    assert {"session", "session_segment", "session_item"} <= entities


def test_a_session_from_scratch_and_an_unknown_template(ops: Operations) -> None:
    detail = ops.sessions.create_session("Team huddle", None, "en")
    detail = ops.sessions.add_segment(detail.id, "Check-in round", 5)
    assert [(s.title, s.planned_seconds) for s in detail.segments] == [("Check-in round", 300)]

    with pytest.raises(KioskError) as caught:
        ops.sessions.create_session("", "no-such", "en")
    assert caught.value.code is ErrorCode.TEMPLATE_UNKNOWN


def test_an_anonymous_contribution_keeps_no_link_to_the_person(
    ops: Operations, store: Store
) -> None:
    person_id = _person(store, "Siân Jones")
    session_id = ops.sessions.create_session("Focus", "focus_group", "en").id

    card = ops.sessions.add_contribution(
        session_id, "idea", "Huddle at 8", person_id, anonymous=True
    )
    named = ops.sessions.add_contribution(
        session_id, "tip", "Use a run chart", person_id, anonymous=False
    )

    assert card.author is None
    assert named.author == "Siân"
    with store.begin() as s:
        stored = s.get(Contribution, card.id)
        assert stored is not None
        assert stored.person_id is None
        assert stored.anonymous
        payloads = s.scalars(select(Outbox.payload).where(Outbox.entity_id == card.id)).all()
    assert all(person_id not in str(p) for p in payloads)


def test_each_participant_has_n_votes_and_one_more_is_refused(ops: Operations) -> None:
    session_id = ops.sessions.create_session("Focus", "focus_group", "en", votes_per_person=2).id
    a = ops.sessions.add_contribution(session_id, "idea", "A")
    b = ops.sessions.add_contribution(session_id, "idea", "B")

    ops.sessions.cast_vote(session_id, a.id, "ballot-1")
    status = ops.sessions.cast_vote(session_id, a.id, "ballot-1")
    assert (status.used, status.allowed) == (2, 2)
    with pytest.raises(KioskError) as caught:
        ops.sessions.cast_vote(session_id, b.id, "ballot-1")
    assert caught.value.code is ErrorCode.VOTES_USED_UP
    assert caught.value.params == {"limit": 2}
    ops.sessions.cast_vote(session_id, b.id, "ballot-2")  # another participant still can


def test_reveal_ranks_cards_by_dots_with_merged_cards_counted_and_hidden_ones_left_out(
    ops: Operations,
) -> None:
    session_id = ops.sessions.create_session("Focus", "focus_group", "en", votes_per_person=5).id
    a = ops.sessions.add_contribution(session_id, "idea", "Huddles")
    b = ops.sessions.add_contribution(session_id, "idea", "Daily huddles")
    c = ops.sessions.add_contribution(session_id, "problem", "No time")
    d = ops.sessions.add_contribution(session_id, "question", "Off topic")
    for card, times in ((a, 1), (b, 2), (c, 2), (d, 4)):
        for _ in range(times):
            ops.sessions.cast_vote(session_id, card.id, f"v-{card.id}")
    ops.sessions.merge_contributions(b.id, a.id)
    ops.sessions.hide_contribution(d.id)
    ops.sessions.edit_contribution(a.id, "Daily huddles at 8")

    results = ops.sessions.reveal_votes(session_id)

    assert [(r.rank, r.text, r.votes) for r in results] == [
        (1, "Daily huddles at 8", 3),
        (2, "No time", 2),
    ]
    detail = ops.sessions.session_detail(session_id)
    assert detail.revealed
    assert next(c for c in detail.contributions if c.id == a.id).edited
    with pytest.raises(KioskError):
        ops.sessions.cast_vote(session_id, b.id, "late")  # merged cards take no more dots


def test_closing_stores_a_summary_that_enters_the_outbox(
    ops: Operations, store: Store, now: datetime
) -> None:
    event_id = _event_with_visits(store, now, ["Siân Jones", "Rhys Evans", "Mair Ellis"])
    with store.begin() as s:
        project = Project(title="Falls on Ward 4", aim="Fewer falls")
        s.add(project)
        s.flush()
        project_id = project.id
    detail = ops.sessions.create_session("", "focus_group", "en", event_id=event_id)
    sid = detail.id
    ops.sessions.start_session(sid)
    ops.sessions.record_segments(sid, started=[0])
    ops.sessions.record_segments(sid, ended=[(0, 60, False)], started=[1])
    ops.sessions.record_segments(sid, ended=[(1, 0, True)], airtime=[("Ward 4", 42.0)])
    card = ops.sessions.add_contribution(sid, "idea", 'Huddle, then "safety cross"')
    ops.sessions.cast_vote(sid, card.id, "v1")
    ops.sessions.reveal_votes(sid)
    ops.sessions.add_action(sid, "Try the huddle", "Siân", date(2026, 12, 10), project_id)
    ops.sessions.leave_feedback(sid, 5, "Useful")
    ops.sessions.leave_feedback(sid, 4)

    closed = ops.sessions.close_session(sid, airtime=[("Pharmacy", 30.0)])

    assert closed.state == "closed"
    rows = list(csv.reader(io.StringIO(closed_csv := _stored_summary(store, sid))))
    assert rows[0] == sessions.SUMMARY_HEADER
    sections = [r[0] for r in rows]
    assert sections.count("agenda") == 5
    assert ["attendance", "", "", "checked in to the event", "", "3", ""] in rows
    agenda = [r for r in rows if r[0] == "agenda"]
    assert "extended 60s; run" in agenda[0][4]
    assert agenda[1][4].endswith("skipped")
    assert [
        "contribution",
        "1",
        "idea",
        'Huddle, then "safety cross"',
        "anonymous",
        "1",
        "",
    ] in rows
    assert ["vote", "1", "idea", 'Huddle, then "safety cross"', "", "1", ""] in rows
    assert ["action", "1", "", "Try the huddle", "Siân", "Falls on Ward 4", "2026-12-10"] in rows
    assert ["airtime", "", "", "Ward 4", "", "42", ""] in rows
    assert ["feedback", "", "", "ratings", "2", "4.5", ""] in rows
    with store.begin() as s:
        payloads = s.scalars(
            select(Outbox.payload).where(Outbox.entity == "session", Outbox.entity_id == sid)
        ).all()
    assert payloads[-1]["summary_csv"] == closed_csv
    with pytest.raises(KioskError) as caught:
        ops.sessions.add_contribution(sid, "idea", "too late")
    assert caught.value.code is ErrorCode.SESSION_CLOSED


def _stored_summary(store: Store, session_id: str) -> str:
    from kiosk.models import GroupSession

    with store.begin() as s:
        row = s.get(GroupSession, session_id)
        assert row is not None
        return row.summary_csv


def test_feedback_takes_a_rating_from_one_to_five(ops: Operations, store: Store) -> None:
    sid = ops.sessions.create_session("S", None, "en").id
    for bad in (0, 6):
        with pytest.raises(KioskError) as caught:
            ops.sessions.leave_feedback(sid, bad)
        assert caught.value.code is ErrorCode.RATING_INVALID
    ops.sessions.leave_feedback(sid, 3, "ok")
    assert ops.sessions.session_detail(sid).feedback_count == 1


def test_votes_are_facts_written_once(store: Store) -> None:
    assert Vote.__sync_append_only__ is True
    assert getattr(Contribution, "__sync_append_only__", False) is False
