"""`veilleur web`: the analyst console, served by uvicorn."""

from __future__ import annotations

import click

from veilleur.cli.common import open_store, settings_of


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8080, show_default=True)
@click.option("--auth-header", default="", help="Trust this header's user name (e.g. X-Remote-User)…")
@click.option("--trusted-proxy", "proxies", multiple=True, help="…when sent by this address or network.")
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Secure cookies (https only); default: on unless the host is loopback.",
)
@click.pass_context
def web(
    ctx: click.Context,
    host: str,
    port: int,
    auth_header: str,
    proxies: tuple[str, ...],
    secure_cookies: bool | None,
) -> None:
    """Serve the console (review, correct and approve stories in a browser)."""
    import uvicorn

    from veilleur.store.console import ConsoleStore
    from veilleur.web.app import create_app
    from veilleur.web.auth import AuthConfig

    if auth_header and not proxies:
        raise click.ClickException("--auth-header needs --trusted-proxy (who may set it)")
    if secure_cookies is None:
        secure_cookies = host not in ("127.0.0.1", "localhost", "::1")
    settings = settings_of(ctx)
    store = open_store(settings)
    auth = AuthConfig(header=auth_header, proxies=list(proxies), secure_cookies=secure_cookies)
    try:
        app = create_app(settings, store, auth)
        click.echo(f"veilleur console on http://{host}:{port}/", err=True)
        if not auth_header and not ConsoleStore(store.engine).users():
            # a sign-in page nobody can pass, and nothing said why
            click.echo("no account yet: `veilleur users add NAME --role admin` creates one", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
    finally:
        store.close()
