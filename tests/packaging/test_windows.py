"""The Windows pieces, checked where no Windows machine is: Debian's makensis compiles the
installer script against a stand-in bundle, and the Shell Launcher v2 configuration validates
against the schema written from Microsoft's documentation (packaging/windows/*.xsd)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, VERSION

WINDOWS = ROOT / "packaging" / "windows"


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (Debian's nsis) not installed")
def test_makensis_compiles_the_installer(tmp_path: Path) -> None:
    bundle = tmp_path / "qspace-kiosk"
    (bundle / "_internal" / "assets").mkdir(parents=True)
    (bundle / "qspace-kiosk.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "assets" / "theme.qss").write_text("/* stand-in */", "utf-8")
    out = tmp_path / f"qspace-kiosk-{VERSION}-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",  # warnings are errors
            f"-DVERSION={VERSION}",
            f"-DBUNDLE={bundle}",
            f"-DOUTFILE={out}",
            str(WINDOWS / "qspace-kiosk.nsi"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


@pytest.mark.skipif(not shutil.which("xmllint"), reason="xmllint not installed")
def test_the_shell_launcher_configuration_matches_its_schema() -> None:
    result = subprocess.run(
        [
            "xmllint",
            "--noout",
            "--schema",
            str(WINDOWS / "shell-launcher.xsd"),
            str(WINDOWS / "shell-launcher.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not shutil.which("xmllint"), reason="xmllint not installed")
def test_the_schema_refuses_a_config_naming_a_missing_profile(tmp_path: Path) -> None:
    text = (WINDOWS / "shell-launcher.xml").read_text("utf-8")
    broken = tmp_path / "broken.xml"
    # The Config's reference (the second Profile Id) names a profile that does not exist.
    first = text.index('<Profile Id="{5B2E8E57') + len('<Profile Id="{5B2E8E57')
    rest = text[first:].replace('Profile Id="{5B2E8E57', 'Profile Id="{00000000')
    broken.write_text(text[:first] + rest, "utf-8")
    result = subprocess.run(
        ["xmllint", "--noout", "--schema", str(WINDOWS / "shell-launcher.xsd"), str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "keyref" in result.stderr


def test_the_kiosk_is_the_shell_and_every_exit_restarts_it() -> None:
    text = (WINDOWS / "shell-launcher.xml").read_text("utf-8")
    assert 'Shell="%ProgramFiles%\\Qspace Kiosk\\qspace-kiosk.exe --kiosk"' in text
    assert '<DefaultAction Action="RestartShell"/>' in text
    assert '<Account Name="qspace-kiosk"/>' in text
