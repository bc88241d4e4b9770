"""The glyphs that open a list item, in one place: text/bullets.py marks them on lines,
structure/lines.py strips those left in text, facts and diff split prose on them.

Strong glyphs are bullets wherever they stand (they never begin a word); weak ones
(dashes, "o", "*", ">") also begin ordinary words or figures ("-3 %", "où"), so a
reader takes them for bullets only as a word of their own followed by text. Symbol
fonts (Wingdings, Symbol) map their bullets to the Unicode private use area: any
private-use glyph is a strong bullet.
"""

from __future__ import annotations

import re

STRONG = frozenset("•●▪▫■□◦○◆◇►▸▶➢➤✓✔❖⁃∙·※")
DASHES = frozenset("-‐‑–—")
WEAK = DASHES | {"o", "*", ">"}
PRIVATE_USE = "\ue000-\uf8ff"          # a regex class range


def is_private(ch: str) -> bool:
    return 0xE000 <= ord(ch) <= 0xF8FF


def _class(glyphs: frozenset[str], private: bool = True) -> str:
    """A regex character-class body (no brackets) matching one of the glyphs."""
    body = "".join(re.escape(g) for g in sorted(glyphs))
    return body + (PRIVATE_USE if private else "")


# Class bodies for regular expressions: use as rf"[{STRONG_CLASS}]".
STRONG_CLASS = _class(STRONG)                  # bullets whatever follows them
LIST_MARK_CLASS = _class(STRONG | DASHES)      # what opens an item in running prose: bullets and dashes
ANY_CLASS = _class(STRONG | WEAK)              # every glyph a list item may open with
ALL_GLYPHS = STRONG | WEAK
