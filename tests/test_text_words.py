"""Layer 1, inside a line: word breaks, fake bold, bullets, hyphenation."""

import sys
from pathlib import Path

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, place, unicode_font  # noqa: E402

from convention_parser.text import read_document  # noqa: E402


def texts(doc, page=0):
    return [ln.text for ln in doc.pages[page].lines]


def test_word_breaks_follow_the_lines_own_spacing(tmp_path):
    pdf = tmp_path / "spacing.pdf"
    c = new_canvas(pdf)
    # Justified, letter-spaced line, no space glyphs: a stray gap inside
    # "Présents" (0.1 em more) is far below the stretched word gap (0.35 em).
    place(c, 72, 700, "Présents : Monsieur COTTIGNY, Monsieur LEROY", size=11,
          char_gap=0.2, word_gap=0.35 * 11 + 0.2, extra={7: 1.1})
    # Ordinary text with space glyphs, except one space drawn narrow (0.16
    # em, no glyph): the words must not glue.
    x = place(c, 72, 680, "le Conseil de Pas-de-Calais", size=11, draw_spaces=True)
    place(c, x + 0.16 * 11, 680, "habitat a autorisé", size=11, draw_spaces=True)
    # A capital set a little apart from its word ("C ommon").
    place(c, 72, 660, "Common ground", size=11, extra={1: 0.9}, draw_spaces=True)
    c.save()
    doc = read_document(pdf)
    assert texts(doc) == ["Présents : Monsieur COTTIGNY, Monsieur LEROY",
                          "le Conseil de Pas-de-Calais habitat a autorisé",
                          "Common ground"]


def test_letter_spaced_title_stays_words(tmp_path):
    pdf = tmp_path / "title.pdf"
    c = new_canvas(pdf)
    # Wide tracking (3 pt at 14 pt): the gap inside words is large, spaces larger.
    place(c, 72, 700, "OBJET DE L'AVENANT", size=14, char_gap=3.0, draw_spaces=True)
    c.save()
    assert texts(read_document(pdf)) == ["OBJET DE L'AVENANT"]


def test_fake_bold_doubled_glyphs_are_deduplicated(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = tmp_path / "fakebold.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 12)
    for dx in (0, 0.35):                      # the whole run drawn twice
        c.drawString(72 + dx, 700, "Article 2 : Objet")
    x = 72
    for ch in "Fait double":                  # every glyph drawn twice
        c.drawString(x, 680, ch)
        c.drawString(x + 0.4, 680, ch)
        x += stringWidth(ch, "Helvetica", 12)
    c.drawString(72, 660, "Texte normal")
    c.save()
    lines = read_document(pdf).pages[0].lines
    assert [ln.text for ln in lines] == ["Article 2 : Objet", "Fait double", "Texte normal"]


def test_dedupe_keeps_real_double_letters():
    from convention_parser.text.chars import Char, dedupe_fake_bold

    def ch(t, x):
        return Char(t, x, 0, x + 6, 12, 10, 12, False, False, "F")

    # "elle" drawn twice with a 0.3 pt offset: 8 glyphs -> "elle", bold.
    row = sorted([ch(t, x + dx) for dx in (0, 0.3) for t, x in zip("elle", (0, 6, 9, 12))],
                 key=lambda c: c.x0)
    kept = dedupe_fake_bold(row)
    assert "".join(c.text for c in kept) == "elle"
    assert all(c.bold for c in kept)
    single = [ch(t, x) for t, x in zip("elle", (0, 6, 9, 12))]
    assert "".join(c.text for c in dedupe_fake_bold(single)) == "elle"


def test_dedupe_keeps_both_letters_of_a_ligature():
    # LibreOffice sets "tt"/"ff" as one ligature glyph with Carlito; pdfium reports two
    # characters with the very same box ("attributions", "effet"). A 0.3 pt copy of the
    # whole word is still fake bold.
    from convention_parser.text.chars import Char, dedupe_fake_bold

    def ch(t, x0, x1):
        return Char(t, x0, 0, x1, 12, 10, 12, False, False, "Carlito")

    word = [ch("a", 0, 5), ch("t", 5, 11), ch("t", 5, 11), ch("r", 11, 14), ch("i", 14, 16)]
    assert "".join(c.text for c in dedupe_fake_bold(list(word))) == "attri"
    effet = [ch("e", 0, 5), ch("f", 5, 12), ch("f", 5, 12), ch("e", 12, 17), ch("t", 17, 20)]
    assert "".join(c.text for c in dedupe_fake_bold(effet)) == "effet"
    shadow = sorted([ch(c.text, c.x0 + dx, c.x1 + dx) for dx in (0, 0.3) for c in word[:2] + word[3:]],
                    key=lambda c: c.x0)
    kept = dedupe_fake_bold(shadow)
    assert "".join(c.text for c in kept) == "atri" and all(c.bold for c in kept)


def test_bullets_are_normalised(tmp_path):
    pdf = tmp_path / "bullets.pdf"
    c = new_canvas(pdf)
    font = unicode_font()
    c.setFont("ZapfDingbats", 11)
    c.drawString(72, 700, "n")                       # a symbol-font square
    c.setFont("Helvetica", 11)
    c.drawString(90, 700, "le financement d'une opération")
    c.setFont(font, 11)
    c.drawString(72, 680, "• deuxième point")
    c.drawString(72, 660, "– troisième point")
    c.drawString(90, 640, "o sous-point")
    c.drawString(72, 620, "-3 % de logements")         # a sign, not a bullet
    c.drawString(72, 600, "Ordinaire")
    c.save()
    lines = read_document(pdf).pages[0].lines
    got = [(ln.list_item, ln.bullet, ln.text) for ln in lines]
    assert got == [
        (True, "■", "le financement d'une opération"),
        (True, "•", "deuxième point"),
        (True, "–", "troisième point"),
        (True, "o", "sous-point"),
        (False, "", "-3 % de logements"),
        (False, "", "Ordinaire"),
    ]


def test_private_use_bullet_glyph(tmp_path):
    from convention_parser.text.bullets import mark_bullet
    from convention_parser.text.model import Line, Word

    line = Line(words=[Word("\uf0b7", 72, 100, 78, 110), Word("le", 90, 100, 100, 110)], page=1)
    mark_bullet(line)
    assert (line.list_item, line.bullet, line.text) == (True, "\uf0b7", "le")


def test_hyphenation_joined_with_evidence_and_provenance(tmp_path):
    pdf = tmp_path / "hyphen.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 11)
    lines = ["Le programme de renou-", "vellement urbain du Pas-", "de-Calais concerne Loos-",
             "en-Gohelle et Madame Meyfroidt-", "Lefait ainsi que celle-", "ci et la contre-",
             "partie versée en contrepartie des droits."]
    for i, text in enumerate(lines):
        c.drawString(72, 700 - 14 * i, text)
    c.save()
    page = read_document(pdf).pages[0]
    assert [ln.text for ln in page.lines] == [
        "Le programme de renouvellement", "urbain du Pas-de-Calais", "concerne Loos-en-Gohelle",
        "et Madame Meyfroidt-Lefait", "ainsi que celle-ci", "et la contrepartie",
        "versée en contrepartie des droits."]
    word = page.lines[0].words[-1]
    assert word.text == "renouvellement"
    assert word.continued is not None and word.continued.text == "vellement"
    assert word.continued_page == 1
    # The fragment keeps the box of the second printed line.
    assert abs(word.continued.top - word.top - 14) < 1.5
    assert word.continued.x0 < 80


def test_keep_hyphen_rules():
    from collections import Counter

    from convention_parser.text.hyphenation import keep_hyphen

    vocab = Counter({"bien-fondé": 1, "renouvellement": 2})
    assert keep_hyphen("bien", "fondé", vocab)             # the document says so
    assert not keep_hyphen("renou", "vellement,", vocab)
    assert keep_hyphen("MEYFROIDT", "LEFAIT", Counter())  # all caps names
    assert keep_hyphen("Saint", "Denis", Counter())       # capitalised part
    assert keep_hyphen("Loos", "en-Gohelle", Counter())   # link word in a name
    assert not keep_hyphen("opéra", "tion", Counter())


def test_cells_drawn_without_a_space_are_separate_words(tmp_path):
    # A table header printed cell by cell, no space glyph between cells: the
    # wide gutters must not set the row's word gap, so two cells set 0.9 em
    # apart ("Surface" | "Programme envisagé") are still two words.
    pdf = tmp_path / "cells.pdf"
    c = new_canvas(pdf)
    size = 8
    x = place(c, 50, 700, "Site", size=size)
    x = place(c, x + 65, 700, "Commune / Bénéficiaire", size=size, draw_spaces=True)
    x = place(c, x + 30, 700, "Surface", size=size)
    x = place(c, x + 0.9 * size, 700, "Programme envisagé", size=size, draw_spaces=True)
    place(c, x + 30, 700, "Date", size=size)
    # A unit glued to the next cell's text ("m²" | "en accession").
    x = place(c, 50, 680, "120 m²", size=size, draw_spaces=True)
    place(c, x + 0.95 * size, 680, "en accession", size=size, draw_spaces=True)
    c.save()
    doc = read_document(pdf)
    words = [[w.text for w in ln.words] for ln in doc.pages[0].lines]
    assert ["Surface", "Programme", "envisagé"] == [w for ln in words for w in ln
                                                   if w in ("Surface", "Programme", "envisagé")]
    assert any(ln[:2] == ["120", "m²"] and "en" in ln for ln in words), words


def test_a_cell_border_between_two_glyphs_splits_the_word(tmp_path):
    # Two cells' texts 0.6 pt apart (less than any word gap) with a dashed
    # vertical border drawn between them: the rule, not the gap, decides.
    pdf = tmp_path / "border.pdf"
    c = new_canvas(pdf)
    size = 10
    x = place(c, 60, 700, "Commune", size=size)
    border = x + 0.3
    place(c, x + 0.6, 700, "Montant total", size=size, draw_spaces=True)
    c.setLineWidth(0.5)
    c.setDash(1, 1)
    c.line(border, 690, border, 714)
    c.save()
    doc = read_document(pdf)
    words = [w.text for ln in doc.pages[0].lines for w in ln.words]
    assert words == ["Commune", "Montant", "total"], words


def test_narrow_gutter_is_a_break_when_the_row_has_no_word_space(tmp_path):
    pdf = tmp_path / "gutters.pdf"
    c = new_canvas(pdf, size=(842.0, 595.0))
    # One line of a table header, no space glyph: four words in cells far
    # apart (gutters of 10 to 15 em) but two "ANRU" only 2 em apart. The
    # line gives no word spacing to measure; every gutter is a break.
    for x, word in ((60, "ts"), (180, "ANRU"), (180 + 23.5 + 16, "ANRU"), (380, "opérati")):
        place(c, x, 500, word, font="Helvetica-Bold", size=8)
    c.save()
    words = [w.text for ln in read_document(pdf).pages[0].lines for w in ln.words]
    assert words == ["ts", "ANRU", "ANRU", "opérati"]


def test_letter_spaced_line_without_space_glyphs_stays_words(tmp_path):
    pdf = tmp_path / "tracked.pdf"
    c = new_canvas(pdf)
    # Tracking 0.25 em and word gaps of 1.4 em, no space glyph (no gap in the
    # word-space range): words split at the word gaps only, never into
    # letters, even with a stray 0.1 em inside "CONVENTION".
    place(c, 72, 700, "OBJET DE LA CONVENTION", size=12, char_gap=3.0, word_gap=3.0 + 0.9 * 12,
          extra={15: 1.2})
    # An ordinary line beneath it, with space glyphs.
    place(c, 72, 670, "Taux de subvention ANRU", size=9, draw_spaces=True)
    c.save()
    assert texts(read_document(pdf)) == ["OBJET DE LA CONVENTION", "Taux de subvention ANRU"]
