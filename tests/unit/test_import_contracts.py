"""The import contracts cover whole packages: a new module that breaks a layer rule fails
`lint-imports` with no edit to pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "kiosk", "screens", "devices", "sync")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _copy(tmp_path: Path) -> Path:
    """A throwaway copy of the source packages and pyproject.toml (no tests, no assets)."""
    copy = tmp_path / "checkout"
    copy.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, copy / package, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def _lint(copy: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=copy,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_checkout_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("kiosk/newcomer.py", "import PySide6.QtCore\n", "never import Qt"),
        ("kiosk/newcomer.py", "import screens.widgets\n", "Layers"),
        ("screens/presenters/newcomer.py", "from PySide6 import QtCore\n", "plain Python"),
        ("sync/newcomer.py", "import screens.base\n", "Layers"),
        ("devices/newcomer.py", "import sync.client\n", "Layers"),
        ("kiosk/services/newcomer.py", "import app.wiring\n", "Layers"),
        ("screens/newcomer.py", "import sqlalchemy\n", "no SQLAlchemy"),
    ],
)
def test_a_new_module_that_breaks_a_rule_fails(
    tmp_path: Path, module: str, source: str, contract: str
) -> None:
    copy = _copy(tmp_path)
    (copy / module).write_text(f'"""A newcomer."""\n\n{source}', encoding="utf-8")
    result = _lint(copy)
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout
