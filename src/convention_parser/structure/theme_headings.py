"""Headings grouping an avenant's instructions by theme, numbered as no article.

"Dispositions financières", "B. Modifications relatives au programme urbain", "Annexes": a later
avenant often sorts its instructions under such headings inside one article. The layout sets them
apart (bold, or capitals) but numbers them as nothing the convention's numbering knows, so they are
no section; read as a paragraph, such a heading would run into the new wording of the instruction
before it ("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :" + its text +
"Dispositions relatives aux annexes"). :func:`theme_heading` tells one: a short line set apart,
ending on no punctuation, quoting nothing, stating no figure."""

from __future__ import annotations

import re

from .model import Paragraph
from .settings import structure_settings

# a lettered or numbered lead ("B.", "2)", "II –") then words; never a sentence's punctuation at the end
_SHAPE = re.compile(r"^(?:(?:[A-H]|[IVX]+|\d{1,2})\s*[.)–-]\s*)?[A-ZÉÈÀÂÊÎÔÛÇ][^«»\"“”:;!?]*[^\W\d_)]$")
_FIGURE = re.compile(r"\d[\d\s\u00a0\u202f.]*(?:,\d+)?\s*(?:€|euros|logements)")


def theme_heading(p: Paragraph) -> bool:
    """True when ``p`` is a heading sorting instructions by theme (see the module's docstring)."""
    text = " ".join(p.text.split())
    if not p.lines or len(p.lines) > 2 or len(text.split()) > structure_settings().instruction_theme_words:
        return False
    if not _SHAPE.match(text) or _FIGURE.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) >= structure_settings().caps_share * len(letters)
    return caps or all(line.bold for line in p.lines)
