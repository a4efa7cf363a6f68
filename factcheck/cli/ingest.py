"""`factcheck ingest`: options in, a progress bar, a table out (services/ingest_pipeline.py)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.articles import parse_date
from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    fail,
    print_json,
    print_table,
    user_errors,
    visible,
)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt .md .html) or folders.")],
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Store the articles only, no claims.")
    ] = False,
    title: Annotated[str | None, typer.Option(help="Headline (one file only).")] = None,
    url: Annotated[str | None, typer.Option(help="Published at (one file only).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publication (one file only).")] = None,
    author: Annotated[list[str] | None, typer.Option(help="Author, repeatable (one file).")] = None,
    published: Annotated[str | None, typer.Option(help="YYYY-MM-DD (one file only).")] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            help="A CSV of metadata, one row per file: file (relative to the CSV), title, "
            "url, outlet, author (several: a;b), published (YYYY-MM-DD)."
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles parsed together (memory vs. speed).")
    ] = 16,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Processes that parse at once (default: one per core; 1: no pool)."
        ),
    ] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Store articles with every claim extracted, anchored and attributed.

    The same bytes again is reported unchanged and writes nothing; a changed text of a
    known article (same url or file name) becomes a new version and its claims are
    re-anchored. Bad files are reported and skipped; the others are ingested.

    Metadata of .txt/.md files comes from YAML front matter, a "By ..." byline and a wire
    dateline ("VARNA CITY, March 3 (Northwire) -"); a --manifest row or the flags win.
    Several ingest processes may share one folder against one PostgreSQL database (say, on
    several machines): each article is parsed and stored by one of them.

    Example: factcheck ingest wire/ --manifest wire/manifest.csv --workers 2
    """
    from factcheck.documents import iter_document_paths
    from factcheck.services.ingest_pipeline import MetadataOverrides

    overrides = MetadataOverrides(
        title, url, outlet, list(author or []), parse_date(published, "--published")
    )
    skipped: list = []
    files = iter_document_paths(paths, skipped)
    for path, why in skipped:
        typer.echo(visible(f"skipped {path}: {why}"), err=True)
    if not files:
        fail("no .txt, .md or .html files found in " + ", ".join(map(str, paths)))
    if overrides.given and len(files) > 1:
        fail("--title/--url/--outlet/--author/--published apply to a single file")
    per_file = _manifest(manifest, files) if manifest else {}
    _check_database(db)
    results = _run(files, db, overrides, per_file, not no_extract, batch_size, workers)
    _render(results, format)
    if any(r.outcome == "error" for r in results):
        raise typer.Exit(1)


def _manifest(path: Path, files: list[Path]) -> dict:
    from factcheck.manifest import read_manifest

    with user_errors():
        return read_manifest(path, files)


def _check_database(db: str | None) -> None:
    from factcheck.db import ensure_schema_current, get_engine

    with user_errors():
        ensure_schema_current(get_engine(db))


def _run(files, db, overrides, per_file, extract, batch_size, workers) -> list:
    from factcheck.extract.parallel import default_workers
    from factcheck.services.ingest_pipeline import IngestOptions, ingest_files

    options = IngestOptions(
        extract=extract,
        # a pool pays off from two files on; one file is parsed here
        workers=1 if len(files) < 2 else workers or default_workers(),
        batch_size=batch_size,
        overrides=overrides,
        per_file=per_file,
    )
    with _progress(len(files)) as advance, user_errors():
        return ingest_files(files, db=db, options=options, progress=advance)


class _progress:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int) -> None:
        self.total, self.bar, self.task = total, None, None

    def __enter__(self):
        if sys.stderr.isatty() and self.total > 1:
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=_stderr_console())
            self.bar.start()
            self.task = self.bar.add_task("ingesting", total=self.total)
        return self.advance

    def advance(self, _result=None) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _render(results: list, format: OutputFormat) -> None:
    if format == OutputFormat.JSON:
        print_json([r.as_dict() for r in results])
    else:
        print_table(
            "Ingest",
            ["file", "outcome", "article", "v", "claims", "links", "re-anchored", "orphaned"],
            [
                [
                    r.path.name,
                    r.outcome,
                    r.article_id,
                    r.version,
                    r.claims,
                    r.links,
                    r.reanchored,
                    r.orphaned,
                ]
                for r in results
            ],
        )
    for result in results:
        if result.stale and format != OutputFormat.JSON:
            ids = ", ".join(map(str, result.stale))
            typer.echo(
                f"{result.path.name}: reworded since their verdict, review again: claims {ids} "
                "(factcheck claims list --stale)"
            )
        if result.error:
            # Errors from reading the file already start with its path.
            message = result.error
            if not message.startswith(str(result.path)):
                message = f"{result.path}: {message}"
            typer.echo(f"error: {visible(message)}", err=True)
