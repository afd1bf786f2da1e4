"""Chart engine benchmark: analysing 10,000 points as an i chart and as a p chart.

Run by hand: `.venv/bin/python tests/bench/bench_spc.py` (BENCH_POINTS, BENCH_RUNS and
BENCH_SEED change the sizes). Each run calls `kiosk.spc.analyse` on the same series with the
Anhøj quantile cache cleared, so every run pays for the whole analysis. It also times reading
every per-point result once (which the engine builds on first access) and a worst case: data
far more variable than the limits expect, with thousands of signals. The goal is a median and
p99 under 20 ms for the plain analysis. Prints JSON and writes bench-results/spc.json.
Not a pass/fail test.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import spc  # noqa: E402 - after the path is set
from kiosk.spc import PointIn, analyse  # noqa: E402

POINTS = int(os.environ.get("BENCH_POINTS", "10000"))
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
SEED = int(os.environ.get("BENCH_SEED", "1"))
GOAL_MS = 20.0


def individuals(rng: random.Random) -> list[PointIn]:
    """Waiting times around 50 minutes with a step down to 45 half way (a real shift)."""
    return [
        PointIn(round(rng.gauss(50 if i < POINTS // 2 else 45, 4), 1), period=f"day {i + 1}")
        for i in range(POINTS)
    ]


def proportions(rng: random.Random) -> list[PointIn]:
    """Binomial counts out of 80 to 120 patients a day, about 10% of them."""
    rows = []
    for i in range(POINTS):
        n = rng.randint(80, 120)
        x = sum(1 for _ in range(n) if rng.random() < 0.1)
        rows.append(PointIn(x, n, period=f"day {i + 1}"))
    return rows


def overdispersed(rng: random.Random) -> list[PointIn]:
    """Counts far more variable than binomial: many points outside and near the limits."""
    rows = []
    for _ in range(POINTS):
        n = rng.randint(80, 120)
        rows.append(PointIn(rng.randint(0, n // 5), n))
    return rows


def timed(job: Callable[[], object]) -> dict[str, float]:
    for _ in range(5):  # warm up
        job()
    times = []
    gc.collect()
    for _ in range(RUNS):
        spc._qbinom_05.cache_clear()
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[min(len(times) - 1, round(0.99 * (len(times) - 1)))], 3),
        "max_ms": round(times[-1], 3),
    }


def main() -> int:
    rng = random.Random(SEED)
    i_points, p_points, wild = individuals(rng), proportions(rng), overdispersed(rng)

    def read_all(points: list[PointIn], chart: spc.ChartKind) -> object:
        return [p.point_type for p in analyse(points, chart=chart).points]

    results = {
        "i chart": timed(lambda: analyse(i_points, chart="i", direction="down")),
        "p chart": timed(lambda: analyse(p_points, chart="p")),
        "run chart": timed(lambda: analyse(i_points, chart="run")),
        "i chart + reading every point": timed(lambda: read_all(i_points, "i")),
        "p chart + reading every point": timed(lambda: read_all(p_points, "p")),
        "p chart, overdispersed (worst case)": timed(lambda: analyse(wild, chart="p")),
    }
    signals = {
        "i chart": sum(1 for p in analyse(i_points, chart="i").points if p.signals),
        "p chart": sum(1 for p in analyse(p_points, chart="p").points if p.signals),
        "p chart, overdispersed (worst case)": sum(
            1 for p in analyse(wild, chart="p").points if p.signals
        ),
    }
    report = {
        "points": POINTS,
        "runs": RUNS,
        "seed": SEED,
        "goal_ms": GOAL_MS,
        "results": results,
        "points_with_signals": signals,
        "meets_goal": all(results[k]["p99_ms"] < GOAL_MS for k in ("i chart", "p chart")),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    text = json.dumps(report, indent=2)
    sys.stdout.write(text + "\n")
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    (work / "spc.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
