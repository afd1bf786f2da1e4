"""Backups (behind the PIN): the kiosk's own backups, newest first, with "Back up now" and
"Restore" (asked first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.dto.golive import BackupFile
from kiosk.errors import KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.events import local
from screens.widgets import Button, label


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


class BackupsScreen(Screen):
    """The list of backups; each can be brought back, after a confirmation."""

    name = "backups"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("backups.title", "h1")
        self.lead = label("backups.lead", "lead")
        self.body.addWidget(self.title)
        self.body.addWidget(self.lead)
        host = QWidget()
        host.setProperty("screen", True)
        self.column = QVBoxLayout(host)
        self.column.setContentsMargins(0, 0, 12, 0)
        self.column.setSpacing(14)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("backups.list")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        self.body.addWidget(scroll, 1)
        self.empty = label("backups.empty", "muted")
        self.column.insertWidget(0, self.empty)
        self.message = label("backups.message", "lead")
        self.body.addWidget(self.message)
        row = FlowLayout(spacing=20)
        self.now = Button("backups.now", "primary")
        self.now.clicked.connect(self._on_now_clicked)
        self.back = Button("backups.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        row.addWidget(self.now)
        row.addWidget(self.back)
        self.body.addLayout(row)
        self.rows: list[tuple[BackupFile, QFrame, Button]] = []
        self._backups: list[BackupFile] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Backups"))
        settings = self.ctx.settings()
        lead = self.tr(
            "The kiosk backs itself up every day after closing time and keeps %n day(s) of "
            "backups.",
            "",
            settings.backup_keep_days,
        )
        if settings.backup_copy_to:
            lead += " " + self.tr("Each is also copied to %1.").replace(
                "%1", settings.backup_copy_to
            )
        self.lead.setText(lead)
        self.empty.setText(self.tr("No backups yet."))
        self.now.set_text(self.tr("Back up now"))
        self.back.set_text(self.tr("Back to the facilitator page"))
        self._render()

    def shown(self) -> None:
        self.retranslate()
        self.run(lambda: self.ctx.ops.golive.backups(), self._on_backups_loaded)

    def reset(self) -> None:
        self.message.clear()

    def _on_backups_loaded(self, found: list[BackupFile]) -> None:
        self._backups = found
        self._render()

    def _render(self) -> None:
        for _backup, card, _button in self.rows:
            self.column.removeWidget(card)
            card.deleteLater()
        self.rows = []
        self.empty.setVisible(not self._backups)
        for index, found in enumerate(self._backups):
            card = QFrame()
            card.setProperty("role", "card")
            layout = QHBoxLayout(card)
            layout.setContentsMargins(24, 12, 16, 12)
            text = label(f"backups.row.{index}")
            text.setProperty("content", True)  # a date, a time and a size: the same in both
            when = f"{local(found.made_at):%d/%m/%Y %H:%M}"
            text.setText(
                self.tr("%1, %2").replace("%1", when).replace("%2", _size(found.size))
                if found.revision
                else self.tr("%1: damaged, cannot be restored").replace("%1", when)
            )
            layout.addWidget(text, 1)
            button = Button(f"backups.restore.{index}")
            spoken = self.tr("Restore the backup of %1").replace("%1", when)
            button.set_text(self.tr("Restore"), spoken)
            button.setEnabled(bool(found.revision))
            button.clicked.connect(lambda _=False, b=found: self._on_restore_clicked(b))
            layout.addWidget(button)
            self.column.insertWidget(self.column.count() - 1, card)
            self.rows.append((found, card, button))

    def _on_now_clicked(self) -> None:
        self.now.setEnabled(False)
        copy_to = self.ctx.settings().backup_copy_to
        self.ctx.runner.submit(
            lambda: self.ctx.ops.golive.backup_now(copy_to), self._on_backed_up, self._failed
        )

    def _on_backed_up(self, made: BackupFile) -> None:
        self.now.setEnabled(True)
        self.message.setText(
            self.tr("Backed up: %1.").replace("%1", f"{local(made.made_at):%d/%m/%Y %H:%M}")
        )
        self.shown()

    def _failed(self, exc: BaseException) -> None:
        self.now.setEnabled(True)
        if isinstance(exc, KioskError):
            self.message.setText(words.error_text(exc))
        else:
            self._on_job_failed(exc)

    def _on_restore_clicked(self, found: BackupFile) -> None:
        when = f"{local(found.made_at):%d/%m/%Y %H:%M}"
        overlay: Any = self.window().overlay  # type: ignore[attr-defined]
        overlay.ask(
            self.tr("Restore this backup?"),
            self.tr(
                "The room goes back to how it was on %1: anything recorded since then is lost. "
                "The database as it is now is backed up first."
            ).replace("%1", when),
            [
                ("backups.restore.cancel", self.tr("Cancel"), "", None),
                (
                    "backups.restore.confirm",
                    self.tr("Restore"),
                    "danger",
                    lambda: self._restore(found),
                ),
            ],
        )

    def _restore(self, found: BackupFile) -> None:
        ops = self.ctx.ops

        def work() -> BackupFile:
            ops.golive.restore(found.path)
            ops.reload()  # every later job works on the restored database
            return found

        self.ctx.runner.submit(work, self._on_restored, self._failed)

    def _on_restored(self, found: BackupFile) -> None:
        self.ctx.notify(
            self.tr("The backup of %1 is back.").replace(
                "%1", f"{local(found.made_at):%d/%m/%Y %H:%M}"
            ),
            "info",
        )
        self.shown()
