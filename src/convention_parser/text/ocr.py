"""OCR of image-only pages with Tesseract (French), as positioned words.

The page is rendered upright (scan_image.py: a low-resolution scan enlarged from
its own resolution, straightened), and Tesseract's word boxes are scaled back to
PDF points, so OCR'd pages look like any other page to the later stages (same
frame, same Line/Word objects, ``conf`` per word, rules read from the ink, underlines
erased from the image Tesseract reads: an underline through a title's descenders
garbles the title). Words read with low confidence are read again on their own
(ocr_reread.py), and so are lines read in pieces (ocr_lines.py). Ink the first pass leaves unread (a page number, a stamp, a lone item
number) gets a second pass (ocr_recover.py).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import OcrUnavailable
from . import ocr_lines, ocr_recover, ocr_reread, orientation, scan_background, scan_border, scan_image, tesseract_io
from .ocr_glyphs import parentheses, zeros
from .ocr_rules import word_strokes
from .model import Word
from .settings import OcrSettings, text_settings

_HELP = "install tesseract-ocr tesseract-ocr-fra (and the pytesseract package)"


@lru_cache(maxsize=1)
def check_tesseract() -> str:
    """'' when OCR can run, else the reason it cannot."""
    try:
        import pytesseract
    except ImportError:
        return f"image-only pages need OCR but pytesseract is missing: {_HELP}"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return f"image-only pages need OCR but Tesseract is not installed: {_HELP}"
    try:
        langs = pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - any failure means the binary is unusable
        return f"image-only pages need OCR but Tesseract does not run: {_HELP}"
    if text_settings().ocr.lang not in langs:
        return f"image-only pages need OCR but Tesseract has no French data: {_HELP}"
    return ""


def require_tesseract() -> None:
    reason = check_tesseract()
    if reason:
        raise OcrUnavailable(reason)


@dataclass
class OcrPage:
    rows: list[list[Word]]         # Tesseract's lines, in its reading order, then recovered ones
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # from the ink
    skew: float = 0.0              # degrees the scan was turned back before reading
    turn: int = 0                  # degrees (counter-clockwise) a page fed turned was brought upright


def ocr_page(page, number: int, known: list[Word] | None = None,
             settings: OcrSettings | None = None,
             region: tuple[float, float, float, float] | None = None) -> OcrPage:
    """Words of one pdfium page read by OCR, in PDF points of the upright page.

    ``known``: words the page's text layer already holds (a stamp over a scan):
    painted out of the image so they are not read a second time. A page fed sideways or
    upside down is read upright (``OcrPage.turn``; its words, and ``known``'s boxes, are
    in the points of the upright page). ``region`` (x0, top, x1, bottom in points): only
    that part of the page is read (a scan pasted on a text page)."""
    settings = settings or text_settings().ocr
    import numpy as np

    image = scan_image.page_image(page)
    scale = text_settings().scan_image.dpi / 72.0
    ox = oy = 0.0
    if region is not None:
        ox, oy = region[0], region[1]
        full = image
        image = full.crop(tuple(round(v * scale) for v in region))
        full.close()
        known = [w for w in known or [] if w.x1 > region[0] and w.x0 < region[2]
                 and w.bottom > region[1] and w.top < region[3]]
    if region is None:                                 # a copy's dark border: no ink of the page
        image = scan_border.clear_border(image, scale)
    image = scan_background.flatten(image, scale)     # a stain, a lamp's fall-off: paper of one grey
    turn = orientation.page_turn(np.asarray(image, dtype=np.float32), scale) if region is None else 0
    if turn:
        width, height = page.get_size()
        image = image.rotate(turn, expand=True)
        for w in known or []:
            w.x0, w.top, w.x1, w.bottom = orientation.turn_box((w.x0, w.top, w.x1, w.bottom), turn, width, height)
    image = scan_image.mask_boxes(image, [(w.x0 - ox, w.top - oy, w.x1 - ox, w.bottom - oy)
                                          for w in known or []], scale)
    image, skew = scan_image.deskew(image, enlarged=scan_image.enlarged(page))
    image = scan_image.clear_ghosts(scan_image.despeckle(image, scale), scale)
    pixels = np.asarray(image, dtype=np.float32)
    rules = scan_image.image_rules(pixels, scale)
    # Read with the underlines erased; the rules themselves go to the later stages as on
    # a text page.
    clean = scan_image.erase_rules(image, rules, scale)
    data = tesseract_io.image_to_data(clean, settings.lang, settings.psm)
    if settings.reread:
        ocr_reread.reread(clean, data, scale, settings.lang)
    if settings.reread_lines:
        ocr_lines.reread_lines(clean, data, scan_image.ink_mask(np.asarray(clean, dtype=np.float32)),
                               scale, settings.lang, rules)
    rows = _rows(data, pixels, scale, settings, rules)
    if settings.recover:
        read = [(w.x0, w.top, w.x1, w.bottom) for r in rows for w in r] + rules
        regions = ocr_recover.unread_regions(scan_image.ink_mask(pixels), read, scale)
        if regions:
            masked = scan_image.mask_boxes(image, rules, scale, pad=1.0)   # no rule in a crop
            first = len(rows)
            for box in regions:
                for got in _rows(ocr_recover.read_region(masked, box, scale, settings.lang), pixels, scale, settings,
                                 rules):
                    rows.append(got)
                    _read_once(rows, first, len(rows) - 1)
            rows = [r for r in rows if r]
            masked.close()
    clean.close()
    image.close()
    rules = word_strokes(rules, rows)            # a bold word's blot read as a rule: no frame, no cell
    for words in rows:
        size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        for w in words:
            w.size = round(size, 1)
    if region is not None:                         # back in the page's points
        for words in rows:
            for w in words:
                w.x0, w.x1, w.top, w.bottom = w.x0 + ox, w.x1 + ox, w.top + oy, w.bottom + oy
                w.base = w.base + oy if w.base else w.base
        rules = [(x0 + ox, t + oy, x1 + ox, b + oy) for x0, t, x1, b in rules]
    return OcrPage(rows, rules, skew, turn)


def sheet_halves(page, settings: OcrSettings | None = None
                 ) -> list[tuple[float, float, float, float]] | None:
    """The two pages of a sheet scanned with two pages side by side (an open register, a
    2-up copy), as two boxes (x0, top, x1, bottom; points), or None: a landscape sheet
    whose ink leaves a strip at least ``sheet_gutter`` points wide empty from top to
    bottom near its middle, with print on both sides. Read as one page, Tesseract runs
    the two pages' lines together wherever they share a row."""
    settings = settings or text_settings().ocr
    import numpy as np

    width, height = page.get_size()
    if width < settings.sheet_ratio * height:
        return None
    scale = settings.sheet_dpi / 72.0
    bitmap = page.render(scale=scale, grayscale=True)
    pixels = np.asarray(bitmap.to_pil().convert("L"), dtype=np.float32)
    bitmap.close()
    ink = scan_image.ink_mask(pixels)
    cols = ink.sum(axis=0)
    if cols.sum() == 0:
        return None
    empty = cols <= settings.sheet_speckle * ink.shape[0]
    lo, hi = int(settings.sheet_middle[0] * len(cols)), int(settings.sheet_middle[1] * len(cols))
    best, start = (0, 0), None
    for x in range(lo, hi + 1):
        if x < hi and empty[x]:
            start = x if start is None else start
        elif start is not None:
            if x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if (best[1] - best[0]) / scale < settings.sheet_gutter:
        return None
    mid = (best[0] + best[1]) / 2
    left, right = cols[:int(mid)].sum(), cols[int(mid):].sum()
    if min(left, right) < settings.sheet_side_ink * (left + right):
        return None
    cut = mid / scale
    return [(0.0, 0.0, cut, height), (cut, 0.0, width, height)]


def _read_once(rows: list[list[Word]], first: int, k: int) -> None:
    """A recovered row (``rows[k]``) whose crop took in words of the first pass's rows
    (``rows[:first]``; a line cut out of a signature is widened over its whole row): the
    same ink is read once, by the reading of the higher mean confidence."""
    def clash(a: Word, b: Word) -> bool:
        inter = max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.bottom, b.bottom) - max(a.top, b.top))
        return inter > 0.5 * min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    new = rows[k]
    old = [(i, w) for i in range(first) for w in rows[i] if any(clash(w, v) for v in new)]
    if not old:
        return
    mine = [v for v in new if any(clash(w, v) for _, w in old)]
    if sum(v.conf for v in mine) / len(mine) > sum(w.conf for _, w in old) / len(old):
        for i, w in old:
            rows[i] = [x for x in rows[i] if x is not w]
    else:
        rows[k] = [v for v in new if not any(v is m for m in mine)]


def _rows(data: dict, pixels, scale: float, settings: OcrSettings,
          rules: list[tuple[float, float, float, float]] = ()) -> list[list[Word]]:
    """Tesseract's words (image_to_data's dict, pixels) grouped by its lines, in points.
    A word of bars and brackets only lying on a vertical rule of the page (``rules``, points)
    is that rule read as glyphs ("{|" beside a ruled cell's wrapped title, which then read as
    running text across the columns and ended the title), not a word."""
    vertical = [r for r in rules if r[3] - r[1] > r[2] - r[0]]
    rows: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        if not text.strip("|¦"):
            continue                      # a table's vertical rule read as a bar
        if not text.strip(settings.rule_glyphs) and _on_rule(data, i, scale, vertical, settings.rule_glyph_reach):
            continue                      # ... or as brackets beside it
        text = parentheses(text)          # "Excusé(e}s" read from a 100 dpi scan
        if "'" in text:
            box = [data[k][i] for k in ("left", "top", "width", "height")]
            text = apostrophes(pixels, box, text, settings.apostrophe_curl)
        x, y, w, h = (data[k][i] / scale for k in ("left", "top", "width", "height"))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        # Tesseract boxes are ink boxes; the line's median ink height stands
        # in for the font size (set by the caller).
        rows.setdefault(key, []).append(Word(text, x, y, x + w, y + h, size=h, conf=conf,
                                             base=y + h))
    out = []
    for words in rows.values():
        words.sort(key=lambda w: w.x0)
        for w, text in zip(words, zeros([w.text for w in words])):
            w.text = text                 # "Contre : O" read from a 100 dpi scan
        _semicolons(words, settings.semicolon_tail)
        out.append(words)
    return out                                  # Tesseract's reading order


def _on_rule(data: dict, i: int, scale: float, vertical: list[tuple[float, float, float, float]],
             reach: float) -> bool:
    """Word i's box (image_to_data's pixels) lies across a vertical rule (points): the
    rule's line runs within the box widened by ``reach`` points, over its height."""
    x0, top = data["left"][i] / scale, data["top"][i] / scale
    x1, bottom = x0 + data["width"][i] / scale, top + data["height"][i] / scale
    return any(x0 - reach <= (v[0] + v[2]) / 2 <= x1 + reach and v[1] <= (top + bottom) / 2 <= v[3]
               for v in vertical)


# Tesseract often reads a semicolon as a colon (the comma tail is a few pixels at
# 100-150 dpi), and in an attendance list "A ; B" read "A : B" glues two people into
# one entry. The ink box tells them apart: a semicolon's tail goes below the baseline.
_DESCENDERS = set("gjpqyçQJ,;()[]{}/|@")    # glyphs reaching below the baseline themselves


def _semicolons(words: list[Word], tail: float) -> None:
    """Standalone ":" whose ink reaches below its neighbours' baseline turned into ";"
    (the neighbours next to it: a row may join two columns set on other baselines)."""
    for k, w in enumerate(words):
        if w.text != ":":
            continue
        near = [v for v in words[max(0, k - 1):k] + words[k + 1:k + 2]
                if not _DESCENDERS & set(v.text) and abs(v.x0 - w.x0) < 4 * (v.bottom - v.top)]
        if not near:
            continue
        baseline = max(v.bottom for v in near)
        top = max(v.top for v in near)
        height = max(v.bottom - v.top for v in near)
        # Both marks start at the x-height: a box reaching the capitals' top is a
        # smudge taken in with the colon, not a tail.
        if w.bottom > baseline + tail * height and w.top > top + 0.2 * height:
            w.text = ";"


# Apostrophes. Tesseract reads both a typographic ’ and a straight ' as ',
# and blur hides the difference from its classifier. The glyph itself still
# shows it: a curly one is a comma, its head at the top and its tail going
# down to the left; a straight one is a vertical tick. Above the x-height,
# between the letters it separates, we find the columns of ink that do not
# reach down to the baseline and compare the ink's centre at the top of the
# glyph with its centre at the bottom (OcrSettings.apostrophe_curl).


def _gray(image):
    import numpy as np
    return np.asarray(image, dtype=np.float32)


def apostrophes(pixels, box, text: str, curl: float | None = None) -> str:
    """``text`` with each straight ' the image shows curly turned into ’ (its tail drifting
    left by more than ``curl`` glyph heights)."""
    curl = text_settings().ocr.apostrophe_curl if curl is None else curl
    left, top, width, height = box
    crop = pixels[max(top - 1, 0):top + height + 1, max(left - 1, 0):left + width + 1]
    out = list(text)
    for k, ch in enumerate(text):
        if ch == "'":
            drift = _tail_drift(crop, (k + 0.5) / len(text))
            if drift is not None and drift > curl:
                out[k] = "’"
    return "".join(out)


def _tail_drift(crop, where: float):
    """(x of the top of the glyph - x of its bottom) / its height, or None."""
    import numpy as np
    if crop.size == 0:
        return None
    ink = crop < 140
    rows = ink.sum(axis=1)
    if rows.max() == 0:
        return None
    body = np.nonzero(rows >= 0.3 * rows.max())[0]
    first = int(np.nonzero(rows)[0].min())
    base = int(body.max())
    limit = int(first + 0.5 * (base - first + 1))
    if limit <= first + 2:
        return None
    below = ink[limit:].any(axis=0)
    above = ink[:limit].any(axis=0)
    high = above & ~below                       # columns of ink above the x-height only
    segments, x, width = [], 0, crop.shape[1]
    while x < width:
        if high[x]:
            s = x
            while x < width and high[x]:
                x += 1
            segments.append((s, x))
        else:
            x += 1
    if not segments:
        return None
    expected = where * width
    s, e = min(segments, key=lambda g: abs((g[0] + g[1]) / 2 - expected))
    # Only a segment near where the apostrophe should be (a quarter of the
    # word either way) is the apostrophe, not an accent or a degree sign.
    if abs((s + e) / 2 - expected) > 0.25 * width:
        return None
    s, e = max(0, s - 1), min(width, e + 1)
    mass = np.clip(200.0 - crop[:limit, s:e], 0, None)
    filled = np.nonzero(mass.sum(axis=1) > 0)[0]
    if len(filled) < 3:
        return None
    y0, y1 = int(filled.min()), int(filled.max())
    xs = np.arange(e - s)
    centres = [(mass[y] * xs).sum() / mass[y].sum() for y in range(y0, y1 + 1) if mass[y].sum() > 0]
    n = len(centres)
    head, tail = max(1, n * 2 // 5), max(1, n * 3 // 10)
    return (float(np.mean(centres[:head])) - float(np.mean(centres[-tail:]))) / (y1 - y0 + 1)
