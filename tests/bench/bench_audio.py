"""Audio benchmark: how long the caller waits, and how soon frames and chimes come through.

Run by hand or by `make bench`: `.venv/bin/python tests/bench/bench_audio.py` (BENCH_RUNS
changes the count). It starts a private PulseAudio with a null sink (installer/start-pulse.sh)
and, per run, a fresh devices.audio.PyAudioPort:

- the time the caller spends in PyAudioPort(), play() and close() (goal: under 1 ms for the
  first two: audio never blocks the GUI thread);
- cold start: from creating the port to the first input frame (child-process probe, PortAudio
  start-up, opening the stream);
- warm start: from start_meter on a running port to the first frame;
- chime latency: from play() to the first loud frame heard on the monitor.

Prints JSON and writes bench-results/audio.json. Not a pass/fail test.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from devices.audio import PyAudioPort  # noqa: E402 - after the path is set
from kiosk.ports import Sound  # noqa: E402
from tests.pulse import start_pulse, stop_pulse  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "21"))
WAIT = 5.0


def summary(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "median_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[min(len(times) - 1, round(0.99 * (len(times) - 1)))], 3),
        "max_ms": round(times[-1], 3),
    }


def one_run(samples: dict[str, list[float]]) -> None:
    first = threading.Event()
    loud = threading.Event()

    def on_level(level: float) -> None:
        first.set()
        if level > 0.05:
            loud.set()

    started = time.perf_counter()
    port = PyAudioPort()
    samples["PyAudioPort() on the caller"].append((time.perf_counter() - started) * 1000)
    port.start_meter(on_level, lambda _active: None)
    if not first.wait(WAIT):
        raise SystemExit(f"no input frame: {port.unavailable_reason}")
    samples["cold start: port created to first frame"].append(
        (time.perf_counter() - started) * 1000
    )
    port.stop_meter()
    first.clear()
    started = time.perf_counter()
    port.start_meter(on_level, lambda _active: None)
    if not first.wait(WAIT):
        raise SystemExit(f"no input frame: {port.unavailable_reason}")
    samples["warm start: start_meter to first frame"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    port.play(Sound.CHIME_ONE_MINUTE)
    samples["play() on the caller"].append((time.perf_counter() - started) * 1000)
    if not loud.wait(WAIT):
        raise SystemExit(f"chime not heard: {port.unavailable_reason}")
    samples["chime latency: play() to heard on the input"].append(
        (time.perf_counter() - started) * 1000
    )
    started = time.perf_counter()
    port.close()
    samples["close() on the caller (while a chime plays)"].append(
        (time.perf_counter() - started) * 1000
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="qspace-bench-pulse-") as directory:
        server = start_pulse(Path(directory))
        os.environ.update(server.env)
        samples: dict[str, list[float]] = {}
        try:
            for name in (
                "PyAudioPort() on the caller",
                "cold start: port created to first frame",
                "warm start: start_meter to first frame",
                "play() on the caller",
                "chime latency: play() to heard on the input",
                "close() on the caller (while a chime plays)",
            ):
                samples[name] = []
            for _ in range(RUNS):
                one_run(samples)
        finally:
            stop_pulse(server)
    report = {
        "runs": RUNS,
        "results": {name: summary(times) for name, times in samples.items()},
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    text = json.dumps(report, indent=2)
    sys.stdout.write(text + "\n")
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    (work / "audio.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
