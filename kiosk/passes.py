"""Personal QR passes: signed tokens a keyboard-wedge scanner can type, and scanning them in.

A token is ``QS1`` followed by 64 characters of upper-case base32 (RFC 4648, no padding) that
encode 40 bytes: the person's id (16 bytes, the UUID), the issue date (4 bytes, the proleptic
Gregorian ordinal), the pass serial (4 bytes) and the first 16 bytes of an HMAC-SHA256 over
``QS1`` and those 24 bytes, keyed by a per-installation secret. No personal data; upper-case
letters and the digits 2-7 only, because scanners emulating a keyboard and unusual keyboard
layouts mangle case and symbols (lower case is accepted when decoding). The letters and
digits also fit a QR code's compact alphanumeric mode.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import struct
import uuid
import weakref
from datetime import date, datetime

from sqlalchemy import bindparam, event, func, select
from sqlalchemy.orm import Session

from kiosk.db import get_state, set_state
from kiosk.dto.checkin import PassToken, ScanOutcome, VisitorCard
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Event, Pass, Person
from kiosk.services import checkin

PREFIX = "QS"
VERSION = "1"
TOKEN_PREFIX = PREFIX + VERSION
SECRET_KEY = "pass_secret"
_BODY = struct.Struct(">16sII")  # person uuid, issue date ordinal, serial
_MAC_BYTES = 16
_RAW_BYTES = _BODY.size + _MAC_BYTES  # 40 bytes: 64 base32 characters, no padding
TOKEN_LENGTH = len(TOKEN_PREFIX) + _RAW_BYTES * 8 // 5
_BASE32 = re.compile(r"[A-Z2-7]*", re.ASCII)


def pass_secret(session: Session) -> bytes:
    """This installation's signing secret (32 random bytes), created on first use.

    Kept in local app_state, not synced as a record: a pass is valid in the room that issued
    it, or in every room once the register's shared secret is adopted (sync.engine, which
    calls `secret_changed`). Read from the database once per engine: each scan asked again.
    """
    bind = session.get_bind()
    known = _KNOWN.get(bind)
    if known is not None:
        return known
    stored = get_state(session, SECRET_KEY)
    if stored is not None:
        secret = bytes.fromhex(stored)
        _KNOWN[bind] = secret
        return secret
    secret = secrets.token_bytes(32)
    set_state(session, SECRET_KEY, secret.hex())  # remembered once read back, after commit
    return secret


def secret_changed(session: Session) -> None:
    """The secret stored for this session's database is being replaced: read it again once
    the change has committed (a scan on another connection meanwhile reads the old one)."""
    bind = session.get_bind()
    _KNOWN.pop(bind, None)
    event.listen(session, "after_commit", lambda _session: _KNOWN.pop(bind, None), once=True)


# The secret of each open database (an engine or connection is one database).
_KNOWN: weakref.WeakKeyDictionary[object, bytes] = weakref.WeakKeyDictionary()


def _mac(body: bytes, secret: bytes) -> bytes:
    return hmac.new(secret, TOKEN_PREFIX.encode("ascii") + body, hashlib.sha256).digest()[
        :_MAC_BYTES
    ]


def encode_token(token: PassToken, secret: bytes) -> str:
    """The text a QR pass holds for `token`, signed with `secret`."""
    body = _BODY.pack(uuid.UUID(token.person_id).bytes, token.issued_on.toordinal(), token.serial)
    raw = body + _mac(body, secret)
    return TOKEN_PREFIX + base64.b32encode(raw).decode("ascii")


def decode_token(text: str, secret: bytes) -> PassToken:
    """Check a scanned or typed token and return what it holds.

    Surrounding whitespace is trimmed and lower case accepted.

    Raises:
        KioskError: SCAN_UNREADABLE (reason=) when the text is not a pass of ours (prefix,
            version, length, base32), SCAN_FORGED when the signature does not match.
    """
    cleaned = text.strip().upper()
    if not cleaned.startswith(PREFIX):
        raise KioskError(ErrorCode.SCAN_UNREADABLE, reason="prefix")
    if cleaned[len(PREFIX) : len(TOKEN_PREFIX)] != VERSION:
        raise KioskError(ErrorCode.SCAN_UNREADABLE, reason="version")
    if len(cleaned) != TOKEN_LENGTH:
        raise KioskError(ErrorCode.SCAN_UNREADABLE, reason="length")
    encoded = cleaned[len(TOKEN_PREFIX) :]
    if not _BASE32.fullmatch(encoded):
        raise KioskError(ErrorCode.SCAN_UNREADABLE, reason="base32")
    raw = base64.b32decode(encoded)  # 64 valid characters: exactly 40 bytes
    body, mac = raw[: _BODY.size], raw[_BODY.size :]
    if not hmac.compare_digest(mac, _mac(body, secret)):
        raise KioskError(ErrorCode.SCAN_FORGED)
    person_bytes, ordinal, serial = _BODY.unpack(body)
    try:
        issued_on = date.fromordinal(ordinal)
    except ValueError:  # signed by us, so never; but a bad date must not crash a scan
        raise KioskError(ErrorCode.SCAN_UNREADABLE, reason="date") from None
    return PassToken(str(uuid.UUID(bytes=person_bytes)), issued_on, serial)


def _token_of(issued: Pass, secret: bytes) -> str:
    return encode_token(PassToken(issued.person_id, issued.issued_on, issued.serial), secret)


def _live_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise KioskError(ErrorCode.PERSON_UNKNOWN)
    return person


def issue_pass(session: Session, *, person_id: str, now: datetime) -> str:
    """Issue a new pass (the person's earlier passes are revoked) and return its token.

    Raises:
        KioskError: PERSON_UNKNOWN for an unknown or erased person.
    """
    person = _live_person(session, person_id)
    for earlier in session.scalars(
        select(Pass).where(Pass.person_id == person.id, Pass.revoked.is_(False))
    ):
        earlier.revoked = True
    last = session.scalar(select(func.max(Pass.serial)).where(Pass.person_id == person.id))
    issued = Pass(person_id=person.id, serial=(last or 0) + 1, issued_on=now.date())
    session.add(issued)
    session.flush()
    return _token_of(issued, pass_secret(session))


def current_pass(session: Session, *, person_id: str, now: datetime) -> str:
    """The token of the person's latest valid pass, issuing one if they have none.

    Raises:
        KioskError: PERSON_UNKNOWN for an unknown or erased person.
    """
    person = _live_person(session, person_id)
    latest = session.scalar(
        select(Pass)
        .where(Pass.person_id == person.id, Pass.revoked.is_(False), Pass.deleted.is_(False))
        .order_by(Pass.serial.desc())
        .limit(1)
    )
    if latest is None:
        return issue_pass(session, person_id=person.id, now=now)
    return _token_of(latest, pass_secret(session))


# Built once: the pass a scan names.
_ISSUED = select(Pass).where(
    Pass.person_id == bindparam("person_id"), Pass.serial == bindparam("serial")
)


def scan_check_in(session: Session, *, text: str, source: str = "qr", now: datetime) -> ScanOutcome:
    """A pass scanned (or its code typed): check the person in, or say they are in already.

    A scan checks in with no topics, for the event on now if exactly one is on.

    Raises:
        KioskError: SCAN_UNREADABLE, SCAN_FORGED, or SCAN_REVOKED (the pass was re-issued or
            revoked, or its person erased).
    """
    token = decode_token(text, pass_secret(session))
    issued = session.scalar(_ISSUED, {"person_id": token.person_id, "serial": token.serial})
    if issued is None or issued.revoked or issued.deleted or issued.issued_on != token.issued_on:
        raise KioskError(ErrorCode.SCAN_REVOKED)
    person = session.get(Person, token.person_id)
    if person is None or person.deleted:
        raise KioskError(ErrorCode.SCAN_REVOKED)
    card = checkin.visitor_card(session, person_id=person.id, now=now)
    if card.open_visit_id is not None:
        return ScanOutcome("already_in", card, None)
    events = checkin.events_on(session, now=now)
    # Checked here as check_in would check it (live person, not in, the event on now): the
    # visit is recorded without asking again.
    event = session.get(Event, events[0].event_id) if len(events) == 1 else None
    result = checkin.record_visit(
        session, person=person, topics=(), event=event, source=source, now=now
    )
    card = VisitorCard(
        person_id=person.id,
        first_name=result.first_name,
        language=result.language,
        open_visit_id=result.visit_id,
        checked_in_at=result.checked_in_at,
    )
    return ScanOutcome("checked_in", card, result)
