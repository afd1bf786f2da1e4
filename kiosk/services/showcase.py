"""The showcase: slide content for the attract and AV loops, playlists, moderation, notices,
thanks notes and proof of play.

Privacy: a slide, poster or flyer names people only by first name, and only team members who
gave display consent (``Person.consent_display``) and were not erased. Thanks notes carry what
their poster typed and reach the loops only after a facilitator approves them.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kiosk import showcase
from kiosk.dto.catalogue import EventCard
from kiosk.dto.measures import MeasureChart
from kiosk.dto.showcase import (
    BeforeAfter,
    FlyerEvent,
    HotTopic,
    HotTopicsSlide,
    ModerationItem,
    NoticeSlide,
    PlaylistDraft,
    PlaylistRow,
    PlayReportRow,
    ProjectSlide,
    RoomNumbersSlide,
    SlideContent,
    SlideShowing,
    Sparkline,
    StorySlide,
    ThanksItem,
    ThanksSlide,
    WelcomeSlide,
    WhatsOnSlide,
)
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Department,
    Event,
    Measure,
    Notice,
    PdsaCycle,
    Person,
    PlaylistItem,
    PlayLog,
    Project,
    ProjectMember,
    ProjectTopic,
    ShowcaseLoop,
    Stage,
    Story,
    StoryMedia,
    StoryMember,
    Synced,
    ThanksNote,
    Topic,
)
from kiosk.services import measures as measure_service
from kiosk.services import tally
from kiosk.services.occurrences import JUST_ENDED, occurrences_between
from kiosk.text import first_name

WALL_SIZE = 6  # thanks notes on the wall at once
STORY_THANKS = 3
WHATS_ON_DAYS = 14
WHATS_ON_SIZE = 6
HOT_TOPICS_DAYS = 30
HOT_TOPICS_SIZE = 5
SPARK_POINTS = 24
NOTICE_MAX = 280
THANKS_LIMITS = showcase.THANKS_LIMITS
NOTICE_LEVELS = ("urgent", "emergency")


# --- reading ---------------------------------------------------------------------------------


def _team(session: Session, project_id: str | None) -> tuple[str, ...]:
    """First names of the team members who consented to be shown, in a stable order."""
    if project_id is None:
        return ()
    names = session.scalars(
        select(Person.display_name)
        .join(ProjectMember, ProjectMember.person_id == Person.id)
        .where(
            ProjectMember.project_id == project_id,
            ProjectMember.deleted.is_(False),
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
        )
        .order_by(ProjectMember.created_at, Person.id)
    ).all()
    return tuple(dict.fromkeys(first_name(n) for n in names if n.strip()))


def _headline(session: Session, project_id: str) -> MeasureChart | None:
    project = measure_service.project_measures(session, project_id=project_id)
    for data in project.measures:
        chart = measure_service.chart_of(data)
        if chart.analysis is not None:
            return chart
    return None


def _story_chart(session: Session, measure_id: str) -> MeasureChart | None:
    measure = session.get(Measure, measure_id)
    if measure is None or measure.deleted:
        return None
    chart = measure_service.chart_of(measure_service.measure_data(session, measure_id=measure_id))
    return chart if chart.analysis is not None else None


def _story_team(session: Session, story: Story) -> tuple[str, ...]:
    """The members the story names (still consenting), or its project's team when it names
    none (stories written before the kiosk let a facilitator choose)."""
    named = session.execute(
        select(Person.display_name, StoryMember.deleted)
        .join(StoryMember, StoryMember.person_id == Person.id)
        .where(StoryMember.story_id == story.id)
        .order_by(StoryMember.created_at, Person.id)
    ).all()
    if not named:
        return _team(session, story.project_id)
    names = session.scalars(
        select(Person.display_name)
        .join(StoryMember, StoryMember.person_id == Person.id)
        .where(
            StoryMember.story_id == story.id,
            StoryMember.deleted.is_(False),
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
        )
        .order_by(StoryMember.created_at, Person.id)
    ).all()
    return tuple(dict.fromkeys(first_name(n) for n in names if n.strip()))


def _sparkline(session: Session, project_id: str) -> Sparkline | None:
    chart = _headline(session, project_id)
    if chart is None or chart.analysis is None:
        return None
    analysis = chart.analysis
    values = tuple(p.value for p in analysis.points if p.value is not None)[-SPARK_POINTS:]
    return Sparkline(
        name=chart.data.name,
        unit=chart.data.unit,
        values=values,
        centre=analysis.phases[-1].cl if analysis.phases else None,
        variation_icon=analysis.variation_icon,
        assurance_icon=analysis.assurance_icon,
    )


def _before_after(
    session: Session, project_id: str | None, measure_id: str | None = None
) -> BeforeAfter | None:
    """The measure (the headline one when none is named) split at its last phase break, or at
    its middle when it has none."""
    if project_id is None:
        return None
    chart = _story_chart(session, measure_id) if measure_id else _headline(session, project_id)
    if chart is None or chart.analysis is None:
        return None
    values = [p.value for p in chart.analysis.points if p.value is not None and not p.excluded]
    if len(values) < 4:
        return None
    split = chart.data.splits[-1] if chart.data.splits else len(values) // 2
    split = min(max(split, 2), len(values) - 2)
    before, after = tuple(values[:split]), tuple(values[split:])
    return BeforeAfter(
        name=chart.data.name,
        unit=chart.data.unit,
        before=before,
        after=after,
        before_median=statistics.median(before),
        after_median=statistics.median(after),
    )


def _url(template: str, project_id: str) -> str:
    return template.replace("{id}", project_id)


def project_slide(session: Session, *, project_id: str, url_template: str) -> ProjectSlide:
    """A project's card.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for a project that does not exist or was deleted.
    """
    row = session.execute(
        select(Project, Department.name_en, Department.name_cy)
        .outerjoin(Department, Department.id == Project.department_id)
        .where(Project.id == project_id, Project.deleted.is_(False))
    ).first()
    if row is None:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="project")
    project, dep_en, dep_cy = row
    cycles = session.scalar(
        select(func.count())
        .select_from(PdsaCycle)
        .where(PdsaCycle.project_id == project.id, PdsaCycle.deleted.is_(False))
    )
    return ProjectSlide(
        id=project.id,
        title=project.title,
        department_en=dep_en or "",
        department_cy=dep_cy or "",
        team=_team(session, project.id),
        aim=project.aim,
        stage=project.stage.value,
        pdsa_cycles=int(cycles or 0),
        sparkline=_sparkline(session, project.id),
        seeking_collaborators=project.seeking_collaborators,
        url=_url(url_template, project.id),
    )


def _thanks_item(note: ThanksNote) -> ThanksItem:
    return ThanksItem(note.id, note.to_whom, note.message, note.signed, note.posted_at)


def story_slide(session: Session, *, story_id: str, url_template: str) -> StorySlide:
    """A success story with its project's team, before/after chart and approved thanks.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for a story that does not exist or was deleted.
    """
    row = session.execute(
        select(Story, Project.title)
        .outerjoin(Project, Project.id == Story.project_id)
        .where(Story.id == story_id, Story.deleted.is_(False))
    ).first()
    if row is None:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="story")
    story, project_title = row
    notes = session.scalars(
        select(ThanksNote)
        .where(*PUBLIC_THANKS, ThanksNote.story_id == story.id)
        .order_by(ThanksNote.posted_at.desc())
        .limit(STORY_THANKS)
    ).all()
    photo = session.scalar(
        select(StoryMedia.data).where(StoryMedia.story_id == story.id, StoryMedia.kind == "photo")
    )
    return StorySlide(
        id=story.id,
        title=story.title,
        project_title=project_title,
        problem=story.problem,
        change=story.change,
        result=story.result,
        lessons=story.lessons,
        team=_story_team(session, story),
        thanks=tuple(_thanks_item(n) for n in notes),
        before_after=_before_after(session, story.project_id, story.measure_id),
        url=_url(url_template, story.project_id) if story.project_id else None,
        title_cy=story.title_cy,
        problem_cy=story.problem_cy,
        change_cy=story.change_cy,
        result_cy=story.result_cy,
        lessons_cy=story.lessons_cy,
        photo=photo,
    )


# What the public loops may show: approved by a facilitator, not hidden, not deleted.
PUBLIC_THANKS: tuple[ColumnElement[bool], ...] = (
    ThanksNote.deleted.is_(False),
    ThanksNote.approved.is_(True),
    ThanksNote.hidden.is_(False),
)
PUBLIC_PROJECTS: tuple[ColumnElement[bool], ...] = (
    Project.deleted.is_(False),
    Project.is_public.is_(True),
    Project.showcase_approved.is_(True),
    Project.showcase_hidden.is_(False),
)
PUBLIC_STORIES: tuple[ColumnElement[bool], ...] = (
    Story.deleted.is_(False),
    Story.approved.is_(True),
    Story.hidden.is_(False),
    Story.draft.is_(False),
)


def thanks_slide(session: Session, *, note_id: str | None = None) -> ThanksSlide:
    """The wall of thanks (the newest approved notes), or one approved note."""
    query = select(ThanksNote).where(*PUBLIC_THANKS)
    if note_id is not None:
        query = query.where(ThanksNote.id == note_id)
    notes = session.scalars(query.order_by(ThanksNote.posted_at.desc()).limit(WALL_SIZE)).all()
    return ThanksSlide(tuple(_thanks_item(n) for n in notes))


def whats_on_slide(session: Session, *, now: datetime) -> WhatsOnSlide:
    """Events that have not ended within the next two weeks, today's first, soonest first."""
    found = occurrences_between(
        session,
        after=now - JUST_ENDED,
        before=now + timedelta(days=WHATS_ON_DAYS),
        limit=WHATS_ON_SIZE,
    )
    return WhatsOnSlide(
        tuple(
            EventCard(
                o.event_id,
                o.kind,
                o.title_en,
                o.title_cy,
                o.starts_at,
                o.ends_at,
                o.location,
                o.description_en,
                o.description_cy,
            )
            for o in found
        )
    )


def hot_topics_slide(session: Session, *, now: datetime) -> HotTopicsSlide:
    """Topics by visitors' choices over the last 30 days, with active projects on each."""
    chosen = tally.topic_choices_since(session, since=now - timedelta(days=HOT_TOPICS_DAYS))
    active = dict(
        session.execute(
            select(ProjectTopic.topic_id, func.count(func.distinct(ProjectTopic.project_id)))
            .join(Project, Project.id == ProjectTopic.project_id)
            .where(
                ProjectTopic.deleted.is_(False),
                Project.deleted.is_(False),
                Project.stage != Stage.COMPLETED,
            )
            .group_by(ProjectTopic.topic_id)
        ).all()
    )
    topics = session.scalars(
        select(Topic).where(Topic.deleted.is_(False)).order_by(Topic.sort_order)
    ).all()
    ranked = sorted(
        (t for t in topics if chosen.get(t.id, 0) > 0),
        key=lambda t: (-chosen.get(t.id, 0), t.sort_order),
    )[:HOT_TOPICS_SIZE]
    return HotTopicsSlide(
        tuple(
            HotTopic(t.name_en, t.name_cy, int(chosen[t.id]), int(active.get(t.id, 0)))
            for t in ranked
        )
    )


def room_numbers_slide(session: Session, *, now: datetime, zone: ZoneInfo) -> RoomNumbersSlide:
    """Visits this (local) month, active projects, stories shared, topics discussed.

    Topics discussed are those chosen on this month's visits that were not deleted.
    """
    local = now.astimezone(zone)
    month_start = datetime.combine(local.date().replace(day=1), time.min, tzinfo=zone)
    visits = tally.visits_since(session, since=month_start)
    active = session.scalar(
        select(func.count())
        .select_from(Project)
        .where(Project.deleted.is_(False), Project.stage != Stage.COMPLETED)
    )
    stories = session.scalar(select(func.count()).select_from(Story).where(*PUBLIC_STORIES))
    topics = len(tally.topic_choices_since(session, since=month_start))
    return RoomNumbersSlide(visits, int(active or 0), int(stories or 0), topics)


def active_notice(session: Session) -> NoticeSlide | None:
    """The notice raised most recently and not cleared, if any."""
    notice = session.scalars(
        select(Notice)
        .where(Notice.deleted.is_(False), Notice.cleared_at.is_(None))
        .order_by(Notice.raised_at.desc())
        .limit(1)
    ).first()
    if notice is None:
        return None
    return NoticeSlide(notice.id, notice.level, notice.text_cy, notice.text_en, notice.raised_at)


# --- the loop --------------------------------------------------------------------------------


def _entry_of(item: PlaylistItem) -> showcase.PlaylistEntry:
    return showcase.PlaylistEntry(
        position=item.position,
        slide=showcase.SlideRef(item.kind, item.item_id),
        duration_s=item.duration_s,
        weekdays=frozenset(int(d) for d in item.weekdays if d.isdigit()),
        start=time.fromisoformat(item.start_time) if item.start_time else None,
        end=time.fromisoformat(item.end_time) if item.end_time else None,
        enabled=item.enabled,
    )


def _playlist_items(session: Session, loop: str) -> list[PlaylistItem]:
    return list(
        session.scalars(
            select(PlaylistItem)
            .where(PlaylistItem.loop == ShowcaseLoop(loop), PlaylistItem.deleted.is_(False))
            .order_by(PlaylistItem.position, PlaylistItem.id)
        ).all()
    )


def _approved_ids(session: Session) -> dict[str, list[str]]:
    """Ids of the items the public loops may show, per kind, in the order they rotate."""
    return {
        "project": list(
            session.scalars(select(Project.id).where(*PUBLIC_PROJECTS).order_by(Project.title))
        ),
        "story": list(
            session.scalars(
                select(Story.id).where(*PUBLIC_STORIES).order_by(Story.created_at.desc())
            )
        ),
        "thanks": list(
            session.scalars(
                select(ThanksNote.id).where(*PUBLIC_THANKS).order_by(ThanksNote.posted_at.desc())
            )
        ),
    }


def _loop_kind(loop: str) -> ShowcaseLoop:
    try:
        return ShowcaseLoop(loop)
    except ValueError:
        raise KioskError(ErrorCode.PLAYLIST_ENTRY_INVALID, reason="loop", value=loop[:12]) from None


def next_showing(
    session: Session,
    *,
    loop: str,
    after_position: int | None,
    rotations: Mapping[str, int],
    now: datetime,
    zone: ZoneInfo,
    room_name: str,
    url_template: str,
) -> SlideShowing:
    """The slide a loop shows next, with its content, decided afresh at this boundary.

    A project or story entry without an item rotates through every approved one
    (``rotations`` counts how often the loop has shown each kind); a thanks entry without an
    item is the wall of thanks.
    """
    _loop_kind(loop)
    approved_ids = _approved_ids(session)
    approved_sets = {kind: set(ids) for kind, ids in approved_ids.items()}

    def approved(ref: showcase.SlideRef) -> bool:
        ids = approved_sets.get(ref.kind, set())
        return bool(ids) if ref.item_id is None else ref.item_id in ids

    notice = active_notice(session)
    emergency = showcase.Emergency(notice.text_en, notice.raised_at) if notice else None
    upcoming = showcase.next_entry(
        [_entry_of(i) for i in _playlist_items(session, loop)],
        after_position=after_position,
        now_local=now.astimezone(zone),
        approved=approved,
        emergency=emergency,
    )
    ref = upcoming.slide
    item_id = ref.item_id
    if item_id is None and ref.kind in ("project", "story"):
        ids = approved_ids[ref.kind]
        item_id = ids[rotations.get(ref.kind, 0) % len(ids)]
    content: SlideContent
    if ref.kind == "emergency" and notice is not None:
        content = notice
    elif ref.kind == "project" and item_id is not None:
        content = project_slide(session, project_id=item_id, url_template=url_template)
    elif ref.kind == "story" and item_id is not None:
        content = story_slide(session, story_id=item_id, url_template=url_template)
    elif ref.kind == "thanks":
        content = thanks_slide(session, note_id=item_id)
    elif ref.kind == "whats_on":
        content = whats_on_slide(session, now=now)
    elif ref.kind == "hot_topics":
        content = hot_topics_slide(session, now=now)
    elif ref.kind == "room_numbers":
        content = room_numbers_slide(session, now=now, zone=zone)
    else:
        content = WelcomeSlide(room_name)
    return SlideShowing(
        kind=ref.kind,
        item_id=item_id,
        content=content,
        duration_s=upcoming.duration_s,
        position=upcoming.position,
    )


# --- the playlist editor ---------------------------------------------------------------------


def _titles(session: Session, refs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Titles of the projects and stories (and the names thanks notes are to), by id."""
    by_kind: dict[str, set[str]] = {}
    for kind, item_id in refs:
        if item_id:
            by_kind.setdefault(kind, set()).add(item_id)
    titles: dict[str, str] = {}
    if by_kind.get("project"):
        titles.update(
            session.execute(
                select(Project.id, Project.title).where(Project.id.in_(by_kind["project"]))
            ).all()
        )
    if by_kind.get("story"):
        titles.update(
            session.execute(
                select(Story.id, Story.title).where(Story.id.in_(by_kind["story"]))
            ).all()
        )
    if by_kind.get("thanks"):
        titles.update(
            session.execute(
                select(ThanksNote.id, ThanksNote.to_whom).where(
                    ThanksNote.id.in_(by_kind["thanks"])
                )
            ).all()
        )
    return titles


def playlist(session: Session, *, loop: str) -> list[PlaylistRow]:
    """A loop's entries in order, with the titles of the items they show."""
    _loop_kind(loop)
    items = _playlist_items(session, loop)
    titles = _titles(session, ((i.kind, i.item_id) for i in items))
    return [
        PlaylistRow(
            id=i.id,
            loop=i.loop.value,
            position=i.position,
            kind=i.kind,
            item_id=i.item_id,
            item_title=titles.get(i.item_id or "", ""),
            duration_s=i.duration_s,
            weekdays=i.weekdays,
            start_time=i.start_time,
            end_time=i.end_time,
            enabled=i.enabled,
        )
        for i in items
    ]


def _parse_time(text: str | None) -> time | None:
    if text is None or text.strip() == "":
        return None
    value = text.strip()
    try:
        if len(value) != 5 or value[2] != ":":
            raise ValueError(value)
        return time.fromisoformat(value)
    except ValueError:
        raise KioskError(ErrorCode.PLAYLIST_ENTRY_INVALID, reason="time", value=value[:8]) from None


def _checked_entry(session: Session, draft: PlaylistDraft, position: int) -> showcase.PlaylistEntry:
    _loop_kind(draft.loop)
    if not set(draft.weekdays) <= set("0123456"):
        raise KioskError(ErrorCode.PLAYLIST_ENTRY_INVALID, reason="weekdays", value="")
    entry = showcase.PlaylistEntry(
        position=position,
        slide=showcase.SlideRef(draft.kind, draft.item_id or None),
        duration_s=draft.duration_s,
        weekdays=frozenset(int(d) for d in draft.weekdays),
        start=_parse_time(draft.start_time),
        end=_parse_time(draft.end_time),
        enabled=draft.enabled,
    )
    showcase.validate_entry(entry)
    if draft.item_id:
        model = {"project": Project, "story": Story, "thanks": ThanksNote}.get(draft.kind)
        target = session.get(model, draft.item_id) if model is not None else None
        if target is None or target.deleted:
            raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind=draft.kind)
    return entry


def _time_text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def add_playlist_item(session: Session, *, draft: PlaylistDraft) -> PlaylistRow:
    """Add an entry at the end of a loop.

    Raises:
        KioskError: PLAYLIST_ENTRY_INVALID (reason: loop, kind, duration, window, time,
            weekdays) or SHOWCASE_ITEM_UNKNOWN; nothing is stored.
    """
    last = session.scalar(
        select(func.max(PlaylistItem.position)).where(
            PlaylistItem.loop == _loop_kind(draft.loop), PlaylistItem.deleted.is_(False)
        )
    )
    entry = _checked_entry(session, draft, (last or 0) + 10)
    item = PlaylistItem(
        loop=ShowcaseLoop(draft.loop),
        position=entry.position,
        kind=draft.kind,
        item_id=draft.item_id or None,
        duration_s=draft.duration_s,
        weekdays="".join(sorted(set(draft.weekdays))),
        start_time=_time_text(entry.start),
        end_time=_time_text(entry.end),
        enabled=draft.enabled,
    )
    session.add(item)
    session.flush()
    return next(r for r in playlist(session, loop=draft.loop) if r.id == item.id)


def _live_item(session: Session, item_id: str) -> PlaylistItem:
    item = session.get(PlaylistItem, item_id)
    if item is None or item.deleted:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="playlist")
    return item


def update_playlist_item(session: Session, *, item_id: str, draft: PlaylistDraft) -> None:
    """Change an entry's duration, days, window, item or whether it plays (same checks)."""
    item = _live_item(session, item_id)
    entry = _checked_entry(session, draft, item.position)
    item.kind = draft.kind
    item.item_id = draft.item_id or None
    item.duration_s = draft.duration_s
    item.weekdays = "".join(sorted(set(draft.weekdays)))
    item.start_time = _time_text(entry.start)
    item.end_time = _time_text(entry.end)
    item.enabled = draft.enabled


def move_playlist_item(session: Session, *, item_id: str, step: int) -> None:
    """Move an entry up (step -1) or down (step +1) its loop; positions are renumbered by 10."""
    item = _live_item(session, item_id)
    items = _playlist_items(session, item.loop.value)
    index = items.index(item)
    target = max(0, min(len(items) - 1, index + step))
    items.insert(target, items.pop(index))
    for number, each in enumerate(items, start=1):
        if each.position != number * 10:
            each.position = number * 10


def remove_playlist_item(session: Session, *, item_id: str) -> None:
    """Take an entry out of its loop (a tombstone, so that the removal syncs)."""
    _live_item(session, item_id).deleted = True


# --- moderation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Moderated:
    """Where a moderated kind keeps its words and its two flags."""

    model: type[Story] | type[ThanksNote] | type[Project]
    title: str
    detail: str
    approved: str
    hidden: str
    submitted: str


MODERATED = {
    "story": _Moderated(Story, "title", "result", "approved", "hidden", "created_at"),
    "thanks": _Moderated(ThanksNote, "to_whom", "message", "approved", "hidden", "posted_at"),
    "project": _Moderated(
        Project, "title", "aim", "showcase_approved", "showcase_hidden", "created_at"
    ),
}


def _moderation_item(kind: str, row: Synced) -> ModerationItem:
    how = MODERATED[kind]
    title = getattr(row, how.title)
    if isinstance(row, Story):
        title = title or row.title_cy  # a story may have a Welsh title only
    return ModerationItem(
        kind,
        row.id,
        title,
        getattr(row, how.detail),
        getattr(row, how.approved),
        getattr(row, how.hidden),
        getattr(row, how.submitted),
    )


def moderation_queue(session: Session) -> list[ModerationItem]:
    """Stories, thanks notes and public project cards, waiting ones first, then newest first."""
    items = [
        _moderation_item(kind, row)
        for kind, how in MODERATED.items()
        for row in session.scalars(
            select(how.model).where(
                how.model.deleted.is_(False),
                *((Project.is_public.is_(True),) if how.model is Project else ()),
                *((Story.draft.is_(False),) if how.model is Story else ()),  # being written
            )
        )
    ]
    return sorted(
        items, key=lambda i: (i.approved and not i.hidden, -i.submitted_at.timestamp(), i.id)
    )


def moderate(
    session: Session, *, kind: str, item_id: str, approved: bool | None, hidden: bool | None
) -> ModerationItem:
    """Approve or withdraw, hide or show again, a story, thanks note or project card.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for an unknown kind or item.
    """
    how = MODERATED.get(kind)
    row = session.get(how.model, item_id) if how is not None else None
    if how is None or row is None or row.deleted:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind=kind[:24])
    if approved is not None:
        setattr(row, how.approved, approved)
    if hidden is not None:
        setattr(row, how.hidden, hidden)
    return _moderation_item(kind, row)


# --- notices and thanks ----------------------------------------------------------------------


def raise_notice(
    session: Session, *, level: str, text_cy: str, text_en: str, now: datetime
) -> NoticeSlide:
    """Raise an emergency or urgent message on every loop; it clears any earlier one.

    Raises:
        KioskError: NOTICE_INVALID (reason: level, empty, too_long); nothing is stored.
    """
    text_cy, text_en = text_cy.strip(), text_en.strip()
    if level not in NOTICE_LEVELS:
        raise KioskError(ErrorCode.NOTICE_INVALID, reason="level")
    if not text_cy and not text_en:
        raise KioskError(ErrorCode.NOTICE_INVALID, reason="empty")
    if max(len(text_cy), len(text_en)) > NOTICE_MAX:
        raise KioskError(ErrorCode.NOTICE_INVALID, reason="too_long", limit=NOTICE_MAX)
    clear_notice(session, now=now)
    notice = Notice(level=level, text_cy=text_cy, text_en=text_en, raised_at=now)
    session.add(notice)
    session.flush()
    return NoticeSlide(notice.id, level, text_cy, text_en, now)


def clear_notice(session: Session, *, now: datetime) -> int:
    """Clear every raised notice; returns how many were cleared."""
    notices = session.scalars(
        select(Notice).where(Notice.deleted.is_(False), Notice.cleared_at.is_(None))
    ).all()
    for notice in notices:
        notice.cleared_at = now
    return len(notices)


def post_thanks(
    session: Session,
    *,
    to_whom: str,
    message: str,
    signed: str,
    story_id: str | None,
    now: datetime,
) -> ThanksItem:
    """Post a thanks note; it waits for a facilitator's approval before any loop shows it.

    Raises:
        KioskError: THANKS_INVALID (field, reason: empty or too_long with ``limit``), or
            SHOWCASE_ITEM_UNKNOWN for a story that is gone; nothing is stored.
    """
    values = {"to_whom": to_whom.strip(), "message": message.strip(), "signed": signed.strip()}
    for field, value in values.items():
        problem = showcase.thanks_field_problem(field, value)
        if problem is not None:
            raise problem
    if story_id is not None:
        story = session.get(Story, story_id)
        if story is None or story.deleted:
            raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="story")
    note = ThanksNote(**values, story_id=story_id, posted_at=now, approved=False, hidden=False)
    session.add(note)
    session.flush()
    return _thanks_item(note)


# --- proof of play ---------------------------------------------------------------------------


def log_play(
    session: Session,
    *,
    loop: str,
    screen: str,
    kind: str,
    item_id: str | None,
    started_at: datetime,
    ended_at: datetime,
) -> None:
    """Record one completed showing (item, start, end, screen) for the monthly report."""
    session.add(
        PlayLog(
            loop=_loop_kind(loop),
            screen=screen[:120],
            kind=kind[:24],
            item_id=item_id,
            started_at=started_at,
            ended_at=max(ended_at, started_at),
        )
    )


def play_report(session: Session, *, month: date, zone: ZoneInfo) -> list[PlayReportRow]:
    """Every completed showing in a (local) calendar month, oldest first."""
    start = datetime.combine(month.replace(day=1), time.min, tzinfo=zone)
    following = (month.replace(day=1) + timedelta(days=32)).replace(day=1)
    end = datetime.combine(following, time.min, tzinfo=zone)
    rows = session.scalars(
        select(PlayLog)
        .where(
            PlayLog.started_at >= start.astimezone(UTC),
            PlayLog.started_at < end.astimezone(UTC),
            PlayLog.deleted.is_(False),
        )
        .order_by(PlayLog.started_at, PlayLog.id)
    ).all()
    titles = _titles(session, ((r.kind, r.item_id) for r in rows))
    return [
        PlayReportRow(
            r.loop.value,
            r.screen,
            r.kind,
            r.item_id,
            titles.get(r.item_id or "", ""),
            r.started_at,
            r.ended_at,
        )
        for r in rows
    ]


# --- flyers ----------------------------------------------------------------------------------


def flyer_event(session: Session, *, event_id: str) -> FlyerEvent:
    """An event for its A5 flyer.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for an event that does not exist or was deleted.
    """
    event = session.get(Event, event_id)
    if event is None or event.deleted:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="event")
    return FlyerEvent(
        event.id,
        event.kind.value,
        event.title_en,
        event.title_cy,
        event.starts_at,
        event.ends_at,
        event.location,
        event.description,
        event.description_cy,
    )


def examples(
    session: Session, *, now: datetime, zone: ZoneInfo, room_name: str, url_template: str
) -> list[SlideShowing]:
    """One slide of every kind from the room's content (snapshots, benchmarks, previews).

    The emergency example is made up on the spot, never stored; a kind with nothing approved
    to show is left out.
    """
    approved = _approved_ids(session)
    shows: list[SlideShowing] = []

    def add(kind: str, item_id: str | None, content: SlideContent) -> None:
        shows.append(SlideShowing(kind, item_id, content, 15, None))

    if approved["project"]:
        project_id = approved["project"][0]
        add(
            "project",
            project_id,
            project_slide(session, project_id=project_id, url_template=url_template),
        )
    if approved["story"]:
        stories = [
            story_slide(session, story_id=i, url_template=url_template) for i in approved["story"]
        ]
        best = max(stories, key=lambda s: (s.before_after is not None, len(s.thanks)))
        add("story", best.id, best)
    add("thanks", None, thanks_slide(session))
    add("whats_on", None, whats_on_slide(session, now=now))
    add("hot_topics", None, hot_topics_slide(session, now=now))
    add("room_numbers", None, room_numbers_slide(session, now=now, zone=zone))
    add(
        "emergency",
        None,
        NoticeSlide(
            "example",
            "urgent",
            "Mae'r ystafell ar gau y prynhawn yma am hyfforddiant tân. Ymddiheuriadau.",
            "The room is closed this afternoon for fire training. Sorry for any trouble.",
            now,
        ),
    )
    add("welcome", None, WelcomeSlide(room_name))
    return shows
