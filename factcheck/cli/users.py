"""`factcheck users add|list`: the team as PostgreSQL roles in factcheck's group roles."""

import sys
from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    done,
    fail,
    open_session,
    output_rows,
)

app = typer.Typer(
    no_args_is_help=True,
    help="People and roles (PostgreSQL): reader, reviewer, editor, admin.",
)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    # hide_input: the password is never echoed, nor kept in the shell history.
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The login name (a new database role).")],
    role: Annotated[str, typer.Option(help="reader, reviewer, editor or admin.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create a PostgreSQL login role in group factcheck_<role>: the database itself then
    refuses what the role may not do (a reader's review, a reviewer's publish).

    reader reads; reviewer also reviews, adds evidence and links, dismisses; editor also
    publishes and assigns; admin also manages people. Needs a role allowed to create roles.
    Example: echo "$PW" | factcheck users add alice --role reviewer --password-stdin
    """
    from factcheck.services.identity import ROLES, add_person, is_postgres

    if role not in ROLES:
        fail(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    with open_session(db) as session:
        # On SQLite add_person says roles are PostgreSQL's, without asking for a password.
        password = _password(password_stdin) if is_postgres(session) else ""
        person = add_person(session, name=name, role=role, password=password)
    done(f"{person.name} can log in as a {person.role} (group factcheck_{person.role})")


@app.command("list")
def list_users(db: DbOption = None, format: FormatOption = OutputFormat.TABLE) -> None:
    """Every database role in a factcheck group, with its role.

    Example: factcheck users list
    """
    from factcheck.services.identity import list_people

    with open_session(db, read_only=True) as session:
        people = list_people(session)
    rows = [[p.name, p.role, "yes" if p.can_login else "no"] for p in people]
    table = Table("People", ["name", "role", "can log in"], rows)
    output_rows([p.__dict__ for p in people], format, table)
