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
import re
from typing import Callable, Optional

from ..records import Amendment, Edit, Part, Section, Table
from ..structure.edit_instructions import WHOLE_TABLE as _WHOLE
from .alineas import alineas, item_group, with_mark
from .item_paths import item_span
from .normalize import fold, key as text_key
from .sections import is_annex, natural_key, norm_number
from .settings import diff_settings


def _announces(e: Optional[Edit]) -> bool:
    """Instructions followed by a table of the avenant: whole tables, and lines given as a one-row table."""
    return e is not None and (e.op in _WHOLE or (e.op == "row_add" and not e.cells))


def announced_tables(avpart: Part, am: Amendment,
                     fits: Optional[Callable[[Amendment, Table], bool]] = None) -> list[Table]:
    """The avenant tables printed for ``am`` (a table cut by a page break: its pieces).

    The instructions of a section that announce a table take the section's tables in reading
    order, each one printed on or after its own page. An instruction naming its table by title
    takes first the table printed under that caption; the others take, in order, the tables
    between their neighbours' (a table the parse lost leaves its instruction without one, and
    does not shift every later table onto the next instruction). A whole table also takes the
    headerless pieces of as many columns that follow it on the next pages. ``fits(instruction, table)``
    says whether a table can be that instruction's (a line's columns those of the table it goes into:
    a one-row table the parse lost does not hand its instruction's neighbour the wrong one)."""
    if am.edit is not None and am.edit.annex:
        return _annex_tables(avpart, am)
    sec = norm_number(am.section or "")
    asks = [a for a in avpart.amendments if _announces(a.edit) and norm_number(a.section or "")
            == sec and not a.edit.annex]
    shown = _not_new(avpart)
    tables = [t for t in avpart.tables if _instructions_section(avpart, t) == sec and t.id not in shown]
    hints = [_title_hint(a.edit) for a in asks]
    at: list[Optional[int]] = [None] * len(asks)
    taken: set[int] = set()
    for k, (a, h) in enumerate(zip(asks, hints)):          # by caption
        if h:
            i = next((i for i, t in enumerate(tables) if i not in taken and _page_ok(t, a)
                      and _same_title(t.title, h)), None)
            if i is not None:
                at[k] = i
                taken.add(i)
    for k, a in enumerate(asks):                           # in reading order, between the neighbours' tables
        if at[k] is not None:
            continue
        lo = max((at[j] + 1 for j in range(k) if at[j] is not None), default=0)
        hi = min((at[j] for j in range(k + 1, len(asks)) if at[j] is not None), default=len(tables))
        for i in range(lo, hi):
            t = tables[i]
            if i in taken or not _page_ok(t, a) or (a.edit.op == "row_add" and t.n_rows > 3):
                continue
            if fits is not None and not fits(a, t):
                continue
            if t.title and any(_same_title(t.title, h) for j, h in enumerate(hints) if h and j != k) or \
                    (t.title and hints[k] and not _same_title(t.title, hints[k])):
                continue                                   # another instruction's table
            at[k] = i
            taken.add(i)
            break
    k = next((k for k, a in enumerate(asks) if a is am), None)
    if k is None or at[k] is None:
        return []
    got = [tables[at[k]]]
    if am.edit.op in _WHOLE:
        i = at[k] + 1
        while i < len(tables) and i not in taken and (_continues(got[-1], tables[i]) or _piece(got[-1], tables[i])):
            got.append(tables[i])
            i += 1
    return got


# What a table printed as the convention had it is announced by: "Tableau avant avenant :", "Rédaction
# initiale du tableau :", "Situation initiale :".
_AS_WAS = re.compile(r"(?:\btableau\s+(?:[^.;:]{0,40}\s)?avant\s+(?:le\s+pr[ée]sent\s+)?avenant|\br[ée]daction\s+"
                     r"(?:initiale|actuelle|ancienne|d['’]origine)(?:\s+du\s+tableau)?|\bsituation\s+(?:initiale|actuelle)"
                     r"|\bavant\s+(?:le\s+pr[ée]sent\s+)?avenant)\s*:?\s*$", re.I)
# A table of old and new wordings side by side (read row by row: structure/comparison_table.py)
_OLD_NEW = (re.compile(r"r[ée]daction\s+(?:initiale|actuelle|ancienne)|ancienne\s+r[ée]daction|avant\s+(?:le\s+"
                       r"pr[ée]sent\s+)?avenant|situation\s+initiale", re.I),
            re.compile(r"nouvelle\s+r[ée]daction|r[ée]daction\s+(?:nouvelle|modifi[ée]e)|apr[èe]s\s+(?:le\s+pr[ée]sent\s+)?"
                       r"avenant|situation\s+modifi[ée]e", re.I))


def _not_new(avpart: Part) -> set[str]:
    """Ids of the avenant's tables that are no new wording of a convention table: one printed as the
    convention had it, under "Tableau avant avenant :" (its twin "après avenant" follows, under the same
    caption), and the tables of old and new wordings side by side."""
    out: set[str] = set()
    by_id = {t.id: t for t in avpart.tables}

    def twins(a: Optional[Table], b: Optional[Table]) -> bool:
        """One table printed twice: the same caption, or (a caption the parse lost) the same header."""
        if a is None or b is None:
            return False
        if a.title and b.title:
            return _same_title(a.title, b.title)
        heads = [[fold(c) for c in h] for h in a.header]
        return bool(heads) and any(any(h) for h in heads) and heads == [[fold(c) for c in h] for h in b.header]

    pieces: dict[str, list[str]] = {}
    for s in avpart.sections:
        pending = False          # "Tableau avant avenant :" alone on its line, its table not yet (a caption between)
        # the section prints tables as they were
        shown = any(_AS_WAS.search(b.text or "") for b in s.blocks if b.kind in ("paragraph", "list_item"))
        prev: Optional[str] = None      # the last table with a caption or a header (not a piece)
        for b in s.blocks:
            if b.kind == "table" and b.table:
                t = by_id.get(b.table)
                piece = t is not None and not t.title and not any(any(h) for h in t.header)
                if piece and prev is not None and t.n_cols == by_id[prev].n_cols:
                    # a piece the parse cut from the table before it (at a group row, a page break)
                    pieces.setdefault(prev, []).append(b.table)
                    if prev in out:
                        out.add(b.table)
                    continue
                if pending:
                    out.add(b.table)
                elif shown and prev is not None and twins(by_id.get(prev), t):
                    # twins, whatever order the parse read the lines around them in (a marker run into the
                    # caption of the table before): the first is the table as it was
                    out.add(prev)
                    out.update(x for x in pieces.get(prev, []))
                pending, prev = False, b.table
                pieces[prev] = []
            elif b.kind in ("paragraph", "list_item"):
                text = (b.text or "").strip()
                m = _AS_WAS.search(text)
                pending = (m is not None and m.start() == 0) or (pending and not _OLD_NEW[1].search(text))
    for a, b in zip(avpart.tables, avpart.tables[1:]):
        if a.id in out and _continues(a, b) and not b.title and not any(any(h) for h in b.header):
            out.add(b.id)        # the piece a page break cut from a table as it was
    for t in avpart.tables:
        heads = [c or "" for h in t.header for c in h]
        if any(_OLD_NEW[0].search(c) for c in heads) and any(_OLD_NEW[1].search(c) for c in heads):
            out.add(t.id)
    return out


def announced_anywhere(part: Part, avpart: Part) -> list[Table]:
    """Every table of the avenant an instruction announces (whole tables, lines printed as a one-row
    table): none of them is the text of an article the avenant inserts or rewrites."""
    fits = line_fits(part)
    got: list[Table] = []
    for a in avpart.amendments:
        if _announces(a.edit):
            got += [t for t in announced_tables(avpart, a, fits) if not any(t is g for g in got)]
    return got


def _annex_tables(avpart: Part, am: Amendment) -> list[Table]:
    """The tables of the avenant's own annex that ``am`` names ("Annexe 1 au présent avenant – …",
    printed after the signatures), pieces cut by a page break joined on. The annex's section when the
    parse read its heading; else (a heading read as a caption or as text) the tables printed outside
    every section of instructions: the one under the caption the instruction names, else in the order
    of the annexes the instructions name."""
    annex = am.edit.annex or ""
    key = norm_number(annex)
    ids: list[str] = []
    for s in avpart.sections:
        if norm_number(s.number) == key and is_annex(s):
            ids += [b.table for b in s.blocks if b.table]
    got = [t for t in avpart.tables if t.id in ids]
    if not got:
        asks = sorted((a for a in avpart.amendments if a.edit is not None and a.edit.annex),
                      key=lambda a: natural_key(norm_number(a.edit.annex or "")))
        homes = {norm_number(a.section or "") for a in avpart.amendments}
        pool = [t for t in avpart.tables if norm_number(t.section or "") not in homes and _page_ok(t, am)]
        whole = [t for i, t in enumerate(pool) if not (i and _continues(pool[i - 1], t))]
        titled = {a.edit.annex: next((t for t in whole if t.title and a.edit.table
                                      and _same_title(t.title, a.edit.table)), None) for a in asks}
        if titled.get(annex) is not None:
            got = [titled[annex]]
        else:
            left = [t for t in whole if not any(t is x for x in titled.values())]
            rest = [a.edit.annex for a in asks if titled.get(a.edit.annex) is None]
            k = rest.index(annex) if annex in rest else len(left)
            got = [left[k]] if k < len(left) else []
        ids = [t.id for t in got]
    if not got:
        return []
    at = avpart.tables.index(got[-1]) + 1
    while at < len(avpart.tables) and avpart.tables[at].id not in ids and _continues(got[-1], avpart.tables[at]):
        got.append(avpart.tables[at])
        at += 1
    return got


def _instructions_section(avpart: Part, t: Table) -> str:
    """The avenant section whose instructions a table is printed among. An article the avenant inserts
    prints its own heading ("Article 6 bis – …") inside the avenant's article of instructions: the parse
    opens a section there, and the tables printed after it (announced by the instructions that follow
    the inserted article) are the instructions' section's, as those instructions are."""
    n = norm_number(t.section or "")
    for a in avpart.amendments:
        if a.action != "insert" or a.target_kind != "article" or not a.target:
            continue
        target = norm_number(a.target)
        if (n == target or n.startswith(target + ".")) and a.section:
            return norm_number(a.section)
    return n


def line_fits(part: Part) -> Callable[[Amendment, Table], bool]:
    """For announced_tables: a one-row table printed for a line added to a table of the convention
    ``part`` has at least half its column labels among that table's (True when either side prints
    no header, and for every other instruction)."""
    def key(c: str) -> str:
        return "".join(fold(c).split())

    def fits(am: Amendment, t: Table) -> bool:
        if am.edit is None or am.edit.op != "row_add" or not t.header:
            return True
        n = norm_number(am.target or "")
        heads = [{key(c) for h in x.header for c in h if c.strip()} for x in part.tables
                 if x.header and norm_number(x.section or "") == n]
        labels = {key(c) for c in t.header[-1] if c.strip()}
        if not heads or not labels:
            return True
        return any(len(labels & h) * 2 >= len(labels) for h in heads)
    return fits


def _page_ok(t: Table, a: Amendment) -> bool:
    return not t.pages or t.pages[-1] >= (a.page or 0)


def _title_hint(e: Edit) -> Optional[str]:
    if e.op not in _WHOLE:
        return None                     # a line's one-row table prints no caption
    h = e.table if e.op != "table_add" else e.new
    return h if h and not h.isdigit() and len(fold(h).split()) >= 2 else None


def _same_title(a: str, b: str) -> bool:
    """Two captions of one table (family captions share most words: "Opérations « La requalification
    de logements locatifs sociaux »" is not "… « La reconstitution de l'offre de logements … »")."""
    x, y = set(fold(a).split()), set(fold(b).split())
    return bool(x and y) and len(x & y) >= 0.85 * len(x | y)


def _piece(prev: Table, t: Table) -> bool:
    """A piece the parse cut from ``prev`` on its own page (at a group row "Quartier … – …"): no caption,
    no header, as many columns, right after it."""
    return bool(prev.pages and t.pages) and t.pages[0] == prev.pages[-1] and not t.title \
        and not any(any(h) for h in t.header) and t.n_cols == prev.n_cols


def _continues(prev: Table, t: Table) -> bool:
    """A piece of ``prev`` cut by a page break: on the next page, as many columns, no header of its own
    (or the same one repeated), no caption of its own (the family tables of article 8.1 share one header:
    the next family's table opening the next page is no piece of this one)."""
    if not prev.pages or not t.pages or t.pages[0] != prev.pages[-1] + 1:
        return False
    if t.title and fold(t.title) != fold(prev.title or ""):
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
    """Share of the new table's row labels the old one prints (its identity), header equality as a tie-break,
    the same caption as a stronger one (the family tables of article 8.1 share their header and their group
    rows "Quartier … – …": one label spread over the row, no line of its own, counts for none)."""
    def lines(x: Table) -> set[str]:
        return {fold(r[0]) for r in x.rows if r and r[0].strip() and len({c.strip() for c in r}) > 1}
    labels, old = lines(new), lines(t)
    same_head = [fold(c) for h in t.header for c in h] == [fold(c) for h in new.header for c in h]
    same_title = bool(t.title and new.title) and _same_title(t.title, new.title)
    s = diff_settings()
    return (len(labels & old) / len(labels) if labels else 0.0) + (s.replaced_same_header if same_head else 0.0) \
        + (s.replaced_same_caption if same_title else 0.0)


def table_replace(part: Part, tables: list[Table], am: Amendment, avpart: Part, named) -> Optional[str]:
    pieces = announced_tables(avpart, am, line_fits(part))
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
    pieces = announced_tables(avpart, am, line_fits(part))
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


def paragraph(sec: Section, e: Edit, tables: list[Table]) -> Optional[str]:
    """Rewrite or delete the alinéa of rank ``e.paragraph``, printed paragraphs counted (one the
    parse cut in two lines is one, diff/alineas.py). A table's caption read as a line of the
    text is no alinéa. A rewritten alinéa keeps most of its words: when the alinéa of that rank
    shares few with the new text and another shares most, the other one is it (a wrapped heading
    read as a line shifts the ranks)."""
    lines = [ln for ln in (sec.text or "").split("\n") if ln.strip()]
    captions = {fold(t.title) for t in tables if t.title}
    groups = alineas(lines, [i for i, ln in enumerate(lines) if fold(ln) not in captions])
    if e.item:
        # "Le 4° est ainsi rédigé : « … »", "Le 5° est abrogé": the alinéa opening on that item, its mark kept
        k = item_group(lines, groups, e.item)
        if k is None:
            return f"no item {e.item} in section {sec.number}"
        if e.op == "paragraph_replace":
            lines[groups[k][0]] = with_mark(e.item, e.new or "")
            for i in reversed(groups[k][1:]):
                del lines[i]
        else:
            # an item repealed takes its lettered sub-items with it (diff/item_paths)
            last = item_span(lines, groups, e.item)[1]
            for i in reversed([i for g in groups[k:last + 1] for i in g]):
                del lines[i]
        sec.text = "\n".join(lines)
        return None
    if not groups or e.paragraph is None:
        return f"no alinéa {e.paragraph} in section {sec.number}"
    r = len(groups) - 1 if e.paragraph == -1 else e.paragraph - 1
    if e.op == "paragraph_replace":
        new = _words_of(e.new or "")

        def share(g: list[int]) -> float:
            return len(new & _words_of(" ".join(lines[i] for i in g))) / max(1, len(new))
        best = max(groups, key=share)
        k = best if r >= len(groups) or (share(best) >= 0.5 and share(groups[r]) < 0.3) else groups[r]
        lines[k[0]] = e.new or ""
        # The alinéa's last sentences that the parse set on lines of their own (another
        # alinéa to it) close the new text word for word: they are its own, not the next one.
        whole = text_key(e.new or "")
        gone, run = list(k[1:]), []
        for g in groups[groups.index(k) + 1:]:
            run += g
            text = text_key(" ".join(lines[i] for i in run))
            if len(text) * 2 > len(whole):
                break
            if text and whole.endswith(" " + text):
                gone = list(k[1:]) + list(run)
        for i in sorted(gone, reverse=True):
            del lines[i]
    else:
        if r >= len(groups):
            return f"no alinéa {e.paragraph} in section {sec.number}"
        for i in reversed(groups[r]):
            del lines[i]
    sec.text = "\n".join(lines)
    return None
