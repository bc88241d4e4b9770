"""Glyphs OCR confuses on a scan (text/ocr_glyphs.py).

A scanned attendance list whose gendered label OCR reads with braces ("Excusé(e}s :",
"Absent{e})s :", dev scans 4702 at 100 dpi and 4718 at 96 dpi): the label is still a
label and its list is read.

The page: a deliberation's head typeset with reportlab, scanned at 150 dpi (the scan
benchmark's degradation); Tesseract's reading of it is kept, with the parentheses of the
labels' words turned into braces as Tesseract reads them at 100 dpi (a 100 dpi page does
not give the same confusion twice: the test fixes it).

A vote whose zeros OCR reads as the letter O ("Contre : O - Abstention : O", dev signed
scans 4708 and 4707 at 100 dpi): the counts are still 0."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, session_lines, typeset_page  # noqa: E402
from scans import scan  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import tesseract_io  # noqa: E402
from convention_parser.text.ocr_glyphs import parentheses, zeros  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

EXCUSED = ["Sophie TESSIER", "Alain OUDART", "Mehdi LEFÈVRE"]
ABSENT = ["Élodie GUERIN", "Guillaume BERNARD"]
LINES = session_lines("Saint-Aulde", [
    "Présent(e)s : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL",
    "Excusé(e)s : " + ", ".join(EXCUSED),
    "Absent(e)s : " + ", ".join(ABSENT),
], ["Votants : 19 - Pour : 19 - Contre : 0 - Abstention : 0", "La délibération est adoptée à l'unanimité."])


def test_braces_inside_a_word_are_its_parentheses():
    assert parentheses("Excusé(e}s") == "Excusé(e)s"
    assert parentheses("Absent{e})s") == "Absent(e)s"       # one parenthesis read as two glyphs
    assert parentheses("{e}") == "(e)"
    assert parentheses("élu(e}") == "élu(e)"
    assert parentheses("({pouvoir") == "(pouvoir"
    # a word of braces and bars only is a rule read as glyphs, left for the rule check
    assert parentheses("{|") == "{|"
    assert parentheses("(pouvoir") == "(pouvoir"           # nothing to do


def test_zeros_read_as_o_where_a_count_stands():
    assert zeros("Votants : 19 - Pour : 19 - Contre : O - Abstention : O".split())[-5:] == [
        "Contre", ":", "0", "-", "Abstention", ":", "0"][-5:]
    assert zeros("par 21 voix pour, O voix contre et 1O abstentions.".split()) == \
        "par 21 voix pour, 0 voix contre et 10 abstentions.".split()
    assert zeros(["Contre:", "o"]) == ["Contre:", "0"]
    # an O that is a letter stays one: a name, a word, a lone O not standing for a count
    assert zeros("Madame O DUPONT, NOM Objet O".split()) == "Madame O DUPONT, NOM Objet O".split()


def _braced(read):
    """Tesseract as it reads such lines at 100 dpi: "(" read "{", ")" read "})", a
    vote's zeros read "O"."""
    def image_to_data(image, lang, psm):
        data = read(image, lang, psm)
        data["text"] = [t.replace("(e)", "{e})") if t and t.startswith(("Excus", "Absent", "Présent")) else t
                        for t in data["text"]]
        data["text"] = ["O" if t == "0" else t for t in data["text"]]
        return data
    return image_to_data


@needs_tesseract
def test_a_label_read_with_braces_heads_its_list_and_zeros_read_o_count(tmp_path, monkeypatch):
    from convention_parser.pipeline import parse_pdf

    typeset = typeset_page(lambda c, font: draw_lines(c, font, LINES, 50, 790, 10, 17), tmp_path / "page.pdf")
    pdf = scan(typeset, tmp_path / "scan.pdf", dpi=150, noise=5.0, seed=4)
    monkeypatch.setattr(tesseract_io, "image_to_data", _braced(tesseract_io.image_to_data))
    result = parse_pdf(str(pdf))
    parts = [p for p in result.parts if p.kind == "deliberation"]
    assert len(parts) == 1
    meta = parts[0].metadata
    assert [e["name"] for e in meta["excused"]] == EXCUSED
    assert meta["absent"] == ABSENT
    assert meta["vote"]["for"] == 19 and meta["vote"]["against"] == 0 and meta["vote"]["abstention"] == 0
