"""A ninth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation9 / minutes9), families the base generator and variants3.py -
variants8.py do not print; drawn from what councils print in their registers.

Drawn from their own random stream ("v9:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "9"):

- attendance as one table of every member: a code column ("P" / "E" / "A" / "PV", a
  legend line "P : présent – E : excusé – A : absent – PV : pouvoir") with the holder in a
  "Pouvoir à" column or in the code cell ("PV à Mme X"), a function column; columns
  Présent / Excusé / Absent / Pouvoir donné à (or Présent / Représenté / Excusé /
  Absent / Pouvoir donné à) ticked "✓" / "✔"; one line a member with the code at a
  right tab stop after dot leaders ("M. Jean DUPONT ........ P");
- counts as a ruled two-row table (En exercice | Présents | Représentés | Votants), an
  em-dash line "Membres en exercice : 45 — Présents : 31 — Votants : 38", three lines
  at the right, each possibly closed by "Quorum atteint";
- the session date "Séance du 15/03/2024 à 18 h 30", in the right cell of a borderless
  head table whose left cell holds the convocation and posting dates, or in a right
  block "Séance du … / Convocation du … / Affichage du …";
- the chair by "Présidence : …", an opening sentence "… s'est réuni sous la présidence
  de …", or only in the table's function column ("Président de séance");
- numbers "2024-DCM-045", "D2024_117", "CM20240315-07", "Délibération n° 24/112" on the
  title's line, above "Objet :", or under a "POINT N° 5" line;
- votes "Votants : 38 | Exprimés : 36 | Pour : 30 | Contre : 6 | Abstentions : 2" (also
  "–" or ";" separated, with "NPPV : 1"), a Votants / Exprimés / Pour / Contre /
  Abstentions table, "à la majorité des suffrages exprimés (6 voix contre : …; 2
  abstentions : …)" (no count for), "ADOPTE par 30 voix pour, 6 contre et 2
  abstentions", "à l'unanimité des présents et représentés" with an NPPV member named;
- attendance changing during the session (minutes): a "Mouvements en cours de séance"
  table (Élu | Mouvement | Point | Pouvoir donné à), lines under the lists by point
  ("Arrivée de Mme X au point 5", "M. Y quitte la séance avant le vote du point 12 et
  donne pouvoir à Mme Z", "… après le vote du point 7"), or a sentence inside the item
  just before its decision ("M. Y quitte la séance avant le vote et donne pouvoir à
  Mme Z."); each deliberation's gold carries its own attendance.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

ATTENDANCE9 = ["code_table", "check_table", "leaders"]
COUNTS9 = ["box_table", "emdash_line", "right_stack", "none"]
DATES9 = ["numeric_hour", "head_table", "right_block"]
CHAIRS9 = ["presidence_label", "opening_sentence", "table_only"]
NUMBER_FAMILIES9 = ["year_dcm", "d_underscore", "cm_date", "n_yy_slash"]
TITLE_FORMS9 = ["same_line", "objet_below", "point_line"]
VOTE_STYLES9 = ["pipe_line", "exprimes_table", "majorite_paren", "adopte_par", "unanimite_pr"]
MOVEMENTS9 = ["none", "table", "header_points", "in_item"]
TICKS9 = ["✓", "✔"]


@dataclass
class Variants9:
    attendance9: str
    proxy_column9: bool        # code_table: the holder in a column of its own, else "PV à X"
    represented_column9: bool  # check_table: a "Représenté" column
    tick9: str
    name_first9: bool          # "Prénom NOM" (else "NOM Prénom")
    civility9: bool
    alphabetical9: bool        # members sorted by surname (else the chair first, list order)
    counts9: str
    quorum9: bool
    date9: str
    chair9: str
    number_family9: str
    title_form9: str
    vote_styles9: list[str]
    movements9: str
    vote_separator9: str

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants9(rng: random.Random, single: bool) -> Variants9:
    c = rng.choice
    attendance = c(ATTENDANCE9)
    titles = TITLE_FORMS9 if not single else TITLE_FORMS9[:2]
    return Variants9(
        attendance9=attendance,
        proxy_column9=rng.random() < 0.6,
        represented_column9=rng.random() < 0.4,
        tick9=c(TICKS9),
        name_first9=rng.random() < 0.5,
        civility9=rng.random() < 0.5,
        alphabetical9=rng.random() < 0.5,
        counts9=c(COUNTS9),
        quorum9=rng.random() < 0.5,
        date9=c(DATES9),
        chair9=c(CHAIRS9),
        number_family9=c(NUMBER_FAMILIES9),
        title_form9=c(titles),
        vote_styles9=rng.sample(VOTE_STYLES9, k=rng.randint(2, 4)),
        movements9="none" if single else c(MOVEMENTS9[:1] + MOVEMENTS9[1:] * 2),
        vote_separator9=c([" | ", " – ", " ; "]),
    )


def number_and_label9(family: str, day, k: int) -> tuple[str, str]:
    """(gold number, printed label) of item k of a sitting on ``day``."""
    if family == "year_dcm":
        num = f"{day.year}-DCM-{k:03d}"
        return num, num
    if family == "d_underscore":
        num = f"D{day.year}_{k:03d}"
        return num, num
    if family == "cm_date":
        num = f"CM{day:%Y%m%d}-{k:02d}"
        return num, num
    num = f"{day.year % 100:02d}/{k:03d}"
    return num, f"Délibération n° {num}"
