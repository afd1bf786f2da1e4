"""Frozen data handed from the core to screens: no ORM objects ever leave a transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine's types only: DTOs stay importable without it
    from kiosk.spc import Analysis


@dataclass(frozen=True)
class RoomOverview:
    """Counts for the home and facilitator screens (no personal data)."""

    people: int
    active_projects: int
    stories: int
    upcoming_events: int
    visits_this_month: int
    in_room_now: int
    outbox_pending: int
    is_demo: bool


@dataclass(frozen=True)
class ProjectCard:
    """A project as listed on the projects screen."""

    id: str
    title: str
    aim: str
    department_en: str
    department_cy: str
    stage: str
    topics_en: tuple[str, ...]
    topics_cy: tuple[str, ...]
    pdsa_cycles: int
    seeking_collaborators: bool
    start_date: date | None


@dataclass(frozen=True)
class StoryCard:
    """A success story as listed on the stories screen."""

    id: str
    title: str
    problem: str
    change: str
    result: str
    project_title: str | None


@dataclass(frozen=True)
class EventCard:
    """An upcoming event."""

    id: str
    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime
    location: str


@dataclass(frozen=True)
class PersonMatch:
    """A person found by name at check-in: first name and department only."""

    id: str
    first_name: str
    department_en: str
    department_cy: str
    display_name: str = ""  # filled only for the facilitator's PIN-protected search


@dataclass(frozen=True)
class StartupInfo:
    """What the window needs to know once the store is open."""

    is_demo: bool
    pin_set: bool


@dataclass(frozen=True)
class TopicOption:
    """A peer-support topic a visitor can choose."""

    slug: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class DepartmentOption:
    """A department in the pick list."""

    id: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class EventOption:
    """An event on now, offered first at check-in."""

    id: str
    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CheckinChoices:
    """What the check-in screens offer: topics, departments and events on now."""

    topics: tuple[TopicOption, ...]
    departments: tuple[DepartmentOption, ...]
    events_now: tuple[EventOption, ...]


@dataclass(frozen=True)
class NewVisitor:
    """What a new visitor typed; checked by register_visitor."""

    name: str
    department_id: str | None = None
    new_department: str = ""
    email: str = ""
    role: str = ""
    language: str = "en"
    consent_display: bool = False
    consent_contact: bool = False


@dataclass(frozen=True)
class VisitorCard:
    """A known visitor: first name, language, and the open visit if they are in the room."""

    person_id: str
    first_name: str
    language: str
    open_visit_id: str | None
    checked_in_at: datetime | None


@dataclass(frozen=True)
class CheckinResult:
    """A recorded check-in, with who else is here for the same topics (consented first names)."""

    visit_id: str
    person_id: str
    first_name: str
    language: str
    checked_in_at: datetime
    topics: tuple[str, ...]
    event_title_en: str | None
    event_title_cy: str | None
    others_here: tuple[str, ...]


@dataclass(frozen=True)
class ScanOutcome:
    """A pass scan: checked in now, or already in the room (offer check-out)."""

    kind: str  # "checked_in" or "already_in"
    visitor: VisitorCard
    checkin: CheckinResult | None


@dataclass(frozen=True)
class PresentVisitor:
    """Someone in the room now, for the facilitator's Who's here and the roll call."""

    visit_id: str
    person_id: str | None
    display_name: str
    department_en: str
    checked_in_at: datetime
    topics: tuple[str, ...]
    event_title_en: str | None
    department_cy: str = ""
    event_title_cy: str | None = None


@dataclass(frozen=True)
class EventAttendance:
    """How many checked in for an event."""

    event_id: str
    title_en: str
    title_cy: str
    starts_at: datetime
    attendees: int


@dataclass(frozen=True)
class PassToken:
    """What a QR pass holds once its signature is checked: no personal data."""

    person_id: str
    issued_on: date
    serial: int


@dataclass(frozen=True)
class Housekeeping:
    """What the start-up and daily privacy jobs did."""

    closed_visits: int
    anonymised_visits: int


@dataclass(frozen=True)
class MeasurePoint:
    """One data point of a measure, as charted.

    `seq` is the point's number on the chart (1 = the first point not deleted), the number
    `freeze`, `splits` and the engine's results use. `period` and `note` are "" when empty;
    `pdsa_number` and `pdsa_title` name the PDSA cycle marked on the point, if any.
    """

    id: str
    seq: int
    period: str
    value: float
    denominator: float | None
    note: str
    excluded: bool
    pdsa_number: int | None
    pdsa_title: str
    pdsa_cycle_id: str | None = None


@dataclass(frozen=True)
class MeasureData:
    """A measure with its chart options and its points in order.

    `chart`, `direction` and `rules` are the engine's words (kiosk.spc): chart run, i, p, u
    or c; direction up, down or neutral; rules anhoej or ihi (run charts only). `freeze` and
    `splits` are point numbers (see MeasurePoint.seq); `target` is in plotted units.
    """

    id: str
    project_id: str
    name: str
    unit: str
    chart: str
    direction: str
    target: float | None
    freeze: int | None
    splits: tuple[int, ...]
    rules: str
    multiply: float
    points: tuple[MeasurePoint, ...]


@dataclass(frozen=True)
class PdsaCycleOption:
    """A PDSA cycle of the project, offered as a marker for a data point."""

    id: str
    number: int
    title: str


@dataclass(frozen=True)
class ProjectMeasures:
    """A project's measures, for its Measures page; `cycles` are its PDSA cycles by number."""

    project_id: str
    project_title: str
    measures: tuple[MeasureData, ...]
    cycles: tuple[PdsaCycleOption, ...] = ()


@dataclass(frozen=True)
class MeasureChart:
    """A measure and its analysis (a kiosk.spc.Analysis), or why it cannot be charted.

    When the engine refuses the data or options (a measure with fewer than two points, a
    phase without two included points ...), `analysis` is None and `error_code` is the
    kiosk.spc.ChartErrorCode value with its parameters (`index` and `field` for a point).
    """

    data: MeasureData
    analysis: Analysis | None
    error_code: str | None = None
    error_params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class MeasureOption:
    """A measure in the facilitator's chooser."""

    measure_id: str
    project_id: str
    project_title: str
    measure_name: str


@dataclass(frozen=True)
class RowProblem:
    """A row an import refused: `row` as the user sees it (1 = the first data row; 0 = the
    header or the text as a whole), the column (value, denominator, period, note; "" for the
    whole row) and a code from kiosk.datapoints.PointProblem."""

    row: int
    column: str
    code: str


@dataclass(frozen=True)
class ImportResult:
    """What an import saved: every row, or nothing and every problem found."""

    saved: int
    problems: tuple[RowProblem, ...]


# --- showcase --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sparkline:
    """A headline measure in miniature: its values, centre line and Making Data Count icons."""

    name: str
    unit: str
    values: tuple[float, ...]
    centre: float | None
    variation_icon: str
    assurance_icon: str | None


@dataclass(frozen=True)
class BeforeAfter:
    """A story's result as two medians: before the change and after it."""

    name: str
    unit: str
    before: tuple[float, ...]
    after: tuple[float, ...]
    before_median: float
    after_median: float


@dataclass(frozen=True)
class ThanksItem:
    """A kudos note, as the wall of thanks shows it."""

    id: str
    to_whom: str
    message: str
    signed: str
    posted_at: datetime


@dataclass(frozen=True)
class ProjectSlide:
    """A project card for the showcase and its poster. The team lists consenting members only."""

    id: str
    title: str
    department_en: str
    department_cy: str
    team: tuple[str, ...]
    aim: str
    stage: str
    pdsa_cycles: int
    sparkline: Sparkline | None
    seeking_collaborators: bool
    url: str


@dataclass(frozen=True)
class StorySlide:
    """A success story: problem, change, result with its chart, lessons, team and thanks."""

    id: str
    title: str
    project_title: str | None
    problem: str
    change: str
    result: str
    lessons: str
    team: tuple[str, ...]
    thanks: tuple[ThanksItem, ...]
    before_after: BeforeAfter | None
    url: str | None


@dataclass(frozen=True)
class ThanksSlide:
    """The wall of thanks: the newest approved notes."""

    notes: tuple[ThanksItem, ...]


@dataclass(frozen=True)
class WhatsOnSlide:
    """Upcoming meetings, workshops, focus groups and coffee meet-ups, today first."""

    events: tuple[EventCard, ...]


@dataclass(frozen=True)
class HotTopic:
    """A topic, how many visitors chose it in the last 30 days and its active projects."""

    name_en: str
    name_cy: str
    visits: int
    active_projects: int


@dataclass(frozen=True)
class HotTopicsSlide:
    """The topics visitors chose most over the last 30 days."""

    topics: tuple[HotTopic, ...]


@dataclass(frozen=True)
class RoomNumbersSlide:
    """The room in numbers (no personal data)."""

    visits_this_month: int
    active_projects: int
    stories_shared: int
    topics_discussed: int


@dataclass(frozen=True)
class NoticeSlide:
    """An emergency or urgent message; it overrides every loop until cleared."""

    id: str
    level: str
    text_cy: str
    text_en: str
    raised_at: datetime


@dataclass(frozen=True)
class WelcomeSlide:
    """The room's welcome: shown when nothing else may play."""

    room_name: str


SlideContent = (
    ProjectSlide
    | StorySlide
    | ThanksSlide
    | WhatsOnSlide
    | HotTopicsSlide
    | RoomNumbersSlide
    | NoticeSlide
    | WelcomeSlide
)


@dataclass(frozen=True)
class SlideShowing:
    """What a loop shows next: the slide's kind, item, content, duration and playlist position."""

    kind: str
    item_id: str | None
    content: SlideContent
    duration_s: int
    position: int | None


@dataclass(frozen=True)
class PlaylistRow:
    """A playlist entry as the facilitator's editor lists it."""

    id: str
    loop: str
    position: int
    kind: str
    item_id: str | None
    item_title: str
    duration_s: int
    weekdays: str
    start_time: str | None
    end_time: str | None
    enabled: bool


@dataclass(frozen=True)
class PlaylistDraft:
    """A new or changed playlist entry, as the facilitator typed it."""

    loop: str
    kind: str
    item_id: str | None
    duration_s: int
    weekdays: str = "0123456"
    start_time: str | None = None
    end_time: str | None = None
    enabled: bool = True


@dataclass(frozen=True)
class ModerationItem:
    """A story, thanks note or project card and whether the public loops may show it."""

    kind: str
    id: str
    title: str
    detail: str
    approved: bool
    hidden: bool
    submitted_at: datetime


@dataclass(frozen=True)
class PlayReportRow:
    """Proof of play: one completed showing."""

    loop: str
    screen: str
    kind: str
    item_id: str | None
    item_title: str
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class FlyerEvent:
    """An event as its A5 flyer shows it."""

    id: str
    kind: str
    title_en: str
    title_cy: str
    starts_at: datetime
    ends_at: datetime
    location: str
    description: str


# --- sessions (issue 6) --------------------------------------------------------------------


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


# --- Qnet: projects, similar work, peer supporters, coffee trials, boards (issue 8) -----------


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
class CoffeeStatus:
    """A person's place in the coffee pool."""

    opted_in: bool
    snoozed_until: date | None
    avoiding: tuple[str, ...]  # first names


@dataclass(frozen=True)
class CoffeeMember:
    """A person in a coffee group, as on a printed slip (first name and department)."""

    person_id: str
    first_name: str
    department_en: str
    department_cy: str


@dataclass(frozen=True)
class CoffeeGroup:
    """A pair, or the one trio, of a round."""

    number: int
    members: tuple[CoffeeMember, ...]


@dataclass(frozen=True)
class CoffeeRoundResult:
    """A round as run (or, with `recorded` false, as it would run)."""

    round_id: str | None
    held_on: date
    groups: tuple[CoffeeGroup, ...]
    sat_out: tuple[str, ...]  # person ids who could not be placed (avoid choices)
    recorded: bool
    cross_department_share: float


@dataclass(frozen=True)
class CoffeeMatchNotice:
    """A coffee match to show at check-in, or to ask "did you meet?" about."""

    round_id: str
    held_on: date
    partners: tuple[CoffeeMember, ...]


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
