"""One deliberation's text: number and title line, rapporteur, "Vu ...",
"Considérant ...", decision and vote; written into a python-docx container in
the drawn layout, returning its gold (GOLD_FORMAT.md deliberation entry)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Optional

from docx.enum.text import WD_BREAK

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session
from .sessionsheet import civil, name
from .variants4 import VOTE_STYLES4, draw_vote4


@dataclass
class Item:
    """What a deliberation is about, before it is written."""
    number: Optional[str]      # gold number ("D2025-035", "2019 / 075", "7"), None when unnumbered
    label: str                 # printed prefix before the subject ("DEL2024-17 :"), "" if none
    theme: str
    subject: str
    rapporteur: Optional[Person]


def number_and_label(family: str, year: int, month: int, k: int, single: bool) -> tuple[str, str]:
    """(gold number, printed label) for item k in a numbering family."""
    if family == "del_compact":
        num = f"DEL{year}-{k}"
        return num, f"{num} :"
    if family == "del_spaced":
        num = f"DEL {year}-{k:03d}"
        return num, f"{num} :"
    if family == "n_year_slash":
        num = f"{year} / {k:03d}"
        return num, f"n° {num} -"
    if family == "d_objet":
        num = f"D{year}-{k:03d}"
        return num, f"{num} - Objet :"
    if family == "session_slash":
        num = f"{year % 100:02d}-{month:02d}/{k:03d}"
        return num, f"{num} –"
    if family == "table_bare" and not single:
        return str(k), ""
    # variants3.py families
    if family == "underscore":
        num = f"DCM{year}_{k}"
        return num, f"{num} -"
    if family == "dash_padded":
        num = f"DEL-{year}-{k:03d}"
        return num, f"{num} :"
    if family == "year_slash_short":
        num = f"{year}/{k}"
        return num, f"N° {num} :"
    if family == "dotted":
        num = f"D.{year}.{k:02d}"
        return num, f"{num} –"
    if family == "n_slash_year":
        num = f"{k}/{year}"
        return num, f"N°{num} -"
    # variants4.py families
    if family == "point_n":
        return str(k), f"Point n° {k} :"
    if family == "rapport_caps":
        return str(k), f"RAPPORT N° {k} –"
    if family == "affaire":
        num = f"{year}-{k}"
        return num, f"Affaire n° {num} :"
    if family == "bare_line":       # the number alone on the line above the title
        return str(k), ""
    num = f"{year}-{k:03d}"
    return num, f"Délibération n° {num}"


def draw_vote(rng: random.Random, session: Session) -> tuple[list[str], dict]:
    """(printed lines, gold vote) of one decision."""
    voters = session.voters
    r = rng.random()
    none = {"for": None, "against": None, "abstention": None}
    if r < 0.30:
        text = rng.choice(["Adopté à l'unanimité.", "ADOPTÉ À L'UNANIMITÉ",
                           "Le Conseil adopte à l'unanimité.", "Vote : unanimité",
                           "Après en avoir délibéré, à l'unanimité, APPROUVE la proposition."])
        return [text], {"result": "unanimity", **none}
    if r < 0.45:
        against = rng.randint(1, max(1, voters // 4))
        abst = rng.randint(0, 3)
        pour = voters - against - abst
        lines = [f"Pour : {pour}   Contre : {against}   Abstentions : {abst}"]
        if rng.random() < 0.5:
            lines.append("Le Conseil adopte.")
        return lines, {"result": "majority", "for": pour, "against": against, "abstention": abst}
    if r < 0.55:
        against = rng.randint(1, max(1, voters // 4))
        return ([f"Adopté à la majorité ({against} contre)."],
                {"result": "majority", "for": None, "against": against, "abstention": None})
    if r < 0.65:
        against = rng.randint(1, max(1, voters // 5))
        abst = rng.randint(1, 3)
        pour = voters - against - abst
        return ([f"Adopté à la majorité des suffrages exprimés par {pour} voix pour, {against} voix "
                 f"contre et {abst} abstention{'s' if abst > 1 else ''}."],
                {"result": "majority", "for": pour, "against": against, "abstention": abst})
    if r < 0.75:
        who = rng.choice(session.present)
        return ([f"Adopté à l'unanimité des suffrages exprimés ({civil(who)} s'abstient)."],
                {"result": "unanimity", "for": None, "against": None, "abstention": 1})
    if r < 0.85:
        return (["Votants : %d - Pour : %d - Contre : 0 - Abstention : 0" % (voters, voters),
                 "La délibération est adoptée à l'unanimité."],
                {"result": "unanimity", "for": voters, "against": 0, "abstention": 0})
    if r < 0.89:
        return (["Le Conseil prend acte de cette communication."],
                {"result": None, **none})
    if r < 0.93:        # adopted, no count, no word of unanimity (no new draw: seeds keep their text)
        text = ["Le Conseil adopte.", "ADOPTÉ", "La délibération est adoptée."][int(r * 1000) % 3]
        return [text], {"result": "adopted", **none}
    pour = rng.randint(2, max(3, voters // 3))
    against = voters - pour
    return ([f"Rejeté par {pour} voix pour et {against} voix contre."],
            {"result": "rejected", "for": pour, "against": against, "abstention": None})


def draw_vote3(rng: random.Random, session: Session, layout: Layout
               ) -> tuple[list[str], dict, list[tuple[str, int]]]:
    """Votes of variants3.py: (printed lines, gold vote, grid) where grid is a
    ruled grid's (heading, count) cells printed before the lines, or a phrasing
    the base draw never prints (no grid)."""
    voters = session.voters
    against = rng.randint(1, max(1, voters // 4)) if rng.random() < 0.6 else 0
    abst = rng.randint(0, 3)
    pour = voters - against - abst
    unanimous = against == 0
    result = "unanimity" if unanimous else "majority"
    if layout.vote_style == "grid":
        grid = [("Votants", voters), ("Pour", pour), ("Contre", against), ("Abstentions", abst)]
        line = ("Adopté à l'unanimité des suffrages exprimés." if unanimous and abst
                else "Adopté à l'unanimité." if unanimous else "Adopté à la majorité.")
        return [line], {"result": result, "for": pour, "against": against, "abstention": abst}, grid
    r = rng.random()
    if unanimous:
        if r < 0.5:
            return (["ADOPTÉ À L'UNANIMITÉ DES MEMBRES PRÉSENTS ET REPRÉSENTÉS"],
                    {"result": "unanimity", "for": None, "against": None, "abstention": None}, [])
        return (["Décision adoptée à l'unanimité des votants."],
                {"result": "unanimity", "for": None, "against": None, "abstention": None}, [])
    if r < 0.3:
        return ([f"La proposition est adoptée par {pour} voix pour, {against} contre et "
                 f"{abst} abstention{'s' if abst > 1 else ''}."],
                {"result": "majority", "for": pour, "against": against, "abstention": abst}, [])
    if r < 0.55:
        return ([f"Votants : {voters} / Exprimés : {voters - abst} / Pour : {pour} / "
                 f"Contre : {against}", "La délibération est adoptée à la majorité."],
                {"result": "majority", "for": pour, "against": against, "abstention": None}, [])
    if r < 0.8:
        return ([f"Résultat du vote : {pour} pour, {against} contre, {abst} "
                 f"abstention{'s' if abst > 1 else ''}. Adopté."],
                {"result": "majority", "for": pour, "against": against, "abstention": abst}, [])
    who = rng.sample(session.present, k=min(2, len(session.present)))
    names = " et ".join(civil(p) for p in who)
    return ([f"Adoptée à la majorité, {names} votant contre."],
            {"result": "majority", "for": None, "against": len(who), "abstention": None}, [])


EXPOSES = [
    "Il rappelle les objectifs poursuivis et le calendrier prévisionnel des travaux.",
    "Le projet s'inscrit dans les orientations définies par le programme pluriannuel d'investissement.",
    "Les crédits nécessaires sont inscrits au budget de l'exercice en cours.",
    "Le plan de financement prévisionnel est joint en annexe à la présente délibération.",
    "La commission compétente a émis un avis favorable.",
]


def write_title(container, item: Item, layout: Layout, rng: random.Random) -> None:
    """The number/title line(s) of a deliberation (not for the table layout)."""
    subject = item.subject.upper() if layout.title_style == "caps" else item.subject
    if layout.number_family == "bare_line" and item.number:
        container.add_paragraph().add_run(item.number).bold = True
    if item.label.startswith("Délibération n°"):
        p = container.add_paragraph()
        p.add_run(item.label).bold = True
        p = container.add_paragraph()
        p.add_run("Objet : ").bold = True
        run = p.add_run(subject)
    else:
        p = container.add_paragraph()
        prefix = f"{item.label} " if item.label else ""
        run = p.add_run(prefix + subject)
    run.bold = True
    if layout.title_style == "bold_underline":
        run.underline = True


def write_rapporteur(container, item: Item, layout: Layout) -> None:
    if item.rapporteur is None or layout.rapporteur_style == "none":
        return
    if layout.rapporteur_style == "label":
        container.add_paragraph(f"Rapporteur : {civil(item.rapporteur)}")
    elif layout.rapporteur_style == "label_plain":
        container.add_paragraph(f"Rapporteur : {name(item.rapporteur, layout)}")
    else:
        container.add_paragraph(f"Sur le rapport de {civil(item.rapporteur)},")


def write_body(container, item: Item, session: Session, layout: Layout, rng: random.Random,
               cited_number: Optional[str]) -> dict:
    """Vistas, considerations, decision and vote; returns the gold vote."""
    b = session.body
    vistas = ["Vu le Code Général des Collectivités Territoriales, et notamment son article L. 2121-29,",
              "Vu le Code de la Construction et de l'Habitation,",
              f"Vu le budget de l'exercice {session.day.year},",
              "Vu le règlement général de l'Agence Nationale pour la Rénovation Urbaine,",
              "Vu l'avis favorable de la commission des finances,"]
    for v in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(v)
    if cited_number:
        earlier = session.day - timedelta(days=rng.randint(40, 700))
        container.add_paragraph(f"Vu la délibération n° {cited_number} du {pools.long_date(earlier)},")
    if layout.decoy_date:
        earlier = session.day - timedelta(days=rng.randint(30, 900))
        container.add_paragraph(f"Considérant que le {b.name}, lors de sa séance du "
                                f"{pools.long_date(earlier)}, a approuvé le principe de l'opération,")
    speaker = civil(item.rapporteur) if item.rapporteur else f"{'Le' if b.head_title != 'Présidente' else 'La'} {b.head_title}"
    container.add_paragraph(
        f"{speaker} expose que le dossier a été examiné en commission et présente le projet "
        f"de délibération relatif à l'objet ci-dessus. {rng.choice(EXPOSES)}")
    amount = pools.amount(rng)
    container.add_paragraph(
        f"Considérant que le montant de l'opération s'élève à {pools.money(amount, rng)} "
        f"et qu'il convient d'en arrêter le plan de financement,")
    grid: list[tuple[str, int]] = []
    if layout.vote_style == "base":
        vote_lines, vote = draw_vote(rng, session)
    elif layout.vote_style in VOTE_STYLES4:
        vote_lines, vote = draw_vote4(rng, session, layout, civil)
    else:
        vote_lines, vote, grid = draw_vote3(rng, session, layout)
    container.add_paragraph(
        f"Après en avoir délibéré, le {b.name} DÉCIDE d'approuver les dispositions exposées "
        f"ci-dessus et autorise {'le' if b.head_title != 'Présidente' else 'la'} "
        f"{b.head_title} à signer tout document s'y rapportant.")
    if grid:
        write_vote_grid(container, grid)
    for line in vote_lines:
        p = container.add_paragraph()
        p.add_run(line).bold = rng.random() < 0.5
    return vote


def write_vote_grid(container, grid: list[tuple[str, int]]) -> None:
    """A ruled two-row grid: the headings, then the counts."""
    table = container.add_table(rows=2, cols=len(grid))
    docxkit.table_borders(table, ruled=True)
    for i, (head, value) in enumerate(grid):
        table.rows[0].cells[i].paragraphs[0].add_run(head).bold = True
        table.rows[1].cells[i].paragraphs[0].add_run(str(value))
    container.add_paragraph()


def page_break(container) -> None:
    container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def draw_items(rng: random.Random, session: Session, layout: Layout, n: int,
               single: bool) -> list[Item]:
    year, month = session.day.year, session.day.month
    k0 = rng.randint(1, 120)
    items: list[Item] = []
    seen: set[str] = set()
    while len(items) < n:
        num, label = number_and_label(layout.number_family, year, month, k0 + len(items), single)
        if session.body.kind == "board" and rng.random() < 0.6:
            theme, subject = "HABITAT", pools.board_subject(rng, session.body.agglo, year)
        else:
            theme, subject = pools.subject(rng, session.body.commune, session.body.agglo, year)
        if subject in seen:  # one session never decides the same subject twice
            continue
        seen.add(subject)
        rapporteur = rng.choice(session.present)
        items.append(Item(num, label, theme, subject, rapporteur))
    return items


def gold_entry(item: Item, vote: dict) -> dict:
    return {"number": item.number, "subject": item.subject,
            "rapporteur": item.rapporteur.gold if item.rapporteur else None,
            "pages": None, "vote": vote}


def write_doc_basics(doc, session: Session, layout: Layout, rng: random.Random) -> None:
    """Running header and page-number footer of every page."""
    section = doc.sections[0]
    b = session.body
    if layout.running_header:
        p = section.header.paragraphs[0]
        p.text = f"{b.organisation} - {b.name} du {session.day:%d/%m/%Y}"
        p.alignment = docxkit.ALIGN[rng.choice(["left", "right", "center"])]
    if layout.footer != "none":
        p = section.footer.paragraphs[0]
        p.alignment = docxkit.ALIGN[rng.choice(["center", "right"])]
        if layout.footer == "page_of":
            p.add_run("Page ")
            docxkit.add_field(p, "PAGE")
            p.add_run(" / ")
            docxkit.add_field(p, "NUMPAGES")
        elif layout.footer == "slash":
            docxkit.add_field(p, "PAGE")
            p.add_run("/")
            docxkit.add_field(p, "NUMPAGES")
        else:
            p.add_run("- ")
            docxkit.add_field(p, "PAGE")
            p.add_run(" -")


def write_stamp(doc, session: Session, layout: Layout, number: Optional[str], rng: random.Random) -> None:
    """The prefecture's acknowledgement box in a page corner (a text frame)."""
    if layout.stamp == "none":
        return
    d = session.day + timedelta(days=rng.randint(1, 12))
    act = (number or f"DEL{session.day.year}_{rng.randint(1, 99)}").replace(" ", "").replace("/", "_")
    siren = f"2{rng.randint(0, 99999999):08d}"
    dep = session.body.department.zfill(3)
    p = doc.add_paragraph()
    p.alignment = docxkit.ALIGN["left"]
    p.add_run("Accusé de réception en préfecture").bold = True
    p.add_run().add_break()
    p.add_run(f"{dep}-{siren}-{d:%Y%m%d}-{act}-DE")
    p.add_run().add_break()
    p.add_run(f"Date de télétransmission : {d:%d/%m/%Y}")
    p.add_run().add_break()
    p.add_run(f"Date de réception préfecture : {d:%d/%m/%Y}")
    for r in p.runs:
        r.font.size = docxkit.Pt(7)
    docxkit.paragraph_border(p)
    if layout.stamp == "top_right":
        docxkit.frame(p, 13.0, 0.6, 6.5)
    else:
        docxkit.frame(p, 1.0, 26.2, 6.5)
