"""Item paths of legislative instructions: a numbered item and its lettered sub-items.

Codified texts enumerate on two levels ("1° La démolition de logements locatifs sociaux :" then "a) … ;",
"b) … ;") and name an alinéa by its path: "Au b) du 2° de l'article 6.1, les mots …", "Le c) du 3° est
abrogé", "Après le b) du 1°, il est inséré un b bis) ainsi rédigé : « … »", "Le 1° de l'article 4.1 est
complété par un d) ainsi rédigé : « … »", "Après le b), il est inséré …" (the item left unnamed). The path
is read here into one form, the item first: "2° b)", "1° b bis)", "b)" (``Edit.item``), which
diff/item_paths resolves to the alinéas of the article's text.
"""

from __future__ import annotations

import re
from ..french.numbers import LATIN_ORDINALS as _LATIN

_DEG = r"\d+\s*°(?:\s+" + _LATIN + r")?"
_LETTER = r"[a-z](?:\s+" + _LATIN + r")?\s*\)"


def item_rx(name: str) -> str:
    """A named group reading an item path: "3°", "2° bis", "b) du 2°", "b bis) du 2° ter", "b)"."""
    return (r"(?P<" + name + r">(?:" + _LETTER + r"\s+du\s+)?" + _DEG + r"|" + _LETTER + r")(?!\w)")


def sub_item_rx(name: str) -> str:
    """A named group reading a lettered sub-item's own mark: "d)", "b bis)"."""
    return r"(?P<" + name + r">" + _LETTER + r")"


def _mark(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).replace(" °", "°").replace(" )", ")")


def item_path(raw: str) -> str:
    """"b) du 2°" → "2° b)"; "2 °" → "2°"; "b bis )" → "b bis)": the item first, then the sub-item."""
    m = re.match(r"^(?P<letter>" + _LETTER + r")\s+du\s+(?P<deg>" + _DEG + r")$", raw.strip(), re.I)
    if m:
        return f"{_mark(m.group('deg'))} {_mark(m.group('letter')).lower()}"
    return _mark(raw) if "°" in raw else _mark(raw).lower()
