"""Writing success stories: save (with photo and testimonial), submit, approve, read back."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dto.stories import Option, ProjectStoryChoices, StoryDraft, StoryEditor, StoryRow
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Measure,
    Person,
    Project,
    ProjectMember,
    Story,
    StoryMedia,
    StoryMember,
)
from kiosk.photos import wav_seconds

TITLE_MAX = 200
SECTION_MAX = 2000
PHOTO = "photo"
TESTIMONIAL = "testimonial"
_REFUSED = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _section(value: str, *, field: str, lang: str, maximum: int, lines: bool) -> str:
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n")).strip()
    allowed = {"\n"} if lines else set()
    if any(unicodedata.category(ch) in _REFUSED and ch not in allowed for ch in text):
        raise KioskError(ErrorCode.STORY_INVALID, field=field, lang=lang, reason="control")
    if not any(unicodedata.category(ch)[0] in "LNPS" for ch in text):
        text = ""  # only spaces, joiners or marks: nothing anyone could read
    if len(text) > maximum:
        raise KioskError(
            ErrorCode.STORY_INVALID, field=field, lang=lang, reason="too_long", limit=maximum
        )
    return text


def clean_draft(draft: StoryDraft) -> StoryDraft:
    """The draft trimmed and checked (no database).

    Raises:
        KioskError: STORY_INVALID naming the field, language and reason; nothing is stored.
    """
    values: dict[str, Any] = {}  # str sections; Any lets replace() take them by name
    for field in ("title", "problem", "change", "result", "lessons"):
        for lang in ("en", "cy"):
            key = f"{field}_{lang}"
            values[key] = _section(
                getattr(draft, key),
                field=field,
                lang=lang,
                maximum=TITLE_MAX if field == "title" else SECTION_MAX,
                lines=field != "title",
            )
    if not values["title_en"] and not values["title_cy"]:
        raise KioskError(ErrorCode.STORY_INVALID, field="title", lang="", reason="empty")
    return replace(draft, **values)


def _live_story(session: Session, story_id: str) -> Story:
    story = session.get(Story, story_id)
    if story is None or story.deleted:
        raise KioskError(ErrorCode.SHOWCASE_ITEM_UNKNOWN, kind="story")
    return story


def status_of(story: Story) -> str:
    """draft, waiting (for approval), approved or hidden."""
    if story.draft:
        return "draft"
    if story.hidden:
        return "hidden"
    return "approved" if story.approved else "waiting"


def project_choices(session: Session, *, project_id: str) -> ProjectStoryChoices:
    """The project's team members who consented to be shown, and its live measures.

    Raises:
        KioskError: PROJECT_UNKNOWN for a project that is gone.
    """
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise KioskError(ErrorCode.PROJECT_UNKNOWN)
    people = session.execute(
        select(Person.id, Person.display_name)
        .join(ProjectMember, ProjectMember.person_id == Person.id)
        .where(
            ProjectMember.project_id == project_id,
            ProjectMember.deleted.is_(False),
            Person.deleted.is_(False),
            Person.consent_display.is_(True),
        )
        .order_by(Person.display_name, Person.id)
    ).all()
    measures = session.execute(
        select(Measure.id, Measure.name)
        .where(
            Measure.project_id == project_id,
            Measure.deleted.is_(False),
            Measure.retired.is_(False),
        )
        .order_by(Measure.name, Measure.id)
    ).all()
    return ProjectStoryChoices(
        project_id,
        tuple(Option(pid, name) for pid, name in people),
        tuple(Option(mid, name) for mid, name in measures),
    )


def _check_links(session: Session, draft: StoryDraft) -> None:
    if draft.project_id is None:
        if draft.measure_id is not None or draft.member_ids:
            raise KioskError(ErrorCode.STORY_INVALID, field="project", lang="", reason="empty")
        return
    choices = project_choices(session, project_id=draft.project_id)
    if draft.measure_id is not None and draft.measure_id not in {m.id for m in choices.measures}:
        raise KioskError(ErrorCode.STORY_INVALID, field="measure", lang="", reason="unknown")
    allowed = {m.id for m in choices.members}
    if any(pid not in allowed for pid in draft.member_ids):
        raise KioskError(ErrorCode.STORY_INVALID, field="member", lang="", reason="unknown")


def _set_media(
    session: Session, story_id: str, kind: str, mime: str, data: bytes | None, now: datetime
) -> None:
    row = session.get(StoryMedia, (story_id, kind))
    if data is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(StoryMedia(story_id=story_id, kind=kind, mime=mime, data=data, updated_at=now))
    else:
        row.mime, row.data, row.updated_at = mime, data, now


def _set_members(session: Session, story_id: str, member_ids: tuple[str, ...]) -> None:
    rows = {
        row.person_id: row
        for row in session.scalars(select(StoryMember).where(StoryMember.story_id == story_id))
    }
    wanted = set(member_ids)
    for person_id, row in rows.items():
        row_wanted = person_id in wanted
        if row.deleted == row_wanted:  # a tombstone brought back, or a member taken off
            row.deleted = not row_wanted
    for person_id in member_ids:
        if person_id not in rows:
            session.add(StoryMember(story_id=story_id, person_id=person_id))


def save_story(
    session: Session,
    *,
    story_id: str | None,
    draft: StoryDraft,
    photo: bytes | None,
    testimonial: bytes | None,
    now: datetime,
) -> StoryEditor:
    """Write a new story (a draft) or change one; a changed story waits for approval again.

    `photo` and `testimonial` are new media already checked (kiosk.photos); None keeps what is
    stored unless the draft asks to remove it.

    Raises:
        KioskError: STORY_INVALID, PROJECT_UNKNOWN or SHOWCASE_ITEM_UNKNOWN; nothing is stored.
    """
    draft = clean_draft(draft)
    _check_links(session, draft)
    columns = {
        "project_id": draft.project_id,
        "title": draft.title_en,
        "title_cy": draft.title_cy,
        "problem": draft.problem_en,
        "problem_cy": draft.problem_cy,
        "change": draft.change_en,
        "change_cy": draft.change_cy,
        "result": draft.result_en,
        "result_cy": draft.result_cy,
        "lessons": draft.lessons_en,
        "lessons_cy": draft.lessons_cy,
        "measure_id": draft.measure_id,
    }
    if story_id is None:
        story = Story(**columns, approved=False, hidden=False, draft=True)
        session.add(story)
        session.flush()
    else:
        story = _live_story(session, story_id)
        before = {key: getattr(story, key) for key in columns}
        for key, value in columns.items():
            setattr(story, key, value)
        if before != columns or photo is not None or draft.remove_photo:
            story.approved = False  # what the public loops show is approved as it reads now
            story.draft = True
    _set_members(session, story.id, draft.member_ids)
    if photo is not None or draft.remove_photo:
        _set_media(session, story.id, PHOTO, "image/jpeg", photo, now)
    if testimonial is not None or draft.remove_testimonial:
        _set_media(session, story.id, TESTIMONIAL, "audio/wav", testimonial, now)
    session.flush()
    return load_story(session, story_id=story.id)


def submit_story(session: Session, *, story_id: str) -> StoryEditor:
    """Offer a story for approval: it joins the moderation queue, off the loops until approved.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for a story that is gone.
    """
    story = _live_story(session, story_id)
    story.draft = False
    story.approved = False
    return load_story(session, story_id=story_id)


def approve_story(session: Session, *, story_id: str) -> StoryEditor:
    """Approve a submitted story for the public loops.

    Raises:
        KioskError: STORY_NOT_SUBMITTED while it is still being written; SHOWCASE_ITEM_UNKNOWN.
    """
    story = _live_story(session, story_id)
    if story.draft:
        raise KioskError(ErrorCode.STORY_NOT_SUBMITTED)
    story.approved = True
    story.hidden = False
    return load_story(session, story_id=story_id)


def media(session: Session, *, story_id: str, kind: str) -> bytes | None:
    """A story's photo or testimonial, or None."""
    return session.scalar(
        select(StoryMedia.data).where(StoryMedia.story_id == story_id, StoryMedia.kind == kind)
    )


def load_story(session: Session, *, story_id: str) -> StoryEditor:
    """A story as the form shows it.

    Raises:
        KioskError: SHOWCASE_ITEM_UNKNOWN for a story that is gone.
    """
    story = _live_story(session, story_id)
    members = session.scalars(
        select(StoryMember.person_id)
        .where(StoryMember.story_id == story_id, StoryMember.deleted.is_(False))
        .order_by(StoryMember.created_at, StoryMember.person_id)
    ).all()
    audio = media(session, story_id=story_id, kind=TESTIMONIAL)
    draft = StoryDraft(
        project_id=story.project_id,
        title_en=story.title,
        title_cy=story.title_cy,
        problem_en=story.problem,
        problem_cy=story.problem_cy,
        change_en=story.change,
        change_cy=story.change_cy,
        result_en=story.result,
        result_cy=story.result_cy,
        lessons_en=story.lessons,
        lessons_cy=story.lessons_cy,
        measure_id=story.measure_id,
        member_ids=tuple(members),
    )
    return StoryEditor(
        id=story.id,
        draft=draft,
        status=status_of(story),
        photo=media(session, story_id=story_id, kind=PHOTO),
        testimonial_seconds=wav_seconds(audio) if audio is not None else None,
    )


def list_stories(session: Session) -> list[StoryRow]:
    """Every story, newest first, for the facilitator to pick one to edit."""
    stories = session.scalars(
        select(Story).where(Story.deleted.is_(False)).order_by(Story.created_at.desc(), Story.id)
    ).all()
    return [StoryRow(s.id, s.title or s.title_cy, status_of(s)) for s in stories]
