"""A table piece marked as the continuation of the one before: "Tableau des opérations (suite)", "(suite et fin)".

A page break may cut a table whose second piece prints its caption again with "(suite)" and its header
again with "Opération (suite)" in its first cell. The mark says what the pieces are: one table (diff/continued
joins them before tables are compared, legistique totals them as one).
"""

from __future__ import annotations

import re
from typing import Optional

from .normalize import fold

# "(suite)", "(suite et fin)", "– suite", "(fin)", "(cont.)" at the end of a caption or a header cell
_MARK = re.compile(r"\s*(?:[(\[]\s*(?:suite(?:\s+et\s+fin)?|fin|cont(?:\.|inu[ée]e?)?)\s*[)\]]|[–—-]\s*suite(?:\s+et\s+fin)?)\s*$",
                   re.I)


def marked(text: Optional[str]) -> bool:
    """Does ``text`` end on a continuation mark?"""
    return bool(_MARK.search(text or ""))


def unmarked(text: Optional[str]) -> str:
    """``text`` without its continuation mark, folded for comparison."""
    return fold(_MARK.sub("", text or ""))


def same_header(a: list[list[str]], b: list[list[str]]) -> bool:
    """The same header rows but for a continuation mark in a cell ("Opération (suite)")."""
    return len(a) == len(b) and all(len(x) == len(y) and all(unmarked(c) == unmarked(d) for c, d in zip(x, y))
                                    for x, y in zip(a, b))


def marked_continuation(prev_title: Optional[str], title: Optional[str]) -> bool:
    """``title`` is ``prev_title`` with a continuation mark ("… (article 8.1) (suite)")."""
    return marked(title) and bool(unmarked(title)) and unmarked(title) == unmarked(prev_title)
