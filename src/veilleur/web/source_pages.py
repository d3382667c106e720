"""Sources: health for everyone; enabling, disabling and adding a feed for admins."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from veilleur.edge import check_source
from veilleur.models import Source, SourceKind
from veilleur.report import skip_reasons
from veilleur.web.app import Console, guarded
from veilleur.web.source_health import error_cause, pages_health


def _sources(console: Console) -> list[dict[str, object]]:
    out = []
    for source in console.store.sources.all():
        health = console.store.sources.health(source.name)
        out.append(
            {
                "name": source.name,
                "url": source.url,
                "kind": str(source.kind),
                "enabled": source.enabled,
                "last_success": health.last_success.isoformat() if health.last_success else None,
                "last_error": health.last_error,
                "error_cause": error_cause(health.last_error),
                "pages": pages_health(console.store.entries.recent_pages(source.name)),
                "failures": health.consecutive_failures,
                "skipped": skip_reasons(console.store.entries.recent_outcomes(source.name)),
            }
        )
    return out


@guarded("viewer")
async def sources(console: Console, request: Request) -> Response:
    return console.render(request, "sources.html", sources=_sources(console))


@guarded("viewer", api=True)
async def api_sources(console: Console, request: Request) -> Response:
    return JSONResponse(_sources(console))


@guarded("admin")
async def toggle(console: Console, request: Request) -> Response:
    form = await request.form()
    console.store.sources.set_enabled(request.path_params["name"], form.get("enabled") == "1")
    return RedirectResponse("/sources", status_code=303)


@guarded("admin")
async def add(console: Console, request: Request) -> Response:
    form = await request.form()
    try:
        name, url = str(form.get("name", "")).strip(), str(form.get("url", "")).strip()
        source, credentials = check_source(Source(name=name, url=url, kind=SourceKind.FEED))
        if credentials is not None:  # as `sources add`: credentials belong in veilleur.toml only
            raise ValueError("a feed with credentials is declared in veilleur.toml, not here")
    except ValueError as exc:
        return console.render(request, "sources.html", 400, sources=_sources(console), error=str(exc))
    console.store.sources.save(source)
    return RedirectResponse("/sources", status_code=303)


ROUTES = [
    Route("/sources", sources),
    Route("/sources/add", add, methods=["POST"]),
    Route("/sources/{name}/enabled", toggle, methods=["POST"]),
    Route("/api/sources", api_sources),
]
