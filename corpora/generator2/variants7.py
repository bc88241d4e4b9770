"""A seventh draw of layout and phrasing families for deliberations and minutes
(kinds deliberation7 / minutes7), families the base generator and variants3.py -
variants6.py do not print; drawn from what councils, intercommunal boards
(conseil communautaire, bureau, comité syndical) and OPH / ESH boards print.

Drawn from their own random stream ("v7:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "7"):

- attendance: a roll-call table with the surname and the first name in columns of
  their own, an office column and columns Présent / Excusé / Absent / Pouvoir à
  (crosses "X", "x" or "1"); "Étaient présents : M. le Maire, Mmes et MM. les
  Adjoints : …, Mmes et MM. les Conseillers municipaux : …" (the chair named by
  title only, his name in the opening sentence); the lists side by side in a
  borderless two-column table; one running paragraph "Étaient présents : … Étaient
  excusés et représentés : X par Y … Était absent : …"; "Ont donné délégation de
  vote : X à Y";
- counts "Nombre de conseillers en exercice : 33 – présents : 25 – votants : 29",
  "/" or "|" separated, a quorum sentence carrying its own figure;
- chair: "sous la présidence de M. X, Maire", a deputy chairing when the head is
  excused ("En l'absence de M. le Maire, excusé, la séance est présidée par Mme Y,
  1ère adjointe"), "Présidence : Monsieur le Maire, X";
- date: "Le 3 mars 2025 à 18 h 30, le Conseil … s'est réuni", a title
  "Conseil communautaire — Séance du lundi 3 mars 2025 — 18 h 30", "Séance n° 4 du
  3 mars 2025", a borderless header row "Date : … | Heure : … | Lieu : …";
  decoys: convocation and posting dates before, "Transmis en préfecture le …" after;
- heading: a Word-like two-cell table (République française, département,
  collectivité | Extrait du registre …);
- numbers "2025-03-014", "DCM n° 25/014", "Délibération n° 14", "CA-2025-014";
  the act's number in the running header or footer of an extract;
- votes "Votes : Pour 27 – Contre 2 (Mme A, M. B) – Abstention 0", "DÉCIDE à la
  majorité (27 voix pour, 2 voix contre)", "Le Conseil, après en avoir délibéré, à
  l'unanimité des membres présents et représentés, DÉCIDE :", one count a line with
  named abstainers, against by a group, a rejected proposal;
- movements of several members at once (minutes): "MM. X et Y arrivent en
  séance.", "Mme A et M. B quittent la séance.", at the item from which they hold,
  or stated under the lists by agenda points ("Messieurs X et Y arrivent à partir
  du point 5", "Mme Z quitte la séance à l'issue du point 7 et donne pouvoir à M. W").
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

ATTENDANCE7 = ["roll_split", "groups_title", "two_columns", "prose_paragraph", "delegation"]
COUNTS7 = ["none", "dash", "slash", "bar"]
CHAIRS7 = ["head_sentence", "deputy", "presidence_title"]
DATE_STYLES7 = ["date_hour_first", "title_emdash", "session_numbered", "header_cells"]
HEADINGS7 = ["paragraphs", "word_table"]
NUMBER_FAMILIES7 = ["ym_seq", "dcm_slash", "bare_delib", "body_prefix"]
VOTE_STYLES7 = ["votes_dash_named", "decide_majority", "unanimity_present_represented",
                "count_lines", "group_against", "rejected7"]
MOVEMENTS7 = ["none", "some", "some"]
MOVEMENT_PLACES7 = ["items", "items", "header_points"]
CROSSES7 = ["X", "x", "1"]


@dataclass
class Variants7:
    attendance7: str
    counts7: str
    chair7: str
    date_style7: str
    heading7: str
    number_family7: str
    objet_next_line7: bool      # "Objet :" on the line under the number
    vote_styles7: list[str]     # each item draws one of these
    movements7: str
    movement_place7: str
    cross7: str                 # the roll-call table's mark
    proxy_cross7: bool          # a represented member also gets a cross under "Excusé"
    quorum7: bool
    number_in_furniture7: bool  # an extract's number in its running header / footer
    decoys7: bool               # convocation / posting dates before, transmission after

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants7(rng: random.Random, single: bool) -> Variants7:
    c = rng.choice
    v = Variants7(
        attendance7=c(ATTENDANCE7),
        counts7=c(COUNTS7),
        chair7=c(CHAIRS7),
        date_style7=c(DATE_STYLES7),
        heading7=c(HEADINGS7),
        number_family7=c(NUMBER_FAMILIES7),
        objet_next_line7=rng.random() < 0.5,
        vote_styles7=rng.sample(VOTE_STYLES7, k=rng.randint(2, 4)),
        movements7="none" if single else c(MOVEMENTS7),
        movement_place7=c(MOVEMENT_PLACES7),
        cross7=c(CROSSES7),
        proxy_cross7=rng.random() < 0.5,
        quorum7=rng.random() < 0.5,
        number_in_furniture7=single and rng.random() < 0.6,
        decoys7=rng.random() < 0.6,
    )
    if v.attendance7 == "groups_title" and v.chair7 == "deputy":
        v.chair7 = "head_sentence"      # "M. le Maire" in the present list is the chair
    if v.movement_place7 == "header_points" and v.movements7 != "none":
        v.number_family7 = "bare_delib"  # "point 5" is item n° 5
    return v


def number_and_label7(family: str, body_kind: str, year: int, month: int, k: int
                      ) -> tuple[str, str]:
    """(gold number, printed label) of item k."""
    if family == "ym_seq":
        num = f"{year}-{month:02d}-{k:03d}"
        return num, f"Délibération n° {num}"
    if family == "dcm_slash":
        num = f"{year % 100:02d}/{k:03d}"
        prefix = {"municipal": "DCM", "communautaire": "DCC", "bureau": "DB",
                  "board": "DCA"}.get(body_kind, "DCM")
        return num, f"{prefix} n° {num}"
    if family == "bare_delib":
        return str(k), f"Délibération n° {k}"
    prefix = {"municipal": "CM", "communautaire": "CC", "bureau": "BC", "board": "CA"}.get(
        body_kind, "CM")
    num = f"{prefix}-{year}-{k:03d}"
    return num, num
