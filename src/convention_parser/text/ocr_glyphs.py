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


# Zeros read as the letter O. A vote's "Contre : 0 - Abstention : 0" typed in a sans face
# is read "Contre : O - Abstention : O" at 100-150 dpi (the zero's oval is the O's), and
# the count is lost (dev signed scans 4708, 4707: against and abstention None). A word of
# digits holding an O is a number ("1O" -> "10"); an O standing alone is a zero where a
# count stands: after a label's colon, or before the counted noun ("O voix contre").
_COUNTED = ("voix", "abstention", "abstentions", "contre", "pour", "vote", "votes", "votant", "votants")


def zeros(texts: list[str]) -> list[str]:
    """One OCR row's words (texts, left to right) with the zeros read as O set right."""
    out = list(texts)
    for k, text in enumerate(texts):
        core = text.rstrip(".,;")
        if not core or set(core) - set("0123456789Oo"):
            continue
        if any(ch.isdigit() for ch in core):
            if any(ch in "Oo" for ch in core):
                out[k] = core.replace("O", "0").replace("o", "0") + text[len(core):]
            continue
        if core not in ("O", "o"):
            continue
        before = texts[k - 1] if k else ""
        after = texts[k + 1].lower().strip(".,;:") if k + 1 < len(texts) else ""
        if before.endswith(":") or after in _COUNTED:
            out[k] = "0" + text[len(core):]
    return out
