"""Word habits of layout set 10 (conv_variants10.py), on documents built for the test and
converted by LibreOffice: a sommaire set as a borderless table (a heading as printed in a cell,
its page in the next) or as lines whose page stands at a tab stop without leader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEADINGS = [("titre", "I", "LES QUARTIERS"), ("article", "1", "Les éléments de contexte"),
            ("article", "2", "Les objectifs poursuivis par le projet de renouvellement urbain"),
            ("titre", "II", "LE PROJET DE RENOUVELLEMENT URBAIN"),
            ("article", "3", "La description du projet urbain"), ("article", "4", "La durée de la convention")]


def _label(kind: str, number: str, title: str) -> str:
    return f"TITRE {number} – {title}" if kind == "titre" else f"Article {number} – {title}"


def _sommaire_docx(path: Path, as_table: bool, titled: bool) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm

    doc = Document()
    doc.add_paragraph("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN").runs[0].bold = True
    if titled:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("SOMMAIRE").bold = True
    sec = doc.sections[0]
    avail = sec.page_width - sec.left_margin - sec.right_margin
    pages = [3, 3, 4, 6, 6, 9]
    if as_table:
        t = doc.add_table(rows=len(HEADINGS), cols=2)
        docxkit.table_rules(t, "none")
        for i, ((kind, number, title), page) in enumerate(zip(HEADINGS, pages)):
            r = t.cell(i, 0).paragraphs[0].add_run(_label(kind, number, title))
            r.bold = kind == "titre"
            t.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            t.cell(i, 1).paragraphs[0].add_run(str(page))
    else:
        for (kind, number, title), page in zip(HEADINGS, pages):
            q = doc.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT)   # no leader
            if kind == "article":
                q.paragraph_format.left_indent = Cm(0.5)
            q.add_run(f"{_label(kind, number, title)}\t{page}").bold = kind == "titre"
    doc.add_page_break()
    for kind, number, title in HEADINGS:
        doc.add_paragraph(_label(kind, number, title)).runs[0].bold = True
        doc.add_paragraph("Les parties conviennent de ce qui suit, pour la durée de la présente convention "
                          "et selon les modalités précisées ci-après.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("as_table,titled", [(True, True), (True, False), (False, False)])
def test_sommaire_without_leaders_is_no_table_nor_headings(tmp_path, as_table, titled):
    """A sommaire without dot leaders (a borderless grid whose last column holds the pages, or
    entries whose page stands at a tab stop with no fill), titled or not: no table of the parse,
    none of its entries a heading; the sections are the headings of the text, once each, on the
    page after it."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_sommaire_docx(tmp_path / "s.docx", as_table, titled)], tmp_path / "pdf")[0]
    part = parse_pdf(str(pdf)).parts[0]
    assert part.tables == []
    got = [(s.number, s.heading) for s in part.sections if s.number]
    assert got == [(n, t) for _, n, t in HEADINGS]
    assert {s.page for s in part.sections if s.number} == {2}


OPS_HEADER = ["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Subvention ANRU"]
OPS = [["C0695-21-0001", "Démolition de la tour Mansart", "OPH Armor", "1 060 900"],
       ["C0695-21-0002", "Démolition de la barre Les Glycines", "Arcades Logement", "1 850 000"],
       ["C0695-24-0003", "Aménagement du mail central", "Commune de Lens", "2 070 000"],
       ["Total", "", "", "4 980 900"]]
NOTES = ["Opérations inscrites au programme validé en comité d'engagement.",
         "Montants exprimés hors taxes, arrondis à l'euro."]


def _notes_docx(path: Path, call: str, rules: str) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    doc.add_paragraph("Les opérations cofinancées par l'ANRU sont les suivantes :")
    t = doc.add_table(rows=len(OPS) + 2, cols=len(OPS_HEADER))
    docxkit.table_rules(t, rules)
    for i, row in enumerate([OPS_HEADER] + OPS):
        for j, text in enumerate(row):
            r = t.cell(i, j).paragraphs[0].add_run(text)
            r.font.size = Pt(9)
            r.bold = i == 0
    for n, j in ((1, 0), (2, 1)):          # the calls, typed in superscript after the heads' words
        r = t.cell(0, j).paragraphs[0].add_run(call.format(n=n))
        r.font.superscript = True
        r.font.size = Pt(9)
    cell = t.cell(len(OPS) + 1, 0).merge(t.cell(len(OPS) + 1, len(OPS_HEADER) - 1))
    for n, text in enumerate(NOTES, start=1):
        p = cell.paragraphs[0] if n == 1 else cell.add_paragraph()
        mark = call.format(n=n)
        r = p.add_run(f"{mark if mark.startswith('(') else mark + '.'} {text}")
        r.italic = True
        r.font.size = Pt(7.5)
    doc.add_paragraph("Article 9 – Le plan de financement").runs[0].bold = True
    doc.add_paragraph("Le plan de financement des opérations programmées figure en annexe.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("call,rules", [("({n})", "all"), ("{n}", "horizontal")])
def test_notes_row_under_a_table_is_no_row(tmp_path, call, rules):
    """A table closed by a row of notes (one cell across the table, "(1) …" / "1. …"), its head
    calling them in superscript: the data rows are the operations and the total, the notes the
    table's notes, the heads read without their calls."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_notes_docx(tmp_path / "n.docx", call, rules)], tmp_path / "pdf")[0]
    tables = parse_pdf(str(pdf)).parts[0].tables
    assert len(tables) == 1
    t = tables[0]
    assert [" ".join(c.split()) for c in t.header[-1]] == OPS_HEADER
    assert [[" ".join(c.split()) for c in r] for r in t.rows] == OPS
    assert t.n_rows == len(OPS)
    marks = ["(1)", "(2)"] if call.startswith("(") else ["1.", "2."]
    assert " ".join(" ".join(t.notes).split()) == f"{marks[0]} {NOTES[0]} {marks[1]} {NOTES[1]}"


BOX_WORDS = ["Pour mémoire", "Le porteur de projet informe l'Agence de toute difficulté de mise en œuvre "
             "dans les meilleurs délais."]
BODY_LINES = ["La présente convention porte sur le (ou les) quartier(s) suivant(s) :",
              "Le(s) quartier(s) d'intérêt national, identifié(s) dans l'arrêté du 29 avril 2015 :",
              "Les Terrasses (QP057015) à Saint-Aubin-des-Prés (57) et Le Champ de Mars (QP057011) à "
              "Bréval-sur-Lys (57), dont les périmètres figurent en annexe A de la présente convention."]
BODY = ("La présente convention porte sur les quartiers d'intérêt national identifiés dans l'arrêté "
        "du 29 avril 2015, dont la liste figure ci-après, et sur les opérations programmées qui s'y "
        "rapportent pour toute la durée de la convention et de ses avenants successifs.")


def _box_docx(path: Path) -> Path:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    # rows of one exact height: the box's lines share their heights with the body's lines beside it
    doc.styles["Normal"].paragraph_format.line_spacing = Pt(14)
    doc.add_paragraph("Article 1 – Les quartiers").runs[0].bold = True
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")        # a frame floating at the right of the text block
    for k, v in (("w", str(int(6 * 567))), ("hSpace", "284"), ("wrap", "around"), ("vAnchor", "text"),
                 ("hAnchor", "margin"), ("xAlign", "right"), ("y", "1")):
        fp.set(qn(f"w:{k}"), v)
    ppr.insert(0, fp)
    borders = OxmlElement("w:pBdr")      # a border around it, a shading inside (an encadré)
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", "8"), ("space", "0" if side == "top" else "4"), ("color", "404040")):
            el.set(qn(f"w:{k}"), v)
        borders.append(el)
    ppr.append(borders)
    shd = OxmlElement("w:shd")
    for k, v in (("val", "clear"), ("color", "auto"), ("fill", "F2F2F2")):
        shd.set(qn(f"w:{k}"), v)
    ppr.append(shd)
    r = p.add_run(BOX_WORDS[0])
    r.bold = True
    r.add_break()
    p.add_run(BOX_WORDS[1]).italic = True
    for text in BODY_LINES:
        doc.add_paragraph(text, style="List Bullet" if text.startswith("Le(s)") else None)
    doc.save(str(path))
    return path


def test_shaded_encadre_beside_the_text_is_read_apart(tmp_path):
    """An encadré (a frame bordered and shaded, floating at the right of the text block, the body
    wrapping to its left): its shading's outline, just inside its border, is no rule inside a box;
    the box is read as a block of its own, no line mixes its words with the body's, and the body's
    paragraphs read whole."""
    from convention_parser.text.reader import read_document

    pdf = office.docx_to_pdf([_box_docx(tmp_path / "b.docx")], tmp_path / "pdf")[0]
    page = read_document(pdf).pages[0]
    box_words = set(" ".join(BOX_WORDS).split())
    texts = [ln.text for ln in page.lines]
    box = [t for t in texts if set(t.split()) <= box_words]
    assert " ".join(" ".join(box).split()) == " ".join(" ".join(BOX_WORDS).split())
    body = " ".join(t for t in texts if t not in box and not t.startswith("Article"))
    assert " ".join(body.split()) == " ".join(" ".join(BODY_LINES).split())


def _under_docx(path: Path, note_size: float, call: bool) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Article 8 – Les opérations programmées").runs[0].bold = True
    doc.add_paragraph("Les opérations cofinancées par l'ANRU sont les suivantes :")
    t = doc.add_table(rows=len(OPS) + 1, cols=len(OPS_HEADER))
    docxkit.table_rules(t, "all")
    for i, row in enumerate([OPS_HEADER] + OPS):
        for j, text in enumerate(row):
            r = t.cell(i, j).paragraphs[0].add_run(text)
            r.font.size = Pt(9)
            r.bold = i == 0
    if call:
        r = t.cell(0, 0).paragraphs[0].add_run("(1)")
        r.font.superscript = True
    p = doc.add_paragraph()                  # the note as a paragraph right under the table
    p.paragraph_format.space_before = Pt(2)
    r = p.add_run(f"(1) {NOTES[1]}")
    r.italic = True
    r.font.size = Pt(note_size)
    doc.add_paragraph("Le plan de financement des opérations programmées figure en annexe.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("note_size,call,is_note", [(7.5, True, True), (7.5, False, True), (11, False, False)])
def test_note_printed_under_a_table(tmp_path, note_size, call, is_note):
    """A note typed as a paragraph right under a table, in small type ("(1) Montants …"), called
    by a head or not: the table's note, out of the article's text. The same words in the body's
    type, uncalled, are the text going on."""
    from convention_parser.pipeline import parse_pdf

    pdf = office.docx_to_pdf([_under_docx(tmp_path / "u.docx", note_size, call)], tmp_path / "pdf")[0]
    part = parse_pdf(str(pdf)).parts[0]
    assert len(part.tables) == 1
    t = part.tables[0]
    assert [" ".join(c.split()) for c in t.header[-1]] == OPS_HEADER
    assert t.n_rows == len(OPS)
    text = " ".join(" ".join(b.text for b in s.blocks if b.kind == "paragraph") for s in part.sections)
    assert (t.notes == [f"(1) {NOTES[1]}"]) is is_note
    assert (NOTES[1] in " ".join(text.split())) is not is_note
