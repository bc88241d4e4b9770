"""Builds one register document of variants11.py's families (kinds deliberation11 /
minutes11): base layout and content drawn from the seed as register.py draws them,
this module's families (other bodies' session heads, agenda tables, state-column
attendance, collèges of administrators, "Pouvoirs" tables, vote tables per member,
withdrawn items, running session headers) from their own stream ("v11:<seed>")."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break
from .layout import draw_layout
from .pools import Person
from .register import save_register
from .sample import Sample
from .session import Body, Session, draw_body, draw_session
from .variants11 import CCS11, SYNDICATS11, Variants11, draw_variants11, number_and_label11

COLLEGES11 = ["Représentants de la collectivité de rattachement",
              "Personnalités qualifiées",
              "Représentants des associations d'insertion",
              "Représentants des locataires"]
CONSULTATIVE11 = ["Directeur général", "Directrice générale adjointe",
                  "représentant du comité social et économique", "commissaire du Gouvernement",
                  "Directeur financier"]
CONSIDERANTS11 = [
    "Considérant la nécessité de poursuivre le programme de renouvellement urbain engagé,",
    "Considérant l'avis favorable de la commission d'appel d'offres,",
    "Considérant que les crédits sont inscrits au budget de l'exercice,",
    "Considérant l'intérêt de l'opération pour les habitants du quartier,",
]
EXPOSES11 = EXPOSES + [
    "Le comité de pilotage réuni le mois dernier a validé le principe de cette intervention et "
    "demandé que le calendrier soit tenu, les entreprises ayant été consultées dans les formes.",
    "Le plan de financement prévisionnel associe l'Agence nationale pour la rénovation urbaine, "
    "la Région et le Département ; le reste à charge est couvert par l'autofinancement.",
    "Les études préalables ont montré la faisabilité technique du projet ; les diagnostics "
    "amiante et plomb ont été réalisés et leurs conclusions sont jointes au dossier.",
]


# ----------------------------------------------------------------------------
# Names, bodies
# ----------------------------------------------------------------------------

def nm(p: Person, v: Variants11, civility: bool = True) -> str:
    core = f"{p.last} {p.first}" if v.name_surname_first11 else f"{p.first} {p.last}"
    return f"{'Mme' if p.female else 'M.'} {core}" if civility else core


def civ(p: Person) -> str:
    return f"{'Mme' if p.female else 'M.'} {p.first} {p.last}"


def body11(v: Variants11, base: Body, rng: random.Random) -> Body:
    if v.body11 == "syndicat":
        name = rng.choice(["Bureau syndical", "Comité syndical"])
        return replace(base, kind="bureau", organisation=rng.choice(SYNDICATS11), name=name,
                       members_word="délégués")
    if v.body11 == "cc_bureau":
        return replace(base, kind="bureau", organisation=rng.choice(CCS11),
                       name="Bureau communautaire", members_word="membres du bureau")
    return replace(base, kind="board", organisation=rng.choice(pools.HLM_BAILLEURS),
                   name="Conseil d'administration", members_word="administrateurs")


def chair_office(p: Person) -> str:
    return "Présidente" if p.female else "Président"


def date_words(d: date) -> str:
    return f"{pools.day_in_words(d.day)} {pools.MONTHS[d.month - 1]} {pools.year_in_words(d.year)}"


def printed_date(d: date, v: Variants11) -> str:
    return date_words(d) if v.words_dates11 else f"{d:%d/%m/%Y}"


def of_org(org: str) -> str:
    if org.startswith("Communauté"):
        return f"de la {org}"
    if org.startswith("Syndicat"):
        return f"du {org}"
    return f"de {org}"


def everyone(session: Session) -> list[Person]:
    return (list(session.present) + [m for m, _ in session.represented] + list(session.excused)
            + list(session.absent))


# ----------------------------------------------------------------------------
# Session head
# ----------------------------------------------------------------------------

def head11(doc, session: Session, v: Variants11, single: bool, hour: int, width: float,
           rng: random.Random) -> None:
    b, d, p0 = session.body, session.day, session.president
    posted = session.convened + timedelta(days=rng.randint(0, 2))
    n, voters = len(session.present), session.voters
    p = doc.add_paragraph()
    p.add_run(b.organisation.upper()).bold = True
    title = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" if single
             else rng.choice(["PROCÈS-VERBAL", "PROCÈS-VERBAL DE SÉANCE", "COMPTE RENDU DE SÉANCE"]))
    p = doc.add_paragraph()
    p.add_run(f"{title}\n{b.name.upper()}" if rng.random() < 0.5 else f"{title} DU {b.name.upper()}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    mw = "membres" if rng.random() < 0.6 else b.members_word
    counts = [(f"Nombre de {mw} en exercice", str(session.in_office)),
              (f"Nombre de {mw} présents", str(n)),
              ("Nombre de votants" if rng.random() < 0.5 else f"Nombre de {mw} votants", str(voters))]
    dates = [("Date de convocation", printed_date(session.convened, v)),
             ("Date d'affichage", printed_date(posted, v))]
    if v.head11 == "label_table":
        rows = ([("Date de la séance", f"{pools.long_date(d, weekday=True)} à {hour} h 00")]
                + dates + counts + [("Président de séance" if not p0.female else "Présidente de séance",
                                     civ(p0))])
        if session.secretary is not None:
            rows.append(("Secrétaire de séance", civ(session.secretary)))
        docxkit.fixed_table(doc, [[[a], [b_]] for a, b_ in rows], [width * 0.45, width * 0.5],
                            "all", 10)
        doc.add_paragraph()
        return
    if v.head11 == "label_lines":
        for label, value in dates + counts:
            para = doc.add_paragraph(f"{label} : {value}")
            para.paragraph_format.space_after = docxkit.Pt(0)
        day = (f"{pools.WEEKDAYS[d.weekday()]} {date_words(d)}" if v.words_dates11
               else pools.long_date(d, weekday=True))
        p = doc.add_paragraph()
        p.add_run(f"Séance du {day}").bold = True
        p.alignment = docxkit.ALIGN["center"]
        doc.add_paragraph(f"La séance est ouverte à {hour} h 00 sous la présidence de {civ(p0)}, "
                          f"{chair_office(p0)}.")
    else:
        doc.add_paragraph(
            f"L'an {pools.year_in_words(d.year)}, le {pools.day_in_words(d.day)} "
            f"{pools.MONTHS[d.month - 1]}, à {pools.day_in_words(hour)} heures, le {b.name} "
            f"{of_org(b.organisation)}, dûment convoqué le {date_words(session.convened)}, "
            f"s'est réuni au siège, sous la présidence de {civ(p0)}, {chair_office(p0)}.")
        for label, value in counts:
            para = doc.add_paragraph(f"{label} : {value}")
            para.paragraph_format.space_after = docxkit.Pt(0)
    if session.secretary is not None:
        doc.add_paragraph(f"Secrétaire de séance : {civ(session.secretary)}")


# ----------------------------------------------------------------------------
# Attendance
# ----------------------------------------------------------------------------

def proxies11(doc, session: Session, v: Variants11, width: float, rng: random.Random) -> None:
    if not session.represented:
        return
    if v.proxy11 == "table":
        p = doc.add_paragraph()
        p.add_run("Pouvoirs").bold = True
        head = rng.choice([["Mandant", "Mandataire"], ["Pouvoir de", "À"],
                           ["Membre représenté", "Pouvoir donné à"]])
        rows = [[[head[0]], [head[1]]]] + [[[nm(m, v)], [nm(h, v)]] for m, h in session.represented]
        docxkit.fixed_table(doc, rows, [width * 0.45, width * 0.45], "all", 10, bold_rows=1)
        doc.add_paragraph()
        return
    p = doc.add_paragraph()
    p.add_run("Pouvoirs :").bold = True
    for m, h in session.represented:
        doc.add_paragraph(f"Pouvoir de {nm(m, v)} à {nm(h, v)}").paragraph_format.space_after = docxkit.Pt(0)


def state_columns(doc, session: Session, v: Variants11, width: float, rng: random.Random) -> None:
    cols = [("Présents", [nm(p, v) for p in session.present])]
    if session.represented:
        cols.append(("Excusés ayant donné pouvoir", [nm(m, v) for m, _ in session.represented]))
    if session.excused:
        cols.append(("Excusés", [nm(p, v) for p in session.excused]))
    cols.append(("Absents", [nm(p, v) for p in session.absent] or ["–"]))
    w = width / len(cols)
    rows = [[[h] for h, _ in cols], [names for _, names in cols]]
    docxkit.fixed_table(doc, rows, [w] * len(cols), "all", 9.5, bold_rows=1)
    doc.add_paragraph()
    proxies11(doc, session, v, width, rng)


def civ_lines(doc, session: Session, v: Variants11, width: float, rng: random.Random,
              labels: tuple[str, str, str, str] = ("Présents :", "Excusés ayant donné pouvoir :",
                                                   "Excusés :", "Absents :")) -> None:
    def block(label: str, names: list[str]) -> None:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.paragraph_format.space_after = docxkit.Pt(0)
        for name in names:
            doc.add_paragraph(name).paragraph_format.space_after = docxkit.Pt(0)

    block(labels[0], [nm(p, v) for p in session.present])
    if session.represented:
        if v.proxy11 == "lines":
            block(labels[1], [f"{nm(m, v)} (pouvoir à {nm(h, v)})" for m, h in session.represented])
        else:
            block(labels[1], [nm(m, v) for m, _ in session.represented])
    if session.excused:
        block(labels[2], [nm(p, v) for p in session.excused])
    if session.absent:
        block(labels[3], [nm(p, v) for p in session.absent])
    doc.add_paragraph()
    if session.represented and v.proxy11 == "table":
        proxies11(doc, session, v, width, rng)


def colleges(doc, session: Session, v: Variants11, width: float, rng: random.Random) -> None:
    p = doc.add_paragraph()
    p.add_run("Administrateurs présents avec voix délibérative :").bold = True
    present = list(session.present)
    k = rng.randint(2, 4)
    names = COLLEGES11[:k - 1] + [COLLEGES11[-1]]
    for i, college in enumerate(names):
        share = present[i::len(names)]
        if not share:
            continue
        para = doc.add_paragraph()
        para.add_run(f"{college} : ").italic = True
        para.add_run(", ".join(nm(x, v) for x in share))
    if session.represented:
        p = doc.add_paragraph()
        p.add_run("Administrateurs représentés :").bold = True
        if v.proxy11 == "lines":
            for m, h in session.represented:
                doc.add_paragraph(f"{nm(m, v)} (pouvoir à {nm(h, v)})").paragraph_format.space_after = docxkit.Pt(0)
        else:
            doc.add_paragraph(", ".join(nm(m, v) for m, _ in session.represented))
    if session.excused:
        p = doc.add_paragraph()
        p.add_run("Administrateurs excusés : ").bold = True
        p.add_run(", ".join(nm(x, v) for x in session.excused))
    if session.absent:
        p = doc.add_paragraph()
        p.add_run("Administrateurs absents : ").bold = True
        p.add_run(", ".join(nm(x, v) for x in session.absent))
    guests = pools.people(rng, 6)[-rng.randint(1, 3):]
    p = doc.add_paragraph()
    p.add_run("Assistaient avec voix consultative :").bold = True
    for g in guests:
        doc.add_paragraph(f"{civ(g)}, {rng.choice(CONSULTATIVE11)}").paragraph_format.space_after = docxkit.Pt(0)
    doc.add_paragraph()
    if session.represented and v.proxy11 == "table":
        proxies11(doc, session, v, width, rng)


def attendance11(doc, session: Session, v: Variants11, width: float, rng: random.Random) -> None:
    if v.attendance11 == "state_columns":
        state_columns(doc, session, v, width, rng)
    elif v.attendance11 == "colleges":
        colleges(doc, session, v, width, rng)
    else:
        civ_lines(doc, session, v, width, rng)


# ----------------------------------------------------------------------------
# Agenda, titles, votes
# ----------------------------------------------------------------------------

def agenda11(doc, items: list[Item], printed: list[str], v: Variants11, width: float) -> None:
    p = doc.add_paragraph()
    p.add_run("ORDRE DU JOUR").bold = True
    p.alignment = docxkit.ALIGN["center"]
    if v.agenda11 == "table3":
        rows = [[["N°"], ["Objet"], ["Rapporteur"]]]
        rows += [[[lab], [it.subject], [civ(it.rapporteur) if it.rapporteur else ""]]
                 for it, lab in zip(items, printed)]
        widths = [width * 0.2, width * 0.55, width * 0.25]
    else:
        rows = [[["N°"], ["Objet"]]] + [[[lab], [it.subject]] for it, lab in zip(items, printed)]
        widths = [width * 0.22, width * 0.78]
    docxkit.fixed_table(doc, rows, widths, "all", 9.5, bold_rows=1)
    doc.add_paragraph()


def title11(doc, printed: str, subject: str, v: Variants11) -> None:
    if v.title11 == "same_line":
        doc.add_paragraph().add_run(f"{printed} – {subject}").bold = True
        return
    p = doc.add_paragraph()
    p.add_run(printed if not printed[0].isdigit() and not printed.startswith("CA")
              else f"Délibération n° {printed}").bold = True
    p = doc.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run(subject)


def the_body(b: Body) -> str:
    return f"Le {b.name}"


def vote11(doc, session: Session, v: Variants11, style: str, width: float,
           rng: random.Random) -> dict:
    b = session.body
    voters = [p for p in session.present] + [m for m, _ in session.represented]
    holders = dict(session.represented)
    none = {"for": None, "against": None, "abstention": None}
    if style == "unanimity" or len(voters) < 5:
        doc.add_paragraph(f"{the_body(b)}, après en avoir délibéré, à l'unanimité des membres "
                          f"présents et représentés, DÉCIDE :")
        doc.add_paragraph("– d'approuver les propositions qui lui sont soumises ;")
        doc.add_paragraph(f"– d'autoriser {'la' if session.president.female else 'le'} "
                          f"{chair_office(session.president)} à signer tout document s'y rapportant.")
        return {"result": "unanimity", **none}
    pool = voters[1:]
    rng.shuffle(pool)
    against = pool[:rng.randint(0, min(4, len(pool) // 3))]
    abst = pool[len(against):len(against) + rng.randint(0, 2)]
    npp = pool[len(against) + len(abst):len(against) + len(abst) + rng.randint(0, 1)]
    pour = len(voters) - len(against) - len(abst) - len(npp)
    unanimous = not against and not abst
    result = "unanimity" if unanimous else "majority"
    doc.add_paragraph(f"{the_body(b)}, après en avoir délibéré, DÉCIDE d'approuver les "
                      f"propositions qui lui sont soumises.")
    if style == "grid4":
        p = doc.add_paragraph()
        p.add_run(rng.choice(["Résultat du vote :", "Vote :", "Votes"])).bold = True
        heads = ["Pour", "Contre", "Abstention", "Ne prend pas part"]
        rows = [[[h] for h in heads], [[str(pour)], [str(len(against))], [str(len(abst))],
                                       [str(len(npp))]]]
        docxkit.fixed_table(doc, rows, [width / 4] * 4, "all", 10, bold_rows=1)
        doc.add_paragraph("Adopté à l'unanimité." if unanimous else "Adopté à la majorité.")
        return {"result": result, "for": pour, "against": len(against), "abstention": len(abst)}
    if style == "votes_line_npp":
        doc.add_paragraph(f"Votes : Pour : {pour} – Contre : {len(against)} – Abstention : "
                          f"{len(abst)} – Ne prend pas part : {len(npp)}")
        doc.add_paragraph("Adopté à l'unanimité des suffrages exprimés." if unanimous
                          else "Adopté à la majorité des suffrages exprimés.")
        return {"result": result, "for": pour, "against": len(against), "abstention": len(abst)}
    word = {}
    for p in voters:
        word[p] = ("Contre" if p in against else "Abstention" if p in abst
                   else "Ne prend pas part" if p in npp else "Pour")

    def who(p: Person) -> str:
        return f"{nm(p, v)} (pouvoir à {nm(holders[p], v)})" if p in holders else nm(p, v)

    total = (f"Soit : {pour} voix pour, {len(against)} voix contre, "
             f"{len(abst)} abstention{'s' if len(abst) > 1 else ''}.")
    if style == "per_member_table":
        p = doc.add_paragraph()
        p.add_run("Vote nominatif").bold = True
        rows = [[["Membre"], ["Vote"]]] + [[[who(p)], [word[p]]] for p in voters]
        docxkit.fixed_table(doc, rows, [width * 0.6, width * 0.3], "all", 9.5, bold_rows=1)
        doc.add_paragraph(total)
    else:
        doc.add_paragraph("Le vote a lieu à l'appel nominal :")
        for p in voters:
            doc.add_paragraph(f"{who(p)} : {word[p].lower()}").paragraph_format.space_after = docxkit.Pt(0)
        doc.add_paragraph(total)
    doc.add_paragraph("Adopté à l'unanimité des suffrages exprimés." if unanimous
                      else "Adopté à la majorité.")
    return {"result": result, "for": pour, "against": len(against), "abstention": len(abst)}


def body_text11(doc, item: Item, session: Session, v: Variants11, rng: random.Random) -> None:
    if item.rapporteur is not None:
        doc.add_paragraph(f"Rapporteur : {civ(item.rapporteur)}")
    n = rng.randint(3, 6) if v.long_items11 else rng.randint(1, 2)
    for text in rng.sample(EXPOSES11, k=min(n, len(EXPOSES11))):
        doc.add_paragraph(text)
    doc.add_paragraph(f"Le montant de l'opération s'élève à {pools.money(pools.amount(rng), rng)}.")
    doc.add_paragraph("Vu le Code général des collectivités territoriales,")
    if session.body.kind == "board":
        doc.add_paragraph("Vu le Code de la construction et de l'habitation,")
    for line in rng.sample(CONSIDERANTS11, k=rng.randint(1, 3 if v.long_items11 else 1)):
        doc.add_paragraph(line)


WITHDRAWN11 = ["Ce point est retiré de l'ordre du jour.",
               "Ce point est ajourné et reporté à une séance ultérieure.",
               "Le point est reporté à une prochaine séance, le dossier étant incomplet.",
               "Retiré de l'ordre du jour à la demande du rapporteur."]


# ----------------------------------------------------------------------------
# Document
# ----------------------------------------------------------------------------

def running11(doc, session: Session, v: Variants11, single: bool) -> None:
    section = doc.sections[0]
    if v.running_session11:
        p = section.header.paragraphs[0]
        kind = "Extrait du registre" if single else "Procès-verbal"
        p.text = f"{session.body.name} – Séance du {pools.long_date(session.day)} – {kind}"
        p.alignment = docxkit.ALIGN["center"]
    p = section.footer.paragraphs[0]
    p.alignment = docxkit.ALIGN["right"]
    p.add_run("Page ")
    docxkit.add_field(p, "PAGE")
    p.add_run(" sur ")
    docxkit.add_field(p, "NUMPAGES")


def build_register11(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                     v11: random.Random, single: bool) -> Sample:
    layout = draw_layout(rng)
    v = draw_variants11(v11, single)
    layout.margin_column = "none"
    body = body11(v, draw_body(rng), v11)
    session = draw_session(rng, body)
    if v.many_items11:
        n_items = v11.randint(12, 22)
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    total = n_items + v.withdrawn11
    items = draw_items(rng, session, layout, total, single)
    withdrawn = set(v11.sample(range(1, total), k=v.withdrawn11)) if total > 1 else set()
    k0 = v11.randint(1, 80)
    printed = []
    for i, it in enumerate(items):
        it.number, label = number_and_label11(v.number11, session.day.year, k0 + i)
        printed.append(label)
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    hour = v11.randint(9, 19)
    running11(doc, session, v, single)
    head11(doc, session, v, single, hour, width, v11)
    attendance11(doc, session, v, width, v11)
    if not single and v.agenda11 != "none":
        agenda11(doc, items, printed, v, width)
    gold_session = session.gold(True, len(session.present), session.secretary is not None)

    golds = []
    for i, item in enumerate(items):
        if i > 0 and not v.long_items11 and layout.page_break_between:
            page_break(doc)
        elif i > 0:
            doc.add_paragraph()
        title11(doc, printed[i], item.subject, v)
        if i in withdrawn:
            doc.add_paragraph(v11.choice(WITHDRAWN11))
            continue
        body_text11(doc, item, session, v, v11)
        vote = vote11(doc, session, v, v11.choice(v.vote_styles11), width, v11)
        golds.append(gold_entry(item, vote))

    doc.add_paragraph()
    p0 = session.president
    if single:
        doc.add_paragraph(v11.choice(["Fait et délibéré les jour, mois et an susdits.",
                                      f"Fait à {body.commune}, le {pools.long_date(session.day)}."]))
        doc.add_paragraph("Pour extrait conforme,")
    else:
        doc.add_paragraph(f"L'ordre du jour étant épuisé, la séance est levée à {hour + 2} h 15.")
    doc.add_paragraph(f"{'La' if p0.female else 'Le'} {chair_office(p0)},")
    doc.add_paragraph(civ(p0))
    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, body,
                         gold_session, golds)
