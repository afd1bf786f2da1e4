"""What syncs is read from the models: every Synced table, facts by convention, JSON checks."""

from __future__ import annotations

import pytest

from kiosk.models import SYNCED_MODELS, Synced
from sync.schema import check_value, entities, is_append_only


def test_every_synced_model_syncs_parents_first() -> None:
    names = list(entities())
    assert sorted(names) == sorted(m.__tablename__ for m in SYNCED_MODELS)
    assert names.index("department") < names.index("person") < names.index("visit")
    assert names.index("visit") < names.index("visit_topic")
    assert names.index("pdsa_cycle") < names.index("data_point")
    assert all(
        "id" not in spec.columns and "version" not in spec.columns for spec in entities().values()
    )


def test_visits_are_facts_and_a_model_can_declare_itself_one() -> None:
    facts = {name for name, spec in entities().items() if spec.append_only}
    declared = {m.__tablename__ for m in SYNCED_MODELS if getattr(m, "__sync_append_only__", False)}
    assert {"visit", "visit_topic"} <= facts
    assert facts == {"visit", "visit_topic"} | declared
    assert {"play_log", "vote", "coffee_round"} <= declared

    class Vote(Synced):
        __tablename__ = "test_vote"
        __sync_append_only__ = True

    class Poll(Synced):
        __tablename__ = "test_poll"

    assert is_append_only(Vote)
    assert not is_append_only(Poll)
    Synced.metadata.remove(Vote.__table__)  # type: ignore[arg-type]
    Synced.metadata.remove(Poll.__table__)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entity", "column", "value", "problem"),
    [
        ("person", "display_name", "Siân", None),
        ("person", "display_name", "x" * 121, "longer than 120 characters"),
        ("person", "display_name", None, "null not allowed"),
        ("person", "email", None, None),
        ("person", "display_name", 5, "expected text"),
        ("person", "display_name", "a\x00b", "NUL character"),
        ("person", "department_id", "'; DROP TABLE person; --", "expected a record id (UUID)"),
        ("person", "language", "cy", None),
        ("person", "language", "fr", "unknown value"),
        ("person", "consent_display", 1, "expected true or false"),
        ("data_point", "seq", True, "expected a whole number"),
        ("data_point", "seq", 2**60, "number too large"),
        ("data_point", "value", 3, None),
        ("data_point", "value", "3", "expected a number"),
        ("project", "start_date", "2026-02-30", "expected an ISO date"),
        ("project", "start_date", "2026-02-28", None),
        ("visit", "checked_in_at", "2026-11-26T09:30:00+00:00", None),
        ("visit", "checked_in_at", "2026-11-26T09:30:00", "date-time without a time zone"),
        ("story", "problem", "p" * 20_001, "longer than 20000 characters"),
    ],
)
def test_values_are_checked_per_column(
    entity: str, column: str, value: object, problem: str | None
) -> None:
    assert check_value(entities()[entity].columns[column], value) == problem
