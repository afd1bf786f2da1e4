"""How a touch kiosk takes input, set once for every widget (those built later too).

- No context menus: a touch kiosk has no right button, and Qt's own menu (Undo, Cut, Paste …)
  is English only, on Welsh screens too.
- A closed combo box, a spin box or a date field ignores the mouse wheel: scrolling a form must
  not change a value under the pointer. The wheel goes on to the page, which scrolls.
- Multi-line text boxes pass Tab on (WCAG 2.1.2, no keyboard trap); Ctrl+Tab still types one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit


class InputPolicy(QObject):
    """An application event filter: install it with `QApplication.installEventFilter`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.Wheel:
            closed_combo = isinstance(watched, QComboBox) and not watched.view().isVisible()
            if closed_combo or isinstance(watched, QAbstractSpinBox):
                event.ignore()  # Qt offers an ignored wheel event to the parents
                return True
            return False
        if kind == QEvent.Type.Polish and isinstance(watched, QPlainTextEdit | QTextEdit):
            watched.setTabChangesFocus(True)
        return False

    @staticmethod
    def adopt_children(root: QObject) -> None:
        """Apply the polish-time rule to the text boxes under `root` polished before the
        filter was installed."""
        for plain in root.findChildren(QPlainTextEdit):
            plain.setTabChangesFocus(True)
        for rich in root.findChildren(QTextEdit):
            rich.setTabChangesFocus(True)
