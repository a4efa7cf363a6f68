"""--output: a new or regular file, never the ledger, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import BadInput

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
