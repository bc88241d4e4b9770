"""Margin notes: a few words printed in the page's left margin beside a body line.

Office documents put short notes there ("Voir annexe", "Modifié par avenant", "Rappel du
RGA"). Read line by line, a note joins the body line it sits beside ("Voir annexe Une
attention particulière …"), so the article's text changes with a note that is no part of
it. A note is told by the page's body edge (the x most body lines start at): leading
words of a line, in a smaller type than the rest, that end well left of that edge, the
rest of the line starting at it.
A note's line may also stand alone (a frame set a little higher than the body line, or
the note's other lines, between the body's): a line wholly left of the edge, in a type
smaller than the body's, is a note too when it belongs to a short block of such lines.
A long run of such lines is no note but a column or a wide table (text/columns.py and the
table stage read those; the margin column of a deliberation's head), so only short runs
are taken. Notes leave the body for
``Page.margin`` and are output as page furniture (place "margin"), once, like running
headers: every word is kept, none is quoted as an article's text.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from .model import Line, Page
from .settings import MarginNoteSettings, text_settings


def body_edge(page: Page, s: MarginNoteSettings | None = None) -> Optional[float]:
    """The x most of the page's lines start at, or None when no x holds enough of them."""
    s = s or text_settings().margin_notes
    if len(page.lines) < s.min_lines:
        return None
    starts = Counter(round(ln.x0) for ln in page.lines if ln.words)
    x, _ = starts.most_common(1)[0]
    near = sum(n for k, n in starts.items() if abs(k - x) <= s.edge_tolerance)
    return float(x) if near >= s.edge_share * len(page.lines) else None


def _note_words(ln: Line, edge: float, s: MarginNoteSettings) -> int:
    """How many leading words of ``ln`` are a margin note (0: none)."""
    size = max(ln.size, 1.0)
    k = 0
    while k < len(ln.words) and ln.words[k].x1 <= edge - s.min_gap * size:
        k += 1
    if k == 0 or k == len(ln.words) or ln.words[k].x0 < edge - s.edge_tolerance:
        return 0
    letters = sum(ch.isalpha() for w in ln.words[:k] for ch in w.text)
    note_size = max(w.size for w in ln.words[:k])
    # the type of the body line beside the note: its words' middle size (a visual row may
    # also hold a caption of larger type in another column, beside a table's row whose
    # first cell stands left of the body edge)
    rest = sorted(w.size for w in ln.words[k:])
    body_size = rest[len(rest) // 2]
    if letters < s.min_letters or note_size > body_size - s.smaller_by:
        return 0
    return k


def _body_size(page: Page, edge: float, s: MarginNoteSettings) -> float:
    """The type size most words of the lines starting at the body edge are set in."""
    sizes = Counter(round(w.size, 1) for ln in page.lines if abs(ln.x0 - edge) <= s.edge_tolerance
                    for w in ln.words)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _in_margin(ln: Line, edge: float, body_size: float, s: MarginNoteSettings) -> bool:
    """A line wholly left of the body edge, in a smaller type than the body's."""
    size = max(ln.size, 1.0)
    return bool(ln.words) and all(w.x1 <= edge - s.min_gap * size for w in ln.words) and \
        max(w.size for w in ln.words) <= min(body_size - s.smaller_by, s.lone_scale * body_size)


def _lone_blocks(page: Page, edge: float, s: MarginNoteSettings) -> list[list[Line]]:
    """Lines wholly in the margin in a smaller type, in blocks (lines closer than two line
    heights, by position: the reading order may have put a margin block apart)."""
    body_size = _body_size(page, edge, s)
    # Left of every line in the body's type too: on a page of two columns the edge found
    # may be the right column's, and the left column is no margin.
    body = [w.x0 for ln in page.lines for w in ln.words if w.size > body_size - s.smaller_by]
    edge = min([edge] + body)
    lone = sorted((ln for ln in page.lines if _in_margin(ln, edge, body_size, s)), key=lambda ln: ln.top)
    blocks: list[list[Line]] = []
    for ln in lone:
        if blocks and ln.top - blocks[-1][-1].bottom <= 2 * (ln.bottom - ln.top):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _lone_notes(page: Page, edge: float, s: MarginNoteSettings) -> None:
    """Short blocks of lone margin lines go to the margin."""
    notes = [ln for b in _lone_blocks(page, edge, s) if len(b) <= s.max_run and
             sum(ch.isalpha() for ln in b for w in ln.words for ch in w.text) >= s.min_letters for ln in b]
    gone = {id(ln) for ln in notes}
    page.margin.extend(notes)
    page.lines = [ln for ln in page.lines if id(ln) not in gone]


def _page_edge(page: Page, s: MarginNoteSettings, fallback: Optional[float]) -> Optional[float]:
    """The page's body edge, or the document's (``fallback``) when enough of its lines start there."""
    edge = body_edge(page, s)
    if edge is None and fallback is not None and page.lines:
        # the page's prose starts there: its most common start, held by enough lines
        starts = Counter(round(ln.x0) for ln in page.lines if ln.words)
        x, n = starts.most_common(1)[0]
        if abs(x - fallback) <= s.edge_tolerance and n >= s.min_lines:
            edge = fallback
        elif len(page.lines) < s.min_lines and any(abs(w.x0 - fallback) <= s.edge_tolerance
                                                   for ln in page.lines for w in ln.words):
            # a page of a few lines (the rest of an article whose table went to the next page)
            # has no edge of its own: its prose still starts at the document's
            edge = fallback
    return edge


def margin_column(pages: list[Page], s: MarginNoteSettings | None = None, fallback: Optional[float] = None) -> bool:
    """Does the document set a column of its layout in the margin? A page holding more blocks
    of lone margin lines than notes ever take (summary minutes: each item's rapporteur
    beside it) says so for the whole document: its other pages' blocks are that column too."""
    s = s or text_settings().margin_notes
    for page in pages:
        if page.text_source != "pdf":
            continue
        edge = _page_edge(page, s, fallback)
        if edge is not None and len(_lone_blocks(page, edge, s)) > s.max_blocks:
            return True
    return False


def document_edge(pages: list[Page], s: MarginNoteSettings | None = None) -> Optional[float]:
    """The x most lines of the document's typed pages start at: a page mostly of table rows
    (each starting at its cell) has no edge of its own, but its prose starts at the
    document's (which table pages may keep under half the document's lines)."""
    s = s or text_settings().margin_notes
    starts = Counter(round(ln.x0) for p in pages if p.text_source == "pdf" for ln in p.lines if ln.words)
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    return float(x) if n >= s.min_lines else None


def split_margin_notes(page: Page, s: MarginNoteSettings | None = None, fallback: Optional[float] = None,
                       lone: bool = True) -> None:
    """Move the page's margin notes from its lines to ``page.margin``. ``fallback``: the
    document's body edge, for a page without one of its own when enough of its lines
    start there. ``lone``: also lines wholly in the margin (False when the document sets a
    column there: ``margin_column``)."""
    s = s or text_settings().margin_notes
    if page.text_source != "pdf":
        return      # OCR'd word sizes are box heights, not type sizes: no smaller type to tell
    edge = _page_edge(page, s, fallback)
    if edge is None:
        return
    if lone:
        _lone_notes(page, edge, s)
    cuts = [_note_words(ln, edge, s) for ln in page.lines]
    i = 0
    while i < len(cuts):
        if not cuts[i]:
            i += 1
            continue
        j = i
        while j < len(cuts) and cuts[j]:
            j += 1
        if j - i <= s.max_run:
            for k in range(i, j):
                ln = page.lines[k]
                page.margin.append(Line(words=ln.words[:cuts[k]], page=ln.page))
                ln.words = ln.words[cuts[k]:]
        i = j
