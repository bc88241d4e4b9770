"""Builds one register document of variants8.py's families (kinds deliberation8 /
minutes8): base layout and content drawn from the seed as register.py draws them,
this module's families (the body, the session box, the attendance by commune or a
board's, numbering, votes) from their own stream ("v8:<seed>")."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Optional

from docx.shared import Cm

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break, write_doc_basics
from .layout import draw_layout
from .pools import Person
from .register import save_register
from .sample import Sample
from .session import Body, Session, draw_body, draw_session
from .sessionsheet import civil
from .sessionsheet7 import deputy_office, head_title
from .sessionsheet8 import (QUALITIES8, STAFF8, Cast8, board_admins, box_cells8, by_commune,
                            chair_line8, hour8, name8, name_grid8, write_box8)
from .vote_phrasings import VOTE_PHRASINGS, write_vote_phrasing
from .variants8 import (PART_THEMES8, ROMAN, Variants8, draw_variants8, number_and_label8)

SYNDICATS8 = ["Syndicat mixte du SCoT de l'{a}", "Syndicat intercommunal d'assainissement de l'{a}",
              "Syndicat mixte des transports de l'{a}"]
DELEGATIONS8 = ["à l'Habitat", "à la Politique de la Ville", "à l'Aménagement", "aux Finances",
                "au Renouvellement urbain", "à l'Urbanisme"]


# ----------------------------------------------------------------------------
# Body and cast
# ----------------------------------------------------------------------------

def body8(base: Body, v: Variants8, rng: random.Random) -> Body:
    """The body of the drawn kind, in the base body's territory."""
    agglo = base.agglo
    if v.body8 == "communautaire":
        return replace(base, kind="communautaire", organisation=agglo, name="Conseil communautaire",
                       head_title="Président", members_word="conseillers communautaires")
    if v.body8 == "bureau":
        return replace(base, kind="bureau", organisation=agglo, name="Bureau communautaire",
                       head_title="Président", members_word="membres du bureau")
    if v.body8 == "comite":
        place = agglo.split(" de ", 1)[-1] if " de " in agglo else agglo
        org = rng.choice(SYNDICATS8).format(a=place).replace("l'L", "L").replace("de l'la ", "de la ")
        return replace(base, kind="comite", organisation=org, name="Comité syndical",
                       head_title="Président", members_word="délégués")
    if v.body8 == "board":
        return replace(base, kind="board", organisation=rng.choice(pools.HLM_BAILLEURS),
                       name="Conseil d'administration", head_title="Président",
                       members_word="administrateurs")
    return replace(base, kind="municipal", organisation=f"Commune de {base.commune}",
                   name="Conseil municipal", head_title="Maire",
                   members_word="conseillers municipaux")


def newcomers(rng: random.Random, taken: list[Person], n: int) -> list[Person]:
    """n people none of ``taken`` shares a name with."""
    seen = {p.gold for p in taken}
    out: list[Person] = []
    while len(out) < n:
        p = pools.person(rng)
        if p.gold not in seen:
            seen.add(p.gold)
            out.append(p)
    return out


def cast8(session: Session, v: Variants8, everyone: list[Person], rng: random.Random
          ) -> tuple[Session, Cast8]:
    """Communes, suppléants, qualities and staff; suppléants sit for titulaires (the
    titulaire then excused without proxy)."""
    cast = Cast8()
    b = session.body
    names = [c for c, _, _ in pools.COMMUNES if c != b.commune]
    communes = [b.commune] + rng.sample(names, k=rng.randint(2, 5))
    for p in everyone:
        cast.commune_of[p] = b.commune if p == session.president else rng.choice(communes)
    if v.attendance8 == "by_commune" and v.suppleants8:
        holders = {h for _, h in session.represented}
        can = [p for p in session.present[1:] if p not in holders and p != session.secretary]
        titulaires = rng.sample(can, k=min(len(can), rng.randint(1, 2)))
        subs = newcomers(rng, everyone, len(titulaires))
        present = list(session.present)
        for tit, sub in zip(titulaires, subs):
            present[present.index(tit)] = sub
            cast.substitute_for[sub] = tit
            cast.commune_of[sub] = cast.commune_of[tit]
        session = replace(session, present=present, excused=session.excused + titulaires)
    if v.attendance8 == "board_admins":
        p0 = session.president
        cast.quality_of[p0] = head_title("board", p0.female)
        for p in session.present[1:]:
            if rng.random() < 0.7:
                cast.quality_of[p] = rng.choice(QUALITIES8).format(e="e" if p.female else "")
        staff = newcomers(rng, everyone, rng.randint(1, 3))
        cast.staff = list(zip(staff, rng.sample(STAFF8, k=len(staff))))
    order = rng.random() < 0.5
    for p in everyone + list(cast.substitute_for) + [s for s, _ in cast.staff]:
        cast.mixed_order[p] = rng.random() < 0.5 if v.name_mix8 == "mixed" else order
    return session, cast


# ----------------------------------------------------------------------------
# Heading, title, votes
# ----------------------------------------------------------------------------

def heading8(container, session: Session, single: bool, rng: random.Random) -> None:
    b = session.body
    p = container.add_paragraph()
    p.add_run(b.organisation.upper() if rng.random() < 0.5 else b.organisation).bold = True
    title = ([f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU {b.name.upper()}"] if single else
             rng.choice([[f"PROCÈS-VERBAL DU {b.name.upper()}"],
                         [f"Procès-verbal de la séance du {b.name}"],
                         [f"COMPTE RENDU DES DÉLIBÉRATIONS DU {b.name.upper()}"]]))
    for line in title:
        p = container.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = docxkit.ALIGN["center"]


def write_title8(container, item: Item, v: Variants8) -> None:
    if v.title_form8 == "objet_below":
        container.add_paragraph().add_run(item.label).bold = True
        p = container.add_paragraph()
        p.add_run("Objet : ").bold = True
        p.add_run(item.subject).bold = True
        return
    sep = "\t" if v.title_form8 == "tab" else " – "
    p = container.add_paragraph()
    if v.title_form8 == "tab":      # the title at a tab stop past the longest number
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.0))
    p.add_run(f"{item.label}{sep}{item.subject}").bold = True


def write_rapporteur8(container, item: Item, session: Session, v: Variants8,
                      deputies: list[Person], rng: random.Random) -> None:
    r = item.rapporteur
    if r is None or r not in session.present or rng.random() < 0.2:
        return
    text = civil(r)
    if v.rapporteur_delegation8 and session.body.kind != "board":
        if r in deputies:
            office = deputy_office(session.body.kind, deputies.index(r) + 1, r.female)
        else:
            office = "Conseillère" if r.female else "Conseiller"
        text += f", {office} {'déléguée' if r.female else 'délégué'} {rng.choice(DELEGATIONS8)}"
    container.add_paragraph(rng.choice([f"Rapporteur : {text}", f"Sur le rapport de {text},"]))


def _names(people: list[Person], cast: Cast8) -> str:
    return ", ".join(name8(p, cast, True) for p in people)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def write_vote8(container, session: Session, cast: Cast8, style: str, rng: random.Random) -> dict:
    """The decision and its vote in one of this module's styles; returns the gold vote."""
    b = session.body
    none = {"for": None, "against": None, "abstention": None}
    voters = session.voters
    others = session.present[1:] or session.present
    verb = "ADOPTE" if rng.random() < 0.5 else "DÉCIDE d'approuver"
    if style == "unanimite_npv":
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, à l'unanimité des membres "
                                f"présents et représentés, {verb} les dispositions ci-dessus.")
        who = rng.choice(others)
        container.add_paragraph(rng.choice([f"Ne participe pas au vote : {name8(who, cast, True)}",
                                            f"{name8(who, cast, True)} ne participe pas au vote."]))
        return {"result": "unanimity", **none}
    abst_people = rng.sample(others, k=min(len(others), rng.randint(0, 3)))
    if style == "unanimite_exprimes_named":
        if not abst_people:
            abst_people = others[:1]
        n = len(abst_people)
        container.add_paragraph(
            f"Le {b.name}, après en avoir délibéré, {verb} les dispositions ci-dessus à "
            f"l'unanimité des suffrages exprimés ({_plural(n, 'abstention')} : "
            f"{_names(abst_people, cast)}).")
        return {"result": "unanimity", "for": None, "against": None, "abstention": n}
    rest = [p for p in others if p not in abst_people]
    against_people = rng.sample(rest, k=min(len(rest), rng.randint(1, 3)))
    against, abst = len(against_people), len(abst_people)
    npv = rng.randint(0, 1) if style == "result_table" else 0
    while voters - against - abst - npv <= against and (abst_people or len(against_people) > 1):
        (abst_people if abst_people else against_people).pop()     # a majority adopts
        against, abst = len(against_people), len(abst_people)
    pour = voters - against - abst - npv
    # Counts with nobody against (a board so small that every other member abstained) tell the
    # unanimity of the votes cast, as the other families' gold says ("Contre : 0").
    counted = "majority" if against else "unanimity"
    if style == "majorite_absolue":
        counts = f"{pour} voix pour, {against} voix contre et {_plural(abst, 'abstention')}" \
            if abst else f"{pour} voix pour et {against} voix contre"
        container.add_paragraph(
            f"Le {b.name}, après en avoir délibéré, {verb} les dispositions ci-dessus. La "
            f"délibération est adoptée à la majorité absolue des suffrages exprimés par {counts}.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} les dispositions "
                            f"ci-dessus.")
    if style == "votes_dash_plural":
        text = (f"Votes : Pour {pour} – Contre {against} ({_names(against_people, cast)}) – "
                f"{'Abstentions' if abst != 1 else 'Abstention'} {abst}")
        if abst and rng.random() < 0.5:
            text += f" ({_names(abst_people, cast)})"
        container.add_paragraph(text)
        return {"result": counted, "for": pour, "against": against, "abstention": abst}
    # result_table
    container.add_paragraph().add_run("Résultat du vote :").bold = True
    rows = [("Votants", pour + against + abst), ("Pour", pour), ("Contre", against),
            ("Abstentions", abst)]
    if npv:
        rows.append(("Ne prend pas part au vote", npv))
    table = container.add_table(rows=len(rows), cols=2)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [5.5, 2.0])
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(str(value))
    container.add_paragraph("La délibération est adoptée.")
    return {"result": counted, "for": pour, "against": against, "abstention": abst}


# The share of items of vote_phrasings.py's kinds whose vote is told in one of its phrasings.
VOTE_PHRASING_SHARE = 0.7


def write_body8(container, item: Item, session: Session, cast: Cast8, style: str,
                rng: random.Random, votes: Optional[random.Random] = None,
                left: Optional[list] = None) -> dict:
    """left: filled with the members who leave the room before the vote (vote_scopes.py)."""
    vistas = ["Vu le Code Général des Collectivités Territoriales,",
              "Vu le Code de la Construction et de l'Habitation, notamment son article L. 421-1,",
              "Vu les statuts de l'établissement,",
              f"Vu le budget primitif {session.day.year},",
              "Vu l'avis favorable de la commission Habitat du "
              f"{(session.day.day % 27) + 1} {pools.MONTHS[session.day.month - 1]},"]
    for line in rng.sample(vistas, k=rng.randint(1, 3)):
        container.add_paragraph(line)
    container.add_paragraph(rng.choice(EXPOSES))
    container.add_paragraph(f"Le montant de l'opération est estimé à "
                            f"{pools.money(pools.amount(rng), rng)}.")
    if votes is not None and votes.random() < VOTE_PHRASING_SHARE:
        # the kinds of vote_phrasings.py: the vote told in one of its phrasings, on its stream
        return write_vote_phrasing(container, session, cast, votes.choice(VOTE_PHRASINGS), votes, left)
    return write_vote8(container, session, cast, style, rng)


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def part_starts(n_items: int, rng: random.Random) -> list[int]:
    """Indexes of the items opening a roman-numbered part (the first always)."""
    n_parts = min(n_items, rng.randint(2, 4))
    return [0] + sorted(rng.sample(range(1, n_items), k=n_parts - 1))


def build_register8(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v8: random.Random, single: bool, votes: Optional[random.Random] = None) -> Sample:
    """votes: the stream of vote_phrasings.py's kinds (None: the eighth family's votes only)."""
    layout = draw_layout(rng)
    v = draw_variants8(v8, single)
    layout.margin_column = "none"
    body = body8(draw_body(rng), v, v8)
    session = draw_session(rng, body)
    everyone = (session.present + [m for m, _ in session.represented] + session.excused
                + session.absent)
    pool = [p for p in session.present[1:] if p != session.secretary]
    deputies = v8.sample(pool, k=min(len(pool), v8.randint(2, 5)))
    session, cast = cast8(session, v, everyone, v8)
    if v.box_place8 == "page_header":
        layout.running_header = False
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    items = draw_items(rng, session, layout, n_items, single)
    k0 = 1 if not single else v8.randint(1, 60)
    for i, it in enumerate(items):
        it.number, it.label = number_and_label8(v.number_family8, session.day, k0 + i)
    write_doc_basics(doc, session, layout, rng)
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    container = doc
    hour = hour8(v8)
    p0 = session.president
    chair_text = f"{civil(p0)}, {head_title(body.kind, p0.female)}"
    rows = box_cells8(session, v, hour, chair_text, v8)
    if v.box_place8 == "page_header":
        write_box8(doc.sections[0].header, rows, width)
    heading8(container, session, single, v8)
    if v.box_place8 == "first_page":
        write_box8(container, rows, width)
    elif v.box_place8 == "lines":
        for row in rows:
            for cell in row:
                container.add_paragraph(" ".join(cell))
    chair = chair_line8(session, v, hour)
    if chair:
        container.add_paragraph(chair)
    if v.attendance8 == "by_commune":
        by_commune(container, session, cast, v, width, v8)
    elif v.attendance8 == "board_admins":
        board_admins(container, session, cast, v8)
    else:
        name_grid8(container, session, cast, width, v8)
    if session.secretary is not None:
        s = session.secretary
        container.add_paragraph(v8.choice([
            f"Secrétaire de séance : {name8(s, cast, True)}",
            f"{civil(s)} est {'désignée' if s.female else 'désigné'} secrétaire de séance."]))
    if v8.random() < 0.5:
        container.add_paragraph(f"Le quorum étant atteint, {'la' if p0.female else 'le'} "
                                f"{head_title(body.kind, p0.female)} ouvre la séance.")
    opening_gold = session.gold(True, len(session.present), session.secretary is not None)

    starts = part_starts(len(items), v8) if v.roman_parts8 and len(items) > 1 else []
    themes = v8.sample(PART_THEMES8, k=len(starts))
    golds = []
    for i, item in enumerate(items):
        if i > 0 and layout.page_break_between:
            page_break(container)
        elif i > 0:
            container.add_paragraph()
        if i in starts:
            k = starts.index(i)
            container.add_paragraph().add_run(f"{ROMAN[k]}. {themes[k]}").bold = True
        write_title8(container, item, v)
        write_rapporteur8(container, item, session, v, deputies, v8)
        left: list = []
        vote = write_body8(container, item, session, cast, v8.choice(v.vote_styles8), v8, votes, left)
        golds.append(gold_entry(item, vote))
        if left:
            # members who left the room before this vote are absent at it (vote_scopes.py)
            golds[-1]["session"] = {
                "present": [p.gold for p in session.present if p not in left],
                "present_count": len(session.present) - len(left),
                "absent": [p.gold for p in session.absent + left]}

    container.add_paragraph()
    title = head_title(body.kind, p0.female)
    if single:
        container.add_paragraph("Pour extrait certifié conforme,")
        container.add_paragraph(f"{'La' if p0.female else 'Le'} {title},").alignment = \
            docxkit.ALIGN["right"]
        container.add_paragraph(name8(p0, cast, False)).alignment = docxkit.ALIGN["right"]
    else:
        container.add_paragraph(f"La séance est levée à {v8.randint(19, 22)}h"
                                f"{v8.choice(['00', '15', '30', '45'])}.")
        left = [f"{'La' if p0.female else 'Le'} {title} de séance", name8(p0, cast, False)]
        right = (["Le secrétaire de séance", name8(session.secretary, cast, False)]
                 if session.secretary else [""])
        docxkit.fixed_table(container, [[left, right]], [width / 2 - 0.2] * 2, "none", layout.size)
    director = next((p for p, office in cast.staff if office.startswith("Direct")), None)
    if director is not None and v8.random() < 0.7:
        container.add_paragraph(f"Le Directeur général,  {name8(director, cast, False)}")
    layout_dict = {**layout.to_dict(), **v.to_dict()}
    return save_register(doc, workdir, kind, seed, layout_dict, body, opening_gold, golds)
