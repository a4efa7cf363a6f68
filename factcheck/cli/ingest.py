"""`factcheck ingest`: articles in, claims stored; one transaction per article."""

import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class FileResult:
    path: Path
    outcome: str  # added | new_version | unchanged | error
    article_id: int | None = None
    version: int | None = None
    claims: int = 0
    links: int = 0
    reanchored: int = 0
    orphaned: int = 0
    stale: list[int] | None = None  # reworded claims whose verdict asks for a re-review
    error: str | None = None

    def as_dict(self) -> dict:
        return {**self.__dict__, "path": str(self.path)}


@dataclass
class MetadataOverrides:
    title: str | None
    url: str | None
    outlet: str | None
    authors: list[str]
    published: object

    @property
    def given(self) -> bool:
        return any([self.title, self.url, self.outlet, self.authors, self.published])


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
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Store articles with every claim extracted, anchored and attributed.

    The same bytes again is reported unchanged and writes nothing; a changed text of a
    known article (same url or file name) becomes a new version and its claims are
    re-anchored. Bad files are reported and skipped; the others are ingested.

    Metadata of .txt/.md files comes from YAML front matter, a "By ..." byline and a wire
    dateline ("VARNA CITY, March 3 (Northwire) -"); a --manifest row or the flags win.
    Example: factcheck ingest wire/ --manifest wire/manifest.csv
    """
    from factcheck.documents import iter_document_paths

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
    results = _run(
        files, overrides, db, extract=not no_extract, batch_size=batch_size, per_file=per_file
    )
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


def _run(
    files: list[Path],
    overrides: MetadataOverrides,
    db,
    *,
    extract: bool,
    batch_size: int = 16,
    per_file: dict | None = None,
) -> list[FileResult]:
    """Read, filter unchanged, extract in one nlp.pipe batch, store each article on its own."""
    results: list[FileResult] = []
    pending: deque = deque()
    with _progress(len(files)) as advance:
        documents = _new_documents(files, overrides, db, results, pending, advance, per_file)
        if extract:
            from factcheck.extract import PIPELINE_VERSION, Extractor

            with user_errors():
                extractor = Extractor()
            extractions = extractor.extract_many(documents, batch_size=batch_size)
            stored = _store_while_parsing(extractions, pending, PIPELINE_VERSION, db)
            for result in stored:
                results.append(result)
                advance()
        else:
            for _ in documents:
                path, data = pending.popleft()
                results.append(_store(path, data, None, None, db))
                advance()
    return sorted(results, key=lambda r: str(r.path))


# Articles parsed but not yet stored: bounds memory while the writer catches up.
MAX_UNSTORED = 4


def _store_while_parsing(extractions, pending: deque, pipeline_version, db) -> Iterator:
    """Store article n in a writer thread while spaCy parses the next ones.

    Parsing (numpy) and SQLite both release the GIL, so the two overlap on a second core.
    One writer keeps the stores in order, each in its own transaction, as before.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-store") as writer:
        in_flight: deque = deque()
        for extraction in extractions:
            path, data = pending.popleft()
            in_flight.append(writer.submit(_store, path, data, extraction, pipeline_version, db))
            while len(in_flight) > MAX_UNSTORED or (in_flight and in_flight[0].done()):
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _new_documents(
    files, overrides, db, results, pending, advance, per_file=None
) -> Iterator[tuple]:
    """Yield (name, text, meta) for files that need storing; record the rest as they go."""
    from factcheck.db import session_scope
    from factcheck.documents import read_document
    from factcheck.errors import FactcheckError
    from factcheck.services.articles import already_stored

    for path in files:
        try:
            document = read_document(path)
        except FactcheckError as exc:
            results.append(FileResult(path, "error", error=str(exc)))
            advance()
            continue
        data = _article_input(path, document, overrides, (per_file or {}).get(path.resolve()))
        # A read: it must not queue behind the writer thread storing earlier articles.
        with session_scope(db, read_only=True) as session:
            stored = already_stored(session, data)
        if stored is not None:
            key = stored.first_version_id or stored.id
            results.append(FileResult(path, "unchanged", key, stored.version))
            advance()
            continue
        pending.append((path, data))
        yield (document.name, document.extraction_text, {**document.meta, "authors": data.authors})


def _article_input(path: Path, document, overrides: MetadataOverrides, row=None):
    """Flags, else the manifest row, else what the file itself says."""
    from factcheck.manifest import FileMetadata
    from factcheck.services.articles import ArticleInput

    row = row or FileMetadata()
    return ArticleInput(
        text=document.text,
        filename=path.name,
        title=overrides.title or row.title or document.title,
        url=overrides.url or row.url or document.url,
        outlet=overrides.outlet or row.outlet or document.outlet,
        authors=overrides.authors or row.authors or list(document.authors or []),
        published=overrides.published or row.published or document.published,
        format=document.format,
        sha256=document.sha256,
    )


def _store(path: Path, data, extraction, pipeline_version, db) -> FileResult:
    """One article, one transaction: a crash leaves it either whole or absent.

    Another process storing the same new article at the same moment wins the unique
    (slug, version) row; ours then runs once more and finds it stored (unchanged).
    """
    from sqlalchemy.exc import IntegrityError

    try:
        return _store_once(path, data, extraction, pipeline_version, db)
    except IntegrityError:
        pass
    return _store_once(path, data, extraction, pipeline_version, db, last=True)


def _store_once(path: Path, data, extraction, pipeline_version, db, last=False) -> FileResult:
    from sqlalchemy.exc import IntegrityError, SQLAlchemyError

    from factcheck.db import session_scope
    from factcheck.errors import FactcheckError
    from factcheck.services.ingest import ingest_article

    try:
        with session_scope(db) as session:
            report = ingest_article(
                session, data=data, extraction=extraction, pipeline_version=pipeline_version
            )
            reanchor = report.reanchor
            return FileResult(
                path,
                report.outcome.value,
                report.article.first_version_id or report.article.id,
                report.article.version,
                claims=report.claims_added,
                links=report.links_added,
                reanchored=reanchor.moved if reanchor else 0,
                orphaned=len(reanchor.orphaned) if reanchor else 0,
                stale=list(reanchor.stale) if reanchor else None,
            )
    except IntegrityError:
        if not last:
            raise
        return FileResult(path, "error", error="stored by another writer meanwhile; retry")
    except (FactcheckError, SQLAlchemyError) as exc:
        return FileResult(path, "error", error=str(exc).splitlines()[0])
    except UnicodeEncodeError:  # --title/--author given with bytes that are not UTF-8
        return FileResult(path, "error", error="a value given is not valid UTF-8 text")


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

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _render(results: list[FileResult], format: OutputFormat) -> None:
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
