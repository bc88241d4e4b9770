"""An eighth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation8 / minutes8), families the base generator and variants3.py -
variants7.py do not print; drawn from what intercommunal boards (conseil et bureau
communautaire, comité syndical of a syndicat mixte) and OPH / ESH boards of
directors print.

Drawn from their own random stream ("v8:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "8"):

- the body: a conseil or bureau communautaire, a comité syndical, an OPH's conseil
  d'administration, a conseil municipal;
- attendance: members listed by commune ("Commune de Liévin : M. X, Mme Y" lines or a
  commune | names table), a suppléant sitting for his titulaire ("M. Z, suppléant de
  M. W": Z present, W excused without proxy), proxies to a delegate of another commune
  ("M. A (Lens) a donné pouvoir à Mme B (Liévin)"); a board's "Administrateurs présents"
  with their quality ("représentant des locataires (CNL)"), "Assistaient également
  (sans voix délibérative)" (no member); names in a narrow borderless grid, "NOM
  Prénom" and "Prénom NOM" mixed in one list (hyphenated names broken at line ends);
- session facts in a ruled box (page header repeated on each page, or at the top of
  the first page): "Séance du jeudi 20 novembre 2025 à 18h30", "Nombre de membres :
  en exercice 45 – présents 31 – votants 38", "Date de convocation", "Date
  d'affichage"; the chair in the box, as "Président de séance : …" or in the opening
  sentence;
- numbers "Affaire n° 12", "Rapport n° 2025-12", "Question n° 5", "2025-11-20/07";
  items of minutes grouped under roman-numbered thematic parts ("II. HABITAT");
  rapporteur with his delegation ("Rapporteur : M. X, Vice-Président délégué à …");
- votes "Votes : Pour 25 – Contre 3 (M. A, Mme B, M. C) – Abstentions 2",
  "adoptée à la majorité absolue des suffrages exprimés par 27 voix pour …",
  "à l'unanimité des membres présents et représentés" with "Ne participe pas au
  vote : M. X", "Résultat du vote :" over a small table, unanimity of the votes cast
  with named abstainers.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

BODIES8 = ["communautaire", "communautaire", "bureau", "comite", "board", "board", "municipal"]
BOX_PLACES8 = ["page_header", "first_page", "lines"]
CHAIRS8 = ["box", "label", "opening"]
NUMBER_FAMILIES8 = ["affaire", "rapport_year", "question", "date_slash"]
TITLE_FORMS8 = ["same_line", "objet_below", "tab"]
VOTE_STYLES8 = ["votes_dash_plural", "majorite_absolue", "unanimite_npv", "result_table",
                "unanimite_exprimes_named"]
COMMUNE_FORMS8 = ["lines", "caps_lines", "table"]
NAME_MIXES8 = ["uniform", "mixed"]


@dataclass
class Variants8:
    body8: str
    attendance8: str            # "by_commune" | "board_admins" | "name_grid"
    commune_form8: str          # by_commune: "Commune de X : …" lines, "X : …" caps, a table
    suppleants8: bool           # by_commune: suppléants sitting for titulaires
    name_mix8: str              # "mixed": "NOM Prénom" and "Prénom NOM" in one list
    box_place8: str
    chair8: str
    number_family8: str
    title_form8: str
    roman_parts8: bool          # minutes: items under "I. …" / "II. …" thematic parts
    vote_styles8: list[str]     # each item draws one of these
    decoys8: bool               # convocation / posting dates
    rapporteur_delegation8: bool

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants8(rng: random.Random, single: bool) -> Variants8:
    c = rng.choice
    body = c(BODIES8)
    attendance = {"communautaire": "by_commune", "bureau": "by_commune", "comite": "by_commune",
                  "board": "board_admins"}.get(body, "name_grid")
    if attendance == "by_commune" and rng.random() < 0.25:
        attendance = "name_grid"
    return Variants8(
        body8=body,
        attendance8=attendance,
        commune_form8=c(COMMUNE_FORMS8),
        suppleants8=body != "bureau" and rng.random() < 0.7,
        name_mix8=c(NAME_MIXES8),
        box_place8=c(BOX_PLACES8),
        chair8=c(CHAIRS8),
        number_family8=c(NUMBER_FAMILIES8),
        title_form8=c(TITLE_FORMS8),
        roman_parts8=not single and rng.random() < 0.5,
        vote_styles8=rng.sample(VOTE_STYLES8, k=rng.randint(2, 4)),
        decoys8=rng.random() < 0.7,
        rapporteur_delegation8=rng.random() < 0.5,
    )


def number_and_label8(family: str, day, k: int) -> tuple[str, str]:
    """(gold number, printed label) of item k of a sitting on ``day``."""
    if family == "affaire":
        return str(k), f"Affaire n° {k}"
    if family == "rapport_year":
        num = f"{day.year}-{k:02d}"
        return num, f"Rapport n° {num}"
    if family == "question":
        return str(k), f"Question n° {k}"
    num = f"{day:%Y-%m-%d}/{k:02d}"
    return num, num


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
PART_THEMES8 = ["ADMINISTRATION GÉNÉRALE", "FINANCES", "HABITAT ET RENOUVELLEMENT URBAIN",
                "AMÉNAGEMENT DU TERRITOIRE", "DÉVELOPPEMENT ÉCONOMIQUE", "PATRIMOINE",
                "RESSOURCES HUMAINES", "POLITIQUE DE LA VILLE"]
