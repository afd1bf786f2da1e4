"""Every word the console shows exists in Welsh and English, and the language is chosen right."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from sync.console.i18n import MESSAGES, pick_language
from sync.console.queries import STAGES

KEY = re.compile(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*\)""")


def _used_keys() -> set[str]:
    used: set[str] = set()
    folder = resources.files("sync.console")
    for item in (folder / "templates").iterdir():
        used |= set(KEY.findall(item.read_text(encoding="utf-8")))
    for module in ("routes.py", "pdf.py"):
        text = (folder / module).read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:message|problem)=["']([a-z0-9_]+)["']""", text))
        used |= set(re.findall(r"""both\(["']([a-z0-9_]+)["']\)""", text))
    return used


def test_every_key_used_has_both_languages() -> None:
    used = (
        _used_keys()
        | {f"stage_{s}" for s in STAGES}
        | {f"kind_{k}" for k in ("meeting", "workshop", "focus_group", "coffee")}
        | {"signin_invalid", "signin_paused"}
    )
    missing = sorted(key for key in used if key not in MESSAGES)
    assert not missing, f"untranslated keys: {missing}"
    empty = sorted(key for key, (en, cy) in MESSAGES.items() if not en.strip() or not cy.strip())
    assert not empty, f"keys without a Welsh or English text: {empty}"


@pytest.mark.parametrize(
    ("cookie", "header", "expected"),
    [
        (None, "cy-GB,cy;q=0.9,en;q=0.8", "cy"),
        (None, "en-GB,en;q=0.9,cy;q=0.5", "en"),
        (None, "fr-FR,cy;q=0.4", "cy"),
        (None, None, "en"),
        ("cy", "en-GB", "cy"),
        ("xx", "cy", "cy"),
    ],
)
def test_language_from_the_switch_then_accept_language(
    cookie: str | None, header: str | None, expected: str
) -> None:
    assert pick_language(cookie, header) == expected
