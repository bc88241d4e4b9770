"""The attendance's own CSS layouts web13 draws (attend13): a box floated beside the list,
the lists side by side each under its label, a roll table of marks with a heading in bold
right under it. Each document is built for the test and printed by headless Chromium; gold
is what the HTML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

TOP = ("<p><b>COMMUNE DE NÎMES</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
       "MUNICIPAL</b></p><p><b>Séance du 5 février 2013</b></p>")
ITEM = ("<p><b>Délibération n° 2013-048 : Création d'emplois saisonniers</b></p>"
        "<p>Vu le Code général des collectivités territoriales,</p>"
        "<p>Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet.</p>"
        "<p>Adopté à l'unanimité.</p>")
MEMBERS = ["FAURE Laurent", "DUFLOS Florence", "DURAND Karine", "ANDRÉ Nadia", "DU BOIS Stéphane",
           "D'HALLUIN Élodie", "MICHEL Marie-Christine", "LEGRAND Solène", "CARRÉ Samira",
           "RENARD Leïla", "MORIN Christophe", "BLANC Jean-Claude"]
OFFICES = ["Maire", "1ère adjointe", "2e adjointe", "3e adjointe", "adjoint au maire",
           "conseillère déléguée", "conseillère municipale", "adjointe au maire", "conseillère déléguée",
           "conseillère municipale", "vice-président", "conseiller délégué"]


def _meta(tmp_path: Path, head: str, css: str) -> dict:
    pdf = chromium.print_html("<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>"
                              "@page { size: A4; margin: 20mm; } body { font: 10.5pt 'Liberation Sans'; } "
                              "p { margin: 0 0 3pt 0; } " + css + "</style></head><body>" + TOP + head + ITEM
                              + "</body></html>", tmp_path)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    return parts[0]["metadata"]


def _keys(names) -> set[frozenset]:
    return {frozenset(n.replace("M. ", "").replace("Mme ", "").split()) for n in names}


@needs_chromium
def test_box_floated_beside_the_present_list_is_none_of_it(tmp_path):
    # "Membres en exercice : 26" set smaller in a box floated right of the list's first rows:
    # read across, its lines joined the list's ("… ; DUFLOS Membres en exercice : 26").
    present = " ; ".join(f"{m}, {o}" for m, o in zip(MEMBERS, OFFICES))
    head = ("<div class='fbox'>Membres en exercice : 26<br>Présents : 12<br>Votants : 14</div>"
            f"<div class='r'><div class='lab'>PRÉSENTS :</div><div>{present}</div></div>"
            "<div class='r'><div class='lab'>Absents excusés :</div><div>WALLART David et LE GALL Bruno</div></div>")
    md = _meta(tmp_path, head, ".fbox { float: right; width: 48mm; border: 0.6pt solid #444; padding: 3pt 5pt; "
                               "margin: 0 0 4pt 6mm; font-size: 0.9em; } .r { display: flex; gap: 3mm; } "
                               ".lab { flex: 0 0 40mm; font-weight: bold; }")
    assert _keys(md["present"]) == _keys(MEMBERS)
    assert _keys(e["name"] for e in md["excused"]) == _keys(["WALLART David", "LE GALL Bruno"])


@needs_chromium
def test_lists_side_by_side_a_label_wrapped_in_the_right_column(tmp_path):
    # "Etaient présents :" | "Absents ayant voté par" / "procuration :", each label over its list.
    proxies = [("BERTRAND Jean-Michel", "DURAND Karine"), ("MERCIER Julien", "MORIN Christophe"),
               ("LAURENT Élodie", "RENARD Leïla")]
    present = " ; ".join(f"M. {m}" for m in MEMBERS)
    given = " ; ".join(f"M. {g} (procuration à M. {h})" for g, h in proxies)
    head = (f"<div class='sides'><div><p><b>Etaient présents :</b></p><p>{present}</p></div>"
            f"<div><p><b>Absents ayant voté par procuration :</b></p><p>{given}</p></div></div>")
    md = _meta(tmp_path, head, ".sides { display: flex; gap: 8mm; width: 110mm; } .sides > div { flex: 1; }")
    assert _keys(md["present"]) == _keys(MEMBERS)
    got = {(frozenset(e["name"].split()), frozenset((e["proxy_to"] or "").split())) for e in md["excused"]}
    assert got == {(frozenset(g.split()), frozenset(h.split())) for g, h in proxies}


@needs_chromium
def test_roll_table_of_marks_with_a_bold_heading_right_under_it(tmp_path):
    # name | quality | Présent | Excusé | Absent: the heading "ORDRE DU JOUR" a padding under the
    # last row was read as the last member's wrapped surname.
    states = ["P"] * 9 + ["E", "E", "A"]
    rows = "".join("<tr><td>" + m + "</td><td>" + o + "</td>"
                   + "".join(f"<td>{'X' if s == k else ''}</td>" for k in "PEA") + "</tr>"
                   for m, o, s in sorted(zip(MEMBERS, OFFICES, states)))
    head = ("<p><b>Liste des membres :</b></p><table><thead><tr><th>Nom</th><th>Qualité</th><th>Présent</th>"
            f"<th>Excusé</th><th>Absent</th></tr></thead><tbody>{rows}</tbody></table>"
            "<p><b>ORDRE DU JOUR</b></p><p>Création d'emplois saisonniers</p>")
    md = _meta(tmp_path, head, "table { border-collapse: collapse; margin-bottom: 2pt; } "
                               "td, th { padding: 1pt 4pt; text-align: left; } tr:nth-child(even) td { background: #e6e6e6; }")
    present = [m for m, s in zip(MEMBERS, states) if s == "P"]
    assert _keys(md["present"]) == _keys(present)
    assert _keys(e["name"] for e in md["excused"]) == _keys(m for m, s in zip(MEMBERS, states) if s == "E")
    assert _keys(md["absent"]) == _keys(m for m, s in zip(MEMBERS, states) if s == "A")


def test_web13_draws_its_attendance_layouts_on_their_own_stream(tmp_path):
    from corpora.generator2 import deliberation13
    forms: dict[str, list] = {}
    for seed in range(8300, 8330):
        s = deliberation13.build(seed, tmp_path / str(seed))[0]
        forms.setdefault(s.gold["layout"]["attend13"], []).append(s.docx.read_text().split("</style>")[1])
    assert {"base", "grid", "marks", "side", "float"} <= set(forms)
    assert any('class="ngrid"' in html for html in forms["grid"])
    assert all("<th>Nom</th>" in html for html in forms["marks"])
    assert all('class="fbox"' in html for html in forms["float"])
    assert any('class="sides"' in html for html in forms["side"])   # (a present list alone stays put)
    # a forced layout keeps a document drawn before the attendance had layouts of its own
    base = deliberation13.build(8301, tmp_path / "b", attend13="base")[0]
    assert base.gold["layout"]["attend13"] == "base" and "fbox" not in base.docx.read_text().split("</style>")[1]
