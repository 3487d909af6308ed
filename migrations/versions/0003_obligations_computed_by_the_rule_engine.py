"""obligations computed by the rule engine

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:55:44.211483
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('obligations',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('met', sa.Boolean(), nullable=False),
    sa.Column('rule_version', sa.String(length=80), nullable=False),
    sa.Column('computed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_obligations_person_id_persons')),
    sa.PrimaryKeyConstraint('person_id', 'position', name=op.f('pk_obligations'))
    )
    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.create_index('ix_obligations_open_due', ['met', 'due'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.drop_index('ix_obligations_open_due')

    op.drop_table('obligations')
