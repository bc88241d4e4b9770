"""Tables as another agglomeration's Word template prints them (layout set 8), built for the
test and converted by LibreOffice: a table without rules whose first column is shaded (each
cell's background a rectangle of its own, whose outline is no rule), the same with its group
rows shaded across the table (the bands' edges its only rules, several rows between two of
them), and two tables set side by side in the cells of a borderless layout table (their rules
stacks of their own, their rows never lined up)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEADER = ["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Subvention ANRU"]
GROUPS = {
    "Quartier Les Sablons (QP067056) – Lens": [
        ["C0695-21-0001", "Démolition de la tour Mansart (57 logements)", "Lens", "OPH Armor", "1 060 900,95"],
        ["C0695-21-0002", "Démolition de la barre Les Glycines", "Lens", "Arcades Logement", "1 850 000"],
        ["C0695-24-0003", "Aménagement du mail central", "Lens", "Commune de Lens", "2 070 000"]],
    "Quartier Le Moulin (QP067016) – Liévin": [
        ["C0695-21-0006", "Démolition de l'immeuble Fauré", "Liévin", "OPH Armor", "4 775 400"],
        ["C0695-33-0007", "Requalification de la résidence Les Lilas", "Liévin", "Maisons de Vauban", "620 000"]],
}
TOP = ["Opération", "", "Localisation", "", "Financement"]
FILL = "DCE6F1"


def _page(doc, title: str) -> None:
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    doc.add_paragraph("Les opérations cofinancées par l'ANRU sont les suivantes :")
    doc.add_paragraph(title).runs[0].italic = True


def _end(doc) -> None:
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    doc.add_paragraph("Le plan de financement des opérations programmées figure en annexe.")


def _operations_docx(path: Path, group_rows: bool, shaded_header: bool = False, two_level: bool = False) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _page(doc, "Tableau des opérations cofinancées par l'ANRU")
    rows: list[list[str] | str] = ([TOP] if two_level else []) + [HEADER]
    heads = len(rows)
    for group, ops in GROUPS.items():
        if group_rows:
            rows.append(group)
        rows += ops
    t = doc.add_table(rows=len(rows), cols=len(HEADER))
    docxkit.table_rules(t, "none")
    for i, row in enumerate(rows):
        if isinstance(row, str):
            cell = t.cell(i, 0).merge(t.cell(i, len(HEADER) - 1))
            cell.paragraphs[0].add_run(row).font.size = Pt(9)
            docxkit.shade(cell, FILL)            # the group row shaded across the table
            continue
        for j, text in enumerate(row):
            r = t.cell(i, j).paragraphs[0].add_run(text)
            r.font.size = Pt(9)
            r.bold = i < heads
        if i >= heads:
            docxkit.shade(t.cell(i, 0), FILL)    # the first column shaded under the header
        elif shaded_header:
            for j in range(len(HEADER)):
                docxkit.shade(t.cell(i, j), "D9D9D9")
    if two_level:
        t.cell(0, 0).merge(t.cell(0, 1))
        t.cell(0, 2).merge(t.cell(0, 3))
    _end(doc)
    doc.save(str(path))
    return path


def _ops_rows(parsed) -> list[list[str]]:
    tables = [t for t in parsed.parts[0].tables if t.n_cols == len(HEADER)]
    assert len(tables) == 1
    return [[" ".join(c.split()) for c in r] for r in tables[0].rows]


def test_shaded_first_column_is_no_rule(tmp_path):
    """The first column's backgrounds (a rectangle per cell, no rule anywhere) under a shaded
    header: their outlines are no rules (else the header's shading and the column's edges make
    a ruled grid of the header alone and the body is lost), the table is read by its
    whitespace, every operation a row of five cells."""
    from convention_parser.pipeline import parse_pdf
    from convention_parser.text.reader import read_document

    pdf = office.docx_to_pdf([_operations_docx(tmp_path / "a.docx", group_rows=False, shaded_header=True,
                                               two_level=True)],
                             tmp_path / "pdf")[0]
    page = read_document(pdf).pages[0]
    ids = [l for l in page.lines if l.words[0].text.startswith("C0695")]
    top, bottom = min(l.top for l in ids), max(l.bottom for l in ids)
    first_col = max(w.x1 for l in ids for w in l.words[:1])
    # no rule inside the body across the shaded column alone (its cells' outlines), and no
    # vertical edge of it: the shading is a tint, not a grid
    assert not [r for r in page.rules if top < r[1] < bottom and r[3] - r[1] < 1 and r[2] <= first_col + 12]
    assert not [r for r in page.rules if r[2] - r[0] < 1 and r[1] >= top - 2 and r[3] <= bottom + 8]
    rows = _ops_rows(parse_pdf(str(pdf)))
    gold = [op for ops in GROUPS.values() for op in ops]
    assert len(rows) == len(gold)
    for got, want in zip(rows, gold):
        assert got[0] == want[0] and got[-1] == want[-1] and got[3] == want[3]


def test_shaded_group_rows_bound_groups_not_rows(tmp_path):
    """Group rows shaded across a table without rules: their bands' edges are its only rules,
    the operations between two bands are rows of their own (each opens on its IDTOP with its
    figure in the last column), not one row of joined cells, and the two-level header above the
    first band (no rule over it) keeps its two rows."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_operations_docx(tmp_path / "b.docx", group_rows=True, two_level=True)],
                             tmp_path / "pdf")[0]
    table = [t for t in parse_pdf(str(pdf)).parts[0].tables if t.n_cols == len(HEADER)]
    # the header over the first band (no rule above it) keeps its two rows
    assert len(table) == 1 and [" ".join(c.split()) for c in table[0].header[-1]] == HEADER
    assert len(table[0].header) == 2 and table[0].header[0][0] == "Opération"
    rows = [[" ".join(c.split()) for c in r] for r in table[0].rows]
    ops = {r[0]: r for r in rows if r[0].startswith("C0695")}
    gold = {op[0]: op for g in GROUPS.values() for op in g}
    assert set(ops) == set(gold)
    for idtop, want in gold.items():
        assert ops[idtop][-1] == want[-1] and ops[idtop][3] == want[3]
    assert sum(1 for r in rows if r[0].startswith("Quartier")) == len(GROUPS)


FIN_HEADER = ["Financeurs", "Les Sablons", "Le Moulin", "Total"]
FIN = [["ANRU", "6 610 401", "9 168 000", "15 778 401"],
       ["Région", "420 000", "795 000", "1 215 000"],
       ["Communes", "3 900 000", "100 000", "4 000 000"],
       ["FEDER", "4 850 000", "1 569 800", "6 419 800"],
       ["Total", "15 780 401", "11 632 800", "27 413 201"]]
FAM_HEADER = ["Famille d'opérations", "Concours ANRU"]
FAM = [["Démolition de logements locatifs sociaux", "12 715 500"],
       ["Requalification de logements locatifs sociaux", "1 118 000"],
       ["Résidentialisation", "1 489 000"],
       ["Aménagement d'ensemble", "455 901"]]


def _side_by_side_docx(path: Path) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    doc.add_paragraph("Article 9 – Le plan de financement des opérations programmées").runs[0].bold = True
    doc.add_paragraph("Le plan de financement prévisionnel s'établit comme suit :")
    outer = doc.add_table(rows=1, cols=2)
    docxkit.table_rules(outer, "none")
    outer.autofit = False
    for j, (header, rows, width) in enumerate(((FIN_HEADER, FIN, 10.5), (FAM_HEADER, FAM, 5.5))):
        outer.columns[j].width = Cm(width)
        cell = outer.cell(0, j)
        cell.width = Cm(width)
        t = cell.add_table(rows=1 + len(rows), cols=len(header))
        docxkit.table_rules(t, "horizontal")     # rules between rows only
        t.autofit = False
        col = Cm((width - 0.4) / len(header))
        for k in range(len(header)):
            t.columns[k].width = col
        for i, row in enumerate([header] + rows):
            for k, text in enumerate(row):
                t.cell(i, k).width = col
                r = t.cell(i, k).paragraphs[0].add_run(text)
                r.font.size = Pt(8)
                r.bold = i == 0
    doc.add_paragraph("Le montant global des concours financiers de l'ANRU figure ci-dessus.")
    doc.save(str(path))
    return path


def test_two_tables_side_by_side_are_two_tables(tmp_path):
    """Two tables ruled between rows, side by side in a layout table: each stack of rules
    keeps its own words (the other table's, beside it past a gutter, make none of its bands a
    paragraph), so the financing table and the family table are read apart, cell for cell."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_side_by_side_docx(tmp_path / "c.docx")], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    clean = lambda rows: [[" ".join(c.split()) for c in r] for r in rows]  # noqa: E731
    fin = [t for t in tables if t.n_cols == 4]
    fam = [t for t in tables if t.n_cols == 2]
    assert len(fin) == 1 and len(fam) == 1
    assert clean(fin[0].rows) == FIN
    assert clean(fam[0].rows) == FAM
