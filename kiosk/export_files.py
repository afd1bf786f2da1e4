"""Where the files the kiosk writes for people go, and the list of those kept on the kiosk.

A chart picture, a session summary or a roll call goes to a removable drive (a USB stick) when
one is mounted and writable, so it leaves the room with the person who asked for it; otherwise
it is kept in the exports folder of the data directory, which the facilitator's Exports page
lists, opens, prints and deletes. Nothing here is Qt: screens choose the place, then write.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.drives import removable_drives
from kiosk.paths import private_dir, private_file

# What the Exports page can show, by suffix.
KINDS = {
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".pdf": "pdf",
    ".csv": "csv",
    ".txt": "text",
    ".ics": "text",
}


@dataclass(frozen=True)
class ExportPlace:
    """A folder to write an export to: a removable drive's (`drive` is its label) or the
    kiosk's own exports folder (`drive` is empty)."""

    folder: Path
    drive: str = ""

    @property
    def on_drive(self) -> bool:
        """Whether the export leaves the kiosk on a removable drive."""
        return bool(self.drive)


@dataclass(frozen=True)
class ExportFile:
    """One file in the exports folder."""

    name: str
    path: Path
    kind: str  # "image", "pdf", "csv", "text" or "other"
    size: int
    modified: datetime  # UTC


def export_place(
    exports_dir: Path, drive_roots: Sequence[Path] = (), *, system: bool = True
) -> ExportPlace:
    """The first writable removable drive, else `exports_dir` (created owner-only).

    Raises KioskError (DATA_DIR_UNWRITABLE) when the exports folder cannot be made.
    """
    for drive in removable_drives(drive_roots, system=system):
        if drive.writable:
            return ExportPlace(drive.path, drive.label)
    return ExportPlace(private_dir(exports_dir))


def free_path(folder: Path, name: str) -> Path:
    """`folder / name`, or `name` with -2, -3 … before its suffix when that file exists, so an
    export never overwrites an earlier one."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


def keep_private(place: ExportPlace, path: Path) -> None:
    """Make a file that will be written at `path` owner-only (0600) when it stays on the
    kiosk: exports hold names. (A USB drive's file system may have no owners at all.)"""
    if not place.on_drive:
        private_file(path)


def list_exports(exports_dir: Path) -> list[ExportFile]:
    """The files in `exports_dir`, newest first; hidden and half-written (.part) files left out;
    an empty list when the folder does not exist."""
    try:
        entries = list(exports_dir.iterdir())
    except OSError:
        return []
    files: list[ExportFile] = []
    for entry in entries:
        if entry.name.startswith(".") or entry.suffix == ".part":
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue
        files.append(
            ExportFile(
                name=entry.name,
                path=entry,
                kind=KINDS.get(entry.suffix.lower(), "other"),
                size=stat.st_size,
                modified=datetime.fromtimestamp(stat.st_mtime, UTC),
            )
        )
    files.sort(key=lambda f: (f.modified, f.name), reverse=True)
    return files


def _inside(exports_dir: Path, name: str) -> Path:
    path = exports_dir / name
    if os.sep in name or (os.altsep and os.altsep in name) or name in ("", ".", ".."):
        raise ValueError(name)
    return path


def delete_export(exports_dir: Path, name: str) -> None:
    """Delete the file `name` in `exports_dir` (a name only: never a path elsewhere); a file
    already gone is not an error."""
    _inside(exports_dir, name).unlink(missing_ok=True)


def read_text(path: Path, *, limit: int = 200_000) -> str:
    """The first `limit` characters of a text or CSV export, for showing on screen."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return handle.read(limit)
