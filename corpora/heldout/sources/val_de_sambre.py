"""Source text of the held-out corpus: the (fictional) NPNRU project of the
Communauté urbaine de Val-de-Sambre.

Every place, body and person here is invented. The documents are written as
block lists (see ``build.py``):

  ("part", kind, title)                 a new document inside the PDF
  ("titlepage", [(css_class, text)])   an unnumbered cover page
  ("h", level, number, label, heading, css_class)
  ("p", text) / ("pc", css_class, text)
  ("ul", [text]) / ("ol", [text])
  ("table", title, header_rows, rows, css_class)
  ("break",)

Amounts are marked ``[[printed text|value in euros]]`` so that the gold keeps
their printed form and exact value; the marks are removed when typesetting.

``convention(v2=False)`` is the convention as signed; ``convention(v2=True)``
is the same text with avenant n° 1 applied (consolidated version).
"""

from __future__ import annotations

NBSP = "\u00a0"


def eur(v: float, cents: bool = False) -> str:
    """'1 150 000 €' (plain spaces; the builder keeps amounts on one line)."""
    if cents:
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    else:
        s = f"{int(round(v)):,}".replace(",", " ")
    return f"{s} €"


def A(v: float, text: str | None = None) -> str:
    val = int(v) if float(v).is_integer() else v
    return f"[[{text or eur(v)}|{val}]]"


# ---------------------------------------------------------------------------
# The programme
# ---------------------------------------------------------------------------

CU = "Communauté urbaine de Val-de-Sambre"
RIV = "Rivemont-sur-Sambre"
HAU = "Haucourt-la-Forge"
OPH = "OPH Val-de-Sambre"
RIVEA = "Rivéa Habitat"
CR = "Commune de Rivemont-sur-Sambre"
CH = "Commune de Haucourt-la-Forge"

# ref, libellé, maître d'ouvrage, commune, logements, subvention ANRU
OPS_RIV = [
    ("C1472-14-0001", "Études urbaines et plan guide des Hauts de Rivemont", CU, RIV, None, 120000),
    ("C1472-15-0002", "Accompagnement des ménages relogés – OPH Val-de-Sambre", OPH, RIV, None, 264000),
    ("C1472-16-0003", "Conduite de projet (2 ETP)", CU, RIV, None, 350000),
    ("C1472-21-0004", "Démolition de la barre Vauban (96 logements)", OPH, RIV, 96, 2496000),
    ("C1472-21-0005", "Démolition de la tour Cassini (64 logements)", OPH, RIV, 64, 1728000),
    ("C1472-24-0006", "Aménagement du mail central et de la place du Marché", CU, RIV, None, 1850000),
    ("C1472-24-0007", "Requalification des rues des Forges et Pasteur", CR, RIV, None, 940000),
    ("C1472-31-0008", "Reconstitution de l’offre – 48 PLAI hors QPV", OPH, RIV, 48, 864000),
    ("C1472-31-0009", "Reconstitution de l’offre – 32 PLUS hors QPV", RIVEA, RIV, 32, 352000),
    ("C1472-33-0010", "Requalification de la résidence Les Acacias (120 logements)", OPH, RIV, 120, 1320000),
    ("C1472-34-0011", "Résidentialisation de la résidence Les Acacias", OPH, RIV, 120, 480000),
    ("C1472-37-0012", "Restructuration du groupe scolaire Paul-Langevin", CR, RIV, None, 1600000),
]
NEW_OP = ("C1472-21-0020", "Démolition de la résidence Les Tilleuls (48 logements)", OPH, RIV, 48, 1150000)
NEW_OP_HLM = 390000          # fonds propres of the OPH for the new demolition
OPS_HAU = [
    ("C1472-14-0013", "Étude de programmation commerciale du cœur de quartier", CU, HAU, None, 45000),
    ("C1472-15-0014", "Accompagnement des ménages relogés – Rivéa Habitat", RIVEA, HAU, None, 96000),
    ("C1472-21-0015", "Démolition de l’immeuble Le Fourneau (52 logements)", RIVEA, HAU, 52, 1196000),
    ("C1472-24-0016", "Création d’un square et d’une liaison douce vers la gare", CH, HAU, None, 620000),
    ("C1472-31-0017", "Reconstitution de l’offre – 20 PLAI hors QPV", RIVEA, HAU, 20, 310000),
    ("C1472-33-0018", "Réhabilitation de 84 logements rue des Briquetiers", RIVEA, HAU, 84, 924000),
    ("C1472-37-0019", "Extension de la maison de quartier", CH, HAU, None, 540000),
]

# financeur -> (Hauts de Rivemont, La Briqueterie) ; the ANRU row is computed
FIN_OTHER = [
    ("Action Logement Services (prêts bonifiés)", 780000, 340000),
    (CU, 3410000, 1185000),
    ("Communes", 1260000, 610000),
    ("Organismes HLM (fonds propres et emprunts)", 6820000, 2915000),
    ("Région Hauts-de-France", 900000, 400000),
    ("Département du Nord", 450000, 150000),
    ("Banque des Territoires", 250000, 100000),
]


def ops_riv(v2: bool):
    ops = list(OPS_RIV)
    if v2:
        ops.insert(5, NEW_OP)
    return ops


def totals(v2: bool):
    riv = sum(o[5] for o in ops_riv(v2))
    hau = sum(o[5] for o in OPS_HAU)
    return riv, hau


def fin_rows(v2: bool):
    riv, hau = totals(v2)
    rows = [("Agence nationale pour la rénovation urbaine (subventions)", riv, hau)]
    for name, r, h in FIN_OTHER:
        if v2 and name.startswith("Organismes HLM"):
            r += NEW_OP_HLM
        rows.append((name, r, h))
    return rows


def demolitions(v2: bool):
    riv = 96 + 64 + (48 if v2 else 0)
    return riv, 52, riv + 52


# ---------------------------------------------------------------------------
# Blocks shared by the convention and the avenant
# ---------------------------------------------------------------------------

def ops_table(v2: bool, title: str):
    header = [["Réf. opération", "Libellé de l’opération", "Maître d’ouvrage", "Commune", "Logements",
               "Subvention ANRU"]]
    rows = []
    riv, hau = totals(v2)
    rows.append({"span": "Quartier Les Hauts de Rivemont (QN05912M) – intérêt national"})
    for ref, lib, mo, com, lg, m in ops_riv(v2):
        rows.append([ref, lib, mo, com, "" if lg is None else str(lg), A(m)])
    rows.append({"cells": ["", "Sous-total Les Hauts de Rivemont", "", "", "", A(riv)], "cls": "sub"})
    rows.append({"span": "Quartier La Briqueterie (QP059012) – intérêt régional"})
    for ref, lib, mo, com, lg, m in OPS_HAU:
        rows.append([ref, lib, mo, com, "" if lg is None else str(lg), A(m)])
    rows.append({"cells": ["", "Sous-total La Briqueterie", "", "", "", A(hau)], "cls": "sub"})
    rows.append({"cells": ["", "TOTAL DES CONCOURS FINANCIERS DE L’ANRU", "", "", "", A(riv + hau)], "cls": "total"})
    return ("table", title, header, rows, "ops")


def fin_table(v2: bool, title: str):
    header = [["Financeur", "Les Hauts de Rivemont", "La Briqueterie", "Total"]]
    rows = []
    tr = th = 0
    for name, r, h in fin_rows(v2):
        rows.append([name, A(r), A(h), A(r + h)])
        tr += r
        th += h
    rows.append({"cells": ["Total du programme", A(tr), A(th), A(tr + th)], "cls": "total"})
    return ("table", title, header, rows, "fin")


def art41(v2: bool, label_cls="h3"):
    riv, hau, tot = demolitions(v2)
    out = [
        ("h", 3, "4.1", "4.1.", "Les interventions sur l’habitat social", label_cls),
        ("p", "Le projet repose en premier lieu sur la transformation du parc locatif social des deux quartiers. "
              "Les organismes d’habitations à loyer modéré signataires s’engagent à mettre en œuvre les opérations "
              "suivantes :"),
    ]
    items = [
        "aux Hauts de Rivemont, la démolition de la barre Vauban (96 logements) et de la tour Cassini "
        "(64 logements), propriétés de l’OPH Val-de-Sambre, dont les emprises accueilleront le prolongement du "
        "mail central ;",
    ]
    if v2:
        items.append("aux Hauts de Rivemont, la démolition de la résidence Les Tilleuls (48 logements), propriété "
                     "de l’OPH Val-de-Sambre, dont l’état technique ne permet pas une réhabilitation à un coût "
                     "soutenable ; l’Agence y contribue à hauteur de " + A(1150000) + " ;")
    items += [
        "à La Briqueterie, la démolition de l’immeuble Le Fourneau (52 logements), propriété de Rivéa Habitat ;",
        "la requalification lourde de la résidence Les Acacias (120 logements) et sa résidentialisation ;",
        "la réhabilitation de 84 logements rue des Briquetiers, avec un objectif d’étiquette énergétique C au "
        "minimum après travaux.",
    ]
    out.append(("ol", items))
    out.append(("p", f"Au total, {tot} logements locatifs sociaux seront démolis, dont {riv} aux Hauts de Rivemont "
                     f"et {hau} à La Briqueterie. Les ménages concernés bénéficient des dispositions de l’article 5."))
    return out


def art6(v2: bool, level=2, label_cls="h2"):
    riv, hau = totals(v2)
    return [
        ("h", level, "6", "ARTICLE 6 -", "Le tableau des opérations et le plan de financement", label_cls),
        ("p", "Les opérations programmées et les concours financiers de l’Agence sont récapitulés dans le tableau "
              "ci-après, qui reprend la maquette financière validée par l’Agence. Les montants de subvention sont "
              "des plafonds ; ils sont exprimés hors taxes lorsque le maître d’ouvrage récupère la TVA."),
        ("p", "Le montant global des concours financiers de l’ANRU s’élève à " + A(riv + hau) + ", dont "
              + A(riv) + " pour le quartier des Hauts de Rivemont et " + A(hau) + " pour le quartier de "
              "La Briqueterie."),
        ops_table(v2, "Tableau 1 – Opérations programmées et subventions de l’ANRU"),
        ("p", "Le plan de financement prévisionnel du programme, toutes opérations confondues, s’établit comme "
              "suit :"),
        fin_table(v2, "Tableau 2 – Plan de financement prévisionnel par quartier"),
        ("p", "Les participations des partenaires autres que l’Agence sont données à titre indicatif ; elles "
              "relèvent des décisions de leurs instances respectives."),
    ]


def art93(level=3, label_cls="h3"):
    return [
        ("h", level, "9.3", "9.3.", "Le réemploi des matériaux issus des démolitions", label_cls),
        ("p", "Pour chaque démolition inscrite à la présente convention, le maître d’ouvrage fait réaliser un "
              "diagnostic « produits, équipements, matériaux et déchets » avant le dépôt du permis de démolir. "
              "La Communauté urbaine prend en charge ce diagnostic dans la limite de " + A(35000, "35 k€")
              + " par opération."),
        ("p", "Un objectif de réemploi ou de valorisation matière d’au moins 70 % des déchets inertes est fixé. "
              "Le bilan en est présenté à chaque revue de projet."),
    ]


ART2_OLD = "Les objectifs urbains du projet"
ART2_NEW = "Les objectifs urbains et environnementaux du projet"
ANNEX3 = "Charte de gestion urbaine de proximité de La Briqueterie"


# ---------------------------------------------------------------------------
# The convention
# ---------------------------------------------------------------------------

def convention(v2: bool = False) -> list:
    riv_dem, hau_dem, tot_dem = demolitions(v2)
    title_lines = [
        ("tp-small", "AGENCE NATIONALE POUR LA RÉNOVATION URBAINE"),
        ("tp-small", "NOUVEAU PROGRAMME NATIONAL DE RENOUVELLEMENT URBAIN"),
        ("tp-big", "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"),
        ("tp-mid", "de la Communauté urbaine de Val-de-Sambre"),
        ("tp-mid", "Quartiers « Les Hauts de Rivemont » et « La Briqueterie »"),
        ("tp-ref", "Convention n° C1472"),
    ]
    if v2:
        title_lines.append(("tp-version", "Version consolidée intégrant l’avenant n° 1 approuvé par le Bureau "
                                          "communautaire le 13 mars 2025"))
    else:
        title_lines.append(("tp-version", "Version signée le 17 octobre 2022"))
    b = [
        ("part", "convention", "Convention pluriannuelle de renouvellement urbain de la Communauté urbaine de "
                               "Val-de-Sambre"),
        ("titlepage", title_lines),
        ("pc", "visa", "Vu le code de la construction et de l’habitation ;"),
        ("pc", "visa", "Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion "
                       "urbaine ;"),
        ("pc", "visa", "Vu le règlement général et le règlement financier de l’Agence nationale pour la rénovation "
                       "urbaine relatifs au nouveau programme national de renouvellement urbain ;"),
        ("pc", "visa", "Vu le contrat de ville de la Communauté urbaine de Val-de-Sambre du 30 juin 2015 et son "
                       "avenant de prorogation ;"),
        ("pc", "visa", "Vu l’avis du comité d’engagement de l’Agence du 9 mars 2022 ;"),
        ("pc", "lead", "ENTRE LES SOUSSIGNÉS"),
        ("ul", [
            "l’Agence nationale pour la rénovation urbaine (ANRU), ci-après « l’Agence », représentée par son "
            "délégué territorial, le Préfet du Nord ;",
            "l’État, représenté par le Préfet du département du Nord ;",
            "la Communauté urbaine de Val-de-Sambre, ci-après « la Communauté urbaine » ou « le porteur de "
            "projet », représentée par sa Présidente, Mme Odile FERRAND-LACOSTE ;",
            "la commune de Rivemont-sur-Sambre, représentée par son Maire, M. Gérald VASSEUR ;",
            "la commune de Haucourt-la-Forge, représentée par sa Maire, Mme Nadège PRUVOST-AILLET ;",
            "l’Office public de l’habitat du Val-de-Sambre (OPH Val-de-Sambre), représenté par son Directeur "
            "général ;",
            "Rivéa Habitat, société anonyme d’habitations à loyer modéré, représentée par sa Directrice générale ;",
            "Action Logement Services, représentée par son Directeur régional,",
        ]),
        ("p", "ci-après dénommés ensemble « les Parties »,"),
        ("pc", "lead", "EN PRÉSENCE DE"),
        ("p", "la Banque des Territoires, la Région Hauts-de-France et le Département du Nord, partenaires associés "
              "au projet,"),
        ("pc", "lead", "IL A ÉTÉ CONVENU CE QUI SUIT :"),
        ("h", 1, None, "", "PRÉAMBULE", "h-pre"),
        ("p", "La présente convention traduit l’engagement des Parties en faveur de la transformation durable de "
              "deux quartiers prioritaires de la politique de la ville du territoire communautaire. Elle s’appuie "
              "sur les études conduites pendant la phase de préfiguration, sur la concertation menée avec les "
              "habitants de 2019 à 2021 et sur le dossier examiné par le comité d’engagement de l’Agence."),
        ("p", "Elle fixe les objectifs du projet, le programme des opérations retenues, leur calendrier et leur "
              "plan de financement, ainsi que les modalités de pilotage, de suivi et d’évaluation."),
        ("h", 1, "I", "TITRE I", "LES QUARTIERS ET LES OBJECTIFS DU PROJET", "h1"),
        ("h", 2, "1", "ARTICLE 1 -", "Les quartiers concernés", "h2"),
        ("p", "La présente convention porte sur les quartiers suivants :"),
        ("ul", [
            "le quartier « Les Hauts de Rivemont », à Rivemont-sur-Sambre, quartier prioritaire identifié sous le "
            "code QN05912M dans la géographie prioritaire entrée en vigueur le 1er janvier 2024 (anciennement "
            "QP059011), retenu au titre des projets d’intérêt national ;",
            "le quartier « La Briqueterie », à Haucourt-la-Forge, quartier prioritaire QP059012, retenu au titre "
            "des projets d’intérêt régional.",
        ]),
        ("p", "Les Hauts de Rivemont comptent environ 4 300 habitants et 1 480 logements, dont 86 % de logements "
              "locatifs sociaux. La Briqueterie compte environ 1 900 habitants. Les deux quartiers sont représentés "
              "sur le plan de situation figurant en annexe 1."),
        ("h", 2, "2", "ARTICLE 2 -", ART2_NEW if v2 else ART2_OLD, "h2"),
        ("p", "Les Parties partagent les objectifs suivants, qui guident l’ensemble des interventions :"),
        ("ol", [
            "diversifier l’habitat et réduire la part du logement social dans les deux quartiers, pour atteindre "
            "au plus 70 % aux Hauts de Rivemont à l’échéance du projet ;",
            "ouvrir les quartiers sur la ville par une trame d’espaces publics lisible, en particulier le mail "
            "central de Rivemont et la liaison douce entre La Briqueterie et la gare ;",
            "améliorer la performance énergétique des logements conservés et le confort d’été ;",
            "renforcer l’offre scolaire et socio-culturelle de proximité.",
        ]),
        ("p", "Ces objectifs sont déclinés en indicateurs à l’article 9.2."),
        ("h", 2, "3", "ARTICLE 3 -", "La gouvernance et la conduite du projet", "h2"),
        ("p", "La Communauté urbaine assure le pilotage stratégique et opérationnel du projet. Un comité de "
              "pilotage, coprésidé par la Présidente de la Communauté urbaine et le Préfet, se réunit au moins une "
              "fois par an ; un comité technique mensuel réunit les maîtres d’ouvrage."),
        ("p", "L’équipe projet comprend deux équivalents temps plein. Elle est appuyée par un marché d’assistance "
              "à maîtrise d’ouvrage urbaine estimé à " + A(350000, "350 000 € HT")
              + " sur la durée de la convention. Une indemnité de " + A(12000, "12 k€")
              + " par an est en outre consacrée à l’animation de la maison du projet."),
        ("h", 1, "II", "TITRE II", "LE PROGRAMME URBAIN ET SON FINANCEMENT", "h1"),
        ("h", 2, "4", "ARTICLE 4 -", "Le programme d’opérations", "h2"),
        ("p", "Le programme d’opérations est présenté par nature ci-dessous ; le détail opération par opération "
              "figure à l’article 6."),
    ]
    b += art41(v2)
    b += [
        ("h", 3, "4.2", "4.2.", "Les aménagements et les équipements publics", "h3"),
        ("p", "Aux Hauts de Rivemont, la Communauté urbaine réalise le mail central et la place du Marché ; la "
              "commune requalifie les rues des Forges et Pasteur et restructure le groupe scolaire Paul-Langevin, "
              "dont le coût d’opération est estimé à " + A(2500000, "2,5 M€") + " TTC."),
        ("p", "À La Briqueterie, la commune crée un square et une liaison douce vers la gare et étend la maison de "
              "quartier, pour un coût total de " + A(1480000, "1.480.000 euros") + "."),
        ("h", 3, "4.3", "4.3.", "La reconstitution de l’offre de logements locatifs sociaux", "h3"),
        ("p", "La reconstitution de l’offre porte sur 100 logements, tous situés hors des quartiers prioritaires : "
              "48 PLAI et 32 PLUS à Rivemont-sur-Sambre, 20 PLAI à Haucourt-la-Forge. En complément des aides de "
              "l’Agence, la Communauté urbaine apporte une aide de " + A(1250000, "1.250.000 euros")
              + " au titre de sa délégation des aides à la pierre."),
        ("h", 2, "5", "ARTICLE 5 -", "Le relogement et l’accompagnement des ménages", "h2"),
        ("p", "Les organismes HLM conduisent le relogement des ménages concernés par les démolitions dans le "
              "respect de la charte intercommunale de relogement. Chaque ménage se voit proposer au moins deux "
              "offres adaptées à ses besoins et à ses ressources, dont une hors quartier prioritaire."),
        ("p", "La Communauté urbaine abonde un fonds local d’accompagnement au relogement doté de "
              + A(2450000 if v2 else 2100000) + ", destiné à couvrir le reste à charge des ménages (différentiel "
              "de loyer, frais de déménagement, ouverture des compteurs) pendant les deux premières années."),
    ]
    b += art6(v2)
    b += [
        ("h", 1, "III", "TITRE III", "LE SUIVI ET L’EXÉCUTION DE LA CONVENTION", "h1"),
        ("h", 2, "7", "ARTICLE 7 -", "Le calendrier opérationnel", "h2"),
        ("p", "Les opérations sont engagées entre le 1er janvier 2023 et le 31 décembre 2027. Les demandes de "
              "solde sont déposées au plus tard le 30 juin 2031. Le calendrier détaillé figure en annexe 5."),
        ("h", 2, "8", "ARTICLE 8 -", "Les contreparties en faveur d’Action Logement", "h2"),
        ("p", "En contrepartie de ses financements, Action Logement Services bénéficie de 34 droits de "
              "réservation de logements locatifs sociaux, dont 22 aux Hauts de Rivemont et 12 à La Briqueterie, "
              "ainsi que de 3 contreparties foncières destinées à la diversification de l’habitat."),
        ("h", 2, "9", "ARTICLE 9 -", "Le suivi et l’évaluation du projet", "h2"),
        ("h", 3, "9.1", "9.1.", "Les revues de projet", "h3"),
        ("p", "Une revue de projet est organisée chaque année par le délégué territorial de l’Agence avec le "
              "porteur de projet et les maîtres d’ouvrage. Elle examine l’avancement physique et financier des "
              "opérations et propose, le cas échéant, les ajustements nécessaires."),
        ("h", 3, "9.2", "9.2.", "Les indicateurs de suivi", "h3"),
        ("p", "Les indicateurs retenus sont notamment : la part de logements locatifs sociaux dans chaque quartier, "
              "le nombre de ménages relogés hors quartier prioritaire, la consommation énergétique moyenne des "
              "logements réhabilités et le nombre d’heures d’insertion réalisées, l’objectif étant fixé à "
              "21 500 heures."),
    ]
    if v2:
        b += art93()
    b += [
        ("h", 2, "10", "ARTICLE 10 -", "La durée et la modification de la convention", "h2"),
        ("p", "La présente convention prend effet à la date de sa signature par la dernière des Parties. Elle "
              "s’achève au plus tard le 31 décembre 2032."),
        ("p", "Toute modification de son contenu fait l’objet d’un avenant, sauf les ajustements mineurs, qui "
              "peuvent être actés par une décision du délégué territorial de l’Agence notifiée aux Parties."),
        ("pc", "sig", "Fait à Rivemont-sur-Sambre, le 17 octobre 2022, en huit exemplaires originaux."),
        ("h", 1, None, "", "ANNEXES", "h-pre"),
        ("h", 2, "1", "Annexe 1 –", "Plan de situation des quartiers", "h-annex"),
        ("p", "Plan au 1/10 000 des deux quartiers et de leur environnement (document cartographique)."),
        ("h", 2, "2", "Annexe 2 –", "Plan guide du projet des Hauts de Rivemont", "h-annex"),
        ("p", "Plan guide validé par le comité de pilotage du 18 janvier 2022 (document cartographique)."),
        ("h", 2, "3", "Annexe 3 –", ANNEX3, "h-annex"),
    ]
    if v2:
        b.append(("p", "Supprimée par l’avenant n° 1."))
    else:
        b.append(("p", "Charte signée par la commune de Haucourt-la-Forge, Rivéa Habitat et la Communauté urbaine, "
                       "précisant les engagements de chacun en matière d’entretien et de tranquillité publique."))
    b += [
        ("h", 2, "4", "Annexe 4 –", "Maquette financière détaillée", "h-annex"),
        ("p", "Tableau financier détaillé des opérations, édité depuis le système d’information de l’Agence."),
        ("h", 2, "5", "Annexe 5 –", "Calendrier opérationnel détaillé", "h-annex"),
        ("p", "Calendrier prévisionnel des opérations, par quartier et par maître d’ouvrage."),
    ]
    return b


# ---------------------------------------------------------------------------
# The board decision and avenant n° 1
# ---------------------------------------------------------------------------

PRESIDENT = "FERRAND-LACOSTE"
PRESENT = [
    ("Mme", "Odile", "FERRAND-LACOSTE"), ("M.", "Gérald", "VASSEUR"), ("Mme", "Nadège", "PRUVOST-AILLET"),
    ("M.", "Jacques", "OLLIVIER"), ("Mme", "Sylvie", "MARCHAND-DOLET"), ("M.", "Bruno", "DELATTRE"),
    ("Mme", "Fatima", "KHELIFI"), ("M.", "Pascal", "HENNEQUART"), ("Mme", "Corinne", "WATTEAU"),
    ("M.", "Didier", "LAMBLIN"), ("Mme", "Laurence", "D’HALLUIN"), ("M.", "Yannick", "ROBILLARD"),
    ("Mme", "Émilie", "CARON-VAST"), ("M.", "Franck", "DUPLOUY"), ("Mme", "Hélène", "MOREUW"),
    ("M.", "Rémi", "SAUVAGE"), ("Mme", "Josiane", "LEFRANC"), ("M.", "Ahmed", "BOUAZZA"),
    ("M.", "Christophe", "VANDAMME"), ("Mme", "Anne-Sophie", "GRUSON"),
]
PROXIES = [  # (civ, first, last, phrasing, proxy civ first last)
    ("M.", "Hervé", "QUINTARD", "ayant donné procuration à", ("Mme", "Sylvie", "MARCHAND-DOLET")),
    ("Mme", "Aurélie", "BESNIER", "représentée par", ("M.", "Jacques", "OLLIVIER")),
    ("M.", "Serge", "TAFFIN", "ayant donné procuration à", ("Mme", "Odile", "FERRAND-LACOSTE")),
]
EXCUSED_NO_PROXY = [("M.", "Thierry", "GALMICHE")]
ABSENT = [("M.", "Karim", "BENSALAH")]
NOT_VOTING = [("M.", "Bruno", "DELATTRE")]


def _p(t):
    return f"{t[0]} {t[1]} {t[2]}"


def avenant() -> list:
    riv_old, hau = totals(False)
    riv_new, _ = totals(True)
    b = [
        ("part", "deliberation", "Extrait du registre des délibérations du Bureau communautaire – Séance du "
                                 "13 mars 2025"),
        ("pc", "d-org", "COMMUNAUTÉ URBAINE DE VAL-DE-SAMBRE"),
        ("pc", "d-title", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE"),
        ("pc", "d-sub", "Séance du jeudi 13 mars 2025"),
        ("pc", "d-num", "Délibération n° B-2025-041"),
        ("pc", "d-obj", "Objet : Renouvellement urbain – Approbation de l’avenant n° 1 à la convention "
                        "pluriannuelle de renouvellement urbain des quartiers Les Hauts de Rivemont et "
                        "La Briqueterie"),
        ("p", "L’an deux mille vingt-cinq, le treize mars à dix-huit heures, le Bureau communautaire, "
              "régulièrement convoqué le 6 mars 2025, s’est réuni à l’Hôtel communautaire de Rivemont-sur-Sambre, "
              "sous la présidence de Mme Odile FERRAND-LACOSTE, Présidente."),
        ("p", "Nombre de membres en exercice : 25 – présents : 20 – pouvoirs : 3 – votants : 22."),
        ("pc", "d-list", "Étaient présents : " + ", ".join(_p(x) for x in PRESENT) + "."),
        ("pc", "d-list", "Excusés ayant donné pouvoir : " + " ; ".join(
            f"{_p(x[:3])} {x[3]} {_p(x[4])}" for x in PROXIES) + "."),
        ("pc", "d-list", "Excusé : " + ", ".join(_p(x) for x in EXCUSED_NO_PROXY) + "."),
        ("pc", "d-list", "Absent : " + ", ".join(_p(x) for x in ABSENT) + "."),
        ("pc", "d-list", "Secrétaire de séance : Mme Corinne WATTEAU."),
        ("h", 1, "A", "A.", "Exposé des motifs", "d-h"),
        ("p", "Par délibération du 27 juin 2022, le Conseil communautaire a approuvé la convention pluriannuelle de "
              "renouvellement urbain n° C1472, signée le 17 octobre 2022 par l’ensemble des Parties. Les revues de "
              "projet de 2023 et 2024 ont mis en évidence la nécessité d’en faire évoluer le contenu."),
        ("p", "La résidence Les Tilleuls (48 logements), propriété de l’OPH Val-de-Sambre, présente des "
              "désordres structurels que les diagnostics de 2024 jugent incompatibles avec une réhabilitation. "
              "Le comité d’engagement de l’Agence, réuni le 4 décembre 2024, a émis un avis favorable à sa "
              "démolition, financée par l’ANRU à hauteur de " + A(1150000, "1,15 M€") + "."),
        ("h", 1, "B", "B.", "Contenu de l’avenant", "d-h"),
        ("p", "Le projet d’avenant annexé à la présente délibération :"),
        ("ul", [
            "intègre la démolition de la résidence Les Tilleuls ;",
            "porte la dotation du fonds local d’accompagnement au relogement de " + A(2100000, "2,1 M€")
            + " à " + A(2450000, "2,45 M€") + " ;",
            "complète les objectifs du projet par un volet environnemental et crée un article relatif au "
            "réemploi des matériaux ;",
            "supprime l’annexe relative à la gestion urbaine de proximité de La Briqueterie, désormais couverte "
            "par la convention intercommunale d’abattement de TFPB.",
        ]),
        ("h", 1, "C", "C.", "Incidences financières", "d-h"),
        ("p", "Le montant total des concours de l’ANRU est porté de " + A(riv_old + hau) + " à "
              + A(riv_new + hau) + ". Pour la Communauté urbaine, la dépense supplémentaire, soit "
              + A(350000, "350.000 euros") + ", est inscrite au budget annexe « Renouvellement urbain » de "
              "l’exercice 2025."),
        ("pc", "d-lead", "Après en avoir délibéré, le Bureau communautaire :"),
        ("ol", [
            "approuve les termes de l’avenant n° 1 à la convention pluriannuelle de renouvellement urbain "
            "n° C1472, joint à la présente délibération ;",
            "autorise la Présidente, ou son représentant, à le signer ainsi que tout document s’y rapportant.",
        ]),
        ("p", "M. Bruno DELATTRE, administrateur de l’OPH Val-de-Sambre, ne prend pas part au vote."),
        ("pc", "d-vote", "Adopté à la majorité des suffrages exprimés : 19 voix pour, 2 voix contre, "
                         "1 abstention."),
        ("pc", "d-sig", "Pour extrait conforme, à Rivemont-sur-Sambre, le 14 mars 2025. La Présidente, "
                        "Odile FERRAND-LACOSTE."),
        ("part", "avenant", "Avenant n° 1 à la convention pluriannuelle de renouvellement urbain de la "
                            "Communauté urbaine de Val-de-Sambre"),
        ("pc", "av-title", "AVENANT N° 1"),
        ("pc", "av-sub", "à la convention pluriannuelle de renouvellement urbain n° C1472 de la Communauté urbaine "
                         "de Val-de-Sambre, cofinancée par l’ANRU dans le cadre du nouveau programme national de "
                         "renouvellement urbain"),
        ("pc", "lead", "ENTRE"),
        ("ul", [
            "l’Agence nationale pour la rénovation urbaine, représentée par son délégué territorial ;",
            "l’État, représenté par le Préfet du Nord ;",
            "la Communauté urbaine de Val-de-Sambre, représentée par sa Présidente ;",
            "les communes de Rivemont-sur-Sambre et de Haucourt-la-Forge, représentées par leurs Maires ;",
            "l’OPH Val-de-Sambre et Rivéa Habitat, représentés par leurs directeurs généraux ;",
            "Action Logement Services, représentée par son Directeur régional,",
        ]),
        ("p", "il est convenu ce qui suit."),
        ("h", 1, "1", "Article premier –", "Objet de l’avenant", "av-h"),
        ("p", "Le présent avenant modifie la convention pluriannuelle de renouvellement urbain n° C1472 signée le "
              "17 octobre 2022 (ci-après « la convention »). Il a pour objet :"),
        ("ol", [
            "de compléter l’intitulé de l’article 2 de la convention ;",
            "de programmer la démolition de la résidence Les Tilleuls (48 logements) aux Hauts de Rivemont ;",
            "de relever la dotation du fonds local d’accompagnement au relogement ;",
            "de mettre à jour le tableau des opérations et le plan de financement ;",
            "d’introduire une disposition relative au réemploi des matériaux ;",
            "de supprimer l’annexe 3.",
        ]),
        ("h", 1, "2", "Article 2 –", "Modifications apportées à la convention", "av-h"),
        ("pc", "instr", "1° L’intitulé de l’article 2 est remplacé par « " + ART2_NEW + " »."),
        ("pc", "instr", "2° L’article 4.1 est remplacé par les dispositions suivantes :"),
    ]
    b += [x if x[0] != "h" else ("h", 2, x[2], x[3], x[4], "h3 quoted") for x in art41(True)]
    b += [
        ("pc", "instr", "3° À l’article 5, le montant de « " + A(2100000) + " » est remplacé par « "
                        + A(2450000) + " »."),
        ("pc", "instr", "4° L’article 6 est ainsi rédigé :"),
    ]
    b += [x if x[0] != "h" else ("h", 2, x[2], x[3], x[4], "h2 quoted") for x in art6(True)]
    b += [("pc", "instr", "5° Après l’article 9.2, il est inséré un article 9.3 ainsi rédigé :")]
    b += [x if x[0] != "h" else ("h", 2, x[2], x[3], x[4], "h3 quoted") for x in art93()]
    b += [
        ("pc", "instr", "6° L’annexe 3 est supprimée."),
        ("h", 1, "3", "Article 3 –", "Dispositions inchangées", "av-h"),
        ("p", "Les stipulations de la convention non modifiées par le présent avenant demeurent applicables."),
        ("h", 1, "4", "Article 4 –", "Prise d’effet", "av-h"),
        ("p", "Le présent avenant prend effet à la date de sa signature par la dernière des Parties. Une version "
              "consolidée de la convention est établie par le porteur de projet et transmise à chacune d’elles."),
        ("pc", "sig", "Fait à Rivemont-sur-Sambre, en huit exemplaires originaux."),
    ]
    return b


DOCUMENTS = {
    "convention_v1": lambda: convention(False),
    "avenant_1": avenant,
    "convention_v2": lambda: convention(True),
}
