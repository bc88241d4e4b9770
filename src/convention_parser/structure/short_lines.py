"""Short lines: where a paragraph set with no spacing ends (the room left at a line's end).

Read by tree.py (paragraph breaks) and headings.py (a heading after a paragraph's last line)."""

from __future__ import annotations

import re

from .lines import BodyLine
from .settings import ShortLineSettings, structure_settings

_CLAUSE_END = re.compile(r"[.,:;!?»)]\d{0,2}\s*$|\w\d{1,2}[.,;:]\s*$")


def right_edges(lines: list[BodyLine], cfg: ShortLineSettings | None = None) -> dict[int, float]:
    """The right edge of the column each body line is set in: the furthest right a
    neighbouring line of the same page and column reaches (justified or ragged text
    fills it on every line but a paragraph's last). Linear: a fixed window."""
    cfg = cfg or structure_settings().short_lines
    body = [bl for bl in lines if bl.line.table_id is None]
    out: dict[int, float] = {}
    for i, bl in enumerate(body):
        x0, x1 = bl.x0, bl.x1
        edge = x1
        for other in body[max(0, i - cfg.window):i + cfg.window + 1]:
            if other.page == bl.page and other.x0 < x1 and other.x1 > x0:
                edge = max(edge, other.x1)
        out[bl.index] = edge
    return out


def ends_short(prev: BodyLine, bl: BodyLine, edge: float, cfg: ShortLineSettings | None = None) -> bool:
    """Did ``prev`` end a paragraph although ``bl`` follows at a line step and the margin:
    ``prev`` closes a clause, ``bl`` opens with a capital, and ``bl``'s first word would
    have fitted at the end of ``prev``?"""
    cfg = cfg or structure_settings().short_lines
    if not bl.line.words or not _CLAUSE_END.search(prev.text) or not bl.text[:1].isupper():
        return False
    first = bl.line.words[0]
    need = (first.x1 - first.x0) + (cfg.space + cfg.slack) * prev.size
    return edge - prev.x1 > need




def room_for(prev: BodyLine, bl: BodyLine, edge: float, cfg: ShortLineSettings | None = None) -> bool:
    """Would ``bl``'s first word have fitted at the end of ``prev``? Then ``prev`` was a
    paragraph's last line, whatever it ends with ("Sans objet" before a heading)."""
    cfg = cfg or structure_settings().short_lines
    if not bl.line.words:
        return False
    first = bl.line.words[0]
    return edge - prev.x1 > (first.x1 - first.x0) + (cfg.space + cfg.slack) * prev.size
