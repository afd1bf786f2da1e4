"""Going live: imports, removing the demo, backups and the integrity check at start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ImportProblem:
    """One bad row, cell or calendar line of an import file.

    `row` is the spreadsheet's row number (the header is row 1) for CSV files; `line` the
    file's line for calendars; `column` the CSV column or iCalendar property ("" for the whole
    row or file). `reason` is a code (ImportReason values in kiosk.services.golive) that the
    screens and the command line turn into a sentence; `value` is what was found.
    """

    row: int | None
    line: int | None
    column: str
    reason: str
    value: str = ""


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: records created and updated, and entries skipped (cancelled)."""

    created: int
    updated: int
    skipped: int = 0


@dataclass(frozen=True)
class KindCount:
    """How many records of one kind (a table name such as "person" or "visit")."""

    kind: str
    count: int


@dataclass(frozen=True)
class DemoRemoval:
    """What removing the demo takes away, and the demo records kept because real records
    point at them (a real visit to a demo event keeps that event). Counts per kind."""

    removed: tuple[KindCount, ...]
    kept: tuple[KindCount, ...]
    real_records: int

    @property
    def removed_total(self) -> int:
        """Every demo record removed."""
        return sum(k.count for k in self.removed)

    @property
    def kept_total(self) -> int:
        """Every demo record kept for a real record's sake."""
        return sum(k.count for k in self.kept)


@dataclass(frozen=True)
class BackupFile:
    """One backup file: where it is, when it was made and its schema revision."""

    path: str
    made_at: datetime
    revision: str
    size: int


@dataclass(frozen=True)
class IntegrityReport:
    """The integrity check at start: `ok`, SQLite's first complaint, and the newest backup
    that passes the same check (None when there is none)."""

    ok: bool
    detail: str
    newest_good_backup: str | None
