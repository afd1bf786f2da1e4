"""An advisory lock on a file that the kernel releases when its process ends, even by kill -9
(flock on POSIX, msvcrt.locking on Windows): one migration, one sync at a time."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

POLL_S = 0.05


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
def file_lock(path: Path, *, timeout_s: float) -> Iterator[None]:
    """Hold the lock on `path` (created owner-only) for the block.

    Raises:
        TimeoutError: another process held it for `timeout_s`.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise TimeoutError(str(path))
            time.sleep(POLL_S)
        yield  # closing the descriptor releases the lock (and so does the process ending)
    finally:
        os.close(fd)
