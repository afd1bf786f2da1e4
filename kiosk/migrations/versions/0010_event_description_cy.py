"""Events: a Welsh description beside the English one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 00:00:00

One column with a constant server default, so SQLite adds it with a plain
``ALTER TABLE ... ADD COLUMN`` and the event table is never copied. ``description`` stays the
English text (its name is kept so that records synced by older kiosks still mean the same).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'event', sa.Column('description_cy', sa.Text(), nullable=False, server_default='')
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35 and later): copying the table would break references.
    op.drop_column('event', 'description_cy')
