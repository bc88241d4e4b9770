"""A twelfth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation12 / minutes12 / recueil12), families the base generator and
variants3.py - variants11.py do not print; drawn from what French towns and
intercommunalités publish: the "Recueil des actes administratifs" and procès-verbaux
typed from the recording of the sitting.

Drawn from their own random stream ("v12:<seed>"); the earlier kinds never read this
module. Each choice is recorded in the gold's layout (keys ending in "12"):

- (recueil12, and deliberation12 a third of the time) a Recueil des actes
  administratifs (under a running header naming it, or none): a cover page ("RECUEIL DES ACTES ADMINISTRATIFS", "N° 2025-03",
  "Mars 2025" or "1er trimestre 2025", "Publié le …"), a sommaire with page numbers
  (a ruled table Acte | Date | Objet | Page, or dot-leader lines under the act
  families' headings), then each act on its own page with its own header, number and
  date: délibérations (each with its session: date, chair, counts, attendance, vote;
  a recueil holds délibérations of one to three sittings), arrêtés du Maire / du
  Président ("ARRÊTÉ N° 2025-AR-112 portant …", "Vu …", "ARRÊTE :", "Article 1er : …",
  "Fait à Lens, le 14 mars 2025") and décisions prises par délégation ("DÉCISION N°
  2025-DM-034", "Vu la délibération n° 2024-012 du 10 juin 2024 portant délégation …",
  "DÉCIDE :"); their dates are never a session date, they are no deliberation;
- (minutes12) a front page (the body, "PROCÈS-VERBAL DE LA SÉANCE", the date, "Affiché
  le …", "Approuvé en séance du …") on its own page, and a table of the items with their
  outcomes (N° | Objet | Décision, or N° | Objet | Rapporteur | Vote: "Adopté à
  l'unanimité", "Adopté à la majorité", "Retiré") on the front page or after the
  attendance;
- attendance counted per item: "Nombre de membres en exercice : 33 – présents : 25 –
  votants : 29" (or a one-row ruled table "En exercice | Présents | Représentés |
  Votants") repeated under each item's title, following members who come and go during
  the sitting (told in the transcript: "(M. X quitte la séance et donne pouvoir à
  Mme Y.)", "(Arrivée de Mme Z.)"); each deliberation's gold carries its own attendance;
- the debate typed between the items: "M. le Maire : …", "Mme DUPONT : …", "M. Jean
  LEROY : …", "M. le Directeur général des services : …" (speakers are no attendance;
  a speaker thanks an absent colleague by name), before the vote or around it;
- votes told in the text: "Le rapport est adopté par 25 voix pour, 3 contre (M. X,
  Mme Y, M. Z) et 2 abstentions (Mme A, M. B).", "Mis aux voix, le projet de
  délibération est adopté à la majorité : 25 voix pour, 3 voix contre (…).", "Le
  Conseil municipal, par 25 voix pour, 3 voix contre (…) et 2 abstentions, adopte le
  rapport.", "Mis aux voix, le rapport est adopté à l'unanimité.", "Mme X ne prend pas
  part au vote. Le rapport est adopté à l'unanimité des votants.";
- numbers "2025-045" under "Délibération n°", "DCM 2025/045", "DEL_2025_045", on the
  title's line or above an "Objet :" line.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

FRONTS12 = ["cover", "none"]
OUTCOMES12 = ["none", "table3", "table4"]
OUTCOME_PLACES12 = ["front", "after_attendance"]
COUNTS12 = ["per_item_line", "per_item_table", "head_only"]
DEBATES12 = ["none", "before_vote", "around"]
VOTES12 = ["adopte_par", "mis_aux_voix", "par_voix_adopte", "unanimite", "npp_unanimite"]
NUMBERS12 = ["deliberation_n", "dcm_slash", "del_underscore"]
TITLES12 = ["same_line", "objet_below"]
ATTENDANCE12 = ["paragraph", "lines"]
SOMMAIRES12 = ["table", "dot_lines"]
ACT_ORDERS12 = ["by_family", "by_date"]


@dataclass
class Variants12:
    front12: str
    outcomes12: str
    outcome_place12: str
    counts12: str
    debate12: str
    vote_styles12: list[str]
    number12: str
    title12: str
    attendance12: str
    moves12: bool
    recueil12: bool          # the deliberations printed inside a recueil des actes
    sommaire12: str
    act_order12: str
    sittings12: int          # recueil: sittings whose deliberations it holds
    other_acts12: int        # recueil: arrêtés and décisions
    running12: bool = True   # recueil: a running header naming the collection (register12)

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants12(rng: random.Random, kind: str) -> Variants12:
    c = rng.choice
    single = kind == "deliberation12"
    recueil = kind == "recueil12" or (single and rng.random() < 0.35)
    return Variants12(
        front12="none" if single else c(FRONTS12 + ["cover"]),
        outcomes12="none" if single or recueil else c(OUTCOMES12 + OUTCOMES12[1:]),
        outcome_place12=c(OUTCOME_PLACES12),
        counts12=c(COUNTS12 + ["per_item_line"]),
        debate12="none" if single or recueil else c(DEBATES12[1:] + DEBATES12),
        vote_styles12=rng.sample(VOTES12, k=rng.randint(2, 4)),
        number12=c(NUMBERS12),
        title12=c(TITLES12),
        attendance12=c(ATTENDANCE12),
        moves12=not single and not recueil and rng.random() < 0.6,
        recueil12=recueil,
        sommaire12=c(SOMMAIRES12),
        act_order12=c(ACT_ORDERS12),
        sittings12=1 if single else rng.randint(1, 3),
        other_acts12=rng.randint(1, 3) if single else rng.randint(3, 7),
    )


def number_and_label12(family: str, year: int, k: int) -> tuple[str, str]:
    """(gold number, printed number) of deliberation k."""
    if family == "deliberation_n":
        num = f"{year}-{k:03d}"
        return num, f"Délibération n° {num}"
    if family == "dcm_slash":
        num = f"DCM {year}/{k:03d}"
        return num, num
    num = f"DEL_{year}_{k:03d}"
    return num, num
