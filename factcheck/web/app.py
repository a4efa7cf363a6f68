"""The app factory: routes by page, security headers, errors as pages, static files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from factcheck.errors import ConflictError, FactcheckError, NotFound
from factcheck.web import database
from factcheck.web.auth import SessionStore, SignInToken
from factcheck.web.common import Forbidden, SignInRequired, web_session
from factcheck.web.render import SECURITY_HEADERS, error_page, json_response, wants_json

STATIC = Path(__file__).resolve().parent / "static"


@dataclass
class Desk:
    """What the routes share: the ledger, the sessions, the sign-in token (SQLite)."""

    database: database.Database
    token: SignInToken | None
    sessions: SessionStore = field(default_factory=SessionStore)


class SecurityHeaders:
    """Every response: a strict Content-Security-Policy and friends (pure ASGI, no buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.decode().lower() not in SECURITY_HEADERS
                ]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(url: str | None = None, *, token: str | None = None) -> Starlette:
    """The desk for the ledger at `url` (the CLI's rules: --db, FACTCHECK_DB, config).

    SQLite: whoever opens the sign-in link with `token` (random if not given) once;
    PostgreSQL: each reviewer signs in with their database role."""
    from factcheck.web.pages import articles, claims, lists, queue, signin

    db = database.Database(url)
    db.check()
    desk = Desk(db, None if db.per_user else SignInToken(token))
    routes = [
        *signin.routes,
        *queue.routes,
        *articles.routes,
        *claims.routes,
        *lists.routes,
        # The report's own stylesheet, so the desk highlights claims exactly as it does.
        Route("/static/report.css", _report_css),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            SignInRequired: _sign_in_first,
            Forbidden: _forbidden,
            FactcheckError: _user_error,
            DBAPIError: _database_error,
            404: _not_found,
        },
    )
    app.state.desk = desk
    app.add_middleware(SecurityHeaders)
    return app


async def _report_css(_request: Request) -> Response:
    from factcheck.paths import templates_dir

    css = (templates_dir() / "_style.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css")


async def _sign_in_first(request: Request, _exc: Exception) -> Response:
    if wants_json(request) or request.method != "GET":
        return json_response({"error": "sign in first", "status": 401}, 401)
    if request.app.state.desk.database.per_user:
        return RedirectResponse("/signin", status_code=303)
    return error_page(
        request, 401, "Sign in first: open the sign-in link `factcheck serve` printed."
    )


async def _forbidden(request: Request, exc: Exception) -> Response:
    return error_page(request, 403, str(exc), web_session(request))


async def _user_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, NotFound) else 409 if isinstance(exc, ConflictError) else 400
    return error_page(request, status, str(exc), web_session(request))


async def _database_error(request: Request, exc: Exception) -> Response:
    message = database.refusal(exc)
    if message is None:
        raise exc
    return error_page(request, 403, message, web_session(request))


async def _not_found(request: Request, _exc: Exception) -> Response:
    return error_page(request, 404, "no such page", web_session(request))
