"""The store: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) by configuration."""

from veilleur.store.store import Store

__all__ = ["Store"]
