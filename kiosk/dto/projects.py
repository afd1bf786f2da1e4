"""Qnet projects: drafts, pages, PDSA cycles, team members and similar work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.dto.catalogue import StoryCard
from kiosk.dto.checkin import TopicOption


@dataclass(frozen=True)
class ProjectDraft:
    """What a team typed for a new or edited project (checked by kiosk.services.qnet).

    The Model for Improvement's three questions: `aim` (what are we trying to accomplish?),
    `measures_text` (how will we know that a change is an improvement?) and `changes_text`
    (what changes can we make that will result in improvement?).
    """

    title: str
    aim: str
    measures_text: str = ""
    changes_text: str = ""
    department_id: str | None = None
    topics: tuple[str, ...] = ()  # slugs
    member_ids: tuple[str, ...] = ()  # people who consented to be shown
    iqt_ref: str = ""
    seeking_collaborators: bool = False
    stage: str = "aim"


@dataclass(frozen=True)
class PdsaDraft:
    """A PDSA cycle as typed: plan with a prediction, do, study against it, act."""

    title: str
    plan: str = ""
    prediction: str = ""
    do: str = ""
    study: str = ""
    act: str | None = None  # adopt, adapt or abandon
    started_on: date | None = None
    finished_on: date | None = None


@dataclass(frozen=True)
class PdsaCycleView:
    """A PDSA cycle on a project page."""

    id: str
    number: int
    title: str
    plan: str
    prediction: str
    do: str
    study: str
    act: str | None
    started_on: date | None
    finished_on: date | None


@dataclass(frozen=True)
class TeamMember:
    """A person on a project's team: first name only (team members consented to be shown)."""

    person_id: str
    first_name: str
    role: str


@dataclass(frozen=True)
class MeasureSummary:
    """A measure listed on a project page (its chart is on the Measures page)."""

    id: str
    name: str
    unit: str
    points: int


@dataclass(frozen=True)
class ProjectPage:
    """Everything a project page shows."""

    id: str
    title: str
    aim: str
    measures_text: str
    changes_text: str
    department_id: str | None
    department_en: str
    department_cy: str
    stage: str
    topics: tuple[TopicOption, ...]
    team: tuple[TeamMember, ...]
    iqt_ref: str
    seeking_collaborators: bool
    start_date: date | None
    cycles: tuple[PdsaCycleView, ...]
    measures: tuple[MeasureSummary, ...]
    stories: tuple[StoryCard, ...]


@dataclass(frozen=True)
class SimilarProject:
    """A project like the one shown or typed, with why (shared topics and aim words)."""

    id: str
    title: str
    stage: str
    department_en: str
    department_cy: str
    score: float
    shared_topics: tuple[TopicOption, ...]
    shared_words: tuple[str, ...]
