"""The session header of variants6.py's families: the opening sentence with
its convocation decoy, the count line, the attendance lists (names "NOM
Prénom", " - " / ";" / one per line, "représenté(e) par", "pouvoir à"), a quorum
sentence and the secretary; written into a python-docx container."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Optional, Sequence

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session
from .sessionsheet import civil, join, name
from .variants6 import Variants6


def _hour(rng: random.Random) -> tuple[int, int]:
    return rng.randint(17, 20), rng.choice([0, 15, 30])


def _hour_words(h: int, m: int) -> str:
    minutes = {0: "", 15: " quinze", 30: " trente"}[m]
    return f"{pools.day_in_words(h)} heures{minutes}"


def chair(session: Session) -> str:
    return f"sous la présidence de {civil(session.president)}, {session.body.head_title}"


def date_and_opening(container, session: Session, v: Variants6, rng: random.Random) -> None:
    d, b = session.day, session.body
    h, m = _hour(rng)
    if v.date_style6 == "ordinaire_decoy":
        kind = rng.choice(["ordinaire", "publique ordinaire"])
        container.add_paragraph(
            f"Le {b.name} de {b.organisation}, régulièrement convoqué le "
            f"{pools.long_date(session.convened, weekday=True)}, s'est réuni en séance {kind}, "
            f"salle des délibérations, le {pools.long_date(d, weekday=True)} à {h}h{m:02d}, "
            f"{chair(session)}.")
        return
    if v.date_style6 == "words_weekday":
        weekday = pools.WEEKDAYS[d.weekday()]
        container.add_paragraph(
            f"Le {weekday} {pools.day_in_words(d.day)} {pools.MONTHS[d.month - 1]} "
            f"{pools.year_in_words(d.year)}, à {_hour_words(h, m)}, le {b.name}, convoqué le "
            f"{session.convened:%d/%m/%Y}, s'est assemblé au lieu habituel de ses séances, "
            f"{chair(session)}.")
        return
    container.add_paragraph(f"Date de convocation : {session.convened:%d/%m/%Y}")
    if rng.random() < 0.5:
        posted = session.convened + timedelta(days=1)
        container.add_paragraph(f"Date de publication : {posted:%d/%m/%Y}")
    p = container.add_paragraph()
    p.add_run(f"Séance {rng.choice(['ordinaire', 'publique'])} du "
              f"{pools.long_date(d, weekday=True)}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    container.add_paragraph(f"Le {b.name} s'est réuni à {h} h {m:02d}, {chair(session)}.")


def count_line(session: Session, rng: random.Random) -> str:
    members = session.body.members_word.split()[0]
    if rng.random() < 0.5:
        return (f"Nombre de {members} en exercice : {session.in_office}, présents : "
                f"{len(session.present)}, votants : {session.voters}")
    return (f"En exercice : {session.in_office} - Présents : {len(session.present)} - "
            f"Représentés : {len(session.represented)} - Votants : {session.voters}")


def _block(container, label: str, items: list[str], layout: Layout, per_line: bool,
           rng: random.Random) -> None:
    p = container.add_paragraph()
    p.alignment = docxkit.ALIGN["left"]
    p.add_run(label).bold = rng.random() < 0.6
    lines = items if per_line else join(items, layout)
    if per_line:
        for line in lines:
            container.add_paragraph(line).alignment = docxkit.ALIGN["left"]
        return
    p.add_run(" " + lines[0])
    for line in lines[1:]:
        container.add_paragraph(line).alignment = docxkit.ALIGN["left"]


def write_header6(container, session: Session, layout: Layout, v: Variants6,
                  rng: random.Random, remarks: Optional[dict[Person, str]] = None,
                  later: Sequence[Person] = ()) -> dict:
    """Write the header; return the session gold (at the opening of the session).
    remarks: a remark printed after a member's name in the present list ("(jusqu'au point
    12)"); later: members listed present though they arrive later (not listed absent)."""
    remarks = remarks or {}
    date_and_opening(container, session, v, rng)
    att = v.attendance6
    per_line = att == "one_per_line"
    counts_only = v.counts6 == "counts_only" and not remarks
    if att == "count_line" or counts_only or rng.random() < 0.3:
        container.add_paragraph(count_line(session, rng))
    if not counts_only:
        listed = list(session.present) + [p for p in later if p not in session.present]
        _block(container, rng.choice(["Présents :", "Étaient présents :", "Membres présents :"]),
               [name(p, layout) + (f" ({remarks[p]})" if p in remarks else "") for p in listed],
               layout, per_line, rng)
    rep = session.represented
    if rep:
        if att == "represente_par":
            items = [f"{name(m, layout)} représenté{'e' if m.female else ''} par {name(h, layout)}"
                     for m, h in rep]
            label = "Absents représentés :"
        else:
            items = [f"{name(m, layout)} (pouvoir à {name(h, layout)})" for m, h in rep]
            label = rng.choice(["Absents ayant donné pouvoir :", "Excusés ayant donné pouvoir :"])
        _block(container, label, items, layout, per_line, rng)
    if session.excused:
        _block(container, rng.choice(["Excusés :", "Absents excusés :"]),
               [name(p, layout) for p in session.excused], layout, per_line, rng)
    absent = [p for p in session.absent if p not in later]
    if absent:
        _block(container, rng.choice(["Absents :", "Absents non excusés :"]),
               [name(p, layout) for p in absent], layout, per_line, rng)
    if session.secretary is not None:
        container.add_paragraph(f"Secrétaire de séance : {name(session.secretary, layout)}")
    if att == "quorum" or rng.random() < 0.3:
        container.add_paragraph(rng.choice([
            "Le quorum étant atteint, le Conseil peut valablement délibérer.",
            f"{'La' if session.president.female else 'Le'} {session.body.head_title} constate "
            f"que le quorum est atteint et ouvre la séance."]))
    count = len(session.present) if att == "count_line" or counts_only else None
    return session.gold(not counts_only, count, session.secretary is not None)
