"""Removable drives (USB sticks) the room PC has mounted: where exports go and imports come from.

The kiosk never shows a file dialog (Qt's has no Welsh and a touch kiosk has no use for a tree of
system folders); screens list the files on these drives instead and write to them.

Where drives appear:
- Linux desktops mount them under /media/<user>/<label> or /run/media/<user>/<label> (udisks2);
  a room PC set up by hand may mount them straight under /media/<label>.
- Windows: every drive letter that Windows calls removable.
- The setting `kiosk.drives` lists other folders, separated by the platform's path separator
  (":" on Linux); each folder *inside* one of them counts as a drive. Tests use it, and so can a
  room whose drives are mounted somewhere else.
"""

from __future__ import annotations

import getpass
import os
import string
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Drive:
    """One mounted removable drive."""

    label: str
    path: Path
    writable: bool


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name: only /media itself then
        return ""


def default_roots() -> list[Path]:
    """The folders under which this platform mounts removable drives."""
    if sys.platform.startswith("win"):
        return []
    user = _user()
    roots = [Path("/media")]
    if user:
        roots[:0] = [Path("/media") / user, Path("/run/media") / user]
    return roots


def roots_from_setting(value: str) -> list[Path]:
    """The folders named by the `kiosk.drives` setting (empty: none)."""
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _children(root: Path, *, need_mount: bool) -> Iterable[Path]:
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name.casefold())
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            if not entry.is_dir():
                continue
            if need_mount and not os.path.ismount(entry):
                continue
        except OSError:
            continue
        found.append(entry)
    return found


def _windows_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << index):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                drives.append(Path(root))
    return drives


def removable_drives(extra_roots: Sequence[Path] = (), *, system: bool = True) -> list[Drive]:
    """Every removable drive mounted now, system ones first, then those under `extra_roots`.

    A drive is listed once even when two roots reach it; unreadable roots are skipped.
    """
    candidates: list[Path] = []
    if system:
        if sys.platform.startswith("win"):  # pragma: no cover - Windows only
            candidates.extend(_windows_drives())
        else:
            for root in default_roots():
                candidates.extend(_children(root, need_mount=True))
    for root in extra_roots:
        candidates.extend(_children(root, need_mount=False))
    seen: set[str] = set()
    drives: list[Drive] = []
    for path in candidates:
        try:
            key = str(path.resolve())
        except OSError:
            continue
        if key in seen:
            continue
        seen.add(key)
        label = path.name or str(path)
        drives.append(Drive(label=label, path=path, writable=os.access(path, os.W_OK)))
    return drives


def files_on(drive: Drive, suffixes: Sequence[str], *, depth: int = 2) -> list[Path]:
    """Files on `drive` whose suffix is one of `suffixes` (".ics", ".csv"), at most `depth`
    folders down, hidden folders skipped; sorted by folder then name."""
    wanted = {s.lower() for s in suffixes}
    found: list[Path] = []

    def walk(folder: Path, level: int) -> None:
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    if level < depth:
                        walk(entry, level + 1)
                elif entry.suffix.lower() in wanted:
                    found.append(entry)
            except OSError:
                continue

    walk(drive.path, 0)
    return found
