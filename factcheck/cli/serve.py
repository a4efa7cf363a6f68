"""`factcheck serve`: the review desk, a local web app on the same services as the CLI."""

from typing import Annotated

import typer

from factcheck.cli.common import DbOption, user_errors


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (SQLite: loopback only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8470,
    db: DbOption = None,
) -> None:
    """Open the review desk in the browser: the queue, articles with their claims
    highlighted, claim pages with the review, evidence, link and dismiss forms.

    On SQLite it prints a sign-in link that works once; on PostgreSQL reviewers sign in
    with their database role, and the database's grants decide what each may do.

    Example: factcheck serve --port 8470
    """
    from factcheck.web.server import prepare

    with user_errors():
        app, line = prepare(db, host, port)
    import uvicorn

    typer.echo(line)
    uvicorn.run(
        app,
        host=host.strip("[]"),
        port=port,
        log_level="warning",
        server_header=False,
        access_log=False,
    )
