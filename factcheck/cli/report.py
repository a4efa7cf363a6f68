"""`factcheck report`: article and corpus audit reports as Markdown, HTML or JSON."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import DbOption, done, open_session
from factcheck.cli.output import is_stdout, write_output


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"
    JSON = "json"


_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def report(
    articles: Annotated[
        list[str] | None, typer.Argument(help="Article ids, slugs or urls.", show_default=False)
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="The corpus report: every current article.")
    ] = False,
    source: Annotated[
        str | None, typer.Option(help="Only claims by this source (name, alias or id).")
    ] = None,
    format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help="md, html or json (default: from --output, else md)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default or -: stdout).")
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(help="Folder whose templates replace built-in ones of the same name."),
    ] = None,
    stale_days: Annotated[
        int, typer.Option(min=0, help="Corpus report: list claims unverified for longer.")
    ] = 14,
    version: Annotated[
        int | None,
        typer.Option(min=1, help="Report this version of the ARTICLEs (default: current)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Render the audit report of articles, or of the whole corpus with --all.

    --source alone gives the corpus report limited to that source's claims.
    Templates: article.{md,html,json} and corpus.{md,html,json}; a --template-dir file of
    the same name replaces one (it can extend the original as "builtin/article.html").
    An article id names its current version; --version N an older one.
    Example: factcheck report 1 --format html --output report.html
    """
    from factcheck.errors import BadInput

    chosen = format or _format_from(output)
    with open_session(db, read_only=True) as session:
        if not articles and not all_ and not source:
            raise BadInput("name one or more ARTICLEs, or give --all (or --source NAME)")
        if articles and all_:
            raise BadInput("give either ARTICLE ids or --all, not both")
        if version is not None and not articles:
            raise BadInput("--version needs ARTICLE ids")
        chunks = _render(session, articles or [], source, chosen, template_dir, stale_days, version)
        write_output(chunks, output, db)
    if not is_stdout(output):
        done(f"wrote {output}")


def _format_from(output: Path | None) -> ReportFormat:
    suffix = output.suffix.lower() if output else ""
    return ReportFormat(_SUFFIX_FORMATS.get(suffix, "md"))


def _render(session, refs, source_ref, fmt, template_dir, stale_days, version) -> Iterable[str]:
    from factcheck.reporting.environment import make_environment, render
    from factcheck.services.articles import resolve_article
    from factcheck.services.report_views import build_context
    from factcheck.services.sources import resolve_source

    env = make_environment(template_dir)
    speaker = resolve_source(session, source_ref) if source_ref else None
    targets = [resolve_article(session, ref, version) for ref in refs]
    context = build_context(
        session,
        articles=targets,
        corpus=not targets,
        source_id=speaker.id if speaker else None,
        source_name=speaker.name if speaker else None,
        stale_days=stale_days,
    )
    name = f"{'article' if targets else 'corpus'}.{fmt.value}"
    return render(env, name, context.as_dict())
