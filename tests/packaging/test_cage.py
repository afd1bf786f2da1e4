"""The packaged kiosk under cage, as the .deb's unit runs it, on cage's headless backend (no
screen, no GPU: wlroots' pixman renderer): a stand-in for systemd's notify socket gets READY=1
once the first screen is painted on the Wayland output, then watchdog pings."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("cage"), reason="cage is not installed"),
    pytest.mark.skipif(not shutil.which("Xwayland"), reason="cage 0.1.4 needs Xwayland"),
]


def _as_unprivileged() -> tuple[list[str], pwd.struct_passwd | None]:
    """cage refuses to run as root: as root, run it as nobody (setpriv)."""
    if os.geteuid() != 0:
        return [], None
    nobody = pwd.getpwnam("nobody")
    return [
        "setpriv",
        f"--reuid={nobody.pw_uid}",
        f"--regid={nobody.pw_gid}",
        "--clear-groups",
    ], nobody


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A directory the unprivileged user can reach (pytest's own tmp is root's only)."""
    path = Path(tempfile.mkdtemp(prefix="qspace-cage-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_ready_and_pings_under_cage_headless(bundle: Path, scratch: Path) -> None:
    tmp_path = scratch
    x11 = Path("/tmp/.X11-unix")
    prefix, user = _as_unprivileged()
    if x11.exists() and x11.stat().st_uid not in (0, user.pw_uid if user else os.geteuid()):
        pytest.skip("/tmp/.X11-unix belongs to another user: cage's Xwayland cannot start")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    notify = runtime / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(notify))
    sock.settimeout(0.5)
    if user is not None:
        for path in (tmp_path, runtime, home, notify):
            os.chown(path, user.pw_uid, user.pw_gid)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "QT_QPA_PLATFORM": "wayland",
        "NOTIFY_SOCKET": str(notify),
        "WATCHDOG_USEC": "1000000",
    }
    log = tmp_path / "cage.log"
    with log.open("w") as out:
        cage = subprocess.Popen(
            [*prefix, "cage", "-d", "--", str(bundle), "--kiosk"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    got: list[str] = []
    try:
        end = time.monotonic() + 120
        while time.monotonic() < end and cage.poll() is None:
            try:
                got.append(sock.recv(4096).decode())
            except TimeoutError:
                continue
            if got.count("WATCHDOG=1") >= 3:
                break
    finally:
        cage.terminate()
        try:
            cage.wait(timeout=20)
        except subprocess.TimeoutExpired:
            cage.kill()
            cage.wait(timeout=20)
        sock.close()
    tail = log.read_text(errors="replace")[-2000:]
    assert got, f"nothing on the notify socket; cage said:\n{tail}"
    assert got[0].startswith("READY=1"), got
    assert got.count("WATCHDOG=1") >= 3, (got, tail)
