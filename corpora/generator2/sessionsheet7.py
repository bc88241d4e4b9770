"""The heading and session header of variants7.py's families: a Word-like heading
table, the date and the chair, count lines, the attendance (roll-call table with
surname / first name / office columns, "M. le Maire, Mmes et MM. les Adjoints : …",
lists side by side, one running paragraph, "délégation de vote"), the quorum, the
secretary and movements stated by agenda points; written into a python-docx
container."""

from __future__ import annotations

import random
from typing import Optional, Sequence

from . import docxkit, pools
from .layout import Layout
from .pools import Person
from .session import Session
from .sessionsheet import civil, join, name
from .variants7 import Variants7


# ----------------------------------------------------------------------------
# Offices
# ----------------------------------------------------------------------------

def head_title(body_kind: str, female: bool) -> str:
    if body_kind == "municipal":
        return "Maire"
    return "Présidente" if female else "Président"


def the_head(body_kind: str, head: Person) -> str:
    """"M. le Maire", "Mme la Présidente"."""
    if body_kind == "municipal":
        return f"{'Mme' if head.female else 'M.'} le Maire"
    return "Mme la Présidente" if head.female else "M. le Président"


def deputy_office(body_kind: str, rank: int, female: bool) -> str:
    nth = ("1ère" if female else "1er") if rank == 1 else f"{rank}e"
    if body_kind == "municipal":
        return f"{nth} adjoint{'e' if female else ''}"
    return f"{nth} Vice-Président{'e' if female else ''}"


def member_office(body_kind: str, female: bool) -> str:
    if body_kind == "municipal":
        return "Conseillère municipale" if female else "Conseiller municipal"
    if body_kind == "communautaire":
        return "Conseillère communautaire" if female else "Conseiller communautaire"
    if body_kind == "bureau":
        return "Membre du bureau"
    return "Administratrice" if female else "Administrateur"


def deputies_label(body_kind: str) -> str:
    return "Mmes et MM. les Adjoints" if body_kind == "municipal" else "Mmes et MM. les Vice-Présidents"


def members_label(body_kind: str) -> str:
    return {"municipal": "Mmes et MM. les Conseillers municipaux",
            "communautaire": "Mmes et MM. les Conseillers communautaires",
            "bureau": "Mmes et MM. les membres du Bureau",
            "board": "Mmes et MM. les Administrateurs"}[body_kind]


def ranks(head: Person, deputies: Sequence[Person], everyone: Sequence[Person],
          body_kind: str) -> list[tuple[Person, str]]:
    """Everyone in the order of the table of the council: the head, the deputies
    in rank, the other members by surname; with their office."""
    out = [(head, head_title(body_kind, head.female))]
    out += [(p, deputy_office(body_kind, i + 1, p.female)) for i, p in enumerate(deputies)]
    rest = sorted((p for p in everyone if p != head and p not in deputies),
                  key=lambda p: (p.last, p.first))
    return out + [(p, member_office(body_kind, p.female)) for p in rest]


# ----------------------------------------------------------------------------
# Heading, date, chair
# ----------------------------------------------------------------------------

def heading7(container, session: Session, v: Variants7, single: bool, rng: random.Random) -> None:
    b = session.body
    title = ([f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", f"DU {b.name.upper()}"] if single else
             rng.choice([[f"PROCÈS-VERBAL DE LA SÉANCE", f"DU {b.name.upper()}"],
                         [f"Procès-verbal du {b.name}"],
                         [f"COMPTE RENDU DU {b.name.upper()}"]]))
    if v.heading7 == "word_table":
        table = container.add_table(rows=1, cols=2)
        docxkit.table_borders(table, ruled=False)
        docxkit.set_grid_widths(table, [6.5, 9.5])
        left, right = table.rows[0].cells
        lines = ["RÉPUBLIQUE FRANÇAISE", f"Département : {b.department}", b.organisation.upper()]
        for i, line in enumerate(lines):
            p = left.paragraphs[0] if i == 0 else left.add_paragraph()
            p.add_run(line).bold = i == 2
            p.alignment = docxkit.ALIGN["center"]
        for i, line in enumerate(title):
            p = right.paragraphs[0] if i == 0 else right.add_paragraph()
            p.add_run(line).bold = True
            p.alignment = docxkit.ALIGN["center"]
        container.add_paragraph()
        return
    p = container.add_paragraph()
    p.add_run(b.organisation.upper() if rng.random() < 0.5 else b.organisation).bold = True
    for line in title:
        p = container.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = docxkit.ALIGN["center"]


def _hour(rng: random.Random) -> str:
    h, m = rng.randint(17, 20), rng.choice([0, 15, 30])
    return rng.choice([f"{h} h {m:02d}", f"{h}h{m:02d}", f"{h} heures {m:02d}" if m else f"{h} heures"])


def chair_clause(session: Session, head: Person, v: Variants7) -> str:
    """", sous la présidence de M. X, Maire" inside the opening sentence (or nothing)."""
    b = session.body
    if v.chair7 == "head_sentence":
        return f", sous la présidence de {civil(head)}, {head_title(b.kind, head.female)}"
    return ""


def date_and_opening7(container, session: Session, head: Person, v: Variants7,
                      rng: random.Random) -> None:
    d, b = session.day, session.body
    hour = _hour(rng)
    chair = chair_clause(session, head, v)
    if v.decoys7:
        container.add_paragraph(rng.choice([
            f"Date de la convocation : {session.convened:%d/%m/%Y}",
            f"Convocation du {pools.long_date(session.convened)} – affichée le "
            f"{session.convened:%d/%m/%Y}"]))
    if v.date_style7 == "date_hour_first":
        container.add_paragraph(
            f"Le {pools.long_date(d)} à {hour}, le {b.name} de {b.organisation}, dûment convoqué "
            f"le {pools.long_date(session.convened)}, s'est réuni en séance publique au lieu "
            f"habituel de ses séances{chair}.")
        return
    if v.date_style7 == "title_emdash":
        p = container.add_paragraph()
        p.add_run(f"{b.name} — Séance du {pools.long_date(d, weekday=True)} — {hour}").bold = True
        p.alignment = docxkit.ALIGN["center"]
    elif v.date_style7 == "session_numbered":
        p = container.add_paragraph()
        p.add_run(f"Séance n° {rng.randint(2, 9)} du {pools.long_date(d)}").bold = True
        p.alignment = docxkit.ALIGN["center"]
    else:                                   # header_cells
        table = container.add_table(rows=1, cols=3)
        docxkit.table_borders(table, ruled=rng.random() < 0.5)
        cells = [f"Date : {d:%d/%m/%Y}", f"Heure : {hour}",
                 f"Lieu : {rng.choice(['Salle du conseil', 'Hôtel de Ville', 'Siège'])}"]
        for cell, text in zip(table.rows[0].cells, cells):
            cell.paragraphs[0].add_run(text)
        container.add_paragraph()
    container.add_paragraph(
        f"Le {b.name}, régulièrement convoqué, s'est réuni en séance "
        f"{rng.choice(['ordinaire', 'publique'])}{chair}.")


def chair_lines7(container, session: Session, head: Person, v: Variants7, deputy_rank: int,
                 rng: random.Random) -> None:
    b = session.body
    if v.chair7 == "presidence_title":
        head_words = {"Maire": "Monsieur le Maire" if not head.female else "Madame le Maire",
                      "Président": "Monsieur le Président", "Présidente": "Madame la Présidente"}
        container.add_paragraph(f"Présidence : {head_words[head_title(b.kind, head.female)]}, "
                                f"{head.first} {head.last}")
    elif v.chair7 == "deputy":
        dep = session.president
        office = deputy_office(b.kind, deputy_rank, dep.female)
        excused = "excusée" if head.female else "excusé"
        container.add_paragraph(rng.choice([
            f"En l'absence de {the_head(b.kind, head)}, {excused}, la séance est présidée par "
            f"{civil(dep)}, {office}.",
            f"{civil(dep)}, {office}, préside la séance en l'absence de {the_head(b.kind, head)}."]))


# ----------------------------------------------------------------------------
# Counts and attendance
# ----------------------------------------------------------------------------

def count_line7(session: Session, v: Variants7) -> Optional[str]:
    n, r = len(session.present), len(session.represented)
    members = session.body.members_word.split()[0]
    if v.counts7 == "dash":
        return (f"Nombre de {members} en exercice : {session.in_office} – présents : {n} – "
                f"votants : {session.voters}")
    if v.counts7 == "slash":
        return (f"{members.capitalize()} en exercice : {session.in_office} / Présents : {n} / "
                f"Pouvoirs : {r} / Votants : {session.voters}")
    if v.counts7 == "bar":
        return (f"Membres en exercice : {session.in_office} | Présents : {n} | Représentés : {r} | "
                f"Votants : {session.voters}")
    return None


def _proxy(m: Person, h: Person, layout: Layout, rng: random.Random) -> str:
    return rng.choice([f"{name(m, layout)} (pouvoir à {name(h, layout)})",
                       f"{name(m, layout)} par {name(h, layout)}"])


def _agree(word: str, people: Sequence[Person]) -> str:
    """"Était absente", "Étaient excusés"."""
    plural = len(people) > 1
    feminine = all(p.female for p in people)
    verb = "Étaient" if plural else "Était"
    return f"{verb} {word}{'e' if feminine else ''}{'s' if plural else ''}"


def _label_block(container, label: str, items: list[str], layout: Layout, rng: random.Random) -> None:
    p = container.add_paragraph()
    p.alignment = docxkit.ALIGN["left"]
    p.add_run(label).bold = rng.random() < 0.6
    lines = join(items, layout)
    p.add_run(" " + lines[0])
    for line in lines[1:]:
        container.add_paragraph(line).alignment = docxkit.ALIGN["left"]


def roll_split(container, session: Session, people: list[tuple[Person, str]], v: Variants7,
               width_cm: float, rng: random.Random) -> None:
    """One row per member: NOM | Prénom | Fonction | Présent | Excusé | Absent | Pouvoir à."""
    label = rng.choice(["Présences :", "Feuille de présence", "ÉTAT DES PRÉSENCES", None])
    if label:
        container.add_paragraph().add_run(label).bold = True
    holder = dict(session.represented)
    heads = ["NOM", "Prénom", "Fonction",
             *rng.choice([["Présent", "Excusé", "Absent"], ["Présent(e)", "Excusé(e)", "Absent(e)"],
                          ["P", "E", "A"]]),
             rng.choice(["Pouvoir à", "Pouvoir donné à", "Procuration à"])]
    table = container.add_table(rows=len(people) + 1, cols=len(heads))
    docxkit.table_borders(table, ruled=True)
    w = width_cm - 0.4
    docxkit.set_grid_widths(table, [0.2 * w, 0.15 * w, 0.2 * w, 0.08 * w, 0.08 * w, 0.08 * w, 0.21 * w])
    for cell, head in zip(table.rows[0].cells, heads):
        cell.paragraphs[0].add_run(head).bold = True
    mark = v.cross7
    for row, (p, office) in zip(table.rows[1:], people):
        cells = row.cells
        cells[0].paragraphs[0].add_run(p.last)
        cells[1].paragraphs[0].add_run(p.first)
        cells[2].paragraphs[0].add_run(office)
        if p in holder:
            if v.proxy_cross7:
                cells[4].paragraphs[0].add_run(mark)
            h = holder[p]
            cells[6].paragraphs[0].add_run(f"{h.first} {h.last}" if rng.random() < 0.5
                                           else civil(h))
        elif p in session.excused:
            cells[4].paragraphs[0].add_run(mark)
        elif p in session.absent:
            cells[5].paragraphs[0].add_run(mark)
        else:
            cells[3].paragraphs[0].add_run(mark)
    container.add_paragraph()


def groups_title(container, session: Session, head: Person, deputies: Sequence[Person],
                 layout: Layout, rng: random.Random) -> None:
    """"Étaient présents : M. le Maire, Mmes et MM. les Adjoints : A, B, Mmes et MM. les
    Conseillers municipaux : C, D." then the other states in the same voice."""
    b = session.body
    present_deps = [p for p in deputies if p in session.present]
    others = [p for p in session.present if p != head and p not in deputies]
    parts = [the_head(b.kind, head)]
    if present_deps:
        parts.append(f"{deputies_label(b.kind)} : " + ", ".join(name(p, layout) for p in present_deps))
    if others:
        parts.append(f"{members_label(b.kind)} : " + ", ".join(name(p, layout) for p in others))
    p = container.add_paragraph()
    p.add_run("Étaient présents : ").bold = rng.random() < 0.5
    p.add_run(", ".join(parts) + ".")
    if session.represented:
        container.add_paragraph(
            f"{_agree('excusé', [m for m, _ in session.represented])} et "
            f"représenté{'s' if len(session.represented) > 1 else ''} : "
            + ", ".join(_proxy(m, h, layout, rng) for m, h in session.represented) + ".")
    if session.excused:
        container.add_paragraph(f"{_agree('excusé', session.excused)} : "
                                + ", ".join(name(p, layout) for p in session.excused) + ".")
    if session.absent:
        container.add_paragraph(f"{_agree('absent', session.absent)} : "
                                + ", ".join(name(p, layout) for p in session.absent) + ".")


def two_columns(container, session: Session, layout: Layout, width_cm: float,
                rng: random.Random) -> None:
    """Present on the left, the represented, excused and absent on the right."""
    caps = rng.random() < 0.5
    def lab(text: str) -> str:
        return text.upper() if caps else text + " :"
    table = container.add_table(rows=1, cols=2)
    docxkit.table_borders(table, ruled=rng.random() < 0.3)
    docxkit.set_grid_widths(table, [(width_cm - 0.4) / 2] * 2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run(lab("Présents")).bold = True
    for p in session.present:
        left.add_paragraph(name(p, layout))
    first = True
    blocks = [("Excusés représentés", [_proxy(m, h, layout, rng) for m, h in session.represented]),
              ("Excusés", [name(p, layout) for p in session.excused]),
              ("Absents", [name(p, layout) for p in session.absent])]
    for label, lines in blocks:
        if not lines:
            continue
        para = right.paragraphs[0] if first else right.add_paragraph()
        para.add_run(lab(label)).bold = True
        first = False
        for line in lines:
            right.add_paragraph(line)
    container.add_paragraph()


def prose_paragraph(container, session: Session, layout: Layout, rng: random.Random) -> None:
    """Every state in one justified paragraph."""
    sentences = [f"{_agree('présent', session.present)} : "
                 + ", ".join(name(p, layout) for p in session.present) + "."]
    rep = session.represented
    if rep:
        sentences.append(f"{_agree('excusé', [m for m, _ in rep])} et "
                         f"représenté{'s' if len(rep) > 1 else ''} : "
                         + ", ".join(_proxy(m, h, layout, rng) for m, h in rep) + ".")
    if session.excused:
        sentences.append(f"{_agree('excusé', session.excused)} : "
                         + ", ".join(name(p, layout) for p in session.excused) + ".")
    if session.absent:
        sentences.append(f"{_agree('absent', session.absent)} : "
                         + ", ".join(name(p, layout) for p in session.absent) + ".")
    p = container.add_paragraph(" ".join(sentences))
    p.alignment = docxkit.ALIGN["justify"]


def delegation(container, session: Session, layout: Layout, rng: random.Random) -> None:
    _label_block(container, rng.choice(["Présents :", "Membres présents :"]),
                 [name(p, layout) for p in session.present], layout, rng)
    rep = session.represented
    if rep:
        if rng.random() < 0.5:
            label = "Ont donné délégation de vote :" if len(rep) > 1 else "A donné délégation de vote :"
            items = [f"{name(m, layout)} à {name(h, layout)}" for m, h in rep]
        else:
            label = "Pouvoirs :"
            items = [f"{name(m, layout)}, pouvoir donné à {name(h, layout)}" for m, h in rep]
        p = container.add_paragraph()
        p.alignment = docxkit.ALIGN["left"]
        p.add_run(label).bold = True
        p.add_run(" " + " ; ".join(items) + ".")
    if session.excused:
        _label_block(container, "Excusés :", [name(p, layout) for p in session.excused], layout, rng)
    if session.absent:
        _label_block(container, "Absents :", [name(p, layout) for p in session.absent], layout, rng)


def write_header7(container, session: Session, head: Person, deputies: Sequence[Person],
                  layout: Layout, v: Variants7, rng: random.Random, width_cm: float,
                  statements: Sequence[str] = (), everyone: Sequence[Person] = ()) -> dict:
    """Write the date, chair, counts and attendance; return the session gold."""
    date_and_opening7(container, session, head, v, rng)
    rank = list(deputies).index(session.president) + 1 if session.president in deputies else 1
    chair_lines7(container, session, head, v, rank, rng)
    count = count_line7(session, v)
    if count:
        container.add_paragraph(count)
    att = v.attendance7
    if att == "roll_split":
        roll_split(container, session, ranks(head, deputies, everyone, session.body.kind), v,
                   width_cm, rng)
    elif att == "groups_title":
        groups_title(container, session, head, deputies, layout, rng)
    elif att == "two_columns":
        two_columns(container, session, layout, width_cm, rng)
    elif att == "prose_paragraph":
        prose_paragraph(container, session, layout, rng)
    else:
        delegation(container, session, layout, rng)
    for text in statements:
        container.add_paragraph(text)
    if v.quorum7:
        quorum = session.in_office // 2 + 1
        container.add_paragraph(rng.choice([
            f"Le quorum ({quorum}) étant atteint, le {session.body.name} peut valablement délibérer.",
            f"Le quorum, fixé à {quorum} membres, est atteint.",
            f"{the_head(session.body.kind, head) if session.president == head else civil(session.president)}"
            f" constate que le quorum est atteint ({len(session.present)} présents sur "
            f"{session.in_office})."]))
    if session.secretary is not None:
        s = session.secretary
        container.add_paragraph(rng.choice([
            f"Secrétaire de séance : {name(s, layout)}",
            f"{civil(s)} est {'désignée' if s.female else 'désigné'} secrétaire de séance.",
            f"{civil(s)} a été {'élue' if s.female else 'élu'} secrétaire de séance à l'unanimité."]))
    return session.gold(True, len(session.present) if count else None, session.secretary is not None)
