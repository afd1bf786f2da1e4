"""A whole session with a fast clock: console, kiosk participation and the AV presenter view."""

from __future__ import annotations

import csv
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.models import Contribution, SessionFeedback, SessionSegment, Vote
from screens.sharing import SharingScreen
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import open_console, set_pin

pytestmark = pytest.mark.gui


class FastClock:
    """A monotonic clock the test moves on by minutes in no time."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def find(root: QWidget, name: str) -> Any:
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = find(root, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fail loudly if anything opens a network connection (the room may have none)."""
    attempts: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args[1:] if len(args) > 1 else args)
        raise OSError("network use during a session")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen full screen, harmless
def test_a_whole_session_runs_offline_from_template_to_exported_summary(
    make_window: WindowFactory, qtbot: QtBot, no_network: list[object]
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("sharing")
    screen = window.screens["sharing"]
    assert isinstance(screen, SharingScreen)
    clock = FastClock()
    chimes: list[str] = []
    screen.set_monotonic(clock)
    screen.set_chime(chimes.append)
    screen.clock_timer.setInterval(5)

    # The facilitator creates a PDSA clinic for two teams with two dots each.
    open_console(window, qtbot)
    window.runner.wait_idle()
    console = screen.console
    template: QComboBox = find(console, "console.template")
    template.setCurrentIndex(template.findData("pdsa_clinic"))
    find(console, "console.teams").setText("Ward 4, Pharmacy")
    find(console, "console.new_dots").setValue(2)
    click(qtbot, console, "console.create")
    qtbot.waitUntil(lambda: screen.presenter.run is not None)
    window.runner.wait_idle()
    assert screen.title.text() == "PDSA planning clinic"
    agenda: QListWidget = find(console, "console.agenda")
    assert agenda.count() == 5

    # Start: the welcome (5 min) counts down; a minute before its end the chime sounds.
    click(qtbot, console, "console.start")
    assert find(console, "console.start").text() == "Pause"
    clock.advance(4 * 60)
    qtbot.waitUntil(lambda: chimes == ["chime_one_minute"])
    assert find(console, "console.timer").text() == "1:00"
    clock.advance(60)
    qtbot.waitUntil(lambda: chimes == ["chime_one_minute", "chime_end"])
    qtbot.waitUntil(lambda: "Part 2 of 5" in find(console, "console.segment").text())
    # The round robin: 24 minutes, an equal 12-minute slot for each team.
    assert find(console, "console.team").text() == "Ward 4 · team 1 of 2"
    assert find(console, "console.timer").text() == "12:00"
    clock.advance(11 * 60)
    qtbot.waitUntil(lambda: chimes[-1] == "chime_one_minute" and len(chimes) == 3)
    clock.advance(60)
    qtbot.waitUntil(lambda: len(chimes) == 4)
    assert chimes[-1] == "chime_end"
    qtbot.waitUntil(lambda: find(console, "console.team").text() == "Pharmacy · team 2 of 2")

    # Pause holds the clock; +1 min extends the slot; skip moves on to the next segment.
    click(qtbot, console, "console.start")
    clock.advance(3600)
    screen.tick()
    assert find(console, "console.timer").text() == "12:00"
    click(qtbot, console, "console.extend1")
    assert find(console, "console.timer").text() == "13:00"
    click(qtbot, console, "console.start")  # resume
    click(qtbot, console, "console.skip")
    qtbot.waitUntil(lambda: "Part 3 of 5" in find(console, "console.segment").text())

    # The AV display shows the segment and a large timer.
    view = screen.open_presenter_view()
    qtbot.addWidget(view)
    assert find(view, "presenter.segment").text() == "Plan the test: prediction and measures"
    assert find(view, "presenter.timer").text() == "20:00"

    # A participant adds an anonymous card at the kiosk, then one more from the console.
    click(qtbot, screen, "sharing.back_to_kiosk")
    part = screen.participation
    click(qtbot, part, "part.kind.idea")
    find(part, "part.text").setText("Huddle at 8 with the falls count")
    click(qtbot, part, "part.add")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: "Thank you" in window.banner.text.text())
    open_console(window, qtbot)
    find(console, "console.card_kind").setCurrentIndex(2)  # problem
    find(console, "console.card_text").setText("Night shift never hears")
    click(qtbot, console, "console.add_card")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: find(console, "console.cards").count() == 2)
    qtbot.waitUntil(lambda: "Ideas (1)" in _texts(view))
    with window.store.begin() as s:
        cards = s.scalars(select(Contribution).order_by(Contribution.created_at)).all()
        assert [(c.anonymous, c.person_id) for c in cards] == [(True, None), (True, None)]
        idea_id = next(c.id for c in cards if c.kind.value == "idea")

    # Dot voting at the kiosk: two dots each; a third is refused with a clear message.
    click(qtbot, screen, "sharing.back_to_kiosk")
    click(qtbot, part, "part.vote_start")
    ballot: QListWidget = find(part, "part.cards")
    ballot.setCurrentRow(
        next(i for i in range(ballot.count()) if "Huddle" in ballot.item(i).text())
    )
    for expected in ("1", "0"):
        click(qtbot, part, "part.vote")
        window.runner.wait_idle()
        qtbot.waitUntil(
            lambda e=expected: f"You have {e} dot" in find(part, "part.ballot_status").text()
        )
    click(qtbot, part, "part.vote")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: window.banner.text.text() == "You have used all your 2 dots.")
    with window.store.begin() as s:
        assert len(s.scalars(select(Vote)).all()) == 2
    click(qtbot, part, "part.vote_done")

    # A rating with a comment.
    click(qtbot, part, "part.rating.4")
    find(part, "part.comment").setText("Useful, thank you")
    click(qtbot, part, "part.send_feedback")
    window.runner.wait_idle()

    # The facilitator reveals the results: a ranked list on the AV display.
    open_console(window, qtbot)
    click(qtbot, console, "console.reveal")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: "Dot-voting results" in _texts(view))
    model = screen.presenter.model()
    assert next((r.rank, r.contribution_id, r.votes) for r in model.results) == (1, idea_id, 2)
    ranks = [w.text() for w in view.findChildren(QLabel, "presenter.result.rank")]
    assert ranks == ["1", "2"]

    # Close and export: the summary as CSV and PDF, and in the store.
    console.tabs.setCurrentIndex(2)
    find(console, "console.action_text").setText("Test the huddle for two weeks")
    find(console, "console.action_owner").setText("Siân")
    click(qtbot, console, "console.add_action")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: find(console, "console.actions").count() == 1)
    click(qtbot, console, "console.close")
    click(qtbot, window.overlay, "console.close_confirm")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: screen.last_export is not None)
    assert screen.last_export is not None
    csv_path, pdf_path = screen.last_export
    window.printer.wait()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "CSV and PDF" in window.banner.text.text())
    with csv_path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    agenda_rows = [r for r in rows if r[0] == "agenda"]
    assert [r[3] for r in agenda_rows][:2] == ["Welcome", "Round robin: your change idea"]
    assert "skipped" in agenda_rows[1][4]
    assert ["vote", "1", "idea", "Huddle at 8 with the falls count", "", "2", ""] in rows
    assert any(r[0] == "action" and r[3] == "Test the huddle for two weeks" for r in rows)
    assert ["feedback", "", "", "ratings", "1", "4.0", ""] in rows
    text = pdf_text(pdf_path)
    assert "PDSA planning clinic" in text
    assert "Huddle at 8 with the falls count" in text
    assert "Test the huddle for two weeks" in text
    with window.store.begin() as s:
        segments = s.scalars(select(SessionSegment).order_by(SessionSegment.position)).all()
        assert segments[0].ended_at is not None
        assert not segments[0].skipped
        assert segments[1].skipped
        assert segments[1].extended_seconds == 60
        assert len(s.scalars(select(SessionFeedback)).all()) == 1
    assert no_network == []
    view.close()


def _texts(root: QWidget) -> str:
    return " | ".join(w.text() for w in root.findChildren(QLabel))


def test_close_and_export_asks_first_and_keep_it_open_keeps_it(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("sharing")
    screen = window.screens["sharing"]
    assert isinstance(screen, SharingScreen)
    open_console(window, qtbot)
    window.runner.wait_idle()
    console = screen.console
    template: QComboBox = find(console, "console.template")
    template.setCurrentIndex(template.findData("pdsa_clinic"))
    find(console, "console.teams").setText("Ward 4, Pharmacy")
    click(qtbot, console, "console.create")
    qtbot.waitUntil(lambda: screen.presenter.run is not None)
    window.runner.wait_idle()
    console.tabs.setCurrentIndex(2)

    click(qtbot, console, "console.close")
    assert window.overlay.isVisible()
    click(qtbot, window.overlay, "console.close_cancel")
    window.runner.wait_idle()
    assert not window.overlay.isVisible()
    assert screen.presenter.run is not None
    assert screen.last_export is None

    click(qtbot, console, "console.close")
    click(qtbot, window.overlay, "console.close_confirm")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: screen.last_export is not None)


def test_the_console_needs_the_pin_and_says_once_that_audio_is_unavailable(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    window.navigate("sharing")
    screen = window.screens["sharing"]
    assert isinstance(screen, SharingScreen)
    click(qtbot, screen, "sharing.open_console")
    assert window.current_screen == "pin"
    set_pin(window, qtbot)
    window.navigate("sharing")
    open_console(window, qtbot)
    assert screen.pages.currentWidget() is screen.console

    screen.audio_unavailable("no device")
    note = find(screen.console, "console.audio_note")
    assert note.isVisible()
    assert note.text().startswith("Audio unavailable")
    note.hide()
    screen.audio_unavailable("no device")
    assert not note.isVisible()  # said once


def test_voice_activity_starts_and_stops_the_current_speakers_clock(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("sharing")
    screen = window.screens["sharing"]
    assert isinstance(screen, SharingScreen)
    clock = FastClock()
    screen.set_monotonic(clock)
    open_console(window, qtbot)
    window.runner.wait_idle()
    console = screen.console
    template: QComboBox = find(console, "console.template")
    template.setCurrentIndex(template.findData("show_and_tell"))
    find(console, "console.teams").setText("Ward 4, Pharmacy")
    click(qtbot, console, "console.create")
    qtbot.waitUntil(lambda: screen.presenter.run is not None)
    window.runner.wait_idle()

    speakers = list(console.findChildren(QWidget, "console.speaker"))
    assert [b.text() for b in speakers] == ["Ward 4", "Pharmacy"]
    qtbot.mouseClick(speakers[0], Qt.MouseButton.LeftButton)
    clock.advance(30)
    screen.voice_activity(False)
    clock.advance(300)  # silence: not counted
    screen.voice_activity(True)
    clock.advance(30)
    qtbot.mouseClick(speakers[1], Qt.MouseButton.LeftButton)
    clock.advance(60)

    shares = screen.presenter.airtime()
    assert [(s.label, round(s.seconds)) for s in shares] == [("Ward 4", 60), ("Pharmacy", 60)]
    assert [b.isChecked() for b in speakers] == [False, True]
