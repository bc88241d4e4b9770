"""A single deliberation (one extract of the register): its own number and subject read from
its numbered title line or its "Objet :" lines, whatever the numbering family, and its vote in
the phrasings registers use. Documents are built line by line for each family (gold by
construction); none is a string of the generator.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from convention_parser.evaluate.deliberations import fold, number_key
from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families
from convention_parser.structure.items import build_rows
from convention_parser.structure.lines import body_lines
from convention_parser.text.model import Document, Line, Page, Word

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures.structure.build import doc_from_lines  # noqa: E402

HEAD = ["Extrait du registre des délibérations du conseil municipal",
        "Séance du 4 avril 2024",
        "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE.",
        "Excusés : Mme Lucie DURAND.",
        "M. Jean CARRE a été désigné secrétaire de séance."]
BODY = ["Vu le Code général des collectivités territoriales,",
        "Vu la délibération n° 2023-118 du 12 décembre 2023,",
        "Considérant que le conseil, lors de sa séance du 6 mars 2023, a approuvé le principe,",
        "Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet."]
CLOSE = ["Fait et délibéré les jour, mois et an susdits.", "Pour extrait conforme,", "Le Maire,"]
SUBJECT = ("Approbation de l'avenant n° 2 à la convention pluriannuelle de renouvellement urbain",
           "du quartier des Peupliers")


def _single(title: list[dict], vote: list[str], body: list[str] = BODY) -> dict:
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD)]
    specs += [dict(s, gap=10.0) if k == 0 else s for k, s in enumerate(title)]
    specs += [{"text": t, "gap": 6.0} for t in body + vote + CLOSE]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1
    return parts[0].metadata


# The deliberation's own number printed at the head of its title line, the title wrapping onto
# the next line (set in bold, as a title is); the gold number as the register prints it.
NUMBERED = [
    ("DEL 2024-102 : {s}", "DEL 2024-102"),
    ("DEL2024-17 : {s}", "DEL2024-17"),
    ("n° 2019 / 075 - {s}", "2019 / 075"),
    ("D2025-035 - Objet : {s}", "D2025-035"),
    ("23-02/001 – {s}", "23-02/001"),
]


@pytest.mark.parametrize("fmt,number", NUMBERED)
def test_numbered_title_line_gives_number_and_wrapped_subject(fmt, number):
    title = [{"text": fmt.format(s=SUBJECT[0]), "bold": True}, {"text": SUBJECT[1], "bold": True}]
    md = _single(title, ["Adopté à l'unanimité."])
    assert number_key(md["number"]) == number_key(number)
    assert fold(md["subject"]) == fold(" ".join(SUBJECT))     # not the "Vu …" lines, not the closing
    assert md["vote"]["result"] == "unanimity"


@pytest.mark.parametrize("caps", [False, True])
def test_label_alone_then_objet_wrapped(caps):
    """"Délibération n° 2024-017" alone on its line, then "Objet : …" wrapping onto a second line
    (in capitals, not bold): the subject is both lines and nothing after."""
    subject = [s.upper() if caps else s for s in SUBJECT]
    title = [{"text": "Délibération n° 2024-017", "bold": True},
             {"text": "Objet : " + subject[0], "bold": not caps}, {"text": subject[1], "bold": not caps}]
    md = _single(title, ["Pour : 17 Contre : 5 Abstentions : 0", "Le Conseil adopte."])
    assert md["number"] == "2024-017"
    assert fold(md["subject"]) == fold(" ".join(SUBJECT))
    assert md["vote"] == {"result": "majority", "for": 17, "against": 5, "abstention": 0}


def test_unnumbered_objet_label_ends_at_the_first_sentence():
    title = [{"text": "Objet : Tarifs de la restauration scolaire - année 2024-2025"}]
    md = _single(title, ["Vote : unanimité"], body=["Rapporteur : Mme Irène BOYER"] + BODY)
    assert md["number"] is None
    assert md["subject"] == "Tarifs de la restauration scolaire - année 2024-2025"
    assert md["vote"]["result"] == "unanimity"


def test_vote_set_in_a_table_is_read():
    """The table stage may take a vote line laid out in tab columns: it is no paragraph, but
    the vote is read in the part's lines."""
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD)]
    specs += [{"text": "DEL 2024-102 : Cession d'un terrain rue Perrin", "bold": True, "gap": 10.0}]
    specs += [{"text": t, "gap": 6.0} for t in BODY]
    specs += [{"text": "Pour : 36\tContre : 2\tAbstentions : 1", "gap": 6.0, "table_id": "t1"},
              {"text": "Le Conseil adopte.", "gap": 6.0}]
    specs += [{"text": t, "gap": 6.0} for t in CLOSE]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert parts[0].metadata["vote"] == {"result": "majority", "for": 36, "against": 2, "abstention": 1}


# --------------------------------------------------------------------------
# Vote phrasings, read with each family's rules (a single decision's, the minutes').

VOTES = [
    ("Vote : unanimité", ("unanimity", None, None, None)),
    ("Unanimité", ("unanimity", None, None, None)),
    ("Pour : 2 Contre : 1 Abstentions : 3\nLe Conseil adopte.", ("majority", 2, 1, 3)),
    ("Pour : 50\nAbstention : 4\nContre : 1", ("majority", 50, 1, 4)),
    ("Adopté à l'unanimité des suffrages exprimés (Mme Noémie DURAND s'abstient).", ("unanimity", None, None, 1)),
    ("Adopté à l'unanimité, M. Paul ADAM et Mme Irène BOYER s'abstiennent.", ("unanimity", None, None, 2)),
    ("Adopté à la majorité (3 contre).", ("majority", None, 3, None)),
    ("Rejeté par 2 voix pour et 8 voix contre.", ("rejected", 2, 8, None)),
    ("Le Conseil prend acte de cette communication.", (None, None, None, None)),
    ("Adopté par 25 voix pour, 2 voix contre et 3 abstentions.", ("majority", 25, 2, 3)),
]


@pytest.mark.parametrize("family", ["board_deliberation", "council_minutes"])
@pytest.mark.parametrize("text,want", VOTES)
def test_vote_phrasings(family, text, want):
    fam = next(f for f in families(load_rules()) if f.name == family)
    v = read_vote(text, fam.section("deliberation"))
    assert (v.result, v.for_, v.against, v.abstention) == want


# --------------------------------------------------------------------------
# Rows: an accented capital rises above its row, a colon sits lower; both stay in the row.

def test_raised_capital_and_low_colon_share_the_row():
    size = 10.0

    def w(text, x, top, h=size):
        return Word(text, x, top, x + len(text) * 5, top + h, size=size)
    top = 230.0
    words = [w("DEL", 50, top), w("2024-102", 70, top), w(":", 115, top + 0.9, h=size - 0.9),
             w("CESSION", 122, top), w("À", 170, top - 2.3, h=size + 2.3), w("ARLES", 180, top)]
    page = Page(number=1, width=595.0, height=842.0, lines=[Line(words=words, page=1)])
    rows = build_rows(body_lines(Document(path="<built>", pages=[page])))
    assert [r.text for r in rows] == ["DEL 2024-102 : CESSION À ARLES"]


def test_title_in_capitals_wraps_onto_a_line_opening_with_a_dash():
    """"… RENOUVELLEMENT URBAIN" / "- QUARTIER LE FAUBOURG - …": the dash that opens the second
    line was read as a bullet (the line is a list item, shifted right); the title still wraps."""
    title = [{"text": "22-04/055 – NOUVEAU PROGRAMME NATIONAL DE RENOUVELLEMENT URBAIN"},
             {"text": "QUARTIER LE FAUBOURG - APPROBATION DU PROGRAMME", "list_item": True, "x0": 58.0}]
    md = _single(title, ["Adopté à l'unanimité."])
    assert md["number"] == "22-04/055"
    assert fold(md["subject"]) == fold("Nouveau programme national de renouvellement urbain quartier le "
                                       "Faubourg - approbation du programme")


def test_title_under_a_value_in_a_tab_column_is_no_run_on():
    """"Secrétaire :<tab>Monsieur" / "<tab>Hervé GUERIN" then the numbered title: the name, set
    in the value column, ends no sentence but does not run on into the title."""
    head = HEAD[:-1] + ["Secrétaire :\t\t\tMonsieur", "\t\t\t\t\t\tHervé GUERIN"]
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(head)]
    specs += [{"text": "D2019-039 - Objet : Décision modificative n° 4 - Budget principal 2019", "gap": 6.0}]
    specs += [{"text": t, "gap": 6.0} for t in BODY + ["Adopté à l'unanimité."] + CLOSE]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == \
        [("D2019-039", "Décision modificative n° 4 - Budget principal 2019")]


def test_a_visa_at_the_top_of_page_two_does_not_cut_the_decision():
    """Page 2 opens with "Vu le règlement général de l'ANRU", a line an avenant may start with:
    the head of page 1 (heading, attendance, title) and the decision of page 2 stay one part; a
    title left open at the foot of page 1 ("… Programme de") goes on at the top of page 2."""
    # A page 1 long enough not to be read as a cover page of what follows.
    present = ["Présents : " + ", ".join(f"M. Paul ADAM{k}, Mme Irène BOYER{k}" for k in range(12))]
    specs = [{"text": t, "gap": 6.0 if k else 0.0} for k, t in enumerate(HEAD[:2] + present * 1)]
    specs += [{"text": f"Mme Lucie DURAND{k} donne pouvoir à M. Jean CARRE{k}.", "gap": 2.0} for k in range(12)]
    specs += [{"text": HEAD[-1], "gap": 6.0}]
    specs += [{"text": "n° 2018 / 090 - Programme de", "bold": True, "gap": 10.0}]
    specs += [{"text": "reconstitution de l'offre - 155 logements", "bold": True, "page": 2},
              {"text": "Vu le règlement général de l'Agence Nationale pour la Rénovation Urbaine,", "page": 2}]
    specs += [{"text": t, "page": 2} for t in BODY + ["Adopté à l'unanimité."] + CLOSE]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert [(p.kind, p.first_page, p.last_page) for p in parts] == [("deliberation", 1, 2)]
    md = parts[0].metadata
    assert md["number"] == "2018 / 090"
    assert md["subject"] == "Programme de reconstitution de l'offre - 155 logements"
    assert md["vote"]["result"] == "unanimity"


@pytest.mark.parametrize("family", ["board_deliberation", "council_minutes"])
def test_counts_wrapped_over_two_lines(family):
    fam = next(f for f in families(load_rules()) if f.name == family)
    v = read_vote("Adopté à la majorité des suffrages exprimés par 6 voix pour, 1 voix contre et 2\nabstentions.",
                  fam.section("deliberation"))
    assert (v.result, v.for_, v.against, v.abstention) == ("majority", 6, 1, 2)


# The number alone on its line above "Objet : …" (families v3-v5 never print it so): with a
# "n°" or a label before it, or "Délibération" before a dotted/slashed number.
@pytest.mark.parametrize("label,gold", [("Point n°15", "15"), ("N° 14/2017", "14/2017"),
                                        ("Délibération 2021.057", "2021.057"), ("D-2019-054", "D-2019-054")])
def test_number_alone_above_the_object_line(label, gold):
    md = _single([{"text": label, "bold": True}, {"text": f"Objet : {SUBJECT[0]}", "bold": True, "gap": 6.0}],
                 ["Adopté à l'unanimité."])
    assert md["number"] == gold
    assert md["session_date"] == "2024-04-04"


def test_a_number_in_the_vote_rows_titles_nothing():
    """A vote table Pour / Contre / Abstention / NPPV read as rows: "NPPV 1 M. Cédric GAUTHIER"
    is no numbered title; the number above "Objet :" is the decision's."""
    md = _single([{"text": "Point n°29", "bold": True}, {"text": f"Objet : {SUBJECT[0]}", "bold": True, "gap": 6.0}],
                 ["Pour 16", "Contre 0", "Abstention 0", "NPPV 1 M. Cédric GAUTHIER",
                  "Adopté à l'unanimité des suffrages exprimés."])
    assert md["number"] == "29"
    assert md["subject"] == SUBJECT[0]
