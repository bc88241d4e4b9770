"""Writes a session's header (date, president, attendance, proxies,
secretary) into a python-docx container, in the drawn layout; returns the gold
of what it printed."""

from __future__ import annotations

import random
from typing import Optional

from docx.shared import Cm, Pt

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session


def name(p: Person, layout: Layout) -> str:
    if layout.name_order == "first_last":
        core = f"{p.first} {p.last}"
    else:
        core = f"{p.last} {p.first}"
    if layout.civility == "short":
        return f"{'Mme' if p.female else 'M.'} {core}"
    if layout.civility == "long":
        return f"{'Madame' if p.female else 'Monsieur'} {core}"
    return core


def civil(p: Person) -> str:
    """Name with civility, as in running sentences."""
    return f"{'Mme' if p.female else 'M.'} {p.first} {p.last}"


def join(items: list[str], layout: Layout) -> list[str]:
    """The items as the printed lines of a list (one line unless 'lines')."""
    if layout.list_sep == "lines":
        return items
    sep = {"comma": ", ", "dash": " - ", "semicolon": " ; "}[layout.list_sep]
    return [sep.join(items)]


def session_date_text(session: Session, layout: Layout) -> str:
    d = session.day
    if layout.date_style == "seance_long":
        return f"Séance du {pools.long_date(d)}"
    if layout.date_style == "seance_caps":
        return f"SEANCE DU {pools.long_date(d).upper()}"
    if layout.date_style == "numeric":
        return f"{session.body.name} du {d:%d/%m/%Y}"
    if layout.date_style == "seance_publique":
        return f"Séance publique du {pools.long_date(d, weekday=True)}"
    if layout.date_style == "body_numeric":
        return f"Réunion du {session.body.name} le {d:%d/%m/%Y}"
    return ""  # "words": the date is told in the opening sentence


def opening_sentence(session: Session, layout: Layout, rng: random.Random) -> str:
    """"L'an deux mille ..., le ... " or a plain convocation sentence."""
    d, b = session.day, session.body
    hour = f"{rng.randint(17, 20)} heures {rng.choice(['', '00', '30', '15'])}".strip()
    chair = ""
    if layout.president_style == "sentence":
        chair = f", sous la présidence de {civil(session.president)}, {b.head_title}"
    if layout.date_style == "words":
        return (f"L'an {pools.year_in_words(d.year)}, le {pools.day_in_words(d.day)} "
                f"{pools.MONTHS[d.month - 1]} à {hour}, le {b.name} de {b.organisation}, "
                f"légalement convoqué le {session.convened:%d/%m/%Y}, s'est réuni en séance publique"
                f"{chair}.")
    return (f"Le {b.name}, dûment convoqué le {pools.long_date(session.convened)}, s'est réuni "
            f"à {hour}{chair}.")


def _proxy_lines(session: Session, layout: Layout) -> list[tuple[str, list[str]]]:
    """(label, items) entries for represented and excused members."""
    rep = session.represented
    exc = [name(p, layout) for p in session.excused]
    entries: list[tuple[str, list[str]]] = []
    if layout.proxy_style == "pouvoirs_a":
        if exc:
            entries.append((layout.excused_label, exc))
        if rep:
            entries.append(("Pouvoirs :", [f"{name(m, layout)} à {name(h, layout)}" for m, h in rep]))
    elif layout.proxy_style == "donne_procuration":
        if rep:
            entries.append(("Excusés ayant donné pouvoir :",
                            [f"{name(m, layout)} donne procuration à {name(h, layout)}" for m, h in rep]))
        if exc:
            entries.append((layout.excused_label, exc))
    elif layout.proxy_style == "pouvoir_paren":
        items = [f"{name(m, layout)} (pouvoir à {name(h, layout)})" for m, h in rep] + exc
        if items:
            entries.append((layout.excused_label, items))
    else:
        if rep:
            entries.append(("Absents ayant voté par procuration :",
                            [f"{name(m, layout)} (procuration à {name(h, layout)})" for m, h in rep]))
        if exc:
            entries.append((layout.excused_label, exc))
    return entries


def entries(session: Session, layout: Layout) -> tuple[list[tuple[str, list[str]]], dict]:
    """The header's (label, lines) entries and the session gold they print."""
    out: list[tuple[str, list[str]]] = []
    present_names = [name(p, layout) for p in session.present]
    n = len(session.present)
    label = layout.present_label
    present_printed, present_count = True, None
    if label == "Présents : {n}":
        out.append((f"Présents : {n}", []))
        present_printed, present_count = False, n
    elif "{n}" in label:
        out.append((label.format(n=n), join(present_names, layout)))
        present_count = n
    else:
        out.append((label, join(present_names, layout)))
    if layout.president_style == "label":
        out.insert(0, (f"{'Présidente' if session.president.female else 'Président'} :",
                       [name(session.president, layout)]))
    for lab, items in _proxy_lines(session, layout):
        out.append((lab, join(items, layout)))
    if session.absent:
        out.append((layout.absent_label, join([name(p, layout) for p in session.absent], layout)))
    secretary_printed = session.secretary is not None
    if session.secretary is not None and layout.secretary_style != "sentence":
        lab = "Secrétaire de séance :" if layout.secretary_style == "label" else "Secrétaire :"
        out.append((lab, [name(session.secretary, layout)]))
    return out, session.gold(present_printed, present_count, secretary_printed)


LABEL_CM, VALUE_CM = 4.5, 11.0      # the grid's columns, narrowed to fit a narrower container


def write_header(container, session: Session, layout: Layout, rng: random.Random,
                 width_cm: float = LABEL_CM + VALUE_CM) -> dict:
    """Write the session's header into container (width_cm wide); return the session gold."""
    rows, gold = entries(session, layout)
    date_text = session_date_text(session, layout)
    if date_text:
        p = container.add_paragraph()
        r = p.add_run(date_text)
        r.bold = True
        p.alignment = docxkit.ALIGN["center"] if rng.random() < 0.6 else docxkit.ALIGN["left"]
    container.add_paragraph(opening_sentence(session, layout, rng))
    style = layout.header_style
    if style in ("grid_ruled", "grid_plain"):
        table = container.add_table(rows=len(rows), cols=2)
        docxkit.table_borders(table, ruled=style == "grid_ruled")
        # A grid wider than its container would run off the page (LibreOffice does not shrink it).
        docxkit.set_grid_widths(table, [LABEL_CM, min(VALUE_CM, width_cm - LABEL_CM - 0.4)])
        for row, (label, lines) in zip(table.rows, rows):
            lp = row.cells[0].paragraphs[0]
            lp.add_run(label).bold = True
            cell = row.cells[1]
            first = True
            for line in lines or [""]:
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                para.add_run(line)
                first = False
        container.add_paragraph()
    else:
        for label, lines in rows:
            p = container.add_paragraph()
            # Justified lines ending in a manual break would be stretched across the page.
            p.alignment = docxkit.ALIGN["left"]
            if style in ("tabs", "hanging"):
                p.paragraph_format.tab_stops.add_tab_stop(Cm(5.0))
            if style == "hanging":
                p.paragraph_format.left_indent = Cm(5.0)
                p.paragraph_format.first_line_indent = Cm(-5.0)
            p.add_run(label).bold = rng.random() < 0.7
            if not lines:
                continue
            glue = "\t" if style in ("tabs", "hanging") else " "
            p.add_run(glue + lines[0])
            for line in lines[1:]:
                if style == "hanging":
                    p.add_run().add_break()
                    p.add_run(line)
                elif style == "tabs":
                    p.add_run().add_break()
                    p.add_run("\t" + line)
                else:
                    container.add_paragraph(line)
    if session.secretary is not None and layout.secretary_style == "sentence":
        s = session.secretary
        container.add_paragraph(f"{civil(s)} a été {'désignée' if s.female else 'désigné'} "
                                f"secrétaire de séance.")
    return gold


def margin_column_lines(session: Session, layout: Layout, act_number: Optional[str]) -> list[str]:
    """The narrow left column of a register extract."""
    lines = [service_name(session), "Extrait du registre des délibérations"]
    if act_number:
        lines.append(f"Acte n° {act_number}")
    lines.append(f"Nombre de membres en exercice : {session.in_office}")
    lines.append(f"Présents : {len(session.present)}")
    lines.append(f"Votants : {session.voters}")
    return lines


def service_name(session: Session) -> str:
    return {"municipal": "Direction Générale des Services", "communautaire": "Direction des Assemblées",
            "bureau": "Service des Assemblées", "board": "Secrétariat Général"}[session.body.kind]
