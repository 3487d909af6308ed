"""cases, persons and their history

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 01:47:37.415043
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('caseworker', 'supervisor', 'admin', name='role'), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_users_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_users_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('employers',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('bin', sa.String(length=12), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('kind', sa.Enum('company', 'domestic', name='employerkind'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_employers_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_employers_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employers'))
    )
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employers_bin'), ['bin'], unique=False)

    op.create_table('persons',
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=100), nullable=True),
    sa.Column('family_name_latin', sa.String(length=100), nullable=False),
    sa.Column('given_name_latin', sa.String(length=100), nullable=False),
    sa.Column('patronymic_latin', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('sex', sa.Enum('female', 'male', 'unknown', name='sex'), nullable=False),
    sa.Column('citizenship', sa.String(length=3), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('exempt_category', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_persons_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_persons_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_citizenship'), ['citizenship'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_iin'), ['iin'], unique=False)

    op.create_table('asylum_claims',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.Enum('granted', 'refused', name='asylumdecision'), nullable=True),
    sa.Column('appeal_filed_on', sa.Date(), nullable=True),
    sa.Column('appeal_decided_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_asylum_claims_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_asylum_claims_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_asylum_claims_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asylum_claims'))
    )
    with op.batch_alter_table('asylum_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asylum_claims_person_id'), ['person_id'], unique=False)

    op.create_table('cases',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.Enum('labour_migrant', 'trafficking_survivor', 'refugee', 'asylum_seeker', 'stateless', 'kandas', 'other', name='category'), nullable=False),
    sa.Column('status', sa.Enum('open', 'active', 'referred', 'closed', name='casestatus'), nullable=False),
    sa.Column('closed_reason', sa.String(length=300), nullable=True),
    sa.Column('caseworker_id', sa.Uuid(), nullable=True),
    sa.Column('priority', sa.Enum('low', 'normal', 'high', 'urgent', name='priority'), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_cases_caseworker_id_users')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_cases_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_cases_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_cases_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)

    op.create_table('contracts',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('employment', 'civil', name='contractkind'), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_contracts_created_by_users')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_contracts_employer_id_employers')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_contracts_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_contracts_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts'))
    )
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contracts_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contracts_person_id'), ['person_id'], unique=False)

    op.create_table('expulsions',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('expelled_on', sa.Date(), nullable=False),
    sa.Column('ban_until', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_expulsions_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_expulsions_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_expulsions_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expulsions'))
    )
    with op.batch_alter_table('expulsions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expulsions_person_id'), ['person_id'], unique=False)

    op.create_table('identity_documents',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('passport', 'id_card', 'travel_document', 'refugee_travel_document', 'stateless_travel_document', 'birth_certificate', 'other', name='documentkind'), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('issuing_country', sa.String(length=3), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_identity_documents_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_identity_documents_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_identity_documents_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_documents'))
    )
    with op.batch_alter_table('identity_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_documents_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_identity_documents_person_id'), ['person_id'], unique=False)

    op.create_table('permits',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('visa', 'temporary_residence', 'permanent_residence', 'work_permit', 'patent', 'refugee_certificate', 'asylum_certificate', name='permitkind'), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('work_category', sa.Enum('first', 'second', 'third', 'fourth', 'seasonal', 'intra_corporate', name='workcategory'), nullable=True),
    sa.Column('employer_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_permits_created_by_users')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_permits_employer_id_employers')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_permits_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_permits_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permits'))
    )
    with op.batch_alter_table('permits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permits_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_permits_person_id'), ['person_id'], unique=False)

    op.create_table('refugee_statuses',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('recognized_on', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('certificate_issued_on', sa.Date(), nullable=True),
    sa.Column('certificate_number', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_refugee_statuses_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_refugee_statuses_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_refugee_statuses_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refugee_statuses'))
    )
    with op.batch_alter_table('refugee_statuses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refugee_statuses_person_id'), ['person_id'], unique=False)

    op.create_table('registrations',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('host', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_registrations_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_registrations_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_registrations_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registrations_person_id'), ['person_id'], unique=False)

    op.create_table('stays',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('basis', sa.Enum('visa_free', 'visa', 'residence_permit', 'refugee', 'asylum_seeker', 'diplomatic', 'other', name='staybasis'), nullable=False),
    sa.Column('border_point', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_stays_created_by_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_stays_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_stays_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stays'))
    )
    with op.batch_alter_table('stays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stays_person_id'), ['person_id'], unique=False)

    op.create_table('attachments',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=True),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_attachments_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_attachments_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_attachments_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_case_id'), ['case_id'], unique=False)

    op.create_table('notes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_notes_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_notes_created_by_users')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_notes_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_case_id'))

    op.drop_table('notes')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_case_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('stays', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stays_person_id'))

    op.drop_table('stays')
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registrations_person_id'))

    op.drop_table('registrations')
    with op.batch_alter_table('refugee_statuses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refugee_statuses_person_id'))

    op.drop_table('refugee_statuses')
    with op.batch_alter_table('permits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permits_person_id'))
        batch_op.drop_index(batch_op.f('ix_permits_employer_id'))

    op.drop_table('permits')
    with op.batch_alter_table('identity_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_documents_person_id'))
        batch_op.drop_index(batch_op.f('ix_identity_documents_number'))

    op.drop_table('identity_documents')
    with op.batch_alter_table('expulsions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expulsions_person_id'))

    op.drop_table('expulsions')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contracts_person_id'))
        batch_op.drop_index(batch_op.f('ix_contracts_employer_id'))

    op.drop_table('contracts')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_status'))
        batch_op.drop_index(batch_op.f('ix_cases_person_id'))
        batch_op.drop_index(batch_op.f('ix_cases_category'))
        batch_op.drop_index(batch_op.f('ix_cases_caseworker_id'))

    op.drop_table('cases')
    with op.batch_alter_table('asylum_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asylum_claims_person_id'))

    op.drop_table('asylum_claims')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_iin'))
        batch_op.drop_index(batch_op.f('ix_persons_citizenship'))

    op.drop_table('persons')
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employers_bin'))

    op.drop_table('employers')
    op.drop_table('users')
