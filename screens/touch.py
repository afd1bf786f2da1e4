"""Touch scrolling: every list and scroll area scrolls by dragging a finger or the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QScroller

# Widgets that keep the mouse to themselves: a chart's view, a combo box's drop-down list
# (the drop-down chooses on release; it scrolls with its own arrows and the wheel).
_EXCLUDED_PARENTS = ("QComboBoxPrivateContainer",)


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Scroll `area` by dragging (touch arrives as a mouse drag too), with momentum.

    Presses reach the content at once (no press delay), so a tap on a list item or a button
    in the area acts as before; a drag past a few millimetres scrolls instead.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(properties.ScrollMetric.MousePressEventDelay, 0.0)
    properties.setScrollMetric(
        properties.ScrollMetric.HorizontalOvershootPolicy,
        properties.OvershootPolicy.OvershootAlwaysOff,
    )
    properties.setScrollMetric(
        properties.ScrollMetric.VerticalOvershootPolicy,
        properties.OvershootPolicy.OvershootAlwaysOff,
    )
    scroller.setScrollerProperties(properties)
    area.setProperty("kinetic", True)


class TouchScrolling(QObject):
    """Application event filter: each scroll area gets kinetic scrolling when first polished,
    so screens built later (they are built lazily) need do nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QAbstractScrollArea) and event.type() == QEvent.Type.Polish:
            self.adopt(watched)
        return False

    @staticmethod
    def adopt(area: QAbstractScrollArea) -> None:
        """Give `area` kinetic scrolling unless it keeps the mouse to itself or has it."""
        if isinstance(area, QGraphicsView) or area.property("kinetic") is not None:
            return
        parent = area.parent()
        if parent is None or parent.metaObject().className() not in _EXCLUDED_PARENTS:
            enable_kinetic_scrolling(area)

    def adopt_children(self, root: QObject) -> None:
        """Adopt the scroll areas under `root` polished before the filter was installed."""
        for area in root.findChildren(QAbstractScrollArea):
            self.adopt(area)


def install_touch_scrolling(parent: QObject) -> TouchScrolling:
    """Install the filter for the application's lifetime of `parent` (the main window)."""
    touch = TouchScrolling(parent)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(touch)
    return touch
