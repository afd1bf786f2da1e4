"""Group sessions: agendas, contributions, dot votes, actions and summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SessionTemplateOption:
    """A session template, its title in both languages and its length in minutes."""

    key: str
    title_en: str
    title_cy: str
    minutes: int


@dataclass(frozen=True)
class SessionListItem:
    """A session as listed in the facilitator's chooser."""

    id: str
    title: str
    template: str
    state: str
    created_at: datetime
    event_title_en: str | None
    event_title_cy: str | None


@dataclass(frozen=True)
class SegmentView:
    """One agenda segment, planned and as run."""

    id: str
    position: int
    title: str
    kind: str  # "timed" or "round_robin"
    planned_seconds: int
    extended_seconds: int
    started_at: datetime | None
    ended_at: datetime | None
    skipped: bool


@dataclass(frozen=True)
class ItemView:
    """A project, chart or story to present, or a team taking a round-robin slot."""

    id: str
    position: int
    kind: str
    label: str
    ref_id: str | None


@dataclass(frozen=True)
class ContributionView:
    """A card as the facilitator and the AV display see it (never who wrote an anonymous one)."""

    id: str
    kind: str
    text: str
    anonymous: bool
    author: str | None  # the first name of a named contributor
    hidden: bool
    merged_into_id: str | None
    edited: bool
    votes: int  # its own dots and those of the cards merged into it


@dataclass(frozen=True)
class VoteResult:
    """A card in the ranked list of dot-voting results."""

    rank: int
    contribution_id: str
    kind: str
    text: str
    votes: int


@dataclass(frozen=True)
class ActionView:
    """An action with its owner, due date and project."""

    id: str
    text: str
    owner: str
    due_on: date | None
    project_id: str | None
    project_title: str | None


@dataclass(frozen=True)
class AirtimeTotal:
    """How long a participant or team spoke in all."""

    label: str
    seconds: float


@dataclass(frozen=True)
class BallotStatus:
    """A participant's dots: how many they have used of how many."""

    voter_key: str
    used: int
    allowed: int


@dataclass(frozen=True)
class Attendee:
    """Someone checked in to a session's event: a first name, and whether they agreed to be
    shown on public screens."""

    person_id: str
    first_name: str
    consent_display: bool


@dataclass(frozen=True)
class SessionDetail:
    """Everything a session's console, presenter view and summary show."""

    id: str
    title: str
    template: str
    state: str
    event_id: str | None
    event_title_en: str | None
    event_title_cy: str | None
    started_at: datetime | None
    ended_at: datetime | None
    votes_per_person: int
    revealed: bool
    segments: tuple[SegmentView, ...]
    items: tuple[ItemView, ...]
    contributions: tuple[ContributionView, ...]
    attendees: tuple[Attendee, ...]  # those checked in to the linked event
    attendance: int
    actions: tuple[ActionView, ...]
    airtime: tuple[AirtimeTotal, ...]
    results: tuple[VoteResult, ...]  # ranked; empty until revealed
    votes_cast: int
    feedback_count: int
    mean_rating: float | None
