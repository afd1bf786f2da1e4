"""Check-in: QR passes, open-visit indexes, and (SQLite only) a full-text index of people.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:00:00

The people search index (SQLite FTS5) is two tables kept in step by triggers, so that every
write reaches it, whether through the ORM, Core bulk inserts (the demo) or a future sync:

* ``person_search`` holds one row per person who is not deleted: the display name and the
  department's names in both languages, and a sort key (the folded ``person.search_key``,
  which starts with the name). Its INTEGER PRIMARY KEY is the FTS rowid, and it is a *sort
  position*: ids increase in (sort_key, person_id) order, so the FTS index, which returns
  matches in rowid order, hands back the first page of matches already sorted by name and
  can stop there (``ORDER BY rowid LIMIT 8``), however many thousands match "an". A new row
  takes the midpoint between its neighbours' ids; the rare row that finds no room goes to a
  tail (ids >= 2**62) that searches merge in and a renumbering (housekeeping) clears.
  An explicit key also survives VACUUM, which may renumber implicit rowids.
* ``person_search_fts`` is an external-content FTS5 table over it, tokenised by unicode61 with
  diacritics removed ("sian" finds "Siân", "llyr" finds "Llŷr") and prefix indexes for the
  first 1 to 4 letters, so that search-as-you-type stays instant at 100,000 people.

PostgreSQL (the register) gets the pass table and indexes only; the service falls back to
LIKE on ``person.search_key`` there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

OPEN = "checked_out_at IS NULL"
WITH_EVENT = "event_id IS NOT NULL"

# person_search ids are sort positions (see the module docstring). Copied, not imported, in
# kiosk.services.checkin: a migration must not change when application code does.
START = 2**61  # the first position; room on both sides
STEP = 2**32  # the spacing of a fresh numbering, and of a row added after the last or first
TAIL = 2**62  # ids from here on are rows that found no free position (out of order)

# Bulk loads (the demo) and renumbering set this app_state key for the length of their
# transaction and rebuild the index once at the end instead of row by row.
ACTIVE = "NOT EXISTS (SELECT 1 FROM app_state WHERE key = 'search_index_paused')"
SORT_KEY = "CASE WHEN new.search_key <> '' THEN new.search_key ELSE lower(new.display_name) END"
DEPARTMENT = (
    "coalesce((SELECT name_en || ' ' || name_cy FROM department "
    "WHERE id = new.department_id), '')"
)


def _insert_search_row(condition: str) -> str:
    """Insert `new` (a person) into person_search at the position its sort key calls for.

    The id is the midpoint between the ids of its neighbours in (sort_key, person_id) order,
    STEP past the last or before the first, START in an empty table; when the neighbours are
    adjacent numbers there is no room and the row goes to the tail (>= TAIL), where searches
    still find it and the next renumbering puts it in its place.
    """
    return f"""
        INSERT INTO person_search(id, person_id, sort_key, name, department)
        SELECT
            CASE
                WHEN lo IS NULL AND hi IS NULL THEN {START}
                WHEN hi IS NULL AND lo + {STEP} < {TAIL} THEN lo + {STEP}
                WHEN lo IS NULL AND hi > {STEP} THEN hi - {STEP}
                WHEN lo IS NOT NULL AND hi IS NOT NULL AND hi - lo >= 2 THEN lo + (hi - lo) / 2
                ELSE max({TAIL}, coalesce((SELECT max(id) FROM person_search), 0) + 1)
            END,
            pid, k, nm, dep
        FROM (
            SELECT pid, k, nm, dep,
                (SELECT id FROM person_search
                 WHERE id < {TAIL} AND (sort_key, person_id) < (k, pid)
                 ORDER BY sort_key DESC, person_id DESC LIMIT 1) AS lo,
                (SELECT id FROM person_search
                 WHERE id < {TAIL} AND (sort_key, person_id) > (k, pid)
                 ORDER BY sort_key, person_id LIMIT 1) AS hi
            FROM (SELECT new.id AS pid, {SORT_KEY} AS k, new.display_name AS nm,
                         {DEPARTMENT} AS dep
                  WHERE {condition})
        );
    """


FTS_DDL = (
    """
    CREATE TABLE person_search (
        id INTEGER PRIMARY KEY,
        person_id VARCHAR(36) NOT NULL UNIQUE,
        sort_key TEXT NOT NULL,
        name TEXT NOT NULL,
        department TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_person_search_order ON person_search (sort_key, person_id)",
    """
    CREATE VIRTUAL TABLE person_search_fts USING fts5(
        name, department,
        content='person_search', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3 4'
    )
    """,
    # person_search -> FTS (the standard external-content triggers)
    f"""
    CREATE TRIGGER person_search_ai AFTER INSERT ON person_search WHEN {ACTIVE} BEGIN
        INSERT INTO person_search_fts(rowid, name, department)
        VALUES (new.id, new.name, new.department);
    END
    """,
    f"""
    CREATE TRIGGER person_search_ad AFTER DELETE ON person_search WHEN {ACTIVE} BEGIN
        INSERT INTO person_search_fts(person_search_fts, rowid, name, department)
        VALUES ('delete', old.id, old.name, old.department);
    END
    """,
    f"""
    CREATE TRIGGER person_search_au AFTER UPDATE ON person_search WHEN {ACTIVE} BEGIN
        INSERT INTO person_search_fts(person_search_fts, rowid, name, department)
        VALUES ('delete', old.id, old.name, old.department);
        INSERT INTO person_search_fts(rowid, name, department)
        VALUES (new.id, new.name, new.department);
    END
    """,
    # person -> person_search
    f"""
    CREATE TRIGGER person_search_person_ai AFTER INSERT ON person
    WHEN new.deleted = 0 AND {ACTIVE} BEGIN
        {_insert_search_row("1")}
    END
    """,
    f"""
    CREATE TRIGGER person_search_person_au
    AFTER UPDATE OF display_name, search_key, department_id, deleted ON person
    WHEN {ACTIVE} BEGIN
        DELETE FROM person_search WHERE person_id = old.id;
        {_insert_search_row("new.deleted = 0")}
    END
    """,
    f"""
    CREATE TRIGGER person_search_person_ad AFTER DELETE ON person WHEN {ACTIVE} BEGIN
        DELETE FROM person_search WHERE person_id = old.id;
    END
    """,
    # a department renamed -> its people's rows (their positions do not change)
    f"""
    CREATE TRIGGER person_search_department_au
    AFTER UPDATE OF name_en, name_cy ON department WHEN {ACTIVE} BEGIN
        UPDATE person_search SET department = new.name_en || ' ' || new.name_cy
        WHERE person_id IN (SELECT id FROM person WHERE department_id = new.id);
    END
    """,
    # the people already in the room, numbered in order
    f"""
    INSERT INTO person_search(id, person_id, sort_key, name, department)
    SELECT {START} + (row_number() OVER (ORDER BY k, pid) - 1) * {STEP}, pid, k, nm, dep
    FROM (
        SELECT p.id AS pid,
               CASE WHEN p.search_key <> '' THEN p.search_key ELSE lower(p.display_name) END
                   AS k,
               p.display_name AS nm,
               coalesce(d.name_en || ' ' || d.name_cy, '') AS dep
        FROM person p LEFT JOIN department d ON d.id = p.department_id
        WHERE p.deleted = 0
    )
    """,
)

FTS_DROP = (
    "DROP TRIGGER IF EXISTS person_search_department_au",
    "DROP TRIGGER IF EXISTS person_search_person_ad",
    "DROP TRIGGER IF EXISTS person_search_person_au",
    "DROP TRIGGER IF EXISTS person_search_person_ai",
    "DROP TRIGGER IF EXISTS person_search_au",
    "DROP TRIGGER IF EXISTS person_search_ad",
    "DROP TRIGGER IF EXISTS person_search_ai",
    "DROP TABLE IF EXISTS person_search_fts",
    "DROP TABLE IF EXISTS person_search",
)


def _sqlite_with_fts5() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    options = bind.exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    op.create_table('pass',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'serial')
    )
    op.create_index(op.f('ix_pass_person_id'), 'pass', ['person_id'], unique=False)
    op.create_index('ix_visit_open_in', 'visit', ['checked_in_at'], unique=False,
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index('ix_visit_open_person', 'visit', ['person_id'], unique=False,
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index('ix_visit_event', 'visit', ['event_id'], unique=False,
                    sqlite_where=sa.text(WITH_EVENT), postgresql_where=sa.text(WITH_EVENT))
    if _sqlite_with_fts5():
        for statement in FTS_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_DROP:
            op.execute(statement)
    op.drop_index('ix_visit_event', table_name='visit')
    op.drop_index('ix_visit_open_person', table_name='visit')
    op.drop_index('ix_visit_open_in', table_name='visit')
    op.drop_index(op.f('ix_pass_person_id'), table_name='pass')
    op.drop_table('pass')
