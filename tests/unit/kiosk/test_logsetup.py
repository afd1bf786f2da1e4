"""Logging: the rotating file always; the journal (stderr with priorities) under systemd."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logsetup import configure_logging


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
