"""The facts of one invented NPNRU project, drawn from a seed: the agglomeration,
its communes and QPV quartiers, the bailleurs, the people who sign, the
programmed operations and their financing, and the changes an avenant makes.

Everything here is content; how it is worded is conv_content.py, how it is
typeset is conv_layout.py / conv_docx.py. Every place, body and person is
invented (no real project is described)."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from dataclasses import dataclass, field

# --- pools ------------------------------------------------------------------

AGGLO_KINDS = [("Communauté d'Agglomération", "CA"), ("Communauté urbaine", "CU"),
               ("Métropole", "M"), ("Communauté de communes", "CC")]
# (name, as written after "Communauté d'Agglomération")
AGGLO_NAMES = [("Val de Lestrée", "du Val de Lestrée"), ("Pays de Morvaux", "du Pays de Morvaux"),
               ("Haute-Scarpe", "de la Haute-Scarpe"), ("Bassin de la Sorgue", "du Bassin de la Sorgue"),
               ("Coteaux de l'Aumance", "des Coteaux de l'Aumance"), ("Portes de l'Oise", "des Portes de l'Oise"),
               ("Vallée de la Thure", "de la Vallée de la Thure"), ("Grand Belmont", "du Grand Belmont"),
               ("Pays d'Orvanne", "du Pays d'Orvanne"), ("Rives de la Brêche", "des Rives de la Brêche"),
               ("Plaine de l'Escaut", "de la Plaine de l'Escaut"), ("Cœur de Gâtine", "de Cœur de Gâtine"),
               ("Pays de Valmy", "du Pays de Valmy"), ("Terres de Hallue", "des Terres de Hallue"),
               ("Lens-Orvillers", "de Lens-Orvillers"), ("Aubrac-Margeride", "d'Aubrac-Margeride")]
COMMUNES = ["Bréval-sur-Lys", "Hautmont-les-Mines", "Saint-Aubin-des-Prés", "Marcillac",
            "Fontenoy-la-Côte", "Vernay", "Roquelaure", "Courtenay-sur-Orge", "Aubigny-le-Haut",
            "Sainte-Marthe-de-Scarpe", "Lormes", "Valcourt", "Bellerive", "Montreuil-la-Forge",
            "Pont-de-Thure", "Villers-Saint-Amand", "Hallencourt", "Rosières-en-Brêche",
            "Neuvelle", "Saint-Léger-lès-Morvaux"]
QUARTIER_NAMES = ["Les Hauts de {c}", "La Cité du {n}", "Le Plateau", "Les Peupliers", "Le Champ de Mars",
                  "La Briqueterie", "Les Provinces", "Le Bois Joli", "La Source", "Les Castors",
                  "Le Moulin", "Les Aubépines", "La Côte Rouge", "Le Val Fleuri", "Les Terrasses",
                  "Le Clos Saint-Jean", "La Madeleine", "Les Sablons"]
DEPARTMENTS = ["59", "62", "80", "02", "57", "69", "76", "33", "44", "67", "21", "45"]
BAILLEUR_FORMS = [("OPH {a}", "Office public de l'habitat", "son Directeur Général"),
                  ("{w} Habitat", "SA d'HLM", "son Directeur Général"),
                  ("Logis {w}", "SA d'HLM", "sa Directrice Générale"),
                  ("Immobilière {w}", "SA d'HLM", "son Président du Directoire"),
                  ("{w} Logement", "Société anonyme d'HLM", "sa Directrice Générale"),
                  ("Maisons de {w}", "société coopérative d'HLM", "son Directeur Général")]
BAILLEUR_WORDS = ["Horizon", "Aquilon", "Sévigné", "Trois Vallées", "Marelle", "Clairval", "Arcades",
                  "Néolis", "Ternois", "Solvéa", "Beauséjour", "Vauban", "Armor", "Alizé"]
ASSOCIATIONS = ["Les Jardins de Cocagne {of}", "La Ferme des Possibles", "Récup'Action",
                "Atelier Solidaire {of}", "Les Compagnons Bâtisseurs {of}"]
FIRST = ["Jean", "Marie", "Philippe", "Nathalie", "Alain", "Sylvie", "Christophe", "Isabelle", "Laurent",
         "Valérie", "Pascal", "Sandrine", "Bernard", "Hélène", "Didier", "Catherine", "Olivier", "Anne",
         "Thierry", "Véronique", "Frédéric", "Agnès", "Hervé", "Claire"]
LAST = ["DUPRÉ", "MARCHAND", "LEFEBVRE-ROUX", "CARPENTIER", "VASSEUR", "DELATTRE", "POTTIER", "DEVAUX",
        "HENNEBERT", "LAGACHE", "MOREL", "BOUCHEZ", "DUMONT", "TAVERNIER", "LECLERCQ", "FONTAINE",
        "GALLOIS", "BERTIN", "PRUVOST", "AMRANI", "N'DIAYE", "DA SILVA", "KOWALSKI", "BENOIT"]
SITE_KINDS = ["tour", "barre", "résidence", "immeuble", "îlot", "ensemble"]
SITE_NAMES = ["des Frênes", "Vauban", "Les Tilleuls", "Jonquilles", "Pasteur", "du Parc", "Mozart", "Ravel",
              "Les Glycines", "Berlioz", "Les Acacias", "Curie", "Les Cèdres", "Lamartine", "Les Mimosas",
              "Rimbaud", "Debussy", "Les Lilas", "Colbert", "Les Érables", "Verlaine", "Lavoisier",
              "Les Hortensias", "Bizet", "Les Marronniers", "Fauré", "Les Capucines", "Mansart"]
STREETS = ["rue Jean Jaurès", "avenue de la République", "rue Victor Hugo", "place du Marché", "mail central",
           "rue Émile Zola", "boulevard Salengro", "rue Pierre Brossolette", "place de la Liberté",
           "allée des Sports", "rue du 8 Mai 1945", "chemin des Dames"]
EQUIPEMENTS = [("Reconstruction du groupe scolaire {p}", "groupe scolaire {p}"),
               ("Création d'une maison de santé {p}", "maison de santé {p}"),
               ("Extension du centre social {p}", "centre social {p}"),
               ("Réhabilitation du gymnase {p}", "gymnase {p}"),
               ("Création d'une médiathèque de quartier {p}", "médiathèque {p}")]
PATRONS = ["Jean Macé", "Louise Michel", "Paul Langevin", "Jules Ferry", "Simone Veil", "Pablo Neruda",
           "Marie Curie", "Jacques Prévert", "Nelson Mandela", "Lucie Aubrac"]
FINANCEURS = ["ANRU", "Action Logement", "Région", "Département", "EPCI", "Communes",
              "Organismes HLM", "Banque des Territoires", "FEDER", "Autres"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]

# IDTOP family code by operation type (the nomenclature's "21" demolition, "24" aménagement ...).
FAMILY = {"ingenierie": 14, "demolition": 21, "amenagement": 24, "reconstitution": 31,
          "requalification": 33, "residentialisation": 34, "equipement": 37, "immobilier_economique": 38}


# --- facts ------------------------------------------------------------------

@dataclass
class Quartier:
    name: str
    code: str           # "QP062019"
    commune: str
    interest: str       # "national" | "régional"


@dataclass
class Body:
    """An organisation that signs (a party) or is associated."""
    name: str
    legal: str = ""            # "SA d'HLM"
    represented_by: str = ""   # "son Directeur Général"
    signatory: str = ""        # "Jean DUPRÉ" (signature block)


@dataclass
class Operation:
    idtop: str
    type: str
    libelle: str
    name: str                   # the site, as a reader would name it
    commune: str
    quartier: str               # QPV code
    maitre_ouvrage: str
    logements: int | None
    amount: float               # ANRU subsidy
    base: float                 # assiette subventionnable
    start: str                  # "S1 2024"


@dataclass
class Project:
    agglo: str                  # "Communauté d'Agglomération du Val de Lestrée"
    agglo_short: str            # "CAVL"
    agglo_of: str               # "du Val de Lestrée"
    number: str                 # "C0688"
    dept: str
    quartiers: list[Quartier]
    communes: list[str]
    bailleurs: list[Body]
    other_mo: list[Body]        # associations, SEM that own operations
    president: str
    prefet: str
    mayors: dict[str, str]
    signature_date: dt.date
    ce_dates: list[dt.date]
    operations: list[Operation]
    financing: dict[str, dict[str, float]]   # financeur -> quartier code -> amount
    annexes: list[tuple[str, str]]           # ("A8", "Plan guide du projet")
    contreparties_droits: int
    relogement_menages: int
    avenant_number: int = 1


@dataclass
class AvenantPlan:
    """What avenant n°k changes; applying it to a Project gives the consolidated one."""
    added: list[Operation] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    modified: list[tuple[Operation, Operation]] = field(default_factory=list)   # (before, after)
    renamed: tuple[str, str, str] | None = None      # (number, old heading, new heading)
    unchanged: list[str] = field(default_factory=list)   # article numbers answered "Sans objet"
    repealed_annex: tuple[str, str] | None = None
    added_annex: tuple[str, str] | None = None
    replaced_annex: tuple[str, str] | None = None
    added_party: Body | None = None
    date: dt.date | None = None
    ce_date: dt.date | None = None


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _amount(rng: random.Random, lo: float, hi: float, cents: bool) -> float:
    v = rng.uniform(lo, hi)
    step = rng.choice([1000, 5000, 10000, 100])
    v = round(v / step) * step
    if cents and rng.random() < 0.35:
        v += rng.randint(1, 99) / 100
    return round(v, 2)


def _site(rng: random.Random, used: set[str]) -> str:
    for _ in range(50):
        s = f"{rng.choice(SITE_KINDS)} {rng.choice(SITE_NAMES)}"
        if s not in used:
            used.add(s)
            return s
    return s


def _semester(rng: random.Random, year0: int) -> str:
    return f"S{rng.randint(1, 2)} {year0 + rng.randint(0, 5)}"


def draw_operation(rng: random.Random, p_number: str, seq: int, kind: str, q: Quartier,
                   mo: str, agglo: str, used: set[str], cents: bool, year0: int) -> Operation:
    idtop = f"{p_number}-{FAMILY[kind]}-{seq:04d}"
    lg = None
    if kind == "demolition":
        site = _site(rng, used)
        lg = rng.randint(12, 180)
        lib = f"Démolition de {_le(site)} ({lg} logements)"
        amount = _amount(rng, 14000 * lg, 32000 * lg, cents)
    elif kind == "requalification":
        site = _site(rng, used)
        lg = rng.randint(20, 220)
        lib = f"Requalification de {_le(site)} ({lg} logements)"
        amount = _amount(rng, 6000 * lg, 18000 * lg, cents)
    elif kind == "residentialisation":
        site = _site(rng, used)
        lg = rng.randint(20, 200)
        lib = f"Résidentialisation de {_le(site)} ({lg} logements)"
        amount = _amount(rng, 2000 * lg, 6000 * lg, cents)
    elif kind == "reconstitution":
        lg = rng.randint(10, 80)
        site = f"{rng.choice(['programme', 'opération', 'résidence'])} {rng.choice(SITE_NAMES)}"
        used.add(site)
        plai = rng.randint(lg // 3, lg * 2 // 3)
        lib = f"Reconstitution de l'offre – {_le(site)} ({lg} logements : {plai} PLAI et {lg - plai} PLUS)"
        amount = _amount(rng, 8000 * lg, 16000 * lg, cents)
    elif kind == "amenagement":
        street = rng.choice([s for s in STREETS if s not in used] or STREETS)
        used.add(street)
        site = street
        lib = f"Aménagement {_de(street)} et des espaces publics attenants"
        amount = _amount(rng, 400000, 4500000, cents)
        mo = agglo if rng.random() < 0.6 else mo
    elif kind == "equipement":
        lib_t, site_t = rng.choice(EQUIPEMENTS)
        patron = rng.choice(PATRONS)
        lib, site = lib_t.format(p=patron), site_t.format(p=patron)
        amount = _amount(rng, 300000, 3000000, cents)
    elif kind == "immobilier_economique":
        site = f"centre commercial {rng.choice(['du Marché', 'de la Place', 'des Halles', 'Saint-Jean'])}"
        lib = f"Création du {site}"
        amount = _amount(rng, 300000, 2000000, cents)
    else:  # ingenierie
        site, lib = rng.choice([("conduite de projet", "Conduite du projet de renouvellement urbain"),
                                ("études urbaines", "Études urbaines et plan guide"),
                                ("accompagnement des ménages", "Accompagnement des ménages relogés")])
        amount = _amount(rng, 80000, 600000, cents)
        mo = agglo
    base = round(amount / rng.choice([0.35, 0.4, 0.5, 0.6, 0.25]), 2)
    return Operation(idtop, kind, lib, site, q.commune, q.code, mo, lg, amount, base, _semester(rng, year0))


def _le(site: str) -> str:
    if site[0].lower() in "aeiouéèîy":
        return f"l'{site}"
    fem = site.split()[0] in ("tour", "barre", "résidence", "opération")
    return f"{'la' if fem else 'le'} {site}"


def _de(street: str) -> str:
    if street[0] in "aeiouéèîy":
        return f"de l'{street}"
    fem = street.split()[0] in ("rue", "avenue", "place", "allée")
    return f"de la {street}" if fem else f"du {street}"


def draw_project(rng: random.Random) -> Project:
    kind, _ = rng.choice(AGGLO_KINDS)
    name, of = rng.choice(AGGLO_NAMES)
    agglo = f"{kind} {of}"
    short = "".join(w[0] for w in agglo.replace("'", " ").split() if w[0].isupper())
    dept = rng.choice(DEPARTMENTS)
    n_communes = rng.choice([1, 2, 2, 3])
    communes = rng.sample(COMMUNES, n_communes)
    quartiers: list[Quartier] = []
    used_q: set[str] = set()
    codes: set[str] = set()
    n_q = max(n_communes, rng.choice([1, 2, 3]))
    for i in range(n_q):
        c = communes[i % n_communes]
        for _ in range(20):
            qn = rng.choice(QUARTIER_NAMES).format(c=c.split("-")[0], n=rng.randint(2, 14))
            if qn not in used_q:
                break
        used_q.add(qn)
        code = f"QP0{dept}{rng.randint(1, 60):03d}"
        while code in codes:
            code = f"QP0{dept}{rng.randint(1, 60):03d}"
        codes.add(code)
        quartiers.append(Quartier(qn, code, c, "national" if i == 0 or rng.random() < 0.3 else "régional"))
    words = rng.sample(BAILLEUR_WORDS, 4)
    bailleurs = []
    for i in range(rng.choice([2, 3, 3, 4])):
        form, legal, rep = rng.choice(BAILLEUR_FORMS)
        nm = form.format(a=name, w=words[i])
        if form.startswith("OPH"):
            nm = f"OPH {name}" if i == 0 else f"OPH {words[i]}"
        bailleurs.append(Body(nm, legal, rep, person(rng)))
    number = f"C{rng.randint(100, 999):04d}"
    year = rng.randint(2019, 2022)
    sig = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    ce = [dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28))]
    if rng.random() < 0.5:
        ce.append(dt.date(year - 1 if ce[0].month < 6 else year, rng.randint(1, 12), rng.randint(1, 28)))
        ce.sort()
    cents = rng.random() < 0.5
    used: set[str] = set()
    ops: list[Operation] = []
    seq = 1
    for q in quartiers:
        kinds = ["demolition"] * rng.randint(1, 2) + ["requalification"] * rng.randint(0, 1) + \
                ["residentialisation"] * rng.randint(0, 1) + ["reconstitution"] * rng.randint(0, 1) + \
                ["amenagement"] + ["equipement"] * rng.randint(0, 1)
        if rng.random() < 0.2:
            kinds.append("immobilier_economique")
        for k in kinds:
            mo = rng.choice(bailleurs).name
            if k in ("equipement",):
                mo = f"Commune de {q.commune}" if rng.random() < 0.7 else agglo
            ops.append(draw_operation(rng, number, seq, k, q, mo, agglo, used, cents, year))
            seq += 1
    if rng.random() < 0.6:
        ops.insert(0, draw_operation(rng, number, seq, "ingenierie", quartiers[0], agglo, agglo, used, cents, year))
        seq += 1
    financing = draw_financing(rng, quartiers, ops, cents)
    annexes = [("A1", "Plan de situation des quartiers"), ("A2", "Carte des quartiers prioritaires de l'agglomération"),
               ("A8", "Plan guide du projet urbain"), ("B1", "Description des contreparties en faveur du groupe Action Logement"),
               ("B2", "Droits de réservation en faveur d'Action Logement"), ("C1", "Calendrier opérationnel"),
               ("C2", "Tableau financier des opérations programmées"), ("C4", "Tableau financier prévisionnel global"),
               ("D1", "Convention de gestion urbaine de proximité")]
    annexes = [a for a in annexes if a[0] in ("A8", "C2", "C4") or rng.random() < 0.6]
    president = person(rng)
    mayors = {c: person(rng) for c in communes}
    other = [Body(rng.choice(ASSOCIATIONS).format(of=of), "association", "son Président", person(rng))] \
        if rng.random() < 0.4 else []
    return Project(agglo, short, of, number, dept, quartiers, communes, bailleurs, other, president,
                   person(rng), mayors, sig, ce, ops, financing, annexes,
                   contreparties_droits=rng.randint(40, 260), relogement_menages=rng.randint(60, 400))


def draw_financing(rng: random.Random, quartiers: list[Quartier], ops: list[Operation],
                   cents: bool) -> dict[str, dict[str, float]]:
    """Financeur x quartier; the ANRU row is the sum of the operations' subsidies."""
    fin: dict[str, dict[str, float]] = {}
    names = ["ANRU"] + rng.sample(FINANCEURS[1:], rng.randint(3, 6))
    names = [n for n in FINANCEURS if n in names]
    for f in names:
        row = {}
        for q in quartiers:
            if f == "ANRU":
                row[q.code] = round(sum(o.amount for o in ops if o.quartier == q.code), 2)
            else:
                row[q.code] = _amount(rng, 50000, 6000000, cents) if rng.random() < 0.85 else 0.0
        fin[f] = row
    return fin


# --- the avenant ------------------------------------------------------------

def draw_avenant(rng: random.Random, p: Project) -> AvenantPlan:
    plan = AvenantPlan()
    used = {o.name for o in p.operations}
    seq = len(p.operations) + 1
    cents = any(o.amount != int(o.amount) for o in p.operations)
    year = p.signature_date.year
    for _ in range(rng.choice([1, 1, 2])):
        q = rng.choice(p.quartiers)
        kind = rng.choice(["demolition", "demolition", "equipement", "immobilier_economique", "amenagement",
                           "requalification"])
        mo = rng.choice(p.bailleurs).name
        if kind == "equipement":
            mo = f"Commune de {q.commune}"
        plan.added.append(draw_operation(rng, p.number, seq, kind, q, mo, p.agglo, used, cents, year + 1))
        seq += 1
    if rng.random() < 0.5:
        plan.added_party = Body(rng.choice(ASSOCIATIONS).format(of=p.agglo_of),
                                "association", "son Président", person(rng))
        if plan.added_party.name in {b.name for b in p.other_mo}:
            plan.added_party = None
        else:
            plan.added[-1].maitre_ouvrage = plan.added_party.name
            if plan.added[-1].type == "demolition":
                plan.added[-1].maitre_ouvrage = plan.added_party.name
    candidates = [o for o in p.operations if o.type != "ingenierie"]
    if len(candidates) > 3 and rng.random() < 0.5:
        plan.removed.append(rng.choice(candidates))
    for o in rng.sample([c for c in candidates if c not in plan.removed], min(2, len(candidates) - 1)):
        after = copy.deepcopy(o)
        if o.logements and rng.random() < 0.5:
            after.logements = o.logements + rng.choice([-8, -4, 6, 10, 12])
            after.libelle = o.libelle.replace(f"({o.logements} ", f"({after.logements} ")
            # a reconstitution's split adds up to the new count ("(41 logements : 19 PLAI et 22 PLUS)")
            split = re.search(r"(\d+) PLAI et (\d+) PLUS", after.libelle)
            if split:
                plai = min(int(split.group(1)), after.logements)
                after.libelle = after.libelle.replace(split.group(0),
                                                      f"{plai} PLAI et {after.logements - plai} PLUS")
        after.amount = round(o.amount * rng.choice([0.9, 1.1, 1.15, 1.2, 1.25]), -2)
        if after.amount == o.amount:
            after.amount += 1000
        plan.modified.append((o, after))
    plan.renamed = ("2.2", "Les objectifs urbains du projet",
                    rng.choice(["Les objectifs urbains et environnementaux du projet",
                                "Les objectifs urbains et de transition écologique du projet",
                                "Les objectifs urbains, sociaux et environnementaux du projet"]))
    plan.unchanged = rng.sample(["2.1", "3", "5.1", "6", "7.1", "7.2", "10"], rng.randint(1, 4))
    plan.repealed_annex = next(a for a in p.annexes if a[0] == "C4")
    if rng.random() < 0.5:
        plan.added_annex = ("C5", "Fiches descriptives des nouvelles opérations")
    plan.replaced_annex = next(a for a in p.annexes if a[0] == "C2")
    plan.date = p.signature_date + dt.timedelta(days=rng.randint(500, 1000))
    plan.ce_date = plan.date - dt.timedelta(days=rng.randint(60, 200))
    return plan


def consolidate(p: Project, plan: AvenantPlan, rng: random.Random) -> Project:
    """The project as the consolidated convention describes it."""
    q = copy.deepcopy(p)
    removed = {o.idtop for o in plan.removed}
    mod = {b.idtop: a for b, a in plan.modified}
    q.operations = [copy.deepcopy(mod.get(o.idtop, o)) for o in p.operations if o.idtop not in removed]
    q.operations += [copy.deepcopy(o) for o in plan.added]
    if plan.added_party:
        q.other_mo = q.other_mo + [plan.added_party]
    q.annexes = [a for a in p.annexes if a != plan.repealed_annex]
    if plan.added_annex:
        q.annexes.append(plan.added_annex)
    # The ANRU row follows the operations; other financeurs change where an operation was added.
    for qq in q.quartiers:
        q.financing["ANRU"][qq.code] = round(sum(o.amount for o in q.operations if o.quartier == qq.code), 2)
    touched = {o.quartier for o in plan.added}
    others = [f for f in q.financing if f != "ANRU"]
    if others:
        f = rng.choice(others)
        for code in sorted(touched):   # a set of strings: its order changes with the hash seed
            q.financing[f][code] = round(q.financing[f][code] + rng.choice([150000, 240000, 390000, 75000]), 2)
    return q


def date_fr(d: dt.date, form: str) -> str:
    if form == "slash":
        return d.strftime("%d/%m/%Y")
    if form == "dots":
        return d.strftime("%d.%m.%Y")
    if form == "slash_short":          # layout set 3
        return d.strftime("%d/%m/%y")
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"
