"""The showcase loops on a fast clock: order and durations, time windows, the emergency
override, moderation, proof of play, a screen removed while showing, and consent."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.db import Store
from kiosk.demo import fill_demo
from kiosk.dto.showcase import (
    PlaylistDraft,
    ProjectSlide,
    SlideContent,
    SlideShowing,
    StorySlide,
    WhatsOnSlide,
)
from kiosk.models import (
    Department,
    Person,
    PlayLog,
    Project,
    ProjectMember,
    ShowcaseLoop,
    Story,
    ThanksNote,
)
from kiosk.operations import Operations
from kiosk.operations.showcase import ROOM_ZONE
from kiosk.ops_handle import OpsHandle
from screens.av_display import DisplayManager
from screens.base import ScreenContext
from screens.i18n import Languages
from screens.main_window import MainWindow
from screens.presenters.display import ScreenInfo
from screens.showcase_player import ShowcasePlayer
from screens.slides import SLIDE_TEXT_MAX, SlideView
from screens.worker import TaskRunner
from tests.gui.conftest import WindowFactory
from tests.gui.layout import layout_findings

MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=ROOM_ZONE)
REFUSED = "Gwenllian Refusedconsent"
CONSENTED = "Carwyn Llwyd"


@dataclass
class Clock:
    """The room's clock, moved by the test."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now.astimezone(UTC)


@dataclass
class Room:
    store: Store
    ops: Operations
    ctx: ScreenContext
    clock: Clock
    players: list[ShowcasePlayer] = field(default_factory=list)

    def player(self, loop: str = "attract", screen: str = "Kiosk-1") -> ShowcasePlayer:
        player = ShowcasePlayer(self.ctx, loop, screen_name=lambda: screen, language=lambda: "en")
        player.ms_per_second = 1  # a 15 s slide lasts 15 ms
        player.resize(960, 540)
        self.players.append(player)
        return player

    def clear_loop(self, loop: str = "attract") -> None:
        for row in self.ops.showcase.playlist(loop):
            self.ops.showcase.remove_playlist_item(row.id, loop)

    def add(self, kind: str, seconds: int, loop: str = "attract", **fields: Any) -> None:
        self.ops.showcase.add_playlist_item(
            PlaylistDraft(loop=loop, kind=kind, item_id=None, duration_s=seconds, **fields)
        )


@pytest.fixture
def room(store: Store, qapp: QApplication) -> Iterator[Room]:
    clock = Clock(MONDAY_NOON)
    with store.begin() as session:
        fill_demo(session, seed=3, now=clock())
    ops = Operations(store, clock=clock)
    runner = TaskRunner(start=True)
    ctx = ScreenContext(
        ops=OpsHandle(lambda: ops),
        runner=runner,
        languages=Languages(qapp),
        notify=lambda _text, _kind: None,
        navigate=lambda _target: None,
        settings=lambda: Settings(),
        now=clock,
    )
    built = Room(store, ops, ctx, clock)
    yield built
    for player in built.players:
        player.stop()
    runner.wait_idle()
    runner.shutdown()
    for player in built.players:
        player.deleteLater()


def watch(player: ShowcasePlayer) -> list[tuple[SlideShowing, int]]:
    """Every showing the player starts, with the time it was given on screen (ms)."""
    seen: list[tuple[SlideShowing, int]] = []
    player.showing_started.connect(lambda s: seen.append((s, player.timer.interval())))
    return seen


def play(qtbot: QtBot, player: ShowcasePlayer, count: int) -> list[tuple[SlideShowing, int]]:
    seen = watch(player)
    player.start()
    qtbot.waitUntil(lambda: len(seen) >= count, timeout=10_000)
    player.stop()
    return seen[:count]


# --- order, durations, windows -----------------------------------------------------------------


def test_the_loop_plays_in_order_each_slide_for_its_own_time(room: Room, qtbot: QtBot) -> None:
    room.clear_loop()
    room.add("room_numbers", 5)
    room.add("whats_on", 7)
    room.add("hot_topics", 9)
    player = room.player()

    seen = play(qtbot, player, 7)

    assert [s.kind for s, _ in seen] == [
        "room_numbers",
        "whats_on",
        "hot_topics",
        "room_numbers",
        "whats_on",
        "hot_topics",
        "room_numbers",
    ]
    assert [ms for _, ms in seen] == [5, 7, 9, 5, 7, 9, 5]
    assert player.view.kind_label.text() in (
        "The room in numbers",
        "What's on",
        "Hot topics this month",
    )


def test_an_empty_loop_falls_back_to_the_room_welcome(room: Room, qtbot: QtBot) -> None:
    room.clear_loop()
    player = room.player()

    seen = play(qtbot, player, 2)

    assert [s.kind for s, _ in seen] == ["welcome", "welcome"]
    assert "Qspace" in player.view.texts()


def test_a_time_window_is_honoured_at_the_next_boundary_without_any_touch(
    room: Room, qtbot: QtBot
) -> None:
    room.clear_loop()
    room.add("room_numbers", 5)
    room.add("whats_on", 5, start_time="08:00", end_time="10:00")
    room.clock.now = MONDAY_NOON.replace(hour=7, minute=58)
    player = room.player()
    seen = watch(player)
    player.start()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10_000)
    assert {s.kind for s, _ in seen} == {"room_numbers"}

    room.clock.now = MONDAY_NOON.replace(hour=8, minute=0)  # no event, only the clock moves
    qtbot.waitUntil(lambda: any(s.kind == "whats_on" for s, _ in seen), timeout=10_000)
    room.clock.now = MONDAY_NOON.replace(hour=10, minute=0)
    mark = len(seen)
    qtbot.waitUntil(lambda: len(seen) >= mark + 4, timeout=10_000)
    player.stop()
    assert {s.kind for s, _ in seen[mark + 1 :]} == {"room_numbers"}


def test_days_limit_a_slide_to_its_weekdays(room: Room, qtbot: QtBot) -> None:
    room.clear_loop()
    room.add("room_numbers", 5)
    room.add("thanks", 5, weekdays="5")  # Saturdays only
    player = room.player()

    seen = play(qtbot, player, 4)

    assert {s.kind for s, _ in seen} == {"room_numbers"}


# --- emergency ---------------------------------------------------------------------------------


def test_an_emergency_overrides_every_loop_until_cleared(room: Room, qtbot: QtBot) -> None:
    room.clear_loop("attract")
    room.clear_loop("av")
    room.add("room_numbers", 5, loop="attract")
    room.add("whats_on", 5, loop="av")
    kiosk, av = room.player("attract"), room.player("av", "AV-2")
    kiosk_seen, av_seen = watch(kiosk), watch(av)
    kiosk.start()
    av.start()
    qtbot.waitUntil(lambda: bool(kiosk_seen and av_seen), timeout=10_000)

    room.ops.showcase.raise_notice(
        "emergency", "Gadewch yr adeilad nawr.", "Leave the building now."
    )
    kiosk.refresh_now()  # what the facilitator's page does; av waits for its next boundary
    qtbot.waitUntil(lambda: kiosk_seen[-1][0].kind == "emergency", timeout=10_000)
    qtbot.waitUntil(lambda: av_seen[-1][0].kind == "emergency", timeout=10_000)
    texts = kiosk.view.texts()
    assert "Leave the building now." in texts
    assert "Gadewch yr adeilad nawr." in texts
    mark = len(av_seen)
    qtbot.waitUntil(lambda: len(av_seen) >= mark + 3, timeout=10_000)
    assert {s.kind for s, _ in av_seen[mark:]} == {"emergency"}

    room.ops.showcase.clear_notice()
    qtbot.waitUntil(lambda: av_seen[-1][0].kind == "whats_on", timeout=10_000)
    qtbot.waitUntil(lambda: kiosk_seen[-1][0].kind == "room_numbers", timeout=10_000)


# --- moderation ----------------------------------------------------------------------------------


def test_unapproved_or_hidden_items_never_reach_a_loop(room: Room, qtbot: QtBot) -> None:
    with room.store.begin() as session:
        stories = session.scalars(select(Story).order_by(Story.id)).all()
        for story in stories:
            story.approved = False
        stories[0].approved = True
        for note in session.scalars(select(ThanksNote)):
            note.approved = False
        projects = session.scalars(select(Project).order_by(Project.id)).all()
        for project in projects:
            project.showcase_approved = False
        projects[0].showcase_approved = True
        projects[1].showcase_approved = True
        projects[1].showcase_hidden = True
        allowed_story, allowed_project = stories[0].id, projects[0].id
    room.clear_loop()
    for kind in ("project", "story", "thanks"):
        room.add(kind, 3)
    room.add("room_numbers", 3)
    player = room.player()

    seen = play(qtbot, player, 12)

    shown = {(s.kind, s.item_id) for s, _ in seen}
    assert shown == {("project", allowed_project), ("story", allowed_story), ("room_numbers", None)}

    room.ops.showcase.moderate("project", allowed_project, hidden=True)
    seen = play(qtbot, player, 6)
    assert all(s.kind != "project" for s, _ in seen)


def test_a_thanks_note_posted_at_the_kiosk_waits_for_approval(room: Room, qtbot: QtBot) -> None:
    with room.store.begin() as session:
        for note in session.scalars(select(ThanksNote)):
            note.hidden = True
    note = room.ops.showcase.post_thanks("Ward 3 porters", "Diolch for the new trolley routes!", "")
    room.clear_loop()
    room.add("thanks", 3)
    room.add("room_numbers", 3)
    player = room.player()

    assert {s.kind for s, _ in play(qtbot, player, 4)} == {"room_numbers"}

    room.ops.showcase.moderate("thanks", note.id, approved=True)
    seen = play(qtbot, player, 4)
    walls = [s for s, _ in seen if s.kind == "thanks"]
    assert walls
    assert [n.message for n in walls[0].content.notes] == ["Diolch for the new trolley routes!"]


# --- proof of play -------------------------------------------------------------------------------


def test_completed_showings_are_logged_with_item_times_and_screen(room: Room, qtbot: QtBot) -> None:
    room.clear_loop("av")
    room.add("room_numbers", 4, loop="av")
    room.add("project", 6, loop="av")
    player = room.player("av", "AV-2")
    player.ms_per_second = 40  # slides of 160 and 240 ms: the test stops one mid-slide
    seen = watch(player)
    player.start()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=10_000)
    player.stop()  # the fifth is cut short: not a completed showing
    room.ctx.runner.wait_idle()

    with room.store.begin() as session:
        logs = session.scalars(select(PlayLog).order_by(PlayLog.started_at)).all()
        rows = [(r.loop, r.screen, r.kind, r.item_id, r.started_at <= r.ended_at) for r in logs]
    # Every showing that ran its course is logged, in order; the last, cut short, is not.
    done = len(rows)
    assert done >= 4
    assert done == len(seen) - 1
    assert sorted(rows, key=str) == sorted(
        [(ShowcaseLoop.AV, "AV-2", s.kind, s.item_id, True) for s, _ in seen[:done]], key=str
    )
    report = room.ops.showcase.play_report(MONDAY_NOON.date())
    # (the test's clock stands still, so every showing starts at the same instant)
    assert sorted(r.kind for r in report) == sorted(s.kind for s, _ in seen[:done])
    assert any(r.item_title for r in report if r.kind == "project")


# --- screens coming and going ------------------------------------------------------------------


class Screens(QObject):
    """The monitors: which are plugged in is up to the test (a monitor cannot be unplugged
    here); geometry and names are what Qt would report."""

    changed = Signal()

    def __init__(self, screens: list[ScreenInfo]) -> None:
        super().__init__()
        self.connected = screens

    def screens(self) -> list[ScreenInfo]:
        return list(self.connected)

    def qscreen(self, _name: str) -> QScreen | None:
        return None

    def unplug(self, name: str) -> None:
        self.connected = [s for s in self.connected if s.name != name]
        self.changed.emit()

    def plug(self, screen: ScreenInfo) -> None:
        self.connected.append(screen)
        self.changed.emit()


KIOSK = ScreenInfo("Kiosk-1", 0, 0, 1920, 1080, primary=True)
BIG = ScreenInfo("AV-2", 1920, 0, 3840, 2160)
SPARE = ScreenInfo("HDMI-3", 5760, 0, 1920, 1080)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_unplugging_the_av_screen_while_it_shows_hides_it_and_plugging_one_in_brings_it_back(
    room: Room, qtbot: QtBot
) -> None:
    room.clear_loop("av")
    room.add("room_numbers", 3, loop="av")
    source = Screens([KIOSK, BIG])
    manager = DisplayManager(
        room.ctx, kiosk_screen=lambda: "Kiosk-1", preferred=lambda: "auto", source=source
    )
    manager.display.player.ms_per_second = 1
    places = []
    manager.placed.connect(places.append)
    seen = watch(manager.display.player)
    try:
        manager.start()
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10_000)
        assert manager.display.isVisible()
        assert manager.current == "AV-2"

        source.unplug("AV-2")  # mid-slide

        assert not manager.display.isVisible()
        assert not manager.display.player.running
        assert manager.current == ""
        source.plug(SPARE)
        assert manager.display.isVisible()
        assert manager.current == "HDMI-3"
        assert places == ["AV-2", "", "HDMI-3"]
        mark = len(seen)
        qtbot.waitUntil(lambda: len(seen) > mark, timeout=10_000)
    finally:
        manager.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_av_display_never_covers_the_kiosk_screen(room: Room, qtbot: QtBot) -> None:
    source = Screens([KIOSK])
    manager = DisplayManager(
        room.ctx, kiosk_screen=lambda: "Kiosk-1", preferred=lambda: "Kiosk-1", source=source
    )
    try:
        manager.start()
        assert not manager.display.isVisible()
        source.plug(BIG)
        assert manager.current == "AV-2"
    finally:
        manager.close()


# --- consent -------------------------------------------------------------------------------------


def _team_with_a_refusal(room: Room) -> tuple[str, str]:
    """A project and its story whose team has one member who refused display consent."""
    with room.store.begin() as session:
        department = session.scalars(select(Department)).first()
        assert department is not None
        project = Project(
            title="Quieter nights on Ward Dewi",
            aim="Halve noise complaints.",
            department_id=department.id,
            showcase_approved=True,
        )
        session.add(project)
        session.flush()
        for name, consent in ((CONSENTED, True), (REFUSED, False)):
            person = Person(display_name=name, consent_display=consent)
            session.add(person)
            session.flush()
            session.add(ProjectMember(project_id=project.id, person_id=person.id))
        story = Story(
            project_id=project.id,
            title="How Ward Dewi got quieter",
            problem="Noise.",
            change="Soft-close bins.",
            result="Half the complaints.",
            lessons="Ask the night staff.",
            approved=True,
        )
        session.add(story)
        session.flush()
        return project.id, story.id


def test_nobody_who_refused_display_consent_is_named_on_any_slide_poster_or_flyer(
    room: Room, qtbot: QtBot, tmp_path: Path
) -> None:
    from screens import posters

    project_id, story_id = _team_with_a_refusal(room)
    room.clear_loop()
    for kind in ("project", "story", "thanks", "whats_on", "hot_topics", "room_numbers"):
        room.add(kind, 3)
    player = room.player()
    texts: list[str] = []
    player.showing_started.connect(lambda _s: texts.extend(player.view.texts()))
    seen = watch(player)
    player.start()
    qtbot.waitUntil(
        lambda: (
            {("project", project_id), ("story", story_id)} <= {(s.kind, s.item_id) for s, _ in seen}
        ),
        timeout=20_000,
    )
    player.stop()
    assert any("Carwyn" in t for t in texts)  # the walk does see team names
    assert not [t for t in texts if "Gwenllian" in t or "Refusedconsent" in t]

    url = Settings().project_url
    branding = posters.Branding("Qspace", "Example Health Board", "#005EB8", "#00703C", None)
    welsh = room.ctx.languages.welsh
    event = room.ops.catalogue.upcoming_events()[0]
    files = [
        posters.project_poster(
            room.ops.showcase.project_slide(project_id, url),
            tmp_path / "p.pdf",
            paper="A4",
            lang="both",
            branding=branding,
            welsh=welsh,
        ),
        posters.story_poster(
            room.ops.showcase.story_slide(story_id, url),
            tmp_path / "s.pdf",
            paper="A3",
            lang="cy",
            branding=branding,
            welsh=welsh,
        ),
        posters.event_flyer(
            room.ops.showcase.flyer_event(event.id),
            tmp_path / "f.pdf",
            lang="en",
            branding=branding,
            welsh=welsh,
        ),
    ]
    words = " ".join(page.extract_text() for f in files for page in PdfReader(f).pages)
    assert "Carwyn" in words
    assert "Gwenllian" not in words
    assert "Refusedconsent" not in words


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_slide_view_redraws_when_the_window_turns_portrait(room: Room, qtbot: QtBot) -> None:
    examples = room.ops.showcase.showcase_examples("Qspace", Settings().project_url)
    player = room.player()
    view = player.view
    player.show()
    project = next(s for s in examples if s.kind == "project")
    view.resize(1920, 1080)
    view.show_slide("project", project.content, "cy", "Qspace")
    assert not view._portrait
    view.resize(1080, 1920)
    qtbot.waitUntil(lambda: view._portrait is True, timeout=2_000)
    assert project.content.title in view.texts()


def test_posting_thanks_refuses_empty_and_overlong_notes_and_stores_nothing(room: Room) -> None:
    from kiosk.errors import ErrorCode, KioskError

    with room.store.begin() as session:
        before = len(session.scalars(select(ThanksNote)).all())
    for to_whom, message, signed, field_name in (
        ("", "Thanks", "", "to_whom"),
        ("Ward 1", "   ", "", "message"),
        ("Ward 1", "x" * 281, "", "message"),
        ("Ward 1", "Thanks", "y" * 61, "signed"),
    ):
        with pytest.raises(KioskError) as caught:
            room.ops.showcase.post_thanks(to_whom, message, signed)
        assert caught.value.code is ErrorCode.THANKS_INVALID
        assert caught.value.params["field"] == field_name
    with room.store.begin() as session:
        assert len(session.scalars(select(ThanksNote)).all()) == before
    assert MONDAY_NOON - timedelta(days=1) < room.clock()


def _attract_band(
    make_window: WindowFactory, lang: str
) -> tuple[MainWindow, SlideView, dict[str, SlideContent]]:
    """A kiosk window on its attract screen with the loop stopped (the test chooses the slide),
    its slide view and an example of every kind of slide from the demo room."""
    from screens.attract import AttractScreen

    window = make_window("--lang", lang, screen="attract")
    window.setMinimumSize(QSize(200, 200))
    attract = window.screens["attract"]
    assert isinstance(attract, AttractScreen)
    attract.player.stop()
    examples = window.ctx.ops.get().showcase.showcase_examples("Qspace", Settings().project_url)
    return window, attract.player.view, {s.kind: s.content for s in examples}


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_whats_on_shows_whole_rows_only_and_says_when_more_are_coming(
    make_window: WindowFactory, qtbot: QtBot, lang: str
) -> None:
    window, view, examples = _attract_band(make_window, lang)
    whats_on = examples["whats_on"]
    assert isinstance(whats_on, WhatsOnSlide)
    booked = len(whats_on.events)
    assert booked >= 4, "the demo room books enough sessions to overflow a short screen"

    def shown() -> list[str]:
        names = [f"slide.whats_on.what{i}" for i in range(8)]
        return [t.text() for n in names if (t := view.findChild(QLabel, n)) and t.isVisible()]

    more = view.findChild(QLabel, "slide.whats_on.more")
    # A 1280x800 kiosk: the attract loop's band between the header and the language bar.
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 800))
    view.show_slide("whats_on", whats_on, lang, "Qspace")
    qtbot.waitUntil(lambda: 0 < len(shown()) < booked, timeout=2_000)
    QApplication.processEvents()
    assert layout_findings(view, where="1280x800") == []
    assert more.isVisible()
    assert more.text() == (
        "Mae rhagor o sesiynau i ddod: holwch ni amdanyn nhw."
        if lang == "cy"
        else "More sessions are coming up: ask us about them."
    )
    soonest = shown()

    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: len(shown()) == booked, timeout=2_000)
    QApplication.processEvents()
    assert shown()[: len(soonest)] == soonest  # the soonest first, the same ones
    assert not more.isVisible()
    assert layout_findings(view, where="1080x1920") == []


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_story_leaves_out_its_thanks_first_on_a_short_screen_and_brings_them_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window, view, examples = _attract_band(make_window, "en")
    story = examples["story"]
    assert isinstance(story, StorySlide)
    assert story.thanks
    assert story.lessons

    def showing(name: str) -> bool:
        widget = view.findChild(QWidget, name)
        return widget is not None and widget.isVisible()

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.size() == QSize(1920, 1080))
    view.show_slide("story", story, "en", "Qspace")
    qtbot.waitUntil(lambda: showing("slide.story.thanks0"), timeout=2_000)
    assert showing("slide.story.lessons")
    assert showing("slide.before_after")

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not showing("slide.story.thanks0"), timeout=2_000)
    QApplication.processEvents()
    assert layout_findings(view, where="1280x800") == []
    for part in ("problem", "change", "result"):
        assert showing(f"slide.story.{part}"), part  # the story itself always shows
    assert showing("slide.before_after")  # the chart goes after the lessons, not before

    # A story with no thanks: the thanks stay out when the screen grows again.
    thankless = dataclasses.replace(story, thanks=())
    view.show_slide("story", thankless, "en", "Qspace")
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: showing("slide.story.lessons"), timeout=2_000)
    assert not showing("slide.story.thanks_heading")
    assert not showing("slide.story.thanks0")
    view.show_slide("story", story, "en", "Qspace")
    qtbot.waitUntil(lambda: showing("slide.story.thanks0"), timeout=2_000)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_long_story_sections_and_aims_end_in_an_ellipsis_where_the_screen_runs_out(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window, view, examples = _attract_band(make_window, "en")
    story = examples["story"]
    project = examples["project"]
    assert isinstance(story, StorySlide)
    assert isinstance(project, ProjectSlide)
    words = "We plotted the data every week and talked about what the chart showed. " * 28
    long_story = dataclasses.replace(story, problem=words[:2000], change=words[:600])
    long_project = dataclasses.replace(project, aim=words[:2000])

    def text(name: str) -> str:
        label = view.findChild(QLabel, name)
        assert label is not None
        return label.text() if label.isVisible() else ""

    for width, height in ((1920, 1080), (1280, 800)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.size() == QSize(w, h))
        for kind, content, name in (
            ("story", long_story, "slide.story.problem"),
            ("project", long_project, "slide.project.aim"),
        ):
            view.show_slide(kind, content, "en", "Qspace")
            qtbot.waitUntil(lambda n=name: text(n).endswith("…"), timeout=2_000)
            QApplication.processEvents()
            shown = text(name)
            assert words.startswith(shown.removesuffix("…")), shown
            assert len(shown) <= SLIDE_TEXT_MAX
            assert layout_findings(view, where=f"{width}x{height} {kind}") == []
    # A short text is shown whole, with no ellipsis.
    view.show_slide("story", story, "en", "Qspace")
    qtbot.waitUntil(lambda: text("slide.story.problem") == story.problem, timeout=2_000)
