"""Running headers and footers with no gap before the body: the same text (digits
normalised) at the same distance from the page edge on a share of the pages is furniture,
even absent on page 1, alternating on odd and even pages, on a landscape page, or holding
a page number ("Convention NPNRU – page 3/12")."""

from __future__ import annotations

from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Line, Page, Word

BODY = 10.0
WORDS = ("projet quartier bailleur logement opération commune article annexe financement agence "
         "démolition requalification équipement calendrier maître ouvrage avenant signataire").split()


def _words(n: int, k: int) -> str:
    """Body text that differs from page to page in letters, not only in digits."""
    return " ".join(WORDS[(n * 7 + k * 3 + j) % len(WORDS)] for j in range(6))


def _line(text: str, top: float, page: int, size: float = BODY, bold: bool = False) -> Line:
    words, x = [], 60.0
    for t in text.split():
        w = 0.5 * size * len(t)
        words.append(Word(t, x, top, x + w, top + size, size=size, bold=bold))
        x += w + 0.3 * size
    return Line(words=words, page=page)


def _page(n: int, header: str | None, landscape: bool = False,
          first: str | None = None) -> Page:
    w, h = (842.0, 595.0) if landscape else (595.0, 842.0)
    p = Page(number=n, width=w, height=h)
    lines = []
    if header is not None:
        lines.append(_line(header, 36.0, n, size=8.5))
    # The body starts 1.5 pt under the header: no gap a reader could see.
    top = 46.0
    lines.append(_line(first or _words(n, 0), top, n))
    for k in range(1, 40):
        top += 12.0
        if top > h - 60:
            break
        lines.append(_line(_words(n, k), top, n))
    p.lines = lines
    return p


def _place_footer(p: Page, text: str) -> None:
    """The footer at 30 pt from the bottom edge, the body's last line just above it."""
    last = p.lines[-1]
    top = p.height - 30.0 - 9.0
    last_top = top - 11.0
    p.lines[-1] = _line(last.text, last_top, p.number)
    p.lines = [ln for ln in p.lines if ln.top < last_top - 2 or ln is p.lines[-1]]
    p.lines.append(_line(text, top, p.number, size=9.0))


def _pages() -> list[Page]:
    pages = []
    for n in range(1, 11):
        if n == 1:
            header = None                                    # a different first page
        elif n % 2 == 0:
            header = f"Convention NPNRU – page {n}/10"       # even pages: a page-number field inside
        else:
            header = "Communauté d'agglomération du Val de Sambre"   # odd pages
        p = _page(n, header, landscape=(n == 6),
                  first="CONVENTION PLURIANNUELLE" if n == 1 else None)
        _place_footer(p, f"- {n} -")
        pages.append(p)
    return pages


def test_running_header_and_footer_touching_the_body():
    pages = _pages()
    split_furniture(pages)
    for p in pages:
        expected = [] if p.number == 1 else (
            [f"Convention NPNRU – page {p.number}/10"] if p.number % 2 == 0
            else ["Communauté d'agglomération du Val de Sambre"])
        assert [ln.text for ln in p.header] == expected, p.number
        assert [ln.text for ln in p.footer] == [f"- {p.number} -"], p.number
        first = "CONVENTION PLURIANNUELLE" if p.number == 1 else _words(p.number, 0)
        assert p.lines[0].text == first


def test_a_line_opening_two_pages_only_stays_body():
    # The same heading opening two pages of ten, no gap under it: not repeated enough to be
    # a running header (a table's repeated header row spans a run of pages at most).
    pages = [_page(n, None, first="Opération Maître d'ouvrage Montant" if n in (4, 5) else None)
             for n in range(1, 11)]
    split_furniture(pages)
    assert all(not p.header for p in pages)
    assert [p.lines[0].text for p in pages][3:5] == ["Opération Maître d'ouvrage Montant"] * 2


def _titre_pages() -> list[Page]:
    """Ten pages in four titres; each page opens under a running title naming its titre in
    8.5 pt, right over the body; a titre's first page prints its heading (12 pt, bold) under
    the running title. Titre I holds one page: no repetition to find it by."""
    titres = {1: "Titre I : Les quartiers", 2: "Titre II : Le projet de renouvellement urbain",
              5: "Titre III : Les concours financiers du NPNRU", 8: "Titre IV : L'exécution du programme"}
    pages, current = [], None
    for n in range(1, 11):
        opens = n in titres
        current = titres.get(n, current)
        p = _page(n, current)
        if opens:
            # The heading under the running title; titre III's wraps over three lines.
            pieces = ("Titre III :", "Les concours financiers", "du NPNRU") if n == 5 else (current,)
            for ln in p.lines[1:]:
                ln.words = [Word(w.text, w.x0, w.top + 14 * len(pieces) + 6, w.x1, w.bottom + 14 * len(pieces) + 6,
                                 size=w.size) for w in ln.words]
            for k, piece in enumerate(pieces):
                p.lines.insert(1 + k, _line(piece, 46.0 + 14 * k, n, size=12.0, bold=True))
        pages.append(p)
    return pages


def test_running_title_of_each_titre_is_furniture():
    pages = _titre_pages()
    split_furniture(pages)
    for p in pages:
        assert [ln.text for ln in p.header] == [_titre_of(p.number)], p.number
        # The heading printed under it stays in the body, once.
        if p.number in (1, 2, 8):
            assert p.lines[0].text == _titre_of(p.number) and p.lines[0].size == 12.0
    assert pages[4].lines[0].text == "Titre III :"


def _titre_of(n: int) -> str:
    return ("Titre I : Les quartiers" if n < 2 else "Titre II : Le projet de renouvellement urbain" if n < 5
            else "Titre III : Les concours financiers du NPNRU" if n < 8 else "Titre IV : L'exécution du programme")


def test_a_small_line_restating_no_heading_stays():
    """A note in a small type atop one page whose words no heading prints is body text."""
    pages = _titre_pages()
    pages[3].lines.insert(0, _line("Voir la délibération du conseil communautaire", 36.0, 4, size=8.5))
    pages[3].lines = [ln for ln in pages[3].lines if ln.text != _titre_of(4)]
    split_furniture(pages)
    assert "Voir la délibération du conseil communautaire" in [ln.text for ln in pages[3].lines]


def test_a_running_title_wrapped_at_its_own_width_is_furniture():
    """The running title wraps too, cut elsewhere than the heading it restates ("… du" /
    "NPNRU" atop the page over "Titre III :" / "Les concours financiers" / "du NPNRU"): its
    lines are furniture together, and the heading stays in the body once."""
    pages = _titre_pages()
    for p in pages[4:7]:
        head = p.lines[0]
        p.lines[0:1] = [_line("Titre III : Les concours financiers du", head.top, p.number, size=8.5),
                        _line("NPNRU", head.top + 9.5, p.number, size=8.5)]
        for ln in p.lines[2:]:
            ln.words = [Word(w.text, w.x0, w.top + 9.5, w.x1, w.bottom + 9.5, size=w.size, bold=w.bold)
                        for w in ln.words]
    split_furniture(pages)
    for p in pages[4:7]:
        assert [ln.text for ln in p.header] == ["Titre III : Les concours financiers du", "NPNRU"], p.number
    assert [ln.text for ln in pages[4].lines[:3]] == ["Titre III :", "Les concours financiers", "du NPNRU"]
    assert pages[5].lines[0].text not in ("NPNRU", "Titre III : Les concours financiers du")
