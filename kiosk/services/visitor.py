"""A visitor's own settings: their coffee and peer-supporter choices, their projects, and
editing a project they are on the team of (no facilitator PIN: membership is the check).

Session first, inputs by keyword, no commit inside (kiosk.operations opens the transaction).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dto.projects import ProjectDraft, ProjectPage
from kiosk.dto.qnet import AvoidedPerson, OwnProject, VisitorSettings
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import CoffeeAvoid, CoffeeOptIn, PeerSupporter, Person, Project, ProjectMember
from kiosk.services import qnet
from kiosk.text import first_name


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise KioskError(ErrorCode.PERSON_UNKNOWN)
    return person


def _check_member(session: Session, *, project_id: str, person_id: str) -> None:
    _person(session, person_id)
    if not qnet.is_team_member(session, project_id=project_id, person_id=person_id):
        raise KioskError(ErrorCode.NOT_TEAM_MEMBER)


def visitor_settings(session: Session, *, person_id: str) -> VisitorSettings:
    """The visitor's coffee place, "don't pair me with" list, peer-supporter offer and the
    projects they are on the team of.

    People on the avoid list who have not agreed to be shown are listed without a name.

    Raises:
        KioskError: PERSON_UNKNOWN.
    """
    person = _person(session, person_id)
    opt_in = session.scalar(select(CoffeeOptIn).where(CoffeeOptIn.person_id == person_id))
    in_pool = opt_in is not None and opt_in.active and not opt_in.deleted
    avoided = session.scalars(
        select(Person)
        .join(CoffeeAvoid, CoffeeAvoid.avoid_person_id == Person.id)
        .where(
            CoffeeAvoid.person_id == person_id,
            CoffeeAvoid.deleted.is_(False),
            Person.deleted.is_(False),
        )
        .order_by(Person.display_name)
    ).all()
    supporter = session.scalar(
        select(PeerSupporter).where(
            PeerSupporter.person_id == person_id, PeerSupporter.deleted.is_(False)
        )
    )
    projects = session.execute(
        select(Project.id, Project.title)
        .join(ProjectMember, ProjectMember.project_id == Project.id)
        .where(
            ProjectMember.person_id == person_id,
            ProjectMember.deleted.is_(False),
            Project.deleted.is_(False),
        )
        .order_by(Project.title)
    ).all()
    return VisitorSettings(
        person_id=person.id,
        first_name=first_name(person.display_name),
        consent_display=person.consent_display,
        coffee_opted_in=in_pool,
        snoozed_until=opt_in.snoozed_until if in_pool and opt_in is not None else None,
        avoiding=tuple(
            AvoidedPerson(
                person_id=other.id,
                first_name=first_name(other.display_name) if other.consent_display else "",
            )
            for other in avoided
        ),
        supporter_active=supporter is not None and supporter.active,
        supporter_topics=tuple(
            slug for slug in (supporter.topics.split(",") if supporter else ()) if slug
        ),
        projects=tuple(OwnProject(id=pid, title=title) for pid, title in projects),
        supporter_skills=supporter.skills if supporter else "",
        supporter_times=supporter.usual_times if supporter else "",
    )


def own_project_page(session: Session, *, project_id: str, person_id: str) -> ProjectPage:
    """A project to edit, for a member of its team.

    Raises:
        KioskError: NOT_TEAM_MEMBER (the PIN is needed), PERSON_UNKNOWN, PROJECT_UNKNOWN.
    """
    _check_member(session, project_id=project_id, person_id=person_id)
    return qnet.project_page(session, project_id=project_id)


def edit_own_project(
    session: Session, *, project_id: str, person_id: str, draft: ProjectDraft, now: datetime
) -> ProjectPage:
    """Save a team member's changes to their project; nothing is saved for anyone else.

    Raises:
        KioskError: NOT_TEAM_MEMBER, PERSON_UNKNOWN and the errors of qnet.edit_project.
    """
    _check_member(session, project_id=project_id, person_id=person_id)
    return qnet.edit_project(session, project_id=project_id, draft=draft, now=now)
