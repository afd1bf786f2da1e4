"""Qnet: collaboration requests, peer supporters, coffee trials, topic boards; project questions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 06:45:00

New tables only, plus two text columns on project for the Model for Improvement's second and
third questions ("How will we know that a change is an improvement?", "What changes can we
make?"); the aim answers the first. Existing projects get empty answers from the server
default, which SQLite adds with a plain ``ALTER TABLE ... ADD COLUMN`` (a constant default),
so the project table, which many tables reference, is never copied.

It follows the showcase (0004) and sessions (0005) migrations and touches none of their tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('coffee_round',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('run_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('coffee_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coffee_round_held_on'), ['held_on'], unique=False)

    op.create_table('board_post',
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['board_post.id'], ),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('board_post', schema=None) as batch_op:
        batch_op.create_index('ix_board_post_topic_created', ['topic_id', 'created_at'], unique=False)

    op.create_table('coffee_avoid',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('avoid_person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['avoid_person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'avoid_person_id')
    )
    with op.batch_alter_table('coffee_avoid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coffee_avoid_person_id'), ['person_id'], unique=False)

    op.create_table('coffee_met',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('shown_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('met', sa.Boolean(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['round_id'], ['coffee_round.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'person_id')
    )
    with op.batch_alter_table('coffee_met', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coffee_met_person_id'), ['person_id'], unique=False)

    op.create_table('coffee_opt_in',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id')
    )
    op.create_table('coffee_pairing',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('group_no', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['round_id'], ['coffee_round.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'person_id')
    )
    with op.batch_alter_table('coffee_pairing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coffee_pairing_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coffee_pairing_round_id'), ['round_id'], unique=False)

    op.create_table('collaboration_request',
    sa.Column('to_project_id', sa.String(length=36), nullable=False),
    sa.Column('from_project_id', sa.String(length=36), nullable=True),
    sa.Column('from_person_id', sa.String(length=36), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('seen', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['from_person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['from_project_id'], ['project.id'], ),
    sa.ForeignKeyConstraint(['to_project_id'], ['project.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('collaboration_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collaboration_request_to_project_id'), ['to_project_id'], unique=False)

    op.create_table('peer_supporter',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('topics', sa.String(length=400), nullable=False),
    sa.Column('skills', sa.String(length=400), nullable=False),
    sa.Column('usual_times', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id')
    )
    op.add_column(
        'project', sa.Column('measures_text', sa.Text(), nullable=False, server_default='')
    )
    op.add_column(
        'project', sa.Column('changes_text', sa.Text(), nullable=False, server_default='')
    )



def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35 and later): copying project would break its references.
    op.drop_column('project', 'changes_text')
    op.drop_column('project', 'measures_text')

    op.drop_table('peer_supporter')
    with op.batch_alter_table('collaboration_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collaboration_request_to_project_id'))

    op.drop_table('collaboration_request')
    with op.batch_alter_table('coffee_pairing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coffee_pairing_round_id'))
        batch_op.drop_index(batch_op.f('ix_coffee_pairing_person_id'))

    op.drop_table('coffee_pairing')
    op.drop_table('coffee_opt_in')
    with op.batch_alter_table('coffee_met', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coffee_met_person_id'))

    op.drop_table('coffee_met')
    with op.batch_alter_table('coffee_avoid', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coffee_avoid_person_id'))

    op.drop_table('coffee_avoid')
    with op.batch_alter_table('board_post', schema=None) as batch_op:
        batch_op.drop_index('ix_board_post_topic_created')

    op.drop_table('board_post')
    with op.batch_alter_table('coffee_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coffee_round_held_on'))

    op.drop_table('coffee_round')
