"""Sign-in, Today, Story, Search and Incidents pages, and their JSON under /api/."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from veilleur.publish.register import to_csv
from veilleur.publishing.register import build_incidents
from veilleur.store.search import search
from veilleur.web import charts
from veilleur.web.app import Console, guarded, number
from veilleur.web.auth import csrf_ok
from veilleur.web.data import PAGE_SIZE, filter_incidents, filter_rows, story_rows
from veilleur.web.editing import form_of
from veilleur.web.story_view import story_view

FILTERS = ("category", "sector", "country", "state", "q", "actor", "since", "until")


def _args(request: Request) -> dict[str, str]:
    return {k: request.query_params.get(k, "").strip() for k in FILTERS if request.query_params.get(k)}


async def login(request: Request) -> Response:
    console: Console = request.app.state.console
    if request.method == "GET":
        return console.render(request, "login.html", next=request.query_params.get("next", "/"))
    form = await request.form()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    target = str(form.get("next", "/"))
    if not target.startswith("/") or target.startswith("//"):
        target = "/"  # never redirect off-site
    if not csrf_ok(request, form.get("csrf")):
        return console.render(request, "login.html", 403, error="csrf", next=target)
    client = request.client.host if request.client else ""
    key = f"{client}|{name}"
    if console.limiter.blocked(key):
        return console.render(request, "login.html", 429, error="rate", next=target)
    user = console.records.authenticate(name, password)
    if user is None:
        console.limiter.failed(key)
        return console.render(request, "login.html", 401, error="bad", next=target)
    console.limiter.clear(key)
    request.session.clear()  # a new session id on sign-in (no fixation)
    request.session["user"] = user.name
    return RedirectResponse(target, status_code=303)


@guarded("viewer")
async def logout(console: Console, request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


def _today(console: Console, request: Request) -> dict[str, Any]:
    args = _args(request)
    rows = filter_rows(
        story_rows(console.store, console.records.reviews(), console.settings.publish.review), args
    )
    try:
        page = max(1, number(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return {
        "rows": shown,
        "total": len(rows),
        "page": page,
        "pages": max(1, -(-len(rows) // PAGE_SIZE)),
        "args": args,
        "pager": urlencode(args),
    }


@guarded("viewer")
async def today(console: Console, request: Request) -> Response:
    return console.render(request, "today.html", **_today(console, request))


@guarded("viewer", api=True)
async def api_stories(console: Console, request: Request) -> Response:
    data = _today(console, request)
    return JSONResponse({**data, "rows": [row.as_dict() for row in data["rows"]]})


@guarded("viewer")
async def story(console: Console, request: Request) -> Response:
    view = story_view(console.store, int(request.path_params["story_id"]))
    if view is None:
        return console.render(request, "error.html", 404, message="not-found")
    current = console.store.briefings.of_story(view["id"])
    return console.render(
        request,
        "story.html",
        view=view,
        review=console.records.reviews().get(view["id"]),
        initial=form_of(current.briefing) if current else {},
    )


@guarded("viewer", api=True)
async def api_story(console: Console, request: Request) -> Response:
    view = story_view(console.store, int(request.path_params["story_id"]))
    if view is None:
        return JSONResponse({"error": "no such story"}, status_code=404)
    return JSONResponse(json.loads(json.dumps(view, default=str)))


@guarded("viewer")
async def search_page(console: Console, request: Request) -> Response:
    text = request.query_params.get("q", "")
    return console.render(request, "search.html", q=text, hits=search(console.store.engine, text))


@guarded("viewer", api=True)
async def api_search(console: Console, request: Request) -> Response:
    return JSONResponse({"hits": search(console.store.engine, request.query_params.get("q", ""))})


def _incidents(console: Console, request: Request) -> list[Any]:
    return filter_incidents(build_incidents(console.store), _args(request))


@guarded("viewer")
async def incidents(console: Console, request: Request) -> Response:
    chosen = _incidents(console, request)
    if request.query_params.get("format") == "csv":
        return Response(
            to_csv(chosen),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="incidents.csv"'},
        )
    actors = Counter(a for i in chosen for a in i.actors).most_common(10)
    return console.render(
        request,
        "incidents.html",
        incidents=chosen,
        args=_args(request),
        query=str(request.url.query),
        actors=actors,
    )


@guarded("viewer")
async def incidents_chart(console: Console, request: Request) -> Response:
    svg = charts.render(request.path_params["kind"], _incidents(console, request))
    if svg is None:
        return Response("unknown chart", status_code=404)
    # Shown through <img>: an SVG there runs no script whatever text it carries.
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"},
    )


@guarded("viewer", api=True)
async def api_incidents(console: Console, request: Request) -> Response:
    return JSONResponse([json.loads(i.model_dump_json()) for i in _incidents(console, request)])


ROUTES = [
    Route("/login", login, methods=["GET", "POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/", today),
    Route("/stories/{story_id:id}", story),
    Route("/search", search_page),
    Route("/incidents", incidents),
    Route("/incidents/chart/{kind}.svg", incidents_chart),
    Route("/api/stories", api_stories),
    Route("/api/stories/{story_id:id}", api_story),
    Route("/api/search", api_search),
    Route("/api/incidents", api_incidents),
]
