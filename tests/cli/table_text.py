"""Read a table as the CLI prints it (cli/text_table.py) back into rows, for assertions."""

from __future__ import annotations

import re

_RULE = re.compile(r"^-+(  -+)*$")


def table_rows(output: str) -> list[dict[str, str]]:
    """The rows of the first table in `output`, each {column: cell}. A folded row (its
    first cell empty on the following lines) is one row; its parts are joined by "\\n"."""
    lines = output.splitlines()
    rule = next(i for i, line in enumerate(lines) if _RULE.match(line))
    starts = [match.start() for match in re.finditer(r"-+", lines[rule])]
    names = _cells(lines[rule - 1], starts)
    rows: list[list[str]] = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            break
        cells = _cells(line, starts)
        if cells[0] or not rows:
            rows.append(cells)
        else:
            rows[-1] = [
                f"{old}\n{new}" if new else old for old, new in zip(rows[-1], cells, strict=True)
            ]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _cells(line: str, starts: list[int]) -> list[str]:
    ends = [*starts[1:], None]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]
