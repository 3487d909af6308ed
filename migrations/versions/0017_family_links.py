"""families and children: links between persons, birth registration, a guardian's consent, best interest

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 00:20:00

Issue 29 item 3. A link is stored once, from one side (models.entities.family). A child's birth
registration is yes/no/unknown (unknown for everyone recorded before). A consent may name the guardian
(a person) who gave it for a minor; a minor's referral sent without one carries a best-interest reason.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

RELATION = sa.Enum('parent', 'child', 'spouse', 'sibling', 'guardian', 'ward', 'other', name='relation')
BIRTH_REGISTRATION = sa.Enum('yes', 'no', 'unknown', name='birthregistration')


def upgrade() -> None:
    op.create_table('family_links',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('relative_id', sa.Uuid(), nullable=False),
    sa.Column('relation', RELATION, nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_family_links_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_family_links_person_id_persons')),
    sa.ForeignKeyConstraint(['relative_id'], ['persons.id'], name=op.f('fk_family_links_relative_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_family_links_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_links'))
    )
    with op.batch_alter_table('family_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_links_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_links_relative_id'), ['relative_id'], unique=False)
    BIRTH_REGISTRATION.create(op.get_bind(), checkfirst=True)
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('birth_registered', BIRTH_REGISTRATION, nullable=False,
                                      server_default='unknown'))
    # Plain ADD COLUMN on SQLite: a batch copy of `consents` drops the table that referrals point at, which
    # the foreign keys refuse on any database holding a referral. SQLite takes a REFERENCES clause on an added
    # column that is NULL by default; PostgreSQL a named constraint.
    if op.get_bind().dialect.name == "postgresql":
        op.add_column('consents', sa.Column('guardian_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(op.f('fk_consents_guardian_id_persons'), 'consents', 'persons', ['guardian_id'], ['id'])
    else:  # CHAR(32): how SQLAlchemy's Uuid is stored in SQLite
        op.execute("ALTER TABLE consents ADD COLUMN guardian_id CHAR(32) REFERENCES persons (id)")
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('best_interest_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('best_interest_reason')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        if op.get_bind().dialect.name == "postgresql":
            batch_op.drop_constraint(batch_op.f('fk_consents_guardian_id_persons'), type_='foreignkey')
        batch_op.drop_column('guardian_id')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('birth_registered')
    BIRTH_REGISTRATION.drop(op.get_bind(), checkfirst=True)
    with op.batch_alter_table('family_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_links_relative_id'))
        batch_op.drop_index(batch_op.f('ix_family_links_person_id'))
    op.drop_table('family_links')
    RELATION.drop(op.get_bind(), checkfirst=True)
