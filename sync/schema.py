"""What syncs: every `Synced` model, its columns as JSON types, and which tables are facts.

Both ends read the kiosk's models, never a hand-written list: a table added to
`kiosk.models.SYNCED_MODELS` syncs with no change here. A model declares itself an append-only
*fact* (a visit, a vote, a proof of play) with the class attribute
``__sync_append_only__ = True``; `visit` and `visit_topic` are facts by default (FACT_TABLES).
A fact is created once, on one kiosk: a second insert of the same id is acknowledged and
ignored (first write wins, nothing merged over it). Later field updates to a fact (check-out,
anonymisation) merge like any other field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text
from sqlalchemy import Enum as SAEnum
from sqlalchemy import inspect as sa_inspect

from kiosk.models import SYNCED_MODELS, Synced, UtcDateTime

# Tables that are facts even without the class attribute (the models predate the convention).
FACT_TABLES = frozenset({"visit", "visit_topic"})
APPEND_ONLY_ATTRIBUTE = "__sync_append_only__"
# Envelope columns: carried beside the fields, never inside them.
ENVELOPE = frozenset({"id", "version"})
TEXT_MAX = 20_000  # characters in a Text column (a story's section, an event description)
INT_LIMIT = 2**53  # integers JSON carries exactly
# Date-times a kiosk can store and convert in any zone (a day's margin from datetime's limits).
DATETIME_MIN_YEAR = 2
DATETIME_MAX_YEAR = 9998
VERSION_RE = re.compile(r"^\d{15}\.\d{6}\.[A-Za-z0-9-]{1,40}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ENTITY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# A lone UTF-16 surrogate (JSON "\ud800") is no character: UTF-8 cannot encode it, so a text
# holding one would break every answer that carries it.
SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ColumnSpec:
    """One column as JSON sees it."""

    name: str
    kind: str  # "str", "int", "float", "bool", "date", "datetime", "enum"
    nullable: bool
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    is_reference: bool = False  # a foreign key: a record id (UUID text)
    enum_class: type[Enum] | None = None
    # What an insert that leaves the column out stores: its scalar default, or None when it is
    # nullable. A kiosk one migration behind its register sends inserts without the newest
    # columns; they take these values rather than being refused for ever.
    optional: bool = False
    default: Any = None


@dataclass(frozen=True)
class EntitySpec:
    """A synced table: its model, columns (without id and version) and whether it is a fact."""

    name: str
    model: type[Synced]
    columns: Mapping[str, ColumnSpec]
    append_only: bool


def _column_spec(column: Any) -> ColumnSpec:
    spec = _column_kind(column)
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg
        value = value.value if isinstance(value, Enum) else value
        return replace(spec, optional=True, default=value)
    if column.nullable:
        return replace(spec, optional=True, default=None)
    return spec


def _column_kind(column: Any) -> ColumnSpec:
    kind_type = column.type
    if isinstance(kind_type, UtcDateTime):
        kind = "datetime"
    elif isinstance(kind_type, SAEnum):
        enum_class = kind_type.enum_class
        choices = tuple(str(e) for e in kind_type.enums)
        return ColumnSpec(
            column.key,
            "enum",
            bool(column.nullable),
            choices=choices,
            enum_class=enum_class,
        )
    elif isinstance(kind_type, Boolean):
        kind = "bool"
    elif isinstance(kind_type, Integer):
        kind = "int"
    elif isinstance(kind_type, Float):
        kind = "float"
    elif isinstance(kind_type, Date):
        kind = "date"
    elif isinstance(kind_type, Text):
        return ColumnSpec(column.key, "str", bool(column.nullable), max_length=TEXT_MAX)
    elif isinstance(kind_type, String):
        return ColumnSpec(
            column.key,
            "str",
            bool(column.nullable),
            max_length=kind_type.length or TEXT_MAX,
            is_reference=bool(column.foreign_keys),
        )
    else:  # a new column type must be taught to sync before it can sync
        raise TypeError(f"{column.table.name}.{column.key}: no JSON form for {kind_type!r}")
    return ColumnSpec(column.key, kind, bool(column.nullable))


def is_append_only(model: type[Synced]) -> bool:
    """Whether `model` is an append-only fact (see the module docstring)."""
    flag = getattr(model, APPEND_ONLY_ATTRIBUTE, None)
    if flag is not None:
        return bool(flag)
    return model.__tablename__ in FACT_TABLES


@cache
def entities() -> dict[str, EntitySpec]:
    """Every synced table by name, in dependency order (parents before children)."""
    by_table = {model.__tablename__: model for model in SYNCED_MODELS}
    ordered = [t.name for t in Synced.metadata.sorted_tables if t.name in by_table]
    specs: dict[str, EntitySpec] = {}
    for name in ordered:
        model = by_table[name]
        columns = {
            column.key: _column_spec(column)
            for column in sa_inspect(model).columns
            if column.key not in ENVELOPE
        }
        specs[name] = EntitySpec(name, model, columns, is_append_only(model))
    return specs


def check_value(spec: ColumnSpec, value: Any) -> str | None:
    """Why `value` is not a valid JSON value for the column, or None when it is."""
    if value is None:
        return None if spec.nullable else "null not allowed"
    if spec.kind == "str":
        if not isinstance(value, str):
            return "expected text"
        if spec.max_length is not None and len(value) > spec.max_length:
            return f"longer than {spec.max_length} characters"
        if "\x00" in value:
            return "NUL character"
        if SURROGATE_RE.search(value):
            return "lone surrogate (not a character)"
        if spec.is_reference and not UUID_RE.match(value):
            return "expected a record id (UUID)"
        return None
    if spec.kind == "enum":
        return None if isinstance(value, str) and value in spec.choices else "unknown value"
    if spec.kind == "bool":
        return None if isinstance(value, bool) else "expected true or false"
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "expected a whole number"
        return None if abs(value) < INT_LIMIT else "number too large"
    if spec.kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "expected a number"
        return None if abs(value) < 1e300 else "number too large"
    if not isinstance(value, str) or len(value) > 40:
        return "expected an ISO date" if spec.kind == "date" else "expected an ISO date-time"
    try:
        if spec.kind == "date":
            date.fromisoformat(value)
            return None
        moment = datetime.fromisoformat(value)
    except ValueError:
        return "expected an ISO date" if spec.kind == "date" else "expected an ISO date-time"
    if moment.tzinfo is None:
        return "date-time without a time zone"
    try:
        # 9999-12-31T23:59:59-14:00 parses, but is past the last instant a datetime holds in
        # UTC: every kiosk would fail to store it.
        in_utc = moment.astimezone(UTC)
    except OverflowError:
        return "date-time out of range"
    if not DATETIME_MIN_YEAR <= in_utc.year <= DATETIME_MAX_YEAR:
        return "date-time out of range"
    return None


def to_python(spec: ColumnSpec, value: Any) -> Any:
    """A checked JSON value as the kiosk's column takes it."""
    if value is None:
        return None
    if spec.kind == "datetime":
        return datetime.fromisoformat(value)
    if spec.kind == "date":
        return date.fromisoformat(value)
    if spec.kind == "float":
        return float(value)
    if spec.kind == "enum" and spec.enum_class is not None:
        return spec.enum_class(value)
    return value
