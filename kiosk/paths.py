"""Where the kiosk keeps its files: config, database, logs (platformdirs, per user)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from kiosk import APP_NAME
from kiosk.errors import ErrorCode, KioskError


def _ours(path: Path) -> bool:
    return not hasattr(os, "getuid") or path.stat().st_uid == os.getuid()


def private_dir(path: Path) -> Path:
    """Create `path` owner-only (0700) if missing, and make it so if it is ours; raise
    KioskError when it cannot be created or written (a read-only disk, say)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _ours(path) and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise KioskError(
            ErrorCode.DATA_DIR_UNWRITABLE, path=str(path), reason=exc.strerror or "error"
        ) from None
    if not os.access(path, os.W_OK):
        raise KioskError(ErrorCode.DATA_DIR_UNWRITABLE, path=str(path), reason="read-only")
    return path


def private_file(path: Path) -> None:
    """Create the file `path` owner-only (0600) if missing; make an existing one of ours so."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(OSError):
        if _ours(path) and path.stat().st_mode & 0o077:
            path.chmod(0o600)


def data_dir() -> Path:
    """The per-user data directory (database, logs, exports); created owner-only on demand."""
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_file() -> Path:
    """The default config file location (it need not exist)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_db_file() -> Path:
    """The embedded SQLite database's file (it need not exist yet)."""
    return data_dir() / "qspace.sqlite3"


def default_db_url() -> str:
    """The embedded SQLite database in the data directory."""
    return f"sqlite:///{default_db_file()}"


def log_dir() -> Path:
    """The rotating log files live here."""
    return private_dir(data_dir() / "logs")
