"""stay basis "unknown": a stay imported from a list that does not say how the person is in the country

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 21:40:00

Issue 28. On SQLite the basis is a VARCHAR(16) without a CHECK constraint: "unknown" fits, nothing to change.
On PostgreSQL (the office) it is the native enum type `staybasis`, which gets the new value.
"""
from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        with op.get_context().autocommit_block():  # a value added to an enum is usable after its commit
            op.execute("ALTER TYPE staybasis ADD VALUE IF NOT EXISTS 'unknown'")


def downgrade() -> None:
    # PostgreSQL cannot drop a value from an enum type: the value stays, unused. Stays still marked
    # "unknown" become "other" (the code before 0013 knows no "unknown"), on either database.
    op.execute("UPDATE stays SET basis = 'other' WHERE basis = 'unknown'")
