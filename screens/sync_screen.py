"""Sync with the central register: the header's indicator, and the facilitator's page
(changes waiting, dead letters, recent errors, Sync now, Retry)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QWidget

from screens.base import Screen, ScreenContext
from screens.presenters.sync import Indicator, error_lines, indicator
from screens.widgets import Button, label, named

log = logging.getLogger(__name__)


class SyncIndicator(Button):
    """In the header of every screen: online or offline, changes waiting, last sync."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("header.sync", "header-status", parent)
        self.current: Indicator | None = None
        self.hide()

    def show_indicator(self, shown: Indicator) -> None:
        """Show `shown` (translated) and make the button say the same to a screen reader."""
        self.current = shown
        self.setProperty("attention", shown.attention)
        self.style().unpolish(self)
        self.style().polish(self)
        self.set_text(self.text_for(shown))
        self.show()

    def text_for(self, shown: Indicator) -> str:
        """The indicator's words."""
        states = {
            "off": self.tr("Not syncing"),
            "online": self.tr("Online"),
            "syncing": self.tr("Syncing…"),
            "offline": self.tr("Offline"),
            "refused": self.tr("Sync refused"),
        }
        parts = [("● " if shown.state in ("online", "syncing") else "○ ") + states[shown.state]]
        if shown.pending:
            parts.append(self.tr("%1 waiting").replace("%1", str(shown.pending)))
        if shown.last_success:
            parts.append(self.tr("last %1").replace("%1", shown.last_success))
        return " · ".join(parts)


class SyncScreen(Screen):
    """The facilitator's sync page (behind the PIN)."""

    name = "sync"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("sync.title", "h1")
        self.state = label("sync.state", "lead")
        self.figures = label("sync.figures", "lead")
        self.body.addWidget(self.title)
        self.body.addWidget(self.state)
        self.body.addWidget(self.figures)
        self.dead_title = label("sync.dead_title", "h2")
        self.body.addWidget(self.dead_title)
        self.dead = named(QListWidget(), "sync.dead")
        self.dead.setProperty("content", True)
        self.body.addWidget(self.dead, 2)
        self.errors_title = label("sync.errors_title", "h2")
        self.body.addWidget(self.errors_title)
        self.errors = named(QListWidget(), "sync.errors")
        self.errors.setProperty("content", True)
        self.body.addWidget(self.errors, 1)
        row = QHBoxLayout()
        self.sync_now = Button("sync.now", "primary")
        self.retry = Button("sync.retry")
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        self.retry.clicked.connect(self._on_retry_clicked)
        row.addWidget(self.sync_now)
        row.addWidget(self.retry)
        row.addStretch(1)
        self.body.addLayout(row)
        self._status: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync with the central register"))
        self.dead_title.setText(self.tr("Refused by the register (dead letters)"))
        self.errors_title.setText(self.tr("Recent problems"))
        self.dead.setAccessibleName(self.tr("Refused by the register (dead letters)"))
        self.errors.setAccessibleName(self.tr("Recent problems"))
        self.sync_now.set_text(self.tr("Sync now"))
        self.retry.set_text(self.tr("Send the refused changes again"))
        self._render()

    def shown(self) -> None:
        sync = self.ctx.sync
        if sync is None:
            self._render()
            return
        self.show_status(sync.status())
        self.run(sync.dead_letters, self._on_dead_letters_loaded)

    def show_status(self, status: Any) -> None:
        """The worker reported (on the GUI thread, through the app's bridge)."""
        self._status = status
        self._render()

    def _render(self) -> None:
        status = self._status
        if self.ctx.sync is None or status is None:
            self.state.setText(
                self.tr(
                    "No central register is set: this room works offline. Set its address "
                    "in Settings to sync."
                )
            )
            self.figures.setText("")
            self.sync_now.setEnabled(False)
            self.retry.setEnabled(False)
            return
        shown = indicator(status, now=self.ctx.now())
        states = {
            "off": self.tr("Not syncing: no register address or device token is set."),
            "online": self.tr("Online: the register answered the last sync."),
            "syncing": self.tr("Syncing now."),
            "offline": self.tr(
                "Offline: the register cannot be reached. Nothing is lost; sync starts again "
                "by itself as soon as it answers."
            ),
            "refused": self.tr(
                "The register refused this kiosk's token. Ask the register's administrator "
                "for a new device token."
            ),
        }
        self.state.setText(states.get(shown.state, shown.state))
        last = shown.last_success or self.tr("never")
        self.figures.setText(
            self.tr("Changes waiting: %1 · Refused: %2 · Last successful sync: %3")
            .replace("%1", str(shown.pending))
            .replace("%2", str(shown.dead))
            .replace("%3", last)
        )
        self.errors.clear()
        self.errors.addItems(error_lines(status) or [self.tr("None")])
        self.sync_now.setEnabled(True)
        self.retry.setEnabled(shown.dead > 0)

    def _on_dead_letters_loaded(self, letters: list[Any]) -> None:
        self.dead.clear()
        for letter in letters:
            self.dead.addItem(
                f"{letter.entity} {letter.entity_id[:8]} · {letter.reason} · {letter.attempts} x"
            )
        if not letters:
            self.dead.addItem(self.tr("None"))

    def _on_sync_now_clicked(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.trigger()
            self.ctx.notify(self.tr("Syncing now."), "info")

    def _on_retry_clicked(self) -> None:
        sync = self.ctx.sync
        if sync is None:
            return
        self.run(sync.retry_dead_letters, lambda _n: self.shown())
