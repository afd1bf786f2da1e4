"""An upgrade backs the database up first and, when a migration fails, puts the backup back:
the kiosk never runs on a half-migrated store."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from kiosk.db import backup_path, current_revision, make_engine, migrate
from kiosk.errors import ErrorCode, KioskError
from tests.broken_migrations import FIXTURES, broken_migrations


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        lines = list(db.iterdump())
    db.close()
    return lines


def test_a_failed_migration_restores_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "qspace.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0005.sqlite3", db)
    before = _dump(db)
    engine = make_engine(f"sqlite:///{db}")

    with pytest.raises(KioskError) as caught:
        migrate(engine, script_location=str(broken_migrations(tmp_path)))

    assert caught.value.code is ErrorCode.DB_UPGRADE_FAILED
    assert caught.value.params["revision"] == "0005"
    assert current_revision(engine) == "0005"
    engine.dispose()
    assert _dump(db) == before  # not half-migrated: 0006 is undone and no row is gone
    backup = Path(caught.value.params["backup"])
    assert backup == tmp_path / "qspace.schema-0005.sqlite3.bak"
    assert _dump(backup) == before


def test_an_upgrade_keeps_an_owner_only_backup_named_by_its_schema(tmp_path: Path) -> None:
    db = tmp_path / "qspace.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    before = _dump(db)
    engine = make_engine(f"sqlite:///{db}")

    migrate(engine)

    assert current_revision(engine) != "0001"
    backup = backup_path(db, "0001")
    assert _dump(backup) == before
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "qspace.sqlite3"
    migrate(make_engine(f"sqlite:///{db}"))
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []
