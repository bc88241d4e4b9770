"""Tables typeset by LibreOffice (office_tables.py, dev seeds 8322-8389,
gold by construction) that a page break or a neighbour table used to
misread: each case names its family.

- 8323: an unruled row whose narrow cell wraps past the page foot: the
  rest ("n") opens the next page alone above the table's other rows;
- 8322: two tables ruled between rows only, back to back with different
  columns (one stack of rules); a bold header left alone at a page foot;
- 8338: a bulleted paragraph between two tables ruled between rows, boxed
  by the first one's bottom rule and the second's top rule: no row;
- 8343: a label cell broken by the page break ("Réhabilitation du groupe" /
  "Les Tilleuls …") in a table with group rows: its first word would not
  have fitted on the line above, so it is the rest, not a group row;
- 8340: a merged header printed again on the next page, shaded apart from
  the rows under it;
- 8341: a shaded two-row header boxed alone at a page foot;
- 8347: a shaded header over an unruled body, its box also read as dotted
  rules (a one-row grid that used to replace the body);
- 8352: a header cell broken by the page break ("Base subventi" / "onnable"),
  a row broken there whose rest opens on a capital ("Jean Moulin");
- 8361: a header alone at a page foot, its last cell broken there
  ("Nombre de logeme" / "nts"), the rest alone at the next page's top;
- 8362: a table ruled between rows right above one with fewer columns;
- 8380: the last row of a table ruled between rows pushed to the next
  page, the rest of the row above it ("SEM d'aménagem" / "ent") first;
- 8389: a label cell broken by the page break, its rest ("Moulin") alone
  under the header printed again, in a table with no group row;
- 8356: unruled rows whose amounts wrap inside a digit group ("6 327 86" / "3");
- 8608: an unruled table's group row ("Quartier La Croix-Rouge") left alone at a
  page foot, its rows and total pushed to the next page's top, no header repeated.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
sys.path.insert(0, str(FIXTURES))
from office_tables import _norm, load_gold  # noqa: E402

from convention_parser.tables import find_tables  # noqa: E402
from convention_parser.text import read_document  # noqa: E402


def _found(seed: int):
    pdf = FIXTURES / "pagebreak" / f"office-tables-{seed}.pdf"
    return load_gold(pdf).tables, find_tables(str(pdf), read_document(str(pdf)))


def _norm_rows(rows):
    return [[_norm(c) for c in r] for r in rows]


@pytest.mark.parametrize("seed, tables", [(8322, [0, 1, 2]), (8323, [1]), (8338, [0]), (8343, [0]), (8340, [0]), (8341, [2]), (8347, [1]),
                                          (8352, [1, 2]), (8356, [0]),
                                          (8361, [1]), (8362, [0, 1]), (8380, [2]), (8389, [0])])
def test_shapes_and_first_rows(seed, tables):
    gold, found = _found(seed)
    assert len(found) == len(gold)              # no fragment, no two tables read as one
    for i in tables:
        g, t = gold[i], found[i]
        assert (t.n_rows, t.n_cols) == (g.n_rows, g.n_cols), i
        assert _norm_rows(t.rows[:2]) == _norm_rows(g.rows[:2]), i


def test_group_row_left_at_the_page_foot_over_rows_pushed_to_the_next_page():
    gold, found = _found(8608)
    g = gold[1]
    t = next(t for t in found if _norm_rows(t.rows[:1]) == _norm_rows(g.rows[:1]))
    assert (t.n_rows, t.n_cols) == (g.n_rows, g.n_cols)
    assert t.pages == [1, 2]
    assert [_norm(r[0]) for r in t.rows] == [_norm(r[0]) for r in g.rows]
    assert _norm_rows(t.rows[-1:]) == _norm_rows(g.rows[-1:])       # the total, on page 2


def test_header_alone_at_the_page_foot_heads_its_body():
    for seed, i in ((8322, 2), (8341, 2), (8361, 1)):
        gold, found = _found(seed)
        assert _norm_rows(found[i].header) == _norm_rows(gold[i].header)


def test_rest_of_a_row_opening_the_next_page_alone_joins_it():
    gold, found = _found(8323)
    assert _norm_rows(found[1].rows) == _norm_rows(gold[1].rows)   # "Résidentialisation" whole


def test_word_broken_over_a_cells_last_lines_and_the_page_break_is_glued():
    from collections import Counter

    from convention_parser.tables.page_break import join_cell
    from convention_parser.tables.wrap import vocabulary
    vocab = vocabulary(Counter({"Résidentialisation": 3, "des": 5, "îlots": 2, "nord": 2, "de": 9, "la": 4}))
    assert join_cell("Résiden tialisatio", "n", vocab) == "Résidentialisation"
    assert join_cell("Démolition de la", "tour A", vocab) == "Démolition de la tour A"


def test_a_table_set_bold_throughout_across_a_page_break_is_no_header_alone():
    """Real minutes (Pierrefonds): a fee table, every cell bold, its first
    rows ending a page: they are rows, not a header heading the rest."""
    from conftest import SHARED_REAL
    pdf = SHARED_REAL / "minutes-cm-pierrefonds-2025-11-20.pdf"
    if not pdf.exists():
        pytest.skip("real documents not available")
    found = find_tables(str(pdf), read_document(str(pdf)))
    t = next(t for t in found if any(r[:1] == ["Carte de départ"] for r in t.rows))
    assert ["Adultes", "3 €"] in t.rows and not t.header


def test_one_row_boxed_fee_lines_of_real_minutes_are_tables():
    """Real minutes (Pierrefonds): a fee and a rate boxed alone between two
    tariff tables, one row each ("PARKING FOOT (par jour) | 700 €")."""
    from conftest import SHARED_REAL
    pdf = SHARED_REAL / "minutes-cm-pierrefonds-2025-11-20.pdf"
    if not pdf.exists():
        pytest.skip("real documents not available")
    rows = [t.rows for t in find_tables(str(pdf), read_document(str(pdf))) if t.n_rows == 1 and not t.header]
    assert [["PARKING FOOT (par jour)", "700 €"]] in rows
    assert any(r[0][0].startswith("TAXE D") and r[0][1] == "3 %" for r in rows)
