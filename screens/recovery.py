"""The page a damaged database starts on: bring back the newest good backup after the PIN, or,
with no backup, start afresh with the damaged file kept aside. Never a dead end."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk.dto.golive import BackupFile
from kiosk.errors import KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.presenters.events import local
from screens.widgets import Button, label, named

if TYPE_CHECKING:
    from kiosk.recovery import Recovery


class RecoveryScreen(Screen):
    """A facilitator message with one way on: restore, or start afresh."""

    name = "recovery"
    recovered = Signal()

    def __init__(
        self,
        ctx: ScreenContext,
        recovery: Callable[[], Recovery | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._recovery = recovery
        self._backup: BackupFile | None = None
        self.title = label("recovery.title", "h1")
        self.text = label("recovery.text", "lead")
        self.pin_caption = label("recovery.pin_caption")
        self.pin = named(QLineEdit(), "recovery.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin_caption.setBuddy(self.pin)
        self.message = label("recovery.message", "lead")
        for widget in (self.title, self.text, self.pin_caption, self.pin, self.message):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.restore = Button("recovery.restore", "primary")
        self.restore.clicked.connect(self._on_restore_clicked)
        self.fresh = Button("recovery.fresh", "danger")
        self.fresh.clicked.connect(self._on_fresh_clicked)
        row.addWidget(self.restore)
        row.addWidget(self.fresh)
        row.addStretch(1)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The room's database is damaged"))
        self.pin_caption.setText(self.tr("Facilitator PIN"))
        self.pin.setAccessibleName(self.tr("Facilitator PIN"))
        self.restore.set_text(self.tr("Bring back the backup"))
        self.fresh.set_text(self.tr("Start afresh"))
        self._render()

    def shown(self) -> None:
        recovery = self._recovery()
        if recovery is None:
            self._render()
            return
        self.ctx.runner.submit(recovery.newest_good_backup, self._on_backup_found, self._failed)

    def reset(self) -> None:
        self.pin.clear()

    def _on_backup_found(self, found: BackupFile | None) -> None:
        self._backup = found
        self._render()

    def _render(self) -> None:
        found = self._backup
        if found is not None:
            self.text.setText(
                self.tr(
                    "The newest good backup was made on %1. Type the facilitator PIN, then "
                    "bring it back: anything recorded after it is lost. The damaged file is "
                    "kept aside for IT."
                ).replace("%1", f"{local(found.made_at):%d/%m/%Y %H:%M}")
            )
        else:
            self.text.setText(
                self.tr(
                    "No good backup was found. You can start afresh with an empty room; the "
                    "damaged file is kept aside for IT."
                )
            )
        self.restore.setVisible(found is not None)
        self.fresh.setVisible(found is None)

    def _on_restore_clicked(self) -> None:
        self._act(restore=True)

    def _on_fresh_clicked(self) -> None:
        self._act(restore=False)

    def _act(self, *, restore: bool) -> None:
        recovery = self._recovery()
        found = self._backup
        if recovery is None or (restore and found is None):
            return
        pin = self.pin.text()
        now = self.ctx.now()
        backup_path = found.path if restore and found is not None else None

        def work() -> bool:
            if not recovery.pin_ok(pin, backup_path):
                return False
            if backup_path is not None:
                recovery.restore(backup_path, now=now)
            else:
                recovery.set_aside(now=now)
            return True

        self.restore.setEnabled(False)
        self.fresh.setEnabled(False)
        self.ctx.runner.submit(work, self._on_done, self._failed)

    def _on_done(self, done: bool) -> None:
        self.restore.setEnabled(True)
        self.fresh.setEnabled(True)
        self.pin.clear()
        if not done:
            self.message.setText(self.tr("That PIN is not right."))
            return
        self.message.clear()
        self.recovered.emit()

    def _failed(self, exc: BaseException) -> None:
        self.restore.setEnabled(True)
        self.fresh.setEnabled(True)
        if isinstance(exc, KioskError):
            self.message.setText(words.error_text(exc))
        else:
            self.message.setText(self.tr("That did not work; the details are in the log."))
