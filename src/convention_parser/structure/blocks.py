"""A part's content as blocks: each section holds its paragraphs, list items,
the tables printed under it and the footnotes called in it, in reading order.

The tree stage makes one block per paragraph; the tables and footnotes, known
once the part's pages are gathered, are placed here by position. Blocks are
then numbered in document order ("b1", "b2", ...), so an id is unique in the
part and a fact can name the block it was read from."""

from __future__ import annotations

from ..records import Block, Footnote, Table
from .model import PartDraft


def place_blocks(draft: PartDraft, tables: list[Table], tops: dict[str, float],
                 notes: list[tuple[Footnote, float]]) -> None:
    """Add table and footnote blocks to the sections (or the preamble) printed
    above them, sort every holder's blocks by position and number them."""
    by_id = {s.id: s for s in draft.sections}
    for t in tables:
        top = tops.get(t.id, 0.0)
        page = t.pages[0] if t.pages else draft.first_page
        sec = draft.section_at(page, top)
        holder = sec.blocks if sec else draft.preamble_blocks
        holder.append(Block(id="", kind="table", text=t.title or "", page=page, top=top, table=t.id))
    for note, top in notes:
        sec = draft.section_at(note.page, top)
        holder = sec.blocks if sec else draft.preamble_blocks
        holder.append(Block(id="", kind="footnote", text=note.text, page=note.page, top=top, mark=note.mark))
    n = 0
    for holder in [draft.preamble_blocks] + [s.blocks for s in by_id.values()]:
        holder.sort(key=lambda b: (b.page, b.top))
    for holder in [draft.preamble_blocks] + [s.blocks for s in draft.sections]:
        for b in holder:
            n += 1
            b.id = f"b{n}"
            b.top = round(b.top, 1)
