"""Backups and recovery of the SQLite database: online backups, daily and before migrating,
kept for N days; restore with checks; the integrity check at start.

Functions the packager's migration step (issue 18) and the composition root call. A backup
is written with SQLite's online backup API to a temporary name, fsynced, then renamed: a
kill -9 during a backup leaves every earlier backup whole and no half file under a backup's
name.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from kiosk.dto.golive import BackupFile, IntegrityReport
from kiosk.errors import ErrorCode, KioskError

log = logging.getLogger(__name__)

PREFIX = "qspace-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%dT%H%M%SZ"
# Tables every Qspace Kiosk database has, at every schema revision.
KIOSK_TABLES = frozenset({"alembic_version", "app_state", "person", "visit", "outbox"})


def database_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def backup_dir_for(db_path: Path) -> Path:
    """Where a database's backups are kept: `backups/` beside it (in the data directory)."""
    return db_path.parent / "backups"


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _write_atomically(source: sqlite3.Connection, target: Path) -> None:
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(tmp)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    tmp.replace(target)
    _fsync_dir(target.parent)


def make_backup(db_path: Path, dest_dir: Path, *, now: datetime, label: str = "") -> Path:
    """Write one online backup of `db_path` into `dest_dir`; returns the file.

    Raises:
        KioskError: BACKUP_FAILED (reason) when the database or the folder cannot be used.
    """
    if not db_path.is_file():
        raise KioskError(ErrorCode.BACKUP_FAILED, reason="no_database")
    name = f"{PREFIX}{now.astimezone(UTC):{STAMP}}{('-' + label) if label else ''}{SUFFIX}"
    target = dest_dir / name
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        with closing(_connect_ro(db_path)) as source:
            _write_atomically(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise KioskError(ErrorCode.BACKUP_FAILED, reason=type(exc).__name__) from None
    log.info("backup written: %s", target.name)
    return target


def _made_at(path: Path) -> datetime | None:
    stem = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)[:16]
    try:
        return datetime.strptime(stem, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder` that name a time, newest first (their schema read from them;
    a file that cannot be read has revision "")."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        made = _made_at(path)
        if made is None:
            continue
        try:
            revision = check_backup(path)
        except KioskError:
            revision = ""
        found.append(BackupFile(str(path), made, revision, path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path), reverse=True)


def prune_backups(folder: Path, *, keep_days: int, now: datetime) -> list[Path]:
    """Delete backups older than `keep_days` (the newest is always kept); returns them."""
    backups = list_backups(folder)
    gone = []
    for backup in backups[1:]:
        if backup.made_at < now - timedelta(days=keep_days):
            Path(backup.path).unlink(missing_ok=True)
            gone.append(Path(backup.path))
    return gone


def daily_backup(
    db_path: Path, *, now: datetime, keep_days: int, copy_to: Path | None = None
) -> Path | None:
    """The day's backup, once a (UTC) day, then pruning; also copied to `copy_to` (a network
    share or a USB drive) when given. Returns the new backup, or None when one exists today.
    A second folder that is not there is logged, never fatal."""
    folder = backup_dir_for(db_path)
    today = now.astimezone(UTC).date()
    if any(b.made_at.date() == today for b in list_backups(folder)):
        return None
    made = make_backup(db_path, folder, now=now)
    prune_backups(folder, keep_days=keep_days, now=now)
    if copy_to is not None:
        try:
            copy_backup(made, copy_to)
            prune_backups(copy_to, keep_days=keep_days, now=now)
        except OSError as exc:
            log.warning("the backup could not be copied to the second folder: %s", exc.strerror)
    return made


def copy_backup(backup: Path, folder: Path) -> Path:
    """Copy a backup to another folder, by a temporary name, fsync and rename."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup.name
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(backup, tmp)
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    tmp.replace(target)
    _fsync_dir(folder)
    return target


def check_backup(path: Path, *, head: str | None = None) -> str:
    """The schema revision of a Qspace Kiosk database file, after SQLite's quick check.

    Raises:
        KioskError: BACKUP_NOT_KIOSK (not a kiosk database, or damaged), BACKUP_TOO_NEW
            (written by a newer version than `head`, the newest migration by default).
    """
    from kiosk.db import HEAD_REVISION

    head = head or HEAD_REVISION
    if not path.is_file():
        raise KioskError(ErrorCode.BACKUP_NOT_KIOSK, file=str(path), reason="missing")
    try:
        with closing(_connect_ro(path)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables >= KIOSK_TABLES:
                raise KioskError(ErrorCode.BACKUP_NOT_KIOSK, file=str(path), reason="tables")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            checked = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error:
        raise KioskError(ErrorCode.BACKUP_NOT_KIOSK, file=str(path), reason="not_sqlite") from None
    if checked is None or checked[0] != "ok":
        raise KioskError(ErrorCode.BACKUP_NOT_KIOSK, file=str(path), reason="damaged")
    if revision is None or not str(revision[0]).isdigit():
        raise KioskError(ErrorCode.BACKUP_NOT_KIOSK, file=str(path), reason="revision")
    if int(revision[0]) > int(head):
        raise KioskError(ErrorCode.BACKUP_TOO_NEW, file=str(path), revision=revision[0])
    return str(revision[0])


def restore_backup(backup: Path, db_path: Path, *, now: datetime) -> Path | None:
    """Bring a backup back as the database (the next start migrates it if it is older).

    The database as it was is first backed up ("before-restore"), when it is readable. The
    copy goes through SQLite's backup API into the database file, in one transaction.
    Returns that safety backup, if one was made.

    Raises:
        KioskError: BACKUP_NOT_KIOSK, BACKUP_TOO_NEW (nothing is changed), BACKUP_FAILED.
    """
    check_backup(backup)
    safety = None
    if db_path.is_file():
        try:
            safety = make_backup(db_path, backup_dir_for(db_path), now=now, label="before-restore")
        except KioskError:
            log.warning("the database to be replaced could not be backed up first")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with closing(_connect_ro(backup)) as source, closing(sqlite3.connect(db_path)) as dest:
            source.backup(dest)
    except (OSError, sqlite3.Error) as exc:
        raise KioskError(ErrorCode.BACKUP_FAILED, reason=type(exc).__name__) from None
    log.info("database restored from %s", backup.name)
    return safety


def check_integrity(db_path: Path) -> IntegrityReport:
    """SQLite's quick check of the database at start, and the newest backup that passes it
    (for a screen to offer) when the database fails."""
    detail = ""
    if db_path.is_file():
        try:
            with closing(_connect_ro(db_path)) as conn:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            detail = "; ".join(str(r[0]) for r in rows[:3])
        except sqlite3.Error as exc:
            detail = str(exc)
    else:
        detail = "ok"  # a first start: nothing to check yet
    if detail == "ok":
        return IntegrityReport(ok=True, detail="ok", newest_good_backup=None)
    log.error("the database failed its integrity check: %s", detail[:200])
    good = next((b.path for b in list_backups(backup_dir_for(db_path)) if b.revision), None)
    return IntegrityReport(ok=False, detail=detail[:400], newest_good_backup=good)
