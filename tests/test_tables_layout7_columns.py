"""Tables ruled by their columns only in a tight Word template (generator2 layout set 7, dev doc
seed 1552, the signed convention; gold by construction), three ways the readers lost them:

- the synthesis table sits a few lines under numbered headings set at a tab stop ("Article 4 :"
  <tab> title) with no paragraph spacing: headings and table made one run of lines whose
  gutters cover each other, and the table was lost (aligned._gutter_runs cuts such a run at its
  prose; the column rules give it anyway: tables/column_rules.py);
- the operation table has group rows ("Quartier … – Neuvelle") over every column, so its inside
  rules are drawn in pieces: its middle columns were read as tables of their own;
- the financing table's header cell wraps and its Total is boxed apart: the box's rules were
  taken for row bounds and the body read as one row.

Each table is checked against the generator's gold: its rows, and its header."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "corpora"))
sys.path.insert(0, str(ROOT / "corpora" / "generator2"))

from generator2 import convention, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    from convention_parser.pipeline import parse_pdf

    tmp = tmp_path_factory.mktemp("layout7_columns")
    signed = next(s for s in convention.build(1552, tmp / "docx", None, layout_set=7) if s.name.endswith("-signed"))
    pdf = office.docx_to_pdf([signed.docx], tmp / "pdf")[0]
    return signed.gold["parts"][0]["tables"], parse_pdf(str(pdf)).parts[0]


def _found(part, title: str):
    found = [t for t in part.tables if t.title == title]
    assert len(found) == 1, [(t.title, t.n_rows, t.n_cols) for t in part.tables]
    return found[0]


@pytest.mark.parametrize("k", [0, 1, 2, 3])
def test_every_table_with_its_gold_rows(parsed, k):
    gold, part = parsed
    t = _found(part, gold[k]["title"])
    assert t.header[-1] == gold[k]["header"][-1]
    # a group row is one cell over every column: its text spread over them
    assert t.rows == [r if any(r[1:]) else [r[0]] * len(r) for r in gold[k]["rows"]]


def test_no_table_of_a_tables_middle_columns(parsed):
    gold, part = parsed
    assert len(part.tables) == len(gold)
