"""A third draw of layout and phrasing families for deliberations and minutes
(kinds deliberation3 / minutes3), for measuring the parser on families its
authors did not tune on.

The base generator's families (layout.py) are all read right by now, so a fresh
seed of the base kinds says little. These variants are drawn from their own
random stream after the base layout, so the base kinds' documents stay as they
were; each choice is recorded in the gold's layout like the base ones:

- numbering: "DCM2024_17", "DEL-2024-017", "2024/17", "D.2024.17", "N° 17/2024";
- session date: "Séance ordinaire du jeudi 14 mars 2024 à 18h30",
  "Date de la séance : 14.03.2024", "Le quatorze mars deux mille vingt-quatre, à ...";
- chair: "M. X, Maire, préside la séance.", "Présidence : X", "Président de séance : X";
- attendance: names in a three-column grid under the label, a roll-call table
  (one row per member, a cross under Présent / Excusé / Absent, the proxy holder
  in its own column), names followed by their office ("M. X, 1er adjoint"), a
  count after the list ("... (19)");
- votes: a ruled grid (Votants | Pour | Contre | Abstentions) then the result,
  or phrasings the base generator never prints.
"""

from __future__ import annotations

import random

from .layout import Layout

NUMBER_FAMILIES3 = ["underscore", "dash_padded", "year_slash_short", "dotted", "n_slash_year"]
DATE_STYLES3 = ["ordinaire", "date_label", "words_plain", "dashed"]
PRESIDENT_STYLES3 = ["preside", "presidence_label", "president_de_seance"]
ATTENDANCE3 = ["base", "name_grid", "roll_table", "base"]
VOTE_STYLES3 = ["base", "grid", "phrases3"]


def apply_variants3(layout: Layout, rng: random.Random) -> Layout:
    """Override some of the base layout's choices with families of this module.

    rng is the variants' own stream; each family replaces the base choice about
    half the time so documents mix old and new families."""
    if rng.random() < 0.6:
        layout.number_family = rng.choice(NUMBER_FAMILIES3)
    if rng.random() < 0.5:
        layout.date_style = rng.choice(DATE_STYLES3)
    if rng.random() < 0.5:
        layout.president_style = rng.choice(PRESIDENT_STYLES3)
    layout.attendance = rng.choice(ATTENDANCE3)
    if layout.attendance == "base":
        layout.present_functions = rng.random() < 0.35
        layout.count_after_list = rng.random() < 0.3 and "{n}" not in layout.present_label
    if layout.attendance == "roll_table" and layout.header_style in ("grid_ruled", "grid_plain"):
        layout.header_style = "paragraph"
    layout.vote_style = rng.choice(VOTE_STYLES3)
    return layout


OFFICES_M = ["1er adjoint", "2e adjoint", "3e adjoint", "adjoint au maire", "conseiller délégué",
             "conseiller municipal", "vice-président"]
OFFICES_F = ["1ère adjointe", "2e adjointe", "3e adjointe", "adjointe au maire",
             "conseillère déléguée", "conseillère municipale", "vice-présidente"]


def office_of(index: int, female: bool) -> str:
    """The office printed after the index-th present member's name (the chair is 0)."""
    offices = OFFICES_F if female else OFFICES_M
    return offices[index - 1] if index <= 3 else offices[3 + index % 4]
