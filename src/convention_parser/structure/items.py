"""Where each deliberation of council minutes starts, whatever its numbering.

Minutes number their deliberations in many ways ("D2025-035 - Objet : …", "DEL 2024-102 :",
"n° 2019 / 075", "23-02/001 – …", "Délibération n° 12 :", a bare "12" in a column between the
rapporteur's name and the subject). No single pattern covers them; what they share is a
*shape that repeats*: an identifier at the start of a column (a row's first word, or the first
word after a wide gap), followed by a title, whose template — label words, prefix letters,
separators, number of digit groups — recurs through the document with numbers that increase
(035, 036, 037 …; 1, 2, 3 …). So:

1. words are regrouped into visual rows (layer 1 may split a three-column row into pieces);
2. each column start that parses as an identifier is a candidate, keyed by its template;
3. candidates of one template are chained in document order, a candidate extending a chain
   when its number is the successor of the chain's last one (a cited number — "la
   délibération n° 21-12/130 du 6 décembre 2021" — is no successor, and a line that starts
   with it continues a sentence or reads "du …" after it);
4. a chain is kept when most of its stretches hold a decision (a vote formula): an agenda
   lists the same subjects without decisions, a numbered list inside a deliberation ("1) …",
   "2) …") holds none, the themes above the items ("Point n° 1 : Finances") hold several;
   the template whose kept chains hold the most decisions gives the items.

Around that core: a heading split over two rows ("Délibération n°" / "2024-012 : …") is joined
into one row; a number on its own line beside another block (a prefecture stamp) is read as if
alone on its row; roman numerals count; an item left alone by a jump in the numbering joins the
run when it falls in order; minutes whose items decide nothing visibly keep a distinctive run
whose items each hold a body; minutes without any numbering fall back on titles set apart
(titled_items.py).

What an item's rows say is then read geometrically: its title (right of the identifier, wrapped
over the rows of the subject column) and the rapporteur printed in a column left of the number.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..french.text import fold
from ..french.words import TALLY_HEADINGS
from ..text.model import Word
from .family import FLAGS, Family
from .lines import BodyLine, BodyStats, clean, in_capitals
from .titled_items import titled_items
from .settings import ItemSettings, structure_settings


# An identifier at the start of a column: optional label word ("Délibération", "DCM"), optional
# "n°", prefix letters glued to the digits or set apart by a space or a separator ("D2025",
# "DEL 2024", "DEL-2024", "D.2024"), digit groups joined by - / . _ ("DCM2024_17"), letters
# between two groups ("2025-DEL-041"), a session's date in eight digits after the prefix
# ("CM20240315-07"),
# or a roman numeral followed by a separator ("IV – …", "Point II :").
_NUMBER = (r"(?:(?P<label>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2}\.?)\s+)?"
           r"(?:(?P<no>n\s*[°º]|N°|No\.?|num[ée]ro)\s*)?"
           r"(?P<id>(?P<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?=\s*[–—:\-.)]\s*\S)"
           r"|(?P<prefix>[A-Z]{1,4}(?:\s|[-_./](?=\d))?)?(?P<digits>(?:(?<=[A-Z])\d{8}(?=[-/._])|\d{1,4})"
           r"(?:\s?[-/._]\s?(?:[A-Z]{1,4}[-/._])?\d{1,4}){0,3}))"
           r"(?P<sep>\s*[°º]?\s*(?:[–—:\-.)]|/(?!\s*\d))(?:\s*[–—\-])*\s*|\s*[°º]?\s+|$)"
           r"(?P<title>.*)$")
_IDENT = re.compile(_NUMBER, re.UNICODE | re.DOTALL)
# What follows a number inside a sentence: a date, a unit, a preposition.
# A bare identifier that reads as a whole date, day / month / year.
_DATE_ID = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d")
_NOT_TITLE = re.compile(r"^(?:du|de|des|d['’]|en\s+date|au|aux|et|à|%|€|h\b|heures?|euros?|m2|m²|ans?|"
                        r"mois|jours?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|"
                        r"octobre|novembre|d[ée]cembre|voix|pour|contre|abstentions?)\b", FLAGS)


# A line that cannot end a sentence: what starts the next one continues it.
_DANGLING = re.compile(r"(?:\b(?:n\s*[°º]|de|du|des|la|le|les|l['’]|d['’]|et|ou|à|au|aux|en|par|sur|une?|"
                       r"d[ée]lib[ée]rations?)|[,–\-])\s*$", FLAGS)


@dataclass
class Row:
    """One visual row of a page: words sorted by x, with the body lines they came from."""
    page: int
    top: float
    words: list[Word] = field(default_factory=list)
    lines: list[BodyLine] = field(default_factory=list)   # one per word, parallel to words
    column: int = 0           # the column of prose layer 1 read it in (Word.column)

    @property
    def text(self) -> str:
        return words_text(self.words)

    @property
    def height(self) -> float:
        hs = sorted(w.bottom - w.top for w in self.words)
        return hs[len(hs) // 2] if hs else 0.0

    def first_line(self) -> BodyLine:
        return min(self.lines, key=lambda bl: bl.index)


@dataclass
class Candidate:
    row: int                  # index into the rows
    col: int                  # index of the identifier's first word in the row
    number: str               # as printed ("D2025-035", "12")
    key: tuple[int, ...]      # its digit groups
    template: tuple
    x0: float
    title_col: int            # index of the first title word in the row (len(words): none)
    column: bool              # set in a column (a word left of it, or a wide gap after it)
    alone: bool = False       # read on its own line only (a stamp or a margin note beside it)
    trailing: bool = False    # printed in brackets after its title ("Budget 2024 (DCM n° 2024/041)")
    wrapped: bool = False     # its last digits read from the row under it (_wrapped_number)
    ordinal: int = 0          # which of its row's columns it starts (0: the row's head)
    lead_x: float = 0.0       # where its row starts


@dataclass
class Item:
    start: Candidate
    number: str
    title: str
    rapporteur: Optional[str]
    first_row: int            # its first row (a theme heading right above it included)
    theme: Optional[str] = None
    title_rows: list[int] = field(default_factory=list)
    point: Optional[str] = None  # the agenda point, when the act's own identifier follows it (minutes._item_title)


def _stretches(lines: list[BodyLine]) -> list[tuple[int, int, list[tuple[Word, BodyLine]]]]:
    """The words of each page, cut where layer 1 went from one column of prose to the
    next (``Word.column``): (page, column, words) in reading order. A page without columns
    is one stretch; on a two-column page the lines beside each other never share a row."""
    out: list[tuple[int, int, list[tuple[Word, BodyLine]]]] = []
    last: Optional[tuple[int, int]] = None
    for bl in sorted(lines, key=lambda bl: bl.page):     # stable: reading order within a page
        if not bl.line.words:
            continue
        key = (bl.page, bl.line.words[0].column)
        if key != last:
            out.append((*key, []))
            last = key
        out[-1][2].extend((w, bl) for w in bl.line.words)
    return out


def build_rows(lines: list[BodyLine], settings: ItemSettings | None = None) -> list[Row]:
    """Words regrouped into visual rows, pages in order, rows top-down within each column
    of prose. Cost: a sort per page."""
    settings = settings or structure_settings().items
    rows: list[Row] = []
    for page, column, stretch in _stretches(lines):
        # Words are aligned by their bottoms: an accented capital ("À") rises above its row's
        # top, not below its bottom.
        words = sorted(stretch, key=lambda p: ((p[0].top + p[0].bottom) / 2, p[0].x0))
        first = len(rows)
        cur: Optional[Row] = None
        anchor = (0.0, 0.0)                 # the vertical span of the row's first word
        # id(layer-1 line) -> the row its words went to, and their vertical span there
        mates: dict[int, tuple[Row, float, float]] = {}
        for w, bl in words:
            h = max(w.bottom - w.top, 1.0)
            overlap = min(w.bottom, anchor[1]) - max(w.top, anchor[0])
            # A word shares the row when its box overlaps the row's first word for half the
            # smaller height: an accented capital ("À") rises, an OCR box with descenders
            # ("Adoption") sinks, neither leaves its row; the next line does not overlap.
            target = cur
            if cur is None or overlap < settings.row_overlap * min(h, max(anchor[1] - anchor[0], 1.0)):
                # ... or the words of its own line: a scan's row may open on a word of another
                # column set between two of a cell's lines (a rapporteur's name beside a title
                # wrapped on two lines), whose box the line's lower-case words ("aux", "et")
                # overlap too little, while their capitals did: they stay with their line.
                mate = mates.get(id(bl.line))
                if mate is not None and min(w.bottom, mate[2]) - max(w.top, mate[1]) \
                        >= settings.row_overlap * min(h, max(mate[2] - mate[1], 1.0)):
                    target = mate[0]
                else:
                    cur = target = Row(page, w.top, column=column)
                    anchor = (w.top, w.bottom)
                    rows.append(cur)
            target.top = min(target.top, w.top)
            target.words.append(w)
            target.lines.append(bl)
            mate = mates.get(id(bl.line))
            if mate is None:
                mates[id(bl.line)] = (target, w.top, w.bottom)
            elif mate[0] is target:
                mates[id(bl.line)] = (target, min(mate[1], w.top), max(mate[2], w.bottom))
        for row in rows[first:]:
            order = sorted(range(len(row.words)), key=lambda k: row.words[k].x0)
            row.words = [row.words[k] for k in order]
            row.lines = [row.lines[k] for k in order]
    return rows


def words_text(words: list[Word]) -> str:
    """Words joined by spaces, except a raised small word set against the previous one
    ("M" + superscript "me": "Mme")."""
    out = ""
    for k, w in enumerate(words):
        prev = words[k - 1] if k else None
        raised = prev is not None and w.x0 - prev.x1 < 1.0 and w.bottom < prev.bottom - 0.2 * (prev.bottom - prev.top)
        out += w.text if (not out or raised) else " " + w.text
    return clean(out)


def _column_starts(row: Row, settings: ItemSettings, edges: Sequence[float] = ()) -> list[int]:
    """Word indexes where the row's columns start: after a wide gap, or after a narrower one
    at a column edge other rows start at (a long rapporteur's name runs close to the number
    column of a table: "Mme Annick LEROY- 7 Approbation …")."""
    out = [0]
    spaces = sorted(b.x0 - a.x1 for a, b in zip(row.words, row.words[1:]))
    space = spaces[len(spaces) // 2] if len(spaces) >= settings.spread_gap_words else None
    for k in range(1, len(row.words)):
        prev, w = row.words[k - 1], row.words[k]
        gap, h = w.x0 - prev.x1, max(w.bottom - w.top, 1.0)
        if gap > settings.column_gap * h or (gap > settings.aligned_gap * h and (
                _at_edge(w.x0, edges, settings) or (space is not None and gap > settings.spread_gap * max(space, 0.5)))):
            out.append(k)
    return out


def column_edges(rows: list[Row], settings: ItemSettings | None = None) -> list[float]:
    """The x where at least ``edge_rows`` rows start a column after a wide gap: the column
    edges of a table the items are set in. Sorted; cost a sort of the column starts."""
    settings = settings or structure_settings().items
    xs = sorted(row.words[k].x0 for row in rows for k in _column_starts(row, settings)[1:])
    edges: list[float] = []
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] - xs[i] <= settings.edge_drift:
            j += 1
        if j - i + 1 >= settings.edge_rows:
            edges.append(xs[(i + j) // 2])
        i = j + 1
    return edges


def _at_edge(x: float, edges: Sequence[float], settings: ItemSettings) -> bool:
    k = bisect.bisect_left(edges, x - settings.edge_drift)
    return k < len(edges) and edges[k] <= x + settings.edge_drift


def _template(m: re.Match, column: bool, labels: re.Pattern) -> Optional[tuple]:
    label = fold(m.group("label"), form="accents")
    if label and not labels.fullmatch(label):
        return None
    # A thematic code changes from item to item of one sitting ("FIN-2025-014", "URB-2025-015",
    # "2025/HAB/016"): its letters are no part of the shape, only that there are some.
    seps = "R" if m.group("roman") else re.sub(r"[A-Z]+", "A", re.sub(r"[\d\s]+", "|", m.group("digits"))
                                               ).replace("–", "-").replace("—", "-")
    prefix = re.sub(r"[A-Z]+", "A", re.sub(r"\s", "_", (m.group("prefix") or "").upper()))
    # The separator before the title varies within one document ("23-02/006 –", "23-02/007 :");
    # only a bare number keeps its kind ("1." a heading, "1)" a list, "1 -" an item).
    sep = ""
    if not (label or prefix or m.group("no") or "|" in seps.strip("|")):
        sep = {"–": "-", "—": "-", ":": "-"}.get(m.group("sep").strip()[:1], m.group("sep").strip()[:1])
    return (label, bool(m.group("no")), prefix, seps, sep, column)


_LETTER = re.compile(r"[^\W\d_]")


def act_number(text: str, fam_items: dict) -> Optional[str]:
    """The identifier of a deliberation printed alone on its line ("CM20240315-07",
    "2024-DCM-045", "D2024_117", "Délibération n° 24/112"), else None. A bare number or a
    roman numeral is none: an agenda point, a page number, a count say as much."""
    m = _IDENT.match(clean(text))
    if not m or m.group("title").strip() or m.group("roman"):
        return None
    labels = re.compile(fam_items.get("labels", ""), FLAGS)
    if _template(m, False, labels) is None:
        return None
    if not (m.group("prefix") or re.search(r"[-/._]", m.group("digits") or "")):
        return None
    number = re.sub(r"\s+", " ", m.group("id")).strip()
    if m.group("label") and not m.group("no") and re.fullmatch(r"[A-Z]{1,4}", m.group("label")):
        number = f"{m.group('label')} {number}"
    return number


def _candidates(rows: list[Row], fam_items: dict, stats: BodyStats, right: dict[tuple[int, int], float],
                settings: ItemSettings) -> list[Candidate]:
    labels = re.compile(fam_items.get("labels", ""), FLAGS)
    # The act's number beside its sitting in a running header ("Délibération n° 34-2021 – Séance
    # du 20/08/2021"): its "title" names the session, no decision's subject.
    sitting = [re.compile(p, FLAGS) for p in _as_list(fam_items.get("session_title"))]
    out: list[Candidate] = []
    edges = column_edges(rows, settings)
    for r, row in enumerate(rows):
        if len(row.words) > 1 and not any(_LETTER.search(w.text) for w in row.words):
            continue        # "20   15   3   2": a row of figures (a vote grid's counts), no item
        starts = _column_starts(row, settings, edges)
        # A rapporteur's column, then the number's; past the third, only a table's column edges:
        # a justified cell stretches its spaces into gaps as wide as a column's.
        starts = starts[:3] + [k for k in starts[3:] if _at_edge(row.words[k].x0, edges, settings)]
        for ordinal, col in enumerate(starts):
            c = _candidate(rows, r, col, labels, stats, right, settings)
            if c is not None and any(rx.search(words_text(title_words(row, c))) for rx in sitting):
                continue
            if c is not None:
                c.ordinal, c.lead_x = ordinal, row.words[0].x0
                out.append(c)
                wrapped = _wrapped_number(rows, r, c, settings)
                if wrapped is not None:
                    out.append(wrapped)
            # A line of its own that shares the row with another block (a prefecture stamp, a
            # margin note beside "Délibération n° 2023-100"): read it also as if alone, so
            # that it chains with the items printed at the head of their rows.
            if col > 0 and row.lines[col] is not row.lines[col - 1]:
                c = _candidate(rows, r, col, labels, stats, right, settings, alone=True)
                if c is not None:
                    out.append(c)
        c = _trailing_candidate(rows, r, labels)
        if c is not None:
            out.append(c)
    return out


# A title closed by its identifier in brackets: "Budget primitif 2024 (DCM n° 2024/041)".
_TRAILING_ID = re.compile(r"^(?P<title>\S(?:.*?\S)?)\s*\(\s*(?P<ident>[^()]{1,40}?)\s*\)\s*[.:]?\s*$")
# The same identifier alone on its row under the title's last line ("… Portes de France-" /
# "Thionville" / "(DCM n° 2024/034)"): the title is the rows above (_item, _wrapped_above).
_TRAILING_ALONE = re.compile(r"^(?P<title>)\(\s*(?P<ident>[^()]{1,40}?)\s*\)\s*[.:]?\s*$")
# Or after a reference label on the line under the title ("BUDGET PRIMITIF 2025" / "Réf. : FIN-2025-014").
_REFERENCE_ALONE = re.compile(r"^(?P<title>)R[ée]f(?:[ée]rence|\.)?\s*:\s*(?P<ident>\S[^()]{0,39}?)\s*[.]?\s*$")


def _trailing_candidate(rows: list[Row], r: int, labels: re.Pattern) -> Optional[Candidate]:
    """The identifier in brackets that closes row r after its title, when it is one no count or
    remark could be ("(19)", "(UMP-NI)"): a label, "n°", prefix letters or several digit groups."""
    row = rows[r]
    text = row.text
    nxt = rows[r + 1] if r + 1 < len(rows) else None
    if (text.count("(") > text.count(")") and nxt is not None and nxt.page == row.page
            and ")" in nxt.text and "(" not in nxt.text.split(")")[0]):
        text = f"{text} {nxt.text}"         # "… (DCM" / "n° 2011/036)": the bracket wraps
    prev = rows[r - 1] if r else None
    # (a reference line may open a page under the title that closed the one before)
    m = _TRAILING_ID.match(text) or (_TRAILING_ALONE.match(text) if prev is not None and prev.page == row.page
                                     else None) or (_REFERENCE_ALONE.match(text) if prev is not None else None)
    if m is None:
        return None
    ident = _IDENT.match(m.group("ident"))
    if ident is None or ident.group("title").strip() or ident.group("roman"):
        return None
    tpl = _template(ident, False, labels)
    if tpl is None or not _distinctive(tpl):
        return None
    number = re.sub(r"\s+", " ", ident.group("id")).strip()
    if ident.group("label") and not ident.group("no") and re.fullmatch(r"[A-Z]{1,4}", ident.group("label")):
        number = f"{ident.group('label')} {number}"
    col = len(m.group("title").split())         # the identifier's first word
    if col >= len(row.words):
        return None
    key = tuple(int(d) for d in re.findall(r"\d+", ident.group("digits")))
    return Candidate(r, col, number, key, ("trailing",) + tpl, row.words[0].x0, len(row.words), False,
                     trailing=True)


def _candidate(rows: list[Row], r: int, col: int, labels: re.Pattern, stats: BodyStats,
               right: dict[tuple[int, int], float], settings: ItemSettings, alone: bool = False
               ) -> Optional[Candidate]:
    """The identifier that starts at word col of row r, unless it reads as a number inside a
    sentence (a date, an amount, a cited deliberation, a count after "Pour :"). alone: read the
    words of its own line only, as a line at the head of its row."""
    row = rows[r]
    words = _own_words(row, col) if alone else row.words[col:]
    text = clean(" ".join(w.text for w in words))
    prev = rows[r - 1] if r else None
    if col == 0 and prev is not None and prev.page == row.page and prev.text.count("(") > prev.text.count(")"):
        return None                             # "… (DCM" / "n° 2011/036)": a bracket wraps here
    m = _IDENT.match(text)
    if not m or m.start("id") > 40:
        return None
    title, sep = m.group("title").strip(), m.group("sep").strip()
    title_col = min(len(text[:m.start("title")].split()), len(words))
    h = max(words[0].bottom - words[0].top, 1.0)
    gap_after = 0 < title_col < len(words) and \
        words[title_col].x0 - words[title_col - 1].x1 > settings.column_gap * h
    column = (col > 0 and not alone) or (gap_after and not sep)
    groups = bool(re.search(r"[-/._]", m.group("digits") or ""))
    bare = not (m.group("label") or m.group("no") or m.group("prefix")) and not groups
    if title and not sep and (title[:1].islower() or not (column or groups)):
        return None                             # "12 février …": a number inside running text
    if bare and not sep and not gap_after and (col == 0 or alone) and title:
        return None
    if bare and title and not _LETTER.search(title):
        return None                             # "20  15 3 2": figures, no title
    if bare and not title and col > 0 and row.lines[col].line.table_id is not None:
        return None                             # a table's value cell right of its label
                                                # ("Pour | 17", "Nombre de votants | 19")
    if title and _NOT_TITLE.match(title):
        return None                             # "n° 21-12/130 du 6 décembre 2021"
    if not (m.group("label") or m.group("no") or m.group("prefix")) and _DATE_ID.fullmatch(m.group("id").strip()):
        return None                             # "25/03/2016": a date (a convocation's, wrapped in
                                                # its cell), no item's number
    # (an identifier alone on its row with its "n°", under a title that fills the line, opens
    # an item unless the line above dangles: "… de la délibération" / "n° 2021-130")
    alone_id = not title and m.group("no") and not (r and _DANGLING.search(rows[r - 1].text))
    if col == 0 and not alone_id and _runs_on(rows, r, right, stats, settings) \
            and _shape(rows[r - 1].text) != _shape(text):
        return None                             # the previous row's sentence goes on here
                                                # (not a list of entries numbered alike)
    if col > 0 and not alone and any(_tally_word(w.text) for w in row.words[max(0, col - 2):col]):
        return None                             # "Pour :   57", "Votants   22" (a vote table's row)
    tpl = _template(m, column, labels)
    if tpl is None:
        return None
    digits = (_roman(m.group("roman")),) if m.group("roman") else \
        tuple(int(d) for d in re.findall(r"\d+", m.group("digits")))
    number = re.sub(r"\s+", " ", m.group("id")).strip()
    if m.group("label") and not m.group("no") and re.fullmatch(r"[A-Z]{1,4}", m.group("label")):
        number = f"{m.group('label')} {number}"   # "DEL 2024-102": an abbreviation is part of the number
    return Candidate(r, col, number, digits, tpl, words[0].x0, col + title_col, column, alone)


def _tally_word(text: str) -> bool:
    """A vote's or a count's heading: the number beside it is its count, no item's."""
    word = fold(text, form="accents").strip(" :")
    return text.strip() == ":" or word in ("pour", "contre", "abstention") or word in _TALLY


_TALLY = {fold(w, form="accents") for w in TALLY_HEADINGS}


def _wrapped_number(rows: list[Row], r: int, c: Candidate, settings: ItemSettings) -> Optional[Candidate]:
    """A bare number wrapped in a narrow cell ("11" / "5" for 115: its last digits on the row
    right under it, starting where it does), read whole as well: the reading whose numbers
    chain wins (115, 116, … succeed each other; 11, 11, … do not)."""
    if len(c.key) != 1 or not c.column or r + 1 >= len(rows):
        return None
    row, nxt = rows[r], rows[r + 1]
    if nxt.page != row.page or nxt.top - row.top > settings.wrap_step * max(row.height, 1.0):
        return None
    tail = next((w for w in nxt.words if abs(w.x0 - c.x0) <= settings.edge_drift), None)
    if tail is None or not tail.text.isdigit() or len(c.number) + len(tail.text) > settings.wrapped_digits:
        return None
    number = c.number + tail.text
    return Candidate(c.row, c.col, number, (int(number),), c.template, c.x0, c.title_col, c.column, c.alone,
                     wrapped=True)


def _wrapped_or_pieces(cands: list[Candidate], settings: ItemSettings) -> list[Candidate]:
    """Numbers read whole over two rows are kept where they chain (another one read so is its
    successor or predecessor: 115, 116, …), and then their pieces are no candidates of their
    own; elsewhere (an agenda's "1" over "2" reads "12") the pieces stay and the whole goes."""
    whole = [c for c in cands if c.wrapped]
    if not whole:
        return cands
    numbers = {c.key[0] for c in whole}
    chained = [c for c in whole if any(c.key[0] + d in numbers for d in range(-settings.max_step, settings.max_step + 1)
                                       if d)]
    pieces = {(c.row + k, round(c.x0)) for c in chained for k in (0, 1)}
    return [c for c in cands if c in chained or not c.wrapped and (c.row, round(c.x0)) not in pieces]


def _shape(text: str) -> Optional[str]:
    """The identifier opening text, digits masked ("DEL#-#"), or None."""
    m = _IDENT.match(text)
    return re.sub(r"\d+", "#", (m.group("label") or "") + m.group("id")) if m else None


def _roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for k, ch in enumerate(text):
        v = values[ch]
        total += -v if k + 1 < len(text) and values[text[k + 1]] > v else v
    return total


def _own_words(row: Row, col: int) -> list[Word]:
    """The words of the line whose word col is, from that word on."""
    own = row.lines[col]
    return [w for w, bl in zip(row.words[col:], row.lines[col:]) if bl is own]


def title_words(row: Row, c: Candidate) -> list[Word]:
    """The words of c's row right of its identifier (of its own line only when read alone)."""
    words = _own_words(row, c.col) if c.alone else row.words[c.col:]
    return words[c.title_col - c.col:]


def _runs_on(rows: list[Row], r: int, right: dict[tuple[int, int], float], stats: BodyStats,
             settings: ItemSettings) -> bool:
    """Does the row above run on into row r: a full-width line without a sentence end, close above?"""
    if r == 0 or rows[r - 1].page != rows[r].page:
        return False
    prev, row = rows[r - 1], rows[r]
    text = prev.text
    if prev.column != row.column:
        # the last row of the column before: only its words tell (its place is another column's)
        return bool(_DANGLING.search(text))
    step = row.top - prev.top
    if step > max(stats.gap, row.height * 1.2) * 1.3:
        return False
    if _DANGLING.search(text):
        return True                             # "Vu la délibération n°" / "2023-118 : …"
    if re.search(r"[.:;!?»)]\s*$", text):
        return False
    if all(w.bold for w in row.words) and not any(w.bold for w in prev.words):
        return False                            # a title in bold under a line in the body type
                                                # ("Pouvoir de X à Y" / "CA-2020-63 – Rénovation …")
    left = min(w.x0 for w in prev.words)
    if left > row.words[0].x0 + 2 * row.height:
        return False                            # a value in a column to the right ("Secrétaire :   M. X")
    edge = right.get((prev.page, prev.column), 0.0)
    indent = left - row.words[0].x0
    if indent > settings.centred_tolerance and abs(indent - (edge - prev.words[-1].x1)) <= settings.centred_tolerance:
        return False                            # a heading centred over the line (a narrow column's
                                                # theme "Point n° 2 : Finances" nearly fills it)
    width = edge - left
    return width > 0 and prev.words[-1].x1 - left > settings.run_on_width * width


def _successor(prev: tuple[int, ...], cur: tuple[int, ...], max_step: int) -> bool:
    """cur follows prev: the first group that differs grows by 1..max_step, later groups restart."""
    if len(prev) != len(cur):
        return False
    for k, (a, b) in enumerate(zip(prev, cur)):
        if a == b:
            continue
        if not 0 < b - a <= max_step:
            return False
        # later groups start again ("1.9" -> "2.1") or stay ("012/2024" -> "013/2024")
        later = cur[k + 1:]
        return all(x <= 1 for x in later) or later == prev[k + 1:]
    return False


def _chains(cands: list[Candidate], rows: list[Row], settings: ItemSettings) -> dict[tuple, list[list[Candidate]]]:
    """Candidates of each template chained in document order. A candidate extends the longest
    chain it succeeds among the longest one and the most recent few (cost stays linear)."""
    by_tpl: dict[tuple, list[list[Candidate]]] = {}
    longest: dict[tuple, list[Candidate]] = {}
    for c in cands:
        chains = by_tpl.setdefault(c.template, [])
        pool = chains[-settings.recent_chains:]
        if c.template in longest and not any(ch is longest[c.template] for ch in pool):
            pool = pool + [longest[c.template]]
        fits = [ch for ch in pool if _successor(ch[-1].key, c.key, settings.max_step)
                and (not c.column or _same_column(ch[-1], c, settings.column_drift
                     * (1 if rows[ch[-1].row].page == rows[c.row].page else settings.page_drift)))]
        if fits:
            chain = max(fits, key=len)
            chain.append(c)
        else:
            chain = [c]
            chains.append(chain)
        if len(chain) > len(longest.get(c.template, ())):
            longest[c.template] = chain
    return by_tpl


def _same_column(a: Candidate, b: Candidate, drift: float) -> bool:
    """Are two numbers set in one column: at one x, or both the second (third …) column of
    rows that start at one x (each item a table of its own sized to its content: the number's
    column moves with the rapporteur's name left of it)."""
    return abs(a.x0 - b.x0) <= drift or (0 < a.ordinal == b.ordinal and abs(a.lead_x - b.lead_x) <= drift)


def _as_list(v) -> list[str]:
    return [v] if isinstance(v, str) else list(v or [])


def find_items(lines: list[BodyLine], fam: Family, stats: BodyStats,
               settings: ItemSettings | None = None) -> tuple[list[Row], list[Item]]:
    """The rows of the part and its items (empty when it holds fewer than two decided ones)."""
    settings = settings or structure_settings().items
    cfg = fam.section("items")
    rows = build_rows(lines, settings)
    if not rows or not cfg:
        return rows, []
    rows = _join_split_labels(rows, re.compile(cfg.get("labels", ""), FLAGS))
    right: dict[tuple[int, int], float] = {}       # the right edge of each page's columns
    for row in rows:
        key = (row.page, row.column)
        right[key] = max(right.get(key, 0.0), max(w.x1 for w in row.words))
    decided_rx = [re.compile(p, FLAGS) for p in cfg.get("decided", [])]
    # Another vote's sentence (the secretary elected "à l'unanimité" in the opening block)
    # decides nothing of an item.
    skip = [re.compile(p, FLAGS) for p in _as_list(fam.section("deliberation").get("vote_skip"))]
    texts = [row.text for row in rows]
    for rx in skip:
        texts = [rx.sub(" ", t) for t in texts]
    # A decision may wrap: "Le Conseil municipal," / "APPROUVE le budget" reads on the first row.
    decided_at = [any(rx.search(t) or (k + 1 < len(texts) and _starts_within(rx, t, texts[k + 1]))
                      for rx in decided_rx) for k, t in enumerate(texts)]
    # prefix sums: does a stretch of rows hold a decision?
    acc = [0]
    for d in decided_at:
        acc.append(acc[-1] + d)

    def decided(a: int, b: int) -> bool:
        return acc[b] - acc[a] > 0

    # the first deciding row at or after each row (len(rows): none)
    next_decision = [len(rows)] * (len(rows) + 1)
    for r in range(len(rows) - 1, -1, -1):
        next_decision[r] = r if decided_at[r] else next_decision[r + 1]

    cands = _wrapped_or_pieces(_candidates(rows, cfg, stats, right, settings), settings)
    by_tpl = _chains(cands, rows, settings)
    # Runs whose items have a body first; a list of decisions one a row (a "relevé de
    # décisions") only when nothing else is found: a closing recap repeats the items.
    best = _select(by_tpl, rows, decided, next_decision, settings, lists=False) \
        or _select(by_tpl, rows, decided, next_decision, settings, lists=True)
    voted = [re.compile(p, FLAGS) for p in cfg.get("voted", [])]
    if not best and settings.single:
        best = _single(cands, rows, decided) or _undecided(by_tpl, settings) \
            or _titled(rows, decided_at, stats, settings.typographic_items) \
            or _titled_voted(rows, decided_at, stats, voted, settings.typographic_items_voted)
    elif not best:
        # a text read as one decision: many titled decisions make it minutes, or a few that
        # each print their vote (minutes of a short session read like one decision)
        best = _titled(rows, decided_at, stats, settings.typographic_items_in_one) \
            or _titled_voted(rows, decided_at, stats, voted, settings.typographic_items_voted)
    best = _fill_gaps(_strays(best, cands, rows, decided, settings), rows, decided)
    return rows, [_item(rows, c, best[k + 1].row if k + 1 < len(best) else len(rows), cfg, settings)
                  for k, c in enumerate(best)]


def _select(by_tpl: dict[tuple, list[list[Candidate]]], rows: list[Row], decided, next_decision: list[int],
            settings: ItemSettings, lists: bool) -> list[Candidate]:
    """The items of the template whose kept chains hold the most decisions. lists: a chain
    one number a row (an agenda, a recap "12 - Budget : adopté") may be kept."""
    best: list[Candidate] = []
    best_score: tuple = (0, -len(rows), 0, 0, 0, 0)
    outside = {c.key for chains in by_tpl.values() for ch in chains if len(ch) >= 2
               for c in ch if not _in_table(rows, c)}
    for tpl, chains in by_tpl.items():
        chains = _without_recap_tables(chains, rows, outside)
        member_rows = sorted(c.row for ch in chains for c in ch)
        kept: list[Candidate] = []
        spans: list[tuple[int, int]] = []
        n_decided = 0
        # Longest chains first: a shorter one set inside a longer one's run (a list "1 - …,
        # 2 - …" within an item numbered the same way) is no run of items; one after it (items
        # numbered again from 1 under each theme) is.
        for ch in sorted(chains, key=len, reverse=True):
            if len(ch) < 2 or any(a < ch[0].row and ch[-1].row < b for a, b in spans):
                continue
            ends = [nxt.row for nxt in ch[1:]] + [_next_row(member_rows, ch[-1].row, len(rows))]
            if not lists and sum(e - c.row <= 1 for c, e in zip(ch, ends[:-1])) > (len(ch) - 1) / 2:
                continue
            d = sum(decided(c.row, e) for c, e in zip(ch, ends))
            if d >= settings.decided_share * len(ch):
                kept.extend(ch)
                spans.append((ch[0].row, ch[-1].row))
                n_decided += d
        # On a tie, a distinctive identifier ("Délibération n° 2024-005", "D2025-035") beats a
        # bare number: themes above the items ("1. FINANCES") are numbered bare.
        distinctive = int(_distinctive(tpl))
        # Then the numbers set closer above their decisions: themes numbered bare ("1. FINANCES")
        # stand above items numbered bare in a column ("48  Rapporteur  Subject"). Last, a number
        # read on a row of its own beats one read alone beside a stamp (same rows otherwise).
        distance = sum(next_decision[c.row] - c.row for c in kept)
        # Decisions counted on the items the kept numbers cut: chains of one template that
        # interleave (a list numbered inside each item, "1° Vu …" / "2° Vu …", chained across
        # the items) would count one decision in several stretches. As many: the run whose
        # items decide each.
        n_decided = _cut_decisions(kept, member_rows, len(rows), decided) if len(chains) > 1 else n_decided
        score = (n_decided, n_decided - len(kept), len(kept), distinctive, -distance,
                 -sum(c.alone for c in kept))
        if n_decided >= settings.min_decided and score > best_score:
            best, best_score = sorted(kept, key=lambda c: c.row), score
    return best


def _cut_decisions(kept: list[Candidate], member_rows: list[int], n_rows: int, decided) -> int:
    """How many of the items the kept numbers cut (each up to the next kept one) decide."""
    cut = sorted(kept, key=lambda c: c.row)
    if not cut:
        return 0
    ends = [c.row for c in cut[1:]] + [_next_row(member_rows, cut[-1].row, n_rows)]
    return sum(decided(c.row, e) for c, e in zip(cut, ends))


def _in_table(rows: list[Row], c: Candidate) -> bool:
    row = rows[c.row]
    return c.col < len(row.lines) and row.lines[c.col].line.table_id is not None


def _without_recap_tables(chains: list[list[Candidate]], rows: list[Row],
                          outside: set[tuple[int, ...]]) -> list[list[Candidate]]:
    """Chains less the ones set in a table whose numbers head items outside any table too
    (``outside``: the numbers of runs out of tables, whatever their shape): a table of the
    session's items with their outcomes ("N° | Objet | Décision", "Adopté à l'unanimité" in
    each row) on the front page of minutes decides in every row, yet the items are the ones
    it lists, printed with their bodies further on."""
    return [ch for ch in chains
            if not (all(_in_table(rows, c) for c in ch) and all(c.key in outside for c in ch))]


_LONE_LABEL = re.compile(r"(?P<label>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2})(?:\s*(?:n\s*[°º]|N°|No\.?|num[ée]ro))?\s*")
_ID_START = re.compile(r"(?:n\s*[°º]\s*)?[A-Z]{0,4}\s?\d|[IVX]+\s*[–—:\-.)]")


def _join_split_labels(rows: list[Row], labels: re.Pattern) -> list[Row]:
    """A heading split over two lines ("Délibération n°" / "2024-012 : Budget …") is one row:
    a row that holds only an item label, right above a row that opens with a number."""
    out: list[Row] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        m = _LONE_LABEL.fullmatch(row.text)
        if (m and nxt is not None and nxt.page == row.page and labels.fullmatch(fold(m.group("label"), form="accents"))
                and nxt.top - row.top <= 1.8 * max(row.height, 1.0) and _ID_START.match(nxt.text)):
            out.append(Row(row.page, row.top, row.words + nxt.words, row.lines + nxt.lines, row.column))
            k += 2
            continue
        out.append(row)
        k += 1
    return out


def _starts_within(rx: re.Pattern, text: str, following: str) -> bool:
    """Does rx match text and the next row read on, starting in text?"""
    m = rx.search(text + " " + following)
    return m is not None and m.start() < len(text)


def _distinctive(tpl: tuple) -> bool:
    """A label, "n°", prefix letters, several digit groups (letters between them: "2025-DEL-041"):
    no list or heading numbering."""
    return bool(tpl[0] or tpl[1] or tpl[2] or "|" in tpl[3].strip("|")
                or (tpl[3] != "R" and re.search(r"[^\W\d_]", tpl[3])))       # "R": a roman numeral


def _undecided(by_tpl: dict[tuple, list[list[Candidate]]], settings: ItemSettings) -> list[Candidate]:
    """Minutes whose items print no vote line nor decision formula: the longest run of a
    distinctive identifier ("Délibération n° 12", "DEL2024-17") at the head of its rows, each
    item holding a body (an agenda lists the same numbers a row apart)."""
    best: list[Candidate] = []
    for tpl, chains in by_tpl.items():
        if not _distinctive(tpl) or tpl[5]:
            continue
        for ch in chains:
            steps = [b.row - a.row for a, b in zip(ch, ch[1:])]
            if len(ch) >= settings.undecided_items and min(steps) >= settings.undecided_rows \
                    and len(ch) > len(best):
                best = ch
    return list(best)


def _strays(best: list[Candidate], cands: list[Candidate], rows: list[Row], decided,
            settings: ItemSettings) -> list[Candidate]:
    """Items whose run broke (OCR lost the numbers between "1" and "10"; numbers jump from 14
    to 19, then 23, leaving 19 alone): a candidate of the same shape (in the same column, for
    items set in columns), whose stretch decides, and whose number falls in order between its
    neighbours, is an item too."""
    if not best:
        return best
    x = best[0].x0
    chosen = {id(c) for c in best}
    same = [c for c in cands if c.template == best[0].template]
    out = list(best)
    keys = {c.key for c in best}
    x_title = _title_x(rows, best[0])
    for k, c in enumerate(same):
        if id(c) in chosen or (c.column and abs(c.x0 - x) > settings.column_drift * settings.page_drift):
            continue
        end = same[k + 1].row if k + 1 < len(same) else len(rows)
        at = bisect.bisect_left([o.row for o in out], c.row)
        before, after = (out[at - 1] if at else None), (out[at] if at < len(out) else None)
        if not decided(c.row, end):
            continue
        if (before is None or before.key < c.key) and (after is None or c.key < after.key):
            out.insert(at, c)
        elif (before is None or after is None) and c.column and c.key not in keys and x_title is not None \
                and abs((_title_x(rows, c) or -99.0) - x_title) <= settings.column_drift:
            # A number out of the run, before the first item or after the last, set in the
            # items' number column with its subject in their subject column and a decision of
            # its own: a motion numbered apart ("95  Vœu du Conseil municipal …" opening the
            # session before item 1). A number the run holds (an agenda or a recap repeating
            # the items) is none.
            out.insert(at, c)
    return out


def _title_x(rows: list[Row], c: Candidate) -> Optional[float]:
    """Where the candidate's title starts on its row (None: no title beside the number)."""
    words = rows[c.row].words
    return words[c.title_col].x0 if c.title_col < len(words) else None


# Letters OCR reads for a digit alone in a number column ("S" for 5 at 96 dpi).
_DIGIT_LOOKALIKES = str.maketrans({"S": "5", "s": "5", "O": "0", "o": "0", "D": "0", "l": "1", "I": "1",
                                   "i": "1", "|": "1", "Z": "2", "z": "2", "B": "8", "G": "6", "b": "6",
                                   "g": "9", "q": "9", "T": "7", "A": "4"})


def _fill_gaps(best: list[Candidate], rows: list[Row], decided) -> list[Candidate]:
    """Items set in columns whose number was lost (a scan's OCR dropped "4" … "9" between
    "3" and "10"): between two items whose numbers leave a gap, rows that open an item the
    same way — a name in the rapporteur's column beside a subject, or a word of OCR'd text in
    the number column ("9" read for 2, "S" for 5), after a decision — are the missing items
    when there are exactly as many as the gap. Their numbers follow. A word of the number
    column that reads the number due once letters OCR mistakes for digits are digits again
    ("S" for 5) opens its item even without a decision since the last (the item before it
    withdrawn: "Affaire retirée")."""
    out: list[Candidate] = []
    for a, b in zip(best, best[1:] + [None]):
        out.append(a)
        if b is None or not a.column or len(a.key) != 1 or b.key[0] - a.key[0] < 2:
            continue
        row = rows[a.row]
        if a.title_col >= len(row.words):
            continue
        x_title = row.words[a.title_col].x0
        opens, last = [], a.row
        for r in range(a.row + 1, b.row):
            words = rows[r].words
            left = [k for k, w in enumerate(words) if w.x1 < a.x0]
            subject = [k for k, w in enumerate(words) if abs(w.x0 - x_title) < 12]
            if not subject:
                continue
            number = _number_column_word(rows[r], a, x_title, subject[0])
            due = number is not None and number.text.translate(_DIGIT_LOOKALIKES) == str(a.key[0] + len(opens) + 1)
            named = bool(left) and left[0] == 0 and words[0].text[:1].isupper()
            if ((named or number is not None) and decided(last, r)) or due:
                opens.append((r, subject[0]))
                last = r
        if len(opens) != b.key[0] - a.key[0] - 1:
            continue
        for k, (r, col) in enumerate(opens):
            number = str(a.key[0] + k + 1)
            out.append(Candidate(r, col, number, (a.key[0] + k + 1,), a.template, a.x0, col, True))
    return out


def _number_column_word(row: Row, a: Candidate, x_title: float, subject: int) -> Optional[Word]:
    """The word of an OCR'd row set in the number column of item a (right of the rapporteur's
    column, before the subject), short as a number is: a number OCR misread (None: none)."""
    if not any(bl.ocr for bl in row.lines):
        return None
    between = [w for w in row.words[:subject] if w.x1 >= a.x0 - 2]
    if len(between) != 1:
        return None
    w = between[0]
    if len(w.text) > 3 or w.x1 > x_title - 2 or any(ch.islower() and ch not in "sobilgqz" for ch in w.text):
        return None
    return w


def _titled(rows: list[Row], decided_at: list[bool], stats: BodyStats, min_items: int) -> list[Candidate]:
    """Items without numbers, opened by their titles (titled_items.py): numbered in order."""
    found = titled_items(rows, decided_at, stats, min_items)
    return [Candidate(r, 0, "", (k + 1,), ("", False, "", "", style, False), rows[r].words[0].x0, 0, False)
            for k, (r, style) in enumerate(found)]


def _titled_voted(rows: list[Row], decided_at: list[bool], stats: BodyStats, voted: list[re.Pattern],
                  min_items: int) -> list[Candidate]:
    """Minutes holding too few titled items to be told from one decision's subheadings by
    their number alone: kept when each item's stretch holds a vote ("Adopté à l'unanimité",
    "Pour : 25"), which a subheading of one decision ("EXPOSÉ", "DÉCISION") does not repeat."""
    items = _titled(rows, decided_at, stats, min_items)
    if not items or not voted:
        return []
    ends = [c.row for c in items[1:]] + [len(rows)]
    if all(any(rx.search(rows[r].text) for r in range(c.row, end) for rx in voted) for c, end in zip(items, ends)):
        return items
    return []


def _single(cands: list[Candidate], rows: list[Row], decided) -> list[Candidate]:
    """Minutes that hold one item: an identifier of a distinctive shape (a label, prefix
    letters or several digit groups, then a separator and a title) at the head of its row,
    the only one of its shape, before a decision; of several, the closest above the decision
    (a theme heading, "Point n° 1 : Finances", stands above the item's own number). Anything
    less may be a cited number."""
    numbers: dict[tuple, set[str]] = {}
    for c in cands:       # an agenda printing the item's own number above it: still one number
        numbers.setdefault(c.template, set()).add(c.number)
    # (A labelled number, or one of three digit groups or more, at the row's head may stand
    # apart from its title by a tab: "Affaire n° 41<tab>Autorisation …", "2017-06-05/28<tab>…".)
    strong = [c for c in cands if len(numbers[c.template]) == 1 and (c.col == 0 or c.alone or c.trailing)
              and (not c.column or (c.col == 0 and (c.template[0] or len(c.key) > 2)))
              and (c.template[0] or c.template[2] or len(c.key) > 1)
              and (title_words(rows[c.row], c) or c.trailing
                   or (c.template[0] and title_above(rows, c.row, lambda r: decided(r, r + 1))))
              and decided(c.row, len(rows))]
    if not strong:
        return _single_bare(cands, rows, decided)
    first_decision = next(r for r in range(strong[0].row, len(rows)) if decided(r, r + 1))
    return [c for c in strong if c.row <= first_decision][-1:]


def title_above(rows: list[Row], r: int, decides) -> bool:
    """Is the row above row r a title set apart (bold or capitals, no sentence end, no
    decision: decides(row))? A number alone on its line may follow its title."""
    if r == 0 or rows[r - 1].page != rows[r].page:
        return False
    above = rows[r - 1]
    return ((all(w.bold for w in above.words) or in_capitals(above.text)) and not re.search(r"[.;:,]\s*$", above.text)
            and not decides(r - 1))


def _single_bare(cands: list[Candidate], rows: list[Row], decided) -> list[Candidate]:
    """Minutes of one item numbered by a bare number set apart as an item's number is: in
    a column between the rapporteur and the title ("Myriam DUVAL | 51 | Participation …", a
    summary's row), or alone on its row right above a title in capitals or bold ("14" /
    "CESSION D'UNE PARCELLE …"). It must be the only bare number so set before the
    decision: a table's column of figures holds several."""
    bare = [c for c in cands if len(c.key) == 1 and not (c.template[0] or c.template[1] or c.template[2])
            and decided(c.row, len(rows))
            and (c.column and c.col > 0 and title_words(rows[c.row], c) or _title_below(rows, c))]
    if len(bare) != 1:
        return []
    return bare


def _title_below(rows: list[Row], c: Candidate, settings: ItemSettings | None = None) -> bool:
    """The number is alone on its row and the next row, right under it and starting where it
    does, is a title: in capitals or bold."""
    settings = settings or structure_settings().items
    row = rows[c.row]
    if c.col != 0 or c.title_col < len(row.words) or c.row + 1 >= len(rows):
        return False
    nxt = rows[c.row + 1]
    if nxt.page != row.page or nxt.top - row.top > settings.title_below_gap * max(row.height, 1.0) \
            or abs(nxt.words[0].x0 - c.x0) > settings.column_drift:
        return False
    letters = sum(ch.isalpha() for ch in nxt.text)
    return letters >= settings.title_min_letters and (in_capitals(nxt.text) or all(w.bold for w in nxt.words))


def _next_row(member_rows: list[int], row: int, n: int) -> int:
    """The row of the next candidate of the template after row (n: none)."""
    k = bisect.bisect_right(member_rows, row)
    return member_rows[k] if k < len(member_rows) else n


def _item(rows: list[Row], c: Candidate, end: int, cfg: dict, settings: ItemSettings) -> Item:
    """The item that candidate c opens (its rows run to row end): number, title, rapporteur."""
    row = rows[c.row]
    if c.trailing:
        # the identifier alone on its row: the title ends on the row above
        last = c.row if c.col else c.row - 1
        title_rows = wrapped_above(rows, last) + [last]
        title = " ".join([rows[r].text for r in title_rows[:-1]]
                         + [words_text(row.words[:c.col]) if c.col else rows[last].text])
        title_rows += [c.row] if last != c.row else []
        return Item(c, c.number, title.rstrip(" (").strip(), None, title_rows[0], title_rows=title_rows)
    parts = [words_text(title_words(row, c))]
    title_rows = [c.row]
    rapporteur = [words_text(row.words[:c.col])] if c.col > 0 and not c.alone else []
    if c.column:
        stop = [re.compile(p, FLAGS) for p in cfg.get("title_stop", [])]
        _read_columns(rows, c, end, stop, settings, parts, title_rows, rapporteur)
    title = _join(parts)
    if cfg.get("title_skip"):
        title = re.sub(cfg["title_skip"], "", title, flags=FLAGS)
    if c.column:
        title = title.strip().rstrip(":").strip()
    # (a title at the head of its line wraps like a heading: minutes.py reads the rest)
    return Item(c, c.number, title, _join(rapporteur) or None, c.row, title_rows=title_rows)


# A numbered heading ("1. HABITAT", "IV – Finances", "Point n° 2 : Culture"): the theme above
# a title, never the title's first row (minutes.py reads it as the item's theme).
_THEME_NUMBER = re.compile(r"^(?:[Pp]oint\s+(?:n\s*[°º]\s*)?)?(?:[IVXL]+|\d{1,2}|[A-H])\s*[.)–—:\-]\s*(?=\S)")


def _set_apart(row: Row) -> str:
    """How a title row is set apart: "bold", "caps" or "" (neither)."""
    if all(w.bold for w in row.words):
        return "bold"
    return "caps" if in_capitals(row.text) else ""


def row_step(rows: list[Row], r: int, settings: ItemSettings | None = None) -> float:
    """The pitch a title wrapped in row r's type is set at. A line's pitch follows its font
    size (a word's box may be shorter than the size). An OCR'd word's size is its ink's
    height (a line of "Convention avec le" in 11.5 pt type: 8 pt), so on a scan the step is
    at least the page's usual line pitch (the median step between the rows of its column):
    a subject wrapped at 1.5 line spacing in its table column ("Convention avec le" /
    "Centre Communal" / "d'Action Sociale", 20 pt apart) lost its second and third rows."""
    settings = settings or structure_settings().items
    row = rows[r]
    sizes = sorted(w.size for w in row.words)
    step = max(row.height, sizes[len(sizes) // 2]) * 1.2
    if not settings.ocr_pitch or not any(bl.ocr for bl in row.lines):
        return step
    tops = [x.top for x in rows if x.page == row.page and x.column == row.column]
    steps = sorted(b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5 * step)
    if len(steps) < settings.ocr_pitch_rows:
        return step
    return max(step, min(steps[len(steps) // 2], settings.ocr_pitch_max * step))


def wrapped_above(rows: list[Row], r: int, settings: ItemSettings | None = None) -> list[int]:
    """Rows right above row r that its title wraps from: set tight above it (a line's pitch, as
    a subject wraps in its column) at its left edge, in bold or capitals as it is (a title
    closed by its identifier, or printed above a number alone on its line, wraps over them)."""
    settings = settings or structure_settings().items
    out: list[int] = []
    row = rows[r]
    style = _set_apart(row)
    step = row_step(rows, r, settings)
    while style and len(out) < settings.title_rows and r - len(out) - 1 >= 0:
        above, below = rows[r - len(out) - 1], rows[r - len(out)]
        if (above.page != below.page or not 0 < below.top - above.top <= step * settings.title_gap
                or abs(above.words[0].x0 - row.words[0].x0) > 6 or _set_apart(above) != style
                or re.search(r"[.;:]\s*$", above.text) or _THEME_NUMBER.match(above.text)):
            break
        if runs_into(rows, r - len(out) - 1, step * settings.title_gap, style, settings):
            break
        out.append(r - len(out) - 1)
    return sorted(out)


def runs_into(rows: list[Row], k: int, reach: float, style: str = "", settings: ItemSettings | None = None) -> bool:
    """Row k is the last row of the paragraph above, no title or theme of its own: the row over
    it, within reach above and not set apart as row k is (style: "bold", "caps"), runs on into
    it (it ends on a link word, a comma or a particle, or fills its line without a sentence
    end): a list's last name wrapped in capitals ("…, Mme Brigitte LE" / "BIHAN") over a title
    in capitals."""
    settings = settings or structure_settings().items
    if k == 0:
        return False
    prev, row = rows[k - 1], rows[k]
    if prev.page != row.page or not 0 < row.top - prev.top <= reach or (style and _set_apart(prev) == style):
        return False
    if _DANGLING.search(prev.text):
        return True
    if re.search(r"[.:;!?»)]\s*$", prev.text):
        return False
    edge = max(w.x1 for r in rows if r.page == row.page for w in r.words)
    left = min(w.x0 for w in prev.words)
    return edge > left and prev.words[-1].x1 - left > settings.run_on_width * (edge - left)


def _read_columns(rows: list[Row], c: Candidate, end: int, stop: list[re.Pattern], settings: ItemSettings,
                  parts: list[str], title_rows: list[int], rapporteur: list[str]) -> None:
    """Rows under an item set in columns: the subject wraps in its own column, up to a vote
    line; the rapporteur's name wraps in the column left of the number ("Sophie" /
    "BONIFACE-" / "PASCAL")."""
    row = rows[c.row]
    x_title = row.words[c.title_col].x0 if c.title_col < len(row.words) else None
    x_number = row.words[c.col].x0
    step = row_step(rows, c.row, settings)
    last_top, last_page = row.top, row.page
    subject_open = True

    def subject_words(r: int) -> list[Word]:
        return [w for w in rows[r].words if x_title is not None and w.x0 >= x_title - 4]

    for r in range(c.row + 1, min(end, c.row + 1 + settings.title_rows)):
        nxt = rows[r]
        if nxt.page == last_page and nxt.top - last_top > step * settings.title_gap:
            break
        if subject_open and _wraps_back(rows, c, nxt, x_number, subject_words(c.row)) \
                and not any(rx.search(nxt.text) for rx in stop):
            # A bold title set at a tab stop after its number wraps back to the number's margin
            # ("Question n° 2<tab>Rénovation … - demande de" / "subvention DSIL"): the row below,
            # in bold like it, tight under it, is the title's.
            dash = "- " if any(bl.list_item or bl.line.list_item for bl in nxt.lines) else ""
            parts.append(dash + words_text(nxt.words))
            title_rows.append(r)
            last_top, last_page = nxt.top, nxt.page
            continue
        if x_title is not None and any(x_number - 4 <= w.x0 < x_title - 4 for w in nxt.words
                                       if not (c.wrapped and r == c.row + 1 and w.text.isdigit())):
            break                               # running text across the columns: the item's body
                                                # (not the last digits of a wrapped number)
        if x_title is not None and any(w.x0 < x - 4 and w.x1 > x + 4 for w in nxt.words for x in (x_number, x_title)):
            break                               # a word across a column's edge: the body's running text
        left = [w for w in nxt.words if w.x1 <= x_number]
        right_words = subject_words(r)
        rtext = words_text(right_words)
        # A sentence after the subject may wrap too ("Madame le Maire, Messieurs …," /
        # "… ne participent pas au vote."): the stop rules read the row with the next one.
        ahead = rtext + " " + words_text(subject_words(r + 1)) if r + 1 < end and rtext.endswith(",") else rtext
        if subject_open and right_words and not any(rx.search(rtext) or rx.search(ahead) for rx in stop):
            parts.append(rtext)
            title_rows.append(r)
        elif right_words:
            subject_open = False
        if left and c.col > 0:
            rapporteur.append(words_text(left))
        elif not subject_open:
            break
        last_top, last_page = nxt.top, nxt.page


def _wraps_back(rows: list[Row], c: Candidate, nxt: Row, x_number: float, title: list[Word]) -> bool:
    """The row under an item's number row carries on its title at the number's margin: no
    column left of the number (a rapporteur's), the title and the whole row in bold, the row
    starting where the number does."""
    if not (c.col == 0 and title and all(w.bold for w in title) and nxt.words
            and all(w.bold for w in nxt.words) and nxt.page == rows[c.row].page):
        return False
    # (a dash opening the row, "- approbation de l'opération", was read as a bullet and left
    # its words: they start a dash and a space right of the margin)
    bullet = any(bl.list_item or bl.line.list_item for bl in nxt.lines)
    return -6 < nxt.words[0].x0 - x_number < 6 + (1.5 * nxt.height if bullet else 0.0)


# A vote printed after the subject on its line ("Budget primitif - Adopté à l'unanimité").
# ... or a count of the vote's column that a row read into the title's last line ("…
# Attribution de subventions Pour 57"): the subject ends before it.
_TRAILING_VOTE = re.compile(r"\s*[–—\-:]\s*(?:adopt[ée]|approuv[ée]|rejet[ée]|unanimit[ée]|[àa]\s+l['’]unanimit[ée]|pour\s*:)"
                            r"|\s+pour\s*:?\s*\d{1,3}\s*:?\s*$", FLAGS)


def split_vote(title: str) -> tuple[str, str]:
    """(the subject, a vote printed after it on its line or "")."""
    m = _TRAILING_VOTE.search(title)
    return (title[:m.start()], title[m.start():]) if m and m.start() >= 10 else (title, "")



def _join(pieces: list[str]) -> str:
    out = ""
    for p in (clean(p) for p in pieces):
        if not p:
            continue
        if out.endswith("-") and not out.endswith(" -") and (p[:1].isupper() == out[-2:-1].isupper()):
            out += p                            # "BONIFACE-" / "PASCAL"
        else:
            out = f"{out} {p}" if out else p
    return out
