"""Measures: chart options on each measure; exclusion and PDSA-cycle markers on data points.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:30:00

Existing rows take the defaults: no frozen baseline, no phase splits, the Anhøj run-chart
rules, a multiplier of 1; no point excluded, no PDSA marker. The server defaults fill them
in, on SQLite as on PostgreSQL, and stay as the columns' defaults for any row written outside
the ORM.

SQLite: the measure columns are plain ``ALTER TABLE ... ADD/DROP COLUMN`` (constant defaults,
no constraints), so the measure table, which data points reference, is never copied. data_point gains a foreign
key, which SQLite can only add by copying the table (Alembic batch mode); no table references
data_point, so the copy is safe with foreign keys on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

PDSA_FK = 'fk_data_point_pdsa_cycle_id_pdsa_cycle'


def upgrade() -> None:
    # String server defaults are constants, which SQLite's ADD COLUMN accepts (a SQL
    # expression would force a table copy); '1.0' and '0' convert to the column's type on both
    # backends.
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('freeze', sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column('splits', sa.String(length=200), nullable=False, server_default='')
        )
        batch_op.add_column(
            sa.Column('rules', sa.String(length=10), nullable=False, server_default='anhoej')
        )
        batch_op.add_column(
            sa.Column('multiply', sa.Float(), nullable=False, server_default='1.0')
        )
    with op.batch_alter_table('data_point', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('excluded', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column('pdsa_cycle_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(PDSA_FK, 'pdsa_cycle', ['pdsa_cycle_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('data_point', schema=None) as batch_op:
        batch_op.drop_constraint(PDSA_FK, type_='foreignkey')
        batch_op.drop_column('pdsa_cycle_id')
        batch_op.drop_column('excluded')
    # Not batch mode: copying the measure table would drop the original, which data points
    # reference, and SQLite checks that even with the check deferred. Plain DROP COLUMN
    # (SQLite 3.35 and later) removes these unindexed, unconstrained columns in place.
    for column in ('multiply', 'rules', 'splits', 'freeze'):
        op.drop_column('measure', column)
