"""What every command shares: --db, the session scope, the one error handler, messages."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcheck.cli.output import (  # noqa: F401  (the names commands import from here)
    READER_GONE,
    FormatOption,
    OutputFormat,
    Styled,
    Table,
    console,
    output_rows,
    output_stream,
    print_json,
    print_table,
    reader_gone,
)
from factcheck.errors import BadInput, FactcheckError
from factcheck.terminal import visible
from factcheck.text import shorten  # noqa: F401  (commands import it from here)

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FACTCHECK_DB",
        help="Database URL, or a plain path for a SQLite file (default: FACTCHECK_DB, else "
        "factcheck.toml, else sqlite:///factcheck.db).",
        show_envvar=False,
    ),
]


def fail(message: str) -> NoReturn:
    """Refuse with one line on stderr and exit 1 (the error handler prints it)."""
    raise BadInput(message)


def report_error(message: str) -> None:
    """One line on stderr, control characters shown, prefixed `error:`."""
    typer.echo(f"error: {visible(message)}", err=True)


def safe(text: object) -> str:
    """Stored text for a rich markup string: controls visible, `[...]` never read as markup."""
    from rich.markup import escape

    return escape(visible("" if text is None else str(text)))


@contextmanager
def user_errors() -> Iterator[None]:
    """The one error handler (the root command runs every command inside it): a user
    mistake or a database refusal becomes one line on stderr and exit code 1; a reader
    that closed the pipe early ends the command quietly (output.READER_GONE)."""
    try:
        yield
        sys.stdout.flush()  # what is still buffered: a closed pipe is found here, not at exit
    except BrokenPipeError:  # the reader stopped early (`| head -1`): stop, quietly
        reader_gone()
        raise typer.Exit(READER_GONE) from None
    except FactcheckError as exc:
        _exit(str(exc) + _flags(exc.fields))
    except UnicodeEncodeError:
        # an argument with bytes that are not UTF-8 (the shell passed them undecoded)
        _exit("a value given is not valid UTF-8 text; nothing was written")
    except OverflowError:  # e.g. --limit 99999999999999999999: no database integer holds it
        _exit("a number given is too large")
    except Exception as exc:
        message = _database_error(exc)
        if message is None:
            raise
        _exit(message)


def _flags(fields: tuple[str, ...]) -> str:
    """The options of the inputs an error names: ("url", "reference") -> (--url or --reference)."""
    flags = ["--" + field.replace("_", "-") for field in fields]
    if not flags:
        return ""
    return " (" + " or ".join(filter(None, [", ".join(flags[:-1]), flags[-1]])) + ")"


def _exit(message: str) -> NoReturn:
    report_error(message)
    raise typer.Exit(1)


def _database_error(exc: Exception) -> str | None:
    """The one-line message of a database refusal, None for anything else."""
    # SQLAlchemy is imported lazily (start-up time): if it raised, it is loaded.
    sa_errors = sys.modules.get("sqlalchemy.exc")
    if sa_errors is None:
        return None
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
        # InsufficientPrivilege: the database enforces who may do what (factcheck users)
        reason = str(exc.orig).splitlines()[0]
        return f"refused by the database: {reason} (your database role may not do this)"
    if isinstance(exc, sa_errors.OperationalError):
        return f"database error: {str(exc.orig).splitlines()[0]}"
    if isinstance(exc, sa_errors.IntegrityError | sa_errors.DataError):
        return f"refused by the database: {str(exc.orig).splitlines()[0]}"
    if isinstance(exc, sa_errors.DBAPIError):  # e.g. a file that is not a database
        return f"database error: {(str(exc.orig).splitlines() or [type(exc).__name__])[0]}"
    stale = sys.modules.get("sqlalchemy.orm.exc")
    if stale is not None and isinstance(exc, stale.StaleDataError):
        return "the row was changed by someone else meanwhile; retry"
    return None


def in_transaction(db: str | None, work):
    """Run work(session) in its own transaction, retried when another writer got there first."""
    from factcheck.retry import run_in_transaction

    return run_in_transaction(db, work)


@contextmanager
def open_session(db: str | None, *, read_only: bool = False) -> Iterator["Session"]:
    """One transaction for the whole command; committed only if the command succeeds.

    Commands that only read pass read_only=True: on SQLite they then do not block writers.
    """
    from factcheck.db import session_scope

    with session_scope(db, read_only=read_only) as session:
        yield session


@contextmanager
def open_reader(db: str | None) -> Iterator["Connection"]:
    """A read-only Core connection for commands that read rows through services that need
    no ORM objects (claims list): they start without loading the ORM."""
    from factcheck.db import read_scope

    with read_scope(db) as connection:
        yield connection


# Verdict colours in tables; the cell's text is always the status itself.
STATUS_STYLES = {
    "verified": "green",
    "mostly_true": "green",
    "mixed": "yellow",
    "misleading": "yellow",
    "false": "red",
    "disputed": "magenta",
    "unverifiable": "blue",
    "in_review": "cyan",
}


def status_cell(status: str, label: str | None = None) -> Styled:
    """A status for a table: its label (the status, perhaps with more), coloured by it."""
    return Styled(label or status, STATUS_STYLES.get(status, ""))


def done(message: str) -> None:
    """The one-line confirmation of a command that changed the ledger."""
    typer.echo(visible(message))
