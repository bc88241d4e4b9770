"""Rules read from a scan's ink that are the strokes of words OCR then read there.

At 72-120 dpi a line of bold type is a blot at the light threshold rules are looked for
in (scan_image.image_rules): the top rows of its x-height, or its capitals' bars, are
long straight runs of ink, and a "rule" a word long is found inside it. Left among the
page's rules they make a framed box a ruled table (an ACTES receipt stamp framed in the
margin beside the body, its first line bold: a "rule" inside the frame, so the frame is
no box, and Tesseract's rows run the stamp's lines into the body's: dev low-dpi scan
4716, its item number and subject lost). Once the page is read, such a rule lies inside
the words over it, above their foot: a word's underline lies at its foot or under it, a
rule of a table or frame runs past its words, over the gaps between them.
"""

from __future__ import annotations

from .model import Word
from .settings import OcrRuleSettings, text_settings

Rule = tuple[float, float, float, float]


def word_strokes(rules: list[Rule], rows: list[list[Word]],
                 settings: OcrRuleSettings | None = None) -> list[Rule]:
    """``rules`` without the horizontal ones that are strokes of the words read over them:
    each lies in the upper ``upper`` of the words' boxes it crosses, and those words cover
    ``cover`` of its length."""
    settings = settings or text_settings().ocr_rules
    if settings.cover > 1.0:
        return rules
    words = [w for row in rows for w in row if w.bottom - w.top > 0]
    out = []
    for rule in rules:
        x0, top, x1, bottom = rule
        if x1 - x0 < bottom - top:
            out.append(rule)                         # vertical: a stroke stands no taller than its word
            continue
        y = (top + bottom) / 2
        spans = sorted((max(x0, w.x0), min(x1, w.x1)) for w in words
                       if w.x1 > x0 and w.x0 < x1 and w.top <= y <= w.top + settings.upper * (w.bottom - w.top))
        covered, reach = 0.0, x0
        for a, b in spans:
            if b > reach:
                covered += b - max(a, reach)
                reach = b
        if covered < settings.cover * (x1 - x0):
            out.append(rule)
    return out
