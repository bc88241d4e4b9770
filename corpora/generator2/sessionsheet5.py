"""The session header of variants5.py's families: date lines (with their
decoys), the opening sentence and the attendance, written into a python-docx
container; returns the session gold of what it printed."""

from __future__ import annotations

import random
from datetime import timedelta

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session
from .sessionsheet import civil, join, name, write_header
from .variants5 import Variants5, digits_date


def chair_phrase(session: Session) -> str:
    return f", sous la présidence de {civil(session.president)}, {session.body.head_title}"


def _hour(rng: random.Random) -> tuple[int, str]:
    return rng.randint(17, 20), rng.choice(["00", "30", "15"])


def month_of(month: int) -> str:
    word = pools.MONTHS[month - 1]
    return f"d'{word}" if word[0] in "aeiouéo" else f"de {word}"


def date_lines(container, session: Session, v: Variants5, rng: random.Random,
               with_heading: bool = True) -> None:
    """The lines above the opening sentence: decoy dates (writing, posting,
    convocation) and the session's own heading line."""
    d = session.day
    if v.date_style5 == "place_decoy":
        written = d + timedelta(days=rng.randint(5, 20))
        p = container.add_paragraph(f"{session.body.commune}, le {pools.long_date(written, weekday=True)}")
        p.alignment = docxkit.ALIGN["right"]
        if with_heading:
            p = container.add_paragraph()
            p.add_run(f"Séance publique du {pools.long_date(d, weekday=True)}").bold = True
            p.alignment = docxkit.ALIGN["center"]
    elif v.date_style5 == "affichage_decoy":
        container.add_paragraph(f"Date de la convocation : {session.convened:%d/%m/%Y}")
        posted = session.convened + timedelta(days=1)
        container.add_paragraph(f"Date d'affichage : {posted:%d/%m/%Y}")
        if with_heading:
            p = container.add_paragraph()
            p.add_run(f"Séance du {pools.long_date(d)}").bold = True
            p.alignment = docxkit.ALIGN["center"]


def opening5(session: Session, v: Variants5, rng: random.Random, chair: bool) -> str:
    """The opening sentence; the session date is in it for the styles that
    print no heading line."""
    d, b = session.day, session.body
    h, m = _hour(rng)
    who = chair_phrase(session) if chair else ""
    if v.date_style5 == "slash_le":
        return (f"Le {b.name} de {b.organisation}, légalement convoqué le {session.convened:%d/%m/%Y}, "
                f"s'est réuni le {d:%d/%m/%Y} à {h}h{m}, en séance publique{who}.")
    if v.date_style5 == "an_digits":
        return (f"L'an {d.year}, le {digits_date(d)} à {h} heures {m}, le {b.name}, dûment convoqué "
                f"le {session.convened:%d/%m/%Y}, s'est réuni au lieu habituel de ses séances{who}.")
    if v.date_style5 == "du_mois":
        return (f"L'an {pools.year_in_words(d.year)}, le {pools.day_in_words(d.day)} du mois "
                f"{month_of(d.month)}, à {pools.day_in_words(h)} heures, le {b.name} de "
                f"{b.organisation} s'est assemblé en séance publique{who}.")
    return f"Le {b.name}, régulièrement convoqué, s'est réuni en séance publique à {h} h {m}{who}."


def proxy_items(session: Session, layout: Layout, v: Variants5) -> tuple[str, list[str]]:
    """(label, items) of the represented members in the drawn proxy style."""
    rep = session.represented
    if v.proxy_style5 == "vote_proc_a":
        return ("Absents ayant voté par procuration :",
                [f"{name(m, layout)} à {name(h, layout)}" for m, h in rep])
    if v.proxy_style5 == "pouvoir_de":
        return "Procurations :", [f"pouvoir de {name(m, layout)} à {name(h, layout)}" for m, h in rep]
    return "Pouvoirs :", [f"{name(m, layout)} a donné pouvoir à {name(h, layout)}" for m, h in rep]


def _paragraph(container, label: str, lines: list[str], rng: random.Random) -> None:
    p = container.add_paragraph()
    p.alignment = docxkit.ALIGN["left"]
    p.add_run(label).bold = rng.random() < 0.7
    if lines:
        p.add_run(" " + lines[0])
        for line in lines[1:]:
            container.add_paragraph(line).alignment = docxkit.ALIGN["left"]


def list_paragraphs(container, session: Session, layout: Layout, v: Variants5,
                    rng: random.Random, present: bool = True) -> None:
    """Present, proxies, excused, absent and secretary as labelled paragraphs."""
    if present:
        _paragraph(container, rng.choice(["Étaient présents :", "Présents :"]),
                   join([name(p, layout) for p in session.present], layout), rng)
    if session.represented:
        label, items = proxy_items(session, layout, v)
        _paragraph(container, label, join(items, layout), rng)
    if session.excused:
        _paragraph(container, rng.choice(["Étaient excusés :", "Absents excusés :"]),
                   join([name(p, layout) for p in session.excused], layout), rng)
    if session.absent:
        _paragraph(container, rng.choice(["Étaient absents :", "Absents :"]),
                   join([name(p, layout) for p in session.absent], layout), rng)
    if session.secretary is not None:
        _paragraph(container, "Secrétaire de séance :", [name(session.secretary, layout)], rng)


def _grid(container, rows: list[tuple[str, list[str]]], ruled: bool, width_cm: float,
          label_cm: float = 5.0) -> None:
    table = container.add_table(rows=len(rows), cols=2)
    docxkit.table_borders(table, ruled=ruled)
    docxkit.set_grid_widths(table, [label_cm, width_cm - label_cm - 0.4])
    for row, (label, lines) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        cell = row.cells[1]
        for i, line in enumerate(lines or [""]):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.alignment = docxkit.ALIGN["left"]
            para.add_run(line)
    container.add_paragraph()


def label_table(container, session: Session, layout: Layout, v: Variants5, rng: random.Random,
                width_cm: float) -> None:
    """A two-column table: label | value, the date and the chair in its first rows."""
    colon = " :" if rng.random() < 0.3 else ""
    d = session.day
    h, m = _hour(rng)
    when = (f"{d:%d/%m/%Y} à {h}h{m}" if v.date_style5 == "slash_le"
            else f"{pools.long_date(d, weekday=True)} à {h} h {m}")
    rows = [("Date de la séance" + colon, [when]),
            (("Présidente" if session.president.female else "Président") + " de séance" + colon,
             [name(session.president, layout)])]
    if rng.random() < 0.5:
        rows.append(("Membres en exercice" + colon, [str(session.in_office)]))
    rows.append(("Membres présents" + colon,
                 [", ".join(name(p, layout) for p in session.present)]))
    if session.represented:
        label, items = proxy_items(session, layout, v)
        rows.append(("Pouvoirs" + colon, items))
    if session.excused:
        rows.append(("Membres excusés" + colon, [", ".join(name(p, layout) for p in session.excused)]))
    if session.absent:
        rows.append(("Membres absents" + colon, [", ".join(name(p, layout) for p in session.absent)]))
    if session.secretary is not None:
        rows.append(("Secrétaire de séance" + colon, [name(session.secretary, layout)]))
    _grid(container, rows, ruled=rng.random() < 0.6, width_cm=width_cm)


STATE_WORDS = {"present": ("Présent", "Présente"), "excused": ("Excusé", "Excusée"),
               "absent": ("Absent", "Absente"), "represented": ("Représenté", "Représentée")}
STATE_LETTERS = {"present": "P", "excused": "E", "absent": "A", "represented": "E"}


def state_table(container, session: Session, layout: Layout, v: Variants5, width_cm: float) -> None:
    """Three columns: member | presence state | proxy holder; one row per member."""
    holder = {m: h for m, h in session.represented}
    state: dict[Person, str] = {p: "present" for p in session.present}
    state.update({m: "represented" for m in holder})
    state.update({p: "excused" for p in session.excused})
    state.update({p: "absent" for p in session.absent})
    members = [session.president] + sorted((p for p in state if p != session.president),
                                           key=lambda p: (p.last, p.first))
    heads = (["Membres", "Présence", "Pouvoir donné à"] if v.state_words5
             else ["Nom Prénom", "P / E / A", "Procuration à"])
    container.add_paragraph().add_run("Liste des membres :").bold = True
    table = container.add_table(rows=len(members) + 1, cols=3)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [0.45 * (width_cm - 0.4), 0.2 * (width_cm - 0.4),
                                    0.35 * (width_cm - 0.4)])
    for cell, head in zip(table.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    for row, p in zip(table.rows[1:], members):
        s = state[p]
        row.cells[0].paragraphs[0].add_run(name(p, layout))
        mark = STATE_WORDS[s][int(p.female)] if v.state_words5 else STATE_LETTERS[s]
        row.cells[1].paragraphs[0].add_run(mark)
        if p in holder:
            row.cells[2].paragraphs[0].add_run(name(holder[p], layout))
    if not v.state_words5:
        container.add_paragraph("P : présent – E : excusé – A : absent")
    container.add_paragraph()


def count_table(container, session: Session) -> None:
    """A small ruled table of counts: headings over figures."""
    cells = [("En exercice", session.in_office), ("Présents", len(session.present)),
             ("Représentés", len(session.represented)), ("Votants", session.voters)]
    table = container.add_table(rows=2, cols=len(cells))
    docxkit.table_borders(table, ruled=True)
    for i, (head, value) in enumerate(cells):
        table.rows[0].cells[i].paragraphs[0].add_run(head).bold = True
        table.rows[1].cells[i].paragraphs[0].add_run(str(value))
    container.add_paragraph()


def count_sentence(session: Session, layout: Layout) -> str:
    """"25 conseillers étaient présents ou représentés (04 procurations : A, B)
    et 02 absents : X et Y." (the excused are among the absent here)."""
    def names(people: list[Person]) -> str:
        out = [name(p, layout) for p in people]
        return ", ".join(out[:-1]) + " et " + out[-1] if len(out) > 1 else "".join(out)
    text = f"{session.voters:02d} {session.body.members_word} étaient présents ou représentés"
    if session.represented:
        text += (f" ({len(session.represented):02d} procuration{'s' if len(session.represented) > 1 else ''}"
                 f" : {names([m for m, _ in session.represented])})")
    if session.absent:
        text += f" et {len(session.absent):02d} absent{'s' if len(session.absent) > 1 else ''} : {names(session.absent)}"
    return text + "."


def write_header5(container, session: Session, layout: Layout, v: Variants5, rng: random.Random,
                  width_cm: float) -> dict:
    """Write the header in the drawn attendance family; return the session gold."""
    att = v.attendance5
    if att == "count_sentence":          # no excused without proxy: they are among the absent
        session.absent = session.absent + session.excused
        session.excused = []
    if att == "base":                     # the older header, under this module's date lines
        date_lines(container, session, v, rng)
        container.add_paragraph(opening5(session, v, rng, chair=False))
        layout.date_style = "v5"          # the base header prints no date line of its own
        return write_header(container, session, layout, rng, width_cm)
    date_lines(container, session, v, rng, with_heading=att != "label_table")
    if att == "label_table":
        label_table(container, session, layout, v, rng, width_cm)
    else:
        container.add_paragraph(opening5(session, v, rng, chair=True))
    if att == "state_table":
        state_table(container, session, layout, v, width_cm)
        if session.secretary is not None:
            container.add_paragraph(f"Secrétaire de séance : {name(session.secretary, layout)}")
    elif att == "split_counts":
        count_table(container, session)
        list_paragraphs(container, session, layout, v, rng)
    elif att == "count_sentence":
        container.add_paragraph(count_sentence(session, layout))
        if session.secretary is not None:
            s = session.secretary
            container.add_paragraph(
                f"{'La' if session.president.female else 'Le'} {session.body.head_title}, après avoir "
                f"procédé à l'appel des membres, et avoir désigné {civil(s)} comme secrétaire de "
                f"séance, ouvre la session.")
    elif att == "lists5":
        list_paragraphs(container, session, layout, v, rng)
    present_printed = att != "count_sentence"
    count = (session.voters if att == "count_sentence"
             else len(session.present) if att == "split_counts" else None)
    gold = session.gold(present_printed, count, session.secretary is not None)
    if att == "count_sentence":           # "(04 procurations : A, B)": no holder printed
        for entry in gold["excused"]:
            entry["proxy_to"] = None
    return gold
