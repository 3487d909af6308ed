"""office devices, device audit chains, laptop enrolment; the office's person search terms

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 07:33:39.726764

Issue 14. Both sides get every table (one chain of migrations); the office uses
`office_devices`, `device_audit`, `device_alarms` and, on PostgreSQL only,
`person_terms` (the search keys of each person, one per row, found by prefix
on a plain index: the office's stand-in for a laptop's FTS5 index, kept by
`models.services.search`); a laptop uses `office_enrolment`.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_enrolment',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('office_url', sa.String(length=300), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('device_name', sa.String(length=100), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('token', sa.String(length=100), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('accounts_at', sa.DateTime(), nullable=True),
    sa.Column('audit_sent', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_enrolment'))
    )
    op.create_table('office_devices',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_by', sa.Uuid(), nullable=True),
    sa.Column('audit_segment', sa.Integer(), nullable=False),
    sa.Column('audit_count', sa.Integer(), nullable=False),
    sa.Column('audit_head', sa.String(length=64), nullable=False),
    sa.Column('trail_broken_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['revoked_by'], ['users.id'], name=op.f('fk_office_devices_revoked_by_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_office_devices_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_office_devices_token_hash'))
    )
    with op.batch_alter_table('office_devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_devices_user_id'), ['user_id'], unique=False)

    op.create_table('device_alarms',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['office_devices.id'], name=op.f('fk_device_alarms_device_id_office_devices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_alarms'))
    )
    with op.batch_alter_table('device_alarms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_alarms_device_id'), ['device_id'], unique=False)

    op.create_table('device_audit',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('segment', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['office_devices.id'], name=op.f('fk_device_audit_device_id_office_devices')),
    sa.PrimaryKeyConstraint('device_id', 'segment', 'seq', name=op.f('pk_device_audit'))
    )
    with op.batch_alter_table('device_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_audit_record_id'), ['record_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.create_table('person_terms',
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('term', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('person_id', 'term', name=op.f('pk_person_terms'))
        )
        # text_pattern_ops: `term LIKE 'abc%'` uses the index whatever the database's collation.
        op.create_index('ix_person_terms_term', 'person_terms', ['term'], postgresql_ops={'term': 'text_pattern_ops'})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table('person_terms')
    with op.batch_alter_table('device_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_audit_record_id'))

    op.drop_table('device_audit')
    with op.batch_alter_table('device_alarms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_alarms_device_id'))

    op.drop_table('device_alarms')
    with op.batch_alter_table('office_devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_devices_user_id'))

    op.drop_table('office_devices')
    op.drop_table('office_enrolment')
