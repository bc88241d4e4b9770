"""Attendance lists set side by side in an unruled two-column table (generator2's seventh
family, dev seeds 7200-7203: "PRÉSENTS" on the left, "EXCUSÉS REPRÉSENTÉS" / "EXCUSÉS" /
"ABSENTS" stacked on the right, one entry a row, a proxy phrase wrapping onto the next row).
No table took the grid: only the gutter between the columns tells them apart. Documents built
word by word for the test (no PDF); gold by construction."""

from __future__ import annotations

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 10.0
LEFT, RIGHT = 50.0, 300.0


def _words(x: float, top: float, text: str) -> list[Word]:
    out = []
    for t in text.split():
        w = len(t) * 0.5 * SIZE
        out.append(Word(t, x, top, x + w, top + 0.7 * SIZE, size=SIZE, bold=t.isupper() and len(t) > 3))
        x += w + 0.3 * SIZE
    return out


def _line(top: float, *chunks: tuple[float, str]) -> Line:
    return Line(words=[w for x, t in chunks if t for w in _words(x, top, t)], page=1)


def _column(x: float, texts: list[str], top: float, spacing: float) -> tuple[list[Line], float]:
    """One column's lines: each entry ``spacing`` under the one above; with entries spaced
    apart as paragraphs (spacing over 20), the rest of an entry wrapped onto the next line (a
    text starting with "+") a line's step (12 pt) under it."""
    lines = []
    for k, t in enumerate(texts):
        if k:
            top += 12.0 if t.startswith("+") and spacing > 20.0 else spacing
        lines.append(_line(top, (x, t.lstrip("+"))))
    return lines, top


def _document(left: list[str], right: list[str], spacing: float = 16.0) -> Document:
    lines = [_line(60.0, (LEFT, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")),
             _line(74.0, (LEFT, "Séance du 26 février 2017")),
             _line(88.0, (LEFT, "sous la présidence de M. Alain DUBOIS, Maire."))]
    a, bottom_a = _column(LEFT, left, 110.0, spacing)
    b, bottom_b = _column(RIGHT, right, 110.0, spacing)
    lines += sorted(a + b, key=lambda ln: (ln.words[0].top, ln.words[0].x0))
    top = max(bottom_a, bottom_b) + 16.0
    for t in ("17-02/080 – VOTE DES TAUX D'IMPOSITION 2017",
              "Après en avoir délibéré, le Conseil municipal DÉCIDE.", "Adopté à l'unanimité."):
        top += 14.0
        lines.append(_line(top, (LEFT, t)))
    return Document(path="<built>", pages=[Page(number=1, width=595.0, height=842.0, lines=lines)])


PRESENT = ["Madame Aurélie DIALLO", "Monsieur Didier TESSIER", "Monsieur Frédéric HENRY",
           "Monsieur Jean-Claude DENIS", "Madame Noémie POULAIN", "Monsieur Gaëtan PRÉVOST",
           "Monsieur Noël ROBERT", "Madame Solène MARTINEZ"]


@pytest.mark.parametrize("caps, spacing", [(True, 16.0), (False, 16.0), (True, 24.0)])
def test_lists_side_by_side_in_an_unruled_table(caps, spacing):
    """(spacing 24: every entry a paragraph spaced apart, farther than a line's step under its
    label.)"""
    def lab(text: str) -> str:
        return text.upper() if caps else text + " :"
    right = [lab("Excusés représentés"), "Monsieur Yves PERRIN (pouvoir à", "+Monsieur Didier TESSIER)",
             "Madame Sophie TRAN (pouvoir à", "+Madame Solène MARTINEZ)", lab("Excusés"),
             "Monsieur Jean-Pierre FAURE", "Monsieur Luc VAN HECKE", lab("Absents"), "Madame Lise ROUX"]
    md = split_parts(_document([lab("Présents")] + PRESENT, right, spacing), load_rules())[0].metadata
    assert md["present"] == [p.split(" ", 1)[1] for p in PRESENT]
    assert md["excused"] == [{"name": "Yves PERRIN", "proxy_to": "Didier TESSIER"},
                             {"name": "Sophie TRAN", "proxy_to": "Solène MARTINEZ"},
                             {"name": "Jean-Pierre FAURE", "proxy_to": None},
                             {"name": "Luc VAN HECKE", "proxy_to": None}]
    assert md["absent"] == ["Lise ROUX"]


def test_excused_alone_beside_the_present_list():
    right = ["EXCUSÉS", "Madame Leïla LE GALL", "Monsieur Frédéric MORIN", "Madame Solène GARNIER"]
    md = split_parts(_document(["PRÉSENTS"] + PRESENT, right), load_rules())[0].metadata
    assert md["present"] == [p.split(" ", 1)[1] for p in PRESENT]
    assert [e["name"] for e in md["excused"]] == ["Leïla LE GALL", "Frédéric MORIN", "Solène GARNIER"]
    assert md["absent"] == []


def test_an_accented_capital_raising_a_words_top_stays_on_its_own_row():
    """The right column's wrapped line "Mathieu NOËL" sits between two rows of the left column;
    the diaeresis raises NOËL's top 1.5 pt above its line's, into the left row above (dev seed
    7203: the holder came out "NOËL" and "Mathieu" went astray)."""
    def word(text: str, x: float, top: float, bottom: float) -> Word:
        return Word(text, x, top, x + len(text) * 0.5 * SIZE, bottom, size=SIZE)

    def line(*words: Word) -> Line:
        return Line(words=list(words), page=1)

    rows = [  # (top of the left row, its text, top of the right line, its text), 8.4 pt high
        (110.0, "Présents :", 110.0, "Excusés représentés :"),
        (126.0, "Madame Aurélie DIALLO", 126.0, "Monsieur Yves PERRIN par Madame Anne ROUX"),
        (142.0, "Monsieur Didier TESSIER", 142.0, "Madame Zoé LEROY par Monsieur Luc BLANC"),
        (158.0, "Monsieur Frédéric HENRY", 168.6, "Madame Monique FOURNIER par Monsieur"),
        (174.0, "Monsieur Jean-Claude DENIS", None, ""),
        (190.0, "Madame Anne ROUX", None, ""),
        (206.0, "Monsieur Luc BLANC", None, "")]
    lines = [line(*_words(LEFT, 60.0, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")),
             line(*_words(LEFT, 74.0, "Séance du 26 février 2017")),
             line(*_words(LEFT, 88.0, "sous la présidence de M. Alain DUBOIS, Maire."))]
    for top, left, rtop, right in rows:
        lines.append(line(*[Word(w.text, w.x0, top, w.x1, top + 8.4, size=SIZE) for w in _words(LEFT, top, left)]))
        if rtop is not None:
            lines.append(line(*[Word(w.text, w.x0, rtop, w.x1, rtop + 8.4, size=SIZE) for w in _words(RIGHT, rtop, right)]))
    # The entry's wrapped line, 10.5 pt under its first, 5.1 pt under a left row's top (as
    # LibreOffice set them).
    lines.append(line(word("Mathieu", RIGHT, 179.1, 187.5), word("NOËL", RIGHT + 41.0, 177.6, 187.5)))
    top = 220.0
    for t in ("17-02/080 – VOTE DES TAUX D'IMPOSITION 2017",
              "Après en avoir délibéré, le Conseil municipal DÉCIDE.", "Adopté à l'unanimité."):
        top += 14.0
        lines.append(line(*_words(LEFT, top, t)))
    lines.sort(key=lambda ln: (ln.words[0].top, ln.words[0].x0))
    doc = Document(path="<built>", pages=[Page(number=1, width=595.0, height=842.0, lines=lines)])
    md = split_parts(doc, load_rules())[0].metadata
    assert md["present"] == ["Aurélie DIALLO", "Didier TESSIER", "Frédéric HENRY", "Jean-Claude DENIS",
                             "Anne ROUX", "Luc BLANC"]
    assert md["excused"] == [{"name": "Yves PERRIN", "proxy_to": "Anne ROUX"},
                             {"name": "Zoé LEROY", "proxy_to": "Luc BLANC"},
                             {"name": "Monique FOURNIER", "proxy_to": "Mathieu NOËL"}]
