"""`factcheck import`: restore a backup made by `factcheck export jsonl`."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import DbOption, done, fail, open_session


def import_backup(
    file: Annotated[Path, typer.Argument(help="A .jsonl backup, or - for standard input.")],
    db: DbOption = None,
) -> None:
    """Restore a backup into an empty database (one transaction: all or nothing).

    Ids, times and review hashes are kept, so `factcheck audit verify` passes after it.
    Example: factcheck export jsonl --output backup.jsonl && \\
    factcheck init --db sqlite:///copy.db && factcheck import backup.jsonl --db sqlite:///copy.db
    """
    from factcheck.services.backup import restore_backup

    if str(file) != "-" and not file.is_file():
        # a FIFO or a device would be read forever (or hang): regular files only
        fail(f"{file}: not a regular file" if file.exists() else f"no such file: {file}")
    try:
        with open_session(db) as session:
            if str(file) == "-":
                counts = restore_backup(session, sys.stdin)
            else:
                with file.open(encoding="utf-8") as lines:
                    counts = restore_backup(session, lines)
    except UnicodeDecodeError:
        fail(f"{file} is not UTF-8 text; nothing was restored")
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing"
    done(f"restored {summary}")
