"""`factcheck extract`: the claims of article files, without a database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import fail, report_error
from factcheck.cli.output import FormatOption, OutputFormat, Table, print_csv, progress
from factcheck.errors import FactcheckError


def extract_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files (.txt .md .html), folders, or - (stdin).")
    ],
    format: FormatOption = OutputFormat.JSON,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes that parse at once (default: one per core)."),
    ] = None,
) -> None:
    """Extract the claims of news articles: quote, offsets, attribution, cue and speaker.

    json: one object for one file, JSON Lines for several (nl: always JSON Lines); csv: one
    row per claim; table: a summary per file. `-` reads one article from standard input.

    A file that cannot be read is reported on stderr and skipped (exit status 1). Several
    workers print exactly what one prints, in the same order.

    Example: factcheck extract article.txt --format json
    Example: factcheck extract articles/ --workers 2 > claims.jsonl
    """
    from factcheck.documents import iter_document_paths

    skipped: list = []
    files = iter_document_paths(paths, skipped)
    for path, why in skipped:
        report_error(f"skipped {path}: {why}")
    if not files:
        fail("no .txt, .md, .html or .htm files found")
    single = len(paths) == 1 and len(files) == 1 and not paths[0].is_dir()
    failures: list[str] = []
    from factcheck.extract import Extractor
    from factcheck.extract.parallel import default_workers, extract_in_order

    pool = 1 if len(files) < 2 else workers or default_workers()
    items = ((None, *triple) for triple in _readable(files, failures))
    results = (result for _, result in extract_in_order(Extractor(), items, workers=pool))
    with progress(len(files), "extracting") as advance:
        _emit(_advancing(results, advance), format, single)
    if failures:
        raise typer.Exit(1)


def _readable(files: list[Path], failures: list[str]) -> Iterator[tuple[str, str, dict]]:
    """Read lazily so a large batch never sits in memory; bad files are reported, skipped."""
    from factcheck.documents import read_document

    for path in files:
        try:
            doc = read_document(path)
        except FactcheckError as exc:
            failures.append(str(exc))
            report_error(str(exc))
            continue
        yield doc.name, doc.extraction_text, doc.meta


def _advancing(results: Iterator, advance) -> Iterator:
    for result in results:
        yield result
        advance()


def _emit(results: Iterator, format: OutputFormat, single: bool) -> None:
    import json

    if format == OutputFormat.CSV:
        print_csv(
            {"article": res.article, "index": i, **claim.to_json()}
            for res in results
            for i, claim in enumerate(res.claims)
        )
        return
    for res in results:  # streamed: one article printed as soon as it is extracted
        if format == OutputFormat.TABLE:
            _print_summary(res)
        elif format == OutputFormat.JSON and single:
            typer.echo(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
        else:
            typer.echo(json.dumps(res.to_json(), ensure_ascii=False))


def _print_summary(res) -> None:
    from factcheck.cli.common import shorten
    from factcheck.cli.output import print_table

    table = Table(
        f"{res.article}: {len(res.claims)} claims",
        ["#", "quote", "attribution", "cue", "speaker", "certainty"],
        [
            [i, shorten(c.quote, 80), c.attribution, c.cue, c.speaker, c.certainty]
            for i, c in enumerate(res.claims)
        ],
    )
    print_table(table.title, table.columns, table.rows)
