"""Read article files (.txt, .md, .html) into Documents, refusing what cannot be stored."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.errors import BadInput, FactcheckError

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: far above any article, below what hurts memory
TEXT_SUFFIXES = {".txt": "txt", ".md": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}


@dataclass
class Document:
    """An article as read from disk. For txt/md, `text` is the file decoded as UTF-8, byte
    for byte (a BOM, if any, is kept as U+FEFF) so offsets hold against the file."""

    text: str
    format: str
    name: str
    sha256: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    front_matter_end: int = 0  # a .txt/.md file's YAML front matter, kept in `text`

    @property
    def extraction_text(self) -> str:
        """What the extractor reads: `text` with the front matter and a wire dateline
        blanked, same length, so no claim comes from them and offsets agree with `text`."""
        if self.format not in ("txt", "md"):
            return self.text
        from factcheck.text_metadata import masked

        return masked(self.text)

    @property
    def meta(self) -> dict:
        """The metadata dict Extractor.extract accepts."""
        return {"title": self.title, "authors": list(self.authors), "outlet": self.outlet}


def iter_document_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, directories expanded recursively (sorted) to supported files only."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*")
                              if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def read_document(path: Path | str) -> Document:
    """Read one article; raise BadInput with a one-line reason if it cannot be used."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise BadInput(f"{path}: unsupported file type {path.suffix or '(none)'!r} "
                       f"(use .txt, .md, .html or .htm)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if size > MAX_BYTES:
        raise BadInput(f"{path}: file is {size} bytes, over the {MAX_BYTES} byte limit")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if b"\x00" in raw:
        raise BadInput(f"{path}: binary file (contains NUL bytes)")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    if not decoded.strip():
        raise BadInput(f"{path}: file is empty")
    sha = hashlib.sha256(raw).hexdigest()
    if fmt in ("txt", "md"):
        return _from_text(decoded, fmt, path.name, sha)
    return _from_html(decoded, path, sha)


def _from_text(decoded: str, fmt: str, name: str, sha: str) -> Document:
    """Front matter, byline and dateline give the metadata; the text stays as decoded."""
    from factcheck.text_metadata import metadata_of

    meta = metadata_of(decoded, fmt, name)
    return Document(
        decoded,
        fmt,
        name,
        sha,
        title=meta.title or _first_heading(decoded[meta.front_matter_end :], fmt),
        authors=meta.authors,
        published=meta.published,
        outlet=meta.outlet,
        url=meta.url,
        front_matter_end=meta.front_matter_end,
    )


def _first_heading(text: str, fmt: str) -> str | None:
    """The headline: a Markdown `# heading`, or a plain text's short first line on its own."""
    if fmt == "md":
        m = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
        return m.group(1) if m else None
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    looks_like_headline = (
        first
        and len(first.split()) <= 15
        and first[-1] not in ".!?:;,\"”’"
        and (not rest or rest.startswith("\n") or not rest.strip())
    )
    return first if looks_like_headline else None


_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)


def _from_html(html: str, path: Path, sha: str) -> Document:
    try:
        import trafilatura
    except ImportError as exc:  # lxml >= 5.2 split lxml.html.clean out
        raise FactcheckError(
            f"reading HTML needs trafilatura and lxml_html_clean ({exc}); "
            "run: pip install 'lxml[html_clean]' trafilatura"
        ) from exc
    # A <noscript> notice ("enable JavaScript") is never the article: drop it first, so a
    # page with nothing else is refused rather than stored as that notice.
    html = _NOSCRIPT.sub(" ", html)
    res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = (getattr(res, "text", None) or "").strip() if res is not None else ""
    if not text:
        raise BadInput(f"{path}: no article text found in the HTML")
    # one paragraph per line from trafilatura; blank lines make paragraphs explicit
    text = re.sub(r"\n+", "\n\n", text)
    authors = [a.strip() for a in re.split(r";|\band\b", getattr(res, "author", None) or "")
               if a.strip()]
    return Document(text, "html", path.name, sha, title=getattr(res, "title", None),
                    authors=authors, published=_date(getattr(res, "date", None)),
                    outlet=getattr(res, "sitename", None), url=getattr(res, "url", None))


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
