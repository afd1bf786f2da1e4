"""Alembic environment: migrations run on the connection kiosk.db.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kiosk.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` on the command line, for autogenerate during development
    connection = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://").connect()


def _include_name(name: str | None, type_: str, _parents: object) -> bool:
    # The SQLite people search index (migration 0002) is raw DDL, not in the ORM metadata:
    # autogenerate must not offer to drop it.
    return not (type_ == "table" and (name or "").startswith("person_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=_include_name,
)
with context.begin_transaction():
    context.run_migrations()
