"""The on-screen keyboard's layouts and decisions: which pad a field gets, what a key does."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kiosk.config import KEYBOARD_MODES


class Pad(StrEnum):
    """The keyboard's pages."""

    LETTERS = "letters"
    ACCENTS = "accents"
    SYMBOLS = "symbols"
    NUMBERS = "numbers"  # the number pad, for whole numbers and PINs
    DECIMAL = "decimal"  # the number pad with a decimal point (a measure's values)


class KeyKind(StrEnum):
    """What pressing a key does."""

    CHAR = "char"
    SHIFT = "shift"
    BACKSPACE = "backspace"
    SPACE = "space"
    DONE = "done"
    PAGE = "page"  # switch to another pad


@dataclass(frozen=True)
class Key:
    """One key: `name` is stable (the widget's objectName ends with it), `text` is typed."""

    name: str
    kind: KeyKind
    text: str = ""
    target: Pad | None = None
    span: int = 2  # width in half-key units, so rows can be offset by half a key


@dataclass(frozen=True)
class KeyAction:
    """What the widget does after a key press."""

    insert: str = ""
    backspace: bool = False
    close: bool = False


_MARKS = {"\u0302": "circumflex", "\u0308": "diaeresis", "\u0301": "acute", "\u0300": "grave"}
# Welsh writes the to bach (circumflex) on every vowel and w, y; the didolnod (diaeresis) keeps
# vowels apart; acute and grave mark a stressed or short vowel in a few words and loan words.
WELSH_ACCENTS = (
    ("â", "ê", "î", "ô", "û", "ŵ", "ŷ"),
    ("ä", "ë", "ï", "ö", "ü", "ÿ", "á", "é", "í", "ó", "ú"),
    ("à", "è", "ì", "ò", "ù", "ý", "ẃ", "ỳ", "ẁ"),
)
_DIGITS = "1234567890"


def key_name(char: str) -> str:
    """A stable, ASCII name for a character key: "a", "w-circumflex", "apostrophe"."""
    if char.isascii() and char.isalnum():
        return char.lower()
    decomposed = unicodedata.normalize("NFD", char.lower())
    if len(decomposed) == 2 and decomposed[1] in _MARKS:
        return f"{decomposed[0]}-{_MARKS[decomposed[1]]}"
    return unicodedata.name(char, f"u{ord(char):04x}").lower().replace(" ", "-")


def _chars(text: str | tuple[str, ...]) -> tuple[Key, ...]:
    return tuple(Key(key_name(c), KeyKind.CHAR, c) for c in text)


_BACKSPACE = Key("backspace", KeyKind.BACKSPACE, span=3)
_SHIFT = Key("shift", KeyKind.SHIFT, span=3)
_DONE = Key("done", KeyKind.DONE, span=5)
_SPACE = Key("space", KeyKind.SPACE, " ", span=10)

LAYOUTS: dict[Pad, tuple[tuple[Key, ...], ...]] = {
    Pad.LETTERS: (
        (*_chars("qwertyuiop"), _BACKSPACE),
        (*_chars("asdfghjkl'"), Key("accents", KeyKind.PAGE, target=Pad.ACCENTS, span=3)),
        (_SHIFT, *_chars("zxcvbnm-@.")),
        (Key("symbols", KeyKind.PAGE, target=Pad.SYMBOLS, span=4), _SPACE, _DONE),
    ),
    Pad.ACCENTS: (
        (*_chars(WELSH_ACCENTS[0]), _BACKSPACE),
        _chars(WELSH_ACCENTS[1]),
        (_SHIFT, *_chars(WELSH_ACCENTS[2])),
        (Key("letters", KeyKind.PAGE, target=Pad.LETTERS, span=4), _SPACE, _DONE),
    ),
    Pad.SYMBOLS: (
        (*_chars(_DIGITS), _BACKSPACE),
        _chars("@.,-_'&/:;"),
        _chars('!?()#+=%"*'),
        (Key("letters", KeyKind.PAGE, target=Pad.LETTERS, span=4), _SPACE, _DONE),
    ),
    Pad.NUMBERS: (
        _chars("123"),
        _chars("456"),
        _chars("789"),
        (Key("backspace", KeyKind.BACKSPACE), *_chars("0"), Key("done", KeyKind.DONE)),
    ),
    Pad.DECIMAL: (
        _chars("123"),
        _chars("456"),
        _chars("789"),
        (Key("backspace", KeyKind.BACKSPACE), *_chars("0.")),
        (Key("done", KeyKind.DONE),),
    ),
}
NUMBER_PADS = (Pad.NUMBERS, Pad.DECIMAL)


def keyboard_enabled(mode: str, *, kiosk_mode: bool) -> bool:
    """Whether the on-screen keyboard is used: `kiosk.on_screen_keyboard`, "auto" following
    kiosk mode."""
    if mode not in KEYBOARD_MODES:
        raise ValueError(mode)
    return mode == "on" or (mode == "auto" and kiosk_mode)


class KeyboardPresenter:
    """Which pad shows, whether shift is on, and what each key press does."""

    def __init__(self) -> None:
        self.pad = Pad.LETTERS
        self.shifted = False
        self.visible = False

    def open(self, *, digits_only: bool, decimal: bool = False) -> None:
        """A text field took the focus: the number pad for numbers and PINs (with a decimal
        point for `decimal` fields), else letters."""
        self.pad = Pad.DECIMAL if decimal else Pad.NUMBERS if digits_only else Pad.LETTERS
        self.shifted = False
        self.visible = True

    def close(self) -> None:
        """Hide the keyboard (Done, idle, or the focus left the text fields)."""
        self.visible = False
        self.shifted = False

    def rows(self, pad: Pad | None = None) -> tuple[tuple[Key, ...], ...]:
        """The keys of `pad` (the current one by default), with letters in the current case."""
        layout = LAYOUTS[pad or self.pad]
        if not self.shifted:
            return layout
        return tuple(
            tuple(
                Key(k.name, k.kind, k.text.upper(), k.target, k.span)
                if k.kind is KeyKind.CHAR
                else k
                for k in row
            )
            for row in layout
        )

    def press(self, key: Key) -> KeyAction:
        """Decide what `key` does; shift and the accents page last for one character."""
        if key.kind is KeyKind.CHAR:
            text = key.text.upper() if self.shifted else key.text.lower()
            if key.text in _DIGITS or not key.text.isalpha():
                text = key.text
            self.shifted = False
            if self.pad is Pad.ACCENTS:
                self.pad = Pad.LETTERS
            return KeyAction(insert=text)
        if key.kind is KeyKind.SPACE:
            return KeyAction(insert=" ")
        if key.kind is KeyKind.BACKSPACE:
            return KeyAction(backspace=True)
        if key.kind is KeyKind.SHIFT:
            self.shifted = not self.shifted
            return KeyAction()
        if key.kind is KeyKind.PAGE and key.target is not None:
            self.pad = key.target
            return KeyAction()
        self.close()
        return KeyAction(close=True)
