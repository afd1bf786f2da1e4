"""The register's schema under Alembic: its own migrations and version table.

The register's database may share a PostgreSQL database with other tables (a test cluster,
a BI schema), so its Alembic version is kept in `reg_alembic_version`, not `alembic_version`.
A register database made before migrations (by `create_all`) is adopted: stamped at 0001,
the schema it has, then upgraded.
"""

from __future__ import annotations

import logging
from importlib import resources

from sqlalchemy import Connection, Engine, inspect, text

log = logging.getLogger(__name__)

VERSION_TABLE = "reg_alembic_version"
HEAD_REVISION = "0003"
FIRST_REVISION = "0001"
#: The read-only SQL views a BI tool reads (see docs/register-bi-views.md).
VIEWS = ("bi_projects", "bi_checkins_weekly", "bi_topic_demand", "bi_stories", "bi_events")


def revision_of(conn: Connection) -> str | None:
    """The register schema's revision, or None when it has no version table."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def current_revision(engine: Engine) -> str | None:
    """The register schema's revision on `engine`."""
    with engine.connect() as conn:
        return revision_of(conn)


def _config() -> object:
    from alembic.config import Config

    config = Config()
    location = resources.files("sync.register") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def migrate_register(engine: Engine, *, revision: str = "head") -> None:
    """Bring the register's schema to `revision` (head by default); cheap when it is there."""
    from alembic import command
    from alembic.config import Config

    with engine.connect() as conn:
        current = revision_of(conn)
    if current == HEAD_REVISION and revision == "head":
        return
    config = _config()
    assert isinstance(config, Config)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        if current is None and inspect(conn).has_table("reg_meta"):
            log.info("adopting a register database made before migrations")
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, revision)
    log.info("register database migrated from %s to %s", current, revision)


def downgrade_register(engine: Engine, revision: str) -> None:
    """Take the register's schema down to `revision` ("base": nothing left; tests)."""
    from alembic import command
    from alembic.config import Config

    config = _config()
    assert isinstance(config, Config)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
