"""Check-in flows driven through the objectNames, on a real window and a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.dto.checkin import NewVisitor
from kiosk.models import Person, Visit
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def find(window: MainWindow, name: str) -> Any:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    widget = find(window, name)
    qtbot.waitUntil(widget.isVisible)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def register(
    window: MainWindow, name: str, *, display: bool = True, language: str = "en", **extra: Any
) -> str:
    """A visitor registered through the real service, as an earlier visit would have."""
    visitor = NewVisitor(name=name, language=language, consent_display=display, **extra)
    match = window.ctx.ops.checkin.register_visitor(visitor)
    return str(match.id)


def visits_of(window: MainWindow, person_id: str) -> list[Visit]:
    with window.store.begin() as session:
        return list(session.scalars(select(Visit).where(Visit.person_id == person_id)))


class Wedge:
    """A keyboard-wedge scanner: keys 10 ms apart, then Enter."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.t = 1000.0
        window.scanner._clock = self.clock  # type: ignore[attr-defined]
        self.gap = 0.010

    def clock(self) -> float:
        self.t += self.gap
        return self.t

    def scan(self, qtbot: QtBot, text: str) -> None:
        target = QApplication.focusWidget() or self.window
        qtbot.keyClicks(target, text)
        qtbot.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Return)


@pytest.fixture
def kiosk(make_window: WindowFactory) -> MainWindow:
    return make_window("--lang", "en", screen="attract")


def test_returning_visitor_finds_themselves_and_checks_in(kiosk: MainWindow, qtbot: QtBot) -> None:
    sian = register(kiosk, "Siân Wynne", department_id=None, new_department="Pharmacy")
    register(kiosk, "Bryn Morgan", display=True)
    kiosk.navigate("checkin")
    qtbot.keyClicks(find(kiosk, "checkin.search"), "sian wyn")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.result.0").isVisible())
    assert find(kiosk, "checkin.result.0").text().startswith("Siân")
    assert "Wynne" not in find(kiosk, "checkin.result.0").text()
    click(qtbot, kiosk, "checkin.result.0")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.confirm").isVisible())
    assert not find(kiosk, "checkin.confirm").isEnabled()
    click(qtbot, kiosk, "checkin.topic.data-and-charts")
    click(qtbot, kiosk, "checkin.confirm")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert find(kiosk, "checkin.greeting").text() == "Welcome, Siân!"
    [visit] = visits_of(kiosk, sian)
    assert visit.checked_out_at is None
    assert visit.source == "touch"
    kiosk.screens["checkin"].done_timer.setInterval(0)
    kiosk.screens["checkin"].done_timer.start()
    qtbot.waitUntil(lambda: kiosk.current_screen == "attract")


def test_confirmation_greets_in_the_visitors_language_and_names_others_by_first_name(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    sioned = register(kiosk, "Sioned Pritchard", language="cy")
    carwyn = register(kiosk, "Carwyn Hughes", display=True)
    hidden = register(kiosk, "Awen Secret", display=False)
    for person in (carwyn, hidden):
        kiosk.ctx.ops.checkin.check_in(person, ["wellbeing"], None, "touch")
    kiosk.navigate("checkin")
    qtbot.keyClicks(find(kiosk, "checkin.search"), "sioned")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.result.0").isVisible())
    click(qtbot, kiosk, "checkin.result.0")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.confirm").isVisible())
    click(qtbot, kiosk, "checkin.topic.wellbeing")
    click(qtbot, kiosk, "checkin.confirm")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert kiosk.languages.current == "cy"
    others = find(kiosk, "checkin.others").text()
    assert "Carwyn" in others
    assert "Hughes" not in others
    assert "Awen" not in others
    assert visits_of(kiosk, sioned)


def test_new_visitor_registers_with_consents_unticked_and_a_bad_email_is_refused(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    kiosk.navigate("checkin")
    click(qtbot, kiosk, "checkin.new")
    display: QCheckBox = find(kiosk, "checkin.consent.display")
    contact: QCheckBox = find(kiosk, "checkin.consent.contact")
    assert not display.isChecked()
    assert not contact.isChecked()
    find(kiosk, "checkin.name").setText("  Osian Bowen 🙂 ")  # QTest cannot type emoji
    department = find(kiosk, "checkin.department")
    department.setEditText("Quality Improvement Hub")
    qtbot.keyClicks(find(kiosk, "checkin.email"), "osian at example")
    click(qtbot, kiosk, "checkin.register")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.email.error").isVisible())
    assert "email" in find(kiosk, "checkin.email.error").text()
    with kiosk.store.begin() as session:
        assert session.scalar(select(Person).where(Person.display_name == "Osian Bowen 🙂")) is None
    find(kiosk, "checkin.email").setText("osian.bowen@wales.nhs.uk")
    display.click()
    click(qtbot, kiosk, "checkin.register")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.confirm").isVisible())
    click(qtbot, kiosk, "checkin.topic.practical-advice")
    click(qtbot, kiosk, "checkin.confirm")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    with kiosk.store.begin() as session:
        osian = session.scalars(select(Person).where(Person.display_name == "Osian Bowen 🙂")).one()
        assert osian.consent_display
        assert not osian.consent_contact
        assert osian.email == "osian.bowen@wales.nhs.uk"
    assert len(visits_of(kiosk, osian.id)) == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Please fill this in."),
        ("x" * 101, "This is too long: at most 100 characters."),
        ("Bad\u0007Name", "This has characters that cannot be stored. Please type it again."),
    ],
)
def test_a_bad_name_gets_an_inline_message_and_nothing_is_saved(
    kiosk: MainWindow, qtbot: QtBot, name: str, message: str
) -> None:
    kiosk.navigate("checkin")
    click(qtbot, kiosk, "checkin.new")
    find(kiosk, "checkin.name").setText(name)
    with kiosk.store.begin() as session:
        before = len(session.scalars(select(Person)).all())
    click(qtbot, kiosk, "checkin.register")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.name.error").isVisible())
    assert find(kiosk, "checkin.name.error").text() == message
    with kiosk.store.begin() as session:
        assert len(session.scalars(select(Person)).all()) == before


def test_a_scanner_burst_checks_the_person_in_at_once(kiosk: MainWindow, qtbot: QtBot) -> None:
    person = register(kiosk, "Megan Price")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    wedge = Wedge(kiosk)
    assert find(kiosk, "scan.input").hasFocus()
    wedge.scan(qtbot, token)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert find(kiosk, "checkin.greeting").text() == "Welcome, Megan!"
    [visit] = visits_of(kiosk, person)
    assert visit.source == "qr"
    assert find(kiosk, "scan.input").text() == ""


def test_a_burst_into_the_name_field_does_not_stay_there(kiosk: MainWindow, qtbot: QtBot) -> None:
    person = register(kiosk, "Lowri Owen")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    kiosk.navigate("checkin")
    search: QLineEdit = find(kiosk, "checkin.search")
    search.setFocus()
    wedge = Wedge(kiosk)
    wedge.scan(qtbot, token)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert token not in search.text()


def test_a_forged_token_is_refused_with_a_clear_message(kiosk: MainWindow, qtbot: QtBot) -> None:
    person = register(kiosk, "Emyr Parry")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    Wedge(kiosk).scan(qtbot, forged)
    qtbot.waitUntil(kiosk.banner.isVisible)
    # The attract loop is bilingual: the refusal is said in Welsh first, then in English.
    assert kiosk.banner.text.text() == (
        "Doedd dim modd gwirio'r pàs hwn. Gofynnwch i hwylusydd am un newydd.\n"
        "This pass could not be verified. Please ask a facilitator for a new one."
    )
    assert visits_of(kiosk, person) == []
    assert find(kiosk, "scan.input").hasFocus()


def test_an_unreadable_burst_is_refused_without_a_crash(kiosk: MainWindow, qtbot: QtBot) -> None:
    Wedge(kiosk).scan(qtbot, "HELLO-WORLD-123")
    qtbot.waitUntil(kiosk.banner.isVisible)
    welsh, english = kiosk.banner.text.text().split("\n")
    assert welsh.startswith("Doedd dim modd darllen y cod yna.")
    assert english.startswith("That code could not be read.")
    assert kiosk.current_screen == "attract"


def test_a_refused_pass_on_the_check_in_screen_is_said_in_the_language_showing(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    token = kiosk.ctx.ops.checkin.current_pass(register(kiosk, "Eirlys Hughes"))
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    kiosk.navigate("checkin")
    Wedge(kiosk).scan(qtbot, forged)
    qtbot.waitUntil(kiosk.banner.isVisible)
    assert kiosk.banner.text.text() == (
        "This pass could not be verified. Please ask a facilitator for a new one."
    )


def test_a_goodbye_is_gone_before_the_next_visitor_checks_in(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    ffion, sian = register(kiosk, "Ffion Rees"), register(kiosk, "Siân Price")
    wedge = Wedge(kiosk)
    wedge.scan(qtbot, kiosk.ctx.ops.checkin.current_pass(ffion))
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    kiosk.go_idle()
    wedge.scan(qtbot, kiosk.ctx.ops.checkin.current_pass(ffion))
    qtbot.waitUntil(lambda: find(kiosk, "checkin.checkout").isVisible())
    click(qtbot, kiosk, "checkin.checkout")
    qtbot.waitUntil(lambda: kiosk.banner.isVisible() and "Goodbye" in kiosk.banner.text.text())
    wedge.scan(qtbot, kiosk.ctx.ops.checkin.current_pass(sian))
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert not kiosk.banner.isVisible()


def test_the_new_visitor_form_starts_in_the_language_of_the_session(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--lang", "cy", "--set", "room.default_language=cy", screen="attract")
    window.navigate("checkin")  # a Welsh-speaking visitor, then the attract loop again
    window.go_idle()
    window.languages.switch("en")  # the next visitor chooses English
    window.navigate("checkin")
    qtbot.keyClicks(find(window, "checkin.search"), "Newcomer Person")
    click(qtbot, window, "checkin.new")
    assert find(window, "checkin.language").currentData() == "en"


def test_a_visitor_who_switched_language_is_not_switched_back_by_their_card(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    register(kiosk, "Gwenllian Ashby", language="en")
    kiosk.navigate("checkin")
    qtbot.mouseClick(kiosk.header.switch, Qt.MouseButton.LeftButton)  # to Cymraeg
    assert kiosk.languages.current == "cy"
    qtbot.keyClicks(find(kiosk, "checkin.search"), "gwenllian")
    click(qtbot, kiosk, "checkin.result.0")
    kiosk.runner.wait_idle()
    qtbot.waitUntil(lambda: kiosk.screens["checkin"].presenter.state.person_id is not None)
    assert kiosk.languages.current == "cy"


def test_a_double_scan_offers_check_out_and_focus_returns_to_the_scan_field(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    person = register(kiosk, "Aled Vaughan")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    wedge = Wedge(kiosk)
    wedge.scan(qtbot, token)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    kiosk.go_idle()
    wedge.scan(qtbot, token)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.checkout").isVisible())
    click(qtbot, kiosk, "checkin.stay")
    qtbot.waitUntil(lambda: not kiosk.overlay.isVisible())
    assert find(kiosk, "scan.input").hasFocus()
    wedge.scan(qtbot, token)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.checkout").isVisible())
    click(qtbot, kiosk, "checkin.checkout")
    qtbot.waitUntil(lambda: kiosk.current_screen == "attract" and not kiosk.overlay.isVisible())
    kiosk.runner.wait_idle()
    [visit] = visits_of(kiosk, person)
    assert visit.checked_out_at is not None
    assert kiosk.banner.text.text() == "Goodbye, Aled. Thank you for coming!"


def test_typing_a_pass_code_into_the_search_checks_in(kiosk: MainWindow, qtbot: QtBot) -> None:
    person = register(kiosk, "Nia Baker")
    token = kiosk.ctx.ops.checkin.current_pass(person)
    kiosk.navigate("checkin")
    search = find(kiosk, "checkin.search")
    search.setText(token.lower())
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    assert visits_of(kiosk, person)[0].source == "typed"


def test_an_event_on_now_is_offered_first_and_attendance_recorded(
    kiosk: MainWindow, qtbot: QtBot
) -> None:
    from kiosk.models import Event, EventKind

    now = datetime.now(UTC)
    with kiosk.store.begin() as session:
        event = Event(
            kind=EventKind.WORKSHOP,
            title_en="Run charts live",
            title_cy="Siartiau rhediad byw",
            starts_at=now - timedelta(minutes=10),
            ends_at=now + timedelta(minutes=50),
            location="Qspace",
        )
        session.add(event)
    person = register(kiosk, "Ianto Rees")
    kiosk.navigate("checkin")
    qtbot.keyClicks(find(kiosk, "checkin.search"), "ianto")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.result.0").isVisible())
    click(qtbot, kiosk, "checkin.result.0")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.event.0").isVisible())
    assert "Run charts live" in find(kiosk, "checkin.event.0").text()
    click(qtbot, kiosk, "checkin.event.0")
    click(qtbot, kiosk, "checkin.confirm")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.done").isVisible())
    [visit] = visits_of(kiosk, person)
    assert visit.event_id == event.id


def test_public_check_in_never_shows_surnames_or_emails(kiosk: MainWindow, qtbot: QtBot) -> None:
    register(kiosk, "Cerys Griffiths", email="cerys@example.org")
    kiosk.navigate("checkin")
    qtbot.keyClicks(find(kiosk, "checkin.search"), "cerys")
    qtbot.waitUntil(lambda: find(kiosk, "checkin.result.0").isVisible())
    texts = [w.text() for w in kiosk.findChildren(QAbstractButton) if w.isVisible()]
    assert not any("Griffiths" in t or "@" in t for t in texts)


def test_a_fields_error_clears_once_the_field_is_corrected(kiosk: MainWindow, qtbot: QtBot) -> None:
    kiosk.navigate("checkin")
    click(qtbot, kiosk, "checkin.new")
    find(kiosk, "checkin.name").setText("Osian Bowen")
    email: QLineEdit = find(kiosk, "checkin.email")
    qtbot.keyClicks(email, "osian at example")
    click(qtbot, kiosk, "checkin.register")
    error = find(kiosk, "checkin.email.error")
    qtbot.waitUntil(error.isVisible)
    email.clear()
    qtbot.keyClicks(email, "osian@example")  # still no dotted domain: the error stays
    assert error.isVisible()
    qtbot.keyClicks(email, ".org")
    assert not error.isVisible()
    assert error.text() == ""
