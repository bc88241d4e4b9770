"""Which cell of a line a difference moves when the sentence names no column.

"Le nombre de logements de la ligne « Démolition de logements locatifs sociaux » est diminué de 169": the
line is named, the column is not; the difference ("-169 logements", structure/edit_delta) counts a kind of
thing, and the line prints one figure of that kind ("286 logements"). :func:`counted_cell` finds it: the
cells past the label holding a figure, those printing the difference's unit word when it has one; one
cell, or none when the line leaves a doubt (two figures of the kind).
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import fold


def _unit(delta: str) -> Optional[str]:
    """The unit word of a difference ("-169 logements" → "logement"), None for a bare figure or euros."""
    m = re.search(r"[a-zA-Zéèêàûç]{3,}", delta or "")
    if not m or fold(m.group(0)) in ("eur", "euro", "euros"):
        return None
    return fold(m.group(0)).rstrip("s")


def counted_cell(row: list[str], delta: str, header: Optional[list[str]] = None) -> list[int]:
    """[the index of the one cell of ``row`` the difference moves], or [] when none or several could be.
    ``header``: the table's last header row; a column headed by the unit ("Logements") holds bare counts."""
    figures = [j for j in range(1, len(row)) if re.search(r"\d", row[j] or "")]
    unit = _unit(delta)
    if unit is not None:
        printed = [j for j in figures if unit in fold(row[j] or "")]
        headed = [j for j in figures if header and j < len(header) and unit in fold(header[j] or "")]
        figures = printed or headed
    return figures if len(figures) == 1 else []
