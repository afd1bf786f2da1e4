"""One sync at a time per kiosk database: an advisory file lock that the kernel releases when
its process ends, even by kill -9 (flock on POSIX, msvcrt.locking on Windows)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine

from kiosk.paths import data_dir
from sync.client import UnreachableError

POLL_S = 0.05


class SyncBusyError(UnreachableError):
    """Another sync of this kiosk's database is running and did not finish in time."""


def lock_path(engine: Engine) -> Path:
    """The lock file of a kiosk database: beside an SQLite file, else in the data directory."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).with_name(Path(url.database).name + ".sync-lock")
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return data_dir() / f"sync-{digest}.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def sync_lock(engine: Engine, *, timeout_s: float) -> Iterator[None]:
    """Hold the kiosk's sync lock for the block; SyncBusyError after `timeout_s` of waiting."""
    path = lock_path(engine)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise SyncBusyError("another sync of this kiosk is running")
            time.sleep(POLL_S)
        yield  # closing the descriptor releases the lock (and so does the process ending)
    finally:
        os.close(fd)
