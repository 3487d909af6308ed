"""audit trail keyed: the chain's SHA-256 becomes an HMAC under the office's key

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:05:00

Issue 12 item 3. `models.migrate` hands the key over in `config.attributes`
(derived from the passphrase of an encrypted database, the office's key file
for a plain one: see `models.audit_chain`). Every entry that verifies under the
old plain chain is re-keyed; from the first one that does not, the entries stay
as they were, so `qamqor audit verify` still reports that break where it is.
No schema change; a downgrade cannot undo it (the old hashes are not kept).
"""
from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # the office's trail is keyed from its first entry
        return
    from models.audit_chain import key_for, rechain

    key = op.get_context().config.attributes.get("audit_key") or key_for(None)
    rechain(op.get_bind().connection.dbapi_connection, None, key)


def downgrade() -> None:
    pass
