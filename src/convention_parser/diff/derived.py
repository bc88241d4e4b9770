"""Totals that follow from a changed cell (issue 12, mechanism 4).

A financing table financeur × quartier sums its rows in a "Total" column and
its columns in a "Total" row. When one cell changes (Région / quartier X:
1 200 000 → 1 450 000), the row's total, the column's total and the grand
total change with it: they are not changes of their own. Each such total is
kept (its new value is a fact a reader checks) but says which cell changes it
follows from (``Change.derived_from``), and is told after them.

Read from the changes' evidence only: each table figure's place carries its
table and its "row / column" label (facts/amounts)."""

from __future__ import annotations

from ..records import Change
from .headline import _total, row_and_column
from .normalize import fold


def _cells(c: Change) -> list[tuple[str, str, str]]:
    """(table, row, column) of each table place of a change, folded."""
    out = []
    for p in c.evidence.places or []:
        if p.get("table") and p.get("label"):
            row, col = row_and_column(p["label"])
            if col:
                out.append((p["table"], fold(row), fold(col)))
    return out


def mark_derived(changes: list[Change]) -> list[Change]:
    """Set ``derived_from`` on the total changes a changed cell of their table
    explains, and order each after the changes it follows from. A total with
    no changed cell under it in the same table stays a change of its own."""
    figures = [c for c in changes if c.type in ("amount_changed", "quantity_changed")]
    cells = {id(c): _cells(c) for c in figures}
    plain = [(c, t, r, k) for c in figures for t, r, k in cells[id(c)] if not _total(r) and not _total(k)]
    for c in figures:
        causes: list[str] = []
        for t, r, k in cells[id(c)]:
            row_total, col_total = _total(r), _total(k)
            if not (row_total or col_total):
                continue
            for d, t2, r2, k2 in plain:
                if d is c or t2 != t or d.type != c.type:
                    continue
                if (row_total and col_total) or (row_total and k2 == k) or (col_total and r2 == r):
                    if d.target not in causes:
                        causes.append(d.target)
        if causes and not any(not _total(r) and not _total(k) for _, r, k in cells[id(c)]):
            c.derived_from = causes
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
