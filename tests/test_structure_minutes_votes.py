"""Minutes: each item keeps its own vote. A vote line set apart (bold, short) right above the
next item is the previous item's decision, not the next item's theme; a page that opens with a
line a document may start with ("Vu le règlement général de l'ANRU, …") does not cut the
minutes. Documents built line by line, gold by construction.
"""

from __future__ import annotations

import sys
from pathlib import Path

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures.structure.build import doc_from_lines  # noqa: E402

HEAD = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
        "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE."]
ITEMS = [("DEL 2024-101", "Budget primitif 2024", ["Pour : 26 Contre : 4 Abstentions : 0"], ("majority", 26, 4, 0)),
         ("DEL 2024-102", "Tarifs de la cantine scolaire", ["Adopté à l'unanimité."], ("unanimity", None, None, None)),
         ("DEL 2024-103", "Cession d'un terrain rue Perrin", ["Pour : 20 Contre : 9 Abstentions : 1"], ("majority", 20, 9, 1)),
         ("DEL 2024-104", "Adhésion au syndicat d'énergie", ["Le Conseil prend acte."], (None, None, None, None))]


def _votes(parts):
    return [(p.metadata["number"], (p.metadata["vote"]["result"], p.metadata["vote"]["for"],
             p.metadata["vote"]["against"], p.metadata["vote"]["abstention"])) for p in parts if p.kind == "deliberation"]


def test_a_bold_vote_line_above_the_next_item_is_no_theme():
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for number, subject, vote, _ in ITEMS:
        specs += [{"text": f"{number} : {subject.upper()}", "gap": 14.0},
                  {"text": "Le rapporteur présente le dossier examiné en commission."},
                  {"text": "Après en avoir délibéré, le Conseil municipal décide d'approuver le projet."}]
        specs += [{"text": t, "bold": True, "gap": 8.0} for t in vote]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _votes(parts) == [(n, want) for n, _, _, want in ITEMS]
    assert all(p.metadata["theme"] is None for p in parts)


def test_a_page_opening_with_a_visa_does_not_cut_the_minutes():
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for k, (number, subject, vote, _) in enumerate(ITEMS):
        page = 1 if k < 2 else 2
        specs += [{"text": f"{number} : {subject}", "gap": 14.0, "page": page}]
        specs += [{"text": f"Considérant le point {j} du rapport présenté en commission,", "page": page}
                  for j in range(5)]
        if k == 1:   # item 2's visas run onto page 2
            page = 2
        specs += [{"text": "Vu le règlement général de l'Agence Nationale pour la Rénovation Urbaine,",
                   "page": page, "gap": 6.0},
                  {"text": "Après en avoir délibéré, le Conseil municipal décide d'approuver le projet.", "page": page}]
        specs += [{"text": t, "page": page} for t in vote]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _votes(parts) == [(n, want) for n, _, _, want in ITEMS]


# --------------------------------------------------------------------------
# Items in a rapporteur | number | subject table whose subject wraps.

from convention_parser.text.model import Document, Line, Page, Word  # noqa: E402


def _words(text: str, x0: float, top: float, size: float = 10.0) -> list[Word]:
    out, x = [], x0
    for w in text.split():
        # pdf text boxes are often shorter than the font size (ascent to descent of the glyphs)
        out.append(Word(w, x, top, x + len(w) * 5.0, top + 0.75 * size, size=size))
        x += len(w) * 5.0 + 3.0
    return out


def _table_minutes(pitch: float) -> Document:
    page = Page(number=1, width=595.0, height=842.0)
    top = 60.0

    def add(*pieces):
        nonlocal top
        page.lines.append(Line(words=[w for text, x in pieces for w in _words(text, x, top)], page=1))
        top += pitch

    add(("Compte rendu du Conseil municipal du 6 mai 2024", 48.0))
    add(("Présents : Anne DUPONT, Marc LEROY.", 48.0))
    for k, (first, second) in enumerate([("Admission en non-valeur de", "créances irrécouvrables"),
                                         ("Décision modificative n° 3 -", "Budget principal 2013")]):
        top += pitch
        add(("Madame DUPONT Anne", 48.0), (str(53 + k), 210.0), (first, 370.0))
        add((second, 370.0))
        top += pitch
        add(("Sur le rapport de Mme Anne DUPONT, le Conseil municipal, après en avoir délibéré,", 48.0))
        add(("Adopté à l'unanimité.", 48.0))
    return Document(path="<built>", pages=[page])


def test_a_subject_wrapping_in_its_column_at_a_wide_line_pitch():
    """Lines 1.8 font sizes apart (word boxes are shorter than the font size): the subject's second
    row is still its continuation, and the full-width text after it is not."""
    parts = split_parts(_table_minutes(pitch=18.0), load_rules())
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == [
        ("53", "Admission en non-valeur de créances irrécouvrables"),
        ("54", "Décision modificative n° 3 - Budget principal 2013")]


def test_a_tie_between_themes_and_items_goes_to_the_labelled_numbers():
    """One item under each theme: "1. FINANCES" / "Délibération n° 2024-005 : …" — both runs hold
    as many decisions; the items are the labelled numbers, the bare ones are their themes."""
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for k, (theme, subject) in enumerate([("FINANCES", "Budget primitif 2024"), ("URBANISME", "Cession d'un terrain")]):
        specs += [{"text": f"{k + 1}. {theme}", "bold": True, "gap": 14.0},
                  {"text": f"Délibération n° 2024-00{k + 5} : {subject}", "gap": 6.0},
                  {"text": "Après en avoir délibéré, le Conseil municipal décide d'approuver le projet."},
                  {"text": "Adopté à l'unanimité."}]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert [(p.metadata["number"], p.metadata["subject"], p.metadata["theme"]) for p in parts] == [
        ("2024-005", "Budget primitif 2024", "FINANCES"), ("2024-006", "Cession d'un terrain", "URBANISME")]
