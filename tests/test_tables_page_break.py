"""Tables over page breaks (tables/page_break.py, text/table_heads.py, wrap.vocabulary):

- a long table's header printed at every page top, right above its rows, is no running
  header (its column starts are the rows' column starts), while a running header over
  prose still goes;
- the rest of a row broken by a page break is no row of its own (its label cell empty in
  a ruled grid; or every cell going on a line of text), a total row alone on the next page is;
- the one-letter rest of a broken word ("subventio" / "n") is no word because "n°" is written.
"""

from __future__ import annotations

from collections import Counter

from convention_parser.tables.page_break import is_rest_of_row
from convention_parser.tables.wrap import join_lines, vocabulary
from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word

SIZE = 10.0
COLUMNS = (60.0, 250.0, 400.0)          # left edges of a three-column table's cells


def _line(cells: list[str], top: float, page: int, xs=COLUMNS) -> Line:
    words = []
    for text, x in zip(cells, xs):
        for t in text.split():
            w = 0.5 * SIZE * len(t)
            words.append(Word(t, x, top, x + w, top + SIZE, size=SIZE))
            x += w + 0.3 * SIZE
    return Line(words=words, page=page)


def _prose(n: int, k: int, top: float) -> Line:
    text = " ".join(("quartier bailleur logement opération commune article annexe financement "
                     "agence démolition").split()[(n + k + j) % 10] for j in range(9))
    return _line([text], top, n, xs=(60.0,))


def _pages(table: bool) -> list[Page]:
    """Five pages opening with the same line 1.5 pt above the body: over a table's rows
    (``table``) or over prose."""
    pages = []
    for n in range(1, 6):
        p = Page(number=n, width=595.0, height=842.0)
        head = _line(["Opération", "Maître d'ouvrage", "Quartier"], 40.0, n)
        lines = [head]
        for k in range(30):
            top = 53.0 + 16 * k
            lines.append(_line([f"Démolition tour {n}{k}", "Bailleur social", "Les Tilleuls"], top, n) if table
                         else _prose(n, k, top))
        p.lines = lines
        pages.append(p)
    return pages


def test_table_header_at_every_page_top_stays_in_the_body():
    pages = _pages(table=True)
    split_furniture(pages)
    for p in pages:
        assert p.header == []
        assert p.lines[0].text == "Opération Maître d'ouvrage Quartier"


def test_running_header_over_prose_still_goes():
    pages = _pages(table=False)
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == ["Opération Maître d'ouvrage Quartier"] for p in pages)


def _sparse_pages(head_cells: list[str], xs) -> list[Page]:
    """Five pages opening with the same line over a table whose rows are far apart: a group
    row over the width, one row of cells, then the next group row out of reach."""
    pages = []
    for n in range(1, 6):
        p = Page(number=n, width=842.0, height=595.0)
        p.lines = [_line(head_cells, 40.0, n, xs=xs)]
        for k, top in enumerate((55.0, 200.0, 345.0)):
            quartier = ("Tilleuls", "Acacias", "Bruyères", "Peupliers", "Sablons", "Mimosas")[(n + k) % 6]
            p.lines.append(_line([f"Quartier des {quartier}"], top, n, xs=(60.0,)))
            p.lines.append(_line([f"Démolition tour {n}{k}", "Bailleur social", "Les Tilleuls"], top + 15, n))
        pages.append(p)
    return pages


def test_table_header_over_one_row_of_cells_in_reach_stays_in_the_body():
    pages = _sparse_pages(["Opération", "Maître d'ouvrage", "Quartier"], COLUMNS)
    split_furniture(pages)
    assert all(p.header == [] and p.lines[0].text == "Opération Maître d'ouvrage Quartier" for p in pages)
    # A running header of two runs sharing two column starts with that one row still goes.
    pages = _sparse_pages(["Convention pluriannuelle", "Titre IV"], (60.0, 400.0))
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == ["Convention pluriannuelle Titre IV"] for p in pages)


def test_rest_of_a_broken_row():
    last = ["Parking silo de la gare", "Office public de", "2028", "Office public de", "3 880 512", "Les"]
    # Ruled grid: the label cell empty on the next page, four cells of six going on.
    assert is_rest_of_row(last, ["", "l'habitat", "", "l'habitat", "€", "Minguettes"], ruled=True)
    # Unruled: every cell goes on a line of text.
    assert is_rest_of_row(["Requalification de la rue", "Les Hauts", "206", "25,8 %"],
                          ["principale", "de Garonne", "", ""], ruled=False)
    # A row of its own: a total alone on the next page, a row opening its label.
    assert not is_rest_of_row(["Étude numéro 8", "C0688-14-0008", "CA de Lens-Liévin", "800.000 euros"],
                              ["Total", "", "", "3.600.000 euros"], ruled=False)
    assert not is_rest_of_row(last, ["Centre social", "Commune", "2027", "Région", "12 000", "Bellevue"],
                              ruled=True)


def test_one_letter_rest_of_a_broken_word_is_glued():
    vocab = vocabulary(Counter({"Délibération": 2, "n°": 3, "l'opération": 1, "Taux": 2, "de": 9, "à": 4}))
    assert "n" not in vocab and "l" not in vocab and vocab["à"] == 4
    assert join_lines([["Taux", "de"], ["subventio"], ["n"]], vocab, [False, True, False]) == "Taux de subvention"


def test_word_broken_over_three_lines_is_glued():
    # "Requal" and "ificatio" each fill the cell alone: the geometry holds through both.
    vocab = vocabulary(Counter({"Démolition": 2, "de": 9, "la": 5}))
    assert join_lines([["Requal"], ["ificatio"], ["n"]], vocab, [True, True, False]) == "Requalification"
    # A middle line that does not reach the edge ends the word there.
    assert join_lines([["Requal"], ["ificatio"], ["n"]], vocab, [True, False, False]) == "Requal ificatio n"


def test_one_row_table_ruled_in_rows_reads_its_columns_off_its_header():
    """A header and one row between three rules (a line an avenant adds): two lines show
    no gutter (the figure set right under a header set left), the header starts the columns."""
    from convention_parser.tables.settings import TableSettings
    from convention_parser.tables.stacked import stacked_grids

    s = TableSettings()
    head = _line(["Intitulé", "Logements", "Logements"], 100.0, 1, xs=(85.0, 200.0, 330.0)).words
    row = _line(["Démolition de la tour A"], 124.0, 1, xs=(85.0,)).words
    for text, x1 in (("122", 320.0), ("408", 525.0)):
        row.append(Word(text, x1 - 15.0, 124.0, x1, 124.0 + SIZE, size=SIZE))
    rules = [(79.0, y, 533.0, y) for y in (95.0, 118.0, 142.0)]
    (g,) = stacked_grids(1, head + row, rules, s.aligned, s.stacked)
    assert g.matrix() == [["Intitulé", "Logements", "Logements"], ["Démolition de la tour A", "122", "408"]]


def test_wrapped_rest_of_amounts_is_one_word_per_cell():
    """The second line of a row whose narrow columns wrapped amounts ("1 181 70" / "2",
    "471 837" / "€", "4 638 38" / "5"): three glyphs, wide gaps only, three words."""
    from convention_parser.text.chars import Char
    from convention_parser.text.words import make_words

    row = [Char(t, x, 600.0, x + 6.1, 611.0, 609.0, 11.0, False, False, "Arial")
           for t, x in (("2", 283.0), ("€", 342.8), ("5", 402.4))]
    assert [w.text for w in make_words(row)] == ["2", "€", "5"]
    # A word's own glyphs still make one word.
    word = [Char(t, 100.0 + 6.2 * k, 600.0, 106.0 + 6.2 * k, 611.0, 609.0, 11.0, False, False, "Arial")
            for k, t in enumerate("2016")]
    assert [w.text for w in make_words(word)] == ["2016"]


def test_rest_of_a_row_ending_amounts_broken_in_digit_groups():
    last = ["Aménagement des espaces", "6 157 56", "1 398 95", "3 107 17", "2030", "67"]
    assert is_rest_of_row(last, ["publics", "3 €", "6", "0", "", ""], ruled=True)
    assert not is_rest_of_row(last, ["Centre", "3 €", "6", "0", "", ""], ruled=True)


def test_header_printed_again_above_a_part_is_told_from_prose():
    from convention_parser.tables.page_break import header_lines

    header = [["Libellé de l'opération", "Taux de subvention"]]
    again = _line(["Libellé de l'opération", "Taux de subvention"], 50.0, 2, xs=(60.0, 300.0))
    prose = _line(["Le conseil approuve le taux de subvention de l'opération."], 30.0, 2, xs=(60.0,))
    assert header_lines([prose, again], header) == [again]
    assert header_lines([prose], header) == []


def test_known_word_over_a_broken_one_is_not_glued_to_it():
    vocab = vocabulary(Counter({"Date": 3, "de": 9, "lancement": 2, "semestre": 1}))
    assert join_lines([["Date", "de"], ["lancement"], ["opérationn"], ["el"]], vocab,
                      [False, True, True, False]) == "Date de lancement opérationnel"


def test_rest_of_a_ruled_row_leaving_its_figures_opens_on_a_capital():
    """A row broken by a page break in a ruled table: its label's rest opens
    on a capital ("Jean Moulin"), but the figures of the row above are left
    and a cell plainly goes on ("La Croix-" / "Rouge")."""
    last = ["Équipement scolaire", "1 476 796", "4 573 673", "La Croix-", "Interc"]
    assert is_rest_of_row(last, ["Jean Moulin", "", "", "Rouge", "ommunalité"], ruled=True)
    # Unruled, the capital opens a row of its own; ruled, no cell going on neither.
    assert not is_rest_of_row(last, ["Jean Moulin", "", "", "Rouge", "ommunalité"], ruled=False)
    assert not is_rest_of_row(["Équipement scolaire", "1 476 796", "4 573 673", "Le Mirail", "Site"],
                              ["Jean Moulin", "", "", "Bellevue", "Nord"], ruled=True)
