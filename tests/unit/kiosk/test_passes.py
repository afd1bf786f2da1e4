"""QR pass tokens: signed, scanner-safe, refused when forged, altered, truncated or revoked."""

from __future__ import annotations

import base64
import re
import uuid
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.db import Store, get_state
from kiosk.dto.checkin import NewVisitor, PassToken
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Event, EventKind, Outbox, Pass, Visit
from kiosk.passes import (
    TOKEN_LENGTH,
    current_pass,
    decode_token,
    encode_token,
    issue_pass,
    pass_secret,
    scan_check_in,
)
from kiosk.services.checkin import check_in, check_out, erase_person, register_visitor

SECRET = bytes(range(32))
TOKEN = PassToken("0b7f1c9e-3f43-4d2b-9a57-5d1e8c7a2b10", date(2026, 11, 26), 3)
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _code(error: pytest.ExceptionInfo[KioskError]) -> ErrorCode:
    return error.value.code


def _outcome(text: str) -> ErrorCode | None:
    """The error code decoding `text` raised (any other exception fails the test), or None."""
    try:
        decode_token(text, SECRET)
    except KioskError as error:
        return error.code
    return None


def _person(store: Store, now: datetime, name: str = "Siân Jones") -> str:
    with store.begin() as s:
        return register_visitor(s, visitor=NewVisitor(name=name), now=now).id


# Encoding and decoding


def test_a_token_round_trips() -> None:
    text = encode_token(TOKEN, SECRET)

    assert decode_token(text, SECRET) == TOKEN


def test_a_token_is_the_prefix_and_upper_case_base32_only() -> None:
    text = encode_token(TOKEN, SECRET)

    assert len(text) == TOKEN_LENGTH == 67
    assert re.fullmatch(r"QS1[A-Z2-7]{64}", text)


def test_a_token_holds_no_personal_data_only_ids() -> None:
    text = encode_token(TOKEN, SECRET)
    raw = base64.b32decode(text[3:])

    assert raw[:16] == uuid.UUID(TOKEN.person_id).bytes
    assert len(raw) == 40


@pytest.mark.parametrize(
    "mangle",
    [
        str.lower,
        lambda t: f"  {t}\r\n",
        lambda t: f"\t{t.lower()} ",
        lambda t: t[:20] + t[20:].lower(),
    ],
    ids=["lower case", "surrounding whitespace", "tab and lower case", "mixed case"],
)
def test_case_and_surrounding_whitespace_are_forgiven(mangle: object) -> None:
    text = encode_token(TOKEN, SECRET)

    assert decode_token(mangle(text), SECRET) == TOKEN  # type: ignore[operator]


def test_another_installations_secret_makes_it_forged() -> None:
    text = encode_token(TOKEN, SECRET)

    with pytest.raises(KioskError) as caught:
        decode_token(text, bytes(32))

    assert _code(caught) is ErrorCode.SCAN_FORGED


@pytest.mark.parametrize("position", [3, 10, 25, 30, 40, 50, 65, 66])
def test_one_character_altered_is_refused(position: int) -> None:
    text = encode_token(TOKEN, SECRET)
    replacement = "A" if text[position] != "A" else "B"
    altered = text[:position] + replacement + text[position + 1 :]

    with pytest.raises(KioskError) as caught:
        decode_token(altered, SECRET)

    # The last character carries only padding bits' neighbours: either way it never passes.
    assert _code(caught) in (ErrorCode.SCAN_FORGED, ErrorCode.SCAN_UNREADABLE)


def test_an_altered_serial_with_the_old_signature_is_forged() -> None:
    text = encode_token(TOKEN, SECRET)
    raw = bytearray(base64.b32decode(text[3:]))
    raw[23] ^= 0x01  # the serial's last byte
    forged = "QS1" + base64.b32encode(bytes(raw)).decode()

    with pytest.raises(KioskError) as caught:
        decode_token(forged, SECRET)

    assert _code(caught) is ErrorCode.SCAN_FORGED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "prefix"),
        ("   ", "prefix"),
        ("hello world", "prefix"),
        ("9780141036144", "prefix"),  # a book's barcode
        ("https://example.org/QS1", "prefix"),
        ("QS", "version"),
        ("QS2" + "A" * 64, "version"),
        ("QSX" + "A" * 64, "version"),
        ("QS1", "length"),
        ("QS1" + "A" * 63, "length"),
        ("QS1" + "A" * 65, "length"),
        ("QS1" + "A" * 63 + "1", "base32"),
        ("QS1" + "A" * 63 + "=", "base32"),
        ("QS1" + "A" * 63 + "É", "base32"),
    ],
)
def test_what_is_not_our_pass_is_unreadable(text: str, reason: str) -> None:
    with pytest.raises(KioskError) as caught:
        decode_token(text, SECRET)

    assert _code(caught) is ErrorCode.SCAN_UNREADABLE
    assert caught.value.params == {"reason": reason}


def test_a_truncated_token_is_unreadable() -> None:
    text = encode_token(TOKEN, SECRET)

    for cut in (1, 8, 30, 60):
        with pytest.raises(KioskError) as caught:
            decode_token(text[:-cut], SECRET)
        assert _code(caught) is ErrorCode.SCAN_UNREADABLE


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=120))
def test_random_text_never_raises_anything_but_a_kiosk_error(text: str) -> None:
    assert _outcome(text) in (None, ErrorCode.SCAN_UNREADABLE, ErrorCode.SCAN_FORGED)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=B32 + B32.lower() + "=018 ", min_size=60, max_size=70))
def test_random_base32_like_text_never_raises_anything_but_a_kiosk_error(body: str) -> None:
    assert _outcome("QS1" + body) in (ErrorCode.SCAN_UNREADABLE, ErrorCode.SCAN_FORGED)


@settings(max_examples=100, deadline=None)
@given(
    st.uuids(version=4),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 1, 1)),
    st.integers(min_value=1, max_value=2**32 - 1),
)
def test_any_pass_round_trips(person: uuid.UUID, issued: date, serial: int) -> None:
    token = PassToken(str(person), issued, serial)

    assert decode_token(encode_token(token, SECRET), SECRET) == token


# Issuing and revoking passes


def test_the_secret_is_made_once_and_kept_locally(store: Store) -> None:
    with store.begin() as s:
        first = pass_secret(s)
    with store.begin() as s:
        again = pass_secret(s)
        stored = get_state(s, "pass_secret")
        queued = s.scalars(select(Outbox.payload)).all()

    assert first == again
    assert len(first) == 32
    assert stored == first.hex()
    assert not any(first.hex() in str(payload) for payload in queued)


def test_current_pass_issues_one_then_returns_the_same(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        first = current_pass(s, person_id=person, now=now)
    with store.begin() as s:
        again = current_pass(s, person_id=person, now=now + timedelta(days=3))
        secret = pass_secret(s)
        passes = s.scalars(select(Pass)).all()

    assert first == again
    assert decode_token(first, secret) == PassToken(person, now.date(), 1)
    assert [(p.serial, p.revoked) for p in passes] == [(1, False)]


def test_a_new_pass_revokes_the_old_one(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        old = issue_pass(s, person_id=person, now=now)
    with store.begin() as s:
        new = issue_pass(s, person_id=person, now=now + timedelta(days=1))
        current = current_pass(s, person_id=person, now=now)

    assert new != old
    assert current == new
    with store.begin() as s, pytest.raises(KioskError) as caught:
        scan_check_in(s, text=old, now=now)
    assert _code(caught) is ErrorCode.SCAN_REVOKED
    with store.begin() as s:
        outcome = scan_check_in(s, text=new, now=now)
    assert outcome.kind == "checked_in"


def test_passes_are_queued_for_sync(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        issue_pass(s, person_id=person, now=now)
        issue_pass(s, person_id=person, now=now)
        changes = s.execute(
            select(Outbox.entity, Outbox.payload).where(Outbox.entity == "pass")
        ).all()

    # An update carries only the columns it changed: the revocation is {"revoked": True}.
    assert [(p.get("serial"), p["revoked"]) for _e, p in changes] == [
        (1, False),
        (None, True),
        (2, False),
    ]


@pytest.mark.parametrize("person", ["no-such-person", str(uuid.uuid4())])
def test_no_pass_for_an_unknown_person(store: Store, now: datetime, person: str) -> None:
    with store.begin() as s, pytest.raises(KioskError) as caught:
        current_pass(s, person_id=person, now=now)

    assert _code(caught) is ErrorCode.PERSON_UNKNOWN


# Scanning


def test_a_scan_checks_the_person_in_then_says_they_are_in(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        token = current_pass(s, person_id=person, now=now)
    with store.begin() as s:
        first = scan_check_in(s, text=token, now=now)
    with store.begin() as s:
        second = scan_check_in(s, text=token.lower(), source="typed", now=now)
        visits = s.scalars(select(Visit)).all()

    assert first.kind == "checked_in"
    assert first.checkin is not None
    assert first.checkin.topics == ()
    assert first.visitor.first_name == "Siân"
    assert first.visitor.open_visit_id == first.checkin.visit_id
    assert second.kind == "already_in"
    assert second.checkin is None
    assert second.visitor.open_visit_id == first.checkin.visit_id
    assert [(v.source, v.event_id) for v in visits] == [("qr", None)]


def test_a_scan_after_check_out_checks_in_again(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        token = current_pass(s, person_id=person, now=now)
        visit = scan_check_in(s, text=token, now=now).visitor.open_visit_id
        assert visit is not None
        check_out(s, visit_id=visit, now=now + timedelta(hours=1))
        again = scan_check_in(s, text=token, now=now + timedelta(hours=2))

    assert again.kind == "checked_in"


def test_a_scan_joins_the_one_event_on_now(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        event = Event(
            kind=EventKind.WORKSHOP,
            title_en="Run charts",
            title_cy="Siartiau rhediad",
            starts_at=now + timedelta(minutes=20),
            ends_at=now + timedelta(hours=2),
        )
        s.add(event)
        s.flush()
        outcome = scan_check_in(s, text=current_pass(s, person_id=person, now=now), now=now)

    assert outcome.checkin is not None
    assert outcome.checkin.event_title_en == "Run charts"


def test_a_scan_joins_no_event_when_two_are_on(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        for title in ("A", "B"):
            s.add(
                Event(
                    kind=EventKind.MEETING,
                    title_en=title,
                    title_cy=title,
                    starts_at=now - timedelta(minutes=10),
                    ends_at=now + timedelta(hours=1),
                )
            )
        s.flush()
        outcome = scan_check_in(s, text=current_pass(s, person_id=person, now=now), now=now)

    assert outcome.checkin is not None
    assert outcome.checkin.event_title_en is None


def test_an_erased_persons_pass_is_refused(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        token = current_pass(s, person_id=person, now=now)
        erase_person(s, person_id=person, now=now)

    with store.begin() as s, pytest.raises(KioskError) as caught:
        scan_check_in(s, text=token, now=now)

    assert _code(caught) is ErrorCode.SCAN_REVOKED


def test_a_signed_pass_that_was_never_stored_is_revoked(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        token = encode_token(PassToken(person, now.date(), 7), pass_secret(s))

    with store.begin() as s, pytest.raises(KioskError) as caught:
        scan_check_in(s, text=token, now=now)

    assert _code(caught) is ErrorCode.SCAN_REVOKED


def test_a_pass_from_another_room_is_forged(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        current_pass(s, person_id=person, now=now)
    elsewhere = encode_token(PassToken(person, now.date(), 1), SECRET)

    with store.begin() as s, pytest.raises(KioskError) as caught:
        scan_check_in(s, text=elsewhere, now=now)

    assert _code(caught) is ErrorCode.SCAN_FORGED


def test_a_refused_scan_writes_nothing(store: Store, now: datetime) -> None:
    person = _person(store, now)
    with store.begin() as s:
        token = current_pass(s, person_id=person, now=now)
        check_in(s, person_id=person, topics=["wellbeing"], event_id=None, source="touch", now=now)
    with store.begin() as s:
        before = s.scalar(select(func.count()).select_from(Outbox))

    for text in ("QS1" + "A" * 64, token[:-1] + ("A" if token[-1] != "A" else "B"), "nonsense"):
        with pytest.raises(KioskError), store.begin() as s:
            scan_check_in(s, text=text, now=now)

    with store.begin() as s:
        assert s.scalar(select(func.count()).select_from(Outbox)) == before


def test_a_secret_adopted_from_the_register_is_used_at_once(store: Store) -> None:
    # The secret is read once per database; adopting the register's replaces it for the next
    # scan, also one on another connection that read the old one while the change committed.
    from sync.engine import adopt_pass_secret

    with store.begin() as s:
        before = pass_secret(s)
    shared = bytes(range(32))
    with store.begin() as s:
        assert adopt_pass_secret(s, shared.hex())
        with store.begin() as other:  # a scan meanwhile: the change is not committed yet
            assert pass_secret(other) == before
    with store.begin() as s:
        assert pass_secret(s) == shared
