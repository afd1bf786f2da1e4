"""The on-screen keyboard, docked at the bottom of the window under the page it types into.

Built into the window rather than Qt Virtual Keyboard: with a QWidget application, the virtual
keyboard's input panel is a top-level window of its own, which a kiosk compositor (cage shows one
toplevel full screen) cannot place beside the full-screen kiosk window, and which does not draw
offscreen, so it could not be tested or snapshotted. Docked in the window's layout, the page
shrinks above the keyboard and the focused field is scrolled into view: it is never covered.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from screens.presenters.keyboard import (
    LAYOUTS,
    NUMBER_PADS,
    Key,
    KeyboardPresenter,
    KeyKind,
    Pad,
    keyboard_enabled,
)

log = logging.getLogger(__name__)

# Fields the keyboard never opens for: the hidden scan field belongs to the scanner.
IGNORED_FIELDS = ("scan.input",)
_DIGIT_HINTS = (
    Qt.InputMethodHint.ImhDigitsOnly
    | Qt.InputMethodHint.ImhFormattedNumbersOnly
    | Qt.InputMethodHint.ImhDialableCharactersOnly
)
# Widgets with this property set step aside while the keyboard is open (a page's big title on
# a short screen), so that what is typed and what it finds keep the room.
HIDES_UNDER_KEYBOARD = "hides_under_keyboard"
# The number pad is a block of three keys across, not stretched over the whole screen.
NUMBER_PAD_WIDTH = 560


def text_field(widget: QObject | None) -> QWidget | None:
    """The editable text field `widget` is part of (a line edit, a spin box, an editable combo
    box, a text edit or its viewport), or None."""
    if not isinstance(widget, QWidget):
        return None
    parent = widget.parentWidget()
    inner_edit = isinstance(parent, QAbstractSpinBox | QComboBox) and isinstance(widget, QLineEdit)
    viewport = isinstance(parent, QPlainTextEdit | QTextEdit) and parent.viewport() is widget
    if parent is not None and (inner_edit or viewport):
        widget = parent
    if not widget.isEnabled() or widget.objectName() in IGNORED_FIELDS:
        return None
    if isinstance(widget, QLineEdit):
        editable = not widget.isReadOnly() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    elif isinstance(widget, QAbstractSpinBox | QPlainTextEdit | QTextEdit):
        editable = not widget.isReadOnly()
    elif isinstance(widget, QComboBox):
        editable = widget.isEditable()
    else:
        editable = False
    return widget if editable else None


def digits_only(field: QWidget) -> bool:
    """Whether `field` takes whole numbers only (a spin box, a number or PIN field)."""
    from PySide6.QtGui import QIntValidator

    if isinstance(field, QSpinBox):
        return True
    if field.inputMethodHints() & _DIGIT_HINTS:
        return True
    return isinstance(field, QLineEdit) and isinstance(field.validator(), QIntValidator)


DECIMAL_PROPERTY = "decimal"  # a field with this property set gets the pad with a point


def decimal_field(field: QWidget) -> bool:
    """Whether `field` takes numbers with a decimal point (the pad with "." then)."""
    return bool(field.property(DECIMAL_PROPERTY))


def _key_code(text: str) -> int:
    """The Qt key code a real keyboard would send with `text` (Key_unknown for ŵ and friends:
    widgets insert the event's text)."""
    if len(text) == 1 and text.isascii() and text.isprintable():
        return ord(text.upper())
    return int(Qt.Key.Key_unknown.value)


class KeyButton(QPushButton):
    """One key: never takes the focus, so the field being typed into keeps it."""

    def __init__(self, pad: Pad, key: Key) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"keyboard.{pad.value}.{key.name}")
        self.setProperty("role", "kbd-key" if key.kind is KeyKind.CHAR else "kbd-action")
        if key.kind is KeyKind.DONE:
            self.setProperty("role", "kbd-done")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class OnScreenKeyboard(QFrame):
    """Opens when a text field in `window` is touched (in keyboard mode), types into it with
    real key events, and closes on Done, on the idle return and when the focus leaves text
    fields. `kiosk.on_screen_keyboard` decides whether it is used."""

    opened = Signal()
    closed = Signal()

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._window = window
        self.presenter = KeyboardPresenter()
        self.active = False
        self._target: QWidget | None = None
        self._stepped_aside: list[QWidget] = []
        # The keys (over a hundred buttons) are built when first needed (opening, or idle time
        # after the first paint: build_keys), not before the kiosk's first paint.
        self._keys: dict[str, KeyButton] = {}
        self.pages = QStackedWidget()
        self.pages.setObjectName("keyboard.pages")
        self._pages: dict[Pad, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.pages)
        self.hide()
        self.apply_settings(settings)
        # The window installs the keyboard as an application event filter when it is first
        # shown (MainWindow.install_input_filters), not here: before the first paint every
        # widget's polish would pass through it.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self.retranslate()

    @property
    def keys(self) -> dict[str, KeyButton]:
        """Every key by "<pad>.<key name>" (built now if they were not yet)."""
        self.build_keys()
        return self._keys

    def build_keys(self) -> None:
        """Build the pads and their keys, once."""
        if self._pages:
            return
        for pad in Pad:
            page = self._build_page(pad)
            self._pages[pad] = page
            self.pages.addWidget(page)
        self.retranslate()

    def _build_page(self, pad: Pad) -> QWidget:
        page = QWidget()
        page.setObjectName(f"keyboard.page.{pad.value}")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        if pad in NUMBER_PADS:
            grid = QGridLayout()
            grid.setSpacing(8)
            for r, row in enumerate(LAYOUTS[pad]):
                for c, key in enumerate(row):
                    across = 3 if len(row) == 1 else 1  # a row of one key (Done) spans it
                    grid.addWidget(self._button(pad, key), r, c, 1, across)
            holder = QWidget()
            holder.setLayout(grid)
            holder.setMaximumWidth(NUMBER_PAD_WIDTH)
            line = QHBoxLayout()
            line.addStretch(1)
            line.addWidget(holder, 3)
            line.addStretch(1)
            column.addLayout(line)
            return page
        for row in LAYOUTS[pad]:
            line = QHBoxLayout()
            line.setSpacing(8)
            for key in row:
                line.addWidget(self._button(pad, key), key.span)
            column.addLayout(line)
        return page

    def _button(self, pad: Pad, key: Key) -> KeyButton:
        button = KeyButton(pad, key)
        if key.kind is KeyKind.CHAR:
            button.setText(key.text.replace("&", "&&"))
            button.setAccessibleName(key.text)
        button.clicked.connect(lambda _=False, b=button: self._on_key_clicked(b))
        self._keys[f"{pad.value}.{key.name}"] = button
        return button

    # --- settings and language --------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """`kiosk.on_screen_keyboard`: "auto" is on in kiosk mode."""
        self.active = keyboard_enabled(settings.on_screen_keyboard, kiosk_mode=settings.kiosk_mode)
        if not self.active:
            self.close_keyboard()

    def retranslate(self) -> None:
        """Labels and accessible names of the keys that are not characters."""
        self.setAccessibleName(self.tr("On-screen keyboard"))
        names = {
            "shift": ("⇧", self.tr("Shift: capital letter")),
            "backspace": ("⌫", self.tr("Delete the last character")),
            "space": (self.tr("space"), self.tr("Space")),
            "done": (self.tr("Done"), self.tr("Done: close the keyboard")),
            "accents": ("âŵ ä", self.tr("Welsh accents: â ŵ ŷ ä")),
            "symbols": ("?123", self.tr("Numbers and symbols")),
            "letters": ("abc", self.tr("Letters")),
        }
        for button in self._keys.values():
            if button.key.name in names:
                text, accessible = names[button.key.name]
                button.setText(text)
                button.setAccessibleName(accessible)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- opening and closing ----------------------------------------------------------------

    @property
    def target(self) -> QWidget | None:
        """The field the keyboard types into."""
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def open_for(self, widget: QWidget, *, force: bool = False) -> bool:
        """Open for the text field `widget` is part of; False when it is not one (or the
        keyboard is off, unless `force`: the snapshot shows it whatever the setting)."""
        field = text_field(widget)
        if field is None or not (self.active or force) or not self._window.isAncestorOf(field):
            return False
        self.build_keys()
        was_open = self.isVisible()
        self._target = field
        self.presenter.open(digits_only=digits_only(field), decimal=decimal_field(field))
        self._render()
        if not was_open:
            self._step_aside()
        self.show()
        self._reveal(field)
        if not was_open:
            log.debug("on-screen keyboard opened")
            self.opened.emit()
        return True

    def close_keyboard(self) -> None:
        """Hide the keyboard (Done, idle, or the focus left the text fields)."""
        self.presenter.close()
        self._target = None
        for widget in self._stepped_aside:
            if shiboken6.isValid(widget):
                widget.show()
        self._stepped_aside = []
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _step_aside(self) -> None:
        if self._window.height() > self._window.width():
            return  # a portrait screen has room for the page's title above the keyboard
        self._stepped_aside = [
            widget
            for widget in self._window.findChildren(QWidget)
            if widget.property(HIDES_UNDER_KEYBOARD) is True and widget.isVisible()
        ]
        for widget in self._stepped_aside:
            widget.hide()

    def _reveal(self, field: QWidget) -> None:
        """Lay the window out with the keyboard in it, then scroll `field` into view."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            layout.activate()
        ancestor = field.parentWidget()
        while ancestor is not None:
            if isinstance(ancestor, QScrollArea):
                ancestor.ensureWidgetVisible(field, 24, 24)
            ancestor = ancestor.parentWidget()
        # Pages that lay out again once shown (a result list filling in) are checked once more.
        QTimer.singleShot(0, self, self._reveal_again)

    def _reveal_again(self) -> None:
        target = self.target
        if target is None or not self.isVisible():
            return
        ancestor = target.parentWidget()
        while ancestor is not None:
            if isinstance(ancestor, QScrollArea):
                ancestor.ensureWidgetVisible(target, 24, 24)
            ancestor = ancestor.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A touch or click on a text field opens the keyboard, also when the field already had
        # the focus (after Done). Focus given by code (a scan, a screen's first field) does not.
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and self.active
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.open_for(watched)
        return False

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.isVisible():
            return
        field = text_field(new)
        if field is None or not self._window.isAncestorOf(field):
            self.close_keyboard()
        elif field is not self.target:
            self.open_for(field, force=True)

    # --- typing -----------------------------------------------------------------------------

    def _render(self) -> None:
        if not self._pages:
            return  # nothing built yet: build_keys renders once it has
        pad = self.presenter.pad
        self.pages.setCurrentWidget(self._pages[pad])
        for row in self.presenter.rows(pad):
            for key in row:
                button = self._keys[f"{pad.value}.{key.name}"]
                if key.kind is KeyKind.CHAR:
                    button.setText(key.text.replace("&", "&&"))
                    button.setAccessibleName(key.text)
                elif key.kind is KeyKind.SHIFT:
                    button.setProperty("checked-key", self.presenter.shifted)
                    button.style().unpolish(button)
                    button.style().polish(button)

    def _on_key_clicked(self, button: KeyButton) -> None:
        action = self.presenter.press(button.key)
        if action.insert:
            self._send(_key_code(action.insert), action.insert)
        elif action.backspace:
            self._send(int(Qt.Key.Key_Backspace.value), "")
        if action.close:
            self.close_keyboard()
        else:
            self._render()

    def _send(self, key: int, text: str) -> None:
        """Type as a real keyboard does, so validators and textEdited work as usual."""
        focused = QApplication.focusWidget()
        receiver = focused if text_field(focused) is not None else self.target
        if receiver is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(receiver, event)
