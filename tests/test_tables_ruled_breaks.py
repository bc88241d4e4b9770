"""Wide operation tables of a convention's annex on landscape pages, typeset by LibreOffice
(tests/fixtures/tables/office_ruled_breaks.py), rows broken by page breaks: every table is
read whole, one row per operation, the "Total" last (gold by construction). Each variant
was read wrong on main: a row's rest opening on "cité jardin", "40 LLS (36 PLUS",
"(démolition partielle" or "des immeubles", the IDTOP broken after "C0688-" and the
amounts' "euros" wrapped, was a row of its own (page_break.is_rest_of_row: the columns
every row fills left empty); a "Total" under the header repeated over the last page was
read as the rest of the row above; a row whose label wraps over eight lines beside
places over four made the stack of rules an unruled body (stacked._one_wrapped_row)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
sys.path.insert(0, str(FIXTURES))

from office_ruled_breaks import HEADER, N_ROWS, OUT, VARIANTS, rows  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.tables.page_break import is_rest_of_row  # noqa: E402
from convention_parser.text import read_document  # noqa: E402


@pytest.mark.parametrize("name,filler", VARIANTS)
def test_wide_table_broken_over_pages_is_read_whole(name, filler):
    pdf = str(OUT / f"ruled-breaks-{name}-{filler}.pdf")
    tables = find_tables(pdf, read_document(pdf))
    assert [(t.n_rows, t.n_cols) for t in tables] == [(N_ROWS + 1, len(HEADER))]
    assert len(tables[0].pages) >= 3
    # (a header cell's closing parenthesis wrapped alone keeps its space: header text, spaces aside)
    assert [["".join(c.split()) for c in r] for r in tables[0].header] == [["".join(c.split()) for c in HEADER]]
    assert tables[0].rows == rows(N_ROWS)


LAST = ["LIEVIN -", "C0688-31-", "62510", "Pas-de-", "20", "3,1 M€", "4,15 %",
        "128.800 euro", "134.000 euro", "S2 2023"]


def test_ruled_rest_whose_label_goes_on_ends_its_figures():
    # the label goes on after its dash, the code after its hyphen, the amounts' "euros"
    rest = ["Reconstitution de 20 LLS", "0084", "Liévin, Angres 6062028", "Calais Habitat", "", "", "",
            "s", "s", ""]
    assert is_rest_of_row(LAST, rest, ruled=True)
    # a row of its own opening a label of its own with its own figures
    own = ["AVION - Reconstitution", "C0688-31-0042", "62065 Avion", "Pas-de-", "33", "5,61 M€", "3,88 %",
           "217.800 euro", "1.006.500 euro", "S1 2022"]
    assert not is_rest_of_row(LAST, own, ruled=True)


def test_a_total_is_no_rest_however_few_cells_it_fills():
    last = ["LENS - Démolition de l'immeuble", "C0688-30-0061", "62498 Lens 6062024 Cité", "Maisons et Cités",
            "159", "4.929.000 euros", "12,50 %", "616.125 euros", "S2 2023"]
    assert not is_rest_of_row(last, ["Total", "", "", "", "", "", "", "7.288.875 euros", ""], ruled=True)
    # ... but a rest of a label and a place ("12-14" is words' rest, no figure)
    assert is_rest_of_row(last, ["Glycines (démolition", "", "12-14", "", "", "", "", "", ""], ruled=True)


def test_columns_every_row_fills_left_empty_make_a_rest():
    last = ["AVION - Reconstitution de", "C0688-", "62065 Avion", "Pas-de-", "40", "1.240.000", "12,50 %",
            "155.000", "S1 2022"]
    rest = ["40 LLS (36 PLUS / 4 PLAI)", "34-0044", "6062019 République", "Calais Habitat", "", "euros", "",
            "euros", ""]
    every = frozenset(range(9))
    assert is_rest_of_row(last, rest, ruled=True, always=every)
    assert not is_rest_of_row(last, rest, ruled=True)          # nothing to tell without the part above
    own = ["LIEVIN - Démolition", "C0688-35-0045", "62510 Liévin", "Pas-de-Calais", "47", "1.457.000", "",
           "182.125", ""]
    assert not is_rest_of_row(last, own, ruled=True, always=every)   # it fills figures of its own


def _words(y: float, cells: list[tuple[float, str]], base_shift: float = 0.0, bold: bool = False) -> list:
    from convention_parser.text.model import Word
    out = []
    for x, text in cells:
        for t in text.split():
            w = 4.0 * len(t)
            out.append(Word(t, x, y, x + w, y + 8.0, size=8.0, base=y + 6.5 + base_shift, bold=bold))
            x += w + 2.0
    return out


def _stack(bands: list[list[list]], top: float = 100.0):
    """Words of each band (a list of lines of words) between rules, the rules of one width."""
    from convention_parser.tables.settings import TableSettings
    from convention_parser.tables.stacked import stacked_grids
    words, rules, y = [], [(75.0, top - 0.25, 520.0, top + 0.25)], top
    for lines in bands:
        for k, line in enumerate(lines):
            for w in line:
                w.top, w.bottom, w.base = y + 3 + 10 * k, y + 11 + 10 * k, w.base - w.top + y + 3 + 10 * k
            words += line
        y += 6 + 10 * len(lines)
        rules.append((75.0, y - 0.25, 520.0, y + 0.25))
    s = TableSettings()
    return stacked_grids(2, words, rules, s.aligned, s.stacked)


COLS = [80.0, 200.0, 290.0, 360.0, 440.0]
HEAD = [_words(0, list(zip(COLS, ["Libellé", "IDTOP", "Localisation", "Nombre", "Montant"])), bold=True)]


def _row(k: int) -> list[list]:
    return [_words(0, list(zip(COLS, [f"LENS - Requalification {k}", f"C0688-33-00{k}", "62498 Lens",
                                      str(10 + k), f"{k}00.000 euros"]))),
            _words(0, [(80.0, "de logements"), (290.0, "6062024 Cité")])]


def test_a_rest_opening_on_a_dash_in_a_column_is_no_list_item_between_two_tables():
    # the page opens on the header printed again, then "- cité jardin" alone in the label
    # column's text (set right of the rows' text start), then the rows
    rest = [_words(0, [(120.0, "- cité jardin")])]
    grids = _stack([HEAD, rest] + [_row(k) for k in range(1, 5)])
    assert [(g.n_rows, g.n_cols) for g in grids] == [(6, 5)]
    assert grids[0].matrix()[1][0] == "- cité jardin"


def test_a_line_whose_baselines_layer_1_read_off_keeps_its_row():
    # one wrapped line's words read with baselines 1.5 pt apart from their neighbours':
    # the lines' tops keep the leading, the band stays one row
    rows = [_row(k) for k in range(1, 5)]
    rows[1].append(_words(0, [(80.0, "individuels"), (290.0, "12-14")]))
    for w in rows[1][1]:              # the middle line of three: 8.5 pt above it, 11.5 below
        w.base -= 1.5
    grids = _stack([HEAD] + rows)
    assert [(g.n_rows, g.n_cols) for g in grids] == [(5, 5)]


def test_unruled_label_alone_under_the_header_printed_again_is_a_rest():
    # no group row so far (the caller keeps a label alone out otherwise): the columns every
    # row fills are left empty, the label's "(40 logements)" goes on from the row above
    last = ["AVION - Démolition de l'immeuble Jonquilles", "C0688-21-0024", "62065 Avion 6062019", "Pas-de-Calais",
            "40", "1 000 000,00 €", "84,00 %", "840 000,00 €", "S1 2021"]
    rest = ["(40 logements)", "", "", "", "", "", "", "", ""]
    assert is_rest_of_row(last, rest, ruled=False, labelled=True, always=frozenset(range(9)))
    assert not is_rest_of_row(last, rest, ruled=False, labelled=True)


def _unruled(lines: list[tuple[float, list[tuple[float, str]]]]):
    from convention_parser.tables.aligned import aligned_grids
    from convention_parser.tables.settings import AlignedSettings
    words = []
    for y, cells in lines:
        words += [w for w in _words(0, cells)]
        for w in words[-sum(len(t.split()) for _, t in cells):]:
            w.top, w.bottom, w.base = y, y + 8.0, y + 6.5
    return aligned_grids(1, words, [], AlignedSettings())


def test_a_labels_next_paragraphs_are_no_group_rows():
    """Unruled rows set 22 pt apart (two leadings: the cells' padding), a label cell of
    several paragraphs parted by a blank line: its paragraphs wrapped inside the label
    column, or closing a parenthesis the label above left open, are the label's."""
    cols = [60.0, 200.0, 300.0, 380.0]
    def row(label: str, k: int) -> list[tuple[float, str]]:
        return list(zip(cols, [label, f"COMMUNE {k}", f"{k}00 000 €", f"S{1 + k % 2} 2024"]))
    y, lines = 100.0, []
    for k, (label, paragraphs) in enumerate([("Equipements publics de", [["proximité"], ["Secteur Vent de", "Bise – 62800", "Liévin"]]),
                                             ("CALL (quote-part", [["République)"]]),
                                             ("Voirie et réseaux", []),
                                             ("Parking silo de la gare", [])]):
        lines.append((y, row(label, k + 1)))
        for p, par in enumerate(paragraphs):
            y += 11.0 if p == 0 and len(paragraphs) > 1 else 22.0
            for j, text in enumerate(par):
                y += 11.0 if j else 0.0
                lines.append((y, [(60.0, text)]))
        y += 22.0
    grids = _unruled(lines)
    assert [(g.n_rows, g.n_cols) for g in grids] == [(4, 4)]
    assert [r[0] for r in grids[0].matrix()] == ["Equipements publics de proximité Secteur Vent de Bise – 62800 Liévin",
                                                  "CALL (quote-part République)", "Voirie et réseaux",
                                                  "Parking silo de la gare"]
