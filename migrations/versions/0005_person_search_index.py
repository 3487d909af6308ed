"""person search index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 01:58:53.945643

An FTS5 table over the search keys of every person's names and document
numbers (see models/services/search.py). SQLAlchemy's metadata does not know
virtual tables, so this revision is written by hand; env.py keeps autogenerate
from proposing to drop it. Existing persons are indexed here; a later change
to the name folding (models.names.search_key) needs a revision that calls
`search.rebuild` again.
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # the office (PostgreSQL): derived data, rebuilt on each laptop
        return
    # prefix='2 3': find-as-you-type queries two- and three-letter prefixes from an index of their own.
    op.execute("CREATE VIRTUAL TABLE person_search USING fts5(person_id UNINDEXED, terms, prefix='2 3')")
    from models.services import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE person_search")
