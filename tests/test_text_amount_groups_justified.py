"""Two things a redline's justified paragraph showed (avenant style ``marques``), glyphs and words
placed for the test, gold by construction:

- an amount's digit groups set with narrow no-break spaces (0.15 of a size, which justification
  does not stretch) in a line whose word spaces grew to most of a size: the row's word-break
  threshold rose above the groups' gaps and "5 993 000,00 €" read "5993000,00€" (text/words.py);
  each group is a word, as in a ragged line;
- a "[supprimé : …]" mark set against the kept word before it, no space between
  ("Brêche.[supprimé : … ]"): the mark goes, the kept word stays (text/revisions.drop_bracketed)."""

from convention_parser.text.chars import Char
from convention_parser.text.model import Line, Page, Word
from convention_parser.text.revisions import drop_bracketed
from convention_parser.text.words import make_words

SIZE = 12.0


def _row(pieces: list[tuple[str, float]]) -> list[Char]:
    """Glyphs 0.55 of a size wide, touching; each piece starts after the gap given."""
    out, x = [], 50.0
    for text, gap in pieces:
        x += gap
        for ch in text:
            w = 0.55 * SIZE
            out.append(Char(ch, x, 90.0, x + w, 102.0, 100.0, SIZE, False, False, "F"))
            x += w
    return out


def test_amount_groups_in_a_justified_line_are_words():
    thin, space = 0.15 * SIZE, 0.75 * SIZE
    row = _row([("quartier", 0), ("La", space), ("Madeleine,", space), ("5", space), ("993", thin), ("000,00", thin),
                ("€", thin), ("pour", space), ("le", space), ("quartier", space)])
    assert [w.text for w in make_words(row)] == ["quartier", "La", "Madeleine,", "5", "993", "000,00", "€", "pour",
                                                 "le", "quartier"]


def test_figures_whose_digits_touch_stay_one_word():
    row = _row([("2023", 0), ("1880000", 0.3 * SIZE), ("12,5%", 0.3 * SIZE)])
    assert [w.text for w in make_words(row)] == ["2023", "1880000", "12,5%"]


def test_a_deletion_mark_against_the_kept_word_before_it_goes_alone():
    texts = ["réemploi", "des", "matériaux.", "Brêche.[supprimé", ":", "Le", "diagnostic", "partagé.]", "La", "gestion"]
    words, x = [], 50.0
    for t in texts:
        words.append(Word(t, x, 100, x + 6 * len(t), 110, size=10))
        x += 6 * len(t) + 3
    page = Page(1, 595, 842, lines=[Line(words=words, page=1)])
    drop_bracketed([page])
    assert page.lines[0].text == "réemploi des matériaux. Brêche. La gestion"
    assert " ".join(w.text for w in page.struck) == "[supprimé : Le diagnostic partagé.]"
