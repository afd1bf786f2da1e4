"""Similar-projects benchmark: 500 queries over 20,000 projects (TF-IDF cosine, kiosk.similar).

Run by hand or by `make bench`: `.venv/bin/python tests/bench/bench_similar.py`
(BENCH_PROJECTS, BENCH_QUERIES and BENCH_SEED change the sizes). Projects are made from the
demo's forty project templates with words swapped, wards, sites and topics varied, and one in
five written in Welsh, so that common words are as common as in a real register. Queries are
what the new-project form sends as a team types: a near-duplicate of an existing project, a
half-typed title, or a title with an aim. Times:

* `index.query`: the index alone (what a keystroke costs once the index is built);
* `Operations.similar_projects`: the whole operation on a SQLite file of 20,000 projects
  (one transaction, the index-freshness check, and the matches' titles and departments).

Prints the index build time, then median, p99 and max in ms, and writes
bench-results/similar.json. Not a pass/fail test.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402 - after the path is set

from kiosk import demo_content  # noqa: E402
from kiosk.db import Store, make_engine, migrate  # noqa: E402
from kiosk.models import Project, ProjectTopic, Topic  # noqa: E402
from kiosk.operations import Operations  # noqa: E402
from kiosk.similar import ProjectText, SimilarityIndex  # noqa: E402

PROJECTS = int(os.environ.get("BENCH_PROJECTS", "20000"))
QUERIES = int(os.environ.get("BENCH_QUERIES", "500"))
SEED = int(os.environ.get("BENCH_SEED", "1"))
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
SLUGS = (
    "difficult-conversations",
    "organisational-barriers",
    "data-and-charts",
    "model-for-improvement",
    "sharing-experiences",
    "practical-advice",
    "connecting-teams",
    "wellbeing",
)
SWAPS = (
    "patients",
    "staff",
    "families",
    "outpatients",
    "theatres",
    "handover",
    "medication",
    "nutrition",
    "hydration",
    "pain",
    "delirium",
    "dementia",
    "frailty",
    "sepsis",
    "falls",
    "pressure",
    "ulcers",
    "discharge",
    "admission",
    "referral",
    "waiting",
    "clinic",
    "virtual",
    "community",
    "district",
    "nursing",
    "pharmacy",
    "therapy",
    "rehabilitation",
    "mental",
    "health",
    "children",
    "maternity",
    "antibiotics",
    "infection",
    "catheter",
    "bloods",
    "x-ray",
    "results",
    "letters",
    "appointments",
    "cancellations",
    "safety",
    "huddle",
)
WELSH = (
    "Lleihau cwympiadau ar y ward",
    "Gwella profiad cleifion yn yr adran achosion brys",
    "Rhyddhau cleifion cyn hanner dydd",
    "Lleihau amseroedd aros yn y clinig",
    "Gwella lles staff nyrsio",
    "Cynyddu'r defnydd o'r iaith Gymraeg gyda chleifion",
)


def make_projects(rng: random.Random) -> list[ProjectText]:
    """PROJECTS varied projects, made from the demo templates."""
    made = []
    for number in range(PROJECTS):
        if rng.random() < 0.2:
            title = f"{rng.choice(WELSH)} {rng.randint(1, 30)}"
            aim = f"{rng.choice(WELSH)} {rng.choice(WELSH).lower()} erbyn mis Mawrth."
        else:
            template = rng.choice(demo_content.PROJECTS)
            words = template[1].split()
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(SWAPS)
            title = f"{template[0]} (Ward {rng.randint(1, 40)}, {rng.choice(SWAPS)})"
            aim = " ".join(words)
        topics = tuple(sorted(rng.sample(SLUGS, k=rng.randint(1, 3)), key=SLUGS.index))
        made.append(
            ProjectText(id=str(uuid.UUID(int=number + 1)), title=title, aim=aim, topics=topics)
        )
    return made


def make_queries(rng: random.Random, projects: list[ProjectText]) -> list[dict[str, Any]]:
    """Near-duplicates, half-typed titles, and titles with aims."""
    queries: list[dict[str, Any]] = []
    for _ in range(QUERIES):
        source = rng.choice(projects)
        kind = rng.random()
        if kind < 0.4:  # a near-duplicate of an existing project
            words = source.aim.split()
            words.pop(rng.randrange(len(words)))
            queries.append({"title": source.title, "aim": " ".join(words), "topics": source.topics})
        elif kind < 0.7:  # the title, half typed
            queries.append({"title": source.title[: rng.randint(6, 30)], "aim": "", "topics": ()})
        else:
            template = rng.choice(demo_content.PROJECTS)
            queries.append(
                {"title": template[0], "aim": template[1], "topics": (rng.choice(SLUGS),)}
            )
    return queries


def timed(
    run: Callable[[dict[str, Any]], object], queries: list[dict[str, Any]]
) -> dict[str, float]:
    for query in queries[:20]:
        run(query)
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[min(len(times) - 1, round(0.99 * (len(times) - 1)))], 3),
        "max_ms": round(times[-1], 3),
    }


def database(work: Path, projects: list[ProjectText]) -> Store:
    """A migrated store holding the projects (rebuilt each run: it is quick)."""
    path = work / f"similar-{PROJECTS}.sqlite3"
    for stale in work.glob(f"similar-{PROJECTS}.sqlite3*"):
        stale.unlink()
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    store = Store(engine, clock=lambda: NOW)
    stamp = {"created_at": NOW, "updated_at": NOW, "version": "0", "deleted": False}
    with store.begin() as session:
        topic_ids = dict(session.execute(select(Topic.slug, Topic.id)).all())
        session.execute(
            insert(Project.__table__),  # type: ignore[arg-type]
            [
                {
                    "id": p.id,
                    "title": p.title,
                    "aim": p.aim,
                    "stage": "aim",
                    "is_public": True,
                    "seeking_collaborators": False,
                    **stamp,
                }
                for p in projects
            ],
        )
        session.execute(
            insert(ProjectTopic.__table__),  # type: ignore[arg-type]
            [
                {"id": str(uuid.uuid4()), "project_id": p.id, "topic_id": topic_ids[slug], **stamp}
                for p in projects
                for slug in p.topics
            ],
        )
    return store


def main() -> int:
    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    rng = random.Random(SEED)
    projects = make_projects(rng)
    queries = make_queries(rng, projects)

    started = time.perf_counter()
    index = SimilarityIndex(projects)
    build_s = time.perf_counter() - started

    def core(query: dict[str, Any]) -> object:
        return index.query(**query)

    store = database(work, projects)
    ops = Operations(store, clock=lambda: NOW)
    started = time.perf_counter()
    ops.projects.similar_projects(title="warm up")  # builds the operation's index from the database
    first_call_s = time.perf_counter() - started

    def operation(query: dict[str, Any]) -> object:
        return ops.projects.similar_projects(**query)

    results = {
        "index.query": timed(core, queries),
        "Operations.similar_projects": timed(operation, queries),
    }
    sys.stdout.write(
        f"{PROJECTS} projects: index built in {build_s:.2f} s; first operation call "
        f"(reads the projects and builds the index) {first_call_s:.2f} s\n"
    )
    for name, figures in results.items():
        sys.stdout.write(
            f"{name:28} median {figures['median_ms']:.2f} ms  p99 {figures['p99_ms']:.2f} ms  "
            f"max {figures['max_ms']:.2f} ms\n"
        )
    report = {
        "projects": PROJECTS,
        "queries": len(queries),
        "seed": SEED,
        "index_build_s": round(build_s, 3),
        "first_operation_s": round(first_call_s, 3),
        "results": results,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    (work / "similar.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
