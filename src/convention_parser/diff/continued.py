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

from typing import Iterable, Optional

from ..records import Section, Table
from .normalize import fold
from .suite_marks import marked_continuation, same_header


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


def captions_below(sections: Iterable[Section]) -> bool:
    """Whether the document prints its tables' captions under them: the paragraph right after a
    titled table's block prints its title more often than the one right before it."""
    votes = 0
    for s in sections:
        blocks = [b for b in s.blocks if b.kind != "footnote"]
        for i, b in enumerate(blocks):
            if b.kind != "table" or not b.table or not (b.text or "").strip():
                continue
            title = fold(b.text)
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            before = blocks[i - 1] if i else None
            votes += bool(after is not None and after.kind == "paragraph" and fold(after.text or "") == title)
            votes -= bool(before is not None and before.kind == "paragraph" and fold(before.text or "") == title)
    return votes > 0


def _text_between(sections: list[Section], a: str, b: str) -> list[str]:
    """The paragraphs printed between the blocks of tables ``a`` and ``b`` (footnotes left out);
    None when the blocks do not tell (not both in one section)."""
    for s in sections:
        ids = [blk.table for blk in s.blocks]
        if a in ids and b in ids and ids.index(a) < ids.index(b):
            return [blk.text or "" for blk in s.blocks[ids.index(a) + 1:ids.index(b)]
                    if blk.kind in ("paragraph", "list_item")]
    return None


def _announces(texts: Optional[list[str]], titles: set[str]) -> bool:
    """A paragraph between two tables that announces the second ("Les opérations « X » :") or
    prints a caption (a title of the document's tables, or shaped like one: "Opérations « Y »"):
    the second is a table of its own. A note between them ("3 Montants prévisionnels …") is none."""
    if texts is None:
        return True
    heads = {t.split("«", 1)[0].strip() for t in titles if "«" in t}
    for x in texts:
        bare = x.strip()
        if bare.endswith(":") or fold(bare) in {fold(t) for t in titles} or \
                ("«" in bare and bare.split("«", 1)[0].strip() in heads):
            return True
    return False


def _continues(prev: Table, t: Table, right_under: bool, below: bool = False,
               between: Optional[list[str]] = None, titles: frozenset = frozenset()) -> bool:
    # A title on the second piece only is the whole table's caption printed under it
    # (the parse gives a caption to the table piece it touches). With its header repeated, only
    # where captions go under their tables and nothing announces the second between them: else
    # it is the next table (the family tables of article 8.1 share one header).
    titled = bool((t.title or "").strip())
    # a piece whose caption is the one before's marked "(suite)" continues it, its header repeated with the mark (a
    # landscape page may stand between them)
    suite = marked_continuation(prev.title, t.title) and t.section == prev.section and t.n_cols == prev.n_cols
    if suite and prev.pages and t.pages and t.pages[0] >= prev.pages[-1] \
            and (not t.header or not prev.header or same_header(t.header, prev.header)):
        return True
    if (titled and ((prev.title or "").strip() or (t.header and not (below and not _announces(between, titles))))) \
            or t.section != prev.section or t.n_cols != prev.n_cols:
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
    sections = list(sections)
    adjacent = adjacent_tables(sections)
    below = captions_below(sections)
    titles = frozenset(t.title.strip() for t in tables if (t.title or "").strip())
    last_id: dict[str, str] = {}     # joined id -> id of its last piece (the block order)
    for t in tables:
        prev = out[-1] if out else None
        last = last_id.get(prev.id, prev.id) if prev is not None else ""
        if prev is not None and _continues(prev, t, (last, t.id) in adjacent, below,
                                           _text_between(sections, last, t.id) if below else None, titles):
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
