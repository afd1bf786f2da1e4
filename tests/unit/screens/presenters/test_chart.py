"""Chart values as people read them: percentages for p charts, the unit otherwise."""

from __future__ import annotations

import pytest

from screens.presenters.chart import value_text


@pytest.mark.parametrize(
    ("value", "chart", "unit", "shown"),
    [
        (0.08197, "p", "proportion of patients", "8.2%"),
        (0.12, "p", "", "12%"),
        (0.5, "p", "", "50%"),
        (8.197, "i", "falls", "8.2 falls"),
        (42.0, "run", "per week", "42 per week"),
        (1234.56, "i", "minutes", "1235 minutes"),
        (0.0456, "c", "", "0.046"),
        (8.197, "i", "", "8.2"),
        (-0.0001, "i", "", "0"),
    ],
)
def test_a_point_shows_its_unit_or_a_percentage(
    value: float, chart: str, unit: str, shown: str
) -> None:
    assert value_text(value, chart=chart, unit=unit) == shown
