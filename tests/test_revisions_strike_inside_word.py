"""A deletion set right against kept text, no space between (a redline's "… Lestrée." then a struck
"La gestion …"; a struck digit before an inserted one): the strike line's start inside the glyph run
is a word break (text/revisions.StrikeCuts, read by words.make_words), so the struck part is a word
of its own, struck, and the kept part stays text. Before, "Lestrée.La" was one word, kept whole,
and the deleted "La" stayed in the amended article. Glyphs and lines placed for the test."""

from convention_parser.text.chars import Char
from convention_parser.text.revisions import StrikeCuts, mark_struck
from convention_parser.text.words import make_words


def _chars(text: str, x: float, base: float = 100.0, size: float = 10.0) -> list[Char]:
    out = []
    for ch in text:
        w = 0.5 * size
        out.append(Char(ch, x, base - 0.8 * size, x + w, base + 0.2 * size, base, size, False, False, "F"))
        x += w
    return out


def test_a_struck_run_set_against_kept_text_is_a_word_of_its_own():
    row = _chars("Lestrée.La gestion", 100.0)
    start = row[len("Lestrée.")].x0                      # the "L" of "La"
    strike = (start, 96.7, row[-1].x1, 97.3)             # a third of a size over the baseline
    rules = [strike]
    words = make_words(row, StrikeCuts(rules)(row))
    assert [w.text for w in words] == ["Lestrée.", "La", "gestion"]
    rows, struck, left = mark_struck([words], rules)
    assert [w.text for w in struck] == ["La", "gestion"]
    assert [w.text for w in rows[0] if not w.struck] == ["Lestrée."]
    assert left == []


def test_an_underline_or_a_rule_is_no_cut():
    row = _chars("Lestrée.La", 100.0)
    under = (row[3].x0, 101.5, row[-1].x1, 102.0)        # under the baseline: an underline
    assert StrikeCuts([under])(row) == []
    assert [w.text for w in make_words(row, StrikeCuts([under])(row))] == ["Lestrée.La"]
