"""Families generator2's ninth draw (variants9.py) found the parser missing, each on a document
built for the test, gold by construction: dot leaders glued to the words they join, a roll
call whose one state column holds codes spelled out by a legend ("P", "E", "A", "PV à X", the
holder wrapped in its cell), the same codes after dot leaders with no table head, a vote grid
with an "NPPV" column and a heading wrapped inside its word, abstainers counted after the
opponents in brackets, "POINT N° k" over the act's own identifier and "Objet : …" wrapping at
the right edge, and members coming and going by agenda point (lines under the lists, a
"Mouvements en cours de séance" table read a cell a line, a sentence before the vote)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

from convention_parser.rules import load_rules
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families
from convention_parser.structure.lines import body_lines
from convention_parser.structure.vote_grid import grid_vote_text
from convention_parser.text import read_document
from convention_parser.text.model import Document, Line, Page, Word

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures.structure.build import SIZE, STEP, doc_from_lines  # noqa: E402
from fixtures.structure.deliberations import attendance, deliberation_parts  # noqa: E402

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, place  # noqa: E402


def _row(cells: list[tuple[float, str]], top: float, page: int = 1, bold: bool = False) -> Line:
    """One visual row: each cell's words from its own x (the columns of a table or tab stops)."""
    words = []
    for x, text in cells:
        for w in text.split():
            width = len(w) * SIZE * 0.5
            words.append(Word(w, x, top, x + width, top + SIZE, size=SIZE, bold=bold))
            x += width + SIZE * 0.3
    return Line(words=words, page=page)


def _doc(rows: list[list[tuple[float, str]] | dict]) -> Document:
    """Rows of cells (a list: one line, or a line a cell when its first cell is the table's id
    "#t…", as layer 1 reads a ruled table) or line specs (a dict: text, gap, bold; "page": a
    new page), top-down."""
    pages = [Page(number=1, width=595.0, height=842.0)]
    top = 60.0
    for r in rows:
        if isinstance(r, dict) and r.get("page"):
            pages.append(Page(number=len(pages) + 1, width=595.0, height=842.0))
            top = 60.0
            continue
        page = pages[-1]
        if isinstance(r, dict):
            top += r.get("gap", 0.0)
            page.lines.append(_row([(50.0, r["text"])], top, page.number, bold=r.get("bold", False)))
        elif r and isinstance(r[0], str):
            for cell in r[1:]:
                line = _row([cell], top, page.number)
                line.table_id = r[0][1:]
                page.lines.append(line)
        else:
            page.lines.append(_row(r, top, page.number))
        top += STEP
    return Document(path="<built>", pages=pages)




HEAD = [
    {"text": "COMMUNE DE VILLIERS-LE-SEC"},
    {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Séance du 15/03/2024 à 18 h 30", "gap": 6.0},
    {"text": "Présidence : M. Paul ADAM, Maire", "gap": 6.0},
]
DECISION = [
    {"text": "2024-DCM-045", "bold": True, "gap": 10.0},
    {"text": "Objet : Budget primitif 2024", "bold": True},
    {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
    {"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité des présents et représentés, APPROUVE.",
     "gap": 6.0},
]
LEGEND = "P : présent(e) – E : excusé(e) – A : absent(e) – PV : a donné pouvoir"
# (name, code, holder) by construction
MEMBERS = [("M. Paul ADAM", "P", None), ("Mme Irène BOYER", "P", None), ("M. Jean CARRE", "PV", "Mme Irène BOYER"),
           ("Mme Lise FAURE", "P", None), ("M. Luc DURAND", "E", None), ("Mme Zoé LEROY", "A", None),
           ("M. Marc BLANC", "PV", "M. Paul ADAM")]
GOLD_PRESENT = sorted(["Paul ADAM", "Irène BOYER", "Lise FAURE"])
GOLD_EXCUSED = {("Jean CARRE", "Irène BOYER"), ("Luc DURAND", None), ("Marc BLANC", "Paul ADAM")}
GOLD_ABSENT = ["Zoé LEROY"]


def test_a_dot_leader_glued_to_its_words_is_a_word_of_its_own(tmp_path):
    pdf = tmp_path / "leaders.pdf"
    c = new_canvas(pdf)
    place(c, 72, 700, "M. Jean DUPONT....................P", draw_spaces=True)
    place(c, 72, 680, "Article 4 : Le projet urbain..........15", draw_spaces=True)
    place(c, 72, 660, "et ainsi de suite... la fin", draw_spaces=True)      # an ellipsis stays
    c.save()
    lines = read_document(pdf).pages[0].lines
    assert [w.text for w in lines[0].words] == ["M.", "Jean", "DUPONT", "." * 20, "P"]
    assert [w.text for w in lines[1].words][-3:] == ["urbain", "." * 10, "15"]
    assert "suite..." in [w.text for w in lines[2].words]


def test_codes_after_dot_leaders_under_a_legend_are_a_roll_call():
    """No table head: the legend, then a line a member, the code (or "PV à X") at a right tab
    stop after a dot leader."""
    rows: list = list(HEAD) + [{"text": "Appel nominal :", "bold": True, "gap": 6.0}, {"text": LEGEND}]
    for name, code, holder in MEMBERS:
        text = code if holder is None else f"PV à {holder}"
        x_code = 520.0 - len(text) * SIZE * 0.5           # right-aligned at the tab stop
        rows.append([(50.0, name), (50.0 + len(name) * 5.5, "." * 40), (x_code, text)])
    md = deliberation_parts(_doc(rows + DECISION))[0].metadata
    assert attendance(md) == (GOLD_PRESENT, GOLD_EXCUSED, GOLD_ABSENT)


@pytest.mark.parametrize("legend_above", [True, False])
def test_one_state_column_of_codes_heads_a_roll_call(legend_above):
    """"Nom | Fonction | Présence": one state column, codes spelled out by a legend above or
    under the table, a holder after "PV à" wrapped onto the cell's next line."""
    rows: list = list(HEAD) + [{"text": "Feuille de présence", "bold": True, "gap": 6.0}]
    if legend_above:
        rows.append({"text": LEGEND})
    rows.append([(50.0, "Nom Prénom"), (230.0, "Fonction"), (380.0, "Présence")])
    for name, code, holder in MEMBERS:
        if holder is None:
            rows.append([(50.0, name), (230.0, "Conseiller"), (380.0, code)])
        else:                                   # "PV à M. Paul" / "ADAM": the cell wraps
            first, last = holder.rsplit(" ", 1)
            rows.append([(50.0, name), (230.0, "Conseiller"), (380.0, f"PV à {first}")])
            rows.append([(230.0, "municipal"), (380.0, last)])
    if not legend_above:
        rows.append({"text": LEGEND})
    md = deliberation_parts(_doc(rows + DECISION))[0].metadata
    assert attendance(md) == (GOLD_PRESENT, GOLD_EXCUSED, GOLD_ABSENT)


def test_a_vote_grid_with_nppv_and_a_heading_wrapped_in_its_word():
    heads = ["Votants", "Exprimés", "Pour", "Contre", "Abstention", "NPPV"]
    xs = [50.0 + 75.0 * k for k in range(len(heads))]
    doc = _doc([list(zip(xs, heads)), [(xs[4], "s")], list(zip(xs, ["31", "28", "27", "1", "3", "1"]))])
    text = grid_vote_text(body_lines(doc))
    vote = read_vote(text, _cfg())
    assert (vote.for_, vote.against, vote.abstention) == (27, 1, 3)
    assert "Ne prend pas part : 1" in text


def _cfg() -> dict:
    return next(f for f in families(load_rules()) if f.name == "board_deliberation").section("deliberation")


def test_abstainers_counted_after_the_opponents_in_brackets():
    text = ("Le Conseil, après en avoir délibéré, à la majorité des suffrages exprimés (3 voix contre : "
            "M. Paul ROUX, Mme Anne PETIT, M. Luc DURAND ; 2 abstentions : Mme Zoé LEROY, M. Marc BLANC), "
            "APPROUVE les propositions du rapporteur.")
    vote = read_vote(text, _cfg())
    assert (vote.result, vote.for_, vote.against, vote.abstention) == ("majority", None, 3, 2)


MINUTES_HEAD = [
    {"text": "COMMUNE DE VILLIERS-LE-SEC"},
    {"text": "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Séance du 15/03/2024 à 18 h 30", "gap": 6.0},
    {"text": "Présidence : M. Paul ADAM, Maire", "gap": 6.0},
    {"text": "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE, Mme Lise FAURE.", "gap": 6.0},
    {"text": "Excusé : M. Luc DURAND.", "gap": 6.0},
    {"text": "Absente : Mme Zoé LEROY.", "gap": 6.0},
]
SUBJECTS = ["Budget primitif 2024 de la commune et des budgets annexes de l'eau et de",
            "Tarifs de la cantine scolaire pour l'année 2024-2025 et le transport des élèves",
            "Adhésion au syndicat d'énergie du département pour les bâtiments publics de",
            "Garantie d'emprunt accordée à l'office public de l'habitat pour la résidence"]
RESTS = ["l'assainissement", "vers le collège", "la commune", "Les Tilleuls"]


def _minutes(notes: dict[int, list[str]], header_notes: list[dict]) -> list[dict]:
    specs = list(MINUTES_HEAD) + header_notes
    for k, (subject, rest) in enumerate(zip(SUBJECTS, RESTS)):
        specs += [{"text": f"POINT N° {k + 1}", "bold": True, "gap": 12.0},
                  {"text": f"CM20240315-{k + 7:02d}", "bold": True},
                  {"text": f"Objet : {subject}"},
                  {"text": rest},
                  {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
                  {"text": "Le rapporteur présente le dossier examiné en commission.", "gap": 6.0}]
        specs += [{"text": t, "gap": 6.0} for t in notes.get(k, [])]
        specs.append({"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve.", "gap": 6.0})
    return specs


def test_a_point_line_over_the_acts_number_and_a_title_wrapped_at_the_right_edge():
    parts = deliberation_parts(doc_from_lines(_minutes({}, [])))
    got = [(p.metadata["number"], p.metadata["subject"]) for p in parts]
    assert got == [(f"CM20240315-{k + 7:02d}", f"{s} {r}") for k, (s, r) in enumerate(zip(SUBJECTS, RESTS))]


OPENING = (["Irène BOYER", "Jean CARRE", "Lise FAURE", "Paul ADAM"], {("Luc DURAND", None)}, ["Zoé LEROY"])


def _expected(moves: dict[int, list[tuple[str, str, str | None]]]) -> list[tuple]:
    """Each item's attendance by construction: the opening lists with every move up to it."""
    present, excused, absent = list(OPENING[0]), set(OPENING[1]), list(OPENING[2])
    out = []
    for k in range(len(SUBJECTS)):
        for kind, who, holder in moves.get(k, []):
            if kind == "leave":
                present.remove(who)
                (excused.add((who, holder)) if holder else absent.append(who))
            else:
                excused = {e for e in excused if e[0] != who}
                absent = [a for a in absent if a != who]
                present.append(who)
        out.append((sorted(present), set(excused), sorted(absent)))
    return out


# From which item (0-based) each move holds: Zoé LEROY arrives at point 2, Jean CARRE leaves
# before the vote of point 3 giving his proxy to Irène BOYER, Lise FAURE leaves after point 1
# and comes back before point 4.
MOVES = {1: [("arrive", "Zoé LEROY", None), ("leave", "Lise FAURE", None)],
         2: [("leave", "Jean CARRE", "Irène BOYER")],
         3: [("arrive", "Lise FAURE", None)]}


@pytest.mark.parametrize("style", ["lines", "table", "in_item"])
def test_members_coming_and_going_by_point(style):
    header: list[dict] = []
    notes: dict[int, list[str]] = {}
    if style == "lines":
        header = [{"text": t} for t in [
            "Arrivée de Mme Zoé LEROY au point 2.",
            "Mme Lise FAURE quitte la séance après le vote du point 1.",
            "M. Jean CARRE quitte la séance avant le vote du point 3 et donne pouvoir à Mme Irène BOYER.",
            "Mme Lise FAURE rejoint la séance avant le vote du point 4."]]
    elif style == "table":                  # a ruled table read a cell a line; a name wraps
        cells = ["Mouvements en cours de séance :", "Élu(e)", "Mouvement", "Point", "Pouvoir donné à",
                 "Mme Zoé", "LEROY", "Arrivée", "avant le point 2", "–",
                 "Mme Lise FAURE", "Départ", "après le point 1", "–",
                 "M. Jean CARRE", "Départ", "après le point 2", "Mme Irène BOYER",
                 "Mme Lise FAURE", "Arrivée", "avant le point 4", "–"]
        header = [{"text": t} for t in cells]
    else:                                   # said inside the item, before its vote
        notes = {1: ["(Arrivée de Mme Zoé LEROY pendant l'examen de ce point.)",
                     "Mme Lise FAURE quitte la séance avant le vote."],
                 2: ["M. Jean CARRE quitte la séance avant le vote et donne pouvoir à Mme Irène BOYER."],
                 3: ["Mme Lise FAURE rejoint la séance avant le vote."]}
    parts = deliberation_parts(doc_from_lines(_minutes(notes, header)))
    got = [attendance(p.metadata) for p in parts]
    assert got == _expected(MOVES)


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_count_table_above_the_roll_call_heads_no_roll_call(wrapped):
    """"En exercice | Présents | Représentés | Votants" over its figures (its last head maybe
    wrapped inside its word): attendance labels, but no member rows under them; the codes of
    the roll call under it, after a gap and over a page break, are not read in its columns."""
    counts = [[(50.0, "En exercice"), (130.0, "Présents"), (210.0, "Représenté" if wrapped else "Représentés"),
               (290.0, "Votants")]]
    if wrapped:
        counts.append([(210.0, "s")])
    counts.append([(50.0, "7"), (130.0, "3"), (210.0, "2"), (290.0, "5")])
    rows: list = list(HEAD) + counts + [{"text": "Appel nominal :", "bold": True, "gap": 40.0}, {"text": LEGEND}]
    for k, (name, code, holder) in enumerate(MEMBERS):
        if k == 4:
            rows.append({"page": True})
        text = code if holder is None else f"PV à {holder}"
        rows.append([(50.0, name), (520.0 - len(text) * SIZE * 0.5, text)])
    md = deliberation_parts(_doc(rows + DECISION))[0].metadata
    assert attendance(md) == (GOLD_PRESENT, GOLD_EXCUSED, GOLD_ABSENT)


@pytest.mark.parametrize("stem", [
    # minutes9 seed 330938369 (dev master 7403): a one-row "Mouvements en cours de séance" table
    # under a roll call, no proxies: its "Pouvoir donné à" head is no attendance label
    "minutes9-movements-table",
    # deliberation9 seed 882642144 (dev master 7404): a count table whose "Représentés" head
    # wraps ("Représenté" / "s") over a roll call of six narrow columns, each head wrapped
    # inside its word ("Prés" / "ent", "Repr" / "ésen" / "té")
    "deliberation9-wrapped-heads"])
def test_generated_documents_read_whole(stem):
    """Two documents generator2's ninth draw typeset (LibreOffice), gold by construction."""
    from convention_parser.evaluate.deliberations import load_gold, score_document
    from convention_parser.pipeline import parse_pdf
    here = FIXTURES / "v9"
    scores = score_document(parse_pdf(here / f"{stem}.pdf").to_dict(), load_gold(here / f"{stem}.gold.json"))
    assert {f: hits for f, (hits, n) in scores.items() if hits != n and f != "extra_parts"} == {}
