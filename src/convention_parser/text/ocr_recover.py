"""A second OCR pass over the ink the first one left unread.

Tesseract's page layout analysis drops what it takes for pictures or noise: a
page number alone at the foot, a small act-id stamp in a corner, an item number
alone in a table cell, a signature block under a handwritten signature. Those are
often the very fields a council document is read for. After the page is read, the
ink not covered by any word box (nor by a rule) is cut into regions by whitespace
(an XY-cut), and each region of text height is read on its own as one line or a
small block. A region read with low confidence (a signature, a seal) is dropped. A
piece too tall for a line whose rows no blank separates (a signature scribbled across
its typed "Madame le Maire," / name block) is cut at its rows dense with type, each
read as one line (``Region.struck``).
"""

from __future__ import annotations


import numpy as np
from .settings import RecoverSettings, text_settings

Box = tuple[int, int, int, int]        # x0, top, x1, bottom in pixels


class Region(tuple):
    """A region to read (x0, top, x1, bottom in pixels); ``struck``: a printed line cut out
    of a signature scribbled across it (read otherwise: see read_region)."""
    struck: bool = False

    def __new__(cls, box, struck: bool = False):
        self = super().__new__(cls, box)
        self.struck = struck
        return self


def _bands(profile: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of non-zero entries, joined across at most ``gap`` zero entries."""
    idx = np.nonzero(profile)[0]
    if len(idx) == 0:
        return []
    out = []
    start = prev = int(idx[0])
    for i in idx[1:]:
        i = int(i)
        if i - prev - 1 > gap:
            out.append((start, prev + 1))
            start = i
        prev = i
    out.append((start, prev + 1))
    return out


def _cut(ink: np.ndarray, x0: int, y0: int, max_h: int, join: float, depth: int = 0) -> list[Box]:
    """XY-cut of ``ink`` (a window at x0, y0) into regions at most ``max_h`` high."""
    out: list[Box] = []
    for t, b in _bands(ink.any(axis=1), 0):
        band = ink[t:b]
        gap = max(2, round(join * (b - t))) if b - t <= max_h else 2
        for l, r in _bands(band.any(axis=0), gap):
            piece = band[:, l:r]
            rows = np.nonzero(piece.any(axis=1))[0]
            pt, pb = int(rows[0]), int(rows[-1]) + 1
            if pb - pt <= max_h or depth >= 3:
                out.append((x0 + l, y0 + t + pt, x0 + r, y0 + t + pb))
            else:                            # a tall piece: cut again, rows first
                out += _cut(piece[pt:pb], x0 + l, y0 + t + pt, max_h, join, depth + 1)
    return out


def unread_regions(ink: np.ndarray, read: list[tuple[float, float, float, float]], scale: float,
                   settings: RecoverSettings | None = None) -> list[Box]:
    """Regions (pixels of ``ink``'s full resolution) of ink outside the ``read`` boxes
    (points): text the first pass did not return."""
    settings = settings or text_settings().recover
    step = max(1, round(scale * 72.0 / settings.work_dpi))
    h, w = ink.shape[0] // step, ink.shape[1] // step
    small = ink[:h * step, :w * step].reshape(h, step, w, step).any(axis=(1, 3))
    unit = scale / step                      # small pixels per point
    pad = settings.pad
    for x0, top, x1, bottom in read:
        small[max(0, int((top - pad) * unit)):int((bottom + pad) * unit) + 1,
              max(0, int((x0 - pad) * unit)):int((x1 + pad) * unit) + 1] = False
    regions = []
    pieces, struck_lines = [], []
    for l, t, r, b in _cut(small, 0, 0, round(settings.max_height * unit), settings.join):
        if (b - t) / unit > settings.max_height:
            # A signature scribbled over its printed block: the pen strokes join the
            # lines into one tall piece, but the lines still stand out as dense rows.
            # The cut may have split a line at a gap between two letters the pen left
            # clear: each line takes in the ink beside it, as a line's words join.
            for bt, bb in _dense_rows(small[t:b, l:r], unit, settings):
                gap = max(2, round(settings.join * (bb - bt)))
                runs = [(rl, rr) for rl, rr in _bands(small[t + bt:t + bb].any(axis=0), gap)
                        if rl < r and rr > l]
                struck_lines.append((min(l, *(g[0] for g in runs)), t + bt,
                                     max(r, *(g[1] for g in runs)), t + bb, True))
        else:
            pieces.append((l, t, r, b, False))
    # a piece the widened line took in is read with it
    pieces = [p for p in pieces if not any(_inside(p, q) for q in struck_lines)] + struck_lines
    for l, t, r, b, struck in pieces:
        height, width = (b - t) / unit, (r - l) / unit
        if not settings.min_height <= height <= settings.max_height or width < settings.min_width:
            continue
        if int(small[t:b, l:r].sum()) < settings.min_ink:
            continue
        box = (l * step, t * step, r * step, b * step)
        if _solid_share(ink[box[1]:box[3], box[0]:box[2]]) < settings.min_solid:
            continue                         # scattered specks (noise), not strokes
        regions.append(Region(box, struck))
    regions.sort(key=lambda g: (g[1], g[0]))
    return regions[:settings.max_regions]


def _inside(piece, line) -> bool:
    """The middle of ``piece`` lies within ``line`` (boxes l, t, r, b, ...)."""
    x, y = (piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2
    return line[0] <= x <= line[2] and line[1] <= y <= line[3]


def _dense_rows(ink: np.ndarray, unit: float, settings: RecoverSettings) -> list[tuple[int, int]]:
    """Printed lines inside a tall piece of ink whose rows no blank separates (a
    handwritten signature across a typed "Le Maire" / name block): runs of rows holding
    far more ink than the piece's typical row (a pen stroke crosses a row in a few
    pixels, a line of type fills it), grown by the ascenders and descenders the dense
    x-height band leaves out. (top, bottom) in rows of ``ink``."""
    profile = ink.sum(axis=1).astype(np.float32)
    if profile.max() <= 0:
        return []
    floor = max(float(np.median(profile)) * settings.dense_over_median,
                float(profile.max()) * settings.dense_share)
    out = []
    for t, b in _bands(profile >= floor, max(1, round(settings.dense_gap * unit))):
        grow = round(settings.dense_grow * (b - t))
        t, b = max(0, t - grow), min(len(profile), b + grow)
        if settings.min_height <= (b - t) / unit <= settings.max_height:
            out.append((t, b))
    return out


def _solid_share(ink: np.ndarray) -> float:
    total = int(ink.sum())
    if total == 0 or min(ink.shape) < 2:
        return 0.0
    solid = ink[:-1, :-1] & ink[1:, :-1] & ink[:-1, 1:] & ink[1:, 1:]
    return float(solid.sum()) / total


def read_region(image, box: Box, scale: float, lang: str,
                settings: RecoverSettings | None = None) -> dict[str, list]:
    """Tesseract's image_to_data dict for one region, boxes in ``image`` pixels, words
    read below ``min_conf`` dropped (their text emptied)."""
    settings = settings or text_settings().recover
    if getattr(box, "struck", False):
        return _read_struck(image, box, scale, lang, settings)
    import pytesseract
    from PIL import Image

    m = round(settings.margin * scale)
    l, t, r, b = box
    l, t = max(0, l - m), max(0, t - m)
    r, b = min(image.width, r + m), min(image.height, b + m)
    crop = _binarized(image.crop((l, t, r, b)))
    factor = 2 if (box[3] - box[1]) / scale < settings.enlarge_below else 1
    if factor > 1:
        crop = crop.resize((crop.width * factor, crop.height * factor), Image.LANCZOS)
    # A uniform block (psm 6) even for one line: psm 7 ("one line") reads two lines
    # as garbage, and the height alone does not tell one line from two small ones. A
    # short region read as nothing is tried as one word ("- 3 -", "117").
    short = (box[2] - box[0]) < settings.word_width * (box[3] - box[1])
    for psm in (6, 8) if short else (6,):
        data = pytesseract.image_to_data(crop, lang=lang, config=f"--psm {psm}",
                                         output_type=pytesseract.Output.DICT)
        if any(_kept(t, c, settings) for t, c in zip(data["text"], data["conf"])):
            break
    for i, text in enumerate(data["text"]):
        if not _kept(text, data["conf"][i], settings):
            data["text"][i] = ""
        data["left"][i] = round(l + data["left"][i] / factor)
        data["top"][i] = round(t + data["top"][i] / factor)
        data["width"][i] = round(data["width"][i] / factor)
        data["height"][i] = round(data["height"][i] / factor)
    return data


def _read_struck(image, box: Box, scale: float, lang: str, settings: RecoverSettings) -> dict[str, list]:
    """A printed line a pen stroke crosses, read as one line in grey (a threshold
    blackens the thin, lighter stroke as much as the type) with a few margins of paper
    above and below: which of the stroke's ends the crop takes in sways Tesseract's
    reading of the whole line ("Madamé Le Maires" / "Madagmf Le Maire"), so the reading
    whose words it keeps carry the most confidence wins."""
    import pytesseract

    best, best_score = None, -1.0
    for margin in settings.struck_margins:
        l, t = max(0, box[0] - round(settings.margin * scale)), max(0, box[1] - round(margin * scale))
        r = min(image.width, box[2] + round(settings.margin * scale))
        b = min(image.height, box[3] + round(margin * scale))
        data = pytesseract.image_to_data(image.crop((l, t, r, b)), lang=lang, config="--psm 7",
                                         output_type=pytesseract.Output.DICT)
        score = sum(float(c) for w, c in zip(data["text"], data["conf"]) if _kept(w, c, settings))
        for k in ("left", "top"):
            data[k] = [v + (l if k == "left" else t) for v in data[k]]
        if score > best_score:
            best, best_score = data, score
    for i, text in enumerate(best["text"]):
        if not _kept(text, best["conf"][i], settings):
            best["text"][i] = ""
    return best


def _kept(text: str, conf, settings: RecoverSettings) -> bool:
    return float(conf) >= settings.min_conf and any(ch.isalnum() for ch in text or "")


def _binarized(crop):
    """The crop in black and white at the midpoint of its own paper and ink levels: on a
    small crop, mostly paper, Tesseract's global threshold lets the noise through."""
    from PIL import Image
    pixels = np.asarray(crop, dtype=np.float32)
    paper, ink = np.percentile(pixels, 90), np.percentile(pixels, 2)
    return Image.fromarray(np.where(pixels > (paper + ink) / 2, 255, 0).astype(np.uint8))
