"""A zebra table's white first row under a header neither shaded nor ruled (zebra shading from
the second row on: HTML's ``tbody tr:nth-child(even)``).

The shaded rows bound the bands a banded table's rows are read from: the reader starts at the
first shaded row, and the white row above it joins the table only at a page top
(stacked.with_white_rows). Under a paragraph or a caption, the white first row and the header
over it were left to the whitespace reader, a table of their own ("Financeurs … / ANRU …")
apart from the body. The header is bold and the row is not: a regular row with a figure, over
two cells at least, touching the first band, under bold lines of two cells at least within a
cell's padding, is the body's first row under its header."""

from __future__ import annotations


def _bold(line) -> bool:
    words = [w for w in line.words if w.text.strip()]
    return bool(words) and all(w.bold for w in words)


def _plain(line) -> bool:
    return not any(w.bold for w in line.words)


def header_over(lines: list, row: list, gap: float, leading: float) -> list:
    """The bold header lines right above ``row`` (a white first row, regular type, a figure in
    it, over two cells at least): the nearest within ``gap`` of its top, more going up at a
    wrap's ``leading``; every one bold, two cells at least. [] when there is none."""
    if not row or not all(_plain(l) for l in row) or sum(len(l.chunks) or 1 for l in row[:1]) < 2 \
            or not any(c.isdigit() for l in row for w in l.words for c in w.text):
        return []
    edge = min(l.top for l in row)
    head: list = []
    for l in sorted((l for l in lines if l.bottom <= edge + 1 and l not in row), key=lambda l: -l.bottom):
        if not head:
            if edge - l.bottom > gap:
                break
        elif abs(head[-1].base - l.base) > leading * (l.size or 10.0):
            break
        if not _bold(l):
            break
        head.append(l)
    head = head[::-1]
    if not head or max(len(l.chunks) or 1 for l in head) < 2:
        return []
    return head


__all__ = ["header_over"]
