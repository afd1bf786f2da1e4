"""Initial schema: the whole domain model, the outbox, local state and the eight topics.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 04:23:12.756404
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('department',
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('name_cy', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('event',
    sa.Column('kind', sa.Enum('meeting', 'workshop', 'focus_group', 'coffee', name='eventkind', native_enum=False, length=24), nullable=False),
    sa.Column('title_en', sa.String(length=160), nullable=False),
    sa.Column('title_cy', sa.String(length=160), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)

    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=400), nullable=True),
    sa.Column('dead', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('change_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_sent_at'), ['sent_at'], unique=False)

    op.create_table('topic',
    sa.Column('slug', sa.String(length=40), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('name_cy', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('person',
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('department_id', sa.String(length=36), nullable=True),
    sa.Column('role', sa.String(length=120), nullable=True),
    sa.Column('language', sa.Enum('cy', 'en', name='language', native_enum=False, length=24), nullable=False),
    sa.Column('consent_display', sa.Boolean(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('consented_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('search_key', sa.String(length=240), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_search_key'), ['search_key'], unique=False)

    op.create_table('project',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('aim', sa.Text(), nullable=False),
    sa.Column('department_id', sa.String(length=36), nullable=True),
    sa.Column('stage', sa.Enum('aim', 'measures', 'changes', 'testing', 'implementing', 'spreading', 'completed', name='stage', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('iqt_ref', sa.String(length=40), nullable=True),
    sa.Column('is_public', sa.Boolean(), nullable=False),
    sa.Column('seeking_collaborators', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('measure',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('chart_type', sa.Enum('run', 'i', 'p', 'u', 'c', name='charttype', native_enum=False, length=24), nullable=False),
    sa.Column('direction', sa.Enum('up', 'down', 'neutral', name='direction', native_enum=False, length=24), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_project_id'), ['project_id'], unique=False)

    op.create_table('pdsa_cycle',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('plan', sa.Text(), nullable=False),
    sa.Column('prediction', sa.Text(), nullable=False),
    sa.Column('do', sa.Text(), nullable=False),
    sa.Column('study', sa.Text(), nullable=False),
    sa.Column('act', sa.Enum('adopt', 'adapt', 'abandon', name='pdsaact', native_enum=False, length=24), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pdsa_cycle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pdsa_cycle_project_id'), ['project_id'], unique=False)

    op.create_table('project_member',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=80), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'person_id')
    )
    with op.batch_alter_table('project_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_member_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_member_project_id'), ['project_id'], unique=False)

    op.create_table('project_topic',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'topic_id')
    )
    with op.batch_alter_table('project_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_topic_project_id'), ['project_id'], unique=False)

    op.create_table('story',
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('lessons', sa.Text(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('visit',
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_checked_in_at'), ['checked_in_at'], unique=False)
        batch_op.create_index('ix_visit_person_in', ['person_id', 'checked_in_at'], unique=False)

    op.create_table('data_point',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('denominator', sa.Float(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('data_point', schema=None) as batch_op:
        batch_op.create_index('ix_data_point_measure_seq', ['measure_id', 'seq'], unique=False)

    op.create_table('visit_topic',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.String(length=80), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('visit_id', 'topic_id')
    )
    with op.batch_alter_table('visit_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_topic_visit_id'), ['visit_id'], unique=False)




    _seed_topics()


TOPICS = (
    ("difficult-conversations", "Difficult conversations", "Sgyrsiau anodd"),
    ("organisational-barriers", "Organisational barriers", "Rhwystrau sefydliadol"),
    ("data-and-charts", "Data and charting skills", "Sgiliau data a siartiau"),
    ("model-for-improvement", "The Model for Improvement and the science of improvement",
     "Y Model ar gyfer Gwella a gwyddor gwella"),
    ("sharing-experiences", "Sharing how difficulties were managed and successes obtained",
     "Rhannu sut yr ymdriniwyd ag anawsterau ac y cafwyd llwyddiannau"),
    ("practical-advice", "Practical advice", "Cyngor ymarferol"),
    ("connecting-teams", "Connecting teams for collaborative projects",
     "Cysylltu timau ar gyfer prosiectau cydweithredol"),
    ("wellbeing", "Emotional well-being", "Lles emosiynol"),
)


def _seed_topics() -> None:
    """The eight peer-support topics are reference data, the same ids in every room."""
    topic = sa.table(
        "topic", sa.column("id", sa.String), sa.column("slug", sa.String),
        sa.column("name_en", sa.String), sa.column("name_cy", sa.String),
        sa.column("sort_order", sa.Integer), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("version", sa.String),
        sa.column("deleted", sa.Boolean),
    )
    seeded = datetime(2026, 1, 1, tzinfo=UTC)
    op.bulk_insert(topic, [
        {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"qspace:topic:{slug}")), "slug": slug,
         "name_en": name_en, "name_cy": name_cy, "sort_order": order,
         "created_at": seeded, "updated_at": seeded, "version": "000000000000000.000000.seed",
         "deleted": False}
        for order, (slug, name_en, name_cy) in enumerate(TOPICS, start=1)
    ])


def downgrade() -> None:

    with op.batch_alter_table('visit_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_topic_visit_id'))

    op.drop_table('visit_topic')
    with op.batch_alter_table('data_point', schema=None) as batch_op:
        batch_op.drop_index('ix_data_point_measure_seq')

    op.drop_table('data_point')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_person_in')
        batch_op.drop_index(batch_op.f('ix_visit_checked_in_at'))

    op.drop_table('visit')
    op.drop_table('story')
    with op.batch_alter_table('project_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_topic_project_id'))

    op.drop_table('project_topic')
    with op.batch_alter_table('project_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_member_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_member_person_id'))

    op.drop_table('project_member')
    with op.batch_alter_table('pdsa_cycle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pdsa_cycle_project_id'))

    op.drop_table('pdsa_cycle')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_project_id'))

    op.drop_table('measure')
    op.drop_table('project')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_search_key'))

    op.drop_table('person')
    op.drop_table('topic')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_sent_at'))

    op.drop_table('outbox')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))

    op.drop_table('event')
    op.drop_table('department')
    op.drop_table('app_state')

