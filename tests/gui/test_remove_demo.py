"""Removing the demo from the Facilitator page: shown only with demo content, behind the PIN,
a confirmation that counts what goes, then every demo record gone and real ones kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.db import get_state
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Outbox, Person
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def test_the_demo_is_removed_after_a_confirmation_and_real_people_stay(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    real = window.ctx.ops.checkin.register_visitor(
        NewVisitor(name="Rhodri Evans", language="cy", consent_display=True)
    )
    with window.store.begin() as session:
        queued = session.scalar(select(func.count()).select_from(Outbox))
        demo_people = session.scalar(select(func.count()).select_from(Person)) - 1
    set_pin(window, qtbot)  # on to the Facilitator page, behind the PIN
    page: Any = window.screens["facilitator"]
    qtbot.waitUntil(lambda: page.remove_demo.isVisible())
    qtbot.mouseClick(page.remove_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.overlay.isVisible())
    assert window.overlay.title.text() == "Remove the demo?"
    assert f"{demo_people} people" in window.overlay.text.text()
    assert "Kept: your " in window.overlay.text.text()
    confirm = window.overlay.findChild(QPushButton, "facilitator.remove_demo.confirm")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.remove_demo.isVisible(), timeout=30000)
    assert window.banner.text.text().startswith("The demo is removed:")
    assert not window.header.demo.isVisible()
    with window.store.begin() as session:
        people = list(session.scalars(select(Person)))
        assert [p.display_name for p in people] == ["Rhodri Evans"]
        assert people[0].id == real.id
        assert get_state(session, "demo_seed") is None
        assert session.scalar(select(func.count()).select_from(Outbox)) == queued


def test_a_room_without_demo_content_shows_no_remove_button(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    window.ctx.ops.golive.remove_demo()
    set_pin(window, qtbot)
    page: Any = window.screens["facilitator"]
    window.runner.wait_idle()
    assert page.values["people"].text() == "0"
    assert not page.remove_demo.isVisible()
