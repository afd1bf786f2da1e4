"""The schema and check-in services on PostgreSQL (the register's database), when one is given.

Set QSPACE_TEST_POSTGRES_URL (for example postgresql+psycopg://kiosk@/kiosk_test?host=/tmp)
to a database the tests may empty, with a driver installed; otherwise these tests skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from kiosk.db import HEAD_REVISION, Store, current_revision, make_engine, migrate
from kiosk.dto.checkin import NewVisitor
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Base
from kiosk.operations import Operations

URL = os.environ.get("QSPACE_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not URL, reason="QSPACE_TEST_POSTGRES_URL is not set")


@pytest.fixture
def engine() -> Iterator[Engine]:
    """An emptied PostgreSQL database."""
    engine = make_engine(URL)
    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    yield engine
    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def test_postgres_migrates_down_and_up_again(engine: Engine) -> None:
    migrate(engine)
    assert current_revision(engine) == HEAD_REVISION
    config = Config()
    config.set_main_option("script_location", str(resources.files("kiosk") / "migrations"))

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert current_revision(engine) == "0001"
    migrate(engine)
    assert current_revision(engine) == HEAD_REVISION


def test_check_in_works_on_postgres_with_like_search(engine: Engine, now: datetime) -> None:
    migrate(engine)
    ops = Operations(Store(engine, clock=lambda: now), clock=lambda: now)

    match = ops.checkin.register_visitor(
        NewVisitor(name="Siân Jones", new_department="Therapïau", consent_display=True)
    )
    assert ops.checkin.find_people("sian therap") == [match]
    assert ops.checkin.find_people('%_"*') == []
    result = ops.checkin.check_in(match.id, ["wellbeing"])
    assert ops.checkin.scan(ops.checkin.current_pass(match.id)).kind == "already_in"
    with pytest.raises(KioskError) as caught:
        ops.checkin.check_in(match.id, ["wellbeing"])
    assert caught.value.code is ErrorCode.ALREADY_IN
    assert [p.visit_id for p in ops.checkin.who_is_here()] == [result.visit_id]

    later = Operations(ops.store, clock=lambda: now + timedelta(days=1))
    assert later.checkin.housekeeping(time(18), ZoneInfo("Europe/London"), 365).closed_visits == 1
    later.people.erase_person(match.id)
    assert later.checkin.find_people("sian") == []
