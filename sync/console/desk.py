"""Running the network from a desk: moderation, the urgent message and events, as records.

What the QI team does here is written like a kiosk's change: pushed through the register's
own merge (validation included) by the console's device, with an HLC version newer than the
record's, so that every room receives it at its next pull. Nothing is special-cased for the
kiosks: an approval is a field update like one made in a room.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.hlc import HlcTimestamp
from sync.register.store import (
    Device,
    IncomingChange,
    RegDevice,
    RegisterStore,
    RegRecord,
    hash_token,
)
from sync.schema import entities

CONSOLE_DEVICE = "register-console"  # the device the console's changes come from
NODE = "register-console"  # the node of its HLC versions
MODERATED = ("story", "thanks_note", "board_post")


class DeskError(ValueError):
    """The register refused a desk change (the reason is the register's)."""


@dataclass(frozen=True)
class Notice:
    """An urgent message showing in the rooms."""

    id: str
    level: str
    text_cy: str
    text_en: str
    raised_at: str


def console_device(store: RegisterStore, *, now: datetime) -> Device:
    """The console's own device (created once; its token is thrown away: it never syncs)."""
    with Session(store.engine) as session, session.begin():
        found = session.scalar(select(RegDevice).where(RegDevice.name == CONSOLE_DEVICE))
        if found is None:
            found = RegDevice(
                name=CONSOLE_DEVICE,
                token_hash=hash_token("unusable_" + secrets.token_urlsafe(32)),
                created_at=now,
            )
            session.add(found)
            try:
                session.flush()
            except IntegrityError:  # made concurrently
                session.rollback()
                return console_device(store, now=now)
        return Device(found.id, found.name)


def _version(current: str, now: datetime) -> str:
    """A version after `current` (the record's newest) and not before now."""
    wall = int(now.timestamp() * 1000)
    try:
        last = HlcTimestamp.decode(current) if current else None
    except ValueError:
        last = None
    if last is not None and last.wall_ms >= wall:
        return HlcTimestamp(last.wall_ms, last.counter + 1, NODE).encode()
    return HlcTimestamp(wall, 0, NODE).encode()


def _push(store: RegisterStore, change: IncomingChange, *, now: datetime) -> None:
    result = store.push(console_device(store, now=now), [change], now=now)
    if result.rejections:
        raise DeskError(result.rejections[0].reason)


def update(
    store: RegisterStore, entity: str, entity_id: str, fields: dict[str, Any], *, now: datetime
) -> None:
    """Set fields of an existing record, for every room.

    Raises:
        DeskError: no such record, or the register refused the values.
    """
    with Session(store.engine) as session:
        record = session.get(RegRecord, (entity, entity_id))
        if record is None or record.deleted:
            raise DeskError("no such record")
        current = max([record.version, *record.versions.values()])
    change = IncomingChange(
        str(uuid.uuid4()),
        entity,
        entity_id,
        _version(current, now),
        "update",
        {**fields, "updated_at": now.isoformat()},
    )
    _push(store, change, now=now)


def insert(store: RegisterStore, entity: str, fields: dict[str, Any], *, now: datetime) -> str:
    """Create a record for every room; its id.

    Raises:
        DeskError: the register refused the values.
    """
    stamp = now.isoformat()
    columns = entities()[entity].columns
    values = {name: column.default for name, column in columns.items() if column.optional} | {
        "created_at": stamp,
        "updated_at": stamp,
        "deleted": False,
        **fields,
    }
    entity_id = str(uuid.uuid4())
    change = IncomingChange(
        str(uuid.uuid4()), entity, entity_id, _version("", now), "insert", values
    )
    _push(store, change, now=now)
    return entity_id


def approve(store: RegisterStore, entity: str, entity_id: str, *, now: datetime) -> None:
    """Approve a story, thanks note or board post for every room's public loops."""
    if entity not in MODERATED:
        raise DeskError("not a moderated kind")
    update(store, entity, entity_id, {"approved": True, "hidden": False}, now=now)


def hide(store: RegisterStore, entity: str, entity_id: str, *, now: datetime) -> None:
    """Take a story, thanks note or board post off every room's public loops."""
    if entity not in MODERATED:
        raise DeskError("not a moderated kind")
    update(store, entity, entity_id, {"hidden": True}, now=now)


def raise_notice(store: RegisterStore, *, text_cy: str, text_en: str, now: datetime) -> str:
    """Raise an urgent message in every room (until it is cleared)."""
    if not (text_cy.strip() and text_en.strip()):
        raise DeskError("the message needs both languages")
    return insert(
        store,
        "notice",
        {
            "level": "urgent",
            "text_cy": text_cy.strip(),
            "text_en": text_en.strip(),
            "raised_at": now.isoformat(),
            "cleared_at": None,
        },
        now=now,
    )


def clear_notice(store: RegisterStore, notice_id: str, *, now: datetime) -> None:
    """Clear an urgent message in every room."""
    update(store, "notice", notice_id, {"cleared_at": now.isoformat()}, now=now)


def active_notices(session: Session) -> list[Notice]:
    """Messages raised and not cleared (there are only ever a few notices)."""
    rows = session.scalars(
        select(RegRecord)
        .where(RegRecord.entity == "notice", RegRecord.deleted.is_(False))
        .order_by(RegRecord.seq.desc())
        .limit(200)
    )
    return [
        Notice(
            r.entity_id,
            str(r.data.get("level", "")),
            str(r.data.get("text_cy", "")),
            str(r.data.get("text_en", "")),
            str(r.data.get("raised_at", "")),
        )
        for r in rows
        if not r.data.get("cleared_at")
    ]


EVENT_FIELDS = (
    "kind",
    "title_en",
    "title_cy",
    "starts_at",
    "ends_at",
    "location",
    "description",  # in English
    "description_cy",
)


def save_event(
    store: RegisterStore, event_id: str | None, fields: dict[str, Any], *, now: datetime
) -> str:
    """Create an event for the rooms (no id) or change one; its id."""
    values = {k: v for k, v in fields.items() if k in EVENT_FIELDS}
    if event_id:
        update(store, "event", event_id, values, now=now)
        return event_id
    return insert(store, "event", values, now=now)
