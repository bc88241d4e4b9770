"""Builds one register document of variants5.py's families (kinds
deliberation5 / minutes5): the base layout and content drawn from the seed as
register.py draws them, the families of this draw from their own stream
("v5:<seed>"); register.py itself is not touched."""

from __future__ import annotations

import random
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from . import docxkit, pools
from .deliberation_text import (EXPOSES, Item, draw_items, draw_vote, gold_entry, page_break,
                                write_doc_basics, write_rapporteur, write_stamp, write_title)
from .layout import Layout, draw_layout
from .register import save_register
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import civil, name
from .sessionsheet5 import write_header5
from .variants5 import Variants5, draw_variants5, number_and_label5, roman

THEME_WORDS = {"FINANCES": "Finances communales", "RENOUVELLEMENT URBAIN": "Renouvellement urbain",
               "URBANISME": "Urbanisme et aménagement", "PERSONNEL": "Gestion du personnel",
               "HABITAT": "Habitat et logement"}


def theme_text(theme: str, index: int, layout: Layout, v: Variants5) -> str:
    words = THEME_WORDS.get(theme, theme.capitalize())
    if v.theme_style5 == "point_theme":
        return f"Point n° {index + 1} : {words}"
    if layout.theme_style == "arabic":
        return f"{index + 1}. {theme}"
    if layout.theme_style == "roman":
        return f"{roman(index + 1)}. {theme}"
    return words


def title_line(item: Item, v: Variants5) -> str:
    """The title line as printed (numbers before or after the subject)."""
    if v.number_family5 in ("year_del",):
        return f"{item.label} {item.subject}"
    if v.number_family5 == "paren_after":
        return f"{item.subject} {item.label}"
    return item.subject


def write_title5(container, item: Item, layout: Layout, v: Variants5, rng: random.Random) -> None:
    if v.number_family5 == "base":
        write_title(container, item, layout, rng)
        return
    p = container.add_paragraph()
    prefix = "Objet : " if v.number_family5 == "act_box" else ""
    p.add_run(prefix + title_line(item, v)).bold = True
    if v.number_family5 == "after_title":     # the number on the line after the title
        q = container.add_paragraph()
        q.add_run(item.label).bold = rng.random() < 0.5


def act_box(doc, label: str) -> None:
    """The act number in a framed box in the page's upper-right corner."""
    p = doc.add_paragraph()
    p.alignment = docxkit.ALIGN["center"]
    p.add_run(label).bold = True
    docxkit.paragraph_border(p)
    docxkit.frame(p, 14.2, 0.3, 5.2)      # above the running header's band


def _names(people) -> str:
    names = [civil(p) for p in people]
    return ", ".join(names)


def decision_and_vote5(container, session: Session, layout: Layout, v: Variants5,
                       rng: random.Random) -> dict:
    """The decision and its vote in this module's families; returns the gold vote."""
    b = session.body
    head = f"{'la' if b.head_title == 'Présidente' else 'le'} {b.head_title}"
    decide = (f"Après en avoir délibéré, le {b.name} DÉCIDE d'approuver les dispositions exposées "
              f"ci-dessus et autorise {head} à signer tout document s'y rapportant.")
    none = {"for": None, "against": None, "abstention": None}
    voters = session.voters
    others = session.present[1:] or session.present
    style = v.vote_style5
    if style == "base":
        lines, vote = draw_vote(rng, session)
        container.add_paragraph(decide)
        for line in lines:
            container.add_paragraph(line)
        return vote
    if style == "vertical_table":
        against = rng.randint(1, max(1, voters // 4)) if rng.random() < 0.5 else 0
        abst = rng.randint(1, 3) if rng.random() < 0.5 else 0
        pour = voters - against - abst
        container.add_paragraph(decide)
        rows = [(rng.choice(["Votants", "Nombre de votants"]), voters), ("Pour", pour),
                ("Contre", against), ("Abstention" if abst <= 1 else "Abstentions", abst)]
        table = container.add_table(rows=len(rows), cols=2)
        docxkit.table_borders(table, ruled=rng.random() < 0.7)
        docxkit.set_grid_widths(table, [4.0, 2.0])
        for row, (head_text, value) in zip(table.rows, rows):
            row.cells[0].paragraphs[0].add_run(head_text).bold = True
            row.cells[1].paragraphs[0].add_run(str(value))
        container.add_paragraph("Adopté à la majorité." if against else
                                "Adopté à l'unanimité des suffrages exprimés." if abst
                                else "Adopté à l'unanimité.")
        return {"result": "majority" if against else "unanimity", "for": pour,
                "against": against, "abstention": abst}
    if style == "by_name":
        against = rng.sample(others, k=min(len(others), rng.randint(1, 3)))
        rest = [p for p in others if p not in against]
        abst = rng.sample(rest, k=min(len(rest), rng.randint(0, 2)))
        container.add_paragraph(decide)
        verb = rng.choice(["Ont voté contre", "Votent contre"]) if len(against) > 1 else "A voté contre"
        container.add_paragraph(f"{verb} : {_names(against)}")
        if abst:
            word = "Se sont abstenus" if len(abst) > 1 else "S'est abstenu" + ("e" if abst[0].female else "")
            container.add_paragraph(f"{word} : {_names(abst)}")
        container.add_paragraph("La délibération est adoptée à la majorité.")
        return {"result": "majority", "for": None, "against": len(against),
                "abstention": len(abst) or None}
    if style == "unanimity_names":     # "à l'unanimité :" then the named abstentions
        against = (rng.sample(others, k=min(len(others), rng.randint(1, 2)))
                   if rng.random() < 0.35 else [])
        rest = [p for p in others if p not in against]
        abst = rng.sample(rest, k=min(len(rest), rng.randint(0, 3))) if rng.random() < 0.7 else []
        how = "à la majorité" if against else "à l'unanimité"
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {how} :")
        container.add_paragraph("- APPROUVE les dispositions exposées ci-dessus ;")
        container.add_paragraph(f"- AUTORISE {head} à signer tout document s'y rapportant.")
        if against:
            container.add_paragraph(f"Contre : {_names(against)}")
        if abst:
            container.add_paragraph(f"Abstention{'s' if len(abst) > 1 else ''} : {_names(abst)}")
        return {"result": "majority" if against else "unanimity", "for": None,
                "against": len(against) or None, "abstention": len(abst) or None}
    if style == "npp_count":
        who = rng.choice(others)
        container.add_paragraph(
            f"Le Conseil, ayant entendu l'exposé de son rapporteur, adopte à l'unanimité des membres "
            f"présents et représentés, {civil(who)} ne prenant pas part au vote, avec {voters - 1} "
            f"voix pour, la proposition de son {b.head_title} et l'autorise à signer toute pièce "
            f"s'y rapportant.")
        return {"result": "unanimity", "for": voters - 1, "against": None, "abstention": None}
    # in_sentence: the result only inside the decision sentence
    if rng.random() < 0.6:
        container.add_paragraph(
            f"Le Conseil, à l'unanimité, approuve la proposition de son {b.head_title} et "
            f"l'autorise à signer toute pièce s'y rapportant.")
        return {"result": "unanimity", **none}
    npp = rng.sample(others, k=min(len(others), 2))
    container.add_paragraph(
        f"Le Conseil adopte, à la majorité (non-participation au vote de "
        f"{' et '.join(civil(p) for p in npp)}), la proposition de son {b.head_title}.")
    return {"result": "majority", **none}


def write_body5(container, item: Item, session: Session, layout: Layout, v: Variants5,
                rng: random.Random) -> dict:
    """Vistas, exposé, decision and vote; returns the gold vote."""
    vistas = ["Vu le Code Général des Collectivités Territoriales, et notamment son article L. 2121-29,",
              "Vu le Code de l'Urbanisme,",
              f"Vu le budget de l'exercice {session.day.year},",
              "Vu l'avis de la commission compétente,"]
    for line in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(line)
    speaker = civil(item.rapporteur) if item.rapporteur else "Le rapporteur"
    container.add_paragraph(f"{speaker} présente le dossier. {rng.choice(EXPOSES)}")
    amount = pools.amount(rng)
    container.add_paragraph(f"Le montant de l'opération s'élève à {pools.money(amount, rng)}.")
    return decision_and_vote5(container, session, layout, v, rng)


def heading_block5(container, session: Session, single: bool, rng: random.Random) -> None:
    b = session.body
    p = container.add_paragraph()
    p.add_run(b.organisation.upper() if rng.random() < 0.5 else b.organisation).bold = True
    if single:
        title = rng.choice(["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
                            f"Extrait du registre des délibérations du {b.name}"])
    else:
        title = rng.choice([f"Compte-rendu de la réunion du {b.name}",
                            f"PROCÈS-VERBAL DE LA SÉANCE DU {b.name.upper()}",
                            f"Procès-verbal des délibérations du {b.name}"])
    p = container.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = docxkit.ALIGN["center"]


def write_agenda(container, items: list[Item], layout: Layout, v: Variants5) -> None:
    """An ORDRE DU JOUR listing every item before the items themselves."""
    p = container.add_paragraph()
    p.add_run(rngless_choice(["ORDRE DU JOUR", "Ordre du jour de la séance :"], len(items))).bold = True
    if v.agenda5 == "labels":
        for item in items:
            container.add_paragraph(title_line(item, v) if v.number_family5 != "base"
                                    else f"{item.label} {item.subject}".strip())
        return
    theme, index = None, 0
    for item in items:                       # roman_dash: themes, then "- subject"
        if item.theme != theme:
            theme = item.theme
            index += 1
            container.add_paragraph(f"{roman(index)}. {THEME_WORDS.get(theme, theme.capitalize())}")
        container.add_paragraph(f"- {item.subject}").paragraph_format.left_indent = Cm(1.0)


def rngless_choice(options: list[str], key: int) -> str:
    """A choice that draws nothing from the streams (keeps the later draws as they were)."""
    return options[key % len(options)]


def set_landscape(doc) -> float:
    """Landscape A4 pages; returns the page width in cm."""
    for section in doc.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    return 29.7


def two_column_section(doc) -> None:
    """What follows flows in two columns (a continuous section break)."""
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    for old in section._sectPr.findall(qn("w:cols")):
        section._sectPr.remove(old)
    section._sectPr.append(cols)


def build_register5(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v5: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants5(v5, single)
    if layout.number_family == "table_bare":
        layout.number_family = "deliberation_n"
    if not single:
        layout.margin_column = "none"
    if v.number_family5 == "act_box" and layout.stamp == "top_right":
        layout.stamp = "bottom_left"
    if v.page5 == "landscape":
        layout.margin_column = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    page_width = set_landscape(doc) if v.page5 == "landscape" else 21.0
    write_doc_basics(doc, session, layout, rng)
    items = draw_items(rng, session, layout, n_items, single)
    if v.number_family5 != "base":
        k0 = v5.randint(1, 90)
        for i, it in enumerate(items):
            it.number, it.label = number_and_label5(v.number_family5, session.day.year, k0 + i)
    themed = not single and (v.theme_style5 == "point_theme" or layout.theme_style != "none")
    if themed:
        order = sorted(range(len(items)), key=lambda i: items[i].theme)
        numbers = [(it.number, it.label) for it in items]
        items = [items[i] for i in order]
        for it, (number, label) in zip(items, numbers):   # numbers increase down the document
            it.number, it.label = number, label

    if v.number_family5 == "act_box":
        act_box(doc, items[0].label)
    write_stamp(doc, session, layout, items[0].number if single else None, rng)
    container = doc
    width = page_width - layout.margins_cm[1] - layout.margins_cm[3]
    heading_block5(container, session, single, rng)
    session_gold = write_header5(container, session, layout, v, rng, width)

    if v.agenda5 != "none":
        write_agenda(container, items, layout, v)
    if v.page5 == "two_columns":
        two_column_section(doc)

    golds = []
    theme_index, last_theme = -1, None
    for i, item in enumerate(items):
        if i > 0 and layout.page_break_between and v.page5 != "two_columns":
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        if themed and item.theme != last_theme:
            theme_index += 1
            last_theme = item.theme
            p = container.add_paragraph()
            p.add_run(theme_text(item.theme, theme_index, layout, v)).bold = True
            if v.theme_style5 == "point_theme":
                p.alignment = docxkit.ALIGN["center"]
        write_title5(container, item, layout, v, rng)
        write_rapporteur(container, item, layout)
        vote = write_body5(container, item, session, layout, v, rng)
        golds.append(gold_entry(item, vote))

    container.add_paragraph()
    if single:
        container.add_paragraph("Fait et délibéré les jour, mois et an susdits.")
    else:
        container.add_paragraph(f"La séance est levée à {rng.randint(19, 23)} h "
                                f"{rng.choice(['00', '15', '30', '45'])}.")
    title = f"{'La' if body.head_title == 'Présidente' else 'Le'} {body.head_title},"
    container.add_paragraph(title).alignment = docxkit.ALIGN["right"]
    container.add_paragraph(name(session.president, layout)).alignment = docxkit.ALIGN["right"]

    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, body, session_gold, golds)
