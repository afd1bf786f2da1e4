"""Welsh screens are Welsh all through: Qt's own texts, accessible names, example charts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDateEdit, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from screens.presenters.navigation import ALL_SCREENS
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui

# Names that are the same in both languages: proper nouns, codes and language names.
# "Agenda" and "Problem" are Welsh words too.
SAME_IN_BOTH = re.compile(
    r"^(Qspace.*|Qnet|PIN|CSV|QR|IQT.*|Cymraeg|English|Agenda|Problem|[\d\W]*)$"
)


def accessible_names(window: MainWindow, name: str) -> dict[str, str]:
    window.show_screen(name)
    window.runner.wait_idle()
    found = {}
    for w in window.screens[name].findChildren(QWidget):
        text = w.accessibleName().strip()
        if text and w.objectName() and not w.property("content"):
            found[f"{name}/{w.objectName()}"] = text
    return found


@pytest.mark.slow
def test_no_english_accessible_names_on_welsh_screens(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    screens = [s for s in ALL_SCREENS if s not in ("attract",)]
    english = {k: v for s in screens for k, v in accessible_names(window, s).items()}
    window.languages.switch("cy")
    welsh = {k: v for s in screens for k, v in accessible_names(window, s).items()}
    same = {
        key: text
        for key, text in welsh.items()
        if english.get(key) == text and not SAME_IN_BOTH.match(text)
    }
    assert same == {}


def test_the_av_display_and_session_view_have_welsh_names(
    make_window: WindowFactory,
) -> None:
    from screens.sharing_view import PresenterView

    window = make_window("--lang", "cy")
    view = PresenterView()
    assert view.accessibleName() not in ("", "Session on the big screen")
    if window.av is not None:
        assert window.av.display.accessibleName() != "Qspace AV display"


def test_the_date_fields_calendar_names_months_in_welsh_after_a_switch(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    set_pin(window, qtbot)
    window.navigate("sharing")
    window.runner.wait_idle()
    due = window.findChild(QDateEdit, "console.action_due")
    assert due is not None
    window.languages.switch("cy")
    month = due.calendarWidget().findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None
    welsh_months = {window.languages.locale.monthName(m) for m in range(1, 13)}
    assert month.text() in welsh_months


def test_opening_a_csv_file_stays_in_the_window(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    import screens.measures

    folder = Path(str(tmp_path))
    (folder / "falls.csv").write_text("period,value\n2026-01-05,4\n", encoding="utf-8")
    monkeypatch.setattr(screens.measures, "csv_folders", lambda _export: [folder])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: pytest.fail("QFileDialog opened")
    )
    window = make_window("--lang", "cy")
    measures = window.screens["measures"]
    window.show_screen("measures")
    measures.editor.show()  # type: ignore[attr-defined]
    measures.open_csv.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(window.overlay.isVisible)
    choice = window.overlay.findChild(QWidget, "measures.csv.0")
    assert choice is not None
    assert choice.text() == "falls.csv"  # type: ignore[attr-defined]
    choice.click()  # type: ignore[attr-defined]
    assert "2026-01-05,4" in measures.paste.toPlainText()  # type: ignore[attr-defined]
