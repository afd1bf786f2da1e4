"""Alembic environment: migrations run on the connection kiosk.db.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kiosk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` on the command line, for autogenerate during development
    connection = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://").connect()
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
