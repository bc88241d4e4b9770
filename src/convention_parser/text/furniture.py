"""Running headers, footers and page numbers: out of the body.

A line is furniture when it sits in the top or bottom band of its page, is set
apart from the body by a gap, and either repeats (digits normalised) at about
the same height on other pages, or reads as a page number. Deciding on the
whole document at once is what lets "Page 3 sur 40" and "Avenant n°1 - CA
Lens-Liévin" go while a heading that happens to open a page stays.

A *running* line needs no gap: the same text (digits normalised, so "page
3/40" matches) at the same distance from the page edge on a good share of the
pages is a Word header or footer even when the body starts right under it (a
small top margin), when page 1 has none or odd and even pages alternate two.
The distance is taken from the page edge in points, not as a share of the
height: Word keeps it on landscape pages too.

Digits are normalised, but a number that changes from page to page and is no page number
is an identifier of the page's content: minutes set one deliberation per page open each
page with "Délibération n° 2011-113", "… n° 2011-114" — headings, not a running header.
"""

from __future__ import annotations

import re

from .model import Line, Page
from .table_heads import heads_table
from .settings import RunningSettings, text_settings

BAND = 0.13                     # fraction of the page height at top and bottom
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.?)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|sur|de|of)\s*\d{1,4})?\s*[-–—]?$",
    re.IGNORECASE)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


# A page's top (True) or bottom band lines, by page number: _band_lines of each page.
Bands = dict[tuple[int, bool], list[Line]]


def _band_lines(page: Page, top: bool, depth: float | None = None) -> list[Line]:
    """Lines of the band, outermost first. ``depth``: the band's depth in points (the
    document's own, band_depth), else the page's share."""
    limit = depth if depth is not None else page.height * BAND
    if top:
        lines = sorted((ln for ln in page.lines if ln.bottom <= limit), key=lambda ln: ln.top)
    else:
        lines = sorted((ln for ln in page.lines if ln.top >= page.height - limit),
                       key=lambda ln: -ln.bottom)
    return lines


def _set_apart(page: Page, block: list[Line], top: bool) -> bool:
    """Is there a gap between the block and the rest of the page's text above (below) it?
    Only the lines over the block's own width count: a page number "1/2" at the right edge
    under the act number "CM-2021-027" at the left edge of the foot, a line apart, is as far
    from the text over it as a footer is."""
    ids = {id(ln) for ln in block}
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    rest = [ln for ln in page.lines if id(ln) not in ids and ln.x0 < x1 and ln.x1 > x0]
    if not rest:
        return True
    size = max(ln.size for ln in block) or 10.0
    if top:
        edge = max(ln.bottom for ln in block)
        nxt = min((ln.top for ln in rest if ln.top >= edge - 1), default=None)
        return nxt is None or nxt - edge >= 0.6 * size
    edge = min(ln.top for ln in block)
    prv = max((ln.bottom for ln in rest if ln.bottom <= edge + 1), default=None)
    return prv is None or edge - prv >= 0.6 * size


def band_depth(pages: list[Page]) -> float:
    """The bands' depth in points: the share BAND of the document's tallest page. A word
    processor keeps its header and footer at the same distance from the page edge, in
    points, on a landscape page among portrait ones: a band cut as a share of the landscape
    page's own (shorter) height would leave its footer out ("Page 10 sur 15" in a footer
    table 98 pt above the edge of a 595 pt page) and in the body, between a table's two
    parts over the page break."""
    return BAND * max((p.height for p in pages), default=0.0)


def split_furniture(pages: list[Page]) -> None:
    """Move header/footer lines of every page from ``lines`` to header/footer."""
    depth = band_depth(pages)
    seen: dict[tuple[str, str], set[int]] = {}
    where: dict[tuple[str, str, int], list[float]] = {}
    # The bands as printed, read once for the passes below (each measures every line of
    # a page); only _take, which moves lines out of the body, reads them again.
    bands: Bands = {(p.number, top): _band_lines(p, top, depth) for p in pages for top in (True, False)}
    for p in pages:
        for top in (True, False):
            band = "top" if top else "bottom"
            for ln in bands[p.number, top]:
                key = (band, normalise(ln.text))
                seen.setdefault(key, set()).add(p.number)
                where.setdefault((band, key[1], p.number), []).append(
                    (ln.top / p.height, ln.size, _edge_offset(p, ln, top), p.height))

    def repeated(p: Page, band: str, ln: Line) -> bool:
        key = normalise(ln.text)
        y = ln.top / p.height
        edge = _edge_offset(p, ln, band == "top")
        # Two other pages in long documents: a phrase like "Sans objet" may
        # end two pages by chance, rarely three at the same height.
        need = 1 if len(pages) <= 4 else 2
        # The same run of pages sets its header in the same type: "Sans
        # objet" opening pages of another bound document is not one.
        size = ln.size
        hits = 0
        for n in seen.get((band, key), ()):
            # At the same height: the same share of pages of one format; the same distance from
            # the edge, in points, on a page of another (a landscape page among portrait ones).
            if n != p.number and any(abs(size - s2) < 0.3 and (
                    abs(y - y2) < 0.03 if abs(h2 - p.height) < 1 else abs(edge - e2) < 0.03 * max(h2, p.height))
                    for y2, s2, e2, h2 in where[(band, key, n)]):
                hits += 1
                if hits >= need:      # a running line is on every page: stop at enough
                    return True
        return False

    content = (_changing_identifiers(pages, bands) | _body_formulas(pages, bands)
               | _amount_rows(pages, bands))
    running = (_running_lines(pages, bands) | _running_titles(pages, bands) | _page_of_pages(pages, bands)) - content

    # First pass: text that repeats, and page numbers. Second pass: a line set
    # in the same place and type as furniture found elsewhere (a header that
    # changes with the part of the document, "Délibération" then "Avenant").
    looks: list[tuple] = []
    for p in pages:
        _take(p, lambda band, ln: id(ln) not in content and not (band == "top" and heads_table(p, ln))
              and not (band == "top" and _item_number(p, ln)) and (
              id(ln) in running or repeated(p, band, ln)
              or (is_page_number(ln.text) and len(ln.text) <= 16 and not _figures_row(p, ln))), looks, running,
              depth)
    # A run grows page by page from furniture found in the first pass. Only the
    # page before one that gave furniture in the last pass can match (the
    # signatures are indexed by band and page number), so a pass costs what it finds.
    by_page = {p.number: p for p in pages}
    while looks:
        index: dict[tuple[str, int], list[tuple]] = {}
        for sig in looks:
            index.setdefault((sig[0], sig[4]), []).append(sig)
        found: list[tuple] = []
        for number in sorted({n - 1 for _, n in index}):
            p = by_page.get(number)
            if p is not None:
                _take(p, lambda band, ln: _looks_like(p, band, ln, index.get((band, p.number + 1), ())),
                      looks=found, depth=depth)
        looks = found


# A number that identifies something: glued to another digit group ("2011-113", "DEL2024_17"
# reads "2024" then "17"), to a thematic code ("2016/NPRU/032": the rank after the code's
# letters; the codes differ from item to item, the year stays) or after "n°".
_IDENTIFIER_NUMBER = re.compile(r"(?<=\d[-/._])\d+|(?<=\d\s[-/.]\s)\d+|(?<=[nN][°º])\s*\d+|(?<=[nN][°º]\s)\d+"
                                r"|(?<=[A-Z]{2}[-/._])\d+")


_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_OF_PAGES = re.compile(r"(\d{1,4})\s*(?:/|sur|de|of)\s*(\d{1,4})\s*[-–—]?$", re.IGNORECASE)


def _page_of_pages(pages: list[Page], bands: Bands) -> set[int]:
    """ids of band lines that number their page out of the document's pages ("1/2" on page 1
    of 2, "Page 3 sur 7"): furniture even set right under the page's last row (a full page
    leaves no gap over its number)."""
    out: set[int] = set()
    if len(pages) < 2:
        return out
    for p in pages:
        for top in (True, False):
            for ln in bands[p.number, top]:
                m = _OF_PAGES.search(ln.text.strip())
                if m and is_page_number(ln.text) and int(m.group(1)) == p.number and int(m.group(2)) == len(pages):
                    out.add(id(ln))
    return out


def _figures_row(page: Page, ln: Line) -> bool:
    """Another bare number shares the line's height: a row of figures (a vote grid's counts
    "19  16  2  1" at a page's foot), not a page number."""
    return any(x is not ln and _BARE_NUMBER.match(x.text.strip())
               and min(x.bottom, ln.bottom) - max(x.top, ln.top) > 0.5 * (ln.bottom - ln.top)
               for x in page.lines)


def _item_number(page: Page, ln: Line) -> bool:
    """A bare number atop a page that is not the page's number, right above a title in
    capitals or bold that starts where it does: minutes setting one item a page open each
    with its number ("17" / "VOTE DES TAUX …"), which repeats at that place, digits apart,
    like a page number but is the item's."""
    text = ln.text.strip()
    if not _BARE_NUMBER.match(text) or int(text) == page.number:
        return False
    below = [x for x in page.lines if x.top > ln.bottom - 0.5 and x is not ln]
    if not below:
        return False
    nxt = min(below, key=lambda x: (x.top, x.x0))
    if abs(nxt.x0 - ln.x0) > 2.0 or nxt.top - ln.bottom > 3.0 * max(ln.size, 1.0):
        return False
    letters = [ch for ch in nxt.text if ch.isalpha()]
    return len(letters) >= 8 and (sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) or nxt.bold)


# A line that is only a label word and a bare number ("Point 56", "Affaire 12", "Rapport 4"):
# an item's number when it opens the page under the running header (one item a page).
_LABELLED_NUMBER = re.compile(r"^[^\W\d_]{3,}\.?\s+(?:n\s*[°º]\s*)?(\d{1,4})\s*[.:]?$")


def _labelled_number(text: str) -> tuple[int, ...]:
    """The number of a line "Label N" alone, unless the label is a page word ("Page 56",
    "Feuillet 3": a page's number, even counted from another first page)."""
    text = text.strip()
    m = _LABELLED_NUMBER.match(text)
    if m is None or _PAGE_WORD.search(text):
        return ()
    return (int(m.group(1)),)


def _changing_identifiers(pages: list[Page], bands: Bands) -> set[int]:
    """ids of band lines whose text repeats (digits normalised) but carries an identifier
    printed on that page alone that is not its page number: content, not furniture. An
    identifier repeated over several pages (a header naming the current part) stays furniture."""
    groups: dict[tuple, list[tuple[Line, int]]] = {}
    for p in pages:
        for top in (True, False):
            for ln in bands[p.number, top]:
                if _IDENTIFIER_NUMBER.search(ln.text) or _labelled_number(ln.text):
                    groups.setdefault((top, normalise(ln.text)), []).append((ln, p.number))
    out: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        values = [tuple(int(m.group().strip()) for m in _IDENTIFIER_NUMBER.finditer(ln.text))
                  or _labelled_number(ln.text) for ln, _ in members]
        pages_of: dict[tuple, set[int]] = {}
        for v, (_, number) in zip(values, members):
            pages_of.setdefault(v, set()).add(number)
        if len(pages_of) < 2:
            continue                    # the same identifier everywhere: a running header
        for v, (ln, number) in zip(values, members):
            # An identifier equal to its page's number is the page's number when a page word
            # leads to it ("Feuille n° 3"); else the item set alone on that page happens to
            # carry it ("Délibération n° 2" atop page 2: one item a page, numbered from 1).
            if len(pages_of[v]) == 1 and (number not in v or not _PAGE_WORD.search(ln.text)):
                out.add(id(ln))
    return out


def _body_formulas(pages: list[Page], bands: Bands,
                   settings: RunningSettings | None = None) -> set[int]:
    """ids of band lines the body prints too, on another page, in the same type: a formula
    of the document (the closing "Le Conseil …, après en avoir délibéré, à l'unanimité des" /
    "membres présents …, ADOPTE …" of every item of a minutes) that happens to open a few
    pages at the same height, not a running header, which the band prints on most pages.
    Also a line of any length the body prints many more times than the bands do (the vote
    lines "Pour : 55" / "Adopté à l'unanimité" under each of 90 items, left at the foot or
    the head of most pages of dense minutes); a running header the body prints once (the
    first page's title) is printed by the bands on every page."""
    settings = settings or text_settings().running
    body: dict[tuple[str, float], set[int]] = {}
    body_lines: dict[tuple[str, int], int] = {}
    for p in pages:
        banded = {id(ln) for top in (True, False) for ln in bands[p.number, top]}
        for ln in p.lines:
            if id(ln) not in banded:
                key = normalise(ln.text)
                body.setdefault((key, round(ln.size)), set()).add(p.number)
                body_lines[key, round(ln.size)] = body_lines.get((key, round(ln.size)), 0) + 1
    printed: dict[str, set[int]] = {}
    band_lines: dict[str, int] = {}
    for p in pages:
        for top in (True, False):
            for ln in bands[p.number, top]:
                printed.setdefault(normalise(ln.text), set()).add(p.number)
                band_lines[normalise(ln.text)] = band_lines.get(normalise(ln.text), 0) + 1
    out: set[int] = set()
    for p in pages:
        for top in (True, False):
            for ln in bands[p.number, top]:
                key = normalise(ln.text)
                if is_page_number(ln.text):
                    continue
                size = round(ln.size)
                # (an OCR'd line's size is its ink's median height: it wobbles by a point)
                spread = (size - 1, size, size + 1) if p.text_source == "ocr" else (size,)
                times = sum(body_lines.get((key, s), 0) for s in spread)
                if times >= settings.formula_times * band_lines[key] \
                        and any(body.get((key, s), set()) - {p.number} for s in spread):
                    out.add(id(ln))
                    continue
                if len(printed[key]) >= settings.formula_share * len(pages) \
                        or len(ln.words) < settings.formula_words:
                    continue
                if body.get((key, size), set()) - {p.number}:
                    out.add(id(ln))
    return out


# An amount: digit groups with cents or a currency ("8 749 407,07 €", "1 500 €", "354 200,00");
# page numbers, dates and references carry none.
_AMOUNT = re.compile(r"\d(?:[\d\u00a0\u202f .]*\d)?\s*(?:,\d{2}\b\s*(?:€|euros?\b)?|€|euros?\b)", re.IGNORECASE)


def _amount_rows(pages: list[Page], bands: Bands) -> set[int]:
    """ids of band lines holding an amount or printed on a row with one (a table's total
    row pushed alone over a page break, "Total" beside "8 749 407,07 €", at the same place
    as other tables' totals on other pages): a table's row, content, not furniture."""
    out: set[int] = set()
    for p in pages:
        lines = [ln for top in (True, False) for ln in bands[p.number, top]]
        amounts = [ln for ln in lines if _AMOUNT.search(ln.text)]
        for ln in lines:
            if any(a is ln or min(a.bottom, ln.bottom) - max(a.top, ln.top) > 0.5 * (ln.bottom - ln.top)
                   for a in amounts):
                out.add(id(ln))
    return out


_PAGE_WORD = re.compile(r"\b(?:page|p\.|pages|feuillet?|folio|f°)\s*(?:n\s*[°º]\s*)?\d", re.IGNORECASE)


def _edge_offset(page: Page, ln: Line, top: bool) -> float:
    return ln.top if top else page.height - ln.bottom


def _running_lines(pages: list[Page], bands: Bands,
                   settings: RunningSettings | None = None) -> set[int]:
    """ids of the band lines printed, same text, at the same distance from the page edge on
    a good share of the pages (counted by buckets of that distance: linear in the lines);
    on every page of a short document, in the same words."""
    settings = settings or text_settings().running
    need = max(settings.min_pages, settings.share * len(pages))
    exact = len(pages) < settings.min_pages
    if exact:
        if len(pages) < settings.short_pages:
            return set()
        need = len(pages)
    where: dict[tuple, set[int]] = {}
    found: list[tuple[Line, tuple, int]] = []
    for p in pages:
        for top in (True, False):
            for ln in bands[p.number, top]:
                key = (top, ln.text.strip() if exact else normalise(ln.text))
                bucket = round(_edge_offset(p, ln, top) / settings.offset_step)
                where.setdefault(key + (bucket,), set()).add(p.number)
                found.append((ln, key, bucket))
    # Pages around each place counted once per place, not once per line (a header on every
    # page would otherwise rebuild a set of every page for every page).
    count: dict[tuple, int] = {}
    out: set[int] = set()
    for ln, key, bucket in found:
        place = key + (bucket,)
        if place not in count:
            count[place] = len(set().union(*(where.get(key + (b,), ()) for b in (bucket - 1, bucket, bucket + 1))))
        if count[place] >= need:
            out.add(id(ln))
    return out


_WORD = re.compile(r"\w+")


def _words_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _running_titles(pages: list[Page], bands: Bands,
                    settings: RunningSettings | None = None) -> set[int]:
    """ids of top-band lines that restate a heading in a smaller type: a running title that
    changes with the part of the document ("Titre II : …" over titre II's pages), too few
    pages for a running line, often right over the body (no gap) and, on the part's first
    page, over the heading itself, which would then be read twice. A heading is a line (or a
    heading wrapped over a few lines) printed below the band of its page in a larger type."""
    settings = settings or text_settings().running
    largest: dict[str, float] = {}
    for p in pages:
        body = sorted(p.lines, key=lambda ln: ln.top)
        # Each line's size and text taken once: every line is read again in the
        # windows of the lines above it.
        sizes = [ln.size for ln in body]
        texts = [ln.text for ln in body]
        for k, size in enumerate(sizes):
            keys, text = [], ""
            for nxt in range(k, min(k + settings.title_lines, len(body))):
                if abs(sizes[nxt] - size) >= 0.3:
                    break
                text = f"{text} {texts[nxt]}"
                keys.append(_words_key(text))
            for key in keys:
                if len(key.split()) >= 2 and size > largest.get(key, 0.0):
                    largest[key] = size
    out: set[int] = set()
    for p in pages:
        band = [ln for ln in bands[p.number, True] if ln.cell is None]
        for k, ln in enumerate(band):
            # The running title wraps too, at its own width ("… AUX OPÉRATIONS" / "PROGRAMMÉES"
            # over a heading cut after "AUX"): its lines are read joined, as the heading's are.
            text = ""
            for j, nxt in enumerate(band[k:k + settings.title_lines]):
                if abs(nxt.size - ln.size) >= 0.3:
                    break
                text = f"{text} {nxt.text}"
                if largest.get(_words_key(text), 0.0) >= ln.size + settings.title_smaller:
                    out.update(id(x) for x in band[k:k + j + 1])
    return out


def _signature(page: Page, band: str, ln: Line) -> tuple:
    return band, ln.top / page.height, ln.size, ln.bold, page.number, round(page.width), round(page.height)


def _looks_like(page: Page, band: str, ln: Line, looks) -> bool:
    """Set like the furniture of the next page, same format.

    A document's opening page carries a variant of the header its next pages
    repeat ("Conseil d'administration du ..." before "Avenant n°1 ..."); a
    title or "ARTICLE 1" printed once where another bound document, before
    it or pages away, had its header is page content.
    """
    b, y, size, bold, number, w, h = _signature(page, band, ln)
    return any(b == b2 and abs(y - y2) < 0.01 and abs(size - s2) < 0.3 and bold == bold2
               and n2 == number + 1 and (w, h) == (w2, h2)
               for b2, y2, s2, bold2, n2, w2, h2 in looks)


def _take(p: Page, is_furniture, looks, running: set[int] = frozenset(), depth: float | None = None) -> None:
    """Move the page's furniture lines, outermost first, into header/footer.
    running: ids of running lines, furniture even with no gap before the body;
    depth: the bands' depth (band_depth)."""
    for top in (True, False):
        band = "top" if top else "bottom"
        block: list[Line] = []
        lines = _band_lines(p, top, depth)
        rows = _furniture_rows(p, band, lines, is_furniture)
        for k, ln in enumerate(lines):
            if not (is_furniture(band, ln) or (ln.cell is not None and ln.cell[0] in rows)):
                break
            block.append(ln)
            # Furniture is one block: a blank line's worth of gap ends it.
            if k + 1 < len(lines):
                nxt = lines[k + 1]
                gap = nxt.top - ln.bottom if top else ln.top - nxt.bottom
                if gap >= 1.2 * ln.size:
                    break
        block = _whole_table_rows(p, block)
        # Shrink the block from the inside until it is set apart.
        while block and not _set_apart(p, block, top) and not all(id(ln) in running for ln in block):
            block.pop()
        if not block:
            continue
        ids = {id(ln) for ln in block}
        p.lines = [ln for ln in p.lines if id(ln) not in ids]
        if looks is not None:
            looks.extend(_signature(p, band, ln) for ln in block)
        block.sort(key=lambda ln: (ln.top, ln.x0))
        if top:
            p.header = block + p.header
        else:
            p.footer = p.footer + block


def _furniture_rows(page: Page, band: str, lines: list[Line], is_furniture) -> set[int]:
    """The rows of a ruled table in the band (a footer table: a logo cell, the document's
    name, "Page 16 sur 23") one cell of which is the page's number in words ("Page 16 sur
    23", "16/23": a bare number is a table's figure as well, and a cell repeated at the same
    height may be a table's, "Pas-de-" over several pages) and every cell of which lies in
    the band: the whole row is furniture. Its other cells read differently from page to
    page (joined into one line on one page, "ANRU Convention NPNRU … Page 17 sur 23", apart
    on the next), so they do not repeat."""
    inband = {id(x) for x in lines}
    out: set[int] = set()
    for ln in lines:
        text = ln.text.strip()
        if ln.cell is None or ln.cell[0] in out or not is_page_number(text) or _BARE_NUMBER.match(text):
            continue
        row = [x for x in page.lines if x.cell is not None and x.cell[0] == ln.cell[0]]
        if len(row) > 1 and all(id(x) in inband for x in row) and is_furniture(band, ln):
            out.add(ln.cell[0])
    return out


def _whole_table_rows(page: Page, block: list[Line]) -> list[Line]:
    """Cut the block before a ruled-table cell whose row is not all in it.

    A table row reaching into the band is furniture only as a whole (a ruled
    running header); a cell that reads like a page number ("39") is not. A
    page number on a line of its own under a table's last row, which an
    unruled table without a rule under that row took into its cell, is.
    """
    ids = {id(ln) for ln in block}
    for k, ln in enumerate(block):
        if ln.cell is None:
            continue
        row = [x for x in page.lines if x.cell is not None and x.cell[0] == ln.cell[0]]
        if all(id(x) in ids for x in row) or _number_under_row(ln, row):
            continue
        return block[:k]
    return block


def _number_under_row(ln: Line, row: list[Line]) -> bool:
    """A page number alone below every other line of its table row."""
    return is_page_number(ln.text) and len(row) > 1 and all(x.bottom <= ln.top for x in row if x is not ln)
