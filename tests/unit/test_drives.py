"""Removable drives: found under the configured roots, listed once, files filtered."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.drives import files_on, removable_drives, roots_from_setting


def test_drives_under_a_configured_root_are_listed_once_with_their_files(tmp_path: Path) -> None:
    root = tmp_path / "media"
    stick = root / "QSPACE USB"
    (stick / "calendars").mkdir(parents=True)
    (stick / ".Trash-1000").mkdir()
    (stick / ".Trash-1000" / "old.ics").write_text("x")
    (stick / "calendars" / "Digwyddiadau.ICS").write_text("x")
    (stick / "staff.csv").write_text("x")
    (stick / "photo.jpg").write_text("x")
    (root / "not-a-drive.txt").write_text("x")

    setting = os.pathsep.join([str(root), str(root)])
    drives = removable_drives(roots_from_setting(setting), system=False)

    assert [d.label for d in drives] == ["QSPACE USB"]
    assert drives[0].writable
    names = [p.name for p in files_on(drives[0], (".ics", ".csv"))]
    assert names == ["Digwyddiadau.ICS", "staff.csv"]


def test_a_missing_root_lists_no_drive(tmp_path: Path) -> None:
    assert removable_drives([tmp_path / "absent"], system=False) == []
    assert roots_from_setting("") == []
