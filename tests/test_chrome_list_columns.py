"""Attendance lists set in CSS columns (column-count) beside their label, printed by headless
Chromium: the names run down each narrow column and wrap inside it, so the visual rows mix
the columns' lines (structure/list_columns.py reads them down each column). Each document is
built for the test; gold is what the HTML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

TOP = ("<p><b>COMMUNE DE LORIENT</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
       "MUNICIPAL</b></p><p><b>Séance du 12 mars 2024</b></p>")
ITEM = ("<p><b>Délibération n° 2024-017 : Garantie d'emprunt</b></p>"
        "<p>Vu le Code général des collectivités territoriales,</p>"
        "<p>Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet.</p>"
        "<p>Adopté à l'unanimité.</p>")
CSS = ("body { font: 10pt 'Liberation Sans'; } ul.cols { column-count: %d; column-gap: 6mm; "
       "list-style: none; padding: 0; margin: 0; } td { vertical-align: top; padding: 2pt 4pt; } "
       "table { border-collapse: collapse; width: 100%%; } td.lab { width: 40mm; font-weight: bold; }")


def _print(tmp_path: Path, head: str, columns: int, extra: str = "") -> dict:
    pdf = chromium.print_html("<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>"
                              "@page { size: A4; margin: 20mm; } " + CSS % columns + extra
                              + "</style></head><body>" + TOP + head + ITEM + "</body></html>", tmp_path)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    return parts[0]["metadata"]


def _cols(names: list[str]) -> str:
    return "<ul class='cols'>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>"


def _keys(names) -> set[frozenset]:
    return {frozenset(n.replace("M. ", "").replace("Mme ", "").split()) for n in names}


PRESENT = ["Le Corre Serge", "Fournier Marc", "Le Roux Nathalie", "Guerin Alain", "Roussel Gaëlle",
           "Laurent-Perrin Émilie", "Girard-Lambert Annick", "Bonnet Hervé", "Dhainaut Céline",
           "Carré Julien", "Wattez Christine", "Bernard Pauline", "Poulain Monique"]


@needs_chromium
@pytest.mark.parametrize("columns,rule", [(3, "td { border: 0.6pt solid #333; }"), (2, "")])
def test_present_names_in_css_columns_inside_a_head_cell(tmp_path, columns, rule):
    # "Nom Prénom" in mixed case, no capitals to tell a surname: read across, a row joined three
    # names ("Le Corre Serge Girard-Lambert Annick Poulain Monique").
    head = (f"<table><tr><td class='lab'>Présidence :</td><td>Le Corre Serge</td></tr>"
            f"<tr><td class='lab'>Présents :</td><td>{_cols(PRESENT)}</td></tr>"
            f"<tr><td class='lab'>Excusés :</td><td>Sanchez Nicolas<br>Denis Patrick</td></tr></table>")
    md = _print(tmp_path, head, columns, rule)
    assert _keys(md["present"]) == _keys(PRESENT)
    assert _keys(e["name"] for e in md["excused"]) == _keys(["Sanchez Nicolas", "Denis Patrick"])


PROXIES = [("SIMON Jean-François", "DAVID Rachid"), ("DELANNOY Marie-Pierre", "DAVID Marie"),
           ("BERTRAND Stéphane", "ROBIN Hugues"), ("ROUX Anaïs", "LE CORRE Catherine"),
           ("DE OLIVEIRA Rachid", "ROBIN Pierre")]
MEMBERS = ["POULAIN Didier", "D'HALLUIN Dominique", "DAVID Rachid", "DAVID Marie", "ROBIN Hugues",
           "MARTIN Jean-Pierre", "ROBIN Pierre", "LE CORRE Catherine", "FAURE Stéphanie"]


@needs_chromium
def test_excused_with_their_proxies_in_narrow_css_columns(tmp_path):
    # Each "NOM Prénom (pouvoir à NOM Prénom)" wraps over two to four lines of its column, one
    # of them flowing from the foot of a column to the head of the next.
    excused = [f"{g} (pouvoir à {h})" for g, h in PROXIES]
    head = (f"<table><tr><td class='lab'>Président :</td><td>POULAIN Didier</td></tr>"
            f"<tr><td class='lab'>Présents (9) :</td><td>{_cols(MEMBERS)}</td></tr>"
            f"<tr><td class='lab'>EXCUSÉS :</td><td>{_cols(excused)}</td></tr></table>")
    md = _print(tmp_path, head, 2, "table { width: 120mm; }")
    assert _keys(md["present"]) == _keys(MEMBERS)
    got = {(frozenset(e["name"].split()), frozenset((e["proxy_to"] or "").split())) for e in md["excused"]}
    assert got == {(frozenset(g.split()), frozenset(h.split())) for g, h in PROXIES}


@needs_chromium
def test_proxy_sentences_in_css_columns_of_a_grid(tmp_path):
    # "X donne pouvoir à Y" in three columns of a CSS grid's value cell, hyphenated by Chromium.
    proxies = [("Thierry RICHARD", "Philippe LEFÈVRE"), ("Ludovic HOARAU", "Leïla BERNARD"),
               ("Cédric ROUSSEL", "Laurent GARCIA"), ("Sandrine DELANNOY", "Hélène LEBRUN"),
               ("Joël JOLY", "Myriam DUPONT"), ("Valérie NICOLAS", "Noémie LEMAIRE")]
    items = [f"{g} donne pouvoir à {h}" for g, h in proxies]
    head = ("<div class='g'><div class='lab'>Président :</div><div>Alain SANCHEZ</div>"
            "<div class='lab'>Présents :</div><div>Alain SANCHEZ, Marc DURAND</div>"
            f"<div class='lab'>Pouvoirs :</div><div>{_cols(items)}</div>"
            "<div class='lab'>Excusés :</div><div>Martine DHAINAUT<br>Caroline LECLERCQ</div></div>")
    md = _print(tmp_path, head, 3, ".g { display: grid; grid-template-columns: 35mm 1fr; column-gap: 3mm; } "
                                   ".lab { font-weight: bold; }")
    got = {(e["name"], e["proxy_to"]) for e in md["excused"]}
    assert got == set(proxies) | {("Martine DHAINAUT", None), ("Caroline LECLERCQ", None)}


@needs_chromium
@pytest.mark.parametrize("separator", [" ; ", " - "])
def test_separated_list_in_a_value_column_so_narrow_each_separator_ends_a_row(tmp_path, separator):
    # A flex row's value squeezed to a few words a line: "VAN" / "DAMME" / "Noël ;" / "ANDRÉ" …
    members = ["VAN DAMME Noël", "ANDRÉ Didier", "WALLART Loïc", "BONNET Franck", "GIRARD Marie-Christine"]
    head = ("<div class='r'><div class='lab'>Président :</div><div class='v'>VAN DAMME Noël</div></div>"
            f"<div class='r'><div class='lab'>Etaient présents :</div><div class='v'>{separator.join(members)}</div></div>"
            "<div class='r'><div class='lab'>Pouvoirs :</div><div class='v'>COQUELLE Patrick à BONNET Franck</div></div>")
    md = _print(tmp_path, head, 1, ".r { display: flex; gap: 3mm; margin-bottom: 3pt; } .lab { flex: 0 0 45mm; "
                                   "font-weight: bold; } .v { width: 16mm; }")
    assert _keys(md["present"]) == _keys(members)
    assert [(e["name"], e["proxy_to"]) for e in md["excused"]] == [("COQUELLE Patrick", "BONNET Franck")]
