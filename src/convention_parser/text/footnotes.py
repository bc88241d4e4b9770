"""Footnotes: the small-type block at the page foot, attached to its calls.

The notes are the last lines of the body (furniture already gone) set in a
smaller size than the page's body text, the first starting with a mark. A
call is a raised small number at the end of a body word with the same mark.
"""

from __future__ import annotations

import re

from .model import Footnote, Line, Page
from .settings import FootnoteSettings, text_settings

# Digits, or symbols: asterisks, daggers, section signs, doubled as the notes run on ("*", "†",
# "‡", "§", "**", "††": Word's "chicago" numbering, or typed by hand)
_SYMBOLS = r"\*{1,4}|†{1,3}|‡{1,3}|§{1,3}"
_MARK = re.compile(rf"^(\d{{1,3}}|{_SYMBOLS})[.)]?$")
_LEADING_MARK = re.compile(rf"^(\d{{1,3}}|{_SYMBOLS})(?=[^\d\s.,*†‡§])(.+)$")


def body_size(lines: list[Line]) -> float:
    weights: dict[float, int] = {}
    for ln in lines:
        for w in ln.words:
            r = round(w.size, 1)
            weights[r] = weights.get(r, 0) + len(w.text)
    return max(weights, key=weights.get) if weights else 0.0


def _mark_of(line: Line) -> tuple[str, bool] | None:
    """The footnote mark opening the line and whether it is a word of its own."""
    first = line.words[0].text
    m = _MARK.match(first)
    if m and len(line.words) > 1:
        return m.group(1), True
    m = _LEADING_MARK.match(first)
    if m:
        return m.group(1), False
    return None


def opens_note(line: Line, page: Page) -> bool:
    """Does the line open on the mark of a footnote whose call (a raised mark at a word's
    end) the page prints? (A note layer 1 left in the body: same type as a table above it.)"""
    if not line.words:
        return False
    mark = _mark_of(line)
    return mark is not None and any(w.superscript == mark[0] for ln in page.lines for w in ln.words)


def split_footnotes(page: Page) -> None:
    lines = page.lines
    if len(lines) < 2:
        return
    size = body_size(lines)
    if not size:
        return
    # Walk up from the bottom while lines are small type.
    by_pos = sorted(lines, key=lambda ln: ln.top)
    k = len(by_pos)
    while k > 0 and by_pos[k - 1].size <= 0.9 * size:
        k -= 1
    block = by_pos[k:]
    notes = None
    if block and k > 0 and block[0].top >= page.height * 0.4:
        notes = _notes(block, page.number, _mark_of)
        if notes is None:
            notes = _notes_under_small_text(block, page)
    if notes is None:
        notes = _notes_under_separator(by_pos, page)
    if notes is None:
        return
    ids = {id(ln) for n in notes for ln in n.lines}
    page.lines = [ln for ln in lines if id(ln) not in ids]
    _attach_calls(page, notes)
    page.footnotes.extend(notes)


def _notes_under_small_text(block: list[Line], page: Page) -> list[Footnote] | None:
    """The notes at the foot of a block of small type that does not open with a
    mark (a table set small right above the notes): from the first line opening
    with the mark of a call made on the page, set apart from the line above by
    more than a line and in a type of another size than it (smaller, or larger than
    a table set smaller still than the notes)."""
    step = text_settings().footnotes.size_step
    calls = {w.superscript for ln in page.lines for w in ln.words if w.superscript}
    for above, ln in zip(block, block[1:]):
        mark = _mark_of(ln)
        if (mark is not None and mark[0] in calls and ln.top - above.bottom > ln.size
                and abs(_note_size(ln, mark[1]) - above.size) >= step):
            return _notes(block[block.index(ln):], page.number, _mark_of)
    return None


def _notes_under_separator(by_pos: list[Line], page: Page,
                           s: FootnoteSettings | None = None) -> list[Footnote] | None:
    """The notes under the short rule a word processor draws above them, at the body's left
    edge in the page's lower part, alone on its height: every line below it, the first
    opening with the mark of a call made above it. A page whose body is mostly a table set
    smaller than the notes (6 pt cells over 10 pt notes) has no small-type block at its foot."""
    s = s or text_settings().footnotes
    if not page.rules:
        return None
    left = min(ln.x0 for ln in by_pos)
    flat = [r for r in page.rules if r[3] - r[1] <= s.separator_max_height]
    for r in sorted(flat, key=lambda r: -r[1]):
        width = r[2] - r[0]
        if not (s.separator_min_width * page.width <= width <= s.separator_max_width * page.width
                and abs(r[0] - left) <= s.edge_tolerance and r[1] >= s.lower_share * page.height):
            continue
        if any(_touches(o, r, width, s) for o in page.rules if (o[0], o[1], o[2], o[3]) != (r[0], r[1], r[2], r[3])):
            continue    # a table's border: a longer rule on its height, or a column rule at its end
        below = [ln for ln in by_pos if ln.top >= r[3] - 0.5]
        above = [ln for ln in by_pos if ln.bottom <= r[1] + 0.5]
        if not below or not above or len(below) + len(above) != len(by_pos):
            continue
        calls = {w.superscript for ln in above for w in ln.words if w.superscript}
        mark = _mark_of(below[0])
        if mark is None or mark[0] not in calls:
            continue
        return _notes(below, page.number, _mark_of)
    return None


def _touches(o, r, width: float, s: FootnoteSettings) -> bool:
    """Rule ``o`` makes ``r`` a table's border: a longer rule on its height, one going on from
    its end, or a column rule standing at one of its ends."""
    h = s.separator_max_height
    if o[3] - o[1] <= h:
        return abs(o[1] - r[1]) <= h and (o[2] - o[0] > width + 1.0 or abs(o[0] - r[2]) <= 1.0)
    return o[2] - o[0] <= h and o[1] - 1.0 <= r[1] <= o[3] + 1.0 and min(abs(o[0] - r[0]), abs(o[0] - r[2])) <= 1.0


def _note_size(line: Line, own_word: bool) -> float:
    """The type of a note's text: its mark, a word of its own, may be set in the body's."""
    words = line.words[1:] if own_word and len(line.words) > 1 else line.words
    return Line(words=words, page=line.page).size


def _notes(block: list[Line], page: int, mark_of) -> list[Footnote] | None:
    """The notes a block of small-type lines holds, each opened by a mark (``mark_of``);
    None when the block does not open with one (small text, but not notes)."""
    notes: list[Footnote] = []
    own_word: dict[int, bool] = {}                 # mark printed as a word of its own
    for ln in block:
        mark = mark_of(ln)
        if mark is not None:
            notes.append(Footnote(mark=mark[0], text="", page=page, lines=[ln]))
            own_word[id(ln)] = mark[1]
        elif notes:
            notes[-1].lines.append(ln)
        else:
            return None
    for note in notes:
        parts = []
        for i, ln in enumerate(note.lines):
            text = ln.text
            if i == 0:
                if own_word[id(ln)]:
                    text = " ".join(w.text for w in ln.words[1:])
                else:
                    text = text[len(note.mark):]
            parts.append(text.strip())
        note.text = " ".join(parts)
    return notes


def split_endnotes(pages: list[Page]) -> None:
    """Endnotes: the notes printed after the document's last words, in a smaller type,
    each opened by the mark of a call made in the text whose note no page foot holds
    ("i", "ii" …: strip_far_calls kept the calls' marks). They leave the last page's
    body for its footnotes, as a note at a page foot does."""
    called = {w.footnote: w for p in pages for ln in p.lines for w in ln.words if w.footnote}
    for mark in {f.mark for p in pages for f in p.footnotes}:
        called.pop(mark, None)
    last = next((p for p in reversed(pages) if p.lines), None)
    if not called or last is None or last.text_source != "pdf":
        return
    size = body_size([ln for p in pages for ln in p.lines])
    by_pos = sorted(last.lines, key=lambda ln: ln.top)
    k = len(by_pos)
    while k > 0 and by_pos[k - 1].size <= 0.9 * size:
        k -= 1

    def mark_of(ln: Line) -> tuple[str, bool] | None:
        first = ln.words[0].text
        return (first, True) if first in called and len(ln.words) > 1 else None
    notes = _notes(by_pos[k:], last.number, mark_of) if k < len(by_pos) else None
    if not notes:
        return
    for note in notes:
        note.call = called.get(note.mark)
    ids = {id(ln) for n in notes for ln in n.lines}
    last.lines = [ln for ln in last.lines if id(ln) not in ids]
    last.footnotes.extend(notes)


def _attach_calls(page: Page, notes: list[Footnote]) -> None:
    marks = {n.mark: n for n in notes}
    for ln in page.lines:
        keep = []
        for w in ln.words:
            note = marks.get(w.superscript) if w.superscript else None
            at = w.text.rfind(w.superscript) if note is not None else -1
            if note is not None and note.call is None and at > 0:
                w.text = w.text[:at] + w.text[at + len(w.superscript):]
                w.footnote, w.footnote_at, note.call = note.mark, at, w
            elif (keep and w.text in marks and marks[w.text].call is None
                  and w.size < 0.85 * ln.size and w.base < keep[-1].base - 0.1 * ln.size):
                # A raised mark set apart from its word ("projet ¹").
                note = marks[w.text]
                keep[-1].footnote, note.call = note.mark, keep[-1]
                continue
            keep.append(w)
        ln.words = keep
    page.lines = [ln for ln in page.lines if ln.words]


# A note call whose note is not on its page: an endnote (LibreOffice numbers them i, ii, iii …)
# or a footnote carried to the next page. Digits or lower-case Roman numerals only, raised
# after a word of letters: "conventionii" reads "convention", while "m²" (a unit after one or
# two letters) and "1er" (letters, not a numeral) stay.
_CALL = re.compile(r"^(?:\d{1,3}|x{0,2}(?:ix|iv|v?i{1,3}|v|x))$")
_CALL_WORD = re.compile(r"[^\W\d_]{3,}$")


def strip_far_calls(page: Page) -> None:
    for ln in page.lines:
        for w in ln.words:
            mark = w.superscript
            if not mark or w.footnote or not _CALL.match(mark):
                continue
            at = w.text.rfind(mark)
            if at > 0 and _CALL_WORD.search(w.text[:at]):
                w.text = w.text[:at] + w.text[at + len(mark):]
                w.footnote, w.footnote_at = mark, at
