"""Success-story authoring behind the PIN: the story as written, its choices and its list."""

from __future__ import annotations

from dataclasses import dataclass

SECTIONS = ("title", "problem", "change", "result", "lessons")


@dataclass(frozen=True)
class StoryDraft:
    """A story as the facilitator wrote it: each section in English and Welsh (either may be
    empty, the title not in both), the team members to name, the measure to chart, and a new
    photo (a file on a removable drive) or testimonial (a recorded WAV) to take in."""

    project_id: str | None
    title_en: str = ""
    title_cy: str = ""
    problem_en: str = ""
    problem_cy: str = ""
    change_en: str = ""
    change_cy: str = ""
    result_en: str = ""
    result_cy: str = ""
    lessons_en: str = ""
    lessons_cy: str = ""
    measure_id: str | None = None
    member_ids: tuple[str, ...] = ()
    photo_path: str | None = None
    testimonial_path: str | None = None
    remove_photo: bool = False
    remove_testimonial: bool = False


@dataclass(frozen=True)
class StoryEditor:
    """A stored story, for editing; `status` is draft, waiting, approved or hidden."""

    id: str
    draft: StoryDraft
    status: str
    photo: bytes | None
    testimonial_seconds: float | None


@dataclass(frozen=True)
class StoryRow:
    """A story in the facilitator's list."""

    id: str
    title: str
    status: str


@dataclass(frozen=True)
class Option:
    """Something to pick: an id and what it is called."""

    id: str
    label: str


@dataclass(frozen=True)
class ProjectStoryChoices:
    """What a story about a project may name: team members who agreed to be shown, measures."""

    project_id: str
    members: tuple[Option, ...]
    measures: tuple[Option, ...]


@dataclass(frozen=True)
class PhotoFile:
    """A photo on a removable drive."""

    path: str
    drive: str
    name: str
