"""Logging to a rotating file in the data directory, and to the journal under systemd; log lines
never carry personal data."""

from __future__ import annotations

import logging
import logging.handlers
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
        private_file(path)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
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
