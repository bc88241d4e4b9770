"""A fourth draw of layout and phrasing families for deliberations and minutes
(kinds deliberation4 / minutes4), families neither the base generator nor
variants3.py prints.

Drawn from their own random stream ("v4:<seed>") on top of the base layout, so
the base and v3 kinds' documents stay as they were; each choice is recorded in
the gold's layout:

- numbering: "Point n° 17 :", "RAPPORT N° 17 –", "Affaire n° 2024-17 :", the bare
  number alone on the line above its title (minutes);
- thematic headings without numbers ("Qualité de l'espace public");
- session date: a convocation date printed first ("Date de convocation : ..."),
  a caps title line "CONSEIL MUNICIPAL DU 9 AVRIL 2024", the date and hour in
  words ("... le neuf avril à dix-huit heures trente"), a zero-padded weekday
  form ("Séance du mardi 09 avril 2024");
- chair: "M. X, Maire, ouvre la séance à 18 h 30.", "Présidait la séance : X",
  "Sous la présidence de : X";
- names: surnames in title case ("Jean Dupont"), grouped civilities
  ("MM. A, B, Mmes C, D"), lists closed by "et", soft hyphens in long surnames
  (LibreOffice cuts them at a line end: "DELAT-" / "TRE");
- proxies: "X donne pouvoir à Y", "X (représenté(e) par Y)", "Absents ayant
  donné procuration : X (à Y)", holders not printed;
- a count block "Membres en exercice : 33 – Présents : 23 – Votants : 27"
  above the lists;
- votes: "Pour : 57 – Contre : 2 – Abstentions : 3", "Pour : 52" / "Contre : 7"
  / "Adopté à la majorité des suffrages exprimés" on lines of their own,
  "Vote : Pour 25 ; Contre 2 ; Abstention 1", "M. X ne prend pas part au vote.";
- summary minutes (compte rendu sommaire): no body, each item a borderless row
  rapporteur | bare number | title and vote lines, "M. X entre en séance."
  between items.
"""

from __future__ import annotations

import random

NUMBER_FAMILIES4 = ["point_n", "rapport_caps", "affaire", "bare_line"]
THEME_STYLES4 = ["plain"]
DATE_STYLES4 = ["convocation_label", "body_caps", "words_hour", "weekday_padded"]
PRESIDENT_STYLES4 = ["ouvre", "presidait", "sous_presidence_label"]
NAME_STYLES4 = ["base", "title_case", "civil_plural", "et_final", "soft_hyphen"]
PROXY_STYLES4 = ["donne_pouvoir", "represente", "procuration_a", "no_holder"]
VOTE_STYLES4 = ["dash_counts", "pour_lines", "vote_colon", "npp"]

# Plain thematic headings of summary minutes, one per base theme.
PLAIN_THEMES = {"FINANCES": "Finances et budget", "RENOUVELLEMENT URBAIN": "Qualité de l'espace public",
                "URBANISME": "Projet urbain - Urbanisme et aménagement durable",
                "PERSONNEL": "Ressources humaines", "HABITAT": "Habitat et logement"}


def apply_variants4(layout, rng: random.Random, single: bool) -> None:
    """Override some of the base layout's choices with this module's families
    (each about half the time, so documents mix old and new families)."""
    if rng.random() < 0.6:
        families = NUMBER_FAMILIES4 if not single else NUMBER_FAMILIES4[:3]
        layout.number_family = rng.choice(families)
    if rng.random() < 0.4:
        layout.theme_style = "plain"
    if rng.random() < 0.6:
        layout.date_style = rng.choice(DATE_STYLES4)
    if rng.random() < 0.5:
        layout.president_style = rng.choice(PRESIDENT_STYLES4)
    layout.name_style = rng.choice(NAME_STYLES4)
    if layout.name_style == "civil_plural":
        layout.civility = "short"
        layout.list_sep = "comma"
    if layout.name_style == "et_final" and layout.list_sep == "lines":
        layout.list_sep = "comma"
    if rng.random() < 0.6:
        layout.proxy_style = rng.choice(PROXY_STYLES4)
    layout.count_block = rng.random() < 0.3 and "{n}" not in layout.present_label
    if rng.random() < 0.6:
        layout.vote_style = rng.choice(VOTE_STYLES4)
    layout.summary = (not single) and rng.random() < 0.4
    if layout.summary:
        layout.number_family = "bare_line"
        layout.theme_style = rng.choice(["plain", "none"])
        layout.page_break_between = False


def title_name(last: str) -> str:
    """A surname in title case as many registers print it ("DE LA ROCHE" -> "De La Roche")."""
    return last.title()


def soft_hyphenated(last: str) -> str:
    """Soft hyphens inside a long surname, where LibreOffice may cut it at a line end."""
    out = []
    for word in last.split(" "):
        if len(word) >= 7 and "-" not in word and "'" not in word:
            mid = len(word) // 2
            word = word[:mid] + "\u00ad" + word[mid:]
        out.append(word)
    return " ".join(out)


def join_names(names: list[str], females: list[bool], style: str, sep: str) -> str:
    """One printed list in a name style (civil_plural: "MM. A, B, Mmes C"; et_final: "A, B et C")."""
    if style == "civil_plural":
        men = [n for n, f in zip(names, females) if not f]
        women = [n for n, f in zip(names, females) if f]
        groups = []
        if men:
            groups.append(("M. " if len(men) == 1 else "MM. ") + ", ".join(men))
        if women:
            groups.append(("Mme " if len(women) == 1 else "Mmes ") + ", ".join(women))
        return ", ".join(groups)
    if style == "et_final" and len(names) > 1:
        return sep.join(names[:-1]) + " et " + names[-1]
    return sep.join(names)


def plain_theme(theme: str) -> str:
    return PLAIN_THEMES.get(theme, theme.capitalize())


def draw_vote4(rng: random.Random, session, layout, civil) -> tuple[list[str], dict]:
    """(printed lines, gold vote) in the vote families of this module."""
    voters = session.voters
    against = rng.randint(1, max(1, voters // 4)) if rng.random() < 0.5 else 0
    abst = rng.randint(1, 3) if rng.random() < 0.5 else 0
    pour = voters - against - abst
    style = layout.vote_style
    if style == "dash_counts":
        result = "unanimity" if not against else "majority"
        closing = ("Adopté à l'unanimité." if not against and not abst
                   else "Adopté à l'unanimité des suffrages exprimés." if not against
                   else "Adopté à la majorité.")
        return ([f"Pour : {pour} – Contre : {against} – Abstentions : {abst}", closing],
                {"result": result, "for": pour, "against": against, "abstention": abst})
    if style == "pour_lines":        # only the non-zero counts are printed
        lines = [f"Pour : {pour}"]
        if against:
            lines.append(f"Contre : {against}")
        if abst:
            lines.append(f"Abstention{'s' if abst > 1 else ''} : {abst}")
        if against:
            lines.append("Adopté à la majorité des suffrages exprimés")
        elif abst:
            lines.append("Adopté à l'unanimité des suffrages exprimés")
        else:
            lines.append("Adopté à l'unanimité")
        return lines, {"result": "majority" if against else "unanimity", "for": pour,
                       "against": against or None, "abstention": abst or None}
    if style == "vote_colon":
        result = "unanimity" if not against else "majority"
        return ([f"Vote : Pour {pour} ; Contre {against} ; Abstention {abst}"],
                {"result": result, "for": pour, "against": against, "abstention": abst})
    who = rng.choice(session.present[1:] or session.present)   # npp
    verb = "ne prend pas part au vote"
    return ([f"Adopté à l'unanimité. {civil(who)} {verb}."],
            {"result": "unanimity", "for": None, "against": None, "abstention": None})
