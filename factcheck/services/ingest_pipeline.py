"""Ingest as a pipeline of named stages: read → claim → parse/extract → store (+ re-anchor).

Each file travels as one `Job` from stage to stage, read once; the command only gives the
files, the options and a progress callback, and renders the `FileResult`s (the model is
beets' import session). Stages are generators, so at most a few articles are in memory:

  read      the file into a Document and the ArticleInput it stores as (flags, else the
            manifest row, else what the file says)
  claim     the article's advisory lock on PostgreSQL (services/ingest_claims.py), then the
            one "already stored?" check: the same bytes are done here, unparsed
  extract   spaCy and the rules, in this process or a pool (extract/parallel.py)
  store     one transaction per article, in a writer thread while the next ones parse:
            services/ingest.py stores the text, re-anchors a new version's claims and adds
            the extracted ones; a crash leaves each article whole or absent

The pipeline owns its sessions (one per article, plus one read per file) because an ingest
commits article by article; it takes the database URL, never a session.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.services.articles import ArticleInput

if TYPE_CHECKING:
    from factcheck.documents import Document
    from factcheck.extract import ExtractionResult
    from factcheck.services.ingest_claims import FileClaims

# Articles parsed but not yet stored: bounds memory while the writer catches up.
MAX_UNSTORED = 4


@dataclass
class FileResult:
    """What became of one file."""

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
    """Metadata given for a single file; each given value wins over the file's own."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None

    @property
    def given(self) -> bool:
        return any([self.title, self.url, self.outlet, self.authors, self.published])


@dataclass
class IngestOptions:
    extract: bool = True
    workers: int = 1
    batch_size: int = 16
    overrides: MetadataOverrides = field(default_factory=MetadataOverrides)
    per_file: dict = field(default_factory=dict)  # resolved path -> manifest FileMetadata


@dataclass
class Job:
    """One file on its way through the stages."""

    path: Path
    document: Document
    data: ArticleInput


Progress = Callable[[FileResult], None]


def ingest_files(
    files: list[Path], *, db: str | None, options: IngestOptions, progress: Progress | None = None
) -> list[FileResult]:
    """Run every file through the stages; one FileResult per file, sorted by path."""
    run = _Run(db, options, progress or (lambda result: None))
    try:
        run.go(files)
    finally:
        run.claims.close()
    return sorted(run.results, key=lambda r: str(r.path))


class _Run:
    def __init__(self, db: str | None, options: IngestOptions, progress: Progress) -> None:
        from factcheck.db import get_engine
        from factcheck.services.ingest_claims import FileClaims

        self.db, self.options, self.progress = db, options, progress
        self.results: list[FileResult] = []
        self.claims: FileClaims = FileClaims(get_engine(db))
        self.deferred: list[Path] = []  # paths only: a long wait holds no texts
        self._extractor = None

    def finish(self, result: FileResult, job: Job | None = None) -> None:
        if job is not None:
            self.claims.release(job.data)
        self.results.append(result)
        self.progress(result)

    def go(self, files: list[Path]) -> None:
        jobs = self.claimed(read_stage(files, self.options, self.finish))
        extract = self.extract_stage if self.options.extract else _unparsed
        for job, result in store_stage(extract(jobs), self.db):
            self.finish(result, job)
        self.deferred_stage()

    # -- claim: one process per file, and the one "already stored?" check ------------------
    def claimed(self, jobs: Iterable[Job]) -> Iterator[Job]:
        for job in jobs:
            if not self.claims.try_claim(job.data):
                self.deferred.append(job.path)  # another process has it: look again at the end
            elif self.unstored(job):
                yield job

    def deferred_stage(self) -> None:
        """Files another process held: wait for each (holding no other claim, so two
        processes never wait on each other), then it is stored, or ours to store."""
        for job in read_stage(self.deferred, self.options, self.finish):
            self.claims.claim(job.data)
            if not self.unstored(job):
                continue
            extraction = None
            if self.options.extract:
                name, text, meta = _triple(job)
                extraction = self.extractor().extract(text, name, meta)
            version = None if extraction is None else _pipeline_version()
            self.finish(store(job.path, job.data, extraction, version, self.db), job)

    def extractor(self):
        if self._extractor is None:
            from factcheck.extract import Extractor

            self._extractor = Extractor()
        return self._extractor

    def unstored(self, job: Job) -> bool:
        from factcheck.db import session_scope
        from factcheck.services.articles import already_stored

        # A read: it must not queue behind the writer thread storing earlier articles.
        with session_scope(self.db, read_only=True) as session:
            stored = already_stored(session, job.data)
        if stored is None:
            return True
        key = stored.first_version_id or stored.id
        self.finish(FileResult(job.path, "unchanged", key, stored.version), job)
        return False

    # -- extract ---------------------------------------------------------------------------
    def extract_stage(self, jobs: Iterator[Job]) -> Iterator[tuple[Job, ExtractionResult]]:
        from factcheck.extract.parallel import extract_in_order

        items = ((job, *_triple(job)) for job in jobs)
        yield from extract_in_order(
            self.extractor(),
            items,
            workers=self.options.workers,
            batch_size=self.options.batch_size,
        )


def _unparsed(jobs: Iterator[Job]) -> Iterator[tuple[Job, None]]:
    return ((job, None) for job in jobs)


def _triple(job: Job) -> tuple[str, str, dict]:
    """What the extractor reads: the name, the text with front matter masked, the metadata."""
    meta = {**job.document.meta, "authors": job.data.authors}
    return job.document.name, job.document.extraction_text, meta


def _pipeline_version() -> str:
    from factcheck.extract import PIPELINE_VERSION

    return PIPELINE_VERSION


# -- read ---------------------------------------------------------------------------------
def read_stage(
    files: Iterable[Path], options: IngestOptions, failed: Callable[[FileResult], None]
) -> Iterator[Job]:
    """A Job per readable file; a file that cannot be read is reported and skipped."""
    from factcheck.documents import read_document

    for path in files:
        try:
            document = read_document(path)
        except FactcheckError as exc:
            failed(FileResult(path, "error", error=str(exc)))
            continue
        row = options.per_file.get(path.resolve())
        yield Job(path, document, article_input(path, document, options.overrides, row))


def article_input(
    path: Path, document: Document, overrides: MetadataOverrides, row=None
) -> ArticleInput:
    """Flags, else the manifest row, else what the file itself says."""
    from factcheck.manifest import FileMetadata

    row = row or FileMetadata()
    return ArticleInput(
        text=document.text,
        filename=document.name,  # "stdin.txt" for `-`, else the file's name
        title=overrides.title or row.title or document.title,
        url=overrides.url or row.url or document.url,
        outlet=overrides.outlet or row.outlet or document.outlet,
        authors=overrides.authors or row.authors or list(document.authors or []),
        published=overrides.published or row.published or document.published,
        format=document.format,
        sha256=document.sha256,
    )


# -- store --------------------------------------------------------------------------------
def store_stage(
    pairs: Iterable[tuple[Job, ExtractionResult | None]], db: str | None
) -> Iterator[tuple[Job, FileResult]]:
    """Store article n in a writer thread while the next ones parse, in order.

    Parsing (numpy, or worker processes) and the database both release the GIL, so the two
    overlap. One writer keeps the stores in order, each in its own transaction.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-store") as writer:
        in_flight: deque[tuple[Job, Future]] = deque()
        for job, extraction in pairs:
            version = _pipeline_version() if extraction is not None else None
            in_flight.append(
                (job, writer.submit(store, job.path, job.data, extraction, version, db))
            )
            while len(in_flight) > MAX_UNSTORED or (in_flight and in_flight[0][1].done()):
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()


def store(
    path: Path, data: ArticleInput, extraction, pipeline_version: str | None, db: str | None
) -> FileResult:
    """One article, one transaction: a crash leaves it either whole or absent.

    Another process storing the same new article at the same moment (without the claim
    stage: SQLite, `articles add`) wins the unique (slug, version) row; ours then runs once
    more and finds it stored (unchanged).
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
