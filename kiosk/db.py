"""The store: engine set-up, Alembic migrations at start, and the outbox/HLC write hook."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import ErrorCode, KioskError
from kiosk.filelock import file_lock
from kiosk.hlc import HlcTimestamp, HybridClock
from kiosk.models import AppState, Outbox, Synced, new_id
from kiosk.paths import private_file

log = logging.getLogger(__name__)

# The newest migration; a database at this revision needs no Alembic import at start.
HEAD_REVISION = "0010"
MIGRATE_LOCK_S = 120.0

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock, in UTC."""
    return datetime.now(UTC)


def make_engine(url: str, *, checkpoint_on_commit: bool = True) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout on each connection.

    `checkpoint_on_commit=False`: a commit never copies the write-ahead log back into the
    database (SQLite does so at the commit that takes the log past 1,000 pages, and on the
    kiosk's 600 MB database that commit, a visitor's check-in, took a second); the owner calls
    `Store.checkpoint()` from background work instead."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise KioskError(ErrorCode.DB_URL_INVALID, url=url) from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            # Passes' secret, the PIN hash and visitors' details: owner-only (0600), and the
            # WAL and shared-memory files SQLite makes beside it take the same mode.
            with contextlib.suppress(OSError):
                private_file(Path(parsed.database))
        # hide_parameters: an error's text never carries the values (a visitor's name) to a log.
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            if not checkpoint_on_commit:
                cursor.execute("PRAGMA wal_autocheckpoint=0")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


def pause_reads(engine: Engine, pause: Callable[[], None]) -> None:
    """Call `pause()` before each statement on `engine` whose connection holds no write: a
    thread that must give way to another can wait there without keeping the other from the
    database. (SQLite's driver begins a transaction at the first write, so a connection with
    none open holds no lock a writer would wait for; other drivers never pause.) Once per
    engine: a second call is ignored."""
    if engine in _PAUSING:
        return
    _PAUSING.add(engine)

    def before(conn: Any, *_args: Any) -> None:
        if not getattr(conn.connection.dbapi_connection, "in_transaction", True):
            pause()

    event.listen(engine, "before_cursor_execute", before)


_PAUSING: weakref.WeakSet[Engine] = weakref.WeakSet()


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """The revisions this version of the kiosk has migrations for."""
    folder = resources.files("kiosk") / "migrations" / "versions"
    return {entry.name[:4] for entry in folder.iterdir() if entry.name[:4].isdigit()}


def _check_revision(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise KioskError(ErrorCode.DB_TOO_NEW, revision=revision)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migration at a time: two kiosk processes starting on a fresh database would both
    create the tables. A file lock beside an SQLite file; an advisory lock elsewhere is taken
    inside the migration's transaction (see migrate)."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        try:
            with file_lock(Path(database + ".migrate-lock"), timeout_s=MIGRATE_LOCK_S):
                yield
        except TimeoutError:
            raise KioskError(ErrorCode.DB_UNAVAILABLE, reason="migration lock busy") from None
    else:
        yield


def migrate(engine: Engine, *, script_location: str | None = None) -> None:
    """Bring the schema to head with Alembic; cheap when it is already there.

    An SQLite file at an older revision is first backed up next to itself (see `backup_path`);
    if a migration fails, the backup is copied back, so the kiosk never runs on a half-migrated
    store.

    Args:
        engine: the database.
        script_location: another migrations directory (tests force a failing migration).

    Raises:
        KioskError: DB_UNAVAILABLE (cannot open), DB_TOO_NEW (made by a newer kiosk),
            DB_UPGRADE_FAILED (a migration failed; the database is as it was before).
    """
    try:
        revision = current_revision(engine)
    except OperationalError as exc:
        raise KioskError(ErrorCode.DB_UNAVAILABLE, reason=type(exc.orig).__name__) from None
    if revision == HEAD_REVISION and script_location is None:
        return
    _check_revision(revision)
    from alembic import command  # imported only when there is work: keeps start-up fast
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location or migrations_dir())
    path = sqlite_path(engine)
    backup: Path | None = None
    with _migration_lock(engine):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(7461726)"))  # "qspace"
                # Another process may have migrated while this one waited for the lock.
                revision = _revision_on(conn)
                if revision == HEAD_REVISION and script_location is None:
                    return
                _check_revision(revision)
                if path is not None and revision is not None:
                    backup = backup_sqlite(path, backup_path(path, revision))
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except Exception as exc:
            if backup is None or path is None or isinstance(exc, KioskError):
                raise
            log.exception("migration from %s failed; restoring the backup", revision)
            engine.dispose()  # no pooled connection may hold the file while it is overwritten
            backup_sqlite(backup, path)
            raise KioskError(
                ErrorCode.DB_UPGRADE_FAILED,
                revision=revision,
                step=type(exc).__name__,
                backup=str(backup),
            ) from None
    log.info("database migrated from %s to %s", revision, HEAD_REVISION)


def migrations_dir() -> str:
    """The Alembic migrations shipped with the kiosk (a real directory, also when bundled)."""
    return str(resources.files("kiosk") / "migrations")


def sqlite_path(engine: Engine) -> Path | None:
    """The file of an SQLite database, or None (another database, or in memory)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy taken before migrating from `revision` is kept: next to the database,
    named by the schema it holds (qspace.sqlite3 -> qspace.schema-0005.sqlite3.bak)."""
    return path.with_name(f"{path.stem}.schema-{revision}{path.suffix}.bak")


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy an SQLite database page by page with sqlite3's online backup API (consistent even
    in WAL mode); the target is readable by the owner only. Returns `target`."""
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
    target.chmod(0o600)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    log.info("database copied to %s", target.name)
    return target


def _revision_on(conn: Any) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(found) if found is not None else None


class Store:
    """Sessions on one database, each write stamped with an HLC version and queued in the outbox."""

    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.clock = clock
        self.hlc = HybridClock(self._device_id(), self._last_hlc())
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={"clock": clock, "hlc": self.hlc}
        )
        event.listen(self._sessions, "before_flush", _stamp_and_queue)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def checkpoint(self) -> int | None:
        """Copy what the write-ahead log holds back into the SQLite database, without waiting
        for readers or writers (a passive checkpoint). Returns how many of the log's pages are
        now in the database (all of them unless a reader still needs some), or None for
        another database. Run from background work when commits do not checkpoint
        (make_engine)."""
        if self.engine.dialect.name != "sqlite":
            return None
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
        return int(row[2])

    @property
    def device_id(self) -> str:
        """This installation's id (the HLC tie-breaker and the sync device name)."""
        return self.hlc.node

    def _device_id(self) -> str:
        try:
            with self._sessions_raw() as session:
                state = session.get(AppState, "device_id")
                if state is None:
                    state = AppState(key="device_id", value=new_id())
                    session.add(state)
                return state.value
        except IntegrityError:  # another process, starting at the same moment, chose it first
            with self._sessions_raw() as session:
                return str(session.get_one(AppState, "device_id").value)

    def _last_hlc(self) -> HlcTimestamp | None:
        with self._sessions_raw() as session:
            state = session.get(AppState, "hlc_last")
            return HlcTimestamp.decode(state.value) if state else None

    @contextmanager
    def _sessions_raw(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


def _fill_defaults(obj: Synced) -> None:
    """Apply column defaults now so that the outbox payload holds the values stored."""
    for column in inspect(type(obj)).columns:
        if column.key is None or getattr(obj, column.key, None) is not None:
            continue
        default = column.default
        if default is None:
            continue
        arg = getattr(default, "arg", None)
        if getattr(default, "is_scalar", False):
            setattr(obj, column.key, arg)
        elif column.key == "id":
            setattr(obj, column.key, new_id())


def payload_of(obj: Synced) -> dict[str, Any]:
    """The record's columns as JSON-ready values (dates as ISO text)."""
    values: dict[str, Any] = {}
    for column in inspect(type(obj)).columns:
        value = getattr(obj, column.key)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif hasattr(value, "value") and not isinstance(value, (int, float, str, bool)):
            value = value.value
        values[column.key] = value
    return values


# Set on a session (``session.info[APPLYING_REMOTE] = True``) while it applies changes pulled
# from the register: those rows keep the register's versions and are not queued again.
APPLYING_REMOTE = "applying_remote"
# Demo content is stamped with versions ending in this suffix and never queued; an update of a
# demo row (housekeeping closes demo visits, say) keeps the suffix and is not queued either.
DEMO_SUFFIX = ".demo"


def _changed_columns(obj: Synced) -> list[str]:
    """The columns of a persistent row whose value this flush changes (no-op sets excluded)."""
    state = inspect(obj)
    changed = []
    for column in inspect(type(obj)).columns:
        history = state.attrs[column.key].history
        if not history.has_changes():
            continue
        if history.added and history.deleted and list(history.added) == list(history.deleted):
            continue
        changed.append(column.key)
    return changed


def _stamp_and_queue(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    clock: Clock = session.info["clock"]
    hlc: HybridClock = session.info["hlc"]
    now = clock()
    new = [obj for obj in session.new if isinstance(obj, Synced)]
    updated = [obj for obj in session.dirty if isinstance(obj, Synced) and session.is_modified(obj)]
    changed = new + updated
    columns_of = {id(obj): _changed_columns(obj) for obj in updated}
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(f"{type(obj).__name__} rows are tombstoned, never deleted")
    if not changed:
        return
    for obj in changed:
        _fill_defaults(obj)
        if getattr(obj, "created_at", None) is None:  # new rows; services may set it themselves
            obj.created_at = now
        demo = (obj.version or "").endswith(DEMO_SUFFIX) and id(obj) in columns_of
        obj.updated_at = now
        obj.version = hlc.tick(int(now.timestamp() * 1000)).encode()
        if demo:
            obj.version += DEMO_SUFFIX  # demo content never reaches the register
            continue
        payload = payload_of(obj)
        if id(obj) in columns_of:
            # An update carries only what it changed (plus its stamp), so that the register
            # merges it field by field; an insert carries every column.
            keep = {*columns_of[id(obj)], "updated_at", "version"}
            payload = {key: value for key, value in payload.items() if key in keep}
        session.add(
            Outbox(
                change_id=new_id(),
                entity=type(obj).__tablename__,
                entity_id=obj.id,
                version=obj.version,
                payload=payload,
                created_at=now,
                attempts=0,
                dead=False,
            )
        )
    session.merge(AppState(key="hlc_last", value=hlc.last.encode()))


def get_state(session: Session, key: str) -> str | None:
    """A local app_state value, or None."""
    return session.scalar(select(AppState.value).where(AppState.key == key))


def set_state(session: Session, key: str, value: str) -> None:
    """Set a local app_state value (never synced)."""
    session.merge(AppState(key=key, value=value))


def delete_state(session: Session, key: str) -> None:
    """Remove a local app_state value."""
    state = session.get(AppState, key)
    if state is not None:
        session.delete(state)
