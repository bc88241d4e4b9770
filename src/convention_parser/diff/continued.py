"""A table continued on the next page is one table.

The parse may return a table that a page break cut as two: the second part
has no title of its own, the same columns, and starts on the page after the
first ends (its header repeated, or none). Diffed apart, the two halves pair
with whatever halves the other layout cut elsewhere, and one change of the
table is told as two (or a half is told "modified" because its rows moved to
the other half). Joined before the tables are matched, a table is compared
whole; the facts read in the second half are filed under the joined table."""

from __future__ import annotations

import dataclasses

from typing import Iterable

from ..records import Section, Table
from .normalize import fold


def adjacent_tables(sections: Iterable[Section]) -> set[tuple[str, str]]:
    """(id, id) of tables printed one right under the other: consecutive table
    blocks of a section, no paragraph between them."""
    out = set()
    for s in sections:
        prev = None
        for b in s.blocks:
            if b.kind == "table" and prev is not None and prev.kind == "table" and prev.table and b.table:
                out.add((prev.table, b.table))
            if b.kind != "footnote":
                prev = b
    return out


def _continues(prev: Table, t: Table, right_under: bool) -> bool:
    # A title on the second piece only is the whole table's caption printed under it
    # (the parse gives a caption to the table piece it touches).
    titled = bool((t.title or "").strip())
    if (titled and ((prev.title or "").strip() or t.header)) or t.section != prev.section or t.n_cols != prev.n_cols:
        return False
    if not (prev.pages and t.pages):
        return False
    gap = t.pages[0] - prev.pages[-1]
    # On the next page; or on the same page right under it with no header of its own (the
    # parse cut a table at a group row or a rule): two tables one under the other have
    # text between them, a caption, or a header of their own.
    # A table that already runs over a page break and a headerless piece on its last page
    # is the same: the parse cut it again below the break.
    runs_over = len(prev.pages) > 1 or (prev.pages[-1] > prev.pages[0])
    if not (gap == 1 or (gap == 0 and not t.header and (right_under or runs_over))):
        return False
    if t.header and [[fold(c) for c in r] for r in t.header] != [[fold(c) for c in r] for r in prev.header]:
        return False
    return True


def join_continued(tables: list[Table], sections: Iterable[Section] = ()) -> tuple[list[Table], dict[str, str]]:
    """The tables with each continuation joined to the table it continues,
    and the id of each continuation -> the id of the joined table. ``sections``
    (their blocks) tell the tables printed right under another one."""
    out: list[Table] = []
    alias: dict[str, str] = {}
    adjacent = adjacent_tables(sections)
    last_id: dict[str, str] = {}     # joined id -> id of its last piece (the block order)
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, t, (last_id.get(prev.id, prev.id), t.id) in adjacent):
            rows = prev.rows + t.rows
            row_pages = (prev.row_pages + t.row_pages) if prev.row_pages and t.row_pages else []
            out[-1] = dataclasses.replace(prev, rows=rows, n_rows=len(rows), row_pages=row_pages,
                                          pages=sorted(set(prev.pages) | set(t.pages)),
                                          title=prev.title or t.title)
            alias[t.id] = prev.id
            last_id[prev.id] = t.id
        else:
            out.append(t)
    return out, alias


def refile(facts: list, alias: dict[str, str]) -> list:
    """Facts read in a continuation, filed under the joined table."""
    if not alias:
        return facts
    return [dataclasses.replace(f, table=alias[f.table]) if getattr(f, "table", None) in alias else f
            for f in facts]
