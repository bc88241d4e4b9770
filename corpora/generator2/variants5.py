"""A fifth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation5 / minutes5), families neither the base generator nor
variants3.py / variants4.py prints; drawn from real minutes of other towns.

Drawn from their own random stream ("v5:<seed>"); the base, v3 and v4 kinds
never read this module, so their documents stay byte for byte what they were.
Each choice is recorded in the gold's layout (keys ending in "5"):

- attendance: the session header as a two-column table whose labels carry no
  colon and whose first rows hold the date and the chair ("Date de la séance" |
  ...); a three-column presence table (name | presence state | proxy holder);
  the counts in a small table ("En exercice | Présents | Votants") and the names
  in paragraphs below; a count sentence ("25 conseillers étaient présents ou
  représentés (04 procurations : A, B) et 02 absents : X et Y"), no present list;
  paragraph lists with proxies "X à Y", "pouvoir de X à Y", "X a donné pouvoir à Y";
- session date: "réuni le 06/11/2020" inside the opening sentence, "L'an 2024,
  le 9 avril", "le neuf du mois d'avril", a place-and-date line of writing
  ("Lens, le mardi 24 mai 2011") above "Séance publique du lundi 9 mai 2011",
  a posting date ("Date d'affichage : ...") before the session line;
- numbering: the act number in a framed box in the upper-right corner
  ("Acte n° 2025-DEL-041", extracts), the number on the line after the title,
  "2024-DEL-041 – title", the number in brackets after the title;
- themes "Point n° 1 : Finances" above items numbered otherwise (minutes);
- an agenda ("ORDRE DU JOUR") listing every item with the items' own labels,
  or under Roman-numbered themes, before the items (it must not become parts);
- votes: a vertical two-column table (Votants | 27, Pour | 25, ...), votes by
  name ("Ont voté contre : M. X, Mme Y"), unanimity with named abstentions
  ("Abstention : M. X" after "à l'unanimité :"), "X ne prenant pas part au vote,
  avec 21 voix pour", the result inside the decision sentence only;
- pages: landscape, or the items of minutes in two columns.
"""

from __future__ import annotations

import os
import random
from dataclasses import asdict, dataclass
from datetime import date

from . import pools

ATTENDANCE5 = ["label_table", "state_table", "split_counts", "count_sentence", "lists5", "base"]
PROXY_STYLES5 = ["vote_proc_a", "pouvoir_de", "a_donne"]
DATE_STYLES5 = ["slash_le", "an_digits", "du_mois", "place_decoy", "affichage_decoy"]
NUMBER_FAMILIES5 = ["act_box", "after_title", "year_del", "paren_after"]
THEME_STYLES5 = ["point_theme", "none5"]
AGENDA_STYLES5 = ["none", "labels", "roman_dash"]
VOTE_STYLES5 = ["vertical_table", "by_name", "unanimity_names", "npp_count", "in_sentence"]
PAGE_STYLES5 = ["portrait", "portrait", "portrait", "landscape", "two_columns"]
# Set to a PAGE_STYLES5 value (fresh.py --force-page5) to print every minutes5 in that
# layout: the streams draw what they drew, so the rest of each document stays the same.
FORCE_PAGE5_ENV = "GENERATOR2_FORCE_PAGE5"


@dataclass
class Variants5:
    attendance5: str
    proxy_style5: str
    state_words5: bool          # presence table: words ("Présent") or letters with a legend
    date_style5: str
    number_family5: str
    theme_style5: str
    agenda5: str
    vote_style5: str
    page5: str

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants5(rng: random.Random, single: bool) -> Variants5:
    """Every family of this module for one document (rng: the "v5:<seed>" stream)."""
    c = rng.choice
    numbers = NUMBER_FAMILIES5 if single else NUMBER_FAMILIES5[1:]
    page = c(PAGE_STYLES5)
    forced = os.environ.get(FORCE_PAGE5_ENV)
    if forced and not single:   # dev: observe one page layout more often (draws stay the same)
        page = forced
    if single and page == "two_columns":
        page = "portrait"
    return Variants5(
        attendance5=c(ATTENDANCE5),
        proxy_style5=c(PROXY_STYLES5),
        state_words5=rng.random() < 0.6,
        date_style5=c(DATE_STYLES5),
        number_family5=c(numbers) if rng.random() < 0.75 else "base",
        theme_style5=c(THEME_STYLES5) if not single else "none5",
        agenda5=c(AGENDA_STYLES5) if not single else "none",
        vote_style5=c(VOTE_STYLES5) if rng.random() < 0.8 else "base",
        page5=page,
    )


def number_and_label5(family: str, year: int, k: int) -> tuple[str, str]:
    """(gold number, printed label) of item k; the label of "after_title" and
    "paren_after" is printed after the title, of "act_box" in the corner box."""
    if family == "act_box":
        return f"{year}-DEL-{k:03d}", f"Acte n° {year}-DEL-{k:03d}"
    if family == "after_title":
        return f"{year}-{k:03d}", f"Délibération n° {year}-{k:03d}"
    if family == "year_del":
        return f"{year}-DEL-{k:03d}", f"{year}-DEL-{k:03d} –"
    num = f"{year}/{k:03d}"                  # paren_after
    return num, f"(DCM n° {num})"


def civil_long(female: bool) -> str:
    return "Madame" if female else "Monsieur"


def digits_date(d: date) -> str:
    """"9 avril" as "L'an 2024, le 9 avril" prints it ("1er" for the first)."""
    return f"{'1er' if d.day == 1 else d.day} {pools.MONTHS[d.month - 1]}"


def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
