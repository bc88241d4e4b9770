"""Scanned minutes set in three columns (rapporteur | number | subject, the vote under the
subject), as the real Montpellier minutes print them, with what OCR and the layout do to them:

- an item number OCR misread, printed here as OCR read it: "9" where 2 is due (no rapporteur
  beside it), "S" where 5 is due (right after a withdrawn item, "Affaire retirée", that decides
  nothing); each is the missing number of its gap, read as such;
- a motion numbered out of the run ("95  Vœu …") before item 1: an item of its own;
- lines under a title that are no part of it: a member leaving before the vote ("Madame le Maire
  ne participant pas au vote, sort de séance."), an election's result ("Liste proposée par … :
  40 voix", "A été élu : …");
- (text layer, three pages) the vote lines closing each item ("Pour : 45" / "Adopté à
  l'unanimité") left at the foot of every page: the body's, not a running footer.

The scan: the page typeset with reportlab, rendered at 150 dpi in grey, saved as an image-only
PDF (no text layer), so the page is read by OCR."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402
from scan_pages import draw_lines, scanned_pdf  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

HEAD = [
    "Ville de Sainte-Aulde",
    "Compte-rendu du Conseil municipal",
    "Séance publique du lundi 16 mars 2026",
    "Présents : Anne DURAND, Paul MARTIN, Luc PETIT, Marie ROUX, Hélène VIDAL.",
]

# (rapporteur, number as printed, title lines, lines under the title, vote lines)
ITEMS = [
    ("", "95", ["Vœu du Conseil municipal relatif à la desserte ferroviaire"], [],
     ["Pour : 40", "Contre : 5", "Adopté à la majorité"]),
    ("Paul MARTIN", "1", ["Compte administratif 2025 de la Ville - Budget principal"],
     ["Madame le Maire ne participant pas au vote, sort de séance."],
     ["Pour : 44", "Adopté à l'unanimité"]),
    ("", "9", ["Subvention exceptionnelle au club de rugby de la Ville"], [],
     ["Pour : 43", "Contre : 2", "Adopté à la majorité"]),
    ("Anne DURAND", "3", ["Programme de vidéoprotection urbaine année 2026"], [],
     ["Pour : 45", "Adopté à l'unanimité"]),
    ("Anne DURAND", "4", ["Affaire retirée"], [], []),
    ("Luc PETIT", "S", ["Partage et réutilisation des données publiques"], [],
     ["Pour : 45", "Adopté à l'unanimité"]),
    ("Luc PETIT", "6", ["Commission d'appel d'offres - Election des membres"],
     ["Liste proposée par Madame le Maire : 40 voix", "Liste proposée par Monsieur Roux : 5 voix"],
     ["Pour : 45", "Adopté à l'unanimité"]),
    ("Marie ROUX", "7", ["Commission locale d'information - désignation du représentant"],
     ["A été élu :", "Monsieur Luc Petit"],
     ["Pour : 45", "Adopté à l'unanimité"]),
]


def _draw_items(c, items, y: float, font: str, pitch: float = 14.0) -> float:
    for rapporteur, number, title, under, vote in items:
        c.setFont(font + "Bd", 8)
        c.drawString(40, y, rapporteur)
        c.setFont(font, 10)
        c.drawRightString(140, y, number)
        for line in title + under + vote:
            c.drawString(155, y, line)
            y -= pitch
        y -= pitch
    return y


def _draw(c, font: str) -> None:
    y = draw_lines(c, font, HEAD[:3], 40, 800.0, 12, 20)
    y = draw_lines(c, font, HEAD[3:], 40, y, 10, 20)
    _draw_items(c, ITEMS, y - 16, font)


def _scan(tmp_path):
    return scanned_pdf(_draw, tmp_path / "scan.pdf", 150)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    if ocr_mod.check_tesseract():
        pytest.skip("Tesseract (fra) missing")
    result = parse_pdf(_scan(tmp_path_factory.mktemp("scan")))
    assert result.source.text_source == "ocr"
    return _items(result)


def _items(result) -> dict[str, dict]:
    """number -> (subject, for, against, result) of each deliberation part."""
    out = {}
    for p in result.parts:
        if p.kind == "deliberation":
            md, vote = p.metadata, p.metadata.get("vote") or {}
            out[md["number"]] = (md["subject"], vote.get("for"), vote.get("against"), vote.get("result"))
    return out


@needs_tesseract
def test_misread_and_out_of_run_numbers_are_items(scanned):
    """"9" between 1 and 3 is item 2, "S" after the withdrawn 4 is item 5, "95" before 1 is
    an item (without the fix: 2 and 5 lost, their votes read into the item before; 95 lost)."""
    assert {"95", "1", "2", "3", "5", "6", "7"} <= set(scanned)
    assert scanned["2"][:3] == ("Subvention exceptionnelle au club de rugby de la Ville", 43, 2)
    assert scanned["5"][:3] == ("Partage et réutilisation des données publiques", 45, None)
    assert scanned["95"][:3] == ("Vœu du Conseil municipal relatif à la desserte ferroviaire", 40, 5)
    # item 1's vote is its own, not item 2's read into it
    assert scanned["1"][1:3] == (44, None)


@needs_tesseract
def test_lines_under_a_title_are_not_its_subject(scanned):
    assert scanned["1"][0] == "Compte administratif 2025 de la Ville - Budget principal"
    assert scanned["6"][0] == "Commission d'appel d'offres - Election des membres"
    assert scanned["7"][0] == "Commission locale d'information - désignation du représentant"


def test_vote_lines_at_every_page_foot_are_the_body(tmp_path):
    """Three pages of items whose last item's vote lines fall at the same height at each page's
    foot: "Pour : 45" / "Adopté à l'unanimité" are the body's (printed under every item), not a
    running footer (without the fix the foot's vote was taken out of the last item)."""
    pdf = tmp_path / "minutes.pdf"
    c = new_canvas(pdf)
    font = unicode_font()
    number = 0
    for page in range(3):
        y = 800.0
        if page == 0:
            for line in HEAD:
                c.setFont(font, 10)
                c.drawString(40, y, line)
                y -= 20
        items = []
        while True:
            number += 1
            items.append(("Luc PETIT", str(number), [f"Subvention à l'association numéro {number}"], [],
                          [f"Pour : {40 + number}", "Adopté à l'unanimité"]))
            if y - 72 * len(items) < 110:
                break
        # the last item's vote lines at the very same height on every page, set apart from
        # the line above by more than half a line (as a footer is)
        _draw_items(c, items, 64 + 72 * len(items) - 18, font, pitch=18.0)
        c.showPage()
    c.save()
    result = parse_pdf(pdf)
    parts = _items(result)
    assert set(parts) == {str(k) for k in range(1, number + 1)}
    for k in range(1, number + 1):
        assert parts[str(k)][1:] == (40 + k, None, "unanimity"), k
