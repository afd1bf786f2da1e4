"""Touch scrolling (screens/touch.py) reaches every scroll area, polished before the window's
event filters were installed (the first screen) or after (screens built later)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QScroller

from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def kinetic_areas(window: MainWindow, screen: str) -> list[QAbstractScrollArea]:
    areas = window.screens[screen].findChildren(QAbstractScrollArea)
    assert areas, f"{screen} has no scroll area to test with"
    return [area for area in areas if area.property("kinetic") is True]


def test_the_first_screens_scroll_areas_scroll_by_dragging(make_window: WindowFactory) -> None:
    window = make_window("--lang", "en", screen="checkin")
    results = window.screens["checkin"].results_scroll  # type: ignore[attr-defined]
    assert results in kinetic_areas(window, "checkin")
    assert QScroller.hasScroller(results.viewport())


def test_a_screen_built_later_scrolls_by_dragging(window: MainWindow) -> None:
    assert window.screens.get("checkin") is None  # not built before the window was shown
    window.navigate("checkin")
    results = window.screens["checkin"].results_scroll  # type: ignore[attr-defined]
    assert results in kinetic_areas(window, "checkin")
    assert QScroller.hasScroller(results.viewport())
