"""Alembic environment. `render_as_batch`: SQLite alters tables by copying them."""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import models.entities  # noqa: F401  (registers every table)
from models.db import make_engine
from models.entities import Base


def include_name(name: str | None, type_: str, _parent: dict) -> bool:
    """Autogenerate must not propose dropping the search index (an FTS5 table and its shadow tables; the
    office's `person_terms`)."""
    return not (type_ == "table" and name is not None and name.startswith(("person_search", "person_terms")))


def run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


# models.migrate hands over a connection (plain or encrypted); the `alembic` command line has only the URL.
if (given := context.config.attributes.get("connection")) is not None:
    run_migrations(given)
else:
    engine = make_engine(context.config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"))
    with engine.connect() as connection:
        run_migrations(connection)
    engine.dispose()
