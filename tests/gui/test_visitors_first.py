"""Visitors never wait behind background work, nor behind screens they cannot see.

- the background lane holds back while a visitor's job is in hand (never longer than its limit);
- a Welsh visitor's scan greets them in Welsh at once, and the screens behind catch up with a
  change of language when they come to the front;
- the input rules still reach widgets first shown while the kiosk changed itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.dto.checkin import NewVisitor
from screens.main_window import MainWindow
from screens.worker import TaskRunner, VisitorsFirst
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


@pytest.fixture
def lanes(qtbot: QtBot) -> Iterator[tuple[VisitorsFirst, TaskRunner, TaskRunner]]:
    visitors = VisitorsFirst(limit_s=30)
    front = TaskRunner(visitors=visitors)
    background = TaskRunner(name="test.background", behind=visitors)
    yield visitors, front, background
    front.shutdown()
    background.shutdown()


def test_background_work_waits_until_the_visitors_job_is_answered(
    lanes: tuple[VisitorsFirst, TaskRunner, TaskRunner], qtbot: QtBot
) -> None:
    visitors, front, background = lanes
    release = threading.Event()
    order: list[str] = []

    def visitors_job() -> str:
        release.wait(30)
        return "visitor"

    front.submit(visitors_job, order.append)
    background.submit(lambda: "background", order.append)
    qtbot.waitUntil(lambda: visitors.holds == 1)  # the background job is holding back
    assert order == []
    release.set()
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["visitor", "background"]
    assert not visitors.busy


def test_a_hold_never_lasts_longer_than_its_limit(qtbot: QtBot) -> None:
    visitors = VisitorsFirst(limit_s=0.05)
    front = TaskRunner(visitors=visitors)
    background = TaskRunner(name="test.background", behind=visitors)
    release = threading.Event()
    done: list[str] = []
    try:
        front.submit(lambda: release.wait(30), lambda _r: done.append("visitor"))
        background.submit(lambda: "background", done.append)
        # A long job on the visitors' lane (a facilitator's report) does not stop the other.
        qtbot.waitUntil(lambda: done == ["background"], timeout=5000)
    finally:
        release.set()
        qtbot.waitUntil(lambda: "visitor" in done, timeout=5000)
        front.shutdown()
        background.shutdown()


class LanguageChanges(QObject):
    """Counts the changes of language a widget is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_a_welsh_visitors_scan_greets_them_in_welsh_and_screens_behind_catch_up(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    kiosk: MainWindow = make_window("--lang", "en", screen="attract")
    person = kiosk.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Gwenllian Parry", language="cy", consent_display=True)
    ).id
    token = kiosk.ctx.ops.checkin.current_pass(person)
    kiosk.show_screen("home")  # built, then left behind
    kiosk.go_idle()
    home: Any = kiosk.screens["home"]
    told = LanguageChanges()
    home.title.installEventFilter(told)
    checkin = kiosk.screens["checkin"]
    shown: list[bool] = []
    checkin.confirmation_shown.connect(lambda: shown.append(checkin.isVisible()))  # type: ignore[attr-defined]
    kiosk.handle_scan(token)
    qtbot.waitUntil(lambda: kiosk.current_screen == "checkin" and bool(shown))
    assert shown == [True], "announced once, with the confirmation on screen"
    greeting = kiosk.findChild(QLabel, "checkin.greeting")
    assert greeting is not None
    assert greeting.text().startswith("Croeso")
    assert kiosk.languages.current == "cy"
    assert told.count == 0, "the home screen behind was not retranslated for the scan"
    kiosk.go_idle()  # back to the room's language
    assert kiosk.languages.current == "en"
    kiosk.show_screen("home")
    assert home.title.text() == "What would you like to do?"
    kiosk.languages.switch("cy")
    assert home.title.text() != "What would you like to do?"


def test_the_keyboard_opens_in_the_language_chosen_while_it_was_closed(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window: MainWindow = make_window("--lang", "en", screen="checkin")
    window.keyboard.build_keys()
    window.languages.switch("cy")
    search = window.findChild(QObject, "checkin.search")
    assert window.keyboard.open_for(search, force=True)  # type: ignore[arg-type]
    qtbot.waitUntil(window.keyboard.isVisible)
    captions = {button.text() for button in window.keyboard.findChildren(QPushButton)}
    welsh = window.languages.welsh("OnScreenKeyboard", "Done")
    assert welsh != "Done"
    assert welsh in captions


def test_input_rules_reach_a_text_box_first_shown_while_the_kiosk_changed_itself(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window: MainWindow = make_window("--lang", "en")
    qtbot.waitUntil(lambda: window.input_hub is not None)
    host = window.screens["facilitator"]  # built and hidden
    later = QPlainTextEdit(host)  # made while hidden: polished when its screen first shows
    window.show_screen("facilitator")
    assert later.isVisible()
    assert later.tabChangesFocus()
    assert QApplication.instance() is not None


def test_work_asked_for_while_an_answer_is_shown_starts_once_it_has_been(
    lanes: tuple[VisitorsFirst, TaskRunner, TaskRunner], qtbot: QtBot
) -> None:
    # A confirmation's follow-up loads took turns with its layout for the interpreter.
    _visitors, front, _background = lanes
    seen: list[object] = []

    def shown(_result: str) -> None:
        front.submit(lambda: "follow-up", seen.append)
        seen.append(("waiting while shown", front.waiting))

    front.submit(lambda: "scan", shown)
    qtbot.waitUntil(lambda: "follow-up" in seen)
    assert seen == [("waiting while shown", 1), "follow-up"]
    assert front.waiting == 0


def test_the_attract_loop_is_reached_when_the_input_rules_fail_on_the_way(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window(
        "--lang", "en", "--set", "kiosk.on_screen_keyboard=on", screen="attract"
    )
    qtbot.waitUntil(lambda: window.input_hub is not None)
    window.show_screen("facilitator")

    def broken(_root: object) -> None:
        raise RuntimeError("a widget the rules could not take")

    monkeypatch.setattr(window.input_policy, "adopt_children", broken)
    window.go_idle()
    assert window.current_screen == "attract"
    assert window.screens["attract"].isVisible()
    # The filters are back in place: touching a text field still opens the keyboard.
    window.navigate("checkin")
    search = window.findChild(QWidget, "checkin.search")
    assert search is not None
    qtbot.waitUntil(search.isVisible)
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.keyboard.isVisible)
