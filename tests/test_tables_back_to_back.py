"""Two tables back to back, and what stands between them (gold by construction).

Synthetic geometry, no PDF: cell rectangles as the grid algorithm returns
them, words as layer 1 reads them.
"""

from convention_parser.tables.aligned import VLine, aligned_grids, set_apart
from convention_parser.tables.ruled import split_stacked_tables
from convention_parser.tables.settings import AlignedSettings
from convention_parser.text.model import Word

S = AlignedSettings()


def _row(y: float, xs: list[float], h: float = 20.0) -> list[tuple]:
    return [(a, y, b, y + h) for a, b in zip(xs, xs[1:])]


def test_ruled_tables_joined_into_one_drawing_are_cut_where_rows_stop_using_columns():
    # A 5-column table (header + 3 rows) right above a 3-column one whose
    # boundaries are a subset (header + 3 rows): one drawing, two tables.
    five = [80, 235, 310, 384, 458, 533]
    three = [80, 235, 384, 533]
    boxes = [b for r in range(4) for b in _row(100 + 20 * r, five)]
    boxes += [b for r in range(4) for b in _row(180 + 20 * r, three)]
    parts = split_stacked_tables(boxes, 3.0)
    assert [len(p) for p in parts] == [20, 12]


def test_a_total_row_over_several_columns_stays_in_its_table():
    five = [80, 235, 310, 384, 458, 533]
    boxes = [b for r in range(5) for b in _row(100 + 20 * r, five)]
    boxes += _row(200, [80, 384, 533]) + _row(220, [80, 384, 533])  # "Sous-total", "Total"
    assert len(split_stacked_tables(boxes, 3.0)) == 1


def _line(y: float, cells: list[tuple[float, str]], size: float = 10.0) -> list[Word]:
    out = []
    for x, text in cells:
        for t in text.split():
            w = 0.5 * size * len(t)
            out.append(Word(t, x, y, x + w, y + size, size=size, base=y + 0.8 * size))
            x += w + 0.25 * size
    return out


def test_unruled_tables_back_to_back_are_cut_where_the_columns_change():
    words = []
    y = 100.0
    for i in range(4):  # three columns: label, amount, year
        words += _line(y, [(80, f"Opération {i}"), (300, "12 000"), (450, "2024")])
        y += 16
    for i in range(4):  # two columns, the second one running over the first table's gutters
        words += _line(y, [(80, f"Site {i}"), (200, "Office public de l'habitat social et solidaire du département")])
        y += 16
    assert [(g.n_rows, g.n_cols) for g in aligned_grids(1, words, [], S)] == [(4, 3), (4, 2)]


def test_a_column_left_empty_in_some_rows_is_no_new_table():
    words = []
    y = 100.0
    for i in range(8):
        cells = [(80, f"Opération {i}"), (300, "12 000")] + ([(450, "2024")] if i < 4 else [])
        words += _line(y, cells)
        y += 16
    assert [(g.n_rows, g.n_cols) for g in aligned_grids(1, words, [], S)] == [(8, 3)]


def test_a_caption_or_a_list_item_is_set_apart_a_sub_heading_is_not():
    bullet = VLine(words=_line(100, [(80, "\uf0b7"), (92, "Le conseil approuve la convention")]))
    caption = VLine(words=_line(100, [(80, "Tableau 2 : financements de l'opération")]))
    heading = VLine(words=_line(100, [(80, "LENS – Cité du 12/14")]))
    assert set_apart(bullet, S) and set_apart(caption, S)
    assert not set_apart(heading, S)


def test_one_baseline_read_off_does_not_set_the_leading():
    # Wrapped lines 13.9 apart, one pair read at 11.2; rows 38 apart. Taking the tightest
    # pitch for the leading would make every other wrapped line a row of its own.
    ys = [100.0, 111.2, 149.2, 163.1, 177.0, 215.0, 228.9]
    cells = [[(80, "Démolition de la"), (300, "1 200 000")], [(80, "tour A")],
             [(80, "Réhabilitation des"), (300, "850 000")], [(80, "logements de la")], [(80, "résidence Nord")],
             [(80, "Aménagement des"), (300, "400 000")], [(80, "espaces publics")]]
    words = [w for y, c in zip(ys, cells) for w in _line(y, c)]
    grids = aligned_grids(1, words, [], S)
    assert [(g.n_rows, g.n_cols) for g in grids] == [(3, 2)]
    assert grids[0].matrix() == [["Démolition de la tour A", "1 200 000"],
                                 ["Réhabilitation des logements de la résidence Nord", "850 000"],
                                 ["Aménagement des espaces publics", "400 000"]]


def _bold(words: list[Word]) -> list[Word]:
    for w in words:
        w.bold = True
    return words


TWO_OVER_FOUR = [(True, [(80, "Opération"), (235, "Coût total")]),
                 (False, [(80, "Maison de santé"), (390, "1 652 825")]),
                 (False, [(80, "Voirie et réseaux"), (390, "5 920 775")]),
                 (True, [(80, "Intitulé"), (200, "Quartier"), (290, "Année"), (360, "Porteur")]),
                 (False, [(80, "Centre social"), (200, "Cité 12"), (290, "2025"), (360, "Bailleur social")]),
                 (False, [(80, "Tour A"), (200, "Bellevue"), (290, "2019"), (360, "État")]),
                 (False, [(80, "Parking silo"), (200, "Mirail"), (290, "2021"), (360, "Commune")])]
# Four columns over three: the second table's wide middle column runs
# across the first one's gutter between its year and its first rate.
FOUR_OVER_THREE = [(True, [(80, "Opération"), (200, "Année"), (300, "Taux"), (400, "Taux")]),
                   (False, [(80, "Centre social"), (200, "2028"), (300, "28,9 %"), (400, "78,4 %")]),
                   (False, [(80, "Tour A"), (200, "2024"), (300, "69,2 %"), (400, "73,3 %")]),
                   (True, [(80, "Intitulé"), (200, "Maître d'ouvrage du programme"), (400, "Taux")]),
                   (False, [(80, "Maison de santé"), (200, "Région"), (400, "62,5 %")]),
                   (False, [(80, "Îlots nord"), (200, "Département"), (400, "77,0 %")])]


def _stacked_pair(second_header_bold: bool = True, rows=TWO_OVER_FOUR):
    """A table right above another with other columns (a header and rows
    each), both ruled between rows only, one width, no space between: one
    stack of rules, the bottom rule of the first table being the top rule
    of the second."""
    from convention_parser.tables.settings import TableSettings
    from convention_parser.tables.stacked import stacked_grids
    s = TableSettings()
    words, ys, y = [], [], 100.0
    rows = [(bold and (second_header_bold or k == 0), cells) for k, (bold, cells) in enumerate(rows)]
    for bold, cells in rows:
        ys.append(y)
        line = _line(y + 4, cells)
        words += _bold(line) if bold else line
        y += 20
    ys.append(y)
    rules = [(75.0, v - 0.25, 450.0, v + 0.25) for v in ys]
    return stacked_grids(1, words, rules, s.aligned, s.stacked)


def test_tables_ruled_between_rows_back_to_back_are_cut_where_the_columns_change():
    grids = _stacked_pair()
    assert [(g.n_rows, g.n_cols) for g in grids] == [(3, 2), (4, 4)]
    assert grids[1].matrix()[0] == ["Intitulé", "Quartier", "Année", "Porteur"]


def test_a_stack_whose_columns_change_without_a_header_is_one_table():
    # The same rows, the second block opening on a plain row: no new table.
    assert len(_stacked_pair(second_header_bold=False)) == 1


def test_back_to_back_cut_when_the_table_with_fewer_columns_comes_second():
    grids = _stacked_pair(rows=FOUR_OVER_THREE)
    assert [(g.n_rows, g.n_cols) for g in grids] == [(3, 4), (3, 3)]


def test_a_column_of_dashes_under_a_total_is_no_new_table():
    """A wide annex table's body as LibreOffice set it (dev seed 703): the totals row first,
    its amounts' "€" wrapped onto a line of their own, then rows where one column holds
    dashes (under the total's amount) and rows where it holds amounts. The dashes and the
    wrapped "€" leave a gutter inside that column which the amounts below run across; the
    total's own amount spans it from edge to edge, so it is no gutter: one table."""
    import json
    from pathlib import Path
    data = json.loads((Path(__file__).parent / "fixtures" / "tables" / "totals_first_dashes.json").read_text())
    words = [Word(t, x0, top, x1, bottom, size=size, base=base) for t, x0, top, x1, bottom, size, base in data["words"]]
    grids = aligned_grids(1, words, [], S)
    assert len(grids) == 1 and sum(len(c.words) for c in grids[0].cells) == len(words)
