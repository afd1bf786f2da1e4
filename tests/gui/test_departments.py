"""Departments behind the PIN: add, rename (search follows), merge two (asked first), retire."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: Any, text: str) -> None:
    tap(qtbot, field)
    field.clear()
    qtbot.keyClicks(field, text)


def open_departments(window: MainWindow, qtbot: QtBot) -> Any:
    """From the facilitator's page, as a facilitator gets there."""
    set_pin(window, qtbot)
    tap(qtbot, find(window, "nav.departments"))
    qtbot.waitUntil(lambda: window.current_screen == "departments")
    screen: Any = window.screens["departments"]
    qtbot.waitUntil(lambda: len(screen.rows) > 0)
    return screen


def row_index(screen: Any, name_en: str) -> int:
    return [row.name_en for row in screen.rows].index(name_en)


def test_the_page_needs_the_pin(window: MainWindow, qtbot: QtBot) -> None:
    set_pin(window, qtbot)
    tap(qtbot, find(window, "facilitator.lock"))
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    window.navigate("departments")
    assert window.current_screen == "pin"


def test_a_department_is_added_with_both_names_and_a_missing_name_is_named(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen = open_departments(window, qtbot)
    count = len(screen.rows)
    type_into(qtbot, screen.name_en, "Podiatry")
    tap(qtbot, screen.save)
    qtbot.waitUntil(lambda: screen.error.text() != "")
    assert screen.error.text() == "Write the department's Welsh name."
    window.runner.wait_idle()
    assert len(screen.rows) == count
    type_into(qtbot, screen.name_cy, "Podiatreg")
    tap(qtbot, screen.save)
    qtbot.waitUntil(lambda: len(screen.rows) == count + 1)
    card = screen.cards[row_index(screen, "Podiatry")]
    assert (card.name_en.text(), card.name_cy.text()) == ("Podiatry", "Podiatreg")
    assert card.about.text() == "0 people"
    assert screen.name_en.text() == screen.name_cy.text() == ""
    # A name used already is refused by name.
    taken = screen.rows[0]
    type_into(qtbot, screen.name_en, taken.name_en)
    type_into(qtbot, screen.name_cy, "Rhywbeth arall")
    tap(qtbot, screen.save)
    qtbot.waitUntil(lambda: screen.error.text() != "")
    assert screen.error.text() == "Another department already has that English name."


def test_a_renamed_department_is_what_people_are_found_by(window: MainWindow, qtbot: QtBot) -> None:
    screen = open_departments(window, qtbot)
    index = next(i for i, row in enumerate(screen.rows) if row.people > 0)
    old = screen.rows[index]
    tap(qtbot, screen.cards[index].rename)
    assert screen.name_en.text() == old.name_en
    assert screen.name_cy.text() == old.name_cy
    type_into(qtbot, screen.name_en, "Zephyr Care Unit")
    type_into(qtbot, screen.name_cy, "Uned Gofal Zephyr")
    tap(qtbot, screen.save)
    qtbot.waitUntil(lambda: "Zephyr Care Unit" in [row.name_en for row in screen.rows])
    assert old.name_en not in [row.name_en for row in screen.rows]
    card = screen.cards[row_index(screen, "Zephyr Care Unit")]
    assert card.name_cy.text() == "Uned Gofal Zephyr"
    # The People page finds the department's people by its new name, in either language.
    window.navigate("people")
    assert window.current_screen == "people"
    people: Any = window.screens["people"]
    for query in ("zephyr care", "uned gofal"):
        type_into(qtbot, people.search, query)
        qtbot.waitUntil(lambda: people.results[0].isVisible())
        found = [b.accessibleName() for b in people.results if b.isVisible()]
        assert len(found) == min(old.people, len(people.results))
        assert all(text.endswith("Zephyr Care Unit") for text in found)
    type_into(qtbot, people.search, old.name_en)
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: not people.results[0].isVisible())


def test_merging_asks_first_and_says_how_many_people_move(window: MainWindow, qtbot: QtBot) -> None:
    screen = open_departments(window, qtbot)
    with_people = [i for i, row in enumerate(screen.rows) if row.people > 0]
    source, target = screen.rows[with_people[0]], screen.rows[with_people[1]]
    tap(qtbot, screen.cards[with_people[0]].merge)
    assert screen.merge_note.text().startswith(f"Merging “{source.name_en}”")
    assert not screen.cards[with_people[0]].merge.isEnabled()
    tap(qtbot, screen.cards[with_people[1]].merge)
    overlay = window.overlay
    assert overlay.isVisible()
    assert overlay.title.text() == f"Merge “{source.name_en}” into “{target.name_en}”?"
    moving = f"{source.people} people" if source.people != 1 else "1 person"
    assert overlay.text.text().startswith(f"{moving} will move to “{target.name_en}”")
    tap(qtbot, find(window, "departments.merge_cancel"))
    window.runner.wait_idle()
    assert source.name_en in [row.name_en for row in screen.rows]
    tap(qtbot, screen.cards[row_index(screen, target.name_en)].merge)
    tap(qtbot, find(window, "departments.merge_confirm"))
    qtbot.waitUntil(lambda: source.name_en not in [row.name_en for row in screen.rows])
    merged = screen.rows[row_index(screen, target.name_en)]
    assert merged.people == source.people + target.people
    assert screen.merge_note.isHidden()


def test_a_retired_department_is_not_offered_at_check_in_until_brought_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen = open_departments(window, qtbot)
    index = next(i for i, row in enumerate(screen.rows) if not row.retired)
    row = screen.rows[index]
    tap(qtbot, screen.cards[index].retire)
    qtbot.waitUntil(lambda: screen.rows[index].retired)
    assert screen.cards[index].about.text().endswith("Retired: not offered at check-in")
    assert screen.cards[index].retire.text() == "Bring back"
    offered = window.ctx.ops.checkin.checkin_choices().departments
    assert row.id not in [d.id for d in offered]
    tap(qtbot, screen.cards[index].retire)
    qtbot.waitUntil(lambda: not screen.rows[index].retired)
    offered = window.ctx.ops.checkin.checkin_choices().departments
    assert row.id in [d.id for d in offered]
