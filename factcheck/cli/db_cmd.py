"""`factcheck init` and `factcheck db upgrade|downgrade|current`: Alembic, run in code."""

from typing import Annotated

import typer

from factcheck.cli.common import DbOption, done, fail

app = typer.Typer(no_args_is_help=True, help="Database migrations (Alembic, run in code).")


def init(db: DbOption = None) -> None:
    """Create or upgrade the database to the current schema.

    Example: factcheck init --db newsroom.db
    """
    from factcheck import db as database

    database.upgrade(db)
    where = database.display_url(database.resolve_url(db))  # never the password
    done(f"database ready at {where} (revision {database.head_revision()})")


@app.command()
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Apply migrations up to REVISION (default: head).

    Example: factcheck db upgrade
    """
    from factcheck import db as database

    database.upgrade(db, revision)
    done(f"upgraded to {revision}")


# "-1" is a revision here, not an option: let it through to REVISION.
@app.command(context_settings={"ignore_unknown_options": True})
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")] = "-1",
    db: DbOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: downgrading drops data.")] = False,
) -> None:
    """Revert migrations to REVISION (default: one step). Drops the tables it reverts.

    Example: factcheck db downgrade base --yes
    """
    from factcheck import db as database

    if not yes:
        fail("downgrading drops tables and their data; add --yes if you mean it")
    database.downgrade(db, revision)
    now = database.current_revision(database.get_engine(db))
    done(f"downgraded to {now or 'base (no tables)'}")


@app.command()
def current(db: DbOption = None) -> None:
    """Show the database's revision and the code's.

    Example: factcheck db current
    """
    from factcheck import db as database

    engine = database.get_engine(db)
    revision = database.current_revision(engine)
    head = database.head_revision()
    if revision == head:
        state = "up to date"
    elif revision is None:
        state = "needs: factcheck init"
    elif not database.known_revision(revision):
        state = "newer than this factcheck; upgrade factcheck"
    else:
        state = "needs: factcheck db upgrade"
    done(f"database: {revision or 'not initialised'}; code: {head} ({state})")
