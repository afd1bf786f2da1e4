"""My settings' presenter, without Qt: the coffee place, snoozing, the avoid picker, topics."""

from __future__ import annotations

from datetime import date

from kiosk.dto.checkin import PersonMatch
from kiosk.dto.qnet import AvoidedPerson, VisitorSettings
from screens.presenters.mysettings import (
    Coffee,
    MySettingsPresenter,
    coffee_place,
    snooze_until,
)

TODAY = date(2026, 12, 7)


def _settings(**changes: object) -> VisitorSettings:
    values: dict[str, object] = {
        "person_id": "me",
        "first_name": "Nia",
        "consent_display": True,
        "coffee_opted_in": True,
        "snoozed_until": None,
        "avoiding": (AvoidedPerson("owen", "Owen"),),
        "supporter_active": False,
        "supporter_topics": (),
        "projects": (),
    }
    values.update(changes)
    return VisitorSettings(**values)  # type: ignore[arg-type]


def _match(person_id: str, name: str) -> PersonMatch:
    return PersonMatch(id=person_id, first_name=name, department_en="", department_cy="")


def test_the_coffee_place_follows_opt_in_and_the_snooze_date() -> None:
    assert coffee_place(_settings(coffee_opted_in=False), TODAY) is Coffee.OUT
    assert coffee_place(_settings(), TODAY) is Coffee.IN
    assert coffee_place(_settings(snoozed_until=TODAY), TODAY) is Coffee.SNOOZED
    assert coffee_place(_settings(snoozed_until=date(2026, 12, 6)), TODAY) is Coffee.IN
    assert snooze_until(TODAY) == date(2026, 12, 21)


def test_the_avoid_picker_leaves_out_the_visitor_those_avoided_and_stale_answers() -> None:
    presenter = MySettingsPresenter()
    presenter.loaded(_settings())
    assert not presenter.wants_search("o")
    assert presenter.wants_search("ow")
    found = [_match("me", "Nia"), _match("owen", "Owen"), _match("osian", "Osian")]
    assert not presenter.matches_found("o", found)  # typed on since
    assert presenter.matches_found("ow", found)
    assert [m.id for m in presenter.state.matches] == ["osian"]
    presenter.clear_search()
    assert presenter.state.matches == []


def test_offering_help_needs_consent_to_be_shown_and_a_topic() -> None:
    presenter = MySettingsPresenter()
    presenter.loaded(_settings(supporter_topics=("data-and-charts",)))
    assert presenter.may_offer_help
    presenter.toggle_topic("data-and-charts")
    assert not presenter.may_offer_help
    presenter.loaded(_settings(consent_display=False, supporter_topics=("data-and-charts",)))
    assert not presenter.may_offer_help
    presenter.reset()
    assert presenter.state.settings is None
