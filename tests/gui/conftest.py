"""GUI fixtures: the real main window on a real SQLite file, offscreen."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from screens.worker import TaskRunner

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, db_url: str) -> Iterator[WindowFactory]:
    """Build windows as main.py would; each is closed and its worker stopped afterwards."""
    from app.wiring import build_window

    built: list[tuple[MainWindow, TaskRunner, TaskRunner]] = []

    def make(
        *args: str,
        screen: str | None = "home",
        clock: Callable[[], datetime] | None = None,
    ) -> MainWindow:
        # No sound card unless a test asks for one (with the pulse_server fixture and
        # "--set audio.enabled=true"): PortAudio is one per process and has no server here.
        argv = ["--db", db_url, "--set", "audio.enabled=false", *args]
        if screen is not None:
            argv += ["--screen", screen]
        window = build_window(argv, clock=clock)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.runner.wait_idle()
        built.append((window, window.runner, window.background))
        return window

    yield make
    for window, runner, background in built:
        # Jobs still running call back into their screens: let them while the screens exist
        # (closing first made a loaded machine's teardown call into deleted widgets).
        runner.wait_idle()
        background.wait_idle()
        if shiboken6.isValid(window):
            window._may_close = True
            window.close()
        runner.wait_idle()
        background.wait_idle()
        runner.shutdown()
        background.shutdown()
    gc.collect()  # Qt objects are freed here, on the GUI thread, not by a later GC elsewhere


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """A window on the home screen in English."""
    return make_window("--lang", "en")
