"""The layout checker: walks a shown widget tree and reports what a visitor would see as broken.

`layout_findings(root, where=...)` returns one line per finding:

- clipped: a label's or button's text needs more room than the widget has (for wrapped labels,
  more height than it has at its width, or a word wider than the label);
- outside: a widget reaches past its parent, so part of it is cut off. Inside a scroll area the
  content may run past the viewport in a direction the area scrolls, but not in one it does not;
- small: an interactive control (button, field, combo box and its popup rows, check box, list
  row, tab, touchable card) under 48 px high, or a button under 48 px wide;
- overlap: two interactive controls whose visible rectangles overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

MIN_TOUCH = 48
SLACK = 1  # px: rounding in Qt's layouts

# Widgets left out, each with its reason (objectName -> reason).
EXCLUDED: Mapping[str, str] = {
    "scan.input": "the scanner's hidden 2x2 px field: it owns focus and is never touched or read",
}


def _name(widget: QWidget) -> str:
    name = widget.objectName() or f"<{type(widget).__name__}>"
    parent = widget.parentWidget()
    while not widget.objectName() and parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    if not widget.objectName() and parent is not None:
        return f"{name} in {parent.objectName()}"
    return name


def _excluded(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.objectName() in EXCLUDED:
            return True
        widget = widget.parentWidget()
    return False


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a widget (scroll bars, viewports, line edits inside spin boxes)."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _interactive(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox | QTabBar):
        return True
    # A touchable card: a frame that takes focus and opens something.
    return (type(widget).__name__ == "Card" and widget.focusPolicy() != Qt.FocusPolicy.NoFocus) or (
        isinstance(widget, QFrame) and bool(widget.property("touch"))
    )


def _visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of `widget` not clipped by its ancestors, in `root`'s coordinates."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(root.rect())


def _text_clipped(widget: QWidget) -> str:
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        if widget.textFormat() != Qt.TextFormat.PlainText and "<" in text:
            return ""
        room = widget.contentsRect()
        room.adjust(widget.margin(), widget.margin(), -widget.margin(), -widget.margin())
        width = room.width() - max(0, widget.indent())
        if widget.wordWrap():
            longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            if longest > width + SLACK:
                return f"a word needs {longest} px, has {width}"
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"wrapped text needs {needed} px high, has {widget.height()}"
            return ""
        lines = text.split("\n")
        needed_w = max(metrics.horizontalAdvance(line) for line in lines)
        if needed_w > width + SLACK:
            return f"text needs {needed_w} px wide, has {width}"
        needed_h = metrics.height() * len(lines)
        if needed_h > room.height() + SLACK:
            return f"text needs {needed_h} px high, has {room.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.layout() is None and widget.text():
        option = QStyleOptionButton()
        option.initFrom(widget)
        option.text = widget.text()
        element = QStyle.SubElement.SE_PushButtonContents
        if isinstance(widget, QCheckBox):
            element = QStyle.SubElement.SE_CheckBoxContents
        elif isinstance(widget, QRadioButton):
            element = QStyle.SubElement.SE_RadioButtonContents
        room = widget.style().subElementRect(element, option, widget)
        if not isinstance(widget, QPushButton):
            room = room.intersected(widget.rect())
        text = widget.text().replace("&&", "&")
        lines = text.split("\n")
        needed_w = max(metrics.horizontalAdvance(line) for line in lines)
        if not widget.icon().isNull():
            needed_w += widget.iconSize().width() + 4
        if needed_w > room.width() + SLACK:
            return f"text needs {needed_w} px wide, has {room.width()}"
        needed_h = metrics.height() * len(lines)
        if needed_h > room.height() + SLACK:
            return f"text needs {needed_h} px high, has {room.height()}"
    return ""


def _outside(widget: QWidget) -> str:
    """Whether `widget` reaches past its parent where the parent cannot scroll to it."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return ""
    geometry = widget.geometry()
    area = parent.parentWidget()
    if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
        # Scrolled content: fine where the area scrolls, cut off where it does not.
        view = parent.rect()
        horizontal = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        vertical = area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if isinstance(area, QScrollArea) and widget is area.widget():
            if not horizontal and geometry.width() > view.width() + SLACK:
                return f"{geometry.width()} px wide in a {view.width()} px view that cannot scroll"
            if not vertical and geometry.height() > view.height() + SLACK:
                return f"{geometry.height()} px high in a {view.height()} px view, no scrolling"
        return ""
    room = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if room.contains(geometry):
        return ""
    return (
        f"at {geometry.x()},{geometry.y()} {geometry.width()}x{geometry.height()}"
        f" in a parent of {parent.width()}x{parent.height()}"
    )


def _small(widget: QWidget) -> str:
    if isinstance(widget, QTabBar):
        heights = [widget.tabRect(i).height() for i in range(widget.count())]
        return f"tabs {min(heights)} px high" if heights and min(heights) < MIN_TOUCH else ""
    if widget.height() < MIN_TOUCH:
        return f"{widget.width()}x{widget.height()}"
    if isinstance(widget, QAbstractButton) and widget.width() < MIN_TOUCH:
        return f"{widget.width()}x{widget.height()}"
    if isinstance(widget, QComboBox) and widget.count():
        row = widget.view().sizeHintForRow(0)
        if row < MIN_TOUCH:
            return f"popup rows {row} px high"
    return ""


def _small_rows(view: QAbstractItemView) -> str:
    model = view.model()
    if model is None:
        return ""
    small = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if not (model.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            continue  # a heading between rows, not a control
        rect = view.visualRect(index)
        shown = rect.isValid() and rect.intersects(view.viewport().rect())
        if shown and rect.height() < MIN_TOUCH:
            small.append(rect.height())
    return f"rows {min(small)} px high" if small else ""


def layout_findings(root: QWidget, *, where: str) -> list[str]:
    """Every finding under the shown widget `root`, each line starting with `where`."""
    findings: list[str] = []
    controls: list[tuple[QWidget, QRect]] = []
    widgets: Iterable[QWidget] = root.findChildren(QWidget)
    for widget in widgets:
        if not widget.isVisible() or widget.isWindow() or _excluded(widget):
            continue
        if not widget.isVisibleTo(root):
            continue
        visible = _visible_rect(widget, root)
        if visible.isEmpty():
            continue  # scrolled out of view
        name = _name(widget)
        problem = _text_clipped(widget)
        if problem:
            text = str(getattr(widget, "text", str)())[:40]
            findings.append(f"{where}: clipped {name}: {problem} ({text!r})")
        if not _internal(widget):
            problem = _outside(widget)
            if problem:
                findings.append(f"{where}: outside {name}: {problem}")
        in_combo = isinstance(widget.parentWidget(), QComboBox)
        if isinstance(widget, QAbstractItemView) and not in_combo:
            problem = _small_rows(widget)
            if problem:
                findings.append(f"{where}: small {name}: {problem}")
        if _internal(widget) or not _interactive(widget):
            continue
        if isinstance(widget, QPlainTextEdit):
            continue
        problem = _small(widget)
        if problem:
            findings.append(f"{where}: small {name}: {problem}")
        controls.append((widget, visible))
    for index, (first, first_rect) in enumerate(controls):
        for second, second_rect in controls[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            common = first_rect.intersected(second_rect)
            if common.width() > SLACK and common.height() > SLACK:
                findings.append(
                    f"{where}: overlap {_name(first)} and {_name(second)}:"
                    f" {common.width()}x{common.height()} px"
                )
    return findings


def stacked_parts(root: QWidget, *, where: str) -> list[str]:
    """Shown widgets laid over a sibling (a layout given less than its parts need puts them on
    top of each other): for pages where nothing is meant to overlap, such as slides."""
    findings: list[str] = []
    by_parent: dict[QWidget, list[QWidget]] = {}
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and not widget.isWindow() and not _internal(widget):
            parent = widget.parentWidget()
            if parent is not None:
                by_parent.setdefault(parent, []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    findings.append(
                        f"{where}: stacked {_name(first)} and {_name(second)}:"
                        f" {common.width()}x{common.height()} px"
                    )
    return findings
