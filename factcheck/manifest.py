"""A folder manifest for `ingest DIR --manifest FILE.csv`: one row of metadata per file."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.errors import BadInput

COLUMNS = {"file", "title", "url", "outlet", "author", "authors", "published"}


@dataclass
class FileMetadata:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None


def read_manifest(path: Path, files: list[Path]) -> dict[Path, FileMetadata]:
    """Rows keyed by the resolved file they describe. `file` is relative to the manifest's
    folder (or absolute); every row must name one of the files being ingested."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"--manifest {path}: cannot read it ({exc})") from None
    reader = csv.DictReader(text.splitlines())
    header = set(reader.fieldnames or [])
    if "file" not in header:
        raise BadInput(f"--manifest {path}: needs a 'file' column (and title, url, outlet, ...)")
    unknown = header - COLUMNS
    if unknown:
        raise BadInput(f"--manifest {path}: unknown columns {', '.join(sorted(unknown))}")
    wanted = {file.resolve() for file in files}
    found: dict[Path, FileMetadata] = {}
    for number, row in enumerate(reader, start=2):
        target = (path.parent / (row.get("file") or "").strip()).resolve()
        if target not in wanted:
            raise BadInput(f"--manifest {path} line {number}: {row.get('file')!r} is not "
                           "among the files to ingest")  # fmt: skip
        found[target] = _metadata(row, f"--manifest {path} line {number}")
    return found


def _metadata(row: dict[str, str | None], where: str) -> FileMetadata:
    def cell(name: str) -> str | None:
        value = (row.get(name) or "").strip()
        return value or None

    names = cell("authors") or cell("author") or ""
    published = cell("published")
    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        raise BadInput(f"{where}: published must be YYYY-MM-DD (got {published!r})") from None
    return FileMetadata(
        title=cell("title"),
        url=cell("url"),
        outlet=cell("outlet"),
        authors=[name.strip() for name in names.split(";") if name.strip()],
        published=day,
    )
