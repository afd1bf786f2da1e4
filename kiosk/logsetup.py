"""Logging to a rotating file in the data directory; log lines never carry personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(directory: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to `directory`/kiosk.log (1 MB x 5 files); return the file path."""
    path = directory / "kiosk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "qspace", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.qspace = True  # type: ignore[attr-defined]  # marks our handler for replacement
    root.addHandler(handler)
    root.setLevel(level)
    return path
