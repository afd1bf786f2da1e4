"""The showcase: the loops' next slide, playlists, moderation, notices, posters, play logs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.dto.showcase import (
    FlyerEvent,
    ModerationItem,
    NoticeSlide,
    PlaylistDraft,
    PlaylistRow,
    PlayReportRow,
    ProjectSlide,
    SlideShowing,
    StorySlide,
    ThanksItem,
)
from kiosk.operations.base import Feature
from kiosk.services import showcase

# The room's local time: playlists' day and time windows and the monthly report use it.
ROOM_ZONE = ZoneInfo("Europe/London")


class ShowcaseOps(Feature):
    """The showcase loops and their admin page: each method one transaction."""

    def next_showing(
        self,
        loop: str,
        after_position: int | None,
        rotations: Mapping[str, int],
        room_name: str,
        url_template: str,
        zone: ZoneInfo = ROOM_ZONE,
    ) -> SlideShowing:
        """The slide a showcase loop shows next (read at every slide boundary)."""
        with self._store.begin() as session:
            return showcase.next_showing(
                session,
                loop=loop,
                after_position=after_position,
                rotations=rotations,
                now=self._clock(),
                zone=zone,
                room_name=room_name,
                url_template=url_template,
            )

    def log_play(
        self, loop: str, screen: str, kind: str, item_id: str | None, started_at: datetime
    ) -> None:
        """Record a completed showing, ending now."""
        with self._store.begin() as session:
            showcase.log_play(
                session,
                loop=loop,
                screen=screen,
                kind=kind,
                item_id=item_id,
                started_at=started_at,
                ended_at=self._clock(),
            )

    def play_report(self, month: date, zone: ZoneInfo = ROOM_ZONE) -> list[PlayReportRow]:
        """Proof of play for a calendar month."""
        with self._store.begin() as session:
            return showcase.play_report(session, month=month, zone=zone)

    def playlist(self, loop: str) -> list[PlaylistRow]:
        """A showcase loop's entries in order."""
        with self._store.begin() as session:
            return showcase.playlist(session, loop=loop)

    def add_playlist_item(self, draft: PlaylistDraft) -> PlaylistRow:
        """Add an entry to the end of a loop."""
        with self._store.begin() as session:
            return showcase.add_playlist_item(session, draft=draft)

    def update_playlist_item(self, item_id: str, draft: PlaylistDraft) -> list[PlaylistRow]:
        """Change an entry; returns its loop."""
        with self._store.begin() as session:
            showcase.update_playlist_item(session, item_id=item_id, draft=draft)
            return showcase.playlist(session, loop=draft.loop)

    def move_playlist_item(self, item_id: str, step: int, loop: str) -> list[PlaylistRow]:
        """Move an entry up or down; returns its loop."""
        with self._store.begin() as session:
            showcase.move_playlist_item(session, item_id=item_id, step=step)
            return showcase.playlist(session, loop=loop)

    def remove_playlist_item(self, item_id: str, loop: str) -> list[PlaylistRow]:
        """Take an entry out of its loop; returns the loop."""
        with self._store.begin() as session:
            showcase.remove_playlist_item(session, item_id=item_id)
            return showcase.playlist(session, loop=loop)

    def moderation_queue(self) -> list[ModerationItem]:
        """Stories, thanks notes and project cards with their approval."""
        with self._store.begin() as session:
            return showcase.moderation_queue(session)

    def moderate(
        self, kind: str, item_id: str, approved: bool | None = None, hidden: bool | None = None
    ) -> ModerationItem:
        """Approve, withdraw, hide or show again an item of the public loops."""
        with self._store.begin() as session:
            return showcase.moderate(
                session, kind=kind, item_id=item_id, approved=approved, hidden=hidden
            )

    def raise_notice(self, level: str, text_cy: str, text_en: str) -> NoticeSlide:
        """Raise an emergency or urgent message on every loop."""
        with self._store.begin() as session:
            return showcase.raise_notice(
                session, level=level, text_cy=text_cy, text_en=text_en, now=self._clock()
            )

    def clear_notice(self) -> int:
        """Clear the raised message."""
        with self._store.begin() as session:
            return showcase.clear_notice(session, now=self._clock())

    def active_notice(self) -> NoticeSlide | None:
        """The raised message, if any."""
        with self._store.begin() as session:
            return showcase.active_notice(session)

    def post_thanks(
        self, to_whom: str, message: str, signed: str = "", story_id: str | None = None
    ) -> ThanksItem:
        """Post a thanks note for the wall (shown after a facilitator approves it)."""
        with self._store.begin() as session:
            return showcase.post_thanks(
                session,
                to_whom=to_whom,
                message=message,
                signed=signed,
                story_id=story_id,
                now=self._clock(),
            )

    def project_slide(self, project_id: str, url_template: str) -> ProjectSlide:
        """A project's card, for a poster."""
        with self._store.begin() as session:
            return showcase.project_slide(session, project_id=project_id, url_template=url_template)

    def story_slide(self, story_id: str, url_template: str) -> StorySlide:
        """A story, for a poster."""
        with self._store.begin() as session:
            return showcase.story_slide(session, story_id=story_id, url_template=url_template)

    def flyer_event(self, event_id: str) -> FlyerEvent:
        """An event, for its flyer."""
        with self._store.begin() as session:
            return showcase.flyer_event(session, event_id=event_id)

    def showcase_examples(
        self, room_name: str, url_template: str, zone: ZoneInfo = ROOM_ZONE
    ) -> list[SlideShowing]:
        """One slide of every kind (snapshots and benchmarks)."""
        with self._store.begin() as session:
            return showcase.examples(
                session,
                now=self._clock(),
                zone=zone,
                room_name=room_name,
                url_template=url_template,
            )
