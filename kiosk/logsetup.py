"""Logging to a rotating file in the data directory; log lines never carry personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kiosk.errors import ErrorCode, KioskError
from kiosk.paths import private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(directory: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to `directory`/kiosk.log (1 MB x 5 files, owner-only); return the
    file path. Raises KioskError (DATA_DIR_UNWRITABLE) when the file cannot be opened."""
    path = directory / "kiosk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "qspace", False):
            root.removeHandler(handler)
            handler.close()
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
    handler.qspace = True  # type: ignore[attr-defined]  # marks our handler for replacement
    root.addHandler(handler)
    root.setLevel(level)
    return path
