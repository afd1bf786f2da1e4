"""My settings, driven as a visitor would on a real window and a real SQLite file: identified by
a scanned pass, they change their coffee and peer-supporter choices, reply on a topic board and
edit their own project without the PIN; someone off the team cannot; leaving forgets them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.dto.checkin import NewVisitor
from kiosk.dto.projects import ProjectDraft
from kiosk.errors import ErrorCode
from kiosk.models import BoardPost, CoffeeAvoid, CoffeeOptIn, PeerSupporter, Project
from screens import words
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Wait for the control, scroll it into view as a user would, and touch it."""
    widget = find(window, name)
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled())
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def register(window: MainWindow, name: str, *, shown: bool = True) -> str:
    visitor = NewVisitor(name=name, language="en", consent_display=shown)
    return str(window.ctx.ops.checkin.register_visitor(visitor).id)


def scan(window: MainWindow, qtbot: QtBot, person_id: str) -> None:
    """A keyboard-wedge scanner reads the person's pass: keys 10 ms apart, then Enter."""
    ticks = iter(1000.0 + n * 0.010 for n in range(10_000))
    window.scanner._clock = lambda: next(ticks)  # type: ignore[attr-defined]
    token = window.ctx.ops.checkin.current_pass(person_id)
    qtbot.keyClicks(QApplication.focusWidget() or window, token)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.identified_person == person_id)


def stored(window: MainWindow, model: Any, *where: Any) -> list[Any]:
    with window.store.begin() as session:
        rows = list(session.scalars(select(model).where(*where)))
        session.expunge_all()
        return rows


@pytest.fixture
def kiosk(make_window: WindowFactory) -> MainWindow:
    return make_window("--lang", "en", screen="attract")


def open_my_settings(window: MainWindow, qtbot: QtBot, person_id: str) -> Any:
    scan(window, qtbot, person_id)
    qtbot.waitUntil(lambda: find(window, "checkin.done").isVisible())
    click(qtbot, window, "checkin.my_settings")
    qtbot.waitUntil(lambda: window.current_screen == "mysettings")
    screen: Any = window.screens["mysettings"]
    qtbot.waitUntil(lambda: screen.presenter.state.settings is not None)
    return screen


def test_a_scanned_visitor_changes_their_coffee_and_peer_support_settings(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    nia = register(kiosk, "Nia Rees")
    tegwen = register(kiosk, "Tegwen Zabulon")
    register(kiosk, "Tegwyn Zabuloni", shown=False)
    screen = open_my_settings(kiosk, qtbot, nia)
    assert "Nia" in find(kiosk, "mysettings.lead").text()
    assert find(kiosk, "mysettings.coffee.status").text() == "You are not in the coffee trials."

    click(qtbot, kiosk, "mysettings.coffee.join")
    qtbot.waitUntil(lambda: find(kiosk, "mysettings.coffee.snooze").isVisible())
    [opt_in] = stored(kiosk, CoffeeOptIn, CoffeeOptIn.person_id == nia)
    assert opt_in.active
    assert opt_in.snoozed_until is None

    click(qtbot, kiosk, "mysettings.coffee.snooze")
    qtbot.waitUntil(lambda: find(kiosk, "mysettings.coffee.resume").isVisible())
    [opt_in] = stored(kiosk, CoffeeOptIn, CoffeeOptIn.person_id == nia)
    assert opt_in.snoozed_until == kiosk.ctx.now().date() + timedelta(days=14)
    assert "paused until" in find(kiosk, "mysettings.coffee.status").text()

    # "Don't pair me with": only people who agreed to be shown are found.
    qtbot.keyClicks(find(kiosk, "mysettings.avoid.search"), "Zabul")
    result = find(kiosk, "mysettings.avoid.result.0")
    qtbot.waitUntil(result.isVisible)
    assert result.text() == "Tegwen"
    assert not find(kiosk, "mysettings.avoid.result.1").isVisible()  # Tegwyn: not shown
    click(qtbot, kiosk, "mysettings.avoid.result.0")
    qtbot.waitUntil(lambda: len(screen.avoid_buttons) == 1)
    assert screen.avoid_buttons[0].text().startswith("Tegwen")
    [avoid] = stored(kiosk, CoffeeAvoid, CoffeeAvoid.person_id == nia)
    assert avoid.avoid_person_id == tegwen
    assert not avoid.deleted

    # Peer supporter: choose two topics and offer help.
    assert not find(kiosk, "mysettings.supporter.save").isEnabled()  # no topic yet
    click(qtbot, kiosk, "mysettings.topic.data-and-charts")
    click(qtbot, kiosk, "mysettings.topic.practical-advice")
    click(qtbot, kiosk, "mysettings.supporter.save")
    qtbot.waitUntil(lambda: find(kiosk, "mysettings.supporter.stop").isVisible())
    [supporter] = stored(kiosk, PeerSupporter, PeerSupporter.person_id == nia)
    assert supporter.active
    assert set(supporter.topics.split(",")) == {"data-and-charts", "practical-advice"}
    listed = kiosk.ctx.ops.qnet.peer_supporters("practical-advice")
    assert "Nia" in [s.first_name for s in listed]

    # Lifting the avoid choice and stopping the offer are stored too.
    click(qtbot, kiosk, "mysettings.avoid.remove.0")
    qtbot.waitUntil(lambda: not screen.avoid_buttons)
    assert stored(kiosk, CoffeeAvoid, CoffeeAvoid.person_id == nia)[0].deleted
    click(qtbot, kiosk, "mysettings.supporter.stop")
    qtbot.waitUntil(lambda: not find(kiosk, "mysettings.supporter.stop").isVisible())
    assert not stored(kiosk, PeerSupporter, PeerSupporter.person_id == nia)[0].active


def test_a_visitor_not_shown_by_name_cannot_offer_help_and_is_told_why(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    quiet = register(kiosk, "Gethin Quiet", shown=False)
    open_my_settings(kiosk, qtbot, quiet)
    assert "agreement to be shown" in find(kiosk, "mysettings.supporter.status").text()
    assert not find(kiosk, "mysettings.supporter.save").isVisible()
    assert not find(kiosk, "mysettings.topic.data-and-charts").isEnabled()


def test_a_visitor_replies_to_a_board_post_and_it_waits_for_approval(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    nia = register(kiosk, "Nia Rees")
    post = kiosk.ctx.ops.qnet.post_to_board(
        "data-and-charts", "How do I annotate a run chart?", require_approval=False
    )
    open_my_settings(kiosk, qtbot, nia)
    click(qtbot, kiosk, "mysettings.boards")
    qtbot.waitUntil(lambda: kiosk.current_screen == "qnet")
    qnet: Any = kiosk.screens["qnet"]
    assert qnet.page == "boards"
    qnet.open_board("data-and-charts")
    qtbot.waitUntil(lambda: any("annotate" in t for t in qnet.post_list.card_texts()))
    card = next(
        c
        for c in qnet.post_list.findChildren(QWidget, "qnet.boards.posts.card")
        if c.property("key") == post.id
    )
    qnet.post_list.ensureWidgetVisible(card)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert find(kiosk, "qnet.boards.replying").text() == (
        "Replying to: How do I annotate a run chart?"
    )
    assert find(kiosk, "qnet.boards.post").text() == "Reply"
    qtbot.keyClicks(find(kiosk, "qnet.boards.compose"), "Put the change's date on the axis")
    click(qtbot, kiosk, "qnet.boards.post")
    qtbot.waitUntil(lambda: qnet.reply_to is None)

    [reply] = stored(kiosk, BoardPost, BoardPost.parent_id == post.id)
    assert reply.text == "Put the change's date on the axis"
    assert reply.anonymous
    assert not reply.approved  # moderated as posts are (the default)
    [shown] = [p for p in kiosk.ctx.ops.qnet.board_posts("data-and-charts") if p.id == post.id]
    assert shown.replies == ()
    kiosk.ctx.ops.qnet.moderate_post(reply.id, approve=True)
    [shown] = [p for p in kiosk.ctx.ops.qnet.board_posts("data-and-charts") if p.id == post.id]
    assert [r.text for r in shown.replies] == ["Put the change's date on the axis"]


DRAFT = ProjectDraft(
    title="Quicker discharge letters",
    aim="Send 90% of discharge letters within 24 hours by June.",
    topics=("data-and-charts",),
)


def test_a_team_member_edits_their_project_without_the_pin_and_others_cannot(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    nia = register(kiosk, "Nia Rees")
    owen = register(kiosk, "Owen Pritchard")
    project = kiosk.ctx.ops.projects.log_project(replace(DRAFT, member_ids=(nia,)))
    screen = open_my_settings(kiosk, qtbot, nia)
    assert [b.text() for b in screen.project_buttons if b.isVisible()] == [
        "Quicker discharge letters"
    ]

    click(qtbot, kiosk, "mysettings.project.0")
    qtbot.waitUntil(lambda: kiosk.current_screen == "projectform")
    assert not kiosk.navigation.unlocked  # no PIN was asked for or given
    title = find(kiosk, "projectform.title")
    assert title.text() == "Quicker discharge letters"
    title.clear()
    qtbot.keyClicks(title, "Discharge letters within a day")
    click(qtbot, kiosk, "projectform.save")
    qtbot.waitUntil(lambda: kiosk.current_screen == "project")
    [saved] = stored(kiosk, Project, Project.id == project.id)
    assert saved.title == "Discharge letters within a day"

    # Owen is not on the team: the form does not open, and he is told why.
    kiosk.go_idle()
    scan(kiosk, qtbot, owen)
    kiosk.navigate(f"myproject:{project.id}")
    kiosk.runner.wait_idle()
    qtbot.waitUntil(lambda: find(kiosk, "banner.text").text() != "")
    assert find(kiosk, "banner.text").text() == words.code_text(ErrorCode.NOT_TEAM_MEMBER)
    assert kiosk.current_screen != "projectform"
    [kept] = stored(kiosk, Project, Project.id == project.id)
    assert kept.title == "Discharge letters within a day"


def test_the_visitor_is_forgotten_on_the_attract_loop(kiosk: MainWindow, qtbot: QtBot) -> None:
    nia = register(kiosk, "Nia Rees")
    open_my_settings(kiosk, qtbot, nia)
    kiosk.navigate("home")
    assert find(kiosk, "home.my_settings").isVisible()
    kiosk.navigate("mysettings")
    qtbot.waitUntil(lambda: "Nia" in find(kiosk, "mysettings.lead").text())

    click(qtbot, kiosk, "mysettings.done")
    assert kiosk.current_screen == "attract"
    assert kiosk.identified_person is None
    kiosk.navigate("home")
    assert not find(kiosk, "home.my_settings").isVisible()
    kiosk.navigate("mysettings")
    kiosk.runner.wait_idle()
    assert "Nia" not in find(kiosk, "mysettings.lead").text()
    assert find(kiosk, "mysettings.checkin").isVisible()
    assert not find(kiosk, "mysettings.scroll").isVisible()
