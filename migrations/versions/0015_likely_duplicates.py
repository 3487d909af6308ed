"""likely duplicates: pairs not the same person, person merges

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 21:47:51

Issue 31: the supervisor's review of likely duplicates remembers "not the same person", and a merge keeps
what it moved so that it can be undone as a whole. A merged person names the person kept (`merged_into`), so
that the office takes there what laptops push about the merged record.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('not_the_same_persons',
    sa.Column('first_id', sa.Uuid(), nullable=False),
    sa.Column('second_id', sa.Uuid(), nullable=False),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_not_the_same_persons_decided_by_users')),
    sa.ForeignKeyConstraint(['first_id'], ['persons.id'], name=op.f('fk_not_the_same_persons_first_id_persons')),
    sa.ForeignKeyConstraint(['second_id'], ['persons.id'], name=op.f('fk_not_the_same_persons_second_id_persons')),
    sa.PrimaryKeyConstraint('first_id', 'second_id', name=op.f('pk_not_the_same_persons'))
    )
    op.create_table('person_merges',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kept_id', sa.Uuid(), nullable=False),
    sa.Column('merged_id', sa.Uuid(), nullable=False),
    sa.Column('kept_before', sa.JSON(), nullable=False),
    sa.Column('moved', sa.JSON(), nullable=False),
    sa.Column('merged_by', sa.Uuid(), nullable=True),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('undone_by', sa.Uuid(), nullable=True),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['kept_id'], ['persons.id'], name=op.f('fk_person_merges_kept_id_persons')),
    sa.ForeignKeyConstraint(['merged_by'], ['users.id'], name=op.f('fk_person_merges_merged_by_users')),
    sa.ForeignKeyConstraint(['merged_id'], ['persons.id'], name=op.f('fk_person_merges_merged_id_persons')),
    sa.ForeignKeyConstraint(['undone_by'], ['users.id'], name=op.f('fk_person_merges_undone_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_merges'))
    )
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_merges_kept_id'), ['kept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_merged_id'), ['merged_id'], unique=False)
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('merged_into')
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merges_merged_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_kept_id'))

    op.drop_table('person_merges')
    op.drop_table('not_the_same_persons')
