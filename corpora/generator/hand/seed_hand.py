"""Hand-written gold for the seed (deliberation + avenant n°01), keyed by part kind.

Written by a person reading the source, not by running the parser. Run this file to
(re)write corpora/gold/seed_deliberation_avenant01.hand.json.
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "gold" / "seed_deliberation_avenant01.hand.json"

PRESENT = ["COTTIGNY", "LEROY", "AIT-CHIKHEBBIH", "BARBARIN", "BOUNY", "BRAS", "DECLEMY",
           "DEFLANDRE", "DUBREUCQ", "DUCRON", "DUHEN", "GAILLARD", "LEROUGE", "MAQUET", "MELLICK",
           "MENU", "MEYFROIDT-LEFAIT", "PANNIER", "PEZE", "ROSSIGNOL", "VAN HEGHE"]

deliberation = {
    "metadata": {
        "number": None,
        "organisation": "Pas-de-Calais habitat",
        "body": "Conseil d'administration",
        "session_date": "2023-06-30",
        "president": "COTTIGNY",
        "present": PRESENT,
        "excused": [{"name": "GLORIAN", "proxy_to": "COTTIGNY"},
                    {"name": "LEFEBVRE", "proxy_to": "DUBREUCQ"},
                    {"name": "MALFAIT", "proxy_to": "MEYFROIDT-LEFAIT"},
                    {"name": "PILCH", "proxy_to": "LEROY"}],
        "absent": ["BAUDE", "CAGIN"],
        "not_voting": ["AIT CHIKHEBBIH", "Alain DUBREUCQ", "Bernard BAUDE"],
        "subject": "Avenant n°01 à la Convention Pluriannuelle des Projets de Renouvellement Urbain "
                   "de la Communauté d'Agglomération de Lens Liévin",
        "vote": {"result": "unanimity", "for": None, "against": None, "abstention": None},
    },
    "amounts": [{"text": "1 880 000 €", "value": 1880000, "section": "III"}],
    "quantities": [{"text": "71 logements", "value": 71, "unit": "logement", "section": "II"},
                   {"text": "20 LLS", "value": 20, "unit": "lls", "section": "III"}],
    "dates": [{"text": "30 JUIN 2023", "value": "2023-06-30"},
              {"text": "06 novembre 2020", "value": "2020-11-06"},
              {"text": "20 mai 2021", "value": "2021-05-20"}],
    "entities": [
        {"text": "Pas-de-Calais habitat", "label": "ORG"},
        {"text": "Communauté d’Agglomération de Lens Liévin", "label": "ORG"},
        {"text": "Lens", "label": "LOC"}, {"text": "Avion", "label": "LOC"},
        {"text": "COTTIGNY", "label": "PER"},
    ],
    "operations": [{"type": "demolition", "name": "tour des Frênes", "commune": "Avion",
                    "maitre_ouvrage": "Pas-de-Calais habitat", "logements": 71, "amount": 1880000,
                    "section": "III"}],
}

DEMOLITIONS = [("Capucines", 16), ("Jonquilles", 40), ("Glycines", 20), ("Anémones", 15),
               ("Campanules", 30), ("Jacinthes", 16), ("Jasmins", 31), ("Muguets", 30),
               ("Renoncules", 30), ("Résédas", 45), ("Romarins", 19), ("Seringas", 20),
               ("Tournesols", 27), ("tour des Frênes", 71)]

# "Requalification de 190 logements ... Immeubles Glycines (30 logements) et Cyclamens (20
# logements), Edelweiss (30), Pervenches (40 logements), Giroflées (40 logements) et Iris (30
# logements)" — and the same list for the résidentialisation.
REQUALIFIED = [("Glycines", 30), ("Cyclamens", 20), ("Edelweiss", 30), ("Pervenches", 40),
               ("Giroflées", 40), ("Iris", 30)]

# The rows of the Région Hauts-de-France table (article 3.9.2.1), read from the seed.
REGION_OPERATIONS = [
    ("amenagement", "Aménagement Espaces publics AEP1", "Lens", "COMMUNE DE LENS"),
    ("equipement", "Rénovation groupe scolaire Jean Macé", "Lens", "COMMUNE DE LENS"),
    ("equipement", "Reconversion des bâtiments de l'ancien CAJ en bâtiment d'équipement public de proximité (CSC)",
     "Lens", "COMMUNE DE LENS"),
    ("immobilier_economique", "Développement d’un pôle économique sur le site de la Fosse 12", "Lens",
     "COMMUNE DE LENS"),
    ("amenagement", "Aménagement Secteur 1", "Avion", "COMMUNE D’AVION"),
    ("amenagement", "Aménagement Secteurs 2/3/5", "Avion", "COMMUNE D’AVION"),
    ("amenagement", "Réfection des réseaux d'eau potable", "Avion", "CA DE LENS LIEVIN"),
    ("amenagement", "Réfection des réseaux d’assainissement", "Avion", "CA DE LENS LIEVIN"),
    ("immobilier_economique", "Construction d’un centre commercial – Quartier République", "Avion", "ANCT"),
    ("equipement", "Création d’une maison des jeunes et des associations", "Liévin", "COMMUNE DE LIEVIN"),
    ("equipement", "Rénovation de l’école Berteloot", "Liévin", "COMMUNE DE LIEVIN"),
    ("equipement", "Construction d’une salle polyvalente", "Liévin", "COMMUNE DE LIEVIN"),
    ("immobilier_economique", "Construction d’une maison de santé avec commerce solidaire et de proximité",
     "Liévin", "COMMUNE DE LIEVIN"),
]


def amendment(target, kind, action, section, new_heading=None, placeholder=False, note=None):
    a = {"target": target, "target_kind": kind, "action": action, "new_heading": new_heading,
         "placeholder": placeholder, "section": section}
    if note:
        a["note"] = note
    return a


EMPTY = "announced 'rédigé comme suit :' but the avenant gives no new text"
AMENDMENTS = [
    # Article 2 announces the annex changes (no separate instruction elsewhere)
    amendment("A8", "annexe", "replace", "2"),
    amendment("B1", "annexe", "replace", "2"),
    amendment("B2", "annexe", "replace", "2"),
    amendment("C1", "annexe", "replace", "2"),
    amendment("C2", "annexe", "replace", "2"),
    amendment("C3", "annexe", "insert", "2"),
    amendment("C4", "annexe", "repeal", "2"),
    # Article 3
    amendment("PREAMBULE", "preambule", "replace", "3.1", note=EMPTY),
    amendment("I", "titre", "replace", "3.1"),
    amendment("1", "article", "replace", "3.1", note=EMPTY),
    amendment("2.1", "article", "unchanged", "3.2"),
    amendment("2.2", "article", "unchanged", "3.2"),
    amendment("2.3", "article", "rename", "3.2",
              new_heading="Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine",
              note="renamed and its text replaced"),
    amendment("3.1", "article", "unchanged", "3.3"),
    amendment("3.2", "article", "unchanged", "3.3"),
    amendment("4.1", "article", "replace", "3.4"),
    amendment("4.2", "article", "replace", "3.4"),
    amendment("4.3", "article", "replace", "3.4"),
    amendment("5.1", "article", "replace", "3.5"),
    amendment("5.2", "article", "replace", "3.5"),
    amendment("6", "article", "unchanged", "3.6"),
    amendment("7.1", "article", "replace", "3.7"),
    amendment("7.2", "article", "replace", "3.7"),
    amendment("7.3", "article", "unchanged", "3.7"),
    amendment("7.4", "article", "unchanged", "3.7"),
    amendment("7.5", "article", "unchanged", "3.7"),
    amendment("8.1", "article", "replace", "3.8"),
    amendment("8.2", "article", "replace", "3.8"),
    amendment("8.3", "article", "replace", "3.8"),
    amendment("9", "article", "unchanged", "3.9"),
    amendment("9.1", "article", "unchanged", "3.9.1"),
    amendment("9.1.1", "article", "unchanged", "3.9.1.1"),
    amendment("9.1.1.1", "article", "replace", "3.9.1.1.1", placeholder=True),
    amendment("9.1.1.2", "article", "replace", "3.9.1.1.2", placeholder=True),
    amendment("9.1.1.3", "article", "replace", "3.9.1.1.3", placeholder=True),
    amendment("9.1.2", "article", "unchanged", "3.9.1.2"),
    amendment("9.2", "article", "unchanged", "3.9.2"),
    amendment("9.2.1", "article", "replace", "3.9.2.1"),
    amendment("9.2.2", "article", "unchanged", "3.9.2.2"),
    amendment("9.2.3", "article", "unchanged", "3.9.2.3"),
    amendment("9.2.4", "article", "replace", "3.9.2.4", note=EMPTY),
    amendment("9.3", "article", "unchanged", "3.9.3"),
    amendment("9.4", "article", "replace", "3.9.4", placeholder=True),
    amendment("10", "article", "replace", "3.10"),
]

avenant = {
    "metadata": {
        "number": "01",
        "convention_number": "C0688",
        "convention_signature_date": "2021-05-20",
        "parties": [
            "Agence nationale pour la rénovation urbaine", "État",
            "Communauté d’Agglomération de Lens Liévin", "Commune de Lens", "Commune d’Avion",
            "Commune de Liévin", "Maisons et Cités", "SIA Habitat", "Pas-de-Calais Habitat",
            "Flandre Opale Habitat", "Agence Nationale de la Cohésion des Territoires",
            "Action Logement Services", "Foncière Logement", "Les Anges Gardins", "La Vie Active"],
        "associated_partners": ["Caisse des Dépôts", "ADEME", "Conseil régional"],
    },
    "amendments": AMENDMENTS,
    "operations": [
        {"type": "demolition", "name": n, "commune": "Avion", "maitre_ouvrage": "Pas-de-Calais Habitat",
         "logements": k, "amount": 1880000 if n == "tour des Frênes" else None, "section": "4.1.2"}
        for n, k in DEMOLITIONS] + [
        # Article 4.1.2: the same six buildings are requalified and residentialised.
        {"type": kind, "name": n, "commune": "Avion", "maitre_ouvrage": "Pas-de-Calais Habitat",
         "logements": k, "amount": None, "section": "4.1.2"}
        for kind in ("requalification", "residentialisation") for n, k in REQUALIFIED] + [
        # Article 3.9.2.1: the operations of the Région table (its amounts are the Région's
        # subsidy, not the operation's cost, so no amount is asserted here).
        {"type": t, "name": n, "commune": c, "maitre_ouvrage": mo, "logements": None, "amount": None,
         "section": "3.9.2.1"} for t, n, c, mo in REGION_OPERATIONS],
    "quantities": [
        {"text": "227 LLS", "value": 227, "unit": "lls", "section": "4.1.1"},
        {"text": "410 LLS", "value": 410, "unit": "lls", "section": "4.1.2"},
        {"text": "410 démolitions", "value": 410, "unit": "logement", "section": "4.2.3"},
        {"text": "88 places", "value": 88, "unit": "place", "section": "4.1.1"},
        {"text": "22 000m²", "value": 22000, "unit": "m2", "section": "4.1.1"},
        {"text": "3 hectares", "value": 3, "unit": "ha", "section": "3.2"},
        {"text": "226 (nombre total) droits", "value": 226, "unit": "droit", "section": "5.1.5"},
        {"text": "71 logements", "value": 71, "unit": "logement", "section": "2"},
        {"text": "1 121 LLS", "value": 1121, "unit": "lls", "section": "4.2.3"},
        {"text": "173 LLS", "value": 173, "unit": "lls", "section": "4.2.3"},
        {"text": "1 644 550 h", "value": 1644550, "unit": "heure", "section": "3.8"},
        {"text": "82 227 h", "value": 82227, "unit": "heure", "section": "3.8"},
        {"text": "60,9 %", "value": 60.9, "unit": "percent", "section": "5.1.5"},
    ],
    "key_amounts": [
        {"text": "70 739 366,40 €", "value": 70739366.4, "section": "3.10"},
        {"text": "63 484 150,40 €", "value": 63484150.4, "section": "3.10"},
        {"text": "7 255 216,00 €", "value": 7255216, "section": "3.10"},
        {"text": "9 526 333,00 €", "value": 9526333, "section": "3.9.2.1"},
        {"text": "9,74 M€", "value": 9740000, "section": "3.9.2.1"},
        {"text": "143 898 115 €", "value": 143898115, "section": "3.8"},
    ],
    "entities": [
        {"text": "Agence nationale pour la rénovation urbaine", "label": "ORG", "normalized": "ANRU"},
        {"text": "Communauté d’Agglomération de Lens Liévin", "label": "ORG", "normalized": "CALL"},
        {"text": "Pas-de-Calais Habitat", "label": "ORG"}, {"text": "Maisons et Cités", "label": "ORG"},
        {"text": "SIA Habitat", "label": "ORG"}, {"text": "Flandre Opale Habitat", "label": "ORG"},
        {"text": "Action Logement Services", "label": "ORG"}, {"text": "Foncière Logement", "label": "ORG"},
        {"text": "Les Anges Gardins", "label": "ORG"}, {"text": "La Vie Active", "label": "ORG"},
        {"text": "Agence Nationale de la Cohésion des Territoires", "label": "ORG", "normalized": "ANCT"},
        {"text": "Caisse des Dépôts", "label": "ORG"}, {"text": "ADEME", "label": "ORG"},
        {"text": "Région Hauts-de-France", "label": "ORG"}, {"text": "CoopArtois", "label": "ORG"},
        {"text": "Lens", "label": "LOC"}, {"text": "Avion", "label": "LOC"},
        {"text": "Liévin", "label": "LOC"}, {"text": "Loos-en-Gohelle", "label": "LOC"},
        {"text": "QP062024", "label": "QPV", "normalized": "QP062024"},
        {"text": "QP062019", "label": "QPV", "normalized": "QP062019"},
        {"text": "QP062028", "label": "QPV", "normalized": "QP062028"},
        {"text": "Alain Roger", "label": "PER"},
        {"text": "article L 441-1-5 du CCH", "label": "LAW"},
        {"text": "décret n° 2020-145 du 20 février 2020", "label": "LAW"},
        {"text": "arrêté du 29 avril 2015", "label": "LAW"},
        {"text": "délibération n°20170731 du 29 juin 2017", "label": "LAW"},
    ],
    "expected_warnings": [
        {"kind": "table_total_mismatch", "section": "3.8",
         "table": "objectifs d’heures d’insertion (Montant d’investissement)",
         "stated": 143898115, "computed": 143898112,
         "text": "À l’échelle du projet : 143 898 115 € while its 11 rows add up to 143 898 112 €"},
        {"kind": "table_total_mismatch", "section": "3.10",
         "table": "concours financiers NPNRU totaux par quartier (Montant de subvention NPNRU, row 'Totaux : T')",
         "stated": 64294698.26, "computed": 64291698.26,
         "text": "T : 64 294 698,26 € while the quartiers' T rows (and C + P) give 64 291 698,26 €; "
                 "the row total T : 71 861 314,26 € is consistent with the C and P totals"},
    ],
    "oddities": [
        "Article 2 writes 'tour des Fresnes', the rest of the document 'tour des Frênes'",
        "Article 2 leaves the second Comité d'Engagement date as '???? avril 2023'",
        "Article 3.10 writes '10 223 883, 02 €' (space after the decimal comma) and '28 528 354,13 €de'",
        "Article 5.2 writes '45.000 €' (dot thousands separator) once",
        "Article 3.10's 'Totaux' T subsidy cell is 3 000 € above the sum of its parts (seed as printed)",
    ],
}

HAND = {
    "composition": "seed_deliberation_avenant01",
    "applies_to": ["seed_deliberation_avenant01", "seed_deliberation_avenant01_b", "seed_avenant01_c"],
    "note": "keyed by part kind; amounts/quantities here are curated key facts with canonical text "
            "(the renderer's gold holds every amount as printed in each style)",
    "parts": {"deliberation": deliberation, "avenant": avenant},
}

if __name__ == "__main__":
    OUT.write_text(json.dumps(HAND, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT)
