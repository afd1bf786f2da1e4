"""Showcase soak benchmark: 10,000 slide rotations of the real AV loop, offscreen, 1920x1080.

Goal (issue 5): RSS grows by less than 10 MB over the run, and each slide renders in under
16 ms. The loop runs through the real ShowcasePlayer (scheduler read on the worker, proof of
play logged) with slides of zero seconds; "render" is the slide laid out (show_slide) plus one
full paint of the 1920x1080 view into a pixmap. RSS is read from /proc after a warm-up of 500
rotations and at the end. Writes bench-results/showcase.json.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
ROTATIONS = int(os.environ.get("BENCH_ROTATIONS", "10000"))
WARM_UP = 500


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from kiosk.config import Settings
    from kiosk.db import Store, make_engine, migrate
    from kiosk.demo import fill_demo
    from kiosk.operations import Operations
    from kiosk.ops_handle import OpsHandle
    from screens.base import ScreenContext
    from screens.i18n import Languages
    from screens.showcase_player import ShowcasePlayer
    from screens.worker import TaskRunner

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="qspace-bench-showcase-"))
    engine = make_engine(f"sqlite:///{folder / 'room.sqlite3'}")
    migrate(engine)
    now = datetime.now(UTC)
    store = Store(engine)
    with store.begin() as session:
        fill_demo(session, seed=1, people=1000, visits=5000, now=now)
    ops = Operations(store, clock=lambda: datetime.now(UTC))
    runner = TaskRunner(start=True)
    languages = Languages(app)
    ctx = ScreenContext(
        ops=OpsHandle(lambda: ops),
        runner=runner,
        languages=languages,
        notify=lambda _t, _k: None,
        navigate=lambda _t: None,
        settings=lambda: Settings(),
        now=lambda: datetime.now(UTC),
    )
    player = ShowcasePlayer(ctx, "av", screen_name=lambda: "bench", language=lambda: "cy")
    player.ms_per_second = 0
    player.resize(1920, 1080)
    player.show()
    app.processEvents()
    render_ms: list[float] = []
    kinds: dict[str, int] = {}
    rss: dict[str, float] = {}
    loop = QEventLoop()

    def on_showing(showing: object) -> None:
        started = time.perf_counter()
        player.view.grab()
        render_ms.append(player.last_draw_ms + (time.perf_counter() - started) * 1000)
        kind = getattr(showing, "kind", "?")
        kinds[kind] = kinds.get(kind, 0) + 1
        count = len(render_ms)
        if count == WARM_UP:
            gc.collect()
            rss["after_warm_up"] = rss_mb()
        if count >= ROTATIONS:
            player.stop()
            loop.quit()

    player.showing_started.connect(on_showing)
    begun = time.perf_counter()
    player.start()
    loop.exec()
    elapsed = time.perf_counter() - begun
    runner.wait_idle()
    gc.collect()
    rss["end"] = rss_mb()
    timed = render_ms[WARM_UP:]
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "rotations": len(render_ms),
        "slide_kinds": kinds,
        "size": "1920x1080",
        "render_median_ms": round(statistics.median(timed), 2),
        "render_p99_ms": round(p99(timed), 2),
        "render_max_ms": round(max(timed), 2),
        "rss_after_warm_up_mb": round(rss["after_warm_up"], 1),
        "rss_end_mb": round(rss["end"], 1),
        "rss_growth_mb": round(rss["end"] - rss["after_warm_up"], 1),
        "seconds": round(elapsed, 1),
    }
    runner.shutdown()
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    (work / "showcase.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
