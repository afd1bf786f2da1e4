"""Qnet at the kiosk: log a project end to end, a full PDSA cycle, similar projects while typing,
the topic boards with approval, and a facilitator's coffee round."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.db import Store
from kiosk.dto.checkin import NewVisitor
from kiosk.dto.projects import ProjectDraft
from kiosk.models import (
    BoardPost,
    CoffeeMet,
    CoffeeOptIn,
    CoffeePairing,
    CoffeeRound,
    PdsaAct,
    PdsaCycle,
    Project,
    ProjectTopic,
)
from kiosk.services.checkin import register_visitor
from kiosk.services.qnet import log_project, set_coffee_opt_in
from screens.main_window import MainWindow

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Scroll the control into view, as a user would, and touch it."""
    widget = find(window, name)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_team_logs_a_project_end_to_end(make_window: Any, qtbot: QtBot, store: Store) -> None:
    window: MainWindow = make_window("--lang", "en", screen="projects")
    click(qtbot, window, "projects.new")
    assert window.current_screen == "projectform"
    form: Any = window.screens["projectform"]
    window.runner.wait_idle()
    qtbot.waitUntil(
        lambda: (
            "projectform.topic.data-and-charts"
            in {b.objectName() for b in form.topic_boxes.values()}
        )
    )

    qtbot.keyClicks(find(window, "projectform.title"), "Fewer falls on Ward 7")
    qtbot.keyClicks(find(window, "projectform.aim"), "Reduce inpatient falls by 30% by March")
    qtbot.keyClicks(find(window, "projectform.measures"), "Falls per 1,000 bed days")
    qtbot.keyClicks(find(window, "projectform.changes"), "Hourly rounding")
    click(qtbot, window, "projectform.topic.data-and-charts")
    qtbot.keyClicks(find(window, "projectform.iqt"), "IQT-1234")
    click(qtbot, window, "projectform.seeking")
    click(qtbot, window, "projectform.save")

    qtbot.waitUntil(lambda: window.current_screen == "project")
    page: Any = window.screens["project"]
    qtbot.waitUntil(lambda: page.page is not None)
    assert page.title.text() == "Fewer falls on Ward 7"
    assert page.sections["aim"][1].text() == "Reduce inpatient falls by 30% by March"
    assert page.sections["measures"][1].text() == "Falls per 1,000 bed days"
    assert page.sections["topics"][1].text() == "Data and charting skills"
    assert "IQT reference IQT-1234" in page.facts.text()
    assert "Looking for collaborators" in page.facts.text()
    assert window.banner.isVisible()
    with store.begin() as s:
        project = s.scalars(select(Project).where(Project.title == "Fewer falls on Ward 7")).one()
        assert (project.title, project.changes_text, project.iqt_ref) == (
            "Fewer falls on Ward 7",
            "Hourly rounding",
            "IQT-1234",
        )
        assert project.seeking_collaborators
        topics = s.scalars(select(ProjectTopic).where(ProjectTopic.project_id == project.id))
        assert len(topics.all()) == 1


def test_an_empty_aim_is_refused_before_anything_is_saved(
    make_window: Any, qtbot: QtBot, store: Store
) -> None:
    window: MainWindow = make_window("--lang", "en", screen="projects")
    click(qtbot, window, "projects.new")
    qtbot.keyClicks(find(window, "projectform.title"), "Only a title")
    click(qtbot, window, "projectform.save")
    window.runner.wait_idle()

    assert window.current_screen == "projectform"
    assert "the first question" in window.banner.text.text()
    with store.begin() as s:
        assert s.scalars(select(Project).where(Project.title == "Only a title")).all() == []


@pytest.fixture
def logged(store: Store, now: datetime) -> str:
    with store.begin() as s:
        return log_project(
            s, draft=ProjectDraft(title="Fewer falls on Ward 7", aim="Reduce falls"), now=now
        ).id


def test_a_full_pdsa_cycle_is_planned_done_studied_and_acted_on(
    make_window: Any, qtbot: QtBot, store: Store, logged: str
) -> None:
    window: MainWindow = make_window("--lang", "en", screen="projects")
    window.navigate(f"project:{logged}")
    page: Any = window.screens["project"]
    qtbot.waitUntil(lambda: page.page is not None)
    assert page.sections["cycles"][1].text() == "No PDSA cycles yet"

    click(qtbot, window, "project.log_pdsa")
    qtbot.keyClicks(find(window, "project.pdsa.title"), "Hourly rounding on nights")
    qtbot.keyClicks(find(window, "project.pdsa.plan"), "Two nurses for one week")
    qtbot.keyClicks(find(window, "project.pdsa.prediction"), "Night falls halve")
    click(qtbot, window, "project.pdsa.save")
    qtbot.waitUntil(lambda: bool(page.page and page.page.cycles))
    assert page.sections["cycles"][1].text().startswith("Cycle 1: Hourly rounding on nights")
    assert page.update_pdsa.isVisible()

    click(qtbot, window, "project.update_pdsa")
    assert find(window, "project.pdsa.title").text() == "Hourly rounding on nights"
    qtbot.keyClicks(find(window, "project.pdsa.do"), "Done on 6 of 7 nights")
    qtbot.keyClicks(find(window, "project.pdsa.study"), "One fall instead of three")
    find(window, "project.pdsa.act").setCurrentIndex(1)  # adopt
    click(qtbot, window, "project.pdsa.save")
    qtbot.waitUntil(lambda: bool(page.page and page.page.cycles[0].act == "adopt"))

    text = page.sections["cycles"][1].text()
    assert "Study: One fall instead of three" in text
    assert "Act: Adopt" in text
    assert not page.update_pdsa.isVisible()
    with store.begin() as s:
        cycle = s.scalars(select(PdsaCycle).where(PdsaCycle.project_id == logged)).one()
        assert (cycle.number, cycle.prediction, cycle.act) == (
            1,
            "Night falls halve",
            PdsaAct.ADOPT,
        )


def test_a_near_duplicate_shows_the_existing_project_first_while_typing(
    make_window: Any, qtbot: QtBot, store: Store, now: datetime
) -> None:
    drafts = [
        ProjectDraft(title="Sepsis six within the hour", aim="Antibiotics within an hour in ED"),
        ProjectDraft(
            title="Therapy dogs on the stroke unit",
            aim="Weekly therapy dog visits to lift the mood of stroke patients",
            topics=("wellbeing",),
            stage="completed",
        ),
        ProjectDraft(title="Dog bites in the community", aim="Fewer dog bites among children"),
    ]
    with store.begin() as s:
        for draft in drafts:
            log_project(s, draft=draft, now=now)
    window: MainWindow = make_window("--lang", "en", screen="projects")
    click(qtbot, window, "projects.new")
    form: Any = window.screens["projectform"]
    form.similar_timer.setInterval(0)

    qtbot.keyClicks(find(window, "projectform.title"), "Therapy dog visits, stroke unit")
    qtbot.keyClicks(find(window, "projectform.aim"), "Bring therapy dogs to stroke patients")

    qtbot.waitUntil(lambda: form.similar_list.count() >= 2)
    window.runner.wait_idle()
    first = form.similar_list.card_texts()[0]
    assert first.startswith("Therapy dogs on the stroke unit")
    assert "Shared words:" in first
    assert "therapy" in first
    assert form.similar[0].stage == "completed"


def test_a_visitor_opens_a_project_from_the_list(
    make_window: Any, qtbot: QtBot, logged: str
) -> None:
    window: MainWindow = make_window("--lang", "en", screen="projects")
    projects: Any = window.screens["projects"]
    qtbot.waitUntil(lambda: projects.list.count() > 0)
    card = next(c for c in projects.list._cards if c.property("key") == logged)

    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)

    assert window.current_screen == "project"
    qtbot.waitUntil(lambda: window.screens["project"].title.text() == "Fewer falls on Ward 7")


def test_a_board_post_waits_for_a_facilitator_then_shows(
    make_window: Any, qtbot: QtBot, store: Store
) -> None:
    window: MainWindow = make_window("--lang", "en", screen="qnet")
    qnet: Any = window.screens["qnet"]
    click(qtbot, window, "qnet.tab.boards")
    qtbot.waitUntil(lambda: qnet.board_list.count() == 8)
    card = next(c for c in qnet.board_list._cards if c.property("key") == "wellbeing")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    before = qnet.post_list.count()
    qtbot.keyClicks(find(window, "qnet.boards.compose"), "Tea at three on Fridays?")
    click(qtbot, window, "qnet.boards.post")
    window.runner.wait_idle()
    assert qnet.post_list.count() == before  # the room's default asks for approval

    window.navigation.unlock()
    qnet.shown()
    qtbot.waitUntil(lambda: find(window, "qnet.boards.approve").isVisible())
    click(qtbot, window, "qnet.boards.approve")
    qtbot.waitUntil(lambda: qnet.post_list.count() == before + 1)
    assert qnet.post_list.card_texts()[0].startswith("Tea at three on Fridays?")
    with store.begin() as s:
        post = s.scalars(select(BoardPost).where(BoardPost.text == "Tea at three on Fridays?"))
        assert post.one().approved


def test_a_facilitator_runs_a_coffee_round(
    make_window: Any, qtbot: QtBot, store: Store, now: datetime
) -> None:
    mine = []
    with store.begin() as s:
        for name in ("Siân Jones", "Rhys Evans", "Mari Owen", "Dafydd Rees", "Ffion Huws"):
            person = register_visitor(s, visitor=NewVisitor(name=name), now=now)
            set_coffee_opt_in(s, person_id=person.id, active=True, now=now)
            mine.append(person.id)
    window: MainWindow = make_window("--lang", "en", screen="qnet")
    qnet: Any = window.screens["qnet"]
    click(qtbot, window, "qnet.tab.coffee")
    window.runner.wait_idle()
    assert not find(window, "qnet.coffee.run").isVisible()

    window.navigation.unlock()
    qnet.show_page("coffee")
    click(qtbot, window, "qnet.coffee.run")
    qtbot.waitUntil(lambda: qnet.round is not None and qnet.coffee_list.count() > 0)

    groups = qnet.round.groups
    assert qnet.coffee_list.count() == len(groups)
    assert qnet.coffee_heading.text().endswith(f"{len(groups)} groups")
    sizes = sorted(text.count("\n") for text in qnet.coffee_list.card_texts())
    assert sizes[-1] <= 3  # a title line, then one line per person: pairs and at most a trio
    with store.begin() as s:
        placed = s.scalars(select(CoffeePairing.person_id)).all()
    assert sorted(p for p in placed if p in mine) == sorted(mine)
    assert len(placed) == len(set(placed)) == sum(len(g.members) for g in groups)


def test_check_in_shows_the_coffee_match_then_asks_did_you_meet(
    make_window: Any, qtbot: QtBot, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        ids = []
        for name in ("Siân Jones", "Rhys Evans"):
            person = register_visitor(s, visitor=NewVisitor(name=name), now=now)
            set_coffee_opt_in(s, person_id=person.id, active=True, now=now)
            ids.append(person.id)
    window: MainWindow = make_window("--lang", "en", screen="attract")
    ops = window.ctx.ops
    checkin: Any = window.screens["checkin"]
    # The demo fills the pool too: pair our two in a round of their own, recorded directly.
    with store.begin() as s:
        round_ = CoffeeRound(held_on=now.date(), run_at=now, created_at=now)
        s.add(round_)
        s.flush()
        s.add_all(CoffeePairing(round_id=round_.id, group_no=1, person_id=p) for p in ids)

    window.handle_scan(ops.checkin.current_pass(ids[0]))
    qtbot.waitUntil(lambda: checkin.qnet_note.isVisible())
    assert checkin.qnet_note.text().startswith("Your coffee match this round: Rhys")
    assert not checkin.coffee_yes.isVisible()
    assert not checkin.coffee_join.isVisible()  # already in the pool

    ops.checkin.check_out(ops.checkin.visitor_card(ids[0]).open_visit_id)
    with store.begin() as s:  # the match was shown on an earlier day
        shown = s.scalars(select(CoffeeMet).where(CoffeeMet.person_id == ids[0])).one()
        shown.shown_at = shown.shown_at - timedelta(days=2)
    window.go_idle()
    window.handle_scan(ops.checkin.current_pass(ids[0]))
    qtbot.waitUntil(lambda: checkin.coffee_yes.isVisible())
    assert checkin.qnet_note.text() == "Did you meet Rhys for coffee?"
    click(qtbot, window, "checkin.coffee_yes")
    window.runner.wait_idle()

    with store.begin() as s:
        answer = s.scalars(select(CoffeeMet).where(CoffeeMet.person_id == ids[0])).one()
        assert answer.met is True


def test_a_visitor_joins_the_coffee_trials_at_check_in(
    make_window: Any, qtbot: QtBot, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        person = register_visitor(s, visitor=NewVisitor(name="Mari Owen"), now=now).id
    window: MainWindow = make_window("--lang", "en", screen="attract")
    checkin: Any = window.screens["checkin"]

    window.handle_scan(window.ctx.ops.checkin.current_pass(person))
    qtbot.waitUntil(lambda: checkin.coffee_join.isVisible())
    click(qtbot, window, "checkin.coffee_join")
    window.runner.wait_idle()

    assert not checkin.coffee_join.isVisible()
    with store.begin() as s:
        opt_in = s.scalars(select(CoffeeOptIn).where(CoffeeOptIn.person_id == person)).one()
        assert opt_in.active


def test_a_facilitator_opens_the_coffee_round_with_the_pin_on_qnet(
    make_window: Any, qtbot: QtBot
) -> None:
    from tests.gui.helpers import enter_pin, set_pin

    window: MainWindow = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("qnet")  # a public page: the facilitator session from the PIN has ended
    assert not window.navigation.unlocked
    qnet: Any = window.screens["qnet"]
    click(qtbot, window, "qnet.tab.coffee")
    window.runner.wait_idle()
    assert not find(window, "qnet.coffee.run").isVisible()
    click(qtbot, window, "qnet.facilitate")
    enter_pin(window, qtbot)
    assert window.current_screen == "qnet"
    assert window.navigation.unlocked
    qtbot.waitUntil(lambda: find(window, "qnet.coffee.run").isVisible())
    assert not find(window, "qnet.facilitate").isVisible()
    window.navigate("home")
    assert not window.navigation.unlocked
    assert qnet.facilitator_view() is False


def test_the_team_picker_offers_only_people_shown_and_each_member_can_be_removed(
    make_window: Any, qtbot: QtBot, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        shown = register_visitor(
            s, visitor=NewVisitor(name="Ffion Zeller", consent_display=True), now=now
        ).id
        hidden = register_visitor(s, visitor=NewVisitor(name="Ffion Zimmer"), now=now).id
    window: MainWindow = make_window("--lang", "en", screen="projects")
    click(qtbot, window, "projects.new")
    form: Any = window.screens["projectform"]
    qtbot.keyClicks(find(window, "projectform.team.search"), "ffion z")
    qtbot.waitUntil(lambda: find(window, "projectform.team.result0").isVisible())
    window.runner.wait_idle()

    assert [m.id for m in form._matches] == [shown]
    assert not find(window, "projectform.team.result1").isVisible()
    click(qtbot, window, "projectform.team.result0")
    remove = find(window, "projectform.team.remove.0")
    assert remove.accessibleName() == "Remove Ffion from the team"
    click(qtbot, window, "projectform.team.remove.0")
    assert form._team == {}
    # A member who is not shown (withdrew after being added) is named when Save is refused.
    form._team = {hidden: "Ffion"}
    qtbot.keyClicks(find(window, "projectform.title"), "Named team")
    qtbot.keyClicks(find(window, "projectform.aim"), "Fewer falls")
    click(qtbot, window, "projectform.save")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: "Ffion has not agreed to be shown" in window.banner.text.text())
    assert window.current_screen == "projectform"
