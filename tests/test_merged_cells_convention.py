"""One convention for merged cells (docs/CONTRACT.md, "Merged cells"): a cell printed over several
columns or rows is spread, its text at every position it covers, in the parser's tables, in the
generator's gold (conv_blocks.spread_spans) and for the generator's scorer (evaluate.score.
spread_cells, exact: a position read otherwise misses). A DOCX built for the test through
LibreOffice (a two-level financing header, layout set 6's form) and the gold of a pinned seed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

QUARTIERS = ["La Madeleine (QP021022)", "Les Aubépines (QP021043)", "Le Bois Joli (QP021001)"]
SPREAD = [["Financeurs", "Total"] + ["Répartition par quartier"] * 3, ["Financeurs", "Total"] + QUARTIERS]
ROWS = [["ANRU", "8 769 500", "2 488 000", "6 281 500", "0"],
        ["Action Logement", "8 503 000", "2 563 000", "5 940 000", "0"],
        ["Total", "17 272 500", "5 051 000", "12 221 500", "0"]]


@pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("rules", ["all", "none"])
def test_two_level_header_is_read_spread(tmp_path, rules):
    """"Répartition par quartier" merged over the quartiers, "Financeurs" and "Total" merged down
    both header rows, ruled or without any rule (layout set 6: no rule shows the merges): each
    column's header cells name it whole, the merges listed."""
    from docx import Document
    from convention_parser.pipeline import parse_pdf

    doc = Document()
    doc.add_paragraph("Le plan de financement prévisionnel des opérations s'établit comme suit :")
    t = doc.add_table(rows=2 + len(ROWS), cols=5)
    docxkit.table_rules(t, rules)
    head = [["Financeurs", "Total", "Répartition par quartier", "", ""], ["", ""] + QUARTIERS]
    for i, row in enumerate(head + ROWS):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).paragraphs[0].add_run(text).bold = i < 2
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    doc.add_paragraph("Le montant global des concours financiers de l'ANRU s'élève à 8 769 500 €.")
    doc.save(str(tmp_path / "m.docx"))
    pdf = office.docx_to_pdf([tmp_path / "m.docx"], tmp_path / "pdf")[0]
    tables = [x for part in parse_pdf(str(pdf)).parts for x in part.tables]
    assert len(tables) == 1
    assert tables[0].header == SPREAD
    assert tables[0].rows == ROWS
    assert sorted(tables[0].merged) == [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 1, 3]]


def test_generator_gold_spreads_merged_cells(tmp_path):
    """The generator's gold of a layout set 6 two-level financing header (seed 1004's avenant)
    writes the merged labels at every position they cover, as the parser reads them."""
    from corpora.generator2 import convention

    avenant = [s for s in convention.build(1004, tmp_path / "docx", layout_set=6) if s.name.endswith("avenant")][0]
    fin = [t for t in avenant.gold["parts"][0]["tables"] if t["title"].startswith("Plan de financement")][0]
    top, low = fin["header"]
    assert top[:2] == low[:2] == ["Financeurs", "Total"]
    assert top[2:] == ["Répartition par quartier"] * (len(top) - 2)
    assert all(q and q != "Répartition par quartier" for q in low[2:])


def test_scorer_compares_every_position():
    """spread_cells holds every covered position: a table read with the merged label once (the
    sub-columns' upper cells blank) misses those cells against a spread gold."""
    from convention_parser.evaluate.score import compare, spread_cells
    from convention_parser.records import Table

    gold = {"header": SPREAD, "rows": ROWS}
    spread = Table(id="t1", title="", pages=[1], header=SPREAD, rows=ROWS, n_rows=3, n_cols=5,
                   merged=[[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 1, 3]])
    once = Table(id="t1", title="", pages=[1], header=[["Financeurs", "Total", "Répartition par quartier", "", ""],
                                                        ["", ""] + QUARTIERS], rows=ROWS, n_rows=3, n_cols=5,
                 merged=spread.merged)
    full = compare(spread_cells(gold), spread_cells(spread))
    assert (full.tp, full.fn, full.fp) == (25, 0, 0)
    short = compare(spread_cells(gold), spread_cells(once))
    assert (short.tp, short.fn) == (21, 4)
