"""A sixth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation6 / minutes6), families the base generator and
variants3.py - variants5.py do not print; drawn from what other towns write.

Drawn from their own random stream ("v6:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "6"):

- attendance that changes during the session (minutes): "M. X quitte la séance
  et donne pouvoir à Mme Y", "Arrivée de Mme Z", "Départ de M. X" printed at the
  top of the item from which it holds; the gold carries each deliberation's own
  present / excused / absent (GOLD_FORMAT.md: a deliberation's `session`), and the
  counts of its vote follow who was there;
- the header: a count line "Nombre de conseillers en exercice : 33, présents : 25,
  votants : 29" (alone, no list of who sat, a third of the time), each item's own counts
  ("Présents : 24 - Votants : 28"), names "NOM Prénom" one per line or separated by " - " / ";",
  "représenté(e) par", "pouvoir à", a quorum sentence, "Secrétaire de séance :";
- the session date: "réuni en séance ordinaire ... le mardi 3 juin 2025 à 18h30"
  after a convocation date (a decoy), a date line wholly in words, a
  "Date de convocation" line above "Séance du ...";
- numbering: "D-2025-045", "N° 45/2025", "Délibération 2025.045", "Point n°7",
  "Objet :" on the number's line or the next, titles in small capitals,
  underlined, boxed or centred;
- votes: "Adopté par 25 voix pour, 3 voix contre (noms) et 2 abstentions (noms)",
  "Ne prennent pas part au vote : ...", "Vote : Unanimité", a table Pour /
  Contre / Abstention / NPPV (count and names), "DÉCIDE à l'unanimité".
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

ATTENDANCE6 = ["count_line", "represente_par", "one_per_line", "quorum"]
DATE_STYLES6 = ["ordinaire_decoy", "words_weekday", "convocation_line"]
NUMBER_FAMILIES6 = ["d_dash", "n_slash_year", "dotted_year", "point_n_next"]
OBJET_PLACES6 = ["same_line", "next_line"]
TITLE_STYLES6 = ["small_caps", "underlined", "boxed", "centred"]
VOTE_STYLES6 = ["voix_named", "npp_list", "vote_colon", "vote_table", "decide_unanimity",
                "majorite_counts"]
MOVEMENTS6 = ["none", "some", "some"]
MOVEMENT_PLACES6 = ["items", "items", "remarks"]
COUNTS6 = ["lists", "lists", "counts_only"]


@dataclass
class Variants6:
    attendance6: str
    date_style6: str
    number_family6: str
    objet_place6: str
    title_style6: str
    vote_styles6: list[str]     # each item draws one of these
    movements6: str
    last_first6: bool           # names "NOM Prénom"
    movement_place6: str = "items"   # sentences between items, or remarks in the present list
    counts6: str = "lists"           # "counts_only": the header counts who sat, lists no one present
    item_counts6: bool = False       # each item prints its own counts ("Présents : 24 - Votants : 28")

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants6(rng: random.Random, single: bool) -> Variants6:
    c = rng.choice
    return Variants6(
        attendance6=c(ATTENDANCE6),
        date_style6=c(DATE_STYLES6),
        number_family6=c(NUMBER_FAMILIES6),
        objet_place6=c(OBJET_PLACES6),
        title_style6=c(TITLE_STYLES6),
        vote_styles6=rng.sample(VOTE_STYLES6, k=rng.randint(2, 4)),
        movements6="none" if single else c(MOVEMENTS6),
        last_first6=rng.random() < 0.7,
        movement_place6=c(MOVEMENT_PLACES6),
        counts6=c(COUNTS6),
        item_counts6=not single and rng.random() < 0.4,
    )


def number_and_label6(family: str, year: int, k: int) -> tuple[str, str]:
    """(gold number, printed label) of item k."""
    if family == "d_dash":
        num = f"D-{year}-{k:03d}"
        return num, num
    if family == "n_slash_year":
        num = f"{k}/{year}"
        return num, f"N° {num}"
    if family == "dotted_year":
        num = f"{year}.{k:03d}"
        return num, f"Délibération {num}"
    return str(k), f"Point n°{k}"
