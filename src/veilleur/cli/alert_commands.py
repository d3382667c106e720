"""`veilleur alerts test|send`: check the alert channels, or announce what is due now."""

from __future__ import annotations

import click
from rich.markup import escape

from veilleur import clock
from veilleur.cli.common import console, open_store, settings_of


@click.group()
def alerts() -> None:
    """Alerts on watchlist matches and high-priority stories ([alerts] urls)."""


@alerts.command("test")
@click.pass_context
def alerts_test(ctx: click.Context) -> None:
    """Send a test message on every configured channel; exit status 1 if one fails."""
    from veilleur.publish.alerts import send_test

    settings = settings_of(ctx)
    if not settings.alerts.urls:
        raise click.ClickException("no alert channel: set [alerts] urls (or VEILLEUR_ALERTS__URLS)")
    failed = 0
    for label, error in send_test(settings):
        if error:
            failed += 1
            console().print(f"[red]failed[/red] {escape(label)}: {escape(error)}")
        else:
            console().print(f"[green]sent[/green] {escape(label)}")
    if failed:
        ctx.exit(1)


@alerts.command("send")
@click.pass_context
def alerts_send(ctx: click.Context) -> None:
    """Announce the stories due now (what `veilleur run` does after publishing)."""
    from veilleur.clock import collection_day
    from veilleur.publishing.alerts import send_alerts

    settings = settings_of(ctx)
    if not settings.alerts.urls:
        # As `alerts test` says: "0 alert(s) sent" would read as nothing due.
        raise click.ClickException("no alert channel: set [alerts] urls (or VEILLEUR_ALERTS__URLS)")
    store = open_store(settings)
    errors: list[str] = []
    try:
        today = collection_day(clock.now(), settings.publish.timezone, settings.publish.day_rollover_hour)
        report = send_alerts(
            store, settings, today, failed=lambda _item, label, why: errors.append(f"{label}: {why}")
        )
    finally:
        store.close()
    for line in errors:
        console().print(f"[red]failed[/red] {escape(line)}")
    failed = f", {len(errors)} failed" if errors else ""
    console().print(f"{report.sent} alert(s) sent for {len(report.stories)} story(ies){failed}")
    if errors:
        ctx.exit(1)
