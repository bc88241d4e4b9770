"""Doubtful words read again, each on its own.

At 75-100 dpi a word's letters are a few pixels wide, and Tesseract's line model leans
on the words around it: in a list of names it reads "Amaud" for "Arnaud" (confidence
67) where the same pixels, cut out and read alone, give "Arnaud" (95). One wrong
letter in a present list costs every deliberation of a minutes. The words the page
read below ``below_conf`` are cut out (their own ink box only, on paper: a neighbour's
ink would be read with them), stacked on one sheet a line apart and read in a single
Tesseract call; a lone reading replaces the page's when it is a single word, close in
length, and read with clearly more confidence. A lone reading is no oracle: at 72 dpi
it can be confident and wrong, hence the high bar (``RereadSettings``).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import tesseract_io
from .settings import RereadSettings, text_settings


def _doubtful(data: dict, settings: RereadSettings) -> list[int]:
    out = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if 0 <= conf < settings.below_conf and sum(ch.isalpha() for ch in text) >= 2:
            out.append(i)
    out.sort(key=lambda i: float(data["conf"][i]))
    return out[:settings.max_words]


def _stretched(crop):
    """The crop's grey levels stretched from its own ink (black) to its own paper (white):
    the sheet's words then share one contrast, and Tesseract's threshold over the sheet
    no longer depends on which other words were put on it."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(crop, dtype=np.float32)
    ink, paper = np.percentile(pixels, 2), np.percentile(pixels, 90)
    if paper - ink < 1:
        return crop
    return Image.fromarray(np.clip((pixels - ink) * 255.0 / (paper - ink), 0, 255).astype(np.uint8))


def _sheet(crops: list, pad: int, gap: int):
    """The crops stacked on one page of paper: (sheet, the vertical span of each crop)."""
    from PIL import Image

    width = max(c.width for c in crops) + 2 * (pad + gap)
    height = sum(c.height + 2 * pad + gap for c in crops) + gap
    sheet = Image.new("L", (width, height), 255)
    spans, y = [], gap
    for c in crops:
        sheet.paste(_stretched(c), (gap + pad, y + pad))
        spans.append((y, y + c.height + 2 * pad))
        y += c.height + 2 * pad + gap
    return sheet, spans


@dataclass
class LoneWord:
    text: str
    conf: float
    left: int          # pixels, from the crop's top left corner
    top: int
    width: int
    height: int


def lone_words(crops: list, pad: int, gap: int, lang: str, psm: int) -> list[list[LoneWord]]:
    """Each crop's words, boxes in the crop's pixels, all crops read in one Tesseract call."""
    sheet, spans = _sheet(crops, pad, gap)
    read = tesseract_io.image_to_data(sheet, lang, psm)
    sheet.close()
    found: list[list[LoneWord]] = [[] for _ in crops]
    for j, text in enumerate(read["text"]):
        text = (text or "").strip()
        if not text or float(read["conf"][j]) < 0:
            continue
        middle = read["top"][j] + read["height"][j] / 2
        for k, (a, b) in enumerate(spans):
            if a <= middle <= b:
                found[k].append(LoneWord(text, float(read["conf"][j]), read["left"][j] - gap - pad,
                                         read["top"][j] - a - pad, read["width"][j], read["height"][j]))
                break
    return found


def _lone_readings(crops: list, pad: int, gap: int, lang: str,
                   psm: int) -> list[list[tuple[str, float]]]:
    """Each crop's words (text, confidence), all crops read in one Tesseract call."""
    return [[(w.text, w.conf) for w in words] for words in lone_words(crops, pad, gap, lang, psm)]


def reread(image, data: dict, scale: float, lang: str, psm: int = 6,
           settings: RereadSettings | None = None) -> int:
    """``data`` (image_to_data of ``image``) with its doubtful words replaced by their
    lone readings where those are clearly better; the number of words replaced."""
    settings = settings or text_settings().reread
    picks = _doubtful(data, settings)
    if not picks:
        return 0
    pad, gap, bleed = (round(v * scale) for v in (settings.pad, settings.gap, settings.bleed))
    crops = []
    for i in picks:
        l, t, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        crops.append(image.crop((max(0, l - bleed), max(0, t - bleed), l + w + bleed, t + h + bleed)))
    replaced = 0
    for i, words in zip(picks, _lone_readings(crops, pad, gap, lang, psm)):
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
