"""The idle timeout returns to the attract loop and clears inputs and personal data."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.helpers import set_pin

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
