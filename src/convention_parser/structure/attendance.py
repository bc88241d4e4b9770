"""A session header read as labelled fields, from the positions of its words.

A deliberation's header sets its attendance as label / value pairs, and Word
users typeset those pairs many ways: running text ("Présents : A, B, C"),
a tab stop after the label with or without a hanging indent, the label on its
own line and the values indented under it, a two-column table (ruled or not:
"Président" | name), a table with one column per label ("Présents | Excusés |
Absents"). What they share is geometry: a label opens a *column* (the label's
left edge) and its value runs on the same visual row and on the rows under it,
until another label, a paragraph break, a finished sentence or a line that
leaves the value's column.

So this module works on visual rows rebuilt from word boxes (not on layer 1's
line order, which may split a justified row in two or join a hyphenated word
with a fragment taken from the wrong piece), cut each row into segments at wide
gaps (tab stops, table columns), and gives each segment to the field whose
column holds it. Table cells, tab stops and hanging indents then read alike.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace
from typing import Callable, NamedTuple, Optional

from ..french.bullets import ALL_GLYPHS, DASHES
from ..french.words import PERSON_PARTICLES
from ..text.model import Word, same_run
from ..text.words import is_leader
from .gutters import BoxRow, find_gutters
from .lines import BodyLine, clean
from .names import split_list
from .offices import is_office, office_tail_off, without_office
from .settings import GridSettings, structure_settings


SOFT_HYPHEN = "\u00ad"
_HYPHEN_ENDS = ("-", "\u2010", "\u2011")

# Fields whose value is a list of people (a row may hold one entry of it).
LIST_KINDS = frozenset({"present", "excused", "proxies", "represented", "absent", "not_voting"})
# Says whether a text is one entry of a field's list ("Madame Anne MARTIN", "X (pouvoir à Y)"),
# given the field's kind; the family's rules know the phrasings (deliberation.py).
EntryTest = Callable[[str, str], bool]


@dataclass
class Segment:
    words: list[Word]
    list_item: bool = False         # the row was a bullet item ("- X à Y")
    in_table: bool = False          # from a table (ruled cell or a region the table finder took)
    bullet: str = ""                # the item's glyph, layer 1 stripped it ("-", "•")
    cell: Optional[tuple[int, int]] = None  # the ruled cell layer 1 read it in (row, column per page)

    @property
    def text(self) -> str:
        return clean(" ".join(w.text for w in self.words))

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)


@dataclass
class Row:
    page: int
    top: float
    height: float
    segments: list[Segment]
    gutters: list[tuple[float, float]] = field(default_factory=list)  # column strips crossing the row
    size: float = 0.0               # the words' type size (0: unknown)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    def same_block(self, a: float, b: float) -> bool:
        """No column gutter of the row between x positions a and b. (A position may come
        from a row above the gutter's run, inside its strip: "Présents :" at x 152 over a
        list beside a margin column that ends at 114, the strip reaching the list at 294.)"""
        lo, hi = min(a, b), max(a, b)
        return not any(g0 < hi and lo < g1 and not (g0 <= lo and hi <= g1) for g0, g1 in self.gutters)

    def label_side(self) -> list[Segment]:
        """The row's segments left of its first gutter (the label's cell, however its
        justified spaces cut it); without a gutter, its first segment."""
        edges = [g0 for g0, _ in self.gutters if g0 >= self.segments[0].x1 - 0.5]
        if not edges:
            return self.segments[:1]
        return [s for s in self.segments if s.x1 <= min(edges) + 0.5]

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


class Span(NamedTuple):
    """One segment of a row that went into a piece: where it stands, its words (a list set in
    columns is read down each column from them: list_columns.py)."""
    page: int
    top: float
    height: float
    words: list[Word]


@dataclass
class Piece:
    """One row's share of a field's value."""
    text: str
    x0: float
    x1: float
    list_item: bool
    first_width: float = 0.0        # width of its first word (would it have fit on the row above?)
    height: float = 10.0            # its words' height: the unit of the slack allowed
    in_table: bool = False          # its row was a table's
    heading: bool = False           # a group's heading on a row of its own ("Groupe « Agir ensemble »")
    bold: bool = False              # every word in bold
    cell: Optional[tuple[int, int]] = None  # the ruled cell of its row, if any
    page: int = 0                   # the page and top of its row
    top: float = 0.0
    group: bool = False             # a group's cell beside its members ("Nevers" | "M. X, Mme Y"): no name
    spans: list[Span] = field(default_factory=list)     # the row's segments it holds
    right: float = 0.0              # where its column ends, when the list is set in columns (0: the field's)


@dataclass
class Field:
    kind: str                       # the label's field: "present", "excused", "proxies", ...
    label: str                      # as printed
    count: Optional[int]            # "Présents (19) :" -> 19
    x: float                        # the label's left edge: the field's column
    page: int
    value_x: Optional[float] = None  # left edge of the value's first piece
    pieces: list[Piece] = field(default_factory=list)
    last_top: float = 0.0
    last_height: float = 0.0
    right: float = 0.0              # where the value's text block ends (the page's text edge, the next column)
    in_table: bool = False          # the label sits in a table: the table's rows carry the value
    open_label: bool = False        # the label had no colon: its cell may wrap onto the next row
    wrapped_back: bool = False      # a continuation row came back to the label's margin
    indented: bool = False          # a continuation row sat in the value's column
    label_gutters: list[tuple[float, float]] = field(default_factory=list)  # gutters of the label's row
    label_strips: bool = False      # a gutter strip crossed the label's row (whether it opened a column there or not)
    size: float = 0.0               # the label's type size

    @property
    def text(self) -> str:
        return join_pieces([p.text for p in self.pieces])


@dataclass
class Header:
    fields: list[Field]
    paragraphs: list[str]           # the text outside fields, one string per paragraph, in order
    order: list[tuple[str, object]]  # ("field", Field) / ("text", str) in reading order
    # texts of rows at a page's foot or head told apart from a list running over the break
    # (what the furniture pass left: a page number, a running title, a title atop the page)
    running: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)   # texts set wholly in bold (a title: "ORDRE DU JOUR")


def join_pieces(texts: list[str]) -> str:
    """Rows of one value joined: a hyphen at a row end that ties a compound name
    ("GAUTIER-" / "MEDEIROS") stays and joins, a soft hyphen (layer 1 judged the
    hyphen the typesetter's: "NIC" / "OLAS") joins without one; any other row end
    is a space."""
    out = ""
    for t in texts:
        if not out:
            out = t
        elif out.endswith(SOFT_HYPHEN) and t[:1].isalpha():
            out = out[:-1] + t
        elif re.search(r"[^\W\d_]-$", out) and t[:1].isalpha():
            out = out + t if t[:1].isupper() else out[:-1] + t
        else:
            out = f"{out} {t}"
    return out.replace(SOFT_HYPHEN, "-")


# --------------------------------------------------------------------------
# Rows and segments

class _Placed(NamedTuple):
    page: int
    word: Word
    line: BodyLine
    fragment: bool                  # the tail of a word hyphenated on the line above


def _words(lines: list[BodyLine]) -> list[_Placed]:
    """The words of the lines, with a word hyphenated across a line end (layer 1 joined
    it, keeping the fragment it took from the next line) split back into its two boxes:
    the rows here are rebuilt from positions, and they join hyphens themselves. A dot
    leader ("M. Jean DUPONT ........ P") stands for the gap it fills: left out, it lets the
    row be cut there like a tab stop's gap."""
    out: list[_Placed] = []
    for bl in lines:
        for w in bl.line.words:
            if is_leader(w.text):
                continue
            frag = w.continued
            if frag is None and w.soft_hyphen and w.text.endswith(_HYPHEN_ENDS) and len(w.text) > 1:
                # a break at a soft hyphen layer 1 could not join (its rest on another column's
                # row, "BERT-" | … / "RAND Florence"): join_pieces drops it
                w = replace(w, text=w.text[:-1] + SOFT_HYPHEN)
            if frag is None or not w.text.endswith(frag.text):
                out.append(_Placed(bl.page, w, bl, False))
                continue
            head = w.text[:len(w.text) - len(frag.text)]
            # Layer 1 kept a compound's hyphen or dropped a typesetting one: the second
            # comes back as a soft hyphen, for join_pieces to drop again. (Layer 1 may have
            # judged it against another column's line, a label's wrapped "procuration :" left of
            # a value's "DUVAL-": there the hyphen is what the PDF drew, CARON on the next row.)
            typed = not w.soft_hyphen and frag.x0 < _block_start(bl.line.words, w) - (w.size or w.bottom - w.top)
            head = head if head.endswith("-") else head + ("-" if typed else SOFT_HYPHEN)
            out.append(_Placed(bl.page, Word(head, w.x0, w.top, w.x1, w.bottom, size=w.size, bold=w.bold, run=w.run),
                               bl, False))
            out.append(_Placed(w.continued_page or bl.page, frag, bl, True))
    return out


def _block_start(words: list[Word], w: Word) -> float:
    """Where the stretch of the line that holds w starts: back from w up to a gap wider than
    a word space stretched (a label's cell, a tab stop, a gutter left of it)."""
    k = next(i for i, x in enumerate(words) if x is w)
    gap = structure_settings().attendance.block_gap * (w.size or w.bottom - w.top)
    while k and words[k].x0 - words[k - 1].x1 <= gap:
        k -= 1
    return words[k].x0


def build_rows(lines: list[BodyLine], settings: GridSettings | None = None) -> list[Row]:
    """Visual rows, top-down per page, each cut into segments at wide gaps and at column
    gutters. Cost: a sort, a look at the last few rows per word, and the gutter scan.

    Word boxes hug their glyphs ("-" sits low, "Françoise" hangs below its row, an accented
    capital stands above it), and a margin column's small type sits between the body's rows:
    so rows are first gathered per type size, a word joining the recent row its box overlaps
    most; then rows of different sizes side by side (a margin beside the body) are one row."""
    settings = settings or structure_settings().attendance
    items = sorted(_words(lines), key=lambda t: (t.page, (t.word.top + t.word.bottom) / 2, t.word.x0))
    by_size: dict[tuple[int, float], list[list[_Placed]]] = {}
    groups: list[list[_Placed]] = []
    extent: dict[int, tuple[float, float]] = {}   # id(group) -> _extent(group), renewed as it grows
    for item in items:
        recent = by_size.setdefault((item.page, round(item.word.size * 2) / 2), [])
        best, best_share = None, settings.row_overlap
        for g in recent[-settings.open_rows:]:
            share = _overlap_share(item.word, extent[id(g)])
            if share >= best_share:
                best, best_share = g, share
        if best is None:
            best = [item]
            recent.append(best)
            groups.append(best)
        else:
            best.append(item)
        extent[id(best)] = _extent(best)
    groups = _rehome(by_size, extent, settings)
    groups.sort(key=lambda g: (g[0].page, sum(extent[id(g)]) / 2))
    merged: list[list[list[_Placed]]] = []     # a visual row: its groups, one per type size
    for g in groups:
        host = next((m for m in merged[-settings.open_rows:]
                     if m[0][0].page == g[0].page
                     and all(_beside_rows(h, g, extent[id(h)], extent[id(g)], settings) for h in m)), None)
        if host is None:
            merged.append([g])
        else:
            host.append(g)
    rows = [_row(parts, settings) for parts in merged]
    return _rejoin_label_tails(_rejoin_colons(_cut_gutters(rows)), settings)


# A label's tail cut off into a segment of its own: its count, its colon.
_LABEL_TAIL = re.compile(r"\(\s*\d{1,3}\s*\)(?:\s*[:：])?|[:：]")


def _rejoin_label_tails(rows: list[Row], settings: GridSettings) -> list[Row]:
    """A label's count or colon read as a segment of its own goes back onto the segment before
    it, when close ("PRÉSENTS" | "(10)" | ":": a letter-spaced label whose glyph runs layer 1
    kept apart, each taken for a cell of the table it sits in)."""
    for row in rows:
        if len(row.segments) < 2 or not any(_LABEL_TAIL.fullmatch(sg.text) for sg in row.segments[1:]):
            continue
        kept = [row.segments[0]]
        for sg in row.segments[1:]:
            if _LABEL_TAIL.fullmatch(sg.text) and sg.x0 - kept[-1].x1 <= settings.segment_gap * row.height:
                kept[-1].words.extend(sg.words)
            else:
                kept.append(sg)
        row.segments = kept
    return rows


def _rehome(by_size: dict[tuple[int, float], list[list[_Placed]]], extent: dict[int, tuple[float, float]],
            settings: GridSettings) -> list[list[_Placed]]:
    """Words placed before their own row existed, measured again against the rows once all
    are built: a word whose box a nearby row of its type size covers clearly better than its
    own row goes there. (An accented capital raises a word's top, "NOËL" in the right column
    of lists side by side: it sorted ahead of its line's "Mathieu" and joined the left
    column's row above, which its box also overlaps.) Returns every non-empty row."""
    out: list[list[_Placed]] = []
    for recent in by_size.values():
        moved = False
        for k, g in enumerate(recent):
            near = recent[max(0, k - settings.open_rows):k] + recent[k + 1:k + 1 + settings.open_rows]
            for item in list(g):
                if len(g) == 1:
                    break
                own = _overlap_share(item.word, extent[id(g)])
                best = max(near, key=lambda h: _overlap_share(item.word, extent[id(h)]), default=None)
                if best is not None and best and \
                        _overlap_share(item.word, extent[id(best)]) >= own + settings.rehome_margin:
                    g.remove(item)
                    best.append(item)
                    moved = True
        if moved:
            for g in recent:
                if g:
                    extent[id(g)] = _extent(g)
        out.extend(g for g in recent if g)
    return out


def _extent(group: list[_Placed]) -> tuple[float, float]:
    """A row's usual top and bottom (medians: a tall or hanging glyph does not stretch it)."""
    return (statistics.median(t.word.top for t in group), statistics.median(t.word.bottom for t in group))


def _overlap_share(w: Word, extent: tuple[float, float]) -> float:
    """How much of the word's box (or of the row's extent, if smaller) the two share."""
    top, bottom = extent
    inter = min(w.bottom, bottom) - max(w.top, top)
    return inter / max(min(w.bottom - w.top, bottom - top), 0.5)


def _beside_rows(a: list[_Placed], b: list[_Placed], extent_a: tuple[float, float],
                 extent_b: tuple[float, float], settings: GridSettings) -> bool:
    """Two rows of different type sizes at one height (their _extent), apart in x: one visual row."""
    (at, ab), (bt, bb) = extent_a, extent_b
    share = (min(ab, bb) - max(at, bt)) / max(min(ab - at, bb - bt), 0.5)
    return share >= settings.row_overlap and all(v.word.x1 <= w.word.x0 or w.word.x1 <= v.word.x0
                                                 for v in a for w in b)


def _cut_gutters(rows: list[Row]) -> list[Row]:
    """Cut each row's segments at the column gutters crossing it (gutters.py): a margin
    column a few points from the body, a label cell whose stretched spaces nearly reach
    the value column."""
    boxes = [BoxRow(r.page, r.height, [(w.x0, w.x1) for s in r.segments for w in s.words]) for r in rows]
    for row, strips in zip(rows, find_gutters(boxes)):
        if not strips:
            continue
        row.gutters = strips
        cuts = sorted((a + b) / 2 for a, b in strips)
        segments: list[Segment] = []
        for seg in row.segments:
            parts: dict[int, list[Word]] = {}
            side = 0
            for k, w in enumerate(seg.words):
                # (a justified line's words stay together across a gutter its stretched spaces
                # line up with: one text object)
                if not (k and same_run(seg.words[k - 1], w)):
                    side = sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c)
                parts.setdefault(side, []).append(w)
            for k, (_, words) in enumerate(sorted(parts.items())):
                segments.append(Segment(words, seg.list_item and k == 0, seg.in_table, seg.bullet if k == 0 else "",
                                        cell=seg.cell))
        row.segments = segments
    return rows


def _rejoin_colons(rows: list[Row]) -> list[Row]:
    """A long label wrapped just before its colon ("… du CGCT" / ": A, B", "Secrétaire de
    séance" | "X" / ":"): the row that opens with the colon goes back onto the label's row,
    into the segment of the colon's column."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev.page == row.page and row.segments[0].text.startswith((":", "：")) \
                and row.top - prev.top < 2.5 * prev.height:
            colon = row.segments[0]
            left = [s for s in prev.segments if s.x0 <= colon.x0 + prev.height]
            host = left[-1] if left else prev.segments[-1]
            host.words.extend(colon.words)
            rest = row.segments[1:]
            if host is prev.segments[-1]:
                prev.segments.extend(rest)
            elif rest:
                out.append(Row(row.page, row.top, row.height, rest, row.gutters, row.size))
                continue
            prev.top = row.top              # rows under it are measured from where it ends
            continue
        out.append(row)
    return out


def _row(parts: list[list[_Placed]], settings: GridSettings) -> Row:
    """One visual row from its groups of words (one per type size): cut into segments at wide
    gaps, between ruled cells, and where the type size changes (a margin column in small type
    a few points from the body's text)."""
    block = {id(t): k for k, part in enumerate(parts) for t in part}
    group = sorted((t for part in parts for t in part), key=lambda t: t.word.x0)
    heights = [t.word.bottom - t.word.top for t in group]
    h = max(statistics.median(heights), 1.0)
    segments: list[Segment] = []
    prev: Optional[_Placed] = None
    for item in group:
        w, bl = item.word, item.line
        new_cell = prev is not None and prev.line.line.cell is not None and prev.line.line.cell != bl.line.cell
        # (A wide gap inside one text object is a justified line's stretched space, no cut.)
        if prev is None or new_cell or w.x0 - prev.word.x1 > settings.segment_gap * h and not same_run(prev.word, w) \
                or block[id(item)] != block[id(prev)]:
            # A bullet opens the line's first word, never a fragment it took from the line above.
            item_start = bl.list_item and not item.fragment and (prev is None or prev.line is not bl)
            segments.append(Segment([], list_item=item_start,
                                    in_table=bl.line.table_id is not None or bl.line.cell is not None,
                                    bullet=bl.line.bullet if item_start else "",
                                    cell=bl.line.cell))
        segments[-1].words.append(w)
        prev = item
    # A bullet glyph left in the text ("- X à Y") marks a list item too.
    for s in segments:
        if s.words and s.words[0].text in ALL_GLYPHS and len(s.words) > 1:
            s.bullet = s.words[0].text
            s.words = s.words[1:]
            s.list_item = True
    sizes = [t.word.size for t in group if t.word.size]
    # (An accent over a capital does not raise the row: the top is taken at most max_rise above
    # each word's baseline.)
    top = min(max(t.word.top, t.word.base - settings.max_rise * t.word.size)
              if t.word.base > t.word.top and t.word.size else t.word.top for t in group)
    return Row(page=group[0].page, top=top, height=h, segments=segments,
               size=statistics.median(sizes) if sizes else 0.0)


# --------------------------------------------------------------------------
# Fields

# Inclusive endings in labels: "Présent(e)s", "Excusé·e·s", "Absent.e.s".
# (In capitals too: a label set in capitals by a style, "EXCUSÉ(E)S :", "PRÉSENT·E·S :".)
_INCLUSIVE = re.compile(r"\((?:e|es|s|ne|nes)\)|(?<=[a-zéè])[·.](?:e|ne)[·.](?=s\b)|(?<=[a-zéè])[·](?:e|ne)\b",
                        re.IGNORECASE)


def without_inclusive(text: str) -> str:
    """The label without its inclusive endings ("Présent(e)s" -> "Présents")."""
    return _INCLUSIVE.sub("", text)


@dataclass
class Labels:
    """Compiled label rules: field kind -> regex of the label's words (no colon)."""
    rules: dict[str, re.Pattern]

    @classmethod
    def from_config(cls, cfg: dict[str, str]) -> "Labels":
        tail = r"(?:\s*\(\s*(?P<count>\d+)\s*\))?"
        return cls({kind: re.compile(rf"^(?:{rx})\b{tail}", re.IGNORECASE) for kind, rx in cfg.items() if rx})

    def match(self, seg: Segment, alone_ok: bool) -> Optional[tuple[str, str, Optional[int], str, bool]]:
        """(kind, label, count, value, open) when the segment opens with a label. A label ends
        with a colon; without one (open) it must fill its segment (a table cell, a tab column)."""
        return self.match_text(seg.text, alone_ok)

    def match_text(self, text: str, alone_ok: bool) -> Optional[tuple[str, str, Optional[int], str, bool]]:
        """Labels.match on a text."""
        text = _INCLUSIVE.sub("", text)
        best = None
        for kind, rx in self.rules.items():
            m = rx.match(text)
            if not m:
                continue
            rest = text[m.end():]
            colon = re.match(r"\s*[:：]\s*", rest)
            if colon:
                value = rest[colon.end():]
            elif not rest.strip(" .") and alone_ok:
                value = ""
            else:
                continue
            if best is None or m.end() > best[0]:
                count = int(m.group("count")) if m.group("count") else None
                best = (m.end(), kind, text[:m.end()].strip(), count, value.strip(), colon is None)
        return best[1:] if best else None


def read_header(lines: list[BodyLine], labels: Labels, settings: GridSettings | None = None,
                is_entry: Optional[EntryTest] = None) -> Header:
    """is_entry: tells a row that is one entry of a list (one name per row, at the label's
    margin or over a page break); without it only geometry and punctuation carry a value on."""
    settings = settings or structure_settings().attendance
    rows = _wrapped_side_labels(_wrapped_labels(build_rows(lines, settings), labels, settings), labels, settings)
    step = _line_step(rows)
    right = _right_edges(rows)
    usual_size = _usual_size(rows)
    fields: list[Field] = []
    open_: list[Field] = []                 # fields that may still grow, by column
    order: list[tuple[str, object]] = []
    running: list[str] = []
    bold: list[str] = []                    # paragraphs set wholly in bold (titles)
    para: list[str] = []
    para_bold = False
    last_free: Optional[Row] = None
    para_size = para_x0 = 0.0               # type size and left edge of the paragraph being read

    side: list[str] = []                    # lines in another type size beside the paragraph

    def close_para():
        if para:
            order.append(("text", join_pieces(para)))
            if para_bold:
                bold.append(order[-1][1])
            para.clear()
        order.extend(("text", t) for t in side)
        side.clear()

    fed: list[Field] = []                   # the fields the previous row fed
    prev_row: Optional[Row] = None
    carried: list[Field] = []               # the fields carried over the last page break
    awaiting: list[Field] = []              # ... while no row of the new page has fed them
    feeding: list[Field] = []               # the fields the last row that fed any fed
    edges = _page_edge_rows(rows, step, labels, settings)
    for i, row in enumerate(rows):
        if fed:
            feeding = fed
        if i in edges and any(f.kind in LIST_KINDS for f in fed) \
                and not any(_all_entries(row, is_entry, f.kind) for f in fed if f.kind in LIST_KINDS):
            # A page number or running title the furniture pass left at a page's foot or head,
            # beside a list running over the break: told as text, the list goes on past it.
            order.append(("text", row.text))
            running.append(row.text)
            continue
        prev_top_page = prev_row.page if prev_row is not None else row.page
        prev_page = prev_top_page
        if row.page != prev_top_page:
            # A list that filled its page to the bottom goes on at the top of the next one (past
            # a stamp or a margin's lines below its last row, which left it open).
            carried = list(fed) or [f for f in feeding if f in open_ and f.page == prev_top_page]
            for f in carried:
                f.page, f.last_top = row.page, row.top - step
        awaiting = carried if row.page != prev_top_page else []
        above_cells = {(prev_row.page, sg.cell) for sg in prev_row.segments if sg.cell is not None} \
            if prev_row is not None else set()
        last_fed = fed
        prev_row, fed = row, []
        page_right = right.get(row.page, row.x1)
        free: list[Segment] = []
        current: Optional[Field] = None     # the field a label on this row opened
        row_piece: Optional[Piece] = None   # its value's piece on this row
        opened: list[Field] = []
        row_groups: list[tuple[Field, Piece, bool]] = []  # group cells opening the row, by their field
        for k, seg in enumerate(row.segments):
            # (A label without its colon: in a cell, before another column, or set in bold on a
            # row of its own above its list, "Appel des membres" / "PRÉSENTS".)
            alone_ok = seg.in_table or k + 1 < len(row.segments) or _opens_column(seg, row, settings) \
                or (len(row.segments) == 1 and all(w.bold for w in seg.words))
            hit = labels.match(seg, alone_ok)
            if hit and hit[4] and seg.cell is not None and (row.page, seg.cell) in above_cells:
                hit = None                  # "Nombre de membres" / "présents": a cell's label
                                            # wrapped onto this row, no label of its own
            if hit and hit[4] and _inside_value(open_, seg, row, step, settings) \
                    and not _heads_column(open_, seg, row, settings):
                hit = None                  # "procuration" cut out of a justified value: a word of it
            if hit:
                kind, label, count, value, open_label = hit
                # A label closes the fields in its column and to its right, in its block (a
                # margin column's "Présents : 19" leaves the body's list beside it open).
                open_ = [f for f in open_ if f.page == row.page and (f.x < seg.x0 - settings.column_slack * row.height
                                                                     or not row.same_block(seg.x0, f.x)
                                                                     or _framed_off(f, seg, row)
                                                                     or _in_margin(seg, f, usual_size)
                                                                     or _beside(f, seg, row, step, settings, value))]
                close_para()
                current = Field(kind, label, count, seg.x0, row.page, right=page_right, in_table=seg.in_table,
                                label_gutters=_opened_gutters(row, settings), label_strips=bool(row.gutters),
                                size=seg.size,
                                open_label=open_label, last_top=row.top, last_height=row.height)
                opened.append(current)
                row_piece = None
                if value:
                    vx = _value_x(seg, value)
                    current.value_x = vx
                    row_piece = Piece(value, vx, seg.x1, False, _first_width(seg, vx), row.height, seg.in_table,
                                      bold=all(w.bold for w in seg.words),   # a list set in bold, label and all
                                      spans=[Span(row.page, row.top, row.height, _value_words(seg, vx))])
                    current.pieces.append(row_piece)
                fields.append(current)
                open_.append(current)
                order.append(("field", current))
                fed.append(current)
                continue
            if current is not None and not seg.list_item and not _counted(current) \
                    and not (row_piece is not None and _other_size(seg, row_piece, settings)):
                # (not a box floated beside the list in a type size of its own: "Membres en
                # exercice : 26" set smaller beside "PRÉSENTS : FAURE Laurent, Maire ; DUFLOS")
                # Same row, right of a label: its value (a table's second column); a row of it
                # cut at stretched spaces (a justified cell) is still one piece.
                if current.value_x is None:
                    current.value_x = seg.x0
                if row_piece is not None:
                    _extend(row_piece, seg, row)
                else:
                    row_piece = _piece(seg, row)
                    current.pieces.append(row_piece)
                continue
            target = _column_of(open_, seg, row, settings, fields)
            if target is not None and _counted(target):
                target = None               # "Présents : 23": the value is whole
            if target is None:
                # (The row above may be a margin frame's alone: the list's fields still open.)
                target = _widened(last_fed + [f for f in open_ if f not in last_fed], seg, row,
                                  rows[max(0, i - settings.widen_rows):i], step, settings, is_entry)
            if awaiting and seg is row.segments[0]:
                target = _carried_back(awaiting, target, seg, row, settings)
            if target is not None and target in carried and row.page != prev_page \
                    and target.pieces and target.pieces[-1].in_table and not seg.in_table \
                    and not _all_entries(row, is_entry, target.kind):
                target = None               # a running line atop the page, above the table's rows
            if target is not None and target in carried and seg.in_table \
                    and _other_columns(target, row, settings):
                target = None               # another table on the new page (an agenda under a
                                            # proxies table that ended the page) is no list's rest
            if target is not None and target.pieces and not target.pieces[-1].bold and group_heading(seg) \
                    and not (target.kind == "present" and is_entry is not None
                             and _under_heading(target, seg, row, step, settings, is_entry)) \
                    and not (target.kind == "present" and _group_cell(seg, row, target)):
                target = None               # a title in bold under a list in the body type ends it
                                            # (not a group's cell in bold beside its members:
                                            # "Nevers | M. X, Mme Y", a list by commune)
            if target is not None and target.pieces and not target.pieces[-1].bold and is_entry is not None \
                    and target.kind in LIST_KINDS and seg.words and all(w.bold for w in seg.words) \
                    and not group_heading(seg) and group_row_label(seg.text) is None \
                    and not is_entry(seg.text, target.kind):
                target = None               # so does a numbered title in bold ("CA-2020-63 – Rénovation
                                            # …", the list carried over a page break atop it); a
                                            # group's heading ("Groupe Ville citoyenne") is the rule above's
            if target is not None and target in fed and target.pieces \
                    and _other_size(seg, target.pieces[-1], settings):
                target = None               # a box floated right of the list's row, its own type size
            dash = target is not None and _wrapped_separator(target, seg)
            if target is not None and _label_goes_on(target, seg, row, step, settings):
                target.label += " " + seg.text          # a label wrapped in its own table cell
                continue
            if target is not None and seg.cell is not None and target.pieces \
                    and _same_cell_row(target.pieces[-1], seg, row):
                # a ruled cell's justified row cut at its stretched spaces ("M.     COLAS-ROY"):
                # one piece, as the cell's row it is
                _extend(target.pieces[-1], seg, row)
                fed.append(target)
                continue
            if target is not None and (_continues(target, seg, row, step, settings)
                                       and not _sentence_after(target, seg, row, settings, is_entry)
                                       or _next_entry(target, seg, row, step, settings, is_entry)):
                piece = _piece(seg, row)
                piece.page, piece.top = row.page, row.top
                piece.group = target.kind == "present" and _group_cell(seg, row, target)
                if piece.group:
                    row_groups.append((target, piece, len(row.segments) == 1))
                slack = settings.column_slack * row.height
                if dash:
                    # "… Christine ROBIN" / "- Monsieur Serge WATTEZ - …": the list's separator
                    # wrapped to the row's start, read as a bullet (whose glyph shifted the row:
                    # its place says nothing of the value's column).
                    piece.text, piece.list_item = f"{seg.bullet} {piece.text}", False
                else:
                    if target.value_x is None or target.x + slack < seg.x0 < target.value_x:
                        target.value_x = seg.x0     # the value's column is where its wrapped rows start
                    if seg.x0 >= target.value_x - slack and seg.x0 > target.x + slack \
                            and not (target in fed and target.pieces and target.pieces[-1].top == row.top):
                        target.indented = True      # (not a row's next column: a list set in CSS columns)
                    elif seg.x0 <= target.x + slack and not piece.group:
                        target.wrapped_back = True  # (a group's cell at the margin is no list's wrap)
                target.pieces.append(piece)
                target.last_top, target.last_height = row.top, row.height
                fed.append(target)
                continue
            free.append(seg)
        for f, piece, rest in row_groups:
            # a group's cell has its members beside it, in its own field (not a list's last
            # line beside another list's entry: "MEULEN" | "Madame Denise SAINT-JUST"), or is
            # the rest of the name of the group's cell above, alone on its row
            piece.group = rest or f.pieces[-1] is not piece
        if current is not None:
            current.last_top, current.last_height = row.top, row.height
        for left, nxt in zip(opened, opened[1:]):
            left.right = nxt.x              # labels side by side: each value ends where the next column starts
        if free and carried and row.segments == free and prev_top_page != row.page:
            # The first row of a page that no carried list takes (a running header the
            # furniture pass left) does not end the list: it goes on below it.
            for f in carried:
                f.last_top = row.top
            fed = list(carried)
            order.append(("text", " ".join(s.text for s in free)))
            running.append(order[-1][1])
        elif free:
            # Text outside any field closes the fields it sits under: not a field in another
            # block, nor one whose last row lies beyond a gutter of this row (a margin column
            # starting beside a list that wrapped around it).
            open_ = [f for f in open_ if f.page == row.page
                     and (f.x > free[-1].x1 or not any(row.same_block(f.x, s.x0) for s in free)
                          or _beyond_gutter(f, free, row) or _in_margin(free[-1], f, usual_size))]
            # A line in another type size than the paragraph it would join, starting left of
            # the paragraph, is text of its own, told after the paragraph: a margin frame's line
            # ("Direction Générale des" beside "M. Loïc PRÉVOST, Maire."). (Names set smaller
            # inside the running text stay in it.) A line of the usual size after a paragraph
            # in another (a title) opens a paragraph.
            if last_free is not None and (last_free.page != row.page
                                          or row.top - last_free.top > settings.paragraph_step * step):
                close_para()
            if para and not any(_sized(s, para_size) for s in free) \
                    and _sized(free[0], usual_size) and not _sized(free[0], para_size):
                close_para()
            slack = settings.column_slack * row.height
            body = [s for s in free if not para or _sized(s, para_size) or s.x0 >= para_x0 - slack]
            side.extend(s.text for s in free if s not in body)
            if body:
                if not para:
                    para_size, para_x0 = body[0].size, body[0].x0
                if not para:
                    para_bold = all(w.bold for s in body for w in s.words)
                para_bold = para_bold and all(w.bold for s in body for w in s.words)
                para.append(" ".join(s.text for s in body))
                last_free = row
        else:
            close_para()
            last_free = None
    close_para()
    return Header(fields=fields, paragraphs=[t for kind, t in order if kind == "text"], order=order,
                  running=running, bold=bold)


def _wrapped_labels(rows: list[Row], labels: Labels, settings: GridSettings | None = None) -> list[Row]:
    """A label wrapped in its own cell or column over two or three rows ("Absents ayant voté
    par" / "procuration :", "Excusés ayant" / "donné pouvoir :", the value beside the first
    row): the label side of the rows (left of the gutter: a justified cell may cut it at
    stretched spaces) joins the last row's head, which ends with the colon, when together
    they read as a label (the last alone may: "procuration :")."""
    settings = settings or structure_settings().attendance
    out: list[Row] = []
    for row in rows:
        tail = row.segments[0]
        if len(tail.words) <= 4 and tail.text.endswith((":", "：")) and \
                any(_join_label(out, row, k, labels, settings) for k in (1, 2)):
            if len(row.segments) > 1:
                out.append(Row(row.page, row.top, row.height, row.segments[1:], row.gutters, row.size))
            continue
        out.append(row)
    return out


def _wrapped_side_labels(rows: list[Row], labels: Labels, settings: GridSettings) -> list[Row]:
    """A label wrapped in a column right of another (lists side by side, each label over its
    list: "Etaient présents :" | "Absents ayant voté par" / "procuration :"): a segment past
    the row's first ending with the colon joins the segment right above it, at its left edge,
    when together they read as a label and the one above alone does not."""
    for above, row in zip(rows, rows[1:]):
        if above.page != row.page or not 0 < row.top - above.top < settings.label_wrap_step * above.height:
            continue
        for seg in list(row.segments[1:]):
            if len(seg.words) > 4 or not seg.text.endswith((":", "：")):
                continue
            top = next((s for s in above.segments[1:] if abs(s.x0 - seg.x0) < row.height), None)
            if top is None or labels.match(top, False):
                continue
            joined = Segment(top.words + seg.words, top.list_item, top.in_table, top.bullet, top.cell)
            hit = labels.match(joined, False)
            if hit and not hit[3]:
                above.segments[above.segments.index(top)] = joined
                row.segments.remove(seg)
    return [r for r in rows if r.segments]


def _join_label(out: list[Row], row: Row, k: int, labels: Labels, settings: GridSettings) -> bool:
    """Join the label sides of the last k rows of ``out`` and the head of ``row`` into one
    label, on the first of those rows, when they make one. Says whether it did."""
    above = out[-k:] if len(out) >= k else []
    if not above or not _stacked(above + [row], settings):
        return False
    heads = [r.label_side() for r in above]
    first = Segment([w for s in heads[0] for w in s.words], heads[0][0].list_item, heads[0][0].in_table)
    joined = Segment(first.words + [w for h in heads[1:] for s in h for w in s.words] + row.segments[0].words,
                     first.list_item, first.in_table)
    hit = labels.match(joined, False)
    # The first row's side alone may read as a label without its colon ("Absents" / "ayant
    # voté par" / "procuration :"), never as a whole one ("Excusés :").
    if not hit or hit[3] or labels.match(first, False):
        return False
    above[0].segments[:len(heads[0])] = [joined]
    for r, head in zip(above[1:], heads[1:]):
        r.segments = r.segments[len(head):]
    out[:] = [r for r in out if r.segments]
    return True


def _stacked(rows: list[Row], settings: GridSettings | None = None) -> bool:
    """Rows of one cell: same page, same left edge, each right under the one above."""
    settings = settings or structure_settings().attendance
    return all(b.page == a.page and abs(b.x0 - a.x0) < b.height
               and 0 < b.top - a.top < settings.label_wrap_step * a.height
               for a, b in zip(rows, rows[1:]))


_DASH_SEPARATED = re.compile(r"\S\s[-–—]\s\S")


def _wrapped_separator(f: Field, seg: Segment) -> bool:
    """A row of a list separated by dashes that starts with the dash: no bullet item."""
    return seg.list_item and seg.bullet in DASHES and bool(f.pieces) and bool(_DASH_SEPARATED.search(f.text))


def _piece(seg: Segment, row: Row) -> Piece:
    w = seg.words[0]
    return Piece(seg.text, seg.x0, seg.x1, seg.list_item, w.x1 - w.x0, w.bottom - w.top, seg.in_table,
                 heading=group_heading(seg), bold=all(w.bold for w in seg.words), cell=seg.cell,
                 spans=[Span(row.page, row.top, row.height, list(seg.words))])


def group_heading(seg: Segment) -> bool:
    """A political group's heading set on a row of its own in bold above its members ("Groupe
    « Agir ensemble » (majorité)", "UNION DE LA GAUCHE"): a few words, no civility, no figure,
    no colon (a labelled group row is group_row_label's)."""
    text = seg.text
    return all(w.bold for w in seg.words) and len(text.split()) <= 10 and not re.search(r"[\d:]|[.,;]$", text) \
        and not any(_CIVILITY_START.match(w.text + " ") for w in seg.words)


def _extend(piece: Piece, seg: Segment, row: Row) -> None:
    """One more segment of the same row in a value's piece."""
    piece.text = f"{piece.text} {seg.text}"
    piece.x1 = seg.x1
    piece.spans.append(Span(row.page, row.top, row.height, list(seg.words)))


def _value_words(seg: Segment, x: float) -> list[Word]:
    """The words of a label's segment that are its value's (from x on), a colon the label
    wrapped onto the value's row left out."""
    words = [w for w in seg.words if w.x0 >= x - 0.5]
    while words and words[0].text in (":", "：") and len(words) > 1:
        words = words[1:]
    return words


def _first_width(seg: Segment, x: float) -> float:
    w = next((w for w in seg.words if w.x0 >= x - 0.5), seg.words[0])
    return w.x1 - w.x0


def _value_x(seg: Segment, value: str) -> float:
    """Left edge of the first word of ``value`` inside the segment."""
    first = value.split()[0] if value.split() else ""
    for w in seg.words:
        if w.text.startswith(first) and first:
            return w.x0
    return seg.x0


def _sentence_after(f: Field, seg: Segment, row: Row, settings: GridSettings,
                    is_entry: Optional[EntryTest]) -> bool:
    """A sentence back at the margin under a list that filled its row ("M. X a été désigné
    secrétaire de séance."): a capital, words in lower case, no separator, a full stop, no
    entry of the list: new text. (A surname alone, "SUBRA.", ends a wrapped list; "qui a donné
    pouvoir à Monsieur LEROY." ends its entry.)"""
    # (A list whose row ends on a separator or a link word, "…, Mmes et" / "MM. les membres du
    # Bureau : X.", goes on whatever the next row reads like.)
    return (is_entry is not None and f.kind in LIST_KINDS and bool(f.pieces) and seg.text[:1].isupper()
            and not _OPEN_END.search(f.pieces[-1].text)
            and seg.x0 <= f.x + settings.column_slack * row.height and bool(_SENTENCE_END.search(seg.text))
            and not re.search(r"[,;]", seg.text) and len(re.findall(r"\b[a-zà-ÿ]{2,}\b", seg.text)) >= 3
            and not is_entry(seg.text, f.kind))


def _beyond_gutter(f: Field, free: list[Segment], row: Row) -> bool:
    """Does the free text lie left of a gutter that frames the field off (_framed_off)?"""
    return all(_framed_off(f, s, row) for s in free)


def _opened_gutters(row: Row, settings: GridSettings) -> list[tuple[float, float]]:
    """The gutters of a label's row that a segment of the row opens a column at ("Etaient
    présents :" | "Excusés :": lists side by side). A strip of the rows below that merely
    crosses the label's row (the gutter between the CSS columns of one list under "PRÉSENTS :",
    a box floated right of it) sets no list beside another."""
    slack = settings.column_slack * row.height
    return [g for g in row.gutters if any(abs(s.x0 - g[1]) <= slack for s in row.segments)]


def _framed_off(f: Field, seg: Segment, row: Row) -> bool:
    """The segment stands left of the field's label column, and a gutter of this row, which the
    field's label row did not have, lies between it and the field's last row: a block (a
    margin frame) began beside a list that was set wider above it. (The field's own gutter,
    between its label and value columns, separates nothing.)"""
    if not f.pieces or seg.x0 >= f.x - 1.0:
        return False
    last = f.pieces[-1].x0
    return any(g not in f.label_gutters and seg.x1 <= g[0] + 0.5 and last >= g[1] - 1.0 for g in row.gutters)


def _beside(f: Field, label: Segment, row: Row, step: float, settings: GridSettings, value: str = "x") -> bool:
    """Is the label beside field f's running list rather than under it? The field starts right
    of the label's text and this row goes on in the field's column ("Présents : 37" in a margin
    column || "DHAINAUT Sébastien", the body's list going on). A label of the body's type whose
    value starts after a tab stop ("Excusés :<tab>Mme X (pouvoir à Y)", the list above it set
    right of a frame that has ended) opens its own field under the list: the margin's labels
    carry their value ("Présents : 37") or are set in their own type."""
    slack = settings.column_slack * row.height
    if not value and _sized(label, f.size):
        return False
    return (f.x > label.x1 + slack and bool(f.pieces) and row.top - f.last_top <= settings.column_step * step
            and any(s.x0 >= f.x - slack for s in row.segments if s.x0 > label.x1))


def _opens_column(seg: Segment, row: Row, settings: GridSettings) -> bool:
    """Does the segment start a column of the row: right at the edge of a gutter crossing it
    (lists set side by side, "PRÉSENTS" | "EXCUSÉS", in an unruled table: the right one is a
    cell of its own, though no table took it)?"""
    slack = settings.column_slack * row.height
    return any(abs(seg.x0 - g1) <= slack for _, g1 in row.gutters)


def _heads_column(open_: list[Field], seg: Segment, row: Row, settings: GridSettings) -> bool:
    """A label alone opening its row's share of a column whose list runs one entry a row under
    its label ("EXCUSÉS REPRÉSENTÉS" / names / "EXCUSÉS" / names in the right cell of lists
    set side by side): the next label of that column, not a word of a justified value (a
    value set beside its label, or a word met inside a row, is)."""
    f = _column_of(open_, seg, row, settings)
    slack = settings.column_slack * row.height
    starts_block = seg is row.segments[0] or _opens_column(seg, row, settings)
    return (f is not None and f.value_x is not None and abs(f.value_x - f.x) <= slack
            and abs(seg.x0 - f.x) <= slack and starts_block)


def _inside_value(open_: list[Field], seg: Segment, row: Row, step: float, settings: GridSettings) -> bool:
    """Does the segment sit in the value column of a field whose value is running (its
    last piece on this row or the one above)? A label without its colon found there is a
    word of the value that stretched spaces cut out, not a label."""
    f = _column_of(open_, seg, row, settings)
    return (f is not None and f.value_x is not None and bool(f.pieces)
            and seg.x0 >= f.value_x - settings.column_slack * row.height
            and row.top - f.last_top <= settings.column_step * step)


def _counted(f: Field) -> bool:
    """The value is a head count ("Présents : 23", "Votants : 25"), complete on its row."""
    return len(f.pieces) == 1 and bool(re.fullmatch(r"\d{1,3}", f.pieces[0].text.strip(" .")))


def _label_goes_on(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings) -> bool:
    """A table row under a label, in the label's column, left of the value's column: the label
    cell's own next line ("Absents ayant voté par procuration en application de" / "l'article
    L. 2121-20 du CGCT :")."""
    slack = settings.column_slack * row.height
    return (f.open_label and f.in_table and seg.in_table and f.value_x is not None and f.value_x > f.x + 4 * slack
            and abs(seg.x0 - f.x) <= slack and row.top - f.last_top <= settings.paragraph_step * step)


def _column_of(open_: list[Field], seg: Segment, row: Row, settings: GridSettings,
               fields: Optional[list[Field]] = None) -> Optional[Field]:
    """The open field whose column holds the segment: the rightmost one starting left of it.
    ``fields``: every field read so far (the columns that had a label of their own)."""
    slack = settings.column_slack * row.height
    # (A list stacked under its label keeps to its column: a segment beyond a gutter of the
    # row is another column's when a label opened there, "PRÉSENTS" | "EXCUSÉS" side by side.
    # A table's cell is not, nor a column no label opened: the list's rows set out under its
    # label, "Délégués présents :" over "Lorient | M. X", ruled or not.)
    # (a label of that block right of the segment heads no column of it: "Présents : 24" in a
    # box floated right beside a list set in CSS columns)
    labelled = fields is None or any(g.page == row.page and row.same_block(g.x, seg.x0) and g.x <= seg.x0 + slack
                                     for g in fields)
    cands = [f for f in open_ if f.page == row.page and f.x <= seg.x0 + slack
             and not (f.value_x is not None and abs(f.value_x - f.x) <= slack and not seg.in_table
                      and labelled and not row.same_block(f.x, seg.x0))]
    if not cands:
        return None
    # Fields of one column (their labels a hair apart): the one opened last.
    right = max(f.x for f in cands)
    return [f for f in cands if f.x >= right - slack][-1]


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z]{2})[.!?]\)?$")
# A row ending mid-list: a separator, a link word, a civility or a name's particle ("… à M. DA"
# / "SILVA Stéphane") announces more names.
_PARTICLES = "|".join(sorted((p for p in PERSON_PARTICLES if len(p) > 1), key=len, reverse=True))
_OPEN_END = re.compile(rf"(?:[,;(\-–—]|\b(?:et|à|par|madame|monsieur|mme|m\.|mr|mlle|mm\.|{_PARTICLES}))$",
                       re.IGNORECASE)


# Lists a table may carry under their label alone on its row ("Pouvoirs" over Mandant | Mandataire).
_TABLE_LISTS = frozenset({"proxies"})


def _continues(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings) -> bool:
    """Does the segment carry on field ``f``'s value?"""
    gap = row.top - f.last_top
    slack = settings.column_slack * row.height
    if gap <= 0:
        return True
    last = f.pieces[-1] if f.pieces else None
    if seg.in_table and (f.in_table or (last is not None and last.in_table and f.kind in LIST_KINDS)
                         or (last is None and f.kind in _TABLE_LISTS)):
        # a table's cell: its rows are the value (also a table under its label: "Délégués
        # présents :" over rows "Lorient | M. X, Mme Y")
        return gap <= settings.column_step * step
    in_value_column = f.value_x is not None and seg.x0 >= f.value_x - slack and seg.x0 > f.x + slack
    if last is None and (seg.list_item or seg.x0 > f.x + slack or f.label_strips):
        # "Présents :" alone on its row, its list indented or bulleted under it (maybe spaced
        # apart); or heading a column of a row cut by gutters (lists side by side, one entry a
        # paragraph under "PRÉSENTS" | "EXCUSÉS REPRÉSENTÉS")
        return gap <= settings.column_step * step
    if in_value_column:
        # A value column (table cell, hanging indent, tab stop): rows may be spaced by cell padding.
        if gap > settings.column_step * step:
            return False
        if gap > settings.paragraph_step * step and last is not None and _SENTENCE_END.search(last.text):
            return False   # a finished list, then a paragraph that merely starts at the column's x (a centred title)
        # After rows wrapped back to the margin, an indented row opens new text, unless the
        # row above filled its line (the text narrowed beside a frame: it wraps on).
        return not (last is not None and f.wrapped_back) or _filled(f, last, gap, step, settings)
    if gap > settings.paragraph_step * step:
        return False
    if last is None:
        return True                     # "Présents :" alone on its row: the list follows
    if last.text.count("(") > last.text.count(")"):
        return True                     # "X (pouvoir à" / "Y)": a bracket left open goes on
    if f.indented and not _filled(f, last, gap, step, settings):
        return False                    # the values sat in their column: back at the margin is new text
                                        # (unless the row above filled its line: a frame beside it ended)
    if _SENTENCE_END.search(last.text):
        return False
    if _RUN_IN_END.search(last.text):
        return True                     # "… Était excusée et représentée :" / "LEGRAND …": a label
                                        # run in at the row's end awaits its value on the next row
    if _LABELLED_ROW.match(seg.text) and not (f.kind == "present" and group_row_label(seg.text)):
        return False                    # "Assistaient également (sans voix délibérative) : …": a
                                        # labelled paragraph of its own, however full the row above
    # Back at the margin: a wrapped row (it reached the right edge) or one cut mid-list. (A list
    # in a column of lists side by side, its label over it, ends where its widest row does, not
    # at the page's edge.)
    right = _column_right(f)
    if f.label_gutters and len(f.pieces) >= 2:
        if _within_column(f, seg, slack):
            return True
    return last.x1 >= settings.full_line * right or bool(_OPEN_END.search(last.text))


def _column_right(f: Field, stacked_only: bool = False) -> float:
    """Where the field's rows end: the page's edge, or in a column of lists side by side the
    label row's next gutter ("Présents : … - Jean-Michel" / "DEVAUX - …" wraps there, the
    excused list beside it)."""
    start = max(f.x, f.value_x or f.x)     # (the gutter between a label and its value ends nothing)
    right = min([f.right] + [g[0] for g in f.label_gutters if g[0] > start])
    # (the last column: its widest row; stacked_only: a list under its label, not beside it)
    if f.label_gutters and len(f.pieces) >= 2 and not (stacked_only and f.value_x is not None
                                                        and f.value_x > f.x + f.last_height):
        right = min(right, max(p.x1 for p in f.pieces))
    return right


def _within_column(f: Field, seg: Segment, slack: float) -> bool:
    """A row at the left edge of a column of lists side by side that crosses none of the
    gutters of the label's row: the next entry, though the row above ended short (entries
    wrapped in a narrow column, "M. Noël DI MEGLIO à M. Serge" / "DELANNOY" / "Mme Véronique
    ROUSSEAU à Mme")."""
    if abs(seg.x0 - min(p.x0 for p in f.pieces)) > slack:
        return False
    return not any(seg.x0 < g[0] and seg.x1 > g[1] - slack for g in f.label_gutters) \
        and not any(f.x < g[0] < seg.x1 - slack for g in f.label_gutters)


# A row ending on a label run into the list ("… Sandrine. Était excusée :"): words after a
# sentence's end or a separator, then the colon.
_RUN_IN_END = re.compile(r"(?:[.;,]\s+|^)[A-ZÀ-Ý][^.:;,]{2,60}\s?:$")
# A row opening with words and a colon, no name before it: a label of a paragraph of its own.
# (Or the label alone, its value on the rows under it: "Assistaient avec voix consultative :".)
_LABELLED_ROW = re.compile(r"^(?!(?:madame|monsieur|mme|mlle|m\.|mm\.|mr)\s)[^\s:,;\d][^:,;\d]{2,70}?\s:(?:\s+\S|\s*$)",
                           re.IGNORECASE)


def _labelled_paragraph(text: str) -> bool:
    """A row opening on a label in words ("Assistaient également (sans voix délibérative) :"),
    not on a name ("Paul ROUX : pouvoir à …") nor a group's label ("Commune de Lens :")."""
    m = _LABELLED_ROW.match(text)
    return m is not None and group_row_label(text) is None \
        and re.search(r"\b[a-zà-ÿ]{3,}", text[:m.end()]) is not None


def _filled(f: Field, last: Piece, gap: float, step: float, settings: GridSettings) -> bool:
    """The value's last row filled its line and ends mid-list: the next row carries it on."""
    return (gap <= settings.paragraph_step * step and last.x1 >= settings.full_line * f.right
            and not _SENTENCE_END.search(last.text))


def _page_edge_rows(rows: list[Row], step: float, labels: Labels, settings: GridSettings) -> set[int]:
    """Rows at a page's foot or head (the header runs on over the break) set apart from the
    page's other rows by more than a paragraph's step and holding no label: what the furniture
    pass left of a page number, a running title. A row of a ruled table's cells is none (a
    table the page break cuts: its head row at the foot, its rows overleaf, spaced by the
    cells' padding)."""
    out: set[int] = set()
    for k, row in enumerate(rows[1:-1], start=1):    # a page break on one side of the row
        if all(s.cell is not None for s in row.segments):
            continue
        above = rows[k - 1] if rows[k - 1].page == row.page else None
        below = rows[k + 1] if rows[k + 1].page == row.page else None
        if (above is None) == (below is None):
            continue
        gap = below.top - row.top if below is not None else row.top - above.top
        if gap > settings.paragraph_step * step and not any(labels.match(s, True) for s in row.segments):
            out.add(k)
    return out


def _all_entries(row: Row, is_entry: Optional[EntryTest], kind: str = "present") -> bool:
    """Does the row hold only entries of a list of this kind (a list's row, not a running
    line)? Without a test, say so."""
    if is_entry is None:
        return True
    if kind == "proxies" and len(row.segments) == 2 and all(s.in_table for s in row.segments):
        # a row of a proxies table (Mandant | Mandataire): one entry, the giver and the holder
        return is_entry(f"{row.segments[0].text} à {row.segments[1].text}", kind)
    entries = split_list(row.text)
    return bool(entries) and all(is_entry(e, kind) for e in entries)


def _same_cell_row(last: Piece, seg: Segment, row: Row) -> bool:
    return last.cell == seg.cell and last.page == row.page and last.top == row.top and seg.x0 >= last.x1


def _other_columns(f: Field, row: Row, settings: GridSettings) -> bool:
    """A table's row that starts a cell where none of the list's table cells started: the
    row of another table (its columns elsewhere), not the list's table going on."""
    starts = [p.x0 for p in f.pieces if p.in_table]
    if not starts:
        return False
    slack = settings.column_slack * row.height
    return any(s.in_table and all(abs(s.x0 - x) > slack for x in starts) for s in row.segments)


def _carried_back(awaiting: list[Field], target: Optional[Field], seg: Segment, row: Row,
                  settings: GridSettings) -> Optional[Field]:
    """The first row of a page under a list carried over the break, starting left of the list's
    column (its label set at a tab stop, its rows at the new page's margin): the list's column
    is now the margin, its rows no longer indented under the label."""
    slack = settings.column_slack * row.height
    cands = [f for f in awaiting if f.kind in LIST_KINDS and f.pieces
             and seg.x0 < max(f.x, f.value_x if f.value_x is not None else f.x) - slack]
    if target is not None and target not in cands:
        return target
    f = target if target is not None else (cands[-1] if cands else None)
    if f is not None:
        f.x = min(f.x, seg.x0)
        f.indented = False
    return f


def _widened(fed: list[Field], seg: Segment, row: Row, above: list[Row], step: float,
             settings: GridSettings, is_entry: Optional[EntryTest] = None) -> Optional[Field]:
    """A list wrapped around a block beside it (a margin column set as a frame) goes on at the
    page's margin once the block ends: the row above held the block left of a gutter (or, too
    few rows for a gutter, one of the rows above held the block's text left of the list), this
    row starts left of it, and the list's last row filled its line, or the list is written one
    entry a row (the row above and this one each an entry). above: the rows above on the page,
    the nearest last."""
    above = [r for r in above if r.page == row.page]
    if not above or seg is not row.segments[0]:
        return None
    prev = above[-1]
    slack = settings.column_slack * row.height
    for f in fed:
        strip = max(((g0, g1) for g0, g1 in prev.gutters if g1 <= f.x + slack), default=None)
        if strip is None and any(s.x0 >= f.x - slack for s in prev.segments):
            # The row must start left of the field's column and reach past its edge.
            side = any(s.x1 <= f.x - slack for r in above for s in r.segments)
            strip = (f.x - slack, f.x) if side else None
        if strip is None or not (seg.x0 < strip[0] and seg.x1 > strip[1] and f.pieces):
            continue
        if not _sized(seg, f.size):
            continue                        # the block's own text, in its smaller type
        gap = row.top - f.last_top
        one_a_row = (is_entry is not None and f.kind in LIST_KINDS and len(row.segments) == 1 and not f.indented
                     and 0 < gap <= settings.column_step * step
                     and is_entry(f.pieces[-1].text, f.kind) and is_entry(seg.text, f.kind))
        if one_a_row or _filled(f, f.pieces[-1], gap, step, settings):
            f.x = seg.x0                    # the field's column is now the page's margin
            return f
    return None


def _next_entry(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings,
                is_entry: Optional[EntryTest]) -> bool:
    """A list written one entry per row (paragraphs spaced apart, or manual line breaks):
    - each row back at the label's margin ("Présents : Monsieur A" / "Madame B" / …): the row
      is one entry under a row that was one entry;
    - each entry after a tab stop, wrapping back to the margin ("Excusés :<tab>Madame A (pouvoir
      à Madame" / "B)" / "<tab>Madame C …"): the value so far ends with a whole entry and the
      row, starting in the value's column, opens one."""
    slack = settings.column_slack * row.height
    # A group's row of a present list ("Commune de Lens : A, B"), at the label's margin or in its
    # value's column, may open the value (the label alone on its row above).
    group = f.kind == "present" and is_entry is not None and group_row_label(seg.text) is not None \
        and seg.x0 <= max(f.x, f.value_x or f.x) + slack and is_entry(seg.text, f.kind)
    # The label alone on its row, its entries one a paragraph under it ("Pouvoirs :" / "X a
    # donné pouvoir à Y, délégué de Troyes." / …): a first entry at the label's margin opens it.
    first = not f.pieces and (group or (f.kind in LIST_KINDS and is_entry is not None
                                        and seg.x0 <= f.x + slack and is_entry(seg.text, f.kind)))
    if f.kind == "present" and f.pieces and _group_cell(seg, row, f):
        return True     # "Lorient | M. DUMONT Régis, …" unruled: a group's cell opens its row
    if f.pieces and not group and _labelled_paragraph(seg.text):
        return False    # "Assistaient également (sans voix délibérative) : Mme X, …" under a
                        # list one member a row: a labelled paragraph of its own, no member
    if f.kind == "present" and is_entry is not None and _under_heading(f, seg, row, step, settings, is_entry):
        return True
    # The row holds nothing else in the field's block (a margin frame's line may stand left of
    # it, in its own type size).
    if is_entry is None or f.kind not in LIST_KINDS or not (f.pieces or first) \
            or any(s is not seg and row.same_block(s.x0, seg.x0)
                   and (s.x0 >= seg.x1 or s.x1 > f.x - slack and _sized(s, seg.size))
                   for s in row.segments):
        return False
    gap = row.top - f.last_top
    if not 0 < gap <= settings.column_step * step:
        return False
    if first:
        return True
    last = f.pieces[-1].text
    if last.count("(") > last.count(")") and ")" in seg.text:
        return True     # "M. X (jusqu'au point 5, puis pouvoir à Mme Y" / "Z) – Conseiller"
    # The value ends with a whole entry: its last row's, or one its last two rows make
    # ("X donne procuration à" / "Y").
    # (An office after a comma is no entry: "Présents : M. X, Maire" / "Mme Y, 1ère adjointe".)
    ends = [without_office(split_list(office_tail_off(join_pieces([p.text for p in f.pieces[-k:]]))))
            for k in (1, 2) if k <= len(f.pieces)]
    if not any(e and is_entry(e[-1], f.kind) for e in ends):
        return False
    if seg.x0 <= f.x + slack:
        if group:
            return True             # "Commune de Lens : A, B" / "LIÉVIN : C, D": a group a row
        # One entry a row (the row above holds no separator: "X donne procuration à" / "Y" is one).
        return not f.indented and not _LIST_COMMA.search(office_tail_off(f.pieces[-1].text)) \
            and (is_entry(seg.text, f.kind) or _opens_proxy_entry(seg.text, f.kind, is_entry))
    # (The tab stop may lie left of where the first entry began: a long label pushed it on.)
    if f.value_x is not None and f.x + slack < seg.x0 <= f.value_x + slack \
            and (f.wrapped_back or seg.x0 < f.value_x - slack):
        # (The proxy phrase may wrap right after its verb: "X donne" / "procuration à Y".)
        head = re.split(r"\s*\(|\s+(?:donne|a\s+donn[ée]|qui\s+a|ayant|repr[ée]sent[ée]e?)(?:\s|$)", seg.text)[0]
        return is_entry(head, "present")
    return False


def _under_heading(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings,
                   is_entry: EntryTest) -> bool:
    """Members listed by political group, each group's heading on a row of its own: at the
    list's margin, right under the label or the last row, a group's heading goes on the list;
    under a heading, a row opening on a member does."""
    slack = settings.column_slack * row.height
    if not 0 < row.top - f.last_top <= settings.column_step * step or seg.x0 > f.x + slack \
            or any(s is not seg and row.same_block(s.x0, seg.x0) for s in row.segments):
        return False
    if group_heading(seg):
        return heads_group(f.pieces)
    entries = without_office(split_list(seg.text))
    return bool(f.pieces) and f.pieces[-1].heading and bool(entries) and is_entry(entries[0], f.kind)


def heads_group(pieces: list[Piece]) -> bool:
    """A group's heading may follow these pieces of a list: none yet, another heading, or a
    row that closes its group's list ("…, M. Paul ROUX."); a name going on ("Monsieur Ronan" /
    "TANGUY.") is no heading, bold or not."""
    return not pieces or pieces[-1].heading or _LIST_END.search(pieces[-1].text) is not None


# A list's last row that closes it ("…, M. Paul ROUX." / "…, Mme Anne PETIT (excusée).").
_LIST_END = re.compile(r"[\w)]\s*\.\s*$")


_PROXY_OPEN = re.compile(r"\s*\(|\s+(?:donne|a\s+donn[ée]|qui\s+a|ayant|repr[ée]sent[ée]e?|par)(?:\s|$)")


def _opens_proxy_entry(text: str, kind: str, is_entry: EntryTest) -> bool:
    """An excused member whose proxy phrase wraps onto the next row ("Madame A (pouvoir à" /
    "Madame B)", "Madame A par Monsieur" / "B"): the row opens an entry of an excused list, a
    person before the phrase."""
    if kind not in ("excused", "proxies", "represented"):
        return False
    parts = _PROXY_OPEN.split(text, maxsplit=1)
    return len(parts) == 2 and is_entry(parts[0], "present")


def _group_cell(seg: Segment, row: Row, f: Optional[Field] = None) -> bool:
    """A present list's group set as a two-column row (ruled or not): the row opens on a few
    words with no separator (a commune), and beyond a gutter its members, a civility first; or
    the group's name wrapped in its cell ("Saint-Étienne-du-" / "Rouvray") beside its members'
    list going on mid-entry ("…, Mme" / "Patricia DE SOUSA", the civility left at the row
    above's end: the list's last piece ``f`` holds, in the members' column, ends open), or
    beside a member's name wrapped whole ("Bruay-la-" / "Buissière" beside "…, M. TESSIER" /
    "Christophe, …": the group's cell on the row right above, at its margin)."""
    segs = row.segments
    if len(segs) == 1 and f is not None and f.pieces and _wrapped_name_rest(f, seg, row):
        return True                 # "Châlons-en-" | "Mme X" / "Champagne": the name's rest alone
    if not (len(segs) > 1 and seg is segs[0] and not re.search(r"[,;:()]", seg.text)
            and not _CIVILITY_START.match(seg.text + " ")      # a member's cell, lists side by side
            and len(seg.text.split()) <= 4 and not row.same_block(seg.x0, segs[1].x0)):
        return False
    if _CIVILITY_START.match(segs[1].text):
        return True
    last = f.pieces[-1] if f is not None and f.pieces else None
    if last is None or abs(last.x0 - segs[1].x0) > last.height:
        return False
    return ends_open(last.text) or _group_cell_above(f, seg, row)


def _wrapped_name_rest(f: Field, seg: Segment, row: Row) -> bool:
    """A row holding only the rest of the group's name of the row above, its members' list
    ended beside its first line ("Châlons-en-" | "Mme PRÉVOST Solène" / "Champagne"): the
    name above broken at a hyphen, or this rest opening in lower case; a few words, no digit nor
    separator (a title in bold is no such rest)."""
    group = next((p for p in reversed(f.pieces) if p.group), None)
    if group is None or not (group.text.endswith("-") or seg.text[:1].islower()):
        return False
    return len(seg.text.split()) <= 4 and not re.search(r"[\d,;:()]", seg.text) \
        and _group_cell_above(f, seg, row)


def _group_cell_above(f: Field, seg: Segment, row: Row) -> bool:
    """The group's cell of the row right above stands at ``seg``'s margin: ``seg`` is the rest
    of its name wrapped in the cell."""
    group = next((p for p in reversed(f.pieces) if p.group), None)
    if group is None or group.page != row.page or abs(group.x0 - seg.x0) > group.height:
        return False
    rows_above = [p for p in f.pieces if p.page == row.page and group.top <= p.top < row.top and not p.group]
    return 0 < row.top - group.top <= 2.5 * group.height and len({round(p.top) for p in rows_above}) <= 1


def ends_open(text: str) -> bool:
    """Does a list's row end mid-list (a separator, a link word, a civility, a particle, a
    hyphen: "…, Mme" / "MICHEL Solène")?"""
    return _OPEN_END.search(text) is not None


# A group's label opening a row of a present list, before its members: "Commune de Liévin :
# M. X, Mme Y", "LENS : …", "Groupe Agir : …" (members listed by commune or group). No
# civility opens it (a name is no group), no digit is in it ("Présents : 25" is a label's); a
# qualifier in brackets may close it ("Groupe « Agir ensemble » (majorité) : …"); a name in
# quotes may hold a comma ("Groupe « Demain, ensemble » : …"), and so may a name unquoted (one
# comma, no civility nor "les" after it, which open a label of members run into the list: "…,
# Mmes et MM. les Conseillers : …"; "Groupe Demain, ensemble : …", "DEMAIN, ENSEMBLE : …"; the row is
# a group's only when persons follow the colon, entry_test checks).
# Nor does a verb of attending ("Assistaient également (sans voix délibérative) : Mme X, …",
# "Participaient à titre consultatif : …", "Étaient invités : …"): who sat without a vote.
_GROUP_ROW = re.compile(r"^(?!(?:madame|monsieur|mme|mlle|m\.|mm\.|mr)\s)"
                        r"(?!(?:assist|particip|[ée]taient\b|[ée]tait\b|invit|ont\s|sont\s)\w*)"
                        r"(?P<label>[^\s:,;()\d«][^:,;()\d«]{1,60}?"
                        r"(?:,\s+(?!(?:madame|monsieur|mmes?|mlles?|m\.|mm\.|mr|mesdames|messieurs|les)\s)[^\s:,;()\d«][^:,;()\d«]{1,40}?)?"
                        r"(?:\s*«[^»:]{1,60}»)?"
                        r"(?:\s*\([^():;,\d]{1,30}\))?)"
                        r"\s*:\s+(?=\S)",
                        re.IGNORECASE)


def group_row_label(text: str) -> Optional[str]:
    """The group label opening a row of a present list ("Commune de Liévin" of "Commune de
    Liévin : M. X, Mme Y"), or None."""
    m = _GROUP_ROW.match(text)
    return m.group("label") if m else None


def without_group_row(text: str) -> str:
    """A present list's row without the group label opening it."""
    m = _GROUP_ROW.match(text)
    return text[m.end():] if m else text


def _line_step(rows: list[Row]) -> float:
    """The step between rows of one paragraph: a low quantile of the row-to-row distances
    (a header spaces many of its paragraphs apart, so the median may be a paragraph gap),
    measured between a row and the row above it in the same column (a margin column's rows
    fall between the body's), of the header's usual type size (a prefecture stamp or a
    margin column in small type, its rows tight together, says nothing of the body's
    leading)."""
    if not rows:
        return 12.0
    usual = statistics.median(r.height for r in rows)
    sizes = [r.size for r in rows if r.size]
    usual_size = statistics.median(sizes) if sizes else 0.0
    sized = [r for r in rows if abs(r.height - usual) <= 0.2 * usual
             and (not usual_size or not r.size or abs(r.size - usual_size) <= 0.1 * usual_size)]
    steps = []
    for k, b in enumerate(sized):
        # The nearest row above that shares some of its width (a few rows back at most).
        above = next((a for a in reversed(sized[max(0, k - 4):k])
                      if a.page == b.page and a.x0 < b.x1 and b.x0 < a.x1), None)
        if above is not None and b.top > above.top:
            steps.append(b.top - above.top)
    steps.sort()
    tight = [d for d in steps if d < 3 * usual]
    if tight:
        return tight[len(tight) // 4]
    # Every row a paragraph of its own, spaced apart: that spacing is the step.
    return steps[0] if steps else usual * 1.2


def _other_size(seg: Segment, piece: Piece, settings: GridSettings) -> bool:
    """Is the segment set in another type size than the piece's last segment (a box beside it)?"""
    words = piece.spans[-1].words if piece.spans else []
    size = statistics.median(w.size for w in words) if words else 0.0
    return bool(size and seg.size) and abs(seg.size - size) > settings.box_size_step * size


def _sized(seg: Segment, size: float) -> bool:
    """Is the segment set in this type size (within a tenth; unknown sizes match)?"""
    return not size or not seg.size or abs(seg.size - size) <= 0.1 * size


def _usual_size(rows: list[Row]) -> float:
    sizes = [r.size for r in rows if r.size]
    return statistics.median(sizes) if sizes else 0.0


def _in_margin(seg: Segment, f: Field, usual: float) -> bool:
    """Text of a margin column (another type size than the header's, left of the field's
    label, or starting left of it and ending before its value's column: a frame under a
    label whose list sits at a tab stop) says nothing of a field of the body."""
    def usual_sized(size: float) -> bool:
        return abs(size - usual) <= 0.1 * usual
    edge = f.x if f.value_x is None else max(f.x, f.value_x)
    return bool(usual) and bool(seg.size) and not usual_sized(seg.size) and usual_sized(f.size) \
        and seg.x0 < f.x and seg.x1 < edge


def _right_edges(rows: list[Row]) -> dict[int, float]:
    out: dict[int, float] = {}
    for r in rows:
        out[r.page] = max(out.get(r.page, 0.0), r.x1)
    return out


# --------------------------------------------------------------------------
# A field's value as entries

# (A comma before a proxy phrase separates no entries: "X, représentée par Y" / "Z, représenté
# par W" is one proxy a row, as split_list reads it.)
_PROXY_COMMA = (r",(?!\s*(?:pouvoir|procuration|qui\s+a\s+donn[ée]|ayant\s+donn[ée]|"
                r"donne\s+(?:pouvoir|procuration)|repr[ée]sent[ée]e?\s+par)\b)")
_SEPARATED = re.compile(rf";\s*\S|{_PROXY_COMMA}\s*\S|\s(?:et|[-–—])\s")
_LIST_COMMA = re.compile(rf";|{_PROXY_COMMA}")
_SEPARATOR_END = re.compile(r"(?:;|\s[-–—])$")
_CIVILITY_START = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mm\.|mr)\s", re.IGNORECASE)


def field_entries(f: Field) -> list[str]:
    """The value's entries, before any reading of names: one per list item ("- X à Y");
    else the whole value when it is a list written on running lines ("A, B, C", cut
    where the rows end); else one per row ("A" / "B" / "C", a table cell's paragraphs),
    a row that visibly carries on the one above joining it."""
    pieces = f.pieces
    if not pieces:
        return []
    paired = _giver_holder_rows(f)
    if paired is not None:
        return paired
    if any(p.list_item for p in pieces):
        groups: list[list[str]] = []
        for p in pieces:
            if p.list_item or not groups:
                groups.append([p.text])
            else:
                groups[-1].append(p.text)
        return [join_pieces(g) for g in groups]
    # (A comma before an office is no separator: "M. X, représentant des locataires" / "Mme Y"
    # is one member a row; nor is an "et" in an office wrapped to a row of its own: "Mme X (…) –"
    # / "Conseillère déléguée à la jeunesse et aux sports".)
    if len(pieces) == 1 or any(_SEPARATED.search(_unbracketed(office_tail_off(p.text))) and not is_office(p.text)
                               for p in pieces):
        return [join_pieces([p.text for p in pieces])]
    # A list so narrow that every separator fell at a row's end ("Madame" / "MATHIEU" /
    # "Marie-" / "Christine -" / "Madame" …, "VAN" / "DAMME" / "Noël ;"): separated all the same
    # (not members one a row each with an office on the row under: "Mme X –" / "Conseillère …").
    if any(_SEPARATOR_END.search(p.text) for p in pieces[:-1]) and not any(is_office(p.text) for p in pieces):
        return [join_pieces([p.text for p in pieces])]
    named_style = sum(1 for p in pieces if _CIVILITY_START.match(p.text) or re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]", p.text))
    rows: list[list[Piece]] = [[pieces[0]]]
    for p in pieces[1:]:
        if _carries_on(rows[-1], p, f, named_style * 2 > len(pieces)):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [join_pieces([p.text for p in g]) for g in rows]


def _giver_holder_rows(f: Field) -> Optional[list[str]]:
    """A proxies list set as a two-column table under its own head ("Mandant | Mandataire",
    "Pouvoir de | À"): each row "giver à holder", the form the proxy rules read; the head row
    (set apart in bold) is no entry. None when the field is no such table: its pieces must all
    be a table's, in two columns, each row opening in the left one."""
    if f.kind != "proxies" or not all(p.in_table for p in f.pieces):
        return None
    body = [p for p in f.pieces if not p.heading]
    if len(body) < 2:
        return None
    left = min(p.x0 for p in body)
    slack = max(p.height for p in body)
    right = [p.x0 for p in body if p.x0 > left + slack]
    if not right or body[0].x0 > left + slack \
            or any(x > min(right) + slack for x in right) \
            or any(p.x1 > min(right) for p in body if p.x0 <= left + slack):
        return None
    rows: list[tuple[list[str], list[str]]] = []
    for p in body:
        if p.x0 <= left + slack:
            if rows and not rows[-1][1]:
                rows[-1][0].append(p.text)      # the giver's cell wraps
            else:
                rows.append(([p.text], []))
        else:
            rows[-1][1].append(p.text)
    if any(not holder for _, holder in rows):
        return None
    return [f"{join_pieces(giver)} à {join_pieces(holder)}" for giver, holder in rows]


def _whole_name(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    return any(len(w) > 1 and w.isupper() for w in words) and any(w[0].isupper() and w[1:2].islower() for w in words)


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)?", "", text)


_SURNAME_END = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+$")
_GIVEN = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*"
_GIVEN_NAMES = re.compile(rf"{_GIVEN}(?:\s+{_GIVEN})?[,;)]?")
# Where an entry's name ends: a bracket, a proxy phrase, "à" / "par" before the holder.
# (the phrase may end the row: "COQUELLE" / "Patrick à" / "BONNET" / "Franck" in a narrow column)
_PROXY_TAIL = re.compile(r"\s*\(|\s+(?:donne|a\s+donn[ée]|qui\s+a|ayant|repr[ée]sent[ée]e?|[àa]|par)(?:\s|$)")


def _same_opening(first: str, text: str) -> bool:
    """Two rows opening with the same two words (a phrase each entry repeats, not a name)."""
    a, b = first.split()[:2], text.split()[:2]
    return len(a) == 2 and a == b and all(w.isalpha() and w.islower() for w in a)


# A surname opening on a lower-case particle ("du PLESSIS Jean", "d'ESTIENNE Élodie", "van der
# MEERSCH Josiane"): a row opening so starts a name, not a sentence's next words.
_PARTICLE_START = re.compile(rf"^(?:(?:{_PARTICLES})\s+|d['’]){{1,2}}[A-ZÀ-Ý]{{2}}")


def _particle_entry(prev: Piece, p: Piece) -> bool:
    """Row p opens on a surname with a lower-case particle, under a row that closes a whole
    entry (a name, or a name and its office after a dash or a comma)."""
    return bool(_PARTICLE_START.match(p.text)) and _whole_name(office_tail_off(prev.text))


def _column_entry_ends(text: str, nxt: str) -> bool:
    """In a list read down its narrow columns (list_columns.py), where a name wraps as often as
    not and the room left on a line says little: the entry above is whole and the next line
    opens one when the entry closed its bracket ("X (pouvoir à" / "DAVID Rachid)" / "DELANNOY"),
    when a whole name (a surname in capitals and a given name) is followed by a surname, or
    when both hold a name of two words or more ("Le Corre Serge" / "Fournier Marc", where
    a wrapped name leaves one word under it: "Mme Lemaire" / "Sandrine")."""
    if text.endswith(("-", SOFT_HYPHEN)):
        return False                # "Philippe LEF-" / "ÈVRE": a word cut at the line's end
    if text.endswith(")") and text.count("(") == text.count(")") > 0 and nxt[:1].isupper():
        return True
    if _whole_name(_PROXY_TAIL.split(text)[-1]) and _SURNAME_OPENS.match(nxt):
        return True                 # a name has one surname: "POULAIN Didier" / "D'HALLUIN"
    return name_words(text) >= 2 and name_words(nxt) >= 2


_SURNAME_OPENS = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’\-]*[A-ZÀ-Ý](?:\s|$)")


def name_words(text: str) -> int:
    """Capitalised words of a name, civilities and particles left out."""
    return sum(1 for t in re.findall(r"[^\W\d_][\w'’\-]*", text)
               if t[:1].isupper() and not _CIVILITY_START.match(t + " ")
               and t.lower().strip("'’") not in PERSON_PARTICLES and len(t) > 1)


def _carries_on(group: list[Piece], p: Piece, f: Field, named_style: bool) -> bool:
    prev = group[-1]
    text = " ".join(q.text for q in group)
    if text.count("(") > text.count(")"):
        return True                      # "X (pouvoir à" / "Y)"
    if _same_opening(group[0].text, p.text):
        return False                     # "pouvoir de X à Y" / "pouvoir de Z à W": entries alike
    if (p.text[:1].islower() and not _particle_entry(prev, p)) or p.text[:1] in "(&" \
            or _OPEN_END.search(prev.text):
        return True
    if _CIVILITY_START.match(p.text):
        return False
    if prev.right and _column_entry_ends(text, p.text):
        return False
    # A row of capitals only under rows that write given names: a surname cut by the cell edge.
    if named_style and not re.search(r"[a-zà-ÿ]", p.text):
        return True
    # Given names alone at the row's head, under a row ending with a surname in capitals: the
    # "NOM Prénom" the cell's edge cut ("… à Monsieur ROUSSEAU" / "Daniel", "Mme HADDAD" /
    # "Patricia donne procuration à …").
    if _SURNAME_END.search(prev.text) and _GIVEN_NAMES.fullmatch(_PROXY_TAIL.split(p.text)[0]):
        return True
    # Two rows that each hold a whole name (a surname in capitals and a given name): two people.
    if _whole_name(text) and _whole_name(p.text):
        return False
    # Would the row's first word have fitted at the end of the row above? Then the break was chosen.
    h = prev.height
    return prev.x1 + p.first_width + 0.25 * h > (prev.right or _column_right(f, stacked_only=True)) - h
