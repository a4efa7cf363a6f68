"""Signing in and out: the one-time link (SQLite) or a database role's login (PostgreSQL)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from factcheck.web.auth import COOKIE, cookie_options
from factcheck.web.common import desk, posted_form, web_session
from factcheck.web.database import SignInRefused
from factcheck.web.render import error_page, page


def _signed_in_response(request: Request, session_id: str) -> Response:
    response = RedirectResponse("/queue", status_code=303)
    response.set_cookie(value=session_id, **cookie_options(request.url.scheme == "https"))
    return response


async def sign_in_form(request: Request) -> Response:
    state = desk(request)
    if not state.database.per_user:
        return _redeem_link(request)
    session = web_session(request)
    if session is not None and session.signed_in:
        return RedirectResponse("/queue", status_code=303)
    fresh = session is None
    session = session or state.sessions.new()
    response = page(request, "signin.html", {"error": None, "role": ""}, session=session)
    if fresh:
        response.set_cookie(value=session.id, **cookie_options(request.url.scheme == "https"))
    return response


def _redeem_link(request: Request) -> Response:
    """SQLite: the token of the printed link, once, for a session cookie."""
    state = desk(request)
    if not state.token.redeem(request.query_params.get("token")):
        session = web_session(request)
        if session is not None and session.signed_in:
            return RedirectResponse("/queue", status_code=303)
        return error_page(
            request,
            403,
            "This sign-in link is wrong or has been used already. Open the link "
            "`factcheck serve` printed, or restart it for a new one.",
        )
    from factcheck.services.common import current_user

    session = state.sessions.new()
    session.user = current_user()
    session.engine = state.database.engine
    return _signed_in_response(request, session.id)


async def sign_in(request: Request) -> Response:
    """PostgreSQL: log in as the role; the desk then acts through that login alone."""
    state = desk(request)
    anonymous = web_session(request)
    form = await posted_form(request, anonymous)
    if not state.database.per_user:
        return error_page(request, 400, "this ledger signs in with the printed link")
    role = form.get("role", "")
    try:
        engine = await run_in_threadpool(state.database.engine_as, role, form.get("password", ""))
    except SignInRefused as exc:
        context = {"error": str(exc), "role": role}
        return page(request, "signin.html", context, session=anonymous, status=401)
    state.sessions.end(anonymous.id)
    session = state.sessions.new()  # a new id on sign-in: no session fixation
    session.user, session.engine, session.own_engine = role.strip(), engine, True
    return _signed_in_response(request, session.id)


async def sign_out(request: Request) -> Response:
    session = web_session(request)
    await posted_form(request, session)
    desk(request).sessions.end(session.id)
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


routes = [
    Route("/signin", sign_in_form, methods=["GET"]),
    Route("/signin", sign_in, methods=["POST"]),
    Route("/signout", sign_out, methods=["POST"]),
]
