"""What's on: upcoming meetings, workshops, focus groups and coffee meet-ups, today first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.dto.catalogue import EventCard
from screens import words
from screens.base import Screen, ScreenContext
from screens.i18n import qdate
from screens.presenters.events import group_by_day, local
from screens.widgets import CardList, label


class EventsScreen(Screen):
    """Upcoming events by day, in the room's local time."""

    name = "events"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("events.title", "h1")
        self.body.addWidget(self.title)
        self.list = CardList("events.list")
        self.body.addWidget(self.list, 1)
        self._events: list[EventCard] | None = None
        self.retranslate()

    def kind_name(self, kind: str) -> str:
        """The translated name of an event kind (screens.words names them once)."""
        return words.event_kind_name(kind)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What's on"))
        self.list.setAccessibleName(self.tr("Upcoming events"))
        self._render()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.catalogue.upcoming_events(), self._on_events_loaded)

    def _on_events_loaded(self, events: list[EventCard]) -> None:
        self._events = events
        self._render()

    def _render(self) -> None:
        self.list.clear()
        if self._events is None:
            return
        if not self._events:
            self.list.add_heading(
                self.tr("Nothing is booked yet. Ask a facilitator about upcoming sessions.")
            )
            return
        locale = self.ctx.languages.locale
        welsh = self.ctx.languages.current == "cy"
        for day in group_by_day(self._events, now=self.ctx.now()):
            heading = {"today": self.tr("Today"), "tomorrow": self.tr("Tomorrow")}.get(
                day.relative, ""
            ) or locale.toString(qdate(day.day), "dddd d MMMM")
            self.list.add_heading(heading)
            for event in day.events:
                start, end = local(event.starts_at), local(event.ends_at)
                title = event.title_cy if welsh else event.title_en
                about = words.bilingual_text(
                    event.description_cy, event.description_en, "cy" if welsh else "en"
                )
                where = " · ".join(p for p in (self.kind_name(event.kind), event.location) if p)
                self.list.add_card(
                    f"{start:%H:%M}–{end:%H:%M}  {title}",
                    [where, about] if about else [where],
                    key=event.id,
                    content=False,
                )
