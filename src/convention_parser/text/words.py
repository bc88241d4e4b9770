"""Characters -> rows (visual lines across the whole page) -> words.

Word breaks are decided per row from its own spacing: the gaps inside words
(character spacing, kerning) and between words (space width, stretched by
justification) form two clusters; the threshold sits between them, scaled by
the font size. A fixed tolerance would split "Présent s" in letter-spaced
justified text and glue "Calais habitat" when a space was drawn narrow.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Iterable

from .chars import Char, dedupe_fake_bold
from .model import Word
from .settings import WordBreakSettings, text_settings
from .thin_spaces import split_thin_spaces


_BY_BASE = attrgetter("base")
SUPERSCRIPT_CHARS = 8          # most characters (spaces included) of a raised or lowered cluster
_BY_X = attrgetter("x0", "base")


def group_rows(chars: list[Char]) -> list[list[Char]]:
    """Cluster characters into rows by baseline; superscripts join their row."""
    if not chars:
        return []
    order = sorted(chars, key=_BY_BASE)
    rows: list[list[Char]] = [[order[0]]]
    row = rows[0]
    ref = order[0]
    for c in order[1:]:
        # The tolerance follows the glyph being placed: a descender of larger type ("g" of a
        # 13 pt title after a 10 pt list label, where the baseline is read from the glyph's
        # box) sits lower by a share of its own size; a smaller raised glyph stays apart.
        size = c.size
        if abs(c.base - ref.base) <= 0.25 * (size if size > 1.0 else 1.0):
            row.append(c)
        else:
            row = [c]
            rows.append(row)
        ref = c
    rows, apart = _unchain_sizes(rows, text_settings().word_break.row_size_ratio)
    # A smaller-font cluster (superscript, subscript) whose band overlaps a
    # neighbouring row of larger text belongs to it.
    stats = [_band(r) for r in rows]
    merged: list[list[Char]] = []
    merged_stats: list[tuple[float, float, float]] = []
    grown: set[int] = set()                        # rows extended after their band was taken
    for i, row in enumerate(rows):
        top, bottom, size = stats[i]
        target = None
        # A few glyphs only ("er", "ème", a call "12"): a line of smaller
        # type beside larger type (a column in 10 pt beside one in 12 pt)
        # overlaps its neighbour's band too, but is a row of its own.
        short = len(row) <= SUPERSCRIPT_CHARS
        for j in (i - 1, i + 1):
            if short and 0 <= j < len(rows) and stats[j][2] * 0.85 >= size:
                ot, ob, _ = stats[j]
                overlap = min(bottom, ob) - max(top, ot)
                if overlap > 0.3 * (bottom - top):
                    target = j
                    break
        if target is None:
            merged.append(row)
            merged_stats.append(_band(row) if i in grown else stats[i])
        elif target == i - 1 and merged:
            merged[-1].extend(row)
            merged_stats[-1] = _band(merged[-1])
        else:                                      # merge forward
            rows[i + 1].extend(row)
            grown.add(i + 1)
    out = _merge_side_by_side(merged, merged_stats, apart)
    for r in out:
        r.sort(key=_BY_X)
    return out


def _size_classes(row: list[Char], ratio: float) -> list[list[Char]]:
    """The row's glyphs by type size: a new class where a size exceeds the last by ``ratio``."""
    classes: list[list[Char]] = []
    last = 0.0
    for c in sorted(row, key=attrgetter("size")):
        if not classes or c.size > last * ratio:
            classes.append([])
        classes[-1].append(c)
        last = c.size
    return classes


def _base_runs(chars: list[Char]) -> list[list[Char]]:
    """``chars`` cut where their baselines (in order) step further than a quarter of a size."""
    order = sorted(chars, key=_BY_BASE)
    runs = [[order[0]]]
    for a, b in zip(order, order[1:]):
        if abs(b.base - a.base) > 0.25 * (b.size if b.size > 1.0 else 1.0):
            runs.append([])
        runs[-1].append(b)
    return runs


def _unchain_sizes(rows: list[list[Char]], ratio: float) -> tuple[list[list[Char]], dict[int, int]]:
    """Rows chained through glyphs of another size, cut back into their lines.

    Baselines are clustered glyph after glyph, so a line in larger type whose
    baseline falls between two lines of smaller type (a caption beside a
    table's two-line header cells, side by side) joins all three into one
    row. A row whose glyphs of one size fall apart into several baseline runs
    when read alone is cut into every size's runs; rows of one size, or whose
    sizes each keep one run (a superscript, a bold title), are left as read. Also returns the
    pieces cut apart (id -> the row they were cut from): no side-by-side join puts them back
    together (the caption's line is no piece of the header's row)."""
    out: list[list[Char]] = []
    apart: dict[int, int] = {}
    for k, row in enumerate(rows):
        classes = _size_classes(row, ratio) if len(row) > 1 else [row]
        if len(classes) < 2:
            out.append(row)
            continue
        runs = [run for cls in classes for run in _base_runs(cls)]
        if len(runs) == len(classes):
            out.append(row)
            continue
        out.extend(sorted(runs, key=lambda r: min(c.base for c in r)))
        apart.update((id(r), k) for r in runs)
    return out, apart


def _merge_side_by_side(rows: list[list[Char]], bands=None, apart: dict[int, int] | None = None) -> list[list[Char]]:
    """Join rows at nearly the same height that do not overlap in x.

    Two columns set with slightly different baselines are still one visual
    row; the column splitter then finds the gutter between them.
    ``bands``: the rows' ``_band`` when the caller has them. ``apart``: rows cut from one
    (``_unchain_sizes``), never joined again.
    """
    if bands is None:
        bands = [_band(r) for r in rows]
    apart = apart or {}
    out: list[list[Char]] = []
    prev_band = None
    for row, band in zip(rows, bands):
        if out and not (id(row) in apart and apart.get(id(out[-1]), -1) == apart[id(row)]):
            prev = out[-1]
            pt, pb, _ = prev_band
            t, b, _ = band
            overlap = min(pb, b) - max(pt, t)
            if overlap > 0.5 * min(pb - pt, b - t):
                px0, px1 = min([c.x0 for c in prev]), max([c.x1 for c in prev])
                x0, x1 = min([c.x0 for c in row]), max([c.x1 for c in row])
                if x0 >= px1 or x1 <= px0:
                    prev.extend(row)
                    prev_band = _band(prev)
                    continue
        out.append(row)
        prev_band = band
    return out


def _band(row: list[Char]) -> tuple[float, float, float]:
    sizes = sorted([c.size for c in row])
    return (min([c.top for c in row]), max([c.bottom for c in row]), sizes[len(sizes) // 2])


def _median(values: list[float]) -> float:
    """statistics.median, without its generic overhead (called per row)."""
    data = sorted(values)
    n = len(data)
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def break_threshold(chars: list[Char], settings: WordBreakSettings | None = None) -> float:
    """Gap (in points) above which two adjacent glyphs belong to different words."""
    return _row_gaps(chars, settings or text_settings().word_break)[0]


def _row_gaps(chars: list[Char], settings: WordBreakSettings) -> tuple[float, list[float]]:
    """``break_threshold`` and the gaps between two digits side by side (no space between), in
    one pass over the row: make_words wants both (the gaps: its usual spacing of digits)."""
    size = _median([c.size for c in chars]) or 10.0
    glyph_gaps, space_gaps = [], []
    digit_pairs: list[float] = []
    grouping = False                # a glyph gap after a digit before a digit or a currency sign
    lettered: list[float] = []      # gaps beside a letter (between words, not in a figure)
    prev_text, prev_x1 = None, 0.0
    spaced = False
    for c in chars:
        t = c.text
        if t.isspace():
            spaced = True
            continue
        if prev_text is not None:
            g = c.x0 - prev_x1
            if spaced:
                if prev_text.isalpha() or t.isalpha():
                    lettered.append(g)
                space_gaps.append(g)
            else:
                if prev_text.isdigit() and (t.isdigit() or t in "€$£"):
                    grouping = True
                    if t.isdigit():
                        digit_pairs.append(g)
                elif prev_text.isalpha() or t.isalpha():
                    lettered.append(g)
                glyph_gaps.append(g)
        prev_text, prev_x1, spaced = t, c.x1, False
    if not glyph_gaps:
        return 0.15 * size, digit_pairs
    inner = min(_median(glyph_gaps), settings.max_inner_em * size)  # most gaps are inside words
    wide = [g for g in glyph_gaps if g > inner + 0.1 * size] + space_gaps
    if wide:
        # Gaps wider than most of an em are gutters between table cells or
        # columns, not word spaces: a header row of five cells would otherwise
        # set the word gap at a cell gap and glue "Surface" to "Programme".
        spaces = [g for g in wide if g <= 0.8 * size]
        # Undrawn gaps between a number's digit groups (a narrow no-break space, Chromium's
        # U+202F: thin_spaces.py cuts them) and between a figure and the next cell's dash are
        # no word spacing: in a row of amounts the gaps beside a letter measure it, six thin
        # gaps and a cell's padding beside one space between two words would set the word
        # break above that space ("ActionLogement 5 354 800,01 € – …").
        beside = [g for g in lettered if inner + 0.1 * size < g <= 0.8 * size]
        if grouping and beside:
            spaces = beside
        # With no gap in the word-space range the row gives no word spacing to
        # measure: every wide gap is a gutter (or a stretched space), each a
        # break, and the smallest one sets the threshold below all of them.
        # Their median would put it inside the gutters and glue the two cells
        # of a narrow gutter ("ANRU" + "ANRU" 1.9 em apart in a header line
        # whose other gutters are 14 em) into one word.
        word = _median(spaces) if spaces else min(wide)
        return inner + max(0.1 * size, 0.45 * (word - inner)), digit_pairs
    return inner + 0.2 * size, digit_pairs


def make_words(row: list[Char], cuts: list[float] = ()) -> list[Word]:
    """Split one row (chars sorted by x) into words.

    ``cuts``: x of vertical rules crossing the row (cell borders); two glyphs
    on either side of one are never the same word, whatever the gap.
    """
    row = dedupe_fake_bold(row)
    settings = text_settings().word_break
    limit, pairs = _row_gaps(row, settings)
    limits = _spread_limits(row, limit, settings)
    words: list[Word] = []
    append = words.append
    # The glyphs' measures read once for the row: a word is a span of it (_span_word).
    cols = _columns(row)
    texts, x0s, x1s, sizes = cols[0], cols[1], cols[2], cols[5]

    spaces = 0          # drawn spaces so far: a run is cut at each (see below)
    # digits touch (tabular figures): the row's usual gap between two digits, 0 with advance boxes
    digit_gap = max(0.0, _median(pairs)) if pairs else 0.0
    group_em = settings.digit_group_em

    def close(a: int, b: int) -> None:
        text = "".join(texts[a:b])
        n = b - a
        # Only a word holding a leader glyph (2 glyphs or more) or a digit (3 or more) may be
        # cut again (_leader_cut, split_thin_spaces): every other word is its glyphs whole.
        if n > 1 and ("." in text or "·" in text or "…" in text) or n > 2 and not text.isalpha():
            made = [_word(p) for piece in _leader_cut(row[a:b], settings) for p in split_thin_spaces(piece, settings)]
        else:
            made = [_span_word(row, a, b, text, cols)]
        for w in made:
            # A run (Word.run) goes on across the gaps justification stretches, which a
            # typesetter leaves undrawn (it places each word); a space drawn in the gap (typed
            # spaces or a tab padding two titles apart on one line) ends it.
            if w.run:
                w.run = hash((w.run, spaces)) or 1
            append(w)
    start = -1          # the current word's first glyph (-1: none); its glyphs run up to i - 1
    for i, t in enumerate(texts):
        if t.isspace():
            if start >= 0:
                close(start, i)
                start = -1
            spaces += 1
            continue
        if limits is not None:
            limit = limits[i]
        if start < 0:
            start = i
            continue
        gap = x0s[i] - x1s[i - 1]
        # _digit_group(row[i - 1], row[i], digit_gap, settings), inline (asked of every glyph)
        if (gap > limit or cuts and _ruled_between(row[i - 1], row[i], cuts)
                or limits is None and texts[i - 1].isdigit() and (t.isdigit() or t in "€%")
                and gap > digit_gap + group_em * (sizes[i - 1] or 10.0)):
            close(start, i)
            start = i
    if start >= 0:
        close(start, len(texts))
    return words


_COLUMNS = tuple(attrgetter(k) for k in ("text", "x0", "x1", "top", "bottom", "size", "bold", "italic", "run"))


def _columns(row: list[Char]) -> tuple[list, ...]:
    """The row's glyphs' text, x0, x1, top, bottom, size, bold, italic, run, and width (x1 - x0),
    one list each."""
    cols = tuple([list(map(get, row)) for get in _COLUMNS])
    return cols + ([b - a for a, b in zip(cols[1], cols[2])],)


def _span_word(row: list[Char], a: int, b: int, text: str, cols: tuple[list, ...]) -> Word:
    """``_word(row[a:b], text)`` read off the row's columns (``_columns``): the same word, without
    a list per measure per word."""
    n = b - a
    sizes = cols[5][a:b]
    s0 = sizes[0]
    if n == 1 or sizes.count(s0) != n:
        return _word(row[a:b], text)
    first, last = row[a], row[b - 1]
    size = round(s0, 1)
    w = Word(text, min(cols[1][a:b]), min(cols[3][a:b]), max(cols[2][a:b]), max(cols[4][a:b]), size,
             sum(cols[6][a:b]) * 2 > n, sum(cols[7][a:b]) * 2 > n, first.font, first.base)
    w.soft_hyphen = last.soft
    run = first.run
    w.run = run if cols[8][a:b].count(run) == n else 0
    if n > 2 and size > 0:
        # the glyphs' advance left over once their own widths are taken out, per gap
        inked = sum(cols[9][a:b])
        w.tracking = round((last.x1 - first.x0 - inked) / (n - 1) / size, 3)
    if last.text.isalnum() and not (last.size < 0.8 * size and last.base < w.base - 0.15 * size):
        return w                                   # the common case: the word ends in a plain letter
    _raised_end(w, row[a:b], size)
    return w


def _digit_group(a: Char, b: Char, usual: float, settings: WordBreakSettings) -> bool:
    """``a`` and ``b`` are two groups of an amount: digits (or a digit and its unit) set further
    apart than the row's ``usual`` gap between digits."""
    return (a.text.isdigit() and (b.text.isdigit() or b.text in "€%")
            and b.x0 - a.x1 > usual + settings.digit_group_em * (a.size or 10.0))


def _spread_limits(row: list[Char], limit: float, settings: WordBreakSettings) -> list[float] | None:
    """Per glyph, the word break of its piece of the row where a piece cut off by a gutter is
    letter-spaced (its glyphs apart by ``spread_em`` sizes): that piece's own threshold, the
    row's elsewhere. None when no piece is letter-spaced (the row's threshold holds)."""
    glyphs = [i for i, c in enumerate(row) if not c.text.isspace()]
    if len(glyphs) < 2:
        return None
    size = _median([row[i].size for i in glyphs]) or 10.0
    gutter = settings.gutter_em * size
    gaps = [row[j].x0 - row[i].x1 for i, j in zip(glyphs, glyphs[1:])]     # glyph k to glyph k + 1
    cuts = [k for k, g in enumerate(gaps, 1) if g > gutter]
    # _tracked_runs starts a run only at two glyphs side by side ``spread_em`` to
    # ``tracked_max_em`` apart: a row with no such pair (most rows) has no run to look for.
    lo, hi = settings.spread_em * size, settings.tracked_max_em * size
    starts = [k for k, g in enumerate(gaps) if lo <= g <= hi]
    out: list[float] | None = None
    if settings.spread_min_gaps < 1 or any(glyphs[k + 1] == glyphs[k] + 1 for k in starts):
        out = _tracked_runs(row, glyphs, limit, size, settings)
    if not cuts:
        return out
    undrawn = len(glyphs) == len(row)      # no space drawn in the row: every word gap is a gap
    for a, b in zip([0] + cuts, cuts + [len(glyphs)]):
        piece = glyphs[a:b]
        gaps = [row[j].x0 - row[i].x1 for i, j in zip(piece, piece[1:]) if j == i + 1]
        if undrawn and len(piece) > 1:
            # Each cell its own word spacing: a name's normal space beside a cell whose line
            # is justified wide ("Pierre DELANNOY | 48 Autorisation de …") sets the row's break
            # above the name's space. A piece's own break below the row's holds in it.
            own = break_threshold(row[piece[0]:piece[-1] + 1], settings)
            if own < limit:
                if out is None:
                    out = [limit] * len(row)
                out[piece[0]:piece[-1] + 1] = [own] * (piece[-1] + 1 - piece[0])
        if len(gaps) < settings.spread_min_gaps or _median(gaps) < settings.spread_em * size:
            continue
        paired = sum(1 for i, j in zip(piece, piece[1:]) if j == i + 1 and row[i].text.isalnum() and row[j].text.isalnum())
        if paired < settings.tracked_min_paired:
            continue                   # signs a word space apart ("P / E / A" undrawn spaces), no tracking
        own = break_threshold(row[piece[0]:piece[-1] + 1], settings)
        if own <= limit:
            continue
        if out is None:
            out = [limit] * len(row)
        out[piece[0]:piece[-1] + 1] = [own] * (piece[-1] + 1 - piece[0])
    return out


def _tracked_runs(row: list[Char], glyphs: list[int], limit: float, size: float,
                  settings: WordBreakSettings) -> list[float] | None:
    """Per glyph, the word break of a letter-spaced run inside the row (CSS letter-spacing on
    a label run into its value, "P R É S I D E N C E : Mme X" with no gutter between): glyphs
    one gap apart, the same gap (within ``tracked_tolerance_em``) of ``spread_em`` to
    ``tracked_max_em`` (wider, it is a word space undrawn), over ``spread_min_gaps`` gaps in
    all; a kerned pair ("TA", ``tracked_kern_share`` of the gap at least) closer, a word space
    wider, go on with it. The run's word break sits ``tracked_break_em`` above its gap. None when
    the row holds no such run past its own threshold."""
    tol = settings.tracked_tolerance_em * size
    spread = settings.spread_em * size
    out: list[float] | None = None
    run: list[int] = []          # glyph indices of the current run, up to its last tracked gap
    gap0, tracked, kerned = 0.0, 0, 0
    paired = 0                   # its tracked gaps between two letters or figures

    def close() -> None:
        nonlocal out
        # Mostly its own gap: else the run's gap is a word space between words set closer
        # ("RAPPORT N° 86 –" in a title barely spread, its word spaces undrawn).
        if tracked < settings.spread_min_gaps or kerned * 2 > tracked:
            return
        # Letters spread, not single signs a gap apart: "présent – E : excusé" drawn without
        # its spaces (a producer placing each word) is no letter-spaced run.
        if paired < settings.tracked_min_paired:
            return
        own = gap0 + settings.tracked_break_em * size
        if own <= limit:
            return
        if out is None:
            out = [limit] * len(row)
        out[run[0]:run[-1] + 1] = [own] * (run[-1] + 1 - run[0])

    pending: list[int] = []      # glyphs past a word space or a kerned pair, kept if tracking resumes
    for i, j in zip(glyphs, glyphs[1:]):
        gap = row[j].x0 - row[i].x1
        adjacent = j == i + 1
        if run and adjacent and abs(gap - gap0) <= tol:
            run.extend(pending + [j])
            pending, tracked = [], tracked + 1
            paired += row[i].text.isalnum() and row[j].text.isalnum()
            continue
        if run and adjacent and max(spread / 2, settings.tracked_kern_share * gap0) <= gap < gap0 - tol:
            pending.append(j)    # a kerned pair inside the run
            kerned += 1
            continue
        if run and gap0 + settings.tracked_break_em * size <= gap <= settings.gutter_em * size:
            pending.append(j)    # a word space (drawn or not) inside the run
            continue
        close()
        pending = []
        if adjacent and spread <= gap <= settings.tracked_max_em * size:
            run, gap0, tracked, kerned = [i, j], gap, 1, 0
            paired = int(row[i].text.isalnum() and row[j].text.isalnum())
        else:
            run, gap0, tracked, kerned = [], 0.0, 0, 0
    close()
    return out


LEADER_GLYPHS = {".": 1, "·": 1, "…": 3}


def is_leader(text: str, settings: WordBreakSettings | None = None) -> bool:
    """A word that is a dot leader: the fill of a tab stop, no text (it stands for a gap)."""
    settings = settings or text_settings().word_break
    return bool(text) and all(c in LEADER_GLYPHS for c in text) and \
        sum(LEADER_GLYPHS[c] for c in text) >= settings.min_leader


def _leader_cut(chars: list[Char], settings: WordBreakSettings) -> list[list[Char]]:
    """A word's glyphs cut around the dot leaders glued to it ("GARNIER.......P":
    "GARNIER", the leader, "P"); other words come back whole."""
    if len(chars) < 2:
        return [chars]
    pieces: list[list[Char]] = []
    start = run = 0
    weight = 0
    for i, c in enumerate(chars + [None]):
        if c is not None and c.text in LEADER_GLYPHS:
            if weight == 0:
                run = i
            weight += LEADER_GLYPHS[c.text]
            continue
        if weight >= settings.min_leader and (run > 0 or c is not None):
            if run > start:
                pieces.append(chars[start:run])
            pieces.append(chars[run:i])
            start = i
        weight = 0
    if start < len(chars):
        pieces.append(chars[start:])
    return pieces


def _ruled_between(a: Char, b: Char, cuts) -> bool:
    lo, hi = (a.x0 + a.x1) / 2, (b.x0 + b.x1) / 2
    return any(lo < x < hi for x in cuts)


def row_cuts(row: list[Char], rules) -> list[float]:
    """x of the vertical rules (x0, top, x1, bottom) crossing most of the row's band."""
    if not rules:
        return []
    top = min([c.top for c in row])
    bottom = max([c.bottom for c in row])
    x0, x1 = row[0].x0, max([c.x1 for c in row])
    reach = 0.6 * (bottom - top)
    return [(r[0] + r[2]) / 2 for r in rules
            if r[2] - r[0] < 2.0 and x0 < (r[0] + r[2]) / 2 < x1
            and min(r[3], bottom) - max(r[1], top) >= reach]


def _word(chars: list[Char], text: str | None = None) -> Word:
    """``text``: the glyphs' text joined, when the caller has it."""
    # Size and style of the word are those of most of its glyphs, so that a
    # superscript or a drop cap does not change what the word is.
    first = chars[0]
    s0 = first.size
    n = len(chars)
    if n == 1:
        return Word(first.text, first.x0, first.top, first.x1, first.bottom, round(s0, 1),
                    first.bold, first.italic, first.font, first.base, run=first.run)
    if [c.size for c in chars].count(s0) == n:    # the common case: one size
        size = round(s0, 1)
        main = chars
    else:
        rounded = [round(c.size, 1) for c in chars]
        sizes: dict[float, int] = {}
        for r in rounded:
            sizes[r] = sizes.get(r, 0) + 1
        size = max(sizes, key=sizes.get)
        main = [c for c, r in zip(chars, rounded) if r == size]
    m = len(main)
    lead = main[0]
    w = Word("".join([c.text for c in chars]) if text is None else text,
             min([c.x0 for c in chars]), min([c.top for c in main]),
             max([c.x1 for c in chars]), max([c.bottom for c in main]),
             size,
             sum([c.bold for c in main]) * 2 > m,
             sum([c.italic for c in main]) * 2 > m,
             lead.font, lead.base)
    last = chars[-1]
    w.soft_hyphen = last.soft
    run = first.run
    w.run = run if [c.run for c in chars].count(run) == n else 0
    if m > 2 and size > 0:
        # the glyphs' advance left over once their own widths are taken out, per gap
        inked = sum([c.x1 - c.x0 for c in main])
        w.tracking = round((main[-1].x1 - main[0].x0 - inked) / (m - 1) / size, 3)
    if last.text.isalnum() and not (last.size < 0.8 * size and last.base < w.base - 0.15 * size):
        return w                                   # the common case: the word ends in a plain letter
    _raised_end(w, chars, size)
    return w


def _raised_end(w: Word, chars: list[Char], size: float) -> None:
    """Raised small glyphs closing the word, maybe before punctuation: a
    candidate footnote call ("projet¹", "département¹,", a symbol "département*,")."""
    def raised(c: Char) -> bool:
        return c.size < 0.8 * size and c.base < w.base - 0.15 * size
    n = len(chars)
    end = n
    while end > 1 and not chars[end - 1].text.isalnum() and not raised(chars[end - 1]):
        end -= 1
    k = end
    while k > 1 and raised(chars[k - 1]):
        k -= 1
    if 0 < k < end:
        w.superscript = "".join(c.text for c in chars[k:end])


def spread_letter_counts(words: Iterable[Word], min_em: float) -> tuple[int, int]:
    """The letters of the words of three letters or more, and those of them in words set spread
    (``Word.tracking`` of ``min_em`` or more): letter-spaced type is told by that share (a short
    word's spread says little)."""
    letters = spread = 0
    for w in words:
        n = len(w.text)
        if n < 3:
            continue
        letters += n
        if w.tracking >= min_em:
            spread += n
    return letters, spread
