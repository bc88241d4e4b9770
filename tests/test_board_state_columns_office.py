"""Boards' extracts typeset by LibreOffice (documents built for the test; the layouts of the
v11 / v10 generator's families, dev masters 8200-8219), gold by construction:
- attendance as a ruled table whose columns are the states (Présents | Excusés | Absents), its
  narrow justified cells listing one member a paragraph, long names wrapped in their cell
  ("M. Jean-Claude DES" / "MAZERY", which reads as two whole names), the Présents cell running
  over the page break; with a civility before each name or none (then the paragraph spacing
  tells a wrapped name's step from the next member's);
- under the decision, a vote grid whose "Ne prend pas part" heading wraps in its narrow cell;
- the signature block alone on the page after the closing formula ("Certifié exécutoire …"):
  the president named only there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import docxkit, office  # noqa: E402

from convention_parser.evaluate.deliberations import name_key  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402

needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")

LONG = ["Jean-Claude DES MAZERY", "Marie-Laure DE LA ROCHE", "Mohamed VAN DE VELDE", "Ludovic DE LA FONTAINE"]
SHORT = ["Paul ROUX", "Anne PETIT", "Marc BLANC", "Lise FAURE", "Karim BENALI", "Julie ROUX", "Yves MULLER",
         "Alain MOREL", "Anaïs ROUX", "Sophie LEGRAND", "Hugues RENARD", "Fatima DUPUIS", "Leïla COUSIN",
         "Maxime DEBRUYNE", "Gaëlle TRAN", "Josiane ROBIN", "Bernard VINCENT", "Corinne LEROY", "Didier LAMBERT",
         "Patricia ROBIN", "Karine BOULANGER", "Serge FAURE", "Myriam DUVAL", "Julien HENRY", "Émilie LEGRAND",
         "Sandrine DURAND", "Benoît CHEVALIER", "Valérie NGUYEN", "Mathieu MERCIER", "Christine VINCENT"]
# The long names spread among the short ones (one wraps on each page).
PRESENT = ["Jean-Michel WATTEZ"] + SHORT[:6] + LONG[:2] + SHORT[6:18] + LONG[2:] + SHORT[18:]
FEMALE = {"Marie-Laure", "Anne", "Lise", "Julie", "Anaïs", "Sophie", "Fatima", "Leïla", "Gaëlle", "Josiane",
          "Corinne", "Patricia", "Karine", "Myriam", "Émilie", "Sandrine", "Valérie", "Christine", "Brigitte"}


def _civil(name: str, civility: bool) -> str:
    if not civility:
        return name
    return ("Mme " if name.split()[0] in FEMALE else "M. ") + name


def _state_columns_docx(civility: bool):
    def build(path: Path) -> None:
        doc = docxkit.new_document("DejaVu Serif", 12, (2.0, 2.0, 2.0, 2.5), 1.0, 6)
        doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN["justify"]
        doc.add_paragraph().add_run("SYNDICAT MIXTE DU PÔLE MÉTROPOLITAIN DE L'ARTOIS").bold = True
        doc.add_paragraph().add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL").bold = True
        doc.add_paragraph("Séance du jeudi 6 mars 2025")
        doc.add_paragraph("La séance est ouverte à 18 h 00 sous la présidence de M. Jean-Michel WATTEZ, Président.")
        docxkit.fixed_table(doc, [[["Présents"], ["Excusés"], ["Absents"]],
                                  [[_civil(n, civility) for n in PRESENT], [_civil("Brigitte LEMAIRE", civility)],
                                   ["–"]]],
                            [3.6, 3.6, 3.6], "all", 12, bold_rows=1)
        doc.add_paragraph()
        doc.add_paragraph().add_run("Délibération n° 2025-014").bold = True
        p = doc.add_paragraph()
        p.add_run("Objet : ").bold = True
        p.add_run("Budget primitif 2025")
        doc.add_paragraph("Le Comité syndical, après en avoir délibéré, DÉCIDE d'approuver le budget primitif 2025.")
        docxkit.fixed_table(doc, [[["Pour"], ["Contre"], ["Abstention"], ["Ne prend pas part"]],
                                  [["30"], ["3"], ["2"], ["1"]]], [3.0, 3.0, 3.0, 3.0], "all", 12, bold_rows=1)
        doc.add_paragraph("Adopté à la majorité.")
        doc.add_paragraph("Pour extrait conforme,")
        doc.add_paragraph("Le Président, M. Jean-Michel WATTEZ")
        doc.save(str(path))
    return build


def _names(values) -> set:
    return {name_key(v) for v in values or []}


@needs_office
@pytest.mark.parametrize("civility", [True, False])
def test_state_columns_with_names_wrapped_in_their_cells_over_a_page_break(tmp_path, civility):
    pdf = office.built_pdf(_state_columns_docx(civility), tmp_path / "state-columns.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert _names(md["present"]) == _names(PRESENT)
    assert [e["name"] for e in md["excused"]] == ["Brigitte LEMAIRE"]
    assert md["absent"] == []
    v = md["vote"]
    assert (v["result"], v["for"], v["against"], v["abstention"]) == ("majority", 30, 3, 2)


def _signature_page_docx(path: Path) -> None:
    doc = docxkit.new_document("DejaVu Sans", 11, (2.0, 2.0, 2.0, 2.0), 1.15, 4)
    doc.add_paragraph().add_run("DÉPARTEMENT DU NORD").bold = True
    doc.add_paragraph().add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE").bold = True
    doc.add_paragraph("Séance du lundi 24 juin 2024 à 18 h 00")
    doc.add_paragraph("Secrétaire de séance : M. Julien LAMBERT")
    doc.add_paragraph("Présents : Agnès DELATTRE, Daniel SIMON, Julien LAMBERT, Chantal VAN DAMME, Maxime OUDART")
    doc.add_paragraph("N° 2024/NPRU/053")
    doc.add_paragraph("OBJET : Nouveau Programme National de Renouvellement Urbain - approbation du programme de travaux")
    for k in range(8):
        doc.add_paragraph(f"Vu la délibération n° 2023/{k + 10} relative au programme de renouvellement urbain,")
    doc.add_paragraph("La Commission permanente, après en avoir délibéré, à l'unanimité, ADOPTE les propositions du "
                      "rapporteur.")
    doc.add_paragraph("Certifié exécutoire compte tenu de la transmission en préfecture le 30/06/2024 et de la "
                      "publication le 01/07/2024.")
    doc.add_page_break()
    doc.add_paragraph("Fait à Maubeuge, le 25/06/2024.")
    docxkit.fixed_table(doc, [[["Le secrétaire de séance,"], ["La Présidente du Conseil départemental,"]],
                              [["M. Julien LAMBERT"], ["Mme Agnès DELATTRE"]]], [8.0, 8.0], "none", 11)
    doc.save(str(path))


@needs_office
def test_the_president_named_on_the_signature_page_after_the_closing_formula(tmp_path):
    pdf = office.built_pdf(_signature_page_docx, tmp_path / "signature-page.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    assert parts[0]["metadata"]["president"] == "Agnès DELATTRE"
    assert parts[0]["pages"] == [1, 2]
