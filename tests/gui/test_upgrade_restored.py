"""A start whose upgrade failed says on screen that the database was put back, and does not run
on a half-migrated store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.broken_migrations import FIXTURES, broken_migrations
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def test_a_failed_upgrade_is_restored_and_said_on_screen(
    make_window: WindowFactory,
    qtbot: QtBot,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copyfile(FIXTURES / "schema-0004.sqlite3", db_url.removeprefix("sqlite:///"))
    broken = str(broken_migrations(tmp_path))
    monkeypatch.setattr("kiosk.db.migrations_dir", lambda: broken)

    window = make_window("--lang", "en")

    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.text.text().startswith(
        "This update could not be applied to the room's database, so it was put back"
    )
    assert not window.ops_ready()  # type: ignore[attr-defined]

    from kiosk.db import current_revision, make_engine

    assert current_revision(make_engine(db_url)) == "0004"
