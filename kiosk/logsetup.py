"""Logging to a rotating file in the data directory, and to the journal under systemd; log lines
never carry personal data."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from kiosk.errors import ErrorCode, KioskError
from kiosk.paths import private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JournalFormatter(logging.Formatter):
    """Lines for systemd's journal on stderr: a syslog priority prefix ("<3>" for an error),
    which journald reads as the entry's level, and no timestamp (the journal adds its own)."""

    PRIORITIES = ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4), (0, 6))

    def __init__(self) -> None:
        super().__init__("%(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        priority = next(p for level, p in self.PRIORITIES if record.levelno >= level)
        text = super().format(record).replace("\n", "\n" + f"<{priority}>")
        return f"<{priority}>{text}"


class LogFile(logging.FileHandler):
    """The log file, owner-only: when a line would take it past `max_bytes` it is moved aside to
    `NAME.1` (earlier ones to `.2` and on, the oldest of `backups` dropped) and a new one begun,
    owner-only too.

    Not logging.handlers.RotatingFileHandler: that one opens each new file with the process's
    umask (readable by everyone on most systems), and importing its module (with socket, pickle
    and queue) took 18 ms of the kiosk's start before its first paint."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        private_file(path)
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._move_aside()
        except Exception:  # noqa: BLE001 - logging never raises: the line is reported, not lost
            self.handleError(record)
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        self.stream.seek(0, os.SEEK_END)
        size = self.stream.tell()
        line = self.format(record) + self.terminator
        return size > 0 and size + len(line.encode("utf-8")) > self.max_bytes

    def _move_aside(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened below, or by the next line if moving aside failed
        base = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if self.backups > 0:
            base.replace(base.with_name(f"{base.name}.1"))
        else:
            base.unlink()
        private_file(base)
        self.stream = self._open()


def configure_logging(
    directory: Path, *, level: int = logging.INFO, environ: Mapping[str, str] | None = None
) -> Path:
    """Send the root logger to `directory`/kiosk.log (1 MB x 5 files, owner-only) and, when
    stderr is connected to systemd's journal (JOURNAL_STREAM set), to stderr too; return the
    file path. Raises KioskError (DATA_DIR_UNWRITABLE) when the file cannot be opened."""
    env = os.environ if environ is None else environ
    path = directory / "kiosk.log"
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "qspace", False):
            root.removeHandler(old)
            old.close()
    try:
        handler = LogFile(path, max_bytes=1_000_000, backups=5)
    except OSError as exc:
        raise KioskError(
            ErrorCode.DATA_DIR_UNWRITABLE, path=str(directory), reason=exc.strerror or "error"
        ) from None
    handler.setFormatter(logging.Formatter(FORMAT))
    handlers: list[logging.Handler] = [handler]
    if env.get("JOURNAL_STREAM"):
        journal = logging.StreamHandler(sys.stderr)
        journal.setFormatter(JournalFormatter())
        handlers.append(journal)
    for each in handlers:
        each.qspace = True  # type: ignore[attr-defined]  # marks our handlers for replacement
        root.addHandler(each)
    root.setLevel(level)
    return path
