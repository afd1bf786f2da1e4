"""Device binding: each token's kiosk (the node of its versions) and when a second kiosk was
seen using the same token.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 21:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("node", sa.String(40), nullable=True),
    sa.Column("shared_seen_at", sa.DateTime(timezone=True), nullable=True),
)


def _present() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("reg_device")}


def upgrade() -> None:
    # A register adopted from create_all by a version that already had these columns keeps them.
    present = _present()
    for column in COLUMNS:
        if column.name not in present:
            op.add_column("reg_device", column.copy())


def downgrade() -> None:
    present = _present()
    with op.batch_alter_table("reg_device") as batch:
        for column in COLUMNS:
            if column.name in present:
                batch.drop_column(column.name)
