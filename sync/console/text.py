"""Text from stored records made safe to show: a lone surrogate (stored before the register
refused them at push) becomes "?" instead of failing the page or the export as a whole."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def printable(text: str) -> str:
    """`text` with anything UTF-8 cannot encode (lone surrogates) replaced by "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def printable_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A record's fields with every text value printable."""
    return {k: printable(v) if isinstance(v, str) else v for k, v in fields.items()}
