"""Narrow spaces a typesetter placed but drew no glyph for: "14 704 600 €" with U+202F.

Chromium (Skia) prints a narrow no-break space as an advance with a space glyph that pdfium
drops from the text page: the number's glyphs come back as one run "14704600€" with a gap of
a quarter of a digit between the groups, narrower than any word space of the row, so the
row's word break keeps them together ("24.398.300euros" in prose). Inside a number set in
advance boxes the digits touch (lining figures have no side bearings in those boxes); a gap
of a fraction of a digit after a digit is a space: the word is cut there, as a drawn space
would cut it."""

from __future__ import annotations

from .chars import Char
from .settings import WordBreakSettings


def _gap(a: Char, b: Char) -> float:
    return b.x0 - a.x1


def split_thin_spaces(chars: list[Char], settings: WordBreakSettings) -> list[list[Char]]:
    """``chars`` (one word's glyphs, by x) cut after each digit followed by a gap of at least
    ``thin_space_share`` of that digit's advance, where the word's other digit pairs touch
    (within ``thin_tight_share``: boxes are advances, not ink, so a gap means a space)."""
    if len(chars) < 3:
        return [chars]
    cuts, touching = [], []
    for i in range(1, len(chars)):
        a, b = chars[i - 1], chars[i]
        if not a.text.isdigit():
            continue
        width = a.x1 - a.x0
        if width <= 0:
            return [chars]
        g = _gap(a, b)
        if g >= settings.thin_space_share * width and (b.text.isalnum() or b.text in "€$£%"):
            cuts.append(i)
        elif b.text.isdigit():
            touching.append(abs(g) / width)
    if not cuts or not touching or max(touching) > settings.thin_tight_share:
        return [chars]
    out, start = [], 0
    for i in cuts:
        out.append(chars[start:i])
        start = i
    out.append(chars[start:])
    return out


__all__ = ["split_thin_spaces"]
