"""The two runners: a visitor's scan is answered while background work is held up, and
background work asked for before the store is open waits for it and is never dropped."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.test_checkin import Wedge, find, register


def test_a_scan_is_answered_while_the_background_runner_is_busy(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    kiosk: MainWindow = make_window("--lang", "en", screen="attract")
    assert kiosk.background is not kiosk.runner
    assert kiosk.ctx.background_runner is kiosk.background
    person = register(kiosk, "Megan Price")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    release = threading.Event()
    held: list[bool] = []
    # A slide read or housekeeping run that takes its time: the background thread is held.
    kiosk.background.submit(lambda: release.wait(10), held.append)
    try:
        Wedge(kiosk).scan(qtbot, token)
        qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible(), timeout=5000)
        assert find(kiosk, "checkin.greeting").text() == "Welcome, Megan!"
        assert held == []  # still held: the scan did not wait for it
    finally:
        release.set()
    qtbot.waitUntil(lambda: held == [True])


def test_background_work_asked_for_before_the_store_is_open_waits_for_it(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    kiosk: MainWindow = make_window("--lang", "en", screen="attract")
    # The attract loop asked for its first slide as the window was shown, before the store
    # opened; it is answered once the store is open. A refusal would show the welcome slide
    # without starting a showing, and ask again only after 5 s.
    player = kiosk.screens["attract"].player  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: player.state.current is not None, timeout=3000)
    assert player.timer.isActive()


def test_a_slide_read_during_a_visitors_action_is_drawn_after_it(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    kiosk: MainWindow = make_window("--lang", "en", screen="attract")
    player = kiosk.screens["attract"].player  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: player.state.current is not None, timeout=3000)
    release = threading.Event()
    kiosk.runner.submit(lambda: release.wait(10), lambda _r: None)  # a visitor's action
    shown: list[object] = []
    player.showing_started.connect(shown.append)
    visitors = kiosk.runner.visitors
    assert visitors is not None
    holds = visitors.holds
    player.refresh_now()  # the slide is read on the background runner meanwhile
    try:
        # The read gives way to the visitor's action first (VisitorsFirst) ...
        qtbot.waitUntil(lambda: visitors.holds > holds, timeout=3000)
        assert shown == []
        # ... for a quarter of a second at most in all: an action this long is overtaken,
        # and the slide read meanwhile waits to be drawn until the action is answered.
        qtbot.waitUntil(lambda: player._deferred is not None, timeout=5000)
        assert shown == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(shown) == 1)
