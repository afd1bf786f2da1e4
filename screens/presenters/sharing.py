"""The rules of a running session: the clock, chimes, airtime, cards on display, ballots."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.dto.sessions import ContributionView, ItemView, SessionDetail, VoteResult
from kiosk.session_clock import (
    AirtimeMeter,
    AirtimeShare,
    ClockEvent,
    ClockEventKind,
    ClockSegment,
    ClockState,
    ClockView,
    Monotonic,
    SessionClock,
)

CHIME_ONE_MINUTE = "chime_one_minute"
CHIME_END = "chime_end"
KINDS = ("idea", "tip", "problem", "question", "action")
ITEM_KINDS = ("project", "chart", "story", "team")
EXTEND_STEPS = (60, 300)

Chime = Callable[[str], None]


def no_chime(_name: str) -> None:
    """The default chime: silence (the audio layer is injected by the composition root)."""


def clock_text(seconds: float) -> str:
    """Seconds as "m:ss" (or "h:mm:ss"), rounded up so a countdown reaches 0:00 at the end."""
    whole = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Recorded:
    """What the clock did that the store should know: segments begun and ended, turns spoken."""

    started: tuple[int, ...] = ()
    ended: tuple[tuple[int, int, bool], ...] = ()  # position, extended seconds, skipped
    airtime: tuple[tuple[str, float], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.started or self.ended or self.airtime)


@dataclass(frozen=True)
class PresenterModel:
    """Everything the AV display shows, in one frozen value."""

    title: str
    state: str  # "none", "ready", "running", "paused", "finished", "closed"
    segment_title: str
    segment_number: int  # 1-based; 0 before the start
    segment_count: int
    remaining_text: str
    remaining_fraction: float  # 1.0 at the start of the segment or slot, 0.0 at its end
    warning: bool  # a minute or less left
    team: str | None
    slot_number: int
    slot_count: int
    next_title: str
    item: ItemView | None
    cards: dict[str, tuple[ContributionView, ...]]
    results: tuple[VoteResult, ...]
    revealed: bool
    airtime: tuple[AirtimeShare, ...]


@dataclass
class SessionRun:
    """The session in hand and its live parts."""

    detail: SessionDetail
    clock: SessionClock
    meter: AirtimeMeter
    item_id: str | None = None
    closed: bool = False


@dataclass
class Ballot:
    """A participant's dots at the kiosk: an opaque key, never who they are."""

    key: str
    used: int = 0
    allowed: int = 0


@dataclass
class ParticipantState:
    """The kiosk side: a ballot in progress and a rating chosen."""

    ballot: Ballot | None = None
    rating: int | None = None
    sent_feedback: bool = False


class SessionPresenter:
    """Decides what a session does as time passes and the facilitator acts.

    The console and the AV display render `model()`; the console persists what `tick()` and
    the actions return (`Recorded`). The chime hook gets "chime_one_minute" and "chime_end".
    """

    def __init__(self, *, monotonic: Monotonic, chime: Chime = no_chime) -> None:
        self._monotonic = monotonic
        self.chime = chime
        self.run: SessionRun | None = None
        self.participant = ParticipantState()
        self.audio_problem: str | None = None
        self._audio_said = False

    # --- loading ------------------------------------------------------------------------------

    def load(self, detail: SessionDetail) -> None:
        """Take a session in hand (a fresh clock when it is another session)."""
        if self.run is not None and self.run.detail.id == detail.id:
            self.run.detail = detail
            self.run.closed = detail.state == "closed"
            return
        teams = tuple(i.label for i in detail.items if i.kind == "team")
        segments = [
            ClockSegment(
                s.title,
                s.planned_seconds,
                teams if s.kind == "round_robin" and teams else (),
            )
            for s in detail.segments
        ]
        labels = list(teams) or [a.first_name for a in detail.attendees]
        self.run = SessionRun(
            detail=detail,
            clock=SessionClock(segments, monotonic=self._monotonic),
            meter=AirtimeMeter(labels, monotonic=self._monotonic),
            closed=detail.state == "closed",
        )
        self.participant = ParticipantState()

    def update(self, detail: SessionDetail) -> None:
        """Fresh data for the session in hand (cards, votes, actions)."""
        if self.run is not None and self.run.detail.id == detail.id:
            self.run.detail = detail
            self.run.closed = detail.state == "closed"

    def clear(self) -> None:
        """No session in hand."""
        self.run = None
        self.participant = ParticipantState()

    @property
    def session_id(self) -> str | None:
        """The id of the session in hand."""
        return self.run.detail.id if self.run else None

    # --- the clock ------------------------------------------------------------------------------

    def start(self) -> Recorded:
        """Start the agenda."""
        if self.run is None or self.run.closed:
            return Recorded()
        return self._handle(self.run.clock.start())

    def pause(self) -> None:
        """Pause the countdown (and the speaker's clock)."""
        if self.run is not None:
            self.run.clock.pause()

    def resume(self) -> None:
        """Carry on."""
        if self.run is not None:
            self.run.clock.resume()

    def extend(self, seconds: int) -> None:
        """More time for the current segment (or team slot)."""
        if self.run is not None:
            self.run.clock.extend(seconds)

    def skip(self) -> Recorded:
        """Skip the rest of the current segment."""
        if self.run is None:
            return Recorded()
        return self._handle(self.run.clock.skip())

    def next_slot(self) -> Recorded:
        """Pass to the next team in a round robin."""
        if self.run is None:
            return Recorded()
        return self._handle(self.run.clock.next_slot())

    def tick(self) -> Recorded:
        """Let time pass: chimes at one minute left and at each end; segments advance."""
        if self.run is None:
            return Recorded()
        return self._handle(self.run.clock.tick())

    @property
    def clock_state(self) -> str:
        """ "none", or the clock's state."""
        return "none" if self.run is None else self.run.clock.state.value

    def clock_view(self) -> ClockView | None:
        """The clock as it stands."""
        return None if self.run is None else self.run.clock.view()

    def _handle(self, events: list[ClockEvent]) -> Recorded:
        assert self.run is not None
        started: list[int] = []
        ended: list[tuple[int, int, bool]] = []
        warn = end = False
        for event in events:
            if event.kind is ClockEventKind.ONE_MINUTE_LEFT:
                warn = True
            elif event.kind is ClockEventKind.SLOT_ENDED:
                end = True
            elif event.kind is ClockEventKind.SEGMENT_ENDED:
                end = end or not event.skipped
                ended.append((event.segment, event.extended_seconds, event.skipped))
            elif event.kind is ClockEventKind.SEGMENT_STARTED:
                started.append(event.segment)
        if end:
            self.chime(CHIME_END)
        elif warn:
            self.chime(CHIME_ONE_MINUTE)
        turns = self.run.meter.take_turns()
        return Recorded(tuple(started), tuple(ended), tuple(turns))

    # --- airtime ------------------------------------------------------------------------------

    def speaker_tapped(self, label: str | None) -> Recorded:
        """The facilitator tapped who is speaking (None: nobody)."""
        if self.run is None:
            return Recorded()
        self.run.meter.set_speaker(label)
        return Recorded(airtime=tuple(self.run.meter.take_turns()))

    def voice_activity(self, active: bool) -> None:
        """The microphone heard speech start or stop: the current speaker's clock follows."""
        if self.run is not None:
            self.run.meter.voice_activity(active)

    def finish_airtime(self) -> tuple[tuple[str, float], ...]:
        """End the current turn (closing); the turns to store."""
        return () if self.run is None else tuple(self.run.meter.finish())

    def airtime(self) -> tuple[AirtimeShare, ...]:
        """Everyone's share, in the order given (a balance, never a ranking)."""
        return () if self.run is None else tuple(self.run.meter.shares())

    def speakers(self) -> tuple[str, ...]:
        """The labels the facilitator can tap."""
        return tuple(s.label for s in self.airtime())

    # --- audio ----------------------------------------------------------------------------------

    def audio_unavailable(self, reason: str) -> bool:
        """Audio failed; True the first time only, when the facilitator should be told."""
        self.audio_problem = reason
        if self._audio_said:
            return False
        self._audio_said = True
        return True

    # --- what is on screen ---------------------------------------------------------------------

    def present(self, item_id: str | None) -> None:
        """Put an item (project, chart, story) on the AV display, or take it off."""
        if self.run is not None:
            self.run.item_id = item_id

    def visible_cards(self) -> list[ContributionView]:
        """Cards on display: neither hidden nor merged into another."""
        if self.run is None:
            return []
        return [
            c for c in self.run.detail.contributions if not c.hidden and c.merged_into_id is None
        ]

    def model(self) -> PresenterModel:
        """What the AV display shows now."""
        run = self.run
        if run is None:
            return PresenterModel(
                "", "none", "", 0, 0, "", 0.0, False, None, 0, 0, "", None, {}, (), False, ()
            )
        view = run.clock.view()
        segments = run.detail.segments
        state = "closed" if run.closed else view.state.value
        number = 0 if view.state is ClockState.READY else min(view.segment + 1, len(segments))
        following = view.segment + 1 if view.state is not ClockState.READY else 0
        next_title = segments[following].title if following < len(segments) else ""
        cards: dict[str, tuple[ContributionView, ...]] = {}
        for kind in KINDS:
            chosen = tuple(c for c in self.visible_cards() if c.kind == kind)
            if chosen:
                cards[kind] = chosen
        item = next((i for i in run.detail.items if i.id == run.item_id), None)
        allowed = view.allowed or 1.0
        running = view.state in (ClockState.RUNNING, ClockState.PAUSED)
        return PresenterModel(
            title=run.detail.title,
            state=state,
            segment_title=view.title if running else "",
            segment_number=number,
            segment_count=len(segments),
            remaining_text=clock_text(view.remaining) if running else "",
            remaining_fraction=max(0.0, min(1.0, view.remaining / allowed)) if running else 0.0,
            warning=running and view.remaining <= 60,
            team=view.team,
            slot_number=(view.slot or 0) + 1 if view.slot is not None else 0,
            slot_count=view.slots,
            next_title=next_title,
            item=item,
            cards=cards,
            results=run.detail.results,
            revealed=run.detail.revealed,
            airtime=self.airtime(),
        )

    # --- the kiosk side --------------------------------------------------------------------------

    def start_ballot(self) -> Ballot:
        """A participant starts voting: a fresh opaque key with N dots."""
        allowed = self.run.detail.votes_per_person if self.run else 0
        ballot = Ballot(key=uuid.uuid4().hex, used=0, allowed=allowed)
        self.participant.ballot = ballot
        return ballot

    def vote_counted(self, used: int, allowed: int) -> None:
        """The store counted a dot."""
        if self.participant.ballot is not None:
            self.participant.ballot.used = used
            self.participant.ballot.allowed = allowed

    def end_ballot(self) -> None:
        """The participant finished voting (or walked away)."""
        self.participant.ballot = None

    def choose_rating(self, rating: int) -> None:
        """A rating from 1 to 5 picked."""
        self.participant.rating = rating if 1 <= rating <= 5 else None

    def reset_participant(self) -> None:
        """Idle: forget the ballot and rating in progress."""
        self.participant = ParticipantState()
