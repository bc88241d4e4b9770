"""An avenant's comparison table ("Stipulation modifiée | Rédaction actuelle | Nouvelle
rédaction") set without rules (layout set 5) over several pages, its rows' long cells broken
by the page breaks: one table, every row whole, and the heading under it no row of it.

- zebra shading (a dark header band printed again on each page, every other row shaded):
  a white row right under the header band (the rest of a row the page break cut) or under
  the last shaded band before the page foot is a row of the table; the columns are the
  shaded cells' edges; a heading set as a two-cell shaded band under the table
  ("Article 3 | Entrée en vigueur") is no row;
- a header band only (no zebra), its cells set smaller than the headings: a numbered
  heading "3<tab>Entrée en vigueur" under the table (two pieces at a tab, bold, larger)
  is no row, though the table makes most of the document's words.

On DOCX files built for the test, converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

HEAD = ["Stipulation modifiée", "Rédaction actuelle", "Nouvelle rédaction"]
COMMUNES = ["Marcillac", "Valcourt", "Neuvelle", "Hallencourt"]


def _rows() -> list[list[str]]:
    rows = [["Article 2.2 (intitulé)", "Les objectifs urbains du projet",
             "Les objectifs urbains, sociaux et environnementaux du projet"]]
    for k in range(14):
        town = COMMUNES[k % 4]
        code = f"C0202-2{k % 8}-00{10 + k}"
        if k % 3 == 0:
            rows.append([f"Article 8.1, tableau, ligne ajoutée après la ligne « {code} »", "–",
                         f"« IDTOP » : « {code} » ; « Libellé » : « Aménagement de la rue n° {k + 3} et des "
                         f"espaces publics attenants » ; « Commune » : « {town} » ; « Maître d'ouvrage » : "
                         f"« Communauté d'agglomération du Pays de {town} » ; « Assiette » : "
                         f"« {k + 2} 061 666,67 € » ; « Subvention ANRU » : « {k + 1} 837 000 € »"])
        elif k % 3 == 1:
            rows.append([f"Article 9, tableau « Concours financiers de l'ANRU par famille d'opérations », "
                         f"ligne « Démolition de logements locatifs sociaux », colonne « Concours ANRU » ({k})",
                         f"{k + 2} 784 500 €", f"{k + 4} 912 400 €"])
        else:
            rows.append([f"Article 4.1, alinéa {k}", f"{100 + k} logements",
                         f"Démolition de la barre n° {k} ({70 + k} logements) à {town}, sous la maîtrise "
                         f"d'ouvrage de Les Jardins de Cocagne du Pays de {town} ;"])
    rows.append(["Annexe C4", "Annexe C4 « Tableau financier prévisionnel global »", "Annexe abrogée"])
    return rows


def _band_heading(doc, label: str, title: str) -> None:
    from docx.shared import Pt, RGBColor

    from corpora.generator2 import docxkit

    tbl = doc.add_table(rows=1, cols=2)
    docxkit.table_rules(tbl, "none")
    for j, (text, fill) in enumerate(((label, "1F4E79"), (title, "DEEAF6"))):
        cell = tbl.cell(0, j)
        docxkit.shade(cell, fill)
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(12)
        if j == 0:
            run.font.color.rgb = RGBColor(255, 255, 255)
    doc.add_paragraph()


def _pdf(tmp_path: Path, look: str) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    from corpora.generator2 import docxkit

    doc = Document()
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.add_paragraph("Les stipulations de la convention pluriannuelle sont modifiées conformément au "
                      "tableau ci-dessous :")
    rows = [HEAD] + _rows()
    tbl = doc.add_table(rows=len(rows), cols=3)
    docxkit.table_rules(tbl, "none")
    docxkit.set_col_widths(tbl, [4.0, 6.0, 6.0])
    docxkit.repeat_header(tbl.rows[0])
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(8.5)
            run.bold = i == 0
            if i == 0:
                docxkit.shade(cell, "1F4E79" if look == "zebra" else "D9D9D9")
                if look == "zebra":
                    run.font.color.rgb = RGBColor(255, 255, 255)
            elif look == "zebra" and i % 2 == 0:
                docxkit.shade(cell, "EDEDED")
    if look == "zebra":
        _band_heading(doc, "Article 3", "Entrée en vigueur")
    else:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0))
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run("3\tEntrée en vigueur")
        run.bold = True
        run.font.size = Pt(12)
    doc.add_paragraph("Le présent avenant entre en vigueur à la date de sa signature par la dernière des Parties.")
    path = tmp_path / f"comparison-{look}.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


@pytest.mark.parametrize("look", ["zebra", "band"])
def test_comparison_table_whole_over_its_pages(tmp_path, look):
    from convention_parser.pipeline import parse_pdf

    result = parse_pdf(str(_pdf(tmp_path, look)))
    tables = [t for part in result.parts for t in part.tables]
    assert len(tables) == 1
    t = tables[0]
    assert len(t.pages) >= 2                    # the page breaks cut it
    assert t.header == [HEAD]
    assert t.rows == _rows()                    # every row whole: no rest a row of its own
    # the heading under the table stays text (the sentence under it too)
    text = " ".join([p.preamble for p in result.parts] + [s.heading + " " + s.text for p in result.parts
                                                          for s in p.sections])
    assert "Entrée en vigueur" in text and "entre en vigueur à la date de sa signature" in text
