"""services given in a case; who referred the person to us

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 00:20:00

Issue 29 items 1 and 2: `case_services` (kind, provider, planned and given dates, outcome, note, the
referral it was given through), and five columns of `cases` saying who referred the person, when, how
and why.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

HOW = ('hotline', 'police', 'iom', 'ngo', 'government', 'embassy', 'self_referred', 'other')


def upgrade() -> None:
    op.create_table('case_services',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('completed', 'ongoing', 'declined', 'not_available', 'other',
                                 name='serviceoutcome'), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('referral_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_services_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_case_services_created_by_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                            name=op.f('fk_case_services_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_case_services_referral_id_referrals')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_case_services_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_services'))
    )
    with op.batch_alter_table('case_services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_services_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_services_planned_on'), ['planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_services_referral_id'), ['referral_id'], unique=False)

    # Plain ADD COLUMN on SQLite (a batch copy of `cases` would trip the foreign keys that point at it);
    # SQLite takes a REFERENCES clause on an added column that is NULL by default, PostgreSQL a constraint.
    postgresql = op.get_bind().dialect.name == "postgresql"
    how = sa.Enum(*HOW, name='referredhow')
    if postgresql:
        how.create(op.get_bind(), checkfirst=True)
    if postgresql:
        op.add_column('cases', sa.Column('referred_by_id', sa.Uuid(), nullable=True))
    else:  # CHAR(32): how SQLAlchemy's Uuid is stored in SQLite
        op.execute("ALTER TABLE cases ADD COLUMN referred_by_id CHAR(32) REFERENCES organisations (id)")
    op.add_column('cases', sa.Column('referred_by_name', sa.String(length=200), nullable=True))
    op.add_column('cases', sa.Column('referred_on', sa.Date(), nullable=True))
    op.add_column('cases', sa.Column('referred_how', how, nullable=True))
    op.add_column('cases', sa.Column('referred_why', sa.String(length=300), nullable=True))
    if postgresql:
        op.create_foreign_key(op.f('fk_cases_referred_by_id_organisations'), 'cases', 'organisations',
                              ['referred_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        if op.get_bind().dialect.name == "postgresql":
            batch_op.drop_constraint(op.f('fk_cases_referred_by_id_organisations'), type_='foreignkey')
        batch_op.drop_column('referred_why')
        batch_op.drop_column('referred_how')
        batch_op.drop_column('referred_on')
        batch_op.drop_column('referred_by_name')
        batch_op.drop_column('referred_by_id')
    with op.batch_alter_table('case_services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_services_referral_id'))
        batch_op.drop_index(batch_op.f('ix_case_services_planned_on'))
        batch_op.drop_index(batch_op.f('ix_case_services_case_id'))
    op.drop_table('case_services')
    if op.get_bind().dialect.name == "postgresql":
        sa.Enum(name='referredhow').drop(op.get_bind(), checkfirst=True)
        sa.Enum(name='serviceoutcome').drop(op.get_bind(), checkfirst=True)
