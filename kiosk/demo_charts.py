"""Example charts for snapshots and the README: a shift, a special cause, varying limits,
two phases (data from QI-RULES.md's worked examples and a made-up ward measure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.spc import Analysis, PointIn, analyse

P_COUNTS = (12, 8, 6, 9, 10, 12, 11, 16, 10, 6, 20, 15, 9, 8, 6, 8, 10, 7, 5, 8, 5, 8, 10, 6, 9)
P_SIZES = (
    100,
    80,
    80,
    100,
    110,
    110,
    100,
    100,
    90,
    90,
    110,
    120,
    120,
    120,
    110,
    80,
    80,
    80,
    90,
    100,
    100,
    100,
    100,
    90,
    90,
)


@dataclass(frozen=True)
class ExampleChart:
    """One example: its file name part, title, unit and analysis; title and unit in English,
    with the Welsh as data (the core holds no UI text to translate)."""

    kind: str
    title: str
    unit: str
    analysis: Analysis
    title_cy: str
    unit_cy: str

    def words(self, lang: str) -> tuple[str, str]:
        """The title and unit in `lang` ("cy" or "en")."""
        return (self.title_cy, self.unit_cy) if lang == "cy" else (self.title, self.unit)


def _weeks(count: int) -> list[str]:
    start = date(2026, 1, 5)
    return [(start + timedelta(weeks=i)).isoformat() for i in range(count)]


def example_charts() -> list[ExampleChart]:
    """The four snapshot charts: run (shift), XmR (special cause), p (varying limits), phases."""
    weeks = _weeks(30)
    run_values = [
        42,
        45,
        40,
        44,
        47,
        41,
        43,
        46,
        44,
        42,
        55,
        58,
        54,
        57,
        60,
        56,
        59,
        61,
        57,
        58,
        62,
        59,
    ]
    run = analyse(
        [PointIn(v, period=weeks[i]) for i, v in enumerate(run_values)], chart="run", direction="up"
    )
    xmr_values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
    xmr = analyse(
        [PointIn(v, period=weeks[i]) for i, v in enumerate(xmr_values)], chart="i", direction="down"
    )
    p = analyse(
        [PointIn(c, n, weeks[i]) for i, (c, n) in enumerate(zip(P_COUNTS, P_SIZES, strict=True))],
        chart="p",
        direction="down",
        target=0.05,
    )
    phased_values = [
        31,
        29,
        33,
        30,
        28,
        32,
        30,
        31,
        29,
        33,
        30,
        32,
        24,
        22,
        23,
        21,
        25,
        22,
        20,
        23,
        21,
        22,
        24,
        21,
    ]
    phased = analyse(
        [PointIn(v, period=weeks[i]) for i, v in enumerate(phased_values)],
        chart="i",
        splits=[12],
        direction="down",
        target=22,
    )
    return [
        ExampleChart(
            "run",
            "Discharges before noon",
            "per week",
            run,
            "Cleifion wedi'u rhyddhau cyn hanner dydd",
            "yr wythnos",
        ),
        ExampleChart(
            "xmr",
            "Minutes to first antibiotic",
            "minutes",
            xmr,
            "Munudau tan y gwrthfiotig cyntaf",
            "munudau",
        ),
        ExampleChart(
            "p",
            "Falls with harm",
            "proportion of patients",
            p,
            "Cwympiadau a achosodd niwed",
            "cyfran y cleifion",
        ),
        ExampleChart(
            "phases",
            "Agency shifts per week",
            "shifts",
            phased,
            "Sifftiau asiantaeth yr wythnos",
            "sifftiau",
        ),
    ]
