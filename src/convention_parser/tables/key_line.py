"""One-row tables without header or rule: a label and its figures.

A word processor's table of one row, no border ("Montant total de
l'opération | 5 536 059 €", "Participation de la commune | 6 290 681 | 19,3 %")
prints as a line of its own: a short label, then, far to the right, one or
two figures set in their cells. Too few lines to be found by whitespace
(aligned.py needs several), it is told from prose by that line alone: a
paragraph of its own (paragraph spacing above and below, not a wrapped
line of one), cells set apart by gaps no justified space reaches, an
amount or a rate in every cell after the label.
"""

from __future__ import annotations

import re

from .aligned import VLine, build_grid, visual_lines
from .cells import cell_value
from .grid import Grid
from .header import numberish
from .settings import KeyLineSettings, TableSettings
from ..text.model import Word

# An amount in digit groups ("6 290 681", "5 536 059 €"): a count or a year is no key figure.
_GROUPED = re.compile(r"^\d{1,3}([\s\u00a0\u202f.]\d{3})+([,.]\d+)?(\s*(€|euros?))?$", re.I)


def _text(chunk: list[Word]) -> str:
    return " ".join(w.text for w in chunk)


def _figure(text: str) -> bool:
    """An amount or a rate: what a key line's cells after the label hold."""
    if _GROUPED.match(text.strip()):
        return True
    v = cell_value(text)
    if v is None or not any(ch.isdigit() for ch in text):
        return False
    return v.kind == "percent" or (v.kind == "amount" and numberish(text))


def _key_line(l: VLine, s: KeyLineSettings) -> bool:
    if not 2 <= len(l.chunks) <= s.max_cells:
        return False
    label = l.chunks[0]
    if len(label) > s.max_label_words or not label[0].text[:1].isupper() or numberish(_text(label)):
        return False
    if _text(label).rstrip().endswith((".", ";")):
        return False        # a sentence's end, a list item's
    size = l.size or 10.0
    if any(b[0].x0 - a[-1].x1 < s.min_gap_em * size for a, b in zip(l.chunks, l.chunks[1:])):
        return False
    return all(_figure(_text(ch)) for ch in l.chunks[1:])


def key_line_grids(page: int, words: list[Word], settings: TableSettings) -> list[Grid]:
    """The key lines among ``words`` (a page's words outside every table
    found), each a grid of one row."""
    s = settings.key_line
    lines = sorted(visual_lines(words, settings.aligned), key=lambda l: l.top)
    out = []
    for i, l in enumerate(lines):
        if not _key_line(l, s):
            continue
        size = l.size or 10.0
        # A paragraph of its own: no line of the same column at a wrap's leading above or below.
        near = [m for m in lines[max(0, i - 2):i] + lines[i + 1:i + 3]
                if min(m.x1, l.x1) > max(m.x0, l.x0) and abs(m.base - l.base) <= s.paragraph_leading_em * size]
        if near:
            continue
        gaps = [(a[-1].x1 + b[0].x0) / 2 for a, b in zip(l.chunks, l.chunks[1:])]
        xs = [l.x0] + gaps + [l.x1]
        g = build_grid(page, [[l]], xs, "aligned", (l.x0, l.top, l.x1, l.bottom))
        g.alone = True
        out.append(g)
    return out
