"""Builds one register document of variants10.py's families (kinds deliberation10 /
minutes10): base layout and content drawn from the seed as register.py draws them,
this module's families (session boxes, attendance by political group with functions,
particles, verbatim debate, group and name-list votes, thematic codes, ACTES
furniture) from their own stream ("v10:<seed>")."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, page_break
from .layout import draw_layout
from .moves import Move, draw_moves, item_gold, sessions_by_item
from .pools import Person
from .register import save_register
from .sample import Sample
from .session import Body, Session, draw_body, draw_session
from .variants10 import (GROUP_NAMES10, PARTICLE_NAMES10, Variants10, draw_variants10,
                         number_and_label10)

ORDINALS10 = ["premier", "deuxième", "troisième", "quatrième", "cinquième"]
DELEGATIONS10 = ["aux finances", "à l'urbanisme", "à la politique de la ville", "à l'habitat",
                 "à la jeunesse et aux sports", "à la culture", "aux travaux", "à l'éducation",
                 "aux affaires sociales", "au développement économique", "à la tranquillité publique"]


# ----------------------------------------------------------------------------
# Names, offices, groups
# ----------------------------------------------------------------------------

def nm(p: Person, v: Variants10, civility: str | None = None) -> str:
    core = f"{p.first} {p.last}" if v.name_first10 else f"{p.last} {p.first}"
    civility = civility or v.civility10
    if civility == "short":
        return f"{'Mme' if p.female else 'M.'} {core}"
    if civility == "long":
        return f"{'Madame' if p.female else 'Monsieur'} {core}"
    return core


def civ(p: Person) -> str:
    """In running sentences: civility, first name, surname."""
    return f"{'Mme' if p.female else 'M.'} {p.first} {p.last}"


def speaker(p: Person, rng: random.Random) -> str:
    """How a procès-verbal names who speaks: "Mme DUPONT", "M. Jean LEROY"."""
    return (f"{'Mme' if p.female else 'M.'} {p.last}" if rng.random() < 0.6
            else f"{'Mme' if p.female else 'M.'} {p.first} {p.last}")


def feminine(body: Body) -> bool:
    return body.name.lower().startswith("commission")


def the_body(body: Body) -> str:
    """"Le Conseil municipal", "La Commission permanente"."""
    return f"{'La' if feminine(body) else 'Le'} {body.name}"


def chair_by_title(body: Body, p: Person) -> str:
    if body.kind == "municipal":
        return f"{'Mme' if p.female else 'M.'} le Maire"
    return "Mme la Présidente" if p.female else "M. le Président"


def head_office(body: Body, p: Person) -> str:
    if body.kind == "municipal":
        return "Maire"
    if body.kind == "departement":
        return f"Président{'e' if p.female else ''} du Conseil départemental"
    return f"Président{'e' if p.female else ''}"


def deputy_office10(body: Body, rank: int, p: Person, rng: random.Random) -> str:
    e = "e" if p.female else ""
    field = rng.choice(DELEGATIONS10)
    if body.kind == "municipal":
        return rng.choice([f"Maire-adjoint{e} délégué{e} {field}",
                           f"Adjoint{e} au Maire chargé{e} {field}",
                           f"{ORDINALS10[min(rank, 5) - 1].capitalize()} adjoint{e}"])
    return f"Vice-président{e} délégué{e} {field}"


def member_office10(body: Body, p: Person, rng: random.Random) -> str:
    e = "ère" if p.female else "er"
    if body.kind == "municipal":
        if rng.random() < 0.3:
            return f"Conseill{e} municipal{'e' if p.female else ''} délégué{'e' if p.female else ''} {rng.choice(DELEGATIONS10)}"
        return f"Conseill{e} municipal{'e' if p.female else ''}"
    if body.kind == "departement":
        return f"Conseill{e} départemental{'e' if p.female else ''}"
    if body.kind == "bureau":
        return "Membre du bureau"
    if body.kind == "communautaire":
        return f"Conseill{e} communautaire"
    return f"Administrat{'rice' if p.female else 'eur'}"


def everyone(session: Session) -> list[Person]:
    return (list(session.present) + [m for m, _ in session.represented] + list(session.excused)
            + list(session.absent))


def draw_groups(session: Session, rng: random.Random) -> list[tuple[str, list[Person]]]:
    """Political groups in the order of the table: the majority (the chair first)
    then one to three minority groups."""
    names = rng.sample(GROUP_NAMES10, k=rng.randint(2, 4))
    members = everyone(session)
    head = session.president
    rest = [p for p in members if p != head]
    rng.shuffle(rest)
    k_major = max(1, int(len(rest) * rng.uniform(0.55, 0.75)))
    groups = [(names[0], [head] + rest[:k_major])]
    minority = rest[k_major:]
    n_min = len(names) - 1
    for i, name in enumerate(names[1:]):
        share = minority[i::n_min]
        if share:
            groups.append((name, share))
    return groups


def group_label(name: str, rng_form: int, majority: bool) -> str:
    if rng_form == 0:
        return f"Groupe « {name} »" + (" (majorité)" if majority else "")
    if rng_form == 1:
        return f"Groupe {name}"
    return f"{name.upper()}"


# ----------------------------------------------------------------------------
# Session head
# ----------------------------------------------------------------------------

def place10(body: Body, rng: random.Random) -> str:
    if body.kind == "municipal":
        return rng.choice(["Hôtel de Ville – Salle du Conseil", "Salle des délibérations",
                           "Mairie, salle d'honneur"])
    if body.kind == "departement":
        return "Hôtel du Département – Salle des séances"
    return rng.choice(["Siège de la Communauté – Salle du Conseil", "Salle Jean Moulin"])


def head10(container, session: Session, v: Variants10, single: bool, hour: str, width: float,
           rng: random.Random) -> None:
    b, d = session.body, session.day
    posted = session.convened + timedelta(days=1)
    n, voters = len(session.present), session.voters
    quorum = session.in_office // 2 + 1
    sec = session.secretary
    kind_title = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" if single
                  else rng.choice(["PROCÈS-VERBAL DE LA SÉANCE", "PROCÈS-VERBAL INTÉGRAL"]))
    if v.head10 == "box_cells":
        left = [f"Date de convocation : {session.convened:%d/%m/%Y}",
                f"Date d'affichage : {posted:%d/%m/%Y}",
                "Nombre de conseillers :",
                f"en exercice : {session.in_office}", f"présents : {n}", f"votants : {voters}",
                f"Quorum : {quorum}"]
        right = [b.organisation.upper(), kind_title, b.name.upper(),
                 f"Séance du {pools.long_date(d, weekday=True)} à {hour}", place10(b, rng)]
        docxkit.fixed_table(container, [[left, right]], [width * 0.36, width * 0.64], "all", 9.5)
        container.add_paragraph()
        if sec is not None:
            container.add_paragraph(f"Secrétaire de séance : {nm(sec, v, 'short')}")
        return
    p = container.add_paragraph()
    p.add_run(b.organisation.upper()).bold = True
    p = container.add_paragraph()
    p.add_run(f"{kind_title} {'DE LA' if feminine(b) else 'DU'} {b.name.upper()}" if not single
              else kind_title).bold = True
    p.alignment = docxkit.ALIGN["center"]
    if v.head10 == "pv_title":
        weekday = pools.long_date(d, weekday=True)
        p = container.add_paragraph()
        p.add_run(f"{weekday[0].upper()}{weekday[1:]} – {hour} – {place10(b, rng)}").bold = True
        p.alignment = docxkit.ALIGN["center"]
        container.add_paragraph(
            f"Convocation adressée le {pools.long_date(session.convened)} ; affichée le "
            f"{pools.long_date(posted)}.")
        if sec is not None:
            container.add_paragraph(f"{nm(sec, v, 'short')} est désigné{'e' if sec.female else ''} "
                                    f"secrétaire de séance.")
        return
    p = container.add_paragraph(f"Séance du {d:%d/%m/%Y} – {hour}")
    p.alignment = docxkit.ALIGN["center"]
    rows = [(f"Nombre de {b.members_word} en exercice", session.in_office),
            (f"Nombre de {b.members_word} présents", n),
            ("Nombre de votants", voters),
            ("Quorum", quorum)]
    table = container.add_table(rows=len(rows) + (1 if sec else 0), cols=2)
    docxkit.table_borders(table, ruled=True)
    docxkit.set_grid_widths(table, [width * 0.55, width * 0.3])
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(str(value))
    if sec is not None:
        table.rows[-1].cells[0].paragraphs[0].add_run("Secrétaire de séance")
        table.rows[-1].cells[1].paragraphs[0].add_run(nm(sec, v, "short"))
    container.add_paragraph()


def opening10(container, session: Session, v: Variants10, hour: str, rng: random.Random) -> None:
    b, p = session.body, session.president
    container.add_paragraph(
        f"{the_body(b)}, légalement convoqué{'e' if feminine(b) else ''} le "
        f"{pools.long_date(session.convened)}, s'est réuni{'e' if feminine(b) else ''} "
        f"en séance publique le {pools.long_date(session.day)} à {hour}, sous la présidence de "
        f"{civ(p)}, {head_office(b, p)}.")


# ----------------------------------------------------------------------------
# Attendance
# ----------------------------------------------------------------------------

def proxy_text(m: Person, h: Person, v: Variants10) -> str:
    if v.proxy10 == "pouvoir_de":
        return f"pouvoir de {nm(m, v)} à {nm(h, v)}"
    if v.proxy10 == "ayant_donne":
        return f"{nm(m, v)} ayant donné pouvoir à {nm(h, v)}"
    return f"{nm(m, v)}, représenté{'e' if m.female else ''} par {nm(h, v)}"


def marks10(moves: list[tuple[int, str, Person, Person | None]]) -> dict[Person, str]:
    """Inline bracket marks of members who arrive or leave (present list)."""
    out = {}
    for point, kind, who, holder in moves:
        if kind == "arrive":
            out[who] = f"(à partir du point {point})"
        else:
            out[who] = (f"(jusqu'au point {point - 1}, puis pouvoir à {civ(holder)})" if holder
                        else f"(jusqu'au point {point - 1})")
    return out


def state_word(p: Person, word: str) -> str:
    return {"excused": "excusée" if p.female else "excusé",
            "absent": "absente" if p.female else "absent"}[word]


def attendance10(container, session: Session, v: Variants10, offices: dict[Person, str],
                 groups: list[tuple[str, list[Person]]], moves, rng: random.Random) -> None:
    """The opening attendance; members who arrive later are listed with their mark."""
    marks = marks10(moves)
    arrivers = {who for _, kind, who, _ in moves if kind == "arrive"}
    present = set(session.present) | arrivers
    holders = dict(session.represented)
    form = rng.randint(0, 2)

    def shown(p: Person) -> str:
        return f"{nm(p, v)} {marks[p]}" if p in marks else nm(p, v)

    if v.attendance10 == "groups_inline":
        container.add_paragraph().add_run(rng.choice(["Membres du conseil :", "Présences :",
                                                       "Appel des membres"])).bold = True
        for i, (name, members) in enumerate(groups):
            container.add_paragraph().add_run(group_label(name, form, i == 0)).bold = True
            cells = []
            for p in members:
                if p in present:
                    cells.append(shown(p))
                elif p in holders:
                    cells.append(f"{nm(p, v)} (pouvoir à {nm(holders[p], v)})")
                elif p in session.excused:
                    cells.append(f"{nm(p, v)} ({state_word(p, 'excused')})")
                else:
                    cells.append(f"{nm(p, v)} ({state_word(p, 'absent')})")
            container.add_paragraph(", ".join(cells) + ".")
        container.add_paragraph()
        return
    container.add_paragraph().add_run(rng.choice(["Étaient présents :", "Présents :",
                                                   "Membres présents :"])).bold = True
    if v.attendance10 == "groups":
        for i, (name, members) in enumerate(groups):
            here = [p for p in members if p in present]
            if here:
                container.add_paragraph(f"{group_label(name, form, i == 0)} : "
                                        + ", ".join(shown(p) for p in here))
    else:
        ordered = [p for _, members in groups for p in members if p in present]
        for p in ordered:
            para = container.add_paragraph(f"{shown(p)} – {offices[p]}")
            para.paragraph_format.space_after = docxkit.Pt(0)
    if session.represented:
        container.add_paragraph().add_run(rng.choice(["Absents excusés ayant donné pouvoir :",
                                                       "Pouvoirs :", "Procurations :"])).bold = True
        for m, h in session.represented:
            container.add_paragraph(proxy_text(m, h, v)).paragraph_format.space_after = docxkit.Pt(0)
    excused = [p for p in session.excused if p not in arrivers]
    if excused:
        p = container.add_paragraph()
        p.add_run("Absents excusés : ").bold = True
        p.add_run(", ".join(nm(x, v) for x in excused))
    absent = [p for p in session.absent if p not in arrivers]
    if absent:
        p = container.add_paragraph()
        p.add_run(rng.choice(["Absents : ", "Absents non excusés : "])).bold = True
        p.add_run(", ".join(nm(x, v) for x in absent))
    container.add_paragraph()


# ----------------------------------------------------------------------------
# Debate
# ----------------------------------------------------------------------------

def debate10(container, session: Session, item: Item, v: Variants10, groups, cited: str,
             rng: random.Random, before: bool) -> None:
    """A few verbatim interventions; speakers are members present at the item."""
    b = session.body
    chair = chair_by_title(b, session.president)
    talkers = [p for p in session.present if p != session.president]
    if not talkers:
        return
    group_of = {p: name for name, members in groups for p in members}
    earlier = session.day - timedelta(days=rng.randint(60, 700))
    amount = pools.money(pools.amount(rng), rng)
    someone = rng.choice(talkers)
    lines = [
        f"Je rappelle que par la délibération n° {cited} du {pools.long_date(earlier)}, notre "
        f"assemblée avait déjà approuvé le principe de cette opération.",
        f"Combien de logements seront concernés, et quel sera le reste à charge pour la commune ?",
        f"Notre groupe votera contre ce rapport : un coût de {amount} nous paraît excessif.",
        f"Nous nous abstiendrons, faute d'avoir reçu le plan de financement en commission.",
        f"Je souhaite savoir si {civ(someone)} a pu consulter les habitants du quartier.",
        f"Je partage l'avis de {speaker(someone, rng)} sur le calendrier des travaux.",
        "Pouvez-vous nous préciser le calendrier ? Les riverains n'ont reçu aucune information.",
    ]
    answers = [
        "Le reste à charge est inscrit au budget primitif ; il n'y a pas de dépense nouvelle.",
        "La concertation a eu lieu en réunion publique ; un compte rendu est disponible en mairie.",
    ] + ([
        "Les services vous transmettront le détail. Je vous propose de passer au vote.",
        "S'il n'y a pas d'autres questions, je mets le rapport aux voix.",
    ] if before else [
        "Je prends note de votre explication de vote.",
        "Votre remarque figurera au procès-verbal.",
    ])
    for _ in range(rng.randint(1, 3)):
        who = rng.choice(talkers)
        label = speaker(who, rng)
        if rng.random() < 0.4 and who in group_of:
            label += f" ({group_of[who]})"
        p = container.add_paragraph()
        p.add_run(f"{label} : ").bold = rng.random() < 0.5
        p.add_run(rng.choice(lines))
        p = container.add_paragraph()
        p.add_run(f"{chair} : ").bold = rng.random() < 0.5
        p.add_run(rng.choice(answers))
    if before and rng.random() < 0.25:
        who = rng.choice(talkers)
        container.add_paragraph(f"{speaker(who, rng)} : Je demande une suspension de séance de "
                                f"quelques minutes pour mon groupe.")
        h = rng.randint(19, 21)
        m = rng.choice([5, 10, 20, 40])
        para = container.add_paragraph(f"La séance est suspendue à {h} h {m:02d}. "
                                       f"Elle reprend à {h} h {m + 12:02d}.")
        para.runs[0].italic = True


# ----------------------------------------------------------------------------
# Votes
# ----------------------------------------------------------------------------

def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def vote10(container, session: Session, v: Variants10, style: str, groups,
           rng: random.Random) -> dict:
    b = session.body
    others = [p for p in session.present if p != session.president]
    voting = set(session.present) | {m for m, _ in session.represented}
    if style == "nppv_unanimity" and others:
        who = rng.choice(others)
        container.add_paragraph(f"{the_body(b)}, après en avoir délibéré, à l'unanimité des votants, "
                                f"ADOPTE les propositions du rapporteur.")
        container.add_paragraph(f"Ne prend pas part au vote : {civ(who)}"
                                + rng.choice(["", " (intéressé à l'affaire)"]))
        return {"result": "unanimity", "for": None, "against": None, "abstention": None}
    if style == "groups" and len(groups) > 1:
        counted = rng.random() < 0.5
        positions = ["pour"] + [rng.choice(["pour", "contre", "contre", "abstention"])
                                for _ in groups[1:]]
        if "contre" not in positions:
            positions[-1] = "contre"
        tally = {"pour": 0, "contre": 0, "abstention": 0}
        parts = []
        for (name, members), pos in zip(groups, positions):
            k = sum(1 for p in members if p in voting)
            if not k:
                continue
            tally[pos] += k
            parts.append(f"Groupe « {name} »{f' ({k})' if counted else ''} : {pos}")
        if not tally["contre"]:
            return vote10(container, session, v, "voix_contre", groups, rng)
        container.add_paragraph(f"{the_body(b)}, après en avoir délibéré, ADOPTE les propositions "
                                f"du rapporteur.")
        container.add_paragraph(rng.choice(["Vote : ", "Résultat du vote par groupe : ", ""])
                                + " ; ".join(parts) + ".")
        container.add_paragraph("Adopté à la majorité.")
        if counted:
            return {"result": "majority", "for": tally["pour"], "against": tally["contre"],
                    "abstention": tally["abstention"] or None}
        return {"result": "majority", "for": None, "against": None, "abstention": None}
    pool = others[:]
    rng.shuffle(pool)
    against_people = pool[:rng.randint(1, max(1, min(5, len(pool) // 3)))]
    abst_people = pool[len(against_people):len(against_people) + rng.randint(0, 3)]
    voters = session.voters
    against, abst = len(against_people), len(abst_people)
    pour = voters - against - abst
    if pour <= against or not against:
        container.add_paragraph(f"{the_body(b)}, après en avoir délibéré, à l'unanimité, ADOPTE "
                                f"les propositions du rapporteur.")
        return {"result": "unanimity", "for": None, "against": None, "abstention": None}
    names = lambda people: ", ".join(civ(p) for p in people)  # noqa: E731
    if style == "name_lists":
        container.add_paragraph(f"{the_body(b)}, après en avoir délibéré, ADOPTE les propositions "
                                f"du rapporteur.")
        container.add_paragraph(f"Ont voté contre : {names(against_people)} ({against})"
                                if against > 1 else
                                f"A voté contre : {names(against_people)} (1)")
        if abst:
            container.add_paragraph(f"Se sont abstenus : {names(abst_people)} ({abst})" if abst > 1
                                    else f"S'est abstenu{'e' if abst_people[0].female else ''} : "
                                         f"{names(abst_people)} (1)")
        container.add_paragraph(f"Ont voté pour : les autres membres présents et représentés ({pour})")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    if style == "majorite_absolue":
        counts = (f"{pour} voix pour, {against} contre et {_plural(abst, 'abstention')}" if abst
                  else f"{pour} voix pour et {against} contre")
        container.add_paragraph(f"{the_body(b)}, après en avoir délibéré, à la majorité absolue "
                                f"({counts}), DÉCIDE :")
        container.add_paragraph("– d'approuver les propositions du rapporteur ;")
        the = "la" if session.president.female else "le"
        container.add_paragraph(f"– d'autoriser {the} {head_office(b, session.president)} à signer "
                                f"tout document s'y rapportant.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    # voix_contre
    tail = f" et {_plural(abst, 'abstention')}" if abst else ""
    container.add_paragraph(f"Mis aux voix, le rapport est adopté par {pour} voix contre {against}{tail}.")
    return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}


# ----------------------------------------------------------------------------
# Titles, body, furniture
# ----------------------------------------------------------------------------

def title10(container, item: Item, printed: str, v: Variants10) -> None:
    if v.title10 == "same_line":
        container.add_paragraph().add_run(f"{printed} – {item.subject}").bold = True
        return
    if v.title10 == "objet_below":
        p = container.add_paragraph()
        p.add_run(f"Délibération {printed}" if printed.startswith("n°") else f"N° {printed}").bold = True
        p = container.add_paragraph()
        p.add_run("OBJET : ").bold = True
        p.add_run(item.subject)
        return
    container.add_paragraph().add_run(item.subject.upper()).bold = True
    container.add_paragraph(f"Réf. : {printed}")


def body10(container, item: Item, session: Session, v: Variants10, style: str, groups,
           cited: str, minutes: bool, rng: random.Random) -> dict:
    b = session.body
    rap = item.rapporteur
    if rap is not None and rap in session.present:
        container.add_paragraph(f"Rapporteur : {civ(rap)}")
        intro = f"{speaker(rap, rng)} présente le rapport suivant :" if minutes else ""
        if intro:
            container.add_paragraph(intro)
    container.add_paragraph(rng.choice(EXPOSES))
    container.add_paragraph(f"Le montant de l'opération s'élève à {pools.money(pools.amount(rng), rng)}.")
    for line in rng.sample(["Vu le Code général des collectivités territoriales,",
                            "Vu le Code de l'urbanisme,",
                            f"Vu le budget primitif {session.day.year},",
                            "Vu l'avis de la commission compétente,"], k=rng.randint(1, 3)):
        container.add_paragraph(line)
    if minutes and v.debate10 in ("before_vote", "both") and rng.random() < 0.8:
        debate10(container, session, item, v, groups, cited, rng, before=True)
    vote = vote10(container, session, v, style, groups, rng)
    if minutes and v.debate10 in ("after_vote", "both") and rng.random() < 0.7:
        debate10(container, session, item, v, groups, cited, rng, before=False)
    return vote


def furniture10(doc, session: Session, v: Variants10, printed: str, number: str,
                rng: random.Random) -> str | None:
    """Running header with the act's number, receipt footer (extracts); the receipt id."""
    section = doc.sections[0]
    received = session.day + timedelta(days=rng.randint(2, 9))
    siren = f"2{rng.randint(0, 99999999):08d}"
    act = number.replace("/", "_").replace("-", "_").replace(" ", "")
    receipt = f"{session.body.department.zfill(3)}-{siren}-{received:%Y%m%d}-{act}-DE"
    if v.running_number10:
        p = section.header.paragraphs[0]
        label = f"Délibération {printed}" if printed.startswith("n°") else f"Délibération n° {printed}"
        p.text = f"{label} – Séance du {session.day:%d/%m/%Y}"
        p.alignment = docxkit.ALIGN["right"]
    if v.receipt_footer10:
        p = section.footer.paragraphs[0]
        r = p.add_run(f"Accusé de réception en préfecture : {receipt} – Reçu le {received:%d/%m/%Y}")
        r.font.size = docxkit.Pt(7)
        p2 = section.footer.add_paragraph()
        p2.alignment = docxkit.ALIGN["right"]
        p2.add_run("Page ")
        docxkit.add_field(p2, "PAGE")
        p2.add_run(" / ")
        docxkit.add_field(p2, "NUMPAGES")
    return receipt if v.receipt_footer10 else None


def signatures10(container, session: Session, v: Variants10, width: float) -> None:
    p0, sec = session.president, session.secretary
    left = (["Le secrétaire de séance," if not sec.female else "La secrétaire de séance,", civ(sec)]
            if sec else [""])
    right = [f"{'La' if p0.female else 'Le'} {head_office(session.body, p0)},", civ(p0)]
    docxkit.fixed_table(container, [[left, right]], [width * 0.5, width * 0.5], "none", 10)


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def with_particles(session: Session, rng: random.Random, k: int) -> Session:
    """k members renamed with a lower-case particle surname (the same person everywhere)."""
    members = everyone(session)
    chosen = rng.sample(members, k=min(k, len(members)))
    names = rng.sample(PARTICLE_NAMES10, k=len(chosen))
    new = {p: replace(p, last=n) for p, n in zip(chosen, names)}
    m = lambda p: new.get(p, p) if p is not None else None  # noqa: E731
    return replace(session, president=m(session.president), secretary=m(session.secretary),
                   present=[m(p) for p in session.present],
                   represented=[(m(a), m(b)) for a, b in session.represented],
                   excused=[m(p) for p in session.excused], absent=[m(p) for p in session.absent])


def draw_moves10(session: Session, n_items: int, rng: random.Random) -> list[Move]:
    """Members arriving at a point or leaving after one (never the chair or the secretary,
    never a proxy holder); each member moves at most once."""
    return draw_moves(session, (2, n_items), rng, p_arrive=0.5, p_proxy=0.6)


def build_register10(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                     v10: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants10(v10, single)
    layout.margin_column = "none"
    body = draw_body(rng)
    if body.kind == "board":            # political groups and public sittings: an assembly
        body = replace(body, kind="municipal", organisation=f"Ville de {body.commune}",
                       name="Conseil municipal", head_title="Maire",
                       members_word="conseillers municipaux")
    if v.body10 == "commission_permanente" and body.kind in ("municipal", "communautaire"):
        dep = {"62": "Pas-de-Calais", "59": "Nord"}.get(body.department, "Pas-de-Calais")
        body = replace(body, kind="departement", organisation=f"Département du {dep}",
                       name="Commission permanente", head_title="Président",
                       members_word="conseillers départementaux")
    session = draw_session(rng, body)
    session = with_particles(session, v10, v.particles10)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    items = draw_items(rng, session, layout, n_items, single)
    k0 = v10.randint(1, 60)
    printed = []
    for i, it in enumerate(items):
        it.number, label = number_and_label10(v.number10, it.theme, session.day.year, k0 + i)
        printed.append(label)
    cited_num, _ = number_and_label10(v.number10, items[0].theme, session.day.year - 1,
                                      k0 + len(items) + v10.randint(3, 30))
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    hour = f"{v10.randint(17, 20)} h {v10.choice(['00', '30'])}"
    furniture10(doc, session, v, printed[0], items[0].number, v10)

    # Offices and groups (the opening session: everyone in office).
    groups = draw_groups(session, v10)
    offices = {session.president: head_office(body, session.president)}
    deputies = [p for p in groups[0][1][1:]][:v10.randint(2, 5)]
    for i, p in enumerate(deputies):
        offices[p] = deputy_office10(body, i + 1, p, v10)
    for p in everyone(session):
        offices.setdefault(p, member_office10(body, p, v10))

    # Movements: who arrives at or leaves after a point, marked in the present list.
    moves = draw_moves10(session, len(items), v10) if v.moves10 == "inline" else []
    opening = session                # an arriving member is absent until his point
    sessions = sessions_by_item(opening, moves, len(items), 1)

    head10(doc, opening, v, single, hour, width, v10)
    if v.head10 != "box_cells" or v10.random() < 0.5:
        opening10(doc, opening, v, hour, v10)
    attendance10(doc, opening, v, offices, groups, moves, v10)
    if v.pv_approval10:
        prev = session.day - timedelta(days=v10.randint(25, 70))
        doc.add_paragraph(f"Le procès-verbal de la séance du {pools.long_date(prev)} est adopté à "
                          f"l'unanimité.")
        doc.add_paragraph()
    opening_gold = opening.gold(True, len(opening.present), opening.secretary is not None)

    golds = []
    for i, (item, sess) in enumerate(zip(items, sessions)):
        if i > 0 and layout.page_break_between:
            page_break(doc)
        elif i > 0:
            doc.add_paragraph()
        title10(doc, item, printed[i], v)
        vote = body10(doc, item, sess, v, v10.choice(v.vote_styles10), groups, cited_num,
                      not single, v10)
        golds.append(item_gold(item, vote, sess, opening_gold))

    doc.add_paragraph()
    if single:
        received = session.day + timedelta(days=v10.randint(2, 9))
        doc.add_paragraph(f"Certifié exécutoire compte tenu de la transmission en préfecture le "
                          f"{received:%d/%m/%Y} et de la publication le "
                          f"{received + timedelta(days=1):%d/%m/%Y}.")
        doc.add_paragraph(f"Fait à {body.commune}, le {session.day + timedelta(days=1):%d/%m/%Y}.")
    else:
        doc.add_paragraph(f"L'ordre du jour étant épuisé, la séance est levée à "
                          f"{v10.randint(20, 22)} h {v10.choice(['05', '20', '45'])}.")
    signatures10(doc, opening, v, width)
    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, body,
                         opening_gold, golds)
