"""Tables of Word-like documents typeset by LibreOffice (tests/fixtures/tables/office,
built by office_tables.py from seeds 1-12; gold by construction).

Each test covers one family of layouts over every fixture table of that family:
rules only between rows, tables back to back or set apart by a caption or a
bulleted paragraph, words broken in narrow columns, captions under the table,
headers repeated over a page break."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from convention_parser.tables import find_tables
from convention_parser.tables.wrap import join_lines
from convention_parser.text import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
sys.path.insert(0, str(FIXTURES))
from office_tables import GoldDoc, Score, _norm, load_gold, score  # noqa: E402


@pytest.fixture(scope="module")
def parsed():
    """(gold document, gold table, score of that table alone, found tables) per fixture table."""
    out = []
    for pdf in sorted((FIXTURES / "office").glob("*.pdf")):
        gold = load_gold(pdf)
        found = find_tables(str(pdf), read_document(str(pdf)))
        for t in gold.tables:
            out.append((gold, t, score(GoldDoc(gold.seed, gold.font, gold.size, [t]), found), found))
    assert len(out) >= 25
    return out


def _match(gold_table, found):
    from office_tables import _words
    gw = _words(gold_table.header + gold_table.rows)
    return max(found, key=lambda t: len(gw & _words(t.header + t.rows)))


def test_fixture_corpus_floor(parsed):
    total = Score()
    for gold, _, s, found in parsed:
        total.add(s)
    assert total.shapes >= 0.85 * total.tables, total.failures
    assert total.cells_ok >= 0.85 * total.cells, total.failures


def test_horizontal_rules_bound_rows(parsed):
    """Rules between rows, none between columns: a wrapped cell is one row."""
    family = [(t, s) for _, t, s, _ in parsed if t.borders == "hrules"]
    assert len(family) >= 5
    assert all(s.shapes == 1 for _, s in family), [f for _, s in family for f in s.failures]
    assert sum(s.cells_ok for _, s in family) >= 0.97 * sum(s.cells for _, s in family)


def test_tables_apart_stay_apart(parsed):
    """Two tables with only a caption, a bulleted paragraph or nothing between: two tables."""
    family = [(g, t, s) for g, t, s, _ in parsed if t.after]
    assert {t.after for _, t, _ in family} >= {"bullet", "caption", "nothing"}
    for g, t, s in family:
        assert s.shapes == 1, (g.seed, s.failures)


def test_broken_words_rejoined(parsed):
    """A narrow column breaks long words ("Aménagemen" / "t"): every cell reads whole."""
    family = [(g, t, s) for g, t, s, _ in parsed if t.narrow and s.shapes]
    assert len(family) >= 4
    assert sum(s.cells_ok for _, _, s in family) >= 0.95 * sum(s.cells for _, _, s in family)


def test_caption_below_is_the_title_not_a_row(parsed):
    family = [(g, t, s, found) for g, t, s, found in parsed if t.caption_at == "below"]
    assert len(family) >= 5
    for g, t, s, found in family:
        f = _match(t, found)
        assert _norm(f.title) == _norm(t.title), (g.seed, f.title)
        assert all(_norm(t.title) not in " ".join(r) for r in f.rows)


def test_caption_above_is_the_title(parsed):
    family = [(g, t, s, found) for g, t, s, found in parsed if t.caption_at == "above"]
    assert len(family) >= 5
    for g, t, s, found in family:
        assert _norm(_match(t, found).title) == _norm(t.title), g.seed


def test_ruled_table_over_pages_is_one_table(parsed):
    """A long ruled table (header repeated by w:tblHeader) is one table; the
    repeated header is no data row; a row broken by the page break is one row."""
    family = [(g, t, s, found) for g, t, s, found in parsed if t.pages > 1 and t.borders != "none"]
    assert len(family) >= 2
    assert sum(len(_match(t, found).pages) > 1 for _, t, _, found in family) >= 2
    for g, t, s, found in family:
        f = _match(t, found)
        assert [[_norm(c) for c in r] for r in f.header] == [[_norm(c) for c in r] for r in t.header]
        assert not any(r == f.header[0] for r in f.rows)
        assert f.n_rows == t.n_rows, (g.seed, s.failures)


def test_word_too_wide_for_its_cell():
    """Geometry alone: a one-word line reaching the cell's edge, a short rest that is no word."""
    vocab = Counter({"commune": 0, "les": 3})
    assert join_lines([["Commun"], ["e"]], vocab, [True, False]) == "Commune"
    assert join_lines([["Départem"], ["ent"]], vocab, [True, False]) == "Département"
    # Not at the edge, or a whole word after it: two words.
    assert join_lines([["Commun"], ["e"]], vocab, [False, False]) == "Commun e"
    assert join_lines([["subventionnable"], ["prévisionnelle"]], vocab, [True, False]) \
        == "subventionnable prévisionnelle"
    assert join_lines([["Départem"], ["les"]], vocab, [True, False]) == "Départem les"


def test_amount_broken_inside_a_digit_group():
    assert join_lines([["7", "480", "7"], ["06", "€"]], Counter(), [True, False]) == "7 480 706 €"
    # A wrap at a group boundary keeps the space.
    assert join_lines([["7", "480"], ["706", "€"]], Counter(), [True, False]) == "7 480 706 €"
    assert join_lines([["Lot", "7"], ["06", "€"]], Counter(), [False, False]) == "Lot 7 06 €"
    # After a group of digits a short group is broken whatever the geometry.
    assert join_lines([["8", "626", "61"], ["0", "€"]], Counter(), None) == "8 626 610 €"
    assert join_lines([["Lot", "12"], ["3", "bis"]], Counter(), None) == "Lot 12 3 bis"
