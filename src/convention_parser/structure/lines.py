"""Body lines as layer 2 sees them: normalised text plus layout measures.

Typography is judged *relative to the body*: the dominant font size, the usual
left margin of a page and the usual gap between consecutive lines.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Optional, Sequence

from ..french.bullets import ANY_CLASS, WEAK
from ..text.furniture import is_page_number, normalise
from ..text.model import Document, Line
from ..text.words import is_leader, spread_letter_counts
from .contents import contents_lines
from .settings import StepSettings, structure_settings

_SPACES = re.compile(r"\s+")
# Bullet glyphs a reader may leave in the text (private-use symbol fonts included).
_BULLET = re.compile(rf"^[{ANY_CLASS}]\s+")


def clean(text: str) -> str:
    """Whitespace-normalised text, NBSP and friends turned into plain spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return _SPACES.sub(" ", text).strip()


@dataclass
class BodyLine:
    line: Line
    text: str                    # cleaned, bullet stripped
    page: int
    index: int                   # position in the document's line stream
    list_item: bool
    gap_before: float            # vertical distance to the previous line on the page (inf at page top)
    ocr: bool = False            # read by OCR: rules may meet its noise (noisy.py)
    underlined: bool = False     # its words underlined as a whole (a heading set apart so: `underlined`)

    # Measures of the line, taken once: layer 2 asks them again and again, and
    # the line no longer changes once layer 2 reads it.
    @cached_property
    def size(self) -> float:
        return body_size(self.line)

    @cached_property
    def bold(self) -> bool:
        return self.line.bold

    @cached_property
    def x0(self) -> float:
        return self.line.x0

    @cached_property
    def top(self) -> float:
        return self.line.top

    @cached_property
    def x1(self) -> float:
        return self.line.x1

    @cached_property
    def tracked(self) -> bool:
        """Letter-spaced as a whole (see `letter_spaced`)."""
        return letter_spaced(self.line)


def body_size(line: Line) -> float:
    """The size a line is set in, names in small capitals left out: Word-like tools print a
    name in small capitals smaller than the words around it ("propriété de" 10.5 pt,
    "PAS-DE-CALAIS HABITAT" 8.4 pt, ":" 10.5 pt), and a line holding mostly such a name is
    no smaller line (no new paragraph, no change of typography). Words with no lower-case
    letter set smaller than the line's largest words are left out, if a word with lower-case
    letters stays (a heading all in small capitals, its figures at full size, keeps its size)."""
    words = line.words
    if not words or all(w.size == words[0].size for w in words):
        return line.size
    top = max(w.size for w in words)
    keep = [w for w in words if not (w.size < top - structure_settings().larger_by
                                     and not any(c.islower() for c in w.text))]
    if len(keep) == len(words) or not any(c.islower() for w in keep for c in w.text):
        return line.size
    weights: dict[float, int] = {}
    for w in keep:
        weights[round(w.size, 1)] = weights.get(round(w.size, 1), 0) + len(w.text)
    return max(weights, key=weights.get)


@dataclass
class BodyStats:
    size: float                  # dominant font size of body text
    gap: float                   # usual baseline-to-baseline step
    margin: dict[int, float]     # usual left x0 per page
    bold_share: float            # share of body characters in bold

    def spaced(self, gap: float, size: float = 0.0) -> bool:
        """Is ``gap`` larger than a line step (of body text, or of a line of ``size``)?"""
        # A larger line (a heading) steps in proportion to its size, at the body's leading.
        step = max(self.gap, size * self.gap / self.size, size * 1.2) if size > self.size + 0.6 and self.size \
            else self.gap
        return gap > step * 1.25


def letter_spaced(line: Line) -> bool:
    """Is the line set with its letters spread (character spacing), as a whole? Headings set in
    the body type, neither bold nor larger, are set apart so in some conventions ("ARTICLE 4 –
    LA DESCRIPTION DU PROJET" spread over the line)."""
    st = structure_settings()
    letters, spread = spread_letter_counts(line.words, st.tracked_em)
    return letters > 0 and spread >= st.tracked_share * letters


def underlined(line: Line, rules) -> bool:
    """Is the line underlined as a whole: horizontal rules just under its words covering their
    width, none reaching far beyond it (a cell's or a frame's border)? Headings set in the body
    type, neither bold nor larger, are set apart so in some conventions."""
    st = structure_settings()
    size = max(line.size, 1.0)
    x0, x1 = line.x0, line.x1
    width = x1 - x0
    if width <= 0 or line.table_id is not None or line.cell is not None:
        return False
    spans = []
    for r in rules:
        if r[3] - r[1] > 2.0 or abs(r[1] - line.bottom) > st.underline_reach * size:
            continue
        if r[2] < x0 or r[0] > x1:
            continue
        if r[0] < x0 - st.underline_overhang * size or r[2] > x1 + st.underline_overhang * size:
            return False
        spans.append((max(r[0], x0), min(r[2], x1)))
    covered, reach = 0.0, x0
    for a, b in sorted(spans):
        if b > reach:
            covered += b - max(a, reach)
            reach = b
    return covered >= st.underline_cover * width


def _opens_quote(text: str) -> bool:
    """True when ``text`` leaves a « … » quotation open at its end."""
    return text.count("«") > text.count("»")


def body_lines(doc: Document, binders: Sequence[re.Pattern] = (),
               starts: Sequence[re.Pattern] = (), ends: Sequence[re.Pattern] = ()) -> list[BodyLine]:
    """binders: patterns of a running header naming a collection of acts (family rules,
    ``detect.binder``): under it, the header lines are the act's own (_binder_headers);
    starts: the families' start lines (``detect.starts``): a document's title taken for a
    header on pages apart, or on a page after one that ended a document (``ends``: the
    families' closing and last-stretch lines), is the page's content (_title_headers)."""
    out: list[BodyLine] = []
    printed_once = _printed_once_headers(doc)
    back_in = _binder_headers(doc, binders)
    for number, back in _title_headers(doc, starts, ends).items():
        back_in[number] = back_in.get(number, []) + back
    for number, back in back_in.items():
        printed_once[number] = sorted({id(ln): ln for ln in printed_once.get(number, []) + back}.values(),
                                      key=lambda ln: ln.top)
    for page in doc.pages:
        prev: Optional[Line] = None
        for line in _run_in_split(_label_join(_leader_gaps(printed_once.get(page.number, []) + page.lines))):
            if not line.words:
                continue
            raw = clean(line.text)
            if not raw:
                continue
            text, list_item = raw, line.list_item
            m = _BULLET.match(raw)
            # The rest of a line whose first word went up to end a word hyphenated on the line
            # above ("… M. Jean-Luc DUVAL-" / "CARON) – Abstention 1 (…)") opens mid-sentence: a
            # dash it now starts with parts two clauses, no bullet.
            rest = prev is not None and bool(prev.words) and prev.words[-1].continued is not None
            # Nor is a dash opening a line inside a quotation the line above opened and left open ("… où il est
            # écrit « Reconstitution de l'offre" / "– le programme Les Tilleuls … »"): the quoted words go on.
            quoted = prev is not None and _opens_quote(prev.text)
            if list_item and line.bullet in WEAK and quoted and line.table_id is None:
                text, list_item = f"{line.bullet} {raw}", False
            if m and not list_item and not _looks_like_number(raw) and not rest and not quoted:
                text, list_item = raw[m.end():], True
            gap = float("inf") if prev is None else line.top - prev.top
            out.append(BodyLine(line, text, page.number, len(out), list_item, gap, page.text_source == "ocr",
                                underlined(line, page.rules)))
            prev = line
    toc = contents_lines(out)
    if toc:
        # tables of contents leave the stream; positions are renumbered
        kept = [bl for i, bl in enumerate(out) if i not in toc]
        out = [replace(bl, index=i) for i, bl in enumerate(kept)]
    return out


# A numbered lead set in bold and closed by a period, a colon or a dash, run into regular
# text on its line ("2.1. La vocation du quartier. Une attention …", "Article 5 – Objet. La
# présente …", "II – OBJET DE L'AVENANT : Cet avenant …"): the heading of a paragraph whose
# first words follow it on the same line.
_RUN_IN_LEAD = re.compile(r"^(?:\d{1,2}(?:[.\-]\d{1,2})*[.)]?|§|art\.?|article|titre|chapitre|annexe)(?=\s|$)"
                          r"|^(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]?$", re.IGNORECASE)
_RUN_IN_END = (".", ":", "»")
_DASHES = ("–", "—", "-")

# A heading's number before a dot leader ("III ........ ÉVOLUTIONS", "Article 4 ..... Objet"):
# "Article", "Titre", "Annexe" and the like, then a number, a Roman numeral or a letter.
_LEADER_LABEL = re.compile(r"^(?:(?:article|art\.|titre|chapitre|annexe|partie|section)\s+)?"
                           r"(?:\d{1,2}(?:[.\-]\d{1,2})*|[IVXLC]{1,6}|[A-H]|premier|1er)[.)°]?$", re.IGNORECASE)


def _leader_gaps(lines: list[Line]) -> list[Line]:
    """A dot leader between a heading's number and its title (a tab stop's fill) left out: it
    stands for the gap it fills, which the words' positions keep ("I<tab>CONTEXTE"). A line
    with another leader after its text (a table of contents entry and its page) keeps its own."""
    out = []
    for line in lines:
        words = line.words
        k = next((i for i, w in enumerate(words[:4]) if is_leader(w.text)), None)
        if (k and k + 1 < len(words) and line.cell is None
                and _LEADER_LABEL.match(" ".join(w.text for w in words[:k]))
                and (words[k + 1].text[:1].isalpha() or words[k + 1].text[:1] in "«\"")
                and not any(is_leader(w.text) for w in words[k + 1:])):
            line = Line(words=words[:k] + words[k + 1:], page=line.page, list_item=line.list_item,
                        bullet=line.bullet, table_id=line.table_id, cell=line.cell)
        out.append(line)
    return out


_LABEL_ALONE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$|^\d{1,2}[.)]$")


def _label_join(lines: list[Line]) -> list[Line]:
    """A number label read as a line of its own beside its text on the same baseline (Word's
    list numbering puts a tab between "7.1." and "La gouvernance"; a wide gap reads as a column
    gutter): one line again."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.words and line.words and _LABEL_ALONE.match(prev.text)
                and prev.table_id == line.table_id and _same_row(prev, line)
                and abs(line.words[0].base - prev.words[-1].base) < 0.3 * max(prev.size, 1.0)
                and line.words[0].x0 > prev.words[-1].x1):
            out[-1] = Line(words=prev.words + line.words, page=line.page, list_item=prev.list_item,
                           bullet=prev.bullet, table_id=prev.table_id, cell=None)
            continue
        out.append(line)
    return out


def _same_row(a: Line, b: Line) -> bool:
    """Both out of any cell, or in cells of one row that no table claimed (layer 1 may cut a
    row at a wide gap into cells)."""
    if a.cell is None and b.cell is None:
        return True
    return a.table_id is None and a.cell is not None and b.cell is not None and a.cell[0] == b.cell[0]


def _run_in_split(lines: list[Line]) -> list[Line]:
    """Each line whose bold numbered lead closes on "." or ":" before regular words, cut into
    the lead and the rest (the rest opens the paragraph, on the same baseline). A lead may wrap:
    a line all bold that opens with a number leaves the next line's bold words in the lead."""
    out: list[Line] = []
    open_lead = False            # the line before is a bold numbered lead still running
    for line in lines:
        words = line.words
        k = next((i for i, w in enumerate(words) if not w.bold), len(words))
        # (an unruled "table" region may be a section set in two columns: its lines too)
        plain = line.cell is None and bool(words)
        numbered = bool(words) and bool(_RUN_IN_LEAD.match(words[0].text))
        closed = words[k - 1].text[-1:] in _RUN_IN_END if 0 < k <= len(words) else False
        # "Article 1 – Objet – Le présent …"; never a bold label alone before its title
        # ("Article 1 –" bold, "Objet" regular)
        dashed = (1 < k <= len(words) and words[k - 1].text in _DASHES
                  and not _LEADER_LABEL.match(" ".join(w.text for w in words[:k - 1])))
        if (plain and (1 < k or (open_lead and k)) and k < len(words) and (numbered or open_lead)
                and not any(w.bold for w in words[k:]) and (closed or dashed)
                and (words[k].text[:1].isupper() or words[k - 1].text[-1:] != "»")):
            if dashed:
                words = words[:k - 1] + words[k:]
                k -= 1
            for part in (words[:k], words[k:]):
                out.append(Line(words=list(part), page=line.page, list_item=line.list_item and part is words,
                                bullet=line.bullet, table_id=line.table_id, cell=None))
            open_lead = False
            continue
        open_lead = plain and k == len(words) and (numbered or open_lead)
        out.append(line)
    return out


def _printed_once_headers(doc: Document) -> dict[int, list[Line]]:
    """Lines set aside as page header that no other page repeats, per page.

    A running header repeats; a line printed once at the top of one page is that page's
    content: a document's title block ("DÉCISION EXTRAITE DU PROCÈS-VERBAL …") or a
    heading that opens the page, which the furniture pass may take for a header because
    another document bound in the same PDF sets its header at that height and size.
    A header that repeats the words of the page's own opening lines is a running title
    carrying the heading printed under it ("TITRE I – LES QUARTIERS" over the titre
    itself, on a titre's only page): furniture, or the heading would be read twice."""
    if len(doc.pages) < 3:
        return {}
    seen = Counter(normalise(ln.text) for p in doc.pages for ln in p.header)
    out: dict[int, list[Line]] = {}
    for p in doc.pages:
        once = [ln for ln in p.header if seen[normalise(ln.text)] == 1 and not is_page_number(ln.text)
                and not _repeats_opening(ln, p.lines)]
        if once:
            out[p.number] = sorted(once, key=lambda ln: ln.top)
    return out


def _binder_headers(doc: Document, binders: Sequence[re.Pattern]) -> dict[int, list[Line]]:
    """Lines set aside as page header, per page, on a page whose running header names a
    collection of acts ("Ville de Lens – Recueil des actes administratifs – Mars 2025"): the
    collection's header is that line; the others are the act's own opening ("DÉLIBÉRATION DU
    CONSEIL MUNICIPAL" atop each deliberation, one a page), which the furniture pass took
    for a header because several acts of one kind open their pages alike."""
    if not binders:
        return {}
    out: dict[int, list[Line]] = {}
    for p in doc.pages:
        named = [ln for ln in p.header if any(b.search(ln.text) for b in binders)]
        if not named:
            continue
        back = [ln for ln in p.header if ln not in named and not is_page_number(ln.text)]
        if back:
            out[p.number] = sorted(back, key=lambda ln: ln.top)
    return out


def _title_headers(doc: Document, starts: Sequence[re.Pattern],
                   ends: Sequence[re.Pattern] = ()) -> dict[int, list[Line]]:
    """Lines set aside as page header that open a document (a family's start line:
    "DÉLIBÉRATION DU CONSEIL MUNICIPAL", "ARRÊTÉ N° …") and that no two pages in a row print,
    or printed on a page after one whose last lines end a document ("Pour extrait conforme",
    "Fait à …, le …"): the title of each act of a collection (one deliberation a page, or over
    two), which the furniture pass took for a header. A running title repeats on the pages of
    one document, page after page, its text running on: furniture."""
    if not starts:
        return {}
    pages: dict[str, set[int]] = {}
    found: list[tuple[int, Line]] = []
    for p in doc.pages:
        for ln in p.header:
            if not is_page_number(ln.text) and any(rx.search(ln.text) for rx in starts):
                pages.setdefault(normalise(ln.text), set()).add(p.number)
                found.append((p.number, ln))
    by_number = {p.number: p for p in doc.pages}

    def ended(number: int) -> bool:      # the page before closes a document
        before = by_number.get(number - 1)
        tail = sorted(before.lines, key=lambda ln: ln.top)[-structure_settings().ended_lines:] if before else []
        return any(rx.search(clean(ln.text)) for ln in tail for rx in ends)

    out: dict[int, list[Line]] = {}
    for number, ln in found:
        on = pages[normalise(ln.text)]
        if (number - 1 not in on and number + 1 not in on) or ended(number):
            # with the header lines under the title: the act's opening ("Séance du …", the
            # same sitting's date atop each of its deliberations)
            under = [x for x in by_number[number].header if x.top >= ln.top and not is_page_number(x.text)]
            out[number] = sorted({id(x): x for x in out.get(number, []) + under}.values(), key=lambda x: x.top)
    return out


_WORDS = re.compile(r"\w+")


def _repeats_opening(header: Line, lines: list[Line]) -> bool:
    """Are the header's words those of the page's first body lines, in a row (a heading
    printed on one line or wrapped over several)?"""
    want = _WORDS.findall(header.text.lower())
    if len(want) < 2:
        return False
    words: list[str] = []
    for ln in lines[:structure_settings().running_title_lines]:
        words += _WORDS.findall(ln.text.lower())
    n = len(want)
    return any(words[k:k + n] == want for k in range(len(words) - n + 1))


def restarted_pages(doc: Document) -> frozenset[int]:
    """Pages whose printed page number ("1/34", "Page 1 sur 72", "- 1 -") is 1 right after a
    page numbered higher: the first page of another document bound in the same PDF."""
    printed: dict[int, int] = {}
    for p in doc.pages:
        for ln in p.footer + p.header:
            if is_page_number(ln.text):
                printed[p.number] = int(re.search(r"\d+", ln.text).group())
                break
    return frozenset(p.number for prev, p in zip(doc.pages, doc.pages[1:])
                     if printed.get(p.number) == 1 and printed.get(prev.number, 0) > 1)


def _looks_like_number(text: str) -> bool:
    # "- 5 000 €" is a bullet, but "–2,5 %" or "-" alone is not worth stripping
    return len(text) < 3


def line_step(gaps: list[float], settings: StepSettings | None = None) -> float:
    """The step between wrapped lines of a paragraph.

    Usually the median gap. When most paragraphs are one line long (an avenant's list of
    instructions, a convocation's agenda) most gaps are paragraph gaps and the median is one
    of them: then the step is the smallest gap that many lines share."""
    settings = settings or structure_settings().line_step
    median = statistics.median(gaps)
    ordered = sorted(gaps)
    need = max(settings.min_count, settings.share * len(ordered))
    j = 0
    for i, g in enumerate(ordered):            # two pointers: gaps within ``cluster`` above g
        j = max(j, i)
        while j + 1 < len(ordered) and ordered[j + 1] - g <= settings.cluster:
            j += 1
        if j - i + 1 >= need:
            return g if median > g * settings.spaced else median
    return median


def measure(lines: list[BodyLine]) -> BodyStats:
    sizes: Counter = Counter()
    bold = total = 0
    for bl in lines:
        if bl.line.table_id is not None:
            continue
        n = len(bl.text)
        sizes[round(bl.size, 1)] += n
        total += n
        bold += n if bl.bold else 0
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    gaps = [bl.gap_before for bl in lines
            if 0 < bl.gap_before < 60 and abs(bl.size - size) < 0.6 and bl.line.table_id is None]
    gap = line_step(gaps) if gaps else max(size * 1.2, 1.0)
    margins: dict[int, Counter] = {}
    for bl in lines:
        if bl.line.table_id is None:
            margins.setdefault(bl.page, Counter())[round(bl.x0)] += 1
    margin = {p: float(c.most_common(1)[0][0]) for p, c in margins.items()}
    return BodyStats(size=size, gap=gap, margin=margin, bold_share=bold / total if total else 0.0)


def in_capitals(text: str) -> bool:
    """A line set in capitals: more than three letters, nearly all of them capitals
    (``StructureSettings.caps_share``; an accent or a lower-case "n°" may slip in)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) > structure_settings().caps_share * len(letters)
