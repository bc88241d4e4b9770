"""Attendance heads printed by headless Chromium whose glyph runs layer 1 keeps apart: a
letter-spaced label ("PRÉSENTS (10) :", each of its words a text run of its own, taken for
cells of the table it sits in) over names in CSS columns; a roll table whose letter-spaced
names wrap in their cell ("M. Dominique BENALI-" / "MOREAU": the rest is no piece of "M.");
a list in CSS columns under its label beside a floated count box; a grid of names in mixed
case evenly spaced ("Stéphane Oudart" / "Martine Oudart": no capitals tell a wrap); a name
broken at a soft hyphen whose rest lands on another column's row. Each document is built for
the test; gold is what the HTML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

TOP = ("<p><b>MÉTROPOLE DE LYON</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU "
       "COMMUNAUTAIRE</b></p><p><b>Séance du 24 août 2013</b></p>")
ITEM = ("<p><b>Délibération n° 2013-96 : Instauration du droit de préemption urbain</b></p>"
        "<p>Vu le Code général des collectivités territoriales,</p>"
        "<p>Après en avoir délibéré, le Bureau DÉCIDE d'approuver le projet.</p>"
        "<p>Adopté à l'unanimité.</p>")
MIXED = ["Monsieur Pierre-Yves Descamps", "Monsieur Franck Caron", "Monsieur Rachid Legrand",
         "Madame Virginie Bertin-Mourot", "Monsieur Éric Tran", "Madame Béatrice Carpentier",
         "Monsieur Daniel Benali", "Madame Claire Carpentier", "Monsieur Raphaël Benali", "Monsieur Youssef Dupont"]


def _meta(tmp_path: Path, head: str, css: str, font: str = "10pt 'Liberation Serif'") -> dict:
    pdf = chromium.print_html("<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>"
                              f"@page {{ size: A4; margin: 20mm; }} body {{ font: {font}; }} "
                              "p { margin: 0 0 3pt 0; } " + css + "</style></head><body>" + TOP + head + ITEM
                              + "</body></html>", tmp_path)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    return parts[0]["metadata"]


def _keys(names) -> set[frozenset]:
    drop = {"M.", "Mme", "Monsieur", "Madame"}
    return {frozenset(w for w in n.split() if w not in drop) for n in names}


@needs_chromium
def test_a_letter_spaced_label_and_its_count_over_names_in_css_columns(tmp_path):
    # "PRÉSENTS" | "(10)" | ":" read as three cells: the count and colon went into the value,
    # the columns were never found, every wrapped name split in two.
    cols = "<ul class='cols'>" + "".join(f"<li>{n}</li>" for n in MIXED) + "</ul>"
    head = (f"<table class='h'><tr><td class='lab'>Présents (10) :</td><td>{cols}</td></tr>"
            "<tr><td class='lab'>Excusés :</td><td>Madame Brigitte Joly - Madame Agnès Saint-Maxent</td></tr></table>")
    md = _meta(tmp_path, head, "table.h { border-collapse: collapse; width: 100%; } table.h td { vertical-align: top; "
                               "padding: 2pt 4pt; border-bottom: 0.5pt solid #999; } td.lab { width: 45mm; font-weight: bold; "
                               "text-transform: uppercase; letter-spacing: 0.1em; } ul.cols { column-count: 3; "
                               "column-gap: 6mm; list-style: none; margin: 0; padding: 0; }")
    assert _keys(md["present"]) == _keys(MIXED)
    assert md["present_count"] == 10


@needs_chromium
def test_a_roll_table_of_letter_spaced_names_wrapped_in_their_cell(tmp_path):
    members = [("M. Dominique BENALI-MOREAU", "P"), ("Mme Anne-Marie BONNET", "P"), ("Mme Noémie BOUCHAREB", "P"),
               ("M. Hervé DELANNOY", "E"), ("M. Jean-Luc N'GUESSAN", "P"), ("Mme Julie GIRARD", "P")]
    rows = "".join(f"<tr><td class='n'>{n}</td><td>{'X' if s == 'P' else ''}</td><td>{'X' if s == 'E' else ''}</td>"
                   "<td></td></tr>" for n, s in members)
    head = ("<p>Etat des présences :</p><table class='roll'><tr><th>Élus</th><th>Présent</th><th>Excusé</th>"
            f"<th>Absent</th></tr>{rows}</table>")
    md = _meta(tmp_path, head, "table.roll { border-collapse: collapse; } table.roll td, table.roll th { padding: 2pt 6pt; "
                               "border-bottom: 0.5pt solid #999; text-align: left; } td.n { width: 38mm; letter-spacing: 0.04em; }",
               font="11pt 'DejaVu Serif'")
    assert _keys(md["present"]) == _keys(n for n, s in members if s == "P")
    assert _keys(e["name"] for e in md["excused"]) == _keys(["M. Hervé DELANNOY"])


@needs_chromium
def test_a_list_in_css_columns_under_its_label_beside_a_floated_count_box(tmp_path):
    names = ["Jérôme RENARD", "Raphaël HOARAU", "Frédéric SANCHEZ", "Noémie LEFÈVRE", "Dominique MERCIER",
             "Danièle MORIN", "Julie TRAORÉ", "Hervé DUVAL", "Myriam CARRÉ", "Karim HOARAU", "Chantal BERTRAND",
             "Maxime KACI", "Anaïs DELATTRE", "Jean-François GIRARD-LAMBERT"]
    head = ("<div class='fbox'>Membres en exercice : 26<br>Présents : 14<br>Votants : 14</div>"
            "<p><b>PRÉSIDENT :</b> Jérôme RENARD</p><p class='lab'>PRÉSENTS :</p>"
            "<div class='cols'>" + "".join(f"<p>{n}</p>" for n in names) + "</div>"
            "<p><b>EXCUSÉS :</b> Julien FRANÇOIS</p>")
    md = _meta(tmp_path, head, ".fbox { float: right; width: 48mm; border: 0.6pt solid #444; padding: 3pt 5pt; "
                               "margin: 0 0 4pt 6mm; font-size: 0.9em; } .lab { font-weight: bold; margin-top: 5pt; } "
                               ".cols { column-count: 2; column-gap: 6mm; width: 105mm; } .cols p { margin: 0; }")
    assert _keys(md["present"]) == _keys(names)
    assert _keys(e["name"] for e in md["excused"]) == _keys(["Julien FRANÇOIS"])


@needs_chromium
def test_a_grid_of_mixed_case_names_evenly_spaced(tmp_path):
    names = ["Stéphane Oudart", "Martine Oudart", "Loïc Haddad", "Marie-Hélène Le Gall", "Sébastien David",
             "Jean-Marc Duflos", "Jean-Baptiste Chevalier", "Benoît Lemaire", "Véronique Vandamme",
             "Florence Boyer", "Solène Laurent-Perrin", "Marc-Antoine Barbier", "Françoise Roussel"]
    head = ("<p>Sous la présidence de : Stéphane Oudart</p><p>Etaient présents :</p><div class='g'>"
            + "".join(f"<div>{n}</div>" for n in names) + "</div><p>Absents ayant voté par procuration :</p>"
            "<p class='in'>Corinne Muller</p>")
    md = _meta(tmp_path, head, ".g { display: grid; grid-template-columns: repeat(2, 1fr); column-gap: 5mm; "
                               "row-gap: 1pt; margin-left: 8mm; } .in { margin-left: 8mm; }")
    assert _keys(md["present"]) == _keys(names)


@needs_chromium
@pytest.mark.parametrize("width", ["52mm", "62mm"])
def test_a_name_broken_at_a_soft_hyphen_beside_another_list(tmp_path, width):
    # 52 mm: "BERT-" / "RAND Florence": the hyphen Chromium printed for a soft hyphen is no part
    # of the name, though its rest lies on the row of the list beside (no word layer 1 could
    # join). 62 mm: "BERTIN-" / "MOUROT" broken at its own hyphen keeps it.
    present = ["DEBRUYNE Virginie", "CARON Ludovic", "LEMAIRE Gaëlle", "GUÉRIN Régis", "BERTRAND Florence",
               "NGUYEN Gaëlle", "DUPONT Jean-Michel", "LEBRUN Stéphane", "BERTIN-MOUROT Valérie"]
    printed = [n.replace("BERTRAND", "BERT\u00adRAND") for n in present]
    # (the list beside runs as long, so that the name's rest shares a row with it)
    head = ("<div class='sides'><div><p><b>PRÉSENTS :</b></p><p>" + " - ".join(printed) + "</p></div>"
            "<div><p><b>EXCUSÉS :</b></p><p>" + " - ".join(f"{g} (pouvoir à {h})" for g, h in PROXIES)
            + "</p></div></div>")
    md = _meta(tmp_path, head, ".sides { display: flex; gap: 8mm; } .sides > div { flex: 1; } "
                               ".sides p { margin: 0; } .sides > div:first-child { flex: 0 0 %s; }"
               % width, font="11pt 'DejaVu Serif'")
    assert _keys(md["present"]) == _keys(present)
    assert {(frozenset(e["name"].split()), frozenset((e["proxy_to"] or "").split())) for e in md["excused"]} \
        == {(frozenset(g.split()), frozenset(h.split())) for g, h in PROXIES}


PROXIES = [("LE ROUX Karine", "CARON Ludovic"), ("MERCIER Corinne", "GUÉRIN Régis"),
           ("FAURE Patrick", "NGUYEN Gaëlle"), ("DUVAL Marc", "LEBRUN Stéphane"),
           ("ROUSSEL Hugues", "DEBRUYNE Virginie"), ("SIMON Anaïs", "LEMAIRE Gaëlle"),
           ("BLANC Jean-Pierre", "DUPONT Jean-Michel")]
