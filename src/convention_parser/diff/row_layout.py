"""Rows one parse of a table laid out otherwise than the other: layout, not change.

Two versions print the same operation table; their parses may still differ:

- the header read as data rows ("Opération | Localisation | …", "Libellé | Commune
  | …") in one version, as the header in the other;
- a row wrapped over two lines read as two rows, the wrapped words ("publics
  attenants", "Hallue") a row of their own above or below the row they end;
- a cell merged down over several lines (a commune printed once for the lines under
  it) spread over them by one parse, left on the first line by the other.

``as_laid_out(a, b)`` gives the two tables with such rows put back (a copy, the
records are not changed), so that table_modified tells what the text changed."""

from __future__ import annotations

import dataclasses

from ..records import Table
from .facts import cell_value
from .normalize import fold


def _header_cells(*tables: Table) -> set[str]:
    return {fold(c) for t in tables for row in t.header for c in row if c and c.strip()}


def _is_header_row(row: list[str], heads: set[str]) -> bool:
    cells = [fold(c) for c in row if c and c.strip()]
    return len(cells) >= 2 and all(c in heads for c in cells)


def _figureless(row: list[str]) -> bool:
    return all(cell_value(c) is None for c in row if c and c.strip())


def _joined(main: list[str], tail: list[str]) -> list[str]:
    """``main`` with the words of ``tail`` appended to each of its cells (a wrapped row's end)."""
    width = max(len(main), len(tail))
    cells = []
    for j in range(width):
        x = main[j] if j < len(main) else ""
        y = tail[j] if j < len(tail) else ""
        cells.append(f"{x} {y}".strip() if y and y.strip() else x)
    return cells


def _words(row: list[str]) -> list[str]:
    """A row's text cells (its figures may change, its names identify it)."""
    return [fold(c) for c in row if c and c.strip() and cell_value(c) is None]


def _rejoined(rows: list[list[str]], others: list[list[str]]) -> list[list[str]]:
    """Rows where a figureless fragment next to a row, appended cell by cell to it, makes a
    row whose names the other version prints."""
    named = [_words(o) for o in others]
    out = list(rows)
    i = 0
    while i < len(out):
        frag = out[i]
        if _figureless(frag) and any(c and c.strip() for c in frag) and _words(frag) not in named:
            for k in (i + 1, i - 1):
                if 0 <= k < len(out) and not _figureless(out[k]):
                    whole = _joined(out[k], frag)
                    if _words(whole) in named and _words(out[k]) not in named:
                        out[k] = whole
                        del out[i]
                        i -= 1
                        break
        i += 1
    return out


def _filled_down(rows: list[list[str]], others: list[list[str]]) -> list[list[str]]:
    """Rows with a cell merged down over several lines (a commune, a maître d'ouvrage printed once
    for the lines under it) spread where the other version's parse spread it: an empty text cell
    under the same column's text takes it when the other version's row of the same label prints it."""
    by_label: dict[str, list[str]] = {}
    for o in others:
        if o and o[0].strip():
            by_label.setdefault(fold(o[0]), o)
    out: list[list[str]] = []
    for row in rows:
        other = by_label.get(fold(row[0])) if row and row[0].strip() else None
        if other is not None and out:
            above = out[-1]
            new = list(row)
            for j, c in enumerate(row):
                if not c.strip() and j < len(above) and j < len(other) and above[j].strip() and \
                        cell_value(above[j]) is None and fold(other[j]) == fold(above[j]):
                    new[j] = above[j]
            row = new
        out.append(row)
    return out


def as_laid_out(a: Table, b: Table) -> tuple[Table, Table]:
    heads = _header_cells(a, b)
    ra = [r for r in a.rows if not _is_header_row(r, heads)]
    rb = [r for r in b.rows if not _is_header_row(r, heads)]
    ra, rb = _rejoined(ra, rb), _rejoined(rb, ra)
    ra, rb = _filled_down(ra, rb), _filled_down(rb, ra)
    if ra == a.rows and rb == b.rows:
        return a, b
    return (dataclasses.replace(a, rows=ra, n_rows=len(ra)), dataclasses.replace(b, rows=rb, n_rows=len(rb)))
