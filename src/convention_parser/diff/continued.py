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

from ..records import Table
from .normalize import fold


def _continues(prev: Table, t: Table) -> bool:
    if (t.title or "").strip() or t.section != prev.section or t.n_cols != prev.n_cols:
        return False
    if not (prev.pages and t.pages) or t.pages[0] - prev.pages[-1] != 1:
        return False    # the same page: two tables one under the other, not a continuation
    if t.header and [[fold(c) for c in r] for r in t.header] != [[fold(c) for c in r] for r in prev.header]:
        return False
    return True


def join_continued(tables: list[Table]) -> tuple[list[Table], dict[str, str]]:
    """The tables with each continuation joined to the table it continues,
    and the id of each continuation -> the id of the joined table."""
    out: list[Table] = []
    alias: dict[str, str] = {}
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, t):
            rows = prev.rows + t.rows
            row_pages = (prev.row_pages + t.row_pages) if prev.row_pages and t.row_pages else []
            out[-1] = dataclasses.replace(prev, rows=rows, n_rows=len(rows), row_pages=row_pages,
                                          pages=sorted(set(prev.pages) | set(t.pages)))
            alias[t.id] = prev.id
        else:
            out.append(t)
    return out, alias


def refile(facts: list, alias: dict[str, str]) -> list:
    """Facts read in a continuation, filed under the joined table."""
    if not alias:
        return facts
    return [dataclasses.replace(f, table=alias[f.table]) if getattr(f, "table", None) in alias else f
            for f in facts]
