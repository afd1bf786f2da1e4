"""The real kiosk under systemd's notify protocol: a real AF_UNIX datagram socket stands in for
systemd. READY=1 arrives once the first screen painted, WATCHDOG=1 pings keep coming while the
GUI thread runs, and none come while the GUI thread is blocked (the process still alive)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.watchdog import FREEZE_FILE_ENV, sd_notify, watchdog_interval_ms

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    sock.settimeout(0.2)
    yield sock
    sock.close()


def receive(sock: socket.socket, seconds: float) -> list[tuple[float, str]]:
    """Every datagram that arrives within `seconds`, with its arrival time."""
    end = time.monotonic() + seconds
    got = []
    while time.monotonic() < end:
        try:
            data = sock.recv(4096)
        except TimeoutError:
            continue
        got.append((time.monotonic(), data.decode()))
    return got


def wait_for(sock: socket.socket, prefix: str, seconds: float) -> tuple[float, list[str]]:
    """Wait for a datagram starting with `prefix`; return when it came and what came before."""
    end = time.monotonic() + seconds
    seen = []
    while time.monotonic() < end:
        try:
            data = sock.recv(4096).decode()
        except TimeoutError:
            continue
        if data.startswith(prefix):
            return time.monotonic(), seen
        seen.append(data)
    pytest.fail(f"no {prefix!r} within {seconds} s (got {seen})")


def test_sd_notify_is_silent_without_a_socket() -> None:
    assert sd_notify("READY=1", environ={}) is False


def test_the_interval_is_half_the_watchdog_timeout_and_only_for_this_process() -> None:
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000"}) == 15000
    assert watchdog_interval_ms({}) is None
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    for pid in (os.getpid(), os.getppid()):  # the kiosk itself, or cage, its parent
        env = {"WATCHDOG_USEC": "1000000", "WATCHDOG_PID": str(pid)}
        assert watchdog_interval_ms(env) == 500


def test_sd_notify_reaches_an_abstract_socket() -> None:
    name = f"qspace-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert sd_notify("WATCHDOG=1", environ={"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(100) == b"WATCHDOG=1"


@pytest.mark.slow
def test_ready_after_paint_pings_while_running_none_while_frozen(
    notify_socket: socket.socket, tmp_path: Path, db_url: str
) -> None:
    freeze = tmp_path / "freeze"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": notify_socket.getsockname(),
        "WATCHDOG_USEC": "400000",  # a ping every 200 ms
        FREEZE_FILE_ENV: str(freeze),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    process = subprocess.Popen(
        # The attract loop first, as at boot (its slides cover the screen widget entirely).
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "--kiosk"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _, before = wait_for(notify_socket, "READY=1", 60)
        assert before == [], "a ping came before READY"
        pings = [m for _, m in receive(notify_socket, 2.0) if m == "WATCHDOG=1"]
        assert len(pings) >= 5, pings  # ~10 expected in 2 s
        freeze.touch()
        receive(notify_socket, 0.5)  # a ping already on its way may still arrive
        frozen = receive(notify_socket, 2.0)
        assert process.poll() is None, "the kiosk exited instead of freezing"
        assert frozen == [], frozen
    finally:
        process.kill()
        _, stderr = process.communicate(timeout=30)
    assert b"Traceback" not in stderr, stderr.decode()
