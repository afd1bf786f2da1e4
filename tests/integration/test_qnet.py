"""Qnet on a real SQLite file: projects logged and edited, PDSA cycles, similar projects,
requests to collaborate, peer supporters, coffee rounds and topic boards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.db import Store
from kiosk.demo import fill_demo
from kiosk.dto.checkin import NewVisitor
from kiosk.dto.projects import PdsaDraft, ProjectDraft
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    BoardPost,
    CoffeeMet,
    CoffeeOptIn,
    CoffeePairing,
    CoffeeRound,
    Department,
    Outbox,
    PdsaCycle,
    Project,
    ProjectMember,
    Visit,
)
from kiosk.operations import Operations
from kiosk.services.checkin import register_visitor

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(now: datetime) -> Clock:
    return Clock(now)


@pytest.fixture
def ops(store: Store, clock: Clock) -> Operations:
    return Operations(store, clock=clock)


def _department(store: Store, name: str) -> str:
    with store.begin() as s:
        department = Department(name_en=name, name_cy=name)
        s.add(department)
        s.flush()
        return department.id


def _person(
    store: Store, now: datetime, name: str, department_id: str | None = None, shown: bool = True
) -> str:
    with store.begin() as s:
        return register_visitor(
            s,
            visitor=NewVisitor(name=name, department_id=department_id, consent_display=shown),
            now=now,
        ).id


def _count(store: Store, model: object, *where: object) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


FALLS = ProjectDraft(
    title="Fewer falls on Ward 7",
    aim="Reduce inpatient falls on Ward 7 by 30% by March 2027.",
    measures_text="Falls per 1,000 bed days, weekly run chart.",
    changes_text="Hourly rounding; non-slip socks; a falls huddle.",
    topics=("data-and-charts", "practical-advice"),
    iqt_ref="IQT-1234",
    seeking_collaborators=True,
)


# --- projects ------------------------------------------------------------------------------


def test_a_project_is_logged_with_the_three_questions_team_and_topics(
    ops: Operations, store: Store, now: datetime
) -> None:
    ward = _department(store, "Medicine")
    sian = _person(store, now, "Siân Jones", ward)

    page = ops.projects.log_project(
        ProjectDraft(**{**FALLS.__dict__, "department_id": ward, "member_ids": (sian,)})
    )

    assert page.title == "Fewer falls on Ward 7"
    assert page.measures_text == "Falls per 1,000 bed days, weekly run chart."
    assert page.changes_text.startswith("Hourly rounding")
    assert page.department_en == "Medicine"
    assert [t.slug for t in page.topics] == ["data-and-charts", "practical-advice"]
    assert [m.first_name for m in page.team] == ["Siân"]
    assert page.iqt_ref == "IQT-1234"
    assert page.stage == "aim"
    assert page.start_date == now.date()
    with store.begin() as s:
        entities = set(s.scalars(select(Outbox.entity)))
    assert {"project", "project_topic", "project_member"} <= entities
    assert ops.projects.is_team_member(page.id, sian)


def test_a_team_member_must_have_agreed_to_be_shown(
    ops: Operations, store: Store, now: datetime
) -> None:
    hidden = _person(store, now, "Rhys Evans", shown=False)

    with pytest.raises(KioskError) as caught:
        ops.projects.log_project(ProjectDraft(title="A", aim="B", member_ids=(hidden,)))

    assert caught.value.code is ErrorCode.TEAM_MEMBER_NOT_CONSENTED
    assert _count(store, Project) == 0


@pytest.mark.parametrize(
    ("draft", "code", "field"),
    [
        (ProjectDraft(title=" ", aim="x"), ErrorCode.FIELD_EMPTY, "title"),
        (ProjectDraft(title="x", aim=""), ErrorCode.FIELD_EMPTY, "aim"),
        (ProjectDraft(title="x" * 201, aim="x"), ErrorCode.FIELD_TOO_LONG, "title"),
        (ProjectDraft(title="x", aim="x", topics=("nope",)), ErrorCode.TOPIC_UNKNOWN, "topics"),
        (ProjectDraft(title="x", aim="x", stage="done"), ErrorCode.STAGE_INVALID, "stage"),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_stored(
    ops: Operations, store: Store, draft: ProjectDraft, code: ErrorCode, field: str
) -> None:
    with pytest.raises(KioskError) as caught:
        ops.projects.log_project(draft)

    assert caught.value.code is code
    assert caught.value.params["field"] == field
    assert _count(store, Project) == 0


def test_an_edit_changes_the_answers_topics_and_team(
    ops: Operations, store: Store, now: datetime
) -> None:
    sian = _person(store, now, "Siân Jones")
    llyr = _person(store, now, "Llŷr Huws")
    page = ops.projects.log_project(ProjectDraft(**{**FALLS.__dict__, "member_ids": (sian,)}))

    edited = ops.projects.edit_project(
        page.id,
        ProjectDraft(
            **{
                **FALLS.__dict__,
                "aim": "Reduce falls by half.",
                "topics": ("wellbeing",),
                "member_ids": (llyr,),
                "stage": "testing",
            }
        ),
    )

    assert edited.aim == "Reduce falls by half."
    assert [t.slug for t in edited.topics] == ["wellbeing"]
    assert [m.first_name for m in edited.team] == ["Llŷr"]
    assert edited.stage == "testing"
    assert not ops.projects.is_team_member(page.id, sian)
    assert _count(store, ProjectMember) == 2  # the old member is tombstoned, not deleted


def test_a_full_pdsa_cycle_plan_do_study_act(ops: Operations, store: Store, clock: Clock) -> None:
    page = ops.projects.log_project(FALLS)

    planned = ops.projects.log_pdsa_cycle(
        page.id,
        PdsaDraft(
            title="Hourly rounding on nights",
            plan="Two nurses try hourly rounding for one week.",
            prediction="Falls at night halve.",
        ),
    )
    clock.now += timedelta(days=7)
    done = ops.projects.update_pdsa_cycle(
        planned.id,
        PdsaDraft(
            title=planned.title,
            plan=planned.plan,
            prediction=planned.prediction,
            do="Rounding done on 6 of 7 nights.",
            study="One fall instead of three: better than predicted.",
            act="adopt",
        ),
    )
    second = ops.projects.log_pdsa_cycle(page.id, PdsaDraft(title="Rounding on days"))

    assert planned.number == 1
    assert second.number == 2
    assert done.act == "adopt"
    assert done.started_on == page.start_date
    assert done.finished_on == clock.now.date()
    shown = ops.projects.project_page(page.id).cycles
    assert [(c.number, c.act) for c in shown] == [(1, "adopt"), (2, None)]
    assert shown[0].study.startswith("One fall")
    with pytest.raises(KioskError) as caught:
        ops.projects.update_pdsa_cycle(planned.id, PdsaDraft(title="x", act="maybe"))
    assert caught.value.code is ErrorCode.PDSA_ACT_INVALID
    assert _count(store, PdsaCycle) == 2


def test_browse_filters_by_words_topic_stage_and_collaborators(ops: Operations) -> None:
    falls = ops.projects.log_project(FALLS)
    sepsis = ops.projects.log_project(
        ProjectDraft(title="Sepsis six", aim="Antibiotics within the hour", stage="testing")
    )

    assert [c.id for c in ops.projects.browse_projects("ward falls")] == [falls.id]
    assert [c.id for c in ops.projects.browse_projects("SEPSIS")] == [sepsis.id]
    assert [c.id for c in ops.projects.browse_projects("sgiliau data")] == [
        falls.id
    ]  # Welsh topic name
    assert [c.id for c in ops.projects.browse_projects(topic="data-and-charts")] == [falls.id]
    assert [c.id for c in ops.projects.browse_projects(stage="testing")] == [sepsis.id]
    assert [c.id for c in ops.projects.browse_projects(seeking_only=True)] == [falls.id]
    assert len(ops.projects.browse_projects()) == 2


# --- similar projects and collaboration ---------------------------------------------------------


def test_similar_projects_come_with_reasons_and_include_completed_ones(
    ops: Operations, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        fill_demo(s, people=30, visits=0, now=now)
    falls = ops.projects.log_project(FALLS)
    with store.begin() as s:
        s.get(Project, falls.id).stage = "completed"  # type: ignore[union-attr]

    typed = ops.projects.similar_projects(
        title="Reducing falls on Ward 7",
        aim="Fewer inpatient falls on the ward",
        topics=("data-and-charts",),
    )

    assert typed[0].id == falls.id
    assert typed[0].stage == "completed"
    assert [t.slug for t in typed[0].shared_topics] == ["data-and-charts"]
    assert "falls" in typed[0].shared_words
    # A new project is in the index at once: the cached index is rebuilt after a change.
    twin = ops.projects.log_project(ProjectDraft(title="Falls on Ward 7 at night", aim=FALLS.aim))
    assert ops.projects.similar_projects(project_id=twin.id)[0].id == falls.id
    assert twin.id not in [p.id for p in ops.projects.similar_projects(project_id=twin.id)]


def test_a_request_to_collaborate_is_shown_to_the_team_at_their_next_check_in_once(
    ops: Operations, store: Store, now: datetime
) -> None:
    sian = _person(store, now, "Siân Jones")
    ffion = _person(store, now, "Ffion Davies")
    falls = ops.projects.log_project(ProjectDraft(**{**FALLS.__dict__, "member_ids": (sian,)}))
    ours = ops.projects.log_project(ProjectDraft(title="Falls at home", aim="Fewer falls at home"))

    ops.projects.ask_to_collaborate(falls.id, ffion, ours.id, "We are starting on falls too!")

    assert ops.qnet.checkin_notices(ffion).collaboration == ()
    notices = ops.qnet.checkin_notices(sian).collaboration
    assert [(n.to_project_title, n.from_project_title, n.from_first_name) for n in notices] == [
        ("Fewer falls on Ward 7", "Falls at home", "Ffion")
    ]
    assert notices[0].message == "We are starting on falls too!"
    assert ops.qnet.checkin_notices(sian).collaboration == ()


# --- peer supporters ------------------------------------------------------------------------------


def test_supporters_of_a_topic_are_shown_with_when_they_are_usually_in(
    ops: Operations, store: Store, now: datetime
) -> None:
    mari = _person(store, now, "Mari Owen")
    visitor = _person(store, now, "Dafydd Rees")
    with store.begin() as s:
        for weeks in (1, 2, 3):  # Tuesday mornings, three times; one Friday afternoon
            tuesday = now - timedelta(weeks=weeks, days=(now.weekday() - 1) % 7)
            s.add(Visit(person_id=mari, checked_in_at=tuesday.replace(hour=9, minute=15)))
        friday = now - timedelta(days=(now.weekday() - 4) % 7 or 7)
        s.add(Visit(person_id=mari, checked_in_at=friday.replace(hour=14)))
    ops.qnet.set_peer_supporter(
        mari, ["data-and-charts"], skills="run charts", usual_times="Tuesdays"
    )

    supporters = ops.qnet.peer_supporters("data-and-charts")

    assert [(x.first_name, x.skills, x.usual_times) for x in supporters] == [
        ("Mari", "run charts", "Tuesdays")
    ]
    assert supporters[0].usually_in == ((1, "morning"),)
    assert ops.qnet.peer_supporters("wellbeing") == []
    assert [
        x.first_name for x in ops.qnet.checkin_notices(visitor, ["data-and-charts"]).supporters
    ] == ["Mari"]
    ops.qnet.set_peer_supporter(mari, [], active=False)
    assert ops.qnet.peer_supporters() == []


# --- coffee ---------------------------------------------------------------------------------------


def _pool(ops: Operations, store: Store, now: datetime, count: int) -> list[str]:
    departments = [_department(store, f"Department {i}") for i in range(3)]
    people = [_person(store, now, f"Person{i} Test", departments[i % 3]) for i in range(count)]
    for person in people:
        ops.coffee.set_coffee_opt_in(person, active=True)
    return people


def test_a_round_pairs_the_pool_honouring_snoozes_and_avoid_lists(
    ops: Operations, store: Store, now: datetime
) -> None:
    people = _pool(ops, store, now, 8)
    ops.coffee.set_coffee_opt_in(people[7], active=True, snoozed_until=date(2026, 12, 1))
    ops.coffee.set_coffee_opt_in(people[6], active=False)
    ops.coffee.set_coffee_avoid(people[0], people[1])

    result = ops.coffee.run_coffee_round(date(2026, 11, 30))

    placed = sorted(m.person_id for g in result.groups for m in g.members)
    assert placed == sorted(people[:6])
    assert [len(g.members) for g in result.groups] == [2, 2, 2]
    assert not any(
        {people[0], people[1]} <= {m.person_id for m in g.members} for g in result.groups
    )
    assert result.recorded
    assert _count(store, CoffeePairing) == 6
    assert ops.coffee.coffee_status(people[0]).avoiding == ("Person1",)
    # The snooze ends: a later round takes them, and makes one trio for seven people.
    later = ops.coffee.run_coffee_round(date(2026, 12, 7))
    assert sorted(len(g.members) for g in later.groups) == [2, 2, 3]
    with pytest.raises(KioskError) as caught:
        ops.coffee.run_coffee_round(date(2026, 12, 7))
    assert caught.value.code is ErrorCode.COFFEE_ROUND_EXISTS


def test_a_dry_run_records_nothing(ops: Operations, store: Store, now: datetime) -> None:
    _pool(ops, store, now, 4)

    result = ops.coffee.run_coffee_round(date(2026, 11, 30), dry_run=True)

    assert not result.recorded
    assert result.round_id is None
    assert len(result.groups) == 2
    assert _count(store, CoffeeRound) == 0


def test_the_match_is_shown_at_the_next_check_in_and_did_you_meet_at_the_following(
    ops: Operations, store: Store, now: datetime, clock: Clock
) -> None:
    people = _pool(ops, store, now, 2)
    result = ops.coffee.run_coffee_round(now.date())
    assert result.round_id is not None

    first = ops.qnet.checkin_notices(people[0])
    same_day = ops.qnet.checkin_notices(people[0])
    clock.now += timedelta(days=3)
    following = ops.qnet.checkin_notices(people[0])
    ops.coffee.answer_coffee_met(result.round_id, people[0], met=True)
    after = ops.qnet.checkin_notices(people[0])

    assert first.coffee_match is not None
    assert [p.first_name for p in first.coffee_match.partners] == ["Person1"]
    assert first.coffee_question is None
    assert same_day.coffee_match is None
    assert same_day.coffee_question is None
    assert following.coffee_question is not None
    assert following.coffee_question.round_id == result.round_id
    assert after.coffee_question is None
    with store.begin() as s:
        answer = s.scalar(select(CoffeeMet).where(CoffeeMet.person_id == people[0]))
        assert answer is not None
        assert answer.met is True


def test_rounds_do_not_repeat_pairs_while_others_are_possible(
    ops: Operations, store: Store, now: datetime
) -> None:
    _pool(ops, store, now, 6)
    met: set[frozenset[str]] = set()
    for week in range(5):  # six people have 15 pairs: five rounds of three, none repeated
        result = ops.coffee.run_coffee_round(date(2026, 11, 2) + timedelta(weeks=week))
        pairs = {frozenset(m.person_id for m in g.members) for g in result.groups}
        assert not pairs & met
        met |= pairs
    assert len(met) == 15


def test_the_demo_has_a_coffee_pool_supporters_and_board_posts(
    ops: Operations, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        fill_demo(s, now=now)

    assert _count(store, CoffeeOptIn) == 40
    assert len(ops.qnet.peer_supporters()) == 12
    assert sum(b.posts for b in ops.qnet.board_summaries()) > 5
    assert len(ops.coffee.run_coffee_round(now.date(), dry_run=True).groups) >= 15


# --- boards ---------------------------------------------------------------------------------------


def test_posts_wait_for_approval_when_the_room_asks_for_it(
    ops: Operations, store: Store, now: datetime
) -> None:
    sian = _person(store, now, "Siân Jones")

    post = ops.qnet.post_to_board(
        "wellbeing", "Tea at three?", require_approval=True, author_id=sian
    )

    assert ops.qnet.board_posts("wellbeing") == []
    assert [p.text for p in ops.qnet.pending_posts()] == ["Tea at three?"]
    ops.qnet.moderate_post(post.id, approve=True)
    shown = ops.qnet.board_posts("wellbeing")
    assert [(p.text, p.author) for p in shown] == [("Tea at three?", "Siân")]
    assert ops.qnet.pending_posts() == []


def test_replies_nest_under_their_post_and_anonymous_posts_name_nobody(
    ops: Operations, store: Store, now: datetime, clock: Clock
) -> None:
    sian = _person(store, now, "Siân Jones")
    post = ops.qnet.post_to_board(
        "wellbeing", "Feeling stretched", require_approval=False, author_id=sian, anonymous=True
    )
    clock.now += timedelta(minutes=5)
    reply = ops.qnet.post_to_board(
        "wellbeing", "Same here", require_approval=False, parent_id=post.id
    )
    clock.now += timedelta(minutes=5)
    ops.qnet.post_to_board(
        "wellbeing", "Reply to a reply", require_approval=False, parent_id=reply.id
    )
    ops.qnet.post_to_board("data-and-charts", "Run charts?", require_approval=False)

    shown = ops.qnet.board_posts("wellbeing")

    assert [(p.text, p.author, p.anonymous) for p in shown] == [("Feeling stretched", "", True)]
    assert [r.text for r in shown[0].replies] == ["Same here", "Reply to a reply"]
    with pytest.raises(KioskError) as caught:
        ops.qnet.post_to_board("data-and-charts", "x", require_approval=False, parent_id=post.id)
    assert caught.value.code is ErrorCode.BOARD_POST_UNKNOWN
    with pytest.raises(KioskError) as caught:
        ops.qnet.post_to_board("wellbeing", "  ", require_approval=False)
    assert caught.value.code is ErrorCode.FIELD_EMPTY
    ops.qnet.moderate_post(reply.id, approve=False)
    assert [r.text for r in ops.qnet.board_posts("wellbeing")[0].replies] == ["Reply to a reply"]
    assert _count(store, BoardPost) == 4


# --- the coffee command ---------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_the_coffee_command_runs_and_records_a_round_as_json(
    ops: Operations, store: Store, db_url: str, now: datetime
) -> None:
    people = _pool(ops, store, now, 5)

    dry = run("coffee", "round", "--db", db_url, "--date", "2026-11-30", "--json", "--dry-run")
    real = run("coffee", "round", "--db", db_url, "--date", "2026-11-30", "--json")
    again = run("coffee", "round", "--db", db_url, "--date", "2026-11-30")

    assert dry.returncode == 0, dry.stderr
    assert real.returncode == 0, real.stderr
    groups = json.loads(real.stdout)["groups"]
    assert json.loads(dry.stdout)["groups"] == groups  # the same day gives the same round
    assert sorted(pid for g in groups for pid in g) == sorted(people)
    assert sorted(map(len, groups)) == [2, 3]
    assert _count(store, CoffeeRound) == 1
    assert _count(store, CoffeePairing) == 5
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0
    assert "already recorded for 2026-11-30" in again.stderr


def test_the_coffee_command_prints_groups_for_people(
    ops: Operations, store: Store, db_url: str, now: datetime
) -> None:
    people = _pool(ops, store, now, 4)

    result = run("coffee", "round", "--db", db_url, "--date", "2026-11-30", "--dry-run")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Would pair 4 people in 2 groups for 2026-11-30")
    assert all(pid in result.stdout for pid in people)
    assert _count(store, CoffeeRound) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "30/11/2026"), "YYYY-MM-DD"),
        (("--date", "2026-11-30"), "a round needs at least 2"),
        ((), "--date"),
    ],
)
def test_bad_coffee_input_is_one_line_and_exit_2(
    store: Store, db_url: str, args: tuple[str, ...], message: str
) -> None:
    result = run("coffee", "round", "--db", db_url, *args)

    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
