"""Tables across versions: which table is which, and what changed in it.

A table keeps its identity when its caption moves, is printed below it, or is
not printed at all (a table printed right under another one): title, text,
section and row labels weigh together. What the parse reads differently in
two layouts is not a change of the table:

- a group row ("Quartier Le Bois Joli (QP062059) – Hallencourt", one cell spread
  over every column) read as a header row in one layout and as a data row in
  the other is neither: it says where the next rows are, not what they hold;
- a row whose cells one layout merges ("3 528 000 1 764 000") and the other
  splits says the same when its words and figures read the same in order;
- a header wrapped over two rows or merged into one cell says the same words.

A table that one version prints and the other lacks, in an article both hold,
is that article's table modified (the avenant's first operation of a family
brings its table), unless the other version prints its rows as text (the
table read as lines by the parse).
"""

from __future__ import annotations

import dataclasses

import re
from typing import Callable, Optional

from rapidfuzz import fuzz

from ..records import Change, Evidence, Table
from .assign import best_pairs
from .settings import TableMatchSettings, diff_settings
from .merged_down import merged_down
from .row_layout import as_laid_out
from .facts import cell_value
from .headline import IDTOP
from .normalize import fold, key





def caption(t: Table) -> str:
    """The table's caption, when the parse read one: a title that opens in lower case
    is the tail of a wrapped line ("sociaux"), not a caption, nor is a title without a
    word."""
    title = (t.title or "").strip()
    first = next((ch for ch in title if ch.isalpha()), "")
    if first.islower() or not re.search(r"[^\W\d_]{3}", title):
        return ""        # nor is a stray quote mark ("»") a caption
    return title


def _dense(row: list[str]) -> list[str]:
    """A row's filled cells: an empty cell is a column one layout's parse
    split off ("Logements" read as two columns), not a value."""
    return [c for c in row if c and c.strip()]


def is_group_row(row: list[str]) -> bool:
    """A banner over the rows below it: one text spread over every column (a merged
    cell), or a lone text cell, that holds no figure."""
    cells = _dense(row)
    if not cells:
        return True
    if len({c.strip() for c in cells}) != 1 or cell_value(cells[0]) is not None:
        return False     # (a spread cell is the same text copied: no need to fold)
    return len(cells) > 1 or len(row) > 2


def data_rows(t: Table) -> list[list[str]]:
    return [r for r in t.rows if not is_group_row(r)]


def _cells_equal(a: str, b: str) -> bool:
    va, vb = cell_value(a), cell_value(b)
    if va is not None and vb is not None:
        return abs(va - vb) <= diff_settings().amount_tolerance
    return fold(a) == fold(b) or _cut_at_hyphen(a, b) or _cut_at_hyphen(b, a)


def _cut_at_hyphen(cut: str, whole: str) -> bool:
    """A cell one parse cut at the end of its line, where a hyphenated name wraps
    ("Communauté d'Agglomération de Lens-" / "… de Lens-Orvillers"): the same cell."""
    c = cut.strip()
    return c.endswith("-") and len(c) >= diff_settings().min_cut_cell and \
        fold(whole).startswith(fold(c[:-1])) and len(fold(whole)) > len(fold(c[:-1]))


def rows_equal(a: list[str], b: list[str]) -> bool:
    """The same row, cell by cell, or read whole when one layout merged or split
    its cells: the same words and figures in the same order."""
    da, db = _dense(a), _dense(b)
    if len(da) == len(db) and all(_cells_equal(x, y) for x, y in zip(da, db)):
        return True
    return key(" ".join(da)) == key(" ".join(db))


def header_words(t: Table) -> list[str]:
    """The header's words in reading order, without group banners, empty rows and
    the copies of a cell spread over the columns it spans: a header wrapped over
    two rows, or two headings merged into one cell, reads the same."""
    out: list[str] = []
    for row in t.header:
        if is_group_row(row):
            continue
        cells = [fold(c) for c in _dense(row)]
        for i, c in enumerate(cells):
            if i == 0 or c != cells[i - 1]:
                out += c.split()
    return out


def _layered_header(t: Table) -> list[str]:
    """Header words column by column (upper row first): a two-row header read
    across columns ("Opération / Libellé", "Localisation / Commune") reads as the
    same words in another order than the same header read row by row."""
    rows = [r for r in t.header if not is_group_row(r)]
    seen: list[str] = []
    for j in range(max((len(r) for r in rows), default=0)):
        for r in rows:
            c = fold(r[j]) if j < len(r) else ""
            if c and (not seen or seen[-1] != c):
                seen.append(c)
    return " ".join(seen).split()


def _band_row(row: list[str], below: list[str]) -> bool:
    """A banner over groups of columns ("Opération | Localisation | Financement" over "IDTOP |
    Libellé | Commune | …"): fewer distinct headings than the row of column headings under it."""
    cells = [c for i, c in enumerate(row) if c.strip() and (i == 0 or c != row[i - 1])]
    return 0 < len(cells) < len([c for c in below if c.strip()])


def _without_bands(t: Table) -> Table:
    rows = [r for r in t.header if not is_group_row(r)]
    if len(rows) < 2:
        return t
    kept = [r for r in rows[:-1] if not _band_row(r, rows[-1])] + rows[-1:]
    return dataclasses.replace(t, header=kept) if len(kept) < len(rows) else t


def header_rest(t: Table) -> list[str]:
    """The words of the rows opening the body that are the header's wrapped rest: an empty first
    cell, no figure in any cell."""
    out: list[str] = []
    for row in t.rows:
        if not row or (row[0] or "").strip() or not any(c.strip() for c in row) or \
                any(cell_value(c) is not None for c in row if c.strip()):
            break
        out += [w for c in _dense(row) for w in fold(c).split()]
    return out


def same_header(a: Table, b: Table) -> bool:
    wa, wb = header_words(a), header_words(b)
    if not wa or not wb or wa == wb:
        return True      # a header only one parse read is a parse gap
    # A banner row over groups of columns that one parse read and the other left out (at a page
    # foot, apart from the table): the same column headings under it are the same header.
    ba, bb = _without_bands(a), _without_bands(b)
    if (ba is a) != (bb is b) and header_words(ba) == header_words(bb):
        return True
    # A heading wrapped in its narrow cell whose rest one parse read as a first data row
    # ("Banque des" / "Territoires": no label, no figure): the same words.
    ra, rb = header_rest(a), header_rest(b)
    if (ra or rb) and sorted(wa + ra) == sorted(wb + rb):
        return True
    # A heading broken inside a narrow cell that one parse did not rejoin ("Lanceme nt"):
    # the same letters in the same order.
    return sorted(wa) == sorted(wb) or _layered_header(a) == wb or wa == _layered_header(b) or \
        "".join(wa) == "".join(wb)


def row_label(row: list[str]) -> str:
    for cell in row:
        if cell and cell.strip() and cell_value(cell) is None:
            return cell.strip()
    return ""


def row_key(row: list[str]) -> str:
    """What identifies a row across versions: the operation identifier (IDTOP) it prints,
    in a column of its own or at the head of the label cell ("C0575-14-0016 – Études
    urbaines", a layout that merges the two columns), else its label."""
    for cell in row:
        m = IDTOP.search(cell or "")
        if m:
            return m.group(0)
    return fold(row_label(row))


def _keyed_rows(t: Table) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in data_rows(t):
        label = row_key(row)
        k, n = label, 1
        while k in out:      # repeated labels ("Total") keep their order
            n += 1
            k = f"{label}#{n}"
        out[k] = row
    return out


def _table_text(t: Table) -> str:
    return fold(" ".join(" ".join(r) for r in t.header + data_rows(t)))[:3000]


def _row_labels(t: Table) -> set[str]:
    """The folded first cells of a table's rows (financeurs, families, IDTOP):
    what identifies a table when its title or header was not read alike."""
    return {fold(r[0]) for r in data_rows(t) if r and r[0] and not any(ch.isdigit() for ch in r[0][:1])}


def match_tables(old: list[Table], new: list[Table],
                 section_map: Callable[[Optional[str]], Optional[str]],
                 settings: Optional[TableMatchSettings] = None) -> list[tuple[Table, Table]]:
    # Each table's title and text folded once, not once per pair.
    titles = {id(t): fold(caption(t)) for t in old + new}
    texts = {id(t): _table_text(t) for t in old + new}
    labels = {id(t): _row_labels(t) for t in old + new}
    s = settings or diff_settings().tables

    def sim(a: Table, b: Table) -> float:
        # A title only one version has is a parse gap (a caption printed below
        # the table, read as text): it says nothing, the rest decides.
        title = fuzz.token_sort_ratio(titles[id(a)], titles[id(b)]) / 100.0 if (titles[id(a)] and titles[id(b)]) else None
        la, lb = labels[id(a)], labels[id(b)]
        if title is not None and title < s.other_caption and not (la & lb):
            return 0.0   # captions naming other things over other rows: two tables (one gone, one new)
        body = fuzz.ratio(texts[id(a)], texts[id(b)]) / 100.0
        place = 1.0 if section_map(a.section) == b.section else 0.0
        rows = len(la & lb) / len(la | lb) if la and lb else body
        parts = [(s.title_weight, title), (s.body_weight, body), (s.place_weight, place), (s.rows_weight, rows)]
        score = sum(w * x for w, x in parts if x is not None) / sum(w for w, x in parts if x is not None)
        # The same caption is the same table, however many rows an avenant added or
        # removed (a family table emptied must not pass its caption to the next one).
        # (A caption the parse gave the wrong table of two printed together does not carry
        # a table of other columns.)
        return score + (s.same_caption_bonus if title == 1.0 and a.n_cols == b.n_cols else 0.0)
    matrix = [[sim(a, b) for b in new] for a in old]
    return [(old[i], new[j]) for i, j, _ in best_pairs(matrix, s.match_threshold)] if old and new else []


# The announcing sentence's tail that is a caption run into it by the parse
# ("… sont les suivantes : Tableau des opérations cofinancées par l'ANRU").
_RUN_IN_CAPTION = re.compile(r":\s+(?P<caption>[A-ZÀÂÉÈÊÎÔÙÛÇ][^:]{10,150})$")
# Blocks a table's announcing sentence may stand before it (the sentence, its caption).
ANNOUNCE_REACH = 2


def announced_names(sections) -> dict[str, str]:
    """Table id -> the sentence that announces it, for tables printed without a
    caption the parse could read: the paragraph just before the table that ends
    with a colon ("Le plan de financement prévisionnel … s'établit comme suit, par
    financeur et par quartier :"), or a caption run into that paragraph."""
    out: dict[str, str] = {}
    for sec in sections:
        blocks = [b for b in sec.blocks if b.kind != "footnote"]
        for i, b in enumerate(blocks):
            if b.kind != "table" or not b.table:
                continue
            for prev in reversed(blocks[max(0, i - ANNOUNCE_REACH):i]):
                if prev.kind == "table":
                    break
                text = " ".join((prev.text or "").split())
                m = _RUN_IN_CAPTION.search(text)
                if text.endswith(":"):
                    out[b.table] = text.rstrip(" :")
                elif m:
                    out[b.table] = m.group("caption").strip()
                else:
                    continue
                break
    return out


Names = tuple[dict[str, str], dict[str, str]]


def table_name(a: Optional[Table], b: Optional[Table], names: Names = ({}, {})) -> str:
    """What a reader calls the table: its caption in either version, else the
    sentence announcing it, else its column headings, else its id."""
    sides = [(b, names[1]), (a, names[0])]
    for t, _ in sides:
        if t is not None and caption(t):
            return caption(t)
    for t, named in sides:
        if t is not None and named.get(t.id):
            return named[t.id]
    for t, _ in sides:
        if t is None:
            continue
        cells: list[str] = []
        for row in t.header:
            if is_group_row(row):
                continue
            for c in _dense(row):
                if not cells or fold(cells[-1]) != fold(c):
                    cells.append(c.strip())
        if cells:
            return "Tableau « " + " – ".join(cells) + " »"
    return (b or a).id  # type: ignore[union-attr]


# Words enough for a row to be recognised in the other version's text.
ROW_TEXT_WORDS = 3


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", key(text)))


def _row_in_text(row: list[str], words: set[str]) -> bool:
    """A row every word of which the other version's article prints as text: the same
    line, read into the table by one parse and left in the text by the other (a list
    item under a table, a caption)."""
    mine = _words(" ".join(_dense(row)))
    return len(mine) >= ROW_TEXT_WORDS and mine <= words


def _shown(name: str) -> str:
    return name if name.startswith("Tableau « ") else f"Tableau « {name} »"


def table_changes(pairs: list[tuple[Table, Table]], names: Names = ({}, {}),
                  texts: tuple[dict[str, str], dict[str, str]] = ({}, {})) -> list[Change]:
    """table_modified for each matched pair that differs. ``texts`` (section number ->
    text, old and new) tell a row one parse read as text from a row added or removed."""
    changes = []
    for a, b in pairs:
        if _column_text(a) and _column_text(b):
            continue     # the article's prose (its wording is compared with the article)
        a, b = as_laid_out(a, b)
        ra, rb = merged_down(_keyed_rows(a), _keyed_rows(b), _cells_equal)
        removed = [k for k in ra if k not in rb]
        added = [k for k in rb if k not in ra]
        if (removed or added) and (texts[0] or texts[1]):
            new_words = _words(texts[1].get(b.section or "", ""))
            old_words = _words(texts[0].get(a.section or "", ""))
            removed = [k for k in removed if not _row_in_text(ra[k], new_words)]
            added = [k for k in added if not _row_in_text(rb[k], old_words)]
        modified = [k for k in ra if k in rb and not rows_equal(ra[k], rb[k])]
        # A title or column heading is part of what the table says ("droits" ->
        # "droits uniques"); one version without a title is a parse gap.
        retitled = bool(caption(a) and caption(b)) and fold(caption(a)) != fold(caption(b))
        reheaded = bool(a.header and b.header) and not same_header(a, b) and \
            not (not (removed or added or modified) and _columns_relaid(a, b))
        if not (removed or added or modified or retitled or reheaded):
            continue
        before = {"title": a.title, "rows": [ra[k] for k in removed + modified]}
        after = {"title": b.title, "rows": [rb[k] for k in added + modified],
                 "rows_added": len(added), "rows_removed": len(removed), "rows_modified": len(modified)}
        bits = []
        if retitled:
            bits.append("titre modifié")
        if reheaded:
            before["header"], after["header"] = a.header, b.header
            bits.append("en-têtes modifiés")
        if modified:
            bits.append(f"{len(modified)} ligne(s) modifiée(s)")
        if added:
            bits.append(f"{len(added)} ajoutée(s)")
        if removed:
            bits.append(f"{len(removed)} supprimée(s)")
        title = table_name(a, b, names)
        changes.append(Change(type="table_modified", target=title, before=before, after=after,
                              summary=f"{_shown(title)} : {', '.join(bits)}",
                              evidence=Evidence(a.pages[0] if a.pages else None, a.section,
                                                b.pages[0] if b.pages else None, b.section)))
    return changes


def _columns_relaid(a: Table, b: Table) -> bool:
    """The two versions print the same rows in other columns: one merges two columns the
    other keeps apart ("IDTOP | Libellé de l'opération" / "Opération (IDTOP – libellé)"),
    so their headings differ with the columns, not with what the table says."""
    def width(t: Table) -> int:
        return max((len(_dense(r)) for r in data_rows(t)), default=0)
    return width(a) != width(b)


def _printed_in(t: Table, text: str) -> float:
    """Share of a table's rows whose words a text prints on one line in order."""
    rows = data_rows(t)
    if not rows:
        return 1.0
    lines = {key(ln) for ln in (text or "").splitlines()}
    joined = key(text or "")
    hits = sum(1 for r in rows if (k := key(" ".join(_dense(r)))) and (k in lines or k in joined))
    return hits / len(rows)


def _tabular(t: Table, settings: Optional[TableMatchSettings] = None) -> bool:
    settings = settings or diff_settings().tables
    """Rows that hold figures: text set in columns (two columns of prose read as a
    table by the parse) is not a table a version adds or drops."""
    rows = data_rows(t)
    with_figure = sum(1 for r in rows if any(cell_value(c) is not None for c in r[1:]))
    return with_figure >= settings.figure_rows * len(rows)


def is_prose_table(t: Table) -> bool:
    """A "table" that is text set in columns: its words belong to the article's wording."""
    return bool(data_rows(t)) and not _tabular(t)


def _column_text(t: Table) -> bool:
    """Prose the parse read as a table: no figures, and no header row of its own."""
    return is_prose_table(t) and not any(_dense(r) for r in t.header)


def lone_table_changes(old: list[Table], new: list[Table], pairs: list[tuple[Table, Table]],
                       section_map: Callable[[Optional[str]], Optional[str]],
                       texts: tuple[dict[str, str], dict[str, str]], names: Names = ({}, {}),
                       settings: Optional[TableMatchSettings] = None) -> list[Change]:
    """A table only one version prints, in an article both versions hold and that
    prints tables in both: that article's tables gain one (a family's first rows) or
    lose one. ``texts`` maps the
    section numbers of each version to their text, to tell a table the other parse
    read as lines of text (no change) from a table that is not there."""
    settings = settings or diff_settings().tables
    paired = {id(a) for a, _ in pairs} | {id(b) for _, b in pairs}
    held_tables = ({t.section for t in old}, {t.section for t in new})
    held = set(texts[1])
    inverse = {}
    for number in texts[0]:
        mapped = section_map(number)
        if mapped is not None:
            inverse[mapped] = number
    out = []
    for t, side in [(t, 0) for t in old] + [(t, 1) for t in new]:
        if id(t) in paired or not data_rows(t) or t.section is None or not _tabular(t, settings):
            continue
        other_section = section_map(t.section) if side == 0 else inverse.get(t.section)
        if other_section is None or (side == 0 and other_section not in held):
            continue
        if other_section not in held_tables[1 - side]:
            continue     # an article without tables that gets one: told by article_modified
        other_text = texts[1 - side].get(other_section, "")
        if _printed_in(t, other_text) >= settings.printed_share:
            continue
        rows = data_rows(t)
        title = table_name(t, None, (names[side], {}))
        added = side == 1
        before = {"title": "" if added else t.title, "rows": [] if added else rows}
        after = {"title": t.title if added else "", "rows": rows if added else [],
                 "rows_added": len(rows) if added else 0, "rows_removed": 0 if added else len(rows),
                 "rows_modified": 0}
        page = t.pages[0] if t.pages else None
        ev = Evidence(None, other_section, page, t.section) if added else Evidence(page, t.section, None, other_section)
        out.append(Change(type="table_modified", target=title, before=before, after=after,
                          summary=f"{_shown(title)} : {len(rows)} {'ajoutée(s)' if added else 'supprimée(s)'}"
                                  f" (tableau {'nouveau' if added else 'retiré'})",
                          evidence=ev))
    return out
