"""Revision marks (text/revisions.py; avenant style ``marques`` of corpora/generator2/conv_avenant_styles9.py):
an avenant reprints the articles it amends with the words it deletes struck through (or typed
"[supprimé : …]") and the words it inserts in bold, underlined or in colour. The deleted words are no
text of the amended article, its table's cells or rows; the inserted ones are. DOCX files built for
the test with strike / bold / underline / colour runs, converted by LibreOffice; gold by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402
from corpora.generator2.conv_avenant_styles9 import marked_segs  # noqa: E402
from corpora.generator2.conv_blocks import Mark, Money  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

# (text, look): look "" plain, "del" struck, "del_red" struck in red, "ins" bold, "ins_u" underlined,
# "ins_blue" blue
PARA = [("Le programme prévoit la démolition de ", ""), ("356 logements", "del"), (" ", ""),
        ("380 logements", "ins"), (" et la requalification de ", ""), ("129", "del_red"), (" ", ""),
        ("151", "ins_u"), (" logements sur le quartier des ", ""), ("Provinces", "ins_blue"), (".", "")]
AMENDED = "Le programme prévoit la démolition de 380 logements et la requalification de 151 logements sur " \
          "le quartier des Provinces."
BRACKET = "La revue de projet est [supprimé : présidée par le préfet et] ouverte aux habitants du quartier."
BRACKET_AMENDED = "La revue de projet est ouverte aux habitants du quartier."
# a changed cell: the old amount struck, the new one in bold; a line removed struck whole; one added in bold
TABLE = [[[("Opération", "")], [("Montant ANRU", "")]],
         [[("Démolition de la tour Ravel", "")], [("1 500 000 €", "del"), (" ", ""), ("1 880 000 €", "ins")]],
         [[("Requalification de la barre Mansart", "del")], [("500 000 €", "del")]],
         [[("Résidentialisation de l'îlot Jonquilles", "ins")], [("250 000 €", "ins")]],
         [[("Total", "")], [("2 000 000 €", "del"), (" ", ""), ("2 130 000 €", "ins")]]]
TABLE_AMENDED = [["Démolition de la tour Ravel", "1 880 000 €"],
                 ["Résidentialisation de l'îlot Jonquilles", "250 000 €"],
                 ["Total", "2 130 000 €"]]


def _runs(p, runs) -> None:
    from docx.shared import RGBColor
    for text, look in runs:
        r = p.add_run(text)
        if look.startswith("del"):
            r.font.strike = True
        if look == "del_red":
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
        if look == "ins":
            r.bold = True
        if look == "ins_u":
            r.font.underline = True
        if look == "ins_blue":
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0xB4)


def _redline_docx(path: Path, narrow: bool = False) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.add_paragraph("Les modifications apparaissent en caractères gras ; les suppressions sont barrées.")
    _runs(doc.add_paragraph(), PARA)
    doc.add_paragraph(BRACKET)
    t = doc.add_table(rows=len(TABLE), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            if narrow and j == 1:
                c.width = Cm(2.2)
            _runs(c.paragraphs[0], cell)
    doc.add_paragraph("Les autres stipulations demeurent inchangées.")
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def redline_pdfs(tmp_path_factory) -> list[Path]:
    tmp = tmp_path_factory.mktemp("redline")
    docs = [_redline_docx(tmp / "redline.docx"), _redline_docx(tmp / "redline-narrow.docx", narrow=True)]
    return office.docx_to_pdf(docs, tmp / "pdf")


@needs_office
def test_struck_words_are_out_of_the_text_marked_insertions_in(redline_pdfs):
    from convention_parser.pipeline import analyse_pdf

    analysis = analyse_pdf(redline_pdfs[0])
    page = analysis.doc.pages[0]
    body = " ".join(ln.text for ln in page.lines if ln.table_id is None)
    assert AMENDED in body                     # struck (black or red) out; bold, underlined, blue in
    assert BRACKET_AMENDED in body             # "[supprimé : …]" out
    assert "356" not in body and "129" not in body and "supprimé" not in body
    struck = " ".join(w.text for w in page.struck)
    for deleted in ("356 logements", "129", "présidée par le préfet et", "Requalification de la barre Mansart",
                    "1 500 000 €", "2 000 000 €"):
        assert deleted in struck
    assert "380" not in struck and "Total" not in struck and "Provinces" not in struck


@needs_office
@pytest.mark.parametrize("which", [0, 1])
def test_table_reads_as_amended(redline_pdfs, which):
    """A line struck through whole is no line of the table, a changed cell holds its new amount
    alone, an added line is a line (the narrow column: old and new amounts stacked in the cell)."""
    from convention_parser.pipeline import parse_pdf

    tables = parse_pdf(redline_pdfs[which]).parts[0].tables
    assert len(tables) == 1
    assert tables[0].header == [["Opération", "Montant ANRU"]]
    assert tables[0].rows == TABLE_AMENDED


def test_generator_marks_remove_to_the_new_text():
    """conv_avenant_styles9: the new wording with the old words struck and the new ones marked; the
    deletions removed, the text is the new one (gold by construction)."""
    old = ["Le relogement concerne environ 356 ménages. La charte fixe ", Money(150000), " pour l'accompagnement."]
    new = ["Le relogement concerne environ 380 ménages. La charte fixe ", Money(250000), " pour l'accompagnement des "
           "ménages."]
    segs = marked_segs(old, new, ("bold", "strike"))

    def text(segs, keep_deleted: bool) -> str:
        out = ""
        for s in segs:
            if isinstance(s, Mark):
                if s.kind == "ins" or keep_deleted:
                    out += text(s.segs, keep_deleted)
            else:
                out += s if isinstance(s, str) else f"<{s.value:g}>"
        return out

    assert text(segs, False) == "Le relogement concerne environ 380 ménages. La charte fixe <250000> pour " \
                                "l'accompagnement des ménages."
    assert [(m.kind, text(m.segs, True)) for m in segs if isinstance(m, Mark)] == [
        ("del", "356 "), ("ins", "380"), ("del", "<150000> "), ("ins", "<250000>"), ("del", "l'accompagnement. "),
        ("ins", "l'accompagnement des ménages.")]


def test_reprinted_article_replaces_the_conventions():
    """The redline's intro in the plural ("Les stipulations de l'article 4.1 sont modifiées et désormais
    rédigées comme suit :") replaces the article with the text that follows (its deleted words gone)."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "diff"))
    from avenant_article import avenant_of, read_article
    from builders import operations_convention

    from convention_parser.diff import consolidate

    new = "Le programme prévoit la démolition de 380 logements et la requalification de 151 logements."
    ams = read_article("Les stipulations de l'article 4.1 sont modifiées et désormais rédigées comme suit :", new,
                       number="3", heading="Modification de l'article 4.1")
    assert [(a.target, a.action) for a in ams] == [("4.1", "replace")]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    assert next(s for s in merged.sections if s.number == "4.1").text == new
