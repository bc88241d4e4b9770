"""Tables cut by a page break (gold by construction): a quarter table cut inside a
group's label, a footnote set larger than the table under its first part
(tests/fixtures/tables/office_note_groups.py); a two-column table whose cells hold lists
(office_cell_lists.py); a table of operations whose cells hold paragraphs
(office_label_paragraphs.py); a ruled total row kept tall, alone atop the next page
(office_tall_total.py); the note told from the rows above by its type (text/footnotes.py)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document
from convention_parser.text.footnotes import split_footnotes
from convention_parser.text.model import Line, Page, Word
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_note_groups.py")


def test_quarter_table_cut_in_a_label_is_one_table():
    """The page break leaves a group's last label paragraph alone atop the next page, white
    below it (the merged cell's empty paragraphs), the note between the parts: one table,
    a row per figure line, each group's label whole, the note out of the rows."""
    b = _builder()
    pdf = str(FIXTURES / "note_groups" / f"{b.NAME}.pdf")
    doc = read_document(pdf)
    tables = find_tables(pdf, doc)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(3 * len(b.GROUPS), len(b.HEADER))]
    t = tables[0]
    assert t.header == [b.HEADER]
    assert [r[1:] for r in t.rows] == [f for _, figures in b.GROUPS for f in figures]
    assert [r[0] for r in t.rows[::3]] == [" ".join(label) for label, _ in b.GROUPS]
    notes = [n for p in doc.pages for n in p.footnotes]
    assert [n.text for n in notes] == [b.NOTE]


def _line(texts: list[tuple[str, float, float]], top: float, superscript: str = "") -> Line:
    """Words of (text, x, size) at ``top``."""
    words = []
    for text, x, size in texts:
        for t in text.split():
            w = 0.5 * size * len(t)
            words.append(Word(t, x, top, x + w, top + size, size=size, base=top + 0.8 * size))
            x += w + 0.3 * size
    if superscript:
        words[-1].superscript = superscript
        words[-1].text += superscript
    return Line(words=words, page=1)


def _page(note_size: float) -> Page:
    """Prose in 9.5 pt calling note 4, a table in 7.5 pt down to the foot, the note below:
    its mark in the body's type, its text in ``note_size``."""
    p = Page(number=1, width=595.0, height=842.0)
    lines = [_line([("Les opérations du programme urbain sont financées par les partenaires", 60.0, 9.5)],
                   100.0 + 13 * k) for k in range(14)]
    lines.append(_line([("Le tableau ci-dessous indique les concours par quartier", 60.0, 9.5)], 300.0,
                       superscript="4"))
    for k in range(6):
        lines.append(_line([(f"Quartier {k}", 60.0, 7.5), (f"C : {k} 100,00 €", 250.0, 7.5),
                            (f"P : {k} 200,00 €", 400.0, 7.5)], 600.0 + 14 * k))
    lines.append(_line([("4", 60.0, 9.5), ("Le cas échéant les concours des autres conventions", 66.0, note_size)],
                       701.0))
    lines.append(_line([("du territoire sont joints pour information.", 60.0, note_size)], 713.0))
    p.lines = lines
    return p


def test_note_set_larger_than_the_table_above():
    """The note (8 pt) is larger than the table over it (7.5 pt), smaller than the body:
    found from its mark, a call made on the page, and its own type."""
    p = _page(8.0)
    split_footnotes(p)
    assert [(n.mark, n.text) for n in p.footnotes] == [
        ("4", "Le cas échéant les concours des autres conventions du territoire sont joints pour information.")]
    assert len(p.lines) == 21


def test_note_in_the_table_type_stays_a_row():
    """A line in the table's own type under its rows, opening on the called number, is
    no evidence of a note: it stays in the body."""
    p = _page(7.5)
    split_footnotes(p)
    assert p.footnotes == [] and len(p.lines) == 23


def test_cell_lists_cut_by_a_page_break():
    """A two-column unruled table whose cells hold lists (a paragraph per item, spaced
    like the rows): the page foot cuts one list, its last items open the next page with
    the rows after it. One table, each list whole in its row, the caption below kept."""
    b = fixture_module(FIXTURES / "office_cell_lists.py")
    pdf = str(FIXTURES / "cell_lists" / f"{b.NAME}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS), 2)]
    assert tables[0].rows == [[label, " ".join(items)] for label, items in b.ROWS]
    assert tables[0].title == "Tableau de synthèse des opérations financées"


def _label_paragraphs():
    return fixture_module(FIXTURES / "office_label_paragraphs.py")


def test_date_rest_under_a_part_of_one_row():
    """The page break leaves the header and one row on the first page, that row's second
    date paragraph alone atop the next: its rest (the rows below all fill their label),
    one table; the last row's address alone above the total is no group row."""
    b = _label_paragraphs()
    pdf = str(FIXTURES / "label_paragraphs" / "date-rest.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS) + 1, len(b.HEADER))]
    assert tables[0].header == [b.HEADER]
    assert tables[0].rows == b.gold_rows()


def test_label_paragraphs_over_a_page_break():
    """The page break cuts a label after its first paragraph: the next ones (five lines,
    alone in the label column, more than a group row holds) open the next page over the
    last row and the total: one table, every label whole."""
    b = _label_paragraphs()
    pdf = str(FIXTURES / "label_paragraphs" / "label-rest.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS) + 1, len(b.HEADER))]
    assert tables[0].rows == b.gold_rows()


def test_tall_total_row_alone_atop_the_next_page():
    """The total row keeps its tall height: pushed alone atop the next page, its box runs
    far below its text. It is the table's last row, every column in place."""
    b = fixture_module(FIXTURES / "office_tall_total.py")
    pdf = str(FIXTURES / "tall_total" / f"{b.NAME}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols, t.pages) for t in tables] == [(len(b.ROWS) + 1, len(b.HEADER), [1, 2])]
    assert tables[0].rows == b.ROWS + [b.TOTAL]


def test_total_merged_over_label_columns_alone_atop_the_next_page():
    """The total's label merged over three columns, pushed alone over the break: a ruled
    part of three columns whose rules are the table's own; read in the table's columns,
    it is its last row."""
    b = fixture_module(FIXTURES / "office_tall_total.py")
    pdf = str(FIXTURES / "tall_total" / f"{b.NAME_MERGED}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols, t.pages) for t in tables] == [(len(b.ROWS) + 2, len(b.HEADER), [1, 2])]
    t = tables[0]
    assert t.rows[:-2] == b.ROWS
    # merged cells spread their text over the columns they cover
    assert t.rows[-2] == [b.SUBTOTAL[0]] * 3 + b.SUBTOTAL[3:]
    assert t.rows[-1] == [b.TOTAL[0]] * 3 + b.TOTAL[3:]
