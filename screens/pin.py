"""The PIN pad, shown in the window (never a separate dialog) before facilitator pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.pin_policy import PinCheck, PinOutcome, PinStatus
from screens.base import Screen, ScreenContext
from screens.presenters.events import local
from screens.presenters.pin import PinFeedback, PinMessage, PinMode, PinPresenter, PinSubmit
from screens.widgets import Button, label, named


class PinScreen(Screen):
    """Verifies the facilitator PIN, or sets a new one (typed twice)."""

    name = "pin"
    accepted = Signal()
    cancelled = Signal()
    pin_set = Signal()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.presenter = PinPresenter()
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.setSpacing(20)
        column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetDefaultConstraint)
        self.title = label("pin.title", "h1")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title)
        self.field = named(QLineEdit(), "pin.field")
        self.field.setProperty("role", "pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setReadOnly(True)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.field)
        self.message = label("pin.message", "lead")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.message)
        keys = QGridLayout()
        keys.setSpacing(16)
        self.digits: dict[str, Button] = {}
        for index, digit in enumerate("123456789"):
            keys.addWidget(self._digit(digit), index // 3, index % 3)
        self.clear = Button("pin.clear", "key")
        self.clear.clicked.connect(self._on_clear_clicked)
        keys.addWidget(self.clear, 3, 0)
        keys.addWidget(self._digit("0"), 3, 1)
        self.back = Button("pin.backspace", "key")
        self.back.clicked.connect(self._on_backspace_clicked)
        keys.addWidget(self.back, 3, 2)
        column.addLayout(keys)
        row = QHBoxLayout()
        self.cancel = Button("pin.cancel")
        self.cancel.clicked.connect(self.cancelled)
        self.ok = Button("pin.ok", "primary")
        self.ok.clicked.connect(self._on_ok_clicked)
        row.addWidget(self.cancel, 1)
        row.addWidget(self.ok, 1)
        column.addLayout(row)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(column, 0)
        holder.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(holder)
        self.body.addStretch(1)
        self._feedback: PinFeedback | None = None
        self.retranslate()

    def _digit(self, digit: str) -> Button:
        button = Button(f"pin.digit.{digit}", "key")
        button.set_text(digit)
        button.clicked.connect(lambda: self._press(digit))
        self.digits[digit] = button
        return button

    def begin(self, mode: PinMode) -> None:
        """Start asking for the PIN (verify) or a new PIN (set)."""
        self.presenter.start(mode)
        self._feedback = None
        self._refresh()
        if mode is PinMode.VERIFY:
            self.run(lambda: self.ctx.ops.pin.pin_status(), self._on_pin_status_loaded)

    def retranslate(self) -> None:
        self.clear.set_text(self.tr("Clear"), self.tr("Clear the PIN"))
        self.back.set_text("⌫", self.tr("Delete the last digit"))
        self.cancel.set_text(self.tr("Cancel"))
        self.ok.set_text(self.tr("OK"))
        self._refresh()

    def reset(self) -> None:
        self.presenter.clear()
        self._feedback = None
        self.ok.setEnabled(True)  # a check in flight when the kiosk reset is not answered
        self._refresh()

    def _refresh(self) -> None:
        titles = {
            PinMode.VERIFY: self.tr("Facilitator PIN"),
            PinMode.SET: self.tr("Choose a facilitator PIN"),
            PinMode.CONFIRM: self.tr("Type the new PIN again"),
        }
        self.title.setText(titles[self.presenter.mode])
        self.field.setText("•" * len(self.presenter.entered))
        self.field.setAccessibleName(
            self.tr("PIN, %n digit(s) typed", "", len(self.presenter.entered))
        )
        self.message.setText(self._message_text())

    def _message_text(self) -> str:
        feedback = self._feedback
        if feedback is None:
            return self.tr("4 to 8 digits") if self.presenter.mode is PinMode.SET else ""
        if feedback.message is PinMessage.WRONG:
            return self.tr(
                "That PIN is not right. %n tries left before a 5-minute pause.",
                "",
                feedback.tries_left,
            )
        if feedback.message is PinMessage.LOCKED and feedback.locked_until is not None:
            until = local(feedback.locked_until)
            return self.tr("Too many wrong tries. PIN entry is paused until %1.").replace(
                "%1", f"{until:%H:%M}"
            )
        return {
            PinMessage.TOO_SHORT: self.tr("A PIN has 4 to 8 digits."),
            PinMessage.MISMATCH: self.tr("The two PINs were different. Please start again."),
            PinMessage.NOW_CONFIRM: self.tr("Now type it once more to be sure."),
        }.get(feedback.message, "")

    def _press(self, digit: str) -> None:
        self.presenter.press(digit)
        self._refresh()

    def _on_clear_clicked(self) -> None:
        self.presenter.clear()
        self._refresh()

    def _on_backspace_clicked(self) -> None:
        self.presenter.backspace()
        self._refresh()

    def _on_ok_clicked(self) -> None:
        result = self.presenter.submit()
        if isinstance(result, PinFeedback):
            self._feedback = result
            self._refresh()
            return
        self._refresh()
        self._submit(result)

    def _submit(self, request: PinSubmit) -> None:
        self.ok.setEnabled(False)
        if request.action == "verify":
            self.run(lambda: self.ctx.ops.pin.verify_pin(request.pin), self._on_pin_checked)
        else:
            self.ctx.runner.submit(
                lambda: self.ctx.ops.pin.set_pin(request.pin, request.confirm),
                self._on_pin_saved,
                self._on_pin_refused,
            )

    def _on_pin_status_loaded(self, status: PinStatus) -> None:
        if not status.is_set:
            self.presenter.start(PinMode.SET)
            self._refresh()
        elif status.locked_until is not None:
            self._feedback = PinFeedback(PinMessage.LOCKED, 0, status.locked_until)
            self._refresh()

    def _on_pin_checked(self, check: PinCheck) -> None:
        self.ok.setEnabled(True)
        if check.outcome is PinOutcome.ACCEPTED:
            self.reset()
            self.accepted.emit()
        elif check.outcome is PinOutcome.NOT_SET:
            self.presenter.start(PinMode.SET)
            self._refresh()
        else:
            self._feedback = self.presenter.feedback(check)
            self._refresh()

    def _on_pin_saved(self, _result: object) -> None:
        self.ok.setEnabled(True)
        self.reset()
        self.ctx.notify(self.tr("The facilitator PIN is set."), "info")
        self.pin_set.emit()

    def _on_pin_refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, KioskError):
            self.presenter.start(PinMode.SET)
            self._feedback = PinFeedback(PinMessage.TOO_SHORT)
            self._refresh()
        else:
            self._on_job_failed(exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._on_backspace_clicked()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ok.isEnabled():
            self._on_ok_clicked()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
