"""Kiosk faults that end in one clear line (exit 2), never a traceback: a data directory that
cannot be written, a database from a newer kiosk, two processes on a fresh database, config
values of the wrong type or naming a missing file; and a clean exit from the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from kiosk.db import make_engine, migrate

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_data_directory_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")  # the data directory would have to be inside it

    for args in (
        ["--version"],
        ["export", "people", "--db", "sqlite://", "--csv", str(tmp_path / "x")],
    ):
        line = _one_clear_line(run(*args, env={"XDG_DATA_HOME": str(blocker / "data")}))
        assert line.startswith("Cannot write in "), line


def test_a_database_from_a_newer_kiosk_is_one_line(tmp_path: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()

    line = _one_clear_line(
        run("export", "people", "--db", db_url, "--csv", str(tmp_path / "p.csv"))
    )

    assert line == "The database was made by a newer Qspace Kiosk (0099); upgrade the kiosk."


def test_processes_starting_at_once_on_a_fresh_database_all_start(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    command = [sys.executable, str(ROOT / "main.py"), "export", "people", "--db", db_url]
    processes = [
        subprocess.Popen(
            [*command, "--csv", str(tmp_path / f"{n}.csv")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in processes]

    assert [code for code, _err in results] == [0, 0, 0, 0], results


def test_config_values_of_the_wrong_type_or_a_missing_ca_bundle_are_refused(
    tmp_path: Path, db_url: str
) -> None:
    cases = {
        'idle_timeout_s = "90"': "kiosk.idle_timeout_s",
        '[register]\nca_bundle = "/nowhere/ca.pem"': "register.ca_bundle",
        '[register]\nurl = "http://192.0.2.1:8080"': "register.url",
    }
    for body, setting in cases.items():
        config = tmp_path / "config.toml"
        section = "" if body.startswith("[") else "[kiosk]\n"
        config.write_text(f"schema_version = 1\n{section}{body}\n", encoding="utf-8")

        line = _one_clear_line(run("--config", str(config), "--db", db_url, "--exit-after-paint"))

        assert setting in line, line


def test_closing_the_window_logs_no_error(tmp_path: Path, db_url: str) -> None:
    data = tmp_path / "data"
    result = run("--db", db_url, "--exit-when-ready", env={"XDG_DATA_HOME": str(data)})

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    logged = "".join(p.read_text(encoding="utf-8") for p in data.rglob("*.log"))
    assert " ERROR " not in logged, logged[-2000:]


def test_kiosk_mode_with_exit_after_paint_exits(db_url: str) -> None:
    result = run("--db", db_url, "--kiosk", "--exit-after-paint")

    assert result.returncode == 0, result.stderr
