"""Operation data of the CALL NPNRU convention (C0688), before and after avenant n°01.

One row per operation.  `status`: "both" (same in both versions), "new" (added by
avenant n°01), or ("mod", before_base, before_anru) (amounts changed by the avenant).
Amounts are Decimal euros; `anru` = subvention ANRU (convention), `pret` = volume de
prêt bonifié Action Logement, `region` = subvention Région Hauts-de-France.
An `anru` of None marks the balancing operation of its quartier: its amount is the
quartier's programmed total (Article 10, row C) minus the other operations.
"""
from decimal import Decimal as D

QUARTIERS = {
    "LENS": dict(commune="Lens", name="Cité du 12/14", qpv="QP062024", loc="62498 Lens 6062024 Cité 12-14",
                 c10=("LENS", "Cité du 12-14", "QP062024"), interet="national",
                 # Article 10, row C (consolidated, from the avenant) and row P (unchanged)
                 C_after=(D("28528354.13"), D("2652916.00")), P=(D("510135.36"), D("314400.00"))),
    "AVION": dict(commune="Avion", name="Quartier République – Cité 4 Sud", qpv="QP062019",
                  loc="62065 Avion 6062019 République - Cité 4 Sud",
                  c10=("AVION", "Quartier République Cité 4 Sud", "QP062019"), interet="régional",
                  C_after=(D("18226336.43"), D("4468300.00")), P=(D("148750.00"), D("0"))),
    "LIEVIN": dict(commune="Liévin", name="Quartier Calonne – Marichelles – Vent de Bise", qpv="QP062028",
                   loc="62510 Liévin, Angres 6062028 Calonne - Marichelles - Vent de Bise",
                   c10=("LIEVIN", "Quartier Calonne Marichelles Vent de Bise", "QP062028"), interet="régional",
                   C_after=(D("16729459.84"), D("134000.00")), P=(D("148662.50"), D("0"))),
}

# family code -> (gold operation type, article, rubric heading)
FAMILIES = {
    "14": ("ingenierie", "9.1.1.1", "Les études, expertises et moyens d’accompagnement du projet"),
    "15": ("ingenierie", "9.1.1.1", "L’accompagnement des ménages"),
    "16": ("ingenierie", "9.1.1.1", "La conduite du projet de renouvellement urbain"),
    "21": ("demolition", "9.1.1.2", "La démolition de logements locatifs sociaux"),
    "24": ("amenagement", "9.1.1.2", "L’aménagement d’ensemble"),
    "31": ("reconstitution", "9.1.1.3", "La reconstitution de l’offre de logements locatifs sociaux (LLS)"),
    "33": ("requalification", "9.1.1.3", "La requalification de logements locatifs sociaux"),
    "34": ("residentialisation", "9.1.1.3", "La résidentialisation de logements locatifs sociaux"),
    "36": ("diversification", "9.1.1.3", "La diversification de l’habitat dans le quartier par l’accession à la propriété"),
    "37": ("equipement", "9.1.1.3", "La diversification fonctionnelle dans le quartier : les équipements publics et collectifs de proximité"),
    "38": ("immobilier_economique", "9.1.1.3", "La diversification fonctionnelle dans le quartier : l’immobilier à vocation économique"),
    "QF": ("other", "9.4", "Les opérations financées au titre de l’appel à projets « Les Quartiers Fertiles »"),
}

CALL, LENS_C, AVION_C, LIEVIN_C = "CA de Lens-Liévin", "Commune de Lens", "Commune d’Avion", "Commune de Liévin"
MC, SIA, PDCH, COOP = "Maisons et Cités", "SIA Habitat", "Pas-de-Calais Habitat", "CoopArtois"


def op(n, fam, q, libelle, name, mo, logts, base, anru, pret=0, region=0, launch="S2 2021", dur=4, status="both"):
    return dict(n=n, fam=fam, q=q, libelle=libelle, name=name, mo=mo, logements=logts,
                base=D(str(base)), anru=None if anru is None else D(str(anru)), pret=D(str(pret)),
                region=D(str(region)), launch=launch, dur=dur, status=status)


# Avion demolitions (Pas-de-Calais Habitat): 13 buildings before the avenant (339 LLS), + tour des Frênes (71)
AVION_DEMOS = [("Capucines", 16, "S1 2021"), ("Jonquilles", 40, "S1 2021"), ("Glycines (démolition partielle, 2 cages d’escalier sur 5)", 20, "S2 2022"),
               ("Anémones", 15, "S2 2022"), ("Campanules", 30, "S2 2022"), ("Jacinthes", 16, "S2 2022"), ("Jasmins", 31, "S1 2023"),
               ("Muguets", 30, "S1 2023"), ("Renoncules", 30, "S2 2023"), ("Résédas", 45, "S2 2023"), ("Romarins", 19, "S1 2024"),
               ("Seringas", 20, "S1 2024"), ("Tournesols", 27, "S2 2024")]
LIEVIN_DEMOS = [("Mousson", 48, "S2 2021"), ("Suroît", 40, "S2 2021"), ("Zéphyr", 36, "S2 2021"), ("Alizés", 60, "S1 2022"),
                ("Mistral", 64, "S2 2022"), ("Sirocco", 58, "S1 2023"), ("Tramontane", 50, "S2 2023"), ("Noroît", 50, "S1 2024")]
AVION_REQ = [("Glycines", 30, "S1 2022"), ("Cyclamens", 20, "S1 2022"), ("Edelweiss", 30, "S2 2022"), ("Pervenches", 40, "S1 2023"),
             ("Giroflées", 40, "S2 2023"), ("Iris", 30, "S1 2024")]

OPS = [
    # ---------------- LENS – Cité du 12/14 (QP062024), quartier d'intérêt national
    op(1, "14", "LENS", "LENS - Études urbaines et AMO plan guide Cité 12/14", "études urbaines Cité 12/14", LENS_C, None, 180000, 90000, launch="S2 2021", dur=6),
    op(2, "15", "LENS", "LENS - Accompagnement des ménages relogés - Maisons et Cités (130 ménages)", "relogement Maisons et Cités Cité 12/14", MC, None, 312000, 156000, launch="S2 2021", dur=8),
    op(3, "15", "LENS", "LENS - Accompagnement des ménages relogés - SIA Habitat (38 ménages et résidents du foyer)", "relogement SIA Habitat Cité 12/14", SIA, None, 96000, 48000, launch="S2 2021", dur=6),
    op(4, "16", "LENS", "LENS - Conduite de projet NPNRU CALL (quote-part Cité 12/14)", "conduite de projet Cité 12/14", CALL, None, 1050000, 525000, launch="S1 2021", dur=14),
    op(5, "21", "LENS", "LENS - Démolition de 130 logements individuels - secteur de la Bourdonnais", "secteur de la Bourdonnais", MC, 130, 5850000, 5265000, launch="S1 2022", dur=6),
    op(6, "21", "LENS", "LENS - Démolition de 38 logements - rues Fénelon et Valeur", "rues Fénelon et Valeur", SIA, 38, 1710000, 1539000, launch="S2 2021", dur=4),
    op(7, "21", "LENS", "LENS - Démolition du foyer personnes âgées (59 places)", "foyer personnes âgées SIA Habitat", SIA, 59, 2124000, 1911600, launch="S1 2023", dur=4),
    op(8, "24", "LENS", "LENS - Aménagement secteur 1 : parc du Sablier, Grand chemin de Loos, avenue de la Fosse 12, place Cauchy (AEP1)", "secteur 1 Cité 12/14", LENS_C, None, "5760386.19", None, region=354200, launch="S1 2023", dur=8),
    op(9, "24", "LENS", "LENS - Aménagement secteur 2 : rues Lefebvre, Saint-Édouard et parvis de l’église", "secteur 2 Cité 12/14", LENS_C, None, 1450000, 507500, launch="S2 2023", dur=6),
    op(10, "24", "LENS", "LENS - Aménagement secteur 3 : rues de la Bourdonnais, Newton et Fénelon", "secteur 3 Cité 12/14", LENS_C, None, 3120000, 1560000, launch="S1 2024", dur=8),
    op(11, "24", "LENS", "LENS - Réfection des réseaux d’eau potable et d’assainissement", "réseaux Cité 12/14", CALL, None, 4200000, 1470000, launch="S2 2022", dur=8),
    op(12, "24", "LENS", "LENS - Collecte des déchets ménagers : bornes enterrées", "bornes enterrées Cité 12/14", CALL, None, 520000, 182000, launch="S1 2024", dur=4),
    op(13, "31", "LENS", "LENS - Construction d’une résidence autonomie de 88 logements (38 PLUS + 50 PLS) - rues Newton et la Bourdonnais", "résidence autonomie Newton / la Bourdonnais", "Axentia", 88, 9450000, 266000, pret=1120000, launch="S2 2022", dur=6),
    op(14, "33", "LENS", "LENS - Requalification de 88 logements individuels - cité jardin", "cité jardin", MC, 88, 8976000, 1320000, pret=1532916, launch="S1 2022", dur=8),
    op(15, "34", "LENS", "LENS - Résidentialisation de 208 logements", "résidentialisation Cité 12/14", MC, 208, 2496000, 998400, launch="S2 2022", dur=8),
    op(16, "36", "LENS", "LENS - Réhabilitation pour vente en diversification de 29 logements (tranche 1)", "diversification tranche 1", MC, 29, 3480000, 435000, launch="S1 2022", dur=6),
    op(17, "36", "LENS", "LENS - Réhabilitation pour vente en diversification de 32 logements (tranche 2)", "diversification tranche 2", MC, 32, 3840000, 480000, launch="S1 2024", dur=6),
    op(18, "37", "LENS", "LENS - Rénovation du groupe scolaire Jean Macé et du gymnase", "groupe scolaire Jean Macé", LENS_C, None, 12000000, 5400000, region=1816944, launch="S1 2023", dur=8),
    op(19, "37", "LENS", "LENS - Reconversion des bâtiments de l’ancien CAJ en équipement public de proximité (centre social)", "ancien CAJ", LENS_C, None, "3009168.05", "1053208.82", region=874636, launch="S1 2023", dur=6),
    op(60, "38", "LENS", "LENS - Développement d’un pôle économique sur le site de la Fosse 12", "Fosse 12", LENS_C, None, "3783423.80", "1135027.14", region=1000000, launch="S1 2024", dur=6, status="new"),
    op(61, "QF", "LENS", "LENS - Quartiers Fertiles : démonstrateur et jardin coopératif rue de la Bourdonnais", "rue de la Bourdonnais (Quartiers Fertiles)", "Les Anges Gardins", None, 780000, 390000, launch="S2 2023", dur=6, status="new"),
    op(62, "QF", "LENS", "LENS - Quartiers Fertiles : ferme urbaine de la Cité 12/14", "ferme urbaine Cité 12/14", "La Vie Active", None, 388690, 155476, launch="S2 2023", dur=4, status="new"),
    # ---------------- AVION – République – Cité 4 Sud (QP062019)
    op(20, "14", "AVION", "AVION - Études de programmation urbaine et AMO", "études République", AVION_C, None, 120000, 60000, launch="S2 2021", dur=6),
    op(21, "15", "AVION", "AVION - Accompagnement des ménages relogés", "relogement République", PDCH, None, 984000, 492000, launch="S1 2021", dur=12, status=("mod", D("813600"), D("406800"))),
    op(22, "16", "AVION", "AVION - Conduite de projet NPNRU CALL (quote-part République)", "conduite de projet République", CALL, None, 700000, 350000, launch="S1 2021", dur=14),
    op(63, "14", "AVION", "AVION - Étude d’aménagement du cœur de quartier République", "étude cœur de quartier République", AVION_C, None, 60000, 30000, launch="S1 2023", dur=2, status="new"),
]
_n = 23
for bat, lg, s in AVION_DEMOS:
    rate = 21000 if bat in ("Capucines", "Jonquilles") else 22500
    OPS.append(op(_n, "21", "AVION", f"AVION - Démolition de l’immeuble {bat} ({lg} logements)", f"immeuble {bat.split(' (')[0]}", PDCH, lg, lg * 25000, lg * rate, launch=s, dur=3))
    _n += 1
OPS.append(op(64, "21", "AVION", "AVION - Démolition de la tour des Frênes (71 logements)", "tour des Frênes", PDCH, 71, 2350000, 1880000, launch="S2 2024", dur=4, status="new"))
OPS += [
    op(36, "24", "AVION", "AVION - Aménagement secteur 1 : rues Romain Rolland (Est), Saint Just, Couthon, Robespierre et place Lebas", "secteur 1 République", AVION_C, None, 441675, "154586.25", region=132503, launch="S1 2023", dur=4),
    op(37, "24", "AVION", "AVION - Aménagement secteurs 2, 3 et 5", "secteurs 2, 3 et 5 République", AVION_C, None, "2966213.25", None, region=1228500, launch="S2 2023", dur=8),
    op(38, "24", "AVION", "AVION - Aménagement secteur 4 : place de la République et mail", "secteur 4 République", AVION_C, None, 1400000, 490000, launch="S1 2025", dur=6),
    op(65, "24", "AVION", "AVION - Aménagement du cœur de quartier (complément du secteur 4)", "cœur de quartier République", AVION_C, None, 1250000, 625000, launch="S1 2025", dur=6, status="new"),
    op(39, "24", "AVION", "AVION - Réfection des réseaux d’eau potable", "réseaux d’eau potable République", CALL, None, 1743300, 348660, region=348660, launch="S2 2022", dur=8),
    op(40, "24", "AVION", "AVION - Réfection des réseaux d’assainissement", "réseaux d’assainissement République", CALL, None, 3662100, 549315, region=183630, launch="S2 2022", dur=8),
    op(41, "24", "AVION", "AVION - Collecte des déchets ménagers : bornes enterrées", "bornes enterrées République", CALL, None, 380000, 133000, launch="S1 2024", dur=4),
    op(42, "31", "AVION", "AVION - Reconstitution de 33 LLS (22 PLUS / 11 PLAI) au cœur du quartier - tranche 1", "cœur de quartier tranche 1", PDCH, 33, 5610000, 217800, pret=1006500, launch="S1 2023", dur=6),
    op(43, "31", "AVION", "AVION - Reconstitution de 12 LLS (9 PLUS / 3 PLAI) au cœur du quartier - tranche 2", "cœur de quartier tranche 2", PDCH, 12, 2040000, 74400, pret=366000, launch="S1 2025", dur=6),
]
_n = 44
_req_pret = [D("489000"), D("326000"), D("489000"), D("652000"), D("652000"), D("487800")]  # = 3 095 800
for (bat, lg, s), pr in zip(AVION_REQ, _req_pret):
    OPS.append(op(_n, "33", "AVION", f"AVION - Requalification de l’immeuble {bat} ({lg} logements)", f"immeuble {bat}", PDCH, lg, lg * 62000, lg * 10000, pret=pr, launch=s, dur=4))
    _n += 1
OPS += [
    op(50, "34", "AVION", "AVION - Résidentialisation des immeubles Glycines, Cyclamens et Edelweiss (80 logements)", "Glycines, Cyclamens et Edelweiss", PDCH, 80, 640000, 240000, launch="S2 2022", dur=4),
    op(51, "34", "AVION", "AVION - Résidentialisation des immeubles Pervenches, Giroflées et Iris (110 logements)", "Pervenches, Giroflées et Iris", PDCH, 110, 880000, 330000, launch="S2 2023", dur=4),
    op(52, "36", "AVION", "AVION - Accession sociale : 10 logements à l’Est du quartier", "accession sociale Est République", COOP, 10, 1650000, 100000, launch="S1 2025", dur=4),
    op(66, "38", "AVION", "AVION - Construction d’un centre commercial - Quartier République", "centre commercial République", "ANCT", None, "3306133.65", "991840.10", region=600000, launch="S1 2025", dur=4, status="new"),
    op(67, "QF", "AVION", "AVION - Quartiers Fertiles : jardin de cocagne, bergerie et cœur d’îlot République", "jardin de cocagne République", "Les Anges Gardins", None, 1250000, 625000, launch="S2 2023", dur=6, status="new"),
]
# ---------------- LIEVIN – Calonne – Marichelles – Vent de Bise (QP062028)
OPS += [
    op(70, "14", "LIEVIN", "LIEVIN - Études pré-opérationnelles et AMO", "études Vent de Bise", LIEVIN_C, None, 150000, 75000, launch="S2 2021", dur=6),
    op(71, "15", "LIEVIN", "LIEVIN - Accompagnement des ménages relogés", "relogement Vent de Bise", PDCH, None, 974400, 487200, launch="S1 2021", dur=12),
    op(72, "16", "LIEVIN", "LIEVIN - Conduite de projet NPNRU CALL (quote-part Vent de Bise)", "conduite de projet Vent de Bise", CALL, None, 700000, 350000, launch="S1 2021", dur=14),
]
_n = 73
for bat, lg, s in LIEVIN_DEMOS:
    OPS.append(op(_n, "21", "LIEVIN", f"LIEVIN - Démolition du bâtiment {bat} ({lg} logements)", f"bâtiment {bat}", PDCH, lg, lg * 24000, lg * 21500, launch=s, dur=3))
    _n += 1
OPS += [
    op(81, "24", "LIEVIN", "LIEVIN - Aménagement du secteur Vent de Bise cœur de quartier", "Vent de Bise cœur de quartier", LIEVIN_C, None, 6200000, None, launch="S1 2023", dur=8),
    op(82, "24", "LIEVIN", "LIEVIN - Aménagement du secteur Jean Lebas", "secteur Jean Lebas", LIEVIN_C, None, 1100000, 385000, launch="S1 2024", dur=6),
    op(83, "24", "LIEVIN", "LIEVIN - Réfection des réseaux d’eau potable et d’assainissement", "réseaux Vent de Bise", CALL, None, 1600000, 400000, launch="S2 2022", dur=6),
    op(84, "31", "LIEVIN", "LIEVIN - Reconstitution de 20 LLS (14 PLUS / 6 PLAI) en habitat intermédiaire - îlot Mousson, Suroît, Zéphyr", "îlot Mousson, Suroît, Zéphyr", PDCH, 20, 3100000, 128800, pret=134000, launch="S2 2023", dur=6),
    op(85, "36", "LIEVIN", "LIEVIN - Accession sociale : 6 logements secteur Vent de Bise cœur de quartier", "accession sociale Vent de Bise", COOP, 6, 990000, 60000, launch="S1 2023", dur=4),
    op(86, "37", "LIEVIN", "LIEVIN - Création d’une maison des jeunes et des associations - secteur Vent de Bise", "maison des jeunes et des associations", LIEVIN_C, None, 1498848, 374712, region=748000, launch="S1 2023", dur=6),
    op(87, "37", "LIEVIN", "LIEVIN - Rénovation de l’école Berteloot - rue du 8 Mai 1945", "école Berteloot", LIEVIN_C, None, 4878300, 1707405, region=1272600, launch="S2 2022", dur=6),
    op(88, "37", "LIEVIN", "LIEVIN - Construction d’une salle polyvalente - rue du 8 Mai 1945", "salle polyvalente", LIEVIN_C, None, 856325, "214081.25", region=318750, launch="S1 2024", dur=4),
    op(89, "38", "LIEVIN", "LIEVIN - Construction d’une maison de santé avec commerce solidaire et de proximité", "maison de santé", LIEVIN_C, None, 1589422, "397355.50", region=647910, launch="S1 2024", dur=4),
    op(90, "QF", "LIEVIN", "LIEVIN - Quartiers Fertiles : verger collectif et jardin partagé des pentes du Vent de Bise", "pentes du Vent de Bise (Quartiers Fertiles)", "Les Anges Gardins", None, 177866, 88933, launch="S2 2023", dur=4, status="new"),
]


def idtop(o):
    fam = "39" if o["fam"] == "QF" else o["fam"]
    return f"C0688-{fam}-{o['n']:04d}"


def ops_for(version):
    """Operations of one version ("orig" | "cons") with every amount resolved."""
    out = []
    for o in OPS:
        st = o["status"]
        if version == "orig" and st == "new":
            continue
        o = dict(o)
        if isinstance(st, tuple) and version == "orig":
            o["base"], o["anru"] = st[1], st[2]
        out.append(o)
    # balancing operations: quartier target minus the others
    for q, Q in QUARTIERS.items():
        target = quartier_C(q, version)[0]
        rest = sum(o["anru"] for o in out if o["q"] == q and o["anru"] is not None)
        for o in out:
            if o["q"] == q and o["anru"] is None:
                o["anru"] = target - rest
        pr = sum(o["pret"] for o in out if o["q"] == q)
        assert pr == Q["C_after"][1], (q, pr)
    return out


def added_anru(q):
    tot = D(0)
    for o in OPS:
        if o["q"] != q:
            continue
        if o["status"] == "new":
            tot += o["anru"]
        elif isinstance(o["status"], tuple):
            tot += o["anru"] - o["status"][2]
    return tot


def quartier_C(q, version):
    sub, pret = QUARTIERS[q]["C_after"]
    if version == "orig":
        sub = sub - added_anru(q)
    return sub, pret


# Région Hauts-de-France (article 9.2.1): rows as in the avenant (Article 3.9.2.1), the two
# rows flagged new are absent from the original convention.
REGION_ROWS = [
    ("LENS - Aménagement Espaces publics AEP1", "62498 Lens 6062024 Cité 12-14", "COMMUNE DE LENS", "5 760 386,19 €", "6%", "354 200,00 €", "AMO terminé\\nMoe 2023", False),
    ("LENS – Equipement Rénovation groupe scolaire Jean Macé", "62498 Lens 6062024 Cité 12-14", "COMMUNE DE LENS", "12 000 000,00 €", "15%", "1 816 944,00 €", "AMO 2023", False),
    ("LENS – Reconversion des bâtiments de l'ancien CAJ en bâtiment d'équipement public de proximité (CSC)", "62498 Lens 6062024 Cité 12-14", "COMMUNE DE LENS", "3 009 168,05 €", "29%", "874 636,00 €", "AMO 2023", False),
    ("LENS - Développement d’un pôle économique sur le site de la Fosse 12", "62498 Lens 6062024 Cité 12-14", "COMMUNE DE LENS", "3 783 423,80 €", "26%", "1 000 000,00 €", "", True),
    ("AVION – Aménagement Secteur 1", "62065 Avion 6062019 République - Cité 4 Sud", "COMMUNE D’AVION", "441 675,00 €", "30%", "132 503,00 €", "", False),
    ("AVION – Aménagement Secteurs 2/3/5", "62065 Avion 6062019 République - Cité 4 Sud", "COMMUNE D’AVION", "2 966 213,25 €", "41%", "1 228 500,00 €", "AMO en cours", False),
    ("AVION – Aménagement Réfection des réseaux d'eau potable", "62065 Avion 6062019 République - Cité 4 Sud", "CA DE LENS LIEVIN", "1 743 300,00 €", "20%", "348 660,00 €", "", False),
    ("AVION – Aménagement Réfection des réseaux d’assainissement", "62065 Avion 6062019 République - Cité 4 Sud", "CA DE LENS LIEVIN", "3 662 100,00 €", "5%", "183 630,00 €", "", False),
    ("AVION - Construction d’un centre commercial – Quartier République", "62065 Avion 6062019 République - Cité 4 Sud", "ANCT", "3 306 133,65 €", "18%", "600 000,00 €", "", True),
    ("Equipements publics de proximité\\nCréation d’une maison des jeunes et des associations\\nSecteur Vent de Bise – 62800 Liévin", "62510 Liévin, Angres 6062028 Calonne- Marichelles – Vent de Bise", "COMMUNE DE LIEVIN", "1 498 848,00 €", "50%", "748 000,00 €", "", False),
    ("Equipements publics de proximité\\nRénovation de l’école Berteloot\\nRue du 8 Mai 1945 - 62800 Liévin", "62510 Liévin, Angres 6062028 Calonne- Marichelles – Vent de Bise", "COMMUNE DE LIEVIN", "4 878 300,00 €", "26%", "1 272 600,00 €", "", False),
    ("Equipements publics de proximité\\nConstruction d’une salle polyvalente\\nRue du 8 Mai 1945 - 62800 Liévin", "62510 Liévin, Angres 6062028 Calonne- Marichelles – Vent de Bise", "COMMUNE DE LIEVIN", "856 325,00 €", "37%", "318 750,00 €", "", False),
    ("Immobilier à vocation économique\\nConstruction d’une maison de santé avec commerce solidaire et de proximité\\n62800 Liévin", "62510 Liévin, Angres 6062028 Calonne- Marichelles – Vent de Bise", "COMMUNE DE LIEVIN", "1 589 422,00 €", "42%", "647 910,00 €", "", False),
]

# Article 8.2 insertion table: after = the avenant's figures; before = without the operators and
# operations added by the avenant.
INSERTION_AFTER = [("Communauté d’Agglomération Lens-Liévin", 13993836, 159930, 7996), ("Ville de Lens", 29981178, 342642, 17132),
                   ("Ville d’Avion", 8337651, 95287, 4764), ("Ville de Liévin", 11392159, 130196, 6510),
                   ("Maisons et Cités", 23670648, 270522, 13526), ("Pas-de-Calais Habitat", 41333621, 472384, 23619),
                   ("SIA Habitat", 2379050, 27189, 1359), ("Coopartois", 2305808, 26352, 1318),
                   ("Opérateurs à définir", 7907605, 90373, 4519), ("Anges Gardins", 2207866, 25233, 1262), ("La vie Active", 388690, 4442, 222)]
INSERTION_TOTAL_AFTER = (143898115, 1644550, 82227)
INSERTION_MINUS = {"Ville de Lens": 3783424, "Ville d’Avion": 1310000, "Pas-de-Calais Habitat": 2350000, "Opérateurs à définir": 3306134}


def insertion_rows(version):
    if version == "cons":
        return INSERTION_AFTER, INSERTION_TOTAL_AFTER
    rows = []
    for name, m, h, i in INSERTION_AFTER:
        if name in ("Anges Gardins", "La vie Active"):
            continue
        if name in INSERTION_MINUS:
            m = m - INSERTION_MINUS[name]
            h = round(m * 0.4 / 35)
            i = int(h * 0.05)
        rows.append((name, m, h, i))
    tm = sum(r[1] for r in rows)
    th = round(tm * 0.4 / 35)
    return rows, (tm, th, int(th * 0.05))
