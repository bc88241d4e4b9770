"""Council minutes in numbering families the item finder was not tuned on: one part per
deliberation, with its number, subject, rapporteur, theme, pages and vote.

The PDFs were typeset with python-docx + LibreOffice by tests/fixtures/minutes/build.py, which
writes each one's gold by construction beside it (corpora/real/GOLD_FORMAT.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convention_parser.evaluate.deliberations import fold
from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document

HERE = Path(__file__).resolve().parent / "fixtures" / "minutes"
DOCS = sorted(p.stem for p in HERE.glob("*.json"))


def _parts(name: str):
    return split_parts(read_document(HERE / f"{name}.pdf"), load_rules())


def _gold(name: str) -> dict:
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def test_fixtures_are_there():
    assert DOCS == ["minutes-bare-columns", "minutes-dash-agenda", "minutes-del-themes", "minutes-label-alone",
                    "minutes-slash-roman"]


@pytest.mark.parametrize("name", DOCS)
def test_one_part_per_deliberation(name):
    gold = _gold(name)
    parts = [p for p in _parts(name) if p.kind == "deliberation"]
    got = [(p.metadata["number"], fold(p.metadata["subject"]), [p.first_page, p.last_page]) for p in parts]
    want = [(d["number"], fold(d["subject"]), d["pages"]) for d in gold["deliberations"]]
    assert got == want


@pytest.mark.parametrize("name", DOCS)
def test_votes_rapporteurs_themes(name):
    gold = _gold(name)
    parts = {p.metadata["number"]: p.metadata for p in _parts(name) if p.kind == "deliberation"}
    for d in gold["deliberations"]:
        md = parts[d["number"]]
        vote = md["vote"]
        assert {"result": vote["result"], "for": vote["for"], "against": vote["against"],
                "abstention": vote["abstention"]} == d["vote"], d["number"]
        assert md["rapporteur"] == d["rapporteur"], d["number"]
        assert fold(md["theme"]) == fold(d["theme"]), d["number"]
    # The session's fields are read once, in the head, and shared by every item.
    assert len({json.dumps({k: md[k] for k in ("session_date", "present", "absent")}) for md in parts.values()}) == 1


@pytest.mark.parametrize("name", [
    "minutes-del-themes", "minutes-slash-roman", "minutes-dash-agenda", "minutes-label-alone",
    "minutes-bare-columns",
])
def test_session_date_shared(name):
    gold = _gold(name)
    assert {p.metadata["session_date"] for p in _parts(name) if p.kind == "deliberation"} == {gold["session"]["date"]}


def test_agenda_and_cited_numbers_open_no_deliberation():
    """The agenda lists DEL2024-17 … DEL2024-22 without decisions; the body of DEL2024-17 has a line
    that starts with the deliberation it cites ("DEL2023-45 du 12 décembre 2023 …"); DEL2024-18
    holds a list "1) … 2) … 3) …": none of them opens a part. Questions diverses after the last
    deliberation are a part of their own, not a deliberation."""
    parts = _parts("minutes-del-themes")
    assert [p.kind for p in parts] == ["deliberation"] * 6 + ["other"]
    assert parts[-1].title.startswith("4. QUESTIONS DIVERSES")
    first = parts[0]
    assert "DEL2023-45 du 12 décembre 2023" in " ".join(p.text for p in first.paragraphs)


def test_a_list_numbered_like_the_items_opens_none():
    """Item 3 holds "1 - Réfection …", "2 - Création …"; the agenda lists "1 - …" to "5 - …"."""
    parts = _parts("minutes-dash-agenda")
    assert [p.metadata["number"] for p in parts] == ["1", "2", "3", "4", "5"]
    assert "Réfection de la rue du Moulin" in " ".join(p.text for p in parts[2].paragraphs)


def test_withdrawn_item_does_not_break_the_run():
    """2019 / 077 was withdrawn: 076 is followed by 078, still one run of items."""
    numbers = [p.metadata["number"] for p in _parts("minutes-slash-roman") if p.kind == "deliberation"]
    assert numbers == ["2019 / 075", "2019 / 076", "2019 / 078", "2019 / 079", "2019 / 080"]


# --------------------------------------------------------------------------
# More numbering families, built line by line (no PDF): the same minutes under each numbering.

from fixtures.structure.build import doc_from_lines  # noqa: E402

FAMILIES = {
    "DEL {y}-{n:03d} : {s}": ["DEL 2024-101", "DEL 2024-102", "DEL 2024-103"],
    "Délibération n° {n} : {s}": ["12", "13", "14"],
    "DCM{y}_{n:02d} - {s}": None,           # underscores are no digit-group separator: not covered
    "{n}.{m} {s}": ["1.1", "1.2", "2.1"],   # numbered under their theme, restarting
    "N° {n:03d}/{y} – {s}": ["041/2024", "042/2024", "043/2024"],
}
SUBJECTS = ["Budget primitif 2024", "Tarifs de la cantine scolaire", "Adhésion au syndicat d'énergie"]


def _built(fmt: str):
    lines = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
             "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE."]
    for k, subject in enumerate(SUBJECTS):
        n, m = (k + 12 if "Délibération" in fmt else k + 101 if "DEL " in fmt else k + 41), k + 1
        if "{m}" in fmt:
            n, m = (1, k + 1) if k < 2 else (2, 1)
        lines += [fmt.format(y=2024, n=n, m=m, s=subject),
                  "Le rapporteur présente le dossier examiné en commission.",
                  "Vu la délibération n° 2023-118 du 12 décembre 2023,",
                  "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve."]
    doc = doc_from_lines([{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(lines)])
    return split_parts(doc, load_rules())


@pytest.mark.parametrize("fmt", [f for f, want in FAMILIES.items() if want])
def test_numbering_families(fmt):
    parts = _built(fmt)
    assert [(p.kind, p.metadata["number"], p.metadata["subject"]) for p in parts] == \
        [("deliberation", n, s) for n, s in zip(FAMILIES[fmt], SUBJECTS)]
    assert all(p.metadata["vote"]["result"] == "unanimity" for p in parts)


def test_one_decision_citing_another_stays_one():
    """A board's single decision that cites other deliberations at the head of its lines."""
    lines = ["Extrait du registre des délibérations du bureau communautaire", "Séance du 4 avril 2024",
             "Objet : Garantie d'emprunt", "Vu la délibération n°",
             "2023-118 : garantie accordée à l'office public,", "Vu la délibération n°",
             "2023-119 : garantie accordée à la SEM,",
             "Le Bureau, après en avoir délibéré, à l'unanimité, accorde sa garantie."]
    doc = doc_from_lines([{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(lines)])
    parts = split_parts(doc, load_rules())
    assert [p.kind for p in parts] == ["deliberation"]
    assert parts[0].metadata["number"] is None


# --------------------------------------------------------------------------
# Items set in columns whose number a scan's OCR lost.

from convention_parser.text.model import Document, Line, Page  # noqa: E402
from fixtures.structure.build import line as built_line  # noqa: E402


def _columns_doc(items: list[tuple[str, str, str]]) -> Document:
    """items: (rapporteur, number or "", subject); each followed by its vote lines."""
    rows: list[list[tuple[str, float]]] = [[("Compte rendu du Conseil municipal du 6 mai 2024", 30.0)],
                                           [("Présents : Anne DUPONT, Marc LEROY.", 30.0)]]
    for rapporteur, number, subject in items:
        rows.append([(rapporteur, 30.0)] + ([(number, 120.0)] if number else []) + [(subject, 150.0)])
        rows += [[("Pour : 30", 150.0)], [("Adopté à l'unanimité", 150.0)]]
    page = Page(number=1, width=595.0, height=842.0)
    top = 60.0
    for k, pieces in enumerate(rows):
        top += 24.0 if k and len(pieces) > 1 else 14.0
        words = [w for text, x in pieces for w in built_line(text, top=top, x0=x).words]
        page.lines.append(Line(words=words, page=1))
    return Document(path="<built>", pages=[page])


def test_numbers_lost_in_a_column_are_filled_when_the_gap_matches():
    items = [("Anne DUPONT", "1", "Budget annexe de l'eau"), ("Anne DUPONT", "", "Tarifs de l'eau 2024"),
             ("Marc LEROY", "", "Subventions aux associations"), ("Marc LEROY", "4", "Cession d'un terrain")]
    parts = split_parts(_columns_doc(items), load_rules())
    assert [(p.metadata["number"], p.metadata["rapporteur"], p.metadata["subject"]) for p in parts] == \
        [(str(k + 1), r, s) for k, (r, _, s) in enumerate(items)]


def test_numbers_lost_are_not_guessed_when_the_gap_does_not_match():
    items = [("Anne DUPONT", "1", "Budget annexe de l'eau"), ("Anne DUPONT", "", "Tarifs de l'eau 2024"),
             ("Marc LEROY", "5", "Subventions aux associations"), ("Marc LEROY", "6", "Cession d'un terrain")]
    parts = split_parts(_columns_doc(items), load_rules())
    assert [p.metadata["number"] for p in parts] == ["1", "5", "6"]


def test_rows_hold_words_whose_boxes_rise_or_sink():
    # OCR gives each word its own box: "Adoption" sits low, "À" rises with
    # its accent; both stay in the row of "24-03/029", the next line is a row of its own.
    from convention_parser.structure.items import build_rows
    from convention_parser.structure.lines import body_lines
    from fixtures.structure.build import doc_from_lines

    doc = doc_from_lines([{"text": "24-03/029 — Adoption du Compte À venir"},
                          {"text": "Le conseil approuve le compte."}])
    words = doc.pages[0].lines[0].words
    words[2].top += 5.0                        # "Adoption": its box sits half a height low
    words[2].bottom += 5.0                     # (the jitter of a low-resolution scan's OCR)
    words[5].top -= 3.0                        # "À": accent
    rows = build_rows(body_lines(doc))
    assert [" ".join(w.text for w in r.words) for r in rows] == [
        "24-03/029 — Adoption du Compte À venir", "Le conseil approuve le compte."]


def test_a_title_line_stays_whole_beside_a_name_set_between_its_lines():
    # A scanned table row: the rapporteur's surname, in its own column, sits between the two
    # lines of the title's cell. OCR boxes hug the glyphs: the lower-case words of the second
    # line ("aux", "travaux", "et") start lower than its capitals. The row the surname opens
    # takes the capitals' words; the second line's other words stay with them, in their order.
    from convention_parser.structure.items import build_rows
    from convention_parser.structure.lines import body_lines
    from convention_parser.text.model import Document, Page
    from fixtures.structure.build import line

    first = line("Aménagement des abords du Polygone", top=631.7, x0=148.0, cell=(13, 2))
    second = line("Avenants aux marchés de travaux Lots n°1 et n°2.", top=645.8, x0=148.0, cell=(13, 2))
    for w in second.words:
        if w.text in ("aux", "travaux", "et"):      # x-height words: boxes start lower
            w.top += 2.5 if w.text != "aux" else 2.7
            w.bottom = 654.5
    name = line("FLEURENCE", top=642.5, x0=31.0, size=8.0, cell=(13, 0))
    doc = Document(path="<built>", pages=[Page(number=1, width=595.0, height=842.0,
                                               lines=[name, first, second])])
    rows = [" ".join(w.text for w in r.words) for r in build_rows(body_lines(doc))]
    assert rows[-1].endswith("Avenants aux marchés de travaux Lots n°1 et n°2.")
    assert "Aménagement des abords du Polygone" in rows
