"""The session clock and the airtime meter: pure state machines driven by a monotonic clock.

Neither reads the wall clock: both are handed a `monotonic()` callable (time.monotonic in the
room, a hand-moved fake in tests), so a whole agenda runs in a test in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

Monotonic = Callable[[], float]

ONE_MINUTE = 60.0


class ClockState(StrEnum):
    """Where the agenda is."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class ClockEventKind(StrEnum):
    """What the clock reports as time passes or the facilitator acts."""

    SEGMENT_STARTED = "segment_started"
    SLOT_STARTED = "slot_started"
    ONE_MINUTE_LEFT = "one_minute_left"
    SLOT_ENDED = "slot_ended"  # a round-robin team's slot ran out
    SEGMENT_ENDED = "segment_ended"  # time up, or skipped (see `skipped`)
    FINISHED = "finished"


@dataclass(frozen=True)
class ClockEvent:
    """One event: which segment (and round-robin slot) it concerns."""

    kind: ClockEventKind
    segment: int
    slot: int | None = None
    skipped: bool = False
    extended_seconds: int = 0


@dataclass(frozen=True)
class ClockSegment:
    """A segment as the clock runs it; `teams` split it into equal round-robin slots."""

    title: str
    seconds: int
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClockView:
    """What the console and the presenter show now."""

    state: ClockState
    segment: int  # index of the current segment (len(segments) when finished)
    title: str
    remaining: float  # seconds left in the current segment, or slot in round robin
    allowed: float  # the current segment's (or slot's) time, with extensions
    team: str | None  # the team whose slot it is, in round robin
    slot: int | None
    slots: int  # how many teams share the segment (0 if it is not round robin)


@dataclass
class _Phase:
    segment: int
    slot: int | None
    seconds: float
    extra: float = 0.0
    warned: bool = False


class SessionClock:
    """Runs an agenda: start, pause, resume, extend, skip; advances when a segment's time is up.

    Round-robin segments are split into one equal slot per team; every segment or slot warns
    at one minute left (if it is longer than a minute) and reports its end, which is when the
    console plays the chimes.
    """

    def __init__(self, segments: Sequence[ClockSegment], *, monotonic: Monotonic) -> None:
        self.segments = tuple(segments)
        self._now = monotonic
        self._phases: list[_Phase] = []
        for index, segment in enumerate(self.segments):
            if segment.teams:
                slot = segment.seconds // len(segment.teams)
                self._phases += [_Phase(index, n, float(slot)) for n in range(len(segment.teams))]
            else:
                self._phases.append(_Phase(index, None, float(segment.seconds)))
        self._phase = 0
        self._state = ClockState.READY if self._phases else ClockState.FINISHED
        self._elapsed = 0.0  # in the current phase, up to the last start or resume
        self._since: float | None = None  # monotonic time of the last start or resume
        self._extended: dict[int, float] = {}

    @property
    def state(self) -> ClockState:
        """Ready, running, paused or finished."""
        return self._state

    def start(self) -> list[ClockEvent]:
        """Start the first segment."""
        if self._state is not ClockState.READY:
            return []
        self._state = ClockState.RUNNING
        self._since = self._now()
        return self._phase_started(first_of_segment=True)

    def pause(self) -> None:
        """Stop the countdown where it is."""
        if self._state is ClockState.RUNNING:
            self._elapsed = self._phase_elapsed()
            self._since = None
            self._state = ClockState.PAUSED

    def resume(self) -> None:
        """Carry on counting down."""
        if self._state is ClockState.PAUSED:
            self._since = self._now()
            self._state = ClockState.RUNNING

    def extend(self, seconds: int) -> None:
        """Give the current segment (in round robin, the current team's slot) more time."""
        if self._state in (ClockState.RUNNING, ClockState.PAUSED):
            phase = self._phases[self._phase]
            phase.extra += seconds
            self._extended[phase.segment] = self._extended.get(phase.segment, 0.0) + seconds
            if self._remaining(phase) > ONE_MINUTE:
                phase.warned = False

    def skip(self) -> list[ClockEvent]:
        """End the current segment now, marked skipped, and start the next one."""
        if self._state not in (ClockState.RUNNING, ClockState.PAUSED):
            return []
        segment = self._phases[self._phase].segment
        events = [self._segment_ended(segment, skipped=True)]
        while self._phase < len(self._phases) and self._phases[self._phase].segment == segment:
            self._phase += 1
        return events + self._enter_phase(first_of_segment=True)

    def next_slot(self) -> list[ClockEvent]:
        """End the current team's slot early and pass to the next team (round robin)."""
        if self._state not in (ClockState.RUNNING, ClockState.PAUSED):
            return []
        return self._advance()

    def tick(self) -> list[ClockEvent]:
        """Check the time: warnings and ends due since the last tick, in order."""
        events: list[ClockEvent] = []
        while self._state is ClockState.RUNNING:
            phase = self._phases[self._phase]
            remaining = self._remaining(phase)
            if not phase.warned and remaining <= ONE_MINUTE and phase.seconds + phase.extra > 60:
                phase.warned = True
                if remaining > 0:
                    events.append(ClockEvent(ClockEventKind.ONE_MINUTE_LEFT, *self._where()))
            if remaining > 0:
                break
            overshoot = -remaining
            events += self._advance()
            if self._state is ClockState.RUNNING:
                self._since = self._now() - overshoot  # time up is where the next begins
        return events

    def view(self) -> ClockView:
        """The clock as it stands."""
        if self._state is ClockState.FINISHED:
            return ClockView(self._state, len(self.segments), "", 0.0, 0.0, None, None, 0)
        phase = self._phases[self._phase]
        segment = self.segments[phase.segment]
        return ClockView(
            state=self._state,
            segment=phase.segment,
            title=segment.title,
            remaining=max(0.0, self._remaining(phase)),
            allowed=phase.seconds + phase.extra,
            team=segment.teams[phase.slot] if phase.slot is not None else None,
            slot=phase.slot,
            slots=len(segment.teams),
        )

    def extended_seconds(self, segment: int) -> int:
        """How much time the facilitator added to a segment."""
        return int(self._extended.get(segment, 0.0))

    # --- inside --------------------------------------------------------------------------

    def _where(self) -> tuple[int, int | None]:
        phase = self._phases[self._phase]
        return phase.segment, phase.slot

    def _phase_elapsed(self) -> float:
        if self._since is None:
            return self._elapsed
        return self._elapsed + (self._now() - self._since)

    def _remaining(self, phase: _Phase) -> float:
        return phase.seconds + phase.extra - self._phase_elapsed()

    def _segment_ended(self, segment: int, *, skipped: bool) -> ClockEvent:
        return ClockEvent(
            ClockEventKind.SEGMENT_ENDED,
            segment,
            skipped=skipped,
            extended_seconds=self.extended_seconds(segment),
        )

    def _advance(self) -> list[ClockEvent]:
        phase = self._phases[self._phase]
        self._phase += 1
        last_of_segment = (
            self._phase >= len(self._phases) or self._phases[self._phase].segment != phase.segment
        )
        if last_of_segment:
            events = []
            if phase.slot is not None:
                events.append(ClockEvent(ClockEventKind.SLOT_ENDED, phase.segment, phase.slot))
            events.append(self._segment_ended(phase.segment, skipped=False))
            return events + self._enter_phase(first_of_segment=True)
        ended = ClockEvent(ClockEventKind.SLOT_ENDED, phase.segment, phase.slot)
        return [ended, *self._enter_phase(first_of_segment=False)]

    def _enter_phase(self, *, first_of_segment: bool) -> list[ClockEvent]:
        self._elapsed = 0.0
        if self._phase >= len(self._phases):
            self._state = ClockState.FINISHED
            self._since = None
            return [ClockEvent(ClockEventKind.FINISHED, len(self.segments))]
        self._since = self._now() if self._state is ClockState.RUNNING else None
        return self._phase_started(first_of_segment=first_of_segment)

    def _phase_started(self, *, first_of_segment: bool) -> list[ClockEvent]:
        phase = self._phases[self._phase]
        events = []
        if first_of_segment:
            events.append(ClockEvent(ClockEventKind.SEGMENT_STARTED, phase.segment))
        if phase.slot is not None:
            events.append(ClockEvent(ClockEventKind.SLOT_STARTED, phase.segment, phase.slot))
        return events


@dataclass(frozen=True)
class AirtimeShare:
    """One participant's or team's speaking time and share of the total (0..1)."""

    label: str
    seconds: float
    share: float
    speaking: bool


class AirtimeMeter:
    """Speaking time per participant or team, from taps and the microphone's voice activity.

    The facilitator taps who is speaking; that starts their clock. Voice activity stopping
    pauses the current speaker's clock and starting again resumes it. Shares are reported in
    the order the participants were given, never sorted: a balance, not a ranking.
    """

    def __init__(self, labels: Sequence[str], *, monotonic: Monotonic) -> None:
        self._now = monotonic
        self._totals: dict[str, float] = dict.fromkeys(labels, 0.0)
        self._speaker: str | None = None
        self._since: float | None = None
        self._voice = True  # no microphone: taps alone drive the clock
        self._turn = 0.0
        self._turns: list[tuple[str, float]] = []

    @property
    def speaker(self) -> str | None:
        """Who is speaking now (tapped), or None."""
        return self._speaker

    def set_speaker(self, label: str | None) -> None:
        """The facilitator tapped who is speaking (None: nobody)."""
        self._stop_clock()
        self._end_turn()
        self._speaker = label
        if label is not None:
            self._totals.setdefault(label, 0.0)
            if self._voice:
                self._since = self._now()

    def voice_activity(self, active: bool) -> None:
        """The microphone heard speech start (True) or stop (False)."""
        self._voice = active
        if active and self._speaker is not None and self._since is None:
            self._since = self._now()
        elif not active:
            self._stop_clock()

    def running(self) -> bool:
        """Whether the current speaker's clock is counting."""
        return self._since is not None

    def shares(self) -> list[AirtimeShare]:
        """Everyone's time and share, in the order given."""
        totals = dict(self._totals)
        if self._speaker is not None and self._since is not None:
            totals[self._speaker] += self._now() - self._since
        whole = sum(totals.values())
        return [
            AirtimeShare(label, seconds, seconds / whole if whole else 0.0, label == self._speaker)
            for label, seconds in totals.items()
        ]

    def take_turns(self) -> list[tuple[str, float]]:
        """Turns finished since the last call (label, seconds), for the store."""
        turns, self._turns = self._turns, []
        return turns

    def finish(self) -> list[tuple[str, float]]:
        """End the current turn and hand back every turn not yet taken."""
        self.set_speaker(None)
        return self.take_turns()

    def _stop_clock(self) -> None:
        if self._speaker is not None and self._since is not None:
            spoken = self._now() - self._since
            self._totals[self._speaker] += spoken
            self._turn += spoken
        self._since = None

    def _end_turn(self) -> None:
        if self._speaker is not None and self._turn > 0:
            self._turns.append((self._speaker, round(self._turn, 1)))
        self._turn = 0.0
