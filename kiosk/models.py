"""The domain model for the whole room: people, visits, projects, measures, stories, events."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def new_id() -> str:
    """A random UUID as text: ids are created on the kiosk and never collide across rooms."""
    return str(uuid.uuid4())


def _enum(cls: type[StrEnum]) -> SAEnum:
    return SAEnum(
        cls,
        native_enum=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Language(StrEnum):
    """The two languages of the room."""

    CY = "cy"
    EN = "en"


class Stage(StrEnum):
    """Where a project is in the Model for Improvement."""

    AIM = "aim"
    MEASURES = "measures"
    CHANGES = "changes"
    TESTING = "testing"
    IMPLEMENTING = "implementing"
    SPREADING = "spreading"
    COMPLETED = "completed"


class ChartType(StrEnum):
    """Chart used for a measure."""

    RUN = "run"
    I = "i"  # noqa: E741 - the SPC chart is called "I"
    P = "p"
    U = "u"
    C = "c"


class Direction(StrEnum):
    """Which way is better for a measure."""

    UP = "up"
    DOWN = "down"
    NEUTRAL = "neutral"


class PdsaAct(StrEnum):
    """The decision at the end of a PDSA cycle."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


class EventKind(StrEnum):
    """Kinds of event held in the room."""

    MEETING = "meeting"
    WORKSHOP = "workshop"
    FOCUS_GROUP = "focus_group"
    PEER_SUPPORT = "peer_support"  # a peer-support drop-in
    COFFEE = "coffee"


class Base(DeclarativeBase):
    """Declarative base for every table."""


class Synced(Base):
    """Columns every record that syncs with the register carries."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[str] = mapped_column(String(80))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Department(Synced):
    """A department or directorate of the Health Board, named in both languages."""

    __tablename__ = "department"

    name_en: Mapped[str] = mapped_column(String(120))
    name_cy: Mapped[str] = mapped_column(String(120))
    # A retired department is offered no more at check-in; its people and projects keep it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Topic(Synced):
    """One of the eight peer-support themes of the room."""

    __tablename__ = "topic"

    slug: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_cy: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer)


class Person(Synced):
    """A visitor or team member. Personal fields are erasable; consents are explicit."""

    __tablename__ = "person"

    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    role: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[Language] = mapped_column(_enum(Language), default=Language.EN)
    consent_display: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consented_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    search_key: Mapped[str] = mapped_column(String(240), index=True, default="")


class Event(Synced):
    """A meeting, workshop, focus group, peer-support drop-in or coffee meet-up in the room.

    A repeating event is one row: `starts_at`/`ends_at` are its first occurrence, `repeat_rule`
    an iCalendar RRULE (expanded in Europe/London wall-clock time, kiosk.recurrence) and
    `exdates` the UTC starts of the occurrences taken out. `repeat_ends_at` is the end of the
    last occurrence (None when the series never ends), so readers can filter in SQL.
    """

    __tablename__ = "event"

    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    title_en: Mapped[str] = mapped_column(String(160))
    title_cy: Mapped[str] = mapped_column(String(160))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    location: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")  # the English description
    description_cy: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_rule: Mapped[str] = mapped_column(String(400), default="")
    exdates: Mapped[str] = mapped_column(Text, default="")  # comma-separated UTC ISO starts
    repeat_ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    uid: Mapped[str | None] = mapped_column(String(255), index=True)  # iCalendar UID


_OPEN = "checked_out_at IS NULL"
_WITH_EVENT = "event_id IS NOT NULL"


class Visit(Synced):
    """One visit to the room. The person link is removed when the visit is anonymised."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_person_in", "person_id", "checked_in_at"),
        # Partial indexes over the few open visits: who is in the room, and whether a person
        # is (check-in, scans, the closing-time job). They stay tiny however long the history.
        Index(
            "ix_visit_open_in",
            "checked_in_at",
            sqlite_where=text(_OPEN),
            postgresql_where=text(_OPEN),
        ),
        Index(
            "ix_visit_open_person",
            "person_id",
            sqlite_where=text(_OPEN),
            postgresql_where=text(_OPEN),
        ),
        # Attendance per event, without reading the visits that had none.
        Index(
            "ix_visit_event",
            "event_id",
            sqlite_where=text(_WITH_EVENT),
            postgresql_where=text(_WITH_EVENT),
        ),
    )

    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"))
    checked_in_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    source: Mapped[str] = mapped_column(String(16), default="touch")


class VisitTopic(Synced):
    """A topic a visitor came for."""

    __tablename__ = "visit_topic"
    __table_args__ = (UniqueConstraint("visit_id", "topic_id"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))


class VisitTally(Base):
    """Live visits per UTC hour, in all (``topic_id`` "") and per topic chosen.

    Local and derived, never synced: SQLite triggers (migration 0007) keep it in the same
    transaction as every write to visit and visit_topic, whoever makes it (check-in, sync,
    housekeeping, the demo's bulk inserts), so the showcase's room-wide figures read a few
    hundred rows instead of a month of visits. A visit counts while not deleted; a topic choice
    while neither it nor its visit is deleted. PostgreSQL has no triggers for it: the services
    read the visits there directly.
    """

    __tablename__ = "visit_tally"

    hour: Mapped[datetime] = mapped_column(UtcDateTime(), primary_key=True)
    topic_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class Project(Synced):
    """A QI project logged in the room or on the register."""

    __tablename__ = "project"

    title: Mapped[str] = mapped_column(String(200))
    aim: Mapped[str] = mapped_column(Text)
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    stage: Mapped[Stage] = mapped_column(_enum(Stage), default=Stage.AIM)
    start_date: Mapped[date | None] = mapped_column(Date)
    iqt_ref: Mapped[str | None] = mapped_column(String(40))
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    seeking_collaborators: Mapped[bool] = mapped_column(Boolean, default=False)
    # Moderation of the project's card on the public showcase loops.
    showcase_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    showcase_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # The Model for Improvement's second and third questions (the aim answers the first).
    measures_text: Mapped[str] = mapped_column(Text, default="")
    changes_text: Mapped[str] = mapped_column(Text, default="")


class ProjectMember(Synced):
    """A person on a project's team."""

    __tablename__ = "project_member"
    __table_args__ = (UniqueConstraint("project_id", "person_id"),)

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(80), default="")


class ProjectTopic(Synced):
    """A topic a project is about."""

    __tablename__ = "project_topic"
    __table_args__ = (UniqueConstraint("project_id", "topic_id"),)

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))


class Measure(Synced):
    """A measure of a project, charted as a run or SPC chart."""

    __tablename__ = "measure"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    unit: Mapped[str] = mapped_column(String(40), default="")
    chart_type: Mapped[ChartType] = mapped_column(_enum(ChartType), default=ChartType.RUN)
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.NEUTRAL)
    target: Mapped[float | None] = mapped_column(Float)
    # Chart options, as the chart engine (kiosk.spc) takes them.
    freeze: Mapped[int | None] = mapped_column(Integer)  # baseline: limits from points 1..K
    splits: Mapped[str] = mapped_column(String(200), default="")  # "12,24": a phase after K
    rules: Mapped[str] = mapped_column(String(10), default="anhoej")  # run charts: or "ihi"
    multiply: Mapped[float] = mapped_column(Float, default=1.0)  # rate per M units (u charts)
    denominator_label: Mapped[str] = mapped_column(String(120), default="")  # what it counts
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # kept, charted no more


class DataPoint(Synced):
    """One value of a measure; the denominator is for p and u charts.

    An excluded point is drawn but takes no part in centre line, limits or runs; a point may
    carry a note and a PDSA-cycle marker (the cycle's change began at this point).
    """

    __tablename__ = "data_point"
    __table_args__ = (Index("ix_data_point_measure_seq", "measure_id", "seq"),)

    measure_id: Mapped[str] = mapped_column(ForeignKey("measure.id"))
    seq: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(200), default="")
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    pdsa_cycle_id: Mapped[str | None] = mapped_column(ForeignKey("pdsa_cycle.id"))


class PdsaCycle(Synced):
    """A Plan-Do-Study-Act cycle of a project."""

    __tablename__ = "pdsa_cycle"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(160))
    plan: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    do: Mapped[str] = mapped_column(Text, default="")
    study: Mapped[str] = mapped_column(Text, default="")
    act: Mapped[PdsaAct | None] = mapped_column(_enum(PdsaAct))
    started_on: Mapped[date | None] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)


class Story(Synced):
    """A success story: the problem, what changed, the result and the lessons."""

    __tablename__ = "story"

    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"))
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    # A facilitator can take any item off the public loops at once, approved or not.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # The Welsh beside the English (title, problem ... above are the English); either may be
    # empty, and a reader is shown the other language then.
    title_cy: Mapped[str] = mapped_column(String(200), default="")
    problem_cy: Mapped[str] = mapped_column(Text, default="")
    change_cy: Mapped[str] = mapped_column(Text, default="")
    result_cy: Mapped[str] = mapped_column(Text, default="")
    lessons_cy: Mapped[str] = mapped_column(Text, default="")
    # The measure whose before/after chart the story shows (None: the project's headline).
    # An id without a reference, as playlist items keep theirs: SQLite adds a referencing
    # column only by copying the table, and the services check the measure.
    measure_id: Mapped[str | None] = mapped_column(String(36))
    # Being written on the facilitator's page: not offered for approval until submitted.
    draft: Mapped[bool] = mapped_column(Boolean, default=False)


class StoryMember(Synced):
    """A team member a story names (only people who consented to be shown are named)."""

    __tablename__ = "story_member"
    __table_args__ = (UniqueConstraint("story_id", "person_id"),)

    story_id: Mapped[str] = mapped_column(ForeignKey("story.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))


class StoryMedia(Base):
    """A story's photo (JPEG, downscaled, no metadata) or recorded testimonial (WAV).

    Local and never synced: a photo or a minute of audio is far larger than the register takes
    in one record (sync.schema.TEXT_MAX), so media stay in the room that recorded them; the
    story's words, team and measure sync, and other rooms show the story without them.
    """

    __tablename__ = "story_media"

    story_id: Mapped[str] = mapped_column(
        ForeignKey("story.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # "photo" or "testimonial"
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Pass(Synced):
    """A personal QR pass. The token is signed, not stored: person, issue date and serial."""

    __tablename__ = "pass"
    __table_args__ = (UniqueConstraint("person_id", "serial"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ShowcaseLoop(StrEnum):
    """The two showcase loops: the kiosk's attract loop and the room's AV display."""

    ATTRACT = "attract"
    AV = "av"


class PlaylistItem(Synced):
    """One slide in a showcase loop: its place, duration and optional day and time window."""

    __tablename__ = "playlist_item"
    __table_args__ = (Index("ix_playlist_item_loop", "loop", "position"),)

    loop: Mapped[ShowcaseLoop] = mapped_column(_enum(ShowcaseLoop))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    item_id: Mapped[str | None] = mapped_column(String(36))
    duration_s: Mapped[int] = mapped_column(Integer)
    weekdays: Mapped[str] = mapped_column(String(7), default="0123456")  # Monday is 0
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", local time
    end_time: Mapped[str | None] = mapped_column(String(5))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Notice(Synced):
    """An emergency or urgent message a facilitator raised; overrides every loop until cleared."""

    __tablename__ = "notice"

    level: Mapped[str] = mapped_column(String(12), default="urgent")  # or "emergency"
    text_cy: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime())
    cleared_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ThanksNote(Synced):
    """A short kudos note posted at the kiosk, for the wall of thanks or a success story."""

    __tablename__ = "thanks_note"

    to_whom: Mapped[str] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(String(280))
    signed: Mapped[str] = mapped_column(String(60), default="")  # as the poster chose to sign
    story_id: Mapped[str | None] = mapped_column(ForeignKey("story.id"))
    posted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class CollaborationRequest(Synced):
    """A request to collaborate, left for a project's team to see at their next check-in."""

    __tablename__ = "collaboration_request"

    to_project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    from_project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"))
    from_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    message: Mapped[str] = mapped_column(Text, default="")
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


class PeerSupporter(Synced):
    """A person listed as able to help: topics (slugs, comma-separated) and free skills."""

    __tablename__ = "peer_supporter"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), unique=True)
    topics: Mapped[str] = mapped_column(String(400), default="")
    skills: Mapped[str] = mapped_column(String(400), default="")
    usual_times: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CoffeeOptIn(Synced):
    """A person in the Randomised Coffee Trials pool, possibly snoozed until a date."""

    __tablename__ = "coffee_opt_in"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date)


class CoffeeAvoid(Synced):
    """A "don't pair me with" choice: never in one group together (tombstone to lift)."""

    __tablename__ = "coffee_avoid"
    __table_args__ = (UniqueConstraint("person_id", "avoid_person_id"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    avoid_person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))


class CoffeeRound(Synced):
    """One round of coffee pairings, run by a facilitator."""

    __tablename__ = "coffee_round"
    __sync_append_only__ = True

    held_on: Mapped[date] = mapped_column(Date, index=True)
    run_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CoffeePairing(Synced):
    """One person's place in a group of a round (a pair, or the one trio)."""

    __tablename__ = "coffee_pairing"
    __sync_append_only__ = True
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)

    round_id: Mapped[str] = mapped_column(ForeignKey("coffee_round.id"), index=True)
    group_no: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class CoffeeMet(Synced):
    """A person's match shown at check-in, then their answer to "did you meet?"."""

    __tablename__ = "coffee_met"
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)

    round_id: Mapped[str] = mapped_column(ForeignKey("coffee_round.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    shown_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    met: Mapped[bool | None] = mapped_column(Boolean)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class BoardPost(Synced):
    """A short post (or a reply) on a topic's discussion board."""

    __tablename__ = "board_post"
    __table_args__ = (Index("ix_board_post_topic_created", "topic_id", "created_at"),)

    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("board_post.id"))
    text: Mapped[str] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class PlayLog(Synced):
    """Proof of play: one completed showing of a slide (a fact: never changed once written)."""

    __tablename__ = "play_log"
    __table_args__ = (Index("ix_play_log_started", "started_at"),)
    __sync_append_only__ = True

    loop: Mapped[ShowcaseLoop] = mapped_column(_enum(ShowcaseLoop))
    screen: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(24))
    item_id: Mapped[str | None] = mapped_column(String(36))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SessionState(StrEnum):
    """Where a facilitated session is: planned, running, paused or closed."""

    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    CLOSED = "closed"


class SegmentKind(StrEnum):
    """An agenda segment: a plain timed segment, or round-robin sharing in equal team slots."""

    TIMED = "timed"
    ROUND_ROBIN = "round_robin"


class ItemKind(StrEnum):
    """Something a session puts on screen, or a team taking a round-robin slot."""

    PROJECT = "project"
    CHART = "chart"
    STORY = "story"
    TEAM = "team"


class ContributionKind(StrEnum):
    """The kinds of card people add during a session."""

    IDEA = "idea"
    TIP = "tip"
    PROBLEM = "problem"
    QUESTION = "question"
    ACTION = "action"


class GroupSession(Synced):
    """A facilitated session on the AV display: an agenda, items, contributions and votes."""

    __tablename__ = "session"

    title: Mapped[str] = mapped_column(String(200))
    template: Mapped[str] = mapped_column(String(40), default="")
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"))
    state: Mapped[SessionState] = mapped_column(_enum(SessionState), default=SessionState.PLANNED)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3)
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    summary_csv: Mapped[str] = mapped_column(Text, default="")  # written when it closes


class SessionSegment(Synced):
    """One timed segment of a session's agenda, with how it actually ran."""

    __tablename__ = "session_segment"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SegmentKind] = mapped_column(_enum(SegmentKind), default=SegmentKind.TIMED)
    planned_seconds: Mapped[int] = mapped_column(Integer)
    extended_seconds: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionItem(Synced):
    """A project, chart or story to present, or a team's round-robin slot."""

    __tablename__ = "session_item"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    label: Mapped[str] = mapped_column(String(200))
    ref_id: Mapped[str | None] = mapped_column(String(36))  # project, measure or story id


class Contribution(Synced):
    """A card: an idea, tip, problem, question or action. Anonymous cards keep no person."""

    __tablename__ = "contribution"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    kind: Mapped[ContributionKind] = mapped_column(_enum(ContributionKind))
    text: Mapped[str] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("contribution.id"))
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


class Vote(Synced):
    """One dot on a card. The voter key is a ballot's opaque key, never a person id."""

    __tablename__ = "vote"
    __sync_append_only__ = True

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    contribution_id: Mapped[str] = mapped_column(ForeignKey("contribution.id"))
    voter_key: Mapped[str] = mapped_column(String(64))


class SessionAction(Synced):
    """An action agreed in a session: an owner, a due date and the project it belongs to."""

    __tablename__ = "action"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"))


class SessionFeedback(Synced):
    """A participant's 1-5 rating of a session, with one optional comment (anonymous)."""

    __tablename__ = "session_feedback"
    __sync_append_only__ = True

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class Airtime(Synced):
    """One turn of speaking: who (a participant's or team's label) and for how long."""

    __tablename__ = "airtime"
    __sync_append_only__ = True

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    seconds: Mapped[float] = mapped_column(Float)


class Outbox(Base):
    """Changes waiting to go to the register, appended in the same transaction as the write."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(400))
    dead: Mapped[bool] = mapped_column(Boolean, default=False)


class AppState(Base):
    """Local, never-synced state of this installation: device id, PIN hash, lockout, flags."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Department,
    Topic,
    Person,
    Event,
    Visit,
    VisitTopic,
    Project,
    ProjectMember,
    ProjectTopic,
    Measure,
    DataPoint,
    PdsaCycle,
    Story,
    StoryMember,
    Pass,
    PlaylistItem,
    Notice,
    ThanksNote,
    PlayLog,
    GroupSession,
    SessionSegment,
    SessionItem,
    Contribution,
    Vote,
    SessionAction,
    SessionFeedback,
    Airtime,
    CollaborationRequest,
    PeerSupporter,
    CoffeeOptIn,
    CoffeeAvoid,
    CoffeeRound,
    CoffeePairing,
    CoffeeMet,
    BoardPost,
)
