"""Revision marks: text a page prints as deleted.

An avenant may reprint the articles it amends with their changes marked, as Word prints
"track changes" or as a lawyer types a redline: the words it inserts in bold, underlined or in
colour (they are text like any other), the words it deletes struck through (a line drawn across
the middle of their lowercase letters) or typed between brackets, "[supprimé : …]". The deleted
words are no text of the amended document: they are taken out of the reading (kept on
``Page.struck``), so the article, its tables' cells and rows read as the avenant makes them;
the strike lines leave the page's rules (they are no table rules).

A strike line is told from an underline and a cell border by where it crosses the word: above
the baseline, at about the height of the lowercase letters' middle (``RevisionSettings``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..french.text import fold
from .model import Line, Page, Word
from .settings import RevisionSettings, text_settings

Rule = tuple[float, float, float, float]


def _covered(lo: float, hi: float, spans: list[tuple[float, float]]) -> float:
    """Length of [lo, hi] the spans cover (spans may overlap)."""
    total, end = 0.0, lo
    for a, b in sorted(spans):
        a, b = max(a, end), min(b, hi)
        if b > a:
            total += b - a
            end = b
    return total


def _row_base(row: list[Word]) -> float:
    """The baseline of a visual row: a word's own baseline is its first glyph's ("(129" sits on the
    parenthesis' foot, under the digits'), the row's median is the letters'."""
    bases = sorted(w.base or w.bottom for w in row)
    return bases[len(bases) // 2]


def strike_rules(word: Word, rules: list[Rule], s: RevisionSettings, row_base: float = 0.0) -> list[Rule]:
    """The horizontal lines striking ``word`` through (none when it is not struck)."""
    size = word.size or (word.bottom - word.top)
    base = word.base or word.bottom
    if row_base and abs(row_base - base) < 0.3 * size:
        base = min(base, row_base)
    if size <= 0 or word.x1 <= word.x0:
        return []
    hits = [r for r in rules
            if r[3] - r[1] <= s.strike_max_thick_em * size
            and base - s.strike_high_em * size <= (r[1] + r[3]) / 2 <= base - s.strike_low_em * size
            and r[0] < word.x1 and r[2] > word.x0]
    if not hits:
        return []
    # the word's glyphs, not the space around them: a struck run's line may stop at its last glyph
    cover = _covered(word.x0, word.x1, [(r[0], r[2]) for r in hits])
    return hits if cover >= s.strike_min_cover * (word.x1 - word.x0) else []


class StrikeCuts:
    """Where strike lines start or end inside a row of glyphs: a word break (words.make_words'
    ``cuts``). A deletion set right against kept text, no space between ("… Lestrée." and a struck
    "La gestion …"; a struck digit before an inserted one), is part of a word otherwise, and a
    word is struck or kept whole. The page's thin horizontal lines, sorted by height once."""

    def __init__(self, rules: list[Rule], s: RevisionSettings | None = None):
        self.s = s or text_settings().revisions
        self.lines = sorted((r for r in rules if r[3] - r[1] < r[2] - r[0]), key=lambda r: r[1] + r[3])
        self.mids = [(r[1] + r[3]) / 2 for r in self.lines]

    def __call__(self, row: list) -> list[float]:
        """x where a strike line of ``row``'s band (a row of glyphs: ``base``, ``size``) starts or ends."""
        if not self.lines or not row:
            return []
        s = self.s
        bases = sorted(c.base for c in row)
        sizes = sorted(c.size for c in row)
        base, size = bases[len(bases) // 2], sizes[len(sizes) // 2]
        if size <= 0:
            return []
        lo = bisect_left(self.mids, base - s.strike_high_em * size)
        hi = bisect_right(self.mids, base - s.strike_low_em * size)
        return [x for r in self.lines[lo:hi] if r[3] - r[1] <= s.strike_max_thick_em * size for x in (r[0], r[2])]


def mark_struck(rows: list[list[Word]], rules: list[Rule],
                settings: RevisionSettings | None = None) -> tuple[list[list[Word]], list[Word], list[Rule]]:
    """Rows with their struck-through words marked (``Word.struck``: kept in place, the layout
    is the page's); the struck words; the rules left (strike lines out)."""
    s = settings or text_settings().revisions
    horizontal = sorted((r for r in rules if r[3] - r[1] < r[2] - r[0]), key=lambda r: r[1] + r[3])
    if not horizontal:
        return rows, [], rules
    mids = [(r[1] + r[3]) / 2 for r in horizontal]
    struck: list[Word] = []
    used: set[Rule] = set()
    for row in rows:
        base = _row_base(row)
        big = max((w.size or (w.bottom - w.top)) for w in row)
        # the rules in the row's strike band only (a ruled page holds thousands of rule pieces)
        near = horizontal[bisect_left(mids, base - s.strike_high_em * big - 1):
                          bisect_right(mids, base + 1)]
        if not near:
            continue
        for w in row:
            hits = strike_rules(w, near, s, base)
            if hits:
                w.struck = True
                struck.append(w)
                used.update(hits)
    if not struck:
        return rows, [], rules
    # the pieces of a strike line over the spaces between struck words cross no word: they go too
    ys = sorted({round((u[1] + u[3]) / 2, 1) for u in used})
    pool = [r for r, m in zip(horizontal, mids) if r not in used
            and any(abs(m - y) < 0.5 for y in ys[max(0, bisect_left(ys, m - 0.5) - 1):bisect_right(ys, m + 0.5) + 1])]
    grown = True
    while grown and pool:
        more = {r for r in pool if any(abs((r[1] + r[3]) / 2 - (u[1] + u[3]) / 2) < 0.5
                                       and r[0] <= u[2] + 1 and r[2] >= u[0] - 1 for u in used)}
        grown = bool(more)
        used |= more
        pool = [r for r in pool if r not in more]
    return lift_under_struck(rows, s), struck, [r for r in rules if r not in used]


def _open_runs(row: list[Word], s: RevisionSettings) -> list[tuple[float, float]]:
    """Extents of the row's runs of struck words that nothing kept follows closely (a cell's old
    amount, the end of a line): what the words below may take the place of."""
    words = sorted(row, key=lambda w: w.x0)
    out: list[tuple[float, float]] = []
    i = 0
    while i < len(words):
        if not words[i].struck:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1].struck:
            j += 1
        size = words[i].size or (words[i].bottom - words[i].top)
        nxt = words[j + 1] if j + 1 < len(words) else None
        if nxt is None or nxt.x0 - words[j].x1 > s.lift_gap_em * size:
            out.append((words[i].x0, words[j].x1))
        i = j + 1
    return out


def lift_under_struck(rows: list[list[Word]], s: RevisionSettings | None = None) -> list[list[Word]]:
    """Words a redline wrapped under struck words swap places with them: a cell too narrow for
    "old new" prints the new amount under the struck old one; once the struck words go, the new
    amount would stand a line below its row's label (a row of its own to a table without rules
    between rows). A row whose every word lies under open runs of struck words of a row just above
    (a line pitch up, or over struck rows) goes up there and those struck words come down to its
    place. In prose this is a paragraph's short last line under a line ending in struck words:
    read in the same order (the struck words go). A table line left with struck words only reads
    as no line (an empty row, finder.locate_tables drops it)."""
    s = s or text_settings().revisions
    order = sorted(range(len(rows)), key=lambda k: _row_base(rows[k]))
    rows = [list(rows[k]) for k in order]
    out: list[list[Word]] = []
    for row in rows:
        found = _lift_target(out, row, s) if out and row and not all(w.struck for w in row) else None
        if found is None:
            out.append(row)
            continue
        target, runs = found
        # the two swap places: the kept words go up, the struck ones they stood under come down
        # (the layout the table stage reads is the page's: a cell of two lines stays one)
        down = [w for w in target if w.struck and any(a <= w.x0 and w.x1 <= b for a, b in runs)]
        drop = _row_base(row) - _row_base(target)
        for w, d in [(w, -drop) for w in row] + [(w, drop) for w in down]:
            w.top += d
            w.bottom += d
            w.base = (w.base or w.bottom) + d
        gone = {id(w) for w in down}
        target[:] = sorted([w for w in target if id(w) not in gone] + row, key=lambda w: w.x0)
        out.append(sorted(down, key=lambda w: w.x0))
    return out


def _lift_target(out: list[list[Word]], row: list[Word],
                 s: RevisionSettings) -> tuple[list[Word], list[tuple[float, float]]] | None:
    """The row above whose struck words ``row`` takes the place of: the rows just above that are
    struck whole (an old amount wrapped in its cell: "20 653 600,41" / "€") and the one over them,
    the topmost whose open runs hold every word of ``row``."""
    above = out[-1]
    if not any(w.struck for w in above):
        return None
    size = max((w.size for w in above if w.struck), default=0.0) or (above[0].bottom - above[0].top)
    if not 0 < _row_base(row) - _row_base(above) <= s.lift_max_drop_em * size:
        return None
    # struck whole over the row's width: another cell's wrapped rest beside it, kept (an
    # unchanged amount's "€" in the column to the left), does not end the block
    lo, hi = min(w.x0 for w in row), max(w.x1 for w in row)
    block: list[list[Word]] = []
    for k in range(len(out) - 1, -1, -1):
        if block and _row_base(block[-1]) - _row_base(out[k]) > s.lift_max_drop_em * size:
            break
        block.append(out[k])
        if not all(w.struck for w in out[k] if w.x1 > lo and w.x0 < hi):
            break
    tol = s.lift_reach_em * size
    for cand in reversed(block):               # the topmost first
        runs = _open_runs(cand, s)
        if runs and all(any(a - tol <= w.x0 and w.x1 <= b + tol for a, b in runs) for w in row):
            held = [(a, b) for a, b in runs if any(a - tol <= w.x0 and w.x1 <= b + tol for w in row)]
            return cand, held
    return None


def strip_struck(doc) -> None:
    """Take the struck-through words out of the document's lines (after the table stage: the
    tables read the layout with them, their cells' text without them); a line left empty goes."""
    for p in doc.pages:
        if not p.struck:
            continue
        for ln in p.lines:
            if any(w.struck for w in ln.words):
                ln.words = [w for w in ln.words if not w.struck]
        p.lines = [ln for ln in p.lines if ln.words]


def _opens(words: list[Word], i: int, s: RevisionSettings) -> bool:
    """A deletion mark opens at word ``i``'s "[" (the word may begin with kept text set against
    it, no space between: "Brêche.[supprimé : …]")."""
    first = words[i].text
    head = fold(" ".join([first[first.index("["):]] + [w.text for w in words[i + 1:i + 3]]))
    return head.startswith(s.bracket_openers)


def drop_bracketed(pages: list[Page], settings: RevisionSettings | None = None) -> None:
    """Take "[supprimé : …]" spans out of the pages' lines (they may run over lines and pages),
    onto ``Page.struck``; a span whose "]" does not come soon is left as text."""
    s = settings or text_settings().revisions
    seq: list[tuple[Page, Line, Word]] = [(p, ln, w) for p in pages for ln in p.lines for w in ln.words]
    words = [w for _, _, w in seq]
    drop: set[int] = set()
    rest: dict[int, str] = {}
    lead: dict[int, str] = {}
    i = 0
    while i < len(words):
        if "[" in words[i].text and _opens(words, i, s):
            end = next((k for k in range(i, min(len(words), i + s.bracket_max_words)) if "]" in words[k].text
                        and (k > i or words[k].text.index("]") > words[k].text.index("["))), None)
            if end is not None:
                drop.update(range(i, end + 1))
                before = words[i].text.split("[", 1)[0]
                if before:                      # "Brêche.[…": the kept text before the bracket
                    lead[i] = before
                after = words[end].text.split("]", 1)[1]
                if after:                       # "…],": the punctuation after the bracket is text
                    rest[end] = after
                i = end + 1
                continue
        i += 1
    if not drop:
        return
    for k, (page, line, w) in enumerate(seq):
        if k in rest or k in lead:
            head, tail = lead.get(k, ""), rest.get(k, "")
            page.struck.append(Word(w.text[len(head): len(w.text) - len(tail)], w.x0, w.top, w.x1, w.bottom, w.size))
            w.text = head + tail
        elif k in drop:
            page.struck.append(w)
    gone = {id(words[k]) for k in drop if k not in rest and k not in lead}
    for p in pages:
        for ln in p.lines:
            if any(id(w) in gone for w in ln.words):
                ln.words = [w for w in ln.words if id(w) not in gone]
        p.lines = [ln for ln in p.lines if ln.words]      # a line that was all deleted words goes
