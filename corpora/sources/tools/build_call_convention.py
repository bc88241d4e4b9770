#!/usr/bin/env python3
"""Build the two CALL convention sources (original of 20 May 2021, consolidated after avenant n°01)
from shared pieces, plus their hand gold and the expected change list.

    python3 corpora/sources/tools/build_call_convention.py

Writes corpora/sources/call_convention_{original,consolidated}.cpd,
corpora/gold/call_convention_{original,consolidated}.hand.json and
corpora/gold/changes_call_original_to_consolidated.json.
Everything the avenant does not touch is emitted by the same code for both versions, so it is
word for word identical.  Articles the avenant rewrites take the avenant's text (cleaned from the
seed, see call_avenant_texts.py) in the consolidated version, and a "before" text derived from it
by the substitutions listed in this file for the original.
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from call_avenant_texts import T  # noqa: E402
from call_convention_data import (QUARTIERS, FAMILIES, REGION_ROWS, ops_for, idtop, quartier_C,  # noqa: E402
                                  insertion_rows)
from call_convention_texts import STD  # noqa: E402

ROOT = HERE.parent.parent          # corpora/
ORIG, CONS = "orig", "cons"


def eur(x, dec=True) -> str:
    x = D(x).quantize(D("0.01"))
    sign = "-" if x < 0 else ""
    x = abs(x)
    ent, cts = divmod(int((x * 100).to_integral_value()), 100)
    s = f"{ent:,}".replace(",", " ")
    if dec:
        return f"{sign}{s},{cts:02d} €"
    return f"{sign}{s} €" if cts == 0 else f"{sign}{s},{cts:02d} €"


def num(n) -> str:
    return f"{int(n):,}".replace(",", " ")


def subst(text: str, pairs, where="") -> str:
    """Derive a 'before' text: each (after, before) pair must occur in the after text."""
    for new, old in pairs:
        assert new in text, f"{where}: not found: {new[:80]!r}"
        text = text.replace(new, old)
    return text


def table(title, rows, header_rows=1, widths=None, repeat=False, rules="all"):
    out = ["::: table", f"title: {title}", f"header_rows: {header_rows}", f"rules: {rules}"]
    if widths:
        out.append("widths: " + ",".join(str(w) for w in widths))
    if repeat:
        out.append("repeat_header: yes")
    for r in rows:
        out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
    out.append(":::")
    return "\n".join(out)


class Doc:
    def __init__(self, version):
        self.v = version
        self.parts: list[str] = []

    def add(self, *blocks):
        for b in blocks:
            if b is None:
                continue
            self.parts.append(b.strip("\n"))

    def pick(self, orig, cons):
        return orig if self.v == ORIG else cons

    def text(self):
        return "\n\n".join(self.parts) + "\n"


# ----------------------------------------------------------------------------------------------
# Derivations of the "before" texts of the articles the avenant rewrites
# ----------------------------------------------------------------------------------------------
def titre1(v):
    t = T["titre1"]
    if v == CONS:
        return t
    return subst(t, [
        ("Parmi ces quartiers d’intérêt national, ceux faisant l’objet du projet d’innovation mis en œuvre au titre du NPNRU, au titre du projet d’agriculture urbaine lauréat de l’appel à projets « Les Quartiers Fertiles » du 24 janvier 2020, sont :\n\n- La Cité du 12 / 14 (QP062024) à Lens (62) ;\n\n",
         "Parmi ces quartiers d’intérêt national, ceux faisant l’objet du projet d’innovation mis en œuvre au titre du NPNRU sont : sans objet.\n\n"),
        ("Parmi ces quartiers d’intérêt régional, ceux faisant l’objet du projet d’innovation mis en œuvre au titre du projet d’agriculture urbaine lauréat de l’appel à projets « Les Quartiers Fertiles » du 24 janvier 2020 sont :\n\n- Le quartier République - Cité 4 Sud (QP062019) à Avion (62) ;\n\n- Le quartier Calonne – Marichelles – Vent de Bise (QP062028) à Liévin (62).\n\n",
         ""),
    ], "titre1")


def a4_1_1(v):
    t = T["a4_1_1_body"]
    if v == CONS:
        return t
    t = subst(t, [
        ("Le projet d’agriculture urbaine viendra occuper de manière transitoire (10 ans) une partie des fonciers libérés par la démolition, dans l’attente",
         "Une occupation transitoire d’une partie des fonciers libérés par la démolition sera recherchée, dans l’attente"),
        ("  - Requalification du groupe scolaire Jean Macé et reconstruction du gymnase (bâtiment sinistré victime d’un incendie le 6 septembre 2021).",
         "  - Requalification du groupe scolaire Jean Macé et de son gymnase."),
        ("  - Développement d’un pôle économique sur le site de la Fosse 12, au nord du quartier (Commune de Loos-en-Gohelle)\n\n", ""),
    ], "4.1.1")
    # drop the paragraphs written after the signature (salle plurivalente 2022, OPCU CE 12/04/2023)
    cut = t.index("Une salle plurivalente est en construction")
    return t[:cut].rstrip()


def a4_1_2(v):
    t = T["a4_1_2_body"]
    if v == CONS:
        return t
    return subst(t, [
        ("20 bâtiments / 529 logements", "19 bâtiments / 458 logements"),
        ("Démolition de 410 logements locatifs sociaux propriété de Pas-de-Calais Habitat : 14 bâtiments sont prévus en démolition, dont 1 partiellement, représentant un total de 410 LLS :",
         "Démolition de 339 logements locatifs sociaux propriété de Pas-de-Calais Habitat : 13 bâtiments sont prévus en démolition, dont 1 partiellement, représentant un total de 339 LLS :"),
        ("Seringas (20 logements), et Tournesols (27 logements) et de la tour des Frênes (71 logements), soit 354 logements au total.",
         "Seringas (20 logements) et Tournesols (27 logements), soit 283 logements au total."),
        ("un potentiel de 151 logements sur site", "un potentiel de 131 logements sur site"),
        ("  - 20 logements PLAI bouclier par Pas-de-Calais Habitat au cœur du quartier,\n", ""),
        ("- la réorganisation du cœur de quartier avec la démolition de la tour des Frênes et la création d’un pôle commercial,",
         "- la réorganisation du cœur de quartier autour de la place de la République,"),
        ("- la réalisation, par Pas-de-Calais Habitat, de 20 logements boucliers pour des publics spécifiques,\n", ""),
    ], "4.1.2")


def a4_2_1(v):
    t = T["a4_2_1"]
    if v == CONS:
        return t
    return subst(t, [("- Développement d’un projet d’agriculture urbaine pérenne pour une partie des fonciers libérés, et transitoire pour les fonciers visés, à terme,",
                      "- Occupation transitoire des fonciers visés, à terme,")], "4.2.1")


def a4_2_2(v):
    t = T["a4_2_2"]
    if v == CONS:
        return t
    i = t.index("La tour des Frênes démolie")
    j = t.index("- Gommer les éléments")
    return t[:i] + ("Une étude des potentialités commerciales sera engagée afin de vérifier l’opportunité d’une "
                    "restructuration de l’offre commerciale existante au regard de la chalandise et des besoins. Une "
                    "Maison Départementale des Solidarités (MDS) y sera également construite (hors financement ANRU).\n\n") + t[j:]


def a4_3(v):
    t = T["a4_3"]
    if v == CONS:
        return t
    return subst(t, [
        ("il représente au global 16.4 % des logements démolis", "il représente au global 14.6 % des logements démolis"),
        ("410 démolitions (les 339 démolitions initialement prévues auxquelles s’ajoutent les 71 logements de la tour des Frênes dont la démolition a été validée dans le cadre d’une clause de revoyure).",
         "339 démolitions."),
        ("Soit un total de 1 121 LLS en moins.", "Soit un total de 1 050 LLS en moins."),
        ("45 LLS sur site, auxquels s’ajoutent 20 LLS non financés par l’ANRU", "45 LLS sur site,"),
        ("Soit un total de 173 LLS en RO, soit 16.4%.", "Soit un total de 153 LLS en RO, soit 14.6%."),
        ("dont 31 PLUS et 14 PLAI, ainsi que 20 LLS boucliers. La reconstitution de l’offre sur site représente 15,85% des LLS supprimés.",
         "dont 31 PLUS et 14 PLAI. La reconstitution de l’offre sur site représente 13,27% des LLS supprimés."),
    ], "4.3")


def a5_1_1(v):
    t = T["a5_1_1"]
    return t if v == CONS else subst(t, [("La suppression de 1 121 logements sociaux", "La suppression de 1 050 logements sociaux")], "5.1.1")


def a5_1_2(v):
    t = T["a5_1_2"]
    if v == CONS:
        return t
    t = subst(t, [
        ("La salle des pendus et la salle des bains douches de l’ancienne Fosse 12 doivent être restaurées afin d’y accueillir des activités économiques. La maison du contremaître mitoyenne devait être transformée en studios pour les internes de l’hôpital de Lens.",
         "La salle des pendus et la salle des bains douches de l’ancienne Fosse 12 pourraient à terme accueillir des activités, sans qu’un projet ne soit arrêté à ce stade. La maison du contremaître mitoyenne sera transformée en studios pour les internes de l’hôpital de Lens."),
        ("Pour le reste du foncier libéré, : le projet transitoire d’agriculture urbaine permettra d’occuper le site avant d’envisager un projet immobilier,",
         "Pour le reste du foncier libéré, une occupation transitoire du site sera recherchée avant d’envisager un projet immobilier,"),
    ], "5.1.2")
    i = t.index(" Cependant, la redevance proposée par le CHL")
    j = t.index("notamment la requalification du site de la fosse 12.") + len("notamment la requalification du site de la fosse 12.")
    return t[:i] + t[j:]


def a5_1_5(v):
    t = T["a5_1_5"]
    return t if v == CONS else subst(t, [
        ("démarrage prévisionnel fin du premier semestre 2023", "démarrage prévisionnel fin 2022"),
        ("(6 logements prévus premier semestre 2023)", "(6 logements prévus fin 2022)"),
        ("une dizaine de logements dès 2023", "une dizaine de logements dès 2022"),
        ("période 2024/2030", "période 2023/2030")], "5.1.5")


def a5_2(v):
    a, b = T["a5_2_a"], T["a5_2_b"]
    if v == ORIG:
        a = subst(a, [("226 (nombre total) droits de réservation en flux de logements locatifs sociaux",
                       "226 (nombre total) droits de réservation de logements locatifs sociaux pour 30 ans"),
                      ("Le nombre global de droits de réservation en droits uniques est calculé", "Le nombre global de droits de réservation est calculé")], "5.2a")
        b = subst(b, [("Logement Services dans un délai maximum de 30 ans à compter de la date de signature de la convention de financement et de réservation entre Action Logement Services et les organismes de logement social concernés. Ils sont convertis en flux annuel dans les conventions de réservation, prévues par le décret n° 2020-145 du 20 février 2020.",
                       "Logement Services dans un délai maximum de 30 ans à compter de la date de signature de la convention de financement et de réservation entre Action Logement Services et les organismes de logement social concernés. Ils portent sur des logements identifiés, gérés en stock, dont la localisation est précisée en annexe B2."),
                      ("du 11 juillet 2018, avenantée le 10 juillet 2021,", "du 11 juillet 2018")], "5.2b")
    title = v == ORIG and "Calcul du nombre de droits de réservation selon la catégorie d'opération" \
        or "Calcul du nombre de droits de réservation en droits uniques selon la catégorie d'opération"
    tab = table(title, [
        ["Zones géographiques/Type d'opérations", "% sur nombre total de logements construits en QPV", "% sur nombre total de logements requalifiés < à 45 000 €", "% sur nombre total de logements requalifiés > à 45 000 €"],
        ["4 - Autres Grands pôles", "56,0% soit 52 droits", "56,0% soit 16 droits", "64,0% soit 158 droits"]], widths=[3, 2, 2, 2])
    mid = ("Parmi ce volume global de réservations en droits uniques, pour les premières mises en location des opérations de reconstitution et de requalification en milieu vacant, Action Logement Services bénéficiera d’un droit de réservation à hauteur de :"
           if v == CONS else
           "Parmi ce volume global de réservations, pour les premières mises en location des opérations de reconstitution et de requalification en milieu vacant, Action Logement Services bénéficiera d’un droit de réservation à hauteur de :")
    b = b.replace("réservation à hauteur de :\n\n", "", 1)
    return "\n\n".join([a, tab, mid, b])


def a7_1(v):
    t = T["a7_1"]
    return t if v == CONS else subst(t, [("Alain Roger, 12e Vice-Président en charge de l’ERBM, de l’aménagement, de l’urbanisme et du renouvellement urbain",
                                          "Alain Roger, Vice-Président en charge de l’aménagement, de l’urbanisme et du renouvellement urbain")], "7.1")


def a7_2(v):
    t = T["a7_2"]
    if v == CONS:
        return t
    t = subst(t, [("Elle mobilise pour cela une équipe projet composée de 5 personnes", "Elle mobilise pour cela une équipe projet composée de 4 personnes")], "7.2")
    i = t.index("- Une coordinatrice administrative et financière")
    j = t.index("L’équipe projet NPNRU est rattaché")
    return t[:i] + t[j:]


def a8_1(v):
    t = T["a8_1"]
    if v == CONS:
        return t
    return subst(t, [
        ("Un appel d’offres a été lancé pour développer", "Un appel d’offres sera lancé pour développer"),
        ("La mission du prestataire (HB Etudes et Conseils) a été d’accompagner la Communauté d’Agglomération dans l’animation d’une réflexion intégrée et collective qui a abouti à l’élaboration d’une boîte à outils GUSP",
         "La mission du prestataire retenu sera d’accompagner la Communauté d’Agglomération dans l’animation d’une réflexion intégrée et collective qui devra aboutir à l’élaboration d’une boîte à outils GUSP"),
        ("L’objectif était d’initier", "L’objectif est d’initier")], "8.1")


def a8_2(v):
    a, b, c = T["a8_2_a"], T["a8_2_b"], T["a8_2_c"]
    if v == ORIG:
        c = subst(c, [("La validation de cette charte est prévue fin du premier semestre 2024.", "La validation de cette charte est prévue fin 2021."),
                      ("Ils seront précisés dans la charte insertion pour le premier semestre 2024.", "Ils seront précisés dans la charte insertion pour la fin de l’année 2021.")], "8.2")
    formula = "Heures d’insertion minimum = (40% du montant du marché HT / 35€ (coût d’une heure de travail)) ∗ 5%"
    rows, tot = insertion_rows(v)
    trows = [["Maître d’ouvrage", "Montant d’investissement", "Nombre d’heures travaillées", "Objectif d’insertion en %", "Objectif d’insertion en nombre d’heures"],
             ["À l’échelle du projet :", eur(tot[0], False), f"{num(tot[1])} h", "5 %", f"{num(tot[2])} h"]]
    for name, m, h, i in rows:
        trows.append([name, eur(m, False), f"{num(h)} h", "5 %", f"{num(i)} h"])
    tab = table("Objectifs d’heures d’insertion par maître d’ouvrage", trows, widths=[3, 2, 2, 1, 2])
    return "\n\n".join([a, formula, b, tab, c])


def a8_3(v):
    t = T["a8_3"]
    if v == CONS:
        return t
    t = subst(t, [(" Une représentation a été donnée au sein du quartier le 5 mai 2023.", "")], "8.3")
    i = t.index(" En 2022, la Ville a travaillé avec un collectif d’artistes")
    j = t.index("- Quartier Calonnes Marichelles")
    return t[:i] + "\n\n" + t[j:]


def r921(v):
    t = T["r921"]
    return t if v == CONS else subst(t, [("à hauteur de 9,74 M€", "à hauteur de 8,06 M€")], "9.2.1")


def a10(v, ops):
    t = T["a10"]
    qs = {q: quartier_C(q, v) for q in QUARTIERS}
    sub = sum(x[0] for x in qs.values()); pret = sum(x[1] for x in qs.values())
    reg = (qs["AVION"][0] + qs["LIEVIN"][0], qs["AVION"][1] + qs["LIEVIN"][1])
    nat = qs["LENS"]
    region_total = sum(o["region"] for o in ops)
    if v == ORIG:
        t = subst(t, [
            ("concours financiers prévisionnels de 70 739 366,40 €, comprenant 63 484 150,40 € de subventions",
             f"concours financiers prévisionnels de {eur(sub + pret)}, comprenant {eur(sub)} de subventions"),
            ("- 39 558 096,27 € de concours financiers prévisionnels comprenant 34 955 796,27 € de subventions",
             f"- {eur(reg[0] + reg[1])} de concours financiers prévisionnels comprenant {eur(reg[0])} de subventions"),
            ("- 31 181 270,13 € de concours financiers prévisionnels comprenant 28 528 354,13 €de subventions",
             f"- {eur(nat[0] + nat[1])} de concours financiers prévisionnels comprenant {eur(nat[0])} de subventions"),
            ("montant maximal de 9 526 333,00 €", f"montant maximal de {eur(region_total)}"),
        ], "10")
    else:
        assert eur(region_total) == "9 526 333,00 €" and eur(sub + pret) == "70 739 366,40 €"
    rows = [["Quartier concerné (nom et numéro du QPV)", "Montant de subvention NPNRU", "Volume de prêt bonifié NPNRU", "Concours financiers NPNRU totaux"]]
    tot = {"C": [D(0), D(0)], "P": [D(0), D(0)]}
    for q, Q in QUARTIERS.items():
        c = qs[q]; p = Q["P"]
        lbl = "\\n".join(Q["c10"])
        rows.append([f"{{rowspan=3}} {lbl}", f"C : {eur(c[0])}", f"C : {eur(c[1])}", f"C : {eur(c[0] + c[1])}"])
        rows.append(["", f"P : {eur(p[0])}", f"P : {eur(p[1])}", f"P : {eur(p[0] + p[1])}"])
        rows.append(["", f"T : {eur(c[0] + p[0])}", f"T : {eur(c[1] + p[1])}", f"T : {eur(c[0] + p[0] + c[1] + p[1])}"])
        for k, val in (("C", c), ("P", p)):
            tot[k][0] += val[0]; tot[k][1] += val[1]
    C, P = tot["C"], tot["P"]
    rows.append(["{rowspan=3} Totaux :", f"C : {eur(C[0])}", f"C : {eur(C[1])}", f"C : {eur(C[0] + C[1])}"])
    rows.append(["", f"P : {eur(P[0])}", f"P : {eur(P[1])}", f"P : {eur(P[0] + P[1])}"])
    # the avenant prints T = 64 294 698,26 € for the subsidies (C + P add up to 64 291 698,26 €): kept verbatim
    tsub = D("64294698.26") if v == CONS else C[0] + P[0]
    rows.append(["", f"T : {eur(tsub)}", f"T : {eur(C[1] + P[1])}", f"T : {eur(C[0] + P[0] + C[1] + P[1])}"])
    tab = table("Concours financiers NPNRU totaux programmés par quartier (C : Convention ; P : Protocole ; T : Total)", rows, widths=[3, 3, 3, 3])
    foot = ("[^4]: Le cas échéant la présente convention fait mention des concours financiers NPNRU programmés dans les autres conventions NPNRU portant "
            "sur le même territoire intercommunal, et les tableaux financiers concernés sont joints pour information en annexe C9.")
    return "\n\n".join([t, tab, foot])


# ----------------------------------------------------------------------------------------------
# Operation tables
# ----------------------------------------------------------------------------------------------
def op_table(ops, fams, title):
    sel = [o for o in ops if o["fam"] in fams]
    has_lgt = any(o["logements"] for o in sel)
    has_pret = any(o["pret"] for o in sel)
    head = ["Libellé précis (adresse, nb de lgts)", "IDTOP", "Localisation (QPV ou EPCI de rattachement)", "Maître d’ouvrage (intitulé exact)"]
    if has_lgt:
        head.append("Nombre de logements")
    head += ["Base de financement prévisionnelle", "Taux de subvention ANRU", "Montant prévisionnel de subvention ANRU"]
    if has_pret:
        head.append("Volume de prêt bonifié")
    head.append("Date de lancement opérationnel (semestre et année)")
    rows = [head]
    tot = D(0); totp = D(0)
    for o in sel:
        r = [o["libelle"], idtop(o), QUARTIERS[o["q"]]["loc"], o["mo"]]
        if has_lgt:
            r.append(str(o["logements"] or ""))
        rate = (o["anru"] / o["base"] * 100).quantize(D("0.01"))
        r += [eur(o["base"]), f"{str(rate).replace('.', ',')} %", eur(o["anru"])]
        if has_pret:
            r.append(eur(o["pret"]) if o["pret"] else "")
        r.append(o["launch"])
        rows.append(r)
        tot += o["anru"]; totp += o["pret"]
    n = len(head)
    # place total in the subsidy column
    total_row = [f"{{colspan={n - (3 if has_pret else 2)}}} Total"] + [""] * (n - (3 if has_pret else 2) - 1) + [eur(tot)] + ([eur(totp)] if has_pret else []) + [""]
    rows.append(total_row)
    w = [4, 2, 2, 2] + ([1] if has_lgt else []) + [2, 1, 2] + ([2] if has_pret else []) + [1]
    return table(title, rows, widths=w, repeat=True), sel


# ----------------------------------------------------------------------------------------------
# The document
# ----------------------------------------------------------------------------------------------
def build(v):
    d = Doc(v)
    ops = ops_for(v)
    cons = v == CONS
    d.add("kind: convention\n"
          "title: Convention pluriannuelle de renouvellement urbain de la Communauté d'Agglomération de Lens-Liévin cofinancée par l'ANRU dans le cadre du NPNRU"
          + (" – version consolidée après avenant n°01" if cons else "") + "\n"
          "running_header: Convention NPNRU C0688 – Communauté d'Agglomération de Lens-Liévin" + (" – version consolidée" if cons else ""))
    d.add(STD["title_page"])
    if cons:
        d.add("!center !bold VERSION CONSOLIDÉE INTÉGRANT LES MODIFICATIONS APPORTÉES PAR L’AVENANT N°01")
    d.add(STD["title_page_end"])
    d.add(STD["vu"])
    d.add(STD["parties_a"])
    if cons:
        d.add("Agence Nationale de la Cohésion des Territoires, représentée par son Directeur Général,\n\n"
              "L’association Les Anges Gardins, représentée par son Président,\n\nL’association La Vie Active, représentée par son Président,")
    d.add(STD["parties_b"])
    d.add(STD["preambule"])
    # ---------------- TITRE I
    d.add("# Titre I | LES QUARTIERS", titre1(v))
    # ---------------- TITRE II
    d.add("# Titre II | LES AMBITIONS, LES OBJECTIFS ET LE PROGRAMME URBAIN DU PROJET")
    d.add(STD["art1"], STD["art2_1_2"])
    if cons:
        d.add("### Article 2.3 | Orientations stratégiques du projet d’innovation et/ou d’agriculture urbaine", T["a2_3"])
    else:
        d.add("### Article 2.3 | Orientations stratégiques du projet d’innovation", STD["a2_3_orig"])
    d.add(STD["art3"])
    d.add("## Article 4 | La description du projet urbain",
          "### Article 4.1 | La synthèse du programme urbain (éléments clefs)",
          "#### Article 4.1.1 | La Cité 12/14 à Lens", T["a4_1_1_intro"])
    lens_rows = [["Opérations", "Programme"], ["Démolition de LLS", "227 LLS"], ["Requalification de LLS", "88 LLS"],
                 ["Résidentialisation de LLS", "208 LLS"], ["Diversification de l’habitat", "61 logements"],
                 ["Construction de LLS", "88 Foyers (38 PLUS + 50 PLS) + 30 béguinages PLS"],
                 ["Aménagements", "Requalification (voirie, eaux/assainissement/ Collecte des déchets) des voiries et espaces publics ci-dessous :\\nAvenue de la fosse 12\\nParc du sablier\\nGrand chemin de Loos\\nPlace Cauchy et des rues qui l’entourent\\nAuguste Lefebvre\\nNewton\\nFénelon\\nRue de la Bourdonnais\\nParvis église St-Edouard"],
                 ["Equipements publics de proximité", "Rénovation du groupe scolaire Jean-Macé et reconstruction du gymnase\\nRénovation de l’ancien centre d’animation jeunesse pour y installer le centre social"
                  if cons else "Rénovation du groupe scolaire Jean-Macé et de son gymnase\\nRénovation de l’ancien centre d’animation jeunesse pour y installer le centre social"]]
    if cons:
        lens_rows.append(["Immobilier à vocation économique", "Développement d’un pôle économique sur le site de la Fosse 12"])
    d.add(table("Tableau de synthèse des opérations financées - Cité du 12/14", lens_rows, widths=[2, 4]))
    d.add(a4_1_1(v))
    d.add("#### Article 4.1.2 | Le quartier République – Cité 4 Sud à Avion", T["a4_1_2_intro"])
    av_rows = [["Opérations", "Programme"], ["Démolition de LLS", "410 LLS" if cons else "339 LLS"], ["Requalification de LLS", "190 LLS"],
               ["Résidentialisation de LLS", "190 LLS"], ["Diversification de l’habitat", "Potentiel de 98 logements – 10 logements en accession sociale programmés"],
               ["Reconstitution de LLS", "45 logements (31 PLUS et 14 PLAI)"],
               ["Aménagements des espaces publics", "Requalification (voirie, eaux/assainissement/ Collecte des déchets) des voiries et espaces publics ci-dessous :\\nSecteur 1 : rues Romain Rolland (Est), Saint Just, Couthon et Robespierre et Place Lebas.\\nSecteur 2 à 5 : rues Courbet, Rolland, Zola, 10 Août, Gard, Eluard, Jaurès, Baudin, Zagorje, Helle, Lefebvre, Hellemmes, Cachin, places de la République et du Centre commercial, Boulevards A.France et M.Thorez, Allée Pottier."]]
    if cons:
        av_rows.append(["Immobilier à vocation économique", "Création d’un centre commercial au cœur du quartier"])
    d.add(table("Tableau de synthèse des opérations financées - Quartier République Cité 4 sud", av_rows, widths=[2, 4]))
    d.add(a4_1_2(v))
    d.add(STD["a4_1_3"])
    d.add("### Article 4.2 | La description de la composition urbaine", "#### Article 4.2.1 | La cité 12/14 à Lens", a4_2_1(v),
          "#### Article 4.2.2 | Le quartier République – Cité 4 Sud à Avion", a4_2_2(v), STD["a4_2_3"])
    d.add("### Article 4.3 | La description de la reconstitution de l’offre en logements locatifs sociaux", a4_3(v))
    d.add("## Article 5 | La stratégie de diversification résidentielle et les apports du groupe Action Logement en faveur de la mixité",
          "### Article 5.1 | La mise en œuvre de la stratégie de diversification résidentielle",
          "#### Article 5.1.1 | A l’échelle de la CALL", a5_1_1(v),
          "#### Article 5.1.2 | La Cité 12/14 à Lens", a5_1_2(v),
          STD["a5_1_3"],
          "#### Article 5.1.4 | Le quartier Vent de Bise – Jean Lebas à Liévin", T["a5_1_4"],
          "#### Article 5.1.5 | Phasage des opérations de mise sur le marché", a5_1_5(v),
          "### Article 5.2 | La mobilisation des contreparties pour le Groupe Action Logement : des apports en faveur de la mixité", a5_2(v))
    d.add(STD["art6"])
    d.add("## Article 7 | La gouvernance et la conduite de projet", "### Article 7.1 | La gouvernance", a7_1(v),
          "### Article 7.2 | La conduite de projet", a7_2(v), STD["a7_3_5"])
    d.add("## Article 8 | L’accompagnement du changement", "### Article 8.1 | Le projet de gestion", a8_1(v),
          "### Article 8.2 | Les mesures d’insertion par l’activité économique des habitants", a8_2(v),
          "### Article 8.3 | La valorisation de la mémoire des quartiers", a8_3(v))
    # ---------------- TITRE III
    d.add("# Titre III | LES CONCOURS FINANCIERS DU NPNRU AUX OPÉRATIONS PROGRAMMÉES DANS LA PRÉSENTE CONVENTION", STD["art9_intro"])
    d.add("##### Article 9.1.1.1 | Les opérations d’ingénierie cofinancées par l’ANRU",
          "!bold ▪ Les opérations « Les études, expertises et moyens d’accompagnement du projet / l’accompagnement des ménages / la conduite du projet de renouvellement urbain »",
          "\\landscape")
    tab, _ = op_table(ops, {"14", "15", "16"}, "Les études, expertises et moyens d’accompagnement du projet, l’accompagnement des ménages et la conduite du projet")
    d.add(tab, "\\portrait", "!bold ▪ Les opérations « Le relogement des ménages avec minoration de loyer »", "Sans objet")
    d.add("##### Article 9.1.1.2 | Les opérations d’aménagement cofinancées par l’ANRU",
          "!bold ▪ Les opérations « La démolition de logements locatifs sociaux »", "\\landscape")
    tab, _ = op_table(ops, {"21"}, "La démolition de logements locatifs sociaux")
    d.add(tab, "\\portrait", "!bold ▪ Les opérations « Le recyclage de copropriétés dégradées »", "Sans objet",
          "!bold ▪ Les opérations « Le recyclage de l’habitat ancien dégradé »", "Sans objet",
          "!bold ▪ Les opérations « L’aménagement d’ensemble »", "\\landscape")
    tab, _ = op_table(ops, {"24"}, "L’aménagement d’ensemble")
    d.add(tab, "\\portrait")
    d.add("##### Article 9.1.1.3 | Les programmes immobiliers cofinancés par l’ANRU",
          "!bold ▪ Les opérations « La reconstitution de l’offre de logements locatifs sociaux (LLS) »", "\\landscape")
    tab, _ = op_table(ops, {"31"}, "La reconstitution de l’offre de logements locatifs sociaux (LLS)")
    d.add(tab, "\\portrait", STD["rec_note"])
    d.add("!bold ▪ Les opérations « La production d’une offre de relogement temporaire »", "Sans objet",
          "!bold ▪ Les opérations « La requalification de logements locatifs sociaux »", "\\landscape")
    tab, _ = op_table(ops, {"33"}, "La requalification de logements locatifs sociaux")
    d.add(tab, "\\portrait", "!bold ▪ Les opérations « La résidentialisation de logements locatifs sociaux / de copropriétés dégradées »")
    tab, _ = op_table(ops, {"34"}, "La résidentialisation de logements locatifs sociaux")
    d.add("\\landscape", tab, "\\portrait",
          "!bold ▪ Les opérations « Les actions de portage massif en copropriétés dégradées »", "Sans objet",
          "!bold ▪ Les opérations « La diversification de l’habitat dans le quartier par l’accession à la propriété »")
    tab, _ = op_table(ops, {"36"}, "La diversification de l’habitat dans le quartier par l’accession à la propriété")
    d.add("\\landscape", tab, "\\portrait",
          "!bold ▪ Les opérations « La diversification fonctionnelle dans le quartier : les équipements publics et collectifs de proximité »")
    tab, _ = op_table(ops, {"37"}, "La diversification fonctionnelle dans le quartier : les équipements publics et collectifs de proximité")
    d.add("\\landscape", tab, "\\portrait",
          "!bold ▪ Les opérations « La diversification fonctionnelle dans le quartier : l’immobilier à vocation économique »")
    tab, _ = op_table(ops, {"38"}, "La diversification fonctionnelle dans le quartier : l’immobilier à vocation économique")
    d.add("\\landscape", tab, "\\portrait",
          "!bold ▪ Les opérations « Autres investissements concourant au renouvellement urbain »", "Sans objet")
    d.add(STD["a9_1_2_9_2"])
    d.add("#### Article 9.2.1 | Les opérations bénéficiant des financements de la Région Hauts-de-France", r921(v))
    rrows = [["Libellé opération", "Localisation (QPV OU EPCI de rattachement)", "Maître d’ouvrage", "Assiette subventionnable prévisionnelle Région", "Taux de subvention Région", "Montant prévisionnel de subvention Région", "Date de lancement opérationnel"]]
    rtot = D(0)
    for lib, loc, mo, base, rate, amt, date, new in REGION_ROWS:
        if new and not cons:
            continue
        rrows.append([lib, loc, mo, base, rate, amt, date])
        rtot += D(amt.replace(" ", "").replace("€", "").replace(",", "."))
    assert rtot == sum(o["region"] for o in ops), (rtot, sum(o["region"] for o in ops))
    rrows.append(["{colspan=5} Total global des financements Région", "", "", "", "", eur(rtot), ""])
    d.add("\\landscape", table("Opérations bénéficiant d’un accompagnement financier de la Région Hauts-de-France", rrows, widths=[4, 3, 2, 2, 1, 2, 2], repeat=True), "\\portrait")
    d.add(STD["a9_2_2_9_3"])
    d.add("### Article 9.4 | Les opérations financées au titre de l’appel à projets « Les Quartiers Fertiles »")
    if cons:
        d.add(STD["a9_4_cons"])
        tab, _ = op_table(ops, {"QF"}, "Les opérations financées au titre de l’appel à projets « Les Quartiers Fertiles »")
        d.add("\\landscape", tab, "\\portrait")
    else:
        d.add("Sans objet")
    d.add("## Article 10 | Le plan de financement des opérations programmées", a10(v, ops))
    d.add(STD["art11_end"])
    # ---------------- ANNEXES
    d.add(annexes(v, ops))
    return d.text(), ops


def annexes(v, ops):
    cons = v == CONS
    out = [STD["annex_list"](cons)]
    out.append(STD["annex_a8"](cons))
    out.append(STD["annex_b1"](cons))
    out.append(STD["annex_b2"](cons))
    # C1 calendrier
    rows = [["Quartier", "Libellé de l’opération", "IDTOP", "Maître d’ouvrage", "Lancement opérationnel", "Durée (semestres)"]]
    for o in ops:
        rows.append([QUARTIERS[o["q"]]["commune"], o["libelle"], idtop(o), o["mo"], o["launch"], str(o["dur"])])
    out.append("## Annexe C1 | Calendrier opérationnel prévisionnel des opérations programmées")
    out.append("Le calendrier ci-dessous présente, pour chaque opération programmée, le semestre de lancement opérationnel et la durée prévisionnelle de réalisation exprimée en semestres. Il est établi à partir des données saisies dans IODA à la date "
               + ("de signature de l’avenant n°01." if cons else "de signature de la convention."))
    out.append("\\landscape")
    out.append(table("Calendrier opérationnel prévisionnel", rows, widths=[1, 5, 2, 2, 1, 1], repeat=True))
    out.append("\\portrait")
    # C2 tableau financier
    out.append("## Annexe C2 | Tableau financier prévisionnel des opérations programmées")
    out.append("Le tableau financier ci-dessous récapitule, pour chaque opération programmée, la base de financement prévisionnelle, la subvention de l’ANRU, le volume de prêts bonifiés distribués par Action Logement Services, la subvention de la Région Hauts-de-France et la part restant à la charge du maître d’ouvrage ou des autres financeurs. Les montants sont exprimés en euros hors taxes.")
    out.append("\\landscape")
    rows = [["IDTOP", "Libellé de l’opération", "Maître d’ouvrage", "Base de financement", "Subvention ANRU", "Prêt bonifié AL", "Région Hauts-de-France", "Maître d’ouvrage et autres financeurs"]]
    G = [D(0)] * 5
    for q, Q in QUARTIERS.items():
        rows.append([f"{{colspan=8}} {Q['commune'].upper()} – {Q['name']} ({Q['qpv']})", "", "", "", "", "", "", ""])
        S = [D(0)] * 5
        for o in [o for o in ops if o["q"] == q]:
            other = o["base"] - o["anru"] - o["region"]
            vals = [o["base"], o["anru"], o["pret"], o["region"], other]
            rows.append([idtop(o), o["libelle"], o["mo"]] + [eur(x) for x in vals])
            S = [a + b for a, b in zip(S, vals)]
        rows.append([f"{{colspan=3}} Sous-total {Q['commune']} – {Q['qpv']}", "", ""] + [eur(x) for x in S])
        G = [a + b for a, b in zip(G, S)]
    rows.append(["{colspan=3} Total général de la convention", "", ""] + [eur(x) for x in G])
    out.append(table("Tableau financier prévisionnel des opérations programmées (annexe C2)", rows, widths=[2, 5, 2, 2, 2, 2, 2, 2], repeat=True))
    out.append("\\portrait")
    if cons:
        out.append(annex_c3(ops))
    # C4
    if cons:
        out.append("## Annexe C4 | Tableau financier identique à l’annexe C2")
        out.append("Abrogée par l’avenant n°01.")
    else:
        out.append("## Annexe C4 | Tableau financier identique à l’annexe C2")
        out.append("Le tableau ci-dessous présente, par quartier et par famille d’opérations, la synthèse des concours financiers de l’ANRU programmés dans la présente convention. Il est établi à partir des mêmes données que l’annexe C2, dont il reprend les montants.")
        rows = [["Famille d’opérations", "Lens – QP062024", "Avion – QP062019", "Liévin – QP062028", "Total"]]
        order = ["14", "15", "16", "21", "24", "31", "33", "34", "36", "37", "38"]
        tots = {q: D(0) for q in QUARTIERS}
        for f in order:
            vals = {q: sum((o["anru"] for o in ops if o["q"] == q and o["fam"] == f), D(0)) for q in QUARTIERS}
            rows.append([FAMILIES[f][2], *[eur(vals[q]) for q in QUARTIERS], eur(sum(vals.values()))])
            for q in QUARTIERS:
                tots[q] += vals[q]
        rows.append(["Total subventions ANRU", *[eur(tots[q]) for q in QUARTIERS], eur(sum(tots.values()))])
        prets = {q: sum((o["pret"] for o in ops if o["q"] == q), D(0)) for q in QUARTIERS}
        rows.append(["Volume de prêts bonifiés Action Logement", *[eur(prets[q]) for q in QUARTIERS], eur(sum(prets.values()))])
        out.append(table("Synthèse des concours financiers ANRU par famille d’opérations (annexe C4)", rows, widths=[4, 2, 2, 2, 2]))
    out.append(STD["annex_tail"])
    return "\n\n".join(out)


def annex_c3(ops):
    out = ["## Annexe C3 | Fiches descriptives des opérations intégrées par l’avenant n°01",
           "Les fiches ci-dessous décrivent les opérations intégrées au programme par l’avenant n°01. Elles précisent pour chacune le maître d’ouvrage, la localisation, le contenu, la base de financement prévisionnelle et les concours financiers sollicités."]
    desc = {
        60: "Restauration de la salle des pendus et de la salle des bains douches de l’ancienne Fosse 12 pour y accueillir des activités économiques (locaux d’activités et services), en lien avec la requalification de l’avenue de la Fosse 12.",
        61: "Création d’un démonstrateur de production alimentaire en contexte pédologique sensible (bacs de culture, bâtiment d’accueil, récupération des eaux pluviales) et d’un jardin coopératif d’autoproduction accompagnée.",
        62: "Implantation d’une ferme urbaine à proximité immédiate de l’ESAT de Lens : activités agricoles support d’insertion, vente en circuit court, tiers-lieu pédagogique.",
        63: "Étude de programmation et de composition urbaine du cœur du quartier de la République (place, pôle commercial, maison départementale des solidarités, logements « boucliers »).",
        64: "Démolition de la tour des Frênes (71 logements locatifs sociaux), dont la démolition a été validée dans le cadre d’une clause de revoyure, libérant l’emprise du futur centre commercial.",
        65: "Aménagement du cœur de quartier en complément du secteur d’aménagement n°4 : mail en espace partagé, desserte des activités commerciales, traversée Nord-Sud et abords du centre commercial.",
        66: "Construction d’un centre commercial au cœur du quartier de la République, sur l’emprise libérée par la tour des Frênes, dimensionné selon l’étude des potentialités commerciales de 2022.",
        67: "Jardin de cocagne de 3 hectares (serres, planches maraîchères, réserve d’eau), bergerie et jardin productif coopératif au sud du quartier, espace nourricier en cœur d’îlot.",
        90: "Verger collectif, éco-pastoralisme et jardin partagé sur une parcelle de 3 000 m² des pentes du Vent de Bise.",
    }
    for o in ops:
        if o["n"] not in desc:
            continue
        rows = [["Rubrique", "Contenu"], ["Libellé", o["libelle"]], ["IDTOP", idtop(o)], ["Maître d’ouvrage", o["mo"]],
                ["Localisation", QUARTIERS[o["q"]]["loc"]], ["Description", desc[o["n"]]],
                ["Base de financement prévisionnelle", eur(o["base"])], ["Subvention ANRU", eur(o["anru"])],
                ["Subvention Région Hauts-de-France", eur(o["region"]) if o["region"] else "—"],
                ["Lancement opérationnel", o["launch"]], ["Durée prévisionnelle", f"{o['dur']} semestres"]]
        if o["n"] == 21:
            pass
        out.append(table(f"Fiche descriptive – {o['libelle']}", rows, widths=[2, 5]))
    return "\n\n".join(out)


# ----------------------------------------------------------------------------------------------
def main():
    outs = {}
    for v, name in ((ORIG, "call_convention_original"), (CONS, "call_convention_consolidated")):
        text, ops = build(v)
        (ROOT / "sources" / f"{name}.cpd").write_text(text, encoding="utf-8")
        outs[v] = (name, text, ops)
    import call_convention_gold as G
    G.write(outs, ROOT / "gold")
    for v, (name, text, ops) in outs.items():
        print(name, len(text.split()), "words")


if __name__ == "__main__":
    main()
