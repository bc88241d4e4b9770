"""Tables without vertical rules: columns aligned by whitespace, optionally
with horizontal rules (between rows, or only around the header).

The columns are inferred from the x-extents of words over consecutive lines:
a *gutter* is an x-range that (almost) no cell of the region's multi-cell
lines covers. Rows come from horizontal rules when the table has them between
rows, else from line pitch (cell padding makes the gap between two rows wider
than the leading inside a wrapped cell), else from which columns a line fills.
"""

from __future__ import annotations

import math

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from ..text.model import Word, WordsBox, same_run
from .grid import BBox, Grid, GridCell
from .boxed_heads import split_at_boxed_heads
from .group_rows import join_label_paragraphs, spread_group_rows
from .header import figure
from .group_heads import widen_group_heads
from .settings import AlignedSettings
from .wrap import split_digit_group
from .hyphen_starts import printed_x0


@dataclass
class VLine(WordsBox):
    """A visual line of words, split into cells (chunks) at wide gaps."""
    words: list[Word]
    chunks: list[list[Word]] = field(default_factory=list)
    # A sub-heading row between two blocks of one table: spans every column.
    full_width: bool = False
    # White under the line that belongs to its row (a merged cell's empty paragraphs,
    # aligned._white_in_row): gaps between lines are measured without it.
    white: float = 0.0

    @property
    def base(self) -> float:
        """Baseline (median of the words'; their bottom when layer 1 gave
        none): line pitch measured on it does not move with the glyphs'
        heights (an accented capital raises a line's top)."""
        bases = sorted(w.base if w.base else w.bottom for w in self.words)
        return bases[len(bases) // 2]

    @property
    def reach(self) -> float:
        """The bottom of the line's text as printed: a word hyphenated at the
        line's end took its rest from the line below (text/hyphenation.py), a
        line of its own in a narrow cell ("Commune de Rosières-" / "en-Brêche")
        that no longer holds a word; the rest on the same page lies below."""
        return max([self.bottom] + [w.continued.bottom for w in self.words
                                    if w.continued is not None and w.continued.top > w.top])

    @property
    def drop(self) -> float:
        """How far below the line that line of a hyphenated word's rest sits
        (baseline to baseline; 0.0 when no word took one from below)."""
        return max([0.0] + [(w.continued.base or w.continued.bottom) - (w.base or w.bottom) for w in self.words
                            if w.continued is not None and w.continued.top > w.top])

    @property
    def size(self) -> float:
        sizes = sorted(_font_size(w) for w in self.words)
        return sizes[len(sizes) // 2] or 10.0


def _font_size(w: Word) -> float:
    """The word's size, or its box height when the size read is implausible
    (a PDF that sets size 1 and scales the text matrix gives 1.0)."""
    height = w.bottom - w.top
    return w.size if w.size and w.size >= 0.5 * height else height


def chunk_span(chunk: list[Word]) -> tuple[float, float]:
    return min(w.x0 for w in chunk), max(w.x1 for w in chunk)


def visual_lines(words: list[Word], settings: AlignedSettings) -> list[VLine]:
    """Group words into lines by vertical overlap, then split lines at wide gaps."""
    lines: list[list[Word]] = []
    ltop = lbot = 0.0                    # the extent of lines[-1], kept as it grows
    for w in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        mid = (w.top + w.bottom) / 2
        if lines and ltop <= mid <= lbot and abs(mid - (ltop + lbot) / 2) < 0.4 * (lbot - ltop + 1):
            lines[-1].append(w)
            ltop, lbot = min(ltop, w.top), max(lbot, w.bottom)
            continue
        lines.append([w])
        ltop, lbot = w.top, w.bottom
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        vl = VLine(words=ws)
        size = vl.size
        # A cell boundary is a gap much wider than the line's own word space
        # (justified prose stretches every space alike, so its median follows).
        gaps = sorted(b.x0 - a.x1 for a, b in zip(ws, ws[1:]))
        space = min(gaps[len(gaps) // 2], settings.word_space_em * size) if gaps else 0.0
        gap = max(settings.min_cell_gap_em * size, settings.cell_gap_spaces * space)
        chunk = [ws[0]]
        for a, b in zip(ws, ws[1:]):
            # (one text object: a justified cell's line, its stretched spaces no boundary)
            if b.x0 - a.x1 > gap and not same_run(a, b):
                vl.chunks.append(chunk)
                chunk = []
            chunk.append(b)
        vl.chunks.append(chunk)
        out.append(vl)
    return out


def find_gutters(lines: list[VLine], settings: AlignedSettings) -> list[tuple[float, float]]:
    """X-ranges inside the region that at most a few cells cover."""
    multi = [l for l in lines if len(l.chunks) >= 2]
    if not multi:
        return []
    left = min(l.x0 for l in multi)
    right = max(l.x1 for l in multi)
    allowed = max(1, int(settings.gutter_max_cover * len(multi)))
    # Coverage count on a 1-pt raster: cheap and exact enough for page widths.
    n = int(right - left) + 2
    cover = [0] * n
    for l in multi:
        for ch in l.chunks:
            a, b = chunk_span(ch)
            for i in range(max(0, int(a - left)), min(n, int(b - left) + 1)):
                cover[i] += 1
    # Lines whose chunk starts at a gap count as evidence for it; a gutter
    # must be crossed by few chunks *and* be bordered by cells on both sides.
    gutters = []
    i = 0
    while i < n:
        if cover[i] <= allowed and cover[i] < len(multi):
            j = i
            while j < n and cover[j] <= allowed:
                j += 1
            if i > 0 and j < n:
                gutters.append(_narrow(cover, i, j, left, settings.min_gutter_width, multi))
            i = j
        else:
            i += 1
    gutters = [g for g in gutters if g[1] - g[0] >= settings.min_gutter_width]
    # Keep gutters that separate two cells on enough lines (not a one-off gap).
    kept = []
    for a, b in gutters:
        mid = (a + b) / 2
        split = 0
        for l in multi:
            spans = [chunk_span(ch) for ch in l.chunks]
            if any(s[1] <= mid for s in spans) and any(s[0] >= mid for s in spans):
                split += 1
        if split >= max(2, len(multi) // 3) or _sparse_column_edge(multi, a, b, cover, left, split, settings):
            kept.append((a, b))
    return kept


def _sparse_column_edge(multi: list[VLine], a: float, b: float, cover: list[int], left: float,
                        split: int, s: AlignedSettings) -> bool:
    """A column filled in few rows ("Date de lancement" at the table's edge)
    leaves a gutter that few lines split. It is still a column boundary when
    no cell at all runs into the gutter, and the cells beyond it (or before
    it) on the lines that split it share one edge: a column's alignment,
    where a one-off gap between words would not line up."""
    if split < s.sparse_min_split:
        return False
    i0, i1 = max(0, int(a - left) + 1), min(len(cover), int(b - left))  # the raster cells inside
    if any(cover[i] for i in range(i0, i1)):
        return False
    mid = (a + b) / 2
    after: list[tuple[float, float]] = []
    before: list[tuple[float, float]] = []
    for l in multi:
        spans = [chunk_span(ch) for ch in l.chunks]
        lo = [sp for sp in spans if sp[1] <= mid]
        hi = [sp for sp in spans if sp[0] >= mid]
        if lo and hi:
            before.append(max(lo, key=lambda sp: sp[1]))
            after.append(min(hi, key=lambda sp: sp[0]))

    def aligned(spans: list[tuple[float, float]]) -> bool:
        for edge in (lambda sp: sp[0], lambda sp: sp[1], lambda sp: (sp[0] + sp[1]) / 2):
            xs = [edge(sp) for sp in spans]
            if max(xs) - min(xs) <= s.sparse_align_tol:
                return True
        return False
    return aligned(after) or aligned(before)


def _narrow(cover: list[int], i: int, j: int, left: float, min_width: float,
            multi: list[VLine]) -> tuple[float, float]:
    """Inside a low-coverage range, prefer a stretch no cell covers: a
    spanning cell that pokes into the gutter must not shift the boundary.
    Of several such stretches (a left-aligned header cell over right-aligned
    numbers sits inside the low range), the one most lines split, then the widest."""
    stretches = []
    k = i
    while k < j:
        if cover[k] == 0:
            m = k
            while m < j and cover[m] == 0:
                m += 1
            if m - k >= min_width:
                stretches.append((k, m))
            k = m
        else:
            k += 1
    if not stretches:
        return left + i, left + j

    def splits(st: tuple[int, int]) -> int:
        mid = left + (st[0] + st[1]) / 2
        return sum(1 for l in multi if any(chunk_span(ch)[1] <= mid for ch in l.chunks)
                   and any(chunk_span(ch)[0] >= mid for ch in l.chunks))
    # Of stretches split alike, the leftmost: a cell's text starts right
    # after its column's boundary (left-aligned, the default), while
    # right-aligned numbers leave blank room on their left.
    best = max(stretches, key=lambda st: (splits(st), -st[0])) if len(stretches) > 1 else stretches[0]
    return left + best[0], left + best[1]


def _crosses(line: VLine, gutters: list[tuple[float, float]]) -> bool:
    """True when one of the line's cells runs across a gutter (prose, not a table line)."""
    for ch in line.chunks:
        a, b = chunk_span(ch)
        if any(a < g0 - 1 and b > g1 + 1 for g0, g1 in gutters):
            return True
    return False


def _spans(line: VLine, gutters: list[tuple[float, float]]) -> bool:
    """True when one of the line's cells covers a gutter from edge to edge."""
    return any(a <= g0 + 1 and b >= g1 - 1 for a, b in map(chunk_span, line.chunks) for g0, g1 in gutters)


def _candidate_runs(lines: list[VLine], s: AlignedSettings, body_size: float = 0.0) -> list[list[VLine]]:
    """Runs of lines with >= 2 cells, allowing a few single-cell lines between."""
    runs: list[list[VLine]] = []
    cur: list[VLine] = []
    singles = 0
    # Runs a white gap alone ended (the next line of several cells opens the next run).
    gap_ends: set[int] = set()
    bridged: set[int] = set()
    for i, l in enumerate(lines):
        if cur and i not in bridged and _white_in_row(cur, lines, i, body_size, s):
            bridged.update({i, i + 1})
        # A gap wider than a few lines ends a run; rows spaced wide in a
        # small type (cell paragraphs keeping the body's spacing after) set
        # their own measure: their usual gap, a row with a wrap a little more.
        # Under a table set smaller than the body, a line of one cell set
        # larger than its cells (a heading, the body's prose) is no row of
        # it; past lines of one cell, cells set small after cells set in the
        # body's size (a stray wide space of prose) or the reverse open another run.
        # Cell padding and paragraph spacing do not shrink with a table's
        # type: lines set small may sit as far apart as a few body lines.
        if cur and (l.top - cur[-1].reach - cur[-1].white > max(s.max_line_gap_em * l.size,
                                                                 s.max_line_gap_body_em * body_size,
                                                                 _run_gap(cur, l, s))
                    or _type_change(l, cur, singles, body_size, s)):
            if len(l.chunks) >= 2 and not _type_change(l, cur, singles, body_size, s):
                gap_ends.add(len(runs))
            runs.append(cur)
            cur, singles = [], 0
        if len(l.chunks) >= 2:
            cur.append(l)
            singles = 0
        elif cur:
            singles += 1
            if singles > s.max_single_run:
                runs.append(cur)
                cur, singles = [], 0
            else:
                cur.append(l)
    if cur:
        runs.append(cur)
    out = []
    for run in _join_row_groups(runs, gap_ends, s):
        keep = _cell_paragraphs_below(run, s)
        while run and len(run[-1].chunks) < 2 and not (keep and _tail_lines(run) <= keep):
            run.pop()
        if _enough_lines(run, s):
            out.append(run)
    return out


def _white_in_row(cur: list[VLine], lines: list[VLine], i: int, body: float, s: AlignedSettings) -> bool:
    """The white above ``lines[i]``, too wide for a run, lies inside the row above: a
    merged cell keeps the empty paragraphs of the cells merged into it (a group row or a
    sub-total merged over several columns, LibreOffice and python-docx alike). Told by
    what follows: a row of at least as many cells as the run's fullest line, or of the
    cells of one of its rows at their places, at the run's
    left edge in its cells' type, or a line of one cell there (a group row, merged too)
    right above such a row. Sets each such white on the line above it (``VLine.white``)."""
    multi = [l for l in cur if len(l.chunks) >= 2]
    if not multi:
        return False
    fullest = max(len(l.chunks) for l in multi)
    size = _median([l.size for l in multi])
    left = min(l.x0 for l in multi)
    row_gaps = sorted(g for g in _gaps(cur) if g > 0.5 * size)
    usual = row_gaps[len(row_gaps) // 2] if row_gaps else s.group_row_gap_em * size / 2

    def limit(l: VLine) -> float:
        return max(s.max_line_gap_em * l.size, s.max_line_gap_body_em * body)

    def fits(l: VLine) -> bool:
        return abs(l.size - size) <= s.group_row_size_tol and abs(l.x0 - left) <= s.group_row_indent_em * size

    above, j, whites = cur[-1], i, []
    for _ in range(2):
        if j >= len(lines):
            return False
        l = lines[j]
        gap = l.top - above.reach
        if gap > s.merged_row_white_em * size or not fits(l):
            return False
        if gap > limit(l):
            whites.append((above, gap - usual))
        if len(l.chunks) >= max(2, fullest):
            if not _columns_go_on(max(multi, key=lambda m: len(m.chunks)), l, s):
                return False
            break
        if len(l.chunks) >= 2 and any(len(m.chunks) == len(l.chunks) and _columns_go_on(m, l, s)
                                      and _columns_go_on(l, m, s) for m in multi):
            break       # a row shaped like one of the run's (the total under the sub-totals)
        if len(l.chunks) != 1 or l.full_width:
            return False
        above, j = l, j + 1
    else:
        return False
    if not whites:
        return False
    for line, white in whites:
        line.white = white
    return True


def _columns_go_on(line: VLine, row: VLine, s: AlignedSettings) -> bool:
    """Most cells of ``line`` past its first one start or end where a cell of ``row``
    does: ``row`` goes on in the columns of ``line`` (another table's row below white
    has columns of its own)."""
    tol = s.header_columns_tol
    spans = [chunk_span(ch) for ch in row.chunks]
    hits = [any(abs(a - x0) <= tol or abs(b - x1) <= tol for x0, x1 in spans)
            for a, b in (chunk_span(ch) for ch in line.chunks[1:])]
    return bool(hits) and 2 * sum(hits) >= len(hits)


def opening_at(run: list[VLine], line: VLine) -> int:
    """The index of ``line`` in ``run`` (0 when absent)."""
    return next((i for i, l in enumerate(run) if l is line), 0)


def _label_lines(lines: list[VLine], x: float, s: AlignedSettings) -> int:
    """How many of ``lines`` hold a cell starting at ``x`` (the first column's)."""
    return sum(1 for l in lines if any(abs(chunk_span(ch)[0] - x) <= s.header_columns_tol for ch in l.chunks))


def _tail_lines(run: list[VLine]) -> int:
    """How many lines of one cell end the run."""
    k = max((i for i, l in enumerate(run) if len(l.chunks) >= 2), default=-1)
    return len(run) - k - 1


def _cell_paragraphs_below(run: list[VLine], s: AlignedSettings) -> int:
    """The lines of one cell ending the run are the wrapped lines or next paragraphs of a
    cell of its last row (a list of streets beside "Aménagements", cut by the page foot):
    each a wrapped line of the first column's cell (flush with it and inside it), or
    right of the first column's cell in the last line of several cells and within
    the run's right edge, at a wrap's leading under the line above or flush with a cell's
    start about a row pitch below it (no prose under the table: it opens at the first
    column, or runs past the cells). Returns how many of them, from the first: the
    lines after them (prose under the table) are none of the table's."""
    k = max((i for i, l in enumerate(run) if len(l.chunks) >= 2), default=-1)
    tail = run[k + 1:]
    if k < 0 or not tail:
        return 0
    # The cells of the last row's first line, past the first column (the last line of
    # several cells may be a wrapped one, its first column empty: "Démolition de | Habitat").
    edge = min(l.x0 for l in run[:k + 1] if len(l.chunks) >= 2)
    opening = next((l for l in reversed(run[:k + 1]) if len(l.chunks) >= 2 and l.x0 <= edge + s.header_columns_tol),
                   run[k])
    starts = [chunk_span(ch)[0] for ch in opening.chunks[1:]]
    right = max(l.x1 for l in run[:k + 1])
    multi = [l for l in run[:k + 1] if len(l.chunks) >= 2]
    pitches = sorted(b.top - a.top for a, b in zip(multi, multi[1:]))
    pitch = pitches[len(pitches) // 2] if pitches else 0.0
    above = run[k]
    label = [chunk_span(ch) for ch in opening.chunks[:1]]
    # The last row opens on the last line of (nearly) as many cells as the fullest.
    fullest = max(len(l.chunks) for l in multi)
    row_at = max((i for i, l in enumerate(run[:k + 1]) if len(l.chunks) >= fullest - 1), default=0)
    seen = list(run[min(row_at, opening_at(run, opening)):k + 1])
    for n, l in enumerate(tail):
        # (where the line starts as printed: a hyphenated word's rest taken up by the line above)
        x0 = printed_x0(l, seen[-8:])
        # A wrapped line of the first column's cell: flush with it, inside its column
        # (prose under the table runs past it), under the last row's text in that column
        # (its lines may interleave with another cell's, at baselines of their own).
        ref = next((x for x in reversed(seen)
                    if any(abs(chunk_span(ch)[0] - x0) <= s.header_columns_tol for ch in x.chunks)), None)
        # (the label already wrapped: under a one-line label, a short sentence under the table)
        in_label = (bool(label) and ref is not None
                    and (_label_lines(seen, label[0][0], s) >= 2 or (n == 0 and _label_wraps(l, label[0], run[:k + 1], s)))
                    and abs(x0 - label[0][0]) <= s.header_columns_tol
                    and l.x1 < min(starts) - s.header_columns_tol and abs(l.size - ref.size) <= s.group_row_size_tol)
        if l.x1 > right + s.cell_tail_overhang_em * l.size or (l.x0 < min(starts) - s.header_columns_tol and not in_label):
            return n
        wrap = l.top - above.top <= s.max_wrap_leading_em * l.size        # a cell's wrapped line
        if in_label:
            # (its next paragraph: a line and the paragraph's spacing below)
            wrap = l.top - ref.top <= s.max_line_gap_em * l.size
        # (a paragraph's step from the cell's last line, flush or not: a wrapped ":" set apart)
        flush = ((in_label or any(abs(x0 - x) <= s.header_columns_tol for x in starts))
                 and l.top - max((ref or above).top, above.top) <= pitch * s.row_pitch_factor)  # its next paragraph
        if not (wrap or flush):
            return n
        above = l
        seen.append(l)
    return len(tail)


def _label_wraps(line: VLine, label: tuple[float, float], rows: list[VLine], s: AlignedSettings) -> bool:
    """A one-line label of the last row goes on in ``line`` (flush under it): its first word
    would not have fitted after the label in the first column, as wide as the column's
    widest text above (a long label wrapped at the column's edge, not a sentence under
    the table that a short label leaves room for)."""
    if not line.words:
        return False
    right = max((chunk_span(l.chunks[0])[1] for l in rows
                 if len(l.chunks) >= 2 and abs(chunk_span(l.chunks[0])[0] - label[0]) <= s.header_columns_tol),
                default=label[1])
    word = line.words[0]
    return label[1] + s.word_space_em * (line.size or 10.0) + (word.x1 - word.x0) >= right - 1.0


def _enough_lines(run: list[VLine], s: AlignedSettings) -> bool:
    """Enough lines of several cells for a table: min_multi_lines, or two
    lines of two_lines_min_cells cells each set further apart than a wrap's
    leading (a header over one data row, rows parted by cell padding; a
    header wrapped at the leading, alone at a page's top, is no table)."""
    multi = [l for l in run if len(l.chunks) >= 2]
    return len(multi) >= s.min_multi_lines or (
        len(multi) == 2 and all(len(l.chunks) >= s.two_lines_min_cells for l in multi)
        and multi[1].base - multi[0].base > s.max_wrap_leading_em * multi[0].size
        and any(_FIGURE_CELL.match(" ".join(w.text for w in ch)) for ch in multi[1].chunks)
        # (justified prose cut at every stretched space gives cells of one word each, words
        # rather than figures: "Total | 52 | 174 | 226" is a row)
        and 4 * sum(len(ch) == 1 and not _FIGURE_CELL.match(ch[0].text) for ch in multi[1].chunks)
        < 3 * len(multi[1].chunks))


# A cell that is a figure ("1 776 000,00 €", "71", "12 %"): the one data row under a header
# holds one; two lines of justified prose cut at stretched spaces seldom end a cut on one.
_FIGURE_CELL = re.compile(r"^\s*[\d\s.,]*\d\s*(?:€|k€|M€|%|euros?)?\s*$", re.IGNORECASE)


def _join_row_groups(runs: list[list[VLine]], gap_ends: set[int], s: AlignedSettings) -> list[list[VLine]]:
    """Runs parted by white space alone, set in one type, the line after the gap
    holding as many cells as the fullest line before it, in the same columns:
    one table's row groups. Word keeps a vertically merged cell's
    paragraphs and padding (a quarter's name over its "C :", "P :", "T :" rows),
    leaving between groups more room than rows ever leave; a caption or prose
    between two tables leaves lines there."""
    out: list[list[VLine]] = []
    for k, run in enumerate(runs):
        prev = out[-1] if out and k - 1 in gap_ends else None
        last = next((l for l in reversed(prev) if len(l.chunks) >= 2), None) if prev else None
        if (prev and last and len(run[0].chunks) == max(len(l.chunks) for l in prev)
                and abs(run[0].size - last.size) <= s.group_row_size_tol
                and run[0].top - prev[-1].bottom <= s.max_row_group_gap_em * run[0].size
                and _same_columns(prev, run, s)):
            out[-1] = prev + run
        else:
            out.append(run)
    return out


def body_size(words: list[Word]) -> float:
    """The type size of the document's body: the size (to half a point)
    that carries the most characters; 0.0 without words."""
    chars: dict[float, int] = {}
    for w in words:
        k = round(2 * _font_size(w)) / 2
        chars[k] = chars.get(k, 0) + len(w.text)
    return max(chars, key=lambda k: chars[k]) if chars else 0.0


def _type_change(line: VLine, run: list[VLine], singles: int, body: float, s: AlignedSettings) -> bool:
    """``line`` is set in another type than the run's cells, where the
    document's body size tells a table set small from the text around it:
    the cells are set small and ``line`` larger (a heading, prose, justified
    or not); or, after ``singles`` lines of one cell, ``line``'s cells are
    set small and the run's are not."""
    cells = _median([l.size for l in run if len(l.chunks) >= 2]) or run[-1].size
    # A bold line of pieces set larger than the rows above it is a heading under the table (a
    # number at a tab before its title reads as two cells; a heading of one piece crosses the
    # gutters and parts the run as prose does), whatever the body size: a document made
    # mostly of one table (an avenant's comparison table) has its cells' size for body size.
    if (len(line.chunks) >= 2 and line.size > cells + s.run_size_step and _bold(line)
            and sum(len(l.chunks) >= 2 for l in run) >= s.min_multi_lines):
        return True
    if body <= 0:
        return False
    small = cells < body - s.run_size_step
    if small and line.size > cells + s.run_size_step:
        return True
    return len(line.chunks) >= 2 and singles > 0 and not small and line.size < body - s.run_size_step


def _run_gap(run: list[VLine], nxt: VLine, s: AlignedSettings) -> float:
    """The widest gap a run of table lines allows before ``nxt``: a factor
    of its usual gap between rows (the median of its gaps wider than a
    wrap's), once it has a few, when ``nxt`` is a row like the run's last
    (as many cells); before anything else (a caption, prose, another
    table's header) only the fixed measure."""
    last = next((l for l in reversed(run) if len(l.chunks) >= 2), None)
    if last is None or len(nxt.chunks) != len(last.chunks):
        return 0.0
    gaps = sorted(g for g in _gaps(run) if g > 0.5 * run[-1].size)
    if len(gaps) < s.run_gap_min_rows:
        return 0.0
    return s.run_gap_factor * gaps[len(gaps) // 2]


def _split_at_prose(run: list[VLine], gutters, s: AlignedSettings) -> tuple[list[list[VLine]], list[list[VLine]]]:
    """Split a run at single-cell lines that cross a gutter, or that are set
    apart (a short "Tableau 3 : ..." caption held in the first column's
    width between two tables crosses none). Returns the parts and, for each
    pair of consecutive parts, the lines between them."""
    parts: list[list[VLine]] = [[]]
    seps: list[list[VLine]] = []
    for l in run:
        if (len(l.chunks) < 2 and (_crosses(l, gutters) or _labelled_caption(l, s))) or _justified(l, s):
            if parts[-1]:
                parts.append([])
                seps.append([])
            if seps:
                seps[-1].append(l)
        else:
            parts[-1].append(l)
    if not parts[-1]:
        parts.pop()
        seps = seps[:len(parts) - 1]
    return parts, seps


def _justified(l: VLine, s: AlignedSettings) -> bool:
    """A line of justified prose whose stretched spaces cut it into cells: many pieces of a
    word or two, parted by spaces of one width (justification stretches every space of a line
    alike; a table's gutters differ with its columns)."""
    if len(l.chunks) < s.justified_min_pieces:
        return False
    spans = [chunk_span(ch) for ch in l.chunks]
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    return (max(gaps) - min(gaps) <= s.justified_gap_tol
            and 4 * sum(len(ch) <= 2 for ch in l.chunks) >= 3 * len(l.chunks))


def _join_parts(parts: list[list[VLine]], seps: list[list[VLine]], s: AlignedSettings,
                body: float = 0.0) -> list[list[VLine]]:
    """Rejoin parts cut by a few full-width lines when both sides share one
    column structure: the sub-heading rows of a long table ("LENS – Cité du
    12/14"), or its header block above the first sub-heading. Prose between
    two tables is longer, or the columns of one do not fit the other."""
    if not parts:       # a run of prose lines only (justified lines cut at their spaces)
        return []
    out = [parts[0]]
    for sep, part in zip(seps, parts[1:]):
        cur = out[-1]
        joined = cur + sep + part
        if (len(sep) <= s.max_spanning_lines and not _starts_alike(cur, part)
                and not _header_again(cur, part, s)
                and not _lighter_than_cells(sep, cur + part)
                and not any(set_apart(l, s) or _outdented(l, cur, part, s) for l in sep)
                and _tight(cur, sep, part, s, body) and _same_columns(cur, part, s)):
            # A group row opens at the table's left edge; a line starting
            # further right is a header cell's wrapped rest, in its column.
            left = min(x.x0 for x in cur + part if len(x.chunks) >= 2)
            for l in sep:
                l.full_width = l.x0 <= left + s.group_row_indent_em * l.size
            out[-1] = joined
        else:
            out.append(part)
    return out


def _header_like(l: VLine, s: AlignedSettings) -> bool:
    """A line that reads as a table's header: several cells, bold, no figure."""
    from .header import figure

    return (len(l.chunks) >= s.header_again_cells and _bold(l)
            and not any(figure(" ".join(w.text for w in ch)) for ch in l.chunks))


def _header_again(cur: list[VLine], part: list[VLine], s: AlignedSettings) -> bool:
    """The block below full-width lines opens on a header of its own, the block above holds
    rows (a line of several cells that is no header) or is one line alone (a heading set as
    a shaded band): the lines between are prose between two tables, not a group row."""
    multi = [l for l in cur if len(l.chunks) >= 2]
    # (the sentence's last line, short, crosses no gutter: the header is the first line of cells)
    first = next((l for l in part if len(l.chunks) >= 2), None)
    return (first is not None and _header_like(first, s)
            and (len(multi) == 1 or any(not _header_like(l, s) for l in multi)))


def _bold(l: VLine) -> bool:
    return 2 * sum(len(w.text) for w in l.words if w.bold) > sum(len(w.text) for w in l.words)


def _lighter_than_cells(sep: list[VLine], blocks: list[VLine]) -> bool:
    """Every line of several cells is bold and a line between is not: bold
    headings whose number and title a tab sets apart, prose between them.
    A table's group rows are set as bold as its cells or bolder, never lighter."""
    multi = [l for l in blocks if len(l.chunks) >= 2]
    return bool(multi) and all(_bold(l) for l in multi) and not all(_bold(l) for l in sep)


def _outdented(l: VLine, above: list[VLine], below: list[VLine], s: AlignedSettings) -> bool:
    """The line starts left of both blocks' text: a paragraph at the margin
    (a caption under one table, above the next), while a group row of the
    table sits inside its cells' padding, where its other cells start."""
    # The blocks' cells set the edge: a paragraph's wrapped last line,
    # left at the margin below it, is no cell.
    cells = [x.x0 for x in above + below if len(x.chunks) >= 2] or [x.x0 for x in above + below]
    return l.x0 < min(cells) - s.outdent_tol


def set_apart(l: VLine, s: AlignedSettings) -> bool:
    """A caption ("Tableau 2 : ...") or a list item (a bullet glyph first)
    between two blocks is text of its own, never a sub-heading row: the
    blocks are two tables."""
    first = l.words[0].text if l.words else ""
    if len(l.words) > 1 and first and len(first) <= 2 and not any(ch.isalnum() for ch in first):
        return True
    return _labelled_caption(l, s)


def _labelled_caption(l: VLine, s: AlignedSettings) -> bool:
    """A line opening on a caption label ("Tableau 2 : ..."); a lone glyph
    opening a line inside a table ("+ 30 béguinages") is a wrapped cell's."""
    return bool(re.match(s.caption_label, _line_text(l).strip(), re.IGNORECASE))


def _cut_at_column_change(part: list[VLine], s: AlignedSettings) -> list[list[VLine]]:
    """Two unruled tables back to back, nothing between: cut where the
    column structure changes. Tried only where a line's cell count differs
    from the line above; kept when both sides are long enough to be tables,
    their column counts differ, and cells of one side run across a gutter of
    the other (a column that merely stays empty in some rows does not)."""
    multi = [i for i, l in enumerate(part) if len(l.chunks) >= 2]
    for prev, k in zip(multi, multi[1:]):
        if len(part[prev].chunks) == len(part[k].chunks):
            continue
        a, b = part[:k], part[k:]
        if min(_multi(a), _multi(b)) < s.min_table_lines:
            continue
        ga, gb = find_gutters(a, s), find_gutters(b, s)
        if not ga or not gb or len(ga) == len(gb):
            continue
        crossing = sum(1 for l in a if len(l.chunks) >= 2 and _crosses(l, gb)) \
            + sum(1 for l in b if len(l.chunks) >= 2 and _crosses(l, ga))
        # ... and each side keeps clear of its own gutters (a side holding
        # prose, or a table's broken rows, is no table of its own).
        # A gutter one of the side's own cells spans edge to edge (a column of dashes under
        # a total's amount: the gutter was narrowed to that amount's edges) is no gutter either.
        own = sum(1 for l in a if len(l.chunks) >= 2 and (_crosses(l, ga) or _spans(l, ga))) \
            + sum(1 for l in b if len(l.chunks) >= 2 and (_crosses(l, gb) or _spans(l, gb)))
        if crossing >= 2 and own == 0 and _one_cell_per_column(a, ga) and _one_cell_per_column(b, gb):
            return [a] + _cut_at_column_change(b, s)
    return [part]


def _one_cell_per_column(lines: list[VLine], gutters) -> bool:
    """No line of several cells puts two cells in one column."""
    xs = gutter_columns(gutters, min(l.x0 for l in lines), max(l.x1 for l in lines))
    for l in lines:
        if len(l.chunks) >= 2:
            cols = [col_range(chunk_span(ch), xs) for ch in l.chunks]
            if len({c0 for c0, _ in cols}) < len(cols):
                return False
    return True


def _line_text(l: VLine) -> str:
    return " ".join(w.text for w in l.words)


def _starts_alike(a: list[VLine], b: list[VLine]) -> bool:
    """b opens with a's first line: a header printed again, so a new table."""
    return _line_text(a[0]) == _line_text(b[0])


def _gaps(lines: list[VLine]) -> list[float]:
    return [y.top - x.reach - x.white for x, y in zip(lines, lines[1:])]


def _tight(a: list[VLine], sep: list[VLine], b: list[VLine], s: AlignedSettings, body: float = 0.0) -> bool:
    """A sub-heading row sits at the table's own spacing; a caption between
    two tables has paragraph space around it."""
    inner = max(_gaps(a) + _gaps(b), default=0.0)
    around = max(_gaps([a[-1]] + sep + [b[0]]))
    if around <= inner * s.spanning_gap_factor + 1.0:
        return True
    # Blocks of one row each (a group row above every data row, rows spaced
    # by cell padding) show no row spacing to compare with: a line in the
    # cells' own type size, at no more than a row's padding, is a group row
    # (a caption or a paragraph is set in the body size, or further away).
    # Cells set smaller than the body tell a row of theirs from a caption
    # or a paragraph alike, whatever the blocks' rows.
    size = _median([l.size for l in a + b])
    small = 0 < body and size < body - s.run_size_step
    return (all(abs(l.size - size) <= s.group_row_size_tol for l in sep)
            and around <= s.group_row_gap_em * size and (small or _one_row_blocks(a, b, s)))


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else 0.0


def _one_row_blocks(a: list[VLine], b: list[VLine], s: AlignedSettings) -> bool:
    """Either block is a single row: one line of several cells, the rest its
    wrapped lines at the text's leading."""
    return _multi(a) == 1 or _multi(b) == 1


def _same_columns(a: list[VLine], b: list[VLine], s: AlignedSettings) -> bool:
    """Joining a and b keeps the column count of the larger side (a short
    header block has fewer), and few of their cells cross the joint columns
    (a "Sous-total" label over two columns does)."""
    ga, gb = find_gutters(a, s), find_gutters(b, s)
    both = find_gutters(a + b, s)
    # One gutter may go: a header set left over figures set right leaves a
    # gap inside their column that the other block's figures fill.
    if not both or len(both) < max(len(ga), len(gb)) - 1:
        return False
    # Two blocks each long enough to be a table on its own, with different
    # column counts: two tables (a header block above a sub-heading is short).
    # A block lacking one gutter of the other, its others all lying in the
    # other's (a column left empty in its rows), is the same table.
    if ga and gb and len(ga) != len(gb) and min(_multi(a), _multi(b)) >= s.min_table_lines:
        fewer, more = (ga, gb) if len(ga) < len(gb) else (gb, ga)
        if len(more) - len(fewer) > 1 or not all(any(min(f[1], m[1]) > max(f[0], m[0]) for m in more)
                                                 for f in fewer):
            return False
    multi = [l for l in a + b if len(l.chunks) >= 2]
    # A header's cells set left over figures set right start inside the gutter the figures
    # leave, and its wrapped rest ("Logemen" / "ts") splits that gutter: the block above's
    # header lines crossing one are no evidence of two tables.
    crossing = sum(1 for l in multi if _crosses(l, both) and not (l in a and _header_like(l, s)))
    return crossing <= s.join_max_crossing_share * len(multi)


def _multi(lines: list[VLine]) -> int:
    return sum(1 for l in lines if len(l.chunks) >= 2)


def _boxed(line: VLine, region: list[VLine], rules: list[BBox], s: AlignedSettings) -> bool:
    """The line sits on a rule as wide as the table, right below the region
    (a rule between, or no wider gap than between the table's own lines):
    a row of its own (a group row, "Quartier X", left at the foot of a
    page), even with paragraph-like padding around it."""
    left, right = min(l.x0 for l in region), max(l.x1 for l in region)
    # A group row opens at the table's left edge in the cells' type; a
    # caption (centred, or in the body's size) sits on the next table's rule.
    cells = _median([l.size for l in region if len(l.chunks) >= 2]) or region[-1].size
    if line.x0 > left + s.group_row_indent_em * line.size or abs(line.size - cells) > s.group_row_size_tol:
        return False
    # A group row is set in a cell, its text inside the cell padding as the others'; a line
    # starting left of every cell starts at the page margin: a caption in the body's type.
    if line.x0 < left - s.outdent_tol:
        return False
    wide = [(r[1] + r[3]) / 2 for r in rules
            if min(r[2], right) - max(r[0], left) >= 0.8 * (right - left) and r[0] <= line.x0 + 1]
    last = region[-1]
    # Above: a rule, or no more room than the table leaves between its own lines.
    above = (any(last.bottom - 1 <= y <= line.top + 1 for y in wide)
             or line.top - last.bottom <= max(_gaps(region), default=0.0) + 1.0)
    below = any(line.bottom - 1 <= y <= line.bottom + 1.2 * line.size for y in wide)
    return above and below


def _extend(region: list[VLine], lines: list[VLine], gutters, used: set[int], s: AlignedSettings,
            rules: list[BBox] = ()) -> list[VLine]:  # type: ignore[assignment]
    """Add adjacent single-cell lines that sit tight against the region
    (wrapped header or last-row cells) or are boxed by table-wide rules
    below it, and cross no gutter (or span the whole table)."""
    idx = {id(l): i for i, l in enumerate(lines)}
    # A wrapped cell's next line sits at the text's leading: at most the
    # tightest pitch of the region, and never more than a leading (rows
    # spaced by cell padding give no measure of it).
    # The leading near the tightest pitch, not the tightest itself: one
    # baseline read a little off (a line without descenders) must not set it.
    pitches = [b.base - a.base for a, b in zip(region, region[1:])]
    pitch = min(_leading(pitches, max(0.5, s.min_leading_em * region[0].size)) or region[0].size * 1.2,
                s.max_wrap_leading_em * region[0].size)
    first, last = idx[id(region[0])], idx[id(region[-1])]
    while first > 0:
        prev = lines[first - 1]
        if id(prev) in used or _crosses(prev, gutters) or len(prev.chunks) >= 2:
            break
        if region[0].base - prev.base > pitch * 1.05:
            break
        region = [prev] + region
        first -= 1
    while last + 1 < len(lines):
        nxt = lines[last + 1]
        if id(nxt) in used or len(nxt.chunks) >= 2 or set_apart(nxt, s):
            break           # a list item or a caption below is text of its own, boxed or not
        if _boxed(nxt, region, rules, s):
            if len(split_at_boxed_heads(region + [nxt], rules, s)) > 1:
                break       # the next table's head, boxed alone after a wider white (boxed_heads.py)
            # A group row heads rows of the table's own columns (or closes a page); a line
            # over the next table's first row, whose cells cross this table's gutters, is the
            # text between two tables (a caption over a header band).
            after = lines[last + 2] if last + 2 < len(lines) else None
            if after is not None and id(after) not in used and len(after.chunks) >= 2 and _crosses(after, gutters):
                break
            nxt.full_width = _crosses(nxt, gutters)
        elif _crosses(nxt, gutters) or nxt.base - region[-1].base > pitch * 1.05:
            break
        region = region + [nxt]
        last += 1
    return region


def header_columns(region: list[VLine], xs: list[float], s: AlignedSettings) -> Optional[list[float]]:
    """Columns read off the header of a table of few rows. Whitespace over
    a row or two tells little: a figure set right under a header set left
    fills the gap between two header cells, and two gutters covered once
    each vanish. The header line's cells start the columns; each cell of
    the other lines falls in the column where it starts (text, set left)
    or ends (a figure, set right). Used only when every cell falls in one
    column, none shares it with another of its line, and a boundary fits
    between each two columns' cells; None otherwise."""
    multi = [l for l in region if len(l.chunks) >= 2]
    if not multi or multi[0] is not region[0] or len(multi) - 1 > s.header_columns_max_rows:
        return None
    starts = sorted(chunk_span(ch)[0] for ch in region[0].chunks)
    if len(starts) < max(2, len(xs) - 1):
        return None
    tol = s.header_columns_tol
    k_cols = len(starts)
    lo = [float("inf")] * k_cols          # leftmost x0 of each column's cells
    hi = [float("-inf")] * k_cols         # rightmost x1
    for line in region:
        taken: set[int] = set()
        for ch in line.chunks:
            a, b = chunk_span(ch)
            if line is not region[0] and _looks_numeric(" ".join(w.text for w in ch)):
                k = max((i for i in range(k_cols) if starts[i] < b), default=-1)
            else:
                k = max((i for i in range(k_cols) if starts[i] <= a + tol), default=-1)
                if k + 1 < k_cols and b > starts[k + 1] + tol:
                    if line is not region[0] and len(line.chunks) == 1 and k == 0:
                        break          # a group row ("Quartier X – Y"): one cell over the columns
                    return None        # text running into the next column
            if k < 0 or k in taken:
                return None
            taken.add(k)
            lo[k], hi[k] = min(lo[k], a), max(hi[k], b)
    bounds = []
    for k in range(1, k_cols):
        if hi[k - 1] >= lo[k] - 1.0:
            return None
        bounds.append((hi[k - 1] + lo[k]) / 2)
    new = [min(xs[0], lo[0])] + bounds + [max(xs[-1], hi[-1])]
    return new if len(new) != len(xs) or any(abs(a - b) > 1.0 for a, b in zip(new, xs)) else None


def gutter_columns(gutters, left: float, right: float) -> list[float]:
    return [left] + [(a + b) / 2 for a, b in gutters] + [right]


def clear_gutters(gutters: list[tuple[float, float]], region: list[VLine]) -> list[tuple[float, float]]:
    """Gutters come from the multi-cell lines; a single-cell line (a wrapped
    label, "Quartier République Cité 4 Sud") may end inside one. Narrow each
    gutter to the part no cell of the region enters, so that the column
    boundary (its middle) does not cut such a cell."""
    out = []
    for a, b in gutters:
        lo, hi = a, b
        for l in region:
            if l.full_width:
                continue
            for ch in l.chunks:
                x0, x1 = chunk_span(ch)
                if x0 < a and a < x1 < b:
                    lo = max(lo, x1)
                elif a < x0 < b and x1 > b:
                    hi = min(hi, x0)
        out.append((lo, hi) if hi - lo >= 1.0 else (a, b))
    return out


def col_range(span: tuple[float, float], xs: list[float]) -> tuple[int, int]:
    """Columns [c0, c1) a cell covers: those whose interval it overlaps by more than a sliver."""
    a, b = span
    cols = [k for k in range(len(xs) - 1) if min(b, xs[k + 1]) - max(a, xs[k]) > 1.5]
    if not cols:
        mid = (a + b) / 2
        cols = [min(range(len(xs) - 1), key=lambda k: abs((xs[k] + xs[k + 1]) / 2 - mid))]
    return cols[0], cols[-1] + 1


def _chunk_cols(line: VLine, ch: list[Word], xs: list[float]) -> tuple[int, int]:
    return (0, len(xs) - 1) if line.full_width else col_range(chunk_span(ch), xs)


def _occupied(line: VLine, xs: list[float]) -> set[int]:
    out: set[int] = set()
    for ch in line.chunks:
        c0, c1 = _chunk_cols(line, ch, xs)
        out.update(range(c0, c1))
    return out


def _rule_between(a: VLine, b: VLine, rules: list[BBox], x0: float, x1: float) -> bool:
    for r in rules:
        y = (r[1] + r[3]) / 2
        if a.bottom - 1 <= y <= b.top + 1 and min(r[2], x1) - max(r[0], x0) > 0.3 * (x1 - x0):
            return True
    return False


def _placeholders(line: VLine) -> bool:
    """The line holds a cell that is only a dash: a value standing for none."""
    return any(all(not ch.isalnum() for w in chunk for ch in w.text)
               and any(ch in "-–—" for w in chunk for ch in w.text) for chunk in line.chunks[1:])


def _looks_numeric(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits > 0 and digits * 2 >= sum(ch.isalnum() for ch in text)


def _wraps_label(line: VLine, row: list[VLine], occ: set[int], prev: set[int], xs: list[float]) -> bool:
    """Rows set without padding (every pitch alike): a line holding the
    first column alone, flush with the first column's text of the row above
    and set in its style, under a row that fills other columns, is that
    label wrapped ("Démolition de" / "logements locatifs"); a group row
    would differ by its style or its extent."""
    if occ != {0} or len(prev) < 2:
        return False
    above = [l for l in row if 0 in _occupied(l, xs)]
    if not above:
        return False
    a = above[-1]
    first = min((ch for ch in a.chunks), key=lambda ch: chunk_span(ch)[0])
    if abs(chunk_span(first)[0] - line.x0) > 2.0:
        return False
    bold = lambda ws: 2 * sum(1 for w in ws if w.bold) > len(ws)  # noqa: E731
    return bold(first) == bold(line.words) and abs(a.size - line.size) <= 0.3


def _lower_header_level(line: VLine, row: list[VLine], xs: list[float]) -> bool:
    """Under the table's first row (its header), a line that leaves empty columns the row filled
    and either sets a cell of its own under each column a cell of the row spans, or fills
    columns the row filled and columns it left empty: the lower level of a two-level header
    ("Financeurs | Total | Répartition par quartier" over "| | La Madeleine | Les Aubépines",
    the corner and "Total" cells merged down), not the row's wrapped rest (which stays under
    the cells it goes on) nor cells set lower by a vertical centring (those fill only the
    columns left empty). A header holds no figure."""
    occ = _occupied(line, xs)
    prev = set().union(*(_occupied(l, xs) for l in row))
    if not (prev - occ):
        return False
    # the line's cells under a cell of the row spanning several columns, split one per column
    spans = [_chunk_cols(l, ch, xs) for l in row for ch in l.chunks]
    mine = [_chunk_cols(line, ch, xs) for ch in line.chunks]
    split = any(b - a >= 2 and len({c0 for c0, c1 in mine if a <= c0 and c1 <= b}) >= 2 for a, b in spans)
    if not split and (not (occ - prev) or not (occ & prev)):
        return False
    return not any(figure(" ".join(w.text for w in ch)) for l in row + [line] for ch in l.chunks)


def _hyphen_ends(line: VLine, xs: list[float]) -> set[int]:
    """Columns where the line's cell ends on a hyphen: an identifier broken
    there ("C0941-21-" / "0015") goes on below, a figure in its own row would not."""
    return {col_range(chunk_span(ch), xs)[0] for ch in line.chunks
            if ch and len(ch[-1].text) > 1 and ch[-1].text.endswith("-") and ch[-1].text[-2].isalnum()}


def _amount_rests(line: VLine, above: VLine, xs: list[float]) -> set[int]:
    """Columns where the line's cell ends an amount the line above broke
    inside a digit group ("6 327 86" / "3", "3 740 43" / "1 €"): no
    amount is printed so, the figure is that amount's rest, not a new row's."""
    def cells(l: VLine) -> dict[int, str]:
        return {col_range(chunk_span(ch), xs)[0]: " ".join(w.text for w in ch) for ch in l.chunks}
    top = cells(above)
    return {k for k, text in cells(line).items() if k in top and split_digit_group(top[k], text)}


def _next_paragraph(line: VLine, row: list[VLine], xs: list[float], first: bool = False) -> bool:
    """A line holding one cell, the first column left empty, flush with the
    text the row has in that column, under a row whose first column is
    filled: the next paragraph of that cell (a list of streets under
    "Aménagements"). A cell's paragraph spacing may equal the rows' padding,
    so the room above tells nothing; an entry opens in the first column.
    The ``first`` row of a region holding lines of that one cell alone (a cell's
    rest a page break pushed atop the next page, a label's too) takes its next
    paragraphs whatever the column."""
    if len(line.chunks) != 1 or line.full_width:
        return False
    c0, c1 = _chunk_cols(line, line.chunks[0], xs)
    if c1 - c0 != 1:
        return False
    occupied = set().union(*(_occupied(l, xs) for l in row))
    rest_alone = first and all(len(l.chunks) == 1 and _chunk_cols(l, l.chunks[0], xs) == (c0, c1) for l in row)
    if (c0 == 0 or 0 not in occupied) and not rest_alone:
        return False
    starts = [chunk_span(ch)[0] for l in row for ch in l.chunks if _chunk_cols(l, ch, xs) == (c0, c1)]
    return bool(starts) and abs(min(starts) - line.x0) <= 2.0


def _fits_above(line: VLine, row: list[VLine], xs: list[float], right: float) -> bool:
    """A line of the first column whose first word would have fitted at the
    end of the first column's text on the line above (the column's widest
    text, ``right``, shows how far a line may run): that text did not wrap
    into it, the line opens a row (a group row set in the body's style)."""
    above = [l for l in row if 0 in _occupied(l, xs)]
    if not above or not line.words:
        return False
    a = above[-1]
    first = min(a.chunks, key=lambda ch: chunk_span(ch)[0])
    word = line.words[0]
    space = 0.3 * (line.size or 10.0)
    return chunk_span(first)[1] + space + (word.x1 - word.x0) < right - 1.0


def _cell_goes_on(line: VLine, row: list[VLine], xs: list[float], wrap: float) -> bool:
    """A cell of ``line`` sits at a wrap's leading (``wrap``) under its column's text in
    ``row``: that cell goes on, so the line is no new row however far its other cells sit (a
    label's next paragraph, "Création d'une maison …" under "Equipements publics de
    proximité", set off by its spacing beside "Calonne-" / "Marichelles –"). Measured cell by
    cell: beside a paragraph's spacing, the cells of one visual line keep baselines a few
    points apart, and a line's median baseline belongs to either."""
    if line.full_width:
        return False
    for ch in line.chunks:
        c0, c1 = _chunk_cols(line, ch, xs)
        if c1 - c0 != 1:
            continue
        d = _chunk_base(ch) - _column_base(row, c0, xs)
        if math.isfinite(d) and 0 < d <= wrap:
            return True
    return False


def _chunk_base(ch: list[Word]) -> float:
    """A cell's baseline on a line: its lowest word's (a word without descenders or capitals
    may read its baseline a point or two high; none reads it low)."""
    return max(w.base if w.base else w.bottom for w in ch)


def _column_base(row: list[VLine], k: int, xs: list[float]) -> float:
    """The baseline of the row's last text in column k, read off that cell's words alone."""
    for l in reversed(row):
        for ch in l.chunks:
            if _chunk_cols(l, ch, xs)[0] <= k < _chunk_cols(l, ch, xs)[1]:
                return _chunk_base(ch)
    return float("-inf")


def _last_base(row: list[VLine], k: int, xs: list[float]) -> float:
    """The baseline of the row's last line holding text in column k."""
    return max((l.base for l in row if k in _occupied(l, xs)), default=float("-inf"))


def _pitch(a: VLine, b: VLine) -> float:
    """Baseline to baseline. A row's padding moves both its baseline and its
    top; a baseline read off (a parenthesis, a line without descenders)
    moves only one: between lines of one height, the smaller of the two.
    Measured from the line of a hyphenated word's rest under ``a`` when the
    text layer took it (``VLine.drop``): that line of the cell was printed,
    unless it is ``b`` itself (other cells kept words on it)."""
    drop = a.drop if a.reach <= b.top else 0.0
    if abs((a.bottom - a.top) - (b.bottom - b.top)) <= 0.5:
        return min(b.base - a.base, b.top - a.top) - drop
    return b.base - a.base - drop


def _leading(pitches: list[float], floor: float = 0.5, s: Optional[AlignedSettings] = None) -> float:
    """The leading of a wrapped cell's lines: the median of the pitches
    near the tightest one (one baseline read a little off must not set it).
    Pitches of ``floor`` or less are none: lines of two cells that overlap (a
    cell's second paragraph, its spacing before it, beside another cell's lines).
    With ``s``, a pitch no other repeats, under one that others repeat a little wider
    (lines of two cells at offset baselines read as one), is no measure either."""
    cands = [p for p in pitches if p > floor]
    if s is not None:
        def repeated(p: float) -> bool:
            return sum(1 for q in cands if abs(q - p) <= s.leading_repeat_tol * p) >= 2
        cands = [p for p in cands if repeated(p)
                 or not any(p < q <= s.lone_pitch_span * p and repeated(q) for q in cands)]
    pmin = min(cands, default=0.0)
    near = sorted(p for p in pitches if pmin <= p <= pmin * 1.3)
    return near[len(near) // 2] if near else pmin


def split_rows(region: list[VLine], xs: list[float], rules: list[BBox], s: AlignedSettings,
               grouped: bool = False) -> tuple[list[list[VLine]], bool]:
    """Group the region's lines into table rows. Returns (rows, ruled_rows). ``grouped``: the
    rules bound groups of rows (shaded group rows), so a band between two of them is no row:
    its lines are parted by whitespace, a rule still closing a row."""
    x0, x1 = xs[0], xs[-1]
    breaks = [_rule_between(a, b, rules, x0, x1) for a, b in zip(region, region[1:])]
    ruled = sum(breaks) >= 2
    # Rules box some rows only (a header boxed, a total boxed apart under the body): a band
    # between two rules holding more lines of several cells than a wrapped row has is rows
    # that whitespace splits, as _rule_rows tells (a line of band_of[i] is line i + 1's band).
    band_of = [sum(breaks[:i + 1]) for i in range(len(breaks))]
    multi: dict[int, int] = {}
    for k, l in zip([0] + band_of, region):
        multi[k] = multi.get(k, 0) + (len(l.chunks) >= 2)
    # ... and so is a band holding two lines that each open a row (rules around groups of rows
    # only: shaded group rows across a table without rules).
    left = min(l.x0 for l in region)
    opening: dict[int, int] = {}
    for k, l in zip([0] + band_of, region):
        opening[k] = opening.get(k, 0) + opens_row(l, left, s)
    one_row = {k for k, n in multi.items() if n <= s.max_band_multi_lines and opening.get(k, 0) < 2
               and not grouped}
    pitches = [_pitch(a, b) for a, b in zip(region, region[1:])]
    sizes = sorted(l.size for l in region)
    # Lines of two cells overlapping (a cell's second paragraph, its spacing before it,
    # beside another cell's wrapped lines) give no measure of the leading.
    crowded = {i for i, (a, b) in enumerate(zip(region, region[1:])) if b.top < a.bottom - s.overlap_tol}
    crowded |= {i + 1 for i in crowded} | {i - 1 for i in crowded}
    measured = [p for i, p in enumerate(pitches) if i not in crowded] or pitches
    pmin = _leading(measured, max(0.5, s.min_leading_em * sizes[len(sizes) // 2]), s)
    bimodal = bool(pitches) and max(pitches) > pmin * s.row_pitch_factor
    # Two pitches, neither at a wrap's leading (a table's part on a page whose cells do not
    # wrap, its rows set apart by their padding, its row groups by wider white): the
    # tightest is a row's, not a wrap's; a wrap would sit at most this close.
    if bimodal:
        pmin = min(pmin, s.max_wrap_leading_em * sizes[len(sizes) // 2])
    # Rows set well apart from a wrap's leading (cell padding): a line at the
    # leading under its column's text is a wrapped line, whatever it holds
    # ("62498 Lens" / "6062024 Cité": codes in a text cell look like figures).
    row_pitch = min((p for p in pitches if p > pmin * s.row_pitch_factor), default=0.0)
    spaced = bimodal and row_pitch >= pmin * s.spaced_rows_factor
    # Columns that hold numbers on most lines: a wrapped text cell's
    # continuation line leaves them empty.
    num_cols = set()
    for k in range(len(xs) - 1):
        filled = [l for l in region if not l.full_width and k in _occupied(l, xs)]  # group rows hold no figure
        nums = [l for l in filled if any(_looks_numeric(" ".join(w.text for w in ch)) for ch in l.chunks
                                         if col_range(chunk_span(ch), xs)[0] == k)]
        if len(nums) >= 2 and len(nums) * 3 >= len(filled) * 2:
            num_cols.add(k)
    def numbers(l: VLine) -> set[int]:
        return {k for ch in l.chunks if _looks_numeric(" ".join(w.text for w in ch))
                for k in [col_range(chunk_span(ch), xs)[0]] if k in num_cols}

    col0_right = max((chunk_span(ch)[1] for l in region for ch in l.chunks if col_range(chunk_span(ch), xs)[0] == 0),
                     default=xs[1] if len(xs) > 1 else 0.0)
    rows: list[list[VLine]] = [[region[0]]]
    row_numbers = numbers(region[0])
    for i, line in enumerate(region[1:]):
        mine = numbers(line)
        if breaks[i]:
            new = True
        elif ruled and band_of[i] in one_row:
            new = False
        elif line.full_width or rows[-1][-1].full_width:
            new = True      # a group row is a row of its own
        elif bimodal:
            # Rows set tight (little cell padding) sit at nearly a wrapped
            # cell's leading: a figure in a number column the row has
            # filled already opens the next row (a figure does not wrap).
            figures = (mine & row_numbers) - _hyphen_ends(rows[-1][-1], xs) - _amount_rests(line, rows[-1][-1], xs)
            if spaced:
                # Rows set apart: a figure opens a row only when its column's
                # text above sits further than the leading (a paragraph of
                # its own beside a label's wrapped lines), not when it wraps.
                figures = {k for k in figures if line.base - _last_base(rows[-1], k, xs) > pmin * s.row_pitch_factor}
            new = pitches[i] > pmin * s.row_pitch_factor or bool(figures)
            if new and not (mine & row_numbers) and _next_paragraph(line, rows[-1], xs, len(rows) == 1):
                new = False
            if not new and len(line.chunks) >= 2 and not line.full_width:
                # A label's wrapped line between two rows' baselines (a label merged down beside
                # "C / P / T" rows): a line whose every cell sits a row's pitch under its column's
                # text above opens a row, however close the label's line above it.
                occ = _occupied(line, xs)
                lasts = [line.base - _last_base(rows[-1], k, xs) for k in occ]
                new = len(occ) >= 2 and all(math.isfinite(d) and d > pmin * s.row_pitch_factor for d in lasts)
            if new and not figures and not mine and _cell_goes_on(line, rows[-1], xs, pmin * s.row_pitch_factor):
                new = False
        else:
            occ = _occupied(line, xs)
            prev = set().union(*(_occupied(l, xs) for l in rows[-1]))
            # A line filling no number column under a row that does is its
            # wrapped rest, unless it holds placeholders ("–": a value, set
            # apart from the figures).
            new = 0 in occ and not (num_cols and not (occ & num_cols) and prev & num_cols
                                    and not _placeholders(line))
            if new and _wraps_label(line, rows[-1], occ, prev, xs):
                new = False
            if new and 0 in _hyphen_ends(rows[-1][-1], xs) and pitches[i] <= s.max_wrap_leading_em * line.size:
                new = False     # an identifier broken at its hyphen ("C0232-34-" / "0007") goes on below
            if not new and occ == {0} and (_fits_above(line, rows[-1], xs, col0_right)
                                           or pitches[i] > s.max_wrap_leading_em * line.size):
                # Its first word fitted on the line above, or it sits further
                # below than a wrapped line's leading: a row of its own.
                new = True
        if not new and not breaks[i] and not ruled and len(rows) == 1 and _lower_header_level(line, rows[-1], xs):
            new = True
        if new:
            rows.append([line])
            row_numbers = set(mine)
        else:
            rows[-1].append(line)
            row_numbers |= mine
    if len(rows) >= 2 and not ruled and _label_paragraph_last(rows[-1], rows[-2], xs, s):
        rows[-2:] = [rows[-2] + rows[-1]]
    return rows, ruled


def _label_paragraph_last(last: list[VLine], above: list[VLine], xs: list[float], s: AlignedSettings) -> bool:
    """The region's last row holds the first column alone, flush with the text the row
    above has there, in its type: that label's last paragraph (a group row heads rows
    below it, none follows)."""
    if any(_occupied(l, xs) != {0} or len(l.chunks) != 1 or l.full_width for l in last):
        return False
    labels = [l for l in above if 0 in _occupied(l, xs)]
    if len(labels) < 2 or len(last) > 2:
        return False        # (a label of paragraphs or wrapped lines above; a line or two below)
    x = min(chunk_span(ch)[0] for ch in labels[0].chunks)
    return all(abs(l.x0 - x) <= s.header_columns_tol and abs(l.size - labels[-1].size) <= s.group_row_size_tol
               for l in last)


def build_grid(page: int, rows: list[list[VLine]], xs: list[float], kind: str, bbox: BBox) -> Grid:
    cells: list[GridCell] = []
    for r, lines in enumerate(rows):
        groups: list[tuple[int, int, list[Word]]] = []
        for l in lines:
            for ch in l.chunks:
                c0, c1 = _chunk_cols(l, ch, xs)
                # Chunks of one row whose columns overlap are one (wrapped or merged) cell.
                for g_i, (g0, g1, ws) in enumerate(groups):
                    if c0 < g1 and g0 < c1:
                        groups[g_i] = (min(g0, c0), max(g1, c1), ws + ch)
                        break
                else:
                    groups.append((c0, c1, list(ch)))
        # A group may now overlap another one after widening: merge to a fixpoint.
        merged = True
        while merged:
            merged = False
            for i in range(len(groups)):
                for j in range(i + 1, len(groups)):
                    a, b = groups[i], groups[j]
                    if a[0] < b[1] and b[0] < a[1]:
                        groups[i] = (min(a[0], b[0]), max(a[1], b[1]), a[2] + b[2])
                        del groups[j]
                        merged = True
                        break
                if merged:
                    break
        taken = set()
        for c0, c1, ws in groups:
            cells.append(GridCell(row=r, col=c0, colspan=c1 - c0, words=ws))
            taken.update(range(c0, c1))
        for k in range(len(xs) - 1):
            if k not in taken:
                cells.append(GridCell(row=r, col=k))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(page=page, bbox=bbox, kind=kind, xs=xs, cells=cells, n_rows=len(rows),  # type: ignore[arg-type]
                row_tops=[min(l.top for l in ls) for ls in rows])


def _rule_rows(region: list[VLine], xs: list[float], rules: list[BBox], s: AlignedSettings) -> list[float] | None:
    """Row boundaries from horizontal rules, when rules separate the rows
    (at least two interior rules, no band holding several rows); None for
    booktabs-like tables and tables whose header alone is boxed."""
    top = min(l.top for l in region)
    bottom = max(l.bottom for l in region)
    ys: list[float] = []
    for y in sorted((r[1] + r[3]) / 2 for r in rules):
        if not ys or y - ys[-1] > 2.0:
            ys.append(y)
    # Interior: lines on both sides. A header box's top edge may run through
    # the first line's ascenders: it is the table's top, not a row boundary.
    mids = sorted((l.top + l.bottom) / 2 for l in region)
    interior = [y for y in ys if top + 1 < y < bottom - 1 and mids[0] < y < mids[-1]]
    if len(interior) < 2:
        return None
    bounds = [min([top - 1] + [y for y in ys if y <= top + 1])] + interior + [max([bottom + 1] + [y for y in ys if y >= bottom - 1])]
    for a, b in zip(bounds, bounds[1:]):
        multi = sum(1 for l in region if a <= (l.top + l.bottom) / 2 <= b and len(l.chunks) >= 2)
        if multi > s.max_band_multi_lines:
            return None     # rules around some rows only (a boxed header, a total): rows from whitespace
    return bounds


def _split_bands_at_spanning_lines(region: list[VLine], xs: list[float], ys: list[float],
                                   rules: list[BBox]) -> tuple[list[float], list[BBox]]:
    """A line across every column that shares a rule band with other lines is
    a row of its own (a group row under a sub-total that has no rule below):
    a wrapped cell never spans the whole table. Adds a boundary (and a rule
    standing for it) on each side of it."""
    n = len(xs) - 1
    if n < 2:
        return ys, rules
    ys, rules = list(ys), list(rules)
    for i, l in enumerate(region):
        spanning = l.full_width or (len(l.chunks) == 1 and col_range(chunk_span(l.chunks[0]), xs) == (0, n))
        if not spanning:
            continue
        mid = (l.top + l.bottom) / 2
        band = next(((a, b) for a, b in zip(ys, ys[1:]) if a <= mid <= b), None)
        if band is None:
            continue
        others = [o for o in region if o is not l and band[0] <= (o.top + o.bottom) / 2 <= band[1]]
        above = [o for o in others if o.bottom <= l.top + 1]
        below = [o for o in others if o.top >= l.bottom - 1]
        cuts = []
        if above:
            cuts.append((max(o.bottom for o in above) + l.top) / 2)
        if below:
            cuts.append((l.bottom + min(o.top for o in below)) / 2)
        for y in cuts:
            ys.append(y)
            rules.append((xs[0], y, xs[-1], y))
    return sorted(ys), rules


def build_banded_grid(page: int, region: list[VLine], xs: list[float], ys: list[float],
                      rules: list[BBox], kind: str, bbox: BBox) -> Grid:
    """Cells from rule bands, column by column: a rule that does not run under
    a column (partial rule) leaves that column's cell spanning both rows."""
    ys, rules = _split_bands_at_spanning_lines(region, xs, ys, rules)
    chunks = [ch for l in region for ch in l.chunks]
    spans = [_chunk_cols(l, ch, xs) for l in region for ch in l.chunks]
    centers = [(min(w.top for w in ch) + max(w.bottom for w in ch)) / 2 for ch in chunks]
    bands = [(a, b) for a, b in zip(ys, ys[1:]) if any(a <= c <= b for c in centers)]
    n_rows = len(bands)

    def band_of(y: float) -> int:
        return next((i for i, (a, b) in enumerate(bands) if a <= y <= b),
                    min(range(n_rows), key=lambda i: abs((bands[i][0] + bands[i][1]) / 2 - y)))

    def covers(rule: BBox, c0: int, c1: int) -> bool:
        mid = (xs[c0] + xs[c1]) / 2
        return rule[0] - 2 <= mid <= rule[2] + 2

    blocks: dict[tuple[int, int, int], list[Word]] = {}
    for ch, cy, (c0, c1) in zip(chunks, centers, spans):
        r = band_of(cy)
        # Grow the block up and down while no rule runs under these columns.
        r0 = r
        while r0 > 0 and not any(abs((rl[1] + rl[3]) / 2 - bands[r0][0]) <= 2.0 and covers(rl, c0, c1) for rl in rules):
            r0 -= 1
        r1 = r
        while r1 < n_rows - 1 and not any(abs((rl[1] + rl[3]) / 2 - bands[r1][1]) <= 2.0 and covers(rl, c0, c1) for rl in rules):
            r1 += 1
        key = next((k for k in blocks if k[0] == r0 and k[1] < c1 and c0 < k[2]), None)
        if key is None:
            blocks[(r0, c0, c1, r1)] = list(ch)  # type: ignore[index]
        else:
            ws = blocks.pop(key)
            blocks[(r0, min(key[1], c0), max(key[2], c1), max(key[3], r1))] = ws + ch  # type: ignore[index,misc]
    cells: list[GridCell] = []
    taken: set[tuple[int, int]] = set()
    for (r0, c0, c1, r1), ws in blocks.items():  # type: ignore[misc]
        cells.append(GridCell(row=r0, col=c0, rowspan=r1 - r0 + 1, colspan=c1 - c0, words=ws))
        taken.update((i, j) for i in range(r0, r1 + 1) for j in range(c0, c1))
    for i in range(n_rows):
        for j in range(len(xs) - 1):
            if (i, j) not in taken:
                cells.append(GridCell(row=i, col=j))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(page=page, bbox=bbox, kind=kind, xs=xs, cells=cells, n_rows=n_rows,  # type: ignore[arg-type]
                row_tops=[a for a, _ in bands])


def split_at_columns(region: list[VLine], xs: list[float]) -> bool:
    return split_at_gutters(region, [(x, x) for x in xs[1:-1]])


def split_at_gutters(region: list[VLine], gutters: list[tuple[float, float]]) -> bool:
    """Split a chunk that runs over a column boundary where that boundary
    falls in a gap clearly wider than the chunk's word spaces: two cells
    printed close together ("Logements  Subvention ANRU" in a header whose
    right-aligned cells leave only the cell padding between them). A
    spanning label has ordinary word spaces at the boundary and stays whole.
    Returns True when a chunk was split."""
    changed = False
    for l in region:
        if l.full_width:
            continue
        out: list[list[Word]] = []
        for ch in l.chunks:
            ws = sorted(ch, key=lambda w: w.x0)
            gaps = [b.x0 - a.x1 for a, b in zip(ws, ws[1:])]
            height = sorted(w.bottom - w.top for w in ws)[len(ws) // 2]
            # The chunk's word spaces: its gaps no boundary falls in (a wrapped
            # line of figures, "2  €  5", may hold nothing but cell gaps).
            at_boundary = [any(a.x1 - 0.5 <= g1 and g0 <= b.x0 + 0.5 for g0, g1 in gutters)
                           for a, b in zip(ws, ws[1:])]
            cur = [ws[0]]
            for i, b in enumerate(ws[1:]):
                others = sorted(g for j, g in enumerate(gaps) if j != i and not at_boundary[j])
                space = others[len(others) // 2] if others else 0.0
                if at_boundary[i] and gaps[i] >= max(0.5 * height, 1.8 * space):
                    out.append(cur)
                    cur = []
                    changed = True
                cur.append(b)
            out.append(cur)
        l.chunks = out
    return changed


def opens_row(line: VLine, left: float, s: AlignedSettings) -> bool:
    """The line opens a table row whatever wraps under it: a cell in the first column (starting
    at the table's leftmost text ``left``), at least ``band_row_min_cells`` cells, a figure in
    the last (a wrapped cell's later lines hold fewer cells or no figure of their own)."""
    return (len(line.chunks) >= s.band_row_min_cells and min(w.x0 for w in line.chunks[0]) <= left + s.row_open_tol
            and bool(figure(" ".join(w.text for w in line.chunks[-1]))))


def rows_in_bands(lines, ys: list[float], s: AlignedSettings) -> list[float]:
    """Row boundaries the rules leave out: one before each row a band holds past its first when the
    rules bound groups of rows, not rows (shaded group rows across a table without rules, their
    bands' edges the only rules): a band holding two lines or more that each open a row (a
    cell in the first column, at least ``band_row_min_cells`` cells, a figure in the last)
    is cut above each of them. A row whose cells wrap opens once: its later lines hold fewer
    cells or no figure of their own at the end."""
    if not lines:
        return []
    left = min(l.x0 for l in lines)
    out: list[float] = []
    for a, b in zip(ys, ys[1:]):
        band = sorted((l for l in lines if a < (l.top + l.bottom) / 2 < b), key=lambda l: l.top)
        opening = [l for l in band if opens_row(l, left, s)]
        if len(opening) < 2:
            continue
        for l in opening[1:]:
            above = [m.bottom for m in band if (m.top + m.bottom) / 2 < l.top]
            if above:
                out.append((max(above) + l.top) / 2)
    return out


def _open_over_group_row(region: list[VLine], ys: list[float], rules: list[BBox]) -> bool:
    """No rule over the table's first lines and its first ruled band one line of one cell (a
    group row): the rules are a shaded group row's edges, the lines above them its header."""
    top = min(l.top for l in region)
    if any((r[1] + r[3]) / 2 <= top + 1 for r in rules) or len(ys) < 3:
        return False
    band = [l for l in region if ys[1] < (l.top + l.bottom) / 2 < ys[2]]
    return len(band) == 1 and len(band[0].chunks) == 1


def grid_for(page: int, region: list[VLine], xs: list[float], rules: list[BBox], kind: str,
             bbox: BBox, s: AlignedSettings) -> Grid:
    split_at_columns(region, xs)
    ys = _rule_rows(region, xs, rules, s) if rules else None
    grouped = ys is not None and (bool(rows_in_bands(region, ys, s)) or _open_over_group_row(region, ys, rules))
    if grouped:
        ys = None       # rules around groups of rows (shaded group rows): rows by whitespace
    if ys is not None:
        g = build_banded_grid(page, region, xs, ys, rules, kind, bbox)
    else:
        rows, _ = split_rows(region, xs, rules, s, grouped)
        g = widen_group_heads(join_label_paragraphs(build_grid(page, rows, xs, kind, bbox)), s)
    g.source = (region, rules)  # kept to re-split a continuation with its first page's columns
    return spread_group_rows(g)


def merge_complementary_columns(g: Grid, s: AlignedSettings) -> Grid:
    """Two adjacent columns no row ever fills both of (each row has its text
    in one or the other, or one cell over both: the header) are one column
    whose values sit apart: a dash centred and figures set right, a header
    left and its values right. Columns of their own ("Débit", "Crédit")
    have a header cell each, in one row. Needs a few rows filled to tell."""
    k = 0
    while k < g.n_cols - 1:
        both = filled = 0
        for r in range(g.n_rows):
            left = [c for c in g.row_cells(r) if c.words and c.col <= k < c.col + c.colspan]
            right = [c for c in g.row_cells(r) if c.words and c.col <= k + 1 < c.col + c.colspan]
            if left or right:
                filled += 1
            if left and right and left[0] is not right[0]:
                both += 1
        # A table of one row under its header: two rows are all it has to tell.
        if both or filled < min(s.min_complementary_rows, g.n_rows):
            k += 1
            continue
        g = _merge_columns(g, k)
    return g


def _merge_columns(g: Grid, k: int) -> Grid:
    """g with columns k and k+1 one column (boundary xs[k+1] dropped)."""
    cells: list[GridCell] = []
    for r in range(g.n_rows):
        row = g.row_cells(r)
        merged_words = [w for c in row if c.colspan == 1 and c.col in (k, k + 1) for w in c.words]
        for c in row:
            if c.colspan == 1 and c.col in (k, k + 1):
                continue
            c0, c1 = c.col, c.col + c.colspan
            c0 = c0 - 1 if c0 > k else c0
            c1 = c1 - 1 if c1 > k + 1 else c1
            cells.append(GridCell(row=c.row, col=c0, rowspan=c.rowspan, colspan=max(1, c1 - c0),
                                  words=c.words, shaded=c.shaded))
        if not any(c.row == r and c.col <= k < c.col + c.colspan for c in cells):
            shaded = any(c.shaded for c in row if c.colspan == 1 and c.col in (k, k + 1))
            cells.append(GridCell(row=r, col=k, words=merged_words, shaded=shaded))
    cells.sort(key=lambda c: (c.row, c.col))
    xs = g.xs[:k + 1] + g.xs[k + 2:]
    return Grid(page=g.page, bbox=g.bbox, kind=g.kind, xs=xs, cells=cells, n_rows=g.n_rows,
                row_tops=g.row_tops, source=g.source)


def merge_hrules(rules: list[BBox], tol: float = 0.8, join: float = 1.5) -> list[BBox]:
    """One rule per drawn line: a border drawn cell by cell (Chromium paints
    each cell's edge as its own thin rectangle, often twice) is one rule
    across the table, so that it counts as running under the whole table."""
    out: list[list[float]] = []
    for r in sorted(rules, key=lambda r: ((r[1] + r[3]) / 2, r[0])):
        y = (r[1] + r[3]) / 2
        for o in reversed(out):
            if y - (o[1] + o[3]) / 2 > tol:
                out.append(list(r))
                break
            if r[0] <= o[2] + join and o[0] <= r[2] + join:
                o[0], o[1], o[2], o[3] = min(o[0], r[0]), min(o[1], r[1]), max(o[2], r[2]), max(o[3], r[3])
                break
        else:
            out.append(list(r))
    return [tuple(o) for o in out]  # type: ignore[misc]


def _gutter_runs(runs: list[list[VLine]], s: AlignedSettings) -> Iterator[tuple[list[VLine], list[tuple[float, float]]]]:
    """Each run with its gutters; a run with no gutter at all is cut at its lines of prose (one
    cell nearly as wide as the run) into pieces read on their own: numbered headings lined up at
    a tab stop and a table under them in one run of tight lines cover each other's gutters."""
    for run in runs:
        gutters = find_gutters(run, s)
        if gutters:
            yield run, gutters
            continue
        left, right = min(l.x0 for l in run), max(l.x1 for l in run)
        pieces: list[list[VLine]] = [[]]
        for l in run:
            if len(l.chunks) < 2 and l.x1 - l.x0 >= s.prose_cut_width * (right - left):
                pieces.append([])
            else:
                pieces[-1].append(l)
        for piece in pieces:
            if _enough_lines(piece, s) and (gutters := find_gutters(piece, s)):
                yield piece, gutters


def aligned_grids(page: int, words: list[Word], hrules: list[BBox], s: AlignedSettings,
                  more_rules: Optional[Callable[[], list[BBox]]] = None, body: float = 0.0) -> list[Grid]:
    """Tables among ``words``; ``more_rules()`` (dotted rules, costly to read)
    is called once, only when the page holds a candidate table. ``body`` is
    the document's body type size (``body_size``; 0.0: unknown)."""
    lines = visual_lines(words, s) if words else []
    extra_read = more_rules is None
    raw = list(hrules)
    hrules = merge_hrules(raw)
    used: set[int] = set()
    grids = []
    runs = [piece for run in _candidate_runs(lines, s, body) for piece in split_at_boxed_heads(run, raw, s)]
    for run, gutters in _gutter_runs([r for r in runs if _enough_lines(r, s)], s):
        parts, seps = _split_at_prose(run, gutters, s)
        for part in (p for joined in _join_parts(parts, seps, s, body) for p in _cut_at_column_change(joined, s)):
            # A part opens with a table line, as a run does: single-cell lines
            # left after a prose line (a wrapped caption's end, "Bourdonnais")
            # join the table only if _extend finds them tight against it.
            while part and len(part[0].chunks) < 2:
                part = part[1:]
            if not _enough_lines(part, s):
                continue
            gutters_p = find_gutters(part, s)
            if not gutters_p:
                continue
            if split_at_gutters(part, gutters_p):
                gutters_p = find_gutters(part, s) or gutters_p  # narrower, where the split cells leave room
            if not extra_read:
                raw += list(more_rules())  # type: ignore[misc]
                hrules = merge_hrules(raw)
                extra_read = True
            region = _extend(part, lines, gutters_p, used, s, hrules)
            used.update(id(l) for l in region)
            left = min(l.x0 for l in region)
            right = max(l.x1 for l in region)
            xs = gutter_columns(clear_gutters(gutters_p, region), left, right)
            xs = header_columns(region, xs, s) or xs
            top = min(l.top for l in region)
            bottom = max(l.bottom for l in region)
            band = (top - 2.5 * region[0].size, bottom + 2.5 * region[-1].size)

            def cover(r: BBox) -> float:
                return (min(r[2], right) - max(r[0], left)) / (right - left)
            # Rules drawn as one piece over a good part of the table (partial
            # rules under some columns are evidence), or drawn cell by cell
            # and, joined, running under (nearly) the whole table.
            near = merge_hrules([r for r in raw if cover(r) > 0.3 and band[0] <= r[1] <= band[1]]
                                + [r for r in hrules if cover(r) >= s.joined_rule_cover and band[0] <= r[1] <= band[1]])
            kind = "hrules" if near else "aligned"
            if near:
                top = min(top, min(r[1] for r in near))
                bottom = max(bottom, max(r[3] for r in near))
            grids.append(grid_for(page, region, xs, near, kind, (left, top, right, bottom), s))
    return grids
