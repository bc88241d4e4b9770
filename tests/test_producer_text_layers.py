"""Text layers as other producers write them read as the tidy one they were rewritten from.

A small page is typeset with reportlab (one text object per line, spaces drawn) and rewritten
by corpora/generator2/producers.py with one quirk at a time: glyphs or words as text objects
of their own, spaces left out, drawing out of reading order, fake bold, an invisible OCR
layer, white-covered old lines, text outside the page, in an empty clip or outside the
CropBox, a page stored turned. The lines read from every rewrite must be the lines drawn
(gold by construction).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2.producers import Quirks, rewrite  # noqa: E402

from convention_parser.text.reader import read_document  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

HEAD = "Mairie de Saint-Amand - Conseil municipal"
LINES = [
    ("bold", "DÉLIBÉRATION N° 2024-045 : Subvention exceptionnelle"),
    ("plain", "Présents : Mme Marie DUPONT, M. Jean MARTIN, Mme Lucie PETIT,"),
    ("plain", "M. Karim BENALI, Mme Sophie LEROY, M. Paul GARNIER."),
    ("plain", "Absents excusés : M. Louis ROBIN (pouvoir à Mme DUPONT)."),
    ("plain", "Le montant de l'opération s'élève à 1 250 000,00 € hors taxes."),
    ("bold", "Le Conseil municipal, après en avoir délibéré, DÉCIDE :"),
    ("plain", "Article 1 : d'attribuer la subvention à l'association."),
    ("plain", "Adopté à l'unanimité des suffrages exprimés."),
]
FOOT = "Page 1/1"

PLAIN = Quirks(unit="line", spaces=False, order="", bold="", invisible="", ligatures=False,
               cover=0, outside="", crop=False, rotate=False, jitter=0.0)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    if not FONT.exists():
        pytest.skip("DejaVu fonts not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", str(FONT)))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_BOLD)))
    path = tmp_path_factory.mktemp("producer") / "source.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("DV", 8)
    c.drawString(60, 805, HEAD)
    y = 740
    for style, text in LINES:
        c.setFont("DVB" if style == "bold" else "DV", 11)
        c.drawString(60, y, text)
        y -= 16
    c.setFont("DV", 8)
    c.drawString(280, 30, FOOT)
    c.save()
    return path


def read_lines(path: Path) -> list[str]:
    doc = read_document(path)
    return [" ".join(w.text for w in line.words) for page in doc.pages for line in page.lines]


GOLD = [HEAD] + [t for _, t in LINES]   # the page number is furniture, out of the lines


def test_source_reads_as_drawn(source):
    assert read_lines(source) == GOLD


CASES = {
    "glyph objects, no spaces": dict(unit="glyph", spaces=True),
    "word objects, no spaces, jitter": dict(unit="word", spaces=True, jitter=0.5),
    "lines without space glyphs": dict(unit="line", spaces=True),
    "words at font size 1, scaled by the matrix": dict(unit="word", spaces=True, unit_size=True),
    "glyphs shuffled": dict(unit="glyph", spaces=True, order="shuffle"),
    "words column by column": dict(unit="word", spaces=True, order="columns"),
    "furniture last, reversed": dict(unit="word", spaces=True, order="reverse"),
    "fake bold drawn twice": dict(unit="word", spaces=True, bold="double"),
    "bold in stroke mode": dict(bold="stroke"),
    "invisible OCR layer under": dict(invisible="under"),
    "invisible OCR layer over glyphs": dict(unit="glyph", spaces=True, invisible="over"),
    "white-covered old lines": dict(cover=2),
    "white-covered lines, words drawn after": dict(unit="word", spaces=True, order="furniture_last", cover=4),
    "text outside the page": dict(outside="page"),
    "text in an empty clip": dict(outside="clip"),
    "bleed outside the CropBox": dict(crop=True),
    "page stored turned": dict(rotate=True, crop=True),
    "everything at once": dict(unit="glyph", spaces=True, order="shuffle", bold="double",
                               invisible="over", cover=2, outside="page", crop=True, rotate=True,
                               jitter=0.4),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rewritten_layer_reads_as_the_source(source, tmp_path, case):
    dst = tmp_path / "rewritten.pdf"
    rewrite(source, dst, seed=7, quirks=replace(PLAIN, **CASES[case]))
    assert read_lines(dst) == GOLD


def test_ligatures_mapped_to_presentation_forms(tmp_path):
    """A ligature glyph whose ToUnicode says U+FB01 ("ﬁ") reads as its letters (pdfium's text
    page decomposes the presentation forms: pinned, no reader of ours does it)."""
    if not FONT.exists():
        pytest.skip("DejaVu fonts not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", str(FONT)))
    path = tmp_path / "lig.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("DV", 11)
    c.drawString(60, 700, "Le plan de \ufb01nancement est a\ufb00iché en mairie, \ufb02échage compris.")
    c.save()
    assert read_lines(path) == ["Le plan de financement est affiché en mairie, fléchage compris."]


def test_white_patch_over_part_of_a_line(tmp_path):
    """An edited PDF: the old words of a line covered by a white rectangle, the new ones printed
    over it. The old words are gone, the patch frames nothing: the line reads whole, in order,
    wherever it stands on the page (24 patched lines 25 points apart: every offset of a line
    against any grid the reader may bin the page in, to a point)."""
    if not FONT.exists():
        pytest.skip("DejaVu fonts not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DV", str(FONT)))
    path = tmp_path / "patch.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("DV", 11)
    head, new, tail = "sous la présidence de ", "M. Jean MARTIN", f", Maire, séance n° "
    gold = []
    for k in range(24):
        y = 790 - 25 * k
        c.drawString(60, y, head)
        x = 60 + pdfmetrics.stringWidth(head, "DV", 11)
        c.drawString(x, y, "Mme Anne ROUX")                     # the old words
        c.setFillColorRGB(1, 1, 1)
        w = pdfmetrics.stringWidth("Mme Anne ROUX", "DV", 11)
        c.rect(x - 1, y - 4, w + 2, 11, stroke=0, fill=1)       # the patch, lower than the glyph boxes
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, new)
        c.drawString(x + pdfmetrics.stringWidth(new, "DV", 11), y, tail + str(k + 1))
        gold.append(head + new + tail + str(k + 1))
    c.save()
    assert read_lines(path) == gold


NARROW = Path("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf")


@pytest.mark.parametrize("unit", ["glyph", "word"])
def test_signs_a_space_apart_without_space_glyphs(tmp_path, unit):
    """Signs and one-letter words each a word space apart, the spaces undrawn and narrow (a
    narrow face's space is a fifth of an em, within letter-spacing's range): words, not one
    letter-spaced run ("présent–E:excusé", "P/E/A")."""
    if not NARROW.exists():
        pytest.skip("Liberation Sans Narrow not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("LSN", str(NARROW)))
    gold = ["P : présent – E : excusé – A : absent – P / E / A",
            "Votes : Pour : 17 – Contre : 2 – Abstention : 1 – Ne prend pas part : 0"]
    src = tmp_path / "signs.pdf"
    c = canvas.Canvas(str(src), pagesize=(595, 842))
    c.setFont("LSN", 11)
    c.drawString(60, 700, gold[0])
    c.drawString(60, 684, gold[1])
    c.save()
    assert read_lines(src) == gold
    dst = tmp_path / "rewritten.pdf"
    rewrite(src, dst, seed=3, quirks=replace(PLAIN, unit=unit, spaces=True))
    assert read_lines(dst) == gold


@pytest.mark.parametrize("unit", ["glyph", "word"])
def test_cells_with_their_own_word_spacing_without_space_glyphs(tmp_path, unit):
    """A row of two cells, a name at its normal spacing beside a line justified wide, spaces
    undrawn: each cell's words broken at its own spacing ("Pierre DELANNOY", not one word)."""
    if not NARROW.exists():
        pytest.skip("Liberation Sans Narrow not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("LSN", str(NARROW)))
    src = tmp_path / "cells.pdf"
    c = canvas.Canvas(str(src), pagesize=(595, 842))
    gold = []
    for k, (name, words) in enumerate([("Pierre DELANNOY", "48 Autorisation de signer le marché"),
                                       ("Anne MARTIN", "49 Convention de gestion urbaine"),
                                       ("Paul ROUX", "50 Subvention au centre social")]):
        y = 700 - 16 * k
        c.setFont("LSN", 9)
        c.drawString(60, y, name)
        x = 220
        for w in words.split():                 # justified wide: 0.7 em between words
            c.drawString(x, y, w)
            x += pdfmetrics.stringWidth(w, "LSN", 9) + 0.7 * 9
        gold.append(name + " " + words)
    c.save()
    assert read_lines(src) == gold
    dst = tmp_path / "rewritten.pdf"
    rewrite(src, dst, seed=5, quirks=replace(PLAIN, unit=unit, spaces=True))
    assert read_lines(dst) == gold
