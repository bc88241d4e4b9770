"""Bullets: a leading glyph turned into Line.list_item / Line.bullet.

Symbol fonts (Wingdings, Symbol) map their bullets to the Unicode private use
area, so any private-use glyph opening a line is a bullet. Letters and dashes
("o", "-") count only as a word of their own followed by text, since they
also begin ordinary words ("-3 %", "où"); a glyph a gutter away from the next word (a table's "–" of an empty cell) is none.
"""

from __future__ import annotations

from ..french.bullets import STRONG, WEAK, is_private as _private
from .model import Line
from .settings import text_settings


def mark_bullet(line: Line) -> None:
    if not line.words:
        return
    first = line.words[0]
    glyph = first.text[:1]
    if not glyph:
        return
    strong = glyph in STRONG or _private(glyph)
    if len(first.text) == 1 and len(line.words) > 1 and (strong or glyph in WEAK):
        size = first.size or (first.bottom - first.top)
        if line.words[1].x0 - first.x1 > text_settings().bullets.max_gap_em * size:
            return      # a glyph a gutter away from the text: a cell of its own ("–" of an empty cell)
        line.words = line.words[1:]
        line.bullet_word = first
    elif strong and len(first.text) > 1 and first.text[1].isalnum():
        # Glyph glued to the text ("•Le"): a strong bullet never starts a word.
        first.text = first.text[1:]
    else:
        return
    line.list_item, line.bullet = True, glyph
