"""What every command needs: consoles, the settings, the store."""

from __future__ import annotations

import click
from rich.console import Console

from veilleur.config import Settings
from veilleur.store import Store


def console() -> Console:
    """Messages and summaries, on standard error (created per call: tests and pipes set the width)."""
    return Console(stderr=True)


def out() -> Console:
    """Results, on standard output."""
    return Console()


def settings_of(ctx: click.Context) -> Settings:
    settings: Settings = ctx.find_root().obj["settings"]
    return settings


def open_store(settings: Settings) -> Store:
    return Store(settings.resolved_store_url())
