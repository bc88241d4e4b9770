"""A table continued under a caption or header that says so.

Office users who cut a long table by hand at a page break (or let it run on) often
print its caption again with a mark, "Tableau des opérations (suite)", and mark the
repeated header too ("Opération (suite)", "IDTOP – suite"): the two parts are one
table. The mark is what tells them (the words of the header differ from the first
part's by it, so the plain repeated-header join does not hold), and the columns must
be the same: the part's caption and header, the mark taken off, are the first part's.
"""

from __future__ import annotations

import re
from typing import Protocol

from ..french.text import fold

# "(suite)", "(suite et fin)", "(fin)", "– suite", "suite :" at a caption's or cell's end
_MARK = re.compile(r"\s*(?:\(\s*(?:suite(?:\s+et\s+fin)?|fin|cont\.?)\s*\)|[–—\-:]\s*suite(?:\s+et\s+fin)?\s*:?|\bsuite\s*:)\s*$",
                   re.IGNORECASE)


class Part(Protocol):
    title: str
    header: list[list[str]]
    rows: list[list[str]]


def marked(text: str) -> bool:
    """Does the caption or cell end on a continuation mark?"""
    return bool(_MARK.search(text or ""))


def unmarked(text: str) -> str:
    return " ".join(fold(_MARK.sub("", text or "")).split())


def continues(first: Part, part: Part, first_last_page: int, part_page: int, n_cols: tuple[int, int]) -> bool:
    """``part`` (the next table found) carries on ``first``: it is marked as a continuation
    (caption or a header cell), on the same or the next page, in the same columns, its caption
    and header the first part's once the mark is off."""
    if n_cols[0] != n_cols[1] or part_page not in (first_last_page, first_last_page + 1):
        return False
    title_mark = marked(part.title)
    header_mark = any(marked(c) for row in part.header for c in row)
    if not (title_mark or header_mark):
        return False
    if part.title and first.title and unmarked(part.title) != unmarked(first.title):
        return False
    if part.header:
        if len(part.header) != len(first.header):
            return False
        return all(_unspaced(a) == _unspaced(b) for ra, rb in zip(first.header, part.header) for a, b in zip(ra, rb))
    return title_mark


def _unspaced(cell: str) -> str:
    """A header cell without its mark nor spaces: a narrow cell breaks a word of its head inside
    ("Lance ment") where the part printed again may not (the page's word-break vocabulary
    rejoins one reading and not the other)."""
    return unmarked(cell).replace(" ", "")
