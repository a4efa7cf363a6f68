"""`factcheck sources list|show|alias`."""

from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    console,
    done,
    open_session,
    output_rows,
    print_table,
    safe,
    shorten,
    status_cell,
    visible,
)

app = typer.Typer(no_args_is_help=True, help="Who asserts what: sources and their track record.")


def _summary_dict(summary) -> dict:
    from factcheck.serialize import source_dict

    return {
        **source_dict(summary.source),
        "aliases": summary.aliases,
        "claims": summary.claim_count,
        "statuses": dict(summary.statuses),
    }


@app.command("list")
def list_(
    search: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """List sources with their claim counts and verdicts.

    Example: factcheck sources list --search ministry
    """
    from factcheck.services.sources import list_sources

    with open_session(db, read_only=True) as session:
        summaries = list_sources(session, search=search)
        output_rows(
            [_summary_dict(s) for s in summaries],
            format,
            lambda: Table(
                "Sources",
                ["id", "name", "kind", "role", "aliases", "claims", "verdicts"],
                [
                    [
                        s.source.id,
                        s.source.name,
                        s.source.kind.value,
                        shorten(s.source.role, 30),
                        shorten(", ".join(s.aliases), 40),
                        s.claim_count,
                        ", ".join(f"{k} {v}" for k, v in sorted(s.statuses.items())),
                    ]
                    for s in summaries
                ],
            ),
        )


@app.command("show")
def show(
    source: Annotated[str, typer.Argument(help="Source id, name or alias.")],
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """A source's claims and verdicts, the articles citing it, and claims made on its word.

    Example: factcheck sources show "Ministry of Ports"
    """
    from factcheck.serialize import article_dict
    from factcheck.services.claim_record import claim_json
    from factcheck.services.sources import source_detail

    with open_session(db, read_only=True) as session:
        detail = source_detail(session, source)
        data = {
            **_summary_dict(detail.summary),
            "claims_list": [claim_json(c, detail.summary.source) for c in detail.claims],
            "citing_articles": [article_dict(a) for a in detail.citing_articles],
            "claims_on_its_word": [claim_json(c, c.speaker) for c in detail.claims_on_its_word],
        }
        output_rows(data, format, lambda: _print_source(detail))


def _print_source(detail) -> None:
    s = detail.summary
    console().print(
        f"[bold]{safe(s.source.name)}[/bold] ({s.source.kind.value})"
        + (f" — {safe(s.source.role)}" if s.source.role else "")
    )
    if s.aliases:
        typer.echo(visible("also known as: " + ", ".join(s.aliases)))
    rows = [
        [c.id, c.article_id, c.quote, c.attribution.value, status_cell(c.status.value)]
        for c in detail.claims + detail.claims_on_its_word
    ]
    print_table("Claims", ["id", "article", "quote", "attribution", "status"], rows)
    if detail.citing_articles:
        print_table(
            "Articles citing it",
            ["id", "title"],
            [[a.id, a.title or a.filename or a.slug] for a in detail.citing_articles],
        )


@app.command("alias")
def alias(
    source: Annotated[str, typer.Argument(help="Source id or name.")],
    alias_name: Annotated[str, typer.Argument(metavar="ALIAS", help="Another name for it.")],
    db: DbOption = None,
) -> None:
    """Record another name of a source, e.g. a capital for its government.

    Example: factcheck sources alias "Government of Freedonia" "Fredville"
    """
    from factcheck.services.sources import add_alias

    with open_session(db) as session:
        row = add_alias(session, source_ref=source, alias=alias_name)
        done(f"{alias_name!r} now names source {row.id} ({row.name})")
