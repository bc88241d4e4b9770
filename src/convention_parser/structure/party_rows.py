"""Parties typeset as a table (one row a party: the party | "représentée par …"): the
table stage takes their lines out of the prose, so the parties' block would read
empty. Each row of a table printed within the part comes back here as one piece of
text, its cells joined as a sentence would join them ("X, représentée par …"), put
in reading order among the paragraphs; read_parties then reads the block as it
reads prose (a row outside the block is never read)."""

from __future__ import annotations

from typing import Sequence

from ..tables.finder import LocatedTable
from .model import Paragraph


def _top(p: Paragraph) -> float:
    return min((ln.top for ln in p.lines), default=0.0)


def row_text(row: Sequence[str]) -> str:
    cells = [" ".join(c.split()).strip(" ,") for c in row]
    return ", ".join(c for c in cells if c)


def with_table_rows(paragraphs: list[Paragraph], located: Sequence[LocatedTable],
                    first_page: int, last_page: int) -> list[Paragraph]:
    """``paragraphs`` (their order kept) with the rows of each table of the part (first
    page within first_page..last_page) as paragraphs of their own, inserted before the
    first paragraph printed below the table's top; a cell a merged span repeats counts once."""
    # Where each table's rows go: before the first paragraph (with lines) printed
    # below its top. Paragraphs' places are read once; rows anchored to the same
    # paragraph come in the order the tables are taken (from the last).
    keys = [(p.page, _top(p)) if p.lines else None for p in paragraphs]
    tables = sorted((lt for lt in located if lt.table.pages and first_page <= lt.table.pages[0] <= last_page),
                    key=lambda lt: (lt.table.pages[0], lt.top), reverse=True)
    before: dict[int, list[Paragraph]] = {}
    for lt in tables:
        t = lt.table
        at = next((k for k, key in enumerate(keys) if key is not None and key > (t.pages[0], lt.top)), len(keys))
        rows = before.setdefault(at, [])
        for row in list(t.header) + list(t.rows):
            text = row_text([c for j, c in enumerate(row) if j == 0 or c != row[j - 1]])
            if text:
                rows.append(Paragraph(text=text, page=t.pages[0]))
    out: list[Paragraph] = []
    for k, p in enumerate(paragraphs):
        out += before.get(k, [])
        out.append(p)
    return out + before.get(len(paragraphs), [])
