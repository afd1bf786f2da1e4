"""The core's commands: demo, export, import, backup, restore, pass and coffee (app.cli
dispatches to them)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from kiosk.cmdline import Parser, UsageError, count, day, say
from kiosk.dto.golive import ImportProblem
from kiosk.errors import ErrorCode, KioskError


def demo_parser() -> argparse.ArgumentParser:
    """Options of the demo command."""
    parser = Parser(prog="main.py demo", description="Fill a database with demo content.")
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--seed", type=count, default=1)
    parser.add_argument("--people", type=count, default=200)
    parser.add_argument("--visits", type=count, default=600)
    return parser


def demo_remove_parser() -> argparse.ArgumentParser:
    """Options of `demo remove`."""
    parser = Parser(
        prog="main.py demo remove",
        description="Remove every demo record; every real record stays, nothing is queued.",
    )
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would go, and change nothing"
    )
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Options of the export command."""
    parser = Parser(
        prog="main.py export",
        description="Write one kind of record to CSV (events also as an iCalendar file).",
    )
    parser.add_argument("kind", choices=("people", "visits", "projects", "stories", "events"))
    parser.add_argument("--db", metavar="URL", required=True)
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", metavar="FILE", type=Path)
    out.add_argument("--ics", metavar="FILE", type=Path, help="events only: an .ics file")
    return parser


def import_parser() -> argparse.ArgumentParser:
    """Options of the import command."""
    parser = Parser(
        prog="main.py import",
        description="Import events (.ics), departments or people (.csv): all or nothing.",
    )
    parser.add_argument("kind", choices=("events", "departments", "people"))
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--db", metavar="URL", required=True)
    return parser


def backup_parser() -> argparse.ArgumentParser:
    """Options of the backup command."""
    parser = Parser(
        prog="main.py backup",
        description="Write one online backup of the database (beside it, in backups/).",
    )
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--to", metavar="DIR", type=Path, help="write it into DIR instead")
    return parser


def restore_parser() -> argparse.ArgumentParser:
    """Options of the restore command."""
    parser = Parser(
        prog="main.py restore",
        description="Bring a backup back as the database (the one replaced is backed up first).",
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--db", metavar="URL", required=True)
    return parser


def pass_parser() -> argparse.ArgumentParser:
    """Options of the pass command."""
    parser = Parser(
        prog="main.py pass",
        description="Print a person's current QR pass token, issuing a pass if they have none.",
    )
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--person", metavar="ID", required=True, help="the person's id")
    parser.add_argument(
        "--token-only", action="store_true", help="print the token alone (what the QR holds)"
    )
    return parser


def coffee_parser() -> argparse.ArgumentParser:
    """Options of the coffee command."""
    parser = Parser(
        prog="main.py coffee",
        description="Randomised Coffee Trials: pair the opted-in, non-snoozed people.",
    )
    parser.add_argument("action", choices=("round",))
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--date", metavar="YYYY-MM-DD", type=day, required=True)
    parser.add_argument(
        "--json", action="store_true", help='print {"groups": [["person-id", ...], ...]}'
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the groups without recording the round"
    )
    return parser


def describe_error(error: KioskError) -> str:
    """One plain English line for an error met on the command line."""
    p = error.params
    where = f"{p.get('file')}" + (f", line {p['line']}" if p.get("line") else "")
    messages = {
        ErrorCode.CONFIG_SYNTAX: f"Config file {where}: not valid TOML ({p.get('detail')}).",
        ErrorCode.CONFIG_UNKNOWN_SETTING: (
            f"Config file {where}: unknown setting '{p.get('setting')}'."
        ),
        ErrorCode.CONFIG_BAD_VALUE: (
            f"Config file {where}: setting '{p.get('setting')}' must be {p.get('rule')} "
            f"(found {p.get('value')!r})."
        ),
        ErrorCode.CONFIG_TOO_NEW: (
            f"Config file {where}: schema_version {p.get('value')} is newer than this "
            "version of Qspace Kiosk understands."
        ),
        ErrorCode.CONFIG_UNREADABLE: f"Config file {where}: cannot be read ({p.get('reason')}).",
        ErrorCode.DB_URL_INVALID: f"Database URL {p.get('url')!r} is not a valid URL.",
        ErrorCode.DB_UNAVAILABLE: f"The database cannot be opened ({p.get('reason')}).",
        ErrorCode.DB_UPGRADE_FAILED: (
            f"The database could not be upgraded from schema {p.get('revision')}: it was "
            f"restored from the copy taken before the upgrade ({p.get('backup')}), so nothing "
            "was lost. Install the previous version again or ask for a fixed one."
        ),
        ErrorCode.BACKUP_NOT_KIOSK: (
            f"{p.get('file')}: there is no such file; nothing was changed."
            if p.get("reason") == "missing"
            else f"{p.get('file')} is not a Qspace Kiosk database"
            + (" (it is damaged)" if p.get("reason") == "damaged" else "")
            + "; nothing was changed."
        ),
        ErrorCode.BACKUP_TOO_NEW: (
            f"{p.get('file')} comes from a newer version of Qspace Kiosk (schema "
            f"{p.get('revision')}); nothing was changed."
        ),
        ErrorCode.BACKUP_FAILED: f"The backup could not be written ({p.get('reason')}).",
        ErrorCode.IMPORT_INVALID: describe_problems(p.get("problems", ())),
        ErrorCode.DB_TOO_NEW: f"The database was made by a newer Qspace Kiosk "
        f"({p.get('revision')}); upgrade the kiosk.",
        ErrorCode.DATA_DIR_UNWRITABLE: f"Cannot write in {p.get('path')} ({p.get('reason')}).",
    }
    return messages.get(error.code, f"Error: {error.describe()}")


REASONS = {
    "not_utf8": 'the file is not UTF-8 text (save it as "CSV UTF-8" or as an .ics file)',
    "empty_file": "the file is empty",
    "missing_column": "this column is missing",
    "unknown_column": "this column is not one the import knows",
    "empty": "empty, but needed",
    "field_empty": "empty, but needed",
    "missing": "missing, but needed",
    "too_long": "too long",
    "control_chars": "holds control characters",
    "email_invalid": "not an email address",
    "department_unknown": "no department has this English or Welsh name",
    "language_unknown": "the language must be en or cy",
    "not_yes_no": "must be yes or no (true/false or 1/0)",
    "duplicate": "appears twice",
    "extra_cells": "more cells than the header has columns",
    "not_icalendar": "not an iCalendar file",
    "unreadable": "cannot be read",
    "order": "the end must come after the start, within 14 days",
    "rule": "not a repeat rule the kiosk can use",
}


def describe_problems(problems: Sequence[ImportProblem]) -> str:
    """Every problem of a refused import, one line each (nothing was imported)."""
    lines = [f"Nothing was imported: {len(problems)} problem(s) in the file."]
    for problem in problems:
        where = []
        if problem.row is not None:
            where.append(f"row {problem.row}")
        if problem.line is not None:
            where.append(f"line {problem.line}")
        if problem.column:
            where.append(f"column {problem.column}" if problem.row else problem.column)
        reason = REASONS.get(problem.reason, problem.reason)
        found = f" (found {problem.value!r})" if problem.value else ""
        lines.append(f"  {', '.join(where) or 'file'}: {reason}{found}")
    return "\n".join(lines)


def _open_store(url: str) -> object:
    from kiosk.db import Store, make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    return Store(engine)


def demo_command(argv: Sequence[str]) -> int:
    """`main.py demo`: fill a database with demo content."""
    from sqlalchemy import func, select

    from kiosk.db import Store, get_state, set_state
    from kiosk.demo import fill_demo
    from kiosk.models import Department

    if argv[:1] == ["remove"]:
        return demo_remove_command(argv[1:])
    args = demo_parser().parse_args(argv)
    store = _open_store(args.db)
    assert isinstance(store, Store)
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    with store.begin() as session:
        if get_state(session, "demo_seed") is not None or session.scalar(
            select(func.count()).select_from(Department)
        ):
            raise UsageError(
                f"main.py demo: {args.db} already holds a room; demo content goes "
                "into an empty database"
            )
        counts = fill_demo(
            session, seed=args.seed, people=args.people, visits=args.visits, now=today
        )
        set_state(session, "initialised", today.isoformat())
    say(
        f"Demo content written: {counts.departments} departments, {counts.people} people, "
        f"{counts.projects} projects, {counts.stories} stories, {counts.events} events, "
        f"{counts.visits} visits."
    )
    return 0


def demo_remove_command(argv: Sequence[str]) -> int:
    """`main.py demo remove`: every demo record gone, every real record kept."""
    from kiosk.db import Store
    from kiosk.services.golive import preview_demo_removal, remove_demo

    args = demo_remove_parser().parse_args(argv)
    store = _open_store(args.db)
    assert isinstance(store, Store)
    with store.begin() as session:
        result = preview_demo_removal(session) if args.dry_run else remove_demo(session)
    verb = "Would remove" if args.dry_run else "Removed"
    gone = ", ".join(f"{k.count} {k.kind}" for k in result.removed) or "nothing"
    say(f"{verb} {result.removed_total} demo records: {gone}.")
    if result.kept:
        kept = ", ".join(f"{k.count} {k.kind}" for k in result.kept)
        say(f"Kept {result.kept_total} demo records that real records point at: {kept}.")
    say(f"{result.real_records} real records kept; nothing queued for sync.")
    return 0


def export_command(argv: Sequence[str]) -> int:
    """`main.py export`: write one CSV (or, for events, an .ics file)."""
    from kiosk.db import Store
    from kiosk.export import export_csv
    from kiosk.services.events import export_ics

    args = export_parser().parse_args(argv)
    if args.ics is not None and args.kind != "events":
        raise UsageError("main.py export: --ics is for events only")
    store = _open_store(args.db)
    assert isinstance(store, Store)
    target = args.ics or args.csv
    try:
        with store.begin() as session:
            if args.ics is not None:
                data = export_ics(session, now=store.clock())
                tmp = target.with_name(target.name + ".part")
                tmp.write_bytes(data)
                tmp.replace(target)
                say(f"Wrote the room's events to {target}.")
                return 0
            rows = export_csv(session, kind=args.kind, path=target, now=store.clock())
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror}") from None
    say(f"Wrote {rows} {args.kind} rows to {target}.")
    return 0


def import_command(argv: Sequence[str]) -> int:
    """`main.py import events|departments|people FILE`: all or nothing."""
    from kiosk.db import Store
    from kiosk.services import events, golive

    args = import_parser().parse_args(argv)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UsageError(f"main.py import: cannot read {args.file}: {exc.strerror}") from None
    store = _open_store(args.db)
    assert isinstance(store, Store)
    with store.begin() as session:
        if args.kind == "events":
            result = events.import_ics(session, data=data, now=store.clock())
        elif args.kind == "departments":
            result = golive.import_departments(session, data=data)
        else:
            result = golive.import_people(session, data=data, now=store.clock())
    skipped = f", {result.skipped} cancelled left out" if result.skipped else ""
    say(f"Imported {args.kind}: {result.created} added, {result.updated} updated{skipped}.")
    return 0


def _sqlite_file(url: str, command: str) -> Path:
    from sqlalchemy.exc import ArgumentError

    from kiosk.backup import database_path

    try:
        path = database_path(url)
    except ArgumentError:
        path = None
    if path is None:
        raise UsageError(
            f"main.py {command}: --db must be a SQLite file URL, such as sqlite:///qspace.sqlite3"
        )
    return path


def backup_command(argv: Sequence[str]) -> int:
    """`main.py backup`: one online backup file."""
    from kiosk.backup import backup_dir_for, make_backup
    from kiosk.db import utc_now

    args = backup_parser().parse_args(argv)
    path = _sqlite_file(args.db, "backup")
    if not path.is_file():
        raise UsageError(f"main.py backup: there is no database at {path}")
    made = make_backup(path, args.to or backup_dir_for(path), now=utc_now())
    say(f"Backup written: {made}")
    return 0


def restore_command(argv: Sequence[str]) -> int:
    """`main.py restore FILE`: bring a backup back (checked first; nothing changes if bad)."""
    from kiosk.backup import restore_backup
    from kiosk.db import utc_now

    args = restore_parser().parse_args(argv)
    path = _sqlite_file(args.db, "restore")
    safety = restore_backup(args.file, path, now=utc_now())
    say(f"Restored {args.file} as {path}.")
    if safety is not None:
        say(f"The database it replaced was backed up first: {safety}")
    return 0


def pass_command(argv: Sequence[str]) -> int:
    """`main.py pass`: print a person's current pass token."""
    from kiosk.db import Store
    from kiosk.passes import current_pass

    args = pass_parser().parse_args(argv)
    store = _open_store(args.db)
    assert isinstance(store, Store)
    try:
        with store.begin() as session:
            token = current_pass(session, person_id=args.person, now=store.clock())
    except KioskError as exc:
        if exc.code is ErrorCode.PERSON_UNKNOWN:
            raise UsageError(f"main.py pass: no person with id {args.person!r}") from None
        raise
    say(token if args.token_only else f"Current pass for person {args.person}: {token}")
    return 0


def coffee_command(argv: Sequence[str]) -> int:
    """`main.py coffee round`: run (and record) a round of coffee pairings."""
    import json

    from kiosk.db import Store
    from kiosk.services.qnet import run_coffee_round

    args = coffee_parser().parse_args(argv)
    store = _open_store(args.db)
    assert isinstance(store, Store)
    try:
        with store.begin() as session:
            result = run_coffee_round(
                session, held_on=args.date, dry_run=args.dry_run, now=store.clock()
            )
    except KioskError as exc:
        if exc.code is ErrorCode.COFFEE_POOL_TOO_SMALL:
            raise UsageError(
                f"main.py coffee: {exc.params['people']} people in the coffee pool on "
                f"{args.date.isoformat()}; a round needs at least 2"
            ) from None
        if exc.code is ErrorCode.COFFEE_ROUND_EXISTS:
            raise UsageError(
                f"main.py coffee: a round was already recorded for {args.date.isoformat()}"
            ) from None
        raise
    groups = [[m.person_id for m in group.members] for group in result.groups]
    if args.json:
        say(json.dumps({"groups": groups}))
        return 0
    verb = "Would pair" if args.dry_run else "Paired"
    say(
        f"{verb} {sum(map(len, groups))} people in {len(groups)} groups for "
        f"{args.date.isoformat()} ({result.cross_department_share:.0%} of pairs across "
        "departments)."
    )
    for number, group in enumerate(groups, start=1):
        say(f"  {number}: {', '.join(group)}")
    if result.sat_out:
        say(f"Sat out (no grouping honours their choices): {', '.join(result.sat_out)}")
    return 0
