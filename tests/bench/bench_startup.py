"""Start-up benchmark: `--screen home --exit-after-paint` on 100,000 people vs a bare window.

Run with `make bench`. Each run is a fresh process; the kiosk reads a complete config file, as
a room's does. Two times are taken for both, the same way:
the first paint (the wall clock each process reads as its first paint is done, less the one
read just before it was launched) and the whole process, launch to exit. Goal (issue 13): first
paint under 2x the bare window's. Prints medians and p99s, and writes bench-results/startup.json.
It also times `--exit-when-ready` (the database open and the home screen's figures loaded),
which the first paint does not wait for.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "100000"))
VISITS = int(os.environ.get("BENCH_VISITS", "1000000"))
PACKAGES = ("main.py", "app", "kiosk", "screens", "devices", "sync")

PAINTED = "first paint at "
# The bare window: one label, quitting after its first paint (and saying when that was).
BARE = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Home")
window.setCentralWidget(label)
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("{PAINTED}" + repr(time.time()), file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
quit_filter = Quit()
label.installEventFilter(quit_filter)
window.resize(1440, 900)
window.show()
sys.exit(app.exec())
"""
# The kiosk as `main.py` runs it; `--exit-after-paint` leaves (app.exit) once its first screen
# has painted, and this says when that was. Nothing else differs from `python main.py ...`.
KIOSK = f"""
import runpy, sys, time
from PySide6.QtWidgets import QApplication
leave = QApplication.exit
def said_exit(*args):
    print("{PAINTED}" + repr(time.time()), file=sys.stderr, flush=True)
    return leave(*args)
QApplication.exit = staticmethod(said_exit)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the first paint, and to the process's exit."""
    start = time.time()
    done = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
    ended = time.time()
    painted = [line for line in done.stderr.splitlines() if line.startswith(PAINTED)]
    paint = float(painted[0][len(PAINTED) :]) - start if painted else float("nan")
    return paint, ended - start


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    db = work / f"startup-{PEOPLE}.sqlite3"
    url = f"sqlite:///{db}"
    if not db.exists():
        sys.stdout.write(f"Filling {db.name} with {PEOPLE} people and {VISITS} visits...\n")
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "demo",
                "--db",
                url,
                "--people",
                str(PEOPLE),
                "--visits",
                str(VISITS),
            ],
            check=True,
            env=env,
        )
        sys.stdout.write(f"  demo fill took {time.perf_counter() - start:.1f} s\n")
        # The first start seeds nothing more on a filled database but marks it initialised.
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                url,
                "--screen",
                "home",
                "--exit-after-paint",
            ],
            check=True,
            env=env,
        )
    # Timed as installed: the package ships the kiosk's modules compiled (PyInstaller), and a
    # plain install writes their bytecode at the first start. A checkout on a machine that
    # sets PYTHONDONTWRITEBYTECODE (CI does) would compile all of them at every start, some
    # 100 ms the room PC never spends.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *PACKAGES],
        cwd=ROOT,
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    # A room's config file, complete, as the set-up writes it (reading it is part of a start).
    sys.path.insert(0, str(ROOT))
    from kiosk.config import Settings, dump_settings

    config = work / "startup-config.toml"
    config.write_text(dump_settings(Settings()), encoding="utf-8")
    kiosk_args = [str(ROOT / "main.py"), "--config", str(config), "--db", url, "--screen", "home"]
    kiosk_cmd = [sys.executable, "-c", KIOSK, *kiosk_args, "--exit-after-paint"]
    ready_cmd = [sys.executable, *kiosk_args, "--exit-when-ready"]
    bare_cmd = [sys.executable, "-c", BARE]
    for cmd in (kiosk_cmd, ready_cmd, bare_cmd):
        timed(cmd, env)  # warm the file cache
    kiosk: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    ready: list[float] = []
    for _ in range(RUNS):
        kiosk.append(timed(kiosk_cmd, env))
        ready.append(timed(ready_cmd, env)[1])
        bare.append(timed(bare_cmd, env))

    def figures(values: list[float]) -> dict[str, float]:
        return {
            "median_s": round(statistics.median(values), 3),
            "p99_s": round(p99(values), 3),
        }

    paint = {"kiosk": figures([k[0] for k in kiosk]), "bare": figures([b[0] for b in bare])}
    process = {"kiosk": figures([k[1] for k in kiosk]), "bare": figures([b[1] for b in bare])}
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "runs": RUNS,
        "people": PEOPLE,
        "visits": VISITS,
        "first_paint": {
            **paint,
            "ratio": round(paint["kiosk"]["median_s"] / paint["bare"]["median_s"], 2),
        },
        "launch_to_exit": {
            **process,
            "ratio": round(process["kiosk"]["median_s"] / process["bare"]["median_s"], 2),
        },
        "ready": figures(ready),
    }
    (work / "startup.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
