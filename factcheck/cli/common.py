"""What every command shares: --db and --format options, the session scope, output, errors."""

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from factcheck.errors import FactcheckError
from factcheck.terminal import visible

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FACTCHECK_DB",
        help="Database URL (default: FACTCHECK_DB, else factcheck.toml, else "
        "sqlite:///factcheck.db).",
        show_envvar=False,
    ),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output as a table or as JSON.")
]


def fail(message: str) -> NoReturn:
    typer.echo(f"error: {visible(message)}", err=True)
    raise typer.Exit(1)


def safe(text: object) -> str:
    """Stored text for a rich markup string: controls visible, `[...]` never read as markup."""
    from rich.markup import escape

    return escape(visible("" if text is None else str(text)))


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a user mistake or a database refusal into one line on stderr and exit code 1."""
    try:
        yield
    except FactcheckError as exc:
        fail(str(exc))
    except UnicodeEncodeError:
        # an argument with bytes that are not UTF-8 (the shell passed them undecoded)
        fail("a value given is not valid UTF-8 text; nothing was written")
    except OverflowError:  # e.g. --limit 99999999999999999999: no database integer holds it
        fail("a number given is too large")
    except Exception as exc:
        # SQLAlchemy is imported lazily (start-up time): if it raised, it is loaded.
        sa_errors = sys.modules.get("sqlalchemy.exc")
        if sa_errors is None:
            raise
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
            # InsufficientPrivilege: the database enforces who may do what (factcheck users)
            reason = str(exc.orig).splitlines()[0]
            fail(f"refused by the database: {reason} (your database role may not do this)")
        if isinstance(exc, sa_errors.OperationalError):
            fail(f"database error: {str(exc.orig).splitlines()[0]}")
        if isinstance(exc, sa_errors.IntegrityError | sa_errors.DataError):
            fail(f"refused by the database: {str(exc.orig).splitlines()[0]}")
        if isinstance(exc, sa_errors.DBAPIError):  # e.g. a file that is not a database
            fail(f"database error: {(str(exc.orig).splitlines() or [type(exc).__name__])[0]}")
        stale = sys.modules.get("sqlalchemy.orm.exc")
        if stale is not None and isinstance(exc, stale.StaleDataError):
            fail("the row was changed by someone else meanwhile; retry")
        raise


def in_transaction(db: str | None, work):
    """Run work(session) in its own transaction, retried when another writer got there first."""
    from factcheck.retry import run_in_transaction

    with user_errors():
        return run_in_transaction(db, work)


@contextmanager
def open_session(db: str | None, *, read_only: bool = False) -> Iterator["Session"]:
    """One transaction for the whole command; committed only if the command succeeds.

    Commands that only read pass read_only=True: on SQLite they then do not block writers.
    """
    from factcheck.db import session_scope

    with user_errors(), session_scope(db, read_only=read_only) as session:
        yield session


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def console(stderr: bool = False):
    from rich.console import Console

    # emoji=False: a stored ":thumbs_up:" is text, not a picture
    return Console(
        stderr=stderr,
        soft_wrap=False,
        emoji=False,
        width=None if sys.stdout.isatty() else 160,
    )


def print_table(title: str | None, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.table import Table
    from rich.text import Text

    # Cells are Text, never markup: a stored "[sic]" or "[/i]" is shown as it is.
    table = Table(title=Text(visible(title)) if title else None, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[Text(visible("" if cell is None else str(cell))) for cell in row])
    console().print(table)


def shorten(text: str | None, width: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def done(message: str) -> None:
    """The one-line confirmation of a command that changed the ledger."""
    typer.echo(visible(message))
