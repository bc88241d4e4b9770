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
from typing import Optional

from .model import Paragraph
from .settings import structure_settings

# a lettered or numbered lead ("B.", "2)", "II –") then words; never a sentence's punctuation at the end
_SHAPE = re.compile(r"^(?:(?:[A-H]|[IVX]+|\d{1,2})\s*[.)–-]\s*)?[A-ZÉÈÀÂÊÎÔÛÇ][^«»\"“”:;!?]*[^\W\d_)]$")
# a heading of the convention's numbering ("Article 9.2 – …", "Titre II"): never a theme
_NUMBERED = re.compile(r"^(?:article|titre|chapitre|annexe)\s+[\dIVXA-Z]|\barticles?\s+\d", re.I)
# two or more words in capitals (a lettered or numbered lead allowed), then a sentence opening on a capital and a
# lower-case letter
_CAPS_LEAD = re.compile(r"^(?P<head>(?:(?:[A-H]|[IVX]+|\d{1,2})\s*[.)–-]\s*)?[A-ZÉÈÀÂÊÎÔÛÇ'’]{2,}(?:[\s\u00a0]+(?:[A-ZÉÈÀÂÊÎÔÛÇ'’]+|[–-]))+)"
                        r"\s+(?P<rest>[A-ZÉÈÀÂÊÎÔÛÇ][a-zéèàâêîôûç'’]\S*)")
_FIGURE = re.compile(r"\d[\d\s\u00a0\u202f.]*(?:,\d+)?\s*(?:€|euros|logements)")


def _set_apart(text: str, p: Paragraph) -> bool:
    """``text`` in capitals, or its words printed bold (the paragraph's first words: a piece cut from a longer
    paragraph keeps that paragraph's lines)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= structure_settings().caps_share * len(letters):
        return True
    n = len(text.split())
    words = [w for line in p.lines for w in line.words][:n]
    return len(words) == n and all(w.bold for w in words)


def theme_heading(p: Paragraph) -> bool:
    """True when ``p`` is a heading sorting instructions by theme (see the module's docstring)."""
    text = " ".join(p.text.split())
    if not p.lines or len(text.split()) > structure_settings().instruction_theme_words:
        return False
    if not _SHAPE.match(text) or _FIGURE.search(text) or _NUMBERED.search(text):
        return False
    return _set_apart(text, p)


def theme_lead(text: str) -> Optional[int]:
    """Where the sentence starts after a theme heading in capitals the layout ran into it ("MODIFICATIONS
    RELATIVES AU PLAN DE FINANCEMENT Le deuxième alinéa de l'article 9 est ainsi rédigé : …"); None when
    the text opens on no such heading."""
    m = _CAPS_LEAD.match(text)
    if not m or len(m.group("head").split()) > structure_settings().instruction_theme_words:
        return None
    if sum(c.isalpha() for c in m.group("head")) < structure_settings().instruction_theme_letters:
        return None
    return m.start("rest")
