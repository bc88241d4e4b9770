"""Content pools of generator2: communes, bodies, people, subjects, figures.

Everything is drawn from a random.Random handed in by the caller, never from
the module-level random state, so a seed fixes the whole document. The names
are made up from common French first names and surnames; they copy no person
of the real documents nor of the seed corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

# (commune, département code, agglomeration or intercommunality)
COMMUNES = [
    ("Arras", "62", "Communauté Urbaine d'Arras"),
    ("Lens", "62", "Communauté d'Agglomération de Lens-Liévin"),
    ("Liévin", "62", "Communauté d'Agglomération de Lens-Liévin"),
    ("Béthune", "62", "Communauté d'Agglomération Béthune-Bruay Artois Lys Romane"),
    ("Bruay-la-Buissière", "62", "Communauté d'Agglomération Béthune-Bruay Artois Lys Romane"),
    ("Hénin-Beaumont", "62", "Communauté d'Agglomération Hénin-Carvin"),
    ("Calais", "62", "Grand Calais Terres et Mers"),
    ("Boulogne-sur-Mer", "62", "Communauté d'Agglomération du Boulonnais"),
    ("Roubaix", "59", "Métropole Européenne de Lille"),
    ("Tourcoing", "59", "Métropole Européenne de Lille"),
    ("Denain", "59", "Communauté d'Agglomération de la Porte du Hainaut"),
    ("Maubeuge", "59", "Communauté d'Agglomération Maubeuge Val de Sambre"),
    ("Douai", "59", "Douaisis Agglo"),
    ("Creil", "60", "Agglomération Creil Sud Oise"),
    ("Beauvais", "60", "Communauté d'Agglomération du Beauvaisis"),
    ("Compiègne", "60", "Agglomération de la Région de Compiègne"),
    ("Saint-Quentin", "02", "Communauté d'Agglomération du Saint-Quentinois"),
    ("Amiens", "80", "Amiens Métropole"),
    ("Évreux", "27", "Évreux Portes de Normandie"),
    ("Le Havre", "76", "Le Havre Seine Métropole"),
    ("Saint-Étienne-du-Rouvray", "76", "Métropole Rouen Normandie"),
    ("Alençon", "61", "Communauté Urbaine d'Alençon"),
    ("Mantes-la-Jolie", "78", "Grand Paris Seine et Oise"),
    ("Les Mureaux", "78", "Grand Paris Seine et Oise"),
    ("Sarcelles", "95", "Communauté d'Agglomération Roissy Pays de France"),
    ("Argenteuil", "95", "Établissement Public Territorial Boucle Nord de Seine"),
    ("Clichy-sous-Bois", "93", "Établissement Public Territorial Grand Paris Grand Est"),
    ("Grigny", "91", "Communauté d'Agglomération Grand Paris Sud"),
    ("Évry-Courcouronnes", "91", "Communauté d'Agglomération Grand Paris Sud"),
    ("Meaux", "77", "Communauté d'Agglomération du Pays de Meaux"),
    ("Reims", "51", "Communauté Urbaine du Grand Reims"),
    ("Châlons-en-Champagne", "51", "Châlons Agglo"),
    ("Charleville-Mézières", "08", "Ardenne Métropole"),
    ("Troyes", "10", "Troyes Champagne Métropole"),
    ("Metz", "57", "Metz Métropole"),
    ("Forbach", "57", "Communauté d'Agglomération de Forbach Porte de France"),
    ("Thionville", "57", "Communauté d'Agglomération Portes de France-Thionville"),
    ("Nancy", "54", "Métropole du Grand Nancy"),
    ("Mulhouse", "68", "Mulhouse Alsace Agglomération"),
    ("Colmar", "68", "Colmar Agglomération"),
    ("Besançon", "25", "Grand Besançon Métropole"),
    ("Montbéliard", "25", "Pays de Montbéliard Agglomération"),
    ("Dijon", "21", "Dijon Métropole"),
    ("Chalon-sur-Saône", "71", "Le Grand Chalon"),
    ("Nevers", "58", "Nevers Agglomération"),
    ("Vierzon", "18", "Communauté de Communes Vierzon-Sologne-Berry"),
    ("Orléans", "45", "Orléans Métropole"),
    ("Blois", "41", "Agglopolys"),
    ("Tours", "37", "Tours Métropole Val de Loire"),
    ("Le Mans", "72", "Le Mans Métropole"),
    ("Angers", "49", "Angers Loire Métropole"),
    ("Saint-Nazaire", "44", "Saint-Nazaire Agglomération"),
    ("Rennes", "35", "Rennes Métropole"),
    ("Lorient", "56", "Lorient Agglomération"),
    ("Brest", "29", "Brest Métropole"),
    ("Poitiers", "86", "Grand Poitiers"),
    ("Châtellerault", "86", "Grand Châtellerault"),
    ("Limoges", "87", "Limoges Métropole"),
    ("Angoulême", "16", "Grand Angoulême"),
    ("Niort", "79", "Niort Agglo"),
    ("Bergerac", "24", "Communauté d'Agglomération Bergeracoise"),
    ("Agen", "47", "Agglomération d'Agen"),
    ("Montauban", "82", "Grand Montauban"),
    ("Tarbes", "65", "Communauté d'Agglomération Tarbes-Lourdes-Pyrénées"),
    ("Pau", "64", "Communauté d'Agglomération Pau Béarn Pyrénées"),
    ("Béziers", "34", "Béziers Méditerranée"),
    ("Sète", "34", "Sète Agglopôle Méditerranée"),
    ("Nîmes", "30", "Nîmes Métropole"),
    ("Alès", "30", "Alès Agglomération"),
    ("Perpignan", "66", "Perpignan Méditerranée Métropole"),
    ("Carcassonne", "11", "Carcassonne Agglo"),
    ("Narbonne", "11", "Le Grand Narbonne"),
    ("Avignon", "84", "Grand Avignon"),
    ("Arles", "13", "Arles Crau Camargue Montagnette"),
    ("Vitrolles", "13", "Métropole d'Aix-Marseille-Provence"),
    ("La Seyne-sur-Mer", "83", "Métropole Toulon Provence Méditerranée"),
    ("Fréjus", "83", "Communauté d'Agglomération Estérel Côte d'Azur"),
    ("Vénissieux", "69", "Métropole de Lyon"),
    ("Vaulx-en-Velin", "69", "Métropole de Lyon"),
    ("Villefranche-sur-Saône", "69", "Communauté d'Agglomération Villefranche Beaujolais Saône"),
    ("Grenoble", "38", "Grenoble-Alpes Métropole"),
    ("Échirolles", "38", "Grenoble-Alpes Métropole"),
    ("Valence", "26", "Valence Romans Agglo"),
    ("Annemasse", "74", "Annemasse Agglo"),
    ("Chambéry", "73", "Grand Chambéry"),
    ("Clermont-Ferrand", "63", "Clermont Auvergne Métropole"),
    ("Montluçon", "03", "Montluçon Communauté"),
    ("Le Puy-en-Velay", "43", "Communauté d'Agglomération du Puy-en-Velay"),
    ("Corte", "2B", "Communauté de Communes du Centre Corse"),
    ("Bastia", "2B", "Communauté d'Agglomération de Bastia"),
]

HLM_BAILLEURS = [
    "Pas-de-Calais Habitat", "Maisons & Cités", "SIA Habitat", "Flandre Opale Habitat",
    "Habitat du Nord", "Partenord Habitat", "Vilogia", "Oise Habitat", "OPAC de l'Oise",
    "Clésence", "Somme Habitat", "Le Foyer Rémois", "Reims Habitat", "Plurial Novilia",
    "Mon Logis", "Moselis", "Batigère", "Néolia", "Habitat 25", "Grand Dijon Habitat",
    "Tours Habitat", "Val de Loire Habitat", "Podeliha", "Archipel Habitat", "Aiguillon Construction",
    "Habitat Sud Atlantic", "Domofrance", "Mésolia", "Hérault Logement", "Un Toit Pour Tous",
    "Grand Delta Habitat", "Logirem", "13 Habitat", "Lyon Métropole Habitat", "Alliade Habitat",
    "Actis", "Alpes Isère Habitat", "Drôme Aménagement Habitat", "Ophis", "Auvergne Habitat",
    "Seine-Saint-Denis Habitat", "Emmaüs Habitat", "Valophis Habitat", "Les Résidences Yvelines Essonne",
]
HLM_FORMS = ["Office Public de l'Habitat", "OPH", "SA d'HLM", "Société Anonyme d'HLM",
             "Entreprise Sociale pour l'Habitat", "ESH", "Société Anonyme Coopérative d'HLM"]

FIRST_M = ["Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe",
           "Daniel", "Bernard", "Éric", "Frédéric", "Laurent", "Stéphane", "Olivier", "Thierry",
           "David", "Sébastien", "Julien", "Pascal", "Gérard", "Didier", "Dominique", "Franck",
           "Bruno", "Yves", "Marc", "Hervé", "Guillaume", "Jérôme", "Karim", "Mohamed", "Rachid",
           "Mehdi", "Youssef", "Thomas", "Mathieu", "Antoine", "Benoît", "Cédric", "Loïc",
           "Gaëtan", "Joël", "Raphaël", "Noël", "Hugues", "Régis", "Serge", "Ludovic", "Maxime"]
FIRST_F = ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sandrine",
           "Valérie", "Véronique", "Nadia", "Sophie", "Céline", "Stéphanie", "Martine", "Françoise",
           "Brigitte", "Corinne", "Laurence", "Florence", "Patricia", "Karine", "Virginie",
           "Émilie", "Julie", "Aurélie", "Élodie", "Caroline", "Hélène", "Agnès", "Monique",
           "Fatima", "Samira", "Leïla", "Myriam", "Chantal", "Josiane", "Annick", "Gaëlle",
           "Maryse", "Béatrice", "Danièle", "Solène", "Anaïs", "Pauline", "Claire", "Noémie"]
COMPOUND_M = ["Jean-Pierre", "Jean-Marc", "Jean-Luc", "Jean-François", "Pierre-Yves",
              "Jean-Claude", "Jean-Michel", "Marc-Antoine", "Jean-Baptiste", "Paul-Henri"]
COMPOUND_F = ["Marie-Christine", "Anne-Sophie", "Marie-Hélène", "Marie-Claude", "Anne-Marie",
              "Marie-Laure", "Marie-France", "Anne-Laure", "Marie-Pierre", "Marie-José"]
SURNAMES = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND",
            "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID",
            "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "LEFÈVRE",
            "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS", "MARTINEZ", "LEGRAND",
            "GARNIER", "FAURE", "ROUSSEAU", "BLANC", "GUERIN", "MULLER", "HENRY", "ROUSSEL",
            "NICOLAS", "PERRIN", "MORIN", "MATHIEU", "CLÉMENT", "GAUTHIER", "DUMONT", "LOPEZ",
            "FONTAINE", "CHEVALIER", "ROBIN", "MASSON", "SANCHEZ", "NOËL", "BOYER", "DENIS",
            "LEMAIRE", "DUVAL", "JOLY", "GAILLARD", "BRUNET", "CARON", "BRUN", "DUPUIS", "HOARAU",
            "DELATTRE", "DEBRUYNE", "VANDAMME", "WALLART", "DHAINAUT", "COQUELLE", "DUFLOS",
            "BOUCHAREB", "BENALI", "HADDAD", "KACI", "NGUYEN", "TRAN", "DIALLO", "TRAORÉ",
            "CARPENTIER", "DEVAUX", "POULAIN", "TESSIER", "LECLERCQ", "DELANNOY", "PRÉVOST",
            "COUSIN", "BAILLY", "HUBERT", "MEUNIER", "RENARD", "BARBIER", "ARNAUD", "CARRÉ",
            "OUDART", "WATTEZ", "DESCAMPS", "LEBRUN", "PAQUET", "BOULANGER", "GUÉRIN"]
PARTICLE_SURNAMES = ["DE SOUSA", "LE GALL", "VAN HECKE", "N'DIAYE", "DE LA FONTAINE",
                     "LE BIHAN", "DA SILVA", "DE OLIVEIRA", "VAN DE VELDE", "D'HALLUIN",
                     "LE ROUX", "DE SAINT-JUST", "DU BOIS", "DE LA ROCHE", "N'GUESSAN",
                     "DES MAZERY", "LE CORRE", "VAN DAMME", "DI MEGLIO", "EL HADDAOUI"]
HYPHEN_SURNAMES = ["MARTIN-DUPONT", "LEROY-DELATTRE", "BENALI-MOREAU", "GIRARD-LAMBERT",
                   "DUVAL-CARON", "PETIT-JEAN", "SAINT-MAXENT", "LAURENT-PERRIN", "COLAS-ROY",
                   "BERTIN-MOUROT"]


@dataclass(frozen=True)
class Person:
    first: str     # first name(s), "" when only the surname is printed
    last: str      # surname, upper case as most registers print it
    female: bool

    @property
    def gold(self) -> str:
        """The name as GOLD_FORMAT.md wants it: first name(s) then surname."""
        return f"{self.first} {self.last}".strip()


def person(rng: random.Random) -> Person:
    female = rng.random() < 0.5
    r = rng.random()
    if r < 0.12:
        first = rng.choice(COMPOUND_F if female else COMPOUND_M)
    else:
        first = rng.choice(FIRST_F if female else FIRST_M)
    r = rng.random()
    if r < 0.12:
        last = rng.choice(PARTICLE_SURNAMES)
    elif r < 0.20:
        last = rng.choice(HYPHEN_SURNAMES)
    else:
        last = rng.choice(SURNAMES)
    return Person(first, last, female)


def people(rng: random.Random, n: int) -> list[Person]:
    """n distinct people (distinct surname + first name)."""
    seen: set[str] = set()
    out: list[Person] = []
    while len(out) < n:
        p = person(rng)
        if p.gold in seen:
            continue
        seen.add(p.gold)
        out.append(p)
    return out


# --- dates --------------------------------------------------------------------

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
          "dix-neuf"]
_TENS = {20: "vingt", 30: "trente"}


def day_in_words(d: int) -> str:
    if d == 1:
        return "premier"
    if d < 20:
        return _UNITS[d]
    tens, unit = divmod(d, 10)
    word = _TENS[tens * 10]
    if unit == 0:
        return word
    return f"{word}-et-un" if unit == 1 else f"{word}-{_UNITS[unit]}"


def year_in_words(y: int) -> str:
    rest = y - 2000
    if rest == 0:
        return "deux mille"
    return f"deux mille {day_in_words(rest) if rest != 1 else 'un'}"


def session_date(rng: random.Random) -> date:
    start = date(2011, 1, 3)
    return start + timedelta(days=rng.randrange(0, 15 * 365))


def long_date(d: date, weekday: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MONTHS[d.month - 1]} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} {text}" if weekday else text


# --- figures ------------------------------------------------------------------

def amount(rng: random.Random, low: int = 1_000, high: int = 5_000_000) -> int:
    v = rng.randint(low, high)
    return v - v % rng.choice([1, 10, 100, 1000])


def money(v: float, rng: random.Random) -> str:
    whole = f"{int(v):,}".replace(",", rng.choice([" ", "\u00a0", "."]))
    cents = rng.random() < 0.3
    return f"{whole},00 €" if cents else f"{whole} €"


# --- subjects -----------------------------------------------------------------

THEMES = ["FINANCES", "URBANISME", "RENOUVELLEMENT URBAIN", "PERSONNEL", "AFFAIRES SCOLAIRES",
          "HABITAT", "ADMINISTRATION GÉNÉRALE", "CULTURE ET SPORTS", "TRAVAUX",
          "INTERCOMMUNALITÉ", "AFFAIRES SOCIALES", "DÉVELOPPEMENT ÉCONOMIQUE"]

QUARTIERS = ["les Hauts de Liévin", "la Grande Résidence", "le Faubourg", "les Provinces",
             "la Cité Bleue", "le Nouveau Monde", "les Érables", "la Croix-Rouge", "le Chemin Vert",
             "les Blancs Monts", "Saint-Jean", "le Mont-Saint-Martin", "la Fontaine d'Ouche",
             "les Tilleuls", "le Petit Bois", "la Résidence du Parc", "les Tours Sud",
             "la Cité des Fleurs", "le Quartier République", "les Hauts de Sambre"]


def subject(rng: random.Random, commune: str, agglo: str, year: int) -> tuple[str, str]:
    """(theme, subject) of one deliberation."""
    q = rng.choice(QUARTIERS)
    n = rng.randint(1, 6)
    bailleur = rng.choice(HLM_BAILLEURS)
    choices = [
        ("FINANCES", f"Budget primitif {year} - Budget principal"),
        ("FINANCES", f"Décision modificative n° {n} - Budget principal {year}"),
        ("FINANCES", f"Compte administratif {year - 1} - Approbation"),
        ("FINANCES", f"Rapport d'orientations budgétaires {year}"),
        ("FINANCES", f"Vote des taux d'imposition {year}"),
        ("FINANCES", f"Garantie d'emprunt accordée à {bailleur} pour la réhabilitation de logements "
                     f"du quartier {q}"),
        ("FINANCES", f"Attribution de subventions aux associations - exercice {year}"),
        ("FINANCES", "Admission en non-valeur de créances irrécouvrables"),
        ("RENOUVELLEMENT URBAIN",
         f"Approbation de l'avenant n° {n} à la convention pluriannuelle de renouvellement urbain "
         f"de {agglo}"),
        ("RENOUVELLEMENT URBAIN",
         f"Nouveau Programme National de Renouvellement Urbain - quartier {q} - "
         f"approbation du programme de travaux"),
        ("RENOUVELLEMENT URBAIN",
         f"Convention de gestion urbaine de proximité du quartier {q}"),
        ("RENOUVELLEMENT URBAIN",
         f"Démolition de {rng.randint(20, 240)} logements locatifs sociaux - résidence {q}"),
        ("URBANISME", f"Cession d'une parcelle cadastrée section {rng.choice('ABCDKL')}"
                      f"{rng.choice('ABCDEHKMN')} n° {rng.randint(10, 999)} rue {rng.choice(SURNAMES).title()}"),
        ("URBANISME", "Modification simplifiée n° %d du Plan Local d'Urbanisme" % n),
        ("URBANISME", f"Acquisition amiable de l'immeuble sis {rng.randint(1, 120)} rue de la République"),
        ("URBANISME", "Instauration du droit de préemption urbain renforcé"),
        ("PERSONNEL", "Modification du tableau des effectifs"),
        ("PERSONNEL", "Création d'emplois non permanents pour accroissement saisonnier d'activité"),
        ("PERSONNEL", "Mise à jour du régime indemnitaire (RIFSEEP)"),
        ("PERSONNEL", "Recrutement d'agents contractuels de remplacement"),
        ("AFFAIRES SCOLAIRES", f"Tarifs de la restauration scolaire - année {year}-{year + 1}"),
        ("AFFAIRES SCOLAIRES", "Participation aux frais de fonctionnement des écoles privées"),
        ("HABITAT", f"Programme Local de l'Habitat {year}-{year + 5} - avis de la commune"),
        ("HABITAT", f"Aide à l'accession sociale à la propriété - {bailleur}"),
        ("ADMINISTRATION GÉNÉRALE", "Désignation des représentants au sein des commissions"),
        ("ADMINISTRATION GÉNÉRALE", "Adoption du règlement intérieur du conseil"),
        ("ADMINISTRATION GÉNÉRALE", f"Rapport annuel {year - 1} sur le prix et la qualité du service"),
        ("CULTURE ET SPORTS", "Convention de partenariat avec l'école de musique intercommunale"),
        ("CULTURE ET SPORTS", f"Subvention exceptionnelle au club sportif de {commune}"),
        ("TRAVAUX", f"Travaux de voirie {year} - groupement de commandes"),
        ("TRAVAUX", "Rénovation énergétique du groupe scolaire - demande de subvention DSIL"),
        ("INTERCOMMUNALITÉ", f"Transfert de compétence à {agglo}"),
        ("INTERCOMMUNALITÉ", "Rapport de la Commission Locale d'Évaluation des Charges Transférées"),
        ("AFFAIRES SOCIALES", "Convention avec le Centre Communal d'Action Sociale"),
        ("DÉVELOPPEMENT ÉCONOMIQUE", "Dérogation au repos dominical des commerces de détail"),
    ]
    return rng.choice(choices)


BOARD_SUBJECTS = [
    "Approbation de l'avenant n° {n} à la convention pluriannuelle de renouvellement urbain de {agglo}",
    "Démolition de {k} logements de la résidence {q} - approbation de l'opération",
    "Réhabilitation de {k} logements quartier {q} - plan de financement",
    "Programme de reconstitution de l'offre - {k} logements locatifs sociaux",
    "Budget {year} - décision modificative n° {n}",
    "Arrêté des comptes de l'exercice {prev}",
    "Cession de {k} logements à leurs occupants",
    "Autorisation de signer le marché de travaux du quartier {q}",
]


def board_subject(rng: random.Random, agglo: str, year: int) -> str:
    return rng.choice(BOARD_SUBJECTS).format(
        n=rng.randint(1, 6), agglo=agglo, k=rng.randint(12, 260), q=rng.choice(QUARTIERS),
        year=year, prev=year - 1)
