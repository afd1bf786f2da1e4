"""Small building blocks shared by the screens: buttons, headings, the header and the banner."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from screens.i18n import LANGUAGE_NAMES

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(widget: ObjectT, name: str) -> ObjectT:
    """`widget` with its objectName set: `named(QLineEdit(), "checkin.name")`.

    Qt for Python accepts properties as keyword arguments, but its stubs do not, so mypy
    cannot check `QLineEdit(objectName=...)`.
    """
    widget.setObjectName(name)
    return widget


class Button(QPushButton):
    """A push button that Enter and Return press too (Space does by default)."""

    def __init__(self, name: str, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        if role:
            self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def set_text(self, text: str, accessible: str | None = None) -> None:
        """Set the visible text (no mnemonics) and the accessible name (the text unless given)."""
        self.setText(text.replace("&", "&&"))
        self.setAccessibleName(accessible or text.replace("\n", " "))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.animateClick()
            return
        super().keyPressEvent(event)


class Tile(Button):
    """A large touch tile: a bold title and a wrapped line under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, "tile", parent)
        # The accent is a stripe inside an even border: a thick left border with rounded
        # corners drew notches where it met the thin ones.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 28, 14)
        outer.setSpacing(22)
        stripe = QFrame()
        stripe.setObjectName(f"{name}.stripe")
        stripe.setProperty("role", "tile-stripe")
        stripe.setFixedWidth(12)
        stripe.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        outer.addWidget(stripe)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(8)
        outer.addLayout(layout, 1)
        self.title = label(f"{name}.title", "tile-title")
        self.line = label(f"{name}.line", "tile-line")
        for part in (self.title, self.line):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_tile_text(self, title: str, line: str) -> None:
        """The tile's title and its explanatory line."""
        self.title.setText(title)
        self.line.setText(line)
        self.setAccessibleName(title)
        self.setAccessibleDescription(line)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # As high as its words at its width (a push button's own hint knows only its text).
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        # At the width it has once shown (narrower than its one-line hint in portrait).
        width = self.width() if self.isVisible() else hint.width()
        return QSize(hint.width(), max(super().sizeHint().height(), self.heightForWidth(width)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalHeightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The size hint's height follows the width: a layout that keeps tiles at their hint
        # (home in portrait) asks again once the width is known, or the words are cut off.
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class PageStack(QWidget):
    """Pages one at a time, as large as the page it shows: the others are hidden, and a box
    layout does not count what is hidden.

    Qt's QStackedWidget is as large as its largest page, and at each layout it asks every page,
    shown or not, for its size and its height at the width: check-in's search and topic pages,
    with dozens of wrapping buttons, added 5 ms to showing a scan's confirmation. Here the
    layout never asks a hidden page anything, and no Python runs while it lays out (pages that
    answered from Python were asked some 240 times a scan). Offers what check-in uses of
    QStackedWidget: `addWidget`, `currentWidget`, `setCurrentWidget`, `currentIndex`,
    `indexOf`, `count`, `widget`, and `currentChanged`."""

    currentChanged = Signal(int)  # noqa: N815 - the name QStackedWidget gives it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)  # holds the pages, in order
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._current = -1

    def addWidget(self, page: QWidget) -> int:
        """Add a page (the first one added shows); returns its index."""
        self._layout.addWidget(page, 1)
        if self._current < 0:
            self._current = 0
            self.currentChanged.emit(0)
        else:
            page.hide()
        return self._layout.count() - 1

    def count(self) -> int:
        return self._layout.count()

    def widget(self, index: int) -> QWidget | None:
        item = self._layout.itemAt(index) if 0 <= index < self._layout.count() else None
        return item.widget() if item is not None else None

    def indexOf(self, page: QWidget) -> int:
        return self._layout.indexOf(page)

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show `page` and hide the one shown; the focus, if it was on that page, moves to the
        new one (to the widget that last had it there, else the page's first focusable one),
        as QStackedWidget moves it."""
        index = self.indexOf(page)
        if index < 0 or index == self._current:
            return
        previous = self.currentWidget()
        focus = self.window().focusWidget()
        focus_was_here = (
            previous is not None
            and focus is not None
            and (previous is focus or previous.isAncestorOf(focus))
        )
        self._current = index
        page.show()
        if focus_was_here:
            _move_focus_into(page)
        if previous is not None:
            previous.hide()
        self.currentChanged.emit(index)


def _move_focus_into(page: QWidget) -> None:
    """Focus the widget that last had it on `page`, else the page's first stop in the tab
    order, else the page itself."""
    remembered = page.focusWidget()
    if remembered is not None and remembered.isVisible() and remembered.isEnabled():
        remembered.setFocus()
        return
    child = page.nextInFocusChain()  # the window's tab order, a ring through the page
    while child is not None and child is not page:
        tab_stop = child.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tab_stop and page.isAncestorOf(child) and child.isVisibleTo(page) and child.isEnabled():
            child.setFocus()
            return
        child = child.nextInFocusChain()
    page.setFocus()


class WrapButton(Button):
    """A button whose text wraps onto more lines (long topic names, names with departments)."""

    def __init__(self, name: str, role: str = "choice", parent: QWidget | None = None) -> None:
        super().__init__(name, role, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.caption = label(f"{name}.text", "choice-text")
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.toggled.connect(self._on_toggled)

    def set_text(self, text: str, accessible: str | None = None) -> None:
        """Show `text` wrapped inside the button (nothing to do when it shows it already: each
        render of check-in set all eight topics again, and laid out a page nobody saw)."""
        name = accessible or text.replace("\n", " ")
        if text == self.caption.text() and name == self.accessibleName() and not super().text():
            return
        self.caption.setText(text)
        self.setText("")
        self.setAccessibleName(name)
        self.updateGeometry()

    def text(self) -> str:
        """The text shown (the caption), as tests and screen readers read it."""
        return self.caption.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        if self.width() > 0:  # as high as the wrapped words need at the width it has
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint.expandedTo(QSize(48, 56))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Layouts of rows ignore height-for-width: ask for the height the words need now.
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        # The new minimum invalidates the caption's layout before it takes the new size; give
        # the caption the button's whole inside now, not a turn of the event loop later.
        layout = self.layout()
        if layout is not None:
            layout.setGeometry(self.contentsRect())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = 24
        return max(56, self.caption.heightForWidth(max(1, width - 48)) + margins)

    def _on_toggled(self, checked: bool) -> None:
        self.caption.setProperty("checked", checked)
        self.caption.style().unpolish(self.caption)
        self.caption.style().polish(self.caption)
        # A chosen caption is drawn bold: its words can need another line at the same width.
        needed = self.heightForWidth(self.width())
        if self.width() > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        self.updateGeometry()


class WrapCheckBox(QCheckBox):
    """A check box whose words wrap beside the box (long topic names, longer Welsh words);
    touching the words or the box toggles it."""

    INDENT = 36 + 16 + 4  # the indicator, the spacing and its border (assets/theme.qss)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self.INDENT, 6, 4, 6)
        self.caption = label(f"{name}.text")
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        """Show `text` wrapped beside the box; also its accessible name."""
        self.caption.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        """The words beside the box."""
        return self.caption.text()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        hint = self.caption.sizeHint()
        return QSize(hint.width() + self.INDENT + 4, max(48, hint.height() + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.INDENT + 120, 48)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(48, self.caption.heightForWidth(max(1, width - self.INDENT - 4)) + 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def touch_combos(root: QWidget) -> None:
    """Give every combo box under `root` popup rows the style sheet can size (48 px): Qt's
    default menu-like delegate ignores `QComboBox QAbstractItemView::item { min-height }`."""
    for combo in root.findChildren(QComboBox):
        if not isinstance(combo.itemDelegate(), QStyledItemDelegate):
            combo.setItemDelegate(QStyledItemDelegate(combo))


def label(name: str, role: str = "", *, wrap: bool = True) -> QLabel:
    """A label with an objectName and a style role."""
    widget = QLabel()
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class Header(QFrame):
    """The bar on every screen: room name, demo badge, Home and the language switch."""

    home_requested = Signal()
    language_requested = Signal()
    COMPACT_BELOW = 1200  # px wide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self._row = QHBoxLayout(self)
        layout = self._row
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(24)
        self.compact = False
        self.logo = QLabel()
        self.logo.setObjectName("header.logo")
        self.logo.hide()
        layout.addWidget(self.logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.room = label("header.room", wrap=False)
        self.board = label("header.board", wrap=False)
        names.addWidget(self.room)
        names.addWidget(self.board)
        layout.addLayout(names)
        self.demo = label("header.demo", wrap=False)
        self.demo.hide()
        layout.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        self._status_at = layout.count()  # where the sync indicator goes
        self.home = Button("nav.home", "header")
        self.home.clicked.connect(self.home_requested)
        # Hidden on the attract loop, it keeps its place: showing it for a scan's confirmation
        # laid the whole window out again (2 ms of the visitor's wait).
        keep_place = self.home.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.home.setSizePolicy(keep_place)
        layout.addWidget(self.home)
        self.switch = Button("lang.switch", "header")
        self.switch.clicked.connect(self.language_requested)
        layout.addWidget(self.switch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A narrow bar (a portrait screen, 1080 px) has less room around its parts, and the
        # board's name and the demo badge wrap: Home and the language switch keep whole words.
        compact = event.size().width() < self.COMPACT_BELOW
        if compact != self.compact:
            self.compact = compact
            self._row.setContentsMargins(*((16, 4, 16, 4) if compact else (32, 12, 32, 12)))
            self._row.setSpacing(12 if compact else 24)
            self.board.setWordWrap(compact)
            self.demo.setWordWrap(compact)
        super().resizeEvent(event)

    def add_status(self, widget: QWidget) -> None:
        """Put a status widget (the sync indicator) before the Home button."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(self._status_at, widget)

    def set_logo(self, path: str) -> None:
        """Show the Health Board's logo (config branding.logo), scaled to the bar."""
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo.hide()
            return
        self.logo.setPixmap(pixmap.scaledToHeight(72, Qt.TransformationMode.SmoothTransformation))
        self.logo.show()

    def set_language(self, current: str) -> None:
        """The switch names the other language, in that language (never an icon alone)."""
        other = "en" if current == "cy" else "cy"
        self.switch.setText(LANGUAGE_NAMES[other])
        self.switch.setAccessibleName("Switch to English" if other == "en" else "Newid i'r Gymraeg")
        self.switch.setProperty("target_language", other)


class Banner(QFrame):
    """The kiosk's one notifier: a message floating over the header, hidden after a while.

    It floats (it is not in a layout), so showing or hiding it never moves a control under a
    finger; it covers the header's names, never its buttons nor the page. A message belongs
    to the screen and visitor that raised it: the window calls clear_stale() when the
    screen, the visitor or the language changes, which keeps only a message raised by the
    action that made the change (the same turn of the event loop, such as "PIN set" and
    then the facilitator page).
    """

    def __init__(self, parent: QWidget | None = None, anchor: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "info")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._anchor = anchor
        self.owner = ""  # the screen the message is about
        self._fresh = False  # raised during the current turn of the event loop
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        self.text = label("banner.text")
        self.text.setAccessibleName("")
        layout.addWidget(self.text, 1)
        self.close_button = Button("banner.close")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setObjectName("banner.timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(10_000)
        self.timer.timeout.connect(self.hide)
        self.retranslate()
        for watched in (parent, anchor):
            if watched is not None:
                watched.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        """The Close button in the language now in use."""
        self.close_button.set_text(self.tr("Close"), self.tr("Close message"))

    def show_message(self, text: str, kind: str = "info", owner: str = "") -> None:
        """Show `text` (kind "info" or "error") about the screen `owner`."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.retranslate()
        self.owner = owner
        self._fresh = True
        QTimer.singleShot(0, self, self._on_turn_ended)
        self.place()
        self.raise_()
        self.show()
        self.timer.start()

    @property
    def fresh(self) -> bool:
        """Whether the message was raised during the current turn of the event loop."""
        return self._fresh

    def _on_turn_ended(self) -> None:
        self._fresh = False

    def clear_stale(self, owner: str | None = None) -> None:
        """Hide the message unless the action going on now raised it; a fresh one moves to
        the screen `owner` (when given)."""
        if self._fresh:
            if owner is not None:
                self.owner = owner
            return
        self.clear()

    def clear(self) -> None:
        """Hide the message, whoever raised it."""
        self.timer.stop()
        self._fresh = False
        self.owner = ""
        self.hide()

    def place(self) -> None:
        """Float over the anchor (the header), up to its first visible button."""
        parent = self.parentWidget()
        if parent is None:
            return
        anchor = self._anchor
        top, width, least = 0, parent.width(), 0
        if anchor is not None:
            top, least = anchor.y(), anchor.height()
            buttons = [
                b.mapTo(parent, QPoint(0, 0)).x()
                for b in anchor.findChildren(QAbstractButton)
                if b.isVisibleTo(anchor)
            ]
            if buttons:
                width = max(min(buttons) - 16, parent.width() // 2)
        layout = self.layout()
        height = (
            layout.totalHeightForWidth(width)
            if layout is not None and layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.setGeometry(0, top, width, max(height, least, self.minimumSizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.parentWidget(), self._anchor)
            and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
            and self.isVisible()
        ):
            # After the layouts have settled (a header button shown or hidden moves the rest).
            QTimer.singleShot(0, self, self.place)
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Card(QFrame):
    """A card that opens something when touched, clicked, or given Enter or Space."""

    activated = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class CardList(QScrollArea):
    """A scrolling column of cards (a bold title and wrapped lines) with day headings."""

    card_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        host = QWidget()
        host.setObjectName(f"{name}.host")
        self._column = QVBoxLayout(host)
        self._column.setContentsMargins(0, 0, 12, 0)
        self._column.setSpacing(14)
        self._column.addStretch(1)
        self.setWidget(host)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._cards: list[QFrame] = []
        self.clickable = False

    def clear(self) -> None:
        """Remove every card and heading."""
        while self._column.count() > 1:
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._cards = []

    def _append(self, widget: QWidget) -> None:
        self._column.insertWidget(self._column.count() - 1, widget)
        widget.show()  # a child added to a shown parent is not shown by the layout

    def add_heading(self, text: str) -> QLabel:
        """A heading between cards (interface text, translated by the caller)."""
        heading = label(f"{self.objectName()}.heading", "list-heading")
        heading.setText(text)
        self._append(heading)
        return heading

    def add_card(
        self, title: str, lines: list[str], *, flag: str = "", key: str = "", content: bool = True
    ) -> QFrame:
        """A card; `content` marks text people wrote (shown as written in both languages)."""
        card = Card()
        if self.clickable:
            card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            card.setCursor(Qt.CursorShape.PointingHandCursor)
            card.activated.connect(lambda k=key: self.card_activated.emit(k))
        card.setObjectName(f"{self.objectName()}.card")
        card.setProperty("role", "card")
        card.setProperty("content", content)
        card.setProperty("key", key)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)
        heading = label(f"{self.objectName()}.card.title", "card-title")
        heading.setText(title)
        layout.addWidget(heading)
        for line in lines:
            if line:
                part = label(f"{self.objectName()}.card.line", "card-line")
                part.setText(line)
                layout.addWidget(part)
        if flag:
            marker = label(f"{self.objectName()}.card.flag", "card-flag", wrap=False)
            marker.setText(flag)
            layout.addWidget(marker, 0, Qt.AlignmentFlag.AlignLeft)
        card.setAccessibleName(title)
        self._append(card)
        self._cards.append(card)
        return card

    def count(self) -> int:
        """How many cards are shown."""
        return len(self._cards)

    def card_texts(self) -> list[str]:
        """Each card's text, its lines joined by newlines (for tests and screen readers)."""
        return ["\n".join(lbl.text() for lbl in card.findChildren(QLabel)) for card in self._cards]


class Overlay(QFrame):
    """An in-window dialog over the screens (kiosk mode allows no separate windows).

    Shows a title, a line of text and buttons; `closed` fires when it goes, so the window can
    give focus back to the scan field.
    """

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = QFrame()
        self.panel.setObjectName("overlay.panel")
        self.panel.setProperty("role", "card")
        self.panel.setMaximumWidth(1100)
        outer.addWidget(self.panel)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        self.title = label("overlay.title", "h2")
        self.text = label("overlay.text", "lead")
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(20)
        inner.addLayout(self.buttons)
        self.hide()

    def ask(self, title: str, text: str, choices: list[tuple[str, str, str, object]]) -> None:
        """Show the dialog; choices are (objectName, text, role, callback)."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.title.setText(title)
        self.text.setText(text)
        self.buttons.addStretch(1)
        first: Button | None = None
        for name, caption, role, callback in choices:
            button = Button(name, role)
            button.set_text(caption)
            button.clicked.connect(lambda _=False, cb=callback: self._choose(cb))
            self.buttons.addWidget(button)
            first = first or button
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        if first is not None:
            first.setFocus()

    def _choose(self, callback: object) -> None:
        self.dismiss()
        if callable(callback):
            callback()

    def dismiss(self) -> None:
        """Close without choosing."""
        if self.isVisible():
            self.hide()
            self.closed.emit()


class EventFilter(QObject):
    """Calls back once for one event type on the objects it filters (first paint, for start-up
    timing), then stands down: left installed, it ran Python for every event of the window
    for the rest of the day."""

    def __init__(self, kind: QEvent.Type, callback: object, parent: QObject) -> None:
        super().__init__(parent)
        self._kind = kind
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            watched.removeEventFilter(self)
            if callable(self._callback):
                self._callback()
        return False
