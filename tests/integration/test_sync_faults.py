"""A kiosk meeting faults while it syncs with a real register (uvicorn on loopback), as the
command line and the worker run it: records it cannot store, a wrong clock, syncs at once,
a failing write, secrets on the command line and on disk."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from kiosk.db import get_state
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Outbox, Person
from sync.engine import CURSOR_KEY, unusable_records
from sync.register.store import RegCounter, RegRecord
from tests.integration.sync_support import (
    Kiosk,
    RunningRegister,
    make_kiosk,
    running_register,
)

ROOT = Path(__file__).resolve().parents[2]


def _register_clock(start: datetime) -> object:
    """The register's clock: `start`, then moving with real time."""
    began = datetime.now(UTC)
    return lambda: start + (datetime.now(UTC) - began)


@pytest.fixture
def register(tmp_path: Path, now: datetime) -> Iterator[RunningRegister]:
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    with running_register(url, clock=_register_clock(now)) as running:  # type: ignore[arg-type]
        yield running


def _kiosk(tmp_path: Path, register: RunningRegister, name: str, start: datetime) -> Kiosk:
    kiosk = make_kiosk(tmp_path, name, start)
    kiosk.token = register.token(name)
    return kiosk


def _sync_cli(
    kiosk: Kiosk, url: str, *extra: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    token_file = Path(str(kiosk.store.engine.url.database)).with_suffix(".token")
    token_file.write_text(kiosk.token, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "main.py", "sync", "once", "--db", str(kiosk.store.engine.url),
         "--register", url, "--token-file", str(token_file), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def _run(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def _store_raw(register: RunningRegister, entity: str, fields: dict[str, object]) -> str:
    """A record as a register from before the strict checks may hold it."""
    entity_id = str(uuid.uuid4())
    version = "001764149400000.000000.0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b"
    with Session(register.store.engine) as session, session.begin():
        counter = session.get_one(RegCounter, 1)
        counter.value += 1
        session.add(
            RegRecord(
                entity=entity,
                entity_id=entity_id,
                seq=counter.value,
                version=version,
                data=fields,
                versions=dict.fromkeys(fields, version),
                deleted=False,
            )
        )
    return entity_id


def _person_fields(name: str, *, created_at: str, email: str | None = None) -> dict[str, object]:
    return {
        "display_name": name, "email": email, "department_id": None, "role": None,
        "language": "cy", "consent_display": True, "consent_contact": False,
        "consented_at": created_at, "search_key": name.lower(), "created_at": created_at,
        "updated_at": created_at, "deleted": False,
    }  # fmt: skip


def test_a_pulled_record_the_kiosk_cannot_store_is_kept_aside_and_the_rest_syncs(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    bad = _store_raw(
        register, "person", _person_fields("A", created_at="9999-12-31T23:59:59-14:00")
    )
    good = _store_raw(register, "person", _person_fields("B", created_at=now.isoformat()))
    kiosk = _kiosk(tmp_path, register, "room1", now)

    code, out, err = _run(_sync_cli(kiosk, register.url))

    assert code == 0, err
    assert "1 records kept aside" in out
    with kiosk.store.begin() as session:
        assert session.get(Person, good) is not None
        assert session.get(Person, bad) is None
        [aside] = unusable_records(session)
        assert (aside["entity"], aside["id"]) == ("person", bad)
        assert "out of range" in aside["reason"]
    # The next sync carries on: nothing is retried for ever, nothing fails.
    code, _out, err = _run(_sync_cli(kiosk, register.url))
    assert code == 0, err


def test_a_kiosk_clock_two_days_fast_never_stamps_ahead_and_recovers(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    fast = _kiosk(tmp_path, register, "fast", now + timedelta(days=2))
    fast.ops.checkin.register_visitor(NewVisitor(name="Before Sync", new_department="Pharmacy"))

    report = fast.sync(register.url)

    assert report.clock is not None
    assert report.clock.fault
    assert report.clock.ahead_s > 86400
    assert report.clock.restamped == 2  # the department and the person waiting
    assert "2 days ahead of the register" in report.clock.summary()
    assert report.push.sent == 2
    assert report.push.dead == 0
    # While the clock is still fast, new versions stay at the register's time.
    fast.ops.checkin.register_visitor(NewVisitor(name="During Fault", new_department="Radiology"))
    limit_ms = (now + timedelta(minutes=5)).timestamp() * 1000
    with fast.store.begin() as session:
        stamps = session.scalars(select(Outbox.version)).all()
    assert all(int(stamp[:15]) < limit_ms for stamp in stamps), (stamps, limit_ms)
    assert fast.sync(register.url).push.dead == 0
    # The clock is corrected: new changes go through, and the fault is no longer reported.
    fast.clock.now = now
    fast.ops.checkin.register_visitor(NewVisitor(name="After Fix", new_department="Theatres"))
    after = fast.sync(register.url)
    assert after.push.sent == 2
    assert after.push.dead == 0
    assert after.clock is not None
    assert not after.clock.fault
    assert register.store.counts()["records"] == 6


def test_changes_dead_lettered_for_a_fast_clock_are_restamped_and_sent(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    fast = _kiosk(tmp_path, register, "fast", now + timedelta(days=2))
    fast.ops.checkin.register_visitor(NewVisitor(name="Refused Once", new_department="Pharmacy"))
    with fast.store.begin() as session:  # as a kiosk before this release left them
        session.execute(
            update(Outbox).values(
                dead=True, last_error="version is ahead of the register's clock by more than a day"
            )
        )

    report = fast.sync(register.url)

    assert report.push.sent == 2
    with fast.store.begin() as session:
        assert session.scalar(select(func.count()).where(Outbox.dead.is_(True))) == 0


def test_the_sync_worker_tells_the_facilitator_about_a_fast_clock(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    from sync.worker import SyncWorker

    fast = _kiosk(tmp_path, register, "fast", now + timedelta(days=2))
    done = threading.Event()
    worker = SyncWorker(
        fast.store,
        register_url=register.url,
        token=fast.token,
        clock=fast.clock,
        on_status=lambda status: done.set() if status.state == "online" else None,
    )
    worker.start()
    try:
        assert done.wait(30)  # the first round ended
    finally:
        worker.stop()
    status = worker.status()
    assert status.state == "online"
    assert status.clock_ahead_s is not None
    assert status.clock_ahead_s > 86400
    assert any("clock is 2 days ahead" in reason for _when, reason in status.recent_errors)


def test_three_syncs_at_once_after_a_register_change_leave_the_right_cursor(
    tmp_path: Path, now: datetime
) -> None:
    with running_register(f"sqlite:///{tmp_path / 'first.sqlite3'}") as first:
        busy = _kiosk(tmp_path, first, "busy", now)
        for number in range(40):
            busy.ops.checkin.register_visitor(
                NewVisitor(name=f"Visitor {number}", new_department="Ward")
            )
        busy.sync(first.url)
        kiosk = _kiosk(tmp_path, first, "room", now)
        kiosk.sync(first.url)
    with kiosk.store.begin() as session:
        assert int(get_state(session, CURSOR_KEY) or 0) > 40
    with running_register(f"sqlite:///{tmp_path / 'second.sqlite3'}") as second:
        other = _kiosk(tmp_path, second, "other", now)
        other.ops.checkin.register_visitor(NewVisitor(name="Elsewhere", new_department="Clinic"))
        other.sync(second.url)
        kiosk.token = second.token("room")

        runs = [_run(p) for p in [_sync_cli(kiosk, second.url) for _ in range(3)]]

        assert [code for code, _out, _err in runs] == [0, 0, 0], runs
        highest = second.store.pull(after=0, limit=5000)[0][-1].seq
    with kiosk.store.begin() as session:
        assert int(get_state(session, CURSOR_KEY) or 0) == highest
        assert session.scalar(select(func.count()).where(Person.display_name == "Elsewhere")) == 1


def test_a_failing_write_puts_no_personal_data_in_the_logs(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    name, email = "Xanthe Quillfeather", "xanthe.quill@example.org"
    _store_raw(register, "person", _person_fields(name, created_at=now.isoformat(), email=email))
    kiosk = _kiosk(tmp_path, register, "room1", now)
    with kiosk.store.engine.begin() as conn:  # every write of a person now fails
        conn.execute(
            text(
                "CREATE TRIGGER person_fails BEFORE INSERT ON person "
                "BEGIN INSERT INTO no_such_table VALUES (1); END"
            )
        )
    logs = tmp_path / "data"

    code, out, err = _run(_sync_cli(kiosk, register.url, env={"XDG_DATA_HOME": str(logs)}))

    assert code == 0, err
    assert "1 records kept aside" in out
    written = "".join(p.read_text(encoding="utf-8") for p in logs.rglob("*.log*"))
    assert "kept aside" in written  # the failure is logged …
    for secret in (name, email, "Xanthe", "example.org"):  # … without the visitor
        assert secret not in written
        assert secret not in out + err


def test_the_token_never_goes_on_the_command_line(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    kiosk = _kiosk(tmp_path, register, "room1", now)
    db = str(kiosk.store.engine.url)
    base = [sys.executable, "main.py", "sync", "once", "--db", db, "--register", register.url]

    on_argv = subprocess.run(
        [*base, f"--token={kiosk.token}"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    from_stdin = subprocess.run(
        [*base, "--token-file", "-"],
        cwd=ROOT, input=kiosk.token + "\n", capture_output=True, text=True, check=False,
    )  # fmt: skip

    assert on_argv.returncode == 2
    assert "ps" in on_argv.stderr
    assert "Traceback" not in on_argv.stderr
    assert from_stdin.returncode == 0, from_stdin.stderr


def test_http_to_another_machine_needs_an_explicit_setting(tmp_path: Path, now: datetime) -> None:
    kiosk = make_kiosk(tmp_path, "room1", now)
    kiosk.token = "qsk_x"

    code, _out, err = _run(_sync_cli(kiosk, "http://192.0.2.1:8080"))

    assert code == 2
    assert "register.allow_http" in err
    assert "Traceback" not in err


def test_https_to_a_plain_http_port_says_so(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    kiosk = _kiosk(tmp_path, register, "room1", now)

    code, _out, err = _run(_sync_cli(kiosk, register.url.replace("http://", "https://")))

    assert code == 2
    assert "does not speak TLS" in err
    assert "certificate" not in err
    assert "Traceback" not in err


def test_a_ca_bundle_that_does_not_exist_is_refused(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    kiosk = _kiosk(tmp_path, register, "room1", now)

    code, _out, err = _run(_sync_cli(kiosk, register.url, "--ca-bundle", "/nowhere/ca.pem"))

    assert code == 2
    assert "no such file" in err
    assert "Traceback" not in err


def test_kiosk_and_register_databases_and_logs_are_owner_only(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    kiosk = make_kiosk(folder, "room1", now)
    kiosk.token = register.token("room1")
    data = tmp_path / "data"

    code, _out, err = _run(_sync_cli(kiosk, register.url, env={"XDG_DATA_HOME": str(data)}))
    made = subprocess.run(
        [sys.executable, "main.py", "register", "device", "add", "x",
         "--db", f"sqlite:///{folder / 'reg.sqlite3'}"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "XDG_DATA_HOME": str(data)},
    )  # fmt: skip

    assert code == 0, err
    assert made.returncode == 0, made.stderr
    for path in [*folder.glob("*.sqlite3*"), *data.rglob("*.log")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in [p for p in data.rglob("*") if p.is_dir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    assert json.dumps(sorted(p.name for p in folder.glob("*.sqlite3"))) == json.dumps(
        ["reg.sqlite3", "room1.sqlite3"]
    )


def test_a_right_clock_is_not_a_fault_after_pulling_a_version_a_little_ahead(
    tmp_path: Path, register: RunningRegister, now: datetime
) -> None:
    ahead = now + timedelta(minutes=4)  # the register accepts up to 5 minutes ahead
    node = "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b"
    change = {
        "change_id": str(uuid.uuid4()), "entity": "person", "entity_id": str(uuid.uuid4()),
        "version": f"{int(ahead.timestamp() * 1000):015d}.000000.{node}", "op": "insert",
        "fields": _person_fields("C", created_at=now.isoformat()),
    }  # fmt: skip
    import requests

    pushed = requests.post(
        f"{register.url}/v1/changes",
        json={"changes": [change]},
        headers={"Authorization": f"Bearer {register.token('other')}"},
        timeout=10,
    )
    assert pushed.status_code == 200
    kiosk = _kiosk(tmp_path, register, "room1", now)

    first = kiosk.sync(register.url)
    kiosk.ops.checkin.register_visitor(NewVisitor(name="After Pull", new_department="Ward"))
    second = kiosk.sync(register.url)

    for report in (first, second):
        assert report.clock is not None
        assert not report.clock.fault
    assert second.push.sent == 2
    with kiosk.store.begin() as session:  # its edit still sorts after what it pulled
        newest = session.scalar(select(func.max(Outbox.version)))
    assert newest is not None
    assert newest > change["version"]
