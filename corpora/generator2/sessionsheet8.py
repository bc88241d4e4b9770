"""The session header of variants8.py's families: the session box (date and hour,
counts, convocation and posting dates; in the page header repeated on each page or
at the top of the first page), the chair, and the attendance by commune (with
suppléants and proxies to another commune's delegate), as a board's
"Administrateurs présents" with "Assistaient également", or as a narrow name grid
mixing "NOM Prénom" and "Prénom NOM"; written into a python-docx container."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Optional

from docx.shared import Cm

from . import docxkit, pools
from .pools import Person
from .session import Session
from .sessionsheet import civil
from .sessionsheet7 import head_title
from .variants8 import Variants8

QUALITIES8 = ["représentant{e} de la Communauté d'agglomération", "représentant{e} du Département",
              "représentant{e} des locataires (CNL)", "représentant{e} des locataires (CLCV)",
              "représentant{e} des locataires (CSF)", "personnalité qualifiée",
              "représentant{e} de l'UDAF", "représentant{e} de la CAF",
              "représentant{e} d'Action Logement"]
STAFF8 = ["Directeur général", "Directrice générale adjointe", "Commissaire du Gouvernement",
          "Directeur financier", "représentant du CSE", "Responsable du service juridique"]


@dataclass
class Cast8:
    """Who the header prints beyond the session: communes, suppléants, staff."""
    commune_of: dict[Person, str] = field(default_factory=dict)
    substitute_for: dict[Person, Person] = field(default_factory=dict)   # suppléant -> titulaire
    quality_of: dict[Person, str] = field(default_factory=dict)
    staff: list[tuple[Person, str]] = field(default_factory=list)
    mixed_order: dict[Person, bool] = field(default_factory=dict)        # True: "NOM Prénom"


def name8(p: Person, cast: Cast8, civility: bool) -> str:
    core = f"{p.last} {p.first}" if cast.mixed_order.get(p) else f"{p.first} {p.last}"
    if not civility:
        return core
    return f"{'Mme' if p.female else 'M.'} {core}"


def hour8(rng: random.Random) -> str:
    h, m = rng.randint(17, 19), rng.choice([0, 30])
    return rng.choice([f"{h}h{m:02d}", f"{h} h {m:02d}"])


# ----------------------------------------------------------------------------
# The session box
# ----------------------------------------------------------------------------

def box_cells8(session: Session, v: Variants8, hour: str, chair_text: str,
               rng: random.Random) -> list[list[list[str]]]:
    """The box's rows of cells, each cell a list of paragraphs."""
    d = session.day
    first = [f"Séance du {pools.long_date(d, weekday=True)} à {hour}"]
    if v.chair8 == "box":
        first.append(f"sous la présidence de {chair_text}")
    counts = [rng.choice(["Nombre de membres : ", "Nombre de délégués : "]) +
              f"en exercice {session.in_office} – présents {len(session.present)} – "
              f"votants {session.voters}"]
    rows = [[first, counts]]
    if v.decoys8:
        posted = session.convened + timedelta(days=rng.randint(0, 2))
        rows.append([[f"Date de convocation : {session.convened:%d/%m/%Y}"],
                     [f"Date d'affichage : {posted:%d/%m/%Y}"]])
    return rows


def write_box8(target, rows: list[list[list[str]]], width_cm: float) -> None:
    """A ruled two-column table of the box's cells into ``target`` (the body or a header)."""
    if hasattr(target, "is_linked_to_previous"):        # a section header
        table = target.add_table(rows=len(rows), cols=2, width=Cm(width_cm))
    else:
        table = target.add_table(rows=len(rows), cols=2)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [width_cm * 0.55, width_cm * 0.45])
    for row, cells in zip(table.rows, rows):
        for cell, paras in zip(row.cells, cells):
            for i, text in enumerate(paras):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(text).bold = i == 0 and row is table.rows[0]
    if not hasattr(target, "is_linked_to_previous"):
        target.add_paragraph()


# ----------------------------------------------------------------------------
# Attendance
# ----------------------------------------------------------------------------

def _commune_label(commune: str, form: str) -> str:
    if form == "caps_lines":
        return commune.upper()
    return f"Commune de {commune}" if commune[0] not in "AEIOUÉÈ" else f"Commune d'{commune}"


def _present_entry(p: Person, cast: Cast8, paren: bool) -> str:
    """A present member; a suppléant says whom he sits for (", suppléant de M. W" or in
    brackets)."""
    tit = cast.substitute_for.get(p)
    text = name8(p, cast, True)
    if tit is not None:
        word = "suppléante" if p.female else "suppléant"
        note = f"{word} de {name8(tit, cast, True)}"
        text += f" ({note})" if paren else f", {note}"
    return text


def by_commune(container, session: Session, cast: Cast8, v: Variants8, width_cm: float,
               rng: random.Random) -> None:
    """"Étaient présents :" then one line (or table row) per commune."""
    container.add_paragraph().add_run(rng.choice(["Étaient présents :", "Délégués présents :",
                                                   "PRÉSENTS :"])).bold = True
    paren = rng.random() < 0.5
    communes: dict[str, list[Person]] = {}
    for p in session.present:
        communes.setdefault(cast.commune_of[p], []).append(p)
    if v.commune_form8 == "table":
        table = container.add_table(rows=len(communes), cols=2)
        docxkit.table_borders(table, ruled=rng.random() < 0.5)
        docxkit.set_grid_widths(table, [4.0, width_cm - 4.4])
        for row, (commune, people) in zip(table.rows, communes.items()):
            row.cells[0].paragraphs[0].add_run(commune).bold = True
            row.cells[1].paragraphs[0].add_run(", ".join(_present_entry(p, cast, paren) for p in people))
        container.add_paragraph()
    else:
        for commune, people in communes.items():
            para = container.add_paragraph()
            para.add_run(_commune_label(commune, v.commune_form8) + " : ").bold = True
            para.add_run(", ".join(_present_entry(p, cast, paren) for p in people))
    rep = session.represented
    if rep:
        para = container.add_paragraph()
        para.add_run(rng.choice(["Pouvoirs :", "Procurations :"])).bold = True
        if rng.random() < 0.5:
            para.add_run(" " + " ; ".join(
                f"{name8(m, cast, True)} ({cast.commune_of[m]}) à {name8(h, cast, True)} "
                f"({cast.commune_of[h]})" for m, h in rep) + ".")
        else:
            for m, h in rep:
                gave = "déléguée" if h.female else "délégué"
                container.add_paragraph(
                    f"{name8(m, cast, True)} a donné pouvoir à {name8(h, cast, True)}, {gave} de "
                    f"{cast.commune_of[h]}.")
    _rest_lists(container, session, cast, rng, communes=True)


def _rest_lists(container, session: Session, cast: Cast8, rng: random.Random,
                communes: bool, label_word: str = "") -> None:
    substituted = set(cast.substitute_for.values())
    excused = [p for p in session.excused if p not in substituted]

    def entry(p: Person) -> str:
        text = name8(p, cast, True)
        return f"{text} ({cast.commune_of[p]})" if communes and p in cast.commune_of else text

    for label, people in ((f"{label_word}excusés :" if label_word else "Excusés :", excused),
                          (f"{label_word}absents :" if label_word else "Absents :", session.absent)):
        if people:
            para = container.add_paragraph()
            para.add_run(label).bold = True
            para.add_run(" " + ", ".join(entry(p) for p in people))


def board_admins(container, session: Session, cast: Cast8, rng: random.Random) -> None:
    """A board: present administrators with their quality one a line, proxies, excused,
    absent, then the staff attending without a vote."""
    container.add_paragraph().add_run("Administrateurs présents :").bold = True
    for p in session.present:
        q = cast.quality_of.get(p)
        container.add_paragraph(f"{name8(p, cast, True)}, {q}" if q else name8(p, cast, True))
    if session.represented:
        container.add_paragraph().add_run(
            "Administrateurs excusés ayant donné pouvoir :").bold = True
        for m, h in session.represented:
            container.add_paragraph(rng.choice([f"{name8(m, cast, True)} à {name8(h, cast, True)}",
                                                f"{name8(m, cast, True)} (pouvoir à "
                                                f"{name8(h, cast, True)})"]))
    _rest_lists(container, session, cast, rng, communes=False, label_word="Administrateurs ")
    if cast.staff:
        para = container.add_paragraph()
        para.add_run("Assistaient également (sans voix délibérative) : ").bold = True
        para.add_run(" ; ".join(f"{name8(p, cast, True)}, {office}" for p, office in cast.staff)
                     + ".")


def name_grid8(container, session: Session, cast: Cast8, width_cm: float,
               rng: random.Random) -> None:
    """Present names in a narrow borderless grid (long names wrap, a hyphenated one
    breaks at its hyphen), then the other states as lines."""
    container.add_paragraph().add_run(rng.choice(["Présents :", "Étaient présents :"])).bold = True
    cols = rng.choice([3, 4])
    names = [name8(p, cast, rng.random() < 0.5) for p in session.present]
    rows = (len(names) + cols - 1) // cols
    table = container.add_table(rows=rows, cols=cols)
    docxkit.table_borders(table, ruled=False)
    docxkit.set_grid_widths(table, [(width_cm - 0.4) / cols] * cols)
    for i, text in enumerate(names):       # column by column, as a register's columns read
        table.rows[i % rows].cells[i // rows].paragraphs[0].add_run(text)
    container.add_paragraph()
    rep = session.represented
    if rep:
        para = container.add_paragraph()
        para.add_run("Pouvoirs :").bold = True
        para.add_run(" " + ", ".join(f"{name8(m, cast, True)} à {name8(h, cast, True)}"
                                     for m, h in rep))
    _rest_lists(container, session, cast, rng, communes=False)


def chair_line8(session: Session, v: Variants8, hour: str) -> Optional[str]:
    p = session.president
    chair = f"{civil(p)}, {head_title(session.body.kind, p.female)}"
    if v.chair8 == "label":
        return f"Président{'e' if p.female else ''} de séance : {chair}"
    if v.chair8 == "opening":
        return f"La séance est ouverte à {hour} sous la présidence de {chair}."
    return None
