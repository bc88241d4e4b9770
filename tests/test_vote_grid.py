"""Votes printed in a ruled grid (vote_grid.py) and vote lines of other phrasings (the families'
vote rules): a single deliberation and minutes built word by word for the test (no PDF), and
phrasings read by both families' rules. Gold by construction."""

from __future__ import annotations

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 10.0
FAMILIES = {f.name: f for f in families(load_rules())}


def _line(page: int, top: float, *chunks: tuple[float, str], table_id: str | None = None) -> Line:
    words = []
    for x, text in chunks:
        for t in text.split():
            w = len(t) * 0.5 * SIZE
            words.append(Word(t, x, top, x + w, top + 0.7 * SIZE, size=SIZE))
            x += w + 0.3 * SIZE
    return Line(words=words, page=page, table_id=table_id)


def _doc(lines: list[Line]) -> Document:
    pages: dict[int, Page] = {}
    for ln in lines:
        pages.setdefault(ln.page, Page(number=ln.page, width=595.0, height=842.0)).lines.append(ln)
    return Document(path="<built>", pages=[pages[k] for k in sorted(pages)])


def _vote(md: dict) -> tuple:
    v = md["vote"]
    return v["result"], v["for"], v["against"], v["abstention"]


COLUMNS = (60.0, 180.0, 300.0, 420.0)


def _grid(top: float, heads: tuple[str, ...], cells: list[tuple[str, ...]], table_id: str = "v1") -> list[Line]:
    """A ruled grid: a heading row, then rows of cells ("" for an empty cell)."""
    rows = [_line(1, top, *[(x, h) for x, h in zip(COLUMNS, heads)], table_id=table_id)]
    for k, row in enumerate(cells):
        rows.append(_line(1, top + 16.0 * (k + 1), *[(x, c) for x, c in zip(COLUMNS, row) if c], table_id=table_id))
    return rows


HEAD = ["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
        "Séance du 14 mars 2024",
        "Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN",
        "Délibération n° 2024-017",
        "Objet : Cession d'un terrain communal",
        "Après en avoir délibéré, le Conseil municipal décide d'approuver la cession."]


@pytest.mark.parametrize("heads, cells, want", [
    # counts under their headings, a dash for none
    (("Pour", "Contre", "Abstention", "Ne prend pas part"), [("25", "3", "2", "—")], ("majority", 25, 3, 2)),
    # names in the cells, wrapped over two rows; an empty cell is nobody
    (("Pour", "Contre", "Abstention", "Ne prend pas part"),
     [("26", "M. Paul ROUX", "Mme Anne", ""), ("", "Mme Lise FAURE", "MARTIN", "")], ("majority", 26, 2, 1)),
    # nobody against: the counts say unanimity
    (("Pour", "Contre", "Abstentions"), [("28", "0", "2")], ("unanimity", 28, 0, 2)),
    # a word for a count: "Unanimité" is the result, "Néant" nobody
    (("Pour", "Contre", "Abstention"), [("Unanimité", "Néant", "—")], ("unanimity", None, 0, 0)),
])
def test_a_vote_in_a_ruled_grid(heads, cells, want):
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(HEAD)]
    lines += _grid(160.0, heads, cells)
    parts = [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1
    assert _vote(parts[0].metadata) == want


def test_one_heading_a_row_with_its_value_beside_it():
    """"Pour | 22", "Contre | M. Paul ROUX, Mme Lise FAURE", "Abstention | —"."""
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(HEAD)]
    rows = [("Pour", "22"), ("Contre", "M. Paul ROUX, Mme Lise FAURE"), ("Abstention", "—")]
    lines += [_line(1, 160.0 + 16 * k, (60.0, a), (200.0, b), table_id="v1") for k, (a, b) in enumerate(rows)]
    parts = [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]
    assert _vote(parts[0].metadata) == ("majority", 22, 2, 0)


def test_minutes_items_each_with_its_vote_grid():
    """Minutes whose items print their vote as a grid: each item reads its own."""
    lines = [_line(1, 60.0, (60.0, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 AVRIL 2024")),
             _line(1, 74.0, (60.0, "Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN"))]
    top = 110.0
    grids = [("25", "3", "2", "0"), ("30", "0", "0", "0"), ("18", "10", "2", "0")]
    for k, counts in enumerate(grids):
        lines += [_line(1, top, (60.0, f"DEL 2024-10{k + 1} : Objet numéro {k + 1} de la séance")),
                  _line(1, top + 14, (60.0, "Après en avoir délibéré, le Conseil municipal décide d'approuver."))]
        lines += _grid(top + 34, ("Pour", "Contre", "Abstention", "Ne prend pas part"), [counts], f"v{k}")
        top += 100.0
    parts = [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["DEL 2024-101", "DEL 2024-102", "DEL 2024-103"]
    assert [_vote(p.metadata) for p in parts] == [("majority", 25, 3, 2), ("unanimity", 30, 0, 0),
                                                  ("majority", 18, 10, 2)]


@pytest.mark.parametrize("family", ["board_deliberation", "council_minutes"])
@pytest.mark.parametrize("text, want", [
    ("Adopté par 25 voix pour, 3 contre et 2 abstentions.", ("majority", 25, 3, 2)),
    ("Vote : 25 pour, 3 contre, 2 abstentions", ("majority", 25, 3, 2)),
    # Counts as printed (GOLD_FORMAT.md): votants and exprimés print no count of abstentions
    # (blank and spoilt ballots are not expressed either).
    ("Votants : 30 / Exprimés : 28 / Pour : 25 / Contre : 3", ("majority", 25, 3, None)),
    ("Nombre de votants : 30 - Suffrages exprimés : 30 - Pour : 30\nAdopté à l'unanimité.",
     ("unanimity", 30, None, None)),
    ("La délibération est adoptée à la majorité, M. Paul ROUX votant contre.", ("majority", None, 1, None)),
    ("Adoptée à la majorité, MM. Paul ROUX et Marc BLANC votant contre, Mme Lise FAURE s'abstenant.",
     ("majority", None, 2, 1)),
])
def test_vote_phrasings(family, text, want):
    v = read_vote(text, FAMILIES[family].section("deliberation"))
    assert (v.result, v.for_, v.against, v.abstention) == want


def test_counts_row_of_an_unmarked_grid_opens_no_item():
    """A vote grid the table stage did not take (its lines plain text): its row of counts
    ("20  15  3  2") is no item number beside a title, under theme headings or not."""
    lines = [_line(1, 60.0, (60.0, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 AVRIL 2024")),
             _line(1, 74.0, (60.0, "Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN"))]
    top = 110.0
    grids = [("20", "15", "3", "2"), ("20", "18", "2", "0"), ("20", "18", "0", "2")]
    for k, counts in enumerate(grids):
        lines += [_line(1, top, (60.0, f"{k + 1}. FINANCES")),
                  _line(1, top + 14, (60.0, f"DEL2024-{k + 91} : OBJET NUMÉRO {k + 1} DE LA SÉANCE")),
                  _line(1, top + 28, (60.0, "Après en avoir délibéré, le Conseil municipal décide d'approuver."))]
        lines += [_line(1, top + 48, *[(x, h) for x, h in zip(COLUMNS, ("Votants", "Pour", "Contre", "Abstentions"))]),
                  _line(1, top + 62, *[(x, c) for x, c in zip(COLUMNS, counts)]),
                  _line(1, top + 80, (60.0, "Adopté à la majorité."))]
        top += 110.0
    parts = [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["DEL2024-91", "DEL2024-92", "DEL2024-93"]
    assert [_vote(p.metadata)[1:3] for p in parts] == [(15, 3), (18, 2), (18, 0)]


@pytest.mark.parametrize("head_gap", [16.0, 40.0])
def test_a_grid_of_counts_ends_at_its_row_of_counts(head_gap):
    """The row of counts is the grid's last: the result line and a signature set in the columns
    below it ("Le Président," under "Abstentions", his name under "Contre") are no cells; the
    counts may sit well under the heading row (a ruled row's padding, wide line spacing)."""
    top = 200.0
    lines = [_line(1, 60.0, (60.0, HEAD[0])), _line(1, 74.0, (60.0, HEAD[1])),
             _line(1, 88.0, (60.0, HEAD[2])), _line(1, 110.0, (60.0, HEAD[3])),
             _line(1, 124.0, (60.0, HEAD[4])), _line(1, 150.0, (60.0, HEAD[5])),
             _line(1, top, *[(x, h) for x, h in zip(COLUMNS, ("Votants", "Pour", "Contre", "Abstentions"))]),
             _line(1, top + head_gap, *[(x, c) for x, c in zip(COLUMNS, ("29", "24", "5", "0"))]),
             _line(1, top + head_gap + 18, (60.0, "Adopté à la majorité.")),
             _line(1, top + head_gap + 36, (60.0, "Fait et délibéré les jour, mois et an susdits.")),
             _line(1, top + head_gap + 50, (COLUMNS[3] + 40, "Le Président,")),
             _line(1, top + head_gap + 64, (COLUMNS[2] + 80, "M. Jean-François LAMBERT"))]
    parts = [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]
    assert _vote(parts[0].metadata) == ("majority", 24, 5, 0)


@pytest.mark.parametrize("cut", ["between_heads_and_counts", "counts_at_the_foot"])
def test_a_vote_grid_at_a_page_break(cut):
    """The grid's headings end page 1 and its counts open page 2 (the page break cut the
    grid), or the whole grid ends page 1, its counts row in the page's foot band: the
    counts are the grid's, never page numbers (several figures share their row)."""
    from convention_parser.text.furniture import split_furniture
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(HEAD)]
    lines += [_line(1, 140.0 + 14 * k, (60.0, f"Considérant le point {k} du rapport présenté au conseil,"))
              for k in range(30)]
    heads = ("Votants", "Pour", "Contre", "Abstentions")
    if cut == "between_heads_and_counts":
        lines.append(_line(1, 760.0, *zip(COLUMNS, heads)))
        lines.append(_line(2, 50.0, *zip(COLUMNS, ("19", "16", "2", "1"))))
    else:
        lines.append(_line(1, 740.0, *zip(COLUMNS, heads)))
        lines += [_line(1, 760.0, (x, n)) for x, n in zip(COLUMNS, ("19", "16", "2", "1"))]  # a line a cell
    lines.append(_line(2, 90.0, (60.0, "Adopté à la majorité.")))
    doc = _doc(lines)
    split_furniture(doc.pages)
    parts = [p for p in split_parts(doc, load_rules()) if p.kind == "deliberation"]
    assert _vote(parts[0].metadata) == ("majority", 16, 2, 1)
