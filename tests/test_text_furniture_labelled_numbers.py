"""Minutes setting one item a page under a running session header open each page with the
item's number alone on its line ("Point 56" over "Objet : …", minutes11's OPH boards): the
label repeats at the same place, the number changes page by page and is not the page's: content,
not a running header (text/furniture.py). Pages built for the test, gold by construction; a page
number counted from another first page ("Page 56") and the same "Point 3" on every page stay
furniture."""

from __future__ import annotations

import pytest

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Page

from fixtures.structure.build import line

RUNNING = "Conseil d'administration – Séance du 30 décembre 2011 – Procès-verbal"
SUBJECTS = ["Avenant à la convention de renouvellement urbain", "Marché de travaux du quartier",
            "Reconstitution de l'offre locative", "Tarifs de la restauration scolaire",
            "Avenant n° 6 à la convention", "Marché de travaux du Nouveau Monde"]


def _page(number: int, top_line: str) -> Page:
    p = Page(number=number, width=595.0, height=842.0)
    # (the places of minutes11's pages: the number 5 points under the running line)
    p.lines = [line(RUNNING, number, top=38.8, x0=148.6),
               line(top_line, number, top=50.9, x0=59.7, bold=True),
               line(f"Objet : {SUBJECTS[number - 1]}", number, top=68.2, x0=59.7)]
    p.lines += [line(f"Texte du paragraphe {k} de la page {number}.", number, top=85.5 + 17.3 * k, x0=59.7)
                for k in range(40)]
    return p


@pytest.mark.parametrize("label", ["Point", "Affaire", "Rapport n°"])
def test_item_numbers_atop_pages_under_a_running_header_stay_in_the_body(label):
    numbers = [f"{label} {55 + k}" for k in range(len(SUBJECTS))]
    pages = [_page(k + 1, n) for k, n in enumerate(numbers)]
    split_furniture(pages)
    assert [p.lines[0].text for p in pages] == numbers
    assert all([ln.text for ln in p.header] == [RUNNING] for p in pages)


def test_a_page_number_counted_from_another_page_is_furniture():
    pages = [_page(k + 1, f"Page {55 + k}") for k in range(len(SUBJECTS))]
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == [RUNNING, f"Page {55 + p.number - 1}"] for p in pages)
    assert all(p.lines[0].text.startswith("Objet :") for p in pages)


def test_the_same_labelled_number_on_every_page_is_a_running_header():
    pages = [_page(k + 1, "Point 3") for k in range(len(SUBJECTS))]
    split_furniture(pages)
    assert all([ln.text for ln in p.header] == [RUNNING, "Point 3"] for p in pages)
