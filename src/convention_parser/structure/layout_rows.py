"""The text of layout grids (tables/layout.py) back among the part's paragraphs.

A grid that only places text (a framed paragraph, the parties or the signatories
side by side) is no table of the parse, but its words are the document's: each of
its rows becomes a paragraph block where the grid is printed (cells joined as
party_rows.row_text joins them, a cell a merged span repeats once; a grid found
by whitespace alone is read by columns: its rows are text lines, its blocks
stand side by side; the block's ``table`` names the grid, "g1"). Section texts and paragraphs are left as the table stage
left them (a grid's lines were never prose), and the facts read a layout grid's
cells as they read a table's (signatories stacked in a column, owners' names)."""

from __future__ import annotations

from typing import Sequence

from ..records import Block, Table
from ..tables.finder import LocatedTable
from .model import PartDraft
from .party_rows import row_text


def place_layout_rows(draft: PartDraft, grids: Sequence[LocatedTable]) -> list[Table]:
    """Add the rows of the layout grids printed in the part (first page within its
    pages) as paragraph blocks of the section above them; returns those grids."""
    mine = []
    for lt in grids:
        t = lt.table
        if not t.pages or not draft.first_page <= t.pages[0] <= draft.last_page:
            continue
        mine.append(t)
        if t.section is None:          # as the part's tables: the section printed above it
            above = draft.section_at(t.pages[0], lt.top)
            t.section = above.number if above else None
        rows = list(t.header) + list(t.rows)
        pages = [t.pages[0]] * len(t.header) + [t.page_of_row(i) for i in range(len(t.rows))]
        if len(t.pages) == 1 and lt.grids and all(g.kind == "aligned" for g in lt.grids):
            # Found by whitespace, a grid's rows are its text lines and the blocks are its
            # columns (signatories side by side: "Pour …" over the office over the name).
            rows = [[r[c] for r in rows if c < len(r)] for c in range(t.n_cols)]
            pages = [t.pages[0]] * len(rows)
        for row, page in zip(rows, pages):
            text = row_text([c for j, c in enumerate(row) if j == 0 or c != row[j - 1]])
            if not text:
                continue
            # Rows on a later page than the grid's first sit at that page's top.
            top = lt.top if page == t.pages[0] else 0.0
            sec = draft.section_at(page, top)
            block = Block(id="", kind="paragraph", text=text, page=page, top=top, table=t.id)
            (sec.blocks if sec else draft.preamble_blocks).append(block)
    return mine
