"""Story authoring: Welsh beside the English, the measure charted, drafts, the team members a
story names, and its photo and testimonial (kept in the room, never synced).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 00:00:00

Story gains columns only (constant server defaults, or nullable), so SQLite adds them with a
plain ``ALTER TABLE ... ADD COLUMN``; existing stories are not drafts and keep their approval.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

FALSE = sa.text('false')
WELSH = ('title_cy', 'problem_cy', 'change_cy', 'result_cy', 'lessons_cy')


def upgrade() -> None:
    op.add_column(
        'story', sa.Column('title_cy', sa.String(length=200), nullable=False, server_default='')
    )
    for name in WELSH[1:]:
        op.add_column('story', sa.Column(name, sa.Text(), nullable=False, server_default=''))
    op.add_column('story', sa.Column('measure_id', sa.String(length=36), nullable=True))
    op.add_column('story', sa.Column('draft', sa.Boolean(), nullable=False, server_default=FALSE))
    op.create_table(
        'story_member',
        sa.Column('story_id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.String(length=80), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id']),
        sa.ForeignKeyConstraint(['story_id'], ['story.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('story_id', 'person_id'),
    )
    op.create_index('ix_story_member_story_id', 'story_member', ['story_id'], unique=False)
    op.create_table(
        'story_media',
        sa.Column('story_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('mime', sa.String(length=40), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['story_id'], ['story.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('story_id', 'kind'),
    )


def downgrade() -> None:
    op.drop_table('story_media')
    op.drop_index('ix_story_member_story_id', table_name='story_member')
    op.drop_table('story_member')
    # Plain DROP COLUMN (SQLite 3.35 and later): copying story would break its references.
    for name in ('measure_id', 'draft', *reversed(WELSH)):
        op.drop_column('story', name)
