"""Visit tally: live visits per UTC hour, in all and per topic, kept by triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 19:50:00

The showcase's "room in numbers" and "hot topics" slides counted a month of visits (and joined
their topics) at every showing: 0.3-0.7 s over a million visits, during which a scan waited.
They now add up at most a few hundred tally rows, plus the visits of the partial hour at the
window's start, read through the index on ``checked_in_at``.

The tally is local and derived (never synced). On SQLite, triggers on visit and visit_topic
keep it in the same transaction as each write, whoever makes it (the ORM, sync's Core
statements, the demo's bulk inserts); the upgrade fills it from the visits already stored.
SQLAlchemy stores SQLite datetimes as ``YYYY-MM-DD HH:MM:SS.ffffff`` text, so an hour is the
first 13 characters and a zero tail. PostgreSQL gets the table but no triggers: the services
read the visits directly there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _hour(value: str) -> str:
    return f"substr({value}, 1, 13) || ':00:00.000000'"


def _bump(select: str) -> str:
    """An upsert adding ``select``'s (hour, topic_id, visits) rows to the tally."""
    return (
        f"INSERT INTO visit_tally (hour, topic_id, visits) {select} "
        "ON CONFLICT (hour, topic_id) DO UPDATE SET visits = visits + excluded.visits;"
    )


def _visit(row: str, sign: str) -> str:
    """A visit's own count and its live topics' counts, added (sign +) or taken away (-)."""
    return _bump(
        f"SELECT {_hour(f'{row}.checked_in_at')}, '', {sign}1 WHERE {row}.deleted = 0"
    ) + _bump(
        f"SELECT {_hour(f'{row}.checked_in_at')}, vt.topic_id, {sign}count(*) "
        f"FROM visit_topic AS vt WHERE vt.visit_id = {row}.id AND vt.deleted = 0 "
        f"AND {row}.deleted = 0 GROUP BY vt.topic_id"
    )


def _choice(row: str, sign: str) -> str:
    """One topic choice's count, added or taken away, when it and its visit are live."""
    return _bump(
        f"SELECT {_hour('v.checked_in_at')}, {row}.topic_id, {sign}1 FROM visit AS v "
        f"WHERE v.id = {row}.visit_id AND v.deleted = 0 AND {row}.deleted = 0"
    )


TRIGGERS = {
    "visit_tally_visit_insert": f"AFTER INSERT ON visit BEGIN {_visit('NEW', '+')} END",
    "visit_tally_visit_update": (
        "AFTER UPDATE OF checked_in_at, deleted, id ON visit "
        "WHEN OLD.checked_in_at IS NOT NEW.checked_in_at OR OLD.deleted IS NOT NEW.deleted "
        f"OR OLD.id IS NOT NEW.id BEGIN {_visit('OLD', '-')} {_visit('NEW', '+')} END"
    ),
    "visit_tally_visit_delete": f"AFTER DELETE ON visit BEGIN {_visit('OLD', '-')} END",
    "visit_tally_topic_insert": f"AFTER INSERT ON visit_topic BEGIN {_choice('NEW', '+')} END",
    "visit_tally_topic_update": (
        "AFTER UPDATE OF visit_id, topic_id, deleted ON visit_topic "
        "WHEN OLD.visit_id IS NOT NEW.visit_id OR OLD.topic_id IS NOT NEW.topic_id "
        f"OR OLD.deleted IS NOT NEW.deleted BEGIN {_choice('OLD', '-')} {_choice('NEW', '+')} END"
    ),
    "visit_tally_topic_delete": f"AFTER DELETE ON visit_topic BEGIN {_choice('OLD', '-')} END",
}


def upgrade() -> None:
    op.create_table(
        'visit_tally',
        sa.Column('hour', sa.DateTime(timezone=True), nullable=False),
        sa.Column('topic_id', sa.String(length=36), nullable=False),
        sa.Column('visits', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('hour', 'topic_id'),
    )
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.execute(
        "INSERT INTO visit_tally (hour, topic_id, visits) "
        f"SELECT {_hour('checked_in_at')} AS h, '', count(*) FROM visit "
        "WHERE deleted = 0 GROUP BY h"
    )
    op.execute(
        "INSERT INTO visit_tally (hour, topic_id, visits) "
        f"SELECT {_hour('v.checked_in_at')} AS h, vt.topic_id, count(*) "
        "FROM visit_topic AS vt JOIN visit AS v ON v.id = vt.visit_id "
        "WHERE vt.deleted = 0 AND v.deleted = 0 GROUP BY h, vt.topic_id"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('visit_tally')
