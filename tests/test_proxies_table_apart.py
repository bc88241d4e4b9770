"""A "Pouvoirs" label alone on its row over a ruled table (Mandant | Mandataire), its one row
set a paragraph's spacing and a cell's padding below the label: the table's rows are the
list's value, each row "giver à holder"; the giver, listed bare under "Excusés ayant donné
pouvoir :", is one excused member with that holder. A document built for the test (the
spacing of minutes11-34910211, dev master 8056), typeset by LibreOffice."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


def _docx(path: Path) -> None:
    doc = docxkit.new_document("DejaVu Serif", 12, (3.0, 2.2, 1.7, 2.1), 1.0, 6)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN["justify"]
    doc.add_paragraph().add_run("COMMUNAUTÉ DE COMMUNES DU TERNOIS").bold = True
    doc.add_paragraph().add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE").bold = True
    doc.add_paragraph("Séance du lundi 3 mars 2025")
    doc.add_paragraph("La séance est ouverte à 18 h 00 sous la présidence de M. Jean DUPONT, Président.")
    for label, names in (("Présents :", ["M. Jean DUPONT", "Mme Sophie LEGRAND", "M. Karim BENALI"]),
                         ("Excusés ayant donné pouvoir :", ["M. Paul MARTIN"]),
                         ("Absents :", ["Mme Anne PETIT"])):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.paragraph_format.space_after = docxkit.Pt(0)
        for name in names:
            doc.add_paragraph(name).paragraph_format.space_after = docxkit.Pt(0)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Pouvoirs").bold = True
    docxkit.fixed_table(doc, [[["Mandant"], ["Mandataire"]], [["M. Paul MARTIN"], ["Mme Sophie LEGRAND"]]],
                        [7.5, 7.5], "all", 12, bold_rows=1)
    doc.add_paragraph()
    doc.add_paragraph("Point 4")
    p = doc.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run("Budget primitif 2025")
    doc.add_paragraph("Le Bureau communautaire, après en avoir délibéré, à l'unanimité, DÉCIDE d'approuver "
                      "le budget primitif 2025.")
    doc.add_paragraph("Pour extrait conforme,")
    doc.add_paragraph("Le Président, M. Jean DUPONT")
    doc.save(str(path))


@needs_office
def test_a_proxies_table_under_its_label_alone(tmp_path):
    pdf = office.built_pdf(_docx, tmp_path / "proxies-table.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert [(e["name"], e["proxy_to"]) for e in md["excused"]] == [("Paul MARTIN", "Sophie LEGRAND")]
    assert md["absent"] == ["Anne PETIT"]
    assert len(md["present"]) == 3
