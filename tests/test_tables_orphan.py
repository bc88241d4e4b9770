"""The last row of an unruled table pushed alone to the top of the next page
(a "Total" row) is a row of that table. Pages built word by word; gold by
construction."""

from __future__ import annotations

from convention_parser.tables import find_tables
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 8.0
COLS = [50.0, 240.0, 330.0, 440.0]          # left edge of each column's text


def _line(page: int, base: float, cells: list[tuple[int, str]]) -> list[Line]:
    """One visual line: a Line per cell (layer 1 splits lines at wide gaps)."""
    out = []
    for col, text in cells:
        x, words = COLS[col], []
        for t in text.split():
            words.append(Word(t, x, base - 0.75 * SIZE, x + 0.5 * SIZE * len(t), base + 0.25 * SIZE,
                              size=SIZE, base=base))
            x += 0.5 * SIZE * len(t) + 0.25 * SIZE
        out.append(Line(words=words, page=page))
    return out


def _doc(total_alone: bool) -> tuple[Document, list[str], list[list[str]]]:
    header = ["Libellé", "IDTOP", "Maître d'ouvrage", "Montant"]
    rows = [[f"Étude numéro {i}", f"C0688-14-00{i:02d}", "CA de Lens-Liévin", f"{i * 100}.000 euros"]
            for i in range(1, 9)]
    total = ["Total", "", "", "3.600.000 euros"]
    p1: list[Line] = _line(1, 60, [(0, "Les études du projet.")])
    base = 90.0
    for r in [header] + rows:
        p1 += _line(1, base, [(c, t) for c, t in enumerate(r) if t])
        base += 16.0
    p2: list[Line] = []
    if total_alone:
        p2 += _line(2, 60, [(c, t) for c, t in enumerate(total) if t])
    p2 += _line(2, 100, [(0, "Article 9 – Les opérations d'aménagement sont financées comme suit.")])
    pages = [Page(number=1, width=595, height=842, lines=p1), Page(number=2, width=595, height=842, lines=p2)]
    return Document(path="", pages=pages), header, rows + ([total] if total_alone else [])


def test_total_row_alone_on_next_page_continues_the_table():
    doc, header, rows = _doc(total_alone=True)
    (t,) = find_tables("/nonexistent.pdf", doc)
    assert t.header == [header]
    assert t.rows == rows
    assert t.pages == [1, 2]
    assert t.row_pages[-1] == 2
    assert [l.table_id for l in doc.pages[1].lines if l.text == "Article 9"] == []


def test_prose_opening_the_next_page_is_not_a_row():
    doc, header, rows = _doc(total_alone=False)
    (t,) = find_tables("/nonexistent.pdf", doc)
    assert (t.header, t.rows, t.pages) == ([header], rows, [1])
    assert all(l.table_id is None for l in doc.pages[1].lines)
