"""A row between two rules whose one cell runs on in paragraphs of its own.

A table ruled between rows only (stacked.py) holds each row in one band. A cell of several
paragraphs (quartier sectors "Secteur Vent de Bise cœur de quartier" / "Secteur Jean Lebas" /
"Réfection des réseaux …" beside "Aménagements des espaces publics") keeps their spacing: its
lines stand a paragraph's step apart, not a wrap's leading, under the row's one line of several
cells. Measured as row pitch, that step refused the whole stack and the page's part was read by
whitespace, cut at the first such row (cpd_office 224: a two-column "Opérations | Programme"
table, 3 rows read for 6).
"""

from __future__ import annotations

from .aligned import chunk_span


def one_cell_paragraphs(band, tol: float) -> bool:
    """The band's lines are one line of several cells, then lines of one cell each, every one
    starting where one of that line's cells past the first starts (a cell's wrapped lines and
    next paragraphs, set flush in its column): one row, whatever their spacing."""
    lines = sorted(band, key=lambda l: l.top)
    if len(lines) < 2 or len(lines[0].chunks) < 2 or any(len(l.chunks) != 1 for l in lines[1:]):
        return False
    starts = [chunk_span(ch)[0] for ch in lines[0].chunks[1:]]
    return all(any(abs(l.x0 - x) <= tol for x in starts) for l in lines[1:])
