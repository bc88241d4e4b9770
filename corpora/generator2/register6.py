"""Builds one register document of variants6.py's families (kinds
deliberation6 / minutes6): base layout and content drawn from the seed as
register.py draws them, this module's families from their own stream
("v6:<seed>"). Members may arrive or leave between items: each deliberation's
gold then carries its own session (who was there when it was voted)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break, write_doc_basics
from .layout import draw_layout
from .pools import Person
from .register import save_register
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import civil, name
from .sessionsheet6 import write_header6
from .variants6 import Variants6, draw_variants6, number_and_label6


def _names(people: list[Person]) -> str:
    return ", ".join(civil(p) for p in people)


# ----------------------------------------------------------------------------
# Title
# ----------------------------------------------------------------------------

def write_title6(container, item: Item, v: Variants6) -> None:
    """The number and "Objet :" (same line or next), in the drawn title style."""
    lines = ([f"{item.label} – Objet : {item.subject}"] if v.objet_place6 == "same_line"
             else [item.label, f"Objet : {item.subject}"])
    for text in lines:
        p = container.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        if v.title_style6 == "small_caps":
            run.font.small_caps = True
        elif v.title_style6 == "underlined":
            run.underline = True
        elif v.title_style6 == "boxed":
            docxkit.paragraph_border(p)
        else:
            p.alignment = docxkit.ALIGN["center"]


# ----------------------------------------------------------------------------
# Votes
# ----------------------------------------------------------------------------

def _decide(session: Session) -> str:
    b = session.body
    head = f"{'la' if b.head_title == 'Présidente' else 'le'} {b.head_title}"
    return (f"Après en avoir délibéré, le {b.name} DÉCIDE d'approuver les dispositions exposées "
            f"ci-dessus et autorise {head} à signer tout document s'y rapportant.")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def write_vote6(container, session: Session, style: str, rng: random.Random) -> dict:
    """The decision and its vote in one of this module's styles; returns the gold vote."""
    none = {"for": None, "against": None, "abstention": None}
    voters = session.voters
    others = session.present[1:] or session.present
    if style == "decide_unanimity":
        b = session.body
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, DÉCIDE à l'unanimité :")
        container.add_paragraph("- d'approuver les dispositions exposées ci-dessus ;")
        container.add_paragraph(f"- d'autoriser {'la' if b.head_title == 'Présidente' else 'le'} "
                                f"{b.head_title} à signer tout document s'y rapportant.")
        return {"result": "unanimity", **none}
    container.add_paragraph(_decide(session))
    if style == "vote_colon":
        container.add_paragraph(rng.choice(["Vote : Unanimité", "VOTE : UNANIMITÉ",
                                            "Vote : unanimité des membres présents et représentés"]))
        return {"result": "unanimity", **none}
    if style == "npp_list":
        npp = rng.sample(others, k=min(len(others), rng.randint(1, 2)))
        label = "Ne prennent pas part au vote" if len(npp) > 1 else "Ne prend pas part au vote"
        container.add_paragraph(f"{label} : {_names(npp)}")
        container.add_paragraph(rng.choice(["Adopté à l'unanimité des votants.",
                                            "Adoptée à l'unanimité."]))
        return {"result": "unanimity", **none}
    against_people = rng.sample(others, k=min(len(others), rng.randint(1, 3)))
    rest = [p for p in others if p not in against_people]
    abst_people = rng.sample(rest, k=min(len(rest), rng.randint(0, 2)))
    against, abst = len(against_people), len(abst_people)
    if style == "voix_named":
        pour = voters - against - abst
        text = f"Adopté par {pour} voix pour, {against} voix contre ({_names(against_people)})"
        if abst:
            text += f" et {_plural(abst, 'abstention')} ({_names(abst_people)})"
        container.add_paragraph(text + ".")
        return {"result": "majority", "for": pour, "against": against,
                "abstention": abst or None}
    if style == "majorite_counts":
        pour = voters - against - abst
        container.add_paragraph(f"Adopté à la majorité : {pour} pour, {against} contre, "
                                f"{abst} abstention{'s' if abst > 1 else ''}.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst}
    # vote_table: Pour / Contre / Abstention / NPPV with counts and names
    rest = [p for p in rest if p not in abst_people]
    npp_people = rng.sample(rest, k=min(len(rest), rng.randint(0, 1)))
    if rng.random() < 0.4:
        against_people = []
    against, npp = len(against_people), len(npp_people)
    pour = voters - against - abst - npp
    rows = [("Pour", pour, ""), ("Contre", against, _names(against_people)),
            ("Abstention", abst, _names(abst_people)), ("NPPV", npp, _names(npp_people))]
    table = container.add_table(rows=len(rows), cols=3)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [3.0, 1.5, 9.0])
    for row, (head, count, who) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(head).bold = True
        row.cells[1].paragraphs[0].add_run(str(count))
        row.cells[2].paragraphs[0].add_run(who)
    container.add_paragraph("Adopté à la majorité." if against else
                            "Adopté à l'unanimité des suffrages exprimés.")
    return {"result": "majority" if against else "unanimity", "for": pour,
            "against": against, "abstention": abst}


# ----------------------------------------------------------------------------
# Movements
# ----------------------------------------------------------------------------

def leave(session: Session, who: Person, holder: Person | None) -> Session:
    present = [p for p in session.present if p != who]
    if holder is not None:
        return replace(session, present=present, represented=session.represented + [(who, holder)])
    return replace(session, present=present, absent=session.absent + [who])


def arrive(session: Session, who: Person) -> Session:
    return replace(session, present=session.present + [who],
                   excused=[p for p in session.excused if p != who],
                   absent=[p for p in session.absent if p != who])


def draw_movement(session: Session, rng: random.Random) -> tuple[str, Session] | None:
    """One member arriving or leaving: (printed sentence, session from then on)."""
    holders = {h for _, h in session.represented}
    leavers = [p for p in session.present[1:] if p not in holders and p != session.secretary]
    comers = session.absent + session.excused
    if comers and (rng.random() < 0.4 or not leavers):
        who = rng.choice(comers)
        text = rng.choice([f"Arrivée de {civil(who)}.", f"{civil(who)} rejoint la séance.",
                           f"{civil(who)} entre en séance.",
                           f"Arrivée de {civil(who)} à {rng.randint(18, 20)}h{rng.randint(10, 55)}."])
        return text, arrive(session, who)
    if not leavers:
        return None
    who = rng.choice(leavers)
    if rng.random() < 0.6:
        holder = rng.choice([p for p in session.present if p != who])
        text = rng.choice([f"{civil(who)} quitte la séance et donne pouvoir à {civil(holder)}.",
                           f"Départ de {civil(who)} (pouvoir à {civil(holder)}).",
                           f"{civil(who)} quitte la séance ; {'elle' if who.female else 'il'} "
                           f"donne pouvoir à {civil(holder)}."])
        return text, leave(session, who, holder)
    text = rng.choice([f"{civil(who)} quitte la séance.", f"Départ de {civil(who)}.",
                       f"{civil(who)} quitte définitivement la séance."])
    return text, leave(session, who, None)


def item_point(items: list[Item], i: int, v: Variants6) -> int:
    """The point an item is on the agenda: its number when items are numbered "Point n°7",
    else its rank."""
    return int(items[i].number) if v.number_family6 == "point_n_next" else i + 1


def remark_movement(session: Session, opening: Session, point: int, previous: int,
                    remarks: dict[Person, str], later: list[Person], rng: random.Random) -> Session:
    """A member arriving at ``point`` or leaving after ``previous``, said by a remark after
    their name in the present list; returns the session from ``point`` on."""
    comers = [p for p in opening.absent if p not in remarks and p in session.absent]
    holders = {h for _, h in session.represented}
    leavers = [p for p in session.present[1:]
               if p not in remarks and p not in holders and p != session.secretary]
    if comers and (rng.random() < 0.5 or not leavers):
        who = rng.choice(comers)
        remarks[who] = rng.choice([f"à partir du point {point}", f"arrivée au point {point}"
                                   if who.female else f"arrivé au point {point}"])
        later.append(who)
        return arrive(session, who)
    if not leavers:
        return session
    who = rng.choice(leavers)
    remarks[who] = rng.choice([f"jusqu'au point {previous}", f"départ au point {point}"])
    return leave(session, who, None)


def item_counts(session: Session, rng: random.Random) -> str:
    n, r = len(session.present), len(session.represented)
    return rng.choice([f"Présents : {n} - Représentés : {r} - Votants : {session.voters}",
                       f"Membres présents : {n} ; votants : {session.voters}",
                       f"Nombre de présents : {n} - Nombre de votants : {session.voters}"])


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def write_item_head(container, item: Item, session: Session, notes: list[str], rng: random.Random,
                    write_title) -> None:
    """An item's title (``write_title()``), its rapporteur when present, and the movement
    notes in italics printed before or after them."""
    before_title = rng.random() < 0.5
    if before_title:
        for text in notes:
            container.add_paragraph(text).runs[0].italic = True
    write_title()
    if item.rapporteur is not None and item.rapporteur in session.present and rng.random() < 0.6:
        container.add_paragraph(f"Rapporteur : {civil(item.rapporteur)}")
    if not before_title:
        for text in notes:
            container.add_paragraph(text).runs[0].italic = True


def write_body6(container, item: Item, session: Session, style: str, rng: random.Random) -> dict:
    vistas = ["Vu le Code Général des Collectivités Territoriales,",
              "Vu le Code de la Construction et de l'Habitation,",
              f"Vu le budget primitif de l'exercice {session.day.year},",
              "Vu l'avis de la commission Aménagement et Cadre de vie,"]
    for line in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(line)
    container.add_paragraph(rng.choice(EXPOSES))
    container.add_paragraph(f"Le coût prévisionnel est estimé à "
                            f"{pools.money(pools.amount(rng), rng)}.")
    return write_vote6(container, session, style, rng)


def heading_block6(container, session: Session, single: bool, rng: random.Random) -> None:
    b = session.body
    p = container.add_paragraph()
    p.add_run(b.organisation.upper()).bold = True
    p.alignment = docxkit.ALIGN[rng.choice(["left", "center"])]
    if single:
        title = rng.choice(["Extrait du procès-verbal des délibérations",
                            f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU {b.name.upper()}"])
    else:
        title = rng.choice([f"Procès-verbal de la séance du {b.name}",
                            f"PROCÈS-VERBAL DU {b.name.upper()}",
                            f"Compte rendu des délibérations du {b.name}"])
    p = container.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = docxkit.ALIGN["center"]


def build_register6(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v6: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants6(v6, single)
    layout.name_order = "last_first" if v.last_first6 else layout.name_order
    layout.margin_column = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    write_doc_basics(doc, session, layout, rng)
    items = draw_items(rng, session, layout, n_items, single)
    k0 = v6.randint(1, 90)
    for i, it in enumerate(items):
        it.number, it.label = number_and_label6(v.number_family6, session.day.year, k0 + i)
    container = doc
    heading_block6(container, session, single, rng)

    # Who arrives or leaves before which item (never before the first): sentences printed at
    # the items, or remarks after the names of the header's present list.
    moves_at: dict[int, int] = {}
    if v.movements6 == "some" and len(items) > 1:
        for _ in range(v6.randint(1, 3)):
            k = v6.randint(1, len(items) - 1)
            moves_at[k] = moves_at.get(k, 0) + 1
    opening = session
    remarks: dict[Person, str] = {}
    later: list[Person] = []
    sentences: dict[int, list[str]] = {}
    sessions: list[Session] = []
    for i, item in enumerate(items):
        for _ in range(moves_at.get(i, 0)):
            if v.movement_place6 == "remarks":
                session = remark_movement(session, opening, item_point(items, i, v), item_point(items, i - 1, v),
                                          remarks, later, v6)
                continue
            drawn = draw_movement(session, v6)
            if drawn:
                sentences.setdefault(i, []).append(drawn[0])
                session = drawn[1]
        sessions.append(session)
    if later:               # who arrives later sits nowhere at the opening
        opening = sessions[0]
    opening_gold = write_header6(container, opening, layout, v, rng, remarks, later)
    counts_only = opening_gold["present"] is None

    golds = []
    for i, (item, session) in enumerate(zip(items, sessions)):
        if i > 0 and layout.page_break_between:
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        write_item_head(container, item, session, sentences.get(i, []), v6, lambda: write_title6(container, item, v))
        if v.item_counts6:
            container.add_paragraph(item_counts(session, v6))
        vote = write_body6(container, item, session, v6.choice(v.vote_styles6), v6)
        entry = gold_entry(item, vote)
        count = (len(session.present) if counts_only or opening_gold["present_count"] is not None
                 else None)
        own = session.gold(not counts_only, count, session.secretary is not None)
        if own != opening_gold:
            entry["session"] = own
        golds.append(entry)

    container.add_paragraph()
    container.add_paragraph(f"La séance est levée à {rng.randint(19, 23)} h "
                            f"{rng.choice(['00', '15', '30', '45'])}." if not single else
                            "Ainsi fait et délibéré les jour, mois et an que dessus.")
    title = f"{'La' if body.head_title == 'Présidente' else 'Le'} {body.head_title},"
    container.add_paragraph(title).alignment = docxkit.ALIGN["right"]
    container.add_paragraph(name(session.president, layout)).alignment = docxkit.ALIGN["right"]

    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, body, opening_gold, golds)
