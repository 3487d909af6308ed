"""supervisor: person region, alert indexes, employer headcounts

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 02:55:39.855896

- `persons.region`, filled here from each address (models.regions.region_of);
  plain ALTER TABLE, no batch copy (foreign keys point at persons).
- `obligations.alert`: on the supervisor's alert list (not met, and the person has
  a live case that is not closed), with a partial index of those rows that the
  alert counts and lists read alone, and `ix_cases_open` covering the open cases.
  `deadlines._store` writes the flag with each row; the triggers below rewrite a
  person's flags when one of their cases is opened, closed, archived or moved
  (rare writes, a few rows each, whoever makes them).
- `employer_headcounts`: employers' declared staff, for the local-content check.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _fill_regions() -> None:
    from models.regions import region_of

    connection = op.get_bind()
    rows = connection.exec_driver_sql("SELECT id, address FROM persons WHERE address IS NOT NULL").fetchall()
    found = [(region, person_id) for person_id, address in rows if (region := region_of(address)) is not None]
    if found:
        connection.exec_driver_sql("UPDATE persons SET region = ? WHERE id = ?", found)


OPEN_CASE_OF = ("EXISTS (SELECT 1 FROM cases c WHERE c.person_id = {0} AND c.status != 'closed' "
                "AND c.archived_at IS NULL)")
ALERT = "(met = 0 AND " + OPEN_CASE_OF + ")"
TRIGGERS = {
    "obligations_alert_after_case_insert": f"""
        CREATE TRIGGER obligations_alert_after_case_insert AFTER INSERT ON cases BEGIN
            UPDATE obligations SET alert = {ALERT.format("NEW.person_id")}
            WHERE person_id = NEW.person_id;
        END""",
    "obligations_alert_after_case_update": f"""
        CREATE TRIGGER obligations_alert_after_case_update
        AFTER UPDATE OF status, archived_at, person_id ON cases BEGIN
            UPDATE obligations SET alert = {ALERT.format("obligations.person_id")}
            WHERE person_id IN (NEW.person_id, OLD.person_id);
        END""",
    "obligations_alert_after_case_delete": f"""
        CREATE TRIGGER obligations_alert_after_case_delete AFTER DELETE ON cases BEGIN
            UPDATE obligations SET alert = {ALERT.format("OLD.person_id")}
            WHERE person_id = OLD.person_id;
        END""",
}


def upgrade() -> None:
    op.create_table('employer_headcounts',
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('counted_on', sa.Date(), nullable=False),
    sa.Column('managers', sa.Integer(), nullable=False),
    sa.Column('managers_citizens', sa.Integer(), nullable=False),
    sa.Column('specialists', sa.Integer(), nullable=False),
    sa.Column('specialists_citizens', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_employer_headcounts_created_by_users')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_employer_headcounts_employer_id_employers')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_employer_headcounts_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer_headcounts'))
    )
    op.create_index(op.f('ix_employer_headcounts_employer_id'), 'employer_headcounts', ['employer_id'], unique=False)
    op.create_index('ix_cases_open', 'cases',
                    ['status', 'archived_at', 'person_id', 'caseworker_id', 'category', 'sensitive', 'opened_on', 'id'],
                    unique=False)
    op.add_column('obligations', sa.Column('alert', sa.Boolean(), server_default=sa.false(), nullable=False))
    # The office (PostgreSQL) keeps no deadlines (derived data, computed on each laptop): no flags to fill,
    # no triggers to keep them, no regions to fill in a database that is new.
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"UPDATE obligations SET alert = 1 WHERE {ALERT.format('obligations.person_id')}")
    op.create_index('ix_obligations_alerts', 'obligations', ['due', 'rule', 'person_id', 'position'], unique=False,
                    sqlite_where=sa.text('alert = 1'), postgresql_where=sa.text('alert'))
    for create in TRIGGERS.values() if sqlite else ():
        op.execute(create)
    op.add_column('persons', sa.Column('region', sa.String(length=100), nullable=True))
    op.create_index(op.f('ix_persons_region'), 'persons', ['region'], unique=False)
    if sqlite:
        _fill_regions()


def downgrade() -> None:
    op.drop_index(op.f('ix_persons_region'), table_name='persons')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('region')
    for name in TRIGGERS if op.get_bind().dialect.name == "sqlite" else ():
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index('ix_obligations_alerts', table_name='obligations')
    with op.batch_alter_table('obligations', schema=None) as batch_op:
        batch_op.drop_column('alert')
    op.drop_index('ix_cases_open', table_name='cases')
    op.drop_index(op.f('ix_employer_headcounts_employer_id'), table_name='employer_headcounts')
    op.drop_table('employer_headcounts')
