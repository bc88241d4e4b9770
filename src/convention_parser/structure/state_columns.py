"""Attendance as a ruled table whose columns are the states: a head row of attendance labels
("Présents | Excusés ayant donné pouvoir | Excusés | Absents") over a row (or a few) whose
cells list the members, one a paragraph, a long name wrapped in its narrow cell ("M.   DUPONT"
/ "Jean-Claude", its justified spaces stretched to the cell's edge).

Read as visual rows, such a table mixes its columns (a name wrapped in one cell sits beside the
next name of another) and its head cells read as labels of empty fields. It is read by its
cells instead (layer 1 numbers a ruled cell's lines by row and column, `Line.cell`): the head
row is the row of cells that are each a label of the family, alone (no value after a colon);
the rows under it, while their cells hold names, are its body; each column's lines go down
its cells, a line opening a member where it starts with a civility, else carrying on the name
above when the table names its members after a civility, or when the cell's names are paragraphs
spaced apart and the line sits at a wrapped line's step under the one above, else where the line
above held no whole name yet. A table a page break cuts goes on overleaf: the first row of cells
of the next page, under the same columns and holding names, is one more row of its body.

The table's lines are taken out of the header before its labelled fields are read, as
name_grid.py's are; the names come back as `NameGrid`s of the head's kinds.
"""

from __future__ import annotations

import re
from typing import Optional

from .attendance import LIST_KINDS, Labels, join_pieces
from .lines import BodyLine
from .name_grid import NameGrid
from .names import person
from .settings import StateColumnSettings, structure_settings

_CIVILITY = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mr|mm\.)(?:\s|$)", re.IGNORECASE)
# A whole name: a given name (capital then lower case) and a surname in capitals, either order.
_WHOLE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ].*\b[A-ZÀ-Ý]{2,}|\b[A-ZÀ-Ý]{2,}.*\b[A-ZÀ-Ý][a-zà-ÿ]")
# An empty list's cell: "–", "Néant", "/".
_NOBODY = re.compile(r"^(?:[-–—/]|n[ée]ant|aucun(?:e)?)\.?$", re.IGNORECASE)


def read_state_columns(lines: list[BodyLine], labels: Labels,
                       settings: StateColumnSettings | None = None) -> list[NameGrid]:
    """The lists of every state-column table of the header's lines (usually one)."""
    settings = settings or structure_settings().state_columns
    cells: dict[tuple[int, int], dict[int, list[BodyLine]]] = {}   # (page, row) -> column -> lines
    outside: list[int] = []         # the lines outside any cell, by their place in the stream
    for bl in lines:
        if bl.line.cell is not None and bl.text.strip():
            row, col = bl.line.cell
            cells.setdefault((bl.page, row), {}).setdefault(col, []).append(bl)
        elif bl.text.strip():
            outside.append(bl.index)

    def apart(a: dict[int, list[BodyLine]], b: dict[int, list[BodyLine]]) -> bool:
        """Text outside the table between two rows of cells: two tables ("Pouvoirs" between)."""
        lo = max(bl.index for bls in a.values() for bl in bls)
        hi = min(bl.index for bls in b.values() for bl in bls)
        return any(lo < i < hi for i in outside)
    keys = sorted(cells)
    out: list[NameGrid] = []
    k = 0
    while k < len(keys):
        heads = _heads(cells[keys[k]], labels)
        if heads is None:
            k += 1
            continue
        body: list[dict[int, list[BodyLine]]] = []
        j = k + 1
        # The next row of the page, or the first row of cells of the next page (keys are
        # sorted: a key on the next page right after this one opens it) when nothing stands
        # between them outside the table.
        while j < len(keys) and (keys[j][0] == keys[j - 1][0] and keys[j][1] == keys[j - 1][1] + 1
                                 or keys[j][0] == keys[j - 1][0] + 1) \
                and set(cells[keys[j]]) <= set(heads) and not apart(cells[keys[j - 1]], cells[keys[j]]) \
                and _names_only(cells[keys[j]]):
            body.append(cells[keys[j]])
            j += 1
        if not body:
            k += 1
            continue
        ids = {bl.index for row in [cells[keys[k]]] + body for bls in row.values() for bl in bls}
        civil = _civil([t for row in body for bls in row.values() for t in _texts(bls)], settings)
        pages = [keys[k][0]] + [keys[i][0] for i in range(k + 1, j)]
        for col, kind in heads.items():
            names: list[str] = []
            for n, row in enumerate(body):
                entries = _entries(row.get(col, []), civil, settings)
                if names and entries and pages[n + 1] != pages[n] \
                        and _carries_on(names[-1], entries[0], civil):
                    # a name the page break cut ("M. Maxime" / overleaf "DEBRUYNE")
                    names[-1] = join_pieces([names[-1], entries.pop(0)])
                names += entries
            out.append(NameGrid(kind, names, ids))
        k = j
    return out


def _rows(bls: list[BodyLine]) -> list[tuple[float, list[BodyLine]]]:
    """A cell's visual lines top-down (their top, their pieces: a line cut at stretched spaces)."""
    rows: list[tuple[float, list[BodyLine]]] = []
    for bl in sorted(bls, key=lambda b: (b.line.top, b.line.x0)):
        if rows and abs(bl.line.top - rows[-1][0]) < 0.5 * max(bl.line.bottom - bl.line.top, 1.0):
            rows[-1][1].append(bl)
        else:
            rows.append((bl.line.top, [bl]))
    return rows


def _texts(bls: list[BodyLine]) -> list[str]:
    """A cell's lines top-down, the pieces of one visual line (cut at stretched spaces) joined."""
    return [" ".join(b.text for b in sorted(r, key=lambda b: b.line.x0)) for _, r in _rows(bls)]


def _civil(texts: list[str], settings: StateColumnSettings) -> bool:
    """Does the table name its members after a civility? Most of its body lines that may open
    a member open on one: the lines holding a civility, or a whole name without one (the rest
    of a wrapped name, "MAZERY", "Jean-Claude", "LA FONTAINE", opens none, and narrow cells
    wrap many)."""
    civil = sum(1 for t in texts if _CIVILITY.match(t))
    bare = sum(1 for t in texts if not _CIVILITY.match(t) and _WHOLE.search(t))
    return civil >= settings.civility_lines and civil >= settings.civility_share * (civil + bare)


def _heads(row: dict[int, list[BodyLine]], labels: Labels) -> Optional[dict[int, str]]:
    """Column -> list kind, when every cell of the row is a label alone (two at least)."""
    heads: dict[int, str] = {}
    for col, bls in row.items():
        hit = labels.match_text(join_pieces(_texts(bls)), True)
        if hit is None or hit[3] or hit[0] not in LIST_KINDS:
            return None
        heads[col] = hit[0]
    return heads if len(heads) >= 2 and len(set(heads.values())) >= 2 else None


def _names_only(row: dict[int, list[BodyLine]]) -> bool:
    """Every cell holds names (or says nobody), and one a name at least."""
    named = False
    for bls in row.values():
        entries = _entries(bls, False, structure_settings().state_columns)
        if any(person(e) is None and not _NOBODY.match(e.strip()) for e in entries):
            return False
        named = named or any(person(e) for e in entries)
    return named


def _entries(bls: list[BodyLine], civil: bool, settings: StateColumnSettings) -> list[str]:
    rows = _rows(bls)
    texts = _texts(bls)
    steps = [b[0] - a[0] for a, b in zip(rows, rows[1:])]
    tight: Optional[float] = None       # the step of a wrapped line, when the cell tells it
    if steps and max(steps) >= settings.spaced * min(steps):
        cut = (max(steps) + min(steps)) / 2
        if sum(1 for s in steps if s < cut) < sum(1 for s in steps if s >= cut):
            tight = cut
    groups: list[list[str]] = []
    for k, text in enumerate(texts):
        step = steps[k - 1] if k else None
        if groups and _carries_on(join_pieces(groups[-1]), text, civil,
                                  None if tight is None or step is None else step < tight):
            groups[-1].append(text)
        else:
            groups.append([text])
    return [join_pieces(g) for g in groups]


def _carries_on(prev: str, text: str, civil: bool = False, wrapped: Optional[bool] = None) -> bool:
    """Does a cell's line carry on the name above? After a hyphen or before a lower-case word,
    yes; a civility opens a member; in a table naming its members after a civility, any other
    line carries on; a line at a wrapped line's step (``wrapped``, when the cell's spacing
    tells) carries on, at a name's step opens; else it goes on until the name above is whole."""
    if prev.endswith("-") or text[:1].islower():
        return True
    if _CIVILITY.match(text) or _NOBODY.match(text.strip()):
        return False
    if civil:
        return True
    if wrapped is not None:
        return wrapped
    return not _WHOLE.search(_CIVILITY.sub("", prev))    # "Mme DUPONT" waits for its given name
