"""The register's schema under Alembic, on SQLite and PostgreSQL: upgrade from empty, down and
up again, adopt a database `create_all` made before migrations, and no drift between the
migrations and the tables the code declares."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

import sync.console.tables  # noqa: F401 - the console's tables are on the register's metadata
from sync.register.migrate import (
    HEAD_REVISION,
    VERSION_TABLE,
    VIEWS,
    current_revision,
    downgrade_register,
    migrate_register,
)
from sync.register.store import RegBase, RegisterStore, make_register_engine

PG_URL = os.environ.get("QSPACE_TEST_POSTGRES_URL", "")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not PG_URL, reason="QSPACE_TEST_POSTGRES_URL is not set"),
    ),
]


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = PG_URL if request.param == "postgresql" else f"sqlite:///{tmp_path / 'reg.sqlite3'}"
    engine = make_register_engine(url)
    RegisterStore(engine).drop()
    yield engine
    RegisterStore(engine).drop()
    engine.dispose()


def _register_tables(engine: Engine) -> set[str]:
    return {n for n in inspect(engine).get_table_names() if n.startswith(("reg_", "rm_"))}


def test_upgrade_from_empty_down_and_up_again(engine: Engine) -> None:
    store = RegisterStore(engine)
    store.create()
    assert current_revision(engine) == HEAD_REVISION
    assert set(VIEWS) <= set(inspect(engine).get_view_names())
    store.add_device("room", now=datetime.now(UTC))
    downgrade_register(engine, "0001")
    assert current_revision(engine) == "0001"
    assert not any(name.startswith("rm_") for name in _register_tables(engine))
    store.create()
    assert current_revision(engine) == HEAD_REVISION
    assert [d[0] for d in store.devices()] == ["room"]  # kept across the round trip
    with engine.connect() as conn:
        for view in VIEWS:  # every view reads (empty) without error
            conn.execute(text(f"SELECT * FROM {view}")).all()


def test_a_create_all_database_is_adopted(engine: Engine) -> None:
    """A register made before migrations (create_all of the first tables) is stamped, then
    upgraded, keeping its devices and records."""
    first = [RegBase.metadata.tables[n] for n in ("reg_meta", "reg_counter", "reg_device",
             "reg_change", "reg_record", "reg_attachment")]  # fmt: skip
    RegBase.metadata.create_all(engine, tables=first)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO reg_meta (key, value) VALUES ('register_id', 'old-id')"))
    store = RegisterStore(engine)
    store.create()
    assert current_revision(engine) == HEAD_REVISION
    assert store.register_id() == "old-id"
    assert "reg_user" in _register_tables(engine)


def test_the_migrations_make_the_declared_tables(engine: Engine) -> None:
    migrate_register(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _p: (
                    type_ != "table"
                    or (
                        str(name).startswith(("reg_", "rm_"))
                        and name not in (*VIEWS, VERSION_TABLE)
                    )
                )
            },
        )
        drift = compare_metadata(context, RegBase.metadata)
    assert drift == []
