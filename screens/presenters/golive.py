"""Going live: what the "Remove the demo" confirmation says, grouped for a facilitator (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.dto.golive import DemoRemoval

# The kinds a facilitator recognises; every other table is counted as "other records".
NAMED_KINDS = ("person", "project", "event", "visit", "story")


@dataclass(frozen=True)
class DemoSummary:
    """Counts for the confirmation: named kinds, the rest, what is kept."""

    people: int
    projects: int
    events: int
    visits: int
    stories: int
    other: int
    kept_demo: int
    real_records: int


def demo_summary(removal: DemoRemoval) -> DemoSummary:
    """Group a removal preview (or result) for the confirmation and the report."""
    counts = {k.kind: k.count for k in removal.removed}
    other = sum(n for kind, n in counts.items() if kind not in NAMED_KINDS)
    return DemoSummary(
        people=counts.get("person", 0),
        projects=counts.get("project", 0),
        events=counts.get("event", 0),
        visits=counts.get("visit", 0),
        stories=counts.get("story", 0),
        other=other,
        kept_demo=removal.kept_total,
        real_records=removal.real_records,
    )
