"""The factcheck command line: one Typer sub-app per noun, joined here.

Command modules import their services (and spaCy) inside the commands, so that
`factcheck --help` and `factcheck claims list` start fast.
"""

import typer

from factcheck.cli import (
    articles,
    assign,
    audit,
    claims,
    config_cmd,
    db_cmd,
    export,
    ingest,
    keys,
    links,
    log,
    report,
    review,
    sources,
    triage,
    users,
)
from factcheck.cli import disputes as disputes_cmd
from factcheck.cli import match as match_cmd
from factcheck.cli import publish as publish_cmd
from factcheck.cli.backup import import_backup
from factcheck.cli.extract_cmd import extract_command

app = typer.Typer(
    no_args_is_help=True,
    help="factcheck: every assertion in a news article, anchored, attributed and reviewed.\n\n"
    "Start with: factcheck init, then factcheck ingest ARTICLE.txt",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"factcheck {version('factcheck')}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Options for every command (the app's help text is the one given above)."""


app.command("init")(db_cmd.init)
app.add_typer(db_cmd.app, name="db")
app.add_typer(config_cmd.app, name="config")
app.command("ingest")(ingest.ingest)
app.command("extract")(extract_command)
app.add_typer(articles.app, name="articles")
app.add_typer(claims.app, name="claims")
app.command("review")(review.review)
app.command("publish")(publish_cmd.publish)
app.command("assign")(assign.assign)
app.command("queue")(assign.queue)
app.add_typer(review.evidence_app, name="evidence")
app.add_typer(links.app, name="link")
app.command("history")(review.history)
app.command("log")(log.log)
app.add_typer(sources.app, name="sources")
app.add_typer(audit.app, name="audit")
app.add_typer(keys.app, name="keys")
app.add_typer(users.app, name="users")
app.command("disputes")(disputes_cmd.disputes)
app.command("match")(match_cmd.match)
app.command("report")(report.report)
app.add_typer(export.app, name="export")
app.command("import")(import_backup)
app.add_typer(triage.app, name="triage")


def main() -> None:
    app()
