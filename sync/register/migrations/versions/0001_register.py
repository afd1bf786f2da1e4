"""The register's tables as `create_all` made them before migrations.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reg_meta",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    op.create_table(
        "reg_counter",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "reg_device",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "reg_change",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.Integer, sa.ForeignKey("reg_device.id"), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reg_change_device_id", "reg_change", ["device_id"])
    op.create_table(
        "reg_record",
        sa.Column("entity", sa.String(40), primary_key=True),
        sa.Column("entity_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("version", sa.String(80), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("versions", sa.JSON, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("origin_device_id", sa.Integer, sa.ForeignKey("reg_device.id"), nullable=True),
    )
    op.create_index("ix_reg_record_seq", "reg_record", ["seq"], unique=True)
    op.create_index("ix_reg_record_origin_device_id", "reg_record", ["origin_device_id"])
    op.create_table(
        "reg_attachment",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("reg_attachment", "reg_record", "reg_change", "reg_device", "reg_counter"):
        op.drop_table(table)
    op.drop_table("reg_meta")
