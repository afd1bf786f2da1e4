"""Hostile and faulty input to a real register over HTTP: lone surrogates, dates that
overflow, versions naming another device or ahead of the register's clock, oversized chunked
bodies, formulas in CSV cells. The register refuses or survives each, and the other rooms
still sync."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, text, update
from sqlalchemy.orm import Session

from sync.register.store import RegCounter, RegRecord
from tests.integration.sync_support import RunningRegister, running_register

NODE = "7c2a0d4e-1f3b-4a5c-9d6e-8f7a6b5c4d3e"
OTHER_NODE = "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b"


@pytest.fixture
def register(tmp_path: Path, now: datetime) -> Iterator[RunningRegister]:
    """A register whose clock reads `now`."""
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}", clock=lambda: now) as r:
        yield r


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _stamp(moment: datetime, node: str = NODE) -> str:
    return f"{int(moment.timestamp() * 1000):015d}.000000.{node}"


def _person(now: datetime, *, node: str = NODE, **fields: Any) -> dict[str, Any]:
    stamp = now.isoformat()
    values = {
        "display_name": "Siân Jones",
        "email": None,
        "department_id": None,
        "role": None,
        "language": "cy",
        "consent_display": True,
        "consent_contact": False,
        "consented_at": stamp,
        "search_key": "sian jones",
        "created_at": stamp,
        "updated_at": stamp,
        "deleted": False,
        **fields,
    }
    return {
        "change_id": str(uuid.uuid4()),
        "entity": "person",
        "entity_id": str(uuid.uuid4()),
        "version": _stamp(now, node),
        "op": "insert",
        "fields": values,
    }


def _push_raw(register: RunningRegister, token: str, body: str) -> requests.Response:
    return requests.post(
        f"{register.url}/v1/changes",
        data=body.encode("ascii"),
        headers={**_auth(token), "Content-Type": "application/json"},
        timeout=30,
    )


def _push(
    register: RunningRegister, token: str, changes: list[dict[str, Any]]
) -> requests.Response:
    # json.dumps escapes a lone surrogate as \ud800: the bytes on the wire are the attacker's.
    return _push_raw(register, token, json.dumps({"changes": changes}))


def _pull(register: RunningRegister, token: str, after: int = 0) -> requests.Response:
    return requests.get(
        f"{register.url}/v1/changes", params={"after": after}, headers=_auth(token), timeout=30
    )


def _reasons(response: requests.Response) -> list[str]:
    return [item["reason"] for item in response.json()["rejected"]]


def test_a_lone_surrogate_is_refused_at_push_and_named(
    register: RunningRegister, now: datetime
) -> None:
    token = register.token("room1")
    body = json.dumps({"changes": [_person(now, role="Nurse"), _person(now)]})
    body = body.replace('"Nurse"', '"Nurse \\ud800"')

    response = _push_raw(register, token, body)

    assert response.status_code == 422
    assert response.json()["error"] == "changes_rejected"
    [rejected] = response.json()["rejected"]
    assert rejected["index"] == 0
    assert "surrogate" in rejected["reason"]
    assert register.store.counts()["records"] == 0


def test_a_stored_record_that_cannot_be_encoded_never_fails_a_pull_or_the_overview(
    register: RunningRegister, now: datetime
) -> None:
    """A register database from before the check holds a lone surrogate: the pull page leaves
    that one record out, the overview and exports still answer, the other rooms still sync."""
    token = register.token("room1")
    good = _person(now)
    assert _push(register, token, [good]).status_code == 200
    with Session(register.store.engine) as session, session.begin():
        session.add(
            RegRecord(
                entity="project",
                entity_id=str(uuid.uuid4()),
                seq=2,
                version=_stamp(now),
                data={"title": "bad \ud800", "is_public": True, "deleted": False},
                versions={"title": _stamp(now)},
                deleted=False,
            )
        )
        session.execute(update(RegCounter).values(value=2))
    later = _person(now + timedelta(seconds=1))
    assert _push(register, token, [later]).status_code == 200

    page = _pull(register, register.token("room2"))

    assert page.status_code == 200
    ids = [record["id"] for record in page.json()["records"]]
    assert ids == [good["entity_id"], later["entity_id"]]
    assert page.json()["next"] == 3
    console = register.signed_in()
    assert console.get(register.url + "/", timeout=10).status_code == 200
    for kind in ("projects", "stories", "rooms"):
        assert console.get(f"{register.url}/export/{kind}.csv", timeout=10).status_code == 200


@pytest.mark.parametrize(
    "moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z"]
)
def test_a_date_time_that_overflows_in_utc_is_refused_at_push(
    register: RunningRegister, now: datetime, moment: str
) -> None:
    token = register.token("room1")

    response = _push(register, token, [_person(now, created_at=moment)])

    assert response.status_code == 422
    assert _reasons(response) == ["created_at: date-time out of range"]
    assert register.store.counts()["records"] == 0


def test_a_token_is_bound_to_the_device_id_of_its_first_push(
    register: RunningRegister, now: datetime
) -> None:
    token = register.token("room1")
    assert _push(register, token, [_person(now)]).status_code == 200

    response = _push(register, token, [_person(now, node=OTHER_NODE), _person(now)])

    assert response.status_code == 422
    [rejected] = response.json()["rejected"]
    assert rejected["index"] == 0
    assert "another device" in rejected["reason"]
    # The second kiosk on the token is reported on the console's rooms.
    rooms = register.signed_in().get(f"{register.url}/export/rooms.csv", timeout=10).text
    assert "Token used by more than one kiosk" in next(
        line for line in rooms.splitlines() if line.startswith("room1,")
    )
    # Another room with its own token is not disturbed.
    assert _push(register, register.token("room2"), [_person(now, node=OTHER_NODE)]).ok


def test_a_second_kiosk_pulling_with_a_bound_token_is_reported(
    register: RunningRegister, now: datetime
) -> None:
    token = register.token("room1")
    assert _push(register, token, [_person(now)]).status_code == 200
    headers = {**_auth(token), "X-Qspace-Device": OTHER_NODE}

    response = requests.get(f"{register.url}/v1/changes", headers=headers, timeout=10)

    assert response.status_code == 200
    assert register.store.shared_devices() == ["room1"]


def test_a_version_more_than_five_minutes_ahead_of_the_register_is_refused(
    register: RunningRegister, now: datetime
) -> None:
    token = register.token("room1")
    ahead = _person(now)
    ahead["version"] = _stamp(now + timedelta(minutes=6))
    near = _person(now)
    near["version"] = _stamp(now + timedelta(minutes=4))

    refused = _push(register, token, [ahead])
    accepted = _push(register, token, [near])

    assert refused.status_code == 422
    assert "ahead of the register's clock" in _reasons(refused)[0]
    assert accepted.status_code == 200


def test_a_chunked_body_over_the_limit_gets_413(register: RunningRegister) -> None:
    token = register.token("room1")

    def chunks() -> Iterator[bytes]:
        yield b'{"changes": ['
        for _ in range(17):
            yield b" " * (1024 * 1024)
        yield b"]}"

    response = requests.post(
        f"{register.url}/v1/changes",
        data=chunks(),  # no Content-Length: Transfer-Encoding chunked
        headers={**_auth(token), "Content-Type": "application/json"},
        timeout=60,
    )

    assert response.status_code == 413
    assert response.json() == {"error": "body_too_large"}


def test_the_token_is_checked_before_the_body_is_read(register: RunningRegister) -> None:
    response = requests.post(
        f"{register.url}/v1/changes",
        data=b"{not json",
        headers={"Authorization": "Bearer qsk_wrong", "Content-Type": "application/json"},
        timeout=10,
    )

    assert response.status_code == 401
    assert response.json() == {"detail": "token_invalid"}


@pytest.mark.parametrize("start", ["=", "\t=", "\r=", " =", "+", "@", "-"])
def test_csv_cells_that_a_spreadsheet_would_run_are_quoted(
    register: RunningRegister, now: datetime, start: str
) -> None:
    token = register.token("room1")
    title = start + "HYPERLINK(1)"
    stamps = {"created_at": now.isoformat(), "updated_at": now.isoformat()}
    fields = {"title": title, "is_public": True, "deleted": False, **stamps}
    with Session(register.store.engine) as session, session.begin():
        session.add(
            RegRecord(
                entity="project",
                entity_id=str(uuid.uuid4()),
                seq=1,
                version=_stamp(now),
                data=fields,
                versions=dict.fromkeys(fields, _stamp(now)),
                deleted=False,
            )
        )
    del token

    text = register.signed_in().get(f"{register.url}/export/projects.csv", timeout=10).text

    assert "'" + title in text


def test_a_register_database_from_before_device_binding_is_brought_up_to_date(
    tmp_path: Path, now: datetime
) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    with running_register(url) as old:
        token = old.token("room1")
    engine = create_engine(url)
    with engine.begin() as conn:  # the reg_device table as the first release made it
        conn.execute(text("ALTER TABLE reg_device DROP COLUMN node"))
        conn.execute(text("ALTER TABLE reg_device DROP COLUMN shared_seen_at"))
    engine.dispose()

    with running_register(url, clock=lambda: now) as register:
        first = _push(register, token, [_person(now)])
        other = _push(register, token, [_person(now, node=OTHER_NODE)])

    assert first.status_code == 200
    assert other.status_code == 422
