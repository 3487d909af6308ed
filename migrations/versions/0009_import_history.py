"""import history: imports, the records each brought in, saved column mappings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:10:00

- `imports`: one row per import of a spreadsheet (file name, counts, status, where to resume);
- `import_records`: every record an import created, so that the import can be undone as a whole;
- `import_mappings`: column mappings saved by name.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("resume_row", sa.Integer(), nullable=True),
        sa.Column("message", sa.String(length=500), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_imports_user_id_users")),
        sa.ForeignKeyConstraint(["undone_by"], ["users.id"], name=op.f("fk_imports_undone_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    op.create_table(
        "import_records",
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], name=op.f("fk_import_records_import_id_imports")),
        sa.PrimaryKeyConstraint("import_id", "record_id", name=op.f("pk_import_records")),
    )
    op.create_table(
        "import_mappings",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["saved_by"], ["users.id"], name=op.f("fk_import_mappings_saved_by_users")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_import_mappings")),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    op.drop_table("import_records")
    op.drop_table("imports")
