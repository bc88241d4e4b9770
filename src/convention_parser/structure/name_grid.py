"""A list of names set in a borderless grid under its label: "Présents :" on its own
line, then two to four columns of names, a name per cell, a long name wrapped in its
cell ("Régis DUVAL-" / "CARON", "Madame DUPUIS" / "Monique").

Read as rows, such a grid mixes its columns: a justified cell stretches its words
to the next column's edge, a wrapped cell leaves a lone "CARON" under the row. The
grid is found by its columns instead: left edges where words start on many rows,
no word crossing one. Each column is then read down: a new cell where the rows are
spaced apart (the grid's rows are, when its cells carry paragraph spacing), else a
new name where a row opens one (a civility, a whole "Prénom NOM" after a whole name),
a row that does not carrying on the name above it.

The grid's lines are taken out of the header before its labelled fields are read;
the label keeps its field, whose value the grid's names are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..french.words import PERSON_PARTICLES
from ..text.model import Word
from .attendance import LIST_KINDS, Labels, Row, build_rows, join_pieces
from .names import is_person, strip_civility
from .settings import NameGridSettings, structure_settings

_CIVILITY = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mr|mm\.)(?:\s|$)", re.IGNORECASE)
_WHOLE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ].*\b[A-ZÀ-Ý]{2,}|\b[A-ZÀ-Ý]{2,}.*\b[A-ZÀ-Ý][a-zà-ÿ]")


@dataclass
class NameGrid:
    kind: str                     # the label's field kind ("present", "excused", …)
    entries: list[str]
    line_ids: set[int]


def read_name_grids(lines, labels: Labels, settings: NameGridSettings | None = None) -> list[NameGrid]:
    settings = settings or structure_settings().name_grid
    rows = build_rows(lines)
    out: list[NameGrid] = []
    k = 0
    while k < len(rows):
        grid = _grid_under(rows, k, labels, settings)
        if grid is None:
            k += 1
            continue
        kind, grid_rows, edges = grid
        out.append(NameGrid(kind, _entries(grid_rows, edges, settings), _line_ids(grid_rows, edges, lines)))
        k += len(grid_rows) + 1
    return out


def _label_alone(row: Row, labels: Labels) -> Optional[tuple[str, float, float]]:
    """(kind, left edge, type size) of a list label alone on its row ("Présents :")."""
    seg = row.segments[-1]
    hit = labels.match(seg, alone_ok=False)
    if hit is None or hit[0] not in LIST_KINDS or hit[3]:
        return None
    return hit[0], seg.x0, seg.size


def _words_right_of(row: Row, x: float) -> list[Word]:
    return [w for s in row.segments for w in s.words if w.x0 >= x]


def _grid_under(rows: list[Row], k: int, labels: Labels, settings: NameGridSettings):
    label = _label_alone(rows[k], labels)
    if label is None:
        return None
    kind, x, size = label

    def sized(row: Row) -> list[Word]:     # a margin column's smaller type stays out
        return [w for s in row.segments for w in s.words
                if not size or not w.size or abs(w.size - size) <= 0.1 * size]
    # The grid may start left of its label (a label indented by a tab): at the first word of
    # the next row in the label's type size; rows of a margin column beside are passed over,
    # and a table set below a margin frame may stand further down.
    first = next((r for r in rows[k + 1:k + 1 + settings.max_gap_rows] if sized(r)), None)
    if first is None or first.page != rows[k].page \
            or first.top - rows[k].top > 2 * settings.max_gap * max(first.height, rows[k].height):
        return None
    if rows[k].segments[-1] is rows[k].segments[0]:
        x = min(x, min(w.x0 for w in sized(first)))
    # (A label with text left of it on its row heads a column of its own, lists set side by
    # side: "Madame X" | "Excusés :"; the column on its left is another list's.)
    x -= settings.edge_slack
    below: list[Row] = []
    prev = rows[k]
    for row in rows[k + 1:]:
        if not sized(row) and not below:
            continue
        if row.page != prev.page or (below and row.top - prev.top > settings.max_gap * max(row.height, prev.height)):
            break
        if not _words_right_of(row, x) or _label_alone(row, labels) or labels.match(row.segments[0], True) \
                or not _names_only(" ".join(w.text for w in _words_right_of(row, x))):
            break
        below.append(row)
        prev = row
    edges = _edges(below, x, settings)
    if len(edges) < settings.min_columns:
        return None
    run: list[Row] = []
    for row in below:               # the grid: rows of names, no word of which crosses an edge
        words = _words_right_of(row, x)
        if any(w.x0 < e - settings.edge_slack and w.x1 > e + settings.edge_slack for w in words for e in edges):
            break
        if not all(_name_like(t) for t in _cell_texts(row, edges, settings).values()):
            break
        run.append(row)
    edges = _edges(run, x, settings)
    if len(run) < 2 or len(edges) < settings.min_columns:
        return None
    return kind, run, edges


_CIVILITY_WORD = re.compile(r"^(?:madame|monsieur|mme|mmes|mlle|m\.|mm\.|mr|dr\.?)$", re.IGNORECASE)


def _names_only(text: str) -> bool:
    """Every word of the row may be a name's: capitalised, a particle, a civility, a dash;
    no digit ("17-02/080 – …"), no word of a sentence ("Après en avoir délibéré")."""
    if any(c.isdigit() for c in text):
        return False
    return all(t[:1].isupper() or t.lower() in PERSON_PARTICLES or _CIVILITY_WORD.match(t) or t in "-–—"
               for t in text.replace("’", "'").split())


_ENTRY_TAIL = re.compile(r"\s(?:donne|a\s+donn[ée]|pouvoir|procuration|repr[ée]sent[ée]e?|[àa]|par)\b.*$", re.IGNORECASE)


def _name_like(text: str) -> bool:
    """A cell's row holds (a piece of) a name: no sentence, no number ("Le quorum est
    atteint.", the next item's "17-02/080 – …" under the grid)."""
    bare = strip_civility(_ENTRY_TAIL.sub("", re.sub(r"\([^()]*\)?", " ", text)))
    # A name cut in its cell after the particles of its surname ("Mme DE LA" / "ROCHE Gaëlle",
    # "M. VAN DE" / "VELDE Mohamed"): particles alone are a piece of a name, no sentence.
    return not bare or is_person(bare) or all(t.lower().strip("'’") in PERSON_PARTICLES for t in bare.split())


def _cell_texts(row: Row, edges: list[float], settings: NameGridSettings) -> dict[int, str]:
    """The row's text per column (words left of the first edge: none)."""
    per_col: dict[int, list[str]] = {}
    for w in (w for s in row.segments for w in s.words):
        col = sum(1 for e in edges if w.x0 >= e - settings.edge_slack) - 1
        if col >= 0:
            per_col.setdefault(col, []).append(w.text)
    return {col: " ".join(words) for col, words in per_col.items()}


def _cell_words(row: Row, edges: list[float], settings: NameGridSettings) -> dict[int, list[Word]]:
    """The row's words per column, left to right (words left of the first edge: none)."""
    per_col: dict[int, list[Word]] = {}
    for w in sorted((w for s in row.segments for w in s.words), key=lambda w: w.x0):
        col = sum(1 for e in edges if w.x0 >= e - settings.edge_slack) - 1
        if col >= 0:
            per_col.setdefault(col, []).append(w)
    return per_col


def _starts(row: Row, x: float, settings: NameGridSettings) -> list[Word]:
    """Words that may open a cell: first on the row or after more than a space (the second
    word of "M. Mehdi GIRARD" lines up under every "M." and is no column)."""
    words = sorted(_words_right_of(row, x), key=lambda w: w.x0)
    return [w for k, w in enumerate(words)
            if k == 0 or w.x0 - words[k - 1].x1 > settings.cell_gap * row.height]


def _edges(rows: list[Row], x: float, settings: NameGridSettings) -> list[float]:
    """Left edges where words start on enough rows (starts a hair apart are one edge)."""
    starts = sorted((w.x0, i) for i, row in enumerate(rows) for w in _starts(row, x, settings))
    clusters: list[tuple[float, float, set[int]]] = []
    for xs, i in starts:
        if clusters and xs - clusters[-1][1] <= settings.edge_slack:
            clusters[-1] = (clusters[-1][0], xs, clusters[-1][2] | {i})
        else:
            clusters.append((xs, xs, {i}))
    need = max(2, settings.edge_share * len(rows))
    edges = [c[0] for c in clusters if len(c[2]) >= need]
    if len(edges) >= 2:             # the last columns, each a pitch right of the one before
        pitch = edges[-1] - edges[-2]
        for c in clusters:
            if c[0] > edges[-1] and abs(c[0] - (edges[-1] + pitch)) <= settings.pitch_slack \
                    and all(_opens_name(rows[i], c[0]) for i in c[2]):
                edges.append(c[0])
    return edges


def _opens_name(row: Row, x: float) -> bool:
    """The row's words from x on open a name ("Pauline MARTIN-DUPONT", "Mme X"): not the last
    word of a justified cell's line that happens to start there."""
    text = " ".join(w.text for w in _words_right_of(row, x - 0.5))
    return bool(_CIVILITY.match(text) or _WHOLE.match(text))


def _entries(rows: list[Row], edges: list[float], settings: NameGridSettings) -> list[str]:
    gaps = [b.top - a.top for a, b in zip(rows, rows[1:])]
    spaced = bool(gaps) and max(gaps) > settings.spaced * min(gaps)
    cut = (max(gaps) + min(gaps)) / 2 if spaced else None
    entries, plain = _read_cells(rows, edges, settings, cut)
    if cut is not None and any((gap >= cut) != new for gap, new in plain):
        # The cut contradicts a line whose cell plainly carries on its name ("BENALI-" /
        # "MOREAU") or plainly opens one (a civility under a whole name): those lines tell the
        # cut instead, when every wrapped line among them lies closer than every new grid row
        # ("GIRARD-" / "LAMBERT" 22.0 pt under its row, the rows 22.1 to 25.5 pt apart and
        # wrapped lines 18 to 20 pt: the middle of the extremes, 21.9, fell among them); else
        # the gaps vary with the rows' heights (a wrapped line 14.1 pt under its name, the next
        # grid row 10.4 pt under one), no spacing: the cells are read alone.
        wraps = [gap for gap, new in plain if not new]
        opens = [gap for gap, new in plain if new]
        cut = (max(wraps) + min(opens)) / 2 if wraps and opens and max(wraps) < min(opens) else None
        entries, _ = _read_cells(rows, edges, settings, cut)
    return entries


def _read_cells(rows: list[Row], edges: list[float], settings: NameGridSettings,
                cut: Optional[float]) -> tuple[list[str], list[tuple[float, bool]]]:
    """The grid's names read down its columns, a gap of at least ``cut`` opening a grid row;
    and the lines decided plainly (carrying on or opening a name): (gap above, opens a row)."""
    plain: list[tuple[float, bool]] = []
    cells: list[list[list[str]]] = [[] for _ in edges]     # per column: its entries' lines
    prev_top: Optional[float] = None
    # Surnames in capitals ("Marie-Laure BRUNET"): only then does a name without one go on.
    row_texts = [_cell_texts(row, edges, settings) for row in rows]
    all_texts = [t for texts in row_texts for t in texts.values()]
    capitals = sum(1 for t in all_texts if _SURNAME.search(t)) >= settings.surname_share * len(all_texts)
    flowing = _flowing(row_texts, len(edges))
    # Names without a surname in capitals ("Stéphane Oudart" / "Martine Oudart") tell no wrap by
    # their case: a line whose first word would have fitted on the line above opens a name (a
    # wrap was not needed there): within the column's widest line (its cell is no narrower) or
    # short of the next column's edge by a gutter (the last column as wide as the one before),
    # when no spacing between the grid's rows tells its cells apart (a narrow cell of a table
    # may wrap a name that would fit so: the spacing then tells).
    row_words = [_cell_words(row, edges, settings) for row in rows]
    height = max((row.height for row in rows), default=10.0)
    ends = [b - settings.gutter * height for b in edges[1:]]
    if len(edges) >= 2:
        ends.append(edges[-1] + edges[-1] - edges[-2] - settings.gutter * height)
    if cut is not None:
        ends = []
    widest = {col: max([ws[-1].x1 for ws in (rw.get(col) for rw in row_words) if ws] + ends[col:col + 1])
              for col in range(len(edges)) if any(col in rw for rw in row_words)}
    last_words: dict[int, list[Word]] = {}
    for row, texts, words in zip(rows, row_texts, row_words):
        prevs = {col: join_pieces(cells[col][-1]) for col in texts if cells[col]}
        fits = {col: not capitals and col in last_words and not prevs[col].endswith("-")
                and last_words[col][-1].x1 + settings.space * row.height + (ws[0].x1 - ws[0].x0) <= widest[col] + 0.5
                for col, ws in words.items() if col in prevs}
        last_words.update(words)
        # The grid's row is read across its cells: a line on which a cell plainly carries on its
        # name (after "Jean-", after a name without its surname) is a cell's wrapped line in every
        # column; a line on which a cell plainly opens a name (a civility after a whole name) opens
        # a grid row in every column. The row spacing (or each cell alone) decides otherwise.
        carries = any(_plainly_carries(prevs[col], text, capitals) for col, text in texts.items() if col in prevs)
        opens = any(_plainly_opens(prevs[col], text) or fits.get(col, False)
                    for col, text in texts.items() if col in prevs)
        if prev_top is None:
            new_row: Optional[bool] = True
        elif carries != opens:
            new_row = opens
        else:
            new_row = None
        spaced_new = prev_top is not None and cut is not None and row.top - prev_top >= cut
        if prev_top is not None and new_row is not None:
            plain.append((row.top - prev_top, new_row))
        prev_top = row.top
        for col, text in texts.items():
            column = cells[col]
            if not column:
                column.append([text])
                continue
            prev = prevs[col]
            if flowing and new_row is not None:
                # Columns that flow (a list in CSS columns): a line is its own column's only.
                own_carries = _plainly_carries(prev, text, capitals)
                own_opens = _plainly_opens(prev, text) or fits.get(col, False)
                if own_carries != own_opens:
                    join = own_carries
                else:
                    join = prev.endswith("-") or (not spaced_new and (cut is not None or _carries_on(prev, text)))
            elif new_row is None:
                join = prev.endswith("-") or (not spaced_new and not fits.get(col, False)
                                              and (cut is not None or _carries_on(prev, text)))
            else:
                join = not new_row
            if join:
                column[-1].append(text)
            else:
                column.append([text])
    return [join_pieces(e) for column in cells for e in column], plain


def _flowing(row_texts: list[dict[int, str]], n_columns: int) -> bool:
    """A list set in columns that flow (CSS column-count: each column's lines follow on, a
    wrapped name pushing only its own column down), not a grid whose cells share rows: a
    cell's wrapped line leaves the other cells of its row empty, no column of flowing lists
    has an empty line before its last one (read so where a line plainly wraps or opens)."""
    for col in range(n_columns):
        filled = [col in texts for texts in row_texts]
        last = max((k for k, f in enumerate(filled) if f), default=-1)
        if not all(filled[:last + 1]):
            return False
    return True


def _carries_on(prev: str, text: str) -> bool:
    """Without spacing between the grid's rows: does a cell's row carry on the name above?"""
    if prev.endswith("-") or text[:1].islower():
        return True
    if _CIVILITY.match(text) or _opens_surname(prev, text):
        return False
    return not (_WHOLE.search(prev) and _WHOLE.search(text))


_SURNAME = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[A-ZÀ-Ý]\b")


def _plainly_carries(prev: str, text: str, capitals: bool) -> bool:
    """The cell's line carries on the name above: cut at a hyphen ("Jean-" / "Baptiste CARRE"),
    a lower-case word, or, in a grid of surnames in capitals, a name above without its surname
    yet ("Mme Marie-Hélène" / "PETIT"), or a name above ending on a particle of its surname
    ("Mme DE" / "OLIVEIRA Marie-", "M. Dominique VAN DE" / "VELDE": a particle in capitals is
    no surname)."""
    words = prev.split()
    if len(words) > 1 and words[-1].lower().strip("'’") in PERSON_PARTICLES:
        return True
    surnames = [m.group() for m in _SURNAME.finditer(prev) if m.group().lower() not in PERSON_PARTICLES]
    return prev.endswith("-") or text[:1].islower() or (capitals and not surnames)


def _plainly_opens(prev: str, text: str) -> bool:
    """The cell's line opens a name: a civility under a name with its surname, or a surname in
    capitals under a whole name (_opens_surname)."""
    return (bool(_CIVILITY.match(text)) and not prev.endswith("-") and bool(_SURNAME.search(prev))) \
        or _opens_surname(prev, text)


# A line opening on a surname in capitals ("GIRARD-LAMBERT", "N'DIAYE Maryse").
_SURNAME_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[A-ZÀ-Ý](?:\s|$)")


def _opens_surname(prev: str, text: str) -> bool:
    """A name has one surname: a line opening on a surname in capitals under a whole name
    (a given name and a surname in capitals, "Mme BENALI-MOREAU Marie-Pierre" / "GIRARD-LAMBERT")
    opens the next name, "NOM Prénom" or "Prénom NOM" alike, unless the name above ends cut at
    a hyphen or on a particle of its surname ("M. Dominique VAN DE" / "VELDE")."""
    last = prev.split()[-1] if prev.split() else ""
    return bool(_SURNAME_START.match(text)) and bool(_WHOLE.search(prev)) and not prev.endswith("-") \
        and last.lower().strip("'’") not in PERSON_PARTICLES


def _line_ids(rows: list[Row], edges: list[float], lines) -> set[int]:
    bands = [(r.page, r.top - 1.0, r.top + r.height + 1.0) for r in rows]
    left = edges[0] - 1.0 - 1.5

    def inside(page: int, w: Word) -> bool:
        mid = (w.top + w.bottom) / 2
        return w.x0 >= left and any(p == page and t <= mid <= b for p, t, b in bands)
    return {bl.index for bl in lines if bl.line.words and all(inside(bl.page, w) for w in bl.line.words)}
