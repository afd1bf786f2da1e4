"""Recovery from a damaged database at start: restore the newest good backup, or start afresh,
the damaged file kept aside in both cases. Plain Python, run on the worker."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from kiosk import backup
from kiosk.dto.golive import BackupFile
from kiosk.services.pin import pin_matches

log = logging.getLogger(__name__)

WRONG_TRIES_MAX = 5


class Recovery:
    """What the recovery page does with one database file. The facilitator PIN is checked
    against the backup to be restored (or the damaged file, when it can still be read): the
    damaged database cannot keep its lockout, so this object counts wrong tries itself."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.wrong_tries = 0

    def newest_good_backup(self) -> BackupFile | None:
        """The newest backup that passes SQLite's check, or None."""
        found = backup.list_backups(backup.backup_dir_for(self.db_path))
        return next((b for b in found if b.revision), None)

    def pin_ok(self, pin: str, backup_path: str | None) -> bool:
        """Whether `pin` is the facilitator PIN of the backup (or of the damaged file); True
        when neither holds a PIN. After WRONG_TRIES_MAX wrong tries, always False."""
        if self.wrong_tries >= WRONG_TRIES_MAX:
            return False
        stored = _stored_pin(Path(backup_path)) if backup_path else _stored_pin(self.db_path)
        if stored is None or pin_matches(pin, stored):
            return True
        self.wrong_tries += 1
        return False

    def set_aside(self, *, now: datetime) -> Path:
        """Rename the damaged file (and its -wal and -shm) aside; returns the new name."""
        stamp = f"{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        aside = self.db_path.with_name(f"{self.db_path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = self.db_path.with_name(self.db_path.name + suffix)
            if source.exists():
                source.replace(aside.with_name(aside.name + suffix))
        log.warning("the damaged database was set aside as %s", aside.name)
        return aside

    def restore(self, backup_path: str, *, now: datetime) -> Path:
        """Check the backup, set the damaged file aside and bring the backup back.

        Raises:
            KioskError: BACKUP_NOT_KIOSK, BACKUP_TOO_NEW (nothing changed), BACKUP_FAILED.
        """
        backup.check_backup(Path(backup_path))
        aside = self.set_aside(now=now)
        backup.restore_backup(Path(backup_path), self.db_path, now=now)
        return aside


def _stored_pin(path: Path) -> str | None:
    """The PIN hash kept in a database file, if it can be read."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT value FROM app_state WHERE key = 'pin_hash'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None
