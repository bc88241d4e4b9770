"""A header set above a table's top rule: the rule under the header (HTML's ``thead`` bottom
border, booktabs' mid rule) is the first rule of a table ruled between its rows, so the banded
reader (stacked.py) starts its rows under it and leaves the header above as prose, the first
row taken for the header. Bold lines right above that rule (within a cell's padding, going up
at a wrap's leading), two cells at least and every cell in the grid's columns, are the table's
header (stacked.with_white_rows joins them as its first row)."""

from __future__ import annotations


def _bold(line) -> bool:
    words = [w for w in line.words if w.text.strip()]
    return bool(words) and all(w.bold for w in words)


def header_on_rule(above: list) -> list:
    """``above`` (the lines touching the grid's top rule from above) when they are a header:
    every one bold, one of them of two cells at least; else []."""
    if not above or not all(_bold(l) for l in above) or max(len(l.chunks) or 1 for l in above) < 2:
        return []
    return above


__all__ = ["header_on_rule"]
