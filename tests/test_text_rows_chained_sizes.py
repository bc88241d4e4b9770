"""Rows of glyphs (text/words.group_rows) when a line of larger type sits beside two lines of
smaller type, its baseline between theirs: a caption's last line in 10 pt beside a table's
two-line header cells in 6 pt (two tables side by side). Clustered glyph after glyph, the
10 pt baseline chained the two 6 pt lines into one row and their letters interleaved
("L(QePs 0A6u7b0é5p0i)nes"). Each 6 pt line is a row of its own; a superscript and a bold
word of a larger size on one line stay in their row. Glyphs placed for the test, gold by
construction."""

from convention_parser.text.chars import Char
from convention_parser.text.margin_notes import split_margin_notes
from convention_parser.text.model import Line, Page, Word
from convention_parser.text.words import group_rows


def _chars(text: str, x: float, base: float, size: float, bold: bool = False) -> list[Char]:
    """Glyphs on ``base``; a descender's base is read from its box, a fifth of the size lower."""
    out = []
    for ch in text:
        w = 0.5 * size
        b = base + (0.2 * size if ch in "gjpqy(" else 0.0)
        out.append(Char(ch, x, b - 0.8 * size, x + w, b + 0.2 * size, b, size, bold, False, "F"))
        x += w
    return out


def _text(row: list[Char]) -> str:
    return "".join(c.text for c in sorted(row, key=lambda c: c.x0))


def test_two_small_lines_chained_through_a_larger_one_are_two_rows():
    first = _chars("Les Aubépines", 130, 100.5, 6) + _chars("Total", 330, 100.5, 6)
    second = _chars("(QP067050)", 130, 106.2, 6)
    caption = _chars("d'opérations", 402, 103.3, 10, bold=True)
    rows = [_text(r) for r in group_rows(first + second + caption)]
    assert "(QP067050)" in rows
    assert not any("Aubépines" in r and "QP067050" in r for r in rows)
    assert any(r.startswith("Les Aubépines") for r in rows)
    assert "d'opérations" in rows        # the caption's line, not joined again to the header's


def test_a_superscript_and_a_larger_bold_word_stay_in_their_row():
    line = (_chars("le 1", 100, 200, 10) + _chars("er", 120, 196.5, 6)
            + _chars(" janvier ", 126, 200, 10) + _chars("ARTICLE", 170, 200.4, 12, bold=True))
    rows = group_rows(line)
    assert len(rows) == 1
    assert _text(rows[0]) == "le 1er janvier ARTICLE"


def test_a_table_cell_left_of_the_body_edge_beside_a_larger_caption_is_no_margin_note():
    """"Financeurs" (6 pt, left of the body edge) opens a table's header row whose visual line also
    holds the caption of the table beside it (10 pt): the type beside it is the row's 6 pt, so no note."""
    def line(parts, top):
        return Line(words=[Word(t, x, top, x + 5 * len(t), top + size, size=size) for x, t, size in parts], page=1)
    prose = [line([(130, "Le", 10), (150, "projet", 10), (190, "prévoit", 10)], 80 + 14 * i) for i in range(8)]
    row = line([(62, "Financeurs", 6), (130, "Les", 6), (150, "Aubépines", 6), (402, "d'opérations", 10)], 200)
    page = Page(1, 595, 842, lines=prose + [row])
    split_margin_notes(page)
    assert page.margin == []
    assert page.lines[-1].words[0].text == "Financeurs"
