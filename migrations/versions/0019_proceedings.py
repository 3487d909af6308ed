"""proceedings: a person's administrative cases (offence, hearing, decision, fine, expulsion, appeal)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08 00:20:00

Issue 29 item 5: the decision of an administrative case starts the appeal deadline (proceedings.appeal).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('proceedings',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('offence', sa.String(length=200), nullable=False),
    sa.Column('protocol_on', sa.Date(), nullable=True),
    sa.Column('hearing_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.Enum('pending', 'liable', 'not_liable', 'dismissed', name='proceedingdecision'),
              nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('fine_amount', sa.Integer(), nullable=True),
    sa.Column('expulsion', sa.Boolean(), nullable=False),
    sa.Column('appealed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_proceedings_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_proceedings_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_proceedings_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proceedings'))
    )
    with op.batch_alter_table('proceedings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proceedings_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('proceedings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proceedings_person_id'))

    op.drop_table('proceedings')
    sa.Enum(name='proceedingdecision').drop(op.get_bind(), checkfirst=True)
