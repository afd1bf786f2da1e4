"""Going live (issue 16): removing the demo, departments, people, and backups."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk import backup
from kiosk.db import get_state, set_state
from kiosk.dto.catalogue import DepartmentRow
from kiosk.dto.golive import BackupFile, DemoRemoval, ImportSummary
from kiosk.errors import ErrorCode, KioskError
from kiosk.operations.base import Feature
from kiosk.services import golive

log = logging.getLogger(__name__)


class GoLiveOps(Feature):
    """From the demo room to the Health Board's own: each method one transaction."""

    def finish_setup(self) -> None:
        """Mark the first start's set-up as done: later starts open the room as it is."""
        with self._store.begin() as session:
            if get_state(session, "initialised") is None:
                set_state(session, "initialised", self._clock().isoformat())

    def seed_demo(self) -> bool:
        """Fill the room with the demo content, when it has no departments yet (run on the
        background lane after set-up, so visitors are served meanwhile). Returns whether it
        seeded."""
        from kiosk import demo  # the demo's content loads only when it is asked for

        with self._store.begin() as session:
            return demo.seed_if_empty(session, now=self._clock()) is not None

    def preview_demo_removal(self) -> DemoRemoval:
        """What "Remove the demo" would remove and keep, per kind; nothing changes."""
        with self._store.begin() as session:
            return golive.preview_demo_removal(session)

    def remove_demo(self) -> DemoRemoval:
        """Remove every demo record; real records stay and nothing is queued for sync."""
        with self._store.begin() as session:
            return golive.remove_demo(session)

    def import_people(self, data: bytes) -> ImportSummary:
        """People from a CSV file's bytes: all or nothing (KioskError IMPORT_INVALID)."""
        with self._store.begin() as session:
            return golive.import_people(session, data=data, now=self._clock())

    def import_departments(self, data: bytes) -> ImportSummary:
        """Departments from a CSV file's bytes (name_en, name_cy): all or nothing."""
        with self._store.begin() as session:
            return golive.import_departments(session, data=data)

    def departments(self) -> list[DepartmentRow]:
        """Every department, retired ones included and marked, by English name."""
        with self._store.begin() as session:
            return golive.list_departments(session)

    def add_department(self, name_en: str, name_cy: str) -> str:
        """Add a department; returns its id (KioskError DEPARTMENT_INVALID)."""
        with self._store.begin() as session:
            return golive.add_department(
                session, name_en=name_en, name_cy=name_cy, now=self._clock()
            )

    def rename_department(self, department_id: str, name_en: str, name_cy: str) -> None:
        """Rename a department in both languages; searching for its people follows."""
        with self._store.begin() as session:
            golive.rename_department(
                session, department_id=department_id, name_en=name_en, name_cy=name_cy
            )

    def merge_departments(self, department_id: str, into_id: str) -> int:
        """Move a department's people and projects to another and remove it."""
        with self._store.begin() as session:
            return golive.merge_departments(session, department_id=department_id, into_id=into_id)

    def retire_department(self, department_id: str, retired: bool = True) -> None:
        """Offer a department no more at check-in (or again)."""
        with self._store.begin() as session:
            golive.retire_department(session, department_id=department_id, retired=retired)

    def _db_path(self) -> Path:
        path = backup.database_path(self._store.engine.url.render_as_string(hide_password=False))
        if path is None:
            raise KioskError(ErrorCode.BACKUP_FAILED, reason="not_sqlite")
        return path

    def backup_now(self, copy_to: str = "") -> BackupFile:
        """Write a backup now (and copy it to `copy_to` when given)."""
        path = self._db_path()
        made = backup.make_backup(path, backup.backup_dir_for(path), now=self._clock())
        if copy_to:
            try:
                backup.copy_backup(made, Path(copy_to))
            except OSError as exc:
                raise KioskError(ErrorCode.BACKUP_FAILED, reason=type(exc).__name__) from None
        return next(b for b in backup.list_backups(made.parent) if b.path == str(made))

    def daily_backup(self, copy_to: str, keep_days: int) -> BackupFile:
        """The running kiosk's daily backup: one now, copied to `copy_to` when given (a folder
        that is not there is logged, never fatal), and backups older than `keep_days` pruned
        in both folders (the newest always kept)."""
        path = self._db_path()
        now = self._clock()
        folder = backup.backup_dir_for(path)
        made = backup.make_backup(path, folder, now=now, label="daily")
        backup.prune_backups(folder, keep_days=keep_days, now=now)
        if copy_to:
            try:
                backup.copy_backup(made, Path(copy_to))
                backup.prune_backups(Path(copy_to), keep_days=keep_days, now=now)
            except OSError as exc:
                log.warning("the backup could not be copied to the second folder: %s", exc.strerror)
        return next(b for b in backup.list_backups(folder) if b.path == str(made))

    def backups(self) -> list[BackupFile]:
        """The backups kept beside the database, newest first."""
        path = self._db_path()
        return backup.list_backups(backup.backup_dir_for(path))

    def restore(self, backup_path: str) -> str | None:
        """Bring a backup back as the database (checked first: KioskError BACKUP_NOT_KIOSK or
        BACKUP_TOO_NEW change nothing). Returns the safety backup of the database it replaced.
        The kiosk should restart afterwards: the store's connections are closed here."""
        path = self._db_path()
        self._store.engine.dispose()
        safety = backup.restore_backup(Path(backup_path), path, now=self._clock())
        self._store.engine.dispose()
        return str(safety) if safety else None
