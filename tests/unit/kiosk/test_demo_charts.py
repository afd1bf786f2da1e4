"""The example charts carry their names in both languages (the core holds no UI text)."""

from __future__ import annotations

from kiosk.demo_charts import example_charts


def test_every_example_chart_has_a_welsh_title_and_unit() -> None:
    for chart in example_charts():
        welsh, english = chart.words("cy"), chart.words("en")
        assert all(welsh), chart.kind
        assert welsh[0] != english[0], chart.kind
        assert english == (chart.title, chart.unit)
