"""casefile: what an attachment is (its kind), beside its label (`description`)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 16:40:00

A plain ALTER TABLE ADD COLUMN with a server default: every attachment
recorded before is "other" until a caseworker says what it is.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachments", sa.Column("kind", sa.String(30), nullable=False, server_default="other"))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("kind")
