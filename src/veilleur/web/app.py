"""The analyst console: a Starlette application over the store (see `create_app`).

Pages are server-rendered Jinja2 templates with autoescaping (whatever an article says is shown
as text); forms are plain HTML forms carrying the session's CSRF token. Every page but /login
needs a signed-in user; `/api/…` answers the same data as JSON to a bearer token."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from veilleur.config import Settings
from veilleur.enrich.category import CATEGORIES
from veilleur.store import Store
from veilleur.store.console import ConsoleStore, User
from veilleur.web import i18n
from veilleur.web.auth import AuthConfig, RateLimiter, csrf_ok, csrf_token, current_user

Handler = Callable[[Request], Awaitable[Response]]
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)

# A stored id is a 64-bit integer: at most 18 digits is always one. An address or a form naming
# a longer number (or '²', a digit to str.isdigit but no int) is no story, not a server error:
# SQLite refuses an int over 2**63 ('Python int too large to convert to SQLite INTEGER') and
# Python makes none of more than 4,300 digits (both answered 500).
ID_DIGITS = 18


class _Id(Convertor[int]):
    """`{name:id}` in a route: an id of at most ID_DIGITS ASCII digits (a longer one matches no
    route: 404)."""

    regex = f"[0-9]{{1,{ID_DIGITS}}}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(int(value))


register_url_convertor("id", _Id())


def number(value: object) -> int:
    """A count or an id the caller wrote (a form field, a query parameter, a JSON value): at most
    ID_DIGITS ASCII digits, else ValueError."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= ID_DIGITS):
        raise ValueError(f"not a number: {text[:40]!r}")
    return int(text)


async def security_headers(request: Request, call_next: Handler) -> Response:
    """Defence in depth under the escaping: no script runs, no framing, no sniffing."""
    response = await call_next(request)
    response.headers.setdefault("content-security-policy", CSP)
    response.headers["x-frame-options"] = "DENY"
    response.headers["x-content-type-options"] = "nosniff"
    response.headers["referrer-policy"] = "same-origin"
    return response


@dataclass
class Console:
    """What every handler needs: settings, store, console records, templates, auth."""

    settings: Settings
    store: Store
    records: ConsoleStore
    auth: AuthConfig
    envs: dict[str, Environment]  # one per language, each with its catalog installed
    limiter: RateLimiter

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        lang = i18n.choose(request.query_params.get("lang"), request.cookies.get("lang"))
        template = self.envs[lang].get_template(name)
        body = template.render(
            request=request,
            user=request.state.user if hasattr(request.state, "user") else None,
            csrf=csrf_token(request),
            lang=lang,
            review_on=self.settings.publish.review,
            categories=CATEGORIES,
            **context,
        )
        response = Response(body, status_code=status, media_type="text/html; charset=utf-8")
        if request.query_params.get("lang") in i18n.LANGUAGES:
            response.set_cookie("lang", lang, samesite="lax", httponly=True, secure=self.auth.secure_cookies)
        return response


def guarded(
    role: str, api: bool = False
) -> Callable[[Callable[[Console, Request], Awaitable[Response]]], Any]:
    """Decorate a handler: a user of at least `role` is required; POSTs must carry the CSRF token
    (unless authenticated by a bearer token). Anonymous pages redirect to /login, API calls get 401."""

    def wrap(handler: Callable[[Console, Request], Awaitable[Response]]) -> Any:
        async def endpoint(request: Request) -> Response:
            console: Console = request.app.state.console
            user = current_user(request, console.records, console.auth)
            if user is None:
                if api:
                    return JSONResponse({"error": "authentication required"}, status_code=401)
                return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
            request.state.user = user
            if not user.can(role):
                if api:
                    return JSONResponse({"error": f"the {role} role is required"}, status_code=403)
                return console.render(request, "error.html", 403, message=f"role:{role}")
            if request.method == "POST" and not _bearer(request):
                form = await request.form()
                if not csrf_ok(request, form.get("csrf")):
                    return console.render(request, "error.html", 403, message="csrf")
            return await handler(console, request)

        endpoint.__name__ = handler.__name__
        return endpoint

    return wrap


def _bearer(request: Request) -> bool:
    return request.url.path.startswith("/api/") and request.headers.get(
        "authorization", ""
    ).lower().startswith("bearer ")


def user_of(request: Request) -> User:
    user: User = request.state.user
    return user


def create_app(settings: Settings, store: Store, auth: AuthConfig | None = None) -> Starlette:
    """The console over `store`. The cookie signing key is kept in the store, so restarts and
    several workers share sessions."""
    from veilleur.web import pages, review_pages, source_pages

    auth = auth or AuthConfig()
    records = ConsoleStore(store.engine)
    envs = {}
    for lang in i18n.LANGUAGES:
        env = Environment(
            loader=PackageLoader("veilleur.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            extensions=["jinja2.ext.i18n"],
        )
        env.install_gettext_translations(i18n.translations(lang), newstyle=True)  # type: ignore[attr-defined]
        # A code shown in the page's language (`healthcare` → `santé`): `row.sectors|map("named")`.
        env.filters["named"] = i18n.named(lang)
        env.filters["reason"] = i18n.reason(lang)
        env.globals["notes"] = i18n.NOTES
        env.filters["signal"] = i18n.signal(lang)
        envs[lang] = env
    console = Console(settings, store, records, auth, envs, RateLimiter())
    routes: list[Route] = [*pages.ROUTES, *review_pages.ROUTES, *source_pages.ROUTES]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(BaseHTTPMiddleware, dispatch=security_headers),
            Middleware(
                SessionMiddleware,
                secret_key=records.secret("session"),
                session_cookie="veilleur_session",
                max_age=12 * 3600,
                same_site="lax",
                https_only=auth.secure_cookies,
            ),
        ],
    )
    app.state.console = console

    return app
