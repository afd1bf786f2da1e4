"""`main.py pass`: a person's current QR pass token, as a facilitator or a test runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.db import Store
from kiosk.dto.checkin import NewVisitor
from kiosk.passes import decode_token, pass_secret, scan_check_in
from kiosk.services.checkin import erase_person, register_visitor

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.fixture
def person(store: Store, now: datetime) -> str:
    """A registered visitor's id."""
    with store.begin() as s:
        return register_visitor(s, visitor=NewVisitor(name="Ffion Davies"), now=now).id


def test_token_only_prints_the_token_alone_and_the_same_each_time(
    store: Store, db_url: str, person: str, now: datetime
) -> None:
    first = run("pass", "--db", db_url, "--person", person, "--token-only")
    second = run("pass", "--db", db_url, "--person", person, "--token-only")

    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    token = first.stdout.strip()
    assert first.stdout == token + "\n"
    assert re.fullmatch(r"QS1[A-Z2-7]{64}", token)
    assert second.stdout == first.stdout
    with store.begin() as s:
        assert decode_token(token, pass_secret(s)).person_id == person
        assert scan_check_in(s, text=token, now=now).kind == "checked_in"


def test_without_token_only_a_friendly_line_holds_the_token(db_url: str, person: str) -> None:
    result = run("pass", "--db", db_url, "--person", person)

    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert re.search(r"\bQS1[A-Z2-7]{64}\b", line)
    assert person in line
    assert "Ffion" not in line  # no personal data on the terminal


@pytest.mark.parametrize("who", ["unknown", "erased"])
def test_an_unknown_person_is_one_line_and_exit_2(
    store: Store, db_url: str, person: str, now: datetime, who: str
) -> None:
    person_id = "no-such-person"
    if who == "erased":
        person_id = person
        with store.begin() as s:
            erase_person(s, person_id=person, now=now)

    result = run("pass", "--db", db_url, "--person", person_id, "--token-only")

    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert person_id in lines[0]
    assert "Traceback" not in result.stderr


def test_the_person_option_is_required(db_url: str) -> None:
    result = run("pass", "--db", db_url)

    assert result.returncode == 2
    assert "--person" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_pass_command() -> None:
    result = run("--help")

    assert result.returncode == 0
    assert "pass --db URL --person ID [--token-only]" in result.stdout
