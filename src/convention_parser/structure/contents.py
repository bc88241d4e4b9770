"""Tables of contents: navigation, not text.

A table of contents repeats every heading with a dot leader and a page number
("ARTICLE 4 : La description du projet urbain ........ 15"); read as text, each entry
is a numbered heading (a section twice over, with the page number in its title) and
its lines push the document's real title out of the lines where the part's kind is
read. A run of lines ending in a leader and a page number is one: its entries, the
lines an entry wraps over before its leader, and the "Sommaire" / "Table des matières"
title just above it. Those lines leave the body stream (lines.py).

A sommaire without leaders (a tab stop with no fill, or a grid whose page column the table
stage found: tables/contents.py) ends its entries on a page number standing apart from the
entry's words: such lines count as entries when they open on a heading's label and their
run's pages never go down."""

from __future__ import annotations

import re
from typing import Sequence

from ..tables.contents import ENTRY_LABEL, page_number
from .settings import structure_settings

# Dots (or ellipses, or spaced dots) then a page number ending the line.
_LEADER = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*(?:p\.?\s*)?\d{1,3}$")
_TITLE = re.compile(r"^(?:sommaire|table\s+des\s+mati[eè]res|plan\s+de\s+la\s+convention)\s*:?$", re.IGNORECASE)


def is_entry(text: str) -> bool:
    return bool(_LEADER.search(text))


def contents_lines(lines: Sequence) -> set[int]:
    """Positions (in ``lines``) of the lines of tables of contents; ``lines`` are BodyLines
    (or anything with ``text`` and ``page``)."""
    cfg = structure_settings()
    apart = {i for i, bl in enumerate(lines) if _page_apart(bl, cfg.contents_page_gap) is not None}
    entries = [i for i, bl in enumerate(lines) if is_entry(bl.text) or i in apart]
    out: set[int] = set()
    k = 0
    while k < len(entries):
        run = [entries[k]]
        while k + 1 < len(entries) and entries[k + 1] - run[-1] <= cfg.contents_wrap_lines + 1:
            k += 1
            run.append(entries[k])
        k += 1
        start = run[0]
        # the first entry may wrap over lines above its leader
        while start > 0 and run[0] - start < cfg.contents_wrap_lines and lines[start - 1].page == lines[run[0]].page \
                and not is_entry(lines[start - 1].text) and not _TITLE.match(lines[start - 1].text) \
                and _wraps_into(lines[start - 1], lines[start]):
            start -= 1
        titled = start > 0 and bool(_TITLE.match(lines[start - 1].text))
        if len(run) < cfg.contents_min_entries and not titled:
            continue
        bare = [i for i in run if i in apart]
        if bare:
            # entries without a leader: their pages never go down, and a lone one needs a title
            pages = [_page_apart(lines[i], cfg.contents_page_gap) for i in bare]
            if pages != sorted(pages) or (len(bare) < cfg.contents_min_apart and not titled):
                continue
        out.update(range(start - 1 if titled else start, run[-1] + 1))
    return out


def _wraps_into(prev, bl) -> bool:
    """Is ``prev`` an entry's first line wrapping into ``bl`` (no sentence end, close above)?"""
    return not re.search(r"[.;:!?]$", prev.text) and bl.gap_before <= 2 * max(bl.size, 1.0)


def _page_apart(bl, gap_ems: float):
    """The page number ending ``bl`` when it stands apart from the entry's words (a tab stop
    or a cell away: more than ``gap_ems`` ems) and the entry opens on a heading's label; else
    None. ``bl`` a BodyLine (anything with ``line.words``, ``text`` and ``size``)."""
    words = getattr(getattr(bl, "line", None), "words", None)
    if not words or len(words) < 2:
        return None
    n = page_number(words[-1].text)
    if n is None or words[-1].x0 - words[-2].x1 < gap_ems * max(bl.size, 1.0):
        return None
    entry = bl.text[:len(bl.text) - len(words[-1].text)].strip()
    return n if ENTRY_LABEL.match(entry) else None
