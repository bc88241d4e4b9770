"""Cells merged down a column, as one version prints them and the other does not.

A word processor's cell merged over consecutive rows (the commune, the maître d'ouvrage
shared by a quartier's operations) prints its text once, on the first row; without
vertical rules nothing shows the merge, and the parse reads the rows below with that
cell empty. Another version of the table (the avenant's, the consolidated convention's)
may print the value on every row. An empty cell is that merged cell when the value above
it in its column is what the other version prints in the same row: layout, not a change
(``table_changes`` compares the rows filled so)."""

from __future__ import annotations

from typing import Callable


def _filled_down(rows: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each row with its empty cells holding the last text printed above them in their column."""
    above: list[str] = []
    out: dict[str, list[str]] = {}
    for k, row in rows.items():
        if len(above) < len(row):
            above += [""] * (len(row) - len(above))
        out[k] = [c if c and c.strip() else above[j] for j, c in enumerate(row)]
        for j, c in enumerate(row):
            if c and c.strip():
                above[j] = c
    return out


def _completed(rows: dict[str, list[str]], other: dict[str, list[str]],
               equal: Callable[[str, str], bool]) -> dict[str, list[str]]:
    filled = _filled_down(rows)
    out: dict[str, list[str]] = {}
    for k, row in rows.items():
        mate = other.get(k)
        if mate is None:
            out[k] = row
            continue
        out[k] = [filled[k][j] if not (c and c.strip()) and filled[k][j] and j < len(mate) and mate[j]
                  and equal(filled[k][j], mate[j]) else c for j, c in enumerate(row)]
    return out


def merged_down(ra: dict[str, list[str]], rb: dict[str, list[str]],
                equal: Callable[[str, str], bool]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Both versions' keyed rows (in order), each empty cell that is a cell merged down
    from the row above (the other version prints that value in that row) given its value."""
    return _completed(ra, rb, equal), _completed(rb, ra, equal)
