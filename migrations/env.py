"""Alembic environment. `render_as_batch`: SQLite alters tables by copying them."""
from __future__ import annotations

from alembic import context

import models.entities  # noqa: F401  (registers every table)
from models.db import make_engine
from models.entities import Base

url = context.config.get_main_option("sqlalchemy.url")
engine = make_engine(url.removeprefix("sqlite:///"))
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
