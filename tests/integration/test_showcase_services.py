"""Showcase services on a real SQLite file: playlists, notices, thanks, moderation, slide
content, proof of play and migration 0004."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.db import Store
from kiosk.demo import fill_demo
from kiosk.dto.showcase import NoticeSlide, PlaylistDraft, ProjectSlide, StorySlide
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Department,
    Notice,
    Outbox,
    Person,
    PlaylistItem,
    PlayLog,
    Project,
    ProjectMember,
    Story,
    ThanksNote,
    Topic,
    Visit,
    VisitTopic,
)
from kiosk.operations import Operations
from kiosk.operations.showcase import ROOM_ZONE

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
URL = "https://qnet.example.nhs.wales/projects/{id}"


@pytest.fixture
def ops(store: Store) -> Operations:
    return Operations(store, clock=lambda: NOW)


@pytest.fixture
def demo(store: Store, ops: Operations) -> Operations:
    with store.begin() as session:
        fill_demo(session, seed=2, now=NOW)
    return ops


def _count(store: Store, model: type) -> int:
    with store.begin() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- playlists ---------------------------------------------------------------------------------


def test_entries_are_added_in_order_moved_paused_and_removed(ops: Operations) -> None:
    first = ops.showcase.add_playlist_item(PlaylistDraft("av", "room_numbers", None, 10))
    second = ops.showcase.add_playlist_item(
        PlaylistDraft("av", "whats_on", None, 12, "01234", "08:00", "10:00")
    )
    assert [(r.kind, r.position) for r in ops.showcase.playlist("av")] == [
        ("room_numbers", 10),
        ("whats_on", 20),
    ]
    assert second.weekdays == "01234"
    assert (second.start_time, second.end_time) == ("08:00", "10:00")

    rows = ops.showcase.move_playlist_item(second.id, -1, "av")
    assert [r.kind for r in rows] == ["whats_on", "room_numbers"]
    rows = ops.showcase.update_playlist_item(
        first.id, PlaylistDraft("av", "room_numbers", None, 30, enabled=False)
    )
    assert [(r.kind, r.duration_s, r.enabled) for r in rows] == [
        ("whats_on", 12, True),
        ("room_numbers", 30, False),
    ]
    rows = ops.showcase.remove_playlist_item(second.id, "av")
    assert [r.kind for r in rows] == ["room_numbers"]
    assert ops.showcase.playlist("attract") == []


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (PlaylistDraft("av", "room_numbers", None, 2), "duration"),
        (PlaylistDraft("av", "room_numbers", None, 601), "duration"),
        (PlaylistDraft("av", "poll", None, 10), "kind"),
        (PlaylistDraft("av", "emergency", None, 10), "kind"),
        (PlaylistDraft("lobby", "room_numbers", None, 10), "loop"),
        (PlaylistDraft("av", "whats_on", None, 10, start_time="8am"), "time"),
        (PlaylistDraft("av", "whats_on", None, 10, start_time="25:00"), "time"),
        (PlaylistDraft("av", "whats_on", None, 10, start_time="09:00", end_time="09:00"), "window"),
        (PlaylistDraft("av", "whats_on", None, 10, weekdays=""), "weekdays"),
        (PlaylistDraft("av", "whats_on", None, 10, weekdays="8"), "weekdays"),
    ],
)
def test_a_bad_entry_is_refused_with_its_reason_and_nothing_is_stored(
    ops: Operations, store: Store, draft: PlaylistDraft, reason: str
) -> None:
    with pytest.raises(KioskError) as caught:
        ops.showcase.add_playlist_item(draft)
    assert caught.value.code is ErrorCode.PLAYLIST_ENTRY_INVALID
    assert caught.value.params["reason"] == reason
    assert _count(store, PlaylistItem) == 0
    assert _count(store, Outbox) == 0


def test_an_entry_for_an_item_that_does_not_exist_is_refused(ops: Operations) -> None:
    with pytest.raises(KioskError) as caught:
        ops.showcase.add_playlist_item(PlaylistDraft("av", "project", "no-such-project", 10))
    assert caught.value.code is ErrorCode.SHOWCASE_ITEM_UNKNOWN


def test_playlist_writes_are_queued_for_the_register(ops: Operations, store: Store) -> None:
    row = ops.showcase.add_playlist_item(PlaylistDraft("av", "room_numbers", None, 10))
    ops.showcase.remove_playlist_item(row.id, "av")
    with store.begin() as session:
        changes = session.scalars(select(Outbox).where(Outbox.entity == "playlist_item")).all()
    assert [c.entity_id for c in changes] == [row.id, row.id]
    assert changes[-1].payload["deleted"] is True


# --- notices -----------------------------------------------------------------------------------


def test_a_new_notice_replaces_the_old_one_and_clearing_ends_it(ops: Operations) -> None:
    ops.showcase.raise_notice("urgent", "Ar gau heddiw", "Closed today")
    raised = ops.showcase.raise_notice("emergency", "", "Leave the building")
    assert ops.showcase.active_notice() == NoticeSlide(
        raised.id, "emergency", "", "Leave the building", NOW
    )
    assert ops.showcase.clear_notice() == 1
    assert ops.showcase.active_notice() is None
    assert ops.showcase.clear_notice() == 0


@pytest.mark.parametrize(
    ("level", "cy", "en", "reason"),
    [
        ("urgent", "", "   ", "empty"),
        ("urgent", "x" * 281, "", "too_long"),
        ("panic", "Helo", "Hello", "level"),
    ],
)
def test_a_bad_notice_is_refused_and_nothing_is_stored(
    ops: Operations, store: Store, level: str, cy: str, en: str, reason: str
) -> None:
    with pytest.raises(KioskError) as caught:
        ops.showcase.raise_notice(level, cy, en)
    assert caught.value.code is ErrorCode.NOTICE_INVALID
    assert caught.value.params["reason"] == reason
    assert _count(store, Notice) == 0


# --- moderation and content ----------------------------------------------------------------------


def test_moderation_lists_waiting_items_first_and_changes_stick(demo: Operations) -> None:
    queue = demo.showcase.moderation_queue()
    waiting = [i for i in queue if not i.approved]
    assert queue[: len(waiting)] == waiting
    assert {i.kind for i in queue} == {"story", "thanks", "project"}
    note = next(i for i in queue if i.kind == "thanks" and not i.approved)

    assert demo.showcase.moderate("thanks", note.id, approved=True).approved
    hidden = demo.showcase.moderate("thanks", note.id, hidden=True)
    assert hidden.approved
    assert hidden.hidden
    with pytest.raises(KioskError):
        demo.showcase.moderate("poll", note.id, approved=True)
    with pytest.raises(KioskError):
        demo.showcase.moderate("story", "missing", approved=True)


def test_a_project_slide_names_only_team_members_who_consented(
    demo: Operations, store: Store
) -> None:
    with store.begin() as session:
        department = session.scalars(select(Department)).first()
        assert department is not None
        project = Project(title="Ward Teifi falls", aim="Fewer falls.", department_id=department.id)
        session.add(project)
        session.flush()
        for name, consent, erased in (
            ("Ianto Rees", True, False),
            ("Cerys Hopcyn", False, False),
            ("Gwenno Parri", True, True),
        ):
            person = Person(display_name=name, consent_display=consent, deleted=erased)
            session.add(person)
            session.flush()
            session.add(ProjectMember(project_id=project.id, person_id=person.id))
        project_id = project.id

    slide = demo.showcase.project_slide(project_id, URL)

    assert isinstance(slide, ProjectSlide)
    assert slide.team == ("Ianto",)
    assert slide.url == URL.replace("{id}", project_id)
    assert slide.sparkline is None


def test_a_story_slide_has_its_chart_thanks_and_link(demo: Operations, store: Store) -> None:
    examples = demo.showcase.showcase_examples("Qspace", URL)
    story = next(s.content for s in examples if s.kind == "story")
    assert isinstance(story, StorySlide)
    assert story.before_after is not None
    assert len(story.before_after.before) >= 2
    assert story.url is not None
    assert story.url.startswith("https://qnet.example.nhs.wales/")
    assert {s.kind for s in examples} == {
        "project",
        "story",
        "thanks",
        "whats_on",
        "hot_topics",
        "room_numbers",
        "emergency",
        "welcome",
    }
    assert _count(store, Notice) == 0  # the example notice is never stored


def test_hot_topics_count_the_last_30_days_only(ops: Operations, store: Store) -> None:
    with store.begin() as session:
        topics = session.scalars(select(Topic).order_by(Topic.sort_order)).all()
        for days, topic in ((1, topics[0]), (2, topics[0]), (3, topics[1]), (31, topics[2])):
            visit = Visit(checked_in_at=NOW - timedelta(days=days))
            session.add(visit)
            session.flush()
            session.add(VisitTopic(visit_id=visit.id, topic_id=topic.id))
        first, second = topics[0].name_en, topics[1].name_en
    showing = ops.showcase.next_showing("av", None, {}, "Qspace", URL)
    assert showing.kind == "welcome"  # nothing in the loop
    ops.showcase.add_playlist_item(PlaylistDraft("av", "hot_topics", None, 10))
    slide = ops.showcase.next_showing("av", None, {}, "Qspace", URL).content
    assert [(t.name_en, t.visits) for t in slide.topics] == [(first, 2), (second, 1)]  # type: ignore[union-attr]


def test_project_entries_without_an_item_rotate_through_approved_projects(
    demo: Operations, store: Store
) -> None:
    with store.begin() as session:
        approved = set(
            session.scalars(select(Project.id).where(Project.showcase_approved.is_(True)))
        )
    for row in demo.showcase.playlist("av"):
        demo.showcase.remove_playlist_item(row.id, "av")
    demo.showcase.add_playlist_item(PlaylistDraft("av", "project", None, 10))
    shown = [
        demo.showcase.next_showing("av", 10, {"project": n}, "Qspace", URL).item_id
        for n in range(24)
    ]
    assert set(shown) == approved
    assert len(approved) == 12


# --- thanks and proof of play -----------------------------------------------------------------


def test_a_thanks_note_is_stored_waiting_for_approval(ops: Operations, store: Store) -> None:
    note = ops.showcase.post_thanks("  Ward 4  ", "Diolch!", "Siân")
    with store.begin() as session:
        stored = session.get(ThanksNote, note.id)
        assert stored is not None
        assert (stored.to_whom, stored.message, stored.signed) == ("Ward 4", "Diolch!", "Siân")
        assert not stored.approved
        assert not stored.hidden


def test_the_play_report_covers_one_local_calendar_month(ops: Operations, store: Store) -> None:
    # 00:30 on 1 November in London is 00:30 UTC (GMT); 23:30 on 31 October is 22:30 UTC (BST).
    moments = [
        datetime(2026, 10, 31, 22, 30, tzinfo=UTC),
        datetime(2026, 11, 1, 0, 30, tzinfo=UTC),
        datetime(2026, 11, 30, 23, 59, tzinfo=UTC),
        datetime(2026, 12, 1, 0, 0, tzinfo=UTC),
    ]
    with store.begin() as session:
        for moment in moments:
            session.add(
                PlayLog(
                    loop="av",
                    screen="HDMI-1",
                    kind="room_numbers",
                    item_id=None,
                    started_at=moment,
                    ended_at=moment + timedelta(seconds=12),
                )
            )
    report = ops.showcase.play_report(date(2026, 11, 15), ROOM_ZONE)
    assert [r.started_at for r in report] == moments[1:3]
    assert all(r.screen == "HDMI-1" for r in report)


def test_story_hidden_leaves_the_stories_screen_too(demo: Operations, store: Store) -> None:
    story = demo.catalogue.list_stories()[0]
    demo.showcase.moderate("story", story.id, hidden=True)
    assert story.id not in {s.id for s in demo.catalogue.list_stories()}
    with store.begin() as session:
        assert session.get(Story, story.id) is not None
