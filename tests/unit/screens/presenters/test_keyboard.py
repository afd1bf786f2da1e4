"""The on-screen keyboard's decisions, without Qt: pads, shift, accents, the setting."""

from __future__ import annotations

import pytest

from screens.presenters.keyboard import (
    LAYOUTS,
    Key,
    KeyAction,
    KeyboardPresenter,
    KeyKind,
    Pad,
    key_name,
    keyboard_enabled,
)


def key(presenter: KeyboardPresenter, name: str) -> Key:
    return next(k for row in presenter.rows() for k in row if k.name == name)


def type_keys(presenter: KeyboardPresenter, *names: str) -> str:
    typed = ""
    for name in names:
        typed += presenter.press(key(presenter, name)).insert
    return typed


def test_numbers_and_pins_get_the_number_pad_text_gets_letters() -> None:
    board = KeyboardPresenter()
    board.open(digits_only=True)
    assert board.pad is Pad.NUMBERS
    assert {k.text for row in board.rows() for k in row if k.kind is KeyKind.CHAR} == set(
        "0123456789"
    )
    board.open(digits_only=False)
    assert board.pad is Pad.LETTERS
    assert board.visible


def test_sian_with_shift_and_the_accents_page() -> None:
    board = KeyboardPresenter()
    board.open(digits_only=False)
    assert type_keys(board, "shift", "s", "i", "accents", "a-circumflex", "n") == "Siân"
    assert board.pad is Pad.LETTERS
    assert not board.shifted


def test_shift_lasts_one_letter_and_shows_capitals() -> None:
    board = KeyboardPresenter()
    board.open(digits_only=False)
    board.press(key(board, "shift"))
    assert key(board, "w").text == "W"
    assert type_keys(board, "w", "w") == "Ww"


def test_every_welsh_accent_in_both_cases() -> None:
    accents = [k.text for row in LAYOUTS[Pad.ACCENTS] for k in row if k.kind is KeyKind.CHAR]
    for letter in "âêîôûŵŷäëïöü":
        assert letter in accents
        board = KeyboardPresenter()
        board.open(digits_only=False)
        board.press(key(board, "accents"))
        board.press(key(board, "shift"))
        assert type_keys(board, key_name(letter)) == letter.upper()


def test_done_closes_and_backspace_deletes() -> None:
    board = KeyboardPresenter()
    board.open(digits_only=False)
    assert board.press(key(board, "backspace")) == KeyAction(backspace=True)
    assert board.press(key(board, "done")) == KeyAction(close=True)
    assert not board.visible


def test_key_names_are_ascii_and_unique_per_pad() -> None:
    for pad, rows in LAYOUTS.items():
        names = [k.name for row in rows for k in row]
        assert len(names) == len(set(names)), pad
        assert all(name.isascii() for name in names)


@pytest.mark.parametrize(
    ("mode", "kiosk", "enabled"),
    [
        ("auto", True, True),
        ("auto", False, False),
        ("on", False, True),
        ("off", True, False),
    ],
)
def test_the_setting(mode: str, kiosk: bool, enabled: bool) -> None:
    assert keyboard_enabled(mode, kiosk_mode=kiosk) is enabled


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="sometimes"):
        keyboard_enabled("sometimes", kiosk_mode=True)
