"""Totals that follow from a changed cell (issue 12, mechanism 4).

A financing table financeur × quartier sums its rows in a "Total" column and
its columns in a "Total" row. When one cell changes (Région / quartier X:
1 200 000 → 1 450 000), the row's total, the column's total and the grand
total change with it: they are not changes of their own. Each such total is
kept (its new value is a fact a reader checks) but says which cell changes it
follows from (``Change.derived_from``), and is told after them.

A cell is a total by arithmetic, read in the new version's table: its value
is the sum of the other figures of its row, or of the column above it. That
holds whatever the parse made of the headers (a "Total" column whose header
was lost, a table continued on the next page); the labels ("row / column" of
facts/amounts) only find the cell, and decide when the table is not at hand."""

from __future__ import annotations

from typing import Optional

from ..records import Change, Table
from .facts import cell_value
from .headline import _total, row_and_column
from .normalize import fold
from .settings import diff_settings


def _grid(t: Table) -> list[list[Optional[float]]]:
    return [[cell_value(c) for c in row] for row in t.rows]


def _find(t: Table, grid, value: float, row_label: str) -> Optional[tuple[int, int]]:
    """The cell of ``t`` holding ``value``, on the row its label names when several do. A table
    printing bare figures in thousands or millions ("en k€": facts scaled them to euros) holds
    the value in its own unit: looked for at each scale, euros first."""
    hits: list[tuple[int, int]] = []
    for scale in diff_settings().table_scales:
        hits = [(i, j) for i, row in enumerate(grid) for j, v in enumerate(row)
                if v is not None and abs(v - value / scale) <= diff_settings().sum_tolerance / 2]
        if hits:
            break
    if len(hits) > 1 and row_label:
        named = [(i, j) for i, j in hits if any(fold(c) == row_label for c in t.rows[i] if c)]
        hits = named or hits
    return hits[0] if hits else None


def _sums(grid, i: int, j: int) -> tuple[bool, bool]:
    """Whether cell (i, j) is the sum of the rest of its row, of the column above it."""
    v = grid[i][j]
    row = [x for k, x in enumerate(grid[i]) if k != j and x is not None]
    col = [grid[k][j] for k in range(i) if j < len(grid[k]) and grid[k][j] is not None]
    # At least two terms: a row of one figure is not summed by it.
    return (len(row) > 1 and abs(sum(row) - v) <= diff_settings().sum_tolerance and v != 0,
            len(col) > 1 and abs(sum(col) - v) <= diff_settings().sum_tolerance and v != 0)


def _places(c: Change, tables: dict[str, Table]) -> list[tuple[str, int, int, bool, bool]]:
    """(table, row, column, sums its row, sums its column) of each table cell a change was read in."""
    out = []
    if not isinstance(c.after, (int, float)):
        return out
    for p in c.evidence.places or []:
        t = tables.get(p.get("table") or "")
        if t is None:
            continue
        if p.get("cell"):            # a cell filled or emptied (filled.py), at a known place: a total
            row, col = row_and_column(p.get("label") or "")     # by its labels ("Région / Total")
            out.append((t.id, p["cell"][0], p["cell"][1], _total(col), _total(row)))
            continue
        grid = _grid(t)
        at = _find(t, grid, float(c.after), fold(row_and_column(p.get("label") or "")[0]))
        if at is not None:
            row_sum, col_sum = _sums(grid, *at)
            # A sum of one figure (the others are dashes) is told by its labels: "FEDER / Total".
            row, col = row_and_column(p.get("label") or "")
            out.append((t.id, at[0], at[1], row_sum or _total(col), col_sum or _total(row)))
    if not out:
        out = _restated_cell(c, tables)
    return out


def _restated_cell(c: Change, tables: dict[str, Table]) -> list[tuple[str, int, int, bool, bool]]:
    """A figure read in prose only ("Le coût total du programme est estimé à …")
    that restates a sum printed in a table of its section (one cell holds that
    value): it is that total, derived like it."""
    sections = {p.get("new_section") for p in c.evidence.places or [] if p.get("new_section")}
    hits = []
    for t in tables.values():
        if t.section not in sections:
            continue
        grid = _grid(t)
        at = _find(t, grid, float(c.after), "")
        if at is not None:
            hits.append((t.id, *at, *_sums(grid, *at)))
    hits = [h for h in hits if h[3] or h[4]]
    return hits if len(hits) == 1 else []


def _by_labels(c: Change) -> list[tuple[str, str, str]]:
    out = []
    for p in c.evidence.places or []:
        if p.get("table") and p.get("label"):
            row, col = row_and_column(p["label"])
            if col:
                out.append((p["table"], fold(row), fold(col)))
    return out


def mark_derived(changes: list[Change], tables: Optional[dict[str, Table]] = None) -> list[Change]:
    """Set ``derived_from`` on the total changes a changed cell of their table
    explains, and order each after the changes it follows from. A total with
    no changed cell under it in the same table stays a change of its own."""
    tables = tables or {}
    figures = [c for c in changes if c.type in ("amount_changed", "quantity_changed")]
    places = {id(c): _places(c, tables) for c in figures}
    plain = [(c, at) for c in figures if places[id(c)] and not any(a[3] or a[4] for a in places[id(c)])
             for at in places[id(c)]]
    for c in figures:
        causes: list[str] = []
        sums = [a for a in places[id(c)] if a[3] or a[4]]
        for tid, i, j, row_sum, col_sum in sums:
            for d, (t2, i2, j2, _, _) in plain:
                if d is not c and t2 == tid and d.type == c.type and \
                        ((row_sum and i2 == i) or (col_sum and j2 == j) or (row_sum and col_sum)):
                    causes.append(d.target)
        if not places[id(c)]:
            causes = _causes_by_labels(c, figures)
        if causes:
            c.derived_from = list(dict.fromkeys(causes))
    # Each derived total right after the last change it follows from (in their order).
    position = {c.target: i for i, c in enumerate(changes) if not c.derived_from}
    after: dict[int, list[Change]] = {}
    for c in changes:
        if c.derived_from:
            after.setdefault(max(position.get(t, -1) for t in c.derived_from), []).append(c)
    out: list[Change] = list(after.get(-1, []))
    for i, c in enumerate(changes):
        if not c.derived_from:
            out.append(c)
            out += after.get(i, [])
    return out


def _causes_by_labels(c: Change, figures: list[Change]) -> list[str]:
    """Without the table: a "Total" row or column label and a changed cell of its column or row."""
    causes = []
    for t, r, k in _by_labels(c):
        row_total, col_total = _total(r), _total(k)
        if not (row_total or col_total):
            return []
        for d in figures:
            if d is c or d.type != c.type:
                continue
            for t2, r2, k2 in _by_labels(d):
                if t2 == t and not _total(r2) and not _total(k2) and \
                        ((row_total and col_total) or (row_total and k2 == k) or (col_total and r2 == r)):
                    causes.append(d.target)
    return causes
