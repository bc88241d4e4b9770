"""Attendance read in two layouts of generator2's families, typeset by LibreOffice for the test,
gold by construction:
- an OPH board's "Administrateurs présents :" one member a line, a quality after a comma, then
  "Assistaient également (sans voix délibérative) : Mme X, …; Mme Y, …" on the next line: staff
  who sit without a vote, neither a group of members nor an entry of the list (the list was
  read as one running line and lost its members: dev seed 8275, deliberation8-671320838,
  present 4 of 19 names, two of them the staff);
- minutes whose members leave during the sitting, told in a ruled "Élu(e) | Mouvement | Point |
  Pouvoir donné à" table, the proxy holder's name wrapped in its narrow cell ("Mme Marie" /
  "MEUNIER"): the table is read a row a line, its cells in column order (dev seed 8271,
  minutes9-1415884474: the holder read "Marie")."""

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

BOARD = [("Mme PETIT Solène, Présidente", "Solène PETIT"),
         ("Mme Aurélie WATTEZ, personnalité qualifiée", "Aurélie WATTEZ"),
         ("Mme DELANNOY Béatrice", "Béatrice DELANNOY"),
         ("M. Éric LOPEZ, personnalité qualifiée", "Éric LOPEZ"),
         ("M. BARBIER Frédéric", "Frédéric BARBIER"),
         ("Mme Anne-Marie SIMON, représentante des locataires (CNL)", "Anne-Marie SIMON"),
         ("Mme Isabelle DUVAL-CARON, représentante de la CAF", "Isabelle DUVAL-CARON"),
         ("M. DURAND Joël, représentant de la Communauté d'agglomération", "Joël DURAND"),
         ("M. Yves BARBIER", "Yves BARBIER"),
         ("M. Jean-François DUPONT, représentant d'Action Logement", "Jean-François DUPONT")]


def _board_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.5, 2.5, 2.5, 2.5), 1.0, 0)
    doc.add_paragraph().add_run("Plurial Novilia").bold = True
    doc.add_paragraph().add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION").bold = True
    doc.add_paragraph("Séance du mardi 27 novembre 2012 à 19h00, sous la présidence de Mme Solène PETIT, "
                      "Présidente")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Administrateurs présents :").bold = True
    for printed, _ in BOARD:
        doc.add_paragraph(printed)
    doc.add_paragraph("Assistaient également (sans voix délibérative) : Mme Agnès DIALLO, Responsable du "
                      "service juridique ; Mme BOUCHAREB Catherine, Directrice générale adjointe.")
    doc.add_paragraph("Mme Aurélie WATTEZ est désignée secrétaire de séance.")
    doc.add_paragraph().add_run("Affaire n° 26 – Arrêté des comptes de l'exercice 2011").bold = True
    doc.add_paragraph("Vu le Code de la Construction et de l'Habitation,")
    doc.add_paragraph("Le Conseil d'administration, après en avoir délibéré, DÉCIDE d'approuver les dispositions "
                      "ci-dessus à l'unanimité.")
    doc.add_paragraph("Pour extrait certifié conforme,")
    doc.add_paragraph("La Présidente, PETIT Solène")
    doc.save(str(path))


@needs_office
def test_staff_attending_without_a_vote_after_a_list_one_member_a_line(tmp_path):
    pdf = office.built_pdf(_board_docx, tmp_path / "board-assisting.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert {name_key(n) for n in md["present"]} == {name_key(n) for _, n in BOARD}
    assert md["excused"] == [] and md["absent"] == []


# Two members named Marie: the holder's first name alone names none.
MEMBERS = ["Pierre WATTEZ", "Nadia GUERIN", "Marie MEUNIER", "Paul ROUX", "Anne PETIT", "Luc MARTIN", "Marie DUPONT"]


def _movements_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Serif", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 4)
    doc.add_paragraph().add_run("COMMUNAUTÉ D'AGGLOMÉRATION DE LENS-LIÉVIN").bold = True
    doc.add_paragraph().add_run("PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE").bold = True
    doc.add_paragraph("Séance du 3 août 2025 à 18h00 sous la présidence de M. Pierre WATTEZ, Président.")
    doc.add_paragraph("Présents : M. Pierre WATTEZ, Mme Nadia GUERIN, Mme Marie MEUNIER, M. Paul ROUX, "
                      "Mme Anne PETIT, M. Luc MARTIN, Mme Marie DUPONT.")
    doc.add_paragraph("Mouvements en cours de séance :")
    docxkit.fixed_table(doc, [[["Élu(e)"], ["Mouvement"], ["Point"], ["Pouvoir donné à"]],
                              [["Mme Nadia GUERIN"], ["Départ"], ["après le point 1"], ["Mme Marie", "MEUNIER"]]],
                        [3.4, 2.4, 3.4, 3.0], "all", 11, bold_rows=1)
    doc.add_paragraph("Secrétaire de séance : Mme Anne PETIT")
    for k in (1, 2):
        doc.add_paragraph().add_run(f"POINT N° {k}").bold = True
        doc.add_paragraph().add_run(f"CM20250803-0{k}").bold = True
        doc.add_paragraph(f"Objet : Programme de renouvellement urbain – tranche {k}")
        doc.add_paragraph("Vu le Code de l'Urbanisme,")
        doc.add_paragraph("Le Conseil communautaire, après en avoir délibéré, à l'unanimité, APPROUVE les "
                          "propositions du rapporteur.")
    doc.save(str(path))


@needs_office
def test_a_movements_table_whose_holder_wraps_in_its_cell(tmp_path):
    pdf = office.built_pdf(_movements_docx, tmp_path / "movements-cells.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert [p["metadata"]["number"] for p in parts] == ["CM20250803-01", "CM20250803-02"]
    first, second = (p["metadata"] for p in parts)
    assert {name_key(n) for n in first["present"]} == {name_key(n) for n in MEMBERS}
    assert first["excused"] == []
    assert {name_key(n) for n in second["present"]} == {name_key(n) for n in MEMBERS if n != "Nadia GUERIN"}
    assert [(name_key(e["name"]), name_key(e["proxy_to"])) for e in second["excused"]] == \
        [(name_key("Nadia GUERIN"), name_key("Marie MEUNIER"))]
