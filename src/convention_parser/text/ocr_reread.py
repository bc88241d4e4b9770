"""Doubtful words read again, each on its own.

At 75-100 dpi a word's letters are a few pixels wide, and Tesseract's line model leans
on the words around it: in a list of names it reads "Amaud" for "Arnaud" (confidence
67) where the same pixels, cut out and read alone, give "Arnaud" (95). One wrong
letter in a present list costs every deliberation of a minutes. The words the page
read below ``below_conf`` are cut out (their own ink box only, on paper: a neighbour's
ink would be read with them), stacked on one sheet a line apart and read in a single
Tesseract call; a lone reading replaces the page's when it is a single word, close in
length, and read with clearly more confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import tesseract_io


@dataclass(frozen=True)
class RereadSettings:
    below_conf: float = 80.0   # words read under this confidence are read again
    # The lone reading wins when its confidence is this much higher: a few points are
    # the noise between two readings of the same pixels.
    min_gain: float = 10.0
    min_conf: float = 80.0     # ... and at least this confident
    max_len_change: int = 2    # characters: a longer change is another word (a crop gone wrong)
    max_words: int = 120       # words read again per page: a bound on the cost
    gap: float = 10.0          # points of paper between two words on the sheet
    pad: float = 3.0           # points of paper around a word
    # Points of the page kept around a word's ink box: the box is drawn around the
    # binarized strokes, and a blurred scan's grey edge beyond it is part of the letter
    # (cut at the box, "Michael" reads "Michsel"); less than a word space.
    bleed: float = 1.0


SETTINGS = RereadSettings()


def _doubtful(data: dict, settings: RereadSettings) -> list[int]:
    out = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if 0 <= conf < settings.below_conf and sum(ch.isalpha() for ch in text) >= 2:
            out.append(i)
    out.sort(key=lambda i: float(data["conf"][i]))
    return out[:settings.max_words]


def reread(image, data: dict, scale: float, lang: str, psm: int = 6,
           settings: RereadSettings = SETTINGS) -> int:
    """``data`` (image_to_data of ``image``) with its doubtful words replaced by their
    lone readings where those are clearly better; the number of words replaced."""
    import numpy as np
    from PIL import Image

    picks = _doubtful(data, settings)
    if not picks:
        return 0
    paper = int(np.percentile(np.asarray(image)[::4, ::4], 90))
    pad, gap, bleed = (round(v * scale) for v in (settings.pad, settings.gap, settings.bleed))
    crops = []
    for i in picks:
        l, t, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        crops.append(image.crop((max(0, l - bleed), max(0, t - bleed), l + w + bleed, t + h + bleed)))
    width = max(c.width for c in crops) + 2 * (pad + gap)
    height = sum(c.height + 2 * pad + gap for c in crops) + gap
    sheet = Image.new("L", (width, height), paper)
    spans, y = [], gap
    for c in crops:
        sheet.paste(c, (gap + pad, y + pad))
        spans.append((y, y + c.height + 2 * pad))
        y += c.height + 2 * pad + gap
    read = tesseract_io.image_to_data(sheet, lang, psm)
    sheet.close()
    found: list[list[tuple[str, float]]] = [[] for _ in picks]
    for j, text in enumerate(read["text"]):
        text = (text or "").strip()
        if not text or float(read["conf"][j]) < 0:
            continue
        middle = read["top"][j] + read["height"][j] / 2
        for k, (a, b) in enumerate(spans):
            if a <= middle <= b:
                found[k].append((text, float(read["conf"][j])))
                break
    replaced = 0
    for i, words in zip(picks, found):
        if len(words) != 1:
            continue                           # split or lost: the page's reading stays
        text, conf = words[0]
        old, old_conf = data["text"][i].strip(), float(data["conf"][i])
        if text == old or conf < settings.min_conf or conf < old_conf + settings.min_gain:
            continue
        if abs(len(text) - len(old)) > settings.max_len_change:
            continue
        data["text"][i], data["conf"][i] = text, conf
        replaced += 1
    return replaced
