"""Minutes whose deliberations carry no number, only a title: labelled ("Objet : …") or set
apart (in bold, in capitals).

items.py looks for a numbering first; when there is none, each run of deciding rows closes an
item, which opens at the title closest above it since the previous decision. Every title must
be set the same way, and there must be a few: two bold subheadings inside one decision
("EXPOSÉ", "DÉCISION") are no minutes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from .lines import BodyStats, in_capitals
from .settings import structure_settings

if TYPE_CHECKING:                      # items.py imports this module
    from .items import Row

_OBJET = re.compile(r"^objet\s*:\s*\S", re.IGNORECASE)


def title_style(row: "Row", stats: BodyStats) -> Optional[str]:
    """"objet", "bold" or "caps" when the row opens a title: labelled ("Objet : …"), or set
    apart, all bold in a text mostly not bold or in capitals; a short line that introduces
    nothing (no "DÉCIDE :")."""
    text = row.text
    if _OBJET.match(text):
        return "objet"
    if len(text) > structure_settings().title_max_chars or text.rstrip().endswith(":"):
        return None
    if in_capitals(text):
        return "caps"
    if stats.bold_share < structure_settings().bold_share_max and all(w.bold for w in row.words):
        return "bold"
    return None


def titled_items(rows: list["Row"], decided_at: list[bool], stats: BodyStats,
                 min_items: int) -> list[tuple[int, str]]:
    """(first row, title style) of each item, or none. Cost: each row is looked at once."""
    out: list[tuple[int, str]] = []
    floor = 0                          # the first row after the previous decision
    for r, d in enumerate(decided_at):
        if not d or (r and decided_at[r - 1]):
            continue
        found = next(((t, style) for t in range(r - 1, floor - 1, -1)
                      for style in [title_style(rows[t], stats)] if style), None)
        if found is not None:
            t, style = found
            # a title wrapped over rows set the same way opens at its first row
            while t - 1 >= floor and title_style(rows[t - 1], stats) == style \
                    and rows[t - 1].page == rows[t].page \
                    and rows[t].top - rows[t - 1].top < structure_settings().wrap_step * rows[t].height:
                t -= 1
            out.append((t, style))
        floor = r + 1
        while floor < len(rows) and decided_at[floor]:
            floor += 1
    if len(out) < min_items or len({style for _, style in out}) != 1:
        return []
    return out
