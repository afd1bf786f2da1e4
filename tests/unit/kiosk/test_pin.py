"""The facilitator PIN: a salted scrypt hash, and five wrong tries lock entry for five minutes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.db import Store, get_state, make_engine
from kiosk.errors import ErrorCode, KioskError
from kiosk.services.pin import (
    LOCKOUT,
    MAX_TRIES,
    PinCheck,
    PinOutcome,
    PinStatus,
    check_pin_format,
    hash_pin,
    pin_matches,
    pin_status,
    set_pin,
    verify_pin,
)

PIN = "2468"
WRONG = "1357"


def _set(store: Store, now: datetime, pin: str = PIN) -> None:
    with store.begin() as s:
        set_pin(s, pin=pin, confirm=pin, now=now)


def _try(store: Store, pin: str, now: datetime) -> PinCheck:
    """One attempt at the PIN pad: its own transaction, as the presenter runs it."""
    with store.begin() as s:
        return verify_pin(s, pin=pin, now=now)


def _status(store: Store, now: datetime) -> PinStatus:
    with store.begin() as s:
        return pin_status(s, now=now)


# Hashing


def test_the_hash_is_salted_scrypt_and_does_not_contain_the_pin() -> None:
    stored = hash_pin(PIN)

    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt"
    assert int(n) >= 2**14
    assert int(r) >= 8
    assert int(p) >= 1
    assert len(bytes.fromhex(salt)) == 16
    assert len(bytes.fromhex(digest)) == 32
    assert PIN not in stored


def test_two_hashes_of_the_same_pin_differ_and_both_match() -> None:
    first, second = hash_pin(PIN), hash_pin(PIN)

    assert first != second
    assert pin_matches(PIN, first)
    assert pin_matches(PIN, second)


def test_the_same_salt_gives_the_same_hash() -> None:
    salt = bytes(range(16))

    assert hash_pin(PIN, salt=salt) == hash_pin(PIN, salt=salt)


def test_a_wrong_pin_does_not_match() -> None:
    assert not pin_matches(WRONG, hash_pin(PIN))


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "2468",
        "bcrypt$16384$8$1$00$00",
        "scrypt$x$8$1$00$00",
        "scrypt$16384$8$1$zz$00",
        "scrypt$16384$8$1",
    ],
    ids=["empty", "plain-text", "other-scheme", "bad-n", "bad-salt", "truncated"],
)
def test_a_malformed_stored_hash_never_matches(stored: str) -> None:
    assert not pin_matches(PIN, stored)


# Format


@pytest.mark.parametrize("pin", ["1234", "0000", "12345678"])
def test_four_to_eight_digits_are_a_valid_pin(pin: str) -> None:
    check_pin_format(pin)


@pytest.mark.parametrize(
    "pin",
    [
        "",
        "123",
        "123456789",
        "12a4",
        " 1234",
        "12 34",
        "\u0661\u0662\u0663\u0664",
        "\uff11\uff12\uff13\uff14",
    ],
)
def test_anything_else_is_refused_with_the_allowed_lengths(pin: str) -> None:
    with pytest.raises(KioskError) as caught:
        check_pin_format(pin)

    assert caught.value.code is ErrorCode.PIN_FORMAT
    assert caught.value.params == {"min": 4, "max": 8}


# Setting


def test_no_pin_is_set_in_a_new_room(store: Store, now: datetime) -> None:
    assert _status(store, now) == PinStatus(is_set=False, locked_until=None)
    assert _try(store, PIN, now) == PinCheck(PinOutcome.NOT_SET)


def test_setting_a_pin_stores_only_its_hash(store: Store, now: datetime) -> None:
    _set(store, now)

    with store.begin() as s:
        stored = get_state(s, "pin_hash")
    assert stored is not None
    assert stored.startswith("scrypt$")
    assert PIN not in stored
    assert _status(store, now) == PinStatus(is_set=True, locked_until=None)


def test_a_mismatched_confirmation_is_refused_and_nothing_is_stored(
    store: Store, now: datetime
) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        set_pin(s, pin=PIN, confirm="2469", now=now)

    assert caught.value.code is ErrorCode.PIN_MISMATCH
    assert _status(store, now).is_set is False


def test_a_badly_formed_new_pin_is_refused(store: Store, now: datetime) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        set_pin(s, pin="12", confirm="12", now=now)

    assert caught.value.code is ErrorCode.PIN_FORMAT
    assert _status(store, now).is_set is False


def test_a_new_pin_replaces_the_old_one(store: Store, now: datetime) -> None:
    _set(store, now)
    _set(store, now, "97531")

    assert _try(store, PIN, now).outcome is PinOutcome.WRONG
    assert _try(store, "97531", now).outcome is PinOutcome.ACCEPTED


# Verifying and locking


def test_the_right_pin_is_accepted(store: Store, now: datetime) -> None:
    _set(store, now)

    assert _try(store, PIN, now) == PinCheck(PinOutcome.ACCEPTED, MAX_TRIES, None)


def test_each_wrong_pin_says_how_many_tries_are_left(store: Store, now: datetime) -> None:
    _set(store, now)

    results = [_try(store, WRONG, now + timedelta(seconds=i)) for i in range(4)]

    assert [r.outcome for r in results] == [PinOutcome.WRONG] * 4
    assert [r.tries_left for r in results] == [4, 3, 2, 1]
    assert all(r.locked_until is None for r in results)


def test_the_right_pin_after_four_wrong_resets_the_count(store: Store, now: datetime) -> None:
    _set(store, now)
    for _ in range(4):
        _try(store, WRONG, now)

    assert _try(store, PIN, now).outcome is PinOutcome.ACCEPTED
    assert _try(store, WRONG, now) == PinCheck(PinOutcome.WRONG, 4)


def test_five_wrong_tries_lock_entry_for_five_minutes(store: Store, now: datetime) -> None:
    _set(store, now)
    for _ in range(4):
        _try(store, WRONG, now)

    fifth = _try(store, WRONG, now)

    assert fifth == PinCheck(PinOutcome.LOCKED, 0, now + timedelta(minutes=5))
    assert timedelta(minutes=5) == LOCKOUT
    assert _status(store, now) == PinStatus(is_set=True, locked_until=now + timedelta(minutes=5))


def test_even_the_right_pin_is_refused_while_locked(store: Store, now: datetime) -> None:
    _set(store, now)
    for _ in range(5):
        _try(store, WRONG, now)
    almost = now + timedelta(minutes=4, seconds=59)

    assert _try(store, PIN, almost) == PinCheck(PinOutcome.LOCKED, 0, now + LOCKOUT)
    # Tries while locked do not extend the lockout.
    assert _status(store, almost).locked_until == now + LOCKOUT


def test_the_right_pin_is_accepted_once_five_minutes_have_passed(
    store: Store, now: datetime
) -> None:
    _set(store, now)
    for _ in range(5):
        _try(store, WRONG, now)
    later = now + timedelta(minutes=5)

    assert _status(store, later).locked_until is None
    assert _try(store, PIN, later).outcome is PinOutcome.ACCEPTED


def test_after_a_lockout_the_count_starts_again(store: Store, now: datetime) -> None:
    _set(store, now)
    for _ in range(5):
        _try(store, WRONG, now)

    assert _try(store, WRONG, now + LOCKOUT) == PinCheck(PinOutcome.WRONG, 4)


def test_wrong_tries_count_across_separate_transactions(store: Store, now: datetime) -> None:
    _set(store, now)
    for minute in range(4):
        _try(store, WRONG, now + timedelta(minutes=minute))

    assert _try(store, WRONG, now + timedelta(minutes=4)).outcome is PinOutcome.LOCKED


def test_a_lockout_survives_a_restart(store: Store, db_url: str, now: datetime) -> None:
    _set(store, now)
    for _ in range(5):
        _try(store, WRONG, now)
    store.engine.dispose()

    engine = make_engine(db_url)
    try:
        restarted = Store(engine, clock=lambda: now)
        check = _try(restarted, PIN, now + timedelta(minutes=1))
    finally:
        engine.dispose()

    assert check == PinCheck(PinOutcome.LOCKED, 0, now + LOCKOUT)


def test_setting_a_new_pin_lifts_a_lockout(store: Store, now: datetime) -> None:
    _set(store, now)
    for _ in range(5):
        _try(store, WRONG, now)

    _set(store, now, "8642")

    assert _status(store, now) == PinStatus(is_set=True, locked_until=None)
    assert _try(store, "8642", now).outcome is PinOutcome.ACCEPTED
