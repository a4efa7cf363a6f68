"""Small helpers shared by the services: fetching by id, who is acting."""

from __future__ import annotations

import getpass
import os
from typing import TypeVar

from sqlalchemy.orm import Session

from factcheck.errors import NotFound

T = TypeVar("T")


def get_or_fail(session: Session, model: type[T], ident: int, what: str | None = None) -> T:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(f"no {what or model.__name__.lower()} with id {ident}")
    return row


def current_user(explicit: str | None = None) -> str:
    """--reviewer, else FACTCHECK_REVIEWER, else the login name."""
    if explicit and explicit.strip():
        return explicit.strip()
    from_env = os.environ.get("FACTCHECK_REVIEWER", "").strip()
    if from_env:
        return from_env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"
