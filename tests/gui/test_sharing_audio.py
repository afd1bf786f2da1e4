"""A session's chime at one minute left, played by the kiosk's real audio port (as the app
wires it) and heard on the PulseAudio null sink's monitor."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from screens.sharing import SharingScreen
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import open_console, set_pin

pytestmark = [pytest.mark.audio, pytest.mark.gui, pytest.mark.usefixtures("pulse_server")]

LOUD = 0.05
SILENCE = 0.001


class Ear:
    """A second listener on the default input (the null sink's monitor)."""

    def __init__(self) -> None:
        self.levels: list[float] = []
        self.listening = threading.Event()
        self.heard = threading.Event()

    def on_level(self, level: float) -> None:
        self.levels.append(level)
        self.listening.set()
        if level >= LOUD:
            self.heard.set()


class FastClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_one_minute_chime_is_heard_in_the_room(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en", "--set", "audio.enabled=true")
    set_pin(window, qtbot)
    window.navigate("sharing")
    screen = window.screens["sharing"]
    assert isinstance(screen, SharingScreen)
    clock = FastClock()
    screen.set_monotonic(clock)
    screen.clock_timer.setInterval(5)
    # The kiosk's own port listens to the room while the sharing screen shows (one PortAudio
    # user per process, as in the app); its level signal is the test's ear.
    ear = Ear()
    signals = window.audio["signals"]  # type: ignore[attr-defined]
    signals.level_measured.connect(ear.on_level)
    try:
        qtbot.waitUntil(ear.listening.is_set, timeout=5_000)

        open_console(window, qtbot)
        window.runner.wait_idle()
        console = screen.console
        template = _find(console, "console.template")
        assert isinstance(template, QComboBox)
        template.setCurrentIndex(template.findData("pdsa_clinic"))
        qtbot.mouseClick(_find(console, "console.create"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.presenter.run is not None)
        window.runner.wait_idle()
        qtbot.mouseClick(_find(console, "console.start"), Qt.MouseButton.LeftButton)
        clock.now += 3 * 60  # two minutes left of the welcome: no chime yet
        screen.tick()
        heard_so_far = len(ear.levels)
        qtbot.waitUntil(lambda: len(ear.levels) >= heard_so_far + 10)  # 200 ms more input
        assert max(ear.levels[heard_so_far:]) < SILENCE
        assert not ear.heard.is_set()

        clock.now += 60  # one minute left
        screen.tick()

        qtbot.waitUntil(ear.heard.is_set, timeout=5_000)
        assert max(ear.levels) >= LOUD
    finally:
        signals.level_measured.disconnect(ear.on_level)
