"""The idle timeout returns to the attract loop and clears inputs and personal data."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.dto.checkin import NewVisitor
from kiosk.models import Visit
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin
from tests.gui.test_checkin import find

pytestmark = pytest.mark.gui


def test_idle_timeout_clears_a_name_search_and_returns_to_attract(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigate("checkin")
    screen = window.screens["checkin"]
    qtbot.keyClicks(screen.search, "si")
    first = screen.result_buttons[0]
    qtbot.waitUntil(first.isVisible)
    assert first.text()
    window.idle_timer.setInterval(0)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    assert screen.search.text() == ""
    assert screen.presenter.state.matches == []
    assert not any(button.isVisibleTo(screen) for button in screen.result_buttons)


def test_idle_timeout_clears_search_text_on_projects_and_locks_the_facilitator(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_pin(window, qtbot)
    assert window.navigation.unlocked
    window.navigate("projects")
    qtbot.keyClicks(window.screens["projects"].search, "falls")
    with qtbot.waitSignal(window.screen_changed):
        window.idle_timer.setInterval(0)
        window.idle_timer.start()
    assert window.current_screen == "attract"
    assert window.screens["projects"].search.text() == ""
    assert not window.navigation.unlocked


def test_input_restarts_the_idle_timer(window: MainWindow, qtbot: QtBot) -> None:
    window.navigate("projects")
    window.idle_timer.setInterval(60_000)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.idle_timer.remainingTime() < 59_000, timeout=5000)
    before = window.idle_timer.remainingTime()
    qtbot.keyClicks(window.screens["projects"].search, "a")
    # The key press started the timer again: more time is left than just before it (a loaded
    # machine may take a while over the search the key starts, so no fixed margin).
    assert window.idle_timer.remainingTime() > before


def test_attract_loop_has_no_idle_timer_running(window: MainWindow) -> None:
    window.go_idle()
    assert not window.idle_timer.isActive()


def test_idle_timeout_comes_from_config(make_window: object) -> None:
    built = make_window("--set", "kiosk.idle_timeout_s=45")  # type: ignore[operator]
    assert built.idle_timer.interval() == 45_000


def break_reset(screen: object, calls: list[str]) -> None:
    def reset() -> None:
        calls.append("reset")
        raise RuntimeError("Internal C++ object (FullScreenChart) already deleted.")

    screen.reset = reset  # type: ignore[attr-defined]


def test_a_screen_whose_reset_fails_still_lets_the_kiosk_reach_attract(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigate("projects")
    broken = window.screens["projects"]
    calls: list[str] = []
    break_reset(broken, calls)
    window.navigate("home")  # leaving it: the failing reset does not stop the move
    assert window.current_screen == "home"
    window.navigate("stories")
    with qtbot.waitSignal(window.screen_changed):
        window.idle_timer.setInterval(0)
        window.idle_timer.start()
    assert window.current_screen == "attract"
    # The failing screen was replaced: a fresh one is built, and recovery does not call the
    # reset that failed again.
    assert window.screens["projects"] is not broken
    window.recover()
    assert window.current_screen == "attract"
    assert calls == ["reset"]


def test_recovery_reaches_attract_when_the_screen_in_front_fails_to_reset(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigate("projects")
    calls: list[str] = []
    break_reset(window.screens["projects"], calls)
    window.recover()
    assert window.current_screen == "attract"
    assert window.stack.currentWidget() is window.screens["attract"]
    assert calls == ["reset"]
    window.navigate("projects")
    assert window.current_screen == "projects"


def _hold_the_worker(window: MainWindow) -> threading.Event:
    """A job that keeps the worker busy until the returned event is set (a slow disk)."""
    release = threading.Event()
    window.runner.submit(lambda: release.wait(10), lambda _r: None, keep=True)
    return release


def test_a_lookup_for_a_visitor_who_has_gone_is_not_shown_after_the_idle_reset(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", screen="attract")
    window.ctx.ops.checkin.register_visitor(NewVisitor(name="Eirwen Zapolska", language="cy"))
    window.navigate("checkin")
    qtbot.keyClicks(find(window, "checkin.search"), "zapolska")
    qtbot.waitUntil(lambda: find(window, "checkin.result.0").isVisible())
    release = _hold_the_worker(window)
    try:
        qtbot.mouseClick(find(window, "checkin.result.0"), Qt.MouseButton.LeftButton)
        window.go_idle()  # the visitor walked away before their card was read
    finally:
        release.set()
    assert window.runner.wait_idle()
    # The next visitor sees the attract loop in the room's language, with nobody chosen.
    assert window.current_screen == "attract"
    assert window.languages.current == "en"
    checkin: Any = window.screens["checkin"]
    assert checkin.presenter.state.person_id is None
    assert not find(window, "checkin.confirm").isVisible()


def test_a_check_in_confirmed_just_before_the_reset_is_stored_but_not_shown_afterwards(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", screen="attract")
    person = window.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Eirwen Zapolska", language="cy")
    ).id
    window.navigate("checkin")
    qtbot.keyClicks(find(window, "checkin.search"), "zapolska")
    qtbot.waitUntil(lambda: find(window, "checkin.result.0").isVisible())
    qtbot.mouseClick(find(window, "checkin.result.0"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(window, "checkin.confirm").isVisible())
    qtbot.mouseClick(find(window, "checkin.topic.wellbeing"), Qt.MouseButton.LeftButton)
    assert find(window, "checkin.confirm").isEnabled()
    release = _hold_the_worker(window)
    try:
        qtbot.mouseClick(find(window, "checkin.confirm"), Qt.MouseButton.LeftButton)
        window.go_idle()
    finally:
        release.set()
    assert window.runner.wait_idle()
    assert window.current_screen == "attract"
    assert window.languages.current == "en"  # not switched to the gone visitor's Welsh
    checkin: Any = window.screens["checkin"]
    assert not checkin.done_timer.isActive()
    assert find(window, "checkin.greeting").text() == ""
    with window.store.begin() as session:  # the check-in itself was kept
        assert session.scalars(select(Visit).where(Visit.person_id == person)).all()
