"""Where exports go (a USB drive, else the kiosk's exports folder) and the Exports list."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from kiosk.export_files import (
    ExportPlace,
    delete_export,
    export_place,
    free_path,
    keep_private,
    list_exports,
)


def test_a_writable_drive_is_chosen_before_the_exports_folder(tmp_path: Path) -> None:
    roots = tmp_path / "media"
    (roots / "QSPACE").mkdir(parents=True)
    place = export_place(tmp_path / "exports", [roots], system=False)
    assert place == ExportPlace(roots / "QSPACE", "QSPACE")
    assert place.on_drive
    assert not (tmp_path / "exports").exists()


def test_without_a_drive_the_exports_folder_is_made_owner_only(tmp_path: Path) -> None:
    place = export_place(tmp_path / "exports", [tmp_path / "no-drives-here"], system=False)
    assert place == ExportPlace(tmp_path / "exports", "")
    assert not place.on_drive
    if sys.platform != "win32":
        assert stat.S_IMODE((tmp_path / "exports").stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX modes, not root")
def test_a_read_only_drive_is_passed_over(tmp_path: Path) -> None:
    roots = tmp_path / "media"
    stick = roots / "LOCKED"
    stick.mkdir(parents=True)
    stick.chmod(0o500)
    try:
        place = export_place(tmp_path / "exports", [roots], system=False)
    finally:
        stick.chmod(0o700)
    assert place.folder == tmp_path / "exports"


def test_an_export_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    assert free_path(tmp_path, "chart.png") == tmp_path / "chart.png"
    (tmp_path / "chart.png").write_bytes(b"1")
    (tmp_path / "chart-2.png").write_bytes(b"2")
    assert free_path(tmp_path, "chart.png") == tmp_path / "chart-3.png"


def test_files_kept_on_the_kiosk_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "roll-call.pdf"
    keep_private(ExportPlace(tmp_path), path)
    assert path.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    on_stick = tmp_path / "stick.pdf"
    keep_private(ExportPlace(tmp_path, "QSPACE"), on_stick)
    assert not on_stick.exists()  # a drive's file system decides for itself


def test_the_list_is_newest_first_with_kinds_and_no_half_written_files(tmp_path: Path) -> None:
    for name, when in (("old.csv", 1_000_000), ("new.png", 3_000_000), ("mid.pdf", 2_000_000)):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (when, when))
    (tmp_path / "half.csv.part").write_bytes(b"x")
    (tmp_path / ".hidden").write_bytes(b"x")
    (tmp_path / "folder").mkdir()
    files = list_exports(tmp_path)
    assert [(f.name, f.kind) for f in files] == [
        ("new.png", "image"),
        ("mid.pdf", "pdf"),
        ("old.csv", "csv"),
    ]
    assert list_exports(tmp_path / "missing") == []


def test_delete_takes_a_name_in_the_folder_only(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "a.csv").write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    delete_export(exports, "a.csv")
    assert not (exports / "a.csv").exists()
    delete_export(exports, "a.csv")  # already gone: no error
    for bad in ("../outside.txt", "", "..", str(tmp_path / "outside.txt")):
        with pytest.raises(ValueError):  # noqa: PT011 - the message is the name itself
            delete_export(exports, bad)
    assert (tmp_path / "outside.txt").exists()
