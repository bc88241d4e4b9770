"""Attendance lists side by side, each under its label, wrapping in its own narrow column: a
list run on with dashes whose rows end short of the page (the column's edge is the gutter),
proxies one a paragraph each wrapped over two lines ("M. Noël DI MEGLIO à M. Serge" /
"DELANNOY"), the next entry under a short line. Each document is built for the test and
printed by headless Chromium; gold is what the HTML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

TOP = ("<p><b>COMMUNE DE BEAUVAIS</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
       "MUNICIPAL</b></p><p><b>Séance du 5 mai 2017</b></p><p>Présidente : Mme Monique BERTIN-MOUROT</p>")
ITEM = ("<p><b>Délibération n° 17-05/017 : Rénovation énergétique du groupe scolaire</b></p>"
        "<p>Vu le Code général des collectivités territoriales,</p>"
        "<p>Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet.</p>"
        "<p>Adopté à l'unanimité.</p>")
PRESENT = ["Monique BERTIN-MOUROT", "Pierre LEGRAND", "Dominique MOREL", "Danièle NOËL", "Paul-Henri DUMONT",
           "Nicolas DESCAMPS", "Marie-Claude VAN DAMME", "Youssef MASSON", "Solène DE LA FONTAINE",
           "Maxime DURAND", "Rachid GUÉRIN", "Serge DELANNOY"]
PROXIES = [("Noël DI MEGLIO", "Serge DELANNOY"), ("Véronique ROUSSEAU", "Danièle NOËL"),
           ("Jean-Baptiste DEBRUYNE", "Marie-Claude VAN DAMME"), ("Gaëlle MERCIER", "Rachid GUÉRIN"),
           ("Jean-François HENRY", "Maxime DURAND")]
EXCUSED = ["Maxime DELANNOY", "Valérie GARNIER"]
CSS = (".sides { display: flex; gap: 10mm; } .sides > div { flex: 1; } .sides p { margin: 0; } "
       ".lab { font-weight: bold; margin-top: 3pt; }")


def _meta(tmp_path: Path, sides: str, width: str) -> dict:
    pdf = chromium.print_html("<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>"
                              "@page { size: A4; margin: 20mm; } body { font: 11pt 'DejaVu Serif'; } "
                              f"p {{ margin: 0 0 3pt 0; }} {CSS} .sides {{ width: {width}; }}</style></head><body>"
                              + TOP + f"<div class='sides'>{sides}</div>" + ITEM + "</body></html>", tmp_path)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    return parts[0]["metadata"]


def _keys(names) -> set[frozenset]:
    return {frozenset(n.split()) for n in names}


def _excused(md: dict) -> set:
    return {(frozenset(e["name"].split()), frozenset((e["proxy_to"] or "").split())) for e in md["excused"]}


@needs_chromium
@pytest.mark.parametrize("width", ["150mm", "125mm"])
def test_proxies_wrapped_one_a_paragraph_in_the_right_column(tmp_path, width):
    present = "".join(f"<p>M. {n}</p>" for n in PRESENT)
    right = ("<p class='lab'>Excusés :</p>" + "".join(f"<p>M. {n}</p>" for n in EXCUSED)
             + "<p class='lab'>Pouvoirs :</p>" + "".join(f"<p>M. {g} à M. {h}</p>" for g, h in PROXIES))
    md = _meta(tmp_path, f"<div><p class='lab'>Etaient présents :</p>{present}</div><div>{right}</div>", width)
    assert _keys(md["present"]) == _keys(PRESENT)
    assert _excused(md) == ({(frozenset(n.split()), frozenset()) for n in EXCUSED}
                            | {(frozenset(g.split()), frozenset(h.split())) for g, h in PROXIES})


@needs_chromium
@pytest.mark.parametrize("width", ["150mm", "130mm"])
def test_a_list_run_on_with_dashes_wraps_at_its_column_edge(tmp_path, width):
    present = " - ".join(PRESENT)
    right = ("<p class='lab'>Absents ayant voté par procuration :</p>"
             + "<p>" + " - ".join(f"{g} (procuration à {h})" for g, h in PROXIES) + "</p>")
    md = _meta(tmp_path, f"<div><p class='lab'>Présents :</p><p>{present}</p></div><div>{right}</div>", width)
    assert _keys(md["present"]) == _keys(PRESENT)
    assert _excused(md) == {(frozenset(g.split()), frozenset(h.split())) for g, h in PROXIES}
