"""Furniture found by repetition grows backwards page by page to set-alike variants."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word


def _line(text: str, top: float, page: int, size: float = 9.0) -> Line:
    words, x = [], 60.0
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x, top, x + w, top + size, size=size))
        x += w + 0.3 * size
    return Line(words=words, page=page)


def _page(n: int, header: str, body: str) -> Page:
    p = Page(number=n, width=595.0, height=842.0)
    p.lines = [_line(header, 20.0, n), _line(body, 200.0, n, size=11.0), _line(f"corps {n} suite", 214.0, n, size=11.0)]
    return p


def test_header_variants_grow_backwards_one_page_per_pass():
    pages = [_page(1, "Délibération du conseil", "Objet premier"),
             _page(2, "Conseil d'administration du 12 mai", "Texte de la page deux")]
    pages += [_page(n, "Avenant n°1 CA Lens", f"Texte de la page {n}") for n in range(3, 8)]
    # Same place and type, but followed by no furniture page: content, not a header.
    pages.append(_page(8, "Titre isolé", "Texte final"))
    pages[6].lines = pages[6].lines[1:]          # page 7 has no header
    split_furniture(pages)
    assert [[ln.text for ln in p.header] for p in pages] == [
        ["Délibération du conseil"], ["Conseil d'administration du 12 mai"],
        ["Avenant n°1 CA Lens"], ["Avenant n°1 CA Lens"], ["Avenant n°1 CA Lens"], ["Avenant n°1 CA Lens"],
        [], []]
    assert [p.lines[0].text for p in pages] == [
        "Objet premier", "Texte de la page deux", "Texte de la page 3", "Texte de la page 4",
        "Texte de la page 5", "Texte de la page 6", "Texte de la page 7", "Titre isolé"]
