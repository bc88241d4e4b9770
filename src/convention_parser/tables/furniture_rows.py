"""A table's row that layer 1 took for the page's running footer or header.

A table ruled between rows (or fully) cut by a page break may end on a row of one line
printed right above the footer ("C0688-31- | AVION - | Pas-de-Calais | 5,61 M€ | …": the
row's first lines, the rest on the next page); layer 1 reads the lines near the page foot as
furniture and moves them to ``Page.footer``, and the table loses the row (cpd_office 224: the
8-column IDTOP table ruled between rows; its rest on the next page then read as a row of its
own). The same holds at the page head for a row printed right under the running header.

Such a line is boxed by the table's rules: a horizontal rule right above it and one right
below it, of one extent, spanning the line, the one above closing a band of body words (a
row of the table above it). A running footer under a rule has no rule below it; a footer set
in a table of its own at the page foot (layout set 4) has no row of body words over its top
rule.
"""

from __future__ import annotations

from ..text.model import Document, Line, Page
from .settings import FurnitureRowSettings


def _hrules(page: Page) -> list[tuple[float, float, float]]:
    return sorted(((r[0], (r[1] + r[3]) / 2, r[2]) for r in page.rules if r[2] - r[0] > 20 and r[3] - r[1] < 2),
                  key=lambda r: r[1])


def _boxed(line: Line, rules: list[tuple[float, float, float]], body: list[Line], s: FurnitureRowSettings) -> bool:
    height = max(line.bottom - line.top, 1.0)
    spans = [r for r in rules if r[0] - s.extent_tol <= line.x0 and line.x1 <= r[2] + s.extent_tol]
    above = [r for r in spans if line.top - s.max_band_lines * height <= r[1] <= line.top + 1.0]
    below = [r for r in spans if line.bottom - 1.0 <= r[1] <= line.bottom + s.max_band_lines * height]
    if not above or not below:
        return False
    a, b = above[-1], below[0]
    if abs(a[0] - b[0]) > s.extent_tol or abs(a[2] - b[2]) > s.extent_tol:
        return False
    # The rule above closes a band of body words of the same extent (a row of the table),
    # or opens one below it (at the page head: the rule under the row).
    def inside(l: Line) -> bool:
        return a[0] - s.extent_tol <= l.x0 and l.x1 <= a[2] + s.extent_tol
    if line.bottom <= b[1] and any(inside(l) and l.bottom <= a[1] + 1.0 and a[1] - l.bottom <= s.max_band_lines * height * 4
                                   for l in body) and any(abs(r[1] - a[1]) > 1.0 and r[1] < a[1] and abs(r[0] - a[0]) <= s.extent_tol
                                                          and abs(r[2] - a[2]) <= s.extent_tol for r in rules):
        return True
    return any(inside(l) and l.top >= b[1] - 1.0 and l.top - b[1] <= s.max_band_lines * height * 4 for l in body) \
        and any(r[1] > b[1] + 1.0 and abs(r[0] - b[0]) <= s.extent_tol and abs(r[2] - b[2]) <= s.extent_tol
                for r in rules)


def rows_from_furniture(doc: Document, s: FurnitureRowSettings) -> None:
    """Move each line of a page's footer or header that a table's rules box (see the module's
    docstring) back among the page's lines, where the table stage reads it as a row's."""
    for page in doc.pages:
        if not page.footer and not page.header:
            continue
        rules = _hrules(page)
        if len(rules) < 3:
            continue
        for kind in ("footer", "header"):
            lines = getattr(page, kind)
            back = [l for l in lines if l.words and _boxed(l, rules, page.lines, s)]
            if back:
                setattr(page, kind, [l for l in lines if l not in back])
                page.lines = sorted(page.lines + back, key=lambda l: (l.top, l.x0))
