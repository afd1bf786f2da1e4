"""A copy of the kiosk's migrations with one more that fails half-way (tests of the restore)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "schemas"

BROKEN = '''"""A migration that fails after changing the schema (test only)."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("DELETE FROM person")
    raise RuntimeError("this migration fails half-way")


def downgrade() -> None:
    pass
'''


def broken_migrations(directory: Path) -> Path:
    """The kiosk's migrations copied into `directory`, plus a last one that fails half-way."""
    target = directory / "migrations"
    shutil.copytree(
        ROOT / "kiosk" / "migrations", target, ignore=shutil.ignore_patterns("__pycache__")
    )
    versions = sorted((target / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    head = versions[-1].name[:4]
    (target / "versions" / "9999_broken.py").write_text(BROKEN.format(head=head), "utf-8")
    return target
