"""Tables ruled by their columns only (left, right and inside vertical borders, no horizontal
one), read by the column reader (tables/column_rules.py: the rules give the columns and the
extent), on one DOCX built for the test and converted by LibreOffice, set tight as a Word
template sets them (no paragraph spacing: the caption right above the table, the next
paragraph right under it):

- a synthesis table whose first column wraps a label over two lines;
- an operation table with group rows merged over every column: the inside rules are drawn in
  pieces between the group rows, still columns, and the lines where every inside rule stops
  are rows over every column;
- a financing table whose header cell wraps, with dashes for empty values: the dashes open no
  column of their own; its Total, boxed apart a blank paragraph below (a one-row table on the
  table's outer rules, its cells in the table's columns), is its last row;
- a note boxed on the operation table's outer rules a blank paragraph below, its text running
  over the columns: a framed paragraph, no row of the table;
- a paragraph framed by a left and a right border (two rules of one extent) is no table.

The whitespace reader read these ones too; where it lost such tables (headings at a tab stop
above, wrapped cells beside group rows) is test_tables_layout7_columns.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

QTY = [["Intervention", "Le Bois Joli", "La Côte Rouge"],
       ["Démolition de logements locatifs sociaux", "17 logements", "43 logements"],
       ["Requalification de LLS", "–", "115 logements"],
       ["Résidentialisation", "177 logements", "–"],
       ["Reconstitution de l'offre", "–", "45 logements"]]
OPS = [["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU"],
       ["Quartier Le Bois Joli (QP059057) – Neuvelle"],
       ["Démolition de la barre Fauré (17 logements)", "OPH Pays de Valmy", "Neuvelle", "17", "350.000 euros"],
       ["Résidentialisation de l'ensemble Les Mimosas (177 logements)", "OPH Horizon", "Neuvelle", "177",
        "616.100,43 euros"],
       ["Quartier La Côte Rouge (QP059003) – Marcillac"],
       ["Démolition de l'îlot Les Mimosas (14 logements)", "Alizé Logement", "Marcillac", "14", "236.400 euros"],
       ["Requalification de l'immeuble Rimbaud (115 logements)", "OPH Horizon", "Marcillac", "115",
        "1.180.000 euros"]]
FIN = [["Financeurs", "Le Bois Joli (QP059057)", "La Côte Rouge (QP059003)", "Total"],
       ["ANRU", "4.278.100,43 euros", "5.549.800,52 euros", "9.827.900,95 euros"],
       ["Organismes HLM", "–", "5.550.000,47 euros", "5.550.000,47 euros"],
       ["Banque des Territoires", "5.210.000 euros", "–", "5.210.000 euros"],
       ["Total", "9.488.100,43 euros", "11.099.800,99 euros", "20.587.901,42 euros"]]
NOTE = ("Les montants de subvention indiqués ci-dessus sont prévisionnels et plafonnés ; ils seront "
        "ajustés au vu des dépenses réelles lors du solde de chaque opération.")
CAPTIONS = ["Tableau de synthèse du programme urbain", "Tableau des opérations cofinancées par l'ANRU",
            "Plan de financement prévisionnel par financeur et par quartier"]
COLUMNS = {e: "single" for e in ("left", "right", "insideV")}


def _box(doc, cells: list[str], widths: list[float], bold: bool) -> None:
    """A one-row table boxed apart under the one above: a blank paragraph between, or the two
    tables are one (LibreOffice joins adjacent tables)."""
    from docx.shared import Pt

    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    box = doc.add_table(rows=1, cols=len(cells))
    docxkit.edge_borders(box, {e: "single" for e in ("top", "left", "bottom", "right")}, size=12)
    for j, text in enumerate(cells):
        run = box.cell(0, j).paragraphs[0].add_run(text)
        run.font.size = Pt(9)
        run.bold = bold
    docxkit.set_col_widths(box, widths)


def _table(doc, rows: list[list[str]], widths: list[float], total_box: bool = False,
           note: str = "") -> None:
    from docx.shared import Pt

    body = rows[:-1] if total_box else rows
    n = len(rows[0])
    tbl = doc.add_table(rows=len(body), cols=n)
    docxkit.edge_borders(tbl, COLUMNS)
    for i, row in enumerate(body):
        if len(row) == 1:                      # a group row over every column
            tbl.cell(i, 0).merge(tbl.cell(i, n - 1))
        for j, text in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(text)
            run.font.size = Pt(9)
            run.bold = i == 0
    docxkit.set_col_widths(tbl, widths)
    if total_box:
        _box(doc, rows[-1], widths, True)
    if note:        # one cell over the table's width
        _box(doc, [note], [sum(widths)], False)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from docx.shared import Pt

    from convention_parser.pipeline import parse_pdf

    tmp = tmp_path_factory.mktemp("column_rules")
    doc = docxkit.new_document("Liberation Serif", 10, (2.0, 2.0, 2.0, 2.0), 1.0, 0)
    head = doc.add_paragraph().add_run("Article 4 – La description du projet urbain")
    head.bold = True
    head.font.size = Pt(12)
    doc.add_paragraph("Le programme d'intervention est synthétisé comme suit :")
    for k, (caption, rows, widths, total_box, note) in enumerate((
            (CAPTIONS[0], QTY, [4.6, 5.0, 5.0], False, ""),
            (CAPTIONS[1], OPS, [5.2, 3.2, 2.4, 1.8, 2.8], False, NOTE),
            (CAPTIONS[2], FIN, [3.6, 3.6, 3.6, 3.6], True, ""))):
        if k:
            doc.add_page_break()
        doc.add_paragraph(caption)
        _table(doc, rows, widths, total_box, note)
        doc.add_paragraph("Le programme prévoit au global la démolition de 60 logements locatifs sociaux et la "
                          "requalification de 115 logements, sous la maîtrise d'ouvrage des organismes HLM.")
    doc.add_page_break()
    framed = doc.add_paragraph("Les partenaires s'engagent à conduire cette démarche en associant les habitants, "
                               "notamment au sein de la maison du projet. " * 3)
    docxkit.paragraph_border(framed, sides=("left", "right"))
    path = tmp / "column-rules.docx"
    doc.save(str(path))
    pdf = office.docx_to_pdf([path], tmp / "pdf")[0]
    return parse_pdf(str(pdf)).parts[0], str(pdf)


@pytest.fixture(scope="module")
def part(built):
    return built[0]


def test_the_column_reader_reads_each_table_from_its_rules(built):
    """The column reader alone (not the whitespace reader that also reads these tables): one
    grid a table page, of the table's columns and rows (the Total boxed apart among them, the
    boxed note not), none on the page of the framed paragraph."""
    from convention_parser.tables.column_rules import column_ruled_grids
    from convention_parser.tables.ruled import page_words
    from convention_parser.tables.settings import TableSettings
    from convention_parser.text import read_document

    s = TableSettings()
    doc = read_document(built[1])
    shapes = []
    for page in doc.pages:
        hrules = [r for r in page.rules if r[3] - r[1] < 2]
        shapes.append([(g.n_rows, g.n_cols) for g in column_ruled_grids(page, page_words(page), hrules,
                                                                          s.column_rules, s.aligned)])
    assert shapes == [[(len(QTY), 3)], [(len(OPS), 5)], [(len(FIN), 4)], []]


def _titled(part, k: int):
    found = [t for t in part.tables if t.title == CAPTIONS[k]]
    assert len(found) == 1, [(t.title, t.n_rows, t.n_cols) for t in part.tables]
    return found[0]


def test_a_tight_table_ruled_by_its_columns_with_a_wrapped_label(part):
    t = _titled(part, 0)
    assert t.header[-1] == QTY[0]
    assert t.rows == QTY[1:]


def test_inside_rules_broken_by_group_rows_still_draw_the_columns(part):
    t = _titled(part, 1)
    assert t.header[-1] == OPS[0]
    assert (t.n_rows, t.n_cols) == (len(OPS) - 1, len(OPS[0]))
    # a group row is one cell over every column (its text spread over them)
    assert t.rows == [r if len(r) > 1 else r * len(OPS[0]) for r in OPS[1:]]


def test_a_wrapped_header_cell_and_dashes(part):
    t = _titled(part, 2)
    assert t.header[-1] == FIN[0]
    assert t.rows[:len(FIN) - 2] == FIN[1:-1]


def test_a_total_boxed_apart_joins_the_table(part):
    t = _titled(part, 2)
    assert t.header[-1] == FIN[0]
    assert t.rows == FIN[1:]


def test_a_note_boxed_on_the_table_rules_that_runs_over_its_columns_stays_out(part):
    t = _titled(part, 1)
    assert (t.n_rows, t.n_cols) == (len(OPS) - 1, len(OPS[0]))
    assert not [c for t in part.tables for r in t.rows + t.header for c in r if "prévisionnels" in c]


def test_a_paragraph_framed_left_and_right_is_no_table(part):
    assert not [t for t in part.tables if any("maison du projet" in c for r in t.rows for c in r)]
    assert len(part.tables) == 3
