"""Table captions: the line set apart above or below a table that names it.

A document prints its captions on one side of its tables, the same for all
of them (a word processor's caption style). Read table by table, a caption
printed below one table and right above the next is anyone's guess; read
over the document, the side is plain. So every table's candidates are read
on both sides first, the document votes for a side, and each table takes
the caption on that side (the other side only when it is no other table's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..text.model import Line, Page
from . import side_captions
from .caption_notes import after_notes
from .grid import Grid
from .settings import TitleSettings


@dataclass
class Caption:
    text: str
    line: Line          # the caption's last line above a table, its first line below one
    marked: bool        # opens with a caption label, or set in bold or italic


def free_rows(page: Page, grids: list[Grid]) -> list[Line]:
    """The lines outside every table top-down, pieces of one visual line
    (layer 1 may cut a line at a wide space) joined into one."""
    rows: list[Line] = []
    for l in sorted(_free_lines(page, grids), key=lambda l: (l.top, l.x0)):
        last = rows[-1] if rows else None
        if last is not None and min(l.bottom, last.bottom) - max(l.top, last.top) > 0.5 * (l.bottom - l.top):
            rows[-1] = Line(words=sorted(last.words + l.words, key=lambda w: w.x0), page=l.page)
        else:
            rows.append(l)
    return rows


def _free_lines(page: Page, grids: list[Grid]) -> list[Line]:
    def inside(line: Line, b) -> bool:
        cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
        return b[0] - 1.5 <= cx <= b[2] + 1.5 and b[1] - 1.5 <= cy <= b[3] + 1.5
    return [l for l in page.lines if l.words and not any(inside(l, g.bbox) for g in grids)]


def labelled(line: Line, s: TitleSettings) -> bool:
    """The line opens with a caption label ("Tableau 3 :"): a paragraph of its own."""
    return bool(re.match(s.caption_label, line.text.strip(), re.IGNORECASE))


def _styled(lines: list[Line]) -> bool:
    return all(w.bold or w.italic for l in lines for w in l.words)


def _heading(line: Line, s: TitleSettings) -> bool:
    """A numbered heading ("Art. 10.", "8.2 Les …"), not a caption."""
    return not labelled(line, s) and bool(re.match(s.heading_number, line.text.strip(), re.IGNORECASE))


class _Measure:
    """The page's text measure: a line ending well short of its right edge
    ends its paragraph (a caption is a paragraph of its own, however tight
    the spacing around it); a full line may go on below."""

    def __init__(self, rows: list[Line], s: TitleSettings):
        self.left = min((l.x0 for l in rows), default=0.0)
        self.right = max((l.x1 for l in rows), default=0.0)
        self.s = s

    def short(self, line: Line, nxt: Optional[Line] = None) -> bool:
        return self.right - line.x1 > self.s.short_line_share * max(1.0, self.right - self.left)

    def gap(self, prev: Line, line: Line) -> float:
        """The white between ``prev`` and ``line`` below it."""
        return line.top - prev.bottom


class _CellMeasure(_Measure):
    """The measure of a caption wrapped in a narrow column (a table beside another): its
    lines end where the next one's first word would not fit before the table's right edge;
    a line leaving room for it ends its paragraph."""

    def __init__(self, rows: list[Line], s: TitleSettings, right: float):
        super().__init__(rows, s)
        self.right = right

    def short(self, line: Line, nxt: Optional[Line] = None) -> bool:
        if nxt is None or not nxt.words:
            return super().short(line)
        first = nxt.words[0]
        space = 0.3 * (first.size or 10.0)
        return self.right - line.x1 > (first.x1 - first.x0) + space

    def gap(self, prev: Line, line: Line) -> float:
        """From the pitch: a row of a column's words alone has no descender unless its own
        words hang one (the page's visual line had the other column's), so its bottom is no
        measure of the white under it; a line of type is 1.2 of its size high."""
        return line.top - prev.top - 1.2 * (prev.size or 10.0)


def above(page: Page, grid: Grid, grids: list[Grid], s: TitleSettings,
          rows: Optional[list[Line]] = None) -> Optional[Caption]:
    """The caption above: a paragraph just above the table, of one line, or
    of a few lines all set in bold or italic. The last line of a longer
    paragraph, or a sentence announcing the table ("… sont les suivants :"),
    is prose, not a caption."""
    rows = free_rows(page, grids) if rows is None else rows
    rows, measure = _own_column(page, grid, grids, rows, s)
    over = [l for l in rows if l.bottom <= grid.bbox[1] + 1 or (l.top + l.bottom) / 2 < grid.bbox[1] - 1.5]
    if not over:
        return None
    line = over[-1]
    size = line.size or 10.0
    if grid.bbox[1] - line.bottom > s.max_gap_em * size:
        return None
    text = line.text.strip()
    if not text or len(text) > s.max_chars or text.endswith(":"):
        return None
    para = [line]
    for prev in reversed(over[:-1]):
        # A paragraph ends at a gap, before a labelled line, after a line
        # closing a sentence or ending short, or where a styled caption
        # follows body text.
        if (measure.gap(prev, para[0]) >= s.paragraph_gap_em * size or labelled(para[0], s)
                or prev.text.rstrip().endswith((".", ":")) or measure.short(prev, para[0])
                or (_styled(para) and not _styled([prev]))):
            break
        para.insert(0, prev)
        if len(para) > s.max_styled_lines:
            return None
    marked = labelled(para[0], s) or _styled(para)
    if len(para) == 1:
        # A sentence of prose ends with a full stop; a caption seldom does,
        # unless set apart by its style or its label.
        if text.endswith(".") and not marked:
            return None
        return Caption(text, line, marked)
    if not _styled(para):
        return None
    text = " ".join(" ".join(l.text for l in para).split())
    return Caption(text, line, True) if len(text) <= s.max_chars else None


def below(page: Page, grid: Grid, grids: list[Grid], s: TitleSettings, plain: bool = False,
          rows: Optional[list[Line]] = None) -> Optional[Caption]:
    """The caption below: the line right under the table, a paragraph of its
    own, in italic or bold or opening with a caption label (in any style
    when ``plain``: the document prints its captions below). A numbered
    heading is never one."""
    rows = free_rows(page, grids) if rows is None else rows
    rows, measure = _own_column(page, grid, grids, rows, s)
    # a line whose middle is below the table (a caption set tight under the last rule may reach a
    # point or two above it with its ascenders)
    under = [l for l in rows if l.top >= grid.bbox[3] - 1 or (l.top + l.bottom) / 2 > grid.bbox[3] + 1.5]
    under, bottom = after_notes(under, grid)      # a caption set after the table's notes
    if not under:
        return None
    line = under[0]
    size = line.size or 10.0
    if line.top - bottom > s.max_gap_below_em * size:
        return None
    text = line.text.strip()
    if not text or len(text) > s.max_chars or text.endswith(":") or _heading(line, s):
        return None
    if (len(under) > 1 and (measure.gap(line, under[1]) < s.paragraph_gap_em * size or _one_leading(under, s))
            and not labelled(under[1], s) and not measure.short(line, under[1])
            and not (_styled([line]) and not _styled([under[1]]))):
        return None          # the first line of a paragraph
    # Italic, as caption styles set it; a bold line may be the next heading.
    marked = labelled(line, s) or all(w.italic for w in line.words)
    if marked or (plain and not text.endswith(".")):
        return Caption(text, line, marked)
    return None


def _own_column(page: Page, grid: Grid, grids: list[Grid], rows: list[Line],
                s: TitleSettings) -> tuple[list[Line], _Measure]:
    """The rows a caption of ``grid`` is read from, and their measure: the page's free rows,
    or, for a table with another beside it, the free words of its own column
    (side_captions.py) measured to its right edge."""
    span = side_captions.column(grid, grids)
    if span is None:
        return rows, _Measure(rows, s)
    mine = side_captions.column_rows(page, grids, span)
    return mine, _CellMeasure(mine, s, grid.bbox[2])


def _one_leading(under: list[Line], s: TitleSettings) -> bool:
    """The first lines under a table follow each other at one pitch: a paragraph set with a
    loose leading (its lines as far apart as a tight paragraph gap), not a caption and the
    paragraph after it."""
    if len(under) < 3:
        return False
    a, b = under[1].top - under[0].top, under[2].top - under[1].top
    return abs(a - b) <= s.same_leading_em * (under[0].size or 10.0)


def _next_table_title(line: Line, page: Page, grids: list[Grid], rows: list[Line], s: TitleSettings) -> bool:
    """The line sits right above the next table on its page, nothing between."""
    size = line.size or 10.0
    nxt = [g for g in grids if g.bbox[1] >= line.bottom - 1]
    if not nxt:
        return False
    top = min(g.bbox[1] for g in nxt)
    if top - line.bottom > s.max_gap_em * size:
        return False
    return not any(line.bottom <= l.top and l.bottom <= top + 1 for l in rows)


@dataclass
class Placed:
    """A table as the caption vote sees it: its first and last grids."""
    first: Grid
    last: Grid


def titles(tables: list[Placed], pages: dict[int, Page], by_page: dict[int, list[Grid]],
           s: TitleSettings, layout: Optional[list[bool]] = None) -> list[str]:
    """Each table's caption text ("" for none): see ``captions``."""
    return [c.text if c is not None else "" for c in captions(tables, pages, by_page, s, layout)]


def captions(tables: list[Placed], pages: dict[int, Page], by_page: dict[int, list[Grid]],
             s: TitleSettings, layout: Optional[list[bool]] = None) -> list[Optional[Caption]]:
    """Each table's caption (None for none), the document's side decided by a vote.

    A line under table A and right over table B (the next one) is either's:
    it goes to the side the document votes for, else to B (captions above
    are the commoner), unless that table has a caption of its own already.
    ``layout``: the tables that are layout grids (layout.py: the signatories'
    blocks, a framed heading): the line by one of them is no data table's
    caption ("Fait à Lens, le 27 septembre 2021" over the signatures) and has
    no say in the side the document prints its captions on."""
    rows_cache: dict[int, list[Line]] = {}

    def rows(page: int) -> list[Line]:
        if page not in rows_cache:
            rows_cache[page] = free_rows(pages[page], by_page.get(page, []))
        return rows_cache[page]

    ups: list[Optional[Caption]] = []
    downs: list[Optional[Caption]] = []
    for t in tables:
        p = t.first.page
        ups.append(above(pages[p], t.first, by_page[p], s, rows(p)))
        p = t.last.page
        down = below(pages[p], t.last, by_page[p], s, True, rows(p))
        if down is None and p + 1 in pages and not any(l.top >= t.last.bbox[3] - 1 for l in rows(p)):
            down = _overleaf(pages[p + 1], by_page.get(p + 1, []), rows(p + 1), s)
        downs.append(down)
    # shared[i]: the line under table i is also the caption candidate over table i + 1.
    shared = [d is not None and i + 1 < len(ups) and ups[i + 1] is not None and _same_line(d.line, ups[i + 1].line)
              for i, d in enumerate(downs)]
    own_up = [u if not (i > 0 and shared[i - 1]) else None for i, u in enumerate(ups)]
    own_down = [d if not shared[i] else None for i, d in enumerate(downs)]
    voters = [not (layout and layout[i]) for i in range(len(tables))]
    side = vote([u for u, v in zip(own_up, voters) if v], [d for d, v in zip(own_down, voters) if v],
                sum(1 for x, v in zip(shared, voters) if x and v), s)
    if side != "below":   # plain short lines under a table are captions only in such documents
        own_down = [d if d is not None and d.marked else None for d in own_down]
    out: list[Optional[Caption]] = [None] * len(tables)
    for i in range(len(tables)):
        mine = own_down[i] if side == "below" else own_up[i]
        if mine is not None:
            out[i] = mine
    for i, is_shared in enumerate(shared):
        if not is_shared:
            continue
        down = downs[i]
        nxt_own = own_down[i + 1] if i + 1 < len(own_down) else None
        order = [i, i + 1] if side == "below" or (side is None and nxt_own is not None and nxt_own.marked) \
            else [i + 1, i]
        for k in order:
            if not out[k] and (k == i + 1 or down.marked or side == "below"):
                out[k] = down
                break
    # Captions on the other side, where a table has none on the document's.
    for i, t in enumerate(tables):
        if out[i]:
            continue
        other = own_up[i] if side == "below" else own_down[i]
        if other is None or (side == "below" and not other.marked):
            continue
        if other is own_down[i] and _next_table_title(other.line, pages[other.line.page], by_page.get(other.line.page, []),
                                                      rows(other.line.page), s):
            continue
        out[i] = other
    return out


def caption_lines(c: Caption, page: Page, grids: list[Grid]) -> list[Line]:
    """The page's lines a caption is printed on: those holding its line's words (a row joined
    from pieces), and the free lines next to them (above them over a table, below them under
    one) whose text is part of the caption."""
    ids = {id(w) for w in c.line.words}
    lines = sorted(_free_lines(page, grids), key=lambda l: (l.top, l.x0))
    at = [i for i, l in enumerate(lines) if any(id(w) in ids for w in l.words)]
    if not at:
        return []
    text = " ".join(c.text.split())

    def part(l: Line) -> bool:
        return bool(l.text.strip()) and " ".join(l.text.split()) in text

    out = [lines[i] for i in at]
    k = at[0] - 1
    while k >= 0 and part(lines[k]):
        out.append(lines[k])
        k -= 1
    k = at[-1] + 1
    while k < len(lines) and part(lines[k]):
        out.append(lines[k])
        k += 1
    return out


def _overleaf(page: Page, grids: list[Grid], rows: list[Line], s: TitleSettings) -> Optional[Caption]:
    """A table ending its page: its caption below may open the next page,
    above anything else there."""
    if not rows:
        return None
    top = min((g.bbox[1] for g in grids), default=page.height)
    first = rows[0]
    if first.bottom > top + 1:
        return None
    fake = Grid(page=page.number, bbox=(first.x0, first.top - 1.0, first.x1, first.top - 1.0), kind="aligned",
                xs=[first.x0, first.x1], cells=[], n_rows=0)
    return below(page, fake, grids, s, True, rows)


def _same_line(a: Line, b: Line) -> bool:
    return a.page == b.page and abs(a.top - b.top) < 0.5 and a.text == b.text


def vote(ups: list[Optional[Caption]], downs: list[Optional[Caption]], shared: int,
         s: TitleSettings) -> Optional[str]:
    """The side the document prints its captions on: where more tables have
    a caption of their own (a line between two tables, ``shared`` of them,
    is either's and does not vote); marked captions (a label, italic) weigh
    more than plain short lines. A side wins by more than a margin, or
    alone: captions below and no line over any table. None when even."""
    def weight(c: Optional[Caption]) -> float:
        if c is None or _heading(c.line, s):
            return 0.0
        return 1.0 if c.marked else s.plain_caption_weight
    up = sum(weight(c) for c in ups)
    down = sum(weight(c) for c in downs)
    alone = down > 0 and up == 0 and (not shared or sum(1 for c in downs if weight(c)) >= 2)
    if down > up + s.min_vote_margin or alone:
        return "below"
    if up > down + s.min_vote_margin:
        return "above"
    return None
