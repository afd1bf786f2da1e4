"""Home: large touch tiles for what visitors come to do, and the room at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from screens.base import Screen, ScreenContext
from screens.widgets import Button, Tile, label

if TYPE_CHECKING:  # the first screen: its figures' type is not needed to paint it
    from kiosk.dto.catalogue import RoomOverview

TILES = ("checkin", "projects", "stories", "events", "sharing", "qnet")


class HomeScreen(Screen):
    """Five tiles, a line of room figures, and the facilitator's way in."""

    name = "home"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("home.title", "h1")
        self.body.addWidget(self.title)
        self.summary = label("home.summary", "lead")
        self.body.addWidget(self.summary)
        self.grid = grid = QGridLayout()
        grid.setSpacing(28)
        self.tiles: dict[str, Tile] = {}
        for index, screen in enumerate(TILES):
            tile = Tile(f"nav.{screen}")
            tile.clicked.connect(lambda _=False, s=screen: self.ctx.navigate(s))
            grid.addWidget(tile, index // 3, index % 3)
            self.tiles[screen] = tile
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid, 1)
        self._spare = self.body.count()
        self.body.addStretch(0)  # takes the spare height in portrait, where tiles fit content
        footer = QHBoxLayout()
        # Shown while a visitor is identified (a pass scanned, or found at check-in).
        self.my_settings = Button("home.my_settings", "primary")
        self.my_settings.clicked.connect(lambda: self.ctx.navigate("mysettings"))
        self.my_settings.hide()
        footer.addWidget(self.my_settings)
        footer.addStretch(1)
        self.facilitator = Button("nav.facilitator")
        self.facilitator.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        self.settings = Button("nav.settings")
        self.settings.clicked.connect(lambda: self.ctx.navigate("settings"))
        footer.addWidget(self.facilitator)
        footer.addWidget(self.settings)
        self.body.addLayout(footer)
        self._overview: RoomOverview | None = None
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """Three columns of tall tiles in landscape; two columns of tiles as high as their
        words in portrait, the spare room below them."""
        columns = 2 if portrait else 3
        for index, screen in enumerate(TILES):
            tile = self.tiles[screen]
            self.grid.removeWidget(tile)
            self.grid.addWidget(tile, index // columns, index % columns)
            vertical = QSizePolicy.Policy.Maximum if portrait else QSizePolicy.Policy.Expanding
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.body.setStretchFactor(self.grid, 0 if portrait else 1)
        self.body.setStretch(self._spare, 1 if portrait else 0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        texts = {
            "checkin": (self.tr("Check in"), self.tr("Tell us you are here and what you came for")),
            "projects": (self.tr("Projects"), self.tr("Browse QI projects and find similar work")),
            "stories": (self.tr("Success stories"), self.tr("See what teams have achieved")),
            "events": (self.tr("What's on"), self.tr("Workshops, meetings and coffee meet-ups")),
            "sharing": (self.tr("Share & workshops"), self.tr("Group sessions on the big screen")),
            "qnet": (
                self.tr("People & coffee"),
                self.tr("Peer supporters, coffee trials and topic boards"),
            ),
        }
        for screen, (title, line) in texts.items():
            self.tiles[screen].set_tile_text(title, line)
        self.facilitator.set_text(self.tr("Facilitator"))
        self.settings.set_text(self.tr("Settings"))
        self.my_settings.set_text(self.tr("My settings"))
        self._render_summary()

    def reset(self) -> None:
        self.my_settings.hide()

    def shown(self) -> None:
        self.my_settings.setVisible(self.ctx.person() is not None)
        self.run(lambda: self.ctx.ops.catalogue.room_overview(), self._on_overview_loaded)

    def _on_overview_loaded(self, overview: RoomOverview) -> None:
        self._overview = overview
        self._render_summary()

    def _render_summary(self) -> None:
        overview = self._overview
        if overview is None:
            self.summary.setText(self.tr("Qspace: peer support for quality improvement."))
            return
        self.summary.setText(
            self.tr("%1 active projects · %2 events coming up · %3 visits this month")
            .replace("%1", str(overview.active_projects))
            .replace("%2", str(overview.upcoming_events))
            .replace("%3", str(overview.visits_this_month))
        )
