"""Tables ruled as documents nobody here typeset rule them (generator2 layout set 7), on one
DOCX built for the test and converted by LibreOffice:

- column rules only, the header shaded and the Total row boxed apart under the body: the two
  boxes are no row bounds of the unruled body between them (aligned.split_rows), its rows
  come from whitespace;
- every rule dotted, the Total row boxed apart: the boxed row joins the ruled table
  (last_row.py, a ruled grid's boxed row);
- rules between rows with a double rule under the header, the Total row boxed apart: the
  double rule is one row bound (the header stays the table's: stacked.py) and the boxed row,
  further below than a last row sits, joins it (last_row.py).

An operation table cut by a page break, its header printed again unchanged and its caption
again with "(suite et fin)", fully ruled or ruled between rows: one table, and the marked
caption is the table's furniture, not prose (a version printing the table whole has no such
line: the diff would see a change; tables/captions.caption_lines).

Sub-article headings numbered as outline labels ("4-1)", "4.2)") are headings with their
number (convention.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

from fixtures.tables.rules7 import FIN, LONG, OPS, QTY, add_table, split_table  # noqa: E402

TITLES = {"vertical": "Plan de financement prévisionnel par financeur et par quartier",
          "dotted": "Tableau des opérations cofinancées par l'ANRU",
          "double_head": "Tableau de synthèse du programme urbain"}
SPLIT = "Tableau des opérations programmées (article 8.1)"
SPLIT_ROWS = "Tableau des opérations programmées (article 8.2)"


@pytest.fixture(scope="module")
def part(tmp_path_factory):
    from docx import Document
    from docx.shared import Pt

    from convention_parser.pipeline import parse_pdf

    tmp = tmp_path_factory.mktemp("rules7")
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.add_paragraph("CONVENTION PLURIANNUELLE DU PROJET DE RENOUVELLEMENT URBAIN")
    for text, prose in (("Article 4 – La description du projet urbain", "Le projet urbain est décrit ci-après."),
                        ("4-1) La synthèse du programme urbain", "Le programme est synthétisé comme suit."),
                        ("4-2) La description de la composition urbaine", "La composition urbaine est décrite."),
                        ("Article 5 – La stratégie de diversification", "La stratégie est décrite ci-après."),
                        ("5.1) La description de la stratégie", "Les objectifs de diversification sont rappelés.")):
        run = doc.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(13 if text.startswith("Article") else 12)
        doc.add_paragraph(prose)
    for rules, rows, shade in (("vertical", FIN, True), ("dotted", OPS, False), ("double_head", QTY, False)):
        doc.add_page_break()
        doc.add_paragraph("Les montants s'établissent comme suit :")
        add_table(doc, TITLES[rules], rows, rules, total_box=True, shade_header=shade)
        doc.add_paragraph("Ces montants sont prévisionnels.")
    for title, rules in ((SPLIT, "all"), (SPLIT_ROWS, "horizontal")):
        doc.add_page_break()
        doc.add_paragraph("Les opérations cofinancées sont les suivantes :")
        split_table(doc, title, LONG, 7, "(suite et fin)", rules)
        doc.add_paragraph("Le calendrier des opérations est annexé.")
    path = tmp / "rules7.docx"
    doc.save(str(path))
    return parse_pdf(str(office.docx_to_pdf([path], tmp / "pdf")[0])).parts[0]


def _table(part, rules: str):
    found = [t for t in part.tables if t.title == TITLES[rules]]
    assert len(found) == 1, [(t.title, t.n_rows) for t in part.tables]
    return found[0]


def test_column_rules_and_boxed_rows_leave_the_body_to_whitespace(part):
    t = _table(part, "vertical")
    assert (t.n_rows, t.n_cols) == (len(FIN) - 1, len(FIN[0]))
    assert t.header[-1] == FIN[0]
    assert t.rows == FIN[1:]


def test_total_boxed_apart_joins_a_ruled_table(part):
    t = _table(part, "dotted")
    assert (t.n_rows, t.n_cols) == (len(OPS) - 1, len(OPS[0]))
    assert t.rows[-1] == OPS[-1]
    assert t.rows[:-1] == OPS[1:-1]


def test_double_rule_under_the_header_and_boxed_total(part):
    t = _table(part, "double_head")
    assert t.header[-1] == QTY[0]
    assert t.rows == QTY[1:]
    # the boxed rows are no tables of their own
    assert not [x for x in part.tables if x.n_rows == 1 and x.rows[0][0] == "Total"]


def test_outline_labels_number_sub_articles(part):
    got = [(s.number, s.heading) for s in part.sections if s.number]
    assert got == [("4", "La description du projet urbain"), ("4.1", "La synthèse du programme urbain"),
                   ("4.2", "La description de la composition urbaine"),
                   ("5", "La stratégie de diversification"), ("5.1", "La description de la stratégie")]


def test_marked_caption_of_a_continued_part_is_no_prose(part):
    for title in (SPLIT, SPLIT_ROWS):
        found = [t for t in part.tables if t.title == title]
        assert len(found) == 1, [(t.title, t.n_rows) for t in part.tables]
        assert found[0].rows == LONG[1:]
    text = "\n".join(s.text for s in part.sections)
    assert text.count("Les opérations cofinancées sont les suivantes") == 2
    assert text.count("Le calendrier des opérations est annexé.") == 2
    assert "(suite et fin)" not in text


def test_pinned_seed_cut_table_caption_is_no_prose(tmp_path):
    """Layout set 7, seed 1334, consolidated version: the operation table ruled between rows
    (a double rule under the header), cut by a page break, its second piece under "… (suite et
    fin)" and the header printed again, joined by that header, its Total row boxed apart: one
    table, cells as the gold has them, and the marked caption no prose of article 8.1 (its
    consolidation from the signed version, printed whole, left a change behind)."""
    from convention_parser.pipeline import parse_pdf
    from corpora.generator2 import convention

    sample = convention.build(1334, tmp_path / "docx", layout_set=7)[2]
    x7 = sample.gold["layout"]["layout7"]
    assert (x7["rules"], x7["split_ops"], x7["total_box"], x7["suite_mark"]) == \
        ("double_head", True, True, "(suite et fin)")
    gold = next(t for t in sample.gold["parts"][0]["tables"] if t["title"].startswith("Tableau des opérations"))
    part = parse_pdf(str(office.docx_to_pdf([sample.docx], tmp_path / "pdf")[0])).parts[0]
    found = [t for t in part.tables if t.title == gold["title"]]
    assert len(found) == 1
    assert found[0].rows == gold["rows"]
    article = next(s for s in part.sections if s.number == "8.1")
    assert gold["title"] in article.text
    assert "(suite et fin)" not in article.text


def test_pinned_seed_outline_label_atop_two_columns_keeps_its_prose(tmp_path):
    """Layout set 7, seed 1335, signed version: article 2.1 set in two columns under its
    heading "2.1) La vocation …" (wrapped in the left column, the right column opening on the
    tail of article 2's text). Whitespace cuts the columns into two rows, the heading's and the
    rest: the heading opens on its section number, not a figure (finder.across_prose_columns),
    so the columns stay prose, not a layout grid, and 2.1 keeps its text."""
    from convention_parser.pipeline import parse_pdf
    from corpora.generator2 import convention

    sample = convention.build(1335, tmp_path / "docx", layout_set=7)[0]
    assert (sample.gold["layout"]["two_columns_article"], sample.gold["layout"]["layout7"]["sub"]) == ("2.1", "paren")
    part = parse_pdf(str(office.docx_to_pdf([sample.docx], tmp_path / "pdf")[0])).parts[0]
    text = " ".join(next(s for s in part.sections if s.number == "2.1").text.split())
    assert text.startswith("La gestion urbaine de proximité fait l'objet d'une convention spécifique "
                           "entre la commune de Valcourt")
    assert len(part.tables) == len(sample.gold["parts"][0]["tables"])


def test_pinned_seed_continued_part_whose_header_words_break_otherwise(tmp_path):
    """Layout set 7, seed 1326, avenant: the operation table ruled by its columns only, cut by
    a page break under "… (suite et fin)", its narrow header cells breaking a word in one part
    ("Lance ment") and not in the other: the parts' headers are one once spaces are off
    (marked_parts.continues), one table of every row."""
    from convention_parser.pipeline import parse_pdf
    from corpora.generator2 import convention

    sample = convention.build(1326, tmp_path / "docx", layout_set=7)[1]
    x7 = sample.gold["layout"]["layout7"]
    assert (x7["rules"], x7["split_ops"], x7["suite_mark"]) == ("vertical", True, "(suite et fin)")
    gold = next(t for t in sample.gold["parts"][0]["tables"] if t["title"].startswith("Tableau des opérations"))
    part = parse_pdf(str(office.docx_to_pdf([sample.docx], tmp_path / "pdf")[0])).parts[0]
    found = [t for t in part.tables if t.title.startswith("Tableau des opérations")]
    assert len(found) == 1
    assert found[0].rows == gold["rows"]
