"""The Health Board's read-only overview: server-rendered HTML (every value escaped) and CSV."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from html import escape
from typing import Any

from kiosk.export import neutralise_cell
from sync.register.store import RegisterStore

CSV_KINDS = ("projects", "stories", "activity")


def _text(value: Any) -> Any:
    """Text as UTF-8 can carry it: a lone surrogate stored before the register refused them
    becomes "?" rather than failing the page."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _live(store: RegisterStore, entity: str) -> list[dict[str, Any]]:
    return [
        {"id": r.entity_id, **{k: _text(v) for k, v in r.data.items()}}
        for r in store.records(entity)
        if not r.data.get("deleted")
    ]


def project_rows(store: RegisterStore) -> list[list[str]]:
    """Header, then one row per public project: department, title, stage, topics."""
    departments = {d["id"]: str(d.get("name_en", "")) for d in _live(store, "department")}
    topics = {t["id"]: str(t.get("name_en", "")) for t in _live(store, "topic")}
    project_topics: dict[str, list[str]] = defaultdict(list)
    for link in _live(store, "project_topic"):
        name = topics.get(str(link.get("topic_id")))
        if name:
            project_topics[str(link.get("project_id"))].append(name)
    rows = [
        [
            departments.get(str(p.get("department_id")), ""),
            str(p.get("title", "")),
            str(p.get("stage", "")),
            "; ".join(sorted(project_topics.get(p["id"], []))),
            p["id"],
        ]
        for p in _live(store, "project")
        if p.get("is_public", True)
    ]
    rows.sort(key=lambda row: (row[0], row[1], row[4]))
    return [["department", "title", "stage", "topics", "project_id"], *rows]


def story_rows(store: RegisterStore) -> list[list[str]]:
    """Header, then one row per approved story."""
    rows = [
        [str(s.get("title", "")), str(s.get("result", "")), s["id"]]
        for s in _live(store, "story")
        if s.get("approved")
    ]
    rows.sort()
    return [["title", "result", "story_id"], *rows]


def activity_rows(store: RegisterStore) -> list[list[str]]:
    """Header, then one row per room (device): records created, visits, last seen, and a
    warning when a second kiosk used the room's token."""
    shared = set(store.shared_devices())
    return [
        ["room", "records", "visits", "last_seen", "warning"],
        *(
            [
                _text(name),
                str(total),
                str(visits),
                seen.isoformat() if seen else "",
                "token used by more than one kiosk" if name in shared else "",
            ]
            for name, total, visits, seen in store.activity()
        ),
    ]


def csv_text(store: RegisterStore, kind: str) -> str:
    """One table as CSV text."""
    rows = {"projects": project_rows, "stories": story_rows, "activity": activity_rows}[kind](store)
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        # A cell that a spreadsheet would run as a formula is quoted as text.
        writer.writerow([neutralise_cell(c) for c in row])
    return out.getvalue()


def _table(rows: list[list[str]], caption: str) -> str:
    head = "".join(f"<th scope='col'>{escape(c)}</th>" for c in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:]
    )
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def render(store: RegisterStore) -> str:
    """The overview page."""
    projects = project_rows(store)
    by_stage: dict[str, int] = defaultdict(int)
    for row in projects[1:]:
        by_stage[row[2]] += 1
    stages = [["stage", "projects"], *([k, str(v)] for k, v in sorted(by_stage.items()))]
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Qspace register</title><style>body{font-family:sans-serif;margin:2em}"
        "table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;"
        "padding:.3em .6em;text-align:left}caption{font-weight:bold;text-align:left}</style>"
        "</head><body><h1>Qspace central register</h1>"
        "<p>Downloads: <a href='/export/projects.csv'>projects</a> · "
        "<a href='/export/stories.csv'>stories</a> · "
        "<a href='/export/activity.csv'>activity per room</a></p>"
        + _table(projects, "Projects by department, with topics and stage")
        + _table(stages, "Projects by stage")
        + _table(story_rows(store), "Stories")
        + _table(activity_rows(store), "Activity per room")
        + "</body></html>"
    )
