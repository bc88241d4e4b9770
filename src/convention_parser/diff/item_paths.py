"""An item path ("3°", "2° bis", "2° b)", "b bis)") found among an article's alinéas.

Codified texts enumerate on two levels: an alinéa opening on an item's mark ("2° La requalification … :")
heads the alinéas after it that open on a lettered sub-item's mark ("a) … ;", "b bis) … ;"). An instruction
names an alinéa by its path (structure/sub_items: the item first, "2° b)"), or the item alone, whose span is
its own alinéa and its sub-items': "Après le 2°, il est inséré un 2° bis" goes after the 2°'s sub-items, "Le 1°
… est complété par un d)" after its last sub-item, "Le 3° est abrogé" takes its sub-items with it.
"""

from __future__ import annotations

import re
from typing import Optional
from ..french.numbers import LATIN_ORDINALS as _LATIN

_ANY_DEG = re.compile(r"^\s*\d+\s*°")
_ANY_LETTER = re.compile(r"^\s*[a-z](?:\s+" + _LATIN + r")?\s*\)\s")
_PATH = re.compile(r"^(?P<deg>\d+°(?: " + _LATIN + r")?)?\s*(?P<letter>[a-z](?: " + _LATIN + r")?\))?$")


def _deg_rx(mark: str) -> re.Pattern:
    base, _, latin = mark.partition(" ")
    return re.compile(r"^\s*" + re.escape(base.rstrip("°")) + r"\s*°" + (r"\s*" + re.escape(latin) + r"\b" if latin
                                                                         else r"(?!\s*" + _LATIN + r"\b)"))


def _letter_rx(mark: str) -> re.Pattern:
    base, _, latin = mark.rstrip(")").partition(" ")
    return re.compile(r"^\s*" + re.escape(base) + (r"\s+" + re.escape(latin) if latin else "") + r"\s*\)\s")


def _opens(lines: list[str], g: list[int], rx: re.Pattern) -> bool:
    return bool(g) and bool(rx.match(lines[g[0]]))


def _sub_end(lines: list[str], groups: list[list[int]], k: int) -> int:
    """The last group of the item opening group ``k``: its lettered sub-items after it."""
    end = k
    while end + 1 < len(groups) and _opens(lines, groups[end + 1], _ANY_LETTER):
        end += 1
    return end


def item_span(lines: list[str], groups: list[list[int]], path: str) -> Optional[tuple[int, int]]:
    """(first, last) indexes in ``groups`` of the item or sub-item ``path`` names; None when none opens on it.
    An item's span holds its sub-items; a sub-item's is its own alinéa. A sub-item named without its item is
    the first alinéa opening on that mark."""
    m = _PATH.match(path.strip())
    if m is None or not (m.group("deg") or m.group("letter")):
        return None
    deg, letter = m.group("deg"), m.group("letter")
    lo, hi = 0, len(groups) - 1
    if deg:
        rx = _deg_rx(deg)
        k = next((k for k, g in enumerate(groups) if _opens(lines, g, rx)), None)
        if k is None:
            return None
        if not letter:
            return k, _sub_end(lines, groups, k)
        lo, hi = k + 1, _sub_end(lines, groups, k)
    rx = _letter_rx(letter)
    k = next((k for k in range(lo, hi + 1) if _opens(lines, groups[k], rx)), None)
    return None if k is None else (k, k)


def item_mark(path: str) -> str:
    """The mark the alinéa of ``path`` prints: its last part ("2° b)" → "b)")."""
    m = _PATH.match(path.strip())
    return (m.group("letter") or m.group("deg")) if m else path


def opens_on_mark(text: str) -> bool:
    """Does ``text`` open on an item's or a sub-item's mark?"""
    return bool(_ANY_DEG.match(text or "") or _ANY_LETTER.match(text or ""))
