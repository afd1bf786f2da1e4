"""Showcase slide data on 100,000 people and 1,000,000 visits: every slide kind, read as the loops
read it (one transaction each, on the real store).

Goal (issue 13): each kind's data costs a few milliseconds at this size, so that a slide
boundary never holds the database for long. Times the service behind each kind (project and
story rotate through every approved item), then `next_showing` over a playlist holding one
entry of each kind, as the attract loop calls it at every boundary. Writes
bench-results/slides.json; run with `make bench`.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

REPEATS = int(os.environ.get("BENCH_REPEATS", "200"))
ROOM = "Ystafell QI"
URL = "https://qi.example/p/{id}"


def main() -> int:
    from bench_checkin import PEOPLE, VISITS, database, p99
    from sqlalchemy import select

    from kiosk.db import Store, make_engine, migrate
    from kiosk.dto.showcase import PlaylistDraft
    from kiosk.models import PlaylistItem, ShowcaseLoop
    from kiosk.operations.showcase import ROOM_ZONE
    from kiosk.services import showcase

    work = ROOT / "bench-results"
    work.mkdir(exist_ok=True)
    engine = make_engine(database(work))
    migrate(engine)
    store = Store(engine)
    now = datetime.now(UTC)
    with store.begin() as session:
        approved = showcase._approved_ids(session)

    def rotating(kind: str, read: Callable[[Any, str], object]) -> Callable[[Any, int], object]:
        ids = approved[kind]
        return lambda session, i: read(session, ids[i % len(ids)])

    kinds: dict[str, Callable[[Any, int], object]] = {
        "project": rotating(
            "project",
            lambda s, item: showcase.project_slide(s, project_id=item, url_template=URL),
        ),
        "story": rotating(
            "story", lambda s, item: showcase.story_slide(s, story_id=item, url_template=URL)
        ),
        "thanks": lambda s, _i: showcase.thanks_slide(s),
        "whats_on": lambda s, _i: showcase.whats_on_slide(s, now=now),
        "hot_topics": lambda s, _i: showcase.hot_topics_slide(s, now=now),
        "room_numbers": lambda s, _i: showcase.room_numbers_slide(s, now=now, zone=ROOM_ZONE),
        "emergency": lambda s, _i: showcase.active_notice(s),
    }
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "people": PEOPLE,
        "visits": VISITS,
        "repeats": REPEATS,
        "kinds": {},
    }

    def timed(read: Callable[[Any, int], object]) -> dict[str, float]:
        times: list[float] = []
        for i in range(REPEATS + 5):
            start = time.perf_counter()
            with store.begin() as session:
                read(session, i)
            if i >= 5:  # the first few warm the page cache
                times.append((time.perf_counter() - start) * 1000)
        return {
            "median_ms": round(statistics.median(times), 2),
            "p99_ms": round(p99(times), 2),
            "max_ms": round(max(times), 2),
        }

    for kind, read in kinds.items():
        result["kinds"][kind] = timed(read)
        sys.stdout.write(f"{kind:>13}: {result['kinds'][kind]}\n")

    # The whole boundary: a loop of one entry per kind, asked as a player asks it.
    with store.begin() as session:
        for item in session.scalars(
            select(PlaylistItem).where(PlaylistItem.loop == ShowcaseLoop.AV)
        ):
            item.deleted = True
        for kind in ("project", "story", "thanks", "whats_on", "hot_topics", "room_numbers"):
            showcase.add_playlist_item(
                session,
                draft=PlaylistDraft(loop="av", kind=kind, item_id=None, duration_s=15),
            )
    state: dict[str, Any] = {"after": None, "rotations": {}}

    def boundary(session: Any, _i: int) -> object:
        showing = showcase.next_showing(
            session,
            loop="av",
            after_position=state["after"],
            rotations=state["rotations"],
            now=now,
            zone=ROOM_ZONE,
            room_name=ROOM,
            url_template=URL,
        )
        state["after"] = showing.position
        state["rotations"][showing.kind] = state["rotations"].get(showing.kind, 0) + 1
        return showing

    result["next_showing"] = timed(boundary)
    sys.stdout.write(f" next_showing: {result['next_showing']}\n")
    (work / "slides.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
