"""Headings an amending document sorts its instructions under, numbered as containers are ("I – …").

An avenant groups the instructions of its article 2 under theme headings: "I – Dispositions relatives au
programme", "II – Dispositions financières", … then goes on with its "Article 3 – Entrée en vigueur". Read
by the heading grammar, a roman numeral is a container (the convention's titres: "TITRE II", "III. …"), and
the avenant's articles would be read under the themes, a level down. A container opens before the articles
it holds; these sit inside one article, between it and the next one of the avenant's own numbering:
:func:`theme_headings_out` takes them out of the headings when every heading of their kind lies so, and
they stay the article's lines (the amendment reader knows a theme heading: theme_headings.py). Only in a
family that amends another (``levels.reprint_after``: it reprints what it amends); a convention's titres
open before its first article.
"""

from __future__ import annotations

from .family import Family
from .headings import Heading


def _own_articles(heads: list[Heading]) -> list[int]:
    """Indices of the headings of the document's own articles: "Article 1", "Article 2", … in sequence (a
    reprinted "Article 9" or "4.1" between them is the amended text's)."""
    out: list[int] = []
    expect = None
    for i, h in enumerate(heads):
        if h.kind != "article" or not h.number.isdigit():
            continue
        n = int(h.number)
        if expect is None or n == expect:
            out.append(i)
            expect = n + 1
    return out


def theme_headings_out(heads: list[Heading], fam: Family) -> list[Heading]:
    """``heads`` without the container headings every one of whose kind sits inside one of the document's own
    articles (between it and the next)."""
    if fam.reprint_after is None or "article" not in fam.level_order:
        return heads
    containers = fam.level_order[:fam.level_order.index("article")]
    own = _own_articles(heads)
    if len(own) < 2:
        return heads
    gaps = list(zip(own, own[1:]))
    drop: set[int] = set()
    for kind in containers:
        at = [i for i, h in enumerate(heads) if h.kind == kind]
        if at and all(any(a < i < b for a, b in gaps) for i in at):
            drop.update(at)
    return [h for i, h in enumerate(heads) if i not in drop] if drop else heads
