"""The first start's set-up (a fresh install): the room, its language, the register, and an
empty room or the demo. The PIN is chosen next, on the PIN pad; then the kiosk takes visitors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.setup import SetupChoices, check_setup
from screens.widgets import Button, WrapButton, label, named

# The example Health Board of a fresh config is not offered as the room's own.
EXAMPLE_BOARD = "Bwrdd Iechyd Enghreifftiol / Example Health Board"


class SetupScreen(Screen):
    """One page of set-up; "Next" checks it and asks for the facilitator PIN."""

    name = "setup"
    pin_wanted = Signal()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices: SetupChoices | None = None
        self.title = label("setup.title", "h1")
        self.intro = label("setup.intro", "lead")
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        host = QWidget()
        host.setProperty("screen", True)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 16, 0)
        column.setSpacing(18)
        self.room_name = named(QLineEdit(), "setup.room_name")
        self.room_name.setMaxLength(60)
        self.health_board = named(QLineEdit(), "setup.health_board")
        self.health_board.setMaxLength(120)
        self.register_url = named(QLineEdit(), "setup.register_url")
        self.register_url.setMaxLength(300)
        self.register_url.setPlaceholderText("https://")
        self.token = named(QLineEdit(), "setup.token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setMaxLength(400)
        self.captions: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {
            "room.name": self.room_name,
            "room.health_board": self.health_board,
            "register.url": self.register_url,
            "register.token": self.token,
        }
        language_row = QWidget()
        language_layout = FlowLayout(language_row, spacing=20)
        self.languages = QButtonGroup(self)
        self.lang_buttons: dict[str, WrapButton] = {}
        for code, text in (("cy", "Cymraeg"), ("en", "English")):
            # A WrapButton sizes to its words as they are drawn (the chosen one is bold).
            button = WrapButton(f"setup.lang.{code}")
            button.setCheckable(True)
            button.set_text(text)
            button.clicked.connect(lambda _=False, c=code: self._on_language_clicked(c))
            self.languages.addButton(button)
            language_layout.addWidget(button)
            self.lang_buttons[code] = button
        for key, widget in (
            ("room.name", self.room_name),
            ("room.health_board", self.health_board),
            ("room.default_language", language_row),
            ("register.url", self.register_url),
            ("register.token", self.token),
        ):
            # Each caption above its field: the words keep the page's width in portrait.
            caption = label(f"setup.caption.{key}", wrap=True)
            caption.setBuddy(widget)
            column.addWidget(caption)
            column.addWidget(widget)
            self.captions[key] = caption
        self.start_caption = label("setup.caption.start")
        column.addWidget(self.start_caption)
        self.starts = QButtonGroup(self)
        self.start_empty = WrapButton("setup.start.empty")
        self.start_demo = WrapButton("setup.start.demo")
        for button in (self.start_empty, self.start_demo):
            button.setCheckable(True)
            self.starts.addButton(button)
            column.addWidget(button)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("setup.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        self.body.addWidget(scroll, 1)
        self.message = label("setup.message", "lead")
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        self.next = Button("setup.next", "primary")
        self.next.clicked.connect(self._on_next_clicked)
        row.addStretch(1)
        row.addWidget(self.next)
        self.body.addLayout(row)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome: let's set up this room"))
        self.intro.setText(
            self.tr(
                "A few details for the facilitator. You can change them later in Settings. "
                "The register is optional: the kiosk works offline."
            )
        )
        captions = {
            "room.name": self.tr("Room name"),
            "room.health_board": self.tr("Health Board"),
            "room.default_language": self.tr("Language at the start"),
            "register.url": self.tr("Central register address (optional)"),
            "register.token": self.tr("Device token from the register (optional)"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
            widget = self.fields.get(key)
            if widget is not None:
                widget.setAccessibleName(text)
        self.start_caption.setText(self.tr("How should the room start?"))
        self.start_empty.set_text(
            self.tr("Start empty: add your own departments, people and events")
        )
        self.start_demo.set_text(
            self.tr(
                "Start with the demo room: made-up people, projects and events, marked "
                "as demo content, that you can remove later"
            )
        )
        self.next.set_text(self.tr("Next: choose a PIN"))

    def load(self) -> None:
        """Fill the form from the settings the kiosk started with."""
        settings = self.ctx.settings()
        self.room_name.setText(settings.room_name)
        board = settings.health_board
        self.health_board.setText("" if board == EXAMPLE_BOARD else board)
        self.lang_buttons.get(settings.default_language, self.lang_buttons["cy"]).setChecked(True)
        self.register_url.setText(settings.register_url)
        self.token.clear()
        self.start_empty.setChecked(True)
        self.message.clear()

    def language(self) -> str:
        """The language chosen for the start of each visit."""
        return "cy" if self.lang_buttons["cy"].isChecked() else "en"

    def _on_language_clicked(self, code: str) -> None:
        self.ctx.languages.switch(code)  # the rest of set-up in the language chosen

    def _on_next_clicked(self) -> None:
        values = {
            "room.name": self.room_name.text(),
            "room.health_board": self.health_board.text(),
            "room.default_language": self.language(),
            "register.url": self.register_url.text(),
        }
        try:
            self.choices = check_setup(
                self.ctx.settings(),
                values,
                token=self.token.text(),
                demo=self.start_demo.isChecked(),
            )
        except KioskError as error:
            self.choices = None
            self._show_error(error)
            return
        self.message.clear()
        self.pin_wanted.emit()

    def _show_error(self, error: KioskError) -> None:
        key = str(error.params.get("setting", ""))
        caption = self.captions.get(key)
        name = caption.text() if caption is not None else key
        if error.code is ErrorCode.CONFIG_BAD_VALUE:
            self.message.setText(words.error_text(error, name=name))
        else:
            self.message.setText(words.error_text(error))
        widget = self.fields.get(key)
        if widget is not None:
            widget.setFocus()
