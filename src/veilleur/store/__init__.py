"""The store: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) by configuration. `Store`
holds the engine, the migrations and the batch; its repositories (`store.posts`, `store.stories`…)
load and save the records."""

from veilleur.store.store import Store

__all__ = ["Store"]
