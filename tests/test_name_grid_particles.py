"""Present members in a narrow borderless grid (generator2's eighth family, `name_grid8`), a
name cut in its cell right after the particles of its surname: "Mme DE LA" / "ROCHE Gaëlle",
"M. VAN DE" / "VELDE Mohamed". The line holding the particles alone is a piece of a name: the
grid goes on under it (the grid stopped there, the members of the rows below lost: dev seed
8272, minutes8-1496073766, present 8 of 18). The vote under the decision in a ruled table
whose "Ne prend pas part au vote" row wraps in its cell. Typeset by LibreOffice for the test,
each cell's name wrapped by a line break where a narrow cell wraps it; gold by construction."""

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

# (cell as printed, "|" where it wraps; the member's name)
CELLS = [("LAURENT Bernard", "Bernard LAURENT"), ("Mme ROUSSEL|Agnès", "Agnès ROUSSEL"),
         ("Mme Catherine|LOPEZ", "Catherine LOPEZ"), ("DU BOIS Mathieu", "Mathieu DU BOIS"),
         ("Mme Élodie|DELANNOY", "Élodie DELANNOY"),
         ("Mme Gaëlle|RENARD", "Gaëlle RENARD"), ("MARTINEZ Franck", "Franck MARTINEZ"),
         ("Mme DE LA|ROCHE Gaëlle", "Gaëlle DE LA ROCHE"), ("Mme ROBERT|Marie-José", "Marie-José ROBERT"),
         ("M. Julien|VANDAMME", "Julien VANDAMME"),
         ("DELATTRE|Stéphane", "Stéphane DELATTRE"), ("M. Régis|DHAINAUT", "Régis DHAINAUT"),
         ("M. VAN DE|VELDE Mohamed", "Mohamed VAN DE VELDE"), ("M. Nicolas|DUMONT", "Nicolas DUMONT"),
         ("Mme Hélène|MARTIN-DUPONT", "Hélène MARTIN-DUPONT"),
         ("FAURE Rachid", "Rachid FAURE"), ("M. Jean-Claude|DA SILVA", "Jean-Claude DA SILVA"),
         ("M. Didier|LEFÈVRE", "Didier LEFÈVRE")]
ROWS = 5


def _grid_docx(path: Path) -> None:
    doc = docxkit.new_document("Liberation Sans", 11, (2.0, 2.0, 2.0, 2.0), 1.0, 4)
    doc.add_paragraph().add_run("Dijon Métropole").bold = True
    doc.add_paragraph().add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE").bold = True
    doc.add_paragraph("Séance du mercredi 24 septembre 2014 à 18h30")
    doc.add_paragraph("La séance est ouverte à 18h30 sous la présidence de M. Bernard LAURENT, Président.")
    doc.add_paragraph().add_run("Présents :").bold = True
    table = doc.add_table(rows=ROWS, cols=4)
    docxkit.table_borders(table, ruled=False)
    docxkit.set_grid_widths(table, [4.15] * 4)
    for i, (printed, _) in enumerate(CELLS):       # column by column, as a register's columns read
        para = table.rows[i % ROWS].cells[i // ROWS].paragraphs[0]
        first, _, rest = printed.partition("|")
        run = para.add_run(first)
        if rest:
            run.add_break()
            para.add_run(rest)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Pouvoirs :").bold = True
    p.add_run(" Mme Béatrice FAURE à Mme Agnès ROUSSEL")
    doc.add_paragraph("Mme Catherine LOPEZ est désignée secrétaire de séance.")
    doc.add_paragraph().add_run("2014-09-24/01 – Dérogation au repos dominical des commerces de détail").bold = True
    doc.add_paragraph("Vu le Code Général des Collectivités Territoriales,")
    doc.add_paragraph("Le Bureau communautaire, après en avoir délibéré, DÉCIDE d'approuver les dispositions ci-dessus.")
    doc.add_paragraph().add_run("Résultat du vote :").bold = True
    docxkit.fixed_table(doc, [[["Votants"], ["19"]], [["Pour"], ["13"]], [["Contre"], ["2"]],
                              [["Abstentions"], ["3"]], [["Ne prend pas part au vote"], ["1"]]],
                        [3.6, 2.0], "all", 11)
    doc.add_paragraph("La délibération est adoptée.")
    doc.save(str(path))


@needs_office
def test_a_grid_name_cut_after_its_particles_keeps_the_grid_going(tmp_path):
    pdf = office.built_pdf(_grid_docx, tmp_path / "grid-particles.pdf")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    md = parts[0]["metadata"]
    assert {name_key(n) for n in md["present"]} == {name_key(n) for _, n in CELLS}
    assert [(e["name"], e["proxy_to"]) for e in md["excused"]] == [("Béatrice FAURE", "Agnès ROUSSEL")]
    v = md["vote"]
    assert (v["result"], v["for"], v["against"], v["abstention"]) == ("majority", 13, 2, 3)
