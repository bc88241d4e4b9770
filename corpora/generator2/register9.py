"""Builds one register document of variants9.py's families (kinds deliberation9 /
minutes9): base layout and content drawn from the seed as register.py draws them,
this module's families (attendance tables with codes or ticks, count blocks, dates,
numbers, vote lines and tables, movements) from their own stream ("v9:<seed>")."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break, write_doc_basics
from .layout import draw_layout
from .pools import Person
from .register import save_register
from .register6 import arrive, leave
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import civil
from .sessionsheet7 import deputy_office, head_title, member_office
from .variants9 import Variants9, draw_variants9, number_and_label9

LEGEND9 = "P : présent(e) – E : excusé(e) – A : absent(e) – PV : a donné pouvoir"


def name9(p: Person, v: Variants9, civility: bool | None = None) -> str:
    core = f"{p.first} {p.last}" if v.name_first9 else f"{p.last} {p.first}"
    if civility is None:
        civility = v.civility9
    return f"{'Mme' if p.female else 'M.'} {core}" if civility else core


def hour9(rng: random.Random) -> str:
    h, m = rng.randint(17, 20), rng.choice([0, 15, 30])
    return f"{h} h {m:02d}" if m else f"{h} h"


# ----------------------------------------------------------------------------
# Session head: date, chair, counts
# ----------------------------------------------------------------------------

def head9(container, session: Session, v: Variants9, single: bool, hour: str, width: float,
          rng: random.Random) -> None:
    b = session.body
    d = session.day
    posted = session.convened + timedelta(days=rng.randint(0, 1))
    title = (f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU {b.name.upper()}" if single else
             rng.choice([f"PROCÈS-VERBAL DU {b.name.upper()}",
                         f"Procès-verbal de la séance du {b.name}"]))
    if v.date9 == "head_table":
        left = [b.organisation, f"Date de convocation : {session.convened:%d/%m/%Y}",
                f"Date d'affichage : {posted:%d/%m/%Y}"]
        right = [f"Séance du {pools.long_date(d, weekday=True)}", f"à {hour}"]
        docxkit.fixed_table(container, [[left, right]], [width * 0.55, width * 0.45], "none", 10)
        p = container.add_paragraph()
        p.add_run(title).bold = True
        p.alignment = docxkit.ALIGN["center"]
        return
    p = container.add_paragraph()
    p.add_run(b.organisation.upper()).bold = True
    p = container.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = docxkit.ALIGN["center"]
    if v.date9 == "numeric_hour":
        container.add_paragraph(f"Date de convocation : {session.convened:%d/%m/%Y}")
        p = container.add_paragraph()
        p.add_run(f"Séance du {d:%d/%m/%Y} à {hour}").bold = True
        p.alignment = docxkit.ALIGN["center"]
        return
    for text in (f"Séance du {pools.long_date(d)}", f"Convocation du {pools.long_date(session.convened)}",
                 f"Affichage du {pools.long_date(posted)}"):
        container.add_paragraph(text).alignment = docxkit.ALIGN["right"]


def chair9(container, session: Session, v: Variants9, hour: str) -> None:
    p = session.president
    office = head_title(session.body.kind, p.female)
    if v.chair9 == "presidence_label":
        container.add_paragraph(f"Présidence : {civil(p)}, {office}")
    elif v.chair9 == "opening_sentence":
        container.add_paragraph(
            f"Le {session.body.name} s'est réuni en séance ordinaire, sous la présidence de "
            f"{civil(p)}, {office}.")


def counts9(container, session: Session, v: Variants9, width: float) -> bool:
    """The opening counts; True when the present count is printed."""
    n, r, voters = len(session.present), len(session.represented), session.voters
    quorum = " — Quorum atteint" if v.quorum9 else ""
    if v.counts9 == "none":
        return False
    if v.counts9 == "box_table":
        heads = ["En exercice", "Présents", "Représentés", "Votants"]
        values = [session.in_office, n, r, voters]
        table = container.add_table(rows=2, cols=4)
        docxkit.table_borders(table, ruled=True)
        docxkit.set_grid_widths(table, [2.8] * 4)
        for cell, head in zip(table.rows[0].cells, heads):
            cell.paragraphs[0].add_run(head).bold = True
        for cell, value in zip(table.rows[1].cells, values):
            cell.paragraphs[0].add_run(str(value))
        container.add_paragraph("Quorum atteint." if v.quorum9 else "")
        return True
    if v.counts9 == "emdash_line":
        container.add_paragraph(f"Membres en exercice : {session.in_office} — Présents : {n} — "
                                f"Votants : {voters}{quorum}")
        return True
    for text in (f"En exercice : {session.in_office}", f"Présents : {n}", f"Votants : {voters}"):
        container.add_paragraph(text).alignment = docxkit.ALIGN["right"]
    if v.quorum9:
        container.add_paragraph("Quorum atteint").alignment = docxkit.ALIGN["right"]
    return True


# ----------------------------------------------------------------------------
# Attendance tables
# ----------------------------------------------------------------------------

def members9(session: Session, v: Variants9) -> list[Person]:
    rest = ([p for p in session.present[1:]] + [m for m, _ in session.represented]
            + session.excused + session.absent)
    if v.alphabetical9:
        return sorted([session.president] + rest, key=lambda p: (p.last, p.first))
    return [session.president] + rest


def offices9(session: Session, v: Variants9, rng: random.Random) -> dict[Person, str]:
    kind = session.body.kind
    out = {}
    p0 = session.president
    out[p0] = ("Président de séance" if v.chair9 == "table_only" and not p0.female else
               "Présidente de séance" if v.chair9 == "table_only" else head_title(kind, p0.female))
    others = [p for p in members9(session, v) if p != p0]
    deputies = rng.sample(others, k=min(len(others), rng.randint(2, 5)))
    for p in others:
        out[p] = (deputy_office(kind, deputies.index(p) + 1, p.female) if p in deputies
                  else member_office(kind, p.female))
    return out


def state_of(session: Session, p: Person) -> tuple[str, Person | None]:
    holder = dict(session.represented).get(p)
    if holder is not None:
        return "PV", holder
    if p in session.excused:
        return "E", None
    if p in session.absent:
        return "A", None
    return "P", None


def code_table9(container, session: Session, v: Variants9, width: float, rng: random.Random) -> None:
    container.add_paragraph().add_run(rng.choice(["Présences :", "Liste des membres :",
                                                   "Feuille de présence"])).bold = True
    legend_first = rng.random() < 0.5
    if legend_first:
        container.add_paragraph(LEGEND9)
    offices = offices9(session, v, rng)
    members = members9(session, v)
    heads = ["Nom Prénom" if not v.name_first9 else "Prénom Nom", "Fonction", "Présence"]
    widths = [0.38, 0.3, 0.32] if not v.proxy_column9 else [0.32, 0.22, 0.16, 0.30]
    if v.proxy_column9:
        heads.append("Pouvoir à")
    table = container.add_table(rows=len(members) + 1, cols=len(heads))
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [w * (width - 0.4) for w in widths])
    for cell, head in zip(table.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    for row, p in zip(table.rows[1:], members):
        cells = row.cells
        code, holder = state_of(session, p)
        cells[0].paragraphs[0].add_run(name9(p, v, False))
        cells[1].paragraphs[0].add_run(offices[p])
        if holder is not None and not v.proxy_column9:
            cells[2].paragraphs[0].add_run(f"PV à {name9(holder, v, True)}")
        else:
            cells[2].paragraphs[0].add_run(code)
        if holder is not None and v.proxy_column9:
            cells[3].paragraphs[0].add_run(name9(holder, v, True))
    if not legend_first:
        container.add_paragraph(LEGEND9)
    else:
        container.add_paragraph()


def check_table9(container, session: Session, v: Variants9, width: float, rng: random.Random) -> None:
    container.add_paragraph().add_run(rng.choice(["État des présences", "Membres du conseil :"])).bold = True
    members = members9(session, v)
    heads = (["Membres", "Présent", "Représenté", "Excusé", "Absent", "Pouvoir donné à"]
             if v.represented_column9 else ["Membres", "Présent", "Excusé", "Absent", "Pouvoir donné à"])
    k = len(heads) - 2
    widths = [0.36] + [0.34 / k] * k + [0.30]
    table = container.add_table(rows=len(members) + 1, cols=len(heads))
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [w * (width - 0.4) for w in widths])
    for cell, head in zip(table.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    col = {h: i for i, h in enumerate(heads)}
    for row, p in zip(table.rows[1:], members):
        cells = row.cells
        code, holder = state_of(session, p)
        cells[0].paragraphs[0].add_run(name9(p, v))
        state = {"P": "Présent", "E": "Excusé", "A": "Absent",
                 "PV": "Représenté" if v.represented_column9 else "Excusé"}[code]
        cells[col[state]].paragraphs[0].add_run(v.tick9)
        if holder is not None:
            cells[col["Pouvoir donné à"]].paragraphs[0].add_run(name9(holder, v))
    container.add_paragraph()


def leaders9(container, session: Session, v: Variants9, width: float, rng: random.Random) -> None:
    container.add_paragraph().add_run(rng.choice(["Appel nominal :", "Présences :"])).bold = True
    container.add_paragraph(LEGEND9)
    for p in members9(session, v):
        code, holder = state_of(session, p)
        para = container.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Cm(width - 0.2), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
        para.paragraph_format.space_after = docxkit.Pt(0)
        text = code if holder is None else f"PV à {name9(holder, v, True)}"
        para.add_run(f"{name9(p, v)}\t{text}")
    container.add_paragraph()


# ----------------------------------------------------------------------------
# Movements
# ----------------------------------------------------------------------------

def draw_move9(session: Session, rng: random.Random) -> tuple[str, Person, Person | None, Session] | None:
    """("arrive" | "leave", who, proxy holder, session from then on)."""
    holders = {h for _, h in session.represented}
    leavers = [p for p in session.present[1:] if p not in holders and p != session.secretary]
    comers = session.absent + session.excused
    if comers and (rng.random() < 0.4 or not leavers):
        who = rng.choice(comers)
        return "arrive", who, None, arrive(session, who)
    if not leavers:
        return None
    who = rng.choice(leavers)
    holder = rng.choice([p for p in session.present if p != who]) if rng.random() < 0.6 else None
    return "leave", who, holder, leave(session, who, holder)


def move_line9(kind: str, who: Person, holder: Person | None, point: int, rng: random.Random) -> str:
    """A header line by agenda point; the move holds from ``point`` on."""
    if kind == "arrive":
        return rng.choice([f"Arrivée de {civil(who)} au point {point}.",
                           f"{civil(who)} rejoint la séance avant le vote du point {point}."])
    proxy = f" et donne pouvoir à {civil(holder)}" if holder else ""
    return rng.choice([f"{civil(who)} quitte la séance avant le vote du point {point}{proxy}.",
                       f"{civil(who)} quitte la séance après le vote du point {point - 1}{proxy}."])


def move_sentence9(kind: str, who: Person, holder: Person | None, rng: random.Random) -> str:
    """A sentence inside the item, before its decision."""
    if kind == "arrive":
        return rng.choice([f"{civil(who)} rejoint la séance avant le vote.",
                           f"(Arrivée de {civil(who)} pendant l'examen de ce point.)"])
    proxy = f" et donne pouvoir à {civil(holder)}" if holder else ""
    return rng.choice([f"{civil(who)} quitte la séance avant le vote{proxy}.",
                       f"(Départ de {civil(who)} avant le vote{' ; pouvoir à ' + civil(holder) if holder else ''}.)"])


def move_table9(container, moves: list[tuple[int, str, Person, Person | None]], width: float) -> None:
    container.add_paragraph().add_run("Mouvements en cours de séance :").bold = True
    heads = ["Élu(e)", "Mouvement", "Point", "Pouvoir donné à"]
    table = container.add_table(rows=len(moves) + 1, cols=4)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [w * (width - 0.4) for w in (0.28, 0.19, 0.23, 0.3)])
    for cell, head in zip(table.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    for row, (point, kind, who, holder) in zip(table.rows[1:], moves):
        cells = row.cells
        cells[0].paragraphs[0].add_run(civil(who))
        cells[1].paragraphs[0].add_run("Arrivée" if kind == "arrive" else "Départ")
        cells[2].paragraphs[0].add_run(f"avant le point {point}" if kind == "arrive"
                                       else f"après le point {point - 1}")
        cells[3].paragraphs[0].add_run(civil(holder) if holder else "–")
    container.add_paragraph()


# ----------------------------------------------------------------------------
# Titles and votes
# ----------------------------------------------------------------------------

def write_title9(container, item: Item, rank: int, v: Variants9) -> None:
    if v.title_form9 == "same_line":
        p = container.add_paragraph()
        p.add_run(f"{item.label} – {item.subject}").bold = True
        return
    if v.title_form9 == "point_line":
        container.add_paragraph().add_run(f"POINT N° {rank}").bold = True
    container.add_paragraph().add_run(item.label).bold = True
    p = container.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run(item.subject)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def write_vote9(container, session: Session, v: Variants9, style: str, rng: random.Random) -> dict:
    b = session.body
    others = session.present[1:] or session.present
    verb = rng.choice(["APPROUVE", "ADOPTE", "DÉCIDE d'approuver"])
    if style == "unanimite_pr":
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, à l'unanimité des présents "
                                f"et représentés, {verb} les propositions ci-dessus.")
        if rng.random() < 0.5:
            who = rng.choice(others)
            container.add_paragraph(f"NPPV : {civil(who)}")
        return {"result": "unanimity", "for": None, "against": None, "abstention": None}
    npv = rng.randint(0, 1) if style in ("pipe_line", "exprimes_table") else 0
    abst_people = rng.sample(others, k=min(len(others), rng.randint(0, 3)))
    rest = [p for p in others if p not in abst_people]
    against_people = rng.sample(rest, k=min(len(rest), rng.randint(0, 4)))
    if style in ("majorite_paren", "adopte_par") and not against_people:
        if rest:
            against_people = rest[:1]
        elif abst_people:                   # everyone else abstained: one of them votes against
            against_people = [abst_people.pop()]
    voters = session.voters - npv
    while voters - len(against_people) - len(abst_people) <= len(against_people) and \
            (abst_people or len(against_people) > 1):
        (abst_people if abst_people else against_people).pop()
    against, abst = len(against_people), len(abst_people)
    pour = voters - against - abst
    result = "majority" if against else "unanimity"
    if style == "pipe_line":
        parts = [f"Votants : {voters}", f"Exprimés : {pour + against}", f"Pour : {pour}",
                 f"Contre : {against}", f"Abstentions : {abst}"]
        if npv:
            parts.append("NPPV : 1")
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} les propositions "
                                f"du rapporteur.")
        container.add_paragraph(v.vote_separator9.join(parts))
        return {"result": result, "for": pour, "against": against, "abstention": abst}
    if style == "exprimes_table":
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} les propositions "
                                f"du rapporteur.")
        heads = ["Votants", "Exprimés", "Pour", "Contre", "Abstentions"] + (["NPPV"] if npv else [])
        values = [voters, pour + against, pour, against, abst] + ([npv] if npv else [])
        table = container.add_table(rows=2, cols=len(heads))
        docxkit.table_borders(table, ruled=True)
        docxkit.set_grid_widths(table, [2.7] * len(heads))
        for cell, head in zip(table.rows[0].cells, heads):
            cell.paragraphs[0].add_run(head).bold = True
        for cell, value in zip(table.rows[1].cells, values):
            cell.paragraphs[0].add_run(str(value))
        container.add_paragraph("Adopté à la majorité." if against else
                                "Adopté à l'unanimité des suffrages exprimés." if abst else
                                "Adopté à l'unanimité.")
        return {"result": result, "for": pour, "against": against, "abstention": abst}
    names = lambda people: ", ".join(civil(p) for p in people)  # noqa: E731
    if style == "majorite_paren":
        detail = f"{against} voix contre : {names(against_people)}"
        if abst:
            detail += f" ; {_plural(abst, 'abstention')} : {names(abst_people)}"
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, à la majorité des suffrages "
                                f"exprimés ({detail}), {verb} les propositions du rapporteur.")
        return {"result": "majority", "for": None, "against": against, "abstention": abst or None}
    # adopte_par
    counts = (f"{pour} voix pour, {against} contre et {_plural(abst, 'abstention')}" if abst
              else f"{pour} voix pour et {against} contre")
    container.add_paragraph(f"Le {b.name}, après en avoir délibéré,")
    container.add_paragraph(f"ADOPTE par {counts} les propositions du rapporteur.")
    return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}


def write_body9(container, item: Item, session: Session, v: Variants9, style: str,
                notes: list[str], rng: random.Random) -> dict:
    vistas = ["Vu le Code Général des Collectivités Territoriales,",
              "Vu le Code de l'Urbanisme,",
              f"Vu le budget de l'exercice {session.day.year},",
              "Vu l'avis de la commission Urbanisme, Habitat et Renouvellement urbain,"]
    for line in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(line)
    container.add_paragraph(rng.choice(EXPOSES))
    container.add_paragraph(f"La dépense correspondante s'élève à "
                            f"{pools.money(pools.amount(rng), rng)}.")
    for text in notes:
        container.add_paragraph(text).runs[0].italic = True
    return write_vote9(container, session, v, style, rng)


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def build_register9(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v9: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants9(v9, single)
    layout.margin_column = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    write_doc_basics(doc, session, layout, rng)
    items = draw_items(rng, session, layout, n_items, single)
    k0 = v9.randint(1, 140)
    for i, it in enumerate(items):
        it.number, it.label = number_and_label9(v.number_family9, session.day, k0 + i)
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    container = doc
    hour = hour9(v9)

    # Movements: who arrives or leaves from which item (never the first).
    sessions: list[Session] = []
    moves: list[tuple[int, str, Person, Person | None]] = []     # (point, kind, who, holder)
    notes: dict[int, list[str]] = {}
    opening = session
    if v.movements9 != "none" and len(items) > 1:
        at = sorted(v9.randint(1, len(items) - 1) for _ in range(v9.randint(1, 3)))
    else:
        at = []
    for i in range(len(items)):
        for _ in range(at.count(i)):
            drawn = draw_move9(session, v9)
            if drawn is None:
                continue
            kind_, who, holder, session = drawn
            moves.append((i + 1, kind_, who, holder))
            if v.movements9 == "in_item":
                notes.setdefault(i, []).append(move_sentence9(kind_, who, holder, v9))
        sessions.append(session)
    if v.movements9 in ("table", "header_points") and v.title_form9 != "point_line":
        v.title_form9 = "point_line"          # points are named: the items say their point

    head9(container, opening, v, single, hour, width, v9)
    chair9(container, opening, v, hour)
    count_printed = counts9(container, opening, v, width)
    {"code_table": code_table9, "check_table": check_table9, "leaders": leaders9}[v.attendance9](
        container, opening, v, width, v9)
    if v.movements9 == "table" and moves:
        move_table9(container, moves, width)
    elif v.movements9 == "header_points":
        for point, kind_, who, holder in moves:
            container.add_paragraph(move_line9(kind_, who, holder, point, v9))
    if opening.secretary is not None:
        container.add_paragraph(f"Secrétaire de séance : {civil(opening.secretary)}")
    opening_gold = opening.gold(True, len(opening.present) if count_printed else None,
                                opening.secretary is not None)

    golds = []
    for i, (item, sess) in enumerate(zip(items, sessions)):
        if i > 0 and layout.page_break_between:
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        write_title9(container, item, i + 1, v)
        if item.rapporteur is not None and item.rapporteur in sess.present and v9.random() < 0.6:
            container.add_paragraph(f"Rapporteur : {civil(item.rapporteur)}")
        vote = write_body9(container, item, sess, v, v9.choice(v.vote_styles9), notes.get(i, []), v9)
        entry = gold_entry(item, vote)
        own = sess.gold(True, len(sess.present) if count_printed else None, sess.secretary is not None)
        if own != opening_gold:
            entry["session"] = own
        golds.append(entry)

    container.add_paragraph()
    p0 = opening.president
    title = head_title(body.kind, p0.female)
    if single:
        container.add_paragraph("Pour extrait conforme,")
        container.add_paragraph(f"{'La' if p0.female else 'Le'} {title},").alignment = docxkit.ALIGN["right"]
        container.add_paragraph(civil(p0)).alignment = docxkit.ALIGN["right"]
        received = session.day + timedelta(days=v9.randint(2, 9))
        container.add_paragraph(f"Transmis au contrôle de légalité le {received:%d/%m/%Y} – "
                                f"Publié le {received + timedelta(days=1):%d/%m/%Y}")
    else:
        container.add_paragraph(f"La séance est levée à {v9.randint(19, 22)} h {v9.choice(['00', '15', '30', '45'])}.")
        container.add_paragraph(f"{'La' if p0.female else 'Le'} {title},").alignment = docxkit.ALIGN["right"]
        container.add_paragraph(civil(p0)).alignment = docxkit.ALIGN["right"]
    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, body,
                         opening_gold, golds)
