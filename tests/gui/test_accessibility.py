"""Accessible and legible from 3 m: names, touch targets, contrast, large text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from kiosk.palette import AA_NORMAL, build_palette, contrast
from screens.main_window import MainWindow
from screens.presenters.navigation import ALL_SCREENS

pytestmark = pytest.mark.gui

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget)


def visible_controls(window: MainWindow, name: str) -> list[QWidget]:
    window.show_screen(name)
    window.runner.wait_idle()
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and type(w).__name__ not in ("QScrollBar",)
        and w.parentWidget() is not None
        and w.parentWidget().isVisible()
        and not w.objectName().startswith("qt_")
    ]


@pytest.mark.parametrize("name", [*ALL_SCREENS, "pin"])
def test_every_control_has_an_accessible_name(window: MainWindow, name: str) -> None:
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in visible_controls(window, name)
        if not w.accessibleName().strip()
    ]
    assert unnamed == []


@pytest.mark.parametrize("name", [*ALL_SCREENS, "pin"])
def test_touch_targets_are_at_least_48_px(window: MainWindow, name: str) -> None:
    small = [
        f"{w.objectName()} {w.width()}x{w.height()}"
        for w in visible_controls(window, name)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox)
        and w.objectName() != "scan.input"  # the scanner's field: never touched
        and (w.width() < 48 or w.height() < 48)
    ]
    assert small == []


@pytest.mark.parametrize(
    ("primary", "accent"),
    [
        ("#005EB8", "#00703C"),  # the default NHS blue and green
        ("#FFB81C", "#E8EDEE"),  # light branding: text turns dark
        ("#330072", "#AE2573"),
    ],
)
def test_text_colours_reach_wcag_aa(primary: str, accent: str) -> None:
    palette = build_palette(primary, accent)
    failing = {
        name: round(contrast(fg, bg), 2)
        for name, (fg, bg) in palette.text_pairs().items()
        if contrast(fg, bg) < AA_NORMAL
    }
    assert failing == {}


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_large_text_setting_makes_text_larger(make_window: object) -> None:
    normal: MainWindow = make_window("--lang", "en")  # type: ignore[operator]
    large: MainWindow = make_window(
        "--lang",
        "en",
        "--set",  # type: ignore[operator]
        "kiosk.large_text=true",
    )
    size = [w.screens["home"].title.fontInfo().pixelSize() for w in (normal, large)]
    assert size[1] >= size[0] * 1.25


def test_body_text_is_readable_from_three_metres(window: MainWindow) -> None:
    window.show_screen("projects")
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
    assert min(w.fontInfo().pixelSize() for w in labels) >= 20
