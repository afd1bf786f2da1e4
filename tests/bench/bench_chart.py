"""Chart drawing benchmark: a 500-point XmR chart built and painted by the real ChartPanel.

Goal (issue 4): under 50 ms. Times `show_model` (series built) plus one full paint of the chart
view into a pixmap, offscreen, at 1600x600. Writes bench-results/chart.json.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "50"))
POINTS = 500


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.spc import PointIn, analyse
    from screens.chart_view import ChartPanel
    from screens.presenters.chart import chart_model

    app = QApplication([])
    rng = random.Random(3)
    values = [rng.gauss(50, 5) + (8 if i > 300 else 0) for i in range(POINTS)]
    values[120] = 90
    analysis = analyse(
        [PointIn(v, period=str(i + 1)) for i, v in enumerate(values)],
        chart="i",
        splits=[300],
        direction="up",
        target=55,
    )
    model = chart_model(analysis, title="Bench", unit="minutes")
    panel = ChartPanel("bench")
    panel.resize(1600, 600)
    panel.show()
    app.processEvents()
    times: list[float] = []
    for _ in range(RUNS + 3):
        start = time.perf_counter()
        panel.show_model(model)
        panel.view.grab()
        times.append((time.perf_counter() - start) * 1000)
    times = times[3:]
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "points": POINTS,
        "runs": RUNS,
        "draw_median_ms": round(statistics.median(times), 2),
        "draw_p99_ms": round(p99(times), 2),
    }
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    (work / "chart.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
