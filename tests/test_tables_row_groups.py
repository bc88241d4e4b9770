"""Row groups of one unruled table set apart by white space alone
(tests/fixtures/tables/office_row_groups.py, gold by construction), and the
footnotes under a table set in small type (text/footnotes.py)."""

from __future__ import annotations

from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.tables.page_break import is_rest_of_row
from convention_parser.text import read_document
from convention_parser.text.footnotes import split_footnotes
from convention_parser.text.model import Line, Page, Word
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_row_groups.py")


def test_groups_under_a_merged_label_are_one_table():
    """A label cell merged over three rows keeps its covered cells' paragraphs:
    each group sits far below the one above, nothing between; one table, a row
    per figure line, the label spread over its group."""
    b = _builder()
    pdf = str(FIXTURES / "row_groups" / "merged-label-groups.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(3 * len(b.GROUPS), len(b.HEADER))]
    t = tables[0]
    assert t.header == [b.HEADER]
    assert [r[1:] for r in t.rows] == [f for _, figures in b.GROUPS for f in figures]
    assert [r[0] for r in t.rows[::3]] == [" ".join(label) for label, _ in b.GROUPS]


SIZE = 11.0


def _line(texts: list[tuple[str, float]], top: float, size: float, superscript: str = "") -> Line:
    words = []
    for text, x in texts:
        for t in text.split():
            w = 0.5 * size * len(t)
            words.append(Word(t, x, top, x + w, top + size, size=size, base=top + 0.8 * size))
            x += w + 0.3 * size
    if superscript:
        words[-1].superscript = superscript
        words[-1].text += superscript
    return Line(words=words, page=1)


def _page(call: bool) -> Page:
    """Prose, a table set in 9 pt down to the page foot, a note in 8 pt below."""
    p = Page(number=1, width=595.0, height=842.0)
    lines = [_line([("Les opérations du programme urbain sont financées par les partenaires", 60.0)],
                   100.0 + 14 * k, SIZE) for k in range(12)]
    lines.append(_line([("Le tableau ci-dessous indique les concours par quartier", 60.0)], 300.0, SIZE,
                       superscript="4" if call else ""))
    for k in range(6):
        lines.append(_line([(f"Quartier {k}", 60.0), (f"C : {k} 100,00 €", 250.0), (f"P : {k} 200,00 €", 400.0)],
                           600.0 + 14 * k, 9.0))
    lines.append(_line([("4 Les concours des autres conventions sont joints en annexe C9.", 60.0)], 720.0, 8.0))
    lines.append(_line([("territoire intercommunal, tableaux financiers compris.", 60.0)], 730.0, 8.0))
    p.lines = lines
    return p


def test_footnote_under_a_table_set_small():
    """The table's small type runs up to the note: the note is still found, from
    its mark (a call made on the page), set apart and smaller than the table."""
    p = _page(call=True)
    split_footnotes(p)
    assert [n.mark for n in p.footnotes] == ["4"]
    assert p.footnotes[0].text.startswith("Les concours des autres conventions")
    assert len(p.lines) == 19


def test_small_lines_without_a_call_stay_in_the_body():
    """No call of that mark on the page: the last small lines may be a table's
    rows, they stay in the body."""
    p = _page(call=False)
    split_footnotes(p)
    assert p.footnotes == [] and len(p.lines) == 21


def test_rest_of_a_labelled_row_opening_on_a_capital():
    """Every row fills its label; a row broken by a page break leaves its rest
    ("Proximité") alone atop the next page: it joins its row, one table."""
    b = fixture_module(FIXTURES / "office_label_rest.py")
    pdf = str(FIXTURES / "label_rest" / "label-rest.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS), len(b.HEADER))]
    assert tables[0].rows == b.ROWS


def test_rest_leaving_the_label_empty():
    """is_rest_of_row: in a table labelling every row, a line leaving the label
    empty is a rest though it opens on a capital; without that evidence it is not."""
    last = ["Liévin", "LIEVIN - Conduite de projet NPNRU", "C0688-16-0022", "CA de Lens-Liévin"]
    rest = ["", "Quartier République", "", ""]
    assert is_rest_of_row(last, rest, ruled=False, labelled=True)
    assert not is_rest_of_row(last, rest, ruled=False)


def test_ruled_rows_keep_their_cell_paragraphs_over_a_page_break():
    """Rules between rows, cells of several paragraphs spaced like the body, the
    page breaking inside a list of streets: the part on the next page (the
    list's rest, a row with a wrapped cell and a second paragraph) is rows of
    the table, one row per rule band."""
    b = fixture_module(FIXTURES / "office_hrule_paragraphs.py")
    pdf = str(FIXTURES / "hrule_paragraphs" / "hrule-paragraphs.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS), 2)]
    assert [r[0] for r in tables[0].rows] == [label for label, _ in b.ROWS]
    assert tables[0].rows[-2][1] == " ".join(b.ROWS[-2][1])


def test_codes_wrapped_in_rows_set_apart():
    """Rows set well apart, a place cell wrapping its codes ("62041 Arras" /
    "6062001 Cité" / "12-14") beside amounts: its lines at the leading are the
    cell's, not rows (a figure opens a row only where rows sit tight)."""
    b = fixture_module(FIXTURES / "office_wrapped_codes.py")
    pdf = str(FIXTURES / "wrapped_codes" / "wrapped-codes.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(b.ROWS), len(b.HEADER))]
    assert tables[0].rows == b.ROWS


def test_unruled_rest_leaving_the_figures():
    """Unruled, the rest of a row leaves every figure the row above printed
    (amounts, a code, a date) and one of its cells goes on: a rest. A place
    of words and codes is no figure; a parenthesis left open closes in the rest."""
    last = ["LENS - Conduite de", "C0688-16-0004", "62498 Lens 6062024 Cité", "CA de Lens-",
            "1 050 000,00 €", "50,00 %", "525 000,00 €", "S1 2021"]
    rest = ["projet NPNRU CALL", "", "12-14", "Liévin", "", "", "", ""]
    assert is_rest_of_row(last, rest, ruled=False)
    own = ["LENS - Études", "C0688-14-0005", "62498 Lens", "Commune", "90 000,00 €", "50,00 %", "45 000,00 €", "S2 2022"]
    assert not is_rest_of_row(last, own, ruled=False)
    text_only = ["Démolition de", "", "Quartier", "", "", "", "", ""]
    assert not is_rest_of_row(text_only, ["Avion", "", "Cité 4", "", "", "", "", ""], ruled=False)
    opened = ["AVION - Conduite de projet (quote-part", "C0688-16-0022", "", "", "700 000,00 €", "", "", ""]
    assert is_rest_of_row(opened, ["République)", "", "", "", "", "", "", ""], ruled=False)


def test_header_printed_again_alone_adds_no_rows():
    """A word processor repeats a table's header over a page that holds nothing
    more of it, wrapped otherwise in narrower columns: that part spells the
    header column by column, it adds no rows; a part with rows of its own does."""
    from convention_parser.tables.page_break import header_printed_alone

    header = [["Libellé précis (adresse, nb de lgts)", "IDTOP", "Base de financement prévisionnelle"]]
    wrapped = [["Libellé précis", "IDTOP", "Base de"], ["(adresse, nb", "", "financement"],
               ["de lgts)", "", "prévisionnell e"]]
    assert header_printed_alone(header, wrapped)
    rows = [["LENS - Résidentialisation", "C0688-34-0015", "2 496 000,00 €"]]
    assert not header_printed_alone(header, wrapped + rows)
    assert not header_printed_alone(header, rows)
