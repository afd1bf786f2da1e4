"""Checks on what visitors type, with no database: the services refuse with them, and the
screens re-check a field as it is corrected."""

from __future__ import annotations

import unicodedata

from kiosk.errors import ErrorCode, KioskError

NAME_MAX = 100
EMAIL_MAX = 254
EMAIL_LOCAL_MAX = 64
ROLE_MAX = 120
DEPARTMENT_MAX = 120

# Characters refused in typed fields: C0/C1 controls (newline, tab, escape ...), lone
# surrogates, and line/paragraph separators. Format characters (Cf) stay allowed: the
# zero-width joiner builds emoji and ZWNJ is needed by several scripts.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_VISIBLE = "LNPS"  # a field needs a letter, digit, punctuation or symbol (emoji are symbols)


def has_refused_chars(value: str) -> bool:
    """Whether `value` holds a character no typed field may hold."""
    return any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in value)


def text_field(value: str, *, field: str, maximum: int, required: bool) -> str | None:
    """A trimmed, NFC-normalised field with runs of spaces collapsed, or None when empty."""
    trimmed = unicodedata.normalize("NFC", value).strip()
    if has_refused_chars(trimmed):
        raise KioskError(ErrorCode.FIELD_CONTROL_CHARS, field=field)
    cleaned = " ".join(trimmed.split())
    if not any(unicodedata.category(ch)[0] in _VISIBLE for ch in cleaned):
        cleaned = ""  # only joiners, marks or spaces: nothing anyone could read
    if not cleaned:
        if required:
            raise KioskError(ErrorCode.FIELD_EMPTY, field=field)
        return None
    if len(cleaned) > maximum:
        raise KioskError(ErrorCode.FIELD_TOO_LONG, field=field, limit=maximum)
    return cleaned


def valid_email(value: str) -> bool:
    """Simple and strict: one @, a non-empty local part, a dotted domain, no spaces."""
    if not value or len(value) > EMAIL_MAX or has_refused_chars(value):
        return False
    if any(ch.isspace() for ch in value) or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    if not local or len(local) > EMAIL_LOCAL_MAX or "." not in domain:
        return False
    return all(label and not label.startswith("-") for label in domain.split("."))


def visitor_field_problem(field: str, value: str) -> KioskError | None:
    """What is wrong with one field of the new-visitor form (name, department typed, email,
    role), or None; the same rules as register_visitor, which checks a department chosen from
    the list against the database too."""
    try:
        if field == "name":
            text_field(value, field=field, maximum=NAME_MAX, required=True)
        elif field == "department":
            text_field(value, field=field, maximum=DEPARTMENT_MAX, required=False)
        elif field == "role":
            text_field(value, field=field, maximum=ROLE_MAX, required=False)
        elif field == "email" and value.strip() and not valid_email(value.strip()):
            return KioskError(ErrorCode.EMAIL_INVALID, field="email")
    except KioskError as exc:
        return exc
    return None
