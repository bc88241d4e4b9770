"""Unruled office tables whose part at a page foot is too short to be found
(tests/fixtures/tables/office_foot_parts.py: python-docx + LibreOffice, gold by construction):

- ``paragraphs_two_cols``: a cell of several paragraphs the break cuts, its next paragraphs
  left under the grid at the page foot, the header printed again over the cell's rest and one
  row atop the next page: on 0c15983 the table ended at the page foot (4 rows for 5), the
  orphans read as a table of their own;
- ``paragraphs_four_cols``: the same in four columns, the paragraphs in the third (a family
  case: 0c15983 reads it);
- ``head_two_cols``: a label | value sheet broken under its first row, whose value wraps: the
  page foot holds the header and the row's first line; on 0c15983 the foot was lost and the
  row's rest read into the header printed again ("Contenu République"; 7 rows for 8);
- ``head_three_cols``: the same in three columns (a family case: 0c15983 reads it);
- ``label_paragraph_seven_cols``: one page, seven columns, a label's second paragraph set off
  by its spacing beside the next cell's wrapped lines: on 0c15983 its lines opened two rows of
  their own in each of two rows (7 rows for 4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import case_tables, fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_foot_parts.py")


B = _builder()


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table_in_its_rows(case):
    tables = case_tables(FIXTURES / "foot_parts", case)
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(c["widths"]))]
    t = tables[0]
    assert t.pages == c.get("pages", [1, 2])
    assert t.header == [c["header"]]
    assert t.rows == gold


def test_header_again_reads_word_breaks_either_way():
    """A header printed again whose words a page rejoined across a line break ("(intituléexact)"
    where the first page read "(intitulé exact)": cpd_office seed 204 --word, five ruled 8-10
    column tables read two rows long, the header again and the cut row's rest) is the header."""
    from convention_parser.tables.header_again import header_again

    first = [["Libellé précis (adresse, nb de lgts)", "IDTOP", "Maître d’ouvrage (intitulé exact)", "Montant"]]
    again = [["Libellé précis (adresse, nb de lgts)", "IDTOP", "Maître d’ouvrage (intituléexact)", "Montant"]]
    assert header_again(again, first)
    assert not header_again([["Libellé précis (adresse, nb de lgts)", "IDTOP", "Maître d’ouvrage", "Montant"]], first)
    assert not header_again(again[:0], first)
