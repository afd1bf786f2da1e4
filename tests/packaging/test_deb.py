"""The Debian package: what it installs where, its unit (Restart=, WatchdogSec=, Type=notify
under cage on tty1), its maintainer scripts, and systemd-analyze's opinion of the units."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, VERSION


def unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read_string(path.read_text("utf-8"))
    return parser


def test_the_kiosk_unit_restarts_crashes_and_freezes() -> None:
    service = unit(ROOT / "packaging" / "qspace-kiosk.service")["Service"]
    assert service["Type"] == "notify"
    assert service["NotifyAccess"] == "all"  # the kiosk is cage's child, not the main process
    assert service["Restart"] == "always"  # cage exits 0 when the kiosk dies
    assert int(service["WatchdogSec"]) > 0
    assert service["ExecStart"].startswith("/usr/bin/cage ")
    assert service["ExecStart"].endswith("-- /opt/qspace-kiosk/qspace-kiosk --kiosk")
    assert service["User"] == "qspace"
    assert service["StateDirectoryMode"] == "0700"
    conflicts = unit(ROOT / "packaging" / "qspace-kiosk.service")["Unit"]["Conflicts"]
    assert "getty@tty1.service" in conflicts
    assert "display-manager.service" in conflicts


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="no systemd-analyze here")
@pytest.mark.parametrize(
    "name", ["qspace-kiosk.service", "register/qspace-register.service"], ids=["kiosk", "register"]
)
def test_systemd_analyze_verify_accepts_the_units(name: str, tmp_path: Path) -> None:
    # verify checks that ExecStart's program exists: stand-ins in a scratch root's place.
    copy = tmp_path / Path(name).name
    text = (ROOT / "packaging" / name).read_text("utf-8")
    stand_in = tmp_path / "qspace-kiosk"
    stand_in.write_text("#!/bin/sh\n", "utf-8")
    stand_in.chmod(0o755)
    copy.write_text(text.replace("/opt/qspace-kiosk/qspace-kiosk", str(stand_in)), "utf-8")
    if "cage" in text and not shutil.which("cage"):
        pytest.skip("cage is not installed here")
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(copy)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        # Not about the unit: this machine may have no running systemd.
        if line.strip() and "System has not been booted with systemd" not in line
    ]
    assert result.returncode == 0, problems
    assert problems == []


@pytest.mark.slow
def test_the_deb_installs_the_bundle_unit_user_and_data_directory(deb: Path) -> None:
    info = subprocess.run(
        ["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: qspace-kiosk" in info
    assert f"Version: {VERSION}" in info
    assert "Architecture: amd64" in info
    assert "cage" in info
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/qspace-kiosk/qspace-kiosk",
        "./opt/qspace-kiosk/_internal/kiosk/migrations/env.py",
        "./lib/systemd/system/qspace-kiosk.service",
        "./etc/pam.d/qspace-kiosk",
        "./usr/bin/qspace-kiosk -> /opt/qspace-kiosk/qspace-kiosk",
    ):
        assert path in contents, path
    control = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    assert b"adduser --system" in control
    assert b"chmod 0700 /var/lib/qspace-kiosk" in control
    unit_text = subprocess.run(
        f"dpkg-deb --fsys-tarfile '{deb}' | tar -xO ./lib/systemd/system/qspace-kiosk.service",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "WatchdogSec=" in unit_text
    assert "Restart=always" in unit_text
