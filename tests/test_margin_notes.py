"""Margin notes (text/margin_notes.py): words in the left margin beside a body line leave
the body for the page furniture; hanging labels and wide tables stay where they are."""

from convention_parser.pipeline import parse_pdf
from convention_parser.text.margin_notes import split_margin_notes
from convention_parser.text.model import Line, Page, Word

BODY_X = 96


def _line(parts: list[tuple[float, str]], top: float) -> Line:
    """Words from (x, text) pieces; text left of the body edge is set in 8 pt, the body in 10."""
    words = []
    for x, text in parts:
        size = 8 if x < BODY_X - 20 else 10
        for w in text.split():
            words.append(Word(w, x, top, x + 5.5 * len(w), top + 10, size=size))
            x += 5.5 * len(w) + 3
    return Line(words=words, page=1)


def _page(rows: list[list[tuple[float, str]]]) -> Page:
    return Page(1, 595, 842, lines=[_line(r, 100 + 14 * i) for i, r in enumerate(rows)])


PROSE = [[(BODY_X, "Le projet de renouvellement urbain prévoit la requalification")]] * 8


def test_a_note_beside_a_body_line_leaves_the_body():
    page = _page(PROSE[:3] + [[(14, "Voir annexe"), (BODY_X, "Une attention particulière est portée")]] + PROSE[3:])
    split_margin_notes(page)
    assert [ln.text for ln in page.margin] == ["Voir annexe"]
    assert page.lines[3].text == "Une attention particulière est portée"


def test_a_hanging_list_label_close_to_the_body_edge_stays():
    page = _page(PROSE[:3] + [[(BODY_X - 12, "1."), (BODY_X, "La démolition de 71 logements")]] + PROSE[3:])
    split_margin_notes(page)
    assert page.margin == [] and page.lines[3].text == "1. La démolition de 71 logements"


def test_a_left_column_in_the_body_type_is_no_note():
    # summary minutes: the rapporteur's name in a column left of each item's title
    page = _page(PROSE[:3] + [[(14, "Mme DUPONT"), (BODY_X, "Budget primitif 2011")]] + PROSE[3:])
    for w in page.lines[3].words:
        w.size = 10
    split_margin_notes(page)
    assert page.margin == [] and page.lines[3].text == "Mme DUPONT Budget primitif 2011"


def test_a_wide_table_reaching_into_the_margin_is_no_run_of_notes():
    rows = [[(30, f"Quartier {n}"), (BODY_X, f"{n} 000 €")] for n in ("Nord", "Sud", "Est", "Ouest", "Centre")]
    page = _page(PROSE[:4] + rows + PROSE[4:])
    split_margin_notes(page)
    assert page.margin == []
    assert [ln.text for ln in page.lines[4:9]] == [f"Quartier {n} {n} 000 €" for n in ("Nord", "Sud", "Est", "Ouest", "Centre")]


def test_a_note_is_output_as_margin_furniture_and_not_as_article_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path))
    body = ["Article 1 – Objet de la convention",
            "La présente convention fixe les engagements des partenaires du projet",
            "de renouvellement urbain du quartier des Provinces et leur calendrier.",
            "Article 2 – Le programme urbain",
            "Le programme prévoit la démolition de 71 logements locatifs sociaux",
            "et la requalification des espaces publics au cœur du quartier.",
            "Les opérations sont décrites à l'annexe C2 de la présente convention.",
            "Le porteur de projet en assure la coordination d'ensemble."]
    for i, text in enumerate(body):
        c.setFont("Helvetica-Bold" if text.startswith("Article") else "Helvetica", 11)
        c.drawString(BODY_X, 760 - 16 * i, text)
    c.setFont("Helvetica", 8)
    c.drawString(14, 760 - 16 * 4, "Modifié par avenant")
    c.showPage()
    c.save()
    (part,) = parse_pdf(path).parts
    assert [(f.text, f.place) for f in part.furniture if f.place == "margin"] == [("Modifié par avenant", "margin")]
    art2 = next(s for s in part.sections if s.number == "2")
    assert art2.text.startswith("Le programme prévoit la démolition de 71 logements")
    assert "Modifié" not in art2.text


def _small(line: Line) -> Line:
    """The line set in 7 pt: narrower words (3.5 points a letter), as a margin frame prints them."""
    x = line.words[0].x0
    for w in line.words:
        w.size, w.x0, w.x1 = 7, x, x + 3.5 * len(w.text)
        x = w.x1 + 2
    return line


def test_a_note_on_lines_of_its_own_leaves_the_body():
    # the note's frame set a little higher than the body line beside it: a line of its own,
    # and its second line read with the body line (layout set 2 of the generator)
    page = _page(PROSE[:3] + [[(14, "Modifié par")], [(14, "avenant"), (BODY_X, "La stratégie retenue repose")]]
                 + PROSE[3:])
    split_margin_notes(page)
    assert sorted(ln.text for ln in page.margin) == ["Modifié par", "avenant"]
    assert [ln.text for ln in page.lines].count("La stratégie retenue repose") == 1
    assert not any(ln.text.startswith("Modifié") for ln in page.lines)


def test_notes_read_apart_from_their_place_leave_the_body():
    # the reading order put two notes of the page (far apart) after the first one
    lines = [_line(r, 100 + 14 * i) for i, r in enumerate(PROSE)]
    notes = [_small(_line([(14, "Rappel du RGA")], 100)), _small(_line([(14, "Paraphe des parties")], 600)),
             _small(_line([(14, "Paraphe des parties")], 700))]
    page = Page(1, 595, 842, lines=lines[:1] + notes + lines[1:])
    split_margin_notes(page)
    assert sorted(ln.text for ln in page.margin) == ["Paraphe des parties", "Paraphe des parties", "Rappel du RGA"]
    assert [ln.text for ln in page.lines] == [ln.text for ln in lines]


def test_a_margin_column_of_many_lines_stays():
    # a deliberation's head beside its body: a column, not a note
    col = [[(14, t)] for t in ("Nombre de membres", "en exercice : 33", "présents : 25", "votants : 29", "Acte rendu")]
    page = _page([c + p for c, p in zip(col, PROSE)] + PROSE[5:])
    page.lines = [ln for ln in page.lines]
    split_margin_notes(page)
    assert page.margin == []


def test_a_margin_line_in_the_body_type_stays():
    page = _page(PROSE[:3] + [[(14, "Mme DUPONT")]] + PROSE[3:])
    for w in page.lines[3].words:
        w.size = 10
    split_margin_notes(page)
    assert page.margin == [] and page.lines[3].text == "Mme DUPONT"


def test_a_page_of_table_rows_takes_the_documents_body_edge():
    # most lines of the page are table rows starting at their cells: the page has no body
    # edge of its own, its prose starts at the document's
    from convention_parser.text.margin_notes import document_edge
    prose = _page(PROSE * 2)
    rows = [[(BODY_X + 6 + 40 * (n % 2), f"Démolition tour {n}"), (300, "12"), (400, "1 200 000 €")]
            for n in range(12)]
    page = _page(PROSE[:2] + [[(14, "Voir annexe"), (BODY_X, "Le calendrier opérationnel figure en annexe")]]
                 + PROSE[:4] + rows)
    edge = document_edge([prose, page])
    split_margin_notes(page, fallback=edge)
    assert [ln.text for ln in page.margin] == ["Voir annexe"]
    assert page.lines[2].text == "Le calendrier opérationnel figure en annexe"


def _rapporteur_page(number: int, rapporteurs: list[str]) -> Page:
    """Summary minutes: each item's rapporteur (first name, surname) on lines of their own in
    the left margin, in a smaller type, beside the item's number and title."""
    lines = []
    for i, name in enumerate(rapporteurs):
        top = 100 + 60 * i
        first, last = name.split()
        lines += [_line([(BODY_X, f"{i + 1} Travaux de modification du jalonnement directionnel")], top),
                  _small(_line([(14, first)], top)), _small(_line([(14, last)], top + 10)),
                  _line([(BODY_X, "Adopté à l'unanimité des membres présents")], top + 14),
                  _line([(BODY_X, "Pour : 58")], top + 28)]
    for ln in lines:
        ln.page = number
    return Page(number, 595, 842, lines=lines)


def test_a_rapporteur_column_of_many_blocks_stays_on_every_page():
    from convention_parser.text.margin_notes import margin_column
    full = _rapporteur_page(1, ["Serge FLEURENCE", "Michel PASSET", "Marc DUFOUR", "Christiane FOURTEAU",
                                "Philippe SAUREL"])
    last = _rapporteur_page(2, ["Max LEVITA", "Philippe SAUREL"])
    assert margin_column([full, last])
    assert not margin_column([last])        # two blocks alone: notes as far as the page can tell
    for page in (full, last):
        split_margin_notes(page, lone=False)
        assert page.margin == []
        assert {"Serge", "FLEURENCE", "Max", "LEVITA"} & {ln.text for ln in page.lines}


def test_a_column_of_names_a_little_smaller_than_the_body_stays():
    # summary minutes: each item's rapporteur in a left column, 10 pt beside a 12 pt body
    lines = [_line(r, 100 + 14 * i) for i, r in enumerate(PROSE)]
    for ln in lines:
        for w in ln.words:
            w.size = 12
    names = [_line([(14, "FLEURENCE")], 100), _line([(14, "Philippe SAUREL")], 300)]
    for ln in names:
        for w in ln.words:
            w.size, w.x1 = 10, w.x0 + 5 * len(w.text)
    page = Page(1, 595, 842, lines=lines[:1] + names + lines[1:])
    split_margin_notes(page)
    assert page.margin == []
