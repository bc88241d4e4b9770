"""The wording of a convention, its avenant and the consolidated convention, as blocks.

The skeleton follows the ANRU model convention (titres I-IV, articles 1-13,
annexes A/B/C/D); the text of an article is drawn from a generator seeded by
the build seed and the article number, so an article the avenant does not
touch reads the same in the signed and the consolidated versions."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .conv_blocks import Block, Break, Bullets, Heading, Money, Note, Para, TableB
from .conv_project import AvenantPlan, Operation, Project, date_fr

TITRES = {"I": "Les quartiers", "II": "Le projet de renouvellement urbain",
          "III": "Les concours financiers du NPNRU aux opérations programmées",
          "IV": "L'exécution du programme"}
ARTICLES = {
    "1": "Les éléments de contexte",
    "2": "Les objectifs poursuivis par le projet de renouvellement urbain",
    "2.1": "La vocation du ou des quartiers et les orientations stratégiques du projet",
    "2.2": "Les objectifs urbains du projet",
    "3": "Les facteurs clés de réussite et les objectifs d'excellence du projet",
    "4": "La description du projet urbain",
    "4.1": "La synthèse du programme urbain",
    "4.2": "La description de la composition urbaine",
    "5": "La stratégie de diversification résidentielle",
    "5.1": "La description de la stratégie de diversification",
    "5.2": "La mobilisation des contreparties pour le Groupe Action Logement",
    "6": "La stratégie de relogement et d'attributions",
    "7": "La gouvernance et la conduite du projet",
    "7.1": "La gouvernance",
    "7.2": "La conduite de projet",
    "8": "Les opérations programmées dans la présente convention et leur calendrier opérationnel",
    "8.1": "Les opérations cofinancées par l'ANRU",
    "8.2": "Le calendrier opérationnel",
    "9": "Le plan de financement des opérations programmées",
    "10": "Les modalités d'attribution et de versement des financements",
    "11": "Le suivi et l'évaluation du projet",
    "12": "Les modifications du projet",
    "13": "La durée de la convention",
}
TITRE_OF = {"1": "II", "2": "II", "3": "II", "4": "II", "5": "II", "6": "II", "7": "II",
            "8": "III", "9": "III", "10": "III", "11": "IV", "12": "IV", "13": "IV"}
TYPE_WORDS = {"demolition": "Démolition de logements locatifs sociaux", "requalification": "Requalification de LLS",
              "residentialisation": "Résidentialisation", "reconstitution": "Reconstitution de l'offre",
              "amenagement": "Aménagement d'ensemble", "equipement": "Équipements publics de proximité",
              "immobilier_economique": "Immobilier à vocation économique", "ingenierie": "Ingénierie"}


@dataclass
class Wording:
    """Choices of phrasing (content, not layout) drawn once per build."""
    date_form: str
    op_columns: str            # "simple" | "full" | "merged"
    group_rows: bool
    table_bare_amounts: bool   # amounts in tables without "€" (unit in the header)
    annex_in_objet: bool
    table_instruction: bool    # "Le tableau de l'article 8.1 est remplacé par le tableau suivant :"
    rename_form: str           # "renamed" | "intitule"
    footnotes: bool
    family_table: bool
    back_to_back: bool         # the family table right under the financing table, no caption between
    # Drawn apart (conv_variants.draw, own seed stream) so the draws above keep their values.
    op_by_family: bool = False  # article 8.1: one table per family; the avenant rewrites a family's table
    nest_8: bool = False        # the avenant amends 8.1 (and 8.2) inside "Modification de l'article 8"
    rewrite_82: bool = False    # ... and rewrites 8.2 (else "L'article 8.2 … : Sans objet")
    idtop_column: bool = True   # operation tables print the IDTOP (else rows keyed on type, site, commune)
    # Layout set 4 (conv_variants4.Triple4, own stream; the defaults print as sets 1-3 do).
    fin_form: str = ""          # "transposed": the financing table's quartiers as rows, financeurs as columns
    fin_unit: str = ""          # "eur_ht" | "keur": financing amounts bare, the unit in the corner cell
    op_subtotals: bool = False  # a "Sous-total <quartier>" row after each quartier's operations
    # ``ordinal`` triples (conv_avenant_refs, own stream): article 4.1's operations as numbered items, IDTOP →
    # its mark ("3°", "2° bis"); empty, the list is bulleted
    item_marks: dict = field(default_factory=dict)
    # ``legislative`` triples (conv_subitems, own stream): article 4.1's operations grouped by family, each family
    # an item "k°" and its operations lettered sub-items ({"family": {type: "1°"}, "ops": {IDTOP: "b)"}}); empty,
    # the list is printed as before
    sub_marks: dict = field(default_factory=dict)

    @staticmethod
    def draw(rng: random.Random) -> "Wording":
        return Wording(date_form=rng.choice(["long", "long", "slash", "dots"]),
                       op_columns=rng.choice(["simple", "full", "merged"]),
                       group_rows=rng.random() < 0.4, table_bare_amounts=rng.random() < 0.3,
                       annex_in_objet=rng.random() < 0.5, table_instruction=rng.random() < 0.5,
                       rename_form=rng.choice(["renamed", "renamed", "intitule"]),
                       footnotes=rng.random() < 0.7, family_table=rng.random() < 0.6,
                       back_to_back=rng.random() < 0.4)


@dataclass
class Written:
    blocks: list[Block]
    amendments: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)


# --- shared pieces -------------------------------------------------------------

def qname(q) -> str:
    return f"{q.name} ({q.code})"


def parties_block(p: Project, w: Wording, avenant: bool) -> list[Block]:
    out: list[Block] = [Para(["Il est convenu entre :"])]
    anru = ["L'Agence nationale pour la rénovation urbaine, désignée ci-après « l'Agence » ou « l'ANRU », "
            "représentée par sa directrice générale, ou par délégation, par son délégué territorial dans le département,"]
    out.append(Para(anru))
    etat: list = ["L'État, représenté par le Préfet de département et responsable de la mise en œuvre du "
                  "renouvellement urbain dans le département"]
    if w.footnotes:
        etat.append(Note("Lorsque le projet prévoit des opérations localisées dans un autre département, le préfet "
                         "de ce département est également signataire de la convention."))
    etat.append(",")
    out.append(Para(etat))
    out.append(Para([f"La {p.agglo}, l'Établissement public de coopération intercommunale (EPCI), représentée par "
                     f"son président, ci-après désignée « le porteur de projet »,"]))
    if len(p.communes) == 1:
        out.append(Para([f"La commune de {p.communes[0]}, représentée par son Maire,"]))
    else:
        names = ", ".join(p.communes[:-1]) + " et " + p.communes[-1]
        out.append(Para([f"Les communes de {names} comprenant au moins un quartier inscrit au titre I de la présente "
                         f"convention pluriannuelle, représentées par leurs Maires,"]))
    mo: list = ["Les maîtres d'ouvrage des opérations programmées dans la présente convention"]
    if w.footnotes:
        mo.append(Note("Y compris ceux ajoutés par avenant." if avenant else
                       "Organismes publics et privés qui conduisent des opérations concourant au renouvellement urbain."))
    mo.append(" :")
    out.append(Para(mo))
    for b in p.bailleurs + p.other_mo:
        out.append(Para([f"{b.name}, {b.legal}, représenté{'e' if b.legal != 'association' else 'e'} par {b.represented_by},"]))
    out.append(Para(["Action Logement Services, représentée par son Directeur Régional,"]))
    out.append(Para(["Foncière Logement, représentée par sa Présidente,"]))
    out.append(Para(["Ci-après désignés les « Parties prenantes »"]))
    out.append(Para(["En présence de :"]))
    out.append(Para(["La Banque des Territoires (Caisse des Dépôts),"]))
    out.append(Para(["La Région, représentée par le Président du Conseil régional,"]))
    out.append(Para(["Ci-après désignés les « Partenaires associés »"]))
    out.append(Para(["Ce qui suit :"]))
    return out


def party_names(p: Project) -> list[str]:
    """The parties a reader lists (gold of metadata.parties)."""
    return (["Agence nationale pour la rénovation urbaine", "État", p.agglo]
            + [f"Commune de {c}" for c in p.communes] + [b.name for b in p.bailleurs + p.other_mo]
            + ["Action Logement Services", "Foncière Logement"])


def entities(p: Project) -> list[dict]:
    """Curated entities every version prints (recall only)."""
    out = [{"text": p.agglo, "label": "ORG", "normalized": p.agglo}]
    out += [{"text": c, "label": "LOC", "normalized": c} for c in p.communes]
    out += [{"text": q.code, "label": "QPV", "normalized": q.code} for q in p.quartiers]
    out += [{"text": b.name, "label": "ORG", "normalized": b.name} for b in p.bailleurs]
    out += [{"text": "Action Logement Services", "label": "ORG", "normalized": "Action Logement Services"}]
    out += [{"text": x, "label": "PER", "normalized": x} for x in [p.president] + [p.mayors[c] for c in p.communes]]
    return out


def _body(rng: random.Random, p: Project, topic: str, n: int) -> list[Block]:
    """Generic prose of an article (names the project's places and bodies): n
    paragraphs of two to four sentences, as the model convention's articles read."""
    q = rng.choice(p.quartiers)
    b = rng.choice(p.bailleurs)
    pool = [
        f"Le projet de renouvellement urbain du quartier {q.name} à {q.commune} s'inscrit dans la continuité des "
        f"orientations du contrat de ville de la {p.agglo} et vise à transformer durablement l'image du quartier.",
        f"Les partenaires s'engagent à conduire {topic} en associant les habitants, notamment au sein de la maison "
        f"du projet et des instances de concertation mises en place par la commune de {q.commune}.",
        f"{b.name} assure la maîtrise d'ouvrage des interventions sur son patrimoine ; la coordination d'ensemble "
        f"relève du porteur de projet, qui veille au respect du calendrier et des engagements de chacun.",
        "Une attention particulière est portée à la qualité environnementale des opérations, à la sobriété "
        "foncière et au réemploi des matériaux issus des démolitions.",
        f"Les objectifs de mixité sociale et de diversification de l'habitat sont déclinés à l'échelle de chaque "
        f"quartier, en cohérence avec la convention intercommunale d'attribution de la {p.agglo}.",
        "Les études pré-opérationnelles ont permis de préciser la programmation, le phasage des interventions "
        "et les conditions de relogement des ménages concernés.",
        f"La stratégie retenue repose sur une intervention lourde sur le parc social, la requalification des "
        f"espaces publics et le renforcement de l'offre d'équipements au cœur du quartier {q.name}.",
        "Le diagnostic partagé a mis en évidence la dégradation du bâti, la faible qualité des espaces extérieurs "
        "et l'enclavement du quartier, éloigné des axes de transport en commun structurants.",
        "Le phasage des opérations a été établi de façon à limiter la vacance organisée et à permettre le "
        "relogement des ménages dans des conditions satisfaisantes, au plus près de leurs souhaits.",
        f"La gestion urbaine de proximité fait l'objet d'une convention spécifique entre la commune de "
        f"{q.commune}, le porteur de projet et les bailleurs, précisant les engagements de chacun pendant les travaux.",
        "Les indicateurs de suivi sont renseignés chaque année et présentés lors de la revue de projet, en "
        "présence du délégué territorial de l'Agence.",
        "Les espaces publics seront hiérarchisés afin de clarifier les usages, de sécuriser les cheminements "
        "piétons et de mieux relier le quartier au centre-ville et aux équipements existants.",
    ]
    order = rng.sample(pool, len(pool))
    out: list[Block] = []
    for _ in range(n):
        k = rng.randint(2, 4)
        chunk, order = order[:k], order[k:] or rng.sample(pool, len(pool))
        out.append(Para([" ".join(chunk)]))
    return out


def quartiers_block(p: Project) -> list[Block]:
    out: list[Block] = [Para(["La présente convention porte sur le (ou les) quartier(s) suivant(s) :"])]
    nat = [q for q in p.quartiers if q.interest == "national"]
    reg = [q for q in p.quartiers if q.interest != "national"]
    if nat:
        out.append(Bullets([["Le(s) quartier(s) d'intérêt national, identifié(s) dans l'arrêté du 29 avril 2015 :"]]))
        out.append(Bullets([[f"{qname(q)} à {q.commune} ({p.dept})"] for q in nat], level=2))
    if reg:
        out.append(Bullets([["Le(s) quartier(s) d'intérêt régional retenu(s) par le conseil d'administration de l'ANRU :"]]))
        out.append(Bullets([[f"{qname(q)} à {q.commune} ({p.dept})"] for q in reg], level=2))
    out.append(Para(["Un plan de situation de l'ensemble des quartiers de l'agglomération est présenté en annexe A."]))
    return out


def synthesis_41(p: Project, w: Wording) -> list[Block]:
    """Article 4.1: the programme in prose and a synthesis table; changes with the avenant."""
    out: list[Block] = [Para(["En déclinaison de la stratégie urbaine visée par le projet, le programme "
                              "d'intervention est synthétisé comme suit :"])]
    kinds = ["demolition", "requalification", "residentialisation", "reconstitution"]
    header = [["Intervention"] + [q.name for q in p.quartiers]]
    rows = []
    for k in kinds:
        cells: list = [TYPE_WORDS[k]]
        any_ = False
        for q in p.quartiers:
            n = sum(o.logements or 0 for o in p.operations if o.type == k and o.quartier == q.code)
            cells.append(f"{n} logements" if n else "–")
            any_ = any_ or bool(n)
        if any_:
            rows.append(cells)
    out.append(TableB("Tableau de synthèse du programme urbain", header, rows))
    dem = sum(o.logements or 0 for o in p.operations if o.type == "demolition")
    req = sum(o.logements or 0 for o in p.operations if o.type == "requalification")
    out.append(Para([f"Le programme prévoit au global la démolition de {dem} logements locatifs sociaux"
                     + (f" et la requalification de {req} logements" if req else "") + " :"]))
    items = []
    marks = []
    for o in p.operations:
        if o.type in ("demolition", "requalification", "residentialisation", "equipement", "immobilier_economique"):
            items.append([f"{o.libelle} à {o.commune}, sous la maîtrise d'ouvrage {_of(o.maitre_ouvrage)} ;"])
            marks.append(w.item_marks.get(o.idtop))
    if w.sub_marks:
        # "1° La démolition de logements locatifs sociaux :" then "a) Démolition … ;" (conv_subitems)
        listed = [o for o in p.operations if o.idtop in w.sub_marks["ops"]]
        for kind in sorted({o.type for o in listed}, key=lambda t: int(w.sub_marks["family"][t].rstrip("°"))):
            out.append(Para([f"{w.sub_marks['family'][kind]} {FAMILY_PHRASE[kind]} :"]))
            out.extend(Para([f"{w.sub_marks['ops'][o.idtop]} {o.libelle} à {o.commune}, sous la maîtrise d'ouvrage "
                             f"{_of(o.maitre_ouvrage)} ;"]) for o in listed if o.type == kind)
    elif items and all(marks):
        out.extend(Para([f"{m} {item[0]}"]) for m, item in zip(marks, items))   # "1° Démolition … ;"
    else:
        out.append(Bullets(items))
    return out


# How a convention names a family of operations ("Les opérations « La démolition de … »").
FAMILY_PHRASE = {"ingenierie": "Les études, expertises et moyens d'accompagnement du projet",
                 "demolition": "La démolition de logements locatifs sociaux",
                 "requalification": "La requalification de logements locatifs sociaux",
                 "residentialisation": "La résidentialisation de logements",
                 "reconstitution": "La reconstitution de l'offre de logements locatifs sociaux",
                 "amenagement": "L'aménagement d'ensemble",
                 "equipement": "Les équipements publics de proximité",
                 "immobilier_economique": "L'immobilier à vocation économique"}


def family_title(kind: str) -> str:
    return f"Opérations « {FAMILY_PHRASE[kind]} »"


def family_tables(p: Project, w: Wording, kinds=None) -> list[tuple[str, TableB]]:
    """Article 8.1 written one table per family of operations (no total row: the
    family's total is the family table's of article 9)."""
    out = []
    for k in FAMILY_PHRASE:
        ops = [o for o in p.operations if o.type == k]
        if ops and (kinds is None or k in kinds):
            out.append((k, operations_table(p, w, "8.1", ops=ops, title=family_title(k), total=False)))
    return out


def operations_table(p: Project, w: Wording, number: str, ops=None, title=None, total=True) -> TableB:
    money = (lambda v: f"{_bare(v)}") if w.table_bare_amounts else Money
    unit = " (€)" if w.table_bare_amounts else ""
    spans: list = []
    if w.op_columns == "simple":
        header = [["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements",
                   f"Subvention ANRU{unit}"]]
        row = lambda o: [o.idtop, o.libelle, o.maitre_ouvrage, o.commune,  # noqa: E731
                         str(o.logements) if o.logements else "–", money(o.amount)]
        widths = [1.4, 3.2, 1.8, 1.5, 0.9, 1.5]
    elif w.op_columns == "full":
        header = [["N° IDTOP", "Opération", "Localisation (QPV)", "Maître d'ouvrage", "Nb logts",
                   f"Assiette subventionnable{unit}", f"Montant ANRU{unit}", "Lancement"]]
        row = lambda o: [o.idtop, o.libelle, f"{o.commune} {o.quartier}", o.maitre_ouvrage,  # noqa: E731
                         str(o.logements) if o.logements else "", money(o.base), money(o.amount), o.start]
        widths = [1.3, 3.0, 1.6, 1.7, 0.7, 1.5, 1.4, 0.9]
    else:
        header = [["Opération", "", "Localisation", "", "Financement" + unit, ""],
                  ["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
        spans = [(0, 0, 1, 2), (0, 2, 1, 2), (0, 4, 1, 2)]
        row = lambda o: [o.idtop, o.libelle, o.commune, o.maitre_ouvrage, money(o.base), money(o.amount)]  # noqa: E731
        widths = [1.3, 3.2, 1.5, 1.8, 1.4, 1.4]
    if not w.idtop_column and w.op_columns != "full":
        # No IDTOP column: rows are told apart by type, site and commune only.
        if len(header) > 1:
            header[0][1] = header[0][0]     # the group title over the IDTOP moves to the label
        header = [h[1:] for h in header]
        spans = [(r, c - 1 if c else c, h, wd - (1 if c == 0 else 0)) for r, c, h, wd in spans]
        spans = [sp for sp in spans if sp[3] > 1]
        row = (lambda f: lambda o: f(o)[1:])(row)
        widths = widths[1:]
    n_cols = len(header[0])
    all_ops = p.operations if ops is None else ops
    rows, row_spans, totals = [], [], []
    for q in p.quartiers:
        q_ops = [o for o in all_ops if o.quartier == q.code]
        if not q_ops:
            continue
        if w.group_rows and len(p.quartiers) > 1:
            row_spans.append((len(rows), 0, 1, n_cols))
            rows.append([f"Quartier {q.name} ({q.code}) – {q.commune}"] + [""] * (n_cols - 1))
        rows += [row(o) for o in q_ops]
        if w.op_subtotals and total and len(p.quartiers) > 1:
            sub = [""] * n_cols
            sub[0] = f"Sous-total {q.name}"
            sub[-1 if w.op_columns != "full" else -2] = money(round(sum(o.amount for o in q_ops), 2))
            totals.append(len(rows))
            rows.append(sub)
    if total:
        last = [""] * n_cols
        last[0], last[-1 if w.op_columns != "full" else -2] = "Total", money(round(sum(o.amount for o in all_ops), 2))
        totals.append(len(rows))
        rows.append(last)
    return TableB(title or f"Tableau des opérations cofinancées par l'ANRU (article {number})", header, rows,
                  header_spans=spans, row_spans=row_spans, widths=widths, wide=w.op_columns == "full",
                  total_rows=totals)


def _bare(v: float) -> str:
    """Table amount without currency: the header carries the unit."""
    s = f"{v:,.2f}" if v != int(v) else f"{int(v):,}"
    return s.replace(",", "\u00a0").replace(".", ",")


def _keur(v: float) -> str:
    """Thousands of euros, at most two decimals (layout set 4 draws k€ only for tens of euros)."""
    k = round(v / 1000, 2)
    s = f"{k:,.2f}".rstrip("0").rstrip(".")
    return s.replace(",", "\u00a0").replace(".", ",")


FIN_UNIT = {"eur_ht": ("en € HT", _bare), "keur": ("en k€", _keur),
            # layout set 6: figures in thousands, the unit stated in the table's caption only
            "kcaption": ("en milliers d'euros", _keur)}


def financing_blocks(p: Project, w: Wording) -> list[Block]:
    if w.fin_form or w.fin_unit:
        return financing_blocks4(p, w)
    bare_or_money = (lambda v: _bare(v)) if w.table_bare_amounts else Money
    money = lambda v: bare_or_money(v) if v else "–"  # noqa: E731  (no contribution: a dash)
    codes = [q.code for q in p.quartiers]
    header = [["Financeurs"] + [qname(q) for q in p.quartiers] + (["Total"] if len(codes) > 1 else [])]
    rows = []
    for f, row in p.financing.items():
        cells: list = [f] + [money(row[c]) for c in codes]
        if len(codes) > 1:
            cells.append(money(round(sum(row.values()), 2)))
        rows.append(cells)
    tot: list = ["Total"] + [money(round(sum(p.financing[f][c] for f in p.financing), 2)) for c in codes]
    if len(codes) > 1:
        tot.append(money(round(sum(sum(r.values()) for r in p.financing.values()), 2)))
    rows.append(tot)
    anru = round(sum(p.financing["ANRU"].values()), 2)
    total = round(sum(sum(r.values()) for r in p.financing.values()), 2)
    out: list[Block] = [
        Para(["Le plan de financement prévisionnel des opérations programmées s'établit comme suit, par financeur "
              "et par quartier" + (" (montants en euros)" if w.table_bare_amounts else "") + " :"]),
        TableB("Plan de financement prévisionnel par financeur et par quartier", header, rows,
               total_rows=[len(rows) - 1]),
    ]
    if w.family_table:
        fam_rows = []
        for k, label in TYPE_WORDS.items():
            v = round(sum(o.amount for o in p.operations if o.type == k), 2)
            if v:
                fam_rows.append([label, money(v)])
        out.append(TableB("" if w.back_to_back else "Concours financiers de l'ANRU par famille d'opérations",
                          [["Famille d'opérations", "Concours ANRU" + (" (€)" if w.table_bare_amounts else "")]],
                          fam_rows))
    segs: list = ["Le montant global des concours financiers prévisionnels de l'ANRU s'élève à ", Money(anru)]
    parts = [(q, p.financing["ANRU"][q.code]) for q in p.quartiers]
    if len(parts) > 1:
        segs.append(", dont ")
        for i, (q, v) in enumerate(parts):
            segs += [Money(v), f" pour le quartier {q.name}"]
            segs.append(", " if i < len(parts) - 2 else " et " if i == len(parts) - 2 else "")
    segs.append(". Le coût total du programme est estimé à ")
    segs += [Money(total), "."]
    out.append(Para(segs))
    return out


def financing_blocks4(p: Project, w: Wording) -> list[Block]:
    """Layout set 4: the financing table transposed (quartiers as rows) and/or its amounts bare
    under a unit printed in the corner cell and the sentence before the table."""
    unit, fmt = FIN_UNIT.get(w.fin_unit, ("", None))
    caption_unit = f" ({unit})" if w.fin_unit == "kcaption" else ""
    if caption_unit:
        unit = ""
    cell = fmt or ((lambda v: _bare(v)) if w.table_bare_amounts else Money)
    money = lambda v: cell(v) if v else "–"  # noqa: E731
    codes = [q.code for q in p.quartiers]
    several = len(codes) > 1
    corner = f"Financeurs ({unit})" if unit else "Financeurs"
    grand = round(sum(sum(r.values()) for r in p.financing.values()), 2)
    if w.fin_form == "transposed":
        corner = f"Quartier ({unit})" if unit else "Quartier"
        header = [[corner] + list(p.financing) + ["Total"]]
        rows = []
        for q in p.quartiers:
            rows.append([qname(q)] + [money(p.financing[f][q.code]) for f in p.financing]
                        + [money(round(sum(p.financing[f][q.code] for f in p.financing), 2))])
        total_rows = []
        if several:
            total_rows = [len(rows)]
            rows.append(["Total"] + [money(round(sum(p.financing[f].values()), 2)) for f in p.financing]
                        + [money(grand)])
    else:
        header = [[corner] + [qname(q) for q in p.quartiers] + (["Total"] if several else [])]
        rows = []
        for f, row in p.financing.items():
            cells: list = [f] + [money(row[c]) for c in codes]
            if several:
                cells.append(money(round(sum(row.values()), 2)))
            rows.append(cells)
        tot: list = ["Total"] + [money(round(sum(p.financing[f][c] for f in p.financing), 2)) for c in codes]
        if several:
            tot.append(money(grand))
        total_rows = [len(rows)]
        rows.append(tot)
    anru = round(sum(p.financing["ANRU"].values()), 2)
    by = "par quartier et par financeur" if w.fin_form == "transposed" else "par financeur et par quartier"
    out: list[Block] = [
        Para([f"Le plan de financement prévisionnel des opérations programmées s'établit comme suit, {by}"
              + (f" (montants {unit})" if unit else "") + " :"]),
        TableB("Plan de financement prévisionnel par financeur et par quartier" + caption_unit, header, rows,
               total_rows=total_rows),
    ]
    if w.family_table:
        fam_rows = []
        for k, label in TYPE_WORDS.items():
            v = round(sum(o.amount for o in p.operations if o.type == k), 2)
            if v:
                fam_rows.append([label, money(v)])
        out.append(TableB("" if w.back_to_back else "Concours financiers de l'ANRU par famille d'opérations"
                          + caption_unit,
                          [["Famille d'opérations", "Concours ANRU" + (f" ({unit})" if unit else "")
                            + (" (k€)" if caption_unit and w.back_to_back else "")]],
                          fam_rows))
    segs: list = ["Le montant global des concours financiers prévisionnels de l'ANRU s'élève à ", Money(anru)]
    parts = [(q, p.financing["ANRU"][q.code]) for q in p.quartiers]
    if len(parts) > 1:
        segs.append(", dont ")
        for i, (q, v) in enumerate(parts):
            segs += [Money(v), f" pour le quartier {q.name}"]
            segs.append(", " if i < len(parts) - 2 else " et " if i == len(parts) - 2 else "")
    segs.append(". Le coût total du programme est estimé à ")
    segs += [Money(grand), "."]
    out.append(Para(segs))
    return out


def op_calendar(p: Project, plan: AvenantPlan | None = None, w: Wording | None = None) -> list[Block]:
    out = [Para(["Le calendrier opérationnel prévisionnel des opérations figure en annexe C1. Le lancement "
                 "opérationnel de chaque opération est indiqué, par semestre, dans le tableau de l'article 8.1."])]
    # The avenant rewrites 8.2 only when it rewrites article 8 as a whole (not per family).
    if plan is not None and w is not None and w.nest_8 and w.rewrite_82 and not w.op_by_family:
        out.append(Para([f"Les opérations intégrées par l'avenant n°{p.avenant_number} sont lancées au plus tard "
                         f"au {plan.added[0].start}, sous réserve de l'engagement de leurs maîtres d'ouvrage."]))
    return out


# --- the convention -----------------------------------------------------------------

def convention(p: Project, w: Wording, seed: int, plan: AvenantPlan | None = None, struct=None) -> Written:
    """The convention as signed (plan None) or as consolidated with the avenant; ``struct`` (a
    conv_legis_struct.Struct) holds the structural edits of a legislative avenant."""
    rng_for = lambda key: random.Random(f"{seed}:{key}")  # noqa: E731
    heads = dict(ARTICLES)
    if plan and plan.renamed:
        heads[plan.renamed[0]] = plan.renamed[2]
    b: list[Block] = []
    b.append(Para(["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"], align="center", bold=True, big=True))
    b.append(Para([f"de la {p.agglo}"], align="center", bold=True, big=True))
    b.append(Para([f"Convention n° {p.number} cofinancée par l'ANRU dans le cadre du NPNRU"], align="center"))
    if plan:
        b.append(Para([f"Version consolidée intégrant l'avenant n°{p.avenant_number} signé le "
                       f"{date_fr(plan.date, w.date_form)}"], align="center"))
    b.append(Break("page"))
    b.append(Para(["Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au nouveau "
                   "programme national de renouvellement urbain (RGA NPNRU),"]))
    b.append(Para(["Vu le règlement financier (RF) de l'ANRU relatif au NPNRU,"]))
    b += parties_block(p, w, avenant=False)
    b.append(Heading("plain", None, "PRÉAMBULE", 1))
    b.append(Para([f"Les pièces constitutives de la présente convention pluriannuelle sont la présente convention "
                   f"et ses annexes. Le dossier a été examiné par le comité d'engagement de l'ANRU du "
                   f"{date_fr(p.ce_dates[0], w.date_form)}."]))
    b.append(Heading("titre", "I", TITRES["I"], 1))
    b += quartiers_block(p)
    current_titre = "I"
    for num in ARTICLES:
        top = num.split(".")[0]
        if struct is not None and plan and struct.inserted and "." not in num \
                and struct.inserted[0] == str(int(top) - 1):
            b += struct.inserted_blocks()        # after the article it follows and its sub-articles
        if "." not in num and TITRE_OF[top] != current_titre:
            current_titre = TITRE_OF[top]
            b.append(Heading("titre", current_titre, TITRES[current_titre], 1))
        level = 2 + num.count(".")
        rng = rng_for(num)
        if not has_article(seed, num):
            continue
        if struct is not None and not struct.present(num, plan is not None):
            continue
        body = article_body(p, w, num, rng, plan)
        if struct is not None:
            body = struct.body(num, body, plan is not None)
        b.append(Heading("article", struct.number(num, plan is not None) if struct else num, heads[num], level))
        b += body
    b.append(Para([f"Fait à {p.communes[0]}, le {date_fr(plan.date if plan else p.signature_date, w.date_form)}"]))
    b.append(Para([f"Pour la {p.agglo}, le Président, {p.president}"]))
    for c in p.communes:
        b.append(Para([f"Pour la commune de {c}, le Maire, {p.mayors[c]}"]))
    for bl in p.bailleurs:
        b.append(Para([f"Pour {bl.name}, {bl.signatory}"]))
    b.append(Break("page"))
    b.append(Heading("plain", None, "ANNEXES", 1))
    for code, title in p.annexes:
        b.append(Heading("annexe", code, title, 2))
        if plan and plan.replaced_annex and code == plan.replaced_annex[0]:
            b.append(Para([f"Document joint à la présente convention, dans sa version modifiée par l'avenant "
                           f"n°{p.avenant_number}."]))
        else:
            b.append(Para(["Document joint à la présente convention."]))
    return Written(b, entities=entities(p))


def article_body(p: Project, w: Wording, num: str, rng: random.Random, plan: AvenantPlan | None) -> list[Block]:
    if num in ("2", "4", "5", "7", "8"):
        return [] if rng.random() < 0.5 else _body(rng, p, "cette démarche", 1)
    if num == "2.2" and plan and plan.renamed and w.rename_form == "renamed":
        return renamed_22_text(p)
    if num == "4.1":
        return synthesis_41(p, w)
    if num == "5.2":
        return [Para([f"Les contreparties mises à disposition du groupe Action Logement correspondent à "
                      f"{p.contreparties_droits} droits de réservation de logements locatifs sociaux et à des "
                      f"terrains cédés à l'euro symbolique à Foncière Logement."])]
    if num == "6":
        return [Para([f"Le relogement concerne environ {p.relogement_menages} ménages. La charte de relogement de la "
                      f"{p.agglo} fixe les engagements des bailleurs : ", Money(rng.choice([150000, 250000, 320000])),
                      " sont consacrés à l'accompagnement social des ménages."])] + _body(rng, p, "cette démarche", 1)
    if num == "8.1":
        t = operations_table(p, w, "8.1")
        intro: list = ["Les opérations cofinancées par l'ANRU au titre de la présente convention sont les suivantes"]
        if w.footnotes:
            intro.append(Note("Montants prévisionnels ; les dates de lancement sont indiquées par semestre."))
        intro.append(" :")
        out: list[Block] = [Para(intro)]
        if w.op_by_family:
            for k, ft in family_tables(p, w):
                out.append(Para([f"Les opérations « {FAMILY_PHRASE[k]} » :"]))
                out += [Break("landscape"), ft, Break("portrait")] if ft.wide else [ft]
            return out
        if t.wide:
            out += [Break("landscape"), t, Break("portrait")]
        else:
            out.append(t)
        return out
    if num == "8.2":
        return op_calendar(p, plan, w)
    if num == "9":
        return financing_blocks(p, w)
    if num == "7.1" and rng.random() < 0.5:
        return _body(rng, p, "cette démarche", 2) + [Bullets([["un comité de pilotage stratégique deux fois par an ;"],
                                                              ["un comité technique mensuel ;"],
                                                              ["une revue de projet annuelle avec l'ANRU."]])]
    return _body(rng, p, "cette démarche", rng.randint(1, 3))


def renamed_22_text(p: Project) -> list[Block]:
    return [Para([f"Les objectifs urbains du projet intègrent désormais la transition écologique : "
                  f"désimperméabilisation des sols, renaturation des espaces libérés par les démolitions et "
                  f"réemploi des matériaux, sur l'ensemble des quartiers de la {p.agglo}."])]


# --- the avenant ---------------------------------------------------------------------

def _of(body: str) -> str:
    """ "de la Commune de X" / "de l'OPH X" / "de X Habitat"."""
    if body.startswith(("Commune", "Communauté", "Métropole")):
        return f"de la {body[0].lower()}{body[1:]}" if body.startswith("Commune ") else f"de la {body}"
    return f"de l'{body}" if body[0] in "AEIOUÉ" else f"de {body}"


def _op_phrase(o: Operation) -> str:
    return f"{o.libelle[0].lower()}{o.libelle[1:]} à {o.commune}"


def has_article(seed: int, num: str) -> bool:
    """Whether the convention prints the optional article ``num`` (4.2, 8.2)."""
    return not (num in ("4.2", "8.2") and random.Random(f"{seed}:opt{num}").random() < 0.3)


def avenant(p: Project, p2: Project, plan: AvenantPlan, w: Wording, seed: int) -> Written:
    n = p.avenant_number
    has_82 = has_article(seed, "8.2")
    b: list[Block] = []
    am: list[dict] = []

    def amend(target, kind, action, section, new_heading=None, placeholder=False):
        am.append({"target": target, "target_kind": kind, "action": action, "new_heading": new_heading,
                   "placeholder": placeholder, "section": section})

    b.append(Para([f"AVENANT N°{n} À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"], align="center",
                  bold=True, big=True))
    b.append(Para([f"de la {p.agglo}"], align="center", bold=True, big=True))
    b.append(Para(["cofinancé par l'ANRU dans le cadre du nouveau programme national de renouvellement urbain"],
                  align="center"))
    b.append(Break("page"))
    b.append(Para(["Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au nouveau "
                   "programme national de renouvellement urbain (RGA NPNRU), en vigueur au jour de la signature "
                   "du présent avenant,"]))
    b.append(Para(["Vu le règlement financier (RF) de l'ANRU relatif au NPNRU en vigueur au jour de la signature "
                   "du présent avenant,"]))
    b += parties_block(p2, w, avenant=True)
    b.append(Heading("article", "1", "Identification de la convention pluriannuelle", 1))
    qs = ", ".join(f"{q.name} à {q.commune}" for q in p.quartiers)
    b.append(Para([f"La convention pluriannuelle du projet de renouvellement urbain de la {p.agglo} (n°{p.number}), "
                   f"portant sur les quartiers {qs}, et dont le dossier a été examiné par le comité d'engagement de "
                   f"l'ANRU en date du {date_fr(p.ce_dates[0], w.date_form)}, a été signée le "
                   f"{date_fr(p.signature_date, w.date_form)}."]))
    b.append(Para(["Cette convention pluriannuelle peut faire l'objet de modifications au cours de son exécution "
                   "conformément à l'article 7.2 du titre III du RGA NPNRU."]))
    b.append(Heading("article", "2", "Objet de l'avenant", 1))
    b.append(Para(["L'objet du présent avenant consiste en l'intégration des évolutions suivantes :"]))
    items = []
    for o in plan.added:
        items.append([f"Financement d'une nouvelle opération : {_op_phrase(o)},"])
    for o in plan.removed:
        items.append([f"Retrait de l'opération {_op_phrase(o)} ({o.idtop}),"])
    for before, after in plan.modified:
        items.append([f"Actualisation du coût de l'opération {_op_phrase(before)},"])
    if plan.added_party:
        items.append([f"Intégration de l'association {plan.added_party.name} en qualité de maître d'ouvrage,"])
    items.append([f"Évolution de l'intitulé et du contenu de l'article {plan.renamed[0]},"])
    if w.annex_in_objet:
        c2 = plan.replaced_annex
        items.append([f"Mise à jour de l'annexe {c2[0]} {c2[1][0].lower()}{c2[1][1:]},"])
        if plan.added_annex:
            items.append([f"Intégration de l'annexe {plan.added_annex[0]} {plan.added_annex[1].lower()},"])
        items.append([f"Abrogation de l'annexe {plan.repealed_annex[0]} {plan.repealed_annex[1].lower()}."])
        amend(c2[0], "annexe", "replace", "2")
        if plan.added_annex:
            amend(plan.added_annex[0], "annexe", "insert", "2")
        amend(plan.repealed_annex[0], "annexe", "repeal", "2")
    b.append(Bullets(items))
    b.append(Para([f"Ces évolutions ont été examinées par le comité d'engagement du {date_fr(plan.ce_date, w.date_form)}."]))
    b.append(Heading("article", "3", "Modifications de la convention pluriannuelle", 1))
    b.append(Para(["La convention mentionnée à l'article 1 du présent avenant est modifiée dans les conditions "
                   "ci-après :"]))
    k = 0

    def sub(title: str) -> str:
        nonlocal k
        k += 1
        b.append(Heading("article", f"3.{k}", title, 2))
        return f"3.{k}"

    def replaced(num: str, sec: str, body: list[Block], intro_form: int = 0) -> None:
        forms = [f"L'article {num} « {ARTICLES[num]} » est modifié et désormais rédigé comme suit :",
                 f"L'article {num} « {ARTICLES[num]} » est modifié et dorénavant rédigé comme suit :",
                 f"L'article {num} est ainsi rédigé :"]
        b.append(Para([forms[intro_form % len(forms)]]))
        b.extend(body)
        amend(num, "article", "replace", sec)

    def unchanged(num: str, sec: str) -> None:
        b.append(Para([f"L'article {num} « {ARTICLES[num]} » est modifié et désormais rédigé comme suit :"]))
        b.append(Para(["Sans objet"]))
        amend(num, "article", "unchanged", sec)

    rng = random.Random(f"{seed}:avenant")
    # Article 2 of the convention: the renamed sub-article (and 2.1 when unchanged).
    sec = sub(f"Modification de l'article 2 du titre II « {ARTICLES['2']} »")
    if "2.1" in plan.unchanged:
        unchanged("2.1", sec)
    num, old, new = plan.renamed
    if w.rename_form == "renamed":
        b.append(Para([f"L'article {num} renommé « {new} » de la convention pluriannuelle est modifié et "
                       f"dorénavant rédigé comme suit :"]))
        b.extend(renamed_22_text(p))
    else:
        b.append(Para([f"L'intitulé de l'article {num} est remplacé par « {new} »."]))
    amend(num, "article", "rename", sec, new_heading=new)
    if "3" in plan.unchanged:
        sub(f"Modification de l'article 3 du titre II « {ARTICLES['3']} »")
        b.append(Para(["Sans objet"]))
        amend("3", "article", "unchanged", f"3.{k}")
    sec = sub(f"Modification de l'article 4 du titre II « {ARTICLES['4']} »")
    replaced("4.1", sec, synthesis_41(p2, w), rng.randint(0, 2))
    if "5.1" in plan.unchanged:
        sec = sub(f"Modification de l'article 5 du titre II « {ARTICLES['5']} »")
        unchanged("5.1", sec)
    if "6" in plan.unchanged:
        sub(f"Modification de l'article 6 du titre II « {ARTICLES['6']} »")
        b.append(Para(["Sans objet"]))
        amend("6", "article", "unchanged", f"3.{k}")
    if "7.1" in plan.unchanged or "7.2" in plan.unchanged:
        sec = sub(f"Modification de l'article 7 du titre II « {ARTICLES['7']} »")
        for s in ("7.1", "7.2"):
            if s in plan.unchanged:
                unchanged(s, sec)
    vr = random.Random(f"{seed}:avenant-variants")
    if w.nest_8 and not w.op_by_family:
        sec = sub(f"Modification de l'article 8 du titre III « {ARTICLES['8']} »")
    else:
        sec = sub(f"Modification de l'article 8.1 du titre III « {ARTICLES['8.1']} »")
    t = operations_table(p2, w, "8.1")
    if w.op_by_family:
        touched = {o.type for o in plan.added + plan.removed} | {a.type for _, a in plan.modified}
        for fam, ft in family_tables(p2, w, touched):
            b.append(Para([f"Les opérations « {FAMILY_PHRASE[fam]} » sont modifiées et désormais présentées comme suit :"]))
            if vr.random() < 0.5:
                b.append(Break("page"))      # the table often starts on the next page
            b += [Break("landscape"), ft, Break("portrait")] if ft.wide else [ft]
            amend("8.1", "article", "replace", sec)
    elif w.table_instruction:
        b.append(Para(["Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :"]))
        amend("8.1", "article", "replace", sec)
        b += [Break("landscape"), t, Break("portrait")] if t.wide else [t]
    else:
        replaced("8.1", sec, [Para(["Les opérations cofinancées par l'ANRU au titre de la présente convention sont "
                                    "les suivantes :"])] + ([Break("landscape"), t, Break("portrait")] if t.wide else [t]),
                 rng.randint(0, 2))
    if w.nest_8 and not w.op_by_family and has_82:
        if w.rewrite_82:
            replaced("8.2", sec, op_calendar(p2, plan, w), vr.randint(0, 1))
        else:
            b.append(Para([f"L'article 8.2 « {ARTICLES['8.2']} » : Sans objet"]))
            amend("8.2", "article", "unchanged", sec)
    sec = sub(f"Modification de l'article 9 du titre III « {ARTICLES['9']} »")
    replaced("9", sec, financing_blocks(p2, w), rng.randint(0, 2))
    if "10" in plan.unchanged:
        sub(f"Modification de l'article 10 du titre III « {ARTICLES['10']} »")
        b.append(Para(["Sans objet"]))
        amend("10", "article", "unchanged", f"3.{k}")
    if not w.annex_in_objet:
        sec = sub("Modification des annexes")
        c2 = plan.replaced_annex
        b.append(Para([f"L'annexe {c2[0]} « {c2[1]} » est remplacée par l'annexe {c2[0]} jointe au présent avenant."]))
        amend(c2[0], "annexe", "replace", sec)
        if plan.added_annex:
            b.append(Para([f"Il est ajouté une annexe {plan.added_annex[0]} « {plan.added_annex[1]} »."]))
            amend(plan.added_annex[0], "annexe", "insert", sec)
        b.append(Para([f"L'annexe {plan.repealed_annex[0]} est abrogée."]))
        amend(plan.repealed_annex[0], "annexe", "repeal", sec)
    b.append(Heading("article", "4", "Date d'effet et mesure d'ordre", 1))
    b.append(Para(["Le présent avenant prend effet à compter de la date de signature par la dernière des Parties. "
                   "Les dispositions de la convention pluriannuelle non modifiées par le présent avenant demeurent "
                   "applicables."]))
    b.append(Heading("article", "5", "Annexes", 1))
    b.append(Para(["Sont jointes au présent avenant les annexes suivantes :"]))
    ann = [[f"{plan.replaced_annex[0]} – {plan.replaced_annex[1]}"]]
    if plan.added_annex:
        ann.append([f"{plan.added_annex[0]} – {plan.added_annex[1]}"])
    b.append(Bullets(ann))
    b.append(Para([f"Fait à {p.communes[0]}, le {date_fr(plan.date, w.date_form)}"]))
    b.append(Para([f"Pour la {p.agglo}, le Président, {p.president}"]))
    for bl in p2.bailleurs:
        b.append(Para([f"Pour {bl.name}, {bl.signatory}"]))
    return Written(b, amendments=am, entities=entities(p2))
