"""Alembic environment. `render_as_batch`: SQLite alters tables by copying them."""
from __future__ import annotations

from alembic import context

import models.entities  # noqa: F401  (registers every table)
from models.db import make_engine
from models.entities import Base


def include_name(name: str | None, type_: str, _parent: dict) -> bool:
    """Autogenerate must not propose dropping the search index (an FTS5 table and its shadow tables)."""
    return not (type_ == "table" and name is not None and name.startswith("person_search"))


url = context.config.get_main_option("sqlalchemy.url")
engine = make_engine(url.removeprefix("sqlite:///"))
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
