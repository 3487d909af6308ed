"""office sync through the services: refused changes kept, the audit trail's digest

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 21:40:00

Issue 25. `sync_applied` also keeps the changes a push may not make (the change whole and the reason in
words): at the office, so a refused change is never applied and never dropped; on a laptop, the changes
its office refused, for the window to show. `office_devices.audit_digest`: a digest of every entry of a
device's trail the office holds, so a rewritten or removed entry the office already received is found.
`sync_outbox.base_version` goes: it was sent and never read (a version counts one database's writes, so
the office cannot compare it with its own; the merge compares each field's old value).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_column('base_version')
    with op.batch_alter_table('sync_applied', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refused', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('change', sa.JSON(), nullable=True))
    with op.batch_alter_table('office_devices', schema=None) as batch_op:
        # '' for the devices enrolled before: the office takes the digest at their next sync, as it does
        # after a break (a new device starts from the empty trail's digest, '0' * 64).
        batch_op.add_column(sa.Column('audit_digest', sa.String(length=64), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('office_devices', schema=None) as batch_op:
        batch_op.drop_column('audit_digest')
    with op.batch_alter_table('sync_applied', schema=None) as batch_op:
        batch_op.drop_column('change')
        batch_op.drop_column('refused')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_version', sa.Integer(), nullable=True))
