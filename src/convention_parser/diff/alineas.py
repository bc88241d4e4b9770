"""The alinéas of a section's text, as a drafter counts them.

A section's text holds one paragraph a line, as the parse read them. A printed paragraph
cut by a page break (or by a line the parse took for a paragraph's end) comes out as two
lines: the first ends without a sentence's closing mark and the second starts in lower
case. "Le troisième alinéa de l'article 4.1" counts printed paragraphs, so such lines
are one alinéa here.
"""

from __future__ import annotations

import re
from typing import Optional

from .item_paths import item_mark, item_span, opens_on_mark
from .normalize import fold
from ..french.numbers import LATIN_ORDINALS as _LATIN

_CLOSED = re.compile(r"[.;:!?»…)\]]\s*$")
# a lower-case start, not an item's mark ("a) la démolition …", "b. …": an alinéa of its own)
_LOWER_START = re.compile(r"^\s*(?![a-z][).]\s)[a-zà-öø-ÿ]")


def continues(prev: str, line: str) -> bool:
    """True when ``line`` is the rest of the paragraph ``prev`` (cut where no sentence ends)."""
    return not _CLOSED.search(prev) and bool(_LOWER_START.match(line))


def alineas(lines: list[str], keep: list[int]) -> list[list[int]]:
    """The indexes of ``lines`` (those of ``keep``, in order) grouped by printed paragraph."""
    groups: list[list[int]] = []
    for i in keep:
        if groups and groups[-1][-1] == i - 1 and continues(lines[i - 1], lines[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def by_nearness(n: int, k: int) -> list[int]:
    """0..n-1, ``k`` first then its neighbours, nearest first: the quoted words of an
    instruction are looked for in the ranked alinéa, then in the ones a split or joined
    paragraph shifted it to."""
    if not 0 <= k < n:
        return list(range(n))
    return sorted(range(n), key=lambda i: (abs(i - k), i > k))


def caption_lines(lines: list[str], titles: list[str]) -> set[int]:
    """Indexes of the lines that are a table's caption read as a line of the text: no alinéa.
    A line printing one of ``titles`` (the section's tables), or shaped like those captions
    (the same words before a quote, no sentence's end): the caption of a table whose parse
    took another line for its title ("Opérations « La reconstitution … »" over a table the
    parse titled by a cell's wrapped words)."""
    folded = {fold(t) for t in titles if t}
    heads = {fold(t.split("«", 1)[0]) for t in titles if t and "«" in t}
    heads.discard("")
    out = set()
    for i, ln in enumerate(lines):
        if fold(ln) in folded:
            out.add(i)
        elif "«" in ln and not re.search(r"[.;:]\s*$", ln) and fold(ln.split("«", 1)[0]) in heads:
            out.add(i)
    return out




def item_group(lines: list[str], groups: list[list[int]], mark: str) -> Optional[int]:
    """Index in ``groups`` of the alinéa opening on the item ``mark`` ("3°", "2° bis"; "2°" is not "2° bis"
    nor "12°"; a sub-item's path "2° b)", diff/item_paths), None when no alinéa does: an article that numbers
    its items is named by them."""
    span = item_span(lines, groups, mark)
    return None if span is None else span[0]


def with_mark(mark: str, text: str) -> str:
    """An item's new text as the article prints it: opening on its mark."""
    return text if opens_on_mark(text) else f"{item_mark(mark)} {text or ''}".strip()
