"""Alembic environment of the register's own database (run by sync.register.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import sync.console.tables  # noqa: F401 - the console's tables are on the register's metadata
from sync.register.migrate import VERSION_TABLE, VIEWS
from sync.register.store import RegBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` on the command line, for autogenerate during development
    connection = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://").connect()


def _include_name(name: str | None, type_: str, _parents: object) -> bool:
    # The BI views are raw DDL (migration 0002), not tables of the metadata; the kiosk's own
    # tables may share a database in tests: autogenerate compares the register's tables only.
    if type_ == "table":
        return bool(name) and name not in VIEWS and str(name).startswith(("reg_", "rm_"))
    return True


context.configure(
    connection=connection,
    target_metadata=RegBase.metadata,
    render_as_batch=True,
    include_name=_include_name,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
