"""Presenters are plain Python: the PIN pad, navigation, events by day and project search."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.dto.catalogue import EventCard, ProjectCard
from kiosk.services.pin import PinCheck, PinOutcome
from screens.presenters.events import group_by_day
from screens.presenters.navigation import NavigationPresenter
from screens.presenters.pin import PinFeedback, PinMessage, PinMode, PinPresenter, PinSubmit
from screens.presenters.projects import filter_projects


def type_digits(presenter: PinPresenter, digits: str) -> None:
    for digit in digits:
        presenter.press(digit)


def test_pin_pad_verifies_what_was_typed_and_clears() -> None:
    pad = PinPresenter()
    type_digits(pad, "12345")
    pad.backspace()
    assert pad.submit() == PinSubmit("verify", "1234")
    assert pad.entered == ""


def test_pin_pad_refuses_short_pins_and_caps_long_ones() -> None:
    pad = PinPresenter()
    type_digits(pad, "12")
    assert pad.submit() == PinFeedback(PinMessage.TOO_SHORT)
    type_digits(pad, "3456789012")
    assert pad.entered == "12345678"
    pad.press("x")
    assert pad.entered == "12345678"


def test_pin_pad_sets_a_pin_typed_twice() -> None:
    pad = PinPresenter()
    pad.start(PinMode.SET)
    type_digits(pad, "2468")
    assert pad.submit() == PinFeedback(PinMessage.NOW_CONFIRM)
    assert pad.mode is PinMode.CONFIRM
    type_digits(pad, "2468")
    assert pad.submit() == PinSubmit("set", "2468", "2468")


def test_pin_pad_starts_again_when_the_two_pins_differ() -> None:
    pad = PinPresenter()
    pad.start(PinMode.SET)
    type_digits(pad, "2468")
    pad.submit()
    type_digits(pad, "1357")
    assert pad.submit() == PinFeedback(PinMessage.MISMATCH)
    assert pad.mode is PinMode.SET


def test_pin_feedback_after_a_refused_attempt() -> None:
    until = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    assert PinPresenter.feedback(PinCheck(PinOutcome.WRONG, 3)) == PinFeedback(PinMessage.WRONG, 3)
    assert PinPresenter.feedback(PinCheck(PinOutcome.LOCKED, 0, until)) == PinFeedback(
        PinMessage.LOCKED, 0, until
    )


def test_navigation_needs_the_pin_for_facilitator_pages_until_locked() -> None:
    nav = NavigationPresenter()
    assert not nav.route("projects").needs_pin
    assert nav.route("settings").needs_pin
    nav.unlock()
    assert not nav.route("facilitator").needs_pin
    nav.lock()
    assert nav.route("facilitator").needs_pin
    with pytest.raises(ValueError, match="nowhere"):
        nav.route("nowhere")


def event(title: str, starts: datetime) -> EventCard:
    return EventCard(title, "workshop", title, title, starts, starts + timedelta(hours=1), "Qspace")


def test_events_are_grouped_by_local_day_today_first() -> None:
    now = datetime(2026, 6, 1, 22, 30, tzinfo=UTC)  # 23:30 in Wales (BST)
    days = group_by_day(
        [
            event("later", datetime(2026, 6, 5, 9, 0, tzinfo=UTC)),
            event(
                "tomorrow-early", datetime(2026, 6, 1, 23, 30, tzinfo=UTC)
            ),  # 00:30 BST on 2 June
            event("tonight", datetime(2026, 6, 1, 22, 45, tzinfo=UTC)),
        ],
        now=now,
    )
    assert [(d.day, d.relative, [e.id for e in d.events]) for d in days] == [
        (date(2026, 6, 1), "today", ["tonight"]),
        (date(2026, 6, 2), "tomorrow", ["tomorrow-early"]),
        (date(2026, 6, 5), "", ["later"]),
    ]


def card(title: str, aim: str = "", topics: tuple[str, ...] = ()) -> ProjectCard:
    return ProjectCard(
        title, title, aim, "Pharmacy", "Fferylliaeth", "testing", topics, topics, 0, False, None
    )


def test_project_search_matches_every_word_across_fields_ignoring_accents() -> None:
    cards = [
        card("Sepsis six", "antibiotics within the hour"),
        card("Falls", "fewer falls", ("Lles emosiynol",)),
        card("Café culture", "calmer wards"),
    ]
    assert [c.title for c in filter_projects(cards, "SEPSIS hour")] == ["Sepsis six"]
    assert [c.title for c in filter_projects(cards, "cafe")] == ["Café culture"]
    assert [c.title for c in filter_projects(cards, "fferyll lles")] == ["Falls"]
    assert filter_projects(cards, "  ") == cards
    assert filter_projects(cards, "radiology") == []


def test_an_urgent_message_needs_both_the_welsh_and_the_english() -> None:
    from screens.presenters.showcase_admin import NoticeProblem, notice_problem

    assert notice_problem("", "Leave now.") is NoticeProblem.MISSING_WELSH
    assert notice_problem("Gadewch nawr.", "  ") is NoticeProblem.MISSING_ENGLISH
    assert notice_problem(" ", "") is NoticeProblem.MISSING_BOTH
    assert notice_problem("Gadewch nawr.", "Leave now.") is None


def test_a_visitor_who_chose_a_language_keeps_it_when_their_card_loads() -> None:
    from screens.presenters.checkin import CheckinPresenter

    presenter = CheckinPresenter()
    assert presenter.language_to_show("en", "cy") == "en"  # the stored language, by default
    assert presenter.language_to_show("cy", "cy") is None
    presenter.visitor_chose_language()
    assert presenter.language_to_show("en", "cy") is None
    presenter.reset()  # the next visitor: their stored language applies again
    assert presenter.language_to_show("en", "cy") == "en"


@pytest.mark.parametrize("typed", ["-1", "86401", "five minutes", ""])
def test_the_settings_form_refuses_a_bad_facilitator_timeout_and_writes_nothing(
    typed: str, tmp_path: Path
) -> None:
    from kiosk.config import Settings
    from kiosk.errors import ErrorCode, KioskError
    from screens.presenters.settings import save_form

    path = tmp_path / "config.toml"
    with pytest.raises(KioskError) as refused:
        save_form(Settings(), {"kiosk.facilitator_timeout_s": typed}, path)
    assert refused.value.code is ErrorCode.CONFIG_BAD_VALUE
    assert refused.value.params["setting"] == "kiosk.facilitator_timeout_s"
    assert not path.exists()


def test_the_settings_form_saves_the_facilitator_timeout(tmp_path: Path) -> None:
    from kiosk.config import Settings, load_settings
    from screens.presenters.settings import save_form

    path = tmp_path / "config.toml"
    saved = save_form(Settings(), {"kiosk.facilitator_timeout_s": "900"}, path)
    assert saved.facilitator_timeout_s == 900
    assert load_settings(path).facilitator_timeout_s == 900
