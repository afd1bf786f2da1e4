"""Events in both languages where visitors read them: the description in Welsh and English,
every kind named, and check-in offering an event the moment it is made (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.dto.events import EventForm
from kiosk.models import Event
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
# The stopped clock: a Wednesday morning in March (GMT), long before the wall clock's today,
# so an event "on now" at this moment is never on at the wall clock.
MOMENT = datetime(2026, 3, 4, 10, 5, tzinfo=UTC)
WELSH = "Dewch â'ch cwestiynau: mae paned yn barod."
ENGLISH = "Bring your questions: the kettle is on."


@pytest.fixture
def empty_room(db_url: str) -> str:
    """A room set up with no demo content, so the screens show only what the test makes."""
    from kiosk.db import Store, make_engine, migrate, set_state

    engine = make_engine(db_url)
    migrate(engine)
    with Store(engine).begin() as session:
        set_state(session, "initialised", MOMENT.isoformat())
    engine.dispose()
    return db_url


def _form(**changes: object) -> EventForm:
    values: dict[str, object] = {
        "kind": "peer_support",
        "title_en": "Peer support drop-in",
        "title_cy": "Galw heibio cymorth cymheiriaid",
        "starts_at": MOMENT + timedelta(minutes=10),
        "ends_at": MOMENT + timedelta(minutes=70),
    }
    values.update(changes)
    return EventForm(**values)  # type: ignore[arg-type]


def _event_buttons(window: MainWindow) -> list[str]:
    """The texts of the "On now" buttons check-in shows once a visitor is found."""
    checkin = window.screens["checkin"]
    return [b.text() for b in checkin.event_buttons if not b.isHidden()]  # type: ignore[attr-defined]


def test_checkin_offers_an_event_made_a_moment_ago_at_the_stopped_clock(
    make_window: WindowFactory, qtbot: QtBot, empty_room: str
) -> None:
    window = make_window("--lang", "en", screen="checkin", clock=lambda: MOMENT)
    window.runner.wait_idle()
    checkin = window.screens["checkin"]
    assert checkin.presenter.state.choices is not None  # type: ignore[attr-defined]
    assert checkin.events_heading.isHidden()  # type: ignore[attr-defined]

    # Made through the operations while check-in has already loaded its choices.
    made = window.ctx.ops.events.create_event(_form())
    later = window.ctx.ops.events.create_event(
        _form(
            title_en="Afternoon workshop",
            starts_at=MOMENT + timedelta(hours=3),
            ends_at=MOMENT + timedelta(hours=4),
        )
    )
    window.navigate("attract")
    window.navigate("checkin")
    qtbot.waitUntil(lambda: bool(_event_buttons(window)))
    assert _event_buttons(window) == [
        "Peer support drop-in  (10:15–11:15)"  # GMT in March: the room's time is UTC
    ]
    assert not checkin.events_heading.isHidden()  # type: ignore[attr-defined]
    offered = [e.id for e in checkin.presenter.state.choices.events_now]  # type: ignore[attr-defined]
    assert offered == [made.id]
    assert later.id not in offered  # starts in three hours: not on now


def test_whats_on_shows_each_kind_by_name_and_the_description_in_the_visitors_language(
    make_window: WindowFactory, qtbot: QtBot, empty_room: str
) -> None:
    window = make_window("--lang", "en", screen="home", clock=lambda: MOMENT)
    window.runner.wait_idle()
    ops = window.ctx.ops.events
    ops.create_event(_form(description_cy=WELSH))  # Welsh only
    ops.create_event(
        _form(
            kind="focus_group",
            title_en="Focus group",
            title_cy="Grŵp ffocws",
            starts_at=MOMENT + timedelta(hours=2),
            ends_at=MOMENT + timedelta(hours=3),
            description=ENGLISH,
            description_cy="Dewch â'ch syniadau.",
        )
    )
    window.navigate("events")
    page = window.screens["events"]
    qtbot.waitUntil(lambda: page.list.count() == 2)  # type: ignore[attr-defined]
    drop_in, focus = page.list.card_texts()  # type: ignore[attr-defined]
    assert "peer_support" not in drop_in
    assert "Peer-support drop-in" in drop_in
    assert WELSH in drop_in  # no English description: the Welsh one rather than nothing
    assert ENGLISH in focus
    assert "Dewch â'ch syniadau." not in focus

    window.ctx.languages.switch("cy")
    qtbot.waitUntil(lambda: page.title.text() == "Beth sydd ymlaen")  # type: ignore[attr-defined]
    drop_in, focus = page.list.card_texts()  # type: ignore[attr-defined]
    assert "Sesiwn galw heibio cymorth cymheiriaid" in drop_in
    assert WELSH in drop_in
    assert "Dewch â'ch syniadau." in focus
    assert ENGLISH not in focus


def test_the_form_takes_both_descriptions_side_by_side_and_stacks_them_in_portrait(
    make_window: WindowFactory, qtbot: QtBot, empty_room: str
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("eventadmin")
    page = window.screens["eventadmin"]
    qtbot.waitUntil(lambda: page.events is not None)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.new_event, LEFT)  # type: ignore[attr-defined]
    cy, en = page.description_cy, page.description  # type: ignore[attr-defined]
    assert cy.accessibleName() == "Description in Welsh"
    assert en.accessibleName() == "Description in English"

    def placed(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(window, widget.rect().topLeft())
        return point.x(), point.y()

    qtbot.waitUntil(lambda: placed(cy)[0] < placed(en)[0])  # side by side, Welsh first
    assert placed(cy)[1] == placed(en)[1]
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: placed(cy)[1] < placed(en)[1])  # one under the other
    assert placed(cy)[0] == placed(en)[0]
    window.resize(1920, 1080)

    for field, text in ((page.title_cy, "Paned"), (page.title_en, "Cuppa")):  # type: ignore[attr-defined]
        qtbot.mouseClick(field, LEFT)
        qtbot.keyClicks(field, text)
    typed_cy = "Dewch i holi: mae paned yn barod."  # keyClicks types ASCII only
    qtbot.mouseClick(cy, LEFT)
    qtbot.keyClicks(cy, typed_cy)
    qtbot.mouseClick(en, LEFT)
    qtbot.keyClicks(en, ENGLISH)
    qtbot.mouseClick(page.save, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Saved: Cuppa" in page.message.text())  # type: ignore[attr-defined]
    with window.store.begin() as session:  # type: ignore[attr-defined]
        stored = session.scalars(select(Event)).one()
        assert (stored.description_cy, stored.description) == (typed_cy, ENGLISH)

    # A new form is blank; opening the event from the list shows both again.
    qtbot.mouseClick(page.to_list, LEFT)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.new_event, LEFT)  # type: ignore[attr-defined]
    assert (cy.toPlainText(), en.toPlainText()) == ("", "")
    qtbot.mouseClick(page.to_list, LEFT)  # type: ignore[attr-defined]
    window.runner.wait_idle()  # the list reloads on the worker

    def cards() -> list[QWidget]:
        found = page.list.findChildren(QWidget, "eventadmin.list.card")  # type: ignore[attr-defined]
        return [c for c in found if c.isVisible()]

    qtbot.waitUntil(lambda: len(cards()) == 1)
    (card,) = cards()
    qtbot.mouseClick(card, LEFT)
    qtbot.waitUntil(lambda: cy.toPlainText() == typed_cy)
    assert en.toPlainText() == ENGLISH


def test_the_loops_whats_on_slide_names_a_peer_support_drop_in(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    from kiosk.dto.catalogue import EventCard
    from kiosk.dto.showcase import WhatsOnSlide
    from screens.slides import Translator, WhatsOnPage

    words = Translator(
        lambda _context, source: {"Peer-support drop-in": "Galw heibio"}.get(source, source)
    )
    page = WhatsOnPage(words, lambda: MOMENT, lambda: QLocale(QLocale.Language.English))
    qtbot.addWidget(page)
    card = EventCard(
        "e1",
        "peer_support",
        "Drop-in",
        "Galw heibio",
        MOMENT,
        MOMENT + timedelta(hours=1),
        "Qspace",
    )
    page.show_content(WhatsOnSlide((card,)))  # raised KeyError before every kind was named
    assert page.rows[0][2].text() == "Drop-in\nPeer-support drop-in · Qspace"
    words.lang = "cy"
    page.show_content(WhatsOnSlide((card,)))
    assert page.rows[0][2].text() == "Galw heibio\nGalw heibio · Qspace"
