"""Starting the real program: first run, second run, a bad config file, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


@pytest.mark.slow
def test_first_and_second_start_open_the_store_and_exit(db_url: str) -> None:
    for _ in range(2):
        result = run("--db", db_url, "--screen", "home", "--exit-when-ready")
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    from kiosk.db import HEAD_REVISION, Store, current_revision, make_engine
    from kiosk.export import export_rows

    engine = make_engine(db_url)
    assert current_revision(engine) == HEAD_REVISION
    with Store(engine).begin() as session:
        assert len(list(export_rows(session, "people"))) == 201  # seeded once, not twice


def test_leaving_closes_the_database_and_writes_the_log_out(tmp_path: Path) -> None:
    # The kiosk leaves without the interpreter's teardown (app.run.leave): what must happen
    # first has, the database closed (its write-ahead log folded back in) and the log written.
    db = tmp_path / "room.sqlite3"
    data = tmp_path / "data"
    result = run(
        "--db",
        f"sqlite:///{db}",
        "--screen",
        "home",
        "--exit-when-ready",
        env={"XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert db.stat().st_size > 0
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    (log,) = data.rglob("kiosk.log")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[-1].endswith("INFO app.run: kiosk closed (exit code 0)")


def test_exit_after_paint_exits_zero(db_url: str) -> None:
    result = run("--db", db_url, "--screen", "home", "--exit-after-paint")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '[kiosk]\nidle_timeout_s = "soon"\n',
            "line 2: setting 'kiosk.idle_timeout_s' must be a whole number of seconds from 5 "
            "to 3600",
        ),
        ('[room]\nname = "Qspace"\ncolour = "blue"\n', "line 3: unknown setting 'room.colour'"),
        ("[room\nname = 1\n", "line 1: not valid TOML"),
    ],
)
def test_a_bad_config_file_is_named_with_line_and_setting(
    tmp_path: Path, db_url: str, content: str, expected: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(content, encoding="utf-8")
    result = run("--db", db_url, "--config", str(config), "--screen", "home", "--exit-after-paint")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Config file {config}, ")
    assert expected in lines[0]
    assert not Path(db_url.removeprefix("sqlite:///")).exists(), "started half-configured"


def test_a_bad_override_is_refused(db_url: str) -> None:
    result = run("--db", db_url, "--set", "kiosk.idle_timeout_s=0", "--exit-after-paint")
    assert result.returncode == 2
    assert "kiosk.idle_timeout_s" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_every_option_command_and_setting() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in (
        "--db",
        "--config",
        "--lang",
        "--kiosk",
        "--windowed",
        "--screen",
        "--exit-after-paint",
        "--version",
        "snapshot",
        "demo",
        "export",
        "kiosk.idle_timeout_s",
        "register.url",
        "branding.primary",
    ):
        assert word in result.stdout


@pytest.mark.slow
def test_without_a_display_run_renders_snapshots_instead(tmp_path: Path, db_url: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("No display found")
    assert f"Snapshots are in {tmp_path / 'snapshots'}" in result.stdout
    made = {p.name for p in (tmp_path / "snapshots").glob("*.png")}
    for lang in ("cy", "en"):
        for screen in (
            "attract",
            "home",
            "checkin",
            "projects",
            "stories",
            "events",
            "sharing",
            "facilitator",
            "settings",
        ):
            assert f"{screen}-{lang}.png" in made
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_snapshot_writes_every_screen(tmp_path: Path, db_url: str) -> None:
    result = run(
        "snapshot", str(tmp_path / "out"), "--lang", "cy", "--size", "1280x720", "--db", db_url
    )
    assert result.returncode == 0, result.stderr
    from PIL import Image

    with Image.open(tmp_path / "out" / "home-cy.png") as image:
        assert image.size == (1280, 720)


def test_snapshot_refuses_a_bad_size(tmp_path: Path) -> None:
    result = run("snapshot", str(tmp_path), "--size", "big")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


def test_snapshot_of_chosen_screens_writes_only_those(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "out"
    result = run(
        "snapshot", str(out), "--lang", "en", "--size", "1080x1920", "--db", db_url,
        "--screen", "facilitator", "--screen", "departments",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.png")) == ["departments-en.png", "facilitator-en.png"]
    refused = run("snapshot", str(out), "--screen", "nowhere")
    assert refused.returncode == 2
    assert "nowhere" in refused.stderr
