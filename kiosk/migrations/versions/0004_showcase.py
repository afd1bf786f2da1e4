"""Showcase: playlists for the attract and AV loops, notices, thanks notes, proof of play.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 07:00:00

Moderation: project cards gain ``showcase_approved`` and ``showcase_hidden``, stories gain
``hidden`` (they already had ``approved``). Existing rows are not approved for the public
loops and not hidden: a facilitator approves what the room's screens show. The columns are
plain ``ADD COLUMN`` with constant server defaults on both backends, so no table is copied.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.String(length=80), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


LOOP = sa.Enum('attract', 'av', name='showcaseloop', native_enum=False, length=24)


def upgrade() -> None:
    for column in ('showcase_approved', 'showcase_hidden'):
        op.add_column(
            'project', sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.add_column(
        'story', sa.Column('hidden', sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_table(
        'playlist_item',
        sa.Column('loop', LOOP, nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('item_id', sa.String(length=36), nullable=True),
        sa.Column('duration_s', sa.Integer(), nullable=False),
        sa.Column('weekdays', sa.String(length=7), nullable=False),
        sa.Column('start_time', sa.String(length=5), nullable=True),
        sa.Column('end_time', sa.String(length=5), nullable=True),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_playlist_item_loop', 'playlist_item', ['loop', 'position'], unique=False)
    op.create_table(
        'notice',
        sa.Column('level', sa.String(length=12), nullable=False),
        sa.Column('text_cy', sa.Text(), nullable=False),
        sa.Column('text_en', sa.Text(), nullable=False),
        sa.Column('raised_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('cleared_at', sa.DateTime(timezone=True), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'thanks_note',
        sa.Column('to_whom', sa.String(length=80), nullable=False),
        sa.Column('message', sa.String(length=280), nullable=False),
        sa.Column('signed', sa.String(length=60), nullable=False),
        sa.Column('story_id', sa.String(length=36), nullable=True),
        sa.Column('posted_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('approved', sa.Boolean(), nullable=False),
        sa.Column('hidden', sa.Boolean(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(['story_id'], ['story.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'play_log',
        sa.Column('loop', LOOP, nullable=False),
        sa.Column('screen', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('item_id', sa.String(length=36), nullable=True),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_play_log_started', 'play_log', ['started_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_play_log_started', table_name='play_log')
    op.drop_table('play_log')
    op.drop_table('thanks_note')
    op.drop_table('notice')
    op.drop_index('ix_playlist_item_loop', table_name='playlist_item')
    op.drop_table('playlist_item')
    op.drop_column('story', 'hidden')
    for column in ('showcase_hidden', 'showcase_approved'):
        op.drop_column('project', column)
