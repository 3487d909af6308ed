"""office sync: the laptop's outbox and cursor, the office's log and applied changes, conflicts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 07:33:07

Issue 14, after the server's devices and enrolment (0011). On PostgreSQL the office also gets `sync_seq`, the one
sequence that numbers every write (a pull is "everything after N").
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_applied',
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_sync_applied'))
    )
    op.create_table('sync_log',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('key', sa.JSON(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('moved', sa.Boolean(), nullable=False),
    sa.Column('device', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_log'))
    )
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_log_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_log_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_sync_log_seq', ['seq'], unique=True)

    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('new', sa.JSON(), nullable=False),
    sa.Column('old', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('change_id', name=op.f('uq_sync_outbox_change_id'))
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_conflicts',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.JSON(), nullable=False),
    sa.Column('other_value', sa.JSON(), nullable=False),
    sa.Column('kept_by', sa.Uuid(), nullable=True),
    sa.Column('kept_at', sa.DateTime(), nullable=True),
    sa.Column('kept_device', sa.String(length=100), nullable=True),
    sa.Column('other_by', sa.Uuid(), nullable=True),
    sa.Column('other_at', sa.DateTime(), nullable=True),
    sa.Column('other_device', sa.String(length=100), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('set_aside', sa.Boolean(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.Uuid(), nullable=True),
    sa.Column('choice', sa.String(length=10), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_sync_conflicts_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_sync_conflicts_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE sync_seq")



def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE sync_seq")
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_person_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_case_id'))

    op.drop_table('sync_conflicts')
    op.drop_table('sync_state')
    op.drop_table('sync_outbox')
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_log_seq')
        batch_op.drop_index(batch_op.f('ix_sync_log_person_id'))
        batch_op.drop_index(batch_op.f('ix_sync_log_case_id'))

    op.drop_table('sync_log')
    op.drop_table('sync_applied')
