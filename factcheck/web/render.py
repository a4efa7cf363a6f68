"""Responses of the desk: pages through the project's Jinja environment, their JSON twins,
errors as pages, and the headers every response carries."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from factcheck import safejson
from factcheck.reporting.environment import make_environment, render
from factcheck.web.auth import WebSession

# No inline script or style, nothing from elsewhere; forms post only here; never framed.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: with no-referrer Chromium posts forms with "Origin: null"
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}

_env = None


def environment():
    """The project's sandboxed environment (built-in templates; the desk's are in web/)."""
    global _env
    if _env is None:
        _env = make_environment()
    return _env


def wants_json(request: Request) -> bool:
    """The JSON twin: Accept: application/json (or ?format=json), HTML otherwise."""
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def json_response(data: Any, status: int = 200) -> Response:
    body = safejson.dumps(data, ensure_ascii=False, default=str, indent=2)
    return Response(body, status_code=status, media_type="application/json")


def page(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    session: WebSession | None = None,
    status: int = 200,
) -> HTMLResponse:
    """Render templates/web/NAME with what every page needs (the CSRF token, who is in)."""
    desk = request.app.state.desk
    flash = list(session.flash) if session else []
    if session:
        session.flash.clear()
    full = {
        "csrf": session.csrf if session else "",
        "user": session.user if session else None,
        "signed_in": bool(session and session.signed_in),
        "per_user": desk.database.per_user,
        "flash": flash,
        "path": request.url.path,
        **context,
    }
    body = "".join(render(environment(), f"web/{name}", full))
    return HTMLResponse(body, status_code=status)


def error_page(request: Request, status: int, message: str, session=None) -> Response:
    if wants_json(request):
        return json_response({"error": message, "status": status}, status)
    return page(
        request,
        "error.html",
        {"status": status, "message": message},
        session=session,
        status=status,
    )
