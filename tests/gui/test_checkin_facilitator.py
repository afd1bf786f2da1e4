"""Closing time, retention, erasure, Who's here and the roll call, through the real window."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.db import Store, make_engine, migrate
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Person, Visit
from kiosk.operations import Operations
from screens.main_window import MainWindow
from screens.presenters.events import ROOM_ZONE
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def ops_at(db_url: str, moment: datetime) -> Operations:
    """The real operations on the test's database with the clock stopped at `moment`."""
    engine = make_engine(db_url)
    migrate(engine)
    return Operations(Store(engine, clock=lambda: moment), clock=lambda: moment)


def test_a_visit_left_open_overnight_is_closed_at_closing_time_on_the_next_start(
    make_window: WindowFactory, db_url: str
) -> None:
    now = datetime.now(UTC)
    yesterday_10 = datetime.combine(
        (now.astimezone(ROOM_ZONE) - timedelta(days=1)).date(), time(10, 0), ROOM_ZONE
    )
    ops = ops_at(db_url, yesterday_10)
    person = ops.checkin.register_visitor(NewVisitor(name="Deiniol Smith")).id
    visit = ops.checkin.check_in(person, ["wellbeing"], None, "touch")
    window = make_window("--lang", "en", "--set", "room.closing_time=18:00")
    window.runner.wait_idle()
    window.background.wait_idle()  # housekeeping runs on the background lane
    with window.store.begin() as session:
        stored = session.get(Visit, visit.visit_id)
        assert stored is not None
        assert stored.checked_out_at == datetime.combine(
            yesterday_10.date(), time(18, 0), ROOM_ZONE
        ).astimezone(UTC)


def test_visits_older_than_the_retention_period_are_anonymised_at_start(
    make_window: WindowFactory, db_url: str
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=400)
    ops = ops_at(db_url, long_ago)
    person = ops.checkin.register_visitor(NewVisitor(name="Eleri Khan")).id
    visit = ops.checkin.check_in(person, ["wellbeing"], None, "touch")
    window = make_window("--lang", "en", "--set", "privacy.retention_days=365")
    window.runner.wait_idle()
    window.background.wait_idle()  # housekeeping runs on the background lane
    with window.store.begin() as session:
        stored = session.get(Visit, visit.visit_id)
        assert stored is not None
        assert stored.person_id is None
        assert session.get(Person, person) is not None


def test_whos_here_lists_everyone_checks_out_and_prints_a_roll_call(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    people = [
        window.ctx.ops.checkin.register_visitor(NewVisitor(name=name)).id
        for name in ("Angharad Jenkins", "Iwan Powell")
    ]
    for person in people:
        window.ctx.ops.checkin.check_in(person, ["practical-advice"], None, "touch")
    set_pin(window, qtbot)
    qtbot.mouseClick(find(window, "nav.whoshere"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "whoshere")
    window.runner.wait_idle()
    names = {find(window, f"whoshere.name.{i}").text() for i in range(2)}
    assert names == {"Angharad Jenkins", "Iwan Powell"}
    qtbot.mouseClick(find(window, "whoshere.rollcall"), Qt.MouseButton.LeftButton)
    screen = window.screens["whoshere"]
    qtbot.waitUntil(lambda: getattr(screen, "last_print", None) is not None, timeout=15_000)
    pdf = screen.last_print.pdf
    assert pdf is not None
    text = pdf_text(pdf)
    assert "Angharad Jenkins" in text
    assert "Iwan Powell" in text
    qtbot.mouseClick(find(window, "whoshere.checkout.0"), Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    qtbot.waitUntil(
        lambda: (
            window.findChild(QWidget, "whoshere.name.1") is None
            or not window.findChild(QWidget, "whoshere.name.1").isVisible()
        )
    )
    with window.store.begin() as session:
        open_visits = session.scalars(
            select(Visit).where(Visit.checked_out_at.is_(None), Visit.person_id.in_(people))
        ).all()
    assert len(open_visits) == 1


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())  # the PDF's word gaps come back as tabs


def test_a_facilitator_exports_then_erases_a_person_and_their_pass_stops_working(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    person = window.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Gwenno Wright", email="gwenno@example.org")
    ).id
    token = window.ctx.ops.checkin.current_pass(person)
    window.ctx.ops.checkin.check_in(person, ["wellbeing"], None, "touch")
    set_pin(window, qtbot)
    qtbot.mouseClick(find(window, "nav.people"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "people")
    qtbot.keyClicks(find(window, "people.search"), "gwenno")
    qtbot.waitUntil(lambda: find(window, "people.result.0").isVisible())
    qtbot.mouseClick(find(window, "people.result.0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(window, "people.export"), Qt.MouseButton.LeftButton)
    screen = window.screens["people"]
    qtbot.waitUntil(lambda: getattr(screen, "last_export", None) is not None)
    exported = screen.last_export.read_text(encoding="utf-8")
    assert "Gwenno Wright" in exported
    assert "gwenno@example.org" in exported
    qtbot.mouseClick(find(window, "people.erase"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(window, "people.erase_confirm").isVisible())
    qtbot.mouseClick(find(window, "people.erase_confirm"), Qt.MouseButton.LeftButton)
    window.runner.wait_idle()
    with window.store.begin() as session:
        erased = session.get(Person, person)
        assert erased is not None
        assert "Gwenno" not in erased.display_name
        assert erased.email is None
        visits = session.scalars(select(Visit)).all()
        assert any(v.person_id is None for v in visits)
    window.go_idle()
    window.handle_scan(token)
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.text.text() == (  # on the bilingual attract loop: Welsh first
        "Dyw'r pàs hwn ddim yn ddilys bellach. Gofynnwch i hwylusydd am un newydd.\n"
        "This pass is no longer valid. Please ask a facilitator for a new one."
    )
