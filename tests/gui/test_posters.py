"""Posters and flyers: real PDFs painted offscreen, read back with pypdf."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from kiosk.dto.showcase import (
    BeforeAfter,
    FlyerEvent,
    ProjectSlide,
    Sparkline,
    StorySlide,
    ThanksItem,
)
from screens.posters import Branding, event_flyer, project_poster, story_poster

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)

# The Welsh of the phrases these tests look for, as in the [Poster] table of the catalogue.
CY = {
    "QI project": "Prosiect gwella ansawdd",
    "Success story": "Stori lwyddiant",
    "Our aim": "Ein nod",
    "Team": "Y tîm",
    "PDSA cycles": "Cylchoedd PDSA",
    "The problem": "Y broblem",
    "What changed": "Beth newidiodd",
    "The result": "Y canlyniad",
    "Lessons learnt": "Gwersi a ddysgwyd",
    "Before": "Cyn",
    "After": "Ar ôl",
    "Thank you": "Diolch",
    "Headline measure": "Prif fesur",
    "Special cause: improvement": "Achos arbennig: gwelliant",
    "Workshop": "Gweithdy",
    "Peer-support drop-in": "Sesiwn galw heibio cymorth cymheiriaid",
    "When": "Pryd",
    "Where": "Ble",
    "All welcome": "Croeso i bawb",
    "Scan to see this project on the register": "Sganiwch i weld y prosiect hwn ar y gofrestr",
}

# People who refused display consent: the presenter left them out of every team below.
REFUSED = ("Gwenllian",)


def welsh(context: str, source: str) -> str:
    assert context in ("Poster", "Words")  # stage names are in screens.words
    return CY.get(source, source)


def branding(logo: Path | None = None) -> Branding:
    return Branding(
        room_name="Ystafell Qspace",
        health_board="Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
        primary="#005EB8",
        accent="#00703C",
        logo=logo,
    )


def project(**changes: object) -> ProjectSlide:
    values: dict[str, object] = {
        "id": "p1",
        "title": "Fewer falls on Ward 7",
        "department_en": "Care of the Elderly",
        "department_cy": "Gofal yr Henoed",
        "team": ("Sian", "Rhys", "Megan"),
        "aim": "Cut inpatient falls on Ward 7 by a third by March 2027.",
        "stage": "testing",
        "pdsa_cycles": 4,
        "sparkline": Sparkline(
            "Falls per 1,000 bed days",
            "",
            (8.2, 7.9, 8.8, 7.1, 6.2, 5.4, 4.8, 4.6),
            7.2,
            "special_cause_improvement_low",
            None,
        ),
        "seeking_collaborators": True,
        "url": "https://register.example.wales/projects/p1",
    }
    values.update(changes)
    return ProjectSlide(**values)  # type: ignore[arg-type]


def story(**changes: object) -> StorySlide:
    values: dict[str, object] = {
        "id": "s1",
        "title": "Discharge letters out the same day",
        "project_title": "Faster discharge summaries",
        "problem": "Letters took three days to reach the GP.",
        "change": "Pharmacists joined the morning board round.",
        "result": "The median fell from 52 hours to 6 hours.",
        "lessons": "Start small and share the chart every week.",
        "team": ("Nia", "Tomos"),
        "thanks": tuple(
            ThanksItem(f"t{n}", "the pharmacy team", f"Note number {n}", "Ward 3", NOW)
            for n in range(1, 5)
        ),
        "before_after": BeforeAfter("Hours to the GP", "hours", (60, 48, 52), (8, 6, 5), 52.0, 6.0),
        "url": "https://register.example.wales/stories/s1",
    }
    values.update(changes)
    return StorySlide(**values)  # type: ignore[arg-type]


def flyer_event(**changes: object) -> FlyerEvent:
    values: dict[str, object] = {
        "id": "e1",
        "kind": "workshop",
        "title_en": "Measurement for improvement",
        "title_cy": "Mesur ar gyfer gwella",
        # 09:00 UTC in July is 10:00 in the room (British Summer Time)
        "starts_at": datetime(2027, 7, 1, 9, 0, tzinfo=UTC),
        "ends_at": datetime(2027, 7, 1, 10, 30, tzinfo=UTC),
        "location": "Education Centre, Room 2",
        "description": "Bring your data and leave with a run chart.",
    }
    values.update(changes)
    return FlyerEvent(**values)  # type: ignore[arg-type]


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def text_runs(path: Path) -> list[tuple[float, float, str]]:
    """Every run of text on the first page: x and y of its baseline in points, and its text."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, " ".join(text.split())))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def assert_inside_the_page(path: Path) -> None:
    """No text leaves the page or runs into the footer strip (24 pt high on A4)."""
    width, height = page_size(path)
    footer = 24 * width / 595
    runs = text_runs(path)
    assert runs
    for x, y, text in runs:
        assert 0 <= x < width, text
        assert 0 < y < height, text
        if y < footer:  # only the footer's own line sits in the footer
            assert "Peer support for quality improvement" in text or "Cymorth" in text, text


def page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("A3", (842, 1191))])
def test_posters_have_the_paper_asked_for(
    qapp: object, tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    for name, make in (("project", project_poster), ("story", story_poster)):
        slide = project() if name == "project" else story()
        path = make(  # type: ignore[operator]
            slide, tmp_path / f"{name}.pdf", paper=paper, branding=branding(), welsh=welsh
        )
        width, height = page_size(path)
        assert abs(width - size[0]) <= 2, (name, width, height)
        assert abs(height - size[1]) <= 2, (name, width, height)
        assert len(PdfReader(path).pages) == 1


def test_flyer_is_a5_with_the_event_in_the_rooms_local_time(qapp: object, tmp_path: Path) -> None:
    path = event_flyer(flyer_event(), tmp_path / "flyer.pdf", branding=branding(), welsh=welsh)
    width, height = page_size(path)
    assert abs(width - 420) <= 2
    assert abs(height - 595) <= 2
    (text,) = pages_text(path)
    for expected in (
        "Mesur ar gyfer gwella",
        "Measurement for improvement",
        "Education Centre, Room 2",
        "Bring your data and leave with a run chart.",
        "Croeso i bawb",
        "All welcome",
        "GWEITHDY · WORKSHOP",
        "10:00 – 11:30",
        "1 Gorffennaf 2027",
        "Thursday 1 July 2027",
    ):
        assert expected in text, expected
    assert "09:00" not in text
    assert text.index("Mesur ar gyfer gwella") < text.index("Measurement for improvement")


def test_flyer_in_english_only(qapp: object, tmp_path: Path) -> None:
    path = event_flyer(
        flyer_event(), tmp_path / "f.pdf", lang="en", branding=branding(), welsh=welsh
    )
    (text,) = pages_text(path)
    assert "Measurement for improvement" in text
    assert "All welcome" in text
    assert "Mesur ar gyfer gwella" not in text
    assert "Croeso i bawb" not in text


def test_flyer_shows_the_description_in_each_language_or_the_other_when_empty(
    qapp: object, tmp_path: Path
) -> None:
    both = flyer_event(kind="peer_support", description_cy="Dewch â'ch data.")
    (text,) = pages_text(event_flyer(both, tmp_path / "both.pdf", branding=branding(), welsh=welsh))
    assert "SESIWN GALW HEIBIO CYMORTH CYMHEIRIAID" in text  # the kind named, not "EVENT"
    assert "SUPPORT DROP-IN" in text  # "PEER-" may end the line above
    assert text.index("Dewch â'ch data.") < text.index("Bring your data and leave")
    (welsh_only,) = pages_text(
        event_flyer(both, tmp_path / "cy.pdf", lang="cy", branding=branding(), welsh=welsh)
    )
    assert "Dewch â'ch data." in welsh_only
    assert "Bring your data" not in welsh_only
    no_english = flyer_event(description="", description_cy="Dewch â'ch data.")
    (fallback,) = pages_text(
        event_flyer(no_english, tmp_path / "en.pdf", lang="en", branding=branding(), welsh=welsh)
    )
    assert "Dewch â'ch data." in fallback  # the Welsh rather than nothing


def test_project_poster_in_english_shows_the_project(qapp: object, tmp_path: Path) -> None:
    path = project_poster(
        project(), tmp_path / "p.pdf", lang="en", branding=branding(), welsh=welsh
    )
    (text,) = pages_text(path)
    for expected in (
        "Fewer falls on Ward 7",
        "Cut inpatient falls on Ward 7 by a third by March 2027.",
        "Sian, Rhys, Megan",
        "Our aim",
        "Team",
        "PDSA cycles",
        "Special cause: improvement",
        "Scan to see this project on the register",
        "Ystafell Qspace",
        "Care of the Elderly",
    ):
        assert expected in text, expected
    for welsh_only in ("Ein nod", "Y tîm", "Gofal yr Henoed"):
        assert welsh_only not in text


def test_project_poster_in_welsh_has_welsh_headings(qapp: object, tmp_path: Path) -> None:
    path = project_poster(
        project(), tmp_path / "p.pdf", lang="cy", branding=branding(), welsh=welsh
    )
    (text,) = pages_text(path)
    for expected in (
        "Ein nod",
        "Y tîm",
        "Cylchoedd PDSA",
        "Prif fesur",
        "Achos arbennig: gwelliant",
        "Gofal yr Henoed",
        "Sganiwch i weld y prosiect hwn ar y gofrestr",
        "Fewer falls on Ward 7",
        "Sian, Rhys, Megan",
    ):
        assert expected in text, expected
    for english in ("Our aim", "Headline measure", "Scan to see this project"):
        assert english not in text


def test_bilingual_poster_puts_welsh_before_english(qapp: object, tmp_path: Path) -> None:
    path = project_poster(project(), tmp_path / "p.pdf", branding=branding(), welsh=welsh)
    (text,) = pages_text(path)
    for cy, en in (("Ein nod", "Our aim"), ("Y tîm", "Team"), ("Prif fesur", "Headline measure")):
        assert cy in text
        assert en in text
        assert text.index(cy) < text.index(en), (cy, en)


def test_story_poster_shows_the_story_in_both_languages(qapp: object, tmp_path: Path) -> None:
    path = story_poster(story(), tmp_path / "s.pdf", branding=branding(), welsh=welsh)
    (text,) = pages_text(path)
    for expected in (
        "Discharge letters out the same day",
        "Letters took three days to reach the GP.",
        "Pharmacists joined the morning board round.",
        "The median fell from 52 hours to 6 hours.",
        "Start small and share the chart every week.",
        "Nia, Tomos",
        "Y broblem",
        "The problem",
        "Beth newidiodd",
        "Y canlyniad",
        "Gwersi a ddysgwyd",
        "Diolch",
        "Note number 1",
        "Note number 3",
        "Cyn",
        "Ar ôl",
        "52",
    ):
        assert expected in text, expected
    assert "Note number 4" not in text  # three thank-you notes at most


@pytest.mark.parametrize("lang", ["cy", "en", "both"])
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_people_who_refused_consent_never_appear(
    qapp: object, tmp_path: Path, lang: str, paper: str
) -> None:
    everyone = ("Sian", "Gwenllian", "Rhys")
    consenting = tuple(name for name in everyone if name not in REFUSED)
    outputs = [
        project_poster(
            project(team=consenting),
            tmp_path / "p.pdf",
            paper=paper,
            lang=lang,
            branding=branding(),
            welsh=welsh,
        ),
        story_poster(
            story(team=consenting),
            tmp_path / "s.pdf",
            paper=paper,
            lang=lang,
            branding=branding(),
            welsh=welsh,
        ),
        event_flyer(flyer_event(), tmp_path / "f.pdf", lang=lang, branding=branding(), welsh=welsh),
    ]
    for path in outputs:
        texts = pages_text(path)
        assert texts
        for text in texts:
            assert "Gwenllian" not in text, path.name
            assert "wenllian" not in text.replace(" ", ""), path.name
    project_text = pages_text(outputs[0])[0]
    assert "Sian, Rhys" in project_text


def test_a_very_long_title_and_aim_stay_on_one_page(qapp: object, tmp_path: Path) -> None:
    title = ("Reducing avoidable harm from inpatient falls " * 8)[:300]
    aim = "Reduce falls on every ward across the Health Board by a third. " * 25
    slide = project(title=title, aim=aim)
    for paper in ("A4", "A3"):
        path = project_poster(
            slide, tmp_path / f"long-{paper}.pdf", paper=paper, branding=branding(), welsh=welsh
        )
        texts = pages_text(path)
        assert len(texts) == 1
        text = texts[0]
        assert "Reducing avoidable harm" in text
        assert_inside_the_page(path)
        # what sits at the foot of the page is still there: nothing was pushed off
        assert "Sian, Rhys, Megan" in text
        assert "Peer support for quality improvement" in text
    long_story = story(title=title, problem=aim, change=aim, result=aim, lessons=aim)
    path = story_poster(long_story, tmp_path / "long-story.pdf", branding=branding(), welsh=welsh)
    texts = pages_text(path)
    assert len(texts) == 1
    assert "Nia, Tomos" in texts[0]
    assert_inside_the_page(path)
    long_event = flyer_event(title_en=title, title_cy=title, description=aim)
    path = event_flyer(long_event, tmp_path / "long-flyer.pdf", branding=branding(), welsh=welsh)
    texts = pages_text(path)
    assert len(texts) == 1
    assert "All welcome" in texts[0]
    assert_inside_the_page(path)


@pytest.mark.parametrize("paper", ["A5", "B4", "a4", ""])
def test_a_poster_on_other_paper_is_refused(qapp: object, tmp_path: Path, paper: str) -> None:
    target = tmp_path / "out" / "p.pdf"
    with pytest.raises(ValueError, match=repr(paper)):
        project_poster(project(), target, paper=paper, branding=branding(), welsh=welsh)
    with pytest.raises(ValueError, match=repr(paper)):
        story_poster(story(), target, paper=paper, branding=branding(), welsh=welsh)
    assert not target.exists()


def test_an_unknown_language_is_refused(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'fr'"):
        project_poster(project(), tmp_path / "p.pdf", lang="fr", branding=branding(), welsh=welsh)


def test_logo_drawn_when_readable_and_skipped_when_missing(qapp: object, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    assert image.save(str(logo))
    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")

    def images(path: Path) -> int:
        return len(PdfReader(path).pages[0].images)

    with_logo = project_poster(project(), tmp_path / "a.pdf", branding=branding(logo), welsh=welsh)
    missing = project_poster(
        project(), tmp_path / "b.pdf", branding=branding(tmp_path / "nope.png"), welsh=welsh
    )
    unreadable = project_poster(
        project(), tmp_path / "c.pdf", branding=branding(broken), welsh=welsh
    )
    a_directory = story_poster(
        story(), tmp_path / "d.pdf", branding=branding(tmp_path), welsh=welsh
    )
    assert images(with_logo) == 2  # the logo and the QR code
    assert images(missing) == images(unreadable) == images(a_directory) == 1
    assert "Fewer falls on Ward 7" in pages_text(missing)[0]


def test_story_without_a_register_page_has_no_qr_code(qapp: object, tmp_path: Path) -> None:
    path = story_poster(
        story(url=None, before_after=None, thanks=()),
        tmp_path / "s.pdf",
        lang="en",
        branding=branding(),
        welsh=welsh,
    )
    assert len(PdfReader(path).pages[0].images) == 0
    (text,) = pages_text(path)
    assert "Scan to read this story" not in text
    assert "The median fell from 52 hours to 6 hours." in text


def test_written_atomically_into_a_new_directory(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "exports" / "posters" / "flyer.pdf"
    target_parent = target.parent
    assert not target_parent.exists()
    event = flyer_event(starts_at=NOW + timedelta(days=7), ends_at=NOW + timedelta(days=7, hours=1))
    result = event_flyer(event, target, branding=branding(), welsh=welsh)
    assert result == target
    assert target.is_file()
    first = target.read_bytes()
    assert first.startswith(b"%PDF")
    # a second export replaces the file and leaves no temporary file behind
    event_flyer(flyer_event(), target, lang="en", branding=branding(), welsh=welsh)
    assert sorted(p.name for p in target_parent.iterdir()) == ["flyer.pdf"]
    assert "Measurement for improvement" in pages_text(target)[0]
