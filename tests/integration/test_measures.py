"""Measures on a real SQLite file: migration 0003, charts, imports, notes, markers and phases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from importlib import resources
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text

from kiosk import spc
from kiosk.db import HEAD_REVISION, Store, current_revision, make_engine, migrate
from kiosk.demo import fill_demo
from kiosk.dto.measures import ImportResult, MeasureData, MeasurePoint, RowProblem
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import (
    Base,
    ChartType,
    DataPoint,
    Direction,
    Measure,
    Outbox,
    PdsaCycle,
    Project,
)
from kiosk.operations import Operations
from kiosk.services.measures import (
    chart_of,
    import_points,
    mark_pdsa,
    measures_for_facilitator,
    project_measures,
    set_phases,
    set_point_excluded,
    set_point_note,
)

LEGACY = "2026-01-05 10:00:00.000000"


@pytest.fixture
def ops(store: Store, now: datetime) -> Operations:
    """The façade on the test's store, at the fixed instant."""
    return Operations(store, clock=lambda: now)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk") / "migrations"))
    return config


def _alembic(engine: Engine, action: str, revision: str) -> None:
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def _schema_matches_models(engine: Engine) -> list[Any]:
    def outside_the_models(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and (name or "").startswith("person_search"))

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": outside_the_models, "compare_type": True}
        )
        return list(compare_metadata(context, Base.metadata))


def _outbox(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    with store.begin() as s:
        rows = s.execute(
            select(Outbox.entity, Outbox.entity_id, Outbox.payload).order_by(Outbox.seq)
        )
        return [(entity, entity_id, payload) for entity, entity_id, payload in rows]


def _count(store: Store, model: Any, *where: Any) -> int:
    with store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _project(store: Store, title: str = "Fewer falls on Ward 7") -> str:
    with store.begin() as s:
        project = Project(title=title, aim="Reduce falls by 30% in six months.")
        s.add(project)
        s.flush()
        return project.id


def _measure(
    store: Store,
    project_id: str,
    chart: str = "run",
    values: tuple[float, ...] = (),
    denominators: tuple[float | None, ...] = (),
    name: str = "Falls",
    **options: Any,
) -> str:
    """A measure with points 1..n (periods W1, W2, ...), written through the ORM."""
    with store.begin() as s:
        measure = Measure(
            project_id=project_id, name=name, unit="falls", chart_type=ChartType(chart), **options
        )
        s.add(measure)
        s.flush()
        for seq, value in enumerate(values, start=1):
            denominator = denominators[seq - 1] if denominators else None
            s.add(
                DataPoint(
                    measure_id=measure.id,
                    seq=seq,
                    period=f"W{seq}",
                    value=value,
                    denominator=denominator,
                )
            )
        return measure.id


def _cycle(store: Store, project_id: str, number: int = 1, title: str = "Test 1: signs") -> str:
    with store.begin() as s:
        cycle = PdsaCycle(project_id=project_id, number=number, title=title)
        s.add(cycle)
        s.flush()
        return cycle.id


def _data(store: Store, project_id: str) -> tuple[MeasureData, ...]:
    with store.begin() as s:
        return project_measures(s, project_id=project_id).measures


def _points(store: Store, measure_id: str) -> tuple[MeasurePoint, ...]:
    with store.begin() as s:
        measure = s.get_one(Measure, measure_id)
        found = project_measures(s, project_id=measure.project_id).measures
    return next(m for m in found if m.id == measure_id).points


def _import(
    store: Store, now: datetime, measure_id: str, text_: str, replace: bool = False
) -> ImportResult:
    with store.begin() as s:
        return import_points(s, measure_id=measure_id, text=text_, replace=replace, now=now)


def _code(caught: pytest.ExceptionInfo[KioskError]) -> ErrorCode:
    return caught.value.code


RUN = (5.0, 7.0, 6.0, 8.0, 7.0, 9.0, 4.0, 6.0, 5.0, 7.0, 3.0, 4.0, 3.0, 2.0, 3.0, 4.0)


# --- migration 0003 --------------------------------------------------------------------------


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on this test's own, not yet migrated, SQLite file."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def test_an_empty_database_migrates_to_head_with_the_measure_columns(engine: Engine) -> None:
    migrate(engine)

    assert current_revision(engine) == HEAD_REVISION
    columns = {c["name"]: c for c in inspect(engine).get_columns("measure")}
    assert {"freeze", "splits", "rules", "multiply"} <= set(columns)
    assert columns["freeze"]["nullable"] is True
    assert columns["splits"]["nullable"] is False
    points = {c["name"] for c in inspect(engine).get_columns("data_point")}
    assert {"excluded", "pdsa_cycle_id"} <= points
    [marker] = [
        fk
        for fk in inspect(engine).get_foreign_keys("data_point")
        if fk["constrained_columns"] == ["pdsa_cycle_id"]
    ]
    assert marker["referred_table"] == "pdsa_cycle"
    assert _schema_matches_models(engine) == []


def _fill_at_0002(engine: Engine) -> None:
    """A project with a measure, two points and a PDSA cycle, as a 0002 database holds them."""
    stamp = {"c": LEGACY, "u": LEGACY, "v": "legacy"}
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO project (id, title, aim, stage, is_public, seeking_collaborators, "
                "created_at, updated_at, version, deleted) "
                "VALUES ('p1', 'Falls', 'Fewer', 'testing', 1, 0, :c, :u, :v, 0)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO measure (id, project_id, name, unit, chart_type, direction, target, "
                "created_at, updated_at, version, deleted) "
                "VALUES ('m1', 'p1', 'Falls', 'falls', 'c', 'down', 2.5, :c, :u, :v, 0)"
            ),
            stamp,
        )
        for seq, value in ((1, 6.0), (2, 4.0)):
            conn.execute(
                text(
                    "INSERT INTO data_point (id, measure_id, seq, period, value, denominator, "
                    "note, created_at, updated_at, version, deleted) "
                    "VALUES (:id, 'm1', :seq, :period, :value, NULL, 'kept', :c, :u, :v, 0)"
                ),
                {"id": f"d{seq}", "seq": seq, "period": f"W{seq}", "value": value, **stamp},
            )
        conn.execute(
            text(
                "INSERT INTO pdsa_cycle (id, project_id, number, title, plan, prediction, do, "
                "study, created_at, updated_at, version, deleted) "
                "VALUES ('c1', 'p1', 1, 'Signs', '', '', '', '', :c, :u, :v, 0)"
            ),
            stamp,
        )


def test_a_database_at_0002_keeps_its_data_and_takes_the_defaults(
    engine: Engine, now: datetime
) -> None:
    _alembic(engine, "upgrade", "0002")
    _fill_at_0002(engine)

    migrate(engine)

    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        measure = conn.execute(
            text("SELECT name, target, freeze, splits, rules, multiply FROM measure")
        ).one()
        points = conn.execute(
            text("SELECT id, value, note, excluded, pdsa_cycle_id FROM data_point ORDER BY seq")
        ).all()
    assert tuple(measure) == ("Falls", 2.5, None, "", "anhoej", 1.0)
    assert [tuple(p) for p in points] == [
        ("d1", 6.0, "kept", 0, None),
        ("d2", 4.0, "kept", 0, None),
    ]
    assert "ix_data_point_measure_seq" in {
        i["name"] for i in inspect(engine).get_indexes("data_point")
    }
    assert _schema_matches_models(engine) == []
    store = Store(engine, clock=lambda: now)
    [data] = _data(store, "p1")
    assert (data.freeze, data.splits, data.rules, data.multiply) == (None, (), "anhoej", 1.0)
    assert [(p.seq, p.value, p.excluded, p.pdsa_number) for p in data.points] == [
        (1, 6.0, False, None),
        (2, 4.0, False, None),
    ]
    assert chart_of(data).analysis is not None


def test_the_migration_goes_down_to_0002_and_up_again_with_the_data(engine: Engine) -> None:
    _alembic(engine, "upgrade", "0002")
    _fill_at_0002(engine)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE data_point SET pdsa_cycle_id = 'c1', excluded = 1"))

    _alembic(engine, "downgrade", "0002")

    assert current_revision(engine) == "0002"
    assert "freeze" not in {c["name"] for c in inspect(engine).get_columns("measure")}
    assert "excluded" not in {c["name"] for c in inspect(engine).get_columns("data_point")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM data_point")).scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    migrate(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert _schema_matches_models(engine) == []


# --- reading a project's measures --------------------------------------------------------------


def test_a_projects_measures_come_with_their_points_in_order_and_their_markers(
    store: Store,
) -> None:
    project_id = _project(store)
    cycle_id = _cycle(store, project_id, 1, "Test 1: falls signs")
    _cycle(store, project_id, 2, "Test 2: toileting rounds")
    falls = _measure(store, project_id, "c", (6.0, 4.0, 5.0), name="Falls")
    _measure(store, project_id, "i", (30.0, 31.0), name="Minutes to help")
    gone = _measure(store, project_id, "run", (1.0, 2.0), name="Dropped")
    with store.begin() as s:
        s.get_one(Measure, gone).deleted = True
        first, second, third = s.scalars(
            select(DataPoint).where(DataPoint.measure_id == falls).order_by(DataPoint.seq)
        )
        # stored out of order, one tombstoned, one marked and noted
        first.seq, third.seq = 30, 20
        second.deleted = True
        third.pdsa_cycle_id = cycle_id
        third.note = "Signs up"

    with store.begin() as s:
        found = project_measures(s, project_id=project_id)

    assert found.project_id == project_id
    assert found.project_title == "Fewer falls on Ward 7"
    assert [m.name for m in found.measures] == ["Falls", "Minutes to help"]
    assert [(c.number, c.title) for c in found.cycles] == [
        (1, "Test 1: falls signs"),
        (2, "Test 2: toileting rounds"),
    ]
    falls_data = found.measures[0]
    assert falls_data.chart == "c"
    assert falls_data.direction == "neutral"
    assert falls_data.unit == "falls"
    assert falls_data.project_id == project_id
    assert [
        (p.seq, p.period, p.value, p.note, p.pdsa_number, p.pdsa_title, p.pdsa_cycle_id)
        for p in falls_data.points
    ] == [
        (1, "W3", 5.0, "Signs up", 1, "Test 1: falls signs", cycle_id),
        (2, "W1", 6.0, "", None, "", None),
    ]


def test_a_marker_of_a_deleted_cycle_is_not_shown(store: Store) -> None:
    project_id = _project(store)
    cycle_id = _cycle(store, project_id)
    measure_id = _measure(store, project_id, "run", (1.0, 2.0, 3.0))
    point_id = _points(store, measure_id)[0].id
    with store.begin() as s:
        s.get_one(DataPoint, point_id).pdsa_cycle_id = cycle_id
        s.get_one(PdsaCycle, cycle_id).deleted = True

    point = _points(store, measure_id)[0]

    assert (point.pdsa_number, point.pdsa_title, point.pdsa_cycle_id) == (None, "", None)


def test_an_unknown_or_deleted_project_is_refused(store: Store) -> None:
    project_id = _project(store)
    with store.begin() as s:
        s.get_one(Project, project_id).deleted = True

    for unknown in ("no-such-project", project_id):
        with pytest.raises(KioskError) as caught, store.begin() as s:
            project_measures(s, project_id=unknown)
        assert _code(caught) is ErrorCode.PROJECT_UNKNOWN


def test_the_facilitator_chooses_among_live_measures_by_project_and_name(store: Store) -> None:
    ward = _project(store, "Ward 7 falls")
    ed = _project(store, "ED sepsis")
    closed = _project(store, "Closed project")
    falls = _measure(store, ward, name="Falls")
    harm = _measure(store, ward, name="Falls with harm")
    sepsis = _measure(store, ed, name="Sepsis six")
    dropped = _measure(store, ed, name="Dropped")
    _measure(store, closed, name="Anything")
    with store.begin() as s:
        s.get_one(Project, closed).deleted = True
        s.get_one(Measure, dropped).deleted = True

    with store.begin() as s:
        options = measures_for_facilitator(s)

    assert [(o.measure_id, o.project_id, o.project_title, o.measure_name) for o in options] == [
        (sepsis, ed, "ED sepsis", "Sepsis six"),
        (falls, ward, "Ward 7 falls", "Falls"),
        (harm, ward, "Ward 7 falls", "Falls with harm"),
    ]


# --- charts ------------------------------------------------------------------------------------


def _measure_data(
    chart: str,
    values: tuple[float, ...],
    denominators: tuple[float | None, ...] = (),
    **options: Any,
) -> MeasureData:
    points = tuple(
        MeasurePoint(
            id=f"d{seq}",
            seq=seq,
            period=f"W{seq}",
            value=value,
            denominator=denominators[seq - 1] if denominators else None,
            note="",
            excluded=seq in options.get("excluded", ()),
            pdsa_number=None,
            pdsa_title="",
        )
        for seq, value in enumerate(values, start=1)
    )
    fields: dict[str, Any] = {
        "direction": "neutral",
        "target": None,
        "freeze": None,
        "splits": (),
        "rules": "anhoej",
        "multiply": 1.0,
    }
    fields.update((k, v) for k, v in options.items() if k != "excluded")
    return MeasureData(
        id="m", project_id="p", name="Measure", unit="", chart=chart, points=points, **fields
    )


COUNTS = (12.0, 8.0, 6.0, 9.0, 10.0, 12.0, 11.0, 16.0, 10.0, 6.0, 20.0, 15.0)
SIZES = (40.0, 42.0, 38.0, 40.0, 45.0, 41.0, 39.0, 44.0, 40.0, 40.0, 43.0, 41.0)


@pytest.mark.parametrize("chart", ["run", "i", "p", "u", "c"])
def test_every_chart_kind_is_analysed_as_the_engine_does(chart: str) -> None:
    sizes = SIZES if chart in ("p", "u") else ()
    data = _measure_data(chart, COUNTS, sizes, direction="up", target=11.0)

    result = chart_of(data)

    expected = spc.analyse(
        [
            spc.PointIn(value, sizes[i - 1] if sizes else None, f"W{i}")
            for i, value in enumerate(COUNTS, start=1)
        ],
        chart=chart,
        direction="up",
        target=11.0,
    )
    assert result.error_code is None
    assert result.data is data
    assert result.analysis is not None
    assert result.analysis.chart == chart
    assert result.analysis.points == expected.points
    assert result.analysis.phases == expected.phases
    assert result.analysis.variation_icon == expected.variation_icon


def test_a_chart_uses_the_measures_phases_exclusions_and_options() -> None:
    data = _measure_data(
        "u", COUNTS, SIZES, splits=(6,), excluded=(3, 11), multiply=1000.0, direction="down"
    )

    analysis = chart_of(data).analysis

    assert analysis is not None
    assert analysis.splits == (6,)
    assert analysis.exclude == (3, 11)
    assert analysis.multiply == 1000.0
    assert analysis.direction == "down"
    assert [ph.phase for ph in analysis.phases] == [1, 2]
    assert analysis.points[0].value == pytest.approx(12 / 40 * 1000)
    assert [p.excluded for p in analysis.points].count(True) == 2
    frozen = chart_of(_measure_data("i", COUNTS, freeze=6)).analysis
    assert frozen is not None
    assert frozen.freeze == 6
    assert frozen.phases[0].baseline_last == 6


def test_the_ihi_rules_apply_to_run_charts_only() -> None:
    run = chart_of(_measure_data("run", COUNTS, rules="ihi")).analysis
    xmr = chart_of(_measure_data("i", COUNTS, rules="ihi"))

    assert run is not None
    assert run.rules == "ihi"
    assert xmr.error_code is None
    assert xmr.analysis is not None
    assert xmr.analysis.rules == "anhoej"


def test_a_measure_the_engine_cannot_chart_gives_the_reason_instead_of_an_analysis() -> None:
    one_point = chart_of(_measure_data("run", (5.0,)))
    no_points = chart_of(_measure_data("c", ()))
    all_excluded = chart_of(_measure_data("i", (5.0, 6.0, 7.0), excluded=(1, 2)))

    assert one_point.analysis is None
    assert one_point.error_code == "too_few_points"
    assert dict(one_point.error_params) == {"found": 1}
    assert no_points.error_code == "too_few_points"
    assert all_excluded.error_code == "too_few_included"
    assert all_excluded.error_params["phase"] == 1


def test_the_facade_charts_every_measure_of_a_project(ops: Operations, store: Store) -> None:
    project_id = _project(store)
    _measure(store, project_id, "c", RUN, name="Falls")
    _measure(store, project_id, "run", (4.0,), name="Just begun")

    charts = ops.measures.measure_charts(project_id)

    assert [c.data.name for c in charts] == ["Falls", "Just begun"]
    assert charts[0].analysis is not None
    assert len(charts[0].analysis.points) == len(RUN)
    assert (charts[1].analysis, charts[1].error_code) == (None, "too_few_points")
    assert ops.measures.project_measures(project_id).measures == tuple(c.data for c in charts)


# --- importing points --------------------------------------------------------------------------


def test_a_csv_file_is_imported_in_order_with_periods_and_notes(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store), "p")
    csv_text = (
        "period,value,denominator,note,ward\r\n"
        "2026-01-05,12,40,,7\r\n"
        '2026-01-12,9,38,"New poster, in the bay",7\r\n'
        "\r\n"
        "2026-01-19,15,41,,7\r\n"
    )
    before = len(_outbox(store))

    result = _import(store, now, measure_id, csv_text)

    assert result == ImportResult(saved=3, problems=())
    points = _points(store, measure_id)
    assert [(p.seq, p.period, p.value, p.denominator, p.note) for p in points] == [
        (1, "2026-01-05", 12.0, 40.0, ""),
        (2, "2026-01-12", 9.0, 38.0, "New poster, in the bay"),
        (3, "2026-01-19", 15.0, 41.0, ""),
    ]
    changes = _outbox(store)[before:]
    assert [(entity, entity_id) for entity, entity_id, _ in changes] == [
        ("data_point", p.id) for p in points
    ]
    assert [payload["value"] for _, _, payload in changes] == [12.0, 9.0, 15.0]
    assert all(payload["created_at"] == now.isoformat() for _, _, payload in changes)


def test_pasted_spreadsheet_rows_are_imported_by_position(store: Store, now: datetime) -> None:
    project_id = _project(store)
    rates = _measure(store, project_id, "u", name="Falls per 1,000 bed days")
    minutes = _measure(store, project_id, "i", name="Minutes")
    counts = _measure(store, project_id, "c", name="Complaints")

    with_titles = "Week\tFalls\tBed days\r\n5 Jan\t7\t880\t\t\r\n12 Jan\t1,204\t1,900\r\n"
    no_header = "Jan\t31.5\tHandover moved\nFeb\t28\n"
    one_column = "4\n6\n\n5\n"

    assert _import(store, now, rates, with_titles).saved == 2
    assert _import(store, now, minutes, no_header).saved == 2
    assert _import(store, now, counts, one_column).saved == 3
    assert [(p.period, p.value, p.denominator) for p in _points(store, rates)] == [
        ("5 Jan", 7.0, 880.0),
        ("12 Jan", 1204.0, 1900.0),
    ]
    assert [(p.period, p.value, p.note) for p in _points(store, minutes)] == [
        ("Jan", 31.5, "Handover moved"),
        ("Feb", 28.0, ""),
    ]
    assert [(p.seq, p.period, p.value) for p in _points(store, counts)] == [
        (1, "", 4.0),
        (2, "", 6.0),
        (3, "", 5.0),
    ]


def test_pasted_rows_with_a_header_naming_the_columns_go_by_name(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store), "p")

    result = _import(store, now, measure_id, "Denominator\tValue\tPeriod\n40\t12\tMar\n")

    assert result.saved == 1
    [point] = _points(store, measure_id)
    assert (point.period, point.value, point.denominator) == ("Mar", 12.0, 40.0)


BAD_ROWS = [
    # (chart, text, the problems: (row, column, code))
    ("run", "value\n3\n\nx\n", [(2, "value", "not_a_number")]),
    ("run", "value,note\n3,a\n,b\n", [(2, "value", "value_missing")]),
    ("i", "value\n1e999\n", [(1, "value", "value_not_finite")]),
    ("c", "value\n2\n-1\n", [(2, "value", "count_negative")]),
    ("p", "value,denominator\n3,\n", [(1, "denominator", "denominator_missing")]),
    ("u", "value,denominator\n3,many\n", [(1, "denominator", "not_a_number")]),
    (
        "u",
        "value,denominator\n3,0\n4,-2\n",
        [
            (1, "denominator", "denominator_not_positive"),
            (2, "denominator", "denominator_not_positive"),
        ],
    ),
    ("p", "value,denominator\n3,4\n5,4\n", [(2, "denominator", "denominator_below_count")]),
    ("run", "value,period\n3," + "x" * 41 + "\n", [(1, "period", "too_long")]),
    ("run", "value,note\n3," + "y" * 201 + "\n", [(1, "note", "too_long")]),
    ("run", 'value,note\n3,"bell\x07"\n', [(1, "note", "control_chars")]),
    ("run", "Jan\t3\tfine\textra\n", [(1, "", "extra_cells")]),
    ("p", "Jan\t3\n", [(1, "denominator", "denominator_missing")]),
    ("p", "count,denominator\n3,4\n", [(0, "value", "column_missing")]),
    ("u", "value,period\n3,Jan\n", [(0, "denominator", "column_missing")]),
    ("run", "value,Value\n3,4\n", [(0, "value", "column_repeated")]),
    ("run", "3,4\n5,6\n", [(0, "value", "column_missing")]),
    ("run", " \n\n", [(0, "", "no_rows")]),
    ("run", "value\n", [(0, "", "no_rows")]),
    ("run", 'value,note\n3,ok\n4,"unclosed\n5,x\n', [(2, "", "unreadable")]),
]


@pytest.mark.parametrize(("chart", "text_", "problems"), BAD_ROWS)
def test_every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_saved(
    store: Store, now: datetime, chart: str, text_: str, problems: list[tuple[int, str, str]]
) -> None:
    sizes = (2.0, 2.0) if chart in ("p", "u") else ()
    measure_id = _measure(store, _project(store), chart, (1.0, 1.0), sizes)
    before = _outbox(store)

    result = _import(store, now, measure_id, text_)

    assert result.saved == 0
    assert [(p.row, p.column, p.code) for p in result.problems] == problems
    assert all(isinstance(p, RowProblem) for p in result.problems)
    assert _outbox(store) == before
    assert len(_points(store, measure_id)) == 2


def test_one_bad_row_among_good_ones_saves_nothing_and_every_bad_row_is_listed(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store), "p", (3.0, 4.0), (10.0, 10.0))
    rows = [f"{i},{i + 20},W{i}" for i in range(1, 31)]
    rows[6] = "7,abc,W7"  # row 7: the denominator
    rows[19] = "21,20,W20"  # row 20: above its denominator
    rows[24] = "x," + "n" * 3 + ",W25"  # row 25: value and denominator
    before = _outbox(store)

    result = _import(store, now, measure_id, "value,denominator,period\n" + "\n".join(rows))

    assert result.saved == 0
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (7, "denominator", "not_a_number"),
        (20, "denominator", "denominator_below_count"),
        (25, "value", "not_a_number"),
        (25, "denominator", "not_a_number"),
    ]
    assert _outbox(store) == before
    assert [p.value for p in _points(store, measure_id)] == [3.0, 4.0]


def test_an_import_appends_after_the_points_or_replaces_them(store: Store, now: datetime) -> None:
    measure_id = _measure(store, _project(store), "c", (6.0, 5.0, 7.0), splits="2")
    old = _points(store, measure_id)

    appended = _import(store, now, measure_id, "value,period\n4,W4\n3,W5\n")

    assert appended.saved == 2
    assert [(p.seq, p.value) for p in _points(store, measure_id)] == [
        (1, 6.0),
        (2, 5.0),
        (3, 7.0),
        (4, 4.0),
        (5, 3.0),
    ]
    before = len(_outbox(store))

    replaced = _import(store, now, measure_id, "value\n9\n8\n7\n6\n", replace=True)

    assert replaced.saved == 4
    points = _points(store, measure_id)
    assert [(p.seq, p.value) for p in points] == [(1, 9.0), (2, 8.0), (3, 7.0), (4, 6.0)]
    assert not {p.id for p in old} & {p.id for p in points}
    assert _count(store, DataPoint, DataPoint.deleted.is_(True)) == 5
    changes = _outbox(store)[before:]
    tombstones = [payload for entity, _, payload in changes if payload["deleted"]]
    assert len(tombstones) == 5
    assert all(entity == "data_point" for entity, _, _ in changes)
    assert len(changes) == 5 + 4
    # the split after point 2 still fits four points
    assert _data(store, _measure_project(store, measure_id))[0].splits == (2,)


def _measure_project(store: Store, measure_id: str) -> str:
    with store.begin() as s:
        return s.get_one(Measure, measure_id).project_id


def test_replacing_clears_phases_the_new_points_cannot_have(store: Store, now: datetime) -> None:
    project_id = _project(store)
    split = _measure(store, project_id, "c", RUN, splits="8", name="Split")
    frozen = _measure(store, project_id, "c", RUN, freeze=12, name="Frozen")

    _import(store, now, split, "value\n1\n2\n3\n", replace=True)
    _import(store, now, frozen, "value\n1\n2\n3\n", replace=True)

    by_name = {m.name: m for m in _data(store, project_id)}
    assert (by_name["Split"].freeze, by_name["Split"].splits) == (None, ())
    assert (by_name["Frozen"].freeze, by_name["Frozen"].splits) == (None, ())
    payloads = [p for e, _, p in _outbox(store) if e == "measure"]
    assert (payloads[-2]["splits"], payloads[-1]["freeze"]) == ("", None)


def test_importing_into_an_unknown_or_deleted_measure_is_refused(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store))
    with store.begin() as s:
        s.get_one(Measure, measure_id).deleted = True

    for unknown in ("no-such-measure", measure_id):
        with pytest.raises(KioskError) as caught:
            _import(store, now, unknown, "value\n1\n")
        assert _code(caught) is ErrorCode.MEASURE_UNKNOWN


# --- notes, PDSA markers, exclusion ------------------------------------------------------------


def test_a_note_is_tidied_stored_and_queued(store: Store, now: datetime) -> None:
    measure_id = _measure(store, _project(store), "run", RUN)
    point = _points(store, measure_id)[3]
    before = len(_outbox(store))

    with store.begin() as s:
        data = set_point_note(s, point_id=point.id, note="  New   rota\nstarted ", now=now)

    assert data.points[3].note == "New rota started"
    [(entity, entity_id, payload)] = _outbox(store)[before:]
    assert (entity, entity_id, payload["note"]) == ("data_point", point.id, "New rota started")
    with store.begin() as s:
        cleared = set_point_note(s, point_id=point.id, note="", now=now)
    assert cleared.points[3].note == ""


@pytest.mark.parametrize(
    ("note", "code"),
    [("x" * 201, ErrorCode.FIELD_TOO_LONG), ("bell\x07", ErrorCode.FIELD_CONTROL_CHARS)],
)
def test_a_bad_note_is_refused(store: Store, now: datetime, note: str, code: ErrorCode) -> None:
    measure_id = _measure(store, _project(store), "run", RUN)
    point = _points(store, measure_id)[0]
    before = _outbox(store)

    with pytest.raises(KioskError) as caught, store.begin() as s:
        set_point_note(s, point_id=point.id, note=note, now=now)

    assert _code(caught) is code
    assert caught.value.params["field"] == "note"
    assert _outbox(store) == before


def test_a_point_is_marked_with_a_pdsa_cycle_of_its_own_project(
    store: Store, now: datetime
) -> None:
    project_id = _project(store)
    cycle_id = _cycle(store, project_id, 1, "Test 1: bay signs")
    measure_id = _measure(store, project_id, "c", RUN)
    point = _points(store, measure_id)[7]
    before = len(_outbox(store))

    with store.begin() as s:
        data = mark_pdsa(s, point_id=point.id, pdsa_cycle_id=cycle_id, now=now)

    marked = data.points[7]
    assert (marked.pdsa_number, marked.pdsa_title, marked.pdsa_cycle_id) == (
        1,
        "Test 1: bay signs",
        cycle_id,
    )
    [(entity, _, payload)] = _outbox(store)[before:]
    assert (entity, payload["pdsa_cycle_id"]) == ("data_point", cycle_id)
    with store.begin() as s:
        unmarked = mark_pdsa(s, point_id=point.id, pdsa_cycle_id=None, now=now)
    assert unmarked.points[7].pdsa_number is None


def test_a_cycle_of_another_project_or_none_at_all_is_refused(store: Store, now: datetime) -> None:
    project_id = _project(store)
    other_cycle = _cycle(store, _project(store, "Sepsis six"), 1, "Test 1: sepsis trolley")
    deleted_cycle = _cycle(store, project_id, 2, "Dropped")
    with store.begin() as s:
        s.get_one(PdsaCycle, deleted_cycle).deleted = True
    measure_id = _measure(store, project_id, "c", RUN)
    point = _points(store, measure_id)[0]
    before = _outbox(store)

    for cycle_id, code in (
        (other_cycle, ErrorCode.PDSA_CYCLE_OTHER_PROJECT),
        (deleted_cycle, ErrorCode.PDSA_CYCLE_UNKNOWN),
        ("no-such-cycle", ErrorCode.PDSA_CYCLE_UNKNOWN),
    ):
        with pytest.raises(KioskError) as caught, store.begin() as s:
            mark_pdsa(s, point_id=point.id, pdsa_cycle_id=cycle_id, now=now)
        assert _code(caught) is code

    assert _outbox(store) == before
    assert _points(store, measure_id)[0].pdsa_cycle_id is None


def test_an_excluded_point_is_left_out_of_the_chart_and_the_change_is_queued(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store), "i", RUN)
    point = _points(store, measure_id)[4]
    before = len(_outbox(store))

    with store.begin() as s:
        data = set_point_excluded(s, point_id=point.id, excluded=True, now=now)

    assert [p.seq for p in data.points if p.excluded] == [5]
    analysis = chart_of(data).analysis
    assert analysis is not None
    assert analysis.exclude == (5,)
    assert analysis.phases[0].included == len(RUN) - 1
    [(entity, entity_id, payload)] = _outbox(store)[before:]
    assert (entity, entity_id, payload["excluded"]) == ("data_point", point.id, True)
    with store.begin() as s:
        included = set_point_excluded(s, point_id=point.id, excluded=False, now=now)
    assert not any(p.excluded for p in included.points)


def test_an_unknown_or_deleted_point_is_refused(store: Store, now: datetime) -> None:
    measure_id = _measure(store, _project(store), "run", (1.0, 2.0))
    gone = _points(store, measure_id)[0].id
    with store.begin() as s:
        s.get_one(DataPoint, gone).deleted = True

    for point_id in ("no-such-point", gone):
        for action in (
            lambda s, p: set_point_note(s, point_id=p, note="x", now=now),
            lambda s, p: mark_pdsa(s, point_id=p, pdsa_cycle_id=None, now=now),
            lambda s, p: set_point_excluded(s, point_id=p, excluded=True, now=now),
        ):
            with pytest.raises(KioskError) as caught, store.begin() as s:
                action(s, point_id)
            assert _code(caught) is ErrorCode.POINT_UNKNOWN


# --- phases ------------------------------------------------------------------------------------


def test_a_chart_is_split_into_phases_or_given_a_frozen_baseline(
    store: Store, now: datetime
) -> None:
    measure_id = _measure(store, _project(store), "c", RUN)
    before = len(_outbox(store))

    with store.begin() as s:
        split = set_phases(s, measure_id=measure_id, freeze=None, splits=[6, 10], now=now)

    assert (split.freeze, split.splits) == (None, (6, 10))
    analysis = chart_of(split).analysis
    assert analysis is not None
    assert [(ph.first, ph.last) for ph in analysis.phases] == [(1, 6), (7, 10), (11, 16)]
    [(entity, _, payload)] = _outbox(store)[before:]
    assert (entity, payload["splits"], payload.get("freeze")) == ("measure", "6,10", None)

    with store.begin() as s:
        frozen = set_phases(s, measure_id=measure_id, freeze=len(RUN), splits=(), now=now)
    assert (frozen.freeze, frozen.splits) == (len(RUN), ())
    with store.begin() as s:
        cleared = set_phases(s, measure_id=measure_id, freeze=None, splits=(), now=now)
    assert (cleared.freeze, cleared.splits) == (None, ())
    assert chart_of(cleared).analysis is not None


@pytest.mark.parametrize(
    ("freeze", "splits", "reason", "params"),
    [
        (6, [8], "freeze_with_splits", {}),
        (1, [], "freeze_out_of_range", {"value": 1, "low": 2, "high": 16}),
        (17, [], "freeze_out_of_range", {"value": 17, "low": 2, "high": 16}),
        (None, [0], "split_out_of_range", {"value": 0, "low": 1, "high": 15}),
        (None, [16], "split_out_of_range", {"value": 16, "low": 1, "high": 15}),
        (None, [8, 8], "splits_not_increasing", {"value": 8}),
        (None, [10, 4], "splits_not_increasing", {"value": 4}),
        (None, [1], "phase_too_short", {"phase": 1, "value": 1}),
        (None, [4, 5], "phase_too_short", {"phase": 2, "value": 5}),
        (None, [15], "phase_too_short", {"phase": 2, "value": 16}),
    ],
)
def test_phases_the_engine_would_refuse_are_refused(
    store: Store,
    now: datetime,
    freeze: int | None,
    splits: list[int],
    reason: str,
    params: dict[str, int],
) -> None:
    measure_id = _measure(store, _project(store), "c", RUN, splits="3")
    before = _outbox(store)

    with pytest.raises(KioskError) as caught, store.begin() as s:
        set_phases(s, measure_id=measure_id, freeze=freeze, splits=splits, now=now)

    assert _code(caught) is ErrorCode.PHASES_INVALID
    assert caught.value.params == {"reason": reason, **params}
    assert _outbox(store) == before
    assert _data(store, _measure_project(store, measure_id))[0].splits == (3,)


def test_phases_of_an_unknown_measure_are_refused(store: Store, now: datetime) -> None:
    with pytest.raises(KioskError) as caught, store.begin() as s:
        set_phases(s, measure_id="no-such-measure", freeze=None, splits=[], now=now)

    assert _code(caught) is ErrorCode.MEASURE_UNKNOWN


# --- the façade, the outbox and the demo -------------------------------------------------------


def test_each_facade_action_is_one_transaction_and_queues_its_change(
    ops: Operations, store: Store
) -> None:
    project_id = _project(store)
    cycle_id = _cycle(store, project_id)
    measure_id = _measure(store, project_id, "c", direction=Direction.DOWN)
    before = len(_outbox(store))

    imported = ops.measures.import_points(
        measure_id, "Week\tFalls\n" + "".join(f"W{i}\t{v:g}\n" for i, v in enumerate(RUN, start=1))
    )
    points = ops.measures.project_measures(project_id).measures[0].points
    noted = ops.measures.set_point_note(points[9].id, "Signs in every bay")
    marked = ops.measures.mark_pdsa(points[9].id, cycle_id)
    excluded = ops.measures.set_point_excluded(points[2].id, True)
    phased = ops.measures.set_phases(measure_id, None, [9])
    refused = ops.measures.import_points(measure_id, "value\n-1\n")

    assert imported.saved == len(RUN)
    assert refused == ImportResult(0, (RowProblem(1, "value", "count_negative"),))
    assert noted.data.points[9].note == "Signs in every bay"
    assert marked.data.points[9].pdsa_number == 1
    assert excluded.analysis is not None
    assert excluded.analysis.exclude == (3,)
    assert phased.analysis is not None
    assert len(phased.analysis.phases) == 2
    assert [c.data for c in ops.measures.measure_charts(project_id)] == [phased.data]
    changes = [(e, i) for e, i, _ in _outbox(store)[before:]]
    assert changes == [
        *(("data_point", p.id) for p in points),
        ("data_point", points[9].id),
        ("data_point", points[9].id),
        ("data_point", points[2].id),
        ("measure", measure_id),
    ]
    assert [o.measure_id for o in ops.measures.measures_for_facilitator()] == [measure_id]
    assert ops.measures.project_title(project_id) == "Fewer falls on Ward 7"
    with pytest.raises(KioskError) as caught:
        ops.measures.set_phases(measure_id, 3, [9])
    assert _code(caught) is ErrorCode.PHASES_INVALID


def test_the_demo_measures_show_shifts_markers_notes_and_phases(
    ops: Operations, store: Store, now: datetime
) -> None:
    with store.begin() as s:
        fill_demo(s, now=now)
    charts = [c for p in ops.catalogue.list_projects() for c in ops.measures.measure_charts(p.id)]

    assert len(charts) == 40
    assert all(c.analysis is not None and c.error_code is None for c in charts)
    with store.begin() as s:
        with_cycles = set(s.scalars(select(PdsaCycle.project_id).where(PdsaCycle.number == 1)))
    for chart in charts:
        points = chart.data.points
        change = points[len(points) // 2]
        assert change.note
        if chart.data.project_id in with_cycles:
            assert (change.pdsa_number, [p.seq for p in points if p.pdsa_number]) == (
                1,
                [change.seq],
            )
        else:
            assert not any(p.pdsa_number for p in points)
        assert all(p.period < now.date().isoformat() for p in points)
    assert sum(1 for c in charts if len([p for p in c.data.points if p.note]) == 2) >= 2
    two_phase = [c for c in charts if c.data.splits]
    assert len(two_phase) == 2
    for chart in two_phase:
        assert chart.analysis is not None
        assert len(chart.analysis.phases) == 2
        assert chart.data.splits == (len(chart.data.points) // 2,)
    assert sum(1 for c in charts if c.data.freeze) == 1
    special = [c for c in charts if c.analysis and c.analysis.variation_icon != "common_cause"]
    assert len(special) >= 10
    assert _count(store, Outbox) == 0
