"""The `register` and `sync` commands (app.cli hands them over, importing this lazily)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.cmdline import Parser as _Parser
from kiosk.cmdline import UsageError, say
from kiosk.paths import data_dir

EXIT_UNREACHABLE = 3
EXIT_REFUSED = 4
EXIT_REJECTED = 5  # the register refused the request (not the token): see the log


def _default_register_db() -> str:
    return f"sqlite:///{data_dir() / 'register.sqlite3'}"


def register_parser() -> _Parser:
    """Options of the register command."""
    parser = _Parser(prog="main.py register", description="The reference central register.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    serve = commands.add_parser("serve", help="serve the register over HTTP")
    serve.add_argument("--db", metavar="URL", help="the register's own database URL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--tls-cert", metavar="FILE", type=Path, help="serve HTTPS with this")
    serve.add_argument("--tls-key", metavar="FILE", type=Path)
    serve.add_argument(
        "--insecure-cookies",
        action="store_true",
        help="console cookies without Secure: plain HTTP on a trusted loopback only",
    )
    device = commands.add_parser("device", help="add or revoke a kiosk's token")
    actions = device.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for action, text in (("add", "add a device; prints its new token"), ("revoke", "revoke")):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name")
        sub.add_argument("--db", metavar="URL", help="the register's own database URL")
    user = commands.add_parser("user", help="console accounts (the password is read from stdin)")
    user_actions = user.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = user_actions.add_parser("add", help="add an account, or reset its password and role")
    add.add_argument("email")
    add.add_argument("--role", choices=("admin", "viewer"), required=True)
    add.add_argument(
        "--sso",
        action="store_true",
        help="no password: the account signs in only through single sign-on (OIDC)",
    )
    add.add_argument("--db", metavar="URL", help="the register's own database URL")
    disable = user_actions.add_parser("disable", help="disable an account and end its sessions")
    disable.add_argument("email")
    disable.add_argument("--db", metavar="URL", help="the register's own database URL")
    listing = user_actions.add_parser("list", help="list the accounts")
    listing.add_argument("--db", metavar="URL", help="the register's own database URL")
    return parser


def sync_parser() -> _Parser:
    """Options of the sync command."""
    parser = _Parser(
        prog="main.py sync",
        description="Sync a kiosk database with the register. Exit status: 0 done, "
        f"{EXIT_UNREACHABLE} register unreachable, {EXIT_REFUSED} token refused, "
        f"{EXIT_REJECTED} request refused.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    once = commands.add_parser("once", help="push everything pending, pull everything new")
    once.add_argument("--db", metavar="URL", required=True, help="the kiosk's database URL")
    once.add_argument("--register", metavar="URL", required=True)
    # A token on the command line shows in `ps` to every user: it comes from the stored one
    # (`sync token`), a private file, or standard input.
    once.add_argument("--token", help=argparse_hidden())
    once.add_argument(
        "--token-file",
        metavar="FILE",
        help="read the device token from FILE ('-': standard input); default: the stored one",
    )
    once.add_argument("--ca-bundle", metavar="FILE", help="extra CA certificates (PEM)")
    once.add_argument(
        "--allow-http",
        action="store_true",
        help="allow an http:// register on another machine (the traffic is not encrypted)",
    )
    store = commands.add_parser(
        "token", help="store this kiosk's device token (read from stdin) in the keyring or file"
    )
    store.add_argument("--forget", action="store_true", help="remove the stored token")
    once.add_argument("--page-size", type=int, default=2000, help=argparse_hidden())
    once.add_argument("--batch-size", type=int, default=500, help=argparse_hidden())
    return parser


def argparse_hidden() -> str:
    """Help text of options meant for tests and benchmarks."""
    import argparse

    return argparse.SUPPRESS


def register_command(argv: Sequence[str]) -> int:
    """`main.py register ...`."""
    from sqlalchemy.exc import SQLAlchemyError

    from sync.register.store import RegisterStore, make_register_engine, utc_now

    args = register_parser().parse_args(argv)
    url = args.db or _default_register_db()
    try:
        store = RegisterStore(make_register_engine(url))
        store.create()
    except (SQLAlchemyError, ValueError) as exc:
        raise UsageError(f"main.py register: cannot open {url} ({type(exc).__name__})") from None
    if args.command == "user":
        return _user_command(store, args)
    if args.command == "device":
        if args.action == "add":
            try:
                token = store.add_device(args.name, now=utc_now())
            except ValueError as exc:
                raise UsageError(f"main.py register device add: {exc}") from None
            say(token)
            return 0
        if not store.revoke_device(args.name, now=utc_now()):
            raise UsageError(f"main.py register device revoke: no device called {args.name!r}")
        say(f"Device {args.name} revoked.")
        return 0
    import uvicorn

    from sync.register.app import create_app

    say(f"Register serving {url} on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(
        create_app(store, secure_cookies=not args.insecure_cookies),
        host=args.host,
        port=args.port,
        log_level="warning",
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
    )
    return 0


def _user_command(store: object, args: argparse.Namespace) -> int:
    """`main.py register user add|disable|list`."""
    from sqlalchemy.orm import Session

    from sync.console import auth
    from sync.register.store import RegisterStore, utc_now

    assert isinstance(store, RegisterStore)
    action, email = args.action, getattr(args, "email", "")
    with Session(store.engine) as session, session.begin():
        if action == "list":
            for address, role, disabled in auth.list_users(session):
                say("\t".join([address, role, *(["disabled"] if disabled else [])]))
            return 0
        if action == "disable":
            if not auth.disable_user(session, email=email, now=utc_now()):
                raise UsageError(f"main.py register user disable: no account {email!r}")
            say(f"Account {email} disabled.")
            return 0
        # The password comes on stdin, never on the command line (ps would show it).
        password = None if args.sso else sys.stdin.readline().rstrip("\r\n")
        try:
            auth.add_user(session, email=email, role=args.role, password=password, now=utc_now())
        except ValueError as exc:
            raise UsageError(f"main.py register user add: {exc}") from None
    say(f"Account {email} ready ({args.role}{', single sign-on only' if args.sso else ''}).")
    return 0


def sync_command(argv: Sequence[str]) -> int:
    """`main.py sync once ...`: exit 0, or non-zero with one clear line; nothing is lost."""
    from kiosk.db import Store, make_engine, migrate, utc_now
    from sync.client import (
        AuthRefusedError,
        MisconfiguredError,
        RegisterClient,
        SyncError,
        UnreachableError,
    )
    from sync.engine import LOCK_TIMEOUT_S, dead_count, pull_all, push_pending, sync_once
    from sync.lock import sync_lock

    args = sync_parser().parse_args(argv)
    if args.command == "token":
        return _token_command(forget=args.forget)
    if args.token is not None:
        raise UsageError(
            "main.py sync once: --token would show the token to every user of this machine "
            "(ps); store it with `main.py sync token`, or use --token-file FILE or "
            "--token-file - (standard input)"
        )
    token = _read_token(args.token_file)
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise UsageError(f"main.py sync once: --ca-bundle {args.ca_bundle}: no such file")
    engine = make_engine(args.db)
    migrate(engine)
    store = Store(engine)
    unusable = 0
    clock = None
    try:
        client = RegisterClient(
            args.register,
            token,
            ca_bundle=args.ca_bundle,
            device_id=store.device_id,
            allow_http=args.allow_http,
        )
    except MisconfiguredError as exc:
        raise UsageError(f"main.py sync once: {exc.summary}") from None
    try:
        if args.page_size != 2000 or args.batch_size != 500:
            with sync_lock(engine, timeout_s=LOCK_TIMEOUT_S):
                pushed = push_pending(store, client, now=utc_now(), batch_size=args.batch_size)
                pulled = pull_all(store, client, now=utc_now(), page_size=args.page_size)
            sent, records, unusable = pushed.sent, pulled.records, pulled.unusable
        else:
            report = sync_once(store, client, now=utc_now())
            sent = report.push.sent + report.pushed_after_pull.sent
            records, unusable, clock = report.pull.records, report.pull.unusable, report.clock
    except MisconfiguredError as exc:
        raise UsageError(f"main.py sync once: {exc.summary}") from None
    except AuthRefusedError as exc:
        say(f"main.py sync once: {exc.summary}", file=sys.stderr)
        return EXIT_REFUSED
    except UnreachableError as exc:
        say(f"main.py sync once: {exc.summary}; nothing was lost", file=sys.stderr)
        return EXIT_UNREACHABLE
    except SyncError as exc:  # the register refused the request as a whole
        say(f"main.py sync once: {exc.summary}; nothing was lost", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        client.close()
    with store.begin() as session:
        dead = dead_count(session)
    engine.dispose()
    if clock is not None and clock.fault:
        say(f"Warning: {clock.summary()}.", file=sys.stderr)
    kept = f", {unusable} records kept aside (cannot be stored here)" if unusable else ""
    say(f"Sync done: {sent} changes pushed, {records} records pulled{kept}, {dead} dead letters.")
    return 0


def _read_token(source: str | None) -> str:
    """The device token: from a file, standard input ('-') or the stored one."""
    from sync.tokens import TokenStore

    if source is None:
        token = TokenStore().load()
        if not token:
            raise UsageError(
                "main.py sync once: no device token stored (`main.py sync token`) and no "
                "--token-file given"
            )
        return token
    try:
        text = sys.stdin.readline() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"main.py sync once: --token-file {source}: {exc.strerror}") from None
    token = text.strip()
    if not token or len(token) > 200 or any(ch.isspace() for ch in token):
        raise UsageError(f"main.py sync once: --token-file {source}: no device token in it")
    return token


def _token_command(*, forget: bool) -> int:
    """`main.py sync token`: the token comes on stdin, never on the command line (ps shows it)."""
    from sync.tokens import TokenStore

    tokens = TokenStore()
    if forget:
        tokens.forget()
        say("Device token removed.")
        return 0
    token = sys.stdin.readline().strip()
    if not token or len(token) > 200 or any(ch.isspace() for ch in token):
        raise UsageError("main.py sync token: give the device token on standard input")
    where = tokens.save(token)
    say(f"Device token stored ({'OS keyring' if where == 'keyring' else where}).")
    return 0
