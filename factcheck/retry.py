"""Run one unit of work in its own transaction, again if a concurrent writer got in the way."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from factcheck.errors import ConflictError

T = TypeVar("T")

# PostgreSQL SQLSTATEs that mean "your transaction lost a race; the same work may succeed now":
# serialization_failure, deadlock_detected, lock_not_available.
_RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}
# SQLite says so in words, after busy_timeout ran out.
_RETRYABLE_SQLITE_MESSAGES = ("database is locked", "database table is locked")


def is_transient(exc: BaseException) -> bool:
    """True when the failure came from a concurrent writer, not from the work itself."""
    if isinstance(exc, ConflictError | StaleDataError):
        return True
    if isinstance(exc, DBAPIError):
        if getattr(exc.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
            return True
        message = str(exc.orig).lower()
        return any(text in message for text in _RETRYABLE_SQLITE_MESSAGES)
    return False


def run_in_transaction(
    url: str | None,
    fn: Callable[[Session], T],
    attempts: int = 5,
    *,
    base_delay: float = 0.05,
) -> T:
    """Call fn(session) in a fresh transaction, committed on success; retry transient failures.

    fn runs again from the start on each attempt, so it must read what it depends on itself
    (an edit that checks `expected_version` given from outside will conflict every time).
    After the last attempt the failure becomes a ConflictError: one line the user can retry.
    """
    from factcheck.db import session_scope

    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            with session_scope(url) as session:
                return fn(session)
        except Exception as exc:
            if not is_transient(exc):
                raise
            if attempt == attempts:
                raise _gave_up(exc, attempts) from exc
        # Jittered exponential backoff, so two writers that collided do not collide again.
        time.sleep(random.uniform(0, base_delay * 2 ** (attempt - 1)))
    raise AssertionError("unreachable: the last attempt returns or raises")


def _gave_up(exc: Exception, attempts: int) -> ConflictError:
    if isinstance(exc, ConflictError):
        return exc
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return ConflictError(
        f"the database stayed busy with other writers ({reason}) after {attempts} attempts; retry"
    )
