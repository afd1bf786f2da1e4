"""The register's per-field last-writer-wins merge gives the same state in any arrival order."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.register.store import Device, IncomingChange, RegisterStore, make_register_engine

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
RECORD = "6f1c1a53-3c7e-4c55-9f1d-2a4f3b1f0a11"
NODES = ("aaaa", "bbbb", "cccc")
FIELDS = ("title", "aim", "stage", "is_public")
VALUES = {
    "title": st.sampled_from(["A", "B", "C"]),
    "aim": st.sampled_from(["x", "y"]),
    "stage": st.sampled_from(["aim", "testing", "spreading"]),
    "is_public": st.booleans(),
}


def _insert() -> IncomingChange:
    stamp = NOW.isoformat()
    return IncomingChange(
        str(uuid.uuid4()), "project", RECORD, f"{0:015d}.000000.seed", "insert",
        {"title": "T", "aim": "A", "department_id": None, "stage": "aim", "start_date": None,
         "iqt_ref": None, "is_public": True, "seeking_collaborators": False,
         "showcase_approved": False, "showcase_hidden": False, "measures_text": "",
         "changes_text": "", "created_at": stamp, "updated_at": stamp, "deleted": False},
    )  # fmt: skip


@st.composite
def updates(draw: st.DrawFn) -> list[IncomingChange]:
    count = draw(st.integers(1, 8))
    changes = []
    for _ in range(count):
        names = draw(st.sets(st.sampled_from(FIELDS), min_size=1))
        wall = draw(st.integers(1, 4))  # few walls and counters: ties are common
        counter = draw(st.integers(0, 2))
        node = draw(st.sampled_from(NODES))
        changes.append(
            IncomingChange(
                str(uuid.uuid4()), "project", RECORD,
                f"{1764150000000 + wall:015d}.{counter:06d}.{node}", "update",
                {name: draw(VALUES[name]) for name in sorted(names)},
            )
        )  # fmt: skip
    return changes


def _merged(batches: list[list[IncomingChange]]) -> tuple[object, ...]:
    store = RegisterStore(make_register_engine("sqlite://"))  # in memory
    store.create()
    try:
        store.add_device("room", now=NOW)
        for batch in batches:
            store.push(Device(1, "room"), batch, now=NOW)
        [record], _more = store.pull(after=0, limit=10)
        return record.data, record.versions, record.version
    finally:
        store.drop()
        store.engine.dispose()


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(changes=updates(), order=st.randoms(use_true_random=False), data=st.data())
def test_any_order_and_any_resend_merges_to_the_same_record(
    changes: list[IncomingChange], order: random.Random, data: st.DataObject
) -> None:
    shuffled = list(changes)
    order.shuffle(shuffled)
    resent = data.draw(st.lists(st.sampled_from(changes), max_size=3))
    one_by_one = [[_insert()], *([c] for c in changes)]
    other = [[_insert()], shuffled, resent] if resent else [[_insert()], shuffled]
    assert _merged(one_by_one) == _merged(other)
