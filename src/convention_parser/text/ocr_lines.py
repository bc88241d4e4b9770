"""Lines the page read in pieces, read again each on its own.

On a 72-100 dpi scan Tesseract's page layout analysis cuts a line of bold type into
pieces: it returns "EL 2011-078 : Subventi eptionnelle au cl if de Nanc" (each piece at
85-95 % confidence) for the underlined item title "DEL 2011-078 : Subvention
exceptionnelle au club sportif de Nancy", and the letters it skipped are left as ink no
word box covers; the item number is lost, and the item with it. The same pixels cut out
as one line are read whole. A line is read again when ink lies in its band outside its
words' boxes (a piece skipped) or its words are doubtful; its band is widened over the
ink beside it on its rows (a piece read as a line of its own: the "D" of "DEL"). The
lines are stacked on one sheet and read in one Tesseract call (ocr_reread.py's sheet);
a lone reading replaces the page's words of the band when it carries clearly more
confident characters (``LineRereadSettings``).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from . import ocr_reread
from .settings import LineRereadSettings, text_settings

Key = tuple[int, int, int]


def _lines(data: dict) -> dict[Key, list[int]]:
    out: dict[Key, list[int]] = {}
    for i, text in enumerate(data["text"]):
        if (text or "").strip() and float(data["conf"][i]) >= 0:
            out.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    return out


def _box(data: dict, idx: list[int]) -> tuple[int, int, int, int]:
    return (min(data["left"][i] for i in idx), min(data["top"][i] for i in idx),
            max(data["left"][i] + data["width"][i] for i in idx),
            max(data["top"][i] + data["height"][i] for i in idx))


def _score(words, settings: LineRereadSettings) -> float:
    """Characters read with confidence: letters and digits of words read at ``min_conf`` or
    more, each weighed by its word's confidence."""
    return sum(sum(ch.isalnum() for ch in t) * c / 100.0 for t, c in words if c >= settings.min_conf)


def _numbers(words, conf: float) -> Counter:
    """The digit runs of the words read at ``conf`` or more."""
    return Counter(n for t, c in words if c >= conf for n in re.findall(r"\d+", t))


def _one_line(words, settings: LineRereadSettings) -> bool:
    """Do the lone reading's words (boxes in the crop) make one line? Each word's middle lies
    within the height of every other (words at least half the median height: a hyphen, a
    comma sit apart), and no two words overlap across more than ``one_line_overlap`` of the
    narrower one's width (the words of two lines read as one interleave)."""
    heights = sorted(w.height for w in words)
    tall = [w for w in words if w.height >= 0.5 * heights[len(heights) // 2]]
    for a in tall:
        for b in tall:
            if b is not a and not a.top <= b.top + b.height / 2 <= a.top + a.height:
                return False
    for k, a in enumerate(words):
        for b in words[k + 1:]:
            overlap = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
            if overlap > settings.one_line_overlap * min(a.width, b.width):
                return False
    return True


def _band(ink: np.ndarray, data: dict, idx: list[int], covered: np.ndarray, walls: list[tuple[int, int, int]],
          settings: LineRereadSettings) -> tuple[int, int, int, int] | None:
    """The line's box widened over the ink beside it on its rows (across gaps below
    ``join`` line heights, never across a vertical rule: a table's next cell), or None when
    every inked column of it is some word's. ``walls``: vertical rules (x, top, bottom) in
    pixels."""
    l, t, r, b = _box(data, idx)
    height = b - t
    if height <= 0:
        return None
    xs = [x for x, top, bottom in walls if top < b and bottom > t]
    lo = max([x + 2 for x in xs if x < l], default=0)
    hi = min([x - 1 for x in xs if x > r], default=ink.shape[1])
    rows = ink[t:b]
    cols = rows.any(axis=0)
    cols[:lo] = False
    cols[hi:] = False
    join = round(settings.join * height)
    while l > 0 and cols[max(0, l - join):l].any():
        l = max(0, l - join) + int(np.nonzero(cols[max(0, l - join):l])[0][0])
    while r < len(cols) and cols[r:r + join].any():
        r = r + int(np.nonzero(cols[r:r + join])[0][-1]) + 1
    # ink columns of the band no word box covers: pieces of the line left unread
    unread = cols[l:r] & ~covered[l:r]
    if int(unread.sum()) < settings.min_unread * height:
        return None
    # the rows of the line's ink (the boxes of pieces may leave out its capitals or
    # descenders), up to the blank rows around it
    reach = round(settings.grow * height)
    inked = ink[max(0, t - reach):b + reach, l:r].any(axis=1)
    top = t - max(0, t - reach)
    while top > 0 and inked[top - 1]:
        top -= 1
    bottom = top + (b - t)
    while bottom < len(inked) and inked[bottom]:
        bottom += 1
    return l, max(0, t - reach) + top, r, max(0, t - reach) + bottom


def reread_lines(image, data: dict, ink: np.ndarray, scale: float, lang: str,
                 rules: list[tuple[float, float, float, float]] = (),
                 settings: LineRereadSettings | None = None) -> int:
    """``data`` (image_to_data of ``image``) with its lines read in pieces replaced by their
    lone readings where those are clearly better; the number of lines replaced. ``rules``:
    the page's rules (points), a line's band never crosses a vertical one."""
    settings = settings or text_settings().line_reread
    walls = [(round((x0 + x1) / 2 * scale), round(top * scale), round(bottom * scale))
             for x0, top, x1, bottom in rules if x1 - x0 < bottom - top]
    lines = _lines(data)
    covered = np.zeros(ink.shape[1], dtype=bool)
    picks: list[tuple[Key, tuple[int, int, int, int]]] = []
    pad = round(settings.word_pad * scale)
    for key, idx in lines.items():
        if len(picks) >= settings.max_lines:
            break
        l, t, r, b = _box(data, idx)
        if (b - t) / scale > settings.max_height:
            continue
        covered[:] = False
        for k in lines:                       # every word box on these rows (other lines too)
            for i in lines[k]:
                top, bottom = data["top"][i], data["top"][i] + data["height"][i]
                if top < b and bottom > t:
                    covered[max(0, data["left"][i] - pad):data["left"][i] + data["width"][i] + pad] = True
        band = _band(ink, data, idx, covered, walls, settings)
        if band is not None:
            picks.append((key, band))
    if not picks:
        return 0
    margin = round(settings.margin * scale)
    crops, boxes = [], []
    for _, (l, t, r, b) in picks:
        box = (max(0, l - margin), max(0, t - margin), min(image.width, r + margin), min(image.height, b + margin))
        boxes.append(box)
        crops.append(image.crop(box))
    readings = ocr_reread.lone_words(crops, 0, round(settings.gap * scale), lang, settings.psm)
    replaced, done = 0, []
    for (key, (l, t, r, b)), box, words in zip(picks, boxes, readings):
        if any(l < d[2] and r > d[0] and t < d[3] and b > d[1] for d in done):
            continue        # a piece of a line already read again (its band took it in)
        # the page's words on the band: this line's and any piece read as a line of its own
        old = [i for idx in lines.values() for i in idx
               if data["top"][i] < b and data["top"][i] + data["height"][i] > t
               and data["left"][i] >= l - 1 and data["left"][i] + data["width"][i] <= r + 1
               and abs((data["top"][i] + data["height"][i] / 2) - (t + b) / 2) < (b - t)]
        old_words = [(data["text"][i].strip(), float(data["conf"][i])) for i in old if data["text"][i].strip()]
        new_words = [(w.text, w.conf) for w in words]
        if not new_words or _score(new_words, settings) < _score(old_words, settings) + settings.min_gain:
            continue
        if sum(c for _, c in new_words) / len(new_words) < settings.min_mean_conf:
            continue
        # Never a worse reading of the line's numbers (an item number, a date, a vote
        # count): every digit run the page read at ``number_conf`` is read again as such.
        if _numbers(old_words, settings.number_conf) - _numbers(new_words, 0.0):
            continue
        # Nor lines merged: the lone reading's words stay on the line's own rows (a band
        # grown over the next line's ink reads two lines, put back as one).
        _, t0, _, b0 = _box(data, lines[key])
        slack = settings.line_slack * (b0 - t0)
        if any(not t0 - slack <= box[1] + w.top + w.height / 2 <= b0 + slack for w in words):
            continue
        # Nor two lines read as one: a crop grown over the halves of the lines above and
        # below (tight lines whose ink touches at 96 dpi) is read by psm 4 as one line of
        # interleaved words ("Objet Sur le rapport : Décision de Mme modificative …").
        if settings.one_line and not _one_line(words, settings):
            continue
        for i in old:
            data["text"][i] = ""
        first = lines[key][0]
        for w in words:
            for k in data:
                data[k].append(data[k][first])
            data["text"][-1], data["conf"][-1] = w.text, w.conf
            data["left"][-1], data["top"][-1] = box[0] + w.left, box[1] + w.top
            data["width"][-1], data["height"][-1] = w.width, w.height
        done.append((l, t, r, b))
        replaced += 1
    return replaced
