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
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..french.bullets import ALL_GLYPHS
from ..text.model import Word
from .lines import BodyLine, clean
from .names import split_list


@dataclass(frozen=True)
class GridSettings:
    segment_gap: float = 1.8        # a gap wider than this many word heights cuts a row (tab stop, column)
    row_overlap: float = 0.5        # two words share a row when their centres are this close (in heights)
    paragraph_step: float = 1.35    # a row further below the last than this many line steps opens a paragraph
    column_step: float = 2.4        # ... but a row in the value's own column may be this far (table padding)
    column_slack: float = 0.8       # how far left of a column (in heights) a segment may start and stay in it
    full_line: float = 0.85         # a row reaching this share of the page's text width wrapped: it continues


SETTINGS = GridSettings()

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

    @property
    def text(self) -> str:
        return clean(" ".join(w.text for w in self.words))

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass
class Row:
    page: int
    top: float
    height: float
    segments: list[Segment]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


@dataclass
class Piece:
    """One row's share of a field's value."""
    text: str
    x0: float
    x1: float
    list_item: bool
    first_width: float = 0.0        # width of its first word (would it have fit on the row above?)
    height: float = 10.0            # its words' height: the unit of the slack allowed


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

    @property
    def text(self) -> str:
        return join_pieces([p.text for p in self.pieces])


@dataclass
class Header:
    fields: list[Field]
    paragraphs: list[str]           # the text outside fields, one string per paragraph, in order
    order: list[tuple[str, object]]  # ("field", Field) / ("text", str) in reading order


def join_pieces(texts: list[str]) -> str:
    """Rows of one value joined: a hyphen at a row end that ties a compound name
    ("GAUTIER-" / "MEDEIROS") stays and joins; any other row end is a space."""
    out = ""
    for t in texts:
        if not out:
            out = t
        elif re.search(r"[^\W\d_]-$", out) and t[:1].isalpha():
            out = out + t if t[:1].isupper() else out[:-1] + t
        else:
            out = f"{out} {t}"
    return out


# --------------------------------------------------------------------------
# Rows and segments

def _words(lines: list[BodyLine]) -> list[tuple[int, Word, BodyLine]]:
    """The words of the lines, with a word hyphenated across a line end (layer 1 joined
    it, keeping the fragment it took from the next line) split back into its two boxes:
    the rows here are rebuilt from positions, and they join hyphens themselves."""
    out: list[tuple[int, Word, BodyLine]] = []
    for bl in lines:
        for w in bl.line.words:
            frag = w.continued
            if frag is None or not w.text.endswith(frag.text):
                out.append((bl.page, w, bl))
                continue
            head = w.text[:len(w.text) - len(frag.text)]
            head = head if head.endswith("-") else head + "-"
            out.append((bl.page, Word(head, w.x0, w.top, w.x1, w.bottom, size=w.size, bold=w.bold), bl))
            out.append((w.continued_page or bl.page, frag, bl))
    return out


def build_rows(lines: list[BodyLine], settings: GridSettings = SETTINGS) -> list[Row]:
    """Visual rows, top-down per page, each cut into segments at wide gaps. Cost: a sort."""
    items = sorted(_words(lines), key=lambda t: (t[0], (t[1].top + t[1].bottom) / 2, t[1].x0))
    rows: list[Row] = []
    group: list[tuple[int, Word, BodyLine]] = []

    def flush():
        if group:
            rows.append(_row(group, settings))
            group.clear()

    for item in items:
        page, w, _ = item
        if group:
            p0, w0, _ = group[0]
            h = max(w0.bottom - w0.top, 1.0)
            if page != p0 or abs((w.top + w.bottom) / 2 - (w0.top + w0.bottom) / 2) > settings.row_overlap * h:
                flush()
        group.append(item)
    flush()
    return _rejoin_colons(rows)


def _rejoin_colons(rows: list[Row]) -> list[Row]:
    """A long label wrapped just before its colon ("… du CGCT" / ": A, B"): the row that
    opens with the colon goes back onto the label's row."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev.page == row.page and row.segments[0].text.startswith((":", "：")) \
                and row.top - prev.top < 2.5 * prev.height:
            prev.segments[-1].words.extend(row.segments[0].words)
            prev.segments.extend(row.segments[1:])
            prev.top = row.top              # rows under it are measured from where it ends
            continue
        out.append(row)
    return out


def _row(group: list[tuple[int, Word, BodyLine]], settings: GridSettings) -> Row:
    group = sorted(group, key=lambda t: t[1].x0)
    heights = [w.bottom - w.top for _, w, _ in group]
    h = max(statistics.median(heights), 1.0)
    segments: list[Segment] = []
    prev: Optional[tuple[int, Word, BodyLine]] = None
    for item in group:
        _, w, bl = item
        new_cell = prev is not None and prev[2].line.cell is not None and prev[2].line.cell != bl.line.cell
        if prev is None or new_cell or w.x0 - prev[1].x1 > settings.segment_gap * h:
            segments.append(Segment([], list_item=bl.list_item and (prev is None or prev[2] is not bl),
                                    in_table=bl.line.table_id is not None or bl.line.cell is not None))
        segments[-1].words.append(w)
        prev = item
    # A bullet glyph left in the text ("- X à Y") marks a list item too.
    for s in segments:
        if s.words and s.words[0].text in ALL_GLYPHS and len(s.words) > 1:
            s.words = s.words[1:]
            s.list_item = True
    return Row(page=group[0][0], top=min(w.top for _, w, _ in group), height=h, segments=segments)


# --------------------------------------------------------------------------
# Fields

# Inclusive endings in labels: "Présent(e)s", "Excusé·e·s", "Absent.e.s".
_INCLUSIVE = re.compile(r"\((?:e|es|s|ne|nes)\)|(?<=[a-zéè])[·.](?:e|ne)[·.](?=s\b)|(?<=[a-zéè])[·](?:e|ne)\b")


@dataclass
class Labels:
    """Compiled label rules: field kind -> regex of the label's words (no colon)."""
    rules: dict[str, re.Pattern]

    @classmethod
    def from_config(cls, cfg: dict[str, str]) -> "Labels":
        tail = r"(?:\s*\(\s*(?P<count>\d+)\s*\))?"
        return cls({kind: re.compile(rf"^(?:{rx})\b{tail}", re.IGNORECASE) for kind, rx in cfg.items() if rx})

    def match(self, seg: Segment, alone_ok: bool) -> Optional[tuple[str, str, Optional[int], str, bool]]:
        """(kind, label, count, value) when the segment opens with a label. A label ends
        with a colon; without one it must fill its segment (a table cell, a tab column)."""
        text = _INCLUSIVE.sub("", seg.text)
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


def read_header(lines: list[BodyLine], labels: Labels, settings: GridSettings = SETTINGS,
                is_entry: Optional[EntryTest] = None) -> Header:
    """is_entry: tells a row that is one entry of a list (one name per row, at the label's
    margin or over a page break); without it only geometry and punctuation carry a value on."""
    rows = _wrapped_labels(build_rows(lines, settings), labels)
    step = _line_step(rows)
    right = _right_edges(rows)
    fields: list[Field] = []
    open_: list[Field] = []                 # fields that may still grow, by column
    order: list[tuple[str, object]] = []
    para: list[str] = []
    last_free: Optional[Row] = None

    def close_para():
        if para:
            order.append(("text", join_pieces(para)))
            para.clear()

    fed: list[Field] = []                   # the fields the previous row fed
    prev_row: Optional[Row] = None
    carried: list[Field] = []               # the fields carried over the last page break
    for row in rows:
        prev_top_page = prev_row.page if prev_row is not None else row.page
        if row.page != prev_top_page:
            # A list that filled its page to the bottom goes on at the top of the next one.
            carried = list(fed)
            for f in carried:
                f.page, f.last_top = row.page, row.top - step
        prev_row, fed = row, []
        page_right = right.get(row.page, row.x1)
        free: list[Segment] = []
        current: Optional[Field] = None     # the field a label on this row opened
        row_piece: Optional[Piece] = None   # its value's piece on this row
        opened: list[Field] = []
        for k, seg in enumerate(row.segments):
            alone_ok = seg.in_table or k + 1 < len(row.segments)
            hit = labels.match(seg, alone_ok)
            if hit:
                kind, label, count, value, open_label = hit
                # A label closes the fields in its column and to its right.
                open_ = [f for f in open_ if f.page == row.page and f.x < seg.x0 - settings.column_slack * row.height]
                close_para()
                current = Field(kind, label, count, seg.x0, row.page, right=page_right, in_table=seg.in_table,
                                open_label=open_label, last_top=row.top, last_height=row.height)
                opened.append(current)
                row_piece = None
                if value:
                    vx = _value_x(seg, value)
                    current.value_x = vx
                    row_piece = Piece(value, vx, seg.x1, False, _first_width(seg, vx), row.height)
                    current.pieces.append(row_piece)
                fields.append(current)
                open_.append(current)
                order.append(("field", current))
                fed.append(current)
                continue
            if current is not None and not seg.list_item and not _counted(current):
                # Same row, right of a label: its value (a table's second column); a row of it
                # cut at stretched spaces (a justified cell) is still one piece.
                if current.value_x is None:
                    current.value_x = seg.x0
                if row_piece is not None:
                    _extend(row_piece, seg)
                else:
                    row_piece = _piece(seg)
                    current.pieces.append(row_piece)
                continue
            target = _column_of(open_, seg, row, settings)
            if target is not None and _counted(target):
                target = None               # "Présents : 23": the value is whole
            if target is not None and _label_goes_on(target, seg, row, step, settings):
                target.label += " " + seg.text          # a label wrapped in its own table cell
                continue
            if target is not None and (_continues(target, seg, row, step, settings)
                                       and not _sentence_after(target, seg, row, settings, is_entry)
                                       or _next_entry(target, seg, row, step, settings, is_entry)):
                if target.value_x is None or target.x + settings.column_slack * row.height < seg.x0 < target.value_x:
                    target.value_x = seg.x0     # the value's column is where its wrapped rows start
                if seg.x0 >= target.value_x - settings.column_slack * row.height and \
                        seg.x0 > target.x + settings.column_slack * row.height:
                    target.indented = True
                elif seg.x0 <= target.x + settings.column_slack * row.height:
                    target.wrapped_back = True
                target.pieces.append(_piece(seg))
                target.last_top, target.last_height = row.top, row.height
                fed.append(target)
                continue
            free.append(seg)
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
        elif free:
            # Text outside any field closes the fields it sits under.
            open_ = [f for f in open_ if f.page == row.page and f.x > free[-1].x1]
            if last_free is not None and (last_free.page != row.page or row.top - last_free.top > settings.paragraph_step * step):
                close_para()
            para.append(" ".join(s.text for s in free))
            last_free = row
        else:
            close_para()
            last_free = None
    close_para()
    return Header(fields=fields, paragraphs=[t for kind, t in order if kind == "text"], order=order)


def _wrapped_labels(rows: list[Row], labels: Labels) -> list[Row]:
    """A label wrapped in its own cell or column ("Absents ayant voté par" / "procuration :",
    the value beside the first row): the second row's head, ending with the colon, joins the
    first row's head when together they read as a label and the first alone does not (the
    second alone may: "procuration :")."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev.page == row.page and len(row.segments[0].words) <= 4 \
                and row.segments[0].text.endswith((":", "：")) and abs(row.segments[0].x0 - prev.x0) < row.height \
                and 0 < row.top - prev.top < 2.5 * prev.height:
            head, tail = prev.segments[0], row.segments[0]
            joined = Segment(head.words + tail.words, head.list_item, head.in_table)
            hit = labels.match(joined, False)
            if hit and not hit[3] and not labels.match(head, True):
                prev.segments[0] = joined
                if len(row.segments) > 1:
                    out.append(Row(row.page, row.top, row.height, row.segments[1:]))
                continue
        out.append(row)
    return out


def _piece(seg: Segment) -> Piece:
    w = seg.words[0]
    return Piece(seg.text, seg.x0, seg.x1, seg.list_item, w.x1 - w.x0, w.bottom - w.top)


def _extend(piece: Piece, seg: Segment) -> None:
    """One more segment of the same row in a value's piece."""
    piece.text = f"{piece.text} {seg.text}"
    piece.x1 = seg.x1


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
    return (is_entry is not None and f.kind in LIST_KINDS and bool(f.pieces) and seg.text[:1].isupper()
            and seg.x0 <= f.x + settings.column_slack * row.height and bool(_SENTENCE_END.search(seg.text))
            and not re.search(r"[,;]", seg.text) and len(re.findall(r"\b[a-zà-ÿ]{2,}\b", seg.text)) >= 3
            and not is_entry(seg.text, f.kind))


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


def _column_of(open_: list[Field], seg: Segment, row: Row, settings: GridSettings) -> Optional[Field]:
    """The open field whose column holds the segment: the rightmost one starting left of it."""
    slack = settings.column_slack * row.height
    cands = [f for f in open_ if f.page == row.page and f.x <= seg.x0 + slack]
    return max(cands, key=lambda f: f.x) if cands else None


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z]{2})[.!?]\)?$")
# A row ending mid-list: a separator, a link word or a civility announces more names.
_OPEN_END = re.compile(r"(?:[,;(\-–—]|\b(?:et|à|de|du|des|la|le|par|madame|monsieur|mme|m\.|mr|mlle|mm\.))$",
                       re.IGNORECASE)


def _continues(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings) -> bool:
    """Does the segment carry on field ``f``'s value?"""
    gap = row.top - f.last_top
    slack = settings.column_slack * row.height
    if gap <= 0:
        return True
    if f.in_table and seg.in_table:
        return gap <= settings.column_step * step     # a table's cell: its rows are the value
    in_value_column = f.value_x is not None and seg.x0 >= f.value_x - slack and seg.x0 > f.x + slack
    last = f.pieces[-1] if f.pieces else None
    if last is None and (seg.list_item or seg.x0 > f.x + slack):
        # "Présents :" alone on its row, its list indented or bulleted under it (maybe spaced apart)
        return gap <= settings.column_step * step
    if in_value_column:
        # A value column (table cell, hanging indent, tab stop): rows may be spaced by cell padding.
        if gap > settings.column_step * step:
            return False
        if gap > settings.paragraph_step * step and last is not None and _SENTENCE_END.search(last.text):
            return False   # a finished list, then a paragraph that merely starts at the column's x (a centred title)
        return not (last is not None and f.wrapped_back)
    if gap > settings.paragraph_step * step:
        return False
    if last is None:
        return True                     # "Présents :" alone on its row: the list follows
    if last.text.count("(") > last.text.count(")"):
        return True                     # "X (pouvoir à" / "Y)": a bracket left open goes on
    if f.indented:
        return False                    # the values sat in their column: back at the margin is new text
    if _SENTENCE_END.search(last.text):
        return False
    # Back at the margin: a wrapped row (it reached the right edge) or one cut mid-list.
    return last.x1 >= settings.full_line * f.right or bool(_OPEN_END.search(last.text))


def _next_entry(f: Field, seg: Segment, row: Row, step: float, settings: GridSettings,
                is_entry: Optional[EntryTest]) -> bool:
    """A list written one entry per row (paragraphs spaced apart, or manual line breaks):
    - each row back at the label's margin ("Présents : Monsieur A" / "Madame B" / …): the row
      is one entry under a row that was one entry;
    - each entry after a tab stop, wrapping back to the margin ("Excusés :<tab>Madame A (pouvoir
      à Madame" / "B)" / "<tab>Madame C …"): the value so far ends with a whole entry and the
      row, starting in the value's column, opens one."""
    if is_entry is None or f.kind not in LIST_KINDS or not f.pieces or len(row.segments) != 1:
        return False
    gap = row.top - f.last_top
    slack = settings.column_slack * row.height
    if not 0 < gap <= settings.column_step * step:
        return False
    # The value ends with a whole entry: its last row's, or one its last two rows make
    # ("X donne procuration à" / "Y").
    ends = [split_list(join_pieces([p.text for p in f.pieces[-k:]])) for k in (1, 2) if k <= len(f.pieces)]
    if not any(e and is_entry(e[-1], f.kind) for e in ends):
        return False
    if seg.x0 <= f.x + slack:
        # One entry a row (the row above holds no separator: "X donne procuration à" / "Y" is one).
        return not f.indented and not re.search(r"[,;]", f.pieces[-1].text) and is_entry(seg.text, f.kind)
    if f.wrapped_back and f.value_x is not None and abs(seg.x0 - f.value_x) <= slack:
        head = re.split(r"\s*\(|\s+(?:donne|a\s+donn[ée]|qui\s+a|ayant|repr[ée]sent[ée]e?)\s", seg.text)[0]
        return is_entry(head, "present")
    return False


def _line_step(rows: list[Row]) -> float:
    """The step between rows of one paragraph: a low quantile of the row-to-row distances
    (a header spaces many of its paragraphs apart, so the median may be a paragraph gap),
    between rows of the header's usual type size (a prefecture stamp in small type, its rows
    tight together, says nothing of the body's leading)."""
    if not rows:
        return 12.0
    usual = statistics.median(r.height for r in rows)
    sized = [r for r in rows if abs(r.height - usual) <= 0.2 * usual]
    steps = sorted(b.top - a.top for a, b in zip(sized, sized[1:]) if a.page == b.page and b.top > a.top)
    tight = [d for d in steps if d < 3 * usual]
    if tight:
        return tight[len(tight) // 4]
    # Every row a paragraph of its own, spaced apart: that spacing is the step.
    return steps[0] if steps else usual * 1.2


def _right_edges(rows: list[Row]) -> dict[int, float]:
    out: dict[int, float] = {}
    for r in rows:
        out[r.page] = max(out.get(r.page, 0.0), r.x1)
    return out


# --------------------------------------------------------------------------
# A field's value as entries

_SEPARATED = re.compile(r"[,;]\s*\S|\s(?:et|[-–—])\s")
_CIVILITY_START = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mm\.|mr)\s", re.IGNORECASE)


def field_entries(f: Field) -> list[str]:
    """The value's entries, before any reading of names: one per list item ("- X à Y");
    else the whole value when it is a list written on running lines ("A, B, C", cut
    where the rows end); else one per row ("A" / "B" / "C", a table cell's paragraphs),
    a row that visibly carries on the one above joining it."""
    pieces = f.pieces
    if not pieces:
        return []
    if any(p.list_item for p in pieces):
        groups: list[list[str]] = []
        for p in pieces:
            if p.list_item or not groups:
                groups.append([p.text])
            else:
                groups[-1].append(p.text)
        return [join_pieces(g) for g in groups]
    if len(pieces) == 1 or any(_SEPARATED.search(_unbracketed(p.text)) for p in pieces):
        return [join_pieces([p.text for p in pieces])]
    named_style = sum(1 for p in pieces if _CIVILITY_START.match(p.text) or re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]", p.text))
    rows: list[list[Piece]] = [[pieces[0]]]
    for p in pieces[1:]:
        if _carries_on(rows[-1], p, f, named_style * 2 > len(pieces)):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [join_pieces([p.text for p in g]) for g in rows]


def _whole_name(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    return any(len(w) > 1 and w.isupper() for w in words) and any(w[0].isupper() and w[1:2].islower() for w in words)


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)?", "", text)


def _carries_on(group: list[Piece], p: Piece, f: Field, named_style: bool) -> bool:
    prev = group[-1]
    text = " ".join(q.text for q in group)
    if text.count("(") > text.count(")"):
        return True                      # "X (pouvoir à" / "Y)"
    if p.text[:1].islower() or p.text[:1] in "(&" or _OPEN_END.search(prev.text):
        return True
    if _CIVILITY_START.match(p.text):
        return False
    # A row of capitals only under rows that write given names: a surname cut by the cell edge.
    if named_style and not re.search(r"[a-zà-ÿ]", p.text):
        return True
    # Two rows that each hold a whole name (a surname in capitals and a given name): two people.
    if _whole_name(text) and _whole_name(p.text):
        return False
    # Would the row's first word have fitted at the end of the row above? Then the break was chosen.
    h = prev.height
    return prev.x1 + p.first_width + 0.25 * h > f.right - h
