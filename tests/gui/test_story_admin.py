"""Writing a success story behind the PIN: words in both languages, the team members who agreed
to be shown, a measure, a photo from a USB drive and a recorded testimonial; then submit,
approve and see it on the showcase loop's story slide with its photo."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.db import Store, make_engine, migrate
from kiosk.dto.showcase import PlaylistDraft, SlideShowing
from kiosk.models import (
    DataPoint,
    Measure,
    Person,
    Project,
    ProjectMember,
    Story,
    StoryMedia,
    StoryMember,
)
from kiosk.operations import Operations
from screens.main_window import MainWindow
from screens.showcase_player import ShowcasePlayer
from screens.slides import StoryPage
from screens.story_admin import StoryAdminScreen
from screens.widgets import Card
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
GPS_IFD = 0x8825


@dataclass(frozen=True)
class Seeded:
    project_id: str
    measure_id: str
    shown: str  # agreed to be shown
    also_shown: str
    refused: str  # did not agree


@pytest.fixture
def seeded(db_url: str) -> Seeded:
    """A project with three team members (one refused display consent) and a measure with a
    clear before and after, in the database the kiosk will open (it keeps what is there)."""
    engine = make_engine(db_url)
    migrate(engine)
    store = Store(engine, clock=lambda: NOW)
    with store.begin() as s:
        project = Project(title="Llai o gwympiadau ar Ward 7", aim="Halve falls by March")
        project.is_public = True
        s.add(project)
        people = [
            Person(display_name="Carys Consented", consent_display=True),
            Person(display_name="Dai Davies", consent_display=True),
            Person(display_name="Rhys Refused", consent_display=False),
        ]
        s.add_all(people)
        s.flush()
        for person in people:
            s.add(ProjectMember(project_id=project.id, person_id=person.id))
        measure = Measure(project_id=project.id, name="Falls per 1,000 bed days")
        s.add(measure)
        s.flush()
        for seq, value in enumerate([9, 8, 9, 10, 8, 4, 3, 4, 3, 2], start=1):
            s.add(DataPoint(measure_id=measure.id, seq=seq, period=f"W{seq}", value=value))
        seeded = Seeded(project.id, measure.id, people[0].id, people[1].id, people[2].id)
    engine.dispose()
    return seeded


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    """A folder of fake USB drives; one stick with a phone photo (EXIF with a GPS position) and
    a text file named like a photo."""
    root = tmp_path / "drives"
    dcim = root / "FFON_CARYS" / "DCIM"
    dcim.mkdir(parents=True)
    image = Image.new("RGB", (3200, 2400), (200, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (51.0, 29.0, 12.0)
    image.save(dcim / "ward7.jpg", "JPEG", exif=exif)
    with Image.open(dcim / "ward7.jpg") as written:
        assert written.getexif().get_ifd(GPS_IFD)  # what the kiosk must strip is really there
    (dcim / "notes.jpg").write_text("Nid llun mo hwn / this is not a photo\n")
    return root


def find(root: QWidget, name: str) -> Any:
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data: str | None) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_in(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.clear()
    else:
        field.setPlainText("")
    if text.isascii():
        qtbot.keyClicks(field, text)
    elif isinstance(field, QLineEdit):  # QTest types ASCII only; the keyboard inserts the rest
        field.insert(text)
    else:
        field.insertPlainText(text)


def open_stories(window: MainWindow, qtbot: QtBot) -> StoryAdminScreen:
    set_pin(window, qtbot)
    click(qtbot, find(window.screens["facilitator"], "nav.storyadmin"))
    qtbot.waitUntil(lambda: window.current_screen == "storyadmin")
    screen = window.screens["storyadmin"]
    assert isinstance(screen, StoryAdminScreen)
    qtbot.waitUntil(lambda: screen.project.count() > 1)
    return screen


def pick_photo(screen: StoryAdminScreen, qtbot: QtBot, name: str) -> None:
    click(qtbot, screen.find_photos)
    qtbot.waitUntil(lambda: screen.photo_list.count() >= 2)
    card = next(
        c
        for c in screen.photo_list.findChildren(Card)
        if screen.photo_files[int(c.property("key"))].name == name
    )
    click(qtbot, card)
    qtbot.waitUntil(lambda: screen.photo_path is not None)


def stories_stored(db_url: str) -> int:
    engine = make_engine(db_url)
    try:
        with Store(engine).begin() as s:
            return int(s.scalar(select(func.count()).select_from(Story)) or 0)
    finally:
        engine.dispose()


def banner_says(window: MainWindow, qtbot: QtBot, start: str) -> None:
    qtbot.waitUntil(
        lambda: window.banner.isVisible() and window.banner.text.text().startswith(start)
    )


def test_an_empty_title_and_a_file_that_is_no_photo_are_refused_and_nothing_is_stored(
    make_window: WindowFactory, qtbot: QtBot, seeded: Seeded, drive: Path, db_url: str
) -> None:
    window = make_window("--lang", "en", "--set", f"kiosk.drives={drive}")
    screen = open_stories(window, qtbot)
    before = stories_stored(db_url)
    choose(screen.project, seeded.project_id)
    type_in(qtbot, screen.fields["problem_en"], "Falls at night")
    click(qtbot, screen.save)
    banner_says(window, qtbot, "Give the story a title, in Welsh or English.")
    assert stories_stored(db_url) == before

    type_in(qtbot, screen.fields["title_cy"], "Llai o gwympiadau")
    pick_photo(screen, qtbot, "notes.jpg")
    click(qtbot, screen.save)
    banner_says(window, qtbot, "That file is not a photo the kiosk can show")
    window.runner.wait_idle()
    assert screen.editor is None
    assert stories_stored(db_url) == before


@pytest.mark.audio
@pytest.mark.usefixtures("pulse_server")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_story_with_photo_and_testimonial_goes_through_approval_to_the_loop(
    make_window: WindowFactory, qtbot: QtBot, seeded: Seeded, drive: Path, db_url: str
) -> None:
    window = make_window(
        "--lang", "en", "--set", f"kiosk.drives={drive}", "--set", "audio.enabled=true"
    )
    screen = open_stories(window, qtbot)
    assert screen.audio is not None  # the kiosk's own port, wired as the app wires it
    qtbot.waitUntil(lambda: screen.record.isEnabled())

    # The project's team: only the two who agreed to be shown are offered; Dai is taken off.
    choose(screen.project, seeded.project_id)
    qtbot.waitUntil(lambda: screen.choices is not None)
    offered = [b.text() for b in screen.member_boxes if not b.isHidden()]
    assert offered == ["Carys Consented", "Dai Davies"]
    assert all(b.isChecked() for b in screen.member_boxes if not b.isHidden())
    click(qtbot, screen.member_boxes[1])
    assert not screen.member_boxes[1].isChecked()
    choose(screen.measure, seeded.measure_id)

    texts = {
        "title_en": "Fewer falls on Ward 7",
        "title_cy": "Llai o gwympiadau ar Ward 7",
        "problem_en": "Patients fell at night.",
        "problem_cy": "Roedd cleifion yn cwympo yn y nos.",
        "change_en": "Hourly rounding after 10pm.",
        "change_cy": "Rowndiau bob awr ar ôl 10yh.",
        "result_en": "Falls halved.",
        "result_cy": "Haneru'r cwympiadau.",
        "lessons_en": "Ask the night staff first.",
        "lessons_cy": "Holwch staff y nos yn gyntaf.",
    }
    for key, text in texts.items():
        type_in(qtbot, screen.fields[key], text)
    pick_photo(screen, qtbot, "ward7.jpg")
    assert screen.photo_preview.isVisible()

    # A short testimonial recorded through the null sink's monitor, then played back.
    screen.record_seconds = 0.6
    click(qtbot, screen.record)
    assert screen.stop.isEnabled()
    qtbot.waitUntil(lambda: screen.testimonial_path is not None, timeout=10_000)
    assert screen.play.isEnabled()
    with qtbot.waitSignal(screen.playback_finished, timeout=10_000) as played:
        click(qtbot, screen.play)
    assert played.args == [None]

    click(qtbot, screen.save)
    qtbot.waitUntil(lambda: screen.editor is not None)
    assert screen.editor is not None
    story_id = screen.editor.id
    assert screen.status.text().startswith("Being written")
    assert not screen.approve.isEnabled()  # a draft cannot be approved

    engine = make_engine(db_url)
    store = Store(engine)
    with store.begin() as s:
        story = s.get(Story, story_id)
        assert story is not None
        assert (story.title, story.title_cy) == (texts["title_en"], texts["title_cy"])
        assert story.lessons_cy == texts["lessons_cy"]
        assert story.measure_id == seeded.measure_id
        assert story.draft
        assert not story.approved
        members = s.scalars(
            select(StoryMember.person_id).where(
                StoryMember.story_id == story_id, StoryMember.deleted.is_(False)
            )
        ).all()
        assert members == [seeded.shown]
        photo = s.get(StoryMedia, (story_id, "photo"))
        audio = s.get(StoryMedia, (story_id, "testimonial"))
        assert photo is not None
        assert audio is not None
        stored = Image.open(io.BytesIO(photo.data))
        assert stored.format == "JPEG"
        assert max(stored.size) == 1600
        assert len(stored.getexif()) == 0
        assert "exif" not in stored.info
        with wave.open(io.BytesIO(audio.data)) as clip:
            assert clip.getframerate() == 16_000
            assert clip.getnframes() > 0

    # Not on the loop until approved; submitting puts it in the moderation queue.
    ops = Operations(store, clock=lambda: datetime.now(UTC))
    assert story_id not in {i.id for i in ops.showcase.moderation_queue()}
    click(qtbot, screen.submit)
    qtbot.waitUntil(lambda: screen.editor is not None and screen.editor.status == "waiting")
    queue = {i.id: i for i in ops.showcase.moderation_queue()}
    assert story_id in queue
    assert not queue[story_id].approved
    for row in ops.showcase.playlist("attract"):
        ops.showcase.remove_playlist_item(row.id, "attract")
    ops.showcase.add_playlist_item(PlaylistDraft("attract", "welcome", None, 5))
    ops.showcase.add_playlist_item(PlaylistDraft("attract", "story", story_id, 5))

    click(qtbot, screen.approve)
    qtbot.waitUntil(lambda: screen.editor is not None and screen.editor.status == "approved")
    assert screen.status.text().startswith("Approved")

    player = ShowcasePlayer(
        window.ctx, "attract", screen_name=lambda: "Kiosk-1", language=lambda: "cy"
    )
    qtbot.addWidget(player)
    player.ms_per_second = 1
    player.resize(1920, 1080)
    player.show()
    seen: list[SlideShowing] = []
    player.showing_started.connect(seen.append)
    player.start()
    try:
        qtbot.waitUntil(lambda: any(s.kind == "story" for s in seen), timeout=10_000)
    finally:
        player.stop()
    page = player.view.pages["story"]
    assert isinstance(page, StoryPage)
    assert page.title.text() == texts["title_cy"]  # the loop in Welsh shows the Welsh
    assert page.parts["change"][1].text() == texts["change_cy"]
    assert page.team.text().endswith("Carys")  # Dai was taken off; Rhys never offered
    assert "Rhys" not in page.team.text()
    assert "Dai" not in page.team.text()
    assert page.chart.isVisibleTo(page)
    assert page.photo.isVisibleTo(page)
    pixmap = page.photo.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() > pixmap.height()
    colour = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
    assert colour.red() > 150
    assert colour.green() < 90
    engine.dispose()
