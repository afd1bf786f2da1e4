"""Group sessions: templates, agenda as run, contributions, dot voting, actions, the summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.dto.sessions import (
    ActionView,
    AirtimeTotal,
    Attendee,
    BallotStatus,
    ContributionView,
    ItemView,
    SegmentView,
    SessionDetail,
    SessionListItem,
    SessionTemplateOption,
    VoteResult,
)
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Airtime,
    Contribution,
    ContributionKind,
    Event,
    GroupSession,
    ItemKind,
    Person,
    Project,
    SegmentKind,
    SessionAction,
    SessionFeedback,
    SessionItem,
    SessionSegment,
    SessionState,
    Visit,
    Vote,
)
from kiosk.session_summary import SUMMARY_HEADER, ranked_results, summary_csv, summary_rows
from kiosk.text import first_name
from kiosk.validation import text_field

TITLE_MAX = 200
TEXT_MAX = 1000
LABEL_MAX = 120
VOTES_MAX = 20


@dataclass(frozen=True)
class SegmentPlan:
    """A template's segment: its title in both languages, minutes, and whether it is a
    round robin."""

    title_en: str
    title_cy: str
    minutes: int
    round_robin: bool = False


@dataclass(frozen=True)
class Template:
    """A session template: a title in both languages and a timed agenda."""

    key: str
    title_en: str
    title_cy: str
    segments: tuple[SegmentPlan, ...]


def _s(en: str, cy: str, minutes: int, round_robin: bool = False) -> SegmentPlan:
    return SegmentPlan(en, cy, minutes, round_robin)


# The agendas are content, in both languages, like the demo content: the session keeps the
# titles in the language the facilitator chose when creating it.
TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template(
            "mfi_intro",
            "Model for Improvement introduction",
            "Cyflwyniad i'r Model ar gyfer Gwella",
            (
                _s("Welcome and aims", "Croeso a nodau", 5),
                _s("The three questions", "Y tri chwestiwn", 15),
                _s("PDSA cycles in practice", "Cylchoedd PDSA yn ymarferol", 15),
                _s("Small groups: write your aim", "Grwpiau bach: ysgrifennwch eich nod", 20),
                _s("Questions and next steps", "Cwestiynau a'r camau nesaf", 10),
            ),
        ),
        Template(
            "pdsa_clinic",
            "PDSA planning clinic",
            "Clinig cynllunio PDSA",
            (
                _s("Welcome", "Croeso", 5),
                _s(
                    "Round robin: your change idea",
                    "Pawb yn eu tro: eich syniad am newid",
                    24,
                    True,
                ),
                _s(
                    "Plan the test: prediction and measures",
                    "Cynllunio'r prawf: rhagfynegiad a mesurau",
                    20,
                ),
                _s("Dot vote: what to test first", "Pleidlais dotiau: beth i'w brofi gyntaf", 10),
                _s("Actions and owners", "Camau gweithredu a pherchnogion", 10),
            ),
        ),
        Template(
            "data_clinic",
            "Data and run-chart clinic",
            "Clinig data a siartiau rhediad",
            (
                _s("Welcome", "Croeso", 5),
                _s("Reading a run chart", "Darllen siart rhediad", 15),
                _s(
                    "Round robin: your data on screen",
                    "Pawb yn eu tro: eich data ar y sgrin",
                    30,
                    True,
                ),
                _s("Tips and questions", "Awgrymiadau a chwestiynau", 10),
                _s("Actions", "Camau gweithredu", 5),
            ),
        ),
        Template(
            "difficult_conversations",
            "Difficult conversations",
            "Sgyrsiau anodd",
            (
                _s("Welcome and ground rules", "Croeso a rheolau sylfaenol", 5),
                _s(
                    "Round robin: sharing experiences", "Pawb yn eu tro: rhannu profiadau", 25, True
                ),
                _s("What helps: tips", "Beth sy'n helpu: awgrymiadau", 15),
                _s("Practising a conversation", "Ymarfer sgwrs", 20),
                _s("Reflection and close", "Myfyrio a chloi", 10),
            ),
        ),
        Template(
            "focus_group",
            "Focus group on a hot topic",
            "Grŵp ffocws ar bwnc llosg",
            (
                _s("Welcome and the question", "Croeso a'r cwestiwn", 5),
                _s("Silent ideas", "Syniadau tawel", 10),
                _s("Open discussion", "Trafodaeth agored", 25),
                _s("Dot voting", "Pleidleisio dotiau", 10),
                _s("Actions and close", "Camau gweithredu a chloi", 10),
            ),
        ),
        Template(
            "show_and_tell",
            "Show and tell of projects",
            "Dangos a dweud: prosiectau",
            (
                _s("Welcome", "Croeso", 5),
                _s(
                    "Round robin: project presentations",
                    "Pawb yn eu tro: cyflwyno prosiectau",
                    40,
                    True,
                ),
                _s("Questions and tips", "Cwestiynau ac awgrymiadau", 15),
                _s("Vote and close", "Pleidleisio a chloi", 10),
            ),
        ),
    )
}


def session_templates() -> list[SessionTemplateOption]:
    """The templates a session can start from, in the order offered."""
    return [
        SessionTemplateOption(t.key, t.title_en, t.title_cy, sum(s.minutes for s in t.segments))
        for t in TEMPLATES.values()
    ]


# --- creating and listing ----------------------------------------------------------------------


def _live_session(session: Session, session_id: str) -> GroupSession:
    found = session.get(GroupSession, session_id)
    if found is None or found.deleted:
        raise KioskError(ErrorCode.SESSION_UNKNOWN)
    return found


def _open_session(session: Session, session_id: str) -> GroupSession:
    found = _live_session(session, session_id)
    if found.state is SessionState.CLOSED:
        raise KioskError(ErrorCode.SESSION_CLOSED)
    return found


def _check_votes_limit(votes: int) -> int:
    if not 1 <= votes <= VOTES_MAX:
        raise KioskError(ErrorCode.VOTES_LIMIT_INVALID, minimum=1, maximum=VOTES_MAX)
    return votes


def create_session(
    session: Session,
    *,
    title: str,
    template: str | None,
    lang: str,
    now: datetime,
    event_id: str | None = None,
    votes_per_person: int = 3,
    teams: Sequence[str] = (),
) -> SessionDetail:
    """A new session, from a template's agenda (in `lang`) or with an empty agenda.

    Teams, if given, take equal slots in the round-robin segments.
    """
    plan: tuple[SegmentPlan, ...] = ()
    if template:
        chosen = TEMPLATES.get(template)
        if chosen is None:
            raise KioskError(ErrorCode.TEMPLATE_UNKNOWN, template=template)
        plan = chosen.segments
        if not title.strip():
            title = chosen.title_cy if lang == "cy" else chosen.title_en
    cleaned = text_field(title, field="title", maximum=TITLE_MAX, required=True)
    assert cleaned is not None
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None or event.deleted:
            raise KioskError(ErrorCode.EVENT_NOT_ON)
    row = GroupSession(
        title=cleaned,
        template=template or "",
        event_id=event_id,
        state=SessionState.PLANNED,
        votes_per_person=_check_votes_limit(votes_per_person),
        revealed=False,
        summary_csv="",
        created_at=now,
    )
    session.add(row)
    session.flush()
    for position, segment in enumerate(plan):
        session.add(
            SessionSegment(
                session_id=row.id,
                position=position,
                title=segment.title_cy if lang == "cy" else segment.title_en,
                kind=SegmentKind.ROUND_ROBIN if segment.round_robin else SegmentKind.TIMED,
                planned_seconds=segment.minutes * 60,
                created_at=now,
            )
        )
    for team in teams:
        _add_item(session, row, kind=ItemKind.TEAM, label=team, ref_id=None, now=now)
    session.flush()
    return session_detail(session, session_id=row.id)


def add_segment(
    session: Session,
    *,
    session_id: str,
    title: str,
    minutes: int,
    round_robin: bool = False,
    now: datetime,
) -> SessionDetail:
    """Add a timed segment at the end of the agenda (a session built from scratch)."""
    row = _open_session(session, session_id)
    cleaned = text_field(title, field="title", maximum=TITLE_MAX, required=True)
    assert cleaned is not None
    if not 1 <= minutes <= 240:
        raise KioskError(ErrorCode.FIELD_TOO_LONG, field="minutes", limit=240)
    position = session.scalar(
        select(func.count()).select_from(SessionSegment).where(SessionSegment.session_id == row.id)
    )
    session.add(
        SessionSegment(
            session_id=row.id,
            position=int(position or 0),
            title=cleaned,
            kind=SegmentKind.ROUND_ROBIN if round_robin else SegmentKind.TIMED,
            planned_seconds=minutes * 60,
            created_at=now,
        )
    )
    session.flush()
    return session_detail(session, session_id=row.id)


def _add_item(
    session: Session,
    row: GroupSession,
    *,
    kind: ItemKind,
    label: str,
    ref_id: str | None,
    now: datetime,
) -> None:
    cleaned = text_field(label, field="label", maximum=TITLE_MAX, required=True)
    assert cleaned is not None
    position = session.scalar(
        select(func.count()).select_from(SessionItem).where(SessionItem.session_id == row.id)
    )
    session.add(
        SessionItem(
            session_id=row.id,
            position=int(position or 0),
            kind=kind,
            label=cleaned,
            ref_id=ref_id,
            created_at=now,
        )
    )
    session.flush()


def add_item(
    session: Session,
    *,
    session_id: str,
    kind: str,
    label: str,
    ref_id: str | None = None,
    now: datetime,
) -> SessionDetail:
    """Add a project, chart or story to present, or a team for the round robin."""
    row = _open_session(session, session_id)
    _add_item(session, row, kind=ItemKind(kind), label=label, ref_id=ref_id, now=now)
    return session_detail(session, session_id=row.id)


def list_sessions(session: Session) -> list[SessionListItem]:
    """Every session, newest first."""
    rows = session.execute(
        select(GroupSession, Event.title_en, Event.title_cy)
        .outerjoin(Event, Event.id == GroupSession.event_id)
        .where(GroupSession.deleted.is_(False))
        .order_by(GroupSession.created_at.desc(), GroupSession.id)
    ).all()
    return [
        SessionListItem(
            id=s.id,
            title=s.title,
            template=s.template,
            state=s.state.value,
            created_at=s.created_at,
            event_title_en=en,
            event_title_cy=cy,
        )
        for s, en, cy in rows
    ]


# --- the agenda as run ------------------------------------------------------------------------


def start_session(session: Session, *, session_id: str, now: datetime) -> SessionDetail:
    """The facilitator started the session (again, after a pause: it is running)."""
    row = _open_session(session, session_id)
    if row.started_at is None:
        row.started_at = now
    row.state = SessionState.RUNNING
    session.flush()
    return session_detail(session, session_id=row.id)


def pause_session(session: Session, *, session_id: str) -> None:
    """The facilitator paused the clock."""
    row = _open_session(session, session_id)
    row.state = SessionState.PAUSED


def _segment_at(session: Session, session_id: str, position: int) -> SessionSegment:
    found = session.scalar(
        select(SessionSegment).where(
            SessionSegment.session_id == session_id, SessionSegment.position == position
        )
    )
    if found is None:
        raise KioskError(ErrorCode.SEGMENT_UNKNOWN)
    return found


def segment_started(session: Session, *, session_id: str, position: int, now: datetime) -> None:
    """Record that a segment began."""
    _open_session(session, session_id)
    segment = _segment_at(session, session_id, position)
    segment.started_at = now


def segment_ended(
    session: Session,
    *,
    session_id: str,
    position: int,
    extended_seconds: int,
    skipped: bool,
    now: datetime,
) -> None:
    """Record that a segment ended: when, how much time was added, and whether it was
    skipped."""
    _open_session(session, session_id)
    segment = _segment_at(session, session_id, position)
    if segment.started_at is None and not skipped:
        segment.started_at = now
    segment.ended_at = now
    segment.extended_seconds = extended_seconds
    segment.skipped = skipped


def record_airtime(
    session: Session, *, session_id: str, turns: Sequence[tuple[str, float]], now: datetime
) -> None:
    """Store finished speaking turns (label, seconds)."""
    _live_session(session, session_id)
    for label, seconds in turns:
        if seconds <= 0:
            continue
        session.add(
            Airtime(
                session_id=session_id,
                label=label[:LABEL_MAX],
                seconds=round(float(seconds), 1),
                created_at=now,
            )
        )


# --- contributions ------------------------------------------------------------------------


def add_contribution(
    session: Session,
    *,
    session_id: str,
    kind: str,
    text: str,
    now: datetime,
    person_id: str | None = None,
    anonymous: bool = True,
) -> ContributionView:
    """A new card. Anonymous cards store no person at all, whoever added them."""
    _open_session(session, session_id)
    cleaned = text_field(text, field="text", maximum=TEXT_MAX, required=True)
    assert cleaned is not None
    if not anonymous and person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise KioskError(ErrorCode.PERSON_UNKNOWN)
    row = Contribution(
        session_id=session_id,
        kind=ContributionKind(kind),
        text=cleaned,
        anonymous=anonymous or person_id is None,
        person_id=None if anonymous else person_id,
        hidden=False,
        edited=False,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _contribution_views(session, session_id, only=row.id)[0]


def _live_contribution(session: Session, contribution_id: str) -> Contribution:
    found = session.get(Contribution, contribution_id)
    if found is None or found.deleted:
        raise KioskError(ErrorCode.CONTRIBUTION_UNKNOWN)
    return found


def edit_contribution(
    session: Session, *, contribution_id: str, text: str, now: datetime
) -> ContributionView:
    """The facilitator corrected a card's text."""
    del now  # the store stamps updated_at
    row = _live_contribution(session, contribution_id)
    _open_session(session, row.session_id)
    cleaned = text_field(text, field="text", maximum=TEXT_MAX, required=True)
    assert cleaned is not None
    if cleaned != row.text:
        row.text = cleaned
        row.edited = True
    session.flush()
    return _contribution_views(session, row.session_id, only=row.id)[0]


def hide_contribution(session: Session, *, contribution_id: str, hidden: bool) -> None:
    """The facilitator hid a card from the AV display (or showed it again)."""
    row = _live_contribution(session, contribution_id)
    _open_session(session, row.session_id)
    row.hidden = hidden


def merge_contributions(session: Session, *, source_id: str, into_id: str) -> None:
    """The facilitator merged a card into another: it leaves the display, its dots count for
    the other."""
    source = _live_contribution(session, source_id)
    target = _live_contribution(session, into_id)
    if source.id == target.id or source.session_id != target.session_id:
        raise KioskError(ErrorCode.CONTRIBUTION_UNKNOWN)
    _open_session(session, source.session_id)
    while target.merged_into_id is not None:  # merge into what the target was merged into
        target = _live_contribution(session, target.merged_into_id)
    source.merged_into_id = target.id
    for child in session.scalars(
        select(Contribution).where(Contribution.merged_into_id == source.id)
    ):
        child.merged_into_id = target.id


def _contribution_views(
    session: Session, session_id: str, *, only: str | None = None
) -> list[ContributionView]:
    rows = session.execute(
        select(Contribution, Person.display_name)
        .outerjoin(Person, Person.id == Contribution.person_id)
        .where(Contribution.session_id == session_id, Contribution.deleted.is_(False))
        .order_by(Contribution.created_at, Contribution.id)
    ).all()
    own = Counter(
        session.scalars(
            select(Vote.contribution_id).where(
                Vote.session_id == session_id, Vote.deleted.is_(False)
            )
        )
    )
    totals: Counter[str] = Counter()
    for row, _name in rows:
        totals[row.merged_into_id or row.id] += own.get(row.id, 0)
    views = [
        ContributionView(
            id=row.id,
            kind=row.kind.value,
            text=row.text,
            anonymous=row.anonymous,
            author=None if row.anonymous or not name else first_name(name),
            hidden=row.hidden,
            merged_into_id=row.merged_into_id,
            edited=row.edited,
            votes=0 if row.merged_into_id else totals.get(row.id, 0),
        )
        for row, name in rows
    ]
    return [v for v in views if v.id == only] if only else views


# --- dot voting --------------------------------------------------------------------------------


def set_votes_per_person(session: Session, *, session_id: str, votes: int) -> None:
    """The facilitator set how many dots each participant has."""
    row = _open_session(session, session_id)
    row.votes_per_person = _check_votes_limit(votes)


def ballot_status(session: Session, *, session_id: str, voter_key: str) -> BallotStatus:
    """How many dots a participant has used."""
    row = _live_session(session, session_id)
    used = session.scalar(
        select(func.count())
        .select_from(Vote)
        .where(Vote.session_id == session_id, Vote.voter_key == voter_key)
    )
    return BallotStatus(voter_key, int(used or 0), row.votes_per_person)


def cast_vote(
    session: Session, *, session_id: str, contribution_id: str, voter_key: str, now: datetime
) -> BallotStatus:
    """One dot on a card; KioskError VOTES_USED_UP once the participant has used all N."""
    row = _open_session(session, session_id)
    card = _live_contribution(session, contribution_id)
    if card.session_id != session_id or card.hidden or card.merged_into_id is not None:
        raise KioskError(ErrorCode.CONTRIBUTION_UNKNOWN)
    status = ballot_status(session, session_id=session_id, voter_key=voter_key)
    if status.used >= row.votes_per_person:
        raise KioskError(ErrorCode.VOTES_USED_UP, limit=row.votes_per_person)
    session.add(
        Vote(
            session_id=session_id,
            contribution_id=contribution_id,
            voter_key=voter_key[:64],
            created_at=now,
        )
    )
    session.flush()
    return BallotStatus(voter_key, status.used + 1, row.votes_per_person)


def reveal_votes(session: Session, *, session_id: str) -> list[VoteResult]:
    """The facilitator revealed the results: the ranked list."""
    row = _live_session(session, session_id)
    row.revealed = True
    session.flush()
    return ranked_results(_contribution_views(session, session_id))


# --- actions and feedback ----------------------------------------------------------------------


def add_action(
    session: Session,
    *,
    session_id: str,
    text: str,
    owner: str,
    due_on: date | None,
    project_id: str | None,
    now: datetime,
    owner_person_id: str | None = None,
) -> ActionView:
    """An action with its owner, due date and project."""
    _open_session(session, session_id)
    cleaned = text_field(text, field="text", maximum=TEXT_MAX, required=True)
    owner_name = text_field(owner, field="owner", maximum=LABEL_MAX, required=True)
    assert cleaned is not None
    assert owner_name is not None
    project_title = None
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None or project.deleted:
            raise KioskError(ErrorCode.PROJECT_UNKNOWN)
        project_title = project.title
    row = SessionAction(
        session_id=session_id,
        text=cleaned,
        owner_person_id=owner_person_id,
        owner_name=owner_name,
        due_on=due_on,
        project_id=project_id,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return ActionView(row.id, cleaned, owner_name, due_on, project_id, project_title)


def leave_feedback(
    session: Session, *, session_id: str, rating: int, comment: str, now: datetime
) -> None:
    """A participant's 1-5 rating and optional comment (nothing links it to them)."""
    _live_session(session, session_id)
    if not 1 <= rating <= 5:
        raise KioskError(ErrorCode.RATING_INVALID, minimum=1, maximum=5)
    cleaned = text_field(comment, field="comment", maximum=TEXT_MAX, required=False)
    session.add(
        SessionFeedback(session_id=session_id, rating=rating, comment=cleaned or "", created_at=now)
    )


# --- reading a session, closing it, its summary ------------------------------------------------


def session_detail(session: Session, *, session_id: str) -> SessionDetail:
    """Everything about one session."""
    row = _live_session(session, session_id)
    event = session.get(Event, row.event_id) if row.event_id else None
    segments = session.scalars(
        select(SessionSegment)
        .where(SessionSegment.session_id == row.id, SessionSegment.deleted.is_(False))
        .order_by(SessionSegment.position)
    ).all()
    items = session.scalars(
        select(SessionItem)
        .where(SessionItem.session_id == row.id, SessionItem.deleted.is_(False))
        .order_by(SessionItem.position)
    ).all()
    attendees: list[Attendee] = []
    attendance = 0
    if row.event_id:
        visits = session.execute(
            select(Visit.person_id, Person.display_name, Person.consent_display)
            .outerjoin(Person, Person.id == Visit.person_id)
            .where(Visit.event_id == row.event_id, Visit.deleted.is_(False))
            .order_by(Visit.checked_in_at)
        ).all()
        seen: set[str] = set()
        for person_id, name, consent in visits:
            key = person_id or f"anon-{len(seen)}"
            if key in seen:
                continue
            seen.add(key)
            if person_id and name:
                attendees.append(Attendee(person_id, first_name(name), bool(consent)))
        attendance = len(seen)
    actions = session.execute(
        select(SessionAction, Project.title)
        .outerjoin(Project, Project.id == SessionAction.project_id)
        .where(SessionAction.session_id == row.id, SessionAction.deleted.is_(False))
        .order_by(SessionAction.created_at, SessionAction.id)
    ).all()
    airtime = session.execute(
        select(Airtime.label, func.sum(Airtime.seconds))
        .where(Airtime.session_id == row.id)
        .group_by(Airtime.label)
        .order_by(func.min(Airtime.created_at), Airtime.label)
    ).all()
    feedback = session.execute(
        select(func.count(), func.avg(SessionFeedback.rating)).where(
            SessionFeedback.session_id == row.id
        )
    ).one()
    cards = _contribution_views(session, row.id)
    votes_cast = session.scalar(
        select(func.count()).select_from(Vote).where(Vote.session_id == row.id)
    )
    return SessionDetail(
        id=row.id,
        title=row.title,
        template=row.template,
        state=row.state.value,
        event_id=row.event_id,
        event_title_en=event.title_en if event else None,
        event_title_cy=event.title_cy if event else None,
        started_at=row.started_at,
        ended_at=row.ended_at,
        votes_per_person=row.votes_per_person,
        revealed=row.revealed,
        segments=tuple(
            SegmentView(
                id=s.id,
                position=s.position,
                title=s.title,
                kind=s.kind.value,
                planned_seconds=s.planned_seconds,
                extended_seconds=s.extended_seconds,
                started_at=s.started_at,
                ended_at=s.ended_at,
                skipped=s.skipped,
            )
            for s in segments
        ),
        items=tuple(ItemView(i.id, i.position, i.kind.value, i.label, i.ref_id) for i in items),
        contributions=tuple(cards),
        attendees=tuple(attendees),
        attendance=attendance,
        actions=tuple(
            ActionView(a.id, a.text, a.owner_name, a.due_on, a.project_id, title)
            for a, title in actions
        ),
        airtime=tuple(AirtimeTotal(label, float(total or 0)) for label, total in airtime),
        results=tuple(ranked_results(cards)) if row.revealed else (),
        votes_cast=int(votes_cast or 0),
        feedback_count=int(feedback[0] or 0),
        mean_rating=float(feedback[1]) if feedback[1] is not None else None,
    )


def close_session(session: Session, *, session_id: str, now: datetime) -> SessionDetail:
    """Close the session: open segments end now, the summary is stored (and so queued for the
    register)."""
    row = _open_session(session, session_id)
    for segment in session.scalars(
        select(SessionSegment).where(
            SessionSegment.session_id == row.id,
            SessionSegment.started_at.is_not(None),
            SessionSegment.ended_at.is_(None),
        )
    ):
        segment.ended_at = now
    row.state = SessionState.CLOSED
    row.ended_at = now
    session.flush()
    row.summary_csv = summary_csv(session_detail(session, session_id=row.id))
    session.flush()
    return session_detail(session, session_id=row.id)


__all__ = ["SUMMARY_HEADER", "summary_rows"]
