"""Operations an avenant adds as one record of key / value pairs, not as a table row: quoted
pairs in a sentence (« Libellé » : « … » ; « Subvention ANRU » : « … »), the same in one cell
of a table of changes, and a list without quotes ("clé : valeur ; clé : valeur"). Each is read as
an operation with its commune, maître d'ouvrage, housing count and amount
(facts/keyed_records.py, OperationReader.read_keyed). The avenant is printed by headless
Chromium; gold is the HTML's own data."""

from __future__ import annotations

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

pytestmark = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

CSS = ("@page { size: A4; margin: 20mm; } body { font: 10.5pt 'Liberation Sans'; } "
       "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } "
       "th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }")

# (libellé, maître d'ouvrage, commune, logements, amount)
SENTENCE = ("Démolition de la tour Verlaine (64 logements)", "Habitat du Littoral", "Montreuil-sur-Mer", 64, 2_310_000)
CELL = ("Aménagement de la place des Tilleuls et des espaces publics attenants", "Ville de Berck", "Berck", None,
        1_119_000)
PLAIN = ("Requalification de la résidence Les Glycines (42 logements)", "Pas-de-Calais Habitat", "Étaples", 42, 655_500)


def _money(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def _html() -> str:
    lab, mo, com, n, amt = SENTENCE
    sentence = (f"Une ligne est ajoutée au tableau de l'article 8.1 : « IDTOP » : « C0512-21-0031 » ; "
                f"« Libellé de l'opération » : « {lab} » ; « Maître d'ouvrage » : « {mo} » ; "
                f"« Commune » : « {com} » ; « Logements » : « {n} » ; « Subvention ANRU » : « {_money(amt)} € ».")
    lab, mo, com, n, amt = CELL
    cell = (f"« Libellé » : « {lab} » ; « Maître d'ouvrage » : « {mo} » ; « Commune » : « {com} » ; "
            f"« Logements » : « – » ; « Subvention ANRU (€) » : « {_money(amt)} »")
    lab, mo, com, n, amt = PLAIN
    plain = (f"<p>La ligne suivante est ajoutée au tableau de l'article 8.2 : Libellé : {lab} ; "
             f"Maître d'ouvrage : {mo} ; Commune : {com} ; Nombre de logements : {n} ; "
             f"Montant de subvention ANRU : {_money(amt)} €.</p>")
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            "<p><b>AVENANT N° 1 À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN</b></p>"
            "<p><b>Article 1 – Objet</b></p><p>Le présent avenant a pour objet de prendre en compte "
            "l'évolution du programme validée par le comité d'engagement.</p>"
            "<p><b>Article 2 – Modifications apportées à la convention</b></p>"
            f"<p>{sentence}</p>"
            "<p>Les stipulations de la convention sont modifiées conformément au tableau ci-dessous :</p>"
            "<table><thead><tr><th>Stipulation modifiée</th><th>Rédaction actuelle</th><th>Nouvelle rédaction</th>"
            "</tr></thead><tbody>"
            "<tr><td>Article 8.1, tableau, ligne ajoutée</td><td>–</td>"
            f"<td>{cell}</td></tr>"
            "<tr><td>Article 9, premier alinéa</td><td>12 880 000 EUR</td><td>13 124 500 EUR</td></tr>"
            "</tbody></table>"
            f"{plain}"
            "<p><b>Article 3 – Autres stipulations</b></p><p>Les autres stipulations de la convention "
            "demeurent inchangées.</p></body></html>")


def test_keyed_records_are_operations(tmp_path):
    pdf = chromium.print_html(_html(), tmp_path)
    ops = [o for p in parse_pdf(pdf).parts for o in p.operations]
    for lab, mo, com, n, amt in (SENTENCE, CELL, PLAIN):
        site = lab.split(" de ", 1)[1].split(" (")[0].split(" et ")[0]
        hits = [o for o in ops if o.amount == amt]
        assert len(hits) == 1, (lab, [(o.name, o.amount) for o in ops])
        o = hits[0]
        assert o.commune == com and o.maitre_ouvrage == mo and o.logements == n, o
        assert o.type == {"Dém": "demolition", "Amé": "amenagement", "Req": "requalification"}[lab[:3]]
        assert site.split()[-1] in o.name, (site, o.name)
