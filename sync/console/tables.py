"""The console's tables: users, web sessions, sign-in throttling and the read models.

They live on the register's metadata (`RegBase`), so that the register's Alembic migrations
(sync/register/migrations) own them. Read models (`rm_*`) are projections of `reg_record`,
kept by sync.console.projector from a cursor on the pull sequence: the register's push path
never writes them, and pages and exports query them with SQL and indexes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from sync.register.store import RegBase

ROLES = ("admin", "viewer")


class ConsoleUser(RegBase):
    """A person who signs in to the console. A password, or later an OIDC subject."""

    __tablename__ = "reg_user"
    __table_args__ = (UniqueConstraint("oidc_issuer", "oidc_subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # Room for the Health Board's single sign-on: a user found by (issuer, subject).
    oidc_issuer: Mapped[str | None] = mapped_column(String(200))
    oidc_subject: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_signin_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WebSession(RegBase):
    """A signed-in browser: only the SHA-256 of its cookie is stored; sign-out deletes it."""

    __tablename__ = "reg_web_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("reg_user.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SigninThrottle(RegBase):
    """Failed sign-ins per e-mail address (known or not): a pause after repeated failures."""

    __tablename__ = "reg_signin_throttle"

    key: Mapped[str] = mapped_column(String(254), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# --- read models ---------------------------------------------------------------------------


class RmCursor(RegBase):
    """How far the projector has read the pull sequence (one row)."""

    __tablename__ = "rm_cursor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class RmDepartment(RegBase):
    """A department."""

    __tablename__ = "rm_department"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_cy: Mapped[str] = mapped_column(String(120))


class RmTopic(RegBase):
    """A peer-support topic."""

    __tablename__ = "rm_topic"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(120))
    name_cy: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer)


class RmProject(RegBase):
    """A live project, with what the dashboard filters and sorts on."""

    __tablename__ = "rm_project"
    __table_args__ = (Index("ix_rm_project_title", "title", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[str | None] = mapped_column(String(36), index=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    iqt_ref: Mapped[str | None] = mapped_column(String(40), index=True)
    is_public: Mapped[bool] = mapped_column(Boolean)
    start_date: Mapped[date | None] = mapped_column(Date)
    created_month: Mapped[str] = mapped_column(String(7), index=True)
    room_id: Mapped[int | None] = mapped_column(Integer, index=True)


class RmProjectTopic(RegBase):
    """A project's topic."""

    __tablename__ = "rm_project_topic"
    __table_args__ = (Index("ix_rm_project_topic_topic", "topic_id", "project_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str] = mapped_column(String(36), index=True)
    topic_id: Mapped[str] = mapped_column(String(36))


class RmPdsa(RegBase):
    """A PDSA cycle."""

    __tablename__ = "rm_pdsa"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_month: Mapped[str] = mapped_column(String(7), index=True)


class RmMeasure(RegBase):
    """A measure of a project."""

    __tablename__ = "rm_measure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str] = mapped_column(String(36), index=True)


class RmDataPoint(RegBase):
    """A data point of a measure."""

    __tablename__ = "rm_data_point"
    __table_args__ = (Index("ix_rm_data_point_measure", "measure_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    measure_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)


class RmStory(RegBase):
    """A story, with its moderation state."""

    __tablename__ = "rm_story"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(200))
    approved: Mapped[bool] = mapped_column(Boolean)
    hidden: Mapped[bool] = mapped_column(Boolean)
    created_month: Mapped[str] = mapped_column(String(7), index=True)
    room_id: Mapped[int | None] = mapped_column(Integer)


class RmVisit(RegBase):
    """A check-in: its room and ISO week (Monday), for counts per week per room."""

    __tablename__ = "rm_visit"
    __table_args__ = (Index("ix_rm_visit_week_room", "week", "room_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    room_id: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    week: Mapped[date] = mapped_column(Date)


class RmVisitTopic(RegBase):
    """What a visitor came for (topic demand), with the visit's room and week copied."""

    __tablename__ = "rm_visit_topic"
    __table_args__ = (Index("ix_rm_visit_topic_week", "week", "topic_id", "room_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    topic_id: Mapped[str] = mapped_column(String(36))
    room_id: Mapped[int | None] = mapped_column(Integer)
    week: Mapped[date | None] = mapped_column(Date)


class RmEvent(RegBase):
    """An event."""

    __tablename__ = "rm_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title_en: Mapped[str] = mapped_column(String(160))
    title_cy: Mapped[str] = mapped_column(String(160))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    room_id: Mapped[int | None] = mapped_column(Integer)


class RmGroupSession(RegBase):
    """A facilitated group session."""

    __tablename__ = "rm_session"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    room_id: Mapped[int | None] = mapped_column(Integer)


class RmCoffeePairing(RegBase):
    """One person's place in a coffee round's group."""

    __tablename__ = "rm_coffee_pairing"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    round_id: Mapped[str] = mapped_column(String(36), index=True)
    group_no: Mapped[int] = mapped_column(Integer)


class RmCoffeeMet(RegBase):
    """A person's answer to "did you meet?" in a round."""

    __tablename__ = "rm_coffee_met"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    round_id: Mapped[str] = mapped_column(String(36), index=True)
    met: Mapped[bool | None] = mapped_column(Boolean)


class RmCoffeeRound(RegBase):
    """A coffee round."""

    __tablename__ = "rm_coffee_round"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    room_id: Mapped[int | None] = mapped_column(Integer)
