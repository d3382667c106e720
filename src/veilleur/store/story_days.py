"""A story's first and last day, derived from its articles' days (`story_members.day`, ISO
dates) each time they are read: stored once, never kept in step by hand. Each helper is a SQL
expression over a story id column; `story_members` is aliased, so that a query may join it too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select

from veilleur.store import schema


def first_day(story_id: ColumnElement[Any]) -> ScalarSelect[Any]:
    """The day of the story's first article (ISO text); NULL for a story with no article."""
    days = schema.story_members.alias("first_days")
    return select(func.min(days.c.day)).where(days.c.story_id == story_id).scalar_subquery()


def last_day(story_id: ColumnElement[Any]) -> ScalarSelect[Any]:
    """The day of the story's last article (ISO text); NULL for a story with no article."""
    days = schema.story_members.alias("last_days")
    return select(func.max(days.c.day)).where(days.c.story_id == story_id).scalar_subquery()


def active_since(story_id: ColumnElement[Any], since: date) -> ColumnElement[bool]:
    """True for a story with an article of `since` or later (through the index on the day)."""
    days = schema.story_members.alias("recent_days")
    return story_id.in_(select(days.c.story_id).where(days.c.day >= since.isoformat()))
