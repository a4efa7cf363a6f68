"""A table as aligned text: the table format of every read command.

Columns are padded to their widest cell (in terminal cells, so wide characters line up),
two spaces apart, under a header underlined with dashes, as `sqlite-utils --table` and
`psql` print them. In a pipe a row is one line (grep finds the whole row); on a terminal
the widest columns are folded so a row fits the window. A styled cell (output.Styled, the
status) keeps its text and gets its colour only when colour is on.

Why not rich's Table: laying out 200 rows of nine folded columns took 100-150 ms, more
than the query and SQLAlchemy's imports together (docs/PERFORMANCE.md). tabulate does
this layout too, but costs about 25 ms to import (with wcwidth) and 13-36 ms to lay out
the same rows, against about 5 ms here; rich.cells (already installed, 2 ms) measures the
cells and rich.style writes the colour codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from rich.cells import cell_len, chop_cells

from factcheck.cli.output import Styled
from factcheck.terminal import visible

GAP = "  "
# A folded column keeps at least this many cells.
NARROWEST = 6
_WORDS = re.compile(r"\S+\s*|\s+")


def render_table(
    title: str | None,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    width: int | None = None,
    colour: bool = False,
) -> Iterator[str]:
    """The table's lines. `width`: the terminal's, to fold columns into (None: never fold);
    `colour`: write the cells' styles (the header in bold) as terminal colour codes."""
    header = [visible(str(name)) for name in columns]
    rows = [[*row, *[""] * (len(header) - len(row))] for row in rows]  # a short row: blanks
    body = [[_lines(cell) for cell in row] for row in rows]
    widths = _natural_widths(header, body)
    if width is not None:
        widths = _fit(widths, width)
    if title:
        yield visible(title)
    bold = [Styled(name, "bold") for name in header]  # a narrow column folds its name too
    yield from _row_lines(bold, [[name] for name in header], widths, colour)
    yield _join(["-" * w for w in widths])
    for row, cells in zip(rows, body, strict=True):
        yield from _row_lines(row, cells, widths, colour)


def _lines(cell: Any) -> list[str]:
    text = visible("" if cell is None else str(cell)).expandtabs(8)
    return text.splitlines() or [""]


def _natural_widths(header: list[str], body: list[list[list[str]]]) -> list[int]:
    widths = [cell_len(name) for name in header]
    for cells in body:
        for index, lines in enumerate(cells):
            widths[index] = max(widths[index], *map(cell_len, lines))
    return widths


def _fit(widths: list[int], total: int) -> list[int]:
    """Cap the widest columns at one width, the largest that lets a row fit `total` cells:
    the narrow columns stay whole, the wide ones (a quote) fold first. No column is cut
    below NARROWEST cells; if even that is too wide, the terminal wraps what is left."""
    room = total - len(GAP) * (len(widths) - 1)
    floors = [min(w, NARROWEST) for w in widths]

    def capped(cap: int) -> list[int]:
        return [max(min(w, cap), floor) for w, floor in zip(widths, floors, strict=True)]

    low, high = 1, max(widths, default=1)
    while low < high:  # the largest cap that fits
        middle = (low + high + 1) // 2
        low, high = (middle, high) if sum(capped(middle)) <= room else (low, middle - 1)
    return capped(low)


def _row_lines(
    row: Sequence[Any], cells: list[list[str]], widths: list[int], colour: bool
) -> Iterator[str]:
    folded = [
        [part for line in lines for part in _fold(line, w)]
        for lines, w in zip(cells, widths, strict=True)
    ]
    paints = [_painter(getattr(cell, "style", "") if colour else "") for cell in row]
    for at in range(max(map(len, folded), default=1)):
        yield _join(
            [
                _pad(parts[at] if at < len(parts) else "", w, paint)
                for parts, w, paint in zip(folded, widths, paints, strict=True)
            ]
        )


def _fold(line: str, width: int) -> list[str]:
    """A cell's line in lines of at most `width` cells: broken between words, a word longer
    than the column cut. Spaces inside a line stay as they are."""
    if cell_len(line) <= width:
        return [line]
    folded, current = [], ""
    for word in _WORDS.findall(line):
        if cell_len((current + word).rstrip()) <= width:
            current += word
            continue
        if current.strip():
            folded.append(current.rstrip())
        *full, current = chop_cells(word.rstrip(), width) or [""]
        folded.extend(full)
        current += word[len(word.rstrip()) :]
    if current.strip():
        folded.append(current.rstrip())
    return folded or [""]


def _pad(text: str, width: int, paint=None) -> str:
    """The text, coloured if `paint` (the padding never is), then spaces to `width` cells."""
    shown = paint(text) if paint is not None and text else text
    return shown + " " * (width - cell_len(text))


def _join(cells: list[str]) -> str:
    # No padding after the last column: a line ends where its text does.
    return GAP.join(cells).rstrip(" ")


def _painter(style: str):
    if not style:
        return _unchanged
    from rich.style import Style

    return Style.parse(style).render


def _unchanged(text: str) -> str:
    return text
