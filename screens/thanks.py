"""Say thank you: a short kudos note for the wall of thanks (shown once a facilitator approves)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk.dto.showcase import ThanksItem
from kiosk.errors import ErrorCode, KioskError
from kiosk.showcase import THANKS_LIMITS, thanks_field_problem
from screens import words
from screens.base import Screen, ScreenContext
from screens.widgets import Button, label, named

log = logging.getLogger(__name__)


class ThanksScreen(Screen):
    """To whom, the note, and an optional signature; nothing shows before it is approved."""

    name = "thanks"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("thanks.title", "h1")
        self.intro = label("thanks.intro", "lead")
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setVerticalSpacing(18)
        self.to_whom = named(QLineEdit(), "thanks.to_whom")
        self.to_whom.setMaxLength(THANKS_LIMITS["to_whom"])
        self.note = named(QPlainTextEdit(), "thanks.message")
        self.note.setFixedHeight(160)
        self.signed = named(QLineEdit(), "thanks.signed")
        self.signed.setMaxLength(THANKS_LIMITS["signed"])
        self.captions = {key: QLabel() for key in THANKS_LIMITS}
        for key, widget in (
            ("to_whom", self.to_whom),
            ("message", self.note),
            ("signed", self.signed),
        ):
            self.captions[key].setBuddy(widget)
            form.addRow(self.captions[key], widget)
        self.body.addLayout(form)
        self.message = label("thanks.feedback", "lead")
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        self.send = Button("thanks.send", "primary")
        self.send.clicked.connect(self._on_send_clicked)
        row.addWidget(self.send)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        # The field the message below complains about, until it is corrected.
        self._problem_field: str | None = None
        self.to_whom.textEdited.connect(lambda text: self._on_field_edited("to_whom", text))
        self.note.textChanged.connect(
            lambda: self._on_field_edited("message", self.note.toPlainText())
        )
        self.signed.textEdited.connect(lambda text: self._on_field_edited("signed", text))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Say thank you"))
        self.intro.setText(
            self.tr(
                "Thank a team or a colleague for their improvement work. A facilitator checks "
                "each note before it goes on the wall of thanks."
            )
        )
        captions = {
            "to_whom": self.tr("To (a team, a ward or a first name)"),
            "message": self.tr("Your thank-you note"),
            "signed": self.tr("From (optional)"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.to_whom.setAccessibleName(captions["to_whom"])
        self.note.setAccessibleName(captions["message"])
        self.signed.setAccessibleName(captions["signed"])
        self.send.set_text(self.tr("Send my thanks"))

    def reset(self) -> None:
        self._problem_field = None
        self.to_whom.clear()
        self.note.clear()
        self.signed.clear()
        self.message.clear()

    def _on_send_clicked(self) -> None:
        to_whom, text, signed = self.to_whom.text(), self.note.toPlainText(), self.signed.text()
        self.ctx.runner.submit(
            lambda: self.ctx.ops.showcase.post_thanks(to_whom, text, signed),
            self._on_thanks_posted,
            self._on_thanks_failed,
        )

    def _on_thanks_posted(self, _note: ThanksItem) -> None:
        self.reset()
        self.message.setText(
            self.tr("Diolch! Your note will appear on the wall of thanks once it is approved.")
        )

    def _on_thanks_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KioskError) or exc.code is not ErrorCode.THANKS_INVALID:
            log.error("thanks note not saved: %s", type(exc).__name__)
            self.message.setText(self.tr("Sorry, that did not work. Please try again."))
            return
        field = exc.params.get("field")
        self._problem_field = str(field)
        self.message.setText(words.error_text(exc))
        widget = {"to_whom": self.to_whom, "signed": self.signed}.get(str(field), self.note)
        widget.setFocus()

    def _on_field_edited(self, field: str, text: str) -> None:
        if field == self._problem_field and thanks_field_problem(field, text) is None:
            self._problem_field = None
            self.message.clear()
