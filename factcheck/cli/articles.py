"""`factcheck articles add|list|show`."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    done,
    fail,
    open_reader,
    open_session,
    output_rows,
    shorten,
    visible,
)

app = typer.Typer(no_args_is_help=True, help="Add, list and read articles.")


def parse_date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be a date as YYYY-MM-DD (got {value!r})")


@app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="A .txt, .md or .html article.")],
    title: Annotated[str | None, typer.Option(help="Headline.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publication name.")] = None,
    author: Annotated[list[str] | None, typer.Option(help="Author (repeatable).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Store an article without extracting claims (see `factcheck ingest` for that).

    Example: factcheck articles add story.txt --title "Port strike" --outlet "Harbor Times"
    """
    from factcheck.documents import read_document
    from factcheck.services.articles import ArticleInput, article_key
    from factcheck.services.identity import current_actor
    from factcheck.services.ingest import ingest_article

    published_on = parse_date(published, "--published")
    with open_session(db) as session:
        document = read_document(file)
        # A new version re-anchors the claims of the previous one, as ingest does.
        report = ingest_article(
            session,
            extraction=None,
            actor=current_actor(session),
            data=ArticleInput(
                text=document.text,
                filename=file.name,
                title=title or document.title,
                url=url or document.url,
                outlet=outlet or document.outlet,
                authors=list(author or document.authors or []),
                published=published_on or document.published,
                format=document.format,
                sha256=document.sha256,
            ),
        )
        article, outcome = report.article, report.outcome
        if format == OutputFormat.TABLE:
            key = article_key(article)
            done(f"{outcome.value}: article {key} (version {article.version}, {file.name})")
        else:
            from factcheck.serialize import article_dict

            output_rows({"outcome": outcome.value, "article": article_dict(article)}, format)


@app.command("list")
def list_(
    all_versions: Annotated[
        bool, typer.Option("--all-versions", help="Show old versions.")
    ] = False,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """List articles with their claim counts.

    Example: factcheck articles list --format json
    """
    from factcheck.serialize import article_dict
    from factcheck.services.article_rows import article_key, list_articles

    with open_reader(db) as connection:
        rows = list_articles(connection, include_old_versions=all_versions)
        output_rows(
            [{**article_dict(r.article), "claims": r.claim_count} for r in rows],
            format,
            lambda: Table(
                "Articles",
                ["id", "v", "title", "outlet", "published", "claims", "sha256"],
                [
                    [
                        article_key(r.article),
                        r.article.version,
                        shorten(r.article.title or r.article.filename or r.article.slug, 50),
                        r.article.outlet,
                        r.article.published,
                        r.claim_count,
                        r.article.sha256[:12],
                    ]
                    for r in rows
                ],
            ),
        )


@app.command("show")
def show(
    article_id: Annotated[str, typer.Argument(help="Article id, slug or url.")],
    version: Annotated[
        int | None, typer.Option(min=1, help="This version (default: the current one).")
    ] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Print an article's text with its claims marked [n>…<n]; the id stays the same
    across versions.

    Example: factcheck articles show 1 --version 1
    """
    from factcheck.serialize import article_dict
    from factcheck.services.articles import article_claims, resolve_article
    from factcheck.services.claim_record import claim_record

    with open_session(db, read_only=True) as session:
        article = resolve_article(session, article_id, version)
        claims = article_claims(session, article.id)
        records = [claim_record(c, c.speaker) for c in claims]
        data = {**article_dict(article, with_text=True), "claims": records}
        output_rows(data, format, lambda: _print_article(article, claims))


def _print_article(article, claims) -> None:
    from factcheck.services.articles import article_key

    header = article.title or article.filename or article.slug
    key = article_key(article)
    typer.echo(visible(f"# {header}  (article {key}, version {article.version})"))
    meta = [article.outlet, ", ".join(article.authors or []), article.published, article.url]
    typer.echo(visible(" · ".join(str(m) for m in meta if m)))
    typer.echo(f"sha256 {article.sha256}\n")
    typer.echo(visible(mark_claims(article.text, [(c.id, c.start, c.end) for c in claims])))


def mark_claims(text: str, spans: list[tuple[int, int, int]]) -> str:
    """Insert [id> and <id] markers around each claim span; nested spans stay balanced."""
    inserts: list[tuple[int, int, str]] = []
    for claim_id, start, end in spans:
        inserts.append((start, 1, f"[{claim_id}>"))
        inserts.append((end, 0, f"<{claim_id}]"))
    out, cursor = [], 0
    for position, _order, marker in sorted(inserts):
        out.append(text[cursor:position])
        out.append(marker)
        cursor = position
    out.append(text[cursor:])
    return "".join(out)
