"""Keyboard-wedge bursts told from typing by timing alone: a table of key sequences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.scan import BurstDecoder

ENTER = "\r"
TAB = "\t"


@dataclass(frozen=True)
class Key:
    """One key press: the text it typed (ENTER/TAB for terminators) and when, in ms."""

    text: str
    t_ms: float


def keys(text: str, *, start: float = 0.0, gap: float = 10.0) -> list[Key]:
    """`text` typed key by key, `gap` ms apart, from `start`."""
    return [Key(ch, start + i * gap) for i, ch in enumerate(text)]


def run(sequence: list[Key]) -> list[str]:
    """Feed every key; what the decoder returned, in order."""
    decoder = BurstDecoder()
    found = []
    for key in sequence:
        terminator = key.text in (ENTER, TAB)
        burst = decoder.feed("" if terminator else key.text, terminator, key.t_ms)
        if burst is not None:
            found.append(burst)
    return found


TOKEN = "QS1ABCDEFGHIJ234567"

CASES = {
    "a scanner burst ending in Enter": (keys(TOKEN + ENTER), [TOKEN]),
    "a scanner burst ending in Tab": (keys(TOKEN + TAB), [TOKEN]),
    "keys 49.9 ms apart are a burst": (keys("ABCDEF" + ENTER, gap=49.9), ["ABCDEF"]),
    "keys exactly 50 ms apart are typing": (keys("ABCDEF" + ENTER, gap=50.0), []),
    "keys 120 ms apart are typing": (keys("Sian Jones" + ENTER, gap=120.0), []),
    "six characters are enough": (keys("QS1ABC" + ENTER), ["QS1ABC"]),
    "five characters are not": (keys("QS1AB" + ENTER), []),
    "a terminator alone": ([Key(ENTER, 0.0)], []),
    "two terminators": ([Key(ENTER, 0.0), Key(TAB, 5.0)], []),
    "no terminator: nothing yet": (keys(TOKEN), []),
    "a slow terminator after a fast burst": (
        [*keys("ABCDEFGH"), Key(ENTER, 7 * 10.0 + 50.0)],
        [],
    ),
    "typing, then a scan in the same field: only the scan": (
        [*keys("sian", gap=150.0), *keys(TOKEN + ENTER, start=1000.0)],
        [TOKEN],
    ),
    "a slow key in the middle restarts the burst": (
        [*keys("ABC"), *keys("DEFGHI" + ENTER, start=20.0 + 80.0)],
        ["DEFGHI"],
    ),
    "a slow key leaving fewer than six fast ones": (
        [*keys("ABCDE"), *keys("FGH" + ENTER, start=40.0 + 60.0)],
        [],
    ),
    "two scans one after the other": (
        [*keys("QS1AAAAA" + ENTER), *keys("QS1BBBBB" + TAB, start=500.0)],
        ["QS1AAAAA", "QS1BBBBB"],
    ),
    "two scans back to back within 50 ms": (
        [*keys("QS1AAAAA" + ENTER), *keys("QS1BBBBB" + ENTER, start=95.0)],
        ["QS1AAAAA", "QS1BBBBB"],
    ),
    "Enter after human typing is not a scan": (
        [*keys("Rhys", gap=200.0), Key(ENTER, 610.0)],
        [],
    ),
    "lower case and digits count like any printable": (keys("qs1abc234" + ENTER), ["qs1abc234"]),
    "Welsh and emoji characters are printable too": (keys("ŵŷâêîôû😀" + ENTER), ["ŵŷâêîôû😀"]),
}


@pytest.mark.parametrize(("sequence", "expected"), CASES.values(), ids=CASES.keys())
def test_bursts_are_told_from_typing(sequence: list[Key], expected: list[str]) -> None:
    assert run(sequence) == expected


def test_keys_without_text_such_as_shift_do_not_break_a_burst() -> None:
    decoder = BurstDecoder()
    for i, ch in enumerate("QS1ABC"):
        decoder.feed("", False, i * 20.0)  # Shift, pressed by the scanner for capitals
        assert decoder.feed(ch, False, i * 20.0 + 5.0) is None

    assert decoder.feed("", True, 5 * 20.0 + 10.0) == "QS1ABC"


def test_a_non_printable_key_clears_the_burst() -> None:
    decoder = BurstDecoder()
    for i, ch in enumerate("QS1ABC"):
        decoder.feed(ch, False, i * 5.0)
    decoder.feed("\x08", False, 30.0)  # backspace

    assert decoder.pending == ""
    assert decoder.feed("", True, 35.0) is None


def test_the_clock_going_backwards_counts_as_a_slow_key() -> None:
    decoder = BurstDecoder()
    for i, ch in enumerate("ABCDEF"):
        decoder.feed(ch, False, 1000.0 + i * 5.0)
    decoder.feed("G", False, 10.0)

    assert decoder.pending == "G"


def test_pending_shows_the_fast_characters_and_reset_forgets_them() -> None:
    decoder = BurstDecoder()
    for key in keys("QS1AB"):
        decoder.feed(key.text, False, key.t_ms)
    assert decoder.pending == "QS1AB"

    decoder.reset()

    assert decoder.pending == ""
    assert decoder.feed("", True, 45.0) is None


def test_thresholds_can_be_chosen() -> None:
    decoder = BurstDecoder(max_gap_ms=80.0, min_length=3)
    for i, ch in enumerate("ABC"):
        decoder.feed(ch, False, i * 70.0)

    assert decoder.feed("", True, 3 * 70.0) == "ABC"
