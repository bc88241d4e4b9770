"""A second look at the lines where the page pass read a word with low confidence.

On a whole page Tesseract picks one scale and one threshold for every line; small
type (initials in small capitals "J.T.", a name in a 7 pt list) or a word darkened by
noise comes out with a dot lost or a letter swapped, and a low confidence. Read again
on its own, enlarged to a comfortable height, the same line is usually read right
(whole lines, not lone words: Tesseract reads a word better in its line). The lines
holding a doubtful word are cut out, each enlarged, stacked one under the other into
one image and read in a single Tesseract call (one call per page, not per line: the
cost stays flat). A doubtful word takes the new reading of the ink under its box only
when Tesseract is clearly surer of it; its box does not change.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import Word


@dataclass(frozen=True)
class RereadSettings:
    max_conf: float = 80.0        # words read below this confidence are read again
    min_conf: float = 20.0        # ...but not below this (a speck, a signature stroke)
    min_gain: float = 10.0        # the new reading replaces the old when this much surer
    accept: float = 70.0          # and at least this sure
    target_height: float = 56.0   # pixels: a line's box is enlarged to about this height
    max_factor: float = 3.0
    pad: float = 0.2              # of the line's height, paper kept around its crop
    gap: float = 0.6              # of the tallest crop, paper between stacked lines
    max_lines: int = 40           # per page (the least confident first): a bound on the cost


SETTINGS = RereadSettings()


def _doubtful(w: Word, settings: RereadSettings) -> bool:
    return settings.min_conf <= w.conf < settings.max_conf and any(ch.isalnum() for ch in w.text)


def doubtful_rows(rows: list[list[Word]], settings: RereadSettings = SETTINGS) -> list[list[Word]]:
    """Rows holding a doubtful word, the least confident first, at most ``max_lines``."""
    picked = [r for r in rows if any(_doubtful(w, settings) for w in r)]
    picked.sort(key=lambda r: min(w.conf for w in r))
    return picked[:settings.max_lines]


def _crop(pixels: np.ndarray, row: list[Word], scale: float,
          settings: RereadSettings) -> tuple[np.ndarray, float, float]:
    """(the row's ink with the paper brought to white, enlarged; its left edge in page
    pixels; the enlargement)."""
    from PIL import Image
    top, bottom = min(w.top for w in row) * scale, max(w.bottom for w in row) * scale
    left, right = min(w.x0 for w in row) * scale, max(w.x1 for w in row) * scale
    h = bottom - top
    pad = max(2, round(settings.pad * h))
    y0, y1 = max(0, round(top) - pad), min(pixels.shape[0], round(bottom) + pad)
    x0, x1 = max(0, round(left) - pad), min(pixels.shape[1], round(right) + pad)
    crop = pixels[y0:y1, x0:x1]
    if crop.size == 0:
        return crop, x0, 1.0
    paper = max(float(np.percentile(crop, 90)), 1.0)
    crop = np.clip(crop * (255.0 / paper), 0, 255).astype(np.uint8)
    factor = min(settings.max_factor, max(1.0, settings.target_height / max(h, 1.0)))
    if factor > 1.05:
        image = Image.fromarray(crop)
        crop = np.asarray(image.resize((round(image.width * factor), round(image.height * factor)),
                                       Image.LANCZOS))
    else:
        factor = 1.0
    return crop, x0, factor


def reread(pixels: np.ndarray, rows: list[list[Word]], scale: float, lang: str,
           settings: RereadSettings = SETTINGS) -> list[Word]:
    """Read the rows of ``rows`` holding a doubtful word again (``pixels``: the page image
    OCR read, ``scale`` pixels per point); words change in place. Returns the changed."""
    import pytesseract
    from PIL import Image

    crops = [(r, *_crop(pixels, r, scale, settings)) for r in doubtful_rows(rows, settings)]
    crops = [c for c in crops if c[1].size]
    if not crops:
        return []
    gap = round(settings.gap * max(c.shape[0] for _, c, _, _ in crops))
    width = max(c.shape[1] for _, c, _, _ in crops) + 2 * gap
    height = sum(c.shape[0] for _, c, _, _ in crops) + gap * (len(crops) + 1)
    sheet = np.full((height, width), 255, dtype=np.uint8)
    slots = []                                    # (top, bottom) of each row on the sheet
    y = gap
    for _, c, _, _ in crops:
        sheet[y:y + c.shape[0], gap:gap + c.shape[1]] = c
        slots.append((y, y + c.shape[0]))
        y += c.shape[0] + gap
    # psm 4: one column of lines of varying sizes (psm 6 assumes one size).
    data = pytesseract.image_to_data(Image.fromarray(sheet), lang=lang, config="--psm 4",
                                     output_type=pytesseract.Output.DICT)
    read: dict[int, list[tuple[float, str, float]]] = {}     # slot: (x centre in points, text, conf)
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        mid = data["top"][i] + data["height"][i] / 2
        for k, (t, b) in enumerate(slots):
            if t <= mid < b:
                _, _, x0, factor = crops[k]
                centre = (x0 + (data["left"][i] + data["width"][i] / 2 - gap) / factor) / scale
                read.setdefault(k, []).append((centre, text, float(data["conf"][i])))
                break
    changed = []
    for k, (row, _, _, _) in enumerate(crops):
        for word in row:
            if not _doubtful(word, settings):
                continue
            parts = sorted(p for p in read.get(k, []) if word.x0 <= p[0] <= word.x1)
            if not parts:
                continue
            text = "".join(p[1] for p in parts)       # a word split in two is still one box
            conf = min(p[2] for p in parts)
            if text != word.text and conf >= settings.accept and conf >= word.conf + settings.min_gain:
                word.text, word.conf = text, conf
                changed.append(word)
    return changed
