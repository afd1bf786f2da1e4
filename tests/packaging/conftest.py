"""The built package, tried as the room PC would run it. `make package-test` builds it first
(`make package`) and sets QSPACE_PACKAGE_REQUIRED=1, so that a missing bundle fails there;
elsewhere (a plain `pytest tests/`) these tests skip when nothing was built."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "qspace-kiosk" / "qspace-kiosk"
VERSION = re.search(r'__version__ = "(.*)"', (ROOT / "kiosk" / "__init__.py").read_text())[1]  # type: ignore[index]
DEB = DIST / f"qspace-kiosk_{VERSION}_amd64.deb"


def _need(path: Path) -> Path:
    if not path.exists():
        message = f"{path.relative_to(ROOT)} is not built: run `make package`"
        if os.environ.get("QSPACE_PACKAGE_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/qspace-kiosk/qspace-kiosk."""
    return _need(BUNDLE)


@pytest.fixture(scope="session")
def deb() -> Path:
    """dist/qspace-kiosk_<version>_amd64.deb."""
    return _need(DEB)
