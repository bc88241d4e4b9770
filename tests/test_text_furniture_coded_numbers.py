"""Minutes setting one deliberation a page open each page with its number by thematic code
("N° 2016/NPRU/032", "N° 2016/TRX/033", …): the year repeats at the same place, the code and the
rank change: content, not a running header (text/furniture.py). Pages built for the test, gold
by construction; a header that repeats the same coded reference on every page stays furniture."""

from __future__ import annotations

import pytest

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word


def _line(page: int, top: float, x: float, text: str, size: float = 10.5, bold: bool = False) -> Line:
    words, x0 = [], x
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x0, top, x0 + w, top + size, size=size, bold=bold, base=top + 0.8 * size))
        x0 += w + 0.3 * size
    return Line(words=words, page=page)


def _page(number: int, top_line: str) -> Page:
    p = Page(number=number, width=595.0, height=842.0)
    p.lines = [_line(number, 73.0, 43.0, top_line, bold=True),
               _line(number, 89.0, 43.0, f"OBJET : {SUBJECTS[number - 1]}")]
    p.lines += [_line(number, 105.0 + 15 * k, 43.0, f"Texte du paragraphe {k} de la page {number}.")
                for k in range(30)]
    return p


CODES = ["FIN", "NPRU", "TRX", "NPRU", "AG", "FIN", "NPRU"]
SUBJECTS = ["Admission en non-valeur", "Convention de gestion urbaine", "Travaux de voirie",
            "Avenant à la convention", "Règlement intérieur", "Orientations budgétaires", "Cession d'un terrain"]


@pytest.mark.parametrize("sep", ["/", "-"])
def test_numbers_by_thematic_code_atop_pages_stay_in_the_body(sep):
    numbers = [f"N° 2016{sep}{code}{sep}{31 + k:03d}" for k, code in enumerate(CODES)]
    pages = [_page(k + 1, n) for k, n in enumerate(numbers)]
    split_furniture(pages)
    assert [p.lines[0].text for p in pages] == numbers
    assert all(not p.header for p in pages)


def test_the_same_coded_reference_on_every_page_is_a_running_header():
    pages = [_page(k + 1, "Réf. DGS/2016/NPRU") for k in range(7)]
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == ["Réf. DGS/2016/NPRU"] for p in pages)


@pytest.mark.parametrize("form", ["{n}/{total}", "Page {n} sur {total}"])
def test_a_page_number_right_under_a_full_page_is_furniture(form):
    """"1/2" at the right edge of page 1 of 2, 5 points under the page's last row (a list
    filling the page to its foot), is the page's number; "3/4" there is no page's number."""
    def page(number: int, foot: str) -> Page:
        p = Page(number=number, width=595.0, height=842.0)
        p.lines = [_line(number, 80.0 + 20 * k, 62.0, f"{SUBJECTS[number]} {chr(65 + k)} {'.' * 60} P", 11.0)
                   for k in range(36)]
        p.lines.append(_line(number, p.lines[-1].bottom + 5.0, 500.0, foot, 11.0))
        return p
    pages = [page(1, form.format(n=1, total=2)), page(2, form.format(n=2, total=2))]
    split_furniture(pages)
    assert [[ln.text for ln in p.footer] for p in pages] == [[form.format(n=1, total=2)], [form.format(n=2, total=2)]]
    pages = [page(1, "3/4"), page(2, "Adopté.")]
    split_furniture(pages)
    assert pages[0].lines[-1].text == "3/4"
