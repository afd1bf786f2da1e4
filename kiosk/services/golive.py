"""Going live: removing the demo, departments, and the people and departments imports.

Every import is all or nothing: every row is checked first, and a bad file raises KioskError
IMPORT_INVALID with one ImportProblem per bad cell (rows numbered as a spreadsheet shows them,
the header being row 1), before anything is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Table, bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from kiosk.db import DEMO_SUFFIX, delete_state
from kiosk.dto.catalogue import DepartmentRow
from kiosk.dto.golive import DemoRemoval, ImportProblem, ImportSummary, KindCount
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import SYNCED_MODELS, Department, Language, Person, Project
from kiosk.text import fold
from kiosk.validation import DEPARTMENT_MAX, NAME_MAX, ROLE_MAX, text_field, valid_email

DEPARTMENT_COLUMNS = ("name_en", "name_cy")
PEOPLE_COLUMNS = (
    "name",
    "email",
    "department",
    "role",
    "language",
    "consent_display",
    "consent_contact",
)
YES = frozenset({"yes", "true", "1", "y", "ie"})
NO = frozenset({"no", "false", "0", "n", "na", ""})
LANGUAGES = {"en": "en", "english": "en", "saesneg": "en", "cy": "cy", "welsh": "cy"}
LANGUAGES["cymraeg"] = "cy"


class ImportReason(StrEnum):
    """Why a cell, row or file is refused (the screens and command line word each)."""

    NOT_UTF8 = "not_utf8"
    EMPTY_FILE = "empty_file"
    MISSING_COLUMN = "missing_column"
    UNKNOWN_COLUMN = "unknown_column"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    CONTROL_CHARS = "control_chars"
    EMAIL_INVALID = "email_invalid"
    DEPARTMENT_UNKNOWN = "department_unknown"
    LANGUAGE_UNKNOWN = "language_unknown"
    NOT_YES_NO = "not_yes_no"
    DUPLICATE = "duplicate"
    EXTRA_CELLS = "extra_cells"


# --- CSV ----------------------------------------------------------------------------------------


def read_csv(data: bytes, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, cells by column) of a CSV as Excel writes it ("CSV UTF-8":
    a BOM, CRLF); blank rows skipped. The header must name exactly `columns`, in any order.

    Raises:
        KioskError: IMPORT_INVALID for a file that is not UTF-8, is empty or has wrong columns.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KioskError(
            ErrorCode.IMPORT_INVALID, problems=(ImportProblem(None, None, "", "not_utf8"),)
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [cell.strip().lower() for cell in next(reader, [])]
    if not any(header):
        raise KioskError(
            ErrorCode.IMPORT_INVALID, problems=(ImportProblem(1, None, "", "empty_file"),)
        )
    problems = [ImportProblem(1, None, c, "missing_column") for c in columns if c not in header]
    problems += [
        ImportProblem(1, None, c, "unknown_column") for c in header if c and c not in columns
    ]
    if problems:
        raise KioskError(ErrorCode.IMPORT_INVALID, problems=tuple(problems))
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        extra = cells[len(header) :]
        row = dict(zip(header, cells, strict=False))
        if any(cell.strip() for cell in extra):
            row["\x00extra"] = "1"
        yield number, {c: row.get(c, "") for c in (*columns, "\x00extra") if c in row}


class _Checker:
    """Collects the problems of one import."""

    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []

    def text(self, row: int, column: str, value: str, maximum: int, *, required: bool) -> str:
        try:
            return text_field(value, field=column, maximum=maximum, required=required) or ""
        except KioskError as exc:
            reason = {
                ErrorCode.FIELD_EMPTY: ImportReason.EMPTY,
                ErrorCode.FIELD_TOO_LONG: ImportReason.TOO_LONG,
            }.get(exc.code, ImportReason.CONTROL_CHARS)
            self.bad(row, column, reason, value)
            return ""

    def bad(self, row: int, column: str, reason: ImportReason, value: str = "") -> None:
        self.problems.append(ImportProblem(row, None, column, reason.value, value[:60]))

    def raise_if_any(self) -> None:
        if self.problems:
            raise KioskError(ErrorCode.IMPORT_INVALID, problems=tuple(self.problems))


def _rows(data: bytes, columns: Sequence[str], check: _Checker) -> list[tuple[int, dict[str, str]]]:
    rows = list(read_csv(data, columns))
    for number, row in rows:
        if row.pop("\x00extra", None):
            check.bad(number, "", ImportReason.EXTRA_CELLS)
    return rows


# --- departments ------------------------------------------------------------------------------


def _departments_by_name(session: Session) -> dict[str, Department]:
    found: dict[str, Department] = {}
    for department in session.scalars(
        select(Department).where(Department.deleted.is_(False)).order_by(Department.created_at)
    ):
        for name in (department.name_en, department.name_cy):
            found.setdefault(fold(name), department)
    return found


def import_departments(session: Session, *, data: bytes) -> ImportSummary:
    """Departments from a CSV with columns name_en, name_cy: a row naming an existing
    department (by either name) updates its names, any other adds one. All or nothing."""
    check = _Checker()
    rows = _rows(data, DEPARTMENT_COLUMNS, check)
    seen: dict[str, int] = {}
    clean: list[tuple[str, str]] = []
    for number, row in rows:
        name_en = check.text(number, "name_en", row["name_en"], DEPARTMENT_MAX, required=True)
        name_cy = check.text(number, "name_cy", row["name_cy"], DEPARTMENT_MAX, required=True)
        for column, name in (("name_en", name_en), ("name_cy", name_cy)):
            if name and fold(name) in seen and seen[fold(name)] != number:
                check.bad(number, column, ImportReason.DUPLICATE, name)
        for name in {fold(name_en), fold(name_cy)} - {""}:
            seen.setdefault(name, number)
        clean.append((name_en, name_cy))
    check.raise_if_any()
    existing = _departments_by_name(session)
    created = updated = 0
    for name_en, name_cy in clean:
        department = existing.get(fold(name_en)) or existing.get(fold(name_cy))
        if department is None:
            session.add(Department(name_en=name_en, name_cy=name_cy, retired=False))
            created += 1
        elif (department.name_en, department.name_cy, department.retired) != (
            name_en,
            name_cy,
            False,
        ):
            _rename(session, department, name_en, name_cy)
            department.retired = False
            updated += 1
    session.flush()
    return ImportSummary(created=created, updated=updated)


def _rename(session: Session, department: Department, name_en: str, name_cy: str) -> None:
    department.name_en = name_en
    department.name_cy = name_cy
    # Search follows: each person's folded key holds their department's two names.
    for person in session.scalars(
        select(Person).where(Person.department_id == department.id, Person.deleted.is_(False))
    ):
        person.search_key = fold(f"{person.display_name} {name_en} {name_cy}")


def _live_department(session: Session, department_id: str) -> Department:
    department = session.get(Department, department_id)
    if department is None or department.deleted:
        raise KioskError(ErrorCode.DEPARTMENT_UNKNOWN, field="department")
    return department


def _names(name_en: str, name_cy: str) -> tuple[str, str]:
    try:
        en = text_field(name_en, field="name_en", maximum=DEPARTMENT_MAX, required=True)
        cy = text_field(name_cy, field="name_cy", maximum=DEPARTMENT_MAX, required=True)
    except KioskError as exc:
        raise KioskError(
            ErrorCode.DEPARTMENT_INVALID, field=exc.params["field"], reason=exc.code.value
        ) from None
    return en or "", cy or ""


def add_department(session: Session, *, name_en: str, name_cy: str, now: datetime) -> str:
    """Add a department; returns its id.

    Raises:
        KioskError: DEPARTMENT_INVALID (field, reason: a field error or name_taken).
    """
    en, cy = _names(name_en, name_cy)
    taken = _departments_by_name(session)
    for field, name in (("name_en", en), ("name_cy", cy)):
        if fold(name) in taken:
            raise KioskError(ErrorCode.DEPARTMENT_INVALID, field=field, reason="name_taken")
    department = Department(name_en=en, name_cy=cy, retired=False, created_at=now)
    session.add(department)
    session.flush()
    return department.id


def rename_department(session: Session, *, department_id: str, name_en: str, name_cy: str) -> None:
    """Rename a department in both languages; searching for its people follows the new names."""
    department = _live_department(session, department_id)
    en, cy = _names(name_en, name_cy)
    for field, name in (("name_en", en), ("name_cy", cy)):
        other = _departments_by_name(session).get(fold(name))
        if other is not None and other.id != department.id:
            raise KioskError(ErrorCode.DEPARTMENT_INVALID, field=field, reason="name_taken")
    _rename(session, department, en, cy)
    session.flush()


def merge_departments(session: Session, *, department_id: str, into_id: str) -> int:
    """Move every person and project of one department to another, then remove it (a
    tombstone); returns the records moved."""
    if department_id == into_id:
        raise KioskError(ErrorCode.DEPARTMENT_INVALID, field="department", reason="same")
    source = _live_department(session, department_id)
    target = _live_department(session, into_id)
    moved = 0
    for person in session.scalars(select(Person).where(Person.department_id == source.id)):
        person.department_id = target.id
        person.search_key = fold(f"{person.display_name} {target.name_en} {target.name_cy}")
        moved += 1
    for project in session.scalars(select(Project).where(Project.department_id == source.id)):
        project.department_id = target.id
        moved += 1
    source.deleted = True
    session.flush()
    return moved


def list_departments(session: Session) -> list[DepartmentRow]:
    """Every department not merged away, retired ones included, by English name."""
    people = (
        select(func.count())
        .where(Person.department_id == Department.id, Person.deleted.is_(False))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Department, people)
        .where(Department.deleted.is_(False))
        .order_by(Department.name_en, Department.id)
    ).all()
    return [DepartmentRow(d.id, d.name_en, d.name_cy, d.retired, int(n)) for d, n in rows]


def retire_department(session: Session, *, department_id: str, retired: bool = True) -> None:
    """Offer a department no more at check-in (its people and projects keep it), or again."""
    _live_department(session, department_id).retired = retired
    session.flush()


# --- people -----------------------------------------------------------------------------------


def _yes_no(check: _Checker, row: int, column: str, value: str) -> bool:
    word = value.strip().casefold()
    if word in YES:
        return True
    if word not in NO:
        check.bad(row, column, ImportReason.NOT_YES_NO, value)
    return False


def import_people(session: Session, *, data: bytes, now: datetime) -> ImportSummary:
    """People from a CSV with columns name, email, department, role, language,
    consent_display, consent_contact (as Excel writes it). The department is matched by its
    English or Welsh name; yes/no, true/false or 1/0; language en or cy (empty: en). A row
    whose email is already a person's updates that person. All or nothing."""
    check = _Checker()
    rows = _rows(data, PEOPLE_COLUMNS, check)
    departments = _departments_by_name(session)
    by_email = {
        (p.email or "").casefold(): p
        for p in session.scalars(
            select(Person).where(Person.deleted.is_(False), Person.email.is_not(None))
        )
    }
    emails: set[str] = set()
    planned: list[tuple[Person | None, dict[str, object]]] = []
    for number, row in rows:
        name = check.text(number, "name", row["name"], NAME_MAX, required=True)
        email = row["email"].strip()
        if email and not valid_email(email):
            check.bad(number, "email", ImportReason.EMAIL_INVALID, email)
        elif email and email.casefold() in emails:
            check.bad(number, "email", ImportReason.DUPLICATE, email)
        emails.add(email.casefold())
        department = None
        dep_name = " ".join(row["department"].split())
        if dep_name:
            department = departments.get(fold(dep_name))
            if department is None:
                check.bad(number, "department", ImportReason.DEPARTMENT_UNKNOWN, dep_name)
        role = check.text(number, "role", row["role"], ROLE_MAX, required=False)
        language = LANGUAGES.get(row["language"].strip().casefold() or "en")
        if language is None:
            check.bad(number, "language", ImportReason.LANGUAGE_UNKNOWN, row["language"])
        display = _yes_no(check, number, "consent_display", row["consent_display"])
        contact = _yes_no(check, number, "consent_contact", row["consent_contact"])
        dep_en = department.name_en if department else ""
        dep_cy = department.name_cy if department else ""
        values: dict[str, object] = {
            "display_name": name,
            "email": email or None,
            "department_id": department.id if department else None,
            "role": role or None,
            "language": Language(language or "en"),
            "consent_display": display,
            "consent_contact": contact,
            "search_key": fold(f"{name} {dep_en} {dep_cy}"),
        }
        planned.append((by_email.get(email.casefold()) if email else None, values))
    check.raise_if_any()
    created = updated = 0
    for person, values in planned:
        consented = bool(values["consent_display"] or values["consent_contact"])
        if person is None:
            session.add(Person(**values, consented_at=now if consented else None))
            created += 1
            continue
        for key, value in values.items():
            setattr(person, key, value)
        if consented and person.consented_at is None:
            person.consented_at = now
        if session.is_modified(person):
            updated += 1
    session.flush()
    return ImportSummary(created=created, updated=updated)


# --- removing the demo --------------------------------------------------------------------------


def _demo_plan(session: Session) -> tuple[dict[str, set[str]], dict[str, set[str]], int]:
    """Demo ids to remove and demo ids kept (a real record points at them), per table; and
    the count of real records."""
    tables: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}  # type: ignore[misc]
    demo: dict[str, set[str]] = {}
    real = 0
    for name, table in tables.items():
        is_demo = table.c.version.like(f"%{DEMO_SUFFIX}")
        demo[name] = set(session.scalars(select(table.c.id).where(is_demo)))
        real += session.scalar(select(func.count()).select_from(table).where(~is_demo)) or 0
    kept: dict[str, set[str]] = {name: set() for name in tables}
    changed = True
    while changed:  # a kept demo record keeps the demo records it points at, and so on
        changed = False
        for name, table in tables.items():
            live: ColumnElement[bool] = ~table.c.version.like(f"%{DEMO_SUFFIX}")
            if kept[name]:
                live = live | table.c.id.in_(bindparam("kept", expanding=True))
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent not in demo or not demo[parent]:
                    continue
                column = fk.parent
                pointed = set(
                    session.scalars(
                        select(column).distinct().where(column.is_not(None), live),
                        {"kept": sorted(kept[name])} if kept[name] else {},
                    )
                )
                newly = (pointed & demo[parent]) - kept[parent]
                if newly:
                    kept[parent] |= newly
                    changed = True
    removable = {name: ids - kept[name] for name, ids in demo.items()}
    return removable, kept, real


def preview_demo_removal(session: Session) -> DemoRemoval:
    """What removing the demo would take away and keep, per kind (nothing is changed)."""
    removable, kept, real = _demo_plan(session)
    return DemoRemoval(
        removed=tuple(KindCount(k, len(v)) for k, v in sorted(removable.items()) if v),
        kept=tuple(KindCount(k, len(v)) for k, v in sorted(kept.items()) if v),
        real_records=real,
    )


def remove_demo(session: Session) -> DemoRemoval:
    """Delete every demo record; every real record stays, and the demo records real ones
    point at (a real visit to a demo event) are kept and counted. Demo records were never
    queued for the register, so nothing is queued now: they are deleted outright."""
    removable, kept, real = _demo_plan(session)
    if session.get_bind().dialect.name == "sqlite":
        # Replies and merged cards point at rows of their own table: references are checked
        # at commit, once every demo row in every chunk is gone (it resets when the
        # transaction ends).
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    models = {m.__tablename__: m for m in SYNCED_MODELS}
    # Local tables (a story's photo and testimonial) go with the demo record they belong to.
    for table in Person.metadata.sorted_tables:
        if table.name in models:
            continue
        for fk in table.foreign_keys:
            ids = sorted(removable.get(fk.column.table.name, ()))
            for start in range(0, len(ids), 500):
                session.execute(delete(table).where(fk.parent.in_(ids[start : start + 500])))
    ordered = [t for t in reversed(Person.metadata.sorted_tables) if t.name in models]
    for table in ordered:
        ids = sorted(removable.get(table.name, ()))
        for start in range(0, len(ids), 500):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    delete_state(session, "demo_seed")
    session.flush()
    return DemoRemoval(
        removed=tuple(KindCount(k, len(v)) for k, v in sorted(removable.items()) if v),
        kept=tuple(KindCount(k, len(v)) for k, v in sorted(kept.items()) if v),
        real_records=real,
    )
