"""The facilitator PIN: stored only as a salted scrypt hash; 5 wrong tries lock entry 5 minutes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.db import delete_state, get_state, set_state
from kiosk.errors import ErrorCode, KioskError
from kiosk.pin_policy import (
    LOCKOUT,
    MAX_TRIES,
    PIN_LENGTHS,
    PinCheck,
    PinOutcome,
    PinStatus,
)

_N, _R, _P = 2**14, 8, 1
__all__ = [
    "LOCKOUT",
    "MAX_TRIES",
    "PIN_LENGTHS",
    "PinCheck",
    "PinOutcome",
    "PinStatus",
    "check_pin_format",
    "hash_pin",
    "pin_matches",
    "pin_status",
    "set_pin",
    "verify_pin",
]


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A self-describing salted scrypt hash of `pin`."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` matches a hash made by hash_pin (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest_hex) // 2,
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


def _locked_until(session: Session, now: datetime) -> datetime | None:
    raw = get_state(session, "pin_locked_until")
    if raw is None:
        return None
    until = datetime.fromisoformat(raw)
    return until if until > now else None


def pin_status(session: Session, *, now: datetime) -> PinStatus:
    """Whether a facilitator PIN is set, and any lockout in force."""
    return PinStatus(get_state(session, "pin_hash") is not None, _locked_until(session, now))


def check_pin_format(pin: str) -> None:
    """Raise PIN_FORMAT unless `pin` is 4 to 8 digits."""
    if not (pin.isdigit() and pin.isascii() and len(pin) in PIN_LENGTHS):
        raise KioskError(ErrorCode.PIN_FORMAT, min=PIN_LENGTHS.start, max=PIN_LENGTHS.stop - 1)


def set_pin(session: Session, *, pin: str, confirm: str, now: datetime) -> None:
    """Set or replace the facilitator PIN (the caller has verified the old one, if any)."""
    check_pin_format(pin)
    if pin != confirm:
        raise KioskError(ErrorCode.PIN_MISMATCH)
    set_state(session, "pin_hash", hash_pin(pin))
    set_state(session, "pin_set_at", now.isoformat())
    set_state(session, "pin_failures", "0")
    delete_state(session, "pin_locked_until")


def verify_pin(session: Session, *, pin: str, now: datetime) -> PinCheck:
    """Check a PIN attempt, counting failures; the count is stored, so commit the result."""
    stored = get_state(session, "pin_hash")
    if stored is None:
        return PinCheck(PinOutcome.NOT_SET)
    locked = _locked_until(session, now)
    if locked is not None:
        return PinCheck(PinOutcome.LOCKED, 0, locked)
    if pin_matches(pin, stored):
        set_state(session, "pin_failures", "0")
        return PinCheck(PinOutcome.ACCEPTED)
    failures = int(get_state(session, "pin_failures") or "0") + 1
    if failures >= MAX_TRIES:
        until = now + LOCKOUT
        set_state(session, "pin_failures", "0")
        set_state(session, "pin_locked_until", until.isoformat())
        return PinCheck(PinOutcome.LOCKED, 0, until)
    set_state(session, "pin_failures", str(failures))
    return PinCheck(PinOutcome.WRONG, MAX_TRIES - failures)
