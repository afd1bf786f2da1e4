"""The kiosk's thank-you form and the facilitator's showcase page, as a user drives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.models import Notice, PlaylistItem, ThanksNote
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin


def _count(window: object, model: type) -> int:
    with window.store.begin() as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_thank_you_note_is_refused_until_complete_then_waits_for_approval(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    before = _count(window, ThanksNote)
    window.navigate("stories")
    qtbot.mouseClick(window.screens["stories"].thank, Qt.MouseButton.LeftButton)
    page = window.screens["thanks"]
    assert window.current_screen == "thanks"

    page.note.setPlainText("Diolch for the new handover board!")
    qtbot.mouseClick(page.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Say who the thanks are for.")
    assert _count(window, ThanksNote) == before

    page.to_whom.setText("Ward 6 day team")
    qtbot.mouseClick(page.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "once it is approved" in page.message.text())
    assert page.note.toPlainText() == ""
    with window.store.begin() as session:
        note = session.scalars(
            select(ThanksNote).where(ThanksNote.to_whom == "Ward 6 day team")
        ).one()
        assert (note.approved, note.hidden) == (False, False)


def test_a_thank_you_notes_error_clears_once_the_field_is_filled_in(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    window.navigate("thanks")
    page = window.screens["thanks"]
    page.note.setPlainText("Diolch!")
    qtbot.mouseClick(page.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Say who the thanks are for.")
    qtbot.keyClicks(page.signed, "Nia")  # another field: the message stays
    assert page.message.text() == "Say who the thanks are for."
    qtbot.keyClicks(page.to_whom, "Ward 6")
    assert page.message.text() == ""


def test_the_showcase_page_refuses_a_bad_window_and_raises_and_clears_a_message(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("showcase")
    page = window.screens["showcase"]
    window.runner.wait_idle()
    entries = _count(window, PlaylistItem)

    page.kind.setCurrentIndex(page.kind.findData("whats_on"))
    page.start.setText("8am")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "HH:MM" in page.message.text())
    assert "8am" in page.message.text()
    assert _count(window, PlaylistItem) == entries

    page.start.setText("08:00")
    page.end.setText("10:00")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Added to the loop.")
    assert _count(window, PlaylistItem) == entries + 1
    qtbot.waitUntil(lambda: "08:00–10:00" in page.playlist.item(page.playlist.count() - 1).text())

    page.text_en.setPlainText("The room is closed for a fire drill.")
    qtbot.mouseClick(page.raise_notice, Qt.MouseButton.LeftButton)
    # Every screen shows both languages: an empty Welsh text would show nothing in Welsh.
    assert page.message.text() == (
        "Please write the message in Welsh too: every screen shows both."
    )
    window.runner.wait_idle()
    assert page.notice_status.text() == "No message is showing."
    page.text_cy.setPlainText("Mae'r ystafell ar gau ar gyfer ymarfer tân.")
    qtbot.mouseClick(page.raise_notice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "fire drill" in page.notice_status.text())
    qtbot.mouseClick(page.clear_notice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice_status.text() == "No message is showing.")
    with window.store.begin() as session:
        notice = session.scalars(select(Notice)).one()
        assert notice.cleared_at is not None
