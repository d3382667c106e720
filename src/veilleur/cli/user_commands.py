"""`veilleur users add|list|remove|token`: the console's accounts and API tokens."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from veilleur.cli.common import open_store, out, settings_of

if TYPE_CHECKING:
    from veilleur.store import Store
    from veilleur.store.console import ConsoleStore

# The roles, here rather than imported: `veilleur --help` must not load the store's libraries.
ROLES = ("viewer", "analyst", "admin")


def _records(store: Store) -> ConsoleStore:
    from veilleur.store.console import ConsoleStore

    return ConsoleStore(store.engine)


@click.group()
def users() -> None:
    """Accounts of the analyst console (veilleur web)."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="viewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line).")
@click.pass_context
def add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Create NAME (or replace its role and password). The password is prompted, hashed with argon2."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise click.ClickException("a password has at least 8 characters")
    store = open_store(settings_of(ctx))
    try:
        _records(store).add_user(name, role, password)
    finally:
        store.close()
    click.echo(f"user {name} ({role}) saved", err=True)


@users.command("list")
@click.pass_context
def list_users(ctx: click.Context) -> None:
    """The accounts and their roles."""
    store = open_store(settings_of(ctx))
    try:
        for user in _records(store).users():
            out().print(f"{user.name}\t{user.role}", markup=False)
    finally:
        store.close()


@users.command("remove")
@click.argument("name")
@click.pass_context
def remove(ctx: click.Context, name: str) -> None:
    """Delete NAME and its API tokens."""
    store = open_store(settings_of(ctx))
    try:
        if not _records(store).remove_user(name):
            raise click.ClickException(f"no user {name}")
    finally:
        store.close()


@users.command("token")
@click.argument("name")
@click.pass_context
def token(ctx: click.Context, name: str) -> None:
    """Print a new API token for NAME (shown once; the store keeps only its SHA-256)."""
    store = open_store(settings_of(ctx))
    try:
        made = _records(store).new_token(name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    click.echo(made)
