"""Tables ruled between rows only whose narrow cells break a compound word at its hyphen, a
line holding only the word's rest (tests/fixtures/tables/office_hyphen_rest_lines.py:
python-docx + LibreOffice, gold by construction). Layer 1 joins the word on its first line and
the rest's line is gone; the stack of rules is still rows at one leading
(tables/hyphen_starts.rest_line_at).

On 225f78d ``stacked_grids`` refused the stack (the cell's lines two leadings apart) and the
whitespace reading took the page over: these fixtures' pages it read right, cpd_office 224's
IDTOP table (a group row keeping white, the header printed again over a row's rest) it cut at
every such cell (54 rows for 79). The stack's own reading is asserted here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.tables.settings import TableSettings
from convention_parser.tables.stacked import stacked_grids
from convention_parser.text import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    spec = importlib.util.spec_from_file_location("office_hyphen_rest_lines", FIXTURES / "office_hyphen_rest_lines.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


B = _builder()


def _pdf(case: str) -> str:
    return str(FIXTURES / "hyphen_rest_lines" / f"{case.replace('_', '-')}.pdf")


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_first_page_stack_is_rows(case):
    doc = read_document(_pdf(case))
    page = doc.pages[0]
    s = TableSettings()
    words = [w for l in page.lines for w in l.words]
    hrules = [tuple(r) for r in page.rules if r[2] - r[0] > 20 and r[3] - r[1] < 2]
    grids = stacked_grids(page.number, words, hrules, s.aligned, s.stacked)
    assert len(grids) == 1
    g = grids[0]
    m = g.matrix()
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert g.n_cols == len(c["widths"])
    assert m[0] == c["header"]
    body = m[1:]
    assert len(body) >= 5
    # every row of the page in its place: the identifiers and the figures
    assert [r[0] for r in body] == [r[0] for r in gold[:len(body)]]
    assert [r[3:] for r in body] == [r[3:] for r in gold[:len(body)]]


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table(case):
    tables = find_tables(_pdf(case), read_document(_pdf(case)))
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(B.CASES[case]["widths"]))]
    assert [r[0] for r in tables[0].rows] == [r[0] for r in gold]
