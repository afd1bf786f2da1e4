"""The register's container holds only what its Containerfile copies, and no Qt or audio: the
files it copies run `register device add` and answer `register serve --help` that way."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import ROOT

CONTAINERFILE = ROOT / "packaging" / "register" / "Containerfile"
# Imports that fail inside the container (these wheels are not installed there).
BLOCKED = ("PySide6", "shiboken6", "pyaudio")


def _copy_as_the_containerfile_does(target: Path) -> None:
    for line in CONTAINERFILE.read_text("utf-8").splitlines():
        if not line.startswith("COPY "):
            continue
        *sources, dest = line.split()[1:]
        for source in sources:
            if source == "requirements.txt":
                continue
            destination = target / dest.removeprefix("./")
            path = ROOT / source
            if path.is_dir():
                shutil.copytree(path, destination, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                if dest.endswith("/"):
                    destination = destination / path.name
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, destination)


def test_the_register_runs_from_the_container_files_without_qt(tmp_path: Path) -> None:
    app = tmp_path / "opt"
    _copy_as_the_containerfile_does(app)
    block = "; ".join(f"sys.modules[{name!r}] = None" for name in BLOCKED)
    runner = (
        f"import runpy, sys; {block}; sys.path.insert(0, {str(app)!r}); "
        f"sys.argv = ['main.py', *sys.argv[1:]]; "
        f"runpy.run_path({str(app / 'main.py')!r}, run_name='__main__')"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    for args in (
        ["register", "serve", "--help"],
        ["register", "device", "add", "room-1", "--db", db],
    ):
        result = subprocess.run(
            [sys.executable, "-I", "-c", runner, *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
