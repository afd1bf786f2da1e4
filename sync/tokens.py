"""Where the device token lives: the OS keyring when there is one, else a private file.

The file (``device-token`` in the user data directory) is created with mode 0600, so only
the kiosk's own user can read it. A keyring backend that is a stub ("fail" or "null") or
fails counts as no keyring.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from kiosk.paths import data_dir

log = logging.getLogger(__name__)

SERVICE = "qspace-kiosk-register"
USERNAME = "device-token"
FILE_NAME = "device-token"


def _keyring() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - keyring or its platform backends missing: use the file
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or float(getattr(backend, "priority", 0)) <= 0:
        return None  # the stub keyring: no real one on this machine
    return backend


class TokenStore:
    """Save, load and forget the device token."""

    def __init__(self, directory: Path | None = None, *, use_keyring: bool = True) -> None:
        self._dir = directory
        self._use_keyring = use_keyring

    @property
    def path(self) -> Path:
        """The fallback file."""
        return (self._dir or data_dir()) / FILE_NAME

    def _backend(self) -> object | None:
        return _keyring() if self._use_keyring else None

    def save(self, token: str) -> str:
        """Store the token; returns where ("keyring" or the file path)."""
        backend = self._backend()
        if backend is not None:
            try:
                backend.set_password(SERVICE, USERNAME, token)  # type: ignore[attr-defined]
                return "keyring"
            except Exception:  # noqa: BLE001 - a locked or broken keyring: use the file
                log.warning("keyring refused the token; using the private file")
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token)
        tmp.chmod(0o600)
        tmp.replace(path)
        return str(path)

    def load(self) -> str | None:
        """The stored token, or None."""
        backend = self._backend()
        if backend is not None:
            try:
                found = backend.get_password(SERVICE, USERNAME)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - as in save
                found = None
            if found:
                return str(found)
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except (FileNotFoundError, PermissionError):
            return None
        return text or None

    def forget(self) -> None:
        """Remove the token from both places."""
        backend = self._backend()
        if backend is not None:
            with contextlib.suppress(Exception):
                backend.delete_password(SERVICE, USERNAME)  # type: ignore[attr-defined]
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
