"""My settings' rules: where the visitor stands in the coffee trials, snoozing, the "don't pair
me with" picker and the peer-supporter topics being chosen. Plain Python, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from kiosk.dto.checkin import PersonMatch
from kiosk.dto.qnet import VisitorSettings

SNOOZE_DAYS = 14
AVOID_RESULTS = 4
MIN_QUERY = 2


class Coffee(Enum):
    """The visitor's place in the coffee trials."""

    OUT = "out"
    IN = "in"
    SNOOZED = "snoozed"  # in the pool, left out of rounds until a date


def coffee_place(settings: VisitorSettings, today: date) -> Coffee:
    """OUT, IN, or SNOOZED while the snooze date is today or later (rounds held after it
    include them again)."""
    if not settings.coffee_opted_in:
        return Coffee.OUT
    if settings.snoozed_until is not None and settings.snoozed_until >= today:
        return Coffee.SNOOZED
    return Coffee.IN


def snooze_until(today: date) -> date:
    """The last day of a snooze started today."""
    return today + timedelta(days=SNOOZE_DAYS)


@dataclass
class MySettingsState:
    """What the page shows; reset forgets it all."""

    settings: VisitorSettings | None = None
    topics: set[str] = field(default_factory=set)  # the peer-supporter topics being chosen
    query: str = ""
    matches: list[PersonMatch] = field(default_factory=list)


class MySettingsPresenter:
    """Decides what My settings offers; the screen renders its state and forwards touches."""

    def __init__(self) -> None:
        self.state = MySettingsState()

    def reset(self) -> None:
        """Nothing about the visitor kept."""
        self.state = MySettingsState()

    def loaded(self, settings: VisitorSettings) -> None:
        """The visitor's settings arrived (or came back after a change)."""
        self.state.settings = settings
        self.state.topics = set(settings.supporter_topics)

    def toggle_topic(self, slug: str) -> None:
        """Choose or unchoose a topic to offer help with."""
        self.state.topics ^= {slug}

    @property
    def may_offer_help(self) -> bool:
        """Peer supporters are listed by first name: offering needs consent to be shown and at
        least one topic."""
        settings = self.state.settings
        return settings is not None and settings.consent_display and bool(self.state.topics)

    def wants_search(self, query: str) -> bool:
        """Record what was typed in the avoid-list search; whether it is long enough."""
        self.state.query = query
        if len(query.strip()) < MIN_QUERY:
            self.state.matches = []
            return False
        return True

    def matches_found(self, query: str, matches: list[PersonMatch]) -> bool:
        """Keep the people found (not the visitor, not anyone already avoided) unless the
        visitor typed on since; whether they are shown."""
        settings = self.state.settings
        if query != self.state.query or settings is None:
            return False
        taken = {a.person_id for a in settings.avoiding} | {settings.person_id}
        self.state.matches = [m for m in matches if m.id not in taken][:AVOID_RESULTS]
        return True

    def clear_search(self) -> None:
        """The search is done with (someone was chosen)."""
        self.state.query = ""
        self.state.matches = []
