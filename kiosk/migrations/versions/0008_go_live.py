"""Go live: repeating events with exceptions, capacity and calendar UIDs; measure and
department authoring (what a denominator counts, retiring).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:00:00

Columns only, each with a constant server default or nullable, so SQLite adds them with a
plain ``ALTER TABLE ... ADD COLUMN`` and the referenced tables (event, measure, department) are
never copied. Existing events are single occurrences (an empty rule); nothing is retired.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# 'false' is a boolean in PostgreSQL and 0 in SQLite (3.23+): a default both accept.
FALSE = sa.text('false')


def upgrade() -> None:
    op.add_column('event', sa.Column('capacity', sa.Integer(), nullable=True))
    op.add_column(
        'event', sa.Column('all_day', sa.Boolean(), nullable=False, server_default=FALSE)
    )
    op.add_column(
        'event',
        sa.Column('repeat_rule', sa.String(length=400), nullable=False, server_default=''),
    )
    op.add_column('event', sa.Column('exdates', sa.Text(), nullable=False, server_default=''))
    op.add_column(
        'event', sa.Column('repeat_ends_at', sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        'event', sa.Column('cancelled', sa.Boolean(), nullable=False, server_default=FALSE)
    )
    op.add_column('event', sa.Column('uid', sa.String(length=255), nullable=True))
    op.create_index('ix_event_uid', 'event', ['uid'], unique=False)
    op.add_column(
        'measure',
        sa.Column('denominator_label', sa.String(length=120), nullable=False, server_default=''),
    )
    op.add_column(
        'measure', sa.Column('retired', sa.Boolean(), nullable=False, server_default=FALSE)
    )
    op.add_column(
        'department', sa.Column('retired', sa.Boolean(), nullable=False, server_default=FALSE)
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35 and later): copying these tables would break references.
    op.drop_column('department', 'retired')
    op.drop_column('measure', 'retired')
    op.drop_column('measure', 'denominator_label')
    op.drop_index('ix_event_uid', table_name='event')
    for column in ('uid', 'cancelled', 'repeat_ends_at', 'exdates', 'repeat_rule', 'all_day',
                   'capacity'):
        op.drop_column('event', column)
