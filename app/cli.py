"""The command line of main.py: the kiosk itself, `snapshot`, and every other command handed to
the package that owns it. Qt, SQLAlchemy and the web stack are imported only by the commands
that need them."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cmdline import Parser, UsageError, say, setting, size
from kiosk.config import describe_settings
from kiosk.errors import KioskError
from kiosk.logsetup import configure_logging
from kiosk.paths import log_dir
from screens.registry import CLI_SCREENS

log = logging.getLogger(__name__)

COMMANDS = (
    "snapshot",
    "demo",
    "export",
    "import",
    "backup",
    "restore",
    "pass",
    "coffee",
    "chart",
    "register",
    "sync",
)
CORE_COMMANDS = ("demo", "export", "import", "backup", "restore", "pass", "coffee")


def run_parser() -> argparse.ArgumentParser:
    """Options for running the kiosk (the default command)."""
    parser = Parser(
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
            "  demo remove --db URL [--dry-run]\n"
            "                        remove every demo record, keeping every real one\n"
            "  export people|visits|projects|stories|events --db URL --csv FILE\n"
            "                        write one kind of record to a CSV file\n"
            "  export events --db URL --ics FILE\n"
            "                        write the room's events as an iCalendar file\n"
            "  import events FILE.ics | departments FILE.csv | people FILE.csv --db URL\n"
            "                        import a calendar or a spreadsheet: all or nothing\n"
            "  backup --db URL [--to DIR]\n"
            "                        write one online backup of the database\n"
            "  restore FILE --db URL  bring a backup back as the database\n"
            "  pass --db URL --person ID [--token-only]\n"
            "                        print a person's current QR pass token (issuing one)\n"
            "  chart analyse FILE.csv --chart run|i|mr|p|u|c [--freeze K] [--split K[,K...]]\n"
            "        [--exclude I[,I...]] [--direction up|down|neutral] [--target X] [--json]\n"
            "                        analyse a measure as a run or SPC chart (NHS rules)\n"
            "  coffee round --db URL --date YYYY-MM-DD [--json] [--dry-run]\n"
            "                        pair the coffee pool for a round (recorded unless --dry-run)\n"
            "  register serve [--db URL] [--host H] [--port N]\n"
            "  register device add|revoke NAME [--db URL]\n"
            "  register user add EMAIL --role admin|viewer [--db URL]   (password on stdin)\n"
            "  register user disable EMAIL | user list [--db URL]\n"
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
    parser.add_argument("--screen", choices=CLI_SCREENS, help="open this screen first")
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
        type=setting,
        action="append",
        default=[],
        help="override one setting (see below)",
    )
    return parser


def snapshot_parser() -> argparse.ArgumentParser:
    """Options of the snapshot command."""
    parser = Parser(
        prog="main.py snapshot",
        description="Render every screen offscreen to OUTDIR/<screen>-<lang>.png.",
    )
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", type=size, default=(1920, 1080), metavar="WxH")
    parser.add_argument("--lang", choices=("en", "cy"), default="en")
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--config", metavar="FILE", type=Path)
    parser.add_argument(
        "--screen",
        action="append",
        choices=CLI_SCREENS,
        metavar="NAME",
        help="render only this screen (may be given more than once); default: every screen, "
        "check-in step, chart, slide and session view",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of main.py; returns the exit status. No traceback reaches the user."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        configure_logging(log_dir())
        if argv and argv[0] in CORE_COMMANDS:
            from kiosk import cli

            commands = {
                "demo": cli.demo_command,
                "export": cli.export_command,
                "import": cli.import_command,
                "backup": cli.backup_command,
                "restore": cli.restore_command,
                "pass": cli.pass_command,
                "coffee": cli.coffee_command,
            }
            return commands[argv[0]](argv[1:])
        if argv and argv[0] in ("register", "sync"):
            from sync.cli import register_command, sync_command  # no web stack otherwise

            command = register_command if argv[0] == "register" else sync_command
            return command(argv[1:])
        if argv and argv[0] == "chart":
            from kiosk.chart_cli import run_chart_command

            return run_chart_command(argv[1:])
        if argv and argv[0] == "snapshot":
            from app.snapshot import snapshot_command  # Qt only for the commands that need it

            return snapshot_command(snapshot_parser().parse_args(argv[1:]))
        from app.run import run_command

        return run_command(run_parser().parse_args(argv))
    except UsageError as exc:
        say(exc, file=sys.stderr)
        return 2
    except KioskError as exc:
        from kiosk.cli import describe_error

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
