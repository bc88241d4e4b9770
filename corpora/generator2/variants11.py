"""An eleventh draw of layout and phrasing families for deliberations and minutes
(kinds deliberation11 / minutes11), families the base generator and variants3.py -
variants10.py do not print; drawn from the registers of bodies other than town
councils: a syndicat mixte's bureau or comité syndical, a communauté de communes'
bureau, an OPH's conseil d'administration.

Drawn from their own random stream ("v11:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "11"):

- the body: "Bureau syndical" / "Comité syndical" of a syndicat mixte, "Bureau
  communautaire" of a communauté de communes, "Conseil d'administration" of an OPH;
- the session head: label lines ("Date de convocation : …", "Date d'affichage : …",
  "Nombre de membres en exercice : 15", "… présents : 10", "… votants : 13") above
  "Séance du …", the same as a ruled label | value table with the date of the sitting
  and the chair, or an opening sentence in words ("L'an deux mille vingt-cinq, le douze
  mars, à dix-huit heures, le Bureau syndical …, dûment convoqué le quatre mars …");
  dates printed in words in the labels a third of the time;
- (minutes) an agenda summary table before the items (N° | Objet | Rapporteur, or
  N° | Objet), listing every item with its own number, withdrawn ones included;
- numbers "2025_DEL_045", "CA-2025-12", "Décision n° 2025-012", "Point 4", on the
  title's line or above an "Objet :" line;
- attendance as a ruled table whose columns are the states (Présents | Excusés ayant
  donné pouvoir | Excusés | Absents; one name a line in each cell), "M. NOM Prénom"
  lines under "Présents :" / "Excusés ayant donné pouvoir :" / "Absents :", or (OPH
  boards) administrators by collège ("Représentants de la collectivité de rattachement
  :", "Personnalités qualifiées :", "Représentants des locataires :") under
  "Administrateurs présents avec voix délibérative :", with "Assistaient avec voix
  consultative :" (people who are no members: the director, the CSE's delegate);
- proxies in a separate "Pouvoirs" table (Mandant | Mandataire, or "Pouvoir de | À")
  or as "Pouvoir de X à Y" lines;
- votes as a ruled table Pour | Contre | Abstention | Ne prend pas part, a per-member
  vote table (Membre | Vote) or lines ("M. DUPONT Jean : pour") closed by their totals,
  a "Votes :" line with "Ne prend pas part : 1", a unanimity of the members present
  and represented;
- (minutes) items withdrawn or adjourned ("Ce point est retiré de l'ordre du jour.",
  "Le point est reporté à une séance ultérieure."): a number and a title, no vote, no
  deliberation (not in the gold's deliberations);
- long items running over pages (several exposé paragraphs, "Considérant" lines)
  under a running header repeating the session ("Bureau syndical – Séance du 12 mars
  2025"), often without a page break between items; 12-22 items a quarter of the time;
- the signature block "Pour extrait conforme," (extracts) or "Fait et délibéré les
  jour, mois et an susdits." over the chair's name.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

BODIES11 = ["syndicat", "cc_bureau", "oph_board"]
HEADS11 = ["label_lines", "label_table", "words_opening"]
AGENDAS11 = ["none", "table3", "table2"]
NUMBERS11 = ["year_del", "ca_dash", "decision", "point"]
TITLES11 = ["same_line", "objet_below"]
ATTENDANCE11 = ["state_columns", "civ_lines", "colleges"]
PROXIES11 = ["table", "lines"]
VOTES11 = ["grid4", "per_member_table", "per_member_lines", "votes_line_npp", "unanimity"]

SYNDICATS11 = ["Syndicat mixte des transports Artois-Gohelle",
               "Syndicat mixte du SCoT de Lens-Liévin-Hénin-Carvin",
               "Syndicat intercommunal d'assainissement de la région de Lens",
               "Syndicat mixte du Pôle métropolitain de l'Artois",
               "Syndicat mixte pour l'habitat du Bassin minier"]
CCS11 = ["Communauté de communes Osartis-Marquion", "Communauté de communes des Campagnes de l'Artois",
         "Communauté de communes du Ternois", "Communauté de communes de la Haute Somme",
         "Communauté de communes Flandre Lys"]


@dataclass
class Variants11:
    body11: str
    head11: str
    words_dates11: bool        # convocation / posting dates (and the head's date) in words
    agenda11: str
    number11: str
    title11: str
    attendance11: str
    proxy11: str
    name_surname_first11: bool  # "M. DUPONT Jean" rather than "M. Jean DUPONT"
    vote_styles11: list[str]
    withdrawn11: int           # minutes: items withdrawn or adjourned
    long_items11: bool         # several exposé paragraphs a item, no page break between items
    running_session11: bool    # running header repeating the session
    many_items11: bool         # minutes of 12-22 items

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants11(rng: random.Random, single: bool) -> Variants11:
    c = rng.choice
    body = c(BODIES11)
    attendance = c(ATTENDANCE11 + (["colleges"] if body == "oph_board" else []))
    if attendance == "colleges" and body != "oph_board":
        attendance = "civ_lines"
    return Variants11(
        body11=body,
        head11=c(HEADS11),
        words_dates11=rng.random() < 0.35,
        agenda11="none" if single else c(AGENDAS11[1:] + AGENDAS11),
        number11=c(NUMBERS11),
        title11=c(TITLES11),
        attendance11=attendance,
        proxy11=c(PROXIES11),
        name_surname_first11=rng.random() < 0.6,
        vote_styles11=rng.sample(VOTES11, k=rng.randint(2, 4)),
        withdrawn11=0 if single else rng.choice([0, 1, 1, 2]),
        long_items11=rng.random() < 0.5,
        running_session11=rng.random() < 0.7,
        many_items11=not single and rng.random() < 0.3,
    )


def number_and_label11(family: str, year: int, k: int) -> tuple[str, str]:
    """(gold number, printed number) of item k."""
    if family == "year_del":
        num = f"{year}_DEL_{k:03d}"
        return num, num
    if family == "ca_dash":
        num = f"CA-{year}-{k}"
        return num, num
    if family == "decision":
        num = f"{year}-{k:03d}"
        return num, f"Décision n° {num}"
    return str(k), f"Point {k}"
