"""What the home, projects, stories and events screens list, and what start-up needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
    # The Welsh beside the English above (either may be empty: show the other then).
    title_cy: str = ""
    problem_cy: str = ""
    change_cy: str = ""
    result_cy: str = ""

    def text(self, field: str, lang: str) -> str:
        """A section in `lang`, or in the other language when it was not written in `lang`."""
        english = getattr(self, field)
        welsh = getattr(self, f"{field}_cy")
        first, second = (welsh, english) if lang == "cy" else (english, welsh)
        return str(first or second)


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
    description_en: str = ""
    description_cy: str = ""


@dataclass(frozen=True)
class StartupInfo:
    """What the window needs to know once the store is open."""

    is_demo: bool
    pin_set: bool
    # The integrity check at start (kiosk.backup.check_integrity): when the database is
    # damaged, `newest_good_backup` is the file a facilitator can restore (None if none).
    database_ok: bool = True
    integrity_detail: str = ""
    newest_good_backup: str | None = None
    # False until the room was set up (the first start's set-up, or the demo seeded at start).
    initialised: bool = True


@dataclass(frozen=True)
class DepartmentRow:
    """A department as the facilitator manages it: both names, retired or not, its people."""

    id: str
    name_en: str
    name_cy: str
    retired: bool
    people: int
