"""The PyInstaller bundle in a bare environment (no .venv, no checkout on the path, nothing in
the environment but PATH and HOME): the version, an export from a database written by the first
release (upgraded, backed up, nothing lost), and every screen rendered."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, VERSION

pytestmark = pytest.mark.slow

FIRST_RELEASE = ROOT / "tests" / "fixtures" / "schemas" / "schema-0001.sqlite3"


def bare(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the bundle as `env -i PATH=/usr/bin:/bin HOME=... QT_QPA_PLATFORM=offscreen` would."""
    return subprocess.run(
        [str(bundle), *args],
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def log_of(home: Path) -> str:
    """The kiosk's log under `home` (for a failing assertion's message)."""
    path = home / ".local" / "share" / "qspace-kiosk" / "logs" / "kiosk.log"
    return path.read_text("utf-8")[-3000:] if path.exists() else "(no log)"


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = bare(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Qspace Kiosk {VERSION}"


def test_bundle_carries_assets_migrations_and_qt_plugins(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    for path in (
        "assets/theme.qss",
        "assets/i18n/qspace_cy.qm",
        "assets/i18n/qspace_en.qm",
        "assets/sounds/chime_end.wav",
        "kiosk/migrations/env.py",
        "kiosk/migrations/versions/0001_initial_schema.py",
    ):
        assert (inside / path).is_file(), path
    shipped = {p.name for p in (ROOT / "kiosk" / "migrations" / "versions").glob("0*.py")}
    bundled = {p.name for p in (inside / "kiosk" / "migrations" / "versions").glob("0*.py")}
    assert shipped == bundled
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqwayland.so",
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "printsupport/libcupsprintersupport.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    for unused in ("*WebEngine*", "*Qt6Quick*", "*VirtualKeyboard*", "*virtualkeyboard*"):
        assert not list(inside.rglob(unused)), f"{unused} must stay out of the bundle"
    dangling = [p for p in inside.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_a_database_from_the_first_release_is_upgraded_with_nothing_lost(
    bundle: Path, tmp_path: Path
) -> None:
    db = tmp_path / "room.sqlite3"
    shutil.copyfile(FIRST_RELEASE, db)
    with sqlite3.connect(db) as conn:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    result = bare(
        bundle, "export", "people", "--db", f"sqlite:///{db}", "--csv", "x.csv", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote {people} people rows" in result.stdout
    assert len((tmp_path / "x.csv").read_text("utf-8").splitlines()) == people + 1
    backup = tmp_path / "room.schema-0001.sqlite3.bak"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    heads = sorted((ROOT / "kiosk" / "migrations" / "versions").glob("0*.py"))
    with sqlite3.connect(db) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == (heads[-1].name[:4])
        )
    conn.close()


def test_snapshot_renders_every_screen(bundle: Path, tmp_path: Path) -> None:
    result = bare(bundle, "snapshot", "shots", "--size", "1280x800", home=tmp_path)
    assert result.returncode == 0, result.stderr + log_of(tmp_path)
    shots = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert {"attract-en.png", "home-en.png", "checkin-en.png"} <= shots
    assert len(shots) > 10
    # The theme and both languages' catalogues were found where the bundle keeps them.
    assert "catalogue" not in log_of(tmp_path)
