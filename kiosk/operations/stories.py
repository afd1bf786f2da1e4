"""Success-story authoring behind the PIN: write, edit, submit and approve; photos from a
removable drive and recorded testimonials."""

from __future__ import annotations

from pathlib import Path

from kiosk import drives
from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.stories import PhotoFile, ProjectStoryChoices, StoryDraft, StoryEditor, StoryRow
from kiosk.operations.base import Feature
from kiosk.paths import private_file
from kiosk.photos import PHOTO_SUFFIXES, clean_photo, testimonial_bytes
from kiosk.services import catalogue, stories


class StoriesOps(Feature):
    """Each method one transaction (media are read and cleaned before it opens)."""

    def list_stories(self) -> list[StoryRow]:
        """Every story, newest first, with where it is (draft, waiting, approved, hidden)."""
        with self._store.begin() as session:
            return stories.list_stories(session)

    def projects(self) -> list[ProjectCard]:
        """The projects a story may be about."""
        with self._store.begin() as session:
            return catalogue.list_projects(session)

    def project_choices(self, project_id: str) -> ProjectStoryChoices:
        """A project's consenting team members and its measures."""
        with self._store.begin() as session:
            return stories.project_choices(session, project_id=project_id)

    def load_story(self, story_id: str) -> StoryEditor:
        """A story for the form."""
        with self._store.begin() as session:
            return stories.load_story(session, story_id=story_id)

    def save_story(self, story_id: str | None, draft: StoryDraft) -> StoryEditor:
        """Save a new or changed story with its new photo (downscaled, metadata stripped) and
        testimonial; nothing is stored when any part is refused."""
        stories.clean_draft(draft)  # say what is wrong with the words before reading files
        photo = clean_photo(Path(draft.photo_path)) if draft.photo_path else None
        audio = testimonial_bytes(Path(draft.testimonial_path)) if draft.testimonial_path else None
        with self._store.begin() as session:
            return stories.save_story(
                session,
                story_id=story_id,
                draft=draft,
                photo=photo,
                testimonial=audio,
                now=self._clock(),
            )

    def submit_story(self, story_id: str) -> StoryEditor:
        """Offer a story for approval."""
        with self._store.begin() as session:
            return stories.submit_story(session, story_id=story_id)

    def approve_story(self, story_id: str) -> StoryEditor:
        """Approve a submitted story: the loops show it from their next slide."""
        with self._store.begin() as session:
            return stories.approve_story(session, story_id=story_id)

    def testimonial_file(self, story_id: str, folder: Path) -> Path | None:
        """Write a story's stored testimonial to an owner-only file in `folder` for playback."""
        with self._store.begin() as session:
            data = stories.media(session, story_id=story_id, kind=stories.TESTIMONIAL)
        if data is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"testimonial-{story_id}.wav"
        private_file(path)
        path.write_bytes(data)
        return path

    def photo_files(self, drive_roots: str) -> list[PhotoFile]:
        """The photos (.jpg, .jpeg, .png) on every removable drive mounted now."""
        found = drives.removable_drives(drives.roots_from_setting(drive_roots))
        return [
            PhotoFile(str(path), drive.label, path.name)
            for drive in found
            for path in drives.files_on(drive, PHOTO_SUFFIXES)
        ]
