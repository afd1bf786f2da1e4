"""Text helpers: accent- and case-insensitive keys for searching names ("sian" finds "Siân")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, for matching as people type."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def first_name(display_name: str) -> str:
    """The first word of a display name: what public screens may show, with consent."""
    parts = display_name.split()
    return parts[0] if parts else ""
