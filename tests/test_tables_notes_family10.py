"""Tables with notes (layout set 10's family, conv_docx10.table): documents built for the test and
converted by LibreOffice, and pinned generator seeds of layout set 10.

- a caption set under a table whose notes stand under its frame: the caption is the line after
  the notes (caption_notes.py), the notes the table's; calls glued after a closing bracket
  ("Montant ANRU (€)(2)", "Montant ANRU (€)2") leave the heads (table_notes.py);
- a table cut by hand over two pages, its header typed again without the calls, in capitals or
  hyphenated: one table, the header once (header_variants.py);
- seed 1671's avenant: a table ruled between rows under articles whose headings carry a bottom
  rule keeps the paragraphs above it out (prose_top.py); a notes row pushed over the page under
  the header printed again is the table's (notes_overleaf.py);
- seed 1670's convention: plain captions under the tables, a sommaire set as a grid over a bold
  "SOMMAIRE": each table takes the caption under it (the sommaire has no vote, finder._layout_grid).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEADER = ["N° IDTOP", "Opération", "Maître d'ouvrage", "Montant ANRU (€)"]
NOTES = ["Opérations inscrites au programme validé en comité d'engagement.",
         "Montants exprimés hors taxes, arrondis à l'euro."]
FILL = ("Les partenaires s'engagent à conduire cette démarche en associant les habitants, notamment au "
        "sein de la maison du projet et des instances de concertation mises en place par la commune.")
CAPTION = "Tableau des opérations cofinancées par l'ANRU"


def _rows(n: int) -> list[list[str]]:
    return [[f"C0542-{21 + i % 3}-{i + 1:04d}", f"Démolition de la barre Les Tilleuls n°{i + 1}",
             "Néolis Logement", f"{(i + 1) * 104 + 17} 500"] for i in range(n)]


def _table(doc, head: list[str], rows: list[list[str]], call: str | None, notes_row: list[str]):
    from docx.shared import Pt

    t = doc.add_table(rows=1 + len(rows) + bool(notes_row), cols=len(head))
    docxkit.table_rules(t, "all")
    for i, row in enumerate([head] + rows):
        for j, text in enumerate(row):
            r = t.cell(i, j).paragraphs[0].add_run(text)
            r.font.size = Pt(9)
            r.bold = i == 0
    if call:
        for n, j in ((1, 0), (2, len(head) - 1)):      # typed in superscript after the heads' words
            r = t.cell(0, j).paragraphs[0].add_run(call.format(n=n))
            r.font.superscript = True
            r.font.size = Pt(9)
            r.bold = True
    if notes_row:
        cell = t.cell(len(rows) + 1, 0).merge(t.cell(len(rows) + 1, len(head) - 1))
        for k, text in enumerate(notes_row):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(7.5)
    return t


def _mark(call: str, n: int) -> str:
    m = call.format(n=n)
    return m if m.startswith("(") else m + "."


def _caption_after_notes_docx(path: Path, call: str) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    doc.add_paragraph(FILL)
    _table(doc, HEADER, _rows(6), call, [])
    for n, text in enumerate(NOTES, start=1):        # the notes as paragraphs under the frame
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(f"{_mark(call, n)} {text}")
        r.italic = True
        r.font.size = Pt(7.5)
    p = doc.add_paragraph()                             # the caption after them
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(CAPTION).italic = True
    doc.add_paragraph(FILL)
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    doc.add_paragraph("Le plan de financement des opérations programmées figure en annexe.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("call", ["({n})", "{n}"])
def test_caption_under_the_notes_under_a_table(tmp_path, call):
    """Notes under the table's frame, then its caption: the caption is the table's title (not the
    first note), the notes its notes, the heads without their calls ("Montant ANRU (€)(2)")."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_caption_after_notes_docx(tmp_path / "c.docx", call)], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    assert len(tables) == 1
    t = tables[0]
    assert t.title == CAPTION
    assert t.header == [HEADER]
    assert t.rows == _rows(6)
    assert [" ".join(x.split()) for x in t.notes] == [f"{_mark(call, n)} {x}" for n, x in enumerate(NOTES, 1)]


def _cut_by_hand_docx(path: Path, again: str) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    for _ in range(3):
        doc.add_paragraph(FILL)
    rows = _rows(12)
    _table(doc, HEADER, rows[:8], "({n})", [])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    head = {"nocalls": HEADER, "upper": [h.upper() for h in HEADER],
            "hyphen": [h.replace("Opération", "Opéra-tion").replace("Montant ANRU", "Mon-tant ANRU") for h in HEADER]}[again]
    _table(doc, head, rows[8:], None, [f"(1) {NOTES[0]}", f"(2) {NOTES[1]}"])
    doc.add_paragraph(FILL)
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    doc.save(str(path))
    return path


@pytest.mark.parametrize("again", ["nocalls", "upper", "hyphen"])
def test_header_typed_again_over_the_next_page(tmp_path, again):
    """A table cut by hand over two pages, its header typed again on the second without the note
    calls, in capitals or hyphenated: one table of the twelve operations under the header once."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_cut_by_hand_docx(tmp_path / "h.docx", again)], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    assert len(tables) == 1
    t = tables[0]
    assert t.pages == [1, 2]
    assert t.header == [HEADER]
    assert t.rows == _rows(12)
    assert len(t.notes) == 1 and t.notes[0].startswith("(1) Opérations")


def _seed_doc(tmp_path: Path, seed: int, role: str):
    from corpora.generator2 import convention
    from convention_parser.pipeline import parse_pdf

    sample = [s for s in convention.build(seed, tmp_path / "docx", layout_set=10) if s.name.endswith(role)][0]
    pdf = office.docx_to_pdf([sample.docx], tmp_path / "pdf")[0]
    return sample.gold["parts"][0]["tables"], parse_pdf(str(pdf)).parts[0].tables


def test_seed_1671_avenant_tables_under_ruled_headings_and_notes_overleaf(tmp_path):
    """Layout set 10, seed 1671's avenant: the synthesis table (ruled between rows, under article
    headings each set over a rule) holds its own rows only, not the avenant's articles above it;
    the operations table's notes row, alone atop the next page under the header printed again,
    is its notes, its heads without their calls."""
    gold, found = _seed_doc(tmp_path, 1671, "avenant")
    synth = [t for t in found if t.title == "Tableau de synthèse du programme urbain"]
    g_synth = [t for t in gold if t["title"] == "Tableau de synthèse du programme urbain"][0]
    assert len(synth) == 1
    assert (synth[0].header, synth[0].rows) == (g_synth["header"], g_synth["rows"])
    ops = [t for t in found if t.title.startswith("Tableau des opérations")]
    g_ops = [t for t in gold if t["title"].startswith("Tableau des opérations")][0]
    assert len(ops) == 1
    assert ops[0].header == g_ops["header"]
    assert ops[0].n_rows == g_ops["n_rows"]
    assert len(ops[0].notes) == 2 and ops[0].notes[0].startswith("1. ")


def test_seed_1670_plain_captions_below_beside_a_sommaire_grid(tmp_path):
    """Layout set 10, seed 1670's convention: its captions plain lines under the tables, its
    sommaire a grid under a bold "SOMMAIRE": every table takes the caption printed under it."""
    gold, found = _seed_doc(tmp_path, 1670, "signed")
    assert [t.title for t in found] == [t["title"] for t in gold]
    assert [t.title for t in found if t.title][:3] == ["Tableau de synthèse du programme urbain",
                                                       "Tableau des opérations cofinancées par l'ANRU (article 8.1)",
                                                       "Plan de financement prévisionnel par financeur et par quartier"]


def test_seed_1667_avenant_two_level_header_and_no_blank_column(tmp_path):
    """Layout set 10, seed 1667's avenant (tables ruled between rows only): the operations table's
    two-level header ("Localisation" set left over "Commune" and "Maître d'ouvrage") reads each
    upper label over its sub-columns (header_spread.py); the synthesis table, last on its page
    before the operations table, keeps its four columns, none blank (empty_columns.py)."""
    gold, found = _seed_doc(tmp_path, 1667, "avenant")
    ops = [t for t in found if t.title.startswith("Tableau des opérations")]
    g_ops = [t for t in gold if t["title"].startswith("Tableau des opérations")][0]
    assert len(ops) == 1
    assert ops[0].header == g_ops["header"]
    assert ops[0].header[0][1] == ops[0].header[0][2] == "Localisation"
    synth = [t for t in found if t.title == "Tableau de synthèse du programme urbain"]
    g_synth = [t for t in gold if t["title"] == "Tableau de synthèse du programme urbain"][0]
    assert len(synth) == 1
    assert (synth[0].n_cols, synth[0].header, synth[0].rows) == (g_synth["n_cols"], g_synth["header"], g_synth["rows"])


def _two_level_rows_only_docx(path: Path) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    doc.add_paragraph(FILL)
    head = [["Opération", "Localisation", "", "Financement", ""],
            ["Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
    rows = [[f"Démolition de la barre Les Tilleuls n°{i}", "Neuvelle", "Néolis Logement", f"{i}20 000", f"{i}10 000"]
            for i in range(1, 6)]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    docxkit.table_rules(t, "horizontal")
    for i, row in enumerate(head + rows):
        for j, text in enumerate(row):
            if text:
                r = t.cell(i, j).paragraphs[0].add_run(text)
                r.bold = i < 2
                r.font.size = Pt(9)
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    doc.add_paragraph(FILL)
    doc.save(str(path))
    return path


def test_two_level_header_ruled_between_rows_spreads_its_labels(tmp_path):
    """A two-level header in a table ruled between rows only, its upper labels set left in cells
    merged over two sub-columns: each label stands over both, the merges recorded."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_two_level_rows_only_docx(tmp_path / "t.docx")], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [["Opération", "Localisation", "Localisation", "Financement", "Financement"],
                        ["Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
    assert [0, 1, 1, 2] in t.merged and [0, 3, 1, 2] in t.merged
    assert t.n_rows == 5
