"""The showcase loops: slides, playlists, moderation, notices and proof of play."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.dto.catalogue import EventCard


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
    # The Welsh beside the English above (either may be empty: show the other then).
    title_cy: str = ""
    problem_cy: str = ""
    change_cy: str = ""
    result_cy: str = ""
    lessons_cy: str = ""
    photo: bytes | None = None  # a JPEG without metadata (kiosk.photos)

    def text(self, field: str, lang: str) -> str:
        """A section in `lang`, or in the other language when it was not written in `lang`."""
        english = getattr(self, field)
        welsh = getattr(self, f"{field}_cy")
        first, second = (welsh, english) if lang == "cy" else (english, welsh)
        return str(first or second)


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
    description: str  # in English
    description_cy: str = ""
