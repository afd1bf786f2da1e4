"""Success-story authoring on a real SQLite file: photos cleaned, words checked, drafts kept off
the loops and the moderation queue, an edited story approved again, the team as consented."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from kiosk.db import Store
from kiosk.dto.stories import StoryDraft
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Person, Project, ProjectMember, Story, StoryMedia
from kiosk.operations import Operations
from kiosk.photos import PHOTO_SIDE, clean_photo

GPS_IFD = 0x8825
URL = "https://example.org/p/{id}"


@dataclass(frozen=True)
class Team:
    project_id: str
    agreed: str
    refused: str


@pytest.fixture
def ops(store: Store) -> Operations:
    return Operations(store, clock=store.clock)


@pytest.fixture
def team(store: Store) -> Team:
    with store.begin() as s:
        project = Project(title="Ward 7 falls", aim="Halve falls")
        agreed = Person(display_name="Nia Agreed", consent_display=True)
        refused = Person(display_name="Owain Refused", consent_display=False)
        s.add_all([project, agreed, refused])
        s.flush()
        s.add_all(
            [
                ProjectMember(project_id=project.id, person_id=agreed.id),
                ProjectMember(project_id=project.id, person_id=refused.id),
            ]
        )
        return Team(project.id, agreed.id, refused.id)


def _photo(path: Path, size: tuple[int, int], mode: str = "RGB", fmt: str = "JPEG") -> Path:
    image = Image.new(mode, size, (10, 120, 200) if mode == "RGB" else (10, 120, 200, 128))
    exif = Image.Exif()
    exif[0x0110] = "PhoneModel"
    exif[0x0112] = 6  # rotated: the kiosk turns the pixels upright before dropping EXIF
    exif.get_ifd(GPS_IFD)[2] = (51.0, 29.0, 12.0)
    image.save(path, fmt, exif=exif)
    return path


def _count(store: Store) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(Story)) or 0)


def test_a_phone_photo_is_turned_upright_downscaled_and_stripped_of_gps(tmp_path: Path) -> None:
    data = clean_photo(_photo(tmp_path / "p.jpg", (4000, 3000)))
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert image.size == (PHOTO_SIDE * 3 // 4, PHOTO_SIDE)  # orientation 6: portrait now
        assert len(image.getexif()) == 0
        assert "exif" not in image.info
        assert "icc_profile" not in image.info


def test_a_png_with_transparency_becomes_a_plain_jpeg(tmp_path: Path) -> None:
    data = clean_photo(_photo(tmp_path / "p.png", (800, 600), mode="RGBA", fmt="PNG"))
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (600, 800))


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"GIF89a not really", "not_image"), (b"", "not_image"), (None, "unreadable")],
)
def test_files_that_are_no_photo_are_refused(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "x.jpg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(KioskError) as caught:
        clean_photo(path)
    assert caught.value.code is ErrorCode.STORY_PHOTO_INVALID
    assert caught.value.params["reason"] == reason


@pytest.mark.parametrize(
    ("draft", "params"),
    [
        (StoryDraft(None, title_en="  ", title_cy="\u200d"), {"field": "title", "reason": "empty"}),
        (StoryDraft(None, title_cy="x" * 201), {"field": "title", "reason": "too_long"}),
        (
            StoryDraft(None, title_en="T", problem_cy="a\x1bb"),
            {"field": "problem", "lang": "cy", "reason": "control"},
        ),
        (
            StoryDraft(None, title_en="T", lessons_en="x" * 2001),
            {"field": "lessons", "lang": "en", "reason": "too_long"},
        ),
        (StoryDraft(None, title_en="T", measure_id="m"), {"field": "project"}),
    ],
)
def test_bad_words_are_refused_naming_the_field_and_nothing_is_stored(
    ops: Operations, store: Store, draft: StoryDraft, params: dict[str, str]
) -> None:
    with pytest.raises(KioskError) as caught:
        ops.stories.save_story(None, draft)
    assert caught.value.code is ErrorCode.STORY_INVALID
    assert params.items() <= caught.value.params.items()
    assert _count(store) == 0


def test_a_welsh_only_story_keeps_its_lines_and_shows_in_english_loops_too(
    ops: Operations, team: Team
) -> None:
    saved = ops.stories.save_story(
        None,
        StoryDraft(
            team.project_id,
            title_cy="Llai o gwympiadau",
            result_cy="Llai.\nLlawer llai.",
            member_ids=(team.agreed,),
        ),
    )
    assert saved.draft.result_cy == "Llai.\nLlawer llai."
    slide = ops.showcase.story_slide(saved.id, URL)
    assert slide.text("title", "en") == "Llai o gwympiadau"
    assert slide.text("result", "cy") == "Llai.\nLlawer llai."
    assert slide.team == ("Nia",)
    assert saved.id not in {i.id for i in ops.showcase.moderation_queue()}


def test_someone_who_refused_display_cannot_be_named(ops: Operations, team: Team) -> None:
    choices = ops.stories.project_choices(team.project_id)
    assert [m.label for m in choices.members] == ["Nia Agreed"]
    with pytest.raises(KioskError) as caught:
        ops.stories.save_story(
            None, StoryDraft(team.project_id, title_en="T", member_ids=(team.refused,))
        )
    assert caught.value.params["field"] == "member"


def test_drafts_wait_outside_the_queue_and_an_edited_story_is_approved_again(
    ops: Operations, team: Team, store: Store, tmp_path: Path
) -> None:
    draft = StoryDraft(team.project_id, title_en="Fewer falls", member_ids=(team.agreed,))
    saved = ops.stories.save_story(None, draft)
    assert saved.status == "draft"
    assert saved.id not in {i.id for i in ops.showcase.moderation_queue()}
    with pytest.raises(KioskError) as caught:
        ops.stories.approve_story(saved.id)
    assert caught.value.code is ErrorCode.STORY_NOT_SUBMITTED
    assert ops.stories.submit_story(saved.id).status == "waiting"
    assert saved.id in {i.id for i in ops.showcase.moderation_queue()}
    assert ops.stories.approve_story(saved.id).status == "approved"
    assert saved.id in {c.id for c in ops.catalogue.list_stories()}  # visitors see it now

    photo = str(_photo(tmp_path / "p.jpg", (640, 480)))
    edited = ops.stories.save_story(
        saved.id, StoryDraft(team.project_id, title_en="Far fewer falls", photo_path=photo)
    )
    assert edited.status == "draft"  # off the loops until approved as it reads now
    assert saved.id not in {c.id for c in ops.catalogue.list_stories()}
    assert edited.photo is not None
    assert edited.draft.member_ids == ()  # Nia taken off (a tombstone, so it syncs)
    assert ops.showcase.story_slide(saved.id, URL).team == ()
    removed = ops.stories.save_story(
        saved.id, StoryDraft(team.project_id, title_en="Far fewer falls", remove_photo=True)
    )
    assert removed.photo is None
    with store.begin() as s:
        assert s.scalar(select(func.count()).select_from(StoryMedia)) == 0
