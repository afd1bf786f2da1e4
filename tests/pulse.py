"""A private PulseAudio with a null sink for the audio tests (installer/start-pulse.sh)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "start-pulse.sh"


@dataclass(frozen=True)
class PulseServer:
    """A running server: its directory, the environment its clients need, and its pid."""

    directory: Path
    env: dict[str, str]

    @property
    def pid(self) -> int:
        return int((self.directory / "run" / "pid").read_text().strip())


def start_pulse(directory: Path) -> PulseServer:
    """Start (or reuse) the server in `directory`; fails the test run if it cannot."""
    done = subprocess.run(
        [str(SCRIPT), str(directory)], capture_output=True, text=True, timeout=30, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"installer/start-pulse.sh failed: {done.stderr.strip()}")
    env = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    return PulseServer(directory, env)


def stop_pulse(server: PulseServer) -> None:
    """Stop the server this run started in its directory."""
    subprocess.run(
        [str(SCRIPT), "--stop", str(server.directory)], capture_output=True, timeout=30, check=False
    )
