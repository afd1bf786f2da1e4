"""`main.py chart analyse`: CSV in, a table or JSON out; bad input is one line and status 2."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

P_COUNTS = [12, 8, 6, 9, 10, 12, 11, 16, 10, 6, 20, 15, 9, 8, 6, 8, 10, 7, 5, 8, 5, 8, 10, 6, 9]
P_SIZES = [100, 80, 80, 100, 110, 110, 100, 100, 90, 90, 110, 120, 120, 120, 110, 80, 80, 80,
           90, 100, 100, 100, 100, 90, 90]  # fmt: skip
PERIODS = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(25)]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def p_csv(tmp_path: Path) -> Path:
    """The p chart worked example of QI-RULES.md, with periods and a note on point 11."""
    rows = [
        f"{period},{x},{n},{'new referral form' if i == 10 else ''}"
        for i, (period, x, n) in enumerate(zip(PERIODS, P_COUNTS, P_SIZES, strict=True))
    ]
    return write(tmp_path / "p.csv", "period,value,denominator,note\n" + "\n".join(rows) + "\n")


def analyse_json(*args: str | Path) -> dict[str, Any]:
    result = run("chart", "analyse", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_p_chart_example_through_the_command_line(p_csv: Path) -> None:
    data = analyse_json(p_csv, "--chart", "p")
    assert data["chart"] == "p"
    assert len(data["points"]) == 25
    assert data["phases"][0]["cl"] == pytest.approx(234 / 2450)
    limits = {80: (0.0, 0.194093), 90: (0.002565, 0.188455), 100: (0.007335, 0.183686),
              110: (0.011438, 0.179582), 120: (0.015017, 0.176003)}  # fmt: skip
    for point, n in zip(data["points"], P_SIZES, strict=True):
        assert (point["lcl"], point["ucl"]) == pytest.approx(limits[n], abs=1e-6)
    outside = [p["index"] for p in data["points"] if p["signals"]]
    assert outside == [11]
    eleven = data["points"][10]
    assert eleven["value"] == pytest.approx(20 / 110)
    assert eleven["signals"] == ["outside_limits"]
    assert eleven["point_type"] == "special_cause_neutral_high"
    assert eleven["period"] == "2023-11"
    assert eleven["note"] == "new referral form"
    assert data["phases"][0]["runs"] == {
        "useful": 25,
        "longest_run": 5,
        "longest_run_max": 8,
        "crossings": 10,
        "crossings_min": 8,
        "signal": False,
    }
    assert data["variation_icon"] == "common_cause"
    assert data["assurance_icon"] is None
    assert data["warnings"] == []


def test_json_has_the_shape_of_the_issue(p_csv: Path) -> None:
    data = analyse_json(p_csv, "--chart", "p", "--direction", "down", "--target", "0.05")
    top = {"chart", "points", "phases", "variation_icon", "assurance_icon", "warnings"}
    assert top <= data.keys()
    point_keys = {"index", "period", "value", "cl", "lcl", "ucl", "lcl_2sigma", "ucl_2sigma",
                  "phase", "excluded", "signals", "point_type"}  # fmt: skip
    assert all(point_keys <= p.keys() for p in data["points"])
    assert {"phase", "first", "last", "cl", "runs"} <= data["phases"][0].keys()
    assert (data["phases"][0]["first"], data["phases"][0]["last"]) == (1, 25)
    assert data["points"][0]["excluded"] is False
    assert data["points"][0]["phase"] == 1
    # 0.05 lies between the last point's limits (n = 90: 0.0026 to 0.1885)
    assert data["assurance_icon"] == "inconsistent"
    assert data["points"][10]["point_type"] == "special_cause_concern"
    assert data["reading"]["code"] == "common_cause"
    assert data["reading"]["text"]


def test_run_chart_has_null_limits_and_mr_chart_null_runs(tmp_path: Path) -> None:
    csv_file = write(tmp_path / "i.csv", "value\n3\n1\n4\n1\n5\n9\n2\n")
    run_chart = analyse_json(csv_file, "--chart", "run")
    assert all(p["lcl"] is None and p["ucl"] is None for p in run_chart["points"])
    assert run_chart["phases"][0]["cl"] == 3
    assert run_chart["points"][0]["period"] is None
    mr_chart = analyse_json(csv_file, "--chart", "mr")
    assert mr_chart["phases"][0]["runs"] is None
    assert [p["value"] for p in mr_chart["points"]] == [None, 2, 3, 3, 4, 4, 7]
    assert mr_chart["points"][0]["ucl"] == pytest.approx(3.267 * 23 / 6)


def test_xmr_options_split_exclude_screening_and_trial_limits(tmp_path: Path) -> None:
    values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
    csv_file = write(tmp_path / "x.csv", "value\n" + "\n".join(map(str, values)) + "\n")
    screened = analyse_json(csv_file, "--chart", "i")
    assert screened["points"][0]["ucl"] == pytest.approx(4.604444, abs=1e-6)
    plain = analyse_json(csv_file, "--chart", "i", "--no-screen-mr")
    assert plain["points"][0]["ucl"] == pytest.approx(6.951503, abs=1e-6)
    split = analyse_json(csv_file, "--chart", "i", "--split", "9", "--exclude", "5")
    assert [(ph["first"], ph["last"]) for ph in split["phases"]] == [(1, 9), (10, 18)]
    assert split["phases"][0]["cl"] == 1.5  # point 5 (10) excluded
    assert split["points"][4]["excluded"] is True
    assert split["points"][4]["signals"] == ["outside_limits"]
    assert split["warnings"] == [
        {"code": "trial_limits", "phase": 1, "points": 8},
        {"code": "trial_limits", "phase": 2, "points": 9},
    ]


def test_freeze_direction_target_and_reading(tmp_path: Path) -> None:
    values = [9, 11] * 5 + [11, 12, 11, 12, 11, 12, 11]
    months = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 6)]
    rows = "\n".join(f"{m},{v}" for m, v in zip(months, values, strict=True))
    csv_file = write(tmp_path / "f.csv", "period,value\n" + rows + "\n")
    data = analyse_json(
        csv_file, "--chart", "i", "--freeze", "9", "--direction", "up", "--target", "20"
    )
    assert data["phases"][0]["cl"] == pytest.approx(89 / 9)  # 5 nines and 4 elevens
    assert [p["index"] for p in data["points"] if "shift" in p["signals"]] == list(range(10, 18))
    assert data["variation_icon"] == "improvement_high"
    assert data["assurance_icon"] == "consistent_fail"  # 20 is above the UCL
    assert data["reading"]["code"] == "shift_improvement"
    assert data["reading"]["params"]["count"] == 8
    assert data["reading"]["params"]["since"] == "2025-10"
    text = run("chart", "analyse", csv_file, "--chart", "i", "--freeze", "9", "--direction", "up")
    assert text.returncode == 0
    assert "Reading: 8 points above the mean since 2025-10: special cause improvement." in (
        text.stdout
    )


def test_u_chart_with_multiply(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path / "u.csv", "value,denominator\n3,1000\n5,1200\n2,800\n8,1500\n4,1000\n6,1100\n"
    )
    data = analyse_json(csv_file, "--chart", "u", "--multiply", "1000")
    ubar = 28 / 6600
    assert data["phases"][0]["cl"] == pytest.approx(ubar * 1000)
    assert data["points"][0]["ucl"] == pytest.approx((ubar + 3 * math.sqrt(ubar / 1000)) * 1000)
    assert data["points"][0]["value"] == pytest.approx(3.0)


def test_run_chart_ihi_rules(tmp_path: Path) -> None:
    values = [1, 2, 5, 3, 2, 1, 3, 8, 9, 7, 9, 8, 6]
    csv_file = write(tmp_path / "r.csv", "value\n" + "\n".join(map(str, values)) + "\n")
    ihi = analyse_json(csv_file, "--chart", "run", "--rules", "ihi")
    assert [p["index"] for p in ihi["points"] if "shift" in p["signals"]] == [
        1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
    ]  # fmt: skip
    anhoej = analyse_json(csv_file, "--chart", "run")
    assert all(p["signals"] == [] for p in anhoej["points"])


def test_readable_table_and_reading(p_csv: Path) -> None:
    result = run("chart", "analyse", p_csv, "--chart", "p")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("p chart of")
    assert "period" in lines[1]
    assert "UCL" in lines[1]
    eleven = next(line for line in lines if line.split()[:2] == ["11", "2023-11"])
    assert "0.181818" in eleven
    assert "outside_limits" in eleven
    assert any("longest run 5 (max 8), 10 crossings (min 8)" in line for line in lines)
    assert lines[-1].startswith("Reading: ")


def test_help_lists_the_chart_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "chart analyse FILE.csv --chart run|i|mr|p|u|c" in result.stdout
    chart_help = run("chart", "analyse", "--help")
    assert chart_help.returncode == 0
    assert "--no-screen-mr" in chart_help.stdout


# --- Bad input: status 2, one line naming the row and column (or the option) -----------------


def bad(
    tmp_path: Path, content: str | bytes | None, *options: str
) -> subprocess.CompletedProcess[str]:
    """Run the command on a file with `content` (None: no file at all)."""
    path = tmp_path / "data.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    return run("chart", "analyse", path, *options)


def assert_one_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for fragment in expected:
        assert fragment in result.stderr, result.stderr


GOOD = "value,denominator\n5,10\n6,10\n7,10\n"


@pytest.mark.parametrize(
    ("content", "options", "expected"),
    [
        ("count\n1\n2\n", ["--chart", "i"], ["header", "no column 'value'"]),
        ("value\n1\n2\n", ["--chart", "p"], ["header", "no column 'denominator'"]),
        ("value\n1\n2\nabc\n4\n", ["--chart", "i"], ["row 3 (line 4)", "column 'value'", "'abc'"]),
        ("value,denominator\n5,10\n6,0\n", ["--chart", "p"],
         ["row 2 (line 3)", "column 'denominator'", "not above 0"]),
        ("value,denominator\n5,10\n6,4\n", ["--chart", "p"],
         ["row 2 (line 3)", "column 'denominator'", "below the count 6"]),
        ("value,denominator\n5,10\n6,\n", ["--chart", "u"],
         ["row 2 (line 3)", "column 'denominator'", "empty"]),
        ("value\n3\n-2\n", ["--chart", "c"], ["row 2 (line 3)", "column 'value'", "negative"]),
        ("value,denominator\n-3,10\n2,10\n", ["--chart", "u"], ["row 1 (line 2)", "negative"]),
        ("value\n1e999\n2\n", ["--chart", "i"], ["row 1 (line 2)", "column 'value'", "finite"]),
        ("value\nnan\n2\n", ["--chart", "i"], ["row 1 (line 2)", "'nan' is not a number"]),
        ("value\n7\n", ["--chart", "i"], ["1 data rows", "at least 2 points"]),
        ("value\n", ["--chart", "run"], ["0 data rows", "at least 2 points"]),
        ("", ["--chart", "i"], ["empty"]),
        ("\n\n", ["--chart", "i"], ["empty"]),
        ("value,value\n1\n2\n", ["--chart", "i"], ["header", "'value' appears more than once"]),
        (GOOD, ["--chart", "p", "--split", "3"], ["--split 3", "from 1 to 2"]),
        (GOOD, ["--chart", "p", "--split", "0"], ["--split 0", "out of range"]),
        (GOOD, ["--chart", "p", "--exclude", "4"], ["--exclude 4", "from 1 to 3"]),
        (GOOD, ["--chart", "p", "--freeze", "9"], ["--freeze 9", "from 2 to 3"]),
        (GOOD, ["--chart", "p", "--split", "1"], ["phase 1", "at least 2"]),
        (GOOD, ["--chart", "p", "--exclude", "1,2"], ["phase 1", "at least 2"]),
        (GOOD, ["--chart", "p", "--split", "a"], ["--split", "'a'"]),
        (GOOD, ["--chart", "p", "--freeze", "2", "--split", "1"], ["--freeze and --split"]),
        (GOOD, ["--chart", "p", "--bogus"], ["unrecognized arguments: --bogus"]),
        (GOOD, ["--chart", "pie"], ["--chart", "invalid choice"]),
        (GOOD, [], ["--chart"]),
        (GOOD, ["--chart", "p", "--direction", "left"], ["--direction"]),
        (GOOD, ["--chart", "p", "--multiply", "0"], ["--multiply", "above 0"]),
        (GOOD, ["--chart", "p", "--target", "x"], ["--target", "'x'"]),
        (GOOD, ["--chart", "i", "--rules", "ihi"], ["--rules ihi", "run charts only"]),
        (GOOD, ["--chart", "i", "--shift-length", "5"], ["--shift-length"]),
        (None, ["--chart", "i"], ["no such file"]),
        (b"value\n\xff\xfe1\n2\n", ["--chart", "i"], ["not a UTF-8"]),
        ('value\n"1\n2\x00\n', ["--chart", "i"], ["row 1 (line 3)", "is not a number"]),
        ("value\n" + "1" * 200_000 + "\n", ["--chart", "i"], ["line 2", "not valid CSV"]),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_with_status_2(
    tmp_path: Path, content: str | bytes | None, options: list[str], expected: list[str]
) -> None:
    assert_one_line(bad(tmp_path, content, *options), *expected)


def test_blank_lines_extra_cells_and_other_columns_are_fine(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path / "ok.csv", "\ufeffWard, Value ,Period\nA,1,x,extra\n\n , , \nB,2.5,y\n"
    )
    data = analyse_json(csv_file, "--chart", "i")
    assert [(p["index"], p["value"], p["period"]) for p in data["points"]] == [
        (1, 1.0, "x"),
        (2, 2.5, "y"),
    ]


def test_a_directory_is_unreadable(tmp_path: Path) -> None:
    assert_one_line(run("chart", "analyse", tmp_path, "--chart", "i"), "cannot be read")


def test_unknown_action(tmp_path: Path) -> None:
    assert_one_line(run("chart", "draw", "x.csv"), "main.py chart", "'draw'", "analyse")
    assert_one_line(run("chart"), "main.py chart", "analyse")
