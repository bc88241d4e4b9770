"""Builds one register document of variants7.py's families (kinds deliberation7 /
minutes7): base layout and content drawn from the seed as register.py draws them,
this module's families from their own stream ("v7:<seed>"). Several members may
arrive or leave at once between items: each deliberation's gold then carries its
own session (who was there when it was voted)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break, write_doc_basics
from .layout import draw_layout
from .pools import Person
from .register import save_register
from .register6 import arrive, leave, write_item_head
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import civil, name
from .sessionsheet7 import heading7, head_title, write_header7
from .variants7 import Variants7, draw_variants7, number_and_label7

GROUPS = ["Agir pour {c}", "{c} Demain", "Union citoyenne", "Rassemblement pour {c}",
          "{c} en commun", "Ensemble pour {c}"]


def _names(people: list[Person]) -> str:
    return ", ".join(civil(p) for p in people)


def _together(people: list[Person]) -> str:
    """"MM. X et Y", "Mmes A et B", "Mme A et M. B"."""
    if len(people) == 1:
        return civil(people[0])
    if all(p.female for p in people):
        return "Mmes " + " et ".join(f"{p.first} {p.last}" for p in people)
    if not any(p.female for p in people):
        return "MM. " + " et ".join(f"{p.first} {p.last}" for p in people)
    return " et ".join(civil(p) for p in people)


# ----------------------------------------------------------------------------
# Title and votes
# ----------------------------------------------------------------------------

def write_title7(container, item: Item, v: Variants7) -> None:
    if v.objet_next_line7:
        p = container.add_paragraph()
        p.add_run(item.label).bold = True
        p = container.add_paragraph()
        p.add_run("Objet : ").bold = True
        p.add_run(item.subject).bold = True
        return
    p = container.add_paragraph()
    p.add_run(f"{item.label} – {item.subject}").bold = True


def _decide_lines(container, session: Session, opening: str) -> None:
    b = session.body
    article = "la" if b.head_title == "Présidente" else "le"
    container.add_paragraph(opening)
    container.add_paragraph("- d'approuver les dispositions exposées ci-dessus ;")
    container.add_paragraph(f"- d'autoriser {article} {b.head_title} à signer tout document "
                            f"s'y rapportant.")


def write_vote7(container, session: Session, style: str, rng: random.Random) -> dict:
    """The decision and its vote in one of this module's styles; returns the gold vote."""
    b = session.body
    none = {"for": None, "against": None, "abstention": None}
    voters = session.voters
    others = session.present[1:] or session.present
    if style == "unanimity_present_represented":
        _decide_lines(container, session,
                      f"Le {b.name}, après en avoir délibéré, à l'unanimité des membres présents "
                      f"et représentés, DÉCIDE :")
        return {"result": "unanimity", **none}
    against_people = rng.sample(others, k=min(len(others), rng.randint(1, 3)))
    rest = [p for p in others if p not in against_people]
    abst_people = rng.sample(rest, k=min(len(rest), rng.randint(0, 2)))
    against, abst = len(against_people), len(abst_people)
    pour = voters - against - abst
    if style == "decide_majority":
        counts = f"{pour} voix pour, {against} voix contre"
        if abst:
            counts += f", {abst} abstention{'s' if abst > 1 else ''}"
        _decide_lines(container, session,
                      f"Le {b.name}, après en avoir délibéré, DÉCIDE à la majorité ({counts}) :")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    container.add_paragraph(
        f"Après en avoir délibéré, le {b.name} décide d'approuver les dispositions exposées "
        f"ci-dessus.")
    if style == "votes_dash_named":
        text = f"Votes : Pour {pour} – Contre {against} ({_names(against_people)}) – Abstention {abst}"
        if abst:
            text += f" ({_names(abst_people)})"
        container.add_paragraph(text)
        return {"result": "majority", "for": pour, "against": against, "abstention": abst}
    if style == "count_lines":
        lines = [f"Nombre de votants : {voters}", f"Suffrages exprimés : {voters - abst}",
                 f"Pour : {pour}", f"Contre : {against}"]
        lines.append(f"Abstentions : {abst}" + (f" ({_names(abst_people)})" if abst else ""))
        for line in lines:
            container.add_paragraph(line)
        container.add_paragraph("La délibération est adoptée à la majorité.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst}
    if style == "group_against":
        group = rng.choice(GROUPS).format(c=b.commune)
        text = f"Adopté par {pour} voix pour et {against} voix contre (groupe « {group} »)"
        if abst:
            text += f", {abst} abstention{'s' if abst > 1 else ''}"
        container.add_paragraph(text + ".")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    # rejected7: more against than for
    pour = rng.randint(1, max(1, voters // 3))
    abst = rng.randint(0, 2) if voters - pour > 3 else 0
    against = voters - pour - abst
    text = f"La proposition est rejetée par {against} voix contre, {pour} voix pour"
    text += f" et {abst} abstention{'s' if abst > 1 else ''}." if abst else "."
    container.add_paragraph(text)
    return {"result": "rejected", "for": pour, "against": against, "abstention": abst or None}


def write_body7(container, item: Item, session: Session, style: str, rng: random.Random) -> dict:
    vistas = ["Vu le Code Général des Collectivités Territoriales,",
              "Vu le Code de la Construction et de l'Habitation,",
              f"Vu le budget primitif {session.day.year},",
              "Vu l'avis de la commission Urbanisme et Habitat,"]
    for line in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(line)
    container.add_paragraph(rng.choice(EXPOSES))
    container.add_paragraph(f"Le montant de l'opération est estimé à "
                            f"{pools.money(pools.amount(rng), rng)}.")
    return write_vote7(container, session, style, rng)


# ----------------------------------------------------------------------------
# Movements of one or several members
# ----------------------------------------------------------------------------

def _leavers(session: Session) -> list[Person]:
    holders = {h for _, h in session.represented}
    return [p for p in session.present[1:] if p not in holders and p != session.secretary]


def group_movement(session: Session, rng: random.Random) -> tuple[str, Session] | None:
    """One or two members arriving or leaving together, said at the item."""
    comers = session.absent + session.excused
    leavers = _leavers(session)
    if comers and (rng.random() < 0.5 or len(leavers) < 2):
        who = rng.sample(comers, k=min(len(comers), rng.choice([1, 2, 2])))
        for p in who:
            session = arrive(session, p)
        plural = len(who) > 1
        text = rng.choice([f"{_together(who)} {'arrivent' if plural else 'arrive'} en séance.",
                           f"{_together(who)} {'rejoignent' if plural else 'rejoint'} la séance.",
                           "Arrivée de " + " et de ".join(civil(p) for p in who) + "."])
        return text, session
    if not leavers:
        return None
    who = rng.sample(leavers, k=min(len(leavers), rng.choice([1, 2, 2])))
    if len(who) == 1 and rng.random() < 0.6:
        holder = rng.choice([p for p in session.present if p != who[0]])
        text = f"{civil(who[0])} quitte la séance et donne pouvoir à {civil(holder)}."
        return text, leave(session, who[0], holder)
    for p in who:
        session = leave(session, p, None)
    plural = len(who) > 1
    text = rng.choice([f"{_together(who)} {'quittent' if plural else 'quitte'} la séance.",
                       "Départ de " + " et de ".join(civil(p) for p in who) + "."])
    return text, session


def point_movement(session: Session, opening: Session, point: int, rng: random.Random
                   ) -> tuple[str, Session] | None:
    """Members arriving from ``point`` or leaving after the one before, stated under the lists."""
    comers = [p for p in opening.absent + opening.excused
              if p in session.absent or p in session.excused]
    leavers = _leavers(session)
    if comers and (rng.random() < 0.5 or not leavers):
        who = rng.sample(comers, k=min(len(comers), rng.choice([1, 2, 2])))
        for p in who:
            session = arrive(session, p)
        plural = len(who) > 1
        who_text = ("Messieurs " + " et ".join(p.last for p in who)
                    if plural and not any(p.female for p in who) and rng.random() < 0.5
                    else _together(who))
        text = rng.choice([f"{who_text} {'arrivent' if plural else 'arrive'} à partir du point {point}.",
                           f"{who_text} {'rejoignent' if plural else 'rejoint'} la séance au point "
                           f"{point}."])
        return text, session
    if not leavers:
        return None
    who = rng.sample(leavers, k=min(len(leavers), rng.choice([1, 2])))
    if len(who) == 1 and rng.random() < 0.5:
        holder = rng.choice([p for p in session.present if p != who[0]])
        text = (f"{civil(who[0])} quitte la séance à l'issue du point {point - 1} et donne pouvoir "
                f"à {civil(holder)}.")
        return text, leave(session, who[0], holder)
    for p in who:
        session = leave(session, p, None)
    plural = len(who) > 1
    text = (f"{_together(who)} {'quittent' if plural else 'quitte'} la séance après le vote du "
            f"point {point - 1}.")
    return text, session


# ----------------------------------------------------------------------------
# Session with a deputy in the chair
# ----------------------------------------------------------------------------

def deputy_chair(session: Session, deputies: list[Person], rng: random.Random) -> Session:
    """The head excused (or represented by the deputy), the first deputy in the chair."""
    head, deputy = session.president, deputies[0]
    present = [deputy] + [p for p in session.present if p not in (head, deputy)]
    represented = [(m, deputy if h == head else h) for m, h in session.represented]
    excused = list(session.excused)
    if rng.random() < 0.5:
        represented.append((head, deputy))
    else:
        excused.append(head)
    secretary = session.secretary
    if secretary in (head, deputy):
        secretary = present[1] if len(present) > 1 else None
    return replace(session, president=deputy, present=present, represented=represented,
                   excused=excused, secretary=secretary)


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def build_register7(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v7: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants7(v7, single)
    layout.margin_column = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    head = session.president
    pool = [p for p in session.present[1:] if p != session.secretary]
    deputies = v7.sample(pool, k=min(len(pool), v7.randint(2, 5)))
    everyone = (session.present + [m for m, _ in session.represented] + session.excused
                + session.absent)
    if v.chair7 == "deputy" and len(session.present) > 3 and deputies:
        session = deputy_chair(session, deputies, v7)
    elif v.chair7 == "deputy":
        v.chair7 = "head_sentence"
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    items = draw_items(rng, session, layout, n_items, single)
    k0 = 1 if (v.number_family7 == "bare_delib" and not single) else v7.randint(1, 90)
    for i, it in enumerate(items):
        it.number, it.label = number_and_label7(v.number_family7, body.kind, session.day.year,
                                                session.day.month, k0 + i)
    if v.number_in_furniture7:
        layout.running_header = False
    write_doc_basics(doc, session, layout, rng)
    if v.number_in_furniture7:
        sec = doc.sections[0]
        where = sec.header if v7.random() < 0.5 else sec.footer
        p = where.add_paragraph()
        p.add_run(f"{items[0].label} – {body.name} du {session.day:%d/%m/%Y}")
        p.alignment = docxkit.ALIGN["right"]
    container = doc
    heading7(container, session, v, single, v7)
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]

    # Who arrives or leaves before which item (never before the first).
    moves_at: dict[int, int] = {}
    if v.movements7 == "some" and len(items) > 1:
        for _ in range(v7.randint(1, 3)):
            k = v7.randint(1, len(items) - 1)
            moves_at[k] = moves_at.get(k, 0) + 1
    opening = session
    statements: list[str] = []
    sentences: dict[int, list[str]] = {}
    sessions: list[Session] = []
    for i, item in enumerate(items):
        for _ in range(moves_at.get(i, 0)):
            if v.movement_place7 == "header_points":
                drawn = point_movement(session, opening, int(item.number), v7)
                if drawn:
                    statements.append(drawn[0])
            else:
                drawn = group_movement(session, v7)
                if drawn:
                    sentences.setdefault(i, []).append(drawn[0])
            if drawn:
                session = drawn[1]
        sessions.append(session)
    opening_gold = write_header7(container, opening, head, deputies, layout, v, v7, width,
                                 statements, everyone)

    golds = []
    for i, (item, session) in enumerate(zip(items, sessions)):
        if i > 0 and layout.page_break_between:
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        write_item_head(container, item, session, sentences.get(i, []), v7, lambda: write_title7(container, item, v))
        vote = write_body7(container, item, session, v7.choice(v.vote_styles7), v7)
        entry = gold_entry(item, vote)
        count = len(session.present) if opening_gold["present_count"] is not None else None
        own = session.gold(True, count, session.secretary is not None)
        if own != opening_gold:
            entry["session"] = own
        golds.append(entry)

    container.add_paragraph()
    if single:
        if v.decoys7:
            later = session.day + timedelta(days=v7.randint(2, 12))
            container.add_paragraph(v7.choice([
                f"Transmis en préfecture le {later:%d/%m/%Y}",
                f"Publié le {pools.long_date(later)}",
                f"Rendu exécutoire après transmission au contrôle de légalité le {later:%d/%m/%Y}"]))
        container.add_paragraph("Pour extrait certifié conforme,")
    else:
        container.add_paragraph(f"La séance est levée à {rng.randint(19, 23)} h "
                                f"{rng.choice(['00', '15', '30', '45'])}.")
    chair = session.president
    title = (head_title(body.kind, chair.female) if chair == head else
             ("Pour le Maire empêché, l'adjoint" if body.kind == "municipal" else
              "Pour le Président empêché, le Vice-Président"))
    container.add_paragraph(f"{title},").alignment = docxkit.ALIGN["right"]
    container.add_paragraph(name(chair, layout)).alignment = docxkit.ALIGN["right"]
    layout_dict = {**layout.to_dict(), **v.to_dict()}
    return save_register(doc, workdir, kind, seed, layout_dict, body, opening_gold, golds)
