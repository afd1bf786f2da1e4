"""An event's description in Welsh and English: stored, shown, imported and exported (issue 16)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.db import Store
from kiosk.dto.events import EventForm
from kiosk.errors import ErrorCode, KioskError
from kiosk.export import export_rows
from kiosk.models import Event
from kiosk.services import catalogue, events
from tests.conftest import NOW

WELSH = "Dewch â'ch data a gadael gyda siart rhediad. Croeso i bawb, mae paned yn yr ystafell."
ENGLISH = "Bring your data and leave with a run chart. Everyone is welcome to join us."


def _form(**changes: object) -> EventForm:
    values: dict[str, object] = {
        "kind": "peer_support",
        "title_en": "Peer support drop-in",
        "title_cy": "Galw heibio cymorth cymheiriaid",
        "starts_at": NOW + timedelta(days=1),
        "ends_at": NOW + timedelta(days=1, hours=1),
        "description": ENGLISH,
        "description_cy": WELSH,
    }
    values.update(changes)
    return EventForm(**values)  # type: ignore[arg-type]


def _calendar(description_line: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:desc-1@test\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20270105T100000Z\r\n"
        "DTEND:20270105T110000Z\r\nSUMMARY:Gweithdy\r\n"
        f"{description_line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def _stored(store: Store) -> tuple[str, str]:
    with store.begin() as s:
        event = s.scalars(select(Event)).one()
        return event.description, event.description_cy


def test_both_descriptions_are_stored_edited_and_reach_whats_on(store: Store) -> None:
    with store.begin() as s:
        made = events.create_event(s, form=_form(), now=NOW)
    assert (made.description, made.description_cy) == (ENGLISH, WELSH)
    with store.begin() as s:
        events.edit_event(
            s, event_id=made.id, form=_form(description="", description_cy=" Newydd ")
        )
    assert _stored(store) == ("", "Newydd")
    with store.begin() as s:
        (card,) = catalogue.upcoming_events(s, now=NOW)
    assert (card.kind, card.description_en, card.description_cy) == ("peer_support", "", "Newydd")


def test_a_welsh_description_too_long_is_refused_naming_it(store: Store) -> None:
    with pytest.raises(KioskError) as raised, store.begin() as s:
        events.create_event(s, form=_form(description_cy="a" * 4001), now=NOW)
    assert raised.value.code is ErrorCode.EVENT_INVALID
    assert raised.value.params["field"] == "description_cy"
    assert _count(store) == 0


def _count(store: Store) -> int:
    with store.begin() as s:
        return len(s.scalars(select(Event)).all())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DESCRIPTION;LANGUAGE=cy-GB:Bring your data", ("", "Bring your data")),
        ("DESCRIPTION;LANGUAGE=en-GB:Dewch â'ch data", ("Dewch â'ch data", "")),
        (
            "DESCRIPTION:Dewch â'ch data\\, mae croeso i bawb yn y gweithdy",
            ("", "Dewch â'ch data, mae croeso i bawb yn y gweithdy"),
        ),
        (
            "DESCRIPTION:Bring your data\\, everyone is welcome",
            ("Bring your data, everyone is welcome", ""),
        ),
        ("DESCRIPTION:Zoom 123 456", ("Zoom 123 456", "")),  # cannot tell: English
    ],
)
def test_a_calendars_description_goes_to_the_language_it_is_written_in(
    store: Store, line: str, expected: tuple[str, str]
) -> None:
    with store.begin() as s:
        events.import_ics(s, data=_calendar(line), now=NOW)
    assert _stored(store) == expected


def test_the_calendar_export_carries_both_descriptions_and_marks_a_welsh_only_one(
    store: Store,
) -> None:
    with store.begin() as s:
        events.create_event(s, form=_form(), now=NOW)
        events.create_event(s, form=_form(title_en="Two", description=""), now=NOW)
        data = events.export_ics(s, now=NOW).decode()
    unfolded = data.replace("\r\n ", "")
    assert "DESCRIPTION:Dewch â'ch data a gadael gyda siart rhediad" in unfolded
    assert "rhediad. Croeso i bawb\\, mae paned yn yr ystafell.\\n\\nBring your data" in unfolded
    assert "DESCRIPTION;LANGUAGE=cy:Dewch â'ch data" in unfolded


def test_the_csv_export_has_both_descriptions(store: Store) -> None:
    with store.begin() as s:
        events.create_event(s, form=_form(), now=NOW)
        header, row = list(export_rows(s, "events", now=NOW))
    named = dict(zip(header, row, strict=True))
    assert (named["description_en"], named["description_cy"]) == (ENGLISH, WELSH)
