"""`factcheck extract`: print the claims of article files as JSON, JSON Lines or a table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import typer

from factcheck.errors import FactcheckError


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


def _err(msg: str) -> None:
    from factcheck.cli.common import visible

    typer.echo(visible(msg), err=True)


def extract_command(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt .md .html) or folders."),
    format: OutputFormat = typer.Option(
        OutputFormat.json, "--format", "-f", case_sensitive=False,
        help="json: one object for one file, JSON Lines for several; table: a summary.",
    ),
    workers: int | None = typer.Option(
        None, min=1, help="Processes that parse at once (default: one per core; 1: no pool)."
    ),
) -> None:
    """Extract the claims of news articles: quote, offsets, attribution, cue and speaker.

    One file prints one JSON object; several files or a folder print JSON Lines.

    A file that cannot be read is reported on stderr and skipped (exit status 1).

    Several workers print exactly what one prints, in the same order.

    Example: factcheck extract article.txt --format json
    Example: factcheck extract articles/ --workers 2 > claims.jsonl
    """
    from factcheck.documents import iter_document_paths, read_document

    skipped: list = []
    files = iter_document_paths(paths, skipped)
    for path, why in skipped:
        _err(f"skipped {path}: {why}")
    single = len(paths) == 1 and len(files) == 1 and not paths[0].is_dir()
    if not files:
        _err("error: no .txt, .md, .html or .htm files found")
        raise typer.Exit(1)
    failures: list[str] = []

    def readable() -> Iterator[tuple[str, str, dict]]:
        # read lazily so a large batch never sits in memory; bad files are reported, skipped
        for f in files:
            try:
                doc = read_document(f)
            except FactcheckError as exc:
                failures.append(str(exc))
                _err(f"error: {exc}")
                continue
            yield doc.name, doc.extraction_text, doc.meta

    try:
        from factcheck.extract import Extractor
        from factcheck.extract.parallel import default_workers, extract_in_order

        extractor = Extractor()
        pool = 1 if len(files) < 2 else workers or default_workers()
        items = ((None, *triple) for triple in readable())
        results = (result for _, result in extract_in_order(extractor, items, workers=pool))
        _emit(_with_progress(results, len(files)), format, single)
    except FactcheckError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if failures:
        raise typer.Exit(1)


def _with_progress(results: Iterator, total: int) -> Iterator:
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        for res in results:
            yield res
            bar.advance(task)


def _emit(results: Iterator, fmt: OutputFormat, single: bool) -> None:
    if fmt is OutputFormat.table:
        from rich.console import Console

        console = Console(emoji=False)  # ":smile:" in a quote stays text
        for res in results:
            console.print(_table(res))
        return
    for res in results:
        if single:
            typer.echo(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
        else:
            typer.echo(json.dumps(res.to_json(), ensure_ascii=False))


def _table(res: object) -> object:
    from rich.table import Table

    from factcheck.cli.common import safe as escape  # markup escaped, controls made visible

    table = Table(title=f"{res.article}: {len(res.claims)} claims", show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("quote", ratio=4, min_width=30, overflow="fold")
    for col in ("attribution", "cue", "speaker", "certainty"):
        table.add_column(col, ratio=1, overflow="fold")
    for i, c in enumerate(res.claims):
        quote = c.quote if len(c.quote) <= 80 else c.quote[:77] + "..."
        table.add_row(str(i), escape(quote), c.attribution, escape(c.cue or ""),
                      escape(c.speaker or ""), c.certainty)
    return table
