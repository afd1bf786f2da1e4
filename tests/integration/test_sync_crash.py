"""`main.py sync once` killed with SIGKILL half-way through a push or a pull loses nothing and
duplicates nothing once it runs again; its exit codes for an unreachable or refusing register."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.db import get_state
from kiosk.models import Outbox, Person
from sync.engine import CURSOR_KEY
from tests.integration.sync_support import (
    FaultyProxy,
    Kiosk,
    free_port,
    make_kiosk,
    running_register,
)

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 600

pytestmark = pytest.mark.slow


def _sync_once(kiosk: Kiosk, url: str, *extra: str) -> subprocess.Popen[str]:
    db = str(kiosk.store.engine.url)
    token_file = Path(str(kiosk.store.engine.url.database)).with_suffix(".token")
    token_file.write_text(kiosk.token, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "main.py", "sync", "once", "--db", db, "--register", url,
         "--token-file", str(token_file), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _kill_when(process: subprocess.Popen[str], ready: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 60
    while not ready():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the sync never got half-way"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL


def _finish(process: subprocess.Popen[str]) -> int:
    __out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return process.returncode


def _add_people(kiosk: Kiosk, count: int) -> None:
    with kiosk.store.begin() as s:
        s.add_all(
            Person(display_name=f"Visitor {i}", search_key=f"visitor {i}") for i in range(count)
        )


def _count(kiosk: Kiosk, *where: object, model: object = Outbox) -> int:
    with kiosk.store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_a_kill_during_push_and_during_pull_loses_and_duplicates_nothing(
    tmp_path: Path, now: datetime
) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        a = make_kiosk(tmp_path, "a", now)
        b = make_kiosk(tmp_path, "b", now)
        a.token, b.token = register.token("a"), register.token("b")
        _add_people(a, PEOPLE)
        proxy = FaultyProxy(register.port, lambda: "slow")
        try:
            push = _sync_once(a, proxy.url, "--batch-size", "20")
            _kill_when(push, lambda: 100 <= register.store.counts()["changes"] < PEOPLE)
            sent_before = _count(a, Outbox.sent_at.is_not(None))
            assert sent_before < PEOPLE

            done = _sync_once(a, register.url)
            assert _finish(done) == 0
            counts = register.store.counts()
            assert (counts["records"], counts["changes"]) == (PEOPLE, PEOPLE)
            assert _count(a, Outbox.sent_at.is_(None)) == 0

            pull = _sync_once(b, proxy.url, "--page-size", "25")

            def half_pulled() -> bool:
                with b.store.begin() as s:
                    return int(get_state(s, CURSOR_KEY) or 0) >= 50

            _kill_when(pull, half_pulled)
        finally:
            proxy.close()
        assert _count(b, model=Person) < PEOPLE
        again = _sync_once(b, register.url)
        assert _finish(again) == 0
        assert _count(b, model=Person) == PEOPLE
        assert b.tables() == a.tables()
        assert _count(b) == 0  # what was pulled is not queued back
        assert register.store.counts()["changes"] == PEOPLE


def test_sync_once_says_in_one_line_when_the_register_is_away_or_refuses(
    tmp_path: Path, now: datetime
) -> None:
    kiosk = make_kiosk(tmp_path, "a", now)
    _add_people(kiosk, 3)
    kiosk.token = "no-such-token"

    away = _sync_once(kiosk, f"http://127.0.0.1:{free_port()}")
    _out, err = away.communicate(timeout=60)
    assert away.returncode == 3, err
    assert err.strip().count("\n") == 0
    assert "unreachable" in err
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        refused = _sync_once(kiosk, register.url)
        _out, err = refused.communicate(timeout=60)
        assert refused.returncode == 4, err
        assert err.strip() == "main.py sync once: register refused the token (token_invalid)"
        kiosk.token = register.token("a")
        register.store.revoke_device("a", now=now)
        revoked = _sync_once(kiosk, register.url)
        _out, err = revoked.communicate(timeout=60)
        assert revoked.returncode == 4, err
        assert "device_revoked" in err
        assert register.store.counts()["records"] == 0
    assert _count(kiosk, Outbox.sent_at.is_(None)) == 3  # nothing lost


def test_the_token_is_stored_from_stdin_and_used_by_sync_once(
    tmp_path: Path, now: datetime
) -> None:
    kiosk = make_kiosk(tmp_path, "a", now)
    _add_people(kiosk, 2)
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        token = register.token("a")
        stored = subprocess.run(
            [sys.executable, "main.py", "sync", "token"],
            cwd=ROOT, input=token + "\n", capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert stored.returncode == 0, stored.stderr
        assert token not in stored.stdout
        kiosk.token = ""
        db = str(kiosk.store.engine.url)
        done = subprocess.run(
            [sys.executable, "main.py", "sync", "once", "--db", db, "--register", register.url],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == (
            "Sync done: 2 changes pushed, 2 records pulled, 0 dead letters."
        )
        assert register.store.counts()["records"] == 2
