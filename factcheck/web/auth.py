"""Who is signed in: server-side sessions, the one-time sign-in link, CSRF tokens, cookies."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

COOKIE = "factcheck_session"
SESSION_SECONDS = 12 * 3600
# Sessions that never signed in (a sign-in form shown) live briefly.
ANONYMOUS_SECONDS = 30 * 60


@dataclass
class WebSession:
    """One browser's session, kept on the server: the cookie holds only its random id."""

    id: str
    csrf: str
    user: str | None = None  # the signed-in name (PostgreSQL: the database role)
    engine: Any = None  # the engine this user acts through (PostgreSQL: their own login)
    own_engine: bool = False  # made for this session alone: disposed when it ends
    created: float = field(default_factory=time.monotonic)
    flash: list[str] = field(default_factory=list)

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def expired(self, now: float) -> bool:
        limit = SESSION_SECONDS if self.signed_in else ANONYMOUS_SECONDS
        return now - self.created > limit


class SessionStore:
    """Sessions by id, in this process (the desk is one server process)."""

    def __init__(self) -> None:
        self._sessions: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def new(self) -> WebSession:
        session = WebSession(id=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32))
        with self._lock:
            self._drop_expired()
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str | None) -> WebSession | None:
        if not session_id:
            return None
        with self._lock:
            session = self._sessions.get(session_id)
            if session is not None and session.expired(time.monotonic()):
                self._forget(session_id)
                return None
            return session

    def end(self, session_id: str) -> None:
        with self._lock:
            self._forget(session_id)

    def _drop_expired(self) -> None:
        now = time.monotonic()
        for session_id in [k for k, s in self._sessions.items() if s.expired(now)]:
            self._forget(session_id)

    def _forget(self, session_id: str) -> None:
        session = self._sessions.pop(session_id, None)
        if session is not None and session.own_engine:
            session.engine.dispose()


class SignInToken:
    """The random token of the printed sign-in link (SQLite): good for one sign-in only."""

    def __init__(self, token: str | None = None) -> None:
        self.value = token or secrets.token_urlsafe(32)
        self._spent = False
        self._lock = threading.Lock()

    def redeem(self, offered: str | None) -> bool:
        """True once, for the right token; compared in constant time."""
        if not offered:
            return False
        with self._lock:
            if self._spent or not hmac.compare_digest(offered.encode(), self.value.encode()):
                return False
            self._spent = True
            return True


def csrf_ok(session: WebSession | None, offered: str | None) -> bool:
    """The form's token is this session's: a post forged on another site has none."""
    if session is None or not offered:
        return False
    return hmac.compare_digest(offered.encode(), session.csrf.encode())


def cookie_options(secure: bool) -> dict[str, Any]:
    """HttpOnly (no script reads it), SameSite=Strict (no other site sends it)."""
    return {
        "key": COOKIE,
        "httponly": True,
        "samesite": "strict",
        "secure": secure,
        "path": "/",
        "max_age": SESSION_SECONDS,
    }
