"""The core's commands: demo, export, pass and coffee (app.cli dispatches to them)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from kiosk.cmdline import Parser, UsageError, count, day, say
from kiosk.errors import ErrorCode, KioskError


def demo_parser() -> argparse.ArgumentParser:
    """Options of the demo command."""
    parser = Parser(prog="main.py demo", description="Fill a database with demo content.")
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--seed", type=count, default=1)
    parser.add_argument("--people", type=count, default=200)
    parser.add_argument("--visits", type=count, default=600)
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Options of the export command."""
    parser = Parser(prog="main.py export", description="Write one kind of record to CSV.")
    parser.add_argument("kind", choices=("people", "visits", "projects", "stories", "events"))
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--csv", metavar="FILE", type=Path, required=True)
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
        ErrorCode.DB_TOO_NEW: f"The database was made by a newer Qspace Kiosk "
        f"({p.get('revision')}); upgrade the kiosk.",
        ErrorCode.DATA_DIR_UNWRITABLE: f"Cannot write in {p.get('path')} ({p.get('reason')}).",
    }
    return messages.get(error.code, f"Error: {error.describe()}")


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


def export_command(argv: Sequence[str]) -> int:
    """`main.py export`: write one CSV."""
    from kiosk.db import Store
    from kiosk.export import export_csv

    args = export_parser().parse_args(argv)
    store = _open_store(args.db)
    assert isinstance(store, Store)
    try:
        with store.begin() as session:
            rows = export_csv(session, kind=args.kind, path=args.csv)
    except OSError as exc:
        raise UsageError(f"cannot write {args.csv}: {exc.strerror}") from None
    say(f"Wrote {rows} {args.kind} rows to {args.csv}.")
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
