"""A footnote under its separator rule on a page whose body is mostly a table set smaller than
the note (6 pt cells over a 10 pt note: no small-type block ends the page): the note is found
from the short rule at the body's left edge and its mark, a call made above it
(text/footnotes.py; dev seeds 852, 854 of layout set 4, where "3 Montants prévisionnels …" was
read into article 8.1 or 10). Pages built for the test; gold by construction."""

from convention_parser.text.footnotes import split_footnotes
from convention_parser.text.model import Line, Page, Word

NOTE = "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."


def _line(texts, top: float, size: float, superscript: str = "") -> Line:
    words = []
    for text, x in texts:
        for t in text.split():
            w = 0.5 * size * len(t)
            words.append(Word(t, x, top, x + w, top + size, size=size, base=top + 0.8 * size))
            x += w + 0.3 * size
    if superscript:
        words[-1].superscript = superscript
        words[-1].text += superscript
    return Line(words=words, page=1)


def _page(separator: bool = True, call: bool = True, border: bool = False) -> Page:
    p = Page(number=1, width=595.0, height=842.0)
    lines = [_line([("Les opérations cofinancées par l'ANRU au titre de la présente convention sont les suivantes",
                     71.0)], 100.0, 11.0, superscript="3" if call else "")]
    for k in range(40):      # the table's rows, 6 pt: the page's commonest size
        lines.append(_line([(f"C0945-21-00{k:02d} Démolition de l'îlot Les Mimosas", 71.0),
                            ("Trois Vallées Habitat", 300.0), ("4 035 000", 480.0)], 130.0 + 14 * k, 6.0))
    lines.append(_line([(NOTE, 71.0)], 731.9, 10.0))
    p.lines = lines
    if separator:
        p.rules.append((70.8, 726.3, 184.2, 726.8))
    if border:   # the short rule is a table cell's border: a column rule stands at its end
        p.rules.append((184.2, 700.0, 184.2, 726.5))
    return p


def test_a_note_under_its_separator_below_a_small_table():
    p = _page()
    split_footnotes(p)
    assert [(n.mark, n.text) for n in p.footnotes] == [("3", NOTE[2:])]
    assert p.footnotes[0].call is p.lines[0].words[-1]
    assert len(p.lines) == 41 and not any(ln.text.startswith("3 Montants") for ln in p.lines)


def test_without_separator_or_call_the_line_stays_in_the_body():
    for p in (_page(separator=False), _page(call=False), _page(border=True)):
        split_footnotes(p)
        assert p.footnotes == [] and len(p.lines) == 42
