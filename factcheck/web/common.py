"""What every route shares: who is signed in, the posted form and its CSRF token, the
database work off the event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from factcheck.errors import BadInput
from factcheck.web import database
from factcheck.web.auth import COOKIE, WebSession, csrf_ok

T = TypeVar("T")
MAX_FORM_BYTES = 1_000_000


class SignInRequired(Exception):
    """No session, or one that has not signed in."""


class Forbidden(Exception):
    """A post without this session's CSRF token, or from another origin."""


def desk(request: Request):
    return request.app.state.desk


def web_session(request: Request) -> WebSession | None:
    return desk(request).sessions.get(request.cookies.get(COOKIE))


def signed_in(request: Request) -> WebSession:
    session = web_session(request)
    if session is None or not session.signed_in:
        raise SignInRequired()
    return session


async def posted_form(request: Request, session: WebSession | None) -> dict[str, str]:
    """The urlencoded form of a POST, refused unless it carries the session's CSRF token
    and (when the browser says where it comes from) was sent from this very site."""
    _same_origin(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise BadInput("send the form as application/x-www-form-urlencoded")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise BadInput("form too large")
    try:
        pairs = parse_qsl(
            body.decode("utf-8"), keep_blank_values=True, max_num_fields=50, strict_parsing=False
        )
    except (UnicodeDecodeError, ValueError):
        raise BadInput("the form is not valid UTF-8 form data") from None
    form = {key: value for key, value in pairs}
    if not csrf_ok(session, form.get("csrf")):
        raise Forbidden("the form's security token is missing or wrong; reload the page")
    return form


def _same_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin is None:
        return
    host = request.headers.get("host", "")
    if origin == "null" or urlsplit(origin).netloc != host:
        raise Forbidden("a form posted from another site is refused")


def local_path(value: str | None, default: str) -> str:
    """Where to go after a post: a path of this site only (never //elsewhere or a URL)."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return default


async def reading(session: WebSession, work: Callable[[Session], T]) -> T:
    return await run_in_threadpool(database.read, session.engine, work)


async def writing(session: WebSession, work: Callable[[Session], T]) -> T:
    return await run_in_threadpool(database.write, session.engine, work)


def int_param(request: Request, name: str, default: Any = None, maximum: int = 2**31 - 1):
    value = request.query_params.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or int(value) > maximum:
        raise BadInput(f"{name} must be a whole number (got {value!r})")
    return int(value)
