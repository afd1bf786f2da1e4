"""Databases written by every earlier release (tests/fixtures/schemas/schema-NNNN.sqlite3, each
made by `main.py demo` at the last commit of main whose newest migration was NNNN) upgrade to
the current schema with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "schemas").glob("schema-*.sqlite3"))
HEAD = sorted((ROOT / "kiosk" / "migrations" / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))[-1]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
            )
        ]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_there_is_a_fixture_for_every_earlier_schema() -> None:
    written = {p.stem.removeprefix("schema-") for p in FIXTURES}
    assert {f"{n:04d}" for n in range(1, 7)} <= written


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_an_old_database_upgrades_with_nothing_lost(fixture: Path, tmp_path: Path) -> None:
    db = tmp_path / "room.sqlite3"
    shutil.copyfile(fixture, db)
    before = _counts(db)
    assert before["person"] > 0
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "people",
            "--db",
            f"sqlite:///{db}",
            "--csv",
            str(tmp_path / "people.csv"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote {before['person']} people rows" in result.stdout
    after = _counts(db)
    with sqlite3.connect(db) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == HEAD.name[:4]
    lost = {
        t: (n, after.get(t))
        for t, n in before.items()
        if t != "alembic_version" and after.get(t, -1) < n
    }
    assert lost == {}
