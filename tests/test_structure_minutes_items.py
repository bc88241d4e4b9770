"""Minutes holding many deliberations: one part per item, with its number and subject, for each
family of layouts where items used to be lost or merged (issue 11). Every document is built
line by line (no PDF); its gold is the construction: the numbers and subjects printed.
"""

from __future__ import annotations

from typing import Callable

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Document, Line, Page
from fixtures.structure.build import doc_from_lines, line

SUBJECTS = ["Budget primitif 2024", "Tarifs de la cantine scolaire", "Adhésion au syndicat d'énergie",
            "Cession d'un terrain communal", "Garantie d'emprunt à l'office public"]
HEAD = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
        "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE.",
        "Procurations : M. Luc DURAND à M. Paul ADAM.", "Secrétaire de séance : Mme Irène BOYER."]
BODY = ["Le rapporteur présente le dossier examiné en commission.",
        "Vu la délibération n° 2023-118 du 12 décembre 2023,",
        "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve."]
ROMAN = ["I", "II", "III", "IV", "V"]


def _minutes(heads: Callable[[int, str], list[str]], body: list[str] = BODY, bold: bool = False,
             tail: tuple[str, ...] = (), page_of: Callable[[int, int], int] = lambda k, j: 1) -> list:
    """HEAD, then per subject its heading lines (bold or not; the first set apart) and body."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    page = 1
    for k, subject in enumerate(SUBJECTS):
        for j, text in enumerate(heads(k, subject)):
            page = page_of(k, j)
            specs.append({"text": text, "gap": 0.0 if j else 12.0, "bold": bold, "page": page})
        specs += [{"text": t, "page": page} for t in body]
    specs += [{"text": t, "gap": 12.0, "page": page} for t in tail]
    return split_parts(doc_from_lines(specs), load_rules())


def _got(parts) -> list[tuple]:
    return [(p.kind, p.metadata.get("number"), p.metadata.get("subject")) for p in parts]


def _want(numbers) -> list[tuple]:
    return [("deliberation", n, s) for n, s in zip(numbers, SUBJECTS)]


# --------------------------------------------------------------------------
# Numbering styles

NUMBERINGS = {
    "DEL2024-{n} : {s}": ([17, 18, 19, 20, 21], ["DEL2024-17", "DEL2024-18", "DEL2024-19", "DEL2024-20", "DEL2024-21"]),
    "DEL 2024-{n} : {s}": ([102, 103, 104, 105, 106], ["DEL 2024-102", "DEL 2024-103", "DEL 2024-104",
                                                       "DEL 2024-105", "DEL 2024-106"]),
    "n° 2019 / {n:03d} - {s}": ([75, 76, 77, 78, 79], ["2019 / 075", "2019 / 076", "2019 / 077", "2019 / 078",
                                                      "2019 / 079"]),
    "Délibération n°{n} : {s}": ([12, 13, 14, 15, 16], ["12", "13", "14", "15", "16"]),
    "Point {n} – {s}": ([4, 5, 6, 7, 8], ["4", "5", "6", "7", "8"]),
    "Affaire n° {n} : {s}": ([7, 8, 9, 10, 11], ["7", "8", "9", "10", "11"]),
    "Délib. n° {n} : {s}": ([45, 46, 47, 48, 49], ["45", "46", "47", "48", "49"]),
    "DCM n° 2024-{n} : {s}": ([45, 46, 47, 48, 49], ["2024-45", "2024-46", "2024-47", "2024-48", "2024-49"]),
    "{n}°) {s}": ([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"]),
    "{r} - {s}": ([1, 2, 3, 4, 5], ROMAN),
    "{r}. {S}": ([1, 2, 3, 4, 5], ROMAN),               # roman numerals, titles in capitals
    "Point {r} : {s}": ([1, 2, 3, 4, 5], ROMAN),
}


@pytest.mark.parametrize("fmt", list(NUMBERINGS))
def test_numbering_styles(fmt):
    ns, want = NUMBERINGS[fmt]
    parts = _minutes(lambda k, s: [fmt.format(n=ns[k], r=ROMAN[k], s=s, S=s.upper())])
    assert [(kind, n, s.lower() if s else s) for kind, n, s in _got(parts)] == \
        [(kind, n, s.lower()) for kind, n, s in _want(want)]


def test_an_item_left_alone_by_jumps_in_the_numbering():
    """12, 13, then 19 (items sent to another body in between), then 23, 24: 19 chains with
    nothing, yet sits in order between its neighbours and decides."""
    numbers = [12, 13, 19, 23, 24]
    parts = _minutes(lambda k, s: [f"DEL2024-{numbers[k]} : {s}"])
    assert _got(parts) == _want([f"DEL2024-{n}" for n in numbers])


def test_number_alone_then_its_subject():
    parts = _minutes(lambda k, s: [f"Délibération n° 2024-0{12 + k}", f"Objet : {s}"])
    assert _got(parts) == _want([f"2024-0{12 + k}" for k in range(5)])


@pytest.mark.parametrize("split", [lambda n: ["Délibération n°", f"2024-0{n} : "],
                                   lambda n: ["Délibération", f"n° {n} : "]])
def test_heading_split_over_two_lines(split):
    """"Délibération n°" / "2024-012 : Budget …" (a wrapped heading, no space between the
    lines): the label alone above its number is one heading, not a sentence citing it."""
    parts = _minutes(lambda k, s: [split(12 + k)[0], split(12 + k)[1] + s])
    numbers = [p.metadata["number"] for p in parts]
    assert numbers in (["2024-012", "2024-013", "2024-014", "2024-015", "2024-016"], ["12", "13", "14", "15", "16"])
    assert [p.metadata["subject"] for p in parts] == SUBJECTS


def test_heading_at_a_page_foot_and_its_subject_on_the_next_page():
    """Item 3's number ends page 1, its subject ("Objet : …") opens page 2."""
    parts = _minutes(lambda k, s: [f"Délibération n° {12 + k}", f"Objet : {s}"],
                     page_of=lambda k, j: 1 if k < 2 or (k == 2 and j == 0) else 2)
    assert _got(parts) == _want(["12", "13", "14", "15", "16"])
    assert (parts[2].first_page, parts[2].last_page) == (1, 2)


def test_capitals_title_wrapping_under_a_hanging_indent():
    """"13-05/097 – RÉHABILITATION DE 154 LOGEMENTS" / (indented under the number's dash)
    "QUARTIER LA CROIX-ROUGE": one subject."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for k in range(3):
        specs += [{"text": f"13-05/0{97 + k} – RÉHABILITATION DE {150 + k} LOGEMENTS", "gap": 12.0},
                  {"text": "QUARTIER LA CROIX-ROUGE", "x0": 80.0}] + [{"text": t} for t in BODY]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert [p.metadata["subject"] for p in parts] == \
        [f"RÉHABILITATION DE {150 + k} LOGEMENTS QUARTIER LA CROIX-ROUGE" for k in range(3)]


# --------------------------------------------------------------------------
# Decisions: no vote line; no decision formula; titles without numbers

def test_items_without_a_vote_line():
    """The body says what the council decides, in the present tense, sometimes wrapped
    ("Le Conseil municipal," / "APPROUVE …"): each item decides."""
    wrapped = [BODY[0], "Le Conseil municipal,", "APPROUVE le dossier présenté."]
    plain = [BODY[0], "Le Conseil municipal approuve le dossier présenté."]
    for body in (wrapped, plain):
        parts = _minutes(lambda k, s: [f"{k + 1} - {s}"], body=body)
        assert _got(parts) == _want(["1", "2", "3", "4", "5"])


def test_a_distinctive_run_of_items_deciding_nothing_visibly():
    body = [BODY[0], "Le Maire autorise la signature de la convention.", "Aucune observation n'est formulée.",
            "Le dossier sera transmis au contrôle de légalité."]
    parts = _minutes(lambda k, s: [f"Délibération n° 2024-0{12 + k} : {s}"], body=body)
    assert _got(parts) == _want([f"2024-0{12 + k}" for k in range(5)])


@pytest.mark.parametrize("style", ["caps", "bold"])
def test_items_known_by_their_title_alone(style):
    """No number at all: a title in capitals, or in bold, before each decision."""
    parts = _minutes(lambda k, s: [s.upper() if style == "caps" else s], bold=style == "bold")
    want = [s.upper() if style == "caps" else s for s in SUBJECTS]
    assert _got(parts) == [("deliberation", None, s) for s in want]


def test_items_opened_by_their_subject_label_alone():
    """No number, no typography: each item opens at its "Objet : …" line; a vote counted
    "23 pour, 2 contre" decides."""
    body = [BODY[0], "Vote : 23 pour, 2 contre."]
    parts = _minutes(lambda k, s: [f"Objet : {s}"], body=body)
    assert _got(parts) == [("deliberation", None, s) for s in SUBJECTS]
    assert [p.metadata["vote"]["for"] for p in parts] == [23] * 5


def test_one_decision_with_bold_subheadings_stays_one():
    """Precision: a single decision whose parts are bold subheadings, two of them deciding."""
    specs = [{"text": "Extrait du registre des délibérations du bureau communautaire"},
             {"text": "Séance du 4 avril 2024", "gap": 12.0},
             {"text": "Présents : M. Paul ADAM, Mme Irène BOYER.", "gap": 12.0},
             {"text": "Objet : Garantie d'emprunt", "gap": 12.0}]
    for title, text in [("EXPOSÉ DES MOTIFS", "Le Bureau, après en avoir délibéré,"),
                        ("DÉCISION", "accorde sa garantie, à l'unanimité."),
                        ("EXÉCUTION", "Le Président est chargé de l'exécution.")]:
        specs += [{"text": title, "gap": 12.0, "bold": True}, {"text": text}]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert [p.kind for p in parts] == ["deliberation"]


# --------------------------------------------------------------------------
# What is no item: a cited deliberation, signatures and annexes after the last item

def test_a_cited_deliberation_at_a_line_head_opens_no_item():
    body = [BODY[0], "Vu la délibération", "n° 2019/12 du 3 mai 2019 relative aux tarifs,",
            "2019/13 en date du 3 mai 2019 fixant les loyers,", BODY[2]]
    parts = _minutes(lambda k, s: [f"DEL2024-{17 + k} : {s}"], body=body)
    assert _got(parts) == _want([f"DEL2024-{17 + k}" for k in range(5)])


def test_signatures_and_an_annex_after_the_last_item():
    """The closing formula, the signatures and an annex listing numbered lines ("1 - …") stay out
    of the items: no extra deliberation, the last subject and vote intact."""
    tail = ("Fait et délibéré les jour, mois et an susdits.", "Le Maire,", "Paul ADAM",
            "ANNEXE 1 - Tableau des subventions", "1 - Association sportive : 500 €",
            "2 - Comité des fêtes : 800 €", "3 - Club des aînés : 300 €")
    parts = _minutes(lambda k, s: [f"{k + 1} - {s}"], tail=tail)
    delibs = [p for p in parts if p.kind == "deliberation"]
    assert _got(delibs) == _want(["1", "2", "3", "4", "5"])
    assert delibs[-1].metadata["vote"]["result"] == "unanimity"


def test_a_closing_recap_of_the_decisions_adds_no_part():
    """After the items, "Récapitulatif" lists them again one a row with their votes
    ("1 - Budget primitif 2024 - Adopté à l'unanimité"): a list, not items (no body)."""
    tail = ("Récapitulatif des délibérations",) + tuple(f"{k + 1} - {s} - Adopté à l'unanimité"
                                                      for k, s in enumerate(SUBJECTS))
    parts = _minutes(lambda k, s: [f"{k + 1} - {s}"], tail=tail)
    assert _got([p for p in parts if p.kind == "deliberation"]) == _want(["1", "2", "3", "4", "5"])


def test_a_record_of_decisions_one_a_row():
    """Minutes that are only a list of the decisions ("relevé de décisions"), each on one long
    row without a final stop, its vote after its subject: one part each, the subject without
    the vote (a row numbered like the one above it does not run on from it)."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    specs.append({"text": "Relevé des décisions", "gap": 24.0})
    specs += [{"text": f"DEL2024-{17 + k} : {s} - Adopté à l'unanimité"} for k, s in enumerate(SUBJECTS)]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _got(parts) == _want([f"DEL2024-{17 + k}" for k in range(5)])
    assert {p.metadata["vote"]["result"] for p in parts} == {"unanimity"}


# --------------------------------------------------------------------------
# Layouts where layer 1 hands the rows over in pieces

def _page(rows: list[list[tuple[str, float, float]]], number: int = 1) -> Page:
    """rows: pieces (text, x0, top), each piece a Line of its own, in the order given."""
    page = Page(number=number, width=595.0, height=842.0)
    for pieces in rows:
        for text, x0, top in pieces:
            page.lines.append(line(text, page=number, top=top, x0=x0))
    return page


def _stacked(start_top: float, number: str, subject: str) -> list:
    """An item's rows from start_top: its number, subject, body."""
    rows = [[(number, 200.0, start_top)], [(f"Objet : {subject}", 200.0, start_top + 12)]]
    rows += [[(t, 200.0, start_top + 24 + 12 * k)] for k, t in enumerate(BODY)]
    return rows


def test_a_number_beside_a_prefecture_stamp():
    """Item 2's number shares its row with a stamp printed at the page's left edge: it still
    chains with the items printed at the head of their rows."""
    rows = [[(t, 200.0, 60.0 + 12 * k)] for k, t in enumerate(HEAD)]
    rows += _stacked(150.0, "Délibération n° 2023-099", SUBJECTS[0])
    # The stamp's lines sit a little lower than the rows beside them and are read after them.
    rows += _stacked(250.0, "Délibération n° 2023-100", SUBJECTS[1])
    rows[-4].append(("Accusé de réception", 30.0, 251.5))
    rows[-3].append(("065-222919768-DE", 30.0, 263.5))
    rows += _stacked(350.0, "Délibération n° 2023-101", SUBJECTS[2])
    doc = Document(path="<built>", pages=[_page(rows)])
    parts = split_parts(doc, load_rules())
    assert _got(parts) == _want(["2023-099", "2023-100", "2023-101"])


def test_a_subject_read_below_its_number_when_the_values_of_the_head_come_after():
    """Layer 1 read the head's labels column down to the first item's number, then the values
    column: the subject is the line under the number, not the next line read."""
    labels = [[("Président :", 50.0, 100.0)], [("Présents :", 50.0, 112.0)],
              [("Délibération n° 2024-089", 50.0, 160.0)]]
    values = [[("M. Paul ADAM", 200.0, 100.0)], [("M. Paul ADAM, Mme Irène BOYER", 200.0, 112.0)]]
    rows = [[("Procès-verbal de la séance du conseil municipal du 4 avril 2024", 50.0, 60.0)]] + labels + values
    rows += [[(f"Objet : {SUBJECTS[0]}", 50.0, 172.0)]] + [[(t, 50.0, 184.0 + 12 * k)] for k, t in enumerate(BODY)]
    rows += [[("Délibération n° 2024-090", 50.0, 240.0)], [(f"Objet : {SUBJECTS[1]}", 50.0, 252.0)]]
    rows += [[(t, 50.0, 264.0 + 12 * k)] for k, t in enumerate(BODY)]
    parts = split_parts(Document(path="<built>", pages=[_page(rows)]), load_rules())
    assert _got(parts) == _want(["2024-089", "2024-090"])


def _row_writer() -> tuple[Page, Callable[[list[tuple[str, float]], float], None]]:
    """A page and a writer putting a row of pieces (text, x0) `step` points below the last."""
    page = Page(number=1, width=595.0, height=842.0)
    top = 60.0

    def put(pieces: list[tuple[str, float]], step: float) -> None:
        nonlocal top
        top += step
        page.lines.append(Line(words=[w for t, x in pieces for w in line(t, top=top, x0=x).words], page=1))

    return page, put


def _columns(items: list[tuple[str, str, str]], themes: dict[int, str], per: int = 99) -> Document:
    """rapporteur | number | subject rows (the subject wrapped `per` words a row in its column),
    a theme heading "k. THEME" above some, each item closed by a vote."""
    page, put = _row_writer()
    put([("Compte rendu du Conseil municipal du 6 mai 2024", 30.0)], 0)
    put([("Présents : Anne DUPONT, Marc LEROY.", 30.0)], 14)
    for k, (rapporteur, number, subject) in enumerate(items):
        if k in themes:
            put([(themes[k], 30.0)], 24)
        words = subject.split()
        chunks = [" ".join(words[i:i + per]) for i in range(0, len(words), per)]
        put([(rapporteur, 30.0), (number, 120.0), (chunks[0], 150.0)], 24)
        for chunk in chunks[1:]:
            put([(chunk, 150.0)], 12)
        put([("Pour : 30", 150.0)], 14)
        put([("Adopté à l'unanimité", 150.0)], 14)
    return Document(path="<built>", pages=[page])


def test_bare_items_in_a_column_under_bare_numbered_themes():
    """"1. FINANCES" above "48  Anne DUPONT  Budget …", one item per theme: both numberings run
    1, 2, 3 and 48, 49, 50 with a decision each; the items are the numbers set closer above
    their decisions."""
    items = [("Anne DUPONT", "48", SUBJECTS[0]), ("Marc LEROY", "49", SUBJECTS[1]), ("Anne DUPONT", "50", SUBJECTS[2])]
    doc = _columns(items, {0: "1. FINANCES", 1: "2. AFFAIRES SCOLAIRES", 2: "3. URBANISME"})
    parts = split_parts(doc, load_rules())
    assert [(p.metadata["number"], p.metadata["subject"], p.metadata["theme"]) for p in parts] == \
        [("48", SUBJECTS[0], "FINANCES"), ("49", SUBJECTS[1], "AFFAIRES SCOLAIRES"), ("50", SUBJECTS[2], "URBANISME")]


def test_a_subject_wrapped_over_many_rows_of_a_narrow_column():
    long = ("Approbation de l'avenant n° 6 à la convention pluriannuelle de renouvellement urbain de "
            "la Communauté d'Agglomération Béthune-Bruay Artois Lys Romane")
    items = [("Anne DUPONT", "85", SUBJECTS[0]), ("Marc LEROY", "86", long), ("Anne DUPONT", "87", SUBJECTS[2])]
    parts = split_parts(_columns(items, {}, per=2), load_rules())      # 11 rows
    assert [p.metadata["subject"] for p in parts][1] == long


# --------------------------------------------------------------------------
# Layer 1: an item heading opening each page is no running header

WORDS = "budget quartier bailleur logement commune convention annexe agence travaux voirie".split()


def _furniture_pages(first_lines: list[str]) -> list[Page]:
    """Pages opening with the given line, the body right under it (no gap)."""
    pages = []
    for n, first in enumerate(first_lines, start=1):
        p = Page(number=n, width=595.0, height=842.0)
        p.lines = [line(first, page=n, top=40.0)]
        p.lines += [line(f"Texte du dossier {WORDS[(n * 7 + k) % len(WORDS)]} {WORDS[(n + 3 * k) % len(WORDS)]}",
                         page=n, top=52.0 + 12 * k) for k in range(30)]
        pages.append(p)
    return pages


def test_item_numbers_opening_each_page_stay_in_the_body():
    """Minutes set one deliberation per page: "Délibération n° 2011-112" … "2011-116" open the
    pages at the same place (digits aside, the same text), the body right under them. Their
    number changes from page to page and is no page number: body."""
    pages = _furniture_pages([f"Délibération n° 2011-{112 + k}" for k in range(5)])
    split_furniture(pages)
    assert [p.lines[0].text for p in pages] == [f"Délibération n° 2011-{112 + k}" for k in range(5)]


@pytest.mark.parametrize("header", [lambda n: "Délibération n° 2011-112",
                                    lambda n: f"Délibération n° 2011-112 - page {n}",
                                    lambda n: f"Conseil municipal du 4 avril 2024 - page {n}/5"])
def test_a_running_header_naming_one_deliberation_or_the_page_is_furniture(header):
    pages = _furniture_pages([header(n) for n in range(1, 6)])
    split_furniture(pages)
    assert all(p.lines[0].text.startswith("Texte du dossier") for p in pages)


# --------------------------------------------------------------------------
# Items set in a table (rapporteur | number | subject) under roman-numbered themes

def _table_items(rapporteurs: list[list[tuple[str, float]]]) -> Document:
    """One theme "I. …", "II. …" per item, then a row: the rapporteur's words at the x given
    (a justified cell spreads them), the bare number at x 208, the subject at x 362."""
    page, put = _row_writer()
    put([("Compte rendu du Conseil municipal du 6 mai 2024", 54.0)], 0)
    put([("Présents : Anne DUPONT, Marc LEROY.", 54.0)], 14)
    for k, rapporteur in enumerate(rapporteurs):
        put([(f"{ROMAN[k]}. {THEMES[k]}", 54.0)], 24)
        put(rapporteur + [(str(40 + k), 208.0), (SUBJECTS[k], 362.0)], 18)
        put([("Le rapporteur présente le dossier examiné en commission.", 54.0)], 14)
        put([("Adopté à l'unanimité.", 54.0)], 14)
    return Document(path="<built>", pages=[page])


THEMES = ["Administration générale", "Culture et sports", "Finances", "Renouvellement urbain"]


def test_a_justified_rapporteur_cell_leaves_the_number_column_to_the_items():
    """The last rapporteur's cell is justified ("Mme   Annick   LEROY-"): its stretched spaces
    read as column gaps, the number is the row's fourth column; the table's number column
    still gives it, and the roman themes stay themes."""
    plain = [("Mme Anne DUPONT", 54.0)]
    justified = [("Mme", 54.0), ("Annick", 103.0), ("LEROY-", 160.0)]
    doc = _table_items([plain, plain, plain, justified])
    parts = split_parts(doc, load_rules())
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == \
        [(str(40 + k), SUBJECTS[k]) for k in range(4)]


def test_a_long_rapporteur_name_close_to_the_number_column():
    """A name ending a little less than a word height before the number column (a narrower gap
    than between columns) still leaves the number its column: other rows start it there."""
    plain = [("Mme Anne DUPONT", 54.0)]
    # "Marie-Annick LEROY-DUPONT" (size 10: 5 pt a character) ends 7 pt before x 208.
    long = [("Marie-Annick", 54.0), ("LEROY-DUPONTS", 136.0)]
    doc = _table_items([plain, long, plain, plain])
    parts = split_parts(doc, load_rules())
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == \
        [(str(40 + k), SUBJECTS[k]) for k in range(4)]


# --------------------------------------------------------------------------
# Numbers joined by underscores, dashes or dots after their prefix; minutes of one or two items

SEPARATED = {
    "DCM2024_{n} : {s}": ["DCM2024_17", "DCM2024_18", "DCM2024_19", "DCM2024_20", "DCM2024_21"],
    "DEL-2024-{n:03d} : {s}": ["DEL-2024-017", "DEL-2024-018", "DEL-2024-019", "DEL-2024-020", "DEL-2024-021"],
    "2024/{n} - {s}": ["2024/17", "2024/18", "2024/19", "2024/20", "2024/21"],
    "D.2024.{n} : {s}": ["D.2024.17", "D.2024.18", "D.2024.19", "D.2024.20", "D.2024.21"],
}


@pytest.mark.parametrize("fmt", list(SEPARATED))
@pytest.mark.parametrize("count", [5, 2])
def test_numbers_with_other_separators(fmt, count):
    """Five items, or two (minutes of a short session), numbered with the prefix and the digit
    groups joined by "_", "-", "/" or "."."""
    global SUBJECTS
    keep = SUBJECTS
    SUBJECTS = keep[:count]
    try:
        parts = _minutes(lambda k, s: [fmt.format(n=17 + k, s=s)])
        assert _got(parts) == _want(SEPARATED[fmt][:count])
    finally:
        SUBJECTS = keep


@pytest.mark.parametrize("style", ["caps", "bold"])
def test_two_items_known_by_their_title_alone(style):
    """Minutes of two deliberations without numbers, each a title (capitals or bold) before its
    decision and its vote: two parts, each with its vote."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    votes = [("Adopté à l'unanimité.", "unanimity"), ("Pour : 20 Contre : 3 Abstentions : 0", "majority")]
    for subject, (vote, _) in zip(SUBJECTS[:2], votes):
        specs += [{"text": subject.upper() if style == "caps" else subject, "bold": style == "bold", "gap": 12.0},
                  {"text": BODY[0]}, {"text": "Après en avoir délibéré, le Conseil municipal approuve le dossier."},
                  {"text": vote}]
    parts = split_parts(doc_from_lines(specs), load_rules())
    want = [s.upper() if style == "caps" else s for s in SUBJECTS[:2]]
    assert _got(parts) == [("deliberation", None, s) for s in want]
    assert [p.metadata["vote"]["result"] for p in parts] == [r for _, r in votes]
    assert all(p.metadata["present"] == ["Paul ADAM", "Irène BOYER", "Jean CARRE"] for p in parts)


def test_minutes_of_one_decision_with_two_capitals_subheadings_stay_one():
    """Precision: minutes of one decision whose parts are subheadings in capitals, each followed
    by a deciding line, but only the last one voted: one part."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for title, text in [("EXPOSÉ DES MOTIFS", "Le Conseil municipal, après en avoir délibéré,"),
                        ("DÉCISION", "approuve le budget primitif, à l'unanimité.")]:
        specs += [{"text": title, "gap": 12.0}, {"text": text}]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1


def test_a_first_item_the_table_finder_took_with_the_heads_grid():
    """The session head set at tab stops reads as a table, and the table runs on over the first
    item's "Délibération n° …" line and its "Objet : …" lines: the first item keeps its subject."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0, "table_id": "t1" if k >= 2 else None}
             for k, t in enumerate(HEAD)]
    for k, subject in enumerate(SUBJECTS[:3]):
        table = "t1" if k == 0 else None
        specs += [{"text": f"Délibération n° 2023-1{19 + k}", "gap": 12.0, "table_id": table},
                  {"text": f"Objet : {subject.upper()} DU", "gap": 12.0, "table_id": table},
                  {"text": "QUARTIER", "table_id": table}]
        specs += [{"text": t} for t in BODY]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _got(parts) == [("deliberation", f"2023-1{19 + k}", f"{s.upper()} DU QUARTIER")
                           for k, s in enumerate(SUBJECTS[:3])]


@pytest.mark.parametrize("layout", ["alone_above_caps", "alone_above_bold", "summary_row"])
def test_minutes_of_one_item_numbered_by_a_bare_number(layout):
    """Minutes holding one deliberation whose number is bare: alone on its row right above a
    title in capitals or bold ("14" / "CESSION …"), or in a summary's row between the
    rapporteur and the title ("Myriam DUVAL <tab> 51 <tab> Participation …"). The theme
    heading above is no title; the head count "Présents : 18" and the vote's figures are no
    number."""
    subject = "Cession d'une parcelle cadastrée section AD n° 840"
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD[:2])]
    specs += [{"text": "Présents : 18"}, {"text": "Secrétaire de séance : Mme Irène BOYER."},
              {"text": "Projet urbain - Urbanisme et aménagement durable", "gap": 12.0}]
    if layout == "summary_row":
        specs += [{"text": f"Myriam DUVAL\t51\t{subject}"},
                  {"text": "Pour : 14 – Contre : 4 – Abstentions : 1", "x0": 200.0},
                  {"text": "Adopté à la majorité.", "x0": 200.0}]
        number = "51"
    else:
        specs += [{"text": "14"}, {"text": subject.upper() if layout == "alone_above_caps" else subject,
                                   "bold": layout == "alone_above_bold"}]
        specs += [{"text": t} for t in BODY] + [{"text": "Pour : 24 – Contre : 0 – Abstentions : 0"}]
        number = "14"
    specs.append({"text": "La séance est levée à 21 h 45.", "gap": 12.0})
    parts = split_parts(doc_from_lines(specs), load_rules())
    got = _got(parts)
    assert [(k, n) for k, n, _ in got] == [("deliberation", number)]
    assert got[0][2].lower() == subject.lower()


def test_summary_numbers_wrapped_in_a_narrow_column():
    """A summary's rows "rapporteur | number | subject" whose number column is too narrow for
    three digits: "11" / "5" reads 115, the numbers chain (115, 116, …) where their pieces do
    not; the subject is read past the number's last digits."""
    from convention_parser.text.model import Document, Page
    heads = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
             "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE."]
    lines = [line(t, top=60.0 + 14 * k) for k, t in enumerate(heads)]
    top = 140.0
    for k, subject in enumerate(SUBJECTS[:4]):
        n = str(115 + k)
        lines += [line("Paul ADAM", top=top, x0=60.0), line(n[:2], top=top, x0=167.0),
                  line(subject, top=top, x0=196.0), line(n[2:], top=top + 14, x0=167.0),
                  line("Pour : 11", top=top + 14, x0=196.0), line("Adopté à l'unanimité.", top=top + 28, x0=196.0)]
        top += 60.0
    lines.append(line("La séance est levée à 21 h 15.", top=top + 20))
    page = Page(number=1, width=595.0, height=842.0, lines=sorted(lines, key=lambda ln: (ln.top, ln.x0)))
    parts = split_parts(Document(path="<built>", pages=[page]), load_rules())
    assert _got(parts) == [("deliberation", str(115 + k), s) for k, s in enumerate(SUBJECTS[:4])]


def test_an_agenda_numbered_one_a_row_reads_no_wrapped_numbers():
    """Numbers one a row in a column ("1" over "2", an agenda right under the head): never
    read as one number "12"; the items below are numbered the same way."""
    lines = [line(t, top=60.0 + 14 * k) for k, t in enumerate(HEAD)]
    lines.append(line("ORDRE DU JOUR", top=140.0))
    for k, subject in enumerate(SUBJECTS):
        lines += [line(str(k + 1), top=154.0 + 14 * k, x0=60.0), line(subject, top=154.0 + 14 * k, x0=90.0)]
    top = 250.0
    for k, subject in enumerate(SUBJECTS):
        lines += [line(str(k + 1), top=top, x0=60.0), line(subject, top=top, x0=90.0)]
        lines += [line(t, top=top + 14 * (j + 1), x0=90.0) for j, t in enumerate(BODY)]
        top += 14 * (len(BODY) + 2)
    from convention_parser.text.model import Document, Page
    page = Page(number=1, width=595.0, height=842.0, lines=lines)
    parts = split_parts(Document(path="<built>", pages=[page]), load_rules())
    assert [p.metadata.get("number") for p in parts if p.kind == "deliberation"] == ["1", "2", "3", "4", "5"]


def test_minutes_under_a_label_value_session_table_with_vote_tables():
    """The session header is a label | value table ("Date de la séance | …", "Pouvoirs | …") and
    each item closes on a vertical vote table ("Nombre de votants | 19", "Pour | 17", ...):
    every cell is a line of its own beside its label. The items' numbers give the items; the tables' figures (bare numbers right of a label cell) are none."""
    page = Page(number=1, width=595.0, height=842.0)
    top = 60.0

    def put(pieces: list[tuple[str, float]], step: float = 14.0, table: str | None = None,
            bold: bool = False) -> None:
        nonlocal top
        top += step
        for text, x0 in pieces:
            page.lines.append(line(text, top=top, x0=x0, table_id=table, bold=bold))

    put([("Procès-verbal de la séance du conseil municipal", 50.0)], 0.0)
    for label, value in [("Date de la séance", "jeudi 18 mai 2023 à 18 h 30"),
                         ("Président de séance", "M. Paul ADAM"),
                         ("Membres présents", "M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE"),
                         ("Pouvoirs", "pouvoir de M. Luc DURAND à M. Paul ADAM"),
                         ("Membres en exercice", "4"),
                         ("Secrétaire de séance", "Mme Irène BOYER")]:
        put([(label, 50.0), (value, 200.0)], table="t0")
    tallies = [(19, 17, 2, 0), (19, 19, 0, 0), (19, 16, 1, 2), (19, 18, 1, 0)]
    for k, subject in enumerate(SUBJECTS[:4]):
        put([(f"Délibération n° 2023-0{77 + k}", 50.0)], 24.0, bold=True)
        put([(f"Objet : {subject}", 50.0)])
        for text in BODY:
            put([(text, 50.0)])
        for label, count in zip(["Nombre de votants", "Pour", "Contre", "Abstention"], tallies[k]):
            put([(label, 50.0), (str(count), 184.0)], table=f"v{k}")
    parts = split_parts(Document(path="<built>", pages=[page]), load_rules())
    assert _got(parts) == _want([f"2023-0{77 + k}" for k in range(4)])


def test_an_identifier_in_brackets_alone_under_its_title():
    """"Budget primitif 2024 (DCM n° 2024/041)" with the bracket wrapped onto a row of its own
    (or left alone when the title's last word joins the row above across a hyphen): the
    identifier still opens the item, and the title is the rows above it."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for k, subject in enumerate(SUBJECTS[:4]):
        if k % 2:
            specs += [{"text": f"{subject} (DCM n° 2024/0{41 + k})", "gap": 12.0, "bold": True}]
        else:
            specs += [{"text": subject, "gap": 12.0, "bold": True},
                      {"text": f"(DCM n° 2024/0{41 + k})", "bold": True}]
        specs += [{"text": t} for t in BODY]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _got(parts) == [("deliberation", f"2024/0{41 + k}", s) for k, s in enumerate(SUBJECTS[:4])]


def test_a_numbered_theme_above_a_title_closed_by_its_identifier():
    """"1. FINANCES" set tight above "Budget primitif 2024 (DCM n° 2024/041)", both bold: the
    theme heads the item, it is no first row of its title."""
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    themes = ["FINANCES", "AFFAIRES SCOLAIRES", "INTERCOMMUNALITÉ"]
    for k, subject in enumerate(SUBJECTS[:3]):
        specs += [{"text": f"{k + 1}. {themes[k]}", "gap": 12.0, "bold": True},
                  {"text": f"{subject} (DCM n° 2024/0{41 + k})", "bold": True}]
        specs += [{"text": t} for t in BODY]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _got(parts) == [("deliberation", f"2024/0{41 + k}", s) for k, s in enumerate(SUBJECTS[:3])]
    assert [p.metadata.get("theme") for p in parts] == themes


def test_minutes_under_a_session_table_approving_an_avenant_stay_minutes():
    """A session table ("Membres présents | …", "Membres excusés | …") heads minutes whose agenda
    and one item name "l'avenant n° 2 à la convention pluriannuelle": the session's labels are
    evidence of minutes, and the quoted title does not make the document an avenant."""
    subjects = SUBJECTS[:2] + ["Approbation de l'avenant n° 2 à la convention pluriannuelle de renouvellement urbain"]
    specs = [{"text": "Procès-verbal des délibérations du Conseil communautaire"}]
    for label, value in [("Date de la séance :", "dimanche 3 mars 2024 à 17 h 00"),
                         ("Président de séance :", "Michel LAURENT"),
                         ("Membres présents :", "Michel LAURENT, Marc LE ROUX, Laurence BOYER"),
                         ("Membres excusés :", "Sophie PETIT"),
                         ("Secrétaire de séance :", "Laurence BOYER")]:
        specs += [{"text": label, "table_id": "t0", "gap": 4.0}, {"text": value, "table_id": "t0", "x0": 200.0}]
    specs += [{"text": "ORDRE DU JOUR", "gap": 12.0}] + [{"text": f"- {s}", "x0": 80.0} for s in subjects]
    for k, subject in enumerate(subjects):
        specs += [{"text": f"{subject} (DCM n° 2024/0{78 + k})", "gap": 12.0, "bold": True},
                  {"text": "Le rapporteur présente le dossier examiné en commission."},
                  {"text": "Le Conseil, à l'unanimité, approuve la proposition de son Président."}]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert _got(parts) == [("deliberation", f"2024/0{78 + k}", s) for k, s in enumerate(subjects)]


def test_an_identifier_alone_under_a_title_that_fills_its_line():
    """"Transfert de compétence à la Communauté d'Agglomération du Saint-Quentinois" fills its
    line, and "Délibération n° 2025-029" stands alone on the next: the title does not run on
    into the identifier (a line ending "… de la délibération" would)."""
    long = [f"{s} et de la Communauté d'Agglomération du Saint-Quentinois" for s in SUBJECTS[:3]]
    specs = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD)]
    for k, subject in enumerate(long):
        specs += [{"text": subject, "gap": 12.0, "bold": True},
                  {"text": f"Délibération n° 2025-0{29 + k}", "bold": True}]
        specs += [{"text": t} for t in BODY]
    parts = split_parts(doc_from_lines(specs), load_rules())
    assert [p.metadata.get("number") for p in parts] == [f"2025-0{29 + k}" for k in range(3)]
