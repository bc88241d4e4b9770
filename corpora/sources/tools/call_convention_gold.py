"""Hand gold for the CALL convention sources and the expected change list original -> consolidated.
Called by build_call_convention.py; every value written here is checked against the generated texts."""
from __future__ import annotations

import json
from decimal import Decimal as D

from call_convention_data import QUARTIERS, FAMILIES, OPS, quartier_C, idtop, insertion_rows

NAMES = {"orig": "call_convention_original", "cons": "call_convention_consolidated"}


def eur(x):
    x = D(x).quantize(D("0.01"))
    ent, cts = divmod(int(x * 100), 100)
    return f"{ent:,}".replace(",", " ") + f",{cts:02d} €"


def opec(o):
    return {"type": FAMILIES[o["fam"]][0], "name": o["name"], "commune": QUARTIERS[o["q"]]["commune"],
            "maitre_ouvrage": o["mo"], "logements": o["logements"], "amount": float(o["anru"]),
            "idtop": idtop(o), "libelle": o["libelle"], "quartier": QUARTIERS[o["q"]]["qpv"]}


ENT_COMMON = [
    ("Agence nationale pour la rénovation urbaine", "ORG", "ANRU"), ("ANRU", "ORG", "ANRU"),
    ("Communauté d’Agglomération de Lens-Liévin", "ORG", "Communauté d'Agglomération de Lens-Liévin"),
    ("CALL", "ORG", "Communauté d'Agglomération de Lens-Liévin"),
    ("Maisons et Cités", "ORG", "Maisons et Cités"), ("SIA Habitat", "ORG", "SIA Habitat"),
    ("Pas-de-Calais Habitat", "ORG", "Pas-de-Calais Habitat"), ("Flandre Opale Habitat", "ORG", "Flandre Opale Habitat"),
    ("Action Logement Services", "ORG", "Action Logement Services"), ("Foncière Logement", "ORG", "Foncière Logement"),
    ("Caisse des Dépôts", "ORG", "Caisse des Dépôts"), ("ADEME", "ORG", "ADEME"),
    ("Région Hauts-de-France", "ORG", "Région Hauts-de-France"), ("Axentia", "ORG", "Axentia"), ("CoopArtois", "ORG", "CoopArtois"),
    ("Agence d’Urbanisme de l’Artois", "ORG", "Agence d'Urbanisme de l'Artois"), ("Anah", "ORG", "Anah"),
    ("Commune de Lens", "ORG", "Commune de Lens"), ("Commune d’Avion", "ORG", "Commune d'Avion"), ("Commune de Liévin", "ORG", "Commune de Liévin"),
    ("Lens", "LOC", "Lens"), ("Avion", "LOC", "Avion"), ("Liévin", "LOC", "Liévin"),     ("ZAC du Ponterlant", "LOC", "ZAC du Ponterlant"),
    ("QP062024", "QPV", "QP062024"), ("QP062019", "QPV", "QP062019"), ("QP062028", "QPV", "QP062028"),
    ("Alain Roger", "PER", "Alain Roger"),
    ("loi n° 2014-173 du 21 février 2014", "LAW", "loi n° 2014-173 du 21 février 2014"),
    ("arrêté du 29 avril 2015", "LAW", "arrêté du 29 avril 2015"),
    ("RGA NPNRU", "LAW", "règlement général de l'ANRU relatif au NPNRU"), ("RF NPNRU", "LAW", "règlement financier de l'ANRU relatif au NPNRU"),
    ("article L 441-1-5 du CCH", "LAW", "article L441-1-5 du code de la construction et de l'habitation"),
    ("délibération n°20170731 du 29 juin 2017", "LAW", "délibération du conseil régional Hauts-de-France n°20170731 du 29 juin 2017"),
]
ENT_CONS = [("Loos-en-Gohelle", "LOC", "Loos-en-Gohelle"), ("Les Anges Gardins", "ORG", "Les Anges Gardins"), ("La Vie Active", "ORG", "La Vie Active"),
            ("Agence Nationale de la Cohésion des Territoires", "ORG", "ANCT"), ("ANCT", "ORG", "ANCT"),
            ("décret n° 2020-145 du 20 février 2020", "LAW", "décret n° 2020-145 du 20 février 2020")]

QTY = {  # text -> (value, unit), per version
    "orig": [("339 LLS", 339, "lls"), ("227 LLS", 227, "lls"), ("406 démolitions", 406, "logement"), ("1 050 LLS en moins", 1050, "lls"),
             ("153 LLS en RO", 153, "lls"), ("14.6%", 14.6, "percent"), ("226 (nombre total) droits", 226, "droit"), ("88 LLS", 88, "lls"),
             ("190 LLS", 190, "lls"), ("208 LLS", 208, "lls"), ("45 logements (31 PLUS et 14 PLAI)", 45, "logement"),
             ("Environ 1840 m²", 1840, "m2"), ("Environ 1200 m²", 1200, "m2"), ("74 601 h", 74601, "heure")],
    "cons": [("410 LLS", 410, "lls"), ("227 LLS", 227, "lls"), ("406 démolitions", 406, "logement"), ("1 121 LLS en moins", 1121, "lls"),
             ("173 LLS en RO", 173, "lls"), ("16.4%", 16.4, "percent"), ("226 (nombre total) droits", 226, "droit"), ("88 LLS", 88, "lls"),
             ("190 LLS", 190, "lls"), ("208 LLS", 208, "lls"), ("45 logements (31 PLUS et 14 PLAI)", 45, "logement"),
             ("tour des Frênes (71 logements)", 71, "logement"), ("20 logements PLAI bouclier", 20, "logement"),
             ("Environ 1840 m²", 1840, "m2"), ("Environ 1200 m²", 1200, "m2"), ("82 227 h", 82227, "heure"), ("3 hectares", 3, "ha")],
}


def write(outs, gold_dir):
    texts = {v: outs[v][1] for v in outs}
    ops = {v: outs[v][2] for v in outs}
    for v, (name, text, vops) in outs.items():
        ents = ENT_COMMON + (ENT_CONS if v == "cons" else [])
        missing = [t for t, _, _ in ents if t not in text]
        assert not missing, (v, missing)
        qs = QTY[v]
        for t, _, _ in qs:
            assert t in text, (v, t)
        parties = ["Agence nationale pour la rénovation urbaine", "État", "Communauté d'Agglomération de Lens-Liévin", "Commune de Lens",
                   "Commune d'Avion", "Commune de Liévin", "Maisons et Cités", "SIA Habitat", "Pas-de-Calais Habitat", "Flandre Opale Habitat",
                   "Action Logement Services", "Foncière Logement"]
        if v == "cons":
            parties += ["Agence Nationale de la Cohésion des Territoires", "Les Anges Gardins", "La Vie Active"]
        meta = {"number": "C0688", "porteur": "Communauté d'Agglomération de Lens-Liévin", "signature_date": "2021-05-20",
                "quartiers": [{"name": Q["name"], "qpv": Q["qpv"], "commune": Q["commune"], "interet": Q["interet"]} for Q in QUARTIERS.values()],
                "parties": parties, "partenaires_associes": ["Caisse des Dépôts", "ADEME", "Conseil régional des Hauts-de-France"],
                "consolidated_after": ["avenant n°01"] if v == "cons" else [],
                "anru_total": 70739366.40 if v == "cons" else float(sum(quartier_C(q, v)[0] + quartier_C(q, v)[1] for q in QUARTIERS)),
                "annex_C4": "kept as a heading marked « Abrogée par l’avenant n°01 »" if v == "cons" else "present"}
        gold = {"parts": [{"kind": "convention", "metadata": meta,
                           "operations": [{k: x[k] for k in ("type", "name", "commune", "maitre_ouvrage", "logements", "amount")} | {"idtop": x["idtop"], "libelle": x["libelle"]}
                                          for x in map(opec, vops)],
                           "entities": [{"text": t, "label": l, "normalized": n} for t, l, n in ents],
                           "quantities": [{"text": t, "value": val, "unit": u} for t, val, u in qs]}]}
        (gold_dir / f"{name}.hand.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (gold_dir / "changes_call_original_to_consolidated.json").write_text(
        json.dumps(changes(texts, ops), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def changes(texts, ops):
    to, tc = texts["orig"], texts["cons"]
    ch = []

    def add(type_, target, before, after, summary, check=None):
        if check:
            b, a = check
            if b is not None:
                assert b in to, (target, b)
            if a is not None:
                assert a in tc, (target, a)
        ch.append({"type": type_, "target": target, "before": before, "after": after, "summary": summary})

    byn = {v: {o["n"]: o for o in ops[v]} for v in ops}
    for n, o in byn["cons"].items():
        if n not in byn["orig"]:
            r = opec(o)
            assert o["libelle"] in tc and o["libelle"] not in to
            add("operation_added", f"{r['libelle']} ({r['idtop']})", None, r,
                f"Opération ajoutée par l’avenant n°01 : {o['libelle']} ({o['mo']}), subvention ANRU de {eur(o['anru'])}.")
        else:
            p = byn["orig"][n]
            if p["anru"] != o["anru"] or p["base"] != o["base"]:
                add("operation_modified", f"{o['libelle']} ({idtop(o)})", opec(p), opec(o),
                    f"{o['libelle']} : base de financement {eur(p['base'])} → {eur(o['base'])}, subvention ANRU {eur(p['anru'])} → {eur(o['anru'])}.",
                    (eur(p["anru"]), eur(o["anru"])))
    # quantities
    add("quantity_changed", "Avion – démolitions de LLS (Quartier République – Cité 4 Sud)", {"value": 339, "unit": "logement"}, {"value": 410, "unit": "logement"},
        "Le nombre de logements sociaux démolis à Avion passe de 339 à 410 avec la démolition de la tour des Frênes (71 logements).", ("339 LLS", "410 LLS"))
    add("quantity_changed", "Avion – bâtiments démolis", {"value": 13, "unit": "bâtiment"}, {"value": 14, "unit": "bâtiment"},
        "14 bâtiments sont désormais prévus en démolition à Avion au lieu de 13.", ("13 bâtiments sont prévus en démolition", "14 bâtiments sont prévus en démolition"))
    add("quantity_changed", "Avion – logements PLAI « boucliers » (Pas-de-Calais Habitat)", {"value": 0, "unit": "logement"}, {"value": 20, "unit": "logement"},
        "Ajout de 20 logements sociaux PLAI dits « boucliers » au cœur du quartier République, financés en droit commun (hors ANRU).",
        (None, "20 logements PLAI bouclier par Pas-de-Calais Habitat"))
    add("quantity_changed", "Total des LLS en moins (article 4.3)", {"value": 1050, "unit": "lls"}, {"value": 1121, "unit": "lls"},
        "Le total des logements sociaux supprimés passe de 1 050 à 1 121.", ("1 050 LLS en moins", "1 121 LLS en moins"))
    add("quantity_changed", "Total des LLS reconstitués (article 4.3)", {"value": 153, "unit": "lls"}, {"value": 173, "unit": "lls"},
        "La reconstitution de l’offre passe de 153 à 173 LLS (20 LLS boucliers non financés par l’ANRU).", ("153 LLS en RO", "173 LLS en RO"))
    add("quantity_changed", "Taux de reconstitution de l’offre (article 4.3)", {"value": 14.6, "unit": "percent"}, {"value": 16.4, "unit": "percent"},
        "Le taux de reconstitution annoncé passe de 14,6 % à 16,4 % des logements démolis.", ("soit 14.6%", "soit 16.4%"))
    add("quantity_changed", "Avion – taux de reconstitution sur site (article 4.3)", {"value": 13.27, "unit": "percent"}, {"value": 15.85, "unit": "percent"},
        "La reconstitution sur site à Avion passe de 13,27 % à 15,85 % des LLS supprimés.", ("13,27%", "15,85%"))
    add("quantity_changed", "Suppression de logements sociaux (article 5.1.1)", {"value": 1050, "unit": "logement"}, {"value": 1121, "unit": "logement"},
        "La suppression annoncée à l’article 5.1.1 passe de 1 050 à 1 121 logements sociaux.", ("La suppression de 1 050 logements", "La suppression de 1 121 logements"))
    add("quantity_changed", "Équipe projet CALL (article 7.2)", {"value": 4, "unit": "personne"}, {"value": 5, "unit": "personne"},
        "L’équipe projet passe de 4 à 5 personnes (ajout d’une coordinatrice administrative et financière).", ("composée de 4 personnes", "composée de 5 personnes"))
    # ANRU amounts (Article 10)
    for q, Q in QUARTIERS.items():
        b, a = quartier_C(q, "orig"), quartier_C(q, "cons")
        p = Q["P"]
        add("amount_changed", f"Article 10 – {Q['commune']} {Q['qpv']} – subventions ANRU (convention, C)", {"value": float(b[0]), "currency": "EUR"}, {"value": float(a[0]), "currency": "EUR"},
            f"Subventions ANRU du quartier {Q['name']} : {eur(b[0])} → {eur(a[0])}.", ("C : " + eur(b[0]), "C : " + eur(a[0])))
        add("amount_changed", f"Article 10 – {Q['commune']} {Q['qpv']} – concours financiers totaux (convention, C)", {"value": float(b[0] + b[1]), "currency": "EUR"}, {"value": float(a[0] + a[1]), "currency": "EUR"},
            f"Concours financiers NPNRU (convention) du quartier {Q['name']} : {eur(b[0] + b[1])} → {eur(a[0] + a[1])}.", ("C : " + eur(b[0] + b[1]), "C : " + eur(a[0] + a[1])))
        add("amount_changed", f"Article 10 – {Q['commune']} {Q['qpv']} – concours financiers totaux (protocole et convention, T)", {"value": float(b[0] + b[1] + p[0] + p[1]), "currency": "EUR"}, {"value": float(a[0] + a[1] + p[0] + p[1]), "currency": "EUR"},
            f"Concours financiers NPNRU totaux (T) du quartier {Q['name']} : {eur(b[0] + b[1] + p[0] + p[1])} → {eur(a[0] + a[1] + p[0] + p[1])}.",
            ("T : " + eur(b[0] + b[1] + p[0] + p[1]), "T : " + eur(a[0] + a[1] + p[0] + p[1])))
    def tot(v, idx):
        return sum(quartier_C(q, v)[idx] for q in QUARTIERS)
    Ps = sum(Q["P"][0] for Q in QUARTIERS.values()); Pp = sum(Q["P"][1] for Q in QUARTIERS.values())
    sb, sa = tot("orig", 0), tot("cons", 0); pr = tot("cons", 1)
    add("amount_changed", "Article 10 – subventions ANRU totales (convention)", {"value": float(sb), "currency": "EUR"}, {"value": float(sa), "currency": "EUR"},
        f"Le montant global des subventions ANRU passe de {eur(sb)} à {eur(sa)}.", (f"comprenant {eur(sb)} de subventions", f"comprenant {eur(sa)} de subventions"))
    add("amount_changed", "Article 10 – concours financiers ANRU globaux (convention)", {"value": float(sb + pr), "currency": "EUR"}, {"value": float(sa + pr), "currency": "EUR"},
        f"Le montant global maximal des concours financiers prévisionnels de l’ANRU passe de {eur(sb + pr)} à {eur(sa + pr)} (prêts Action Logement inchangés à {eur(pr)}).",
        (f"concours financiers prévisionnels de {eur(sb + pr)}", f"concours financiers prévisionnels de {eur(sa + pr)}"))
    add("amount_changed", "Article 10 – concours financiers NPNRU totaux (protocole et convention, T)", {"value": float(sb + pr + Ps + Pp), "currency": "EUR"}, {"value": float(sa + pr + Ps + Pp), "currency": "EUR"},
        f"Le total des concours NPNRU (protocole et convention) passe de {eur(sb + pr + Ps + Pp)} à {eur(sa + pr + Ps + Pp)}.",
        ("T : " + eur(sb + pr + Ps + Pp), "T : " + eur(sa + pr + Ps + Pp)))
    tsa = D("64294698.26")  # printed by the avenant (C + P = 64 291 698,26 €), kept verbatim in the consolidated text
    add("amount_changed", "Article 10 – subventions NPNRU totales (protocole et convention, T)", {"value": float(sb + Ps), "currency": "EUR"}, {"value": float(tsa), "currency": "EUR"},
        f"Le total des subventions NPNRU (protocole et convention) passe de {eur(sb + Ps)} à {eur(tsa)} (valeur imprimée par l’avenant ; C + P = {eur(sa + Ps)}).", ("T : " + eur(sb + Ps), "T : " + eur(tsa)))
    rb = quartier_C("AVION", "orig")[0] + quartier_C("LIEVIN", "orig")[0]; ra = quartier_C("AVION", "cons")[0] + quartier_C("LIEVIN", "cons")[0]
    rp = quartier_C("AVION", "cons")[1] + quartier_C("LIEVIN", "cons")[1]
    add("amount_changed", "Article 10 – quartiers d’intérêt régional – concours financiers", {"value": float(rb + rp), "currency": "EUR"}, {"value": float(ra + rp), "currency": "EUR"},
        f"Concours financiers sur les quartiers d’intérêt régional : {eur(rb + rp)} (dont {eur(rb)} de subventions) → {eur(ra + rp)} (dont {eur(ra)} de subventions).",
        (f"{eur(rb + rp)} de concours financiers prévisionnels comprenant {eur(rb)}", f"{eur(ra + rp)} de concours financiers prévisionnels comprenant {eur(ra)}"))
    nb, na = quartier_C("LENS", "orig"), quartier_C("LENS", "cons")
    add("amount_changed", "Article 10 – quartier d’intérêt national – concours financiers", {"value": float(nb[0] + nb[1]), "currency": "EUR"}, {"value": float(na[0] + na[1]), "currency": "EUR"},
        f"Concours financiers sur le quartier d’intérêt national : {eur(nb[0] + nb[1])} (dont {eur(nb[0])} de subventions) → {eur(na[0] + na[1])} (dont {eur(na[0])} de subventions).",
        (f"{eur(nb[0] + nb[1])} de concours financiers prévisionnels comprenant {eur(nb[0])}", f"{eur(na[0] + na[1])} de concours financiers prévisionnels comprenant {eur(na[0])}"))
    regb = sum(o["region"] for o in ops["orig"]); rega = sum(o["region"] for o in ops["cons"])
    add("amount_changed", "Article 10 / 9.2.1 – participation de la Région Hauts-de-France", {"value": float(regb), "currency": "EUR"}, {"value": float(rega), "currency": "EUR"},
        f"La participation maximale de la Région Hauts-de-France passe de {eur(regb)} à {eur(rega)} (ajout du pôle économique de la Fosse 12, 1 000 000 €, et du centre commercial d’Avion, 600 000 €).",
        (f"montant maximal de {eur(regb)}", f"montant maximal de {eur(rega)}"))
    add("amount_changed", "Article 9.2.1 – enveloppe régionale annoncée", {"value": 8060000, "currency": "EUR", "text": "8,06 M€"}, {"value": 9740000, "currency": "EUR", "text": "9,74 M€"},
        "L’enveloppe régionale annoncée dans le texte de l’article 9.2.1 passe de 8,06 M€ à 9,74 M€.", ("8,06 M€", "9,74 M€"))
    ib, ia = insertion_rows("orig")[1], insertion_rows("cons")[1]
    add("amount_changed", "Article 8.2 – montant d’investissement soumis à la clause d’insertion (échelle du projet)", {"value": ib[0], "currency": "EUR"}, {"value": ia[0], "currency": "EUR"},
        f"L’investissement de référence pour les heures d’insertion passe de {ib[0]:,} € à {ia[0]:,} € ; l’objectif passe de {ib[2]:,} h à {ia[2]:,} h.".replace(",", " "))
    # parties
    for p in ("Agence Nationale de la Cohésion des Territoires", "L’association Les Anges Gardins", "L’association La Vie Active"):
        add("party_added", p.replace("L’association ", ""), None, {"name": p.replace("L’association ", ""), "role": "maître d’ouvrage"},
            f"{p.replace('L’association ', '')} devient partie prenante signataire en tant que maître d’ouvrage d’opérations intégrées par l’avenant n°01.", (None, p))
        assert p not in to
    # articles
    add("article_renamed", "Article 2.3", {"heading": "Orientations stratégiques du projet d’innovation"},
        {"heading": "Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine"},
        "L’article 2.3 est renommé « Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine ».",
        ("Article 2.3 | Orientations stratégiques du projet d’innovation\n", "Article 2.3 | Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine"))
    arts = [("Titre I", "Ajout des quartiers faisant l’objet du projet d’agriculture urbaine lauréat de l’appel à projets « Les Quartiers Fertiles » (Lens, Avion, Liévin)."),
            ("Article 2.3", "Texte remplacé : présentation du projet Quartiers Fertiles (archipel nourricier des Anges Gardins, ferme urbaine de La Vie Active)."),
            ("Article 4.1.1", "Lens : ajout du pôle économique de la Fosse 12 au tableau de synthèse et au programme, projet d’agriculture urbaine, incendie du gymnase, salle plurivalente, mission OPCU."),
            ("Article 4.1.2", "Avion : 410 démolitions au lieu de 339 (tour des Frênes), 20 PLAI boucliers, centre commercial au tableau de synthèse, réorganisation du cœur de quartier."),
            ("Article 4.2.1", "Lens : le secteur de la Bourdonnais accueille un projet d’agriculture urbaine pérenne et transitoire."),
            ("Article 4.2.2", "Avion : la tour des Frênes démolie laisse place à un centre commercial ; 20 logements boucliers ; étude commerciale réalisée en 2022."),
            ("Article 4.3", "Reconstitution de l’offre : 1 121 LLS en moins au lieu de 1 050, 173 LLS reconstitués au lieu de 153."),
            ("Article 5.1.1", "1 121 logements sociaux supprimés au lieu de 1 050."),
            ("Article 5.1.2", "Lens : reconversion de la Fosse 12 en activités économiques, abandon du projet de studios pour les internes, agriculture urbaine transitoire."),
            ("Article 5.1.5", "Calendrier de mise sur le marché décalé (2022 → 2023, période 2023/2030 → 2024/2030)."),
            ("Article 5.2", "Passage de la gestion en stock à la gestion en flux des 226 droits de réservation d’Action Logement Services (décret n° 2020-145)."),
            ("Article 7.1", "Précision des délégations du Vice-Président (ERBM)."),
            ("Article 7.2", "L’équipe projet passe de 4 à 5 personnes (coordinatrice administrative et financière)."),
            ("Article 8.1", "La démarche GUSP intercommunale est désormais décrite comme réalisée (prestataire HB Etudes et Conseils, boîte à outils)."),
            ("Article 8.2", "Tableau des heures d’insertion mis à jour (Anges Gardins, La Vie Active, nouveaux investissements) ; charte d’insertion reportée au premier semestre 2024."),
            ("Article 8.3", "Ajout de la représentation théâtrale du 5 mai 2023 à Lens et du spectacle de 2022 à Avion."),
            ("Article 9.1.1.1", "Ingénierie : ajout de l’étude du cœur de quartier République, relogement d’Avion augmenté (tour des Frênes)."),
            ("Article 9.1.1.2", "Démolitions : ajout de la tour des Frênes ; aménagement d’ensemble : ajout du cœur de quartier (complément du secteur 4)."),
            ("Article 9.1.1.3", "Immobilier à vocation économique : ajout du pôle économique de la Fosse 12 et du centre commercial d’Avion."),
            ("Article 9.2.1", "Région Hauts-de-France : ajout de la Fosse 12 (1 000 000 €) et du centre commercial (600 000 €), total 9 526 333,00 €."),
            ("Article 9.4", "« Sans objet » remplacé par le tableau des opérations financées au titre des Quartiers Fertiles."),
            ("Article 10", "Nouveau plan de financement : 70 739 366,40 € de concours ANRU, Région 9 526 333,00 €."),
            ("ANNEXES", "Liste des annexes : C3 intégrée, C4 abrogée.")]
    for tgt, s in arts:
        add("article_modified", tgt, None, None, s)
    # annexes
    add("annex_modified", "Annexe A8", None, None, "Plan guide de Lens et d’Avion mis à jour (Fosse 12, Quartiers Fertiles, cœur de quartier République sur l’emprise de la tour des Frênes).")
    add("annex_modified", "Annexe B1", None, None, "Contreparties foncières : programmes précisés (23 logements locatifs libres, une quinzaine de logements en accession) et transferts décalés.",
        ("Programme à définir", "Une quinzaine de logements en accession"))
    add("annex_modified", "Annexe B2", None, None, "Droits de réservation : gestion en flux annuel au lieu de logements identifiés gérés en stock.", ("gérés en stock", "convertis en flux annuel"))
    add("annex_modified", "Annexe C1", None, None, f"Calendrier opérationnel : {sum(1 for n in byn['cons'] if n not in byn['orig'])} opérations ajoutées.")
    add("annex_modified", "Annexe C2", None, None, "Tableau financier mis à jour avec les opérations de l’avenant n°01 et les nouveaux totaux.")
    add("annex_added", "Annexe C3", None, {"heading": "Fiches descriptives des opérations intégrées par l’avenant n°01"},
        "Intégration de l’annexe C3 : fiches descriptives des nouvelles opérations.", (None, "## Annexe C3 |"))
    assert "## Annexe C3 |" not in to
    add("annex_repealed", "Annexe C4", {"heading": "Tableau financier identique à l’annexe C2"}, {"heading": "Tableau financier identique à l’annexe C2", "text": "Abrogée par l’avenant n°01."},
        "L’annexe C4 (tableau financier identique à l’annexe C2) est abrogée ; son titre est conservé avec la mention « Abrogée par l’avenant n°01 ».", (None, "Abrogée par l’avenant n°01."))
    # tables
    tabs = [("Tableau de synthèse des opérations financées - Cité du 12/14", "Ligne ajoutée : Immobilier à vocation économique – pôle économique de la Fosse 12 ; équipements : reconstruction du gymnase."),
            ("Tableau de synthèse des opérations financées - Quartier République Cité 4 sud", "Démolition de LLS 339 → 410 ; ligne ajoutée : création d’un centre commercial."),
            ("Calcul du nombre de droits de réservation selon la catégorie d'opération", "Titre devenu « … en droits uniques … » ; valeurs inchangées (52, 16 et 158 droits)."),
            ("Objectifs d’heures d’insertion par maître d’ouvrage", "Lignes Anges Gardins et La vie Active ajoutées ; montants de Lens, Avion, Pas-de-Calais Habitat et des opérateurs à définir modifiés."),
            ("Les études, expertises et moyens d’accompagnement du projet, l’accompagnement des ménages et la conduite du projet", "Ligne ajoutée (étude cœur de quartier) ; relogement d’Avion modifié."),
            ("La démolition de logements locatifs sociaux", "Ligne ajoutée : tour des Frênes."),
            ("L’aménagement d’ensemble", "Ligne ajoutée : cœur de quartier (complément du secteur 4)."),
            ("La diversification fonctionnelle dans le quartier : l’immobilier à vocation économique", "Lignes ajoutées : Fosse 12 et centre commercial."),
            ("Opérations bénéficiant d’un accompagnement financier de la Région Hauts-de-France", "Lignes ajoutées : Fosse 12 et centre commercial ; total 7 926 333,00 € → 9 526 333,00 €."),
            ("Concours financiers NPNRU totaux programmés par quartier (C : Convention ; P : Protocole ; T : Total)", "Lignes C et T de chaque quartier et des totaux modifiées ; lignes P inchangées."),
            ("Calendrier opérationnel prévisionnel", "Lignes ajoutées pour les opérations de l’avenant n°01."),
            ("Tableau financier prévisionnel des opérations programmées (annexe C2)", "Lignes ajoutées, relogement d’Avion modifié, sous-totaux et total général modifiés."),
            ("Contreparties foncières du groupe Action Logement", "Programmes et dates de transfert modifiés."),
            ("Répartition des droits de réservation d’Action Logement Services", "Dernière colonne : localisation des logements remplacée par la modalité de gestion (flux annuel).")]
    for t, s in tabs:
        if t == "Calcul du nombre de droits de réservation selon la catégorie d'opération":
            assert t in to
        add("table_modified", t, None, None, s)
    return {"old": "call_convention_original", "new": "call_convention_consolidated",
            "notes": ["The avenant declares the PRÉAMBULE and Article 1 (Les éléments de contexte) modified but its text layer carries no new text: both are identical in the two versions and listed in no change.",
                      "Annex C4 is kept as a heading with the text « Abrogée par l’avenant n°01. » in the consolidated version.",
                      "The consolidated title page carries one extra line (version consolidée après avenant n°01), not listed as a change.",
                      "Article 10, row T of the totals: the avenant prints 64 294 698,26 € of subsidies while C + P = 64 291 698,26 €; the consolidated text keeps the avenant\u2019s figure verbatim.",
                      "Operation amounts are ANRU subsidies (convention); Action Logement loans are unchanged (7 255 216,00 €)."],
            "changes": ch}
