"""Qnet services: log and browse projects, similar work, peer supporters, coffee trials, boards.

Session first, inputs by keyword, `now` injected, no commit inside: each operation in
kiosk.operations is one transaction. Writes go through the ORM, so each is stamped and queued
in the outbox by the store.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import coffee
from kiosk.dto.catalogue import ProjectCard, StoryCard
from kiosk.dto.checkin import TopicOption
from kiosk.dto.coffee import (
    CoffeeGroup,
    CoffeeMatchNotice,
    CoffeeMember,
    CoffeeRoundResult,
    CoffeeStatus,
)
from kiosk.dto.projects import (
    MeasureSummary,
    PdsaCycleView,
    PdsaDraft,
    ProjectDraft,
    ProjectPage,
    SimilarProject,
    TeamMember,
)
from kiosk.dto.qnet import (
    BoardPostView,
    BoardSummary,
    CheckinNotices,
    CollaborationNotice,
    Supporter,
)
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    BoardPost,
    CoffeeAvoid,
    CoffeeMet,
    CoffeeOptIn,
    CoffeePairing,
    CoffeeRound,
    CollaborationRequest,
    DataPoint,
    Department,
    Measure,
    PdsaAct,
    PdsaCycle,
    PeerSupporter,
    Person,
    Project,
    ProjectMember,
    ProjectTopic,
    Stage,
    Story,
    Topic,
    Visit,
)
from kiosk.similar import ProjectText, SimilarityIndex
from kiosk.text import first_name, fold
from kiosk.validation import text_field as _text_field

TITLE_MAX = 200
AIM_MAX = 2000
ANSWER_MAX = 2000
IQT_MAX = 40
PDSA_TITLE_MAX = 160
PDSA_TEXT_MAX = 2000
MESSAGE_MAX = 500
POST_MAX = 500
SKILLS_MAX = 400
TIMES_MAX = 200
HISTORY_DAYS = 180
ROOM_ZONE = ZoneInfo("Europe/London")


# --- shared look-ups -----------------------------------------------------------------------


def _live_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise KioskError(ErrorCode.PROJECT_UNKNOWN)
    return project


def _live_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise KioskError(ErrorCode.PERSON_UNKNOWN)
    return person


def _topics_by_slug(session: Session) -> dict[str, Topic]:
    return {
        t.slug: t
        for t in session.scalars(
            select(Topic).where(Topic.deleted.is_(False)).order_by(Topic.sort_order)
        )
    }


def _topic_option(topic: Topic) -> TopicOption:
    return TopicOption(slug=topic.slug, name_en=topic.name_en, name_cy=topic.name_cy)


def _departments(session: Session) -> dict[str, Department]:
    return {d.id: d for d in session.scalars(select(Department))}


def _project_topic_slugs(session: Session, project_ids: Iterable[str]) -> dict[str, list[str]]:
    ids = list(project_ids)
    found: dict[str, list[str]] = {}
    if not ids:
        return found
    for project_id, slug in session.execute(
        select(ProjectTopic.project_id, Topic.slug)
        .join(Topic, Topic.id == ProjectTopic.topic_id)
        .where(ProjectTopic.deleted.is_(False), ProjectTopic.project_id.in_(ids))
        .order_by(Topic.sort_order)
    ):
        found.setdefault(project_id, []).append(slug)
    return found


def _text(value: str, *, field: str, maximum: int, required: bool = False) -> str:
    return _text_field(value, field=field, maximum=maximum, required=required) or ""


def _long_text(value: str, *, field: str, maximum: int, required: bool = False) -> str:
    """Like _text, but line breaks between paragraphs are kept (aims, PDSA notes)."""
    lines = [
        _text_field(line, field=field, maximum=maximum, required=False) or ""
        for line in value.replace("\r\n", "\n").split("\n")
    ]
    cleaned = "\n".join(lines).strip()
    while "\n\n\n" in cleaned:
        cleaned = cleaned.replace("\n\n\n", "\n\n")
    if not cleaned and required:
        raise KioskError(ErrorCode.FIELD_EMPTY, field=field)
    if len(cleaned) > maximum:
        raise KioskError(ErrorCode.FIELD_TOO_LONG, field=field, limit=maximum)
    return cleaned


# --- browsing projects -----------------------------------------------------------------------


def browse_projects(
    session: Session,
    *,
    query: str = "",
    topic: str | None = None,
    stage: str | None = None,
    seeking_only: bool = False,
) -> list[ProjectCard]:
    """Public projects matching every word of `query` (title, aim, department, topics; case
    and accents ignored), of a topic (slug) and stage if given; newest first."""
    cycles = (
        select(PdsaCycle.project_id, func.count().label("n"))
        .where(PdsaCycle.deleted.is_(False))
        .group_by(PdsaCycle.project_id)
        .subquery()
    )
    stmt = (
        select(Project, Department.name_en, Department.name_cy, func.coalesce(cycles.c.n, 0))
        .outerjoin(Department, Department.id == Project.department_id)
        .outerjoin(cycles, cycles.c.project_id == Project.id)
        .where(Project.deleted.is_(False), Project.is_public.is_(True))
        .order_by(Project.start_date.desc().nulls_last(), Project.title)
    )
    if stage:
        stmt = stmt.where(Project.stage == stage)
    if seeking_only:
        stmt = stmt.where(Project.seeking_collaborators.is_(True))
    rows = session.execute(stmt).all()
    topics = _topics_by_slug(session)
    slugs = _project_topic_slugs(session, (row[0].id for row in rows))
    words = fold(query).split()
    cards = []
    for project, dep_en, dep_cy, n in rows:
        project_slugs = slugs.get(project.id, [])
        if topic and topic not in project_slugs:
            continue
        chosen = [topics[s] for s in project_slugs if s in topics]
        if words:
            haystack = fold(
                " ".join(
                    [project.title, project.aim, dep_en or "", dep_cy or ""]
                    + [t.name_en + " " + t.name_cy for t in chosen]
                )
            )
            if not all(word in haystack for word in words):
                continue
        cards.append(
            ProjectCard(
                id=project.id,
                title=project.title,
                aim=project.aim,
                department_en=dep_en or "",
                department_cy=dep_cy or "",
                stage=project.stage.value,
                topics_en=tuple(t.name_en for t in chosen),
                topics_cy=tuple(t.name_cy for t in chosen),
                pdsa_cycles=int(n),
                seeking_collaborators=project.seeking_collaborators,
                start_date=project.start_date,
            )
        )
    return cards


def _cycle_view(cycle: PdsaCycle) -> PdsaCycleView:
    return PdsaCycleView(
        id=cycle.id,
        number=cycle.number,
        title=cycle.title,
        plan=cycle.plan,
        prediction=cycle.prediction,
        do=cycle.do,
        study=cycle.study,
        act=cycle.act.value if cycle.act else None,
        started_on=cycle.started_on,
        finished_on=cycle.finished_on,
    )


def project_page(session: Session, *, project_id: str) -> ProjectPage:
    """A project with its team, topics, PDSA cycles, measures and approved stories.

    Raises:
        KioskError: PROJECT_UNKNOWN.
    """
    project = _live_project(session, project_id)
    department = session.get(Department, project.department_id) if project.department_id else None
    topics = _topics_by_slug(session)
    slugs = _project_topic_slugs(session, [project.id]).get(project.id, [])
    team = session.execute(
        select(Person, ProjectMember.role)
        .join(ProjectMember, ProjectMember.person_id == Person.id)
        .where(
            ProjectMember.project_id == project.id,
            ProjectMember.deleted.is_(False),
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
        )
        .order_by(Person.display_name)
    ).all()
    cycles = session.scalars(
        select(PdsaCycle)
        .where(PdsaCycle.project_id == project.id, PdsaCycle.deleted.is_(False))
        .order_by(PdsaCycle.number)
    ).all()
    points = (
        select(DataPoint.measure_id, func.count().label("n"))
        .where(DataPoint.deleted.is_(False))
        .group_by(DataPoint.measure_id)
        .subquery()
    )
    measures = session.execute(
        select(Measure, func.coalesce(points.c.n, 0))
        .outerjoin(points, points.c.measure_id == Measure.id)
        .where(
            Measure.project_id == project.id,
            Measure.deleted.is_(False),
            Measure.retired.is_(False),
        )
        .order_by(Measure.name)
    ).all()
    stories = session.scalars(
        select(Story).where(
            Story.project_id == project.id, Story.deleted.is_(False), Story.approved.is_(True)
        )
    ).all()
    return ProjectPage(
        id=project.id,
        title=project.title,
        aim=project.aim,
        measures_text=project.measures_text,
        changes_text=project.changes_text,
        department_id=project.department_id,
        department_en=department.name_en if department else "",
        department_cy=department.name_cy if department else "",
        stage=project.stage.value,
        topics=tuple(_topic_option(topics[s]) for s in slugs if s in topics),
        team=tuple(
            TeamMember(person_id=p.id, first_name=first_name(p.display_name), role=role)
            for p, role in team
        ),
        iqt_ref=project.iqt_ref or "",
        seeking_collaborators=project.seeking_collaborators,
        start_date=project.start_date,
        cycles=tuple(_cycle_view(c) for c in cycles),
        measures=tuple(
            MeasureSummary(id=m.id, name=m.name, unit=m.unit, points=int(n)) for m, n in measures
        ),
        stories=tuple(
            StoryCard(
                id=s.id,
                title=s.title,
                problem=s.problem,
                change=s.change,
                result=s.result,
                project_title=project.title,
            )
            for s in stories
        ),
    )


# --- logging and editing projects ------------------------------------------------------------


def _checked_draft(session: Session, draft: ProjectDraft) -> dict[str, object]:
    values: dict[str, object] = {
        "title": _text(draft.title, field="title", maximum=TITLE_MAX, required=True),
        "aim": _long_text(draft.aim, field="aim", maximum=AIM_MAX, required=True),
        "measures_text": _long_text(draft.measures_text, field="measures", maximum=ANSWER_MAX),
        "changes_text": _long_text(draft.changes_text, field="changes", maximum=ANSWER_MAX),
        "iqt_ref": _text(draft.iqt_ref, field="iqt_ref", maximum=IQT_MAX) or None,
        "seeking_collaborators": draft.seeking_collaborators,
    }
    try:
        values["stage"] = Stage(draft.stage)
    except ValueError:
        raise KioskError(ErrorCode.STAGE_INVALID, field="stage") from None
    if draft.department_id:
        department = session.get(Department, draft.department_id)
        if department is None or department.deleted:
            raise KioskError(ErrorCode.DEPARTMENT_UNKNOWN, field="department")
    values["department_id"] = draft.department_id or None
    return values


def _set_topics(session: Session, project: Project, slugs: Sequence[str], now: datetime) -> None:
    topics = _topics_by_slug(session)
    wanted = list(dict.fromkeys(slugs))
    for slug in wanted:
        if slug not in topics:
            raise KioskError(ErrorCode.TOPIC_UNKNOWN, slug=slug, field="topics")
    existing = {
        link.topic_id: link
        for link in session.scalars(
            select(ProjectTopic).where(ProjectTopic.project_id == project.id)
        )
    }
    wanted_ids = {topics[s].id for s in wanted}
    for topic_id, link in existing.items():
        if link.deleted != (topic_id not in wanted_ids):
            link.deleted = topic_id not in wanted_ids
    for topic_id in wanted_ids - existing.keys():
        session.add(ProjectTopic(project_id=project.id, topic_id=topic_id, created_at=now))


def _set_members(
    session: Session, project: Project, person_ids: Sequence[str], now: datetime
) -> None:
    wanted = list(dict.fromkeys(person_ids))
    for person_id in wanted:
        person = _live_person(session, person_id)
        if not person.consent_display:
            raise KioskError(
                ErrorCode.TEAM_MEMBER_NOT_CONSENTED,
                field="team",
                person_id=person.id,
                person=first_name(person.display_name),
            )
    existing = {
        m.person_id: m
        for m in session.scalars(
            select(ProjectMember).where(ProjectMember.project_id == project.id)
        )
    }
    for person_id, member in existing.items():
        if member.deleted != (person_id not in wanted):
            member.deleted = person_id not in wanted
    for person_id in wanted:
        if person_id not in existing:
            session.add(ProjectMember(project_id=project.id, person_id=person_id, created_at=now))


def log_project(session: Session, *, draft: ProjectDraft, now: datetime) -> ProjectPage:
    """Log a new QI project from the guided form.

    Raises:
        KioskError: FIELD_EMPTY / FIELD_TOO_LONG / FIELD_CONTROL_CHARS (field=),
            DEPARTMENT_UNKNOWN, TOPIC_UNKNOWN, PERSON_UNKNOWN, TEAM_MEMBER_NOT_CONSENTED.
    """
    values = _checked_draft(session, draft)
    project = Project(**values, start_date=now.date(), is_public=True, created_at=now)
    session.add(project)
    session.flush()
    _set_topics(session, project, draft.topics, now)
    _set_members(session, project, draft.member_ids, now)
    session.flush()
    return project_page(session, project_id=project.id)


def edit_project(
    session: Session, *, project_id: str, draft: ProjectDraft, now: datetime
) -> ProjectPage:
    """Save changes to a project (the screen checks a team member's pass or the PIN first).

    Raises:
        KioskError: PROJECT_UNKNOWN and the errors of log_project.
    """
    project = _live_project(session, project_id)
    for key, value in _checked_draft(session, draft).items():
        if getattr(project, key) != value:
            setattr(project, key, value)
    _set_topics(session, project, draft.topics, now)
    _set_members(session, project, draft.member_ids, now)
    session.flush()
    return project_page(session, project_id=project.id)


def is_team_member(session: Session, *, project_id: str, person_id: str) -> bool:
    """Whether the person (say, from a scanned pass) is on the project's team."""
    return (
        session.scalar(
            select(func.count())
            .select_from(ProjectMember)
            .where(
                ProjectMember.project_id == project_id,
                ProjectMember.person_id == person_id,
                ProjectMember.deleted.is_(False),
            )
        )
        or 0
    ) > 0


def _checked_pdsa(draft: PdsaDraft) -> dict[str, object]:
    act = None
    if draft.act:
        try:
            act = PdsaAct(draft.act)
        except ValueError:
            raise KioskError(ErrorCode.PDSA_ACT_INVALID, field="act") from None
    return {
        "title": _text(draft.title, field="title", maximum=PDSA_TITLE_MAX, required=True),
        "plan": _long_text(draft.plan, field="plan", maximum=PDSA_TEXT_MAX),
        "prediction": _long_text(draft.prediction, field="prediction", maximum=PDSA_TEXT_MAX),
        "do": _long_text(draft.do, field="do", maximum=PDSA_TEXT_MAX),
        "study": _long_text(draft.study, field="study", maximum=PDSA_TEXT_MAX),
        "act": act,
        "started_on": draft.started_on,
        "finished_on": draft.finished_on,
    }


def log_pdsa_cycle(
    session: Session, *, project_id: str, draft: PdsaDraft, now: datetime
) -> PdsaCycleView:
    """Add the project's next PDSA cycle (numbered after the last one).

    Raises:
        KioskError: PROJECT_UNKNOWN, PDSA_ACT_INVALID, and the text field errors.
    """
    project = _live_project(session, project_id)
    values = _checked_pdsa(draft)
    last = session.scalar(
        select(func.max(PdsaCycle.number)).where(
            PdsaCycle.project_id == project.id, PdsaCycle.deleted.is_(False)
        )
    )
    cycle = PdsaCycle(project_id=project.id, number=(last or 0) + 1, created_at=now, **values)
    if cycle.started_on is None:
        cycle.started_on = now.date()
    session.add(cycle)
    session.flush()
    return _cycle_view(cycle)


def update_pdsa_cycle(
    session: Session, *, cycle_id: str, draft: PdsaDraft, now: datetime
) -> PdsaCycleView:
    """Record the do, study and act of a cycle (or correct its plan).

    Raises:
        KioskError: PDSA_CYCLE_UNKNOWN, PDSA_ACT_INVALID, and the text field errors.
    """
    cycle = session.get(PdsaCycle, cycle_id)
    if cycle is None or cycle.deleted:
        raise KioskError(ErrorCode.PDSA_CYCLE_UNKNOWN)
    values = _checked_pdsa(draft)
    if values["started_on"] is None:
        values["started_on"] = cycle.started_on
    if values["act"] is not None and values["finished_on"] is None:
        values["finished_on"] = cycle.finished_on or now.date()
    for key, value in values.items():
        if getattr(cycle, key) != value:
            setattr(cycle, key, value)
    session.flush()
    return _cycle_view(cycle)


# --- similar projects --------------------------------------------------------------------------


def index_key(session: Session) -> tuple[int, str]:
    """Changes whenever a project or its topics change: when to rebuild the similarity index."""
    projects = session.execute(
        select(func.count(), func.max(Project.version)).select_from(Project)
    ).one()
    links = session.execute(
        select(func.count(), func.max(ProjectTopic.version)).select_from(ProjectTopic)
    ).one()
    return int(projects[0]) + int(links[0]), f"{projects[1] or ''}|{links[1] or ''}"


def build_similarity_index(session: Session) -> SimilarityIndex:
    """The index over every public project, completed ones included."""
    rows = session.execute(
        select(Project.id, Project.title, Project.aim).where(
            Project.deleted.is_(False), Project.is_public.is_(True)
        )
    ).all()
    slugs = _project_topic_slugs(session, (row.id for row in rows)) if len(rows) < 900 else None
    if slugs is None:  # many projects: one pass over every link beats a long IN list
        slugs = {}
        for project_id, slug in session.execute(
            select(ProjectTopic.project_id, Topic.slug)
            .join(Topic, Topic.id == ProjectTopic.topic_id)
            .where(ProjectTopic.deleted.is_(False))
        ):
            slugs.setdefault(project_id, []).append(slug)
    return SimilarityIndex(
        ProjectText(id=r.id, title=r.title, aim=r.aim, topics=tuple(slugs.get(r.id, ())))
        for r in rows
    )


def similar_projects(
    session: Session,
    *,
    index: SimilarityIndex,
    title: str = "",
    aim: str = "",
    topics: Sequence[str] = (),
    project_id: str | None = None,
    limit: int = 5,
) -> list[SimilarProject]:
    """Projects like the text typed, or like `project_id` (itself left out), best first."""
    if project_id is not None:
        matches = index.similar_to(project_id, limit=limit)
    else:
        matches = index.query(title=title, aim=aim, topics=topics, limit=limit)
    if not matches:
        return []
    ids = [m.project_id for m in matches]
    found = {
        p.id: (p, dep_en, dep_cy)
        for p, dep_en, dep_cy in session.execute(
            select(Project, Department.name_en, Department.name_cy)
            .outerjoin(Department, Department.id == Project.department_id)
            .where(Project.id.in_(ids), Project.deleted.is_(False))
        )
    }
    all_topics = _topics_by_slug(session)
    result = []
    for match in matches:
        if match.project_id not in found:
            continue  # deleted since the index was built
        project, dep_en, dep_cy = found[match.project_id]
        result.append(
            SimilarProject(
                id=project.id,
                title=project.title,
                stage=project.stage.value,
                department_en=dep_en or "",
                department_cy=dep_cy or "",
                score=match.score,
                shared_topics=tuple(
                    _topic_option(all_topics[s]) for s in match.shared_topics if s in all_topics
                ),
                shared_words=match.shared_words,
            )
        )
    return result


def ask_to_collaborate(
    session: Session,
    *,
    to_project_id: str,
    from_person_id: str | None,
    from_project_id: str | None = None,
    message: str = "",
    now: datetime,
) -> str:
    """Leave a request the other team sees at their next check-in; returns its id.

    Raises:
        KioskError: PROJECT_UNKNOWN, PERSON_UNKNOWN, FIELD_TOO_LONG (field="message").
    """
    _live_project(session, to_project_id)
    if from_project_id is not None:
        _live_project(session, from_project_id)
    if from_person_id is not None:
        _live_person(session, from_person_id)
    request = CollaborationRequest(
        to_project_id=to_project_id,
        from_project_id=from_project_id,
        from_person_id=from_person_id,
        message=_long_text(message, field="message", maximum=MESSAGE_MAX),
        seen=False,
        created_at=now,
    )
    session.add(request)
    session.flush()
    return request.id


def _collaboration_for(session: Session, person_id: str) -> list[CollaborationNotice]:
    """Unseen requests to the person's projects; they are marked seen as they are shown."""
    rows = session.execute(
        select(CollaborationRequest, Project.title)
        .join(Project, Project.id == CollaborationRequest.to_project_id)
        .join(ProjectMember, ProjectMember.project_id == Project.id)
        .where(
            ProjectMember.person_id == person_id,
            ProjectMember.deleted.is_(False),
            CollaborationRequest.seen.is_(False),
            CollaborationRequest.deleted.is_(False),
        )
        .order_by(CollaborationRequest.created_at)
    ).all()
    notices = []
    for request, to_title in rows:
        source = session.get(Project, request.from_project_id) if request.from_project_id else None
        person = session.get(Person, request.from_person_id) if request.from_person_id else None
        name = first_name(person.display_name) if person and person.consent_display else ""
        notices.append(
            CollaborationNotice(
                id=request.id,
                to_project_id=request.to_project_id,
                to_project_title=to_title,
                from_project_title=source.title if source else "",
                from_first_name=name,
                message=request.message,
                created_at=request.created_at,
            )
        )
        request.seen = True
    return notices


# --- peer supporters -----------------------------------------------------------------------------


def set_peer_supporter(
    session: Session,
    *,
    person_id: str,
    topics: Sequence[str],
    skills: str = "",
    usual_times: str = "",
    active: bool = True,
    now: datetime,
) -> None:
    """Opt in (or, with active=False, out) as a peer supporter for topics and free skills.

    Raises:
        KioskError: PERSON_UNKNOWN, TEAM_MEMBER_NOT_CONSENTED (a listed supporter is shown by
            first name, so they must have agreed to be shown), TOPIC_UNKNOWN, field errors.
    """
    person = _live_person(session, person_id)
    if active and not person.consent_display:
        raise KioskError(ErrorCode.TEAM_MEMBER_NOT_CONSENTED, field="consent")
    known = _topics_by_slug(session)
    slugs = list(dict.fromkeys(topics))
    for slug in slugs:
        if slug not in known:
            raise KioskError(ErrorCode.TOPIC_UNKNOWN, slug=slug, field="topics")
    values = {
        "topics": ",".join(sorted(slugs, key=lambda s: known[s].sort_order)),
        "skills": _text(skills, field="skills", maximum=SKILLS_MAX),
        "usual_times": _text(usual_times, field="usual_times", maximum=TIMES_MAX),
        "active": active,
        "deleted": False,
    }
    supporter = session.scalar(select(PeerSupporter).where(PeerSupporter.person_id == person_id))
    if supporter is None:
        session.add(PeerSupporter(person_id=person_id, created_at=now, **values))
    else:
        for key, value in values.items():
            if getattr(supporter, key) != value:
                setattr(supporter, key, value)
    session.flush()


def _usually_in(
    session: Session, person_ids: Sequence[str], now: datetime
) -> dict[str, tuple[tuple[int, str], ...]]:
    """Each person's usual (weekday, part of day) from their visits of the last half year."""
    slots: dict[str, Counter[tuple[int, str]]] = {}
    if not person_ids:
        return {}
    for person_id, checked_in_at in session.execute(
        select(Visit.person_id, Visit.checked_in_at).where(
            Visit.person_id.in_(list(person_ids)),
            Visit.deleted.is_(False),
            Visit.checked_in_at >= now - timedelta(days=HISTORY_DAYS),
        )
    ):
        if person_id is None:
            continue
        local = checked_in_at.astimezone(ROOM_ZONE)
        part = "morning" if local.hour < 12 else "afternoon"
        slots.setdefault(person_id, Counter())[(local.weekday(), part)] += 1
    usual = {}
    for person_id, counts in slots.items():
        # Slots seen at least twice, the most frequent three, in weekday order.
        top = [slot for slot, n in counts.most_common() if n >= 2][:3]
        usual[person_id] = tuple(sorted(top, key=lambda s: (s[0], s[1] != "morning")))
    return usual


def peer_supporters(
    session: Session, *, topic: str | None = None, now: datetime
) -> list[Supporter]:
    """Active peer supporters (of a topic, if given), by first name, with when they are in."""
    rows = session.execute(
        select(PeerSupporter, Person, Department.name_en, Department.name_cy)
        .join(Person, Person.id == PeerSupporter.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(
            PeerSupporter.active.is_(True),
            PeerSupporter.deleted.is_(False),
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
        )
        .order_by(Person.display_name)
    ).all()
    chosen = [row for row in rows if topic is None or topic in row[0].topics.split(",")]
    usual = _usually_in(session, [row[1].id for row in chosen], now)
    return [
        Supporter(
            person_id=person.id,
            first_name=first_name(person.display_name),
            department_en=dep_en or "",
            department_cy=dep_cy or "",
            topics=tuple(s for s in supporter.topics.split(",") if s),
            skills=supporter.skills,
            usual_times=supporter.usual_times,
            usually_in=usual.get(person.id, ()),
        )
        for supporter, person, dep_en, dep_cy in chosen
    ]


# --- Randomised Coffee Trials ------------------------------------------------------------------


def coffee_status(session: Session, *, person_id: str) -> CoffeeStatus:
    """Whether the person is in the pool, snoozed, and whom they chose not to be paired with."""
    opt_in = session.scalar(select(CoffeeOptIn).where(CoffeeOptIn.person_id == person_id))
    avoided = session.scalars(
        select(Person.display_name)
        .join(CoffeeAvoid, CoffeeAvoid.avoid_person_id == Person.id)
        .where(CoffeeAvoid.person_id == person_id, CoffeeAvoid.deleted.is_(False))
        .order_by(Person.display_name)
    ).all()
    active = opt_in is not None and opt_in.active and not opt_in.deleted
    return CoffeeStatus(
        opted_in=active,
        snoozed_until=opt_in.snoozed_until if active and opt_in else None,
        avoiding=tuple(first_name(name) for name in avoided),
    )


def set_coffee_opt_in(
    session: Session,
    *,
    person_id: str,
    active: bool,
    snoozed_until: date | None = None,
    now: datetime,
) -> CoffeeStatus:
    """Join or leave the coffee pool, or snooze until a date (None: not snoozed).

    Raises:
        KioskError: PERSON_UNKNOWN.
    """
    _live_person(session, person_id)
    opt_in = session.scalar(select(CoffeeOptIn).where(CoffeeOptIn.person_id == person_id))
    if opt_in is None:
        session.add(
            CoffeeOptIn(
                person_id=person_id, active=active, snoozed_until=snoozed_until, created_at=now
            )
        )
    else:
        for key, value in (
            ("active", active),
            ("snoozed_until", snoozed_until),
            ("deleted", False),
        ):
            if getattr(opt_in, key) != value:
                setattr(opt_in, key, value)
    session.flush()
    return coffee_status(session, person_id=person_id)


def set_coffee_avoid(
    session: Session, *, person_id: str, avoid_person_id: str, avoid: bool = True, now: datetime
) -> CoffeeStatus:
    """Add (or lift) a "don't pair me with" choice.

    Raises:
        KioskError: PERSON_UNKNOWN.
    """
    _live_person(session, person_id)
    _live_person(session, avoid_person_id)
    row = session.scalar(
        select(CoffeeAvoid).where(
            CoffeeAvoid.person_id == person_id, CoffeeAvoid.avoid_person_id == avoid_person_id
        )
    )
    if row is None and avoid:
        session.add(
            CoffeeAvoid(person_id=person_id, avoid_person_id=avoid_person_id, created_at=now)
        )
    elif row is not None and row.deleted == avoid:
        row.deleted = not avoid
    session.flush()
    return coffee_status(session, person_id=person_id)


def _coffee_pool(session: Session, held_on: date) -> list[coffee.Candidate]:
    rows = session.execute(
        select(Person.id, Person.department_id)
        .join(CoffeeOptIn, CoffeeOptIn.person_id == Person.id)
        .where(
            CoffeeOptIn.active.is_(True),
            CoffeeOptIn.deleted.is_(False),
            Person.deleted.is_(False),
            (CoffeeOptIn.snoozed_until.is_(None)) | (CoffeeOptIn.snoozed_until < held_on),
        )
    ).all()
    return [coffee.Candidate(id=pid, department=dep) for pid, dep in rows]


def _coffee_history(session: Session) -> list[list[list[str]]]:
    """Every earlier round's groups, oldest first."""
    rounds: dict[str, dict[int, list[str]]] = {}
    order: list[str] = []
    for round_id, group_no, person_id in session.execute(
        select(CoffeePairing.round_id, CoffeePairing.group_no, CoffeePairing.person_id)
        .join(CoffeeRound, CoffeeRound.id == CoffeePairing.round_id)
        .where(CoffeeRound.deleted.is_(False), CoffeePairing.deleted.is_(False))
        .order_by(CoffeeRound.held_on, CoffeeRound.run_at, CoffeeRound.id)
    ):
        if round_id not in rounds:
            rounds[round_id] = {}
            order.append(round_id)
        rounds[round_id].setdefault(group_no, []).append(person_id)
    return [list(rounds[r].values()) for r in order]


def _members(session: Session, person_ids: Iterable[str]) -> dict[str, CoffeeMember]:
    ids = list(person_ids)
    if not ids:
        return {}
    return {
        person.id: CoffeeMember(
            person_id=person.id,
            first_name=first_name(person.display_name),
            department_en=dep_en or "",
            department_cy=dep_cy or "",
        )
        for person, dep_en, dep_cy in session.execute(
            select(Person, Department.name_en, Department.name_cy)
            .outerjoin(Department, Department.id == Person.department_id)
            .where(Person.id.in_(ids))
        )
    }


def run_coffee_round(
    session: Session,
    *,
    held_on: date,
    seed: int | None = None,
    dry_run: bool = False,
    now: datetime,
) -> CoffeeRoundResult:
    """Pair the opted-in, non-snoozed people for a round on `held_on`, and record it unless
    `dry_run`. The seed defaults to one drawn from the date: the same day gives the same round.

    Raises:
        KioskError: COFFEE_POOL_TOO_SMALL (people=) with fewer than two people,
            COFFEE_ROUND_EXISTS (held_on=) when a round was already recorded for that day.
    """
    pool = _coffee_pool(session, held_on)
    if len(pool) < 2:
        raise KioskError(ErrorCode.COFFEE_POOL_TOO_SMALL, people=len(pool))
    if not dry_run and session.scalar(
        select(CoffeeRound.id).where(CoffeeRound.held_on == held_on, CoffeeRound.deleted.is_(False))
    ):
        raise KioskError(ErrorCode.COFFEE_ROUND_EXISTS, held_on=held_on.isoformat())
    avoid = session.execute(
        select(CoffeeAvoid.person_id, CoffeeAvoid.avoid_person_id).where(
            CoffeeAvoid.deleted.is_(False)
        )
    ).all()
    if seed is None:
        seed = zlib.crc32(held_on.isoformat().encode())
    pairing = coffee.pair_people(
        pool,
        history=_coffee_history(session),
        avoid=[(a, b) for a, b in avoid],
        seed=seed,
    )
    round_id = None
    if not dry_run:
        round_ = CoffeeRound(held_on=held_on, run_at=now, created_at=now)
        session.add(round_)
        session.flush()
        round_id = round_.id
        session.add_all(
            CoffeePairing(round_id=round_.id, group_no=number, person_id=person_id, created_at=now)
            for number, group in enumerate(pairing.groups, start=1)
            for person_id in group
        )
        session.flush()
    members = _members(session, [pid for g in pairing.groups for pid in g])
    departments: dict[str, str | None] = {c.id: c.department for c in pool}
    return CoffeeRoundResult(
        round_id=round_id,
        held_on=held_on,
        groups=tuple(
            CoffeeGroup(number=number, members=tuple(members[pid] for pid in group))
            for number, group in enumerate(pairing.groups, start=1)
        ),
        sat_out=pairing.sat_out,
        recorded=not dry_run,
        cross_department_share=coffee.cross_department_share(pairing.groups, departments),
    )


def coffee_round(session: Session, *, round_id: str | None = None) -> CoffeeRoundResult | None:
    """A recorded round (the latest if no id is given), for slips and the facilitator."""
    stmt = select(CoffeeRound).where(CoffeeRound.deleted.is_(False))
    if round_id is not None:
        stmt = stmt.where(CoffeeRound.id == round_id)
    round_ = session.scalar(
        stmt.order_by(CoffeeRound.held_on.desc(), CoffeeRound.run_at.desc()).limit(1)
    )
    if round_ is None:
        if round_id is not None:
            raise KioskError(ErrorCode.COFFEE_ROUND_UNKNOWN)
        return None
    groups: dict[int, list[str]] = {}
    for group_no, person_id in session.execute(
        select(CoffeePairing.group_no, CoffeePairing.person_id)
        .where(CoffeePairing.round_id == round_.id, CoffeePairing.deleted.is_(False))
        .order_by(CoffeePairing.group_no, CoffeePairing.person_id)
    ):
        groups.setdefault(group_no, []).append(person_id)
    members = _members(session, [p for g in groups.values() for p in g])
    departments: dict[str, str | None] = dict(
        session.execute(select(Person.id, Person.department_id).where(Person.id.in_(list(members))))
    )
    return CoffeeRoundResult(
        round_id=round_.id,
        held_on=round_.held_on,
        groups=tuple(
            CoffeeGroup(number=n, members=tuple(members[p] for p in ids))
            for n, ids in sorted(groups.items())
        ),
        sat_out=(),
        recorded=True,
        cross_department_share=coffee.cross_department_share(groups.values(), departments),
    )


def _latest_group(session: Session, person_id: str) -> tuple[CoffeeRound, list[str]] | None:
    found = session.execute(
        select(CoffeeRound, CoffeePairing.group_no)
        .join(CoffeePairing, CoffeePairing.round_id == CoffeeRound.id)
        .where(
            CoffeePairing.person_id == person_id,
            CoffeePairing.deleted.is_(False),
            CoffeeRound.deleted.is_(False),
        )
        .order_by(CoffeeRound.held_on.desc(), CoffeeRound.run_at.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    round_, group_no = found
    partners = session.scalars(
        select(CoffeePairing.person_id).where(
            CoffeePairing.round_id == round_.id,
            CoffeePairing.group_no == group_no,
            CoffeePairing.person_id != person_id,
            CoffeePairing.deleted.is_(False),
        )
    ).all()
    return round_, list(partners)


def _coffee_notices(
    session: Session, person_id: str, now: datetime
) -> tuple[CoffeeMatchNotice | None, CoffeeMatchNotice | None]:
    """(match to show now, round to ask "did you meet?" about): the match is shown at the first
    check-in after the round, the question at a check-in on a later day."""
    latest = _latest_group(session, person_id)
    if latest is None:
        return None, None
    round_, partner_ids = latest
    members = _members(session, partner_ids)
    notice = CoffeeMatchNotice(
        round_id=round_.id,
        held_on=round_.held_on,
        partners=tuple(members[p] for p in partner_ids if p in members),
    )
    met = session.scalar(
        select(CoffeeMet).where(CoffeeMet.round_id == round_.id, CoffeeMet.person_id == person_id)
    )
    if met is None:
        session.add(
            CoffeeMet(round_id=round_.id, person_id=person_id, shown_at=now, created_at=now)
        )
        session.flush()
        return notice, None
    if met.met is None and met.shown_at is not None and met.shown_at.date() < now.date():
        return None, notice
    return None, None


def answer_coffee_met(
    session: Session, *, round_id: str, person_id: str, met: bool, now: datetime
) -> None:
    """Record the answer to "did you meet?".

    Raises:
        KioskError: COFFEE_ROUND_UNKNOWN when the person was not in that round.
    """
    pairing = session.scalar(
        select(CoffeePairing.id).where(
            CoffeePairing.round_id == round_id, CoffeePairing.person_id == person_id
        )
    )
    if pairing is None:
        raise KioskError(ErrorCode.COFFEE_ROUND_UNKNOWN)
    row = session.scalar(
        select(CoffeeMet).where(CoffeeMet.round_id == round_id, CoffeeMet.person_id == person_id)
    )
    if row is None:
        row = CoffeeMet(round_id=round_id, person_id=person_id, shown_at=now, created_at=now)
        session.add(row)
    row.met = met
    row.answered_at = now
    session.flush()


def checkin_notices(
    session: Session, *, person_id: str, topics: Sequence[str] = (), now: datetime
) -> CheckinNotices:
    """What Qnet shows a visitor checking in: their coffee match, "did you meet?", requests to
    collaborate with their projects, and peer supporters for the topics they chose. Showing
    marks the match and the requests as seen.
    """
    _live_person(session, person_id)
    match, question = _coffee_notices(session, person_id, now)
    supporters: list[Supporter] = []
    seen: set[str] = {person_id}
    for slug in topics:
        for supporter in peer_supporters(session, topic=slug, now=now):
            if supporter.person_id not in seen:
                seen.add(supporter.person_id)
                supporters.append(supporter)
    return CheckinNotices(
        coffee_match=match,
        coffee_question=question,
        collaboration=tuple(_collaboration_for(session, person_id)),
        supporters=tuple(supporters),
        coffee_opted_in=coffee_status(session, person_id=person_id).opted_in,
    )


# --- topic boards -------------------------------------------------------------------------------


def _post_view(post: BoardPost, slug: str, author: Person | None) -> BoardPostView:
    name = ""
    if not post.anonymous and author is not None and author.consent_display:
        name = first_name(author.display_name)
    return BoardPostView(
        id=post.id,
        topic_slug=slug,
        parent_id=post.parent_id,
        text=post.text,
        author=name,
        anonymous=post.anonymous,
        approved=post.approved,
        created_at=post.created_at,
    )


def post_to_board(
    session: Session,
    *,
    topic: str,
    text: str,
    author_id: str | None = None,
    anonymous: bool = False,
    parent_id: str | None = None,
    require_approval: bool,
    now: datetime,
) -> BoardPostView:
    """A post (or, with `parent_id`, a reply) on a topic's board; shown at once unless the
    room's config asks a facilitator to approve posts first.

    Raises:
        KioskError: TOPIC_UNKNOWN, PERSON_UNKNOWN, BOARD_POST_UNKNOWN (parent), FIELD_EMPTY /
            FIELD_TOO_LONG / FIELD_CONTROL_CHARS (field="text").
    """
    topics = _topics_by_slug(session)
    if topic not in topics:
        raise KioskError(ErrorCode.TOPIC_UNKNOWN, slug=topic)
    author = _live_person(session, author_id) if author_id else None
    if parent_id is not None:
        parent = session.get(BoardPost, parent_id)
        if parent is None or parent.deleted or parent.topic_id != topics[topic].id:
            raise KioskError(ErrorCode.BOARD_POST_UNKNOWN)
        parent_id = parent.parent_id or parent.id  # replies stay one level deep
    post = BoardPost(
        topic_id=topics[topic].id,
        parent_id=parent_id,
        text=_long_text(text, field="text", maximum=POST_MAX, required=True),
        anonymous=anonymous or author is None,
        author_id=author.id if author else None,
        approved=not require_approval,
        hidden=False,
        created_at=now,
    )
    session.add(post)
    session.flush()
    return _post_view(post, topic, author)


def board_posts(
    session: Session, *, topic: str, include_pending: bool = False
) -> list[BoardPostView]:
    """A topic's posts, newest first, each with its replies oldest first; posts awaiting
    approval only for the facilitator (`include_pending`)."""
    topics = _topics_by_slug(session)
    if topic not in topics:
        raise KioskError(ErrorCode.TOPIC_UNKNOWN, slug=topic)
    stmt = (
        select(BoardPost, Person)
        .outerjoin(Person, Person.id == BoardPost.author_id)
        .where(
            BoardPost.topic_id == topics[topic].id,
            BoardPost.deleted.is_(False),
            BoardPost.hidden.is_(False),
        )
        .order_by(BoardPost.created_at, BoardPost.id)
    )
    if not include_pending:
        stmt = stmt.where(BoardPost.approved.is_(True))
    views = [_post_view(post, topic, person) for post, person in session.execute(stmt)]
    replies: dict[str, list[BoardPostView]] = {}
    for view in views:
        if view.parent_id is not None:
            replies.setdefault(view.parent_id, []).append(view)
    tops = [v for v in views if v.parent_id is None]
    tops.reverse()
    return [
        BoardPostView(
            id=v.id,
            topic_slug=v.topic_slug,
            parent_id=None,
            text=v.text,
            author=v.author,
            anonymous=v.anonymous,
            approved=v.approved,
            created_at=v.created_at,
            replies=tuple(replies.get(v.id, ())),
        )
        for v in tops
    ]


def board_summaries(session: Session) -> list[BoardSummary]:
    """Every topic's board with its count of visible posts and the time of the latest."""
    counts = {
        topic_id: (int(n), latest)
        for topic_id, n, latest in session.execute(
            select(BoardPost.topic_id, func.count(), func.max(BoardPost.created_at))
            .where(
                BoardPost.deleted.is_(False),
                BoardPost.hidden.is_(False),
                BoardPost.approved.is_(True),
            )
            .group_by(BoardPost.topic_id)
        )
    }
    return [
        BoardSummary(
            topic=_topic_option(t),
            posts=counts.get(t.id, (0, None))[0],
            latest_at=counts.get(t.id, (0, None))[1],
        )
        for t in _topics_by_slug(session).values()
    ]


def pending_posts(session: Session) -> list[BoardPostView]:
    """Posts waiting for a facilitator's approval, oldest first."""
    rows = session.execute(
        select(BoardPost, Topic.slug, Person)
        .join(Topic, Topic.id == BoardPost.topic_id)
        .outerjoin(Person, Person.id == BoardPost.author_id)
        .where(
            BoardPost.approved.is_(False),
            BoardPost.hidden.is_(False),
            BoardPost.deleted.is_(False),
        )
        .order_by(BoardPost.created_at)
    ).all()
    return [_post_view(post, slug, person) for post, slug, person in rows]


def moderate_post(session: Session, *, post_id: str, approve: bool, now: datetime) -> None:
    """Approve a post, or hide it (a facilitator's decision, behind the PIN).

    Raises:
        KioskError: BOARD_POST_UNKNOWN.
    """
    del now  # the store stamps updated_at
    post = session.get(BoardPost, post_id)
    if post is None or post.deleted:
        raise KioskError(ErrorCode.BOARD_POST_UNKNOWN)
    if approve:
        post.approved = True
        post.hidden = False
    else:
        post.hidden = True
    session.flush()
