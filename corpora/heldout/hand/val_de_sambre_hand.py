"""Hand gold of the held-out corpus (a person's reading of the documents, never the parser's output).

    python corpora/heldout/hand/val_de_sambre_hand.py

Writes gold/<name>.hand.json for the three documents and the two expected change lists
gold/changes_convention_v1_to_convention_v2.json and gold/changes_convention_v1_to_avenant_1.json.
Operation lists are taken from the source tables (by construction); everything else is
written out here. Pages in change evidence come from gold/<name>.json (run build.py first).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "sources"))

import val_de_sambre as src  # noqa: E402

GOLD = HERE / "gold"

TYPES = {"14": "ingenierie", "15": "ingenierie", "16": "ingenierie", "21": "demolition", "24": "amenagement",
         "31": "reconstitution", "33": "requalification", "34": "residentialisation", "37": "equipement"}
NAMES = {
    "0001": "études urbaines Hauts de Rivemont", "0002": "relogement OPH Val-de-Sambre",
    "0003": "conduite de projet", "0004": "barre Vauban", "0005": "tour Cassini",
    "0006": "mail central et place du Marché", "0007": "rues des Forges et Pasteur",
    "0008": "reconstitution 48 PLAI Rivemont", "0009": "reconstitution 32 PLUS Rivemont",
    "0010": "résidence Les Acacias (requalification)", "0011": "résidence Les Acacias (résidentialisation)",
    "0012": "groupe scolaire Paul-Langevin", "0013": "programmation commerciale La Briqueterie",
    "0014": "relogement Rivéa Habitat", "0015": "immeuble Le Fourneau", "0016": "square et liaison douce",
    "0017": "reconstitution 20 PLAI Haucourt", "0018": "rue des Briquetiers",
    "0019": "maison de quartier Haucourt", "0020": "résidence Les Tilleuls",
}


def op(t, section="6"):
    ref, lib, mo, com, lg, amount = t
    quartier = "QN05912M" if com == src.RIV else "QP059012"
    return {"type": TYPES[ref.split("-")[1]], "name": NAMES[ref[-4:]], "commune": com, "maitre_ouvrage": mo,
            "logements": lg, "amount": float(amount), "idtop": ref, "libelle": lib, "quartier": quartier,
            "section": section}


def operations(v2):
    return [op(t) for t in src.ops_riv(v2) + src.OPS_HAU]


PARTIES = ["Agence nationale pour la rénovation urbaine", "État", "Communauté urbaine de Val-de-Sambre",
           "Commune de Rivemont-sur-Sambre", "Commune de Haucourt-la-Forge", "OPH Val-de-Sambre",
           "Rivéa Habitat", "Action Logement Services"]
PARTNERS = ["Banque des Territoires", "Région Hauts-de-France", "Département du Nord"]

ENTITIES_CONV = [
    {"text": "Agence nationale pour la rénovation urbaine", "label": "ORG", "normalized": "ANRU"},
    {"text": "Communauté urbaine de Val-de-Sambre", "label": "ORG"},
    {"text": "Office public de l’habitat du Val-de-Sambre", "label": "ORG", "normalized": "OPH Val-de-Sambre"},
    {"text": "Rivéa Habitat", "label": "ORG"},
    {"text": "Action Logement Services", "label": "ORG"},
    {"text": "Banque des Territoires", "label": "ORG"},
    {"text": "Rivemont-sur-Sambre", "label": "LOC"},
    {"text": "Haucourt-la-Forge", "label": "LOC"},
    {"text": "QN05912M", "label": "QPV"},
    {"text": "QP059012", "label": "QPV"},
    {"text": "QP059011", "label": "QPV"},
    {"text": "Odile FERRAND-LACOSTE", "label": "PER"},
    {"text": "Gérald VASSEUR", "label": "PER"},
    {"text": "Nadège PRUVOST-AILLET", "label": "PER"},
    {"text": "loi n° 2014-173 du 21 février 2014", "label": "LAW"},
]


def convention_hand(v2: bool) -> dict:
    riv, hau, tot = src.demolitions(v2)
    anru_riv, anru_hau = src.totals(v2)
    quantities = [
        {"text": f"{tot} logements", "value": tot, "unit": "logement", "section": "4.1"},
        {"text": f"{riv} aux Hauts de Rivemont", "value": riv, "unit": "logement", "section": "4.1"},
        {"text": "96 logements", "value": 96, "unit": "logement", "section": "4.1"},
        {"text": "64 logements", "value": 64, "unit": "logement", "section": "4.1"},
        {"text": "52 logements", "value": 52, "unit": "logement", "section": "4.1"},
        {"text": "120 logements", "value": 120, "unit": "logement", "section": "4.1"},
        {"text": "100 logements", "value": 100, "unit": "logement", "section": "4.3"},
        {"text": "1 480 logements", "value": 1480, "unit": "logement", "section": "1"},
        {"text": "86 %", "value": 86, "unit": "percent", "section": "1"},
        {"text": "34 droits de réservation", "value": 34, "unit": "droit", "section": "8"},
        {"text": "21 500 heures", "value": 21500, "unit": "heure", "section": "9.2"},
    ]
    if v2:
        quantities.insert(3, {"text": "48 logements", "value": 48, "unit": "logement", "section": "4.1"})
    key_amounts = [
        {"text": src.eur(anru_riv + anru_hau), "value": anru_riv + anru_hau, "section": "6"},
        {"text": src.eur(2450000 if v2 else 2100000), "value": 2450000 if v2 else 2100000, "section": "5"},
        {"text": "350 000 € HT", "value": 350000, "section": "3"},
        {"text": "12 k€", "value": 12000, "section": "3"},
        {"text": "2,5 M€", "value": 2500000, "section": "4.2"},
        {"text": "1.250.000 euros", "value": 1250000, "section": "4.3"},
    ]
    return {
        "composition": "convention_v2" if v2 else "convention_v1",
        "applies_to": ["convention_v2" if v2 else "convention_v1"],
        "parts": {"convention": {
            "metadata": {
                "number": "C1472", "porteur": "Communauté urbaine de Val-de-Sambre", "signature_date": "2022-10-17",
                "quartiers": [
                    {"name": "Les Hauts de Rivemont", "qpv": "QN05912M", "qpv_former": "QP059011",
                     "commune": "Rivemont-sur-Sambre", "interet": "national"},
                    {"name": "La Briqueterie", "qpv": "QP059012", "commune": "Haucourt-la-Forge",
                     "interet": "régional"}],
                "parties": PARTIES, "partenaires_associes": PARTNERS,
                "consolidated_after": ["avenant n° 1"] if v2 else [],
                "anru_total": float(anru_riv + anru_hau),
                "annex_3": "repealed" if v2 else "present"},
            "operations": operations(v2),
            "quantities": quantities,
            "key_amounts": key_amounts,
            "dates": [{"text": "17 octobre 2022", "value": "2022-10-17"},
                      {"text": "9 mars 2022", "value": "2022-03-09"},
                      {"text": "31 décembre 2032", "value": "2032-12-31"}],
            "entities": ENTITIES_CONV,
            "oddities": [
                "QPV codes in two forms: QN05912M (2024 geography) with its former code QP059011, and QP059012",
                "names hyphenated at a line end by Chromium lose the hyphen in pdftotext "
                "(FERRAND-LACOSTE → FERRANDLACOSTE on page 2); pdfplumber keeps it",
                "Tableau 1 is on landscape pages (A4 842×595) with the header row repeated on the second page",
                "amounts in five printed forms: '1 150 000 €', '350 000 € HT', '12 k€', '2,5 M€', '1.250.000 euros'",
                "group rows ('Quartier … – intérêt national') span all columns; sub-total rows leave cells empty",
            ]}},
    }


def name(p):
    return f"{p[1]} {p[2]}"


def avenant_hand() -> dict:
    riv_old, hau = src.totals(False)
    riv_new, _ = src.totals(True)
    delib = {
        "metadata": {
            "number": "B-2025-041", "organisation": "Communauté urbaine de Val-de-Sambre",
            "body": "Bureau communautaire", "session_date": "2025-03-13", "president": "Odile FERRAND-LACOSTE",
            "present": [name(p) for p in src.PRESENT],
            "excused": [{"name": name(p[:3]), "proxy_to": name(p[4])} for p in src.PROXIES]
                       + [{"name": name(p), "proxy_to": None} for p in src.EXCUSED_NO_PROXY],
            "absent": [name(p) for p in src.ABSENT],
            "not_voting": [name(p) for p in src.NOT_VOTING],
            "subject": "Renouvellement urbain – Approbation de l’avenant n° 1 à la convention pluriannuelle de "
                       "renouvellement urbain des quartiers Les Hauts de Rivemont et La Briqueterie",
            "vote": {"result": "majority", "for": 19, "against": 2, "abstention": 1}},
        "amounts": [
            {"text": "1,15 M€", "value": 1150000, "section": "A"},
            {"text": "2,1 M€", "value": 2100000, "section": "B"},
            {"text": "2,45 M€", "value": 2450000, "section": "B"},
            {"text": src.eur(riv_old + hau), "value": riv_old + hau, "section": "C"},
            {"text": src.eur(riv_new + hau), "value": riv_new + hau, "section": "C"},
            {"text": "350.000 euros", "value": 350000, "section": "C"}],
        "quantities": [{"text": "48 logements", "value": 48, "unit": "logement", "section": "A"}],
        "dates": [{"text": "13 mars 2025", "value": "2025-03-13"}, {"text": "6 mars 2025", "value": "2025-03-06"},
                  {"text": "27 juin 2022", "value": "2022-06-27"}, {"text": "17 octobre 2022", "value": "2022-10-17"},
                  {"text": "4 décembre 2024", "value": "2024-12-04"}, {"text": "14 mars 2025", "value": "2025-03-14"}],
        "entities": [{"text": "Communauté urbaine de Val-de-Sambre", "label": "ORG"},
                     {"text": "OPH Val-de-Sambre", "label": "ORG"},
                     {"text": "Rivemont-sur-Sambre", "label": "LOC"},
                     {"text": "Odile FERRAND-LACOSTE", "label": "PER"},
                     {"text": "Bruno DELATTRE", "label": "PER"},
                     {"text": "Corinne WATTEAU", "label": "PER"}],
        "operations": [dict(op(src.NEW_OP, "A"), idtop=None, libelle=None, quartier=None)],
        "notes": ["the session header says 'présents : 20 – pouvoirs : 3 – votants : 22' (one present member "
                  "does not vote); 19 + 2 + 1 = 22",
                  "proxies phrased two ways: 'ayant donné procuration à' and 'représentée par'; one member "
                  "excused without proxy under a separate 'Excusé :' line"],
    }
    av = {
        "metadata": {"number": "1", "convention_number": "C1472", "convention_signature_date": "2022-10-17",
                     "parties": PARTIES, "associated_partners": []},
        "amendments": [
            {"target": "2", "target_kind": "article", "action": "rename", "new_heading": src.ART2_NEW,
             "placeholder": False, "section": "2", "note": "1° L’intitulé de l’article 2 est remplacé par « … »"},
            {"target": "4.1", "target_kind": "article", "action": "replace", "new_heading": None,
             "placeholder": False, "section": "2", "note": "2° … remplacé par les dispositions suivantes"},
            {"target": "5", "target_kind": "article", "action": "replace", "new_heading": None,
             "placeholder": False, "section": "2",
             "note": "3° partial: one amount substituted in the text (« 2 100 000 € » → « 2 450 000 € »)"},
            {"target": "6", "target_kind": "article", "action": "replace", "new_heading": None,
             "placeholder": False, "section": "2", "note": "4° L’article 6 est ainsi rédigé"},
            {"target": "9.3", "target_kind": "article", "action": "insert", "new_heading":
             "Le réemploi des matériaux issus des démolitions", "placeholder": False, "section": "2",
             "note": "5° Après l’article 9.2, il est inséré un article 9.3 ainsi rédigé"},
            {"target": "3", "target_kind": "annexe", "action": "repeal", "new_heading": None,
             "placeholder": False, "section": "2", "note": "6° L’annexe 3 est supprimée."},
        ],
        "operations": [op(t) for t in src.ops_riv(True) + src.OPS_HAU],
        "quantities": [{"text": "260 logements", "value": 260, "unit": "logement", "section": "4.1"},
                       {"text": "208 aux Hauts de Rivemont", "value": 208, "unit": "logement", "section": "4.1"},
                       {"text": "48 logements", "value": 48, "unit": "logement", "section": "4.1"}],
        "key_amounts": [{"text": "2 100 000 €", "value": 2100000, "section": "2"},
                        {"text": "2 450 000 €", "value": 2450000, "section": "2"},
                        {"text": src.eur(riv_new + hau), "value": riv_new + hau, "section": "6"},
                        {"text": "35 k€", "value": 35000, "section": "9.3"}],
        "entities": [{"text": "Agence nationale pour la rénovation urbaine", "label": "ORG", "normalized": "ANRU"},
                     {"text": "Communauté urbaine de Val-de-Sambre", "label": "ORG"},
                     {"text": "OPH Val-de-Sambre", "label": "ORG"}, {"text": "Rivéa Habitat", "label": "ORG"},
                     {"text": "Action Logement Services", "label": "ORG"},
                     {"text": "Rivemont-sur-Sambre", "label": "LOC"}, {"text": "Haucourt-la-Forge", "label": "LOC"},
                     {"text": "QN05912M", "label": "QPV"}, {"text": "QP059012", "label": "QPV"}],
        "expected_warnings": [],
        "oddities": ["the avenant's own articles are 'Article premier', 'Article 2' …; the reprinted convention "
                     "headings (4.1., ARTICLE 6 -, 9.3.) are level-2 sections inside its Article 2",
                     "instructions are numbered paragraphs 1° … 6°, not headings",
                     "the avenant reprints Tableau 1 and Tableau 2 in full (landscape pages 5–6)"],
    }
    return {"composition": "avenant_1", "applies_to": ["avenant_1"],
            "note": "keyed by part kind; amounts/quantities are curated key facts (gold/avenant_1.json holds every "
                    "printed amount)",
            "parts": {"deliberation": delib, "avenant": av}}


# ---------------------------------------------------------------------------
# Expected changes
# ---------------------------------------------------------------------------

def _gold(name):
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def _sec_page(gold, number, kind="convention", heading=None):
    for p in gold["parts"]:
        if p["kind"] != kind:
            continue
        for s in p["sections"]:
            if s["number"] == number and (heading is None or s["label"].startswith(heading)):
                return s["page"]
    return None


def _table_pages(gold, prefix, kind):
    for p in gold["parts"]:
        if p["kind"] == kind:
            for t in p["tables"]:
                if t["title"].startswith(prefix):
                    return t["pages"]
    return None


def changes(new: str) -> dict:
    g1, g2 = _gold("convention_v1"), _gold(new)
    new_kind = "avenant" if new == "avenant_1" else "convention"
    riv_old, hau = src.totals(False)
    riv_new, _ = src.totals(True)

    def ev(old_sec, new_sec, old_label=None, new_label=None):
        return {"old": {"section": old_sec, "page": _sec_page(g1, old_sec, "convention", old_label)
                        if old_sec else None},
                "new": {"section": new_sec, "page": _sec_page(g2, new_sec, new_kind, new_label)
                        if new_sec else None}}

    def evt(prefix):
        return {"old": {"section": "6", "table": prefix, "pages": _table_pages(g1, prefix, "convention")},
                "new": {"section": "6", "table": prefix, "pages": _table_pages(g2, prefix, new_kind)}}

    fin1 = {r[0]: (r[1], r[2]) for r in src.fin_rows(False)}
    fin2 = {r[0]: (r[1], r[2]) for r in src.fin_rows(True)}
    tot1 = (sum(v[0] for v in fin1.values()), sum(v[1] for v in fin1.values()))
    tot2 = (sum(v[0] for v in fin2.values()), sum(v[1] for v in fin2.values()))
    new_op = op(src.NEW_OP)
    new_op.pop("section")
    ch = [
        {"type": "operation_added", "target": f"{src.NEW_OP[1]} ({src.NEW_OP[0]})", "before": None,
         "after": new_op,
         "summary": "Opération ajoutée par l’avenant n° 1 : démolition de la résidence Les Tilleuls (48 logements) "
                    "à Rivemont-sur-Sambre (OPH Val-de-Sambre), subvention ANRU de 1 150 000 €.",
         "evidence": evt("Tableau 1")},
        {"type": "quantity_changed", "target": "Article 4.1 – logements locatifs sociaux démolis (total)",
         "before": {"value": 212, "unit": "logement"}, "after": {"value": 260, "unit": "logement"},
         "summary": "Le nombre de logements sociaux démolis passe de 212 à 260 (démolition des Tilleuls, "
                    "48 logements).", "evidence": ev("4.1", "4.1")},
        {"type": "quantity_changed", "target": "Article 4.1 – logements démolis aux Hauts de Rivemont",
         "before": {"value": 160, "unit": "logement"}, "after": {"value": 208, "unit": "logement"},
         "summary": "Démolitions aux Hauts de Rivemont : 160 → 208 logements.", "evidence": ev("4.1", "4.1")},
        {"type": "amount_changed", "target": "Article 5 – fonds local d’accompagnement au relogement",
         "before": {"value": 2100000.0, "currency": "EUR"}, "after": {"value": 2450000.0, "currency": "EUR"},
         "summary": "Dotation du fonds local d’accompagnement au relogement : 2 100 000 € → 2 450 000 €.",
         "evidence": ev("5", "2" if new_kind == "avenant" else "5", None, "Article 2" if new_kind == "avenant"
                        else None)},
        {"type": "amount_changed", "target": "Article 6 – subventions ANRU – Les Hauts de Rivemont (QN05912M)",
         "before": {"value": float(riv_old), "currency": "EUR"}, "after": {"value": float(riv_new), "currency": "EUR"},
         "summary": f"Subventions ANRU des Hauts de Rivemont : {src.eur(riv_old)} → {src.eur(riv_new)} "
                    "(tableau 1 sous-total, tableau 2, texte de l’article 6).", "evidence": ev("6", "6")},
        {"type": "amount_changed", "target": "Article 6 – subventions ANRU – total",
         "before": {"value": float(riv_old + hau), "currency": "EUR"},
         "after": {"value": float(riv_new + hau), "currency": "EUR"},
         "summary": f"Total des concours financiers de l’ANRU : {src.eur(riv_old + hau)} → {src.eur(riv_new + hau)}.",
         "evidence": ev("6", "6")},
    ]
    hlm = "Organismes HLM (fonds propres et emprunts)"
    ch += [
        {"type": "amount_changed", "target": "Tableau 2 – Organismes HLM – Les Hauts de Rivemont",
         "before": {"value": float(fin1[hlm][0]), "currency": "EUR"},
         "after": {"value": float(fin2[hlm][0]), "currency": "EUR"},
         "summary": f"Participation des organismes HLM aux Hauts de Rivemont : {src.eur(fin1[hlm][0])} → "
                    f"{src.eur(fin2[hlm][0])}.", "evidence": evt("Tableau 2")},
        {"type": "amount_changed", "target": "Tableau 2 – Organismes HLM – total",
         "before": {"value": float(sum(fin1[hlm])), "currency": "EUR"},
         "after": {"value": float(sum(fin2[hlm])), "currency": "EUR"},
         "summary": f"Participation totale des organismes HLM : {src.eur(sum(fin1[hlm]))} → "
                    f"{src.eur(sum(fin2[hlm]))}.", "evidence": evt("Tableau 2")},
        {"type": "amount_changed", "target": "Tableau 2 – Total du programme – Les Hauts de Rivemont",
         "before": {"value": float(tot1[0]), "currency": "EUR"}, "after": {"value": float(tot2[0]), "currency": "EUR"},
         "summary": f"Coût du programme aux Hauts de Rivemont : {src.eur(tot1[0])} → {src.eur(tot2[0])}.",
         "evidence": evt("Tableau 2")},
        {"type": "amount_changed", "target": "Tableau 2 – Total du programme – total",
         "before": {"value": float(sum(tot1)), "currency": "EUR"}, "after": {"value": float(sum(tot2)), "currency": "EUR"},
         "summary": f"Coût total du programme : {src.eur(sum(tot1))} → {src.eur(sum(tot2))}.",
         "evidence": evt("Tableau 2")},
        {"type": "article_renamed", "target": "Article 2", "before": {"heading": src.ART2_OLD},
         "after": {"heading": src.ART2_NEW},
         "summary": f"L’article 2 est renommé « {src.ART2_NEW} ».",
         "evidence": ev("2", "2" if new_kind == "convention" else "2", None,
                        None if new_kind == "convention" else "Article 2")},
        {"type": "article_modified", "target": "Article 4.1", "before": None, "after": None,
         "summary": "Article 4.1 remplacé : ajout de la démolition de la résidence Les Tilleuls (48 logements) et "
                    "mise à jour des totaux de démolition.", "evidence": ev("4.1", "4.1")},
        {"type": "article_modified", "target": "Article 5", "before": None, "after": None,
         "summary": "Article 5 : montant du fonds local d’accompagnement au relogement relevé.",
         "evidence": ev("5", "2" if new_kind == "avenant" else "5", None,
                        "Article 2" if new_kind == "avenant" else None)},
        {"type": "article_modified", "target": "Article 6", "before": None, "after": None,
         "summary": "Article 6 réécrit : tableau des opérations et plan de financement mis à jour.",
         "evidence": ev("6", "6")},
        {"type": "table_modified", "target": "Tableau 1 – Opérations programmées et subventions de l’ANRU",
         "before": {"n_rows": 24}, "after": {"n_rows": 25},
         "summary": "Ligne ajoutée (C1472-21-0020, démolition des Tilleuls) ; sous-total Hauts de Rivemont et total "
                    "mis à jour.", "evidence": evt("Tableau 1")},
        {"type": "table_modified", "target": "Tableau 2 – Plan de financement prévisionnel par quartier",
         "before": None, "after": None,
         "summary": "Lignes ANRU, organismes HLM et total mises à jour (colonnes Hauts de Rivemont et Total).",
         "evidence": evt("Tableau 2")},
        {"type": "article_added", "target": "Article 9.3", "before": None,
         "after": {"heading": "Le réemploi des matériaux issus des démolitions"},
         "summary": "Insertion d’un article 9.3 « Le réemploi des matériaux issus des démolitions » "
                    "(diagnostic PEMD pris en charge dans la limite de 35 k€ par opération).",
         "evidence": ev(None, "9.3")},
        {"type": "annex_repealed", "target": "Annexe 3", "before": {"heading": src.ANNEX3},
         "after": ({"heading": src.ANNEX3, "text": "Supprimée par l’avenant n° 1."} if new_kind == "convention"
                   else None),
         "summary": f"L’annexe 3 ({src.ANNEX3}) est supprimée"
                    + (" ; son titre est conservé avec la mention « Supprimée par l’avenant n° 1 »."
                       if new_kind == "convention" else "."),
         "evidence": {"old": {"section": "3", "page": _sec_page(g1, "3", "convention", "Annexe")},
                      "new": ({"section": "3", "page": _sec_page(g2, "3", "convention", "Annexe")}
                              if new_kind == "convention" else {"section": "2", "page": None})}},
    ]
    if new_kind == "avenant":
        for c in ch:
            c["status"] = "applied"
        # the instruction paragraphs of the avenant are on the pages of its Article 2
    notes = [
        "Operation amounts are ANRU subsidies; the new demolition costs 1 540 000 €: 1 150 000 € ANRU + "
        "390 000 € OPH fonds propres (Tableau 2, row 'Organismes HLM').",
        "The ANRU figures of Article 6 appear three times (prose, Tableau 1 sub-total/total, Tableau 2 ANRU row): "
        "each fact is listed once.",
        "Article 5 keeps its heading; only the amount changes (amount_changed + article_modified).",
        "The consolidated title page says 'Version consolidée intégrant l’avenant n° 1 …' instead of 'Version "
        "signée le 17 octobre 2022', and its running header says 'version consolidée (avenant n° 1)': not changes.",
        "Annexe 3 keeps its heading in the consolidated version with the text « Supprimée par l’avenant n° 1. ».",
        "No party is added or removed; no other article, annex or figure changes.",
    ]
    if new_kind == "avenant":
        notes.append("diff convention_v1 avenant_1 applies the avenant's six instructions (section 2 of the avenant) "
                     "to convention_v1; the expected result is convention_v2, hence the same changes, all "
                     "status 'applied'. Evidence 'new' points at the avenant's pages.")
    return {"old": "convention_v1", "new": new, "notes": notes, "changes": ch}


def main():
    for v2, n in ((False, "convention_v1"), (True, "convention_v2")):
        (GOLD / f"{n}.hand.json").write_text(json.dumps(convention_hand(v2), ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    (GOLD / "avenant_1.hand.json").write_text(json.dumps(avenant_hand(), ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    for new in ("convention_v2", "avenant_1"):
        (GOLD / f"changes_convention_v1_to_{new}.json").write_text(
            json.dumps(changes(new), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
