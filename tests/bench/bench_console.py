"""Console benchmark on PostgreSQL (issue 17), over loopback.

With 20,000 projects, 200,000 people and 2,000,000 visits from 30 rooms in the register:
- the dashboard's first page, signed in: p95 (goal < 300 ms);
- a CSV export of every project (goal < 2 s);
- a pull page of 2,000 records (goal < 400 ms, p95), with EXPLAIN ANALYZE of its query;
- 30 kiosks syncing at once (a bounded loop, on an empty register): all converge, no errors.
The register runs as in production: `main.py register serve` (uvicorn) in its own process.
Scale with BENCH_CONSOLE_SCALE (1.0 = the sizes above). The database is filled with COPY once
and kept: a database `qspace_bench_console` on the benchmark's own throwaway cluster
(installer/start-postgres.sh in QSPACE_BENCH_PG_DIR, default /tmp/qspace-bench-pg), marked with
its scale, and a dump in bench-results/ restored when the cluster is gone; or
QSPACE_BENCH_POSTGRES_URL, an empty database filled at the first run and kept.
Run with `make bench`; writes bench-results/console.json."""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SCALE = float(os.environ.get("BENCH_CONSOLE_SCALE", "1.0"))
PROJECTS = int(20_000 * SCALE)
PEOPLE = int(200_000 * SCALE)
VISITS = int(2_000_000 * SCALE)
ROOMS = 30
KIOSKS = 30


BENCH_PG_DIR = os.environ.get("QSPACE_BENCH_PG_DIR", "/tmp/qspace-bench-pg")
SEED_MARK = f"bench-console v2 scale={SCALE}"  # the filled database is kept while this matches
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1:]), Path("/usr/bin"))


def cluster_url() -> str:
    """The benchmark's own throwaway cluster (installer/start-postgres.sh in its own directory,
    so that the filled database survives between runs and the test suite's cluster is spared)."""
    return subprocess.run(
        [str(ROOT / "installer" / "start-postgres.sh")],
        capture_output=True, text=True, check=True,
        env={**os.environ, "QSPACE_TEST_PG_DIR": BENCH_PG_DIR},
    ).stdout.strip()  # fmt: skip


def database_url(name: str, *, keep: bool = False) -> str:
    """A PostgreSQL database for the benchmark: emptied, unless `keep` and it exists."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = cluster_url()
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not (keep and exists):
            conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def seeded(url: str) -> dict[str, float] | None:
    """The fill figures of an already filled database at this scale, or None."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = conn.scalar(text("SELECT value FROM reg_meta WHERE key = 'bench_seed'"))
    except Exception:  # noqa: BLE001 - no tables yet: not filled
        return None
    finally:
        engine.dispose()
    if not found:
        return None
    mark, _, figures = str(found).partition("|")
    return dict(json.loads(figures), cached=True) if mark == SEED_MARK else None


def dump_path() -> Path:
    return ROOT / "bench-results" / f"console-scale{SCALE:g}.dump"


def restore(url: str) -> bool:
    """Restore the filled database from the dump a previous run left in bench-results/."""
    from sqlalchemy.engine import make_url

    dump = dump_path()
    if not dump.exists():
        return False
    parsed = make_url(url)
    host = str(parsed.query.get("host", ""))
    subprocess.run(
        [str(PG_BIN / "pg_restore"), "-h", host, "-U", str(parsed.username), "-d",
         str(parsed.database), "--no-owner", "-j", "2", str(dump)],
        check=True,
    )  # fmt: skip
    return seeded(url) is not None


def save_dump(url: str) -> None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    dump_path().parent.mkdir(exist_ok=True)
    subprocess.run(
        [str(PG_BIN / "pg_dump"), "-h", str(parsed.query.get("host", "")), "-U",
         str(parsed.username), "-Fc", "-Z", "1", "-f", str(dump_path()), str(parsed.database)],
        check=True,
    )  # fmt: skip


def filled_database(name: str, now: datetime) -> tuple[str, dict[str, Any]]:
    """The benchmark's filled database: kept from the last run at this scale, else restored
    from its dump in bench-results/, else filled now (and dumped there for the next run)."""
    given = os.environ.get("QSPACE_BENCH_POSTGRES_URL")
    url = given or database_url(name, keep=True)
    figures = seeded(url)
    if figures is not None:
        return url, figures
    if given:  # the caller's own (empty) database: filled now, kept for the next run
        return given, seed(given, now)
    url = database_url(name)
    figures = seeded(url) if restore(url) else None
    if figures is not None:
        return url, figures
    url = database_url(name)
    figures = seed(url, now)
    save_dump(url)
    return url, figures


def seed(url: str, now: datetime) -> dict[str, float]:
    """Merged records written straight into the register's tables (PostgreSQL COPY), then
    projected into the read models by the register's own projector."""
    from sqlalchemy import insert, select

    from sync.console import projector
    from sync.register.store import (
        RegCounter,
        RegDevice,
        RegisterStore,
        RegMeta,
        hash_token,
        make_register_engine,
    )

    store = RegisterStore(make_register_engine(url))
    store.create()
    rng = random.Random(17)
    stamp_base = now - timedelta(days=730)
    version = f"{int(now.timestamp() * 1000):015d}.000000.bench"
    with store.engine.begin() as conn:
        rooms = [
            {"name": f"Room {i:02d}", "token_hash": hash_token(f"t{i}"), "created_at": now}
            for i in range(1, ROOMS + 1)
        ]
        conn.execute(insert(RegDevice), rooms)
        room_ids = list(conn.scalars(select(RegDevice.id)))
    seq = 0
    started = time.perf_counter()
    raw = store.engine.raw_connection()
    cursor = raw.cursor()
    copy_cm = cursor.copy(  # type: ignore[attr-defined]
        "COPY reg_record (entity, entity_id, seq, version, data, versions, deleted,"
        " origin_device_id) FROM STDIN"
    )
    copy = copy_cm.__enter__()
    dumps = json.dumps

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def add(entity: str, data: dict[str, Any], room: int | None = None) -> str:
        nonlocal seq
        seq += 1
        entity_id = uid()
        moment = (stamp_base + timedelta(minutes=rng.randrange(730 * 24 * 60))).isoformat()
        data = {"created_at": moment, "updated_at": moment, "deleted": False, **data}
        copy.write_row((
            entity, entity_id, seq, version, dumps(data), dumps(dict.fromkeys(data, version)),
            False, room or rng.choice(room_ids),
        ))  # fmt: skip
        return entity_id

    stages = ["aim", "measures", "changes", "testing", "implementing", "spreading", "completed"]
    departments = [add("department", {"name_en": f"Dept {i}", "name_cy": f"Adran {i}"})
                   for i in range(40)]  # fmt: skip
    topics = [add("topic", {"slug": f"t{i}", "name_en": f"Topic {i}", "name_cy": f"Pwnc {i}",
                            "sort_order": i}) for i in range(8)]  # fmt: skip
    for i in range(PROJECTS):
        project = add("project", {
            "title": f"Project {i:05d} {rng.choice(['falls', 'flow', 'sepsis', 'letters'])}",
            "aim": "An aim", "department_id": rng.choice(departments),
            "stage": rng.choice(stages), "iqt_ref": f"IQT-{i}" if i % 3 == 0 else None,
            "is_public": True, "start_date": None,
        })  # fmt: skip
        add("project_topic", {"project_id": project, "topic_id": rng.choice(topics)})
    for i in range(PEOPLE):
        add("person", {"display_name": f"Person {i}", "search_key": f"person {i}"})
    for i in range(VISITS):
        room = rng.choice(room_ids)
        moment = (now - timedelta(minutes=rng.randrange(365 * 24 * 60))).isoformat()
        visit = add("visit", {"person_id": None, "event_id": None, "checked_in_at": moment,
                              "checked_out_at": None, "source": "touch"}, room)  # fmt: skip
        if i % 4 == 0:
            add("visit_topic", {"visit_id": visit, "topic_id": rng.choice(topics)}, room)
    copy_cm.__exit__(None, None, None)
    raw.commit()
    raw.close()
    with store.engine.begin() as conn:
        conn.execute(RegCounter.__table__.update().values(value=seq))  # type: ignore[attr-defined]
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    projector.refresh(store.engine)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    projected = time.perf_counter() - started
    figures = {"records": seq, "load_s": round(loaded, 1), "project_s": round(projected, 1)}
    with store.engine.begin() as conn:
        mark = f"{SEED_MARK}|{json.dumps(figures)}"
        conn.execute(insert(RegMeta), [{"key": "bench_seed", "value": mark}])
    store.engine.dispose()
    return figures


PASSWORD = "bench-password-0123"  # a throwaway account on a throwaway database


class Register:
    """The register as production runs it: `main.py register serve` (uvicorn) in its own
    process, on a free loopback port (plain HTTP there, hence --insecure-cookies)."""

    def __init__(self, db: str) -> None:
        from tests.integration.sync_support import free_port

        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "main.py", "register", "serve", "--db", db, "--port", str(self.port),
             "--insecure-cookies"],
            cwd=ROOT, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        import requests

        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{self.url}/v1/health", timeout=1).raise_for_status()
                return
            except requests.RequestException:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise
                time.sleep(0.2)

    def command(self, *args: str, stdin: str | None = None) -> str:
        return subprocess.run(
            [sys.executable, "main.py", "register", *args, "--db", self.db],
            cwd=ROOT, check=True, capture_output=True, text=True, input=stdin,
        ).stdout.strip()  # fmt: skip

    def token(self, name: str) -> str:
        """A new device token (`register device add`)."""
        return self.command("device", "add", f"{name}-{uuid.uuid4().hex[:8]}")

    def signed_in(self) -> Any:
        """A browser-like session signed in through the form (`register user add` first)."""
        import requests

        from tests.integration.sync_support import csrf_of

        self.command("user", "add", "bench@example.org", "--role", "admin", stdin=PASSWORD + "\n")
        web = requests.Session()
        page = web.get(f"{self.url}/signin", timeout=30)
        answer = web.post(
            f"{self.url}/signin",
            data={"email": "bench@example.org", "password": PASSWORD,
                  "csrf_token": csrf_of(page.text)},
            timeout=30, allow_redirects=False,
        )  # fmt: skip
        assert answer.status_code == 303, answer.status_code
        return web

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def percentiles(values: list[float], name: str) -> dict[str, float]:
    """Median, p95 and p99 in milliseconds."""
    ordered = sorted(values)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    return {
        f"{name}_median_ms": round(statistics.median(ordered) * 1000, 1),
        f"{name}_p95_ms": round(at(0.95) * 1000, 1),
        f"{name}_p99_ms": round(at(0.99) * 1000, 1),
        f"{name}_n": len(ordered),
    }


def explain_pull(url: str, after: int) -> dict[str, Any]:
    """EXPLAIN ANALYZE of the pull page's query: plan and time in the database alone."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        plan = conn.scalar(
            text(
                "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT entity, entity_id, seq, version,"
                " data, versions, deleted FROM reg_record WHERE seq > :after ORDER BY seq"
                " LIMIT 2001"
            ),
            {"after": after},
        )
    engine.dispose()
    top = plan[0]
    node = top["Plan"]
    while node.get("Plans"):
        node = node["Plans"][0]
    return {
        "pull_sql_execution_ms": round(top["Execution Time"], 2),
        "pull_sql_plan": f"{top['Plan']['Node Type']} over {node['Node Type']}"
        + (f" ({node['Index Name']})" if "Index Name" in node else ""),
    }


def bench_console(url: str) -> dict[str, Any]:
    import requests
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        head = int(conn.scalar(text("SELECT max(seq) FROM reg_record")) or 0)
    engine.dispose()
    register = Register(url)
    try:
        web = register.signed_in()
        token = register.token("bench-puller")
        web.get(f"{register.url}/", timeout=120)  # first page: projects what waits, warms up
        timings: list[float] = []
        for _ in range(60):
            started = time.perf_counter()
            response = web.get(f"{register.url}/", timeout=30)
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200
        filtered: list[float] = []
        for stage in ("testing", "aim", "completed", "spreading") * 5:
            started = time.perf_counter()
            response = web.get(f"{register.url}/?stage={stage}&q=falls", timeout=30)
            filtered.append(time.perf_counter() - started)
            assert response.status_code == 200
        exports: list[float] = []
        rows = 0
        for _ in range(5):
            started = time.perf_counter()
            export = web.get(f"{register.url}/export/projects.csv", timeout=60)
            exports.append(time.perf_counter() - started)
            assert export.status_code == 200
            rows = export.text.count("\n") - 1
        pulls: list[float] = []
        rng = random.Random(3)
        pull = requests.Session()
        pull.headers["Authorization"] = f"Bearer {token}"
        for _ in range(60):
            after = rng.randrange(0, max(head - 2000, 1))
            started = time.perf_counter()
            page = pull.get(f"{register.url}/v1/changes?after={after}&limit=2000", timeout=30)
            pulls.append(time.perf_counter() - started)
            assert len(page.json()["records"]) == 2000
    finally:
        register.stop()
    return {
        **percentiles(timings, "dashboard"),
        **percentiles(filtered, "dashboard_filtered"),
        "export_projects_s": round(max(exports), 2),
        "export_projects_median_s": round(statistics.median(exports), 2),
        "export_rows": rows,
        **percentiles(pulls, "pull_2000"),
        **explain_pull(url, head // 2),
    }


def bench_kiosks(url: str, now: datetime) -> dict[str, Any]:
    """30 kiosks record, then sync at once in a bounded loop until every room has everything."""
    from sqlalchemy import func, select

    from kiosk.dto.checkin import NewVisitor
    from kiosk.models import Person
    from sync.client import UnreachableError
    from tests.integration.sync_support import make_kiosk

    errors: list[str] = []
    retries: list[str] = []
    register = Register(url)
    try:
        with tempfile.TemporaryDirectory() as folder:
            kiosks = [make_kiosk(Path(folder), f"k{i:02d}", now) for i in range(KIOSKS)]
            for i, kiosk in enumerate(kiosks):
                kiosk.token = register.token(f"Kiosk {i:02d}")
                for j in range(10):
                    kiosk.ops.checkin.register_visitor(NewVisitor(name=f"Visitor {i}-{j}"))
            started = time.perf_counter()

            def loop(kiosk: Any) -> None:
                # Bounded, as the kiosk's worker does it: three rounds (push, pull, then again
                # for what the others pushed since); a timeout is retried after a pause (the
                # worker's backoff), anything else is an error.
                rounds = attempts = 0
                while rounds < 3 and attempts < 12:
                    attempts += 1
                    try:
                        kiosk.sync(register.url)
                        rounds += 1
                    except UnreachableError:
                        retries.append(kiosk.name)
                        time.sleep(0.5 * attempts)
                    except Exception as exc:  # noqa: BLE001 - counted and reported
                        errors.append(f"{kiosk.name}: {type(exc).__name__}")
                        return

            threads = [threading.Thread(target=loop, args=(k,)) for k in kiosks]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            concurrent = time.perf_counter() - started
            for kiosk in kiosks:  # one more round each, one after another, for the stragglers
                kiosk.sync(register.url)
            took = time.perf_counter() - started
            counts = []
            for kiosk in kiosks:
                with kiosk.store.begin() as s:
                    counts.append(int(s.scalar(select(func.count()).select_from(Person)) or 0))
    finally:
        register.stop()
    return {
        "kiosks": KIOSKS,
        "concurrent_s": round(concurrent, 1),
        "seconds": round(took, 1),
        "errors": errors,
        "retried_timeouts": len(retries),
        "people_per_kiosk": sorted(set(counts)),
        "converged": len(set(counts)) == 1 and counts[0] == KIOSKS * 10,
    }


def main() -> int:
    now = datetime.now(UTC)
    big, loaded = filled_database("qspace_bench_console", now)
    console = bench_console(big)
    kiosks = bench_kiosks(database_url("qspace_bench_kiosks"), now)
    load = os.getloadavg()
    result = {
        "machine": f"{platform.machine()} {os.cpu_count()} CPU, Python {platform.python_version()}",
        "when": now.strftime("%Y-%m-%d %H:%M UTC"),
        "load_average_1_5_15": [round(x, 2) for x in load],
        "register": "main.py register serve (uvicorn, its own process), loopback HTTP",
        "scale": SCALE,
        "projects": PROJECTS,
        "people": PEOPLE,
        "visits": VISITS,
        **loaded,
        **console,
        "sync_30_kiosks": kiosks,
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "console.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))  # noqa: T201 - the benchmark's report
    ok = (
        console["dashboard_p95_ms"] < 300
        and console["export_projects_s"] < 2
        and console["pull_2000_p95_ms"] < 400
        and kiosks["converged"]
        and not kiosks["errors"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
