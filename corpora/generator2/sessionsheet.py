"""Writes a session's header (date, president, attendance, proxies,
secretary) into a python-docx container, in the drawn layout; returns the gold
of what it printed."""

from __future__ import annotations

import random
from typing import Optional

from docx.shared import Cm

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session
from .variants3 import office_of
from .variants4 import join_names, soft_hyphenated, title_name


def name(p: Person, layout: Layout, civility: bool = True) -> str:
    last = p.last
    if layout.name_style == "title_case":
        last = title_name(last)
    elif layout.name_style == "soft_hyphen":
        last = soft_hyphenated(last)
    if layout.name_order == "first_last":
        core = f"{p.first} {last}"
    else:
        core = f"{last} {p.first}"
    if not civility:
        return core
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
    if layout.name_style == "et_final":
        return [join_names(items, [], "et_final", sep)]
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
    if layout.date_style == "ordinaire":
        return f"Séance ordinaire du {pools.long_date(d, weekday=True)} à {18 + d.day % 3}h30"
    if layout.date_style == "date_label":
        return f"Date de la séance : {d:%d.%m.%Y}"
    if layout.date_style == "dashed":
        return f"{session.body.name} – séance du {d:%d-%m-%Y}"
    # variants4.py families
    if layout.date_style == "convocation_label":
        return (f"Date de convocation : {session.convened:%d/%m/%Y}\n"
                f"Date de la séance : {pools.long_date(d)}")
    if layout.date_style == "body_caps":
        return f"{session.body.name.upper()} DU {pools.long_date(d).upper()}"
    if layout.date_style == "weekday_padded":
        weekday = pools.WEEKDAYS[d.weekday()]
        return f"Séance du {weekday} {d.day:02d} {pools.MONTHS[d.month - 1]} {d.year}"
    return ""  # "words", "words_hour": the date is told in the opening sentence


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
    if layout.date_style == "words_hour":
        minutes = rng.choice(["", " trente", " quinze"])
        return (f"L'an {pools.year_in_words(d.year)}, le {pools.day_in_words(d.day)} "
                f"{pools.MONTHS[d.month - 1]} à {pools.day_in_words(rng.randint(17, 20))} heures"
                f"{minutes}, le {b.name} s'est réuni au lieu ordinaire de ses séances, "
                f"après convocation légale du {session.convened:%d/%m/%Y}{chair}.")
    if layout.date_style == "words_plain":
        return (f"Le {pools.day_in_words(d.day)} {pools.MONTHS[d.month - 1]} "
                f"{pools.year_in_words(d.year)}, à {hour}, le {b.name} de {b.organisation}, "
                f"régulièrement convoqué, s'est assemblé au lieu habituel de ses séances{chair}.")
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
    elif layout.proxy_style == "donne_pouvoir":
        if rep:
            entries.append(("Pouvoirs :", [f"{name(m, layout)} donne pouvoir à {name(h, layout)}"
                                           for m, h in rep]))
        if exc:
            entries.append((layout.excused_label, exc))
    elif layout.proxy_style == "represente":
        items = [f"{name(m, layout)} (représenté{'e' if m.female else ''} par {name(h, layout)})"
                 for m, h in rep] + exc
        if items:
            entries.append((layout.excused_label, items))
    elif layout.proxy_style == "procuration_a":
        if rep:
            entries.append(("Absents ayant donné procuration :",
                            [f"{name(m, layout)} (à {name(h, layout)})" for m, h in rep]))
        if exc:
            entries.append((layout.excused_label, exc))
    elif layout.proxy_style == "no_holder":     # the holders are not printed
        if rep:
            entries.append(("Absents ayant voté par procuration :", [name(m, layout) for m, _ in rep]))
        if exc:
            entries.append((layout.excused_label, exc))
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
    if layout.present_functions:        # "M. X, Maire", "Mme Y, 1ère adjointe"
        present_names = [f"{nm}, {session.body.head_title if i == 0 else office_of(i, p.female)}"
                         for i, (nm, p) in enumerate(zip(present_names, session.present))]
    n = len(session.present)
    label = layout.present_label
    present_printed, present_count = True, None
    if label == "Présents : {n}":
        out.append((f"Présents : {n}", []))
        present_printed, present_count = False, n
    elif "{n}" in label and layout.attendance != "name_grid":
        out.append((label.format(n=n), join(present_names, layout)))
        present_count = n
    elif layout.count_after_list:
        lines = join(present_names, layout)
        lines[-1] += f" ({n})"
        out.append((label, lines))
        present_count = n
    elif layout.attendance == "name_grid":     # one name per grid cell
        out.append((label.format(n=n), present_names))
        present_count = n if "{n}" in label else None
    elif layout.name_style == "civil_plural":   # "MM. A, B, Mmes C, D"
        out.append((label, [join_names([name(p, layout, civility=False) for p in session.present],
                                       [p.female for p in session.present], "civil_plural", ", ")]))
    else:
        out.append((label, join(present_names, layout)))
    chair = {"label": f"{'Présidente' if session.president.female else 'Président'} :",
             "presidence_label": "Présidence :",
             "president_de_seance": f"{'Présidente' if session.president.female else 'Président'}"
                                    f" de séance :",
             "presidait": "Présidait la séance :",
             "sous_presidence_label": "Sous la présidence de :"}.get(layout.president_style)
    if chair:
        out.insert(0, (chair, [name(session.president, layout)]))
    if layout.attendance == "roll_table":      # the roll-call table prints who sat and who not
        out = [row for row in out if row[0] == chair]
        present_count = None
    else:
        for lab, items in _proxy_lines(session, layout):
            out.append((lab, join(items, layout)))
        if session.absent:
            out.append((layout.absent_label, join([name(p, layout) for p in session.absent], layout)))
    secretary_printed = session.secretary is not None
    if session.secretary is not None and layout.secretary_style != "sentence":
        lab = "Secrétaire de séance :" if layout.secretary_style == "label" else "Secrétaire :"
        out.append((lab, [name(session.secretary, layout)]))
    gold = session.gold(present_printed, present_count, secretary_printed)
    if layout.proxy_style == "no_holder":
        for entry in gold["excused"]:
            entry["proxy_to"] = None
    return out, gold


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
    if layout.president_style == "preside":
        container.add_paragraph(f"{civil(session.president)}, {session.body.head_title}, "
                                f"préside la séance.")
    elif layout.president_style == "ouvre":
        container.add_paragraph(f"{civil(session.president)}, {session.body.head_title}, "
                                f"ouvre la séance à {rng.randint(17, 20)} h {rng.choice(['00', '30'])}.")
    if layout.count_block:
        container.add_paragraph(f"Membres en exercice : {session.in_office} – Présents : "
                                f"{len(session.present)} – Votants : {session.voters}")
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
            if (layout.attendance == "name_grid" and lines
                    and label == rows[present_row(rows, layout)][0]):
                name_grid(container, label, lines, layout)
                continue
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
    if layout.attendance == "roll_table":
        roll_table(container, session, layout, width_cm)
    if session.secretary is not None and layout.secretary_style == "sentence":
        s = session.secretary
        container.add_paragraph(f"{civil(s)} a été {'désignée' if s.female else 'désigné'} "
                                f"secrétaire de séance.")
    return gold


def present_row(rows: list[tuple[str, list[str]]], layout: Layout) -> int:
    """Index of the present list among the header's rows (after a chair row)."""
    return 1 if rows and rows[0][0].startswith(("Président", "Présidence")) else 0


def name_grid(container, label: str, lines: list[str], layout: Layout) -> None:
    """The present list as names in three columns of a borderless grid under its label."""
    container.add_paragraph().add_run(label).bold = True
    names = lines
    cols = 3
    table = container.add_table(rows=(len(names) + cols - 1) // cols, cols=cols)
    docxkit.table_borders(table, ruled=False)
    for i, nm in enumerate(names):     # down the columns, as printed lists run
        rows_n = len(table.rows)
        table.rows[i % rows_n].cells[i // rows_n].paragraphs[0].add_run(nm)
    container.add_paragraph()


ROLL_HEADS = ["Élus", "Présent", "Excusé", "Pouvoir à", "Absent"]


def roll_table(container, session: Session, layout: Layout, width_cm: float) -> None:
    """A roll-call table: one row per member, a cross in the column of their state."""
    container.add_paragraph().add_run("Etat des présences :").bold = True
    holder = {m: h for m, h in session.represented}
    members = sorted(session.present + [m for m, _ in session.represented] + session.excused
                     + session.absent, key=lambda p: (p.last, p.first))
    table = container.add_table(rows=len(members) + 1, cols=len(ROLL_HEADS))
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [0.4 * (width_cm - 0.4)] + [0.15 * (width_cm - 0.4)] * 4)
    for cell, head in zip(table.rows[0].cells, ROLL_HEADS):
        cell.paragraphs[0].add_run(head).bold = True
    for row, m in zip(table.rows[1:], members):
        cells = row.cells
        cells[0].paragraphs[0].add_run(name(m, layout))
        if m in holder:
            cells[2].paragraphs[0].add_run("X")
            cells[3].paragraphs[0].add_run(name(holder[m], layout))
        elif m in session.excused:
            cells[2].paragraphs[0].add_run("X")
        elif m in session.absent:
            cells[4].paragraphs[0].add_run("X")
        else:
            cells[1].paragraphs[0].add_run("X")
    container.add_paragraph()


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
