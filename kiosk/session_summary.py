"""A session's closing summary as rows and CSV, and the ranked voting results (no database)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime

from kiosk.dto.sessions import ContributionView, SessionDetail, VoteResult


def ranked_results(cards: Sequence[ContributionView]) -> list[VoteResult]:
    """Cards on display ranked by dots (ties share a rank, in the order they were added)."""
    shown = [c for c in cards if not c.hidden and c.merged_into_id is None]
    ordered = sorted(shown, key=lambda c: -c.votes)  # stable: ties keep their order
    results: list[VoteResult] = []
    for index, card in enumerate(ordered):
        rank = results[-1].rank if results and results[-1].votes == card.votes else index + 1
        results.append(VoteResult(rank, card.id, card.kind, card.text, card.votes))
    return results


def _iso(value: datetime | date | None) -> str:
    return value.isoformat() if value is not None else ""


SUMMARY_HEADER = ["section", "position", "kind", "text", "detail", "value", "when"]


def summary_rows(detail: SessionDetail) -> list[list[str]]:
    """The closing summary as CSV rows: the agenda as run, attendance, contributions, votes,
    actions, airtime and feedback. Anonymous cards carry no name; named ones a first name."""
    rows = [SUMMARY_HEADER]
    rows.append(
        [
            "session",
            "",
            detail.template,
            detail.title,
            detail.event_title_en or "",
            detail.state,
            _iso(detail.started_at),
        ]
    )
    rows.append(["attendance", "", "", "checked in to the event", "", str(detail.attendance), ""])
    for s in detail.segments:
        ran = (
            ""
            if s.started_at is None or s.ended_at is None
            else str(int((s.ended_at - s.started_at).total_seconds()))
        )
        status = "skipped" if s.skipped else ("run" if s.ended_at else "not run")
        rows.append(
            [
                "agenda",
                str(s.position + 1),
                s.kind,
                s.title,
                f"planned {s.planned_seconds}s; extended {s.extended_seconds}s; {status}",
                ran,
                _iso(s.started_at),
            ]
        )
    by_id = {c.id: c for c in detail.contributions}
    for number, c in enumerate(detail.contributions, start=1):
        detail_text = "anonymous" if c.anonymous else (c.author or "")
        if c.hidden:
            detail_text += "; hidden"
        if c.merged_into_id and c.merged_into_id in by_id:
            detail_text += f"; merged into #{list(by_id).index(c.merged_into_id) + 1}"
        rows.append(["contribution", str(number), c.kind, c.text, detail_text, str(c.votes), ""])
    for r in ranked_results(detail.contributions):
        rows.append(["vote", str(r.rank), r.kind, r.text, "", str(r.votes), ""])
    for number, a in enumerate(detail.actions, start=1):
        rows.append(
            ["action", str(number), "", a.text, a.owner, a.project_title or "", _iso(a.due_on)]
        )
    for t in detail.airtime:
        rows.append(["airtime", "", "", t.label, "", f"{t.seconds:.0f}", ""])
    mean = "" if detail.mean_rating is None else f"{detail.mean_rating:.1f}"
    rows.append(["feedback", "", "", "ratings", str(detail.feedback_count), mean, ""])
    return rows


def summary_csv(detail: SessionDetail) -> str:
    """The closing summary as CSV text."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(summary_rows(detail))
    return buffer.getvalue()
