"""Positioned text: what layer 1 hands to every later stage.

Coordinates are PDF points in the page's *upright* frame (after applying the
page rotation), origin top-left, y growing downwards, like pdfplumber's
``top``/``bottom``. A page is read once, turned into these small objects, and
the PDF page itself is released.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal, Optional


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0            # font size in points
    bold: bool = False
    italic: bool = False
    font: str = ""
    base: float = 0.0            # baseline y
    # Raised small glyphs at the end of the word (kept in ``text`` unless they
    # are a footnote call, which then moves to ``footnote``).
    superscript: str = ""
    footnote: str = ""           # mark of the footnote called here ("1")
    footnote_at: int = -1        # where in ``text`` the call was printed ("département¹,": 11)
    # A word hyphenated across a line end is joined on its first line; the
    # fragment that was on the next line (its own box) and that line's page:
    continued: Optional["Word"] = None
    continued_page: int = 0
    # The word ends in a hyphen the typesetter inserted to break it at the line end (a
    # soft hyphen, see chars.Char.soft), not one the text holds ("Jean-", "MARTIN-"):
    soft_hyphen: bool = False
    conf: float = 100.0          # OCR confidence (0-100); 100 for PDF text
    turn: int = 0                # printed across the page: 90 reads downwards, 270 upwards (text/rotated.py)
    # The column of prose the word was read in (text/columns.py, text/boxed_columns.py):
    # two columns side by side never share a number; 0 where the page runs full width.
    # Later stages that regroup words into visual rows keep a page's columns apart by it.
    column: int = 0
    # Mean gap between the word's glyphs in ems of its size: about 0 in running text (kerning
    # either way), a tenth of an em or more where the word processor spreads the letters
    # (w:spacing: headings "A R T I C L E  4" set apart as bold would; structure/lines.py).
    tracking: float = 0.0
    # The stretch of one PDF text object the word was drawn in, up to a drawn space (text/chars.py
    # Char.run, text/words.make_words; 0: unknown, OCR). Two words of one row in one run were
    # typeset as one stretch of text whose spaces the typesetter did not draw (a justified line's,
    # placed word by word): the gap between them is a word space, however wide, never a gutter.
    run: int = 0
    # Printed struck through (text/revisions.py): deleted text of a redline. Kept in the lines while
    # the table stage reads the page's layout (a struck line of a table is still a row of its
    # grid), out of every cell's text, then out of the lines (revisions.strip_struck).
    struck: bool = False


def same_run(a: Word, b: Word) -> bool:
    """Were the two words drawn in one PDF text object (a gap between them, on one row, is a
    word space however wide)? False when either's is unknown."""
    return a.run != 0 and a.run == b.run


class WordsBox:
    """The bounding box of a run of words (``self.words``): lines, table rows."""

    words: list[Word]

    @property
    def x0(self) -> float:
        return min([w.x0 for w in self.words])

    @property
    def x1(self) -> float:
        return max([w.x1 for w in self.words])

    @property
    def top(self) -> float:
        return min([w.top for w in self.words])

    @property
    def bottom(self) -> float:
        return max([w.bottom for w in self.words])


@dataclass
class Line(WordsBox):
    """One visual line of body text, words in reading order."""
    words: list[Word]
    page: int                    # 1-based
    # Filled by layer 1:
    list_item: bool = False      # started with a bullet glyph (stripped from words/text)
    bullet: str = ""             # the original glyph: "", "▪", "•", "o", "-", "–" ...
    # The bullet when it was a word of its own, where it was printed: inside a table a dash
    # is a cell's text, maybe a cell or more left of the words it opened the line with
    # (an empty cell's "–" before the next cell's amount; tables/ruled.page_words).
    bullet_word: Optional[Word] = None
    # Filled by the table stage: id of the table whose region holds this line.
    table_id: Optional[str] = None
    # Layer 1, inside a ruled table: (row, column) of the cell this piece of a
    # visual row belongs to (rows numbered per page). Such lines come cell by
    # cell, a cell's lines together, rows top-down.
    cell: Optional[tuple[int, int]] = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


    @property
    def size(self) -> float:
        """Dominant font size (by characters)."""
        if self.words and all(w.size == self.words[0].size for w in self.words):
            return round(self.words[0].size, 1)       # the common case: one size, nothing to weigh
        weights: dict[float, int] = {}
        for w in self.words:
            r = round(w.size, 1)
            weights[r] = weights.get(r, 0) + len(w.text)
        return max(weights, key=weights.get) if weights else 0.0

    @property
    def bold(self) -> bool:
        """True when most of the line's characters are bold."""
        total = sum(len(w.text) for w in self.words) or 1
        return sum(len(w.text) for w in self.words if w.bold) * 2 > total


@dataclass
class Footnote:
    mark: str                    # "1", "2", "*"
    text: str
    page: int
    call: Optional[Word] = None  # the body word carrying the call, when found
    lines: list["Line"] = field(default_factory=list)  # where the note is printed


@dataclass
class Page:
    number: int                  # 1-based
    width: float
    height: float
    rotation: int = 0            # 0, 90, 180, 270 as found in the PDF
    lines: list[Line] = field(default_factory=list)   # body, reading order
    header: list[Line] = field(default_factory=list)  # running header (page furniture)
    footer: list[Line] = field(default_factory=list)  # running footer, page numbers
    margin: list[Line] = field(default_factory=list)  # notes in the left margin (text/margin_notes.py)
    footnotes: list[Footnote] = field(default_factory=list)
    text_source: Literal["pdf", "ocr", "none"] = "pdf"
    # Text printed across the page's direction (vertical header cells, margin stamps),
    # one word per printed line (text/rotated.py): out of the body, read by the table stage.
    rotated: list[Word] = field(default_factory=list)
    # Ruling segments (x0, top, x1, bottom) kept for the table stage.
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    # Words the page prints as deleted (struck through, "[supprimé : …]"; text/revisions.py): out of
    # ``lines`` once the table stage has read the layout (the text as amended), kept for provenance.
    struck: list[Word] = field(default_factory=list)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Document:
    """All pages of one PDF, in order, plus what layer 1 had to say."""
    path: str
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def text_source(self) -> str:
        kinds = {p.text_source for p in self.pages if p.text_source != "none"}
        if kinds == {"ocr"}:
            return "ocr"
        if "ocr" in kinds:
            return "mixed"
        return "pdf"


def page_boxes(lines: list["Line"]) -> list[list[float]]:
    """[page, x0, top, x1, bottom] of some lines, one box per page they are on (in order)."""
    boxes: dict[int, list[float]] = {}
    for ln in lines:
        if not ln.words:
            continue
        b = boxes.get(ln.page)
        if b is None:
            boxes[ln.page] = [ln.page, ln.x0, ln.top, ln.x1, ln.bottom]
        else:
            b[1], b[2], b[3], b[4] = min(b[1], ln.x0), min(b[2], ln.top), max(b[3], ln.x1), max(b[4], ln.bottom)
    return [[b[0]] + [round(v, 1) for v in b[1:]] for b in boxes.values()]
