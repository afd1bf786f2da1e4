"""People search benchmark: 500 random prefixes on 100,000 people (SQLite FTS5).

Run by hand: `.venv/bin/python tests/bench/bench_search.py` (BENCH_PEOPLE, BENCH_QUERIES and
BENCH_SEED change the sizes). Each query runs through `Operations.search_people`, as the
check-in screen calls it: one transaction, the FTS page query, and the matches' departments.
For comparison it also times the LIKE search (catalogue.find_people) the FTS index replaces.
Prints median, p99 and max in ms and writes bench-results/search.json. Not a pass/fail test.
"""

from __future__ import annotations

import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import demo_content  # noqa: E402 - after the path is set
from kiosk.db import Store, make_engine, migrate  # noqa: E402
from kiosk.demo import fill_demo  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.services.catalogue import find_people  # noqa: E402

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "100000"))
QUERIES = int(os.environ.get("BENCH_QUERIES", "500"))
SEED = int(os.environ.get("BENCH_SEED", "1"))
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def database(work: Path) -> Store:
    """A migrated store with PEOPLE demo people, made once and reused."""
    path = work / f"search-{PEOPLE}.sqlite3"
    fresh = not path.exists()
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    store = Store(engine, clock=lambda: NOW)
    if fresh:
        started = time.perf_counter()
        with store.begin() as session:
            fill_demo(session, people=PEOPLE, visits=0, now=NOW)
        sys.stdout.write(f"filled {PEOPLE} people in {time.perf_counter() - started:.1f} s\n")
    return store


def queries(rng: random.Random) -> list[str]:
    """What people type: 2-6 letters of a first name, surname or department word, sometimes
    followed by the first letters of a second word."""
    departments = [w for pair in demo_content.DEPARTMENTS for w in " ".join(pair).split()]
    words = [*demo_content.FIRST_NAMES, *demo_content.SURNAMES, *departments]
    words = [w for w in words if len(w) >= 2]
    typed = []
    for _ in range(QUERIES):
        word = rng.choice(words)
        query = word[: rng.randint(2, min(6, len(word)))]
        if rng.random() < 0.2:
            query += " " + rng.choice(demo_content.SURNAMES)[: rng.randint(1, 3)]
        typed.append(query)
    return typed


def timed(search: Callable[[str], object], typed: list[str]) -> dict[str, float]:
    for query in typed[:20]:  # warm the page cache and the statement caches
        search(query)
    times = []
    for query in typed:
        started = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[min(len(times) - 1, round(0.99 * (len(times) - 1)))], 3),
        "max_ms": round(times[-1], 3),
    }


def main() -> int:
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    store = database(work)
    ops = Operations(store, clock=lambda: NOW)
    typed = queries(random.Random(SEED))

    def like(query: str) -> object:
        with store.begin() as session:
            return find_people(session, query=query)

    results = {
        "fts (search_people)": timed(ops.checkin.search_people, typed),
        "like (old find_people)": timed(like, typed),
    }
    for name, figures in results.items():
        sys.stdout.write(
            f"{name:24} median {figures['median_ms']:.2f} ms  p99 {figures['p99_ms']:.2f} ms  "
            f"max {figures['max_ms']:.2f} ms\n"
        )
    report = {
        "people": PEOPLE,
        "queries": len(typed),
        "seed": SEED,
        "results": results,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
    }
    (work / "search.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
