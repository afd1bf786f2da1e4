"""Contrast measured on the pixels drawn (WCAG 2.2 AA 1.4.3), not on the palette."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.palette import AA_NORMAL, build_palette, contrast
from screens.main_window import MainWindow
from screens.presenters.navigation import ALL_SCREENS
from tests.gui.conftest import WindowFactory
from tests.gui.pixels import grab, widget_text_contrast

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("primary", "accent"), [("#005EB8", "#00703C"), ("#330072", "#AE2573")])
def test_focus_rings_stand_3_to_1_off_their_surroundings(primary: str, accent: str) -> None:
    pairs = build_palette(primary, accent).indicator_pairs()
    assert {n: round(contrast(a, b), 2) for n, (a, b) in pairs.items() if contrast(a, b) < 3} == {}


def test_demo_badge_text_reaches_aa_as_drawn(window: MainWindow) -> None:
    badge = window.header.demo
    badge.show()
    window.runner.wait_idle()
    assert widget_text_contrast(badge, margin=4) >= AA_NORMAL


def test_checkin_search_placeholder_reaches_aa_as_drawn(window: MainWindow) -> None:
    window.show_screen("checkin")
    search = window.findChild(QLineEdit, "checkin.search")
    assert search is not None
    assert search.text() == ""
    assert search.placeholderText()
    search.clearFocus()
    assert widget_text_contrast(search, margin=6) >= AA_NORMAL


def _low_contrast(window: MainWindow, name: str) -> list[str]:
    window.show_screen(name)
    window.runner.wait_idle()
    failing = []
    shot = grab(window)
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() < 8 or w.height() < 8:
            continue
        seen = w.visibleRegion().boundingRect()
        if seen.width() < 8 or seen.height() < w.fontMetrics().height():
            continue  # scrolled (all but a sliver) out of sight: read once scrolled to
        if isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull():
            measured = widget_text_contrast(w, image=shot)
        elif (isinstance(w, QAbstractButton) and w.text().strip()) or (
            isinstance(w, QLineEdit) and not w.text() and w.placeholderText()
        ):
            measured = widget_text_contrast(w, margin=6, image=shot)
        else:
            continue
        if measured < AA_NORMAL:
            failing.append(f"{w.objectName() or type(w).__name__} {measured:.2f}")
    return failing


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["cy", "en"])
def test_every_visible_text_reaches_aa_as_drawn(make_window: WindowFactory, lang: str) -> None:
    window = make_window("--lang", lang)
    window.header.demo.show()
    window.resize(1280, 800)
    failing = {
        name: found for name in [*ALL_SCREENS, "pin"] if (found := _low_contrast(window, name))
    }
    assert failing == {}
