"""What a command writes: a read result as table, JSON, JSON Lines or CSV (one path for
every read command), and --output files, written whole or not at all (`-`: stdout)."""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import os
import stat
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck.errors import BadInput
from factcheck.terminal import colour_wanted, terminal_width


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    NL = "nl"  # JSON Lines: one object per line
    CSV = "csv"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table, json, nl (JSON Lines: one object a line) or csv.",
    ),
]


class Styled(str):
    """A table cell with a colour: the text is the label, the style only adds to it (so
    it still reads under NO_COLOR, in a pipe, in JSON or CSV)."""

    style: str = ""

    def __new__(cls, text: str, style: str = "") -> Styled:
        cell = super().__new__(cls, text)
        cell.style = style
        return cell


@dataclass
class Table:
    """A result's table view: a title, column names and rows of cells."""

    title: str | None
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


TableView = Table | Callable[[], Table | None]


def output_rows(
    data: Any, format: OutputFormat, table: TableView | None = None, *, rows: Any = None
) -> None:
    """Print a read result, the one way every read command does.

    `data` is plain data (a dict, or a list of dicts): json prints it whole; nl and csv print
    its rows, one line each: the items of a list, a lone object as one row, or `rows` when
    the result is an object around a list (config show: its settings). `table` is the table
    view (a Table, or a function printing or returning one), built only for the table format.
    A record (services/claim_record.py's ClaimRecord), anywhere in `data`, is printed as its
    `as_json()`, and as its flat `as_row()` when it is a CSV row.
    """
    if format == OutputFormat.JSON:
        print_json(data)
    elif format == OutputFormat.NL:
        for item in _items(data if rows is None else rows):
            typer.echo(json.dumps(item, ensure_ascii=False, default=_plain))
    elif format == OutputFormat.CSV:
        print_csv(_items(data if rows is None else rows))
    elif table is not None:
        view = table if isinstance(table, Table) else table()
        if view is not None:
            print_table(view.title, view.columns, view.rows)


def output_stream(
    items: Iterable[dict[str, Any]], format: OutputFormat, table: Callable[[Iterable], None]
) -> None:
    """output_rows for a long listing, printed as it is read rather than held whole: json
    writes the same text as for the whole list, nl a line an item, csv the columns of the
    first item; `table` prints the items itself."""
    if format == OutputFormat.JSON:
        opening = "[\n"
        for item in items:
            body = json.dumps(item, indent=2, ensure_ascii=False, default=str)
            typer.echo(opening + textwrap.indent(body, "  "), nl=False)
            opening = ",\n"
        typer.echo("[]" if opening == "[\n" else "\n]")
    elif format == OutputFormat.NL:
        for item in items:
            typer.echo(json.dumps(item, ensure_ascii=False, default=str))
    elif format == OutputFormat.CSV:
        writer = None
        for item in map(_flat, items):
            if writer is None:
                writer = csv.DictWriter(sys.stdout, list(item), lineterminator="\n")
                writer.writeheader()
            writer.writerow(item)
        if writer is None:  # a header of no columns, as print_csv writes for none
            csv.DictWriter(sys.stdout, [], lineterminator="\n").writeheader()
        sys.stdout.flush()
    else:
        table(items)


def _items(data: Any) -> list:
    return data if isinstance(data, list) else [data]


def print_json(data: Any) -> None:
    """The text json.dumps writes, streamed in pieces (write_output): a long result is
    never held as one string twice over, and a reader that stops early is noticed."""
    encoder = json.JSONEncoder(indent=2, ensure_ascii=False, default=_plain)
    write_output(itertools.chain(encoder.iterencode(data), ["\n"]), None)


def _plain(value: Any) -> Any:
    """What json.dumps cannot write itself: a record's JSON object, else the value as text."""
    as_json = getattr(value, "as_json", None)
    return as_json() if as_json is not None else str(value)


def print_csv(items: Iterable[dict[str, Any]]) -> None:
    """One row per item, columns in first-seen order; nested values as JSON in their cell."""
    rows = [_flat(item) for item in items]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(sys.stdout, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    sys.stdout.flush()


def _flat(item: Any) -> dict[str, Any]:
    if hasattr(item, "as_row"):
        item = item.as_row()
    if not isinstance(item, dict):
        return {"value": item}
    return {
        key: json.dumps(value, ensure_ascii=False, default=_plain)
        if isinstance(value, dict | list)
        else value
        for key, value in item.items()
    }


def console(stderr: bool = False):
    from rich.console import Console

    # emoji=False: a stored ":thumbs_up:" is text, not a picture
    out = Console(
        stderr=stderr,
        soft_wrap=False,
        emoji=False,
        width=None if sys.stdout.isatty() else 160,
    )
    out.on_broken_pipe = _broken_pipe  # rich would exit 1 itself: the error handler decides
    return out


def _broken_pipe() -> None:
    raise BrokenPipeError


# When the reader of a pipe stops early (`factcheck claims list | head -1`), the command
# stops without a word and exits 141 = 128 + SIGPIPE: what git, and every program that
# leaves SIGPIPE to end it, reports to the shell (click's own handler exits 1, which reads
# as a failed command). SIGPIPE itself stays ignored, as Python sets it: restored to its
# default it would kill the process on any broken socket too, a database connection's.
READER_GONE = 141


def reader_gone() -> None:
    """Stdout's reader has closed it: point stdout at /dev/null, so that the flush at exit
    has nowhere to fail ("Exception ignored ... BrokenPipeError")."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a file: a test runner's buffer
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def print_table(title: str | None, columns: list[str], rows: list[list[Any]]) -> None:
    """Aligned text (cli/text_table.py), the same in a pipe as on a terminal, except that
    a terminal gets colours and rows folded to its width. Stored text is shown as it is:
    cells are plain text, never markup, and control characters are made visible."""
    from factcheck.cli.text_table import render_table

    out = sys.stdout
    lines = render_table(title, columns, rows, width=terminal_width(out), colour=colour_wanted(out))
    out.writelines(line + "\n" for line in lines)
    out.flush()


class progress:
    """`with progress(n, "extracting") as advance:` a bar on stderr when it is a terminal
    and there is more than one item; silent otherwise (pipes and logs stay clean)."""

    def __init__(self, total: int, label: str = "working") -> None:
        self.total, self.label, self.bar, self.task = total, label, None, None

    def __enter__(self) -> Callable[..., None]:
        if sys.stderr.isatty() and self.total > 1:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=self.total)
        return self.advance

    def advance(self, _result: object = None) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def is_stdout(output: Path | None) -> bool:
    """No --output, or `-o -`: the result goes to standard output."""
    return output is None or str(output) == "-"


def write_output(chunks: Iterable[str], output: Path | None, db: str | None = None) -> None:
    """Stream to stdout (no --output, or `-`), or to a temporary file renamed into place
    once complete (check_output refuses the database, symlinks, FIFOs, devices, folders)."""
    if is_stdout(output):
        for chunk in _batched(chunks):
            for start in range(0, len(chunk), _PIECE):
                sys.stdout.write(chunk[start : start + _PIECE])
        sys.stdout.flush()
        return
    write_file(_batched(chunks), output, db)


# The most written to stdout at once. CPython (3.11) ends a single write far larger than a
# pipe without an error, status 0, when the reader closes it midway (the write returns part
# done, the rest is dropped): in pieces, the next piece finds the pipe closed (READER_GONE).
_PIECE = 1 << 16


def _batched(chunks: Iterable[str], size: int = 2000) -> Iterable[str]:
    """Join Jinja's (or the JSON encoder's) many small pieces so the output is written in a
    few large writes. islice and join do the loop in C: a JSON listing is tens of thousands
    of pieces, and a Python loop over them cost more than the query."""
    pieces = iter(chunks)
    while True:
        batch = "".join(itertools.islice(pieces, size))
        if not batch:
            return
        yield batch


# --- --output files ----------------------------------------------------------------------

# SQLite keeps the ledger in these files next to each other.
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def check_output(output: Path, db: str | None = None) -> Path:
    """The folder to write in, or a one-line refusal: output must be a new path or an
    existing regular file (not a symlink, FIFO, device or folder) and not the database."""
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise BadInput(f"--output {output}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            # Replacing the link would lose it; writing through it could land anywhere.
            raise BadInput(f"--output {output} is a symlink; give the file it points to")
        if stat.S_ISDIR(info.st_mode):
            raise BadInput(f"--output {output} is a folder; give a file name")
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(f"--output {output} is not a regular file; refused")
        if not info.st_mode & 0o222:
            raise BadInput(f"--output {output} is read-only; refused")
    folder = output.absolute().parent
    if not folder.is_dir():
        raise BadInput(f"--output folder {folder} does not exist")
    database = _database_file(db)
    if database is not None and _same_file(output, database):
        raise BadInput(f"--output {output} is the database itself; refused")
    return folder


def _database_file(db: str | None) -> Path | None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from factcheck.db import resolve_url

    try:
        url = make_url(resolve_url(db))
    except ArgumentError:
        return None
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _same_file(output: Path, database: Path) -> bool:
    target = output.absolute().parent.resolve() / output.name
    for suffix in _SQLITE_COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if target == companion.resolve():
            return True
        try:
            if os.path.samefile(output, companion):  # a hard link to the ledger
                return True
        except OSError:
            continue
    return False


def write_file(chunks: Iterable[str], output: Path, db: str | None = None) -> None:
    """Write to a temporary file in output's folder (same filesystem), then rename it over
    output in one step: a failure leaves the old file as it was and no stray part."""
    folder = check_output(output, db)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.", suffix=".part")
    except OSError as exc:
        raise BadInput(f"--output {output}: cannot write in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(chunks)
        os.chmod(temporary, _mode_for(output))
        os.replace(temporary, output)
    except OSError as exc:
        _remove(temporary)
        raise BadInput(f"--output {output}: {exc.strerror or exc}; nothing written") from None
    except BaseException:
        _remove(temporary)
        raise


def _mode_for(output: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual 0666 & ~umask."""
    try:
        return stat.S_IMODE(os.stat(output).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
