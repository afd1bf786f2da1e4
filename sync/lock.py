"""One sync at a time per kiosk database: a file lock that survives kill -9 (the kernel drops
it with the process), beside the SQLite file or in the data directory."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine

from kiosk.filelock import file_lock
from kiosk.paths import data_dir
from sync.client import UnreachableError


class SyncBusyError(UnreachableError):
    """Another sync of this kiosk's database is running and did not finish in time."""


def lock_path(engine: Engine) -> Path:
    """The lock file of a kiosk database: beside an SQLite file, else in the data directory."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).with_name(Path(url.database).name + ".sync-lock")
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return data_dir() / f"sync-{digest}.lock"


@contextlib.contextmanager
def sync_lock(engine: Engine, *, timeout_s: float) -> Iterator[None]:
    """Hold the kiosk's sync lock for the block; SyncBusyError after `timeout_s` of waiting."""
    try:
        with file_lock(lock_path(engine), timeout_s=timeout_s):
            yield
    except TimeoutError:
        raise SyncBusyError("another sync of this kiosk is running") from None
