"""Qnet's community: peer supporters, boards, collaboration requests, check-in notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.dto.checkin import TopicOption
from kiosk.dto.coffee import CoffeeMatchNotice


@dataclass(frozen=True)
class CollaborationNotice:
    """A request to collaborate with one of the visitor's projects."""

    id: str
    to_project_id: str
    to_project_title: str
    from_project_title: str
    from_first_name: str
    message: str
    created_at: datetime


@dataclass(frozen=True)
class Supporter:
    """A peer supporter: first name, department, what they help with, when they are usually in.

    `usually_in` holds (weekday 0 = Monday, "morning" or "afternoon") slots from their visits,
    most frequent first; `usual_times` is what they typed themselves.
    """

    person_id: str
    first_name: str
    department_en: str
    department_cy: str
    topics: tuple[str, ...]
    skills: str
    usual_times: str
    usually_in: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class CheckinNotices:
    """What Qnet has for a visitor as they check in."""

    coffee_match: CoffeeMatchNotice | None
    coffee_question: CoffeeMatchNotice | None
    collaboration: tuple[CollaborationNotice, ...]
    supporters: tuple[Supporter, ...]
    coffee_opted_in: bool = False


@dataclass(frozen=True)
class BoardPostView:
    """A post or reply on a topic board; `author` is "" when anonymous."""

    id: str
    topic_slug: str
    parent_id: str | None
    text: str
    author: str
    anonymous: bool
    approved: bool
    created_at: datetime
    replies: tuple[BoardPostView, ...] = ()


@dataclass(frozen=True)
class BoardSummary:
    """A topic's board in the list of boards."""

    topic: TopicOption
    posts: int
    latest_at: datetime | None


@dataclass(frozen=True)
class AvoidedPerson:
    """Someone a visitor chose not to be paired with; `first_name` is "" for a person who has
    not agreed to be shown (the screen says "someone not shown by name")."""

    person_id: str
    first_name: str


@dataclass(frozen=True)
class OwnProject:
    """A project the visitor is a team member of (they may edit it without the PIN)."""

    id: str
    title: str


@dataclass(frozen=True)
class VisitorSettings:
    """A visitor's own choices in Qnet, for their "My settings" page."""

    person_id: str
    first_name: str
    consent_display: bool  # peer supporters are listed by name, so offering help needs it
    coffee_opted_in: bool
    snoozed_until: date | None
    avoiding: tuple[AvoidedPerson, ...]
    supporter_active: bool
    supporter_topics: tuple[str, ...]
    projects: tuple[OwnProject, ...]
    supporter_skills: str = ""  # kept as typed when the visitor changes their topics
    supporter_times: str = ""
