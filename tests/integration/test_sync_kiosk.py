"""The kiosk's side: demo content stays home, passes work in every room of a register,
attachments go once, and a wrong address never dead-letters the outbox."""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import func, select

from kiosk.demo import fill_demo
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Outbox, Visit
from sync.client import UnreachableError
from tests.integration.sync_support import make_kiosk, running_register


def _outbox(kiosk: object) -> int:
    with kiosk.store.begin() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count()).select_from(Outbox)) or 0)


def test_demo_rows_and_their_housekeeping_are_never_pushed(tmp_path: Path, now: datetime) -> None:
    kiosk = make_kiosk(tmp_path, "demo", now)
    with kiosk.store.begin() as s:
        fill_demo(s, people=30, visits=120, now=now - timedelta(days=400))
    later = kiosk.ops.__class__(kiosk.store, clock=lambda: now)
    done = later.checkin.housekeeping(time(18), ZoneInfo("Europe/London"), 365)
    assert done.anonymised_visits > 0  # demo rows were changed…
    assert _outbox(kiosk) == 0  # …and none of it was queued
    with kiosk.store.begin() as s:
        versions = s.scalars(select(Visit.version).where(Visit.person_id.is_(None))).all()
    assert versions
    assert all(v.endswith(".demo") for v in versions)

    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        kiosk.token = register.token("demo")
        visitor = kiosk.ops.checkin.register_visitor(
            NewVisitor(name="Real Person", new_department="X")
        )
        kiosk.sync(register.url)
        ids = {r.entity_id for r in register.store.records("person")}
        assert ids == {visitor.id}


def test_a_pass_issued_in_one_room_checks_in_in_another(tmp_path: Path, now: datetime) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        a, b = make_kiosk(tmp_path, "a", now), make_kiosk(tmp_path, "b", now)
        a.token, b.token = register.token("a"), register.token("b")
        a.sync(register.url)
        b.sync(register.url)
        person = a.ops.checkin.register_visitor(
            NewVisitor(name="Elin Hughes", new_department="Ward 1")
        )
        token = a.ops.checkin.issue_pass(person.id)
        a.sync(register.url)
        b.sync(register.url)

        outcome = b.ops.checkin.scan(token)

    assert outcome.kind == "checked_in"
    assert outcome.visitor.person_id == person.id


def test_attachments_are_stored_once_by_sha256(tmp_path: Path) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        headers = {"Authorization": f"Bearer {register.token('a')}"}
        content = b"%PDF-1.7 a poster"
        digest = hashlib.sha256(content).hexdigest()
        url = f"{register.url}/v1/attachments/{digest}"

        assert requests.head(url, headers=headers, timeout=10).status_code == 404
        assert requests.put(url, data=content, headers=headers, timeout=10).status_code == 201
        assert requests.put(url, data=content, headers=headers, timeout=10).status_code == 201
        assert requests.head(url, headers=headers, timeout=10).status_code == 200
        wrong = f"{register.url}/v1/attachments/{'0' * 64}"
        assert requests.put(wrong, data=content, headers=headers, timeout=10).status_code == 422
        assert requests.head(url, timeout=10).status_code == 401
        bad = f"{register.url}/v1/attachments/..%2F..%2Fetc"
        assert requests.head(bad, headers=headers, timeout=10).status_code in (404, 422)


def test_a_wrong_register_address_dead_letters_nothing(tmp_path: Path, now: datetime) -> None:
    kiosk = make_kiosk(tmp_path, "a", now)
    kiosk.ops.checkin.register_visitor(NewVisitor(name="Nia Lewis", new_department="Pharmacy"))
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        kiosk.token = register.token("a")
        with pytest.raises(UnreachableError, match="is the register URL right"):
            kiosk.sync(register.url + "/not-the-api")
    with kiosk.store.begin() as s:
        assert s.scalar(select(func.count()).where(Outbox.dead.is_(True))) == 0
        assert s.scalar(select(func.count()).where(Outbox.sent_at.is_(None))) == 2
