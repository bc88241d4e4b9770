"""Glyphs Tesseract confuses on a scan, set right from the word's own text.

Braces for parentheses. At 72-150 dpi a parenthesis' curve is a few pixels, and
Tesseract reads "(" as "{" and ")" as "}", or one parenthesis as both ("})"): the
gendered labels of attendance lists come out "Excusé(e}s :", "Absent{e})s :", and
the label is no label any more, so the whole list is lost (every deliberation of a
minutes). French council prose prints no braces; inside a word that holds letters a
brace is a parenthesis, and a brace beside the parenthesis it doubles is one glyph
read twice. A word of braces and bars alone is left as it is (a table's rule read as
glyphs: ocr._rows drops it).
"""

from __future__ import annotations

import re

_DOUBLED = re.compile(r"\}\)|\)\}|\{\(|\(\{")   # one parenthesis read as two glyphs
_OPEN, _CLOSE = "{", "}"


def parentheses(text: str) -> str:
    """``text`` (one OCR word) with its braces read as the parentheses they are, when it
    holds a letter: "Excusé(e}s" -> "Excusé(e)s", "Absent{e})s" -> "Absent(e)s"."""
    if not (_OPEN in text or _CLOSE in text) or not any(ch.isalpha() for ch in text):
        return text
    text = _DOUBLED.sub(lambda m: "(" if "(" in m.group() else ")", text) if "(" in text or ")" in text else text
    return text.replace(_OPEN, "(").replace(_CLOSE, ")")
