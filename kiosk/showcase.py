"""The showcase playlist scheduler: which slide plays next, decided afresh at each boundary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from kiosk.errors import ErrorCode, KioskError

KINDS = frozenset(
    {
        "project",
        "story",
        "thanks",
        "whats_on",
        "hot_topics",
        "room_numbers",
        "welcome",
        "emergency",
    }
)
# Slides built from room-wide figures or the room's own content: nothing for a facilitator to vet.
NO_APPROVAL_KINDS = frozenset({"welcome", "whats_on", "hot_topics", "room_numbers"})
ALL_DAYS = frozenset(range(7))  # datetime.weekday(): Monday is 0
MIN_DURATION_S = 3
MAX_DURATION_S = 600
WELCOME_DURATION_S = 20
# The longest thanks note fields (the kiosk form and the core share them).
THANKS_LIMITS = {"to_whom": 80, "message": 280, "signed": 60}


def thanks_field_problem(field: str, value: str) -> KioskError | None:
    """What is wrong with one field of a thanks note (to_whom, message, signed), or None."""
    value = value.strip()
    if field != "signed" and not value:
        return KioskError(ErrorCode.THANKS_INVALID, field=field, reason="empty")
    if len(value) > THANKS_LIMITS[field]:
        return KioskError(
            ErrorCode.THANKS_INVALID, field=field, reason="too_long", limit=THANKS_LIMITS[field]
        )
    return None


# An emergency slide is shown for this long, then the caller asks again, so clearing it takes
# effect within one re-check.
EMERGENCY_RECHECK_S = 30


@dataclass(frozen=True)
class SlideRef:
    """One slide: its kind and, for per-item kinds (project, story, thanks), the item's id."""

    kind: str
    item_id: str | None


@dataclass(frozen=True)
class PlaylistEntry:
    """A slide's place in the loop, its duration and its optional day and time window.

    ``start`` is inclusive and ``end`` exclusive; ``start > end`` crosses midnight and belongs to
    the day it starts on. A missing ``start`` means midnight, a missing ``end`` the end of the day.
    """

    position: int
    slide: SlideRef
    duration_s: int
    weekdays: frozenset[int] = field(default=ALL_DAYS)
    start: time | None = None
    end: time | None = None
    enabled: bool = True


@dataclass(frozen=True)
class Emergency:
    """An urgent message a facilitator raised; it overrides every loop until cleared."""

    text: str
    raised_at: datetime


EMERGENCY_SLIDE = SlideRef("emergency", None)
WELCOME_SLIDE = SlideRef("welcome", None)


def validate_entry(entry: PlaylistEntry) -> None:
    """Check a playlist entry before it is stored.

    Raises:
        KioskError: PLAYLIST_ENTRY_INVALID with ``reason``: "kind" (unknown, or ``emergency``,
            which is raised, never scheduled), "duration" (outside 3..600 s, with ``low`` and
            ``high``), "window" (starts and ends at the same time) or "weekdays" (no day).
    """
    kind = entry.slide.kind
    if kind not in KINDS or kind == EMERGENCY_SLIDE.kind:
        raise KioskError(ErrorCode.PLAYLIST_ENTRY_INVALID, reason="kind", value=kind[:24])
    if not MIN_DURATION_S <= entry.duration_s <= MAX_DURATION_S:
        raise KioskError(
            ErrorCode.PLAYLIST_ENTRY_INVALID,
            reason="duration",
            value=entry.duration_s,
            low=MIN_DURATION_S,
            high=MAX_DURATION_S,
        )
    if entry.start is not None and entry.start == entry.end:
        raise KioskError(
            ErrorCode.PLAYLIST_ENTRY_INVALID,
            reason="window",
            value=entry.start.isoformat("minutes"),
        )
    if not entry.weekdays or not entry.weekdays <= ALL_DAYS:
        raise KioskError(ErrorCode.PLAYLIST_ENTRY_INVALID, reason="weekdays", value="")


def _in_window(entry: PlaylistEntry, now_local: datetime) -> bool:
    start = entry.start or time.min
    end = entry.end
    now = now_local.time().replace(tzinfo=None)
    if end is None or start < end:
        return now >= start and (end is None or now < end) and now_local.weekday() in entry.weekdays
    # Crosses midnight: the part after midnight belongs to the day the window opened.
    if now >= start:
        return now_local.weekday() in entry.weekdays
    if now < end:
        return (now_local - timedelta(days=1)).weekday() in entry.weekdays
    return False


def _shown(slide: SlideRef, approved: Callable[[SlideRef], bool]) -> bool:
    if slide.kind not in KINDS or slide.kind == EMERGENCY_SLIDE.kind:
        return False
    return slide.kind in NO_APPROVAL_KINDS or approved(slide)


def eligible(
    entries: Iterable[PlaylistEntry],
    *,
    now_local: datetime,
    approved: Callable[[SlideRef], bool],
) -> list[PlaylistEntry]:
    """The entries that may play at ``now_local``, ordered by position.

    Args:
        entries: the playlist, in any order.
        now_local: the room's local wall-clock time.
        approved: whether an item is approved and not hidden; asked only for kinds that need it.
    """
    return sorted(
        (
            e
            for e in entries
            if e.enabled and _in_window(e, now_local) and _shown(e.slide, approved)
        ),
        key=lambda e: e.position,
    )


@dataclass(frozen=True)
class Upcoming:
    """The slide to show next, for how long, and the playlist position it came from.

    ``position`` is None for the welcome fallback and the emergency slide, which are not in
    the playlist; the caller passes it back as ``after_position`` at the next boundary.
    """

    slide: SlideRef
    duration_s: int
    position: int | None


def next_entry(
    entries: Iterable[PlaylistEntry],
    *,
    after_position: int | None,
    now_local: datetime,
    approved: Callable[[SlideRef], bool],
    emergency: Emergency | None,
) -> Upcoming:
    """The slide to show next; call it again at every slide boundary.

    Args:
        entries: the playlist, in any order.
        after_position: the position of the entry just shown, or None to start the loop.
        now_local: the room's local wall-clock time.
        approved: whether an item is approved and not hidden.
        emergency: the raised emergency, if any; it overrides the loop.
    """
    if emergency is not None:
        return Upcoming(EMERGENCY_SLIDE, EMERGENCY_RECHECK_S, after_position)
    playable = eligible(entries, now_local=now_local, approved=approved)
    if not playable:
        return Upcoming(WELCOME_SLIDE, WELCOME_DURATION_S, None)
    chosen = playable[0]
    if after_position is not None:
        chosen = next((e for e in playable if e.position > after_position), playable[0])
    return Upcoming(chosen.slide, chosen.duration_s, chosen.position)


def next_slide(
    entries: Iterable[PlaylistEntry],
    *,
    after_position: int | None,
    now_local: datetime,
    approved: Callable[[SlideRef], bool],
    emergency: Emergency | None,
) -> tuple[SlideRef, int]:
    """The slide to show next and for how many seconds (see next_entry)."""
    upcoming = next_entry(
        entries,
        after_position=after_position,
        now_local=now_local,
        approved=approved,
        emergency=emergency,
    )
    return upcoming.slide, upcoming.duration_s
