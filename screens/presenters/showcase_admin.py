"""The facilitator's showcase page, the plain-Python part: drafts from the form, the month
for proof of play, and the rows of the proof-of-play CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum

from kiosk.dto.showcase import PlaylistDraft, PlayReportRow
from screens.presenters.events import local

KINDS = ("welcome", "project", "story", "thanks", "whats_on", "hot_topics", "room_numbers")
ITEM_KINDS = ("project", "story", "thanks")  # kinds that may name one item
DAY_LETTERS = 7


def draft_from_form(
    *,
    loop: str,
    kind: str,
    item_id: str | None,
    duration_s: int,
    days: Sequence[bool],
    start: str,
    end: str,
    enabled: bool = True,
) -> PlaylistDraft:
    """A playlist draft from the form's fields (the core checks it)."""
    return PlaylistDraft(
        loop=loop,
        kind=kind,
        item_id=item_id if kind in ITEM_KINDS and item_id else None,
        duration_s=duration_s,
        weekdays="".join(str(i) for i, on in enumerate(days[:DAY_LETTERS]) if on),
        start_time=start.strip() or None,
        end_time=end.strip() or None,
        enabled=enabled,
    )


class NoticeProblem(Enum):
    """Why an urgent message cannot be raised yet."""

    MISSING_WELSH = "missing_welsh"
    MISSING_ENGLISH = "missing_english"
    MISSING_BOTH = "missing_both"


def notice_problem(text_cy: str, text_en: str) -> NoticeProblem | None:
    """What is missing from an urgent message (it shows on bilingual screens, so it needs both
    the Welsh and the English), or None when it can be raised."""
    welsh, english = bool(text_cy.strip()), bool(text_en.strip())
    if not welsh and not english:
        return NoticeProblem.MISSING_BOTH
    if not welsh:
        return NoticeProblem.MISSING_WELSH
    if not english:
        return NoticeProblem.MISSING_ENGLISH
    return None


def previous_month(today: date) -> date:
    """The first day of the month before `today`'s (the monthly report covers a whole month)."""
    first = today.replace(day=1)
    return (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else first.replace(month=first.month - 1)
    )


def play_report_csv(rows: Iterable[PlayReportRow]) -> str:
    """Proof of play as CSV: one row per completed showing, times in the room's local time."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["loop", "screen", "kind", "item_id", "item", "started", "ended", "seconds"])
    for row in rows:
        writer.writerow(
            [
                row.loop,
                row.screen,
                row.kind,
                row.item_id or "",
                _safe(row.item_title),
                _stamp(row.started_at),
                _stamp(row.ended_at),
                round((row.ended_at - row.started_at).total_seconds()),
            ]
        )
    return out.getvalue()


def _stamp(moment: datetime) -> str:
    return local(moment).strftime("%Y-%m-%d %H:%M:%S")


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
