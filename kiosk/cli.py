"""The command line: options for the kiosk and the snapshot, demo and export commands."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from kiosk import __version__
from kiosk.config import describe_settings
from kiosk.errors import ErrorCode, KioskError
from kiosk.logsetup import configure_logging
from kiosk.paths import log_dir

log = logging.getLogger(__name__)

COMMANDS = ("snapshot", "demo", "export", "pass", "coffee", "register", "sync")
SCREENS = (
    "attract",
    "home",
    "checkin",
    "projects",
    "stories",
    "events",
    "sharing",
    "facilitator",
    "settings",
    "whoshere",
    "people",
    "qnet",
    "thanks",
    "showcase",
    "sync",
)


def say(*parts: object, file: TextIO | None = None) -> None:
    """Write one line for the person at the command line (stdout unless `file`)."""
    stream = file if file is not None else sys.stdout
    stream.write(" ".join(str(part) for part in parts) + "\n")
    stream.flush()


class UsageError(Exception):
    """A command-line mistake: reported in one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # raise, do not exit
        raise UsageError(f"{self.prog}: {message}")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"size must be WIDTHxHEIGHT, such as 1920x1080, not {text!r}"
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be from 200 to 8000 pixels")
    return width, height


def _setting(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(
            f"--set takes KEY=VALUE, such as kiosk.idle_timeout_s=60, not {text!r}"
        )
    return key.strip(), value


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}")
    return int(text)


def run_parser() -> argparse.ArgumentParser:
    """Options for running the kiosk (the default command)."""
    parser = _Parser(
        prog="main.py",
        description="Qspace Kiosk: check-in, showcase and workshops for a Quality Improvement "
        "room.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "commands:\n"
            "  snapshot OUTDIR [--size WxH] [--lang en|cy] [--db URL]\n"
            "                        render every screen to OUTDIR/<screen>-<lang>.png\n"
            "  demo --db URL [--seed N] [--people N] [--visits N]\n"
            "                        fill a database with demo content\n"
            "  export people|visits|projects|stories|events --db URL --csv FILE\n"
            "                        write one kind of record to a CSV file\n"
            "  pass --db URL --person ID [--token-only]\n"
            "                        print a person's current QR pass token (issuing one)\n"
            "  chart analyse FILE.csv --chart run|i|mr|p|u|c [--freeze K] [--split K[,K...]]\n"
            "        [--exclude I[,I...]] [--direction up|down|neutral] [--target X] [--json]\n"
            "                        analyse a measure as a run or SPC chart (NHS rules)\n"
            "  coffee round --db URL --date YYYY-MM-DD [--json] [--dry-run]\n"
            "                        pair the coffee pool for a round (recorded unless --dry-run)\n"
            "  register serve [--db URL] [--host H] [--port N]\n"
            "  register device add|revoke NAME [--db URL]\n"
            "                        the reference central register, and its device tokens\n"
            "  sync once --db URL --register URL [--token TOKEN] [--ca-bundle FILE]\n"
            "                        push everything pending, pull everything new\n"
            "  sync token [--forget]   store the device token read from stdin\n"
            "  Run 'main.py COMMAND --help' for a command's options.\n\n"
            "settings (config file keys, also given as --set KEY=VALUE):\n" + describe_settings()
        ),
    )
    parser.add_argument("--version", action="version", version=f"Qspace Kiosk {__version__}")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: SQLite in the user data directory)"
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        help="config file (default: config.toml in the user config directory)",
    )
    parser.add_argument("--lang", choices=("en", "cy"), help="start in English or Welsh")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk",
        dest="kiosk",
        action="store_true",
        default=None,
        help="full screen, frameless; leaving needs the facilitator PIN",
    )
    mode.add_argument(
        "--windowed",
        dest="kiosk",
        action="store_false",
        help="an ordinary window (overrides kiosk.mode in the config)",
    )
    parser.add_argument("--screen", choices=SCREENS, help="open this screen first")
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="paint the first screen once and exit 0 (for start-up timing)",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="exit 0 once the database is open and the first screen has its data "
        "(for start-up timing)",
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        metavar="KEY=VALUE",
        type=_setting,
        action="append",
        default=[],
        help="override one setting (see below)",
    )
    return parser


def snapshot_parser() -> argparse.ArgumentParser:
    """Options of the snapshot command."""
    parser = _Parser(
        prog="main.py snapshot",
        description="Render every screen offscreen to OUTDIR/<screen>-<lang>.png.",
    )
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    parser.add_argument("--lang", choices=("en", "cy"), default="en")
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--config", metavar="FILE", type=Path)
    return parser


def demo_parser() -> argparse.ArgumentParser:
    """Options of the demo command."""
    parser = _Parser(prog="main.py demo", description="Fill a database with demo content.")
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--seed", type=_count, default=1)
    parser.add_argument("--people", type=_count, default=200)
    parser.add_argument("--visits", type=_count, default=600)
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Options of the export command."""
    parser = _Parser(prog="main.py export", description="Write one kind of record to CSV.")
    parser.add_argument("kind", choices=("people", "visits", "projects", "stories", "events"))
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--csv", metavar="FILE", type=Path, required=True)
    return parser


def pass_parser() -> argparse.ArgumentParser:
    """Options of the pass command."""
    parser = _Parser(
        prog="main.py pass",
        description="Print a person's current QR pass token, issuing a pass if they have none.",
    )
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--person", metavar="ID", required=True, help="the person's id")
    parser.add_argument(
        "--token-only", action="store_true", help="print the token alone (what the QR holds)"
    )
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a date is written YYYY-MM-DD, such as 2026-11-26, not {text!r}"
        ) from None


def coffee_parser() -> argparse.ArgumentParser:
    """Options of the coffee command."""
    parser = _Parser(
        prog="main.py coffee",
        description="Randomised Coffee Trials: pair the opted-in, non-snoozed people.",
    )
    parser.add_argument("action", choices=("round",))
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("--date", metavar="YYYY-MM-DD", type=_day, required=True)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of main.py; returns the exit status. No traceback reaches the user."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        configure_logging(log_dir())
        if argv and argv[0] == "demo":
            return demo_command(argv[1:])
        if argv and argv[0] == "export":
            return export_command(argv[1:])
        if argv and argv[0] == "pass":
            return pass_command(argv[1:])
        if argv and argv[0] == "coffee":
            return coffee_command(argv[1:])
        if argv and argv[0] in ("register", "sync"):
            from sync.cli import register_command, sync_command  # no web stack otherwise

            command = register_command if argv[0] == "register" else sync_command
            return command(argv[1:])
        if argv and argv[0] == "chart":
            from kiosk.chart_cli import run_chart_command

            return run_chart_command(argv[1:])
        from kiosk import app  # Qt is imported only for the commands that need it

        if argv and argv[0] == "snapshot":
            return int(app.snapshot_command(snapshot_parser().parse_args(argv[1:])))
        return int(app.run_command(run_parser().parse_args(argv)))
    except UsageError as exc:
        say(exc, file=sys.stderr)
        return 2
    except KioskError as exc:
        say(describe_error(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error")
        say(
            "Qspace Kiosk met an unexpected error; details are in the log file.",
            file=sys.stderr,
        )
        return 1
