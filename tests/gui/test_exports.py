"""Files people can reach: the roll call printed in one touch (or shown when there is no printer),
exports to a USB drive or to the Exports page, and no big-screen view over the kiosk itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from devices.printer import QtDocumentPrinter
from kiosk.demo_charts import example_charts
from kiosk.dto.checkin import NewVisitor
from screens.main_window import MainWindow
from screens.presenters.chart import chart_model
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import open_console, set_pin

pytestmark = pytest.mark.gui

PEOPLE = ("Angharad Jenkins", "Iwan Powell")


def find(root: QWidget, name: str) -> Any:
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    widget = find(root, name)
    assert widget.isVisible(), name
    assert widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def use_printer(window: MainWindow, folder: Path) -> QtDocumentPrinter:
    """A printer connected to the room: here each print is a PDF in `folder` (no real one)."""
    printer = QtDocumentPrinter(folder, stand_in=folder, parent=window)
    window.printer = printer
    window.ctx.printer = printer
    return printer


def people_in_the_room(window: MainWindow) -> None:
    for name in PEOPLE:
        person = window.ctx.ops.checkin.register_visitor(NewVisitor(name=name)).id
        window.ctx.ops.checkin.check_in(person, ["practical-advice"], None, "touch")


def open_whoshere(window: MainWindow, qtbot: QtBot) -> Any:
    set_pin(window, qtbot)
    click(qtbot, window, "nav.whoshere")
    qtbot.waitUntil(lambda: window.current_screen == "whoshere")
    window.runner.wait_idle()
    return window.screens["whoshere"]


def test_the_roll_call_goes_to_the_printer_in_one_touch(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window("--lang", "en")
    printer = use_printer(window, tmp_path / "printer")
    people_in_the_room(window)
    screen = open_whoshere(window, qtbot)
    click(qtbot, window, "whoshere.rollcall")
    qtbot.waitUntil(lambda: screen.last_print is not None, timeout=15_000)
    printer.wait()
    assert screen.last_print.printer == "PDF"
    text = pdf_text(screen.last_print.pdf)
    assert all(name in text for name in PEOPLE)
    assert "Roll call" in text
    assert not find(window, "whoshere.rollcall_page").isVisible()  # it went to the printer
    qtbot.waitUntil(lambda: window.banner.text.text() == "Roll call sent to PDF.")


def test_with_no_printer_the_roll_call_shows_on_screen_with_a_way_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "cy")
    assert window.printer is not None
    assert not window.printer.has_printer()  # there is none here
    people_in_the_room(window)
    screen = open_whoshere(window, qtbot)
    click(qtbot, window, "whoshere.rollcall")
    qtbot.waitUntil(lambda: find(window, "whoshere.rollcall_page").isVisible())
    assert sorted(screen.roll_call_names()) == sorted(PEOPLE)
    assert find(window, "whoshere.rollcall_title").text().startswith("Cofrestr dân")
    assert "2" in find(window, "whoshere.rollcall_when").text()
    assert not find(window, "whoshere.rollcall").isVisible()  # the list fills the page
    # A copy is kept for later, listed under Exports, and the message says so in Welsh.
    qtbot.waitUntil(lambda: screen.last_print is not None, timeout=15_000)
    copy = screen.last_print.pdf
    assert copy.parent == window.export_dir
    assert all(name in pdf_text(copy) for name in PEOPLE)
    qtbot.waitUntil(lambda: "Allforion" in window.banner.text.text())
    click(qtbot, window, "whoshere.rollcall_back")
    assert not find(window, "whoshere.rollcall_page").isVisible()
    assert find(window, "whoshere.rollcall").isVisible()
    assert window.current_screen == "whoshere"


@pytest.fixture
def measures(make_window: WindowFactory, tmp_path: Path) -> tuple[MainWindow, Any, Path]:
    media = tmp_path / "media"
    media.mkdir()
    window = make_window("--lang", "en", "--set", f"kiosk.drives={media}")
    screen: Any = window.screens["measures"]
    models = [chart_model(e.analysis, title=e.title, unit=e.unit) for e in example_charts()]
    window.show_screen("measures")
    screen.show_examples(models)
    return window, screen, media


def test_a_chart_picture_goes_to_the_usb_drive_when_one_is_plugged_in(
    measures: tuple[MainWindow, Any, Path], qtbot: QtBot
) -> None:
    window, screen, media = measures
    (media / "QSPACE").mkdir()  # a USB stick called QSPACE is plugged in
    click(qtbot, window, "measures.export_png")
    assert screen.last_export.parent == media / "QSPACE"
    assert screen.last_export.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert window.banner.text.text() == "Saved to the USB drive QSPACE."
    click(qtbot, window, "measures.export_png")  # a second picture keeps the first
    assert len(list((media / "QSPACE").glob("*.png"))) == 2


def test_without_a_drive_exports_are_listed_opened_printed_and_deleted_on_the_exports_page(
    measures: tuple[MainWindow, Any, Path], qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, _media = measures
    click(qtbot, window, "measures.export_png")
    picture = screen.last_export
    assert picture.parent == window.export_dir
    assert window.banner.text.text() == "Saved to Exports on the Facilitator page."
    csv_file = window.export_dir / "session-1234.csv"
    csv_file.write_text("kind,text\nidea,Huddle at 8\n", encoding="utf-8")

    set_pin(window, qtbot)
    click(qtbot, window, "nav.exports")
    assert window.current_screen == "exports"
    window.runner.wait_idle()
    page: Any = window.screens["exports"]
    qtbot.waitUntil(lambda: page.files.count() == 2)
    titles = [text.split("\n")[0] for text in page.files.card_texts()]
    assert set(titles) == {picture.name, csv_file.name}
    assert not find(window, "exports.delete").isEnabled()  # nothing chosen yet

    page.open_file(csv_file.name)
    assert "Huddle at 8" in find(window, "exports.text").text()
    page.open_file(picture.name)
    assert find(window, "exports.picture").isVisible()
    assert not find(window, "exports.picture").pixmap().isNull()

    printer = use_printer(window, tmp_path / "printer")
    click(qtbot, window, "exports.print")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=15_000)
    printer.wait()
    assert page.last_print.pdf.read_bytes()[:5] == b"%PDF-"

    click(qtbot, window, "exports.delete")  # asks first; keeping it keeps it
    assert window.overlay.isVisible()
    click(qtbot, window.overlay, "exports.delete_cancel")
    assert picture.exists()
    click(qtbot, window, "exports.delete")
    click(qtbot, window.overlay, "exports.delete_confirm")
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: page.files.count() == 1)
    assert not picture.exists()
    assert csv_file.exists()
    assert window.banner.text.text() == "The file was deleted."


def test_with_one_screen_the_session_view_never_covers_the_kiosk(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "en")
    assert len(QApplication.screens()) == 1
    assert window.settings.av_screen == ""
    set_pin(window, qtbot)
    window.navigate("sharing")
    screen: Any = window.screens["sharing"]
    open_console(window, qtbot)
    window.runner.wait_idle()
    console = screen.console
    template: QComboBox = find(console, "console.template")
    template.setCurrentIndex(template.findData("pdsa_clinic"))
    find(console, "console.teams").setText("Ward 4")
    qtbot.mouseClick(find(console, "console.create"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.presenter.run is not None)
    window.runner.wait_idle()
    qtbot.mouseClick(find(console, "console.open_display"), Qt.MouseButton.LeftButton)
    assert screen.presenter_view is None or not screen.presenter_view.isVisible()
    assert window.banner.text.text().startswith("There is no big screen")
    assert window.isVisible()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_roll_call_and_an_open_export_fit_at_every_size(
    make_window: WindowFactory, qtbot: QtBot, lang: str
) -> None:
    from PySide6.QtCore import QSize

    from tests.gui.layout import layout_findings

    window = make_window("--lang", lang)
    window.setMinimumSize(QSize(200, 200))
    people_in_the_room(window)
    whoshere = open_whoshere(window, qtbot)
    click(qtbot, window, "whoshere.rollcall")
    qtbot.waitUntil(lambda: find(window, "whoshere.rollcall_page").isVisible())
    qtbot.waitUntil(lambda: whoshere.last_print is not None, timeout=15_000)
    (window.export_dir / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    findings: list[str] = []
    for width, height in ((1920, 1080), (1280, 800), (1080, 1920)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.size() == QSize(w, h))
        window.navigation.unlock()
        window.show_screen("whoshere")
        whoshere._show_roll_call(whoshere._roll_note)
        window.runner.wait_idle()
        QApplication.processEvents()
        findings += layout_findings(window, where=f"{width}x{height} {lang} rollcall")
        window.show_screen("exports")
        window.runner.wait_idle()
        page: Any = window.screens["exports"]
        qtbot.waitUntil(lambda p=page: p.files.count() == 2)
        page.open_file(whoshere.last_print.pdf.name)
        window.runner.wait_idle()
        findings += layout_findings(window, where=f"{width}x{height} {lang} exports")
    # The new views' own widgets (the whole window is the layout test's, test_layout.py).
    ours = [f for f in findings if " whoshere." in f or " exports." in f]
    assert ours == [], "\n".join(ours)


def test_the_proof_of_play_report_goes_to_the_usb_drive(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    media = tmp_path / "media"
    (media / "QSPACE").mkdir(parents=True)
    window = make_window("--lang", "cy", "--set", f"kiosk.drives={media}")
    set_pin(window, qtbot)
    window.navigate("showcase")
    page: Any = window.screens["showcase"]
    qtbot.mouseClick(find(page, "showcase.report_this"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None)
    assert page.last_export.parent == media / "QSPACE"
    assert page.last_export.suffix == ".csv"
    assert page.message.text() == "Wedi'i gadw ar y cof bach USB QSPACE."
