"""The facilitator's page (behind the PIN): the room in figures and the facilitator's tools."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.catalogue import RoomOverview
from kiosk.dto.golive import DemoRemoval
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.golive import demo_summary
from screens.widgets import Button, label

FIGURES = (
    "in_room_now",
    "visits_this_month",
    "people",
    "active_projects",
    "stories",
    "upcoming_events",
    "outbox_pending",
)


class FacilitatorScreen(Screen):
    """Figures, changing the PIN, settings, locking, and leaving kiosk mode."""

    name = "facilitator"
    demo_removed = Signal()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("facilitator.title", "h1")
        self.body.addWidget(self.title)
        # The figures and the tools scroll (a dozen tools do not fit a 1280x800 screen in
        # Welsh); locking and closing stay at the foot of the page.
        host = QWidget()
        host.setProperty("screen", True)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(20)
        scroll = QScrollArea()
        scroll.setObjectName("facilitator.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        grid = QGridLayout()
        grid.setSpacing(20)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for index, key in enumerate(FIGURES):
            card = QFrame()
            card.setProperty("role", "card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(24, 16, 24, 16)
            value = label(f"facilitator.figure.{key}", "stat", wrap=False)
            caption = label(f"facilitator.caption.{key}", "muted")
            value.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(value)
            layout.addWidget(caption)
            grid.addWidget(card, index // 4, index % 4)
            self.values[key] = value
            self.captions[key] = caption
        column.addLayout(grid)
        self.demo_note = label("facilitator.demo_note", "muted")
        column.addWidget(self.demo_note)
        # The buttons wrap onto more rows where one row would squeeze their words (portrait).
        row = FlowLayout(spacing=20)
        self.change_pin = Button("facilitator.change_pin")
        self.change_pin.clicked.connect(lambda: self.ctx.navigate("pin:set"))
        self.settings = Button("nav.settings.facilitator")
        self.settings.clicked.connect(lambda: self.ctx.navigate("settings"))
        self.whoshere = Button("nav.whoshere", "primary")
        self.whoshere.clicked.connect(lambda: self.ctx.navigate("whoshere"))
        self.people = Button("nav.people")
        self.people.clicked.connect(lambda: self.ctx.navigate("people"))
        self.departments = Button("nav.departments")
        self.departments.clicked.connect(lambda: self.ctx.navigate("departments"))
        self.showcase = Button("nav.showcase")
        self.showcase.clicked.connect(lambda: self.ctx.navigate("showcase"))
        self.events = Button("nav.eventadmin")
        self.events.clicked.connect(lambda: self.ctx.navigate("eventadmin"))
        self.imports = Button("nav.imports")
        self.imports.clicked.connect(lambda: self.ctx.navigate("imports"))
        self.stories = Button("nav.storyadmin")
        self.stories.clicked.connect(lambda: self.ctx.navigate("storyadmin"))
        self.exports = Button("nav.exports")
        self.exports.clicked.connect(lambda: self.ctx.navigate("exports"))
        self.lock = Button("facilitator.lock", "primary")
        self.lock.clicked.connect(lambda: self.ctx.navigate("attract"))
        self.exit = Button("facilitator.exit", "danger")
        self.exit.clicked.connect(lambda: self.ctx.navigate("exit"))
        self.backups = Button("facilitator.backups")
        self.backups.clicked.connect(lambda: self.ctx.navigate("backups"))
        self.remove_demo = Button("facilitator.remove_demo", "danger")
        self.remove_demo.clicked.connect(self._on_remove_demo_clicked)
        self.remove_demo.hide()  # only while the room holds demo content
        for button in (
            self.whoshere,
            self.people,
            self.departments,
            self.events,
            self.imports,
            self.exports,
            self.showcase,
            self.stories,
            self.change_pin,
            self.settings,
            self.backups,
            self.remove_demo,
        ):
            row.addWidget(button)
        column.addLayout(row)
        column.addStretch(1)
        self.body.addWidget(scroll, 1)
        leave = QHBoxLayout()
        leave.setSpacing(20)
        for button in (self.lock, self.exit):
            leave.addWidget(button)
        leave.addStretch(1)
        self.body.addLayout(leave)
        self._overview: RoomOverview | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Facilitator"))
        captions = {
            "in_room_now": self.tr("in the room now"),
            "visits_this_month": self.tr("visits this month"),
            "people": self.tr("people registered"),
            "active_projects": self.tr("active projects"),
            "stories": self.tr("success stories"),
            "upcoming_events": self.tr("events coming up"),
            "outbox_pending": self.tr("changes waiting to sync"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.whoshere.set_text(self.tr("Who's here"))
        self.people.set_text(self.tr("People and privacy"))
        self.departments.set_text(self.tr("Departments"))
        self.showcase.set_text(self.tr("Showcase and screens"))
        self.events.set_text(self.tr("Events"))
        self.imports.set_text(self.tr("Import from a USB drive"))
        self.stories.set_text(self.tr("Write success stories"))
        self.exports.set_text(self.tr("Exports"), self.tr("Exports: files saved at the kiosk"))
        self.change_pin.set_text(self.tr("Change PIN"))
        self.settings.set_text(self.tr("Settings"))
        self.lock.set_text(self.tr("Lock and return to welcome"))
        self.exit.set_text(self.tr("Close the kiosk"))
        self.remove_demo.set_text(self.tr("Remove the demo"))
        self.backups.set_text(self.tr("Backups"))
        self._render()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.catalogue.room_overview(), self._on_overview_loaded)

    def _on_overview_loaded(self, overview: RoomOverview) -> None:
        self._overview = overview
        self._render()

    def _render(self) -> None:
        overview = self._overview
        for key, widget in self.values.items():
            widget.setText("–" if overview is None else str(getattr(overview, key)))
        self.demo_note.setText(
            self.tr("This room is showing demo content: made-up people, projects and events.")
            if overview is not None and overview.is_demo
            else ""
        )
        self.remove_demo.setVisible(overview is not None and overview.is_demo)

    def _on_remove_demo_clicked(self) -> None:
        self.run(lambda: self.ctx.ops.golive.preview_demo_removal(), self._on_demo_preview_loaded)

    def _on_demo_preview_loaded(self, preview: DemoRemoval) -> None:
        s = demo_summary(preview)
        text = (
            self.tr(
                "This removes every demo record: %1 people, %2 projects, %3 stories, %4 events, "
                "%5 visits and %6 other records. Kept: your %7 own records, and %8 demo records "
                "that your own records point at. Nothing is sent to the register."
            )
            .replace("%1", str(s.people))
            .replace("%2", str(s.projects))
            .replace("%3", str(s.stories))
            .replace("%4", str(s.events))
            .replace("%5", str(s.visits))
            .replace("%6", str(s.other))
            .replace("%7", str(s.real_records))
            .replace("%8", str(s.kept_demo))
        )
        overlay: Any = self.window().overlay  # type: ignore[attr-defined]
        overlay.ask(
            self.tr("Remove the demo?"),
            text,
            [
                ("facilitator.remove_demo.cancel", self.tr("Keep it"), "", None),
                (
                    "facilitator.remove_demo.confirm",
                    self.tr("Remove the demo"),
                    "danger",
                    self._remove_demo,
                ),
            ],
        )

    def _remove_demo(self) -> None:
        self.run(lambda: self.ctx.ops.golive.remove_demo(), self._on_demo_removed)

    def _on_demo_removed(self, removal: DemoRemoval) -> None:
        self.ctx.notify(
            self.tr("The demo is removed: %1 records gone, %2 of your own kept.")
            .replace("%1", str(removal.removed_total))
            .replace("%2", str(removal.real_records)),
            "info",
        )
        self.demo_removed.emit()
        self.shown()
