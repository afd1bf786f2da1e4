"""AudioSignals: the port's callbacks reach the GUI thread as Qt signals (real PortAudio)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from devices.audio import AudioSignals, NullAudio, PyAudioPort
from kiosk.ports import AudioProblem, Sound

pytestmark = [pytest.mark.audio, pytest.mark.gui, pytest.mark.usefixtures("pulse_server")]

WAIT_MS = 5000


class Airtime(QObject):
    """A speaker's clock as the sessions screen keeps it: voice activity starts and stops it."""

    def __init__(self, signals: AudioSignals) -> None:
        super().__init__()
        self.changes: list[bool] = []
        self.threads: set[bool] = set()
        signals.voice_changed.connect(self._on_signals_voice_changed)

    def _on_signals_voice_changed(self, active: bool) -> None:
        self.changes.append(active)
        self.threads.add(QThread.currentThread() is self.thread())


def test_voice_activity_reaches_the_gui_thread(qtbot: QtBot) -> None:
    port = PyAudioPort()
    try:
        signals = AudioSignals(port)
        airtime = Airtime(signals)
        with qtbot.waitSignal(signals.level_measured, timeout=WAIT_MS):
            signals.start_meter()
        with qtbot.waitSignal(signals.voice_changed, timeout=WAIT_MS) as started:
            port.play(Sound.CHIME_ONE_MINUTE)
        assert started.args == [True]
        qtbot.waitUntil(lambda: airtime.changes == [True, False], timeout=WAIT_MS)
        assert airtime.threads == {True}, "slots must run on the GUI thread"
    finally:
        port.close()


def test_a_recording_is_announced_and_played_back(qtbot: QtBot, tmp_path: Path) -> None:
    port = PyAudioPort()
    try:
        signals = AudioSignals(port)
        saved = tmp_path / "story.wav"
        with qtbot.waitSignal(signals.recording_finished, timeout=WAIT_MS) as finished:
            signals.record(saved, max_seconds=0.3)
        assert finished.args == [saved, None]
        with wave.open(str(saved), "rb") as wav:
            assert wav.getnframes() == round(0.3 * 16_000)
        with qtbot.waitSignal(signals.playback_finished, timeout=WAIT_MS) as played:
            signals.play_file(saved)
        assert played.args == [None]
    finally:
        port.close()


def test_audio_switched_off_is_announced_once_after_connecting(qtbot: QtBot) -> None:
    signals = AudioSignals(NullAudio())
    heard: list[str] = []
    signals.unavailable.connect(heard.append)  # connected after the port already knew
    with qtbot.waitSignal(signals.unavailable, timeout=WAIT_MS) as told:
        pass
    assert told.args == [AudioProblem.DISABLED.value]
    assert heard == [AudioProblem.DISABLED.value]
