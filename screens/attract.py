"""The attract loop: the showcase, a bilingual welcome, Welsh first; touching anywhere starts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from screens.base import Screen, ScreenContext
from screens.showcase_player import ShowcasePlayer
from screens.widgets import Button, label, named

CONTEXT = "AttractScreen"
# Lines the loop cycles through, each shown in Welsh and then English.
LOOP_LINES = (
    QT_TRANSLATE_NOOP("AttractScreen", "Touch the screen to start"),
    QT_TRANSLATE_NOOP("AttractScreen", "Peer support for quality improvement"),
    QT_TRANSLATE_NOOP("AttractScreen", "Check in, find a project, share what worked"),
    QT_TRANSLATE_NOOP("AttractScreen", "Come in for a coffee and a chat about your project"),
    QT_TRANSLATE_NOOP("AttractScreen", "Have a QR pass? Hold it under the scanner"),
)
WELCOME = str(QT_TRANSLATE_NOOP("AttractScreen", "Welcome"))


class AttractScreen(Screen):
    """The idle loop: the showcase above, and "Croeso / Welcome" with two language buttons."""

    name = "attract"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setProperty("role", "attract")
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.player = ShowcasePlayer(
            ctx,
            "attract",
            screen_name=self._screen_name,
            language=lambda: self.ctx.languages.current,
        )
        self.player.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.body.addWidget(self.player, 1)
        self.start_bar = named(QFrame(), "attract.start_bar")
        self.start_bar.setProperty("role", "start-bar")
        self.body.addWidget(self.start_bar)
        # Landscape: the welcome, the line and the two buttons in a row; portrait: the buttons
        # under the words, so both stay on the screen and the line keeps a readable width.
        self.bar = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.start_bar)
        self.bar.setContentsMargins(64, 20, 64, 24)
        self.bar.setSpacing(40)
        words = QHBoxLayout()
        words.setSpacing(40)
        self.bar.addLayout(words, 1)
        self.welcome = QVBoxLayout()
        self.welcome.setSpacing(0)
        self.welcome_cy = label("attract.welcome_cy", "hero", wrap=False)
        self.welcome_en = label("attract.welcome_en", "hero-sub", wrap=False)
        for widget in (self.welcome_cy, self.welcome_en):
            self.welcome.addWidget(widget)
        words.addLayout(self.welcome)
        lines = QVBoxLayout()
        lines.setSpacing(4)
        self.line_cy = label("attract.line_cy", "lead")
        self.line_en = label("attract.line_en", "lead-sub")
        for widget in (self.line_cy, self.line_en):
            lines.addWidget(widget)
        words.addLayout(lines, 1)
        self.start_cy = Button("attract.start_cy", "hero")
        self.start_en = Button("attract.start_en", "hero")
        self.start_cy.clicked.connect(lambda: self._start("cy"))
        self.start_en.clicked.connect(lambda: self._start("en"))
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(self.start_cy)
        buttons.addWidget(self.start_en)
        self.bar.addLayout(buttons)
        self._line = 0
        self.loop_timer = QTimer(self)
        self.loop_timer.setObjectName("attract.loop_timer")
        self.loop_timer.setInterval(6000)
        self.loop_timer.timeout.connect(self._on_loop_timer_timeout)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        down, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        self.bar.setDirection(down if portrait else across)
        self.bar.setContentsMargins(*((40, 24, 40, 32) if portrait else (64, 20, 64, 24)))
        self.bar.setSpacing(24 if portrait else 40)

    def _screen_name(self) -> str:
        screen = self.screen()
        return screen.name() if screen is not None else ""

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.welcome_cy.setText(languages.welsh(CONTEXT, WELCOME))
        self.welcome_en.setText(WELCOME)
        self.welcome_cy.setAccessibleName(languages.both(CONTEXT, WELCOME))
        line = str(LOOP_LINES[self._line])
        self.line_cy.setText(languages.welsh(CONTEXT, line))
        self.line_en.setText(line)
        self.start_cy.set_text("Cymraeg", "Dechrau yn Gymraeg")
        self.start_en.set_text("English", "Start in English")
        self.player.retranslate()

    def shown(self) -> None:
        self.loop_timer.start()
        self.player.start()

    def hideEvent(self, event: object) -> None:
        self.loop_timer.stop()
        self.player.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _on_loop_timer_timeout(self) -> None:
        self._line = (self._line + 1) % len(LOOP_LINES)
        self.retranslate()

    def _start(self, lang: str) -> None:
        self.ctx.languages.switch(lang)
        self.ctx.navigate("home")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start(self.ctx.settings().default_language)
        event.accept()
