"""Where the kiosk keeps its files: config, database, logs (platformdirs, per user)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from kiosk import APP_NAME


def data_dir() -> Path:
    """The per-user data directory (database, logs, exports); created on demand."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_file() -> Path:
    """The default config file location (it need not exist)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_db_url() -> str:
    """The embedded SQLite database in the data directory."""
    return f"sqlite:///{data_dir() / 'qspace.sqlite3'}"


def log_dir() -> Path:
    """The rotating log files live here."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
