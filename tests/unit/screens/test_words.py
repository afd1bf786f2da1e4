"""screens.words: every ErrorCode has a sentence in English and in Welsh; the terms are complete."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.presenters.qnet import ACTS, STAGES
from screens.presenters.sharing import KINDS

pytestmark = pytest.mark.gui

# Parameters the core sends with some codes; each set is worded and checked.
PARAMS: dict[ErrorCode, list[dict[str, Any]]] = {
    ErrorCode.CONFIG_BAD_VALUE: [{"setting": "room.name"}, {"setting": "x", "name": "Room"}],
    ErrorCode.PIN_FORMAT: [{"min": 4, "max": 8}],
    ErrorCode.FIELD_TOO_LONG: [{"field": "name", "limit": 100}, {}],
    ErrorCode.VOTES_USED_UP: [{"limit": 1}, {"limit": 3}],
    ErrorCode.PLAYLIST_ENTRY_INVALID: [
        {"reason": "duration", "low": 5, "high": 120},
        {"reason": "time", "value": "25:00"},
        {"reason": "window"},
        {"reason": "weekdays"},
        {"reason": "kind", "value": "x"},
    ],
    ErrorCode.NOTICE_INVALID: [{"reason": "too_long", "limit": 280}, {"reason": "empty"}],
    ErrorCode.THANKS_INVALID: [
        {"field": "to_whom", "reason": "empty"},
        {"field": "message", "reason": "empty"},
        {"field": "signed", "reason": "empty"},
        {"field": "message", "reason": "too_long", "limit": 400},
    ],
}
CASES = [
    pytest.param(code, params, id=f"{code.value}-{index}")
    for code in ErrorCode
    for index, params in enumerate(PARAMS.get(code, [{}]))
]


@contextmanager
def catalogue(lang: str) -> Iterator[None]:
    """The compiled catalogue of `lang` installed, as Languages.switch(lang) does."""
    translator = QTranslator()
    path = resources.files("assets") / "i18n" / f"qspace_{lang}.qm"
    assert translator.load(str(path)), "compile the catalogues first: make translations"
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _no_placeholders(text: str) -> bool:
    return not any(marker in text for marker in ("%1", "%2", "%n"))


@pytest.mark.parametrize(("code", "params"), CASES)
def test_every_error_code_has_an_english_sentence(
    qapp: QCoreApplication, code: ErrorCode, params: dict[str, Any]
) -> None:
    with catalogue("en"):
        text = words.error_text(KioskError(code, **params))
        failure = words.failure_text()
    assert text.strip()
    assert _no_placeholders(text)
    if code is not ErrorCode.INTERNAL:
        assert text != failure, "falls back to the general sentence"


@pytest.mark.parametrize(("code", "params"), CASES)
def test_every_error_code_has_a_welsh_sentence(
    qapp: QCoreApplication, code: ErrorCode, params: dict[str, Any]
) -> None:
    error = KioskError(code, **params)
    with catalogue("en"):
        english = words.error_text(error)
    with catalogue("cy"):
        cymraeg = words.error_text(error)
    assert cymraeg.strip()
    assert cymraeg != english
    assert _no_placeholders(cymraeg)


def test_the_sentences_fill_in_their_parameters(qapp: QCoreApplication) -> None:
    with catalogue("en"):
        _check_parameters()


def _check_parameters() -> None:
    too_long = KioskError(ErrorCode.FIELD_TOO_LONG, field="name", limit=100)
    assert words.error_text(too_long) == "This is too long: at most 100 characters."
    used_up = KioskError(ErrorCode.VOTES_USED_UP, limit=2)
    assert words.error_text(used_up) == "You have used all your 2 dots."
    bad = KioskError(ErrorCode.CONFIG_BAD_VALUE, setting="room.name")
    assert words.error_text(bad, name="Room name") == (
        "“Room name” is not right: please check it. Nothing was saved."
    )


def test_anything_else_is_the_general_failure(qapp: QCoreApplication) -> None:
    assert words.error_text(ValueError("boom")) == words.failure_text()


def test_the_terms_name_every_stage_card_kind_and_act(qapp: QCoreApplication) -> None:
    assert set(words.STAGES) == set(STAGES)
    assert set(words.CARD_KINDS) == set(KINDS) == set(words.CARD_KIND_HEADINGS)
    assert set(words.ACTS) == set(ACTS)
    assert words.stage_name("testing") == "Testing changes (PDSA)"
    assert words.card_kind_name("idea") == "Idea"
    assert words.card_kind_heading("idea") == "Ideas"
    assert words.act_name(None) == "Not decided yet"


def test_the_terms_are_in_welsh_too(qapp: QCoreApplication) -> None:
    with catalogue("cy"):
        _check_welsh_terms()


def _check_welsh_terms() -> None:
    assert words.stage_name("aim") == "Gosod y nod"
    assert words.card_kind_name("idea") == "Syniad"
    assert words.card_kind_heading("question") == "Cwestiynau"
    assert words.act_name("adopt") == "Mabwysiadu"


def test_every_kind_of_event_has_a_name_in_both_languages(qapp: QCoreApplication) -> None:
    from kiosk.models import EventKind

    assert set(words.EVENT_KINDS) == {kind.value for kind in EventKind}
    english = {kind.value: words.event_kind_name(kind.value) for kind in EventKind}
    assert english["peer_support"] == "Peer-support drop-in"
    with catalogue("cy"):
        welsh = {kind.value: words.event_kind_name(kind.value) for kind in EventKind}
    assert welsh["peer_support"] == "Sesiwn galw heibio cymorth cymheiriaid"
    for kind in EventKind:  # a name, never the stored value, and translated
        assert english[kind.value] != kind.value
        assert welsh[kind.value] != english[kind.value]


def test_a_text_written_in_both_languages_falls_back_to_the_other() -> None:
    assert words.bilingual_text("Croeso", "Welcome", "cy") == "Croeso"
    assert words.bilingual_text("Croeso", "Welcome", "en") == "Welcome"
    assert words.bilingual_text("Croeso", "  ", "en") == "Croeso"
    assert words.bilingual_text("", "Welcome", "cy") == "Welcome"
    assert words.bilingual_text("", "", "cy") == ""
