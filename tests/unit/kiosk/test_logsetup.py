"""Logging: the rotating file always; the journal (stderr with priorities) under systemd."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logsetup import LogFile, configure_logging


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_under_systemd_lines_also_go_to_the_journal_with_their_priority(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], root_handlers: None
) -> None:
    path = configure_logging(tmp_path, environ={"JOURNAL_STREAM": "8:1234"})
    logging.getLogger("kiosk.test").error("the database could not be opened")
    logging.getLogger("kiosk.test").info("ready")
    assert capsys.readouterr().err.splitlines() == [
        "<3>kiosk.test: the database could not be opened",
        "<6>kiosk.test: ready",
    ]
    assert "ERROR kiosk.test: the database could not be opened" in path.read_text("utf-8")


def test_outside_systemd_only_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], root_handlers: None
) -> None:
    path = configure_logging(tmp_path, environ={})
    logging.getLogger("kiosk.test").warning("quiet")
    assert capsys.readouterr().err == ""
    assert "WARNING kiosk.test: quiet" in path.read_text("utf-8")


def test_a_full_log_is_moved_aside_and_every_file_is_the_owners_only(
    tmp_path: Path, root_handlers: None
) -> None:
    handler = LogFile(tmp_path / "kiosk.log", max_bytes=400, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("kiosk.test.rotation")
    log.addHandler(handler)
    log.propagate = False
    try:
        for number in range(40):
            log.warning("line %02d %s", number, "x" * 40)  # 49 bytes with its newline
    finally:
        log.removeHandler(handler)
        handler.close()
        log.propagate = True
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]  # the oldest were dropped
    newest, older, oldest = (
        (tmp_path / name).read_text("utf-8").splitlines()
        for name in ("kiosk.log", "kiosk.log.1", "kiosk.log.2")
    )
    assert newest[-1].startswith("line 39 ")
    kept = oldest + older + newest  # in order, none lost between the files kept
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(numbers[0], 40))
    for name in files:
        assert (tmp_path / name).stat().st_size <= 400
        if os.name == "posix":
            assert (tmp_path / name).stat().st_mode & 0o077 == 0


def test_a_log_that_cannot_be_moved_aside_keeps_every_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(self: Path, target: Path) -> Path:
        raise OSError("read-only folder")

    handler = LogFile(tmp_path / "kiosk.log", max_bytes=100, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("kiosk.test.stuck")
    log.addHandler(handler)
    log.propagate = False
    monkeypatch.setattr(Path, "replace", refuse)
    try:
        for number in range(6):
            log.warning("line %d %s", number, "x" * 30)
    finally:
        log.removeHandler(handler)
        handler.close()
        log.propagate = True
    lines = (tmp_path / "kiosk.log").read_text("utf-8").splitlines()
    assert [int(line.split()[1]) for line in lines] == list(range(6))  # nothing lost
    assert "read-only folder" in capsys.readouterr().err  # reported as logging reports
