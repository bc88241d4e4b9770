"""Legislative edits that act on whole blocks: an alinéa rewritten or deleted, a table
replaced by the one printed after the instruction, a table added.

"Le deuxième alinéa de l'article 6 est ainsi rédigé : « … »" and "Le dernier alinéa est
supprimé" name a paragraph by its rank; "Le tableau « … » de l'article 8.1 est remplacé par
le tableau suivant :" and "L'article 8.1 est complété par un tableau ainsi rédigé :" print the
table after the sentence (often on the next page, sometimes cut by a page break). The
avenant's tables are handed to the instructions that announce one, in reading order
(:func:`announced_tables`).
"""

from __future__ import annotations

import copy
from typing import Optional

from ..records import Amendment, Edit, Part, Section, Table
from ..structure.edit_instructions import WHOLE_TABLE as _WHOLE
from .normalize import fold
from .sections import norm_number


def _announces(e: Optional[Edit]) -> bool:
    """Instructions followed by a table of the avenant: whole tables, and lines given as a one-row table."""
    return e is not None and (e.op in _WHOLE or (e.op == "row_add" and not e.cells))


def announced_tables(avpart: Part, am: Amendment) -> list[Table]:
    """The avenant tables printed for ``am`` (a table cut by a page break: its pieces).

    The instructions of a section that announce a table take the section's tables in reading
    order, each the first one printed on or after its own page; a whole table also takes the
    headerless pieces of as many columns that follow it on later pages, before the next
    announcing instruction's page."""
    sec = norm_number(am.section or "")
    asks = [a for a in avpart.amendments if _announces(a.edit) and norm_number(a.section or "") == sec]
    tables = [t for t in avpart.tables if norm_number(t.section or "") == sec]
    taken: dict[int, list[Table]] = {}
    i = 0
    for k, a in enumerate(asks):
        while i < len(tables) and tables[i].pages and tables[i].pages[0] < (a.page or 0):
            i += 1
        if i >= len(tables):
            break
        got = [tables[i]]
        i += 1
        if a.edit.op in _WHOLE:
            nxt = asks[k + 1].page if k + 1 < len(asks) else None
            while i < len(tables) and _continues(got[-1], tables[i]) and (nxt is None or tables[i].pages[0] <= nxt):
                got.append(tables[i])
                i += 1
        taken[id(a)] = got
    return taken.get(id(am), [])


def _continues(prev: Table, t: Table) -> bool:
    """A piece of ``prev`` cut by a page break: on the next page, as many columns, no header of its own
    (or the same one repeated)."""
    if not prev.pages or not t.pages or t.pages[0] != prev.pages[-1] + 1:
        return False
    return t.n_cols == prev.n_cols and (not t.header or t.header == prev.header)


def _joined(pieces: list[Table]) -> Table:
    t = copy.deepcopy(pieces[0])
    for p in pieces[1:]:
        t.rows += copy.deepcopy(p.rows)
        t.pages = sorted(set(t.pages) | set(p.pages))
    t.n_rows = len(t.rows)
    t.row_pages = []
    return t


def _overlap(t: Table, new: Table) -> float:
    """Share of the new table's row labels the old one prints (its identity), header equality as a tie-break."""
    labels = {fold(r[0]) for r in new.rows if r and r[0].strip()}
    old = {fold(r[0]) for r in t.rows if r and r[0].strip()}
    same_head = [fold(c) for h in t.header for c in h] == [fold(c) for h in new.header for c in h]
    return (len(labels & old) / len(labels) if labels else 0.0) + (0.5 if same_head else 0.0)


def table_replace(part: Part, tables: list[Table], am: Amendment, avpart: Part, named) -> Optional[str]:
    pieces = announced_tables(avpart, am)
    if not pieces:
        return "the replacing table is not found in the avenant"
    new = _joined(pieces)
    t = named(tables, am.edit.table) if am.edit.table else None
    if t is None and tables:
        t = max(tables, key=lambda x: _overlap(x, new))
    if t is None:
        return "no table to replace"
    # the pieces of the old table the convention's parse cut at its page breaks go with it
    at = part.tables.index(t)
    gone = []
    for x in part.tables[at + 1:]:
        if x.section != t.section or not _continues(gone[-1] if gone else t, x):
            break
        gone.append(x)
    part.tables = [x for x in part.tables if not any(x is g for g in gone)]
    t.header, t.rows = copy.deepcopy(new.header), copy.deepcopy(new.rows)
    t.n_rows, t.n_cols, t.row_pages, t.merged = len(t.rows), new.n_cols, [], []
    t.title = t.title or new.title
    return None


def table_add(part: Part, sec: Section, tables: list[Table], am: Amendment, avpart: Part, named) -> Optional[str]:
    pieces = announced_tables(avpart, am)
    if not pieces:
        return "the added table is not found in the avenant"
    new = _joined(pieces)
    ids = {x.id for x in part.tables}
    n = len(part.tables)
    while f"t{n}" in ids:
        n += 1
    new.id, new.section = f"t{n}", sec.number
    new.title = am.edit.new or new.title
    after = named(tables, am.edit.table) if am.edit.table else (tables[-1] if tables else None)
    if after is not None:
        part.tables.insert(part.tables.index(after) + 1, new)
    else:
        part.tables.append(new)
    return None


def _words_of(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 2}


def paragraph(sec: Section, e: Edit) -> Optional[str]:
    """Rewrite or delete the alinéa of rank ``e.paragraph``. A rewritten alinéa keeps most of its
    words: when the line of that rank shares few with the new text and another line shares most,
    the other one is it (a caption or a wrapped heading read as a line shifts the ranks)."""
    lines = [ln for ln in (sec.text or "").split("\n") if ln.strip()]
    if not lines or e.paragraph is None:
        return f"no alinéa {e.paragraph} in section {sec.number}"
    k = len(lines) - 1 if e.paragraph == -1 else e.paragraph - 1
    if e.op == "paragraph_replace":
        new = _words_of(e.new or "")

        def share(i: int) -> float:
            return len(new & _words_of(lines[i])) / max(1, len(new))
        best = max(range(len(lines)), key=share)
        if k >= len(lines) or (share(best) >= 0.5 and share(k) < 0.3):
            k = best
        lines[k] = e.new or ""
    else:
        if k >= len(lines):
            return f"no alinéa {e.paragraph} in section {sec.number}"
        del lines[k]
    sec.text = "\n".join(lines)
    return None
