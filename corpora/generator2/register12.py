"""Builds one document of variants12.py's families (kinds deliberation12 / minutes12 /
recueil12): base layout and content drawn from the seed as register.py draws them, this
module's families (the Recueil des actes administratifs with its arrêtés and décisions,
front pages and outcome tables of procès-verbaux, attendance counted per item, the typed
debate, votes told in the text) from their own stream ("v12:<seed>")."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from . import docxkit, pools
from .deliberation_text import EXPOSES, Item, draw_items, gold_entry, page_break
from .layout import draw_layout
from .moves import Move, draw_moves, item_gold, sessions_by_item
from .pools import Person
from .register import save_register
from .sample import Sample
from .session import Body, Session, draw_body, draw_session
from .variants12 import Variants12, draw_variants12, number_and_label12

STREETS12 = ["rue Jean Jaurès", "avenue de la République", "rue Victor Hugo", "place Jean Moulin",
             "rue Émile Zola", "boulevard Basly", "rue de la Gare", "chemin des Glissoires"]
PLACES12 = ["square Léo Lagrange", "parc de la Glissoire", "jardin des Provinces",
            "groupe scolaire Jules Ferry", "salle Jean Nohain", "stade Bollaert"]
ARRETES12 = [
    "portant réglementation temporaire de la circulation et du stationnement {street} "
    "pendant des travaux de voirie",
    "portant délégation de fonction et de signature à {deputy}",
    "portant autorisation d'ouverture d'un débit de boissons temporaire à l'occasion de la "
    "fête du quartier",
    "portant fermeture temporaire au public du {place}",
    "portant nomination d'un régisseur de recettes pour la régie des droits de place",
    "portant autorisation d'occupation temporaire du domaine public {street}",
]
DECISIONS12 = [
    "Signature d'un marché de maîtrise d'œuvre pour la réhabilitation du {place}",
    "Demande de subvention au titre de la dotation de soutien à l'investissement local",
    "Création d'une régie d'avances pour les activités périscolaires",
    "Conclusion d'une convention d'occupation précaire d'un logement communal",
    "Fixation des tarifs de location de la {place}",
    "Défense des intérêts de la collectivité dans l'instance introduite devant le tribunal "
    "administratif de Lille",
]
SPEECH_OPEN12 = ["Nous passons au point suivant. {rap} va nous présenter le dossier.",
                 "Point suivant de l'ordre du jour. Je donne la parole à {rap}.",
                 "Je vous propose d'examiner maintenant ce rapport."]
SPEECH_REPORT12 = ["Merci. Il s'agit, comme vous l'avez vu en commission, d'une étape importante "
                   "du programme que nous conduisons depuis plusieurs années.",
                   "Ce dossier a été présenté en commission, qui a émis un avis favorable. "
                   "Je vous propose de l'adopter."]
SPEECH_QUESTION12 = ["Nous avons des réserves sur le calendrier de cette opération. Pouvez-vous "
                     "nous préciser le reste à charge pour la collectivité ?",
                     "Les habitants du quartier ont-ils été associés à ce projet ? Nous "
                     "n'avons pas eu de réunion publique à ce sujet.",
                     "Je m'interroge sur le coût de cette opération au regard des autres "
                     "priorités du mandat."]
SPEECH_ANSWER12 = ["Le reste à charge est de {money}, conformément au plan de financement.",
                   "Une réunion publique s'est tenue le mois dernier et une autre est prévue à "
                   "l'automne.",
                   "Les crédits sont inscrits au budget primitif ; il n'y a pas de dépense "
                   "nouvelle."]
SPEECH_GROUP12 = ["Pour ces raisons, notre groupe votera contre.",
                  "Nous nous abstiendrons sur ce point.",
                  "Nous voterons ce rapport, même si nous resterons vigilants."]
GUESTS12 = ["M. le Directeur général des services", "Mme la Directrice générale des services",
            "M. le Directeur des finances"]


# ----------------------------------------------------------------------------
# Names, bodies
# ----------------------------------------------------------------------------

def civ(p: Person) -> str:
    return f"{'Mme' if p.female else 'M.'} {p.first} {p.last}"


def short(p: Person) -> str:
    return f"{'Mme' if p.female else 'M.'} {p.last}"


def chair_title(session: Session) -> str:
    """"M. le Maire", "Mme la Présidente"."""
    p, t = session.president, session.body.head_title
    if t == "Maire":
        return "Mme la Maire" if p.female else "M. le Maire"
    return "Mme la Présidente" if p.female else "M. le Président"


def office(session: Session) -> str:
    t = session.body.head_title
    return t if t == "Maire" else ("Présidente" if session.president.female else "Président")


def body12(rng: random.Random) -> Body:
    body = draw_body(rng)
    if body.kind == "board":  # a recueil des actes is a collectivité's: an assembly
        body = replace(body, kind="municipal", organisation=f"Ville de {body.commune}",
                       name="Conseil municipal", head_title="Maire",
                       members_word="conseillers municipaux")
    return body


def everyone(session: Session) -> list[Person]:
    return (list(session.present) + [m for m, _ in session.represented] + list(session.excused)
            + list(session.absent))


def another_sitting(session: Session, day: date, rng: random.Random) -> Session:
    """The same members at another sitting, their states drawn again (same chair)."""
    rest = everyone(session)[1:]
    rng.shuffle(rest)
    n_rep = rng.randint(0, min(5, len(rest) // 4))
    n_exc, n_abs = rng.randint(0, 2), rng.randint(0, 2)
    rep, exc = rest[:n_rep], rest[n_rep:n_rep + n_exc]
    absent = rest[n_rep + n_exc:n_rep + n_exc + n_abs]
    present = [session.president] + rest[n_rep + n_exc + n_abs:]
    holders = rng.sample(present, k=min(n_rep, len(present)))
    secretary = rng.choice(present[1:]) if len(present) > 1 else None
    return replace(session, day=day, convened=day - timedelta(days=rng.randint(4, 9)),
                   present=present, represented=list(zip(rep, holders)), excused=exc,
                   absent=absent, secretary=secretary)


# ----------------------------------------------------------------------------
# Attendance, counts
# ----------------------------------------------------------------------------

def count_line(doc, session: Session, v: Variants12, width: float) -> None:
    n, rep = len(session.present), len(session.represented)
    if v.counts12 == "per_item_table":
        rows = [[["En exercice"], ["Présents"], ["Représentés"], ["Votants"]],
                [[str(session.in_office)], [str(n)], [str(rep)], [str(session.voters)]]]
        docxkit.fixed_table(doc, rows, [width / 4] * 4, "all", 9.5, bold_rows=1)
        doc.add_paragraph()
        return
    p = doc.add_paragraph(f"Nombre de membres en exercice : {session.in_office} – présents : {n} "
                          f"– votants : {session.voters}")
    p.runs[0].italic = True


def attendance12(doc, session: Session, v: Variants12) -> None:
    groups = [("Présents", [civ(p) for p in session.present]),
              ("Excusés ayant donné pouvoir",
               [f"{civ(m)} (pouvoir à {civ(h)})" for m, h in session.represented]),
              ("Excusés", [civ(p) for p in session.excused]),
              ("Absents", [civ(p) for p in session.absent])]
    for label, names in groups:
        if not names:
            continue
        if v.attendance12 == "paragraph":
            p = doc.add_paragraph()
            p.add_run(f"{label} : ").bold = True
            p.add_run(", ".join(names) + ".")
            continue
        p = doc.add_paragraph()
        p.add_run(f"{label} :").bold = True
        p.paragraph_format.space_after = docxkit.Pt(0)
        for name in names:
            doc.add_paragraph(name).paragraph_format.space_after = docxkit.Pt(0)
    if session.secretary is not None:
        doc.add_paragraph(f"Secrétaire de séance : {civ(session.secretary)}")


def opening12(doc, session: Session, hour: str) -> None:
    b, d = session.body, session.day
    doc.add_paragraph(
        f"L'an {pools.year_in_words(d.year)}, le {pools.day_in_words(d.day)} "
        f"{pools.MONTHS[d.month - 1]}, à {hour}, le {b.name} {of_org(b.organisation)}, dûment "
        f"convoqué le {pools.long_date(session.convened)}, s'est réuni en séance publique sous "
        f"la présidence de {civ(session.president)}, {office(session)}.")


def of_org(org: str) -> str:
    first = org.split()[0]
    if first in ("Ville", "Commune", "Communauté", "Mairie", "Métropole"):
        return f"de la {org}"
    if first[0] in "AEIOUÉÈ" and first[0].isupper() and first != first.upper():
        return f"de l'{org}"
    return f"de {org}"


# ----------------------------------------------------------------------------
# Votes
# ----------------------------------------------------------------------------

def draw_vote12(session: Session, style: str, rng: random.Random) -> dict:
    """Who votes what: gold vote plus the names printed."""
    voters = list(session.present) + [m for m, _ in session.represented]
    pool = voters[1:]
    rng.shuffle(pool)
    if style in ("unanimite", "npp_unanimite") or len(voters) < 6:
        npp = pool[:1] if style == "npp_unanimite" and pool else []
        return {"style": "unanimite" if not npp else style, "against": [], "abst": [], "npp": npp,
                "gold": {"result": "unanimity", "for": None, "against": None, "abstention": None}}
    against = pool[:rng.randint(1, min(4, len(pool) // 3))]
    abst = pool[len(against):len(against) + rng.randint(0, 2)]
    pour = len(voters) - len(against) - len(abst)
    return {"style": style, "against": against, "abst": abst, "npp": [],
            # abstentions never printed when there are none: the text says nothing of them
            "gold": {"result": "majority", "for": pour, "against": len(against),
                     "abstention": len(abst) or None}}


def named(people: list[Person]) -> str:
    return ", ".join(civ(p) for p in people)


def write_vote12(doc, session: Session, vote: dict) -> None:
    style, against, abst = vote["style"], vote["against"], vote["abst"]
    g = vote["gold"]
    b = session.body
    if style == "unanimite":
        doc.add_paragraph("Mis aux voix, le rapport est adopté à l'unanimité.")
        return
    if style == "npp_unanimite":
        doc.add_paragraph(f"{civ(vote['npp'][0])} ne prend pas part au vote. Le rapport est "
                          f"adopté à l'unanimité des votants.")
        return
    a_word = f"{len(abst)} abstention{'s' if len(abst) > 1 else ''} ({named(abst)})" if abst else ""
    if style == "adopte_par":
        tail = f" et {a_word}" if abst else ""
        doc.add_paragraph(f"Le rapport est adopté par {g['for']} voix pour, {len(against)} contre "
                          f"({named(against)}){tail}.")
    elif style == "mis_aux_voix":
        tail = f", {a_word}" if abst else ""
        doc.add_paragraph(f"Mis aux voix, le projet de délibération est adopté à la majorité : "
                          f"{g['for']} voix pour, {len(against)} voix contre ({named(against)})"
                          f"{tail}.")
    else:
        tail = f" et {a_word}" if abst else ""
        doc.add_paragraph(f"Le {b.name}, après en avoir délibéré, par {g['for']} voix pour, "
                          f"{len(against)} voix contre ({named(against)}){tail}, adopte le "
                          f"rapport.")


def outcome_words(vote: dict, table4: bool) -> str:
    g = vote["gold"]
    if g["result"] == "unanimity":
        return "Unanimité" if table4 else "Adopté à l'unanimité"
    if table4:
        return f"{g['for']} pour – {g['against']} contre – {g['abstention'] or 0} abst."
    return "Adopté à la majorité"


# ----------------------------------------------------------------------------
# Debate
# ----------------------------------------------------------------------------

def say(doc, who: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(f"{who} : ").bold = True
    p.add_run(text)


def speaker(p: Person, rng: random.Random) -> str:
    return short(p) if rng.random() < 0.6 else civ(p)


def debate12(doc, item: Item, session: Session, vote: dict, part: str,
             rng: random.Random) -> None:
    chair = chair_title(session)
    others = [p for p in session.present[1:] if p != item.rapporteur]
    if part == "open":
        rap = item.rapporteur if item.rapporteur in session.present else session.president
        say(doc, chair, rng.choice(SPEECH_OPEN12).format(rap=short(rap)))
        if rap != session.president:
            say(doc, speaker(rap, rng), rng.choice(SPEECH_REPORT12))
        if others and rng.random() < 0.8:
            asker = vote["against"][0] if vote["against"] else rng.choice(others)
            say(doc, speaker(asker, rng), rng.choice(SPEECH_QUESTION12))
            answer = rng.choice(SPEECH_ANSWER12).format(money=pools.money(pools.amount(rng), rng))
            if rng.random() < 0.3:
                say(doc, rng.choice(GUESTS12), answer)
            else:
                say(doc, chair, answer)
            if vote["against"]:
                say(doc, speaker(asker, rng), SPEECH_GROUP12[0])
        missing = session.absent + session.excused
        if missing and rng.random() < 0.4:
            say(doc, chair, f"Je tiens à saluer le travail de {civ(rng.choice(missing))}, "
                            f"excusé(e) ce soir, qui a suivi ce dossier depuis le début.")
        say(doc, chair, "S'il n'y a pas d'autre intervention, je mets ce rapport aux voix.")
    else:
        say(doc, chair, rng.choice(["Je vous remercie.", "Merci, le rapport est adopté.",
                                    "Nous passons au point suivant."]))


# ----------------------------------------------------------------------------
# Titles, bodies of items
# ----------------------------------------------------------------------------

def title12(doc, printed: str, subject: str, v: Variants12) -> None:
    if v.title12 == "same_line":
        doc.add_paragraph().add_run(f"{printed} – {subject}").bold = True
        return
    doc.add_paragraph().add_run(printed).bold = True
    p = doc.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run(subject)


def expose12(doc, item: Item, session: Session, rng: random.Random, n: int) -> None:
    for text in rng.sample(EXPOSES, k=min(n, len(EXPOSES))):
        doc.add_paragraph(text)
    doc.add_paragraph(f"Le montant de l'opération s'élève à {pools.money(pools.amount(rng), rng)}.")
    doc.add_paragraph("Vu le Code général des collectivités territoriales,")


def draw_moves12(session: Session, n_items: int, rng: random.Random) -> list[Move]:
    """Members leaving before an item (handing a proxy or not) or arriving (the absent)."""
    return draw_moves(session, (1, n_items - 1), rng, p_arrive=0.4, p_proxy=0.7)


def move_text(kind: str, who: Person, holder: Person | None, rng: random.Random) -> str:
    if kind == "arrive":
        return rng.choice([f"(Arrivée de {civ(who)}.)", f"({civ(who)} rejoint la séance.)"])
    if holder is not None:
        return f"({civ(who)} quitte la séance et donne pouvoir à {civ(holder)}.)"
    return f"({civ(who)} quitte la séance.)"


# ----------------------------------------------------------------------------
# Minutes and single extracts
# ----------------------------------------------------------------------------

def cover12(doc, session: Session, v: Variants12, rng: random.Random) -> None:
    b, d = session.body, session.day
    for _ in range(4):
        doc.add_paragraph()
    for text, size in ((b.organisation.upper(), 18), (b.name.upper(), 14),
                       ("PROCÈS-VERBAL DE LA SÉANCE", 16),
                       (f"du {pools.long_date(d, weekday=True)}", 14)):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = docxkit.Pt(size)
        p.alignment = docxkit.ALIGN["center"]
    doc.add_paragraph()
    posted = d + timedelta(days=rng.randint(3, 8))
    p = doc.add_paragraph(f"Affiché le {posted:%d/%m/%Y}")
    p.alignment = docxkit.ALIGN["center"]
    if rng.random() < 0.5:
        approved = d + timedelta(days=rng.randint(25, 60))
        p = doc.add_paragraph(f"Approuvé lors de la séance du {pools.long_date(approved)}")
        p.alignment = docxkit.ALIGN["center"]


def outcomes12(doc, items: list[Item], printed: list[str], votes: list[dict], v: Variants12,
               width: float) -> None:
    p = doc.add_paragraph()
    p.add_run("LISTE DES DÉLIBÉRATIONS").bold = True
    p.alignment = docxkit.ALIGN["center"]
    if v.outcomes12 == "table4":
        rows = [[["N°"], ["Objet"], ["Rapporteur"], ["Vote"]]]
        rows += [[[lab], [it.subject], [short(it.rapporteur) if it.rapporteur else ""],
                  [outcome_words(vt, True)]] for it, lab, vt in zip(items, printed, votes)]
        widths = [width * 0.17, width * 0.48, width * 0.15, width * 0.2]
    else:
        rows = [[["N°"], ["Objet"], ["Décision"]]]
        rows += [[[lab], [it.subject], [outcome_words(vt, False)]]
                 for it, lab, vt in zip(items, printed, votes)]
        widths = [width * 0.2, width * 0.55, width * 0.25]
    docxkit.fixed_table(doc, rows, widths, "all", 9, bold_rows=1)
    doc.add_paragraph()


def head12(doc, session: Session, v: Variants12, single: bool, hour: str, width: float,
           rng: random.Random) -> None:
    b = session.body
    left = doc.add_paragraph()
    left.add_run("RÉPUBLIQUE FRANÇAISE").bold = True
    left.paragraph_format.space_after = docxkit.Pt(0)
    doc.add_paragraph(f"Département : {b.department}").paragraph_format.space_after = docxkit.Pt(0)
    doc.add_paragraph(b.organisation.upper()).runs[0].bold = True
    title = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU " + b.name.upper() if single
             else "PROCÈS-VERBAL DE LA SÉANCE DU " + b.name.upper())
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    p.alignment = docxkit.ALIGN["center"]
    p = doc.add_paragraph()
    p.add_run(f"Séance du {pools.long_date(session.day, weekday=True)}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    opening12(doc, session, hour)
    if v.counts12 == "head_only" or rng.random() < 0.4:
        doc.add_paragraph(f"Nombre de membres en exercice : {session.in_office} – présents : "
                          f"{len(session.present)} – votants : {session.voters}")


def build_sitting12(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
                    v12: random.Random) -> Sample:
    single = kind == "deliberation12"
    layout = draw_layout(rng)
    v = draw_variants12(v12, kind)
    if v.recueil12:
        return build_recueil12(seed, workdir, kind, rng, v12, v, layout, n_delibs=1)
    layout.margin_column = "none"
    session = draw_session(rng, body12(rng))
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    items = draw_items(rng, session, layout, n_items, single)
    k0 = v12.randint(1, 90)
    printed = []
    for i, it in enumerate(items):
        it.number, label = number_and_label12(v.number12, session.day.year, k0 + i)
        printed.append(label)
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    hour = f"{v12.randint(17, 20)} h {v12.choice(['00', '30'])}"
    moves = draw_moves12(session, len(items), v12) if v.moves12 else []
    sessions = sessions_by_item(session, moves, len(items), 0)
    votes = [draw_vote12(s, v12.choice(v.vote_styles12), v12) for s in sessions]

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = docxkit.ALIGN["center"]
    docxkit.add_field(footer, "PAGE")
    if v.front12 == "cover":
        cover12(doc, session, v, v12)
        if v.outcomes12 != "none" and v.outcome_place12 == "front":
            doc.add_paragraph()
            outcomes12(doc, items, printed, votes, v, width)
        page_break(doc)
    head12(doc, session, v, single, hour, width, v12)
    attendance12(doc, session, v)
    doc.add_paragraph()
    if v.outcomes12 != "none" and (v.front12 != "cover" or v.outcome_place12 != "front"):
        outcomes12(doc, items, printed, votes, v, width)
    opening_gold = session.gold(True, len(session.present), session.secretary is not None)

    golds = []
    for i, (item, sess, vote) in enumerate(zip(items, sessions, votes)):
        if i > 0:
            doc.add_paragraph()
        for point, kind_, who, holder in moves:
            if point == i:
                doc.add_paragraph(move_text(kind_, who, holder, v12)).runs[0].italic = True
        title12(doc, printed[i], item.subject, v)
        if v.counts12 != "head_only":
            count_line(doc, sess, v, width)
        if item.rapporteur is not None and item.rapporteur in sess.present:
            doc.add_paragraph(f"Rapporteur : {civ(item.rapporteur)}")
        if v.debate12 != "none":
            debate12(doc, item, sess, vote, "open", v12)
        expose12(doc, item, sess, v12, v12.randint(1, 2))
        write_vote12(doc, sess, vote)
        if v.debate12 == "around":
            debate12(doc, item, sess, vote, "close", v12)
        golds.append(item_gold(item, vote["gold"], sess, opening_gold))

    doc.add_paragraph()
    p0 = session.president
    if single:
        doc.add_paragraph("Fait et délibéré les jour, mois et an susdits.")
        doc.add_paragraph("Pour extrait conforme,")
    else:
        doc.add_paragraph(f"L'ordre du jour étant épuisé, la séance est levée à "
                          f"{v12.randint(20, 22)} h {v12.choice(['05', '20', '45'])}.")
    doc.add_paragraph(f"{'La' if p0.female else 'Le'} {office(session)},")
    doc.add_paragraph(civ(p0))
    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()},
                         session.body, opening_gold, golds)


# ----------------------------------------------------------------------------
# Recueil des actes administratifs
# ----------------------------------------------------------------------------

def authority(session: Session) -> str:
    """"Le Maire de la Ville de Lens," / "La Présidente de la Communauté …,"."""
    b = session.body
    who = ("La" if session.president.female else "Le") + " " + office(session)
    return f"{who} {of_org(b.organisation)},"


def arrete12(doc, session: Session, num: str, day: date, subject: str, rng: random.Random) -> None:
    b = session.body
    p = doc.add_paragraph()
    p.add_run(f"ARRÊTÉ N° {num}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    p = doc.add_paragraph()
    p.add_run(subject[0].upper() + subject[1:]).bold = True
    p.alignment = docxkit.ALIGN["center"]
    doc.add_paragraph(authority(session))
    doc.add_paragraph("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L. 2212-1 et L. 2213-1 ;")
    asked = day - timedelta(days=rng.randint(3, 20))
    doc.add_paragraph(f"Vu la demande présentée le {asked:%d/%m/%Y} ;")
    doc.add_paragraph("Considérant qu'il convient d'assurer la sécurité des usagers et le bon "
                      "déroulement de l'opération ;")
    p = doc.add_paragraph()
    p.add_run("ARRÊTE").bold = True
    p.alignment = docxkit.ALIGN["center"]
    start = day + timedelta(days=rng.randint(2, 10))
    doc.add_paragraph(f"Article 1er : Les dispositions du présent arrêté s'appliquent du "
                      f"{pools.long_date(start)} au {pools.long_date(start + timedelta(days=rng.randint(2, 30)))}.")
    doc.add_paragraph("Article 2 : Toute infraction au présent arrêté sera constatée et "
                      "poursuivie conformément aux lois et règlements en vigueur.")
    doc.add_paragraph(f"Article 3 : Le Directeur général des services {of_org(b.organisation)} "
                      f"est chargé de l'exécution du présent arrêté.")
    doc.add_paragraph(f"Fait à {b.commune}, le {pools.long_date(day)}")
    signature12(doc, session)


def decision12(doc, session: Session, num: str, day: date, subject: str, cited: tuple[str, date],
               rng: random.Random) -> None:
    b = session.body
    article = "L. 2122-22" if b.head_title == "Maire" else "L. 5211-10"
    p = doc.add_paragraph()
    p.add_run(f"DÉCISION N° {num}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    p = doc.add_paragraph(f"prise en application de l'article {article} du Code général des "
                          f"collectivités territoriales")
    p.alignment = docxkit.ALIGN["center"]
    p = doc.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run(subject)
    doc.add_paragraph(authority(session))
    doc.add_paragraph(f"Vu la délibération n° {cited[0]} du {b.name} en date du "
                      f"{pools.long_date(cited[1])} portant délégation de pouvoirs "
                      f"{'au Maire' if b.head_title == 'Maire' else 'au Président'} ;")
    doc.add_paragraph(f"Considérant la proposition reçue pour un montant de "
                      f"{pools.money(pools.amount(rng, 5_000, 400_000), rng)} HT ;")
    p = doc.add_paragraph()
    p.add_run("DÉCIDE").bold = True
    p.alignment = docxkit.ALIGN["center"]
    doc.add_paragraph(f"Article 1 : {subject}.")
    doc.add_paragraph("Article 2 : La dépense sera imputée sur les crédits inscrits au budget "
                      "de l'exercice.")
    doc.add_paragraph(f"Article 3 : La présente décision sera inscrite au registre des "
                      f"délibérations et il en sera rendu compte au {b.name} lors de sa "
                      f"prochaine séance.")
    doc.add_paragraph(f"Fait à {b.commune}, le {day:%d/%m/%Y}")
    signature12(doc, session)


def signature12(doc, session: Session) -> None:
    p0 = session.president
    doc.add_paragraph(f"{'La' if p0.female else 'Le'} {office(session)},").paragraph_format.space_after = docxkit.Pt(0)
    doc.add_paragraph(civ(p0))


def recueil_deliberation12(doc, sess: Session, v: Variants12, printed: str, item: Item,
                           vote: dict, width: float, hour: str, rng: random.Random) -> None:
    b = sess.body
    p = doc.add_paragraph()
    p.add_run(f"DÉLIBÉRATION DU {b.name.upper()}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    p = doc.add_paragraph()
    p.add_run(f"Séance du {pools.long_date(sess.day, weekday=True)}").bold = True
    p.alignment = docxkit.ALIGN["center"]
    title12(doc, printed, item.subject, v)
    opening12(doc, sess, hour)
    count_line(doc, sess, v, width)
    attendance12(doc, sess, v)
    if item.rapporteur is not None:
        doc.add_paragraph(f"Rapporteur : {civ(item.rapporteur)}")
    expose12(doc, item, sess, rng, 1)
    write_vote12(doc, sess, vote)
    doc.add_paragraph("Fait et délibéré les jour, mois et an susdits.")
    doc.add_paragraph("Pour extrait conforme,")
    signature12(doc, sess)


def build_recueil12(seed: int, workdir: Path, kind: str, rng: random.Random, v12: random.Random,
                    v: Variants12, layout, n_delibs: int) -> Sample:
    layout.margin_column = "none"
    session = draw_session(rng, body12(rng))
    b = session.body
    doc = docxkit.new_document(layout.font, layout.size, layout.margins_cm, layout.line_spacing,
                               layout.space_after_pt)
    doc.styles["Normal"].paragraph_format.alignment = docxkit.ALIGN[layout.align]
    width = 21.0 - layout.margins_cm[1] - layout.margins_cm[3]
    year = session.day.year

    # Sittings: the first drawn by the base stream, the others a few weeks later.
    sittings = [session]
    for _ in range(v.sittings12 - 1):
        day = sittings[-1].day + timedelta(days=v12.randint(10, 35))
        sittings.append(another_sitting(session, day, v12))
    per = [n_delibs] if len(sittings) == 1 else [v12.randint(1, 3) for _ in sittings]
    items_by: list[tuple[Session, Item]] = []
    seen = set()
    for sess, n in zip(sittings, per):
        for it in draw_items(rng, sess, layout, n, True):
            if it.subject not in seen:
                seen.add(it.subject)
                items_by.append((sess, it))
    k0 = v12.randint(1, 90)
    acts = []  # (date, family, number printed in the sommaire, writer args)
    for i, (sess, it) in enumerate(items_by):
        it.number, label = number_and_label12(v.number12, year, k0 + i)
        vote = draw_vote12(sess, v12.choice(v.vote_styles12), v12)
        acts.append((sess.day, "deliberation", label, it.subject, (sess, it, label, vote)))
    cited = (f"{year - 1}-{v12.randint(1, 90):03d}",
             date(year - 1, v12.randint(1, 12), v12.randint(1, 28)))
    deputy = civ(v12.choice(session.present[1:] or session.present))
    start = min(s.day for s in sittings) - timedelta(days=v12.randint(0, 10))
    end = max(s.day for s in sittings) + timedelta(days=v12.randint(3, 15))
    used: set[str] = set()

    def unique(num: str) -> str:   # two acts never share a number (no draw: the stream stays)
        while num in used:
            head, k = num.rsplit("-", 1)
            num = f"{head}-{int(k) + 1:0{len(k)}d}"
        used.add(num)
        return num

    for j in range(v.other_acts12):
        day = start + timedelta(days=v12.randint(0, (end - start).days))
        if v12.random() < 0.5:
            num = unique(f"{year}-AR-{v12.randint(100, 900)}")
            subject = v12.choice(ARRETES12).format(street=v12.choice(STREETS12),
                                                   place=v12.choice(PLACES12), deputy=deputy)
            acts.append((day, "arrete", f"Arrêté n° {num}", subject, (num, subject)))
        else:
            num = unique(f"{year}-D{'M' if b.head_title == 'Maire' else 'P'}-{v12.randint(10, 300):03d}")
            subject = v12.choice(DECISIONS12).format(place=v12.choice(PLACES12))
            acts.append((day, "decision", f"Décision n° {num}", subject, (num, subject)))
    order = {"deliberation": 0, "decision": 1, "arrete": 2}
    if v.act_order12 == "by_family":
        acts.sort(key=lambda a: (order[a[1]], a[0]))
    else:
        acts.sort(key=lambda a: a[0])

    # Cover.
    for _ in range(5):
        doc.add_paragraph()
    period = (f"{pools.MONTHS[session.day.month - 1].capitalize()} {year}" if v12.random() < 0.5
              else f"{(session.day.month - 1) // 3 + 1}{'er' if session.day.month <= 3 else 'e'} "
                   f"trimestre {year}")
    published = end + timedelta(days=v12.randint(5, 20))
    for text, size in ((b.organisation.upper(), 18), ("RECUEIL DES ACTES ADMINISTRATIFS", 20),
                       (f"N° {year}-{v12.randint(1, 12):02d}", 14), (period, 14),
                       (f"Publié le {published:%d/%m/%Y}", 11)):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = size > 11
        r.font.size = docxkit.Pt(size)
        p.alignment = docxkit.ALIGN["center"]
    doc.add_paragraph()
    doc.add_paragraph(f"Le présent recueil peut être consulté à l'accueil {of_org(b.organisation)} "
                      f"aux heures d'ouverture et sur son site internet.")
    page_break(doc)

    # Sommaire: page numbers as the acts will fall (one act a page after cover and sommaire).
    first = 3 if len(acts) <= 12 else 4
    p = doc.add_paragraph()
    p.add_run("SOMMAIRE").bold = True
    p.alignment = docxkit.ALIGN["center"]
    heads = {"deliberation": f"DÉLIBÉRATIONS DU {b.name.upper()}",
             "decision": f"DÉCISIONS {'DU MAIRE' if b.head_title == 'Maire' else 'DU PRÉSIDENT'}",
             "arrete": f"ARRÊTÉS {'DU MAIRE' if b.head_title == 'Maire' else 'DU PRÉSIDENT'}"}
    if v.sommaire12 == "table":
        rows = [[["Acte"], ["Date"], ["Objet"], ["Page"]]]
        for k, (day, fam, label, subject, _) in enumerate(acts):
            rows.append([[label], [f"{day:%d/%m/%Y}"], [subject], [str(first + k)]])
        docxkit.fixed_table(doc, rows, [width * 0.24, width * 0.16, width * 0.5, width * 0.1],
                            "all", 8.5, bold_rows=1)
    else:
        last = None
        for k, (day, fam, label, subject, _) in enumerate(acts):
            if v.act_order12 == "by_family" and fam != last:
                doc.add_paragraph().add_run(heads[fam]).bold = True
                last = fam
            p = doc.add_paragraph(f"{label} du {pools.long_date(day)} – {subject}\t{first + k}")
            docxkit_tab_leader(p, width)
    page_break(doc)

    # A running header naming the collection on most recueils; some print none (own stream,
    # so the other draws of a seed stay as they were).
    v.running12 = random.Random(f"v12run:{seed}").random() < 0.6
    if v.running12:
        running = doc.sections[0].header.paragraphs[0]
        running.text = f"{b.organisation} – Recueil des actes administratifs – {period}"
        running.alignment = docxkit.ALIGN["center"]
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = docxkit.ALIGN["right"]
    docxkit.add_field(footer, "PAGE")

    golds, doc_gold = [], None
    for k, (day, fam, label, subject, args) in enumerate(acts):
        if k > 0:
            page_break(doc)
        if fam == "deliberation":
            sess, it, printed, vote = args
            hour = f"{v12.randint(17, 20)} h {v12.choice(['00', '30'])}"
            recueil_deliberation12(doc, sess, v, printed, it, vote, width, hour, v12)
            own = sess.gold(True, len(sess.present), sess.secretary is not None)
            entry = gold_entry(it, vote["gold"])
            if doc_gold is None:
                doc_gold = own
            if own != doc_gold:
                entry["session"] = own
            golds.append(entry)
        elif fam == "arrete":
            arrete12(doc, session, args[0], day, args[1], v12)
        else:
            decision12(doc, session, args[0], day, args[1], cited, v12)
    return save_register(doc, workdir, kind, seed, {**layout.to_dict(), **v.to_dict()}, b,
                         doc_gold, golds)


def docxkit_tab_leader(paragraph, width_cm: float) -> None:
    """A right tab stop at the text's right edge with a dot leader (sommaire lines)."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    paragraph.paragraph_format.tab_stops.add_tab_stop(docxkit.Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
