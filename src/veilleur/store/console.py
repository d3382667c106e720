"""The console's records: accounts, API tokens, review states and the cookie signing key.

Passwords are argon2 hashes (argon2-cffi); API tokens are random 32-byte URL-safe strings stored
as their SHA-256 digest, so the store never holds a usable credential. Datetimes are ISO-8601 UTC.
"""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, select, update

from veilleur.models import Intel
from veilleur.store import schema
from veilleur.store.rows import now_iso

ROLES = ("viewer", "analyst", "admin")
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str  # viewer | analyst | admin

    def can(self, role: str) -> bool:
        """True when this user's role is `role` or above (viewer < analyst < admin)."""
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Review:
    story_id: int
    state: str  # approved | rejected
    by_user: str
    note: str
    decided_at: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ConsoleStore:
    """Console records over the store's engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ------------------------------------------------------------- users

    def add_user(self, name: str, role: str, password: str) -> None:
        """Create or replace `name`'s account. ValueError for an unknown role or empty password."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if not name or not password:
            raise ValueError("a user needs a name and a password")
        u = schema.users
        with self.engine.begin() as conn:
            conn.execute(delete(u).where(u.c.name == name))
            conn.execute(
                u.insert().values(
                    name=name, role=role, password_hash=_HASHER.hash(password), created_at=now_iso()
                )
            )

    def remove_user(self, name: str) -> bool:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.api_tokens).where(schema.api_tokens.c.user == name))
            return bool(conn.execute(delete(schema.users).where(schema.users.c.name == name)).rowcount)

    def users(self) -> list[User]:
        u = schema.users
        with self.engine.connect() as conn:
            return [User(r.name, r.role) for r in conn.execute(select(u.c.name, u.c.role).order_by(u.c.name))]

    def user(self, name: str) -> User | None:
        u = schema.users
        with self.engine.connect() as conn:
            row = conn.execute(select(u.c.name, u.c.role).where(u.c.name == name)).first()
        return User(row.name, row.role) if row else None

    def authenticate(self, name: str, password: str) -> User | None:
        """The user when `password` is theirs, else None (unknown users cost a hash too)."""
        u = schema.users
        with self.engine.connect() as conn:
            row = conn.execute(select(u).where(u.c.name == name)).mappings().first()
        stored = row["password_hash"] if row else _dummy_hash()
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if _HASHER.check_needs_rehash(stored):
            with self.engine.begin() as conn:
                conn.execute(update(u).where(u.c.name == name).values(password_hash=_HASHER.hash(password)))
        return User(row["name"], row["role"])

    # ------------------------------------------------------------- API tokens

    def new_token(self, name: str) -> str:
        """A new API token for `name` (returned once; only its digest is stored)."""
        if self.user(name) is None:
            raise ValueError(f"no user {name}")
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(
                schema.api_tokens.insert().values(digest=_digest(token), user=name, created_at=now_iso())
            )
        return token

    def token_user(self, token: str) -> User | None:
        t, u = schema.api_tokens, schema.users
        query = select(u.c.name, u.c.role).join(t, t.c.user == u.c.name).where(t.c.digest == _digest(token))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return User(row.name, row.role) if row else None

    # ------------------------------------------------------------- reviews

    def set_review(self, story_id: int, state: str, by_user: str, note: str = "") -> None:
        if state not in ("approved", "rejected"):
            raise ValueError("a review is approved or rejected")
        r = schema.story_reviews
        with self.engine.begin() as conn:
            conn.execute(delete(r).where(r.c.story_id == story_id))
            conn.execute(
                r.insert().values(
                    story_id=story_id, state=state, by_user=by_user, note=note, decided_at=now_iso()
                )
            )

    def reviews(self) -> dict[int, Review]:
        r = schema.story_reviews
        with self.engine.connect() as conn:
            return {
                int(row.story_id): Review(int(row.story_id), row.state, row.by_user, row.note, row.decided_at)
                for row in conn.execute(select(r))
            }

    def approved(self) -> set[int]:
        r = schema.story_reviews
        with self.engine.connect() as conn:
            return {
                int(i) for i in conn.execute(select(r.c.story_id).where(r.c.state == "approved")).scalars()
            }

    # ------------------------------------------------------------- secrets

    def secret(self, name: str) -> str:
        """A random secret kept in the store (made on first use): the same for every process."""
        k = schema.console_keys
        with self.engine.begin() as conn:
            value = conn.execute(select(k.c.value).where(k.c.name == name)).scalar()
            if value is None:
                value = secrets.token_urlsafe(48)
                conn.execute(k.insert().values(name=name, value=value))
        return str(value)


@functools.cache
def _dummy_hash() -> str:
    """What an unknown user's password is checked against, so that a login costs one hash whether
    the name exists or not. Made at the first login (a hash takes ~0.2 s of CPU), not at import:
    every command that opens the store imports this module."""
    return _HASHER.hash(secrets.token_urlsafe(16))


class CorrectionQueries:
    """Corrections of a story's facts by hand, kept as `story_decisions` rows (action "correct")
    beside merges and splits, and written into its articles' intel."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self, story_id: int, field: str, value: object, by_user: str) -> None:
        d = schema.story_decisions
        detail = json.dumps({"field": field, "value": value, "by": by_user}, ensure_ascii=False)
        with self.engine.begin() as conn:
            conn.execute(
                d.insert().values(action="correct", story_id=story_id, detail=detail, decided_at=now_iso())
            )

    def latest(self) -> dict[int, dict[str, object]]:
        """story → field → its last corrected value."""
        d = schema.story_decisions
        out: dict[int, dict[str, object]] = {}
        query = select(d.c.story_id, d.c.detail).where(d.c.action == "correct").order_by(d.c.id)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                detail = json.loads(row.detail)
                out.setdefault(int(row.story_id), {})[detail["field"]] = detail["value"]
        return out

    def rewrite_intel(self, story_id: int, changed: dict[int, Intel]) -> None:
        """Store the corrected intel of `changed` entries and have the story briefed again (its
        briefing then covers none of its articles)."""
        i, m = schema.intel, schema.story_members
        with self.engine.begin() as conn:
            for entry_id, record in changed.items():
                conn.execute(
                    update(i)
                    .where(i.c.entry_id == entry_id)
                    .values(category=record.category, data=record.model_dump_json())
                )
            conn.execute(update(m).where(m.c.story_id == story_id).values(covered=False))
