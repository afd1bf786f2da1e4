"""The showcase loop's state between slide boundaries (plain Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.dto.showcase import SlideShowing

# Kinds that rotate through every approved item when a playlist entry names none.
ROTATING = ("project", "story")


@dataclass(frozen=True)
class CompletedShowing:
    """A slide that played to its end: what proof of play records."""

    kind: str
    item_id: str | None
    started_at: datetime


@dataclass
class LoopState:
    """Where a loop is: the entry just shown, the rotation per kind and the slide on screen.

    The scheduler is asked again at every boundary with ``after_position`` and ``rotations``,
    so playlist edits, time windows, moderation and notices take effect at the next slide.
    """

    loop: str
    after_position: int | None = None
    rotations: dict[str, int] = field(default_factory=dict)
    current: SlideShowing | None = None
    started_at: datetime | None = None

    def begin(self, showing: SlideShowing, now: datetime) -> int:
        """A slide goes on screen; returns how long it stays, in seconds."""
        self.current, self.started_at = showing, now
        if showing.position is not None:
            self.after_position = showing.position
        if showing.kind in ROTATING:
            self.rotations[showing.kind] = self.rotations.get(showing.kind, 0) + 1
        return max(1, showing.duration_s)

    def finish(self) -> CompletedShowing | None:
        """The slide's time is up: the completed showing, or None when nothing was showing."""
        current, started = self.current, self.started_at
        self.current, self.started_at = None, None
        if current is None or started is None:
            return None
        return CompletedShowing(current.kind, current.item_id, started)

    def interrupt(self) -> None:
        """The slide was cut short (a notice, the kiosk leaving idle): it is not logged."""
        self.current, self.started_at = None, None
