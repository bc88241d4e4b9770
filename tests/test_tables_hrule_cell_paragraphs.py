"""Tables ruled between rows only whose cells hold several paragraphs
(tests/fixtures/tables/office_hrule_cell_paragraphs.py: python-docx + LibreOffice, gold by
construction). A cell's paragraphs stand a paragraph's step apart under the row's one line of
several cells: the stack of rules is still one row a band (tables/cell_paragraphs.py).

On 225f78d ``stacked_grids`` refused every such stack (the step read as two rows' pitch) and the
whitespace reading took the page over: it reads these fixtures, but cut cpd_office 224's
two-column "Opérations | Programme" table under the header printed again (3 rows for 6).
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
    spec = importlib.util.spec_from_file_location("office_hrule_cell_paragraphs",
                                                  FIXTURES / "office_hrule_cell_paragraphs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


B = _builder()


def _pdf(case: str) -> str:
    return str(FIXTURES / "hrule_cell_paragraphs" / f"{case.replace('_', '-')}.pdf")


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_stack_reads_a_row_a_band(case):
    doc = read_document(_pdf(case))
    page = doc.pages[-1]          # (two_cols: the page the header is printed again on)
    s = TableSettings()
    words = [w for l in page.lines for w in l.words]
    hrules = [tuple(r) for r in page.rules if r[2] - r[0] > 20 and r[3] - r[1] < 2]
    grids = stacked_grids(page.number, words, hrules, s.aligned, s.stacked)
    assert len(grids) == 1
    m = grids[0].matrix()
    c = B.CASES[case]
    gold = B.gold_rows(case)
    assert m[0] == c["header"]
    body = m[1:]
    if not body[0][0]:
        # the rest of the row the break cut (two_cols), a band of its own under the header
        rest = body.pop(0)
        cut = gold[len(gold) - len(body) - 1]
        assert all(g.endswith(r) for r, g in zip(rest, cut))
    assert len(body) >= 3
    assert body == gold[len(gold) - len(body):]


@pytest.mark.parametrize("case", sorted(B.CASES))
def test_one_table(case):
    tables = find_tables(_pdf(case), read_document(_pdf(case)))
    gold = B.gold_rows(case)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(len(gold), len(B.CASES[case]["widths"]))]
    assert tables[0].rows == gold
