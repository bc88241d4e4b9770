"""A tenth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation10 / minutes10), families the base generator and variants3.py -
variants9.py do not print; drawn from what councils write in full procès-verbaux
(the verbatim kind the law asks for since 2022) and from ACTES-stamped extracts.

Drawn from their own random stream ("v10:<seed>"); the earlier kinds never read
this module. Each choice is recorded in the gold's layout (keys ending in "10"):

- the body: a conseil municipal, a bureau communautaire, or a Département's
  "Commission permanente" (chaired by the "Président du Conseil départemental");
- the session head: a two-cell box (left: "Date de convocation", "Date d'affichage",
  "Nombre de conseillers : en exercice / présents / votants", "Quorum : 17"; right:
  the body, "Séance du …", the hour and the place), a ruled count table
  ("Nombre de conseillers en exercice | 33", "… présents | 25", "… votants | 29") with
  the quorum and the secretary, or a procès-verbal title over "Mercredi 12 mars 2025 –
  18 h 30 – Salle du Conseil";
- attendance sorted by political group ("Groupe « Agir ensemble » (majorité) :" then
  its members), one member a line with the function after a dash ("Mme Anne de LATTRE –
  Maire-adjointe déléguée à l'urbanisme"), or the groups with each member's state in
  brackets ("M. X (pouvoir à Mme Y)", "Mme Z (excusée)", "M. W (absent)"); names with
  lower-case particles ("de LATTRE", "d'ESTIENNE", "du PLESSIS", "van der MEERSCH"),
  with "Mme / M.", "Madame / Monsieur" or no civility; proxies "pouvoir de X à Y",
  "X ayant donné pouvoir à Y", "X représenté(e) par Y"; (minutes) a member marked in the
  present list as arriving at a point ("Mme X (à partir du point 3)") or leaving after
  one and handing a proxy ("M. Y (jusqu'au point 4, puis pouvoir à Mme Z)");
- numbers by thematic code "FIN-2025-014", "URB/03", "n° 12-2025", "2025/HAB/014" on the
  title's line, above "OBJET :", or as "Réf. : …" under the title;
- (minutes) the verbatim debate: "M. le Maire : …", "Mme DUPONT : …", "M. Jean LEROY
  (Agir ensemble) : …" interventions with questions, announced group votes ("Nous
  voterons contre"), an earlier deliberation cited with its number and date, a
  suspended session ("La séance est suspendue à 19 h 40. Elle reprend à 19 h 55."),
  before the vote, after it, or both; the approval of the previous procès-verbal
  before the first item (a vote that is no deliberation);
- votes by political group ("Groupe Agir ensemble : pour ; Groupe Ensemble autrement :
  contre"), by name lists with their counts ("Ont voté contre : M. A, Mme B (2)" …
  "Ont voté pour : les autres membres présents et représentés (26)"), "à la majorité
  absolue (31 voix pour, 4 contre et 2 abstentions)", "Mis aux voix, le rapport est
  adopté par 27 voix contre 4 et 2 abstentions", "Ne prend pas part au vote : M. X"
  over a unanimity of the votes cast;
- ACTES furniture: the act's number in the running header ("Délibération n° FIN-2025-014
  – Séance du 12/03/2025"), the receipt id in the footer ("Accusé de réception en
  préfecture : 062-216200628-20250314-FIN_2025_014-DE – Reçu le 14/03/2025"), a
  "Certifié exécutoire" paragraph and a two-cell signature block (secretary | chair).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

BODIES10 = ["keep", "commission_permanente"]
HEADS10 = ["box_cells", "count_table", "pv_title"]
ATTENDANCE10 = ["groups", "function_lines", "groups_inline"]
PROXIES10 = ["pouvoir_de", "ayant_donne", "represente"]
CIVILITIES10 = ["short", "long", "none"]
NUMBERS10 = ["theme_year", "theme_slash", "n_dash_year", "year_theme"]
TITLES10 = ["same_line", "objet_below", "ref_under"]
VOTES10 = ["groups", "name_lists", "majorite_absolue", "voix_contre", "nppv_unanimity"]
DEBATES10 = ["none", "before_vote", "after_vote", "both"]
MOVES10 = ["none", "inline"]

GROUP_NAMES10 = ["Agir ensemble", "Ensemble pour la ville", "Ville citoyenne", "Un nouvel élan",
                 "Rassemblement républicain", "Union de la gauche", "Écologie et solidarité",
                 "Vivre notre ville", "Demain, ensemble", "Les Républicains et apparentés"]

THEME_CODES10 = {"FINANCES": "FIN", "URBANISME": "URB", "RENOUVELLEMENT URBAIN": "NPRU",
                 "PERSONNEL": "RH", "AFFAIRES SCOLAIRES": "EDU", "HABITAT": "HAB",
                 "ADMINISTRATION GÉNÉRALE": "AG", "CULTURE ET SPORTS": "CULT", "TRAVAUX": "TRX",
                 "INTERCOMMUNALITÉ": "INT", "AFFAIRES SOCIALES": "SOC",
                 "DÉVELOPPEMENT ÉCONOMIQUE": "ECO"}

# Surnames with lower-case particles (printed as such; the gold keeps them).
PARTICLE_NAMES10 = ["de LATTRE", "d'ESTIENNE", "du PLESSIS", "van der MEERSCH", "de la GRANGE",
                    "des ROSIERS", "de SAINT-AUBERT", "le NOBLE", "di STEFANO", "de BOISSIEU"]


@dataclass
class Variants10:
    body10: str
    head10: str
    attendance10: str
    proxy10: str
    civility10: str
    name_first10: bool
    number10: str
    title10: str
    vote_styles10: list[str]
    debate10: str
    moves10: str
    pv_approval10: bool
    running_number10: bool     # extracts: the act's number in the running header
    receipt_footer10: bool     # extracts: the receipt id in the footer
    particles10: int           # members given a particle surname

    def to_dict(self) -> dict:
        return asdict(self)


def draw_variants10(rng: random.Random, single: bool) -> Variants10:
    c = rng.choice
    return Variants10(
        body10=c(BODIES10 + ["keep"]),
        head10=c(HEADS10),
        attendance10=c(ATTENDANCE10),
        proxy10=c(PROXIES10),
        civility10=c(CIVILITIES10),
        name_first10=rng.random() < 0.7,
        number10=c(NUMBERS10),
        title10=c(TITLES10),
        vote_styles10=rng.sample(VOTES10, k=rng.randint(2, 4)),
        debate10="none" if single else c(DEBATES10[1:]),
        moves10="none" if single else c(MOVES10),
        pv_approval10=not single and rng.random() < 0.6,
        running_number10=single and rng.random() < 0.7,
        receipt_footer10=single and rng.random() < 0.7,
        particles10=rng.randint(1, 4),
    )


def number_and_label10(family: str, theme: str, year: int, k: int) -> tuple[str, str]:
    """(gold number, printed number) of item k."""
    code = THEME_CODES10.get(theme, "AG")
    if family == "theme_year":
        num = f"{code}-{year}-{k:03d}"
        return num, num
    if family == "theme_slash":
        num = f"{code}/{k:02d}"
        return num, num
    if family == "n_dash_year":
        num = f"{k}-{year}"
        return num, f"n° {num}"
    num = f"{year}/{code}/{k:03d}"
    return num, num
