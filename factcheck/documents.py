"""Read article files (.txt, .md, .html) into Documents, refusing what cannot be stored."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.errors import BadInput, FactcheckError

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: far above any article, below what hurts memory
TEXT_SUFFIXES = {".txt": "txt", ".md": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}
STDIN = "-"  # as a path: read the article from standard input


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


def iter_document_paths(
    paths: Iterable[Path | str], skipped: list[tuple[Path, str]] | None = None
) -> list[Path]:
    """Files as given, directories expanded recursively (sorted) to supported files only.

    Files of a folder that are not taken are appended to `skipped` as (path, why), so the
    command can say so; a supported name that is no regular file (a FIFO, a device, a
    dangling symlink) is taken, and read_document refuses it with its reason.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        for f in sorted(p.rglob("*")):
            if f.is_dir():
                if f.is_symlink() and skipped is not None:  # rglob does not follow it
                    skipped.append((f, "symlink to a folder (not followed)"))
                continue
            if f.suffix.lower() in SUFFIXES:
                out.append(f)
            elif skipped is not None:
                skipped.append((f, _skip_reason(f)))
    return out


def _skip_reason(path: Path) -> str:
    kind = _kind_of(path)
    if kind != "regular file":
        return kind
    return f"unsupported file type {path.suffix or '(none)'!r} (use .txt, .md, .html or .htm)"


def _kind_of(path: Path) -> str:
    """What a path is, in words, for messages: 'regular file', 'FIFO', 'dangling symlink'..."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "dangling symlink" if path.is_symlink() else "missing"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    for test, name in (
        (stat.S_ISREG, "regular file"),
        (stat.S_ISDIR, "folder"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return name
    return "special file"


def read_document(path: Path | str) -> Document:
    """Read one article; raise BadInput with a one-line reason if it cannot be used."""
    if str(path) == STDIN:
        return _from_stdin()
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if path.is_dir():
        raise BadInput(f"{path}: is a folder, not an article file")
    if fmt is None:
        raise BadInput(
            f"{path}: unsupported file type {path.suffix or '(none)'!r} "
            f"(use .txt, .md, .html or .htm)"
        )
    return _document(_read_regular_file(path), fmt, path)


def _document(raw: bytes, fmt: str, path: Path) -> Document:
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


def _from_stdin() -> Document:
    """`-`: the article on standard input, HTML if it starts with `<`, else text (named
    stdin.html or stdin.txt), refused on the same grounds as a file."""
    import sys

    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise BadInput(f"standard input: over the {MAX_BYTES} byte limit")
    fmt = "html" if raw.lstrip()[:1] == b"<" else "txt"
    return _document(raw, fmt, Path(f"stdin.{fmt}"))


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


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, whatever a symlink points at.

    The check is made on the opened file itself (fstat), so a symlink to /dev/zero or a
    FIFO is refused rather than read forever; O_NONBLOCK keeps opening a FIFO from hanging.
    Reading stops one byte past the limit, in case the file grows after the check.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        why = "dangling symlink" if path.is_symlink() else "no such file"
        raise BadInput(f"{path}: cannot read file ({why})") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read file ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(f"{path}: not a regular file ({_kind_of(path)}); refused")
        if info.st_size > MAX_BYTES:
            raise BadInput(f"{path}: file is {info.st_size} bytes, over the {MAX_BYTES} byte limit")
        try:
            raw = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise BadInput(f"{path}: cannot read file ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise BadInput(f"{path}: file is over the {MAX_BYTES} byte limit")
    return raw


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
        and first[-1] not in '.!?:;,"”’'
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
    res = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(res, "text", None) or "").strip() if res is not None else ""
    if not text:
        raise BadInput(f"{path}: no article text found in the HTML")
    # one paragraph per line from trafilatura; blank lines make paragraphs explicit
    text = re.sub(r"\n+", "\n\n", text)
    authors = [
        a.strip() for a in re.split(r";|\band\b", getattr(res, "author", None) or "") if a.strip()
    ]
    return Document(
        text,
        "html",
        path.name,
        sha,
        title=getattr(res, "title", None),
        authors=authors,
        published=_date(getattr(res, "date", None)),
        outlet=getattr(res, "sitename", None),
        url=getattr(res, "url", None),
    )


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
