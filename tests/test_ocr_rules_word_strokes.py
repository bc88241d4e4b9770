"""A framed stamp in the margin beside the body, its first line bold, scanned at 96 dpi
(text/ocr_rules.py): the bold line's blot gives a "rule" inside the frame, so the frame
was no box and Tesseract's rows ran the stamp's lines into the body's ("Accusé de
réception en préfecture 2 632 311 € et qu'il convient …", dev low-dpi scan 4716). The
strokes of words read over them are no rules: the frame is a box, its lines read apart.

The page: body lines typeset with reportlab, the ACTES receipt framed at the bottom left
with the body set beside it, rendered at 96 dpi on grey paper with noise and blur."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402
from scans import scan  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.model import Word  # noqa: E402
from convention_parser.text.ocr_rules import word_strokes  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

STAMP = ["Accusé de réception en préfecture", "024-269909355-20200428-DEL2020-97-DE",
         "Date de télétransmission : 28/04/2020", "Date de réception préfecture : 28/04/2020"]
BODY = ["Considérant que le montant de l'opération s'élève à",
        "2 632 311 euros et qu'il convient d'en arrêter le plan de",
        "financement, le Conseil municipal approuve le projet."]


def test_a_rule_inside_the_words_over_it_is_their_stroke():
    bold = [Word("Accusé", 32, 748, 59, 762), Word("de", 63, 748, 72, 762), Word("réception", 75, 748, 112, 762)]
    stroke = (33.0, 756.5, 111.0, 757.0)            # the top of the x-height, word to word
    underline = (33.0, 762.5, 111.0, 763.0)         # at the words' foot
    frame = (28.0, 743.0, 213.0, 743.5)             # above them, along the frame
    table = (20.0, 752.0, 300.0, 752.5)             # runs far past the words
    assert word_strokes([stroke, underline, frame, table], [bold]) == [underline, frame, table]
    vertical = (29.0, 742.0, 29.5, 800.0)
    assert word_strokes([vertical], [bold]) == [vertical]


def _page(path):
    c = new_canvas(path)
    font = unicode_font()
    c.setFont(font, 11)
    y = 700.0
    for line in ["Vu le Code général des collectivités territoriales,",
                 "Mme Marie-Laure CARPENTIER expose que le dossier a été examiné en commission."]:
        c.drawString(62, y, line)
        y -= 18
    y -= 6
    for line in BODY:
        c.drawString(228, y, line)
        y -= 16
    # the stamp: a frame at the bottom left, beside the body's lines, its first line bold
    first = 700.0 - 18 * 2 - 6 - 16               # on the body's second line, as Word sets it
    c.setLineWidth(0.8)
    c.rect(29, first - 46, 190, 58, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(33, first, STAMP[0])
    c.setFont("Helvetica", 7.5)
    for k, line in enumerate(STAMP[1:], 1):
        c.drawString(33, first - 12 * k, line)
    c.save()
    return path


@needs_tesseract
def test_a_framed_stamp_beside_the_body_is_read_apart(tmp_path):
    from convention_parser.text import read_document

    pdf = scan(_page(tmp_path / "p.pdf"), tmp_path / "s.pdf", dpi=96, noise=4.0, blur=0.7, jpeg=80, seed=2)
    lines = [ln.text for page in read_document(pdf).pages for ln in page.lines]
    body = [t for t in lines if "plan de" in t]
    assert len(body) == 1
    assert body[0].startswith("2 632 311")           # not run into the stamp's bold line
    assert not any("préfecture" in t and "plan" in t for t in lines)
