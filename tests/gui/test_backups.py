"""The Backups page behind the PIN (back up now, restore after asking) and the running kiosk's
daily backup timer (copied to the second folder, old backups pruned)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk import backup
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Person
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def test_back_up_now_then_restore_after_a_confirmation(
    make_window: WindowFactory, qtbot: QtBot, db_url: str
) -> None:
    window = make_window("--lang", "en")
    db_path = backup.database_path(db_url)
    assert db_path is not None
    set_pin(window, qtbot)
    window.navigate("backups")
    assert window.current_screen == "backups"
    page: Any = window.screens["backups"]
    window.runner.wait_idle()
    qtbot.mouseClick(page.now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Backed up:"))
    window.runner.wait_idle()
    assert page.rows, "the new backup is listed"
    newest = page.rows[0][0]
    assert Path(newest.path).parent == backup.backup_dir_for(db_path)

    # Someone registers after the backup; restoring it takes the room back before them.
    window.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Tomos Lloyd", language="cy", consent_display=True)
    )
    qtbot.mouseClick(page.rows[0][2], Qt.MouseButton.LeftButton)
    assert window.overlay.isVisible()
    assert window.overlay.title.text() == "Restore this backup?"
    assert "anything recorded since then is lost" in window.overlay.text.text()
    confirm = window.overlay.findChild(QPushButton, "backups.restore.confirm")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.text.text().startswith("The backup of "))
    window.runner.wait_idle()
    with window.store.begin() as session:
        names = set(session.scalars(select(Person.display_name)))
    assert "Tomos Lloyd" not in names
    assert names, "the demo people of the backup are back"
    assert list(backup.backup_dir_for(db_path).glob("*-before-restore.sqlite3"))


def test_the_daily_backup_timer_copies_and_prunes(
    make_window: WindowFactory, qtbot: QtBot, db_url: str, tmp_path: Path
) -> None:
    second = tmp_path / "usb"
    window = make_window("--lang", "en", "--set", f"backup.copy_to={second}")
    db_path = backup.database_path(db_url)
    assert db_path is not None
    folder = backup.backup_dir_for(db_path)
    old = backup.make_backup(db_path, folder, now=datetime.now(UTC) - timedelta(days=30))
    assert window.backup_timer.isActive()
    assert 1000 <= window.backup_timer.remainingTime() <= 24 * 3600 * 1000 + 60_000
    before = {p.name for p in folder.glob("qspace-*.sqlite3")}
    window.backup_timer.timeout.emit()  # the timer fires, as it does after closing time
    window.background.wait_idle()
    qtbot.waitUntil(lambda: not old.exists())  # older than backup.keep_days (14): pruned
    made = {p.name for p in folder.glob("qspace-*.sqlite3")} - before
    assert len(made) == 1
    assert (second / made.pop()).is_file()  # copied to the second folder
    assert window.backup_timer.isActive()  # and the next one is scheduled
