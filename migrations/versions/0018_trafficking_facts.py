"""trafficking facts: exploitation, recruitment, control, identification (HTCDS v2)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08 00:30:00

Issue 29 item 4: the facts of a trafficking case, one record per case, in the terms of IOM's Human
Trafficking Case Data Standard; the anonymous export of issue 30 reads them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# The type exists since 0006 (assessments); on PostgreSQL it is not created again.
OUTCOMES = ('not_a_victim', 'potential_victim', 'presumed_victim', 'identified_victim')


def upgrade() -> None:
    op.create_table('trafficking_facts',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('exploitation', sa.JSON(), nullable=False),
    sa.Column('exploitation_country', sa.String(length=3), nullable=True),
    sa.Column('exploitation_region', sa.String(length=100), nullable=True),
    sa.Column('recruitment', sa.Enum('private_employment_agency', 'acquaintance', 'online', 'other',
                                     name='recruitment'), nullable=True),
    sa.Column('control', sa.JSON(), nullable=False),
    sa.Column('identification', sa.Enum(*OUTCOMES, name='assessmentoutcome').with_variant(
        postgresql.ENUM(*OUTCOMES, name='assessmentoutcome', create_type=False), 'postgresql'), nullable=True),
    sa.Column('identified_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_trafficking_facts_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_trafficking_facts_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_trafficking_facts_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trafficking_facts')),
    sa.UniqueConstraint('case_id', name=op.f('uq_trafficking_facts_case_id'))
    )
    with op.batch_alter_table('trafficking_facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trafficking_facts_exploitation_country'), ['exploitation_country'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_trafficking_facts_identification'), ['identification'], unique=False)
        batch_op.create_index(batch_op.f('ix_trafficking_facts_identified_on'), ['identified_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('trafficking_facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trafficking_facts_identified_on'))
        batch_op.drop_index(batch_op.f('ix_trafficking_facts_identification'))
        batch_op.drop_index(batch_op.f('ix_trafficking_facts_exploitation_country'))
    op.drop_table('trafficking_facts')
    sa.Enum(name='recruitment').drop(op.get_bind(), checkfirst=True)
