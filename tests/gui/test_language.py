"""Bilingual: switching to Welsh leaves no English on any screen; Welsh comes first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from screens.presenters.navigation import ALL_SCREENS

pytestmark = pytest.mark.gui

# Names that are the same in both languages, and the language buttons' spoken names, which are
# always in the language they offer ("Dechrau yn Gymraeg" on the English screen too).
SAME_IN_BOTH = {
    "Qspace",
    "English",
    "Cymraeg",
    "OK",
    "⌫",
    "Qnet",
    "–",
    "Dechrau yn Gymraeg",
    "Start in English",
    "Newid i'r Gymraeg",
    "Switch to English",
}
WELSH_CATALOGUE = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "qspace_cy.ts"


def welsh_translations() -> set[str]:
    """Every Welsh text in the catalogue (a Welsh text may rightly show in both modes)."""
    root = ElementTree.parse(WELSH_CATALOGUE).getroot()
    texts = set()
    for translation in root.iter("translation"):
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts.update(forms or [translation.text or ""])
    return {text for text in texts if text}


def is_content(widget: QWidget) -> bool:
    """User content (project titles typed by staff) is shown as written."""
    while widget is not None:
        if widget.property("content"):
            return True
        widget = widget.parentWidget()
    return False


def visible_texts(screen: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user sees or hears on `screen` and the header."""
    seen: dict[str, int] = {}
    for widget in screen.window().findChildren(QWidget):
        if not widget.isVisible() or is_content(widget):
            continue
        if not (
            screen.isAncestorOf(widget)
            or widget.objectName().startswith("header")
            or (widget.parentWidget() and widget.parentWidget().objectName() == "header")
        ):
            continue
        where = widget.objectName() or type(widget).__name__
        seen[where] = seen.get(where, 0) + 1
        where = f"{where}#{seen[where]}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where + ".placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield where, widget.currentText()
        if isinstance(widget, QListWidget) and not is_content(widget):
            for row in range(widget.count()):
                yield f"{where}[{row}]", widget.item(row).text()
        yield where + ".accessibleName", widget.accessibleName()


def words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text))


@pytest.mark.parametrize("name", [*ALL_SCREENS, "pin"])
def test_no_english_left_on_a_welsh_screen(make_window: object, qtbot: QtBot, name: str) -> None:
    window: MainWindow = make_window("--lang", "en")  # type: ignore[operator]
    board = window.settings.health_board
    allowed = SAME_IN_BOTH | {window.settings.room_name, board, *board.split(" / ")}
    welsh_texts = welsh_translations()
    english_sources = {
        source.text for source in ElementTree.parse(WELSH_CATALOGUE).getroot().iter("source")
    }

    def is_welsh(text: str) -> bool:
        # Bilingual text shows Welsh first: "Croeso / Welcome".
        return text in welsh_texts or text.split(" / ")[0] in welsh_texts

    def texts() -> dict[str, str]:
        window.show_screen(name)
        window.runner.wait_idle()
        QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
        return dict(visible_texts(window.screens[name]))

    english = texts()
    qtbot.mouseClick(window.findChild(QAbstractButton, "lang.switch"), Qt.MouseButton.LeftButton)
    assert window.languages.current == "cy"
    welsh = texts()
    untranslated = {
        where: text
        for where, text in welsh.items()
        if words(text)
        and text in (english.get(where), *english_sources)
        and text not in allowed
        and not is_welsh(text)
        and not (name == "attract" and where.startswith("attract.") and "_en" in where)
        # Showcase slides are bilingual on purpose: the second line is the other language.
        and not (name == "attract" and re.search(r"\.(second|en)(#\d+)?$", where))
    }
    assert untranslated == {}


def test_attract_shows_welsh_first_then_english(make_window: object) -> None:
    window: MainWindow = make_window("--lang", "en", screen="attract")  # type: ignore[operator]
    attract = window.screens["attract"]
    layout = attract.welcome
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(attract.welcome_cy) < order.index(attract.welcome_en)
    assert attract.welcome_cy.text() == "Croeso"
    assert attract.welcome_en.text() == "Welcome"
    assert attract.start_cy.text() == "Cymraeg"
    assert attract.start_en.text() == "English"


def test_language_switch_is_labelled_on_every_screen(window: MainWindow, qtbot: QtBot) -> None:
    switch = window.findChild(QAbstractButton, "lang.switch")
    for name in (*ALL_SCREENS, "pin"):
        window.show_screen(name)
        assert switch.isVisible()
        assert switch.text() in ("Cymraeg", "English")
        assert switch.icon().isNull()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert switch.text() == "English"
    # A screen behind catches up with the language when it comes to the front.
    window.show_screen("home")
    assert window.screens["home"].title.text() != "What would you like to do?"
