"""Sync benchmark over loopback, with the register in its own process (`main.py register serve`).

- push: 10,000 queued changes (new people) from a kiosk to the register (goal < 10 s);
- pull: 100,000 records (20,000 people, 80,000 visits) into an empty kiosk (goal < 60 s).
Reports totals and the median and p99 of the request round trips / page merges.
Run with `make bench`; writes bench-results/sync.json.
"""

from __future__ import annotations

import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PUSH = int(os.environ.get("BENCH_SYNC_PUSH", "10000"))
PULL = int(os.environ.get("BENCH_SYNC_PULL", "100000"))


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed_register(url: str, count: int, now: datetime) -> None:
    """Write `count` merged records straight into the register's tables (people, then visits)."""
    from sqlalchemy import insert

    from sync.register.store import RegCounter, RegisterStore, RegRecord, make_register_engine

    store = RegisterStore(make_register_engine(url))
    store.create()
    people = count // 5
    rng = random.Random(1)
    stamp = now.isoformat()
    version = f"{int(now.timestamp() * 1000):015d}.000000.{uuid.uuid4()}"
    person_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(people)]
    rows: list[dict[str, Any]] = []
    seq = 0

    def add(entity: str, entity_id: str, data: dict[str, Any]) -> None:
        nonlocal seq
        seq += 1
        rows.append(
            {
                "entity": entity,
                "entity_id": entity_id,
                "seq": seq,
                "version": version,
                "data": data,
                "versions": dict.fromkeys(data, version),
                "deleted": False,
                "origin_device_id": None,
            }
        )

    for index, person_id in enumerate(person_ids):
        add(
            "person",
            person_id,
            {
                "display_name": f"Visitor {index}",
                "email": None,
                "department_id": None,
                "role": None,
                "language": "en",
                "consent_display": True,
                "consent_contact": False,
                "consented_at": stamp,
                "search_key": f"visitor {index}",
                "created_at": stamp,
                "updated_at": stamp,
                "deleted": False,
            },
        )
    for index in range(count - people):
        checked_in = now - timedelta(minutes=index)
        add(
            "visit",
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            {
                "person_id": person_ids[index % people],
                "event_id": None,
                "checked_in_at": checked_in.isoformat(),
                "checked_out_at": (checked_in + timedelta(minutes=30)).isoformat(),
                "source": "touch",
                "created_at": stamp,
                "updated_at": stamp,
                "deleted": False,
            },
        )
    with store.engine.begin() as conn:
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(RegRecord), rows[start : start + 10_000])
        conn.execute(RegCounter.__table__.update().values(value=seq))  # type: ignore[attr-defined]
    store.engine.dispose()


class Register:
    """`main.py register serve` in a subprocess."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = subprocess.run(
            [sys.executable, "main.py", "register", "device", "add", f"bench-{uuid.uuid4()}",
             "--db", db],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip
        self.process = subprocess.Popen(
            [sys.executable, "main.py", "register", "serve", "--db", db, "--port", str(self.port)],
            cwd=ROOT, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        import requests

        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{self.url}/v1/health", timeout=1).raise_for_status()
                return
            except requests.RequestException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class TimedClient:
    """A RegisterClient that times each request."""

    def __init__(self, url: str, token: str) -> None:
        from sync.client import RegisterClient

        self.inner = RegisterClient(url, token)
        self.times: list[float] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)
        if name not in ("push", "pull"):
            return method

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.times.append(time.perf_counter() - start)

        return timed


def kiosk(path: Path) -> Any:
    from kiosk.db import Store, make_engine, migrate

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    return Store(engine)


def bench_push(work: Path, now: datetime) -> dict[str, Any]:
    from kiosk.models import Person
    from sync.engine import push_pending

    db = work / "sync-register-push.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    register = Register(f"sqlite:///{db}")
    try:
        store = kiosk(work / "sync-kiosk-push.sqlite3")
        for start in range(0, PUSH, 2000):
            with store.begin() as session:
                session.add_all(
                    Person(display_name=f"Visitor {i}", search_key=f"visitor {i}")
                    for i in range(start, min(start + 2000, PUSH))
                )
        client = TimedClient(register.url, register.token)
        began = time.perf_counter()
        report = push_pending(store, client, now=now)  # type: ignore[arg-type]
        total = time.perf_counter() - began
        assert report.sent == PUSH, report
        store.engine.dispose()
    finally:
        register.stop()
    return {
        "changes": PUSH,
        "seconds": round(total, 2),
        "changes_per_s": round(PUSH / total),
        "batch_ms_median": round(statistics.median(client.times) * 1000, 1),
        "batch_ms_p99": round(p99(client.times) * 1000, 1),
        "goal_s": 10,
    }


def bench_pull(work: Path, now: datetime) -> dict[str, Any]:
    from sqlalchemy import func, select

    from kiosk.models import Person, Visit
    from sync.engine import pull_all

    db = work / f"sync-register-pull-{PULL}.sqlite3"
    if not db.exists():
        seed_register(f"sqlite:///{db}", PULL, now)
    register = Register(f"sqlite:///{db}")
    try:
        store = kiosk(work / "sync-kiosk-pull.sqlite3")
        client = TimedClient(register.url, register.token)
        began = time.perf_counter()
        report = pull_all(store, client, now=now)  # type: ignore[arg-type]
        total = time.perf_counter() - began
        with store.begin() as session:
            stored = session.scalar(select(func.count()).select_from(Person)) or 0
            stored += session.scalar(select(func.count()).select_from(Visit)) or 0
        assert stored == PULL, (stored, report)
        assert report.parked == 0, report
        store.engine.dispose()
    finally:
        register.stop()
    return {
        "records": PULL,
        "pages": report.pages,
        "seconds": round(total, 2),
        "records_per_s": round(PULL / total),
        "page_request_ms_median": round(statistics.median(client.times) * 1000, 1),
        "page_request_ms_p99": round(p99(client.times) * 1000, 1),
        "goal_s": 60,
    }


def main() -> int:
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    now = datetime.now(UTC)
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}",
        "push": bench_push(work, now),
        "pull": bench_pull(work, now),
    }
    (work / "sync.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(results, indent=2) + "\n")
    ok = results["push"]["seconds"] < 10 and results["pull"]["seconds"] < 60
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
