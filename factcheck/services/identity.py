"""Who is acting: on PostgreSQL the database role that logged in, on SQLite the configured
or login name; and the team's people as PostgreSQL roles in factcheck's group roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.services.common import current_user
from factcheck.services.ledger_events import db_role

ROLES = ("reader", "reviewer", "editor", "admin")
GROUP_PREFIX = "factcheck_"
_PRIVILEGED = "factcheck_privileged_role"
# Lower-case names only: what CREATE ROLE makes of an unquoted name, so `psql -U name` works.
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def privileged(session: Session) -> bool:
    """A superuser or the owner of the ledger's tables (who ran the migrations): the one
    role that may write on behalf of a named person (imports, scripts, tests)."""
    if _PRIVILEGED not in session.info:
        session.info[_PRIVILEGED] = bool(
            session.scalar(
                text(
                    "SELECT r.rolsuper OR pg_get_userbyid(c.relowner) = session_user "
                    "FROM pg_roles r, pg_class c WHERE r.rolname = session_user "
                    "AND c.oid = to_regclass('ledger_events')"
                )
            )
        )
    return session.info[_PRIVILEGED]


def current_actor(session: Session, explicit: str | None = None) -> str:
    """The name every write records.

    On PostgreSQL it is the database role that logged in (session_user): a reviewer cannot
    write under another name. Only the ledger's owner (or a superuser) names the person as
    on SQLite (--reviewer/--by, FACTCHECK_REVIEWER, config, login), and the event still
    records its own role (db_role).
    On SQLite (one person's ledger): --reviewer/--by, FACTCHECK_REVIEWER, config, login.
    """
    if not is_postgres(session):
        return current_user(explicit)
    role = db_role(session)
    if privileged(session):
        return current_user(explicit)
    if explicit and explicit.strip() and explicit.strip() != role:
        raise BadInput(
            f"on PostgreSQL you act as your database role {role}: "
            f"you cannot write as {explicit.strip()!r} (log in as that role instead)"
        )
    return role


# --- people -------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    role: str  # the highest factcheck group the role is in
    can_login: bool


def _require_postgres(session: Session) -> None:
    if not is_postgres(session):
        raise BadInput(
            "roles are a PostgreSQL feature: a SQLite ledger belongs to one person "
            "(its reviewer name is --reviewer, FACTCHECK_REVIEWER or the login)"
        )


def _literal(value: str) -> str:
    """A SQL string literal (CREATE ROLE takes no bound parameters)."""
    if "\x00" in value:
        raise BadInput("a password cannot contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


def add_person(session: Session, *, name: str, role: str, password: str) -> Person:
    """CREATE ROLE name LOGIN in group factcheck_<role>; admins may also create roles."""
    _require_postgres(session)
    if role not in ROLES:
        raise BadInput(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if not _NAME.match(name) or name.startswith(GROUP_PREFIX) or name.startswith("pg_"):
        raise BadInput(
            f"{name!r} cannot be a role name: lower-case letters, digits and _ "
            f"(not starting with {GROUP_PREFIX} or pg_)"
        )
    if not password:
        raise BadInput("a person needs a password to log in")
    exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    if exists:
        raise BadInput(f"a database role {name} already exists")
    extra = " CREATEROLE" if role == "admin" else ""
    session.execute(
        text(
            f'CREATE ROLE "{name}" LOGIN{extra} PASSWORD {_literal(password)} '
            f'IN ROLE "{GROUP_PREFIX}{role}"'
        )
    )
    return Person(name, role, True)


def list_people(session: Session) -> list[Person]:
    """Every role in a factcheck group, with its highest group."""
    _require_postgres(session)
    rows = session.execute(
        text(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname IN :groups AND m.rolname NOT LIKE 'factcheck\\_%' "
            "ORDER BY m.rolname"
        ).bindparams(bindparam("groups", [GROUP_PREFIX + r for r in ROLES], expanding=True)),
    )
    people: dict[str, Person] = {}
    for member, group, login in rows:
        role = group.removeprefix(GROUP_PREFIX)
        known = people.get(member)
        if known is None or ROLES.index(role) > ROLES.index(known.role):
            people[member] = Person(member, role, bool(login))
    return list(people.values())
