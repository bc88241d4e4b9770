"""Tables without vertical rules are read row by row, two-column prose column
by column (text/unruled.py, text/columns.py)."""

import sys

from conftest import FIXTURES
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

from convention_parser.text import read_document  # noqa: E402

# Three columns, cells wrapped on one to three lines; row 0 is the header.
CELLS = [
    [["Libellé de l'opération"], ["Maître d'ouvrage", "(intitulé exact)"], ["Montant", "prévisionnel"]],
    [["Requalification de 88", "logements individuels", "cité jardin"], ["Maisons et Cités"], ["1 320 000,00 €"]],
    [["Démolition de la tour", "Iris (30 logements)"], ["Pas-de-Calais", "Habitat"], ["300 000,00 €"]],
    [["Aménagement du mail"], ["Commune de Lens"], ["245 500,00 €"]],
]
XS = [72, 250, 400]
LEAD = 10
LEFT = ("Le présent article fixe les engagements des parties pour la requalification du quartier. "
        "Les opérations programmées sont réalisées sous la maîtrise d'ouvrage des organismes "
        "signataires, qui en assurent le financement selon le calendrier de l'annexe. ") * 2
RIGHT = ("Les subventions de l'Agence sont versées au vu des justificatifs de dépenses produits par "
         "chaque maître d'ouvrage. Le solde intervient après la réception des travaux et la remise "
         "du bilan financier de chaque opération programmée. ") * 2
COL_W = 220


def draw_table(c, y, rules: bool):
    """Rows separated by cell padding (rules=False) or by horizontal rules at the leading."""
    c.setLineWidth(0.5)
    if rules:
        c.line(XS[0] - 3, y + 10, 520, y + 10)
    for row in CELLS:
        for x, cell in zip(XS, row):
            c.setFont("Helvetica", 9)
            for k, text in enumerate(cell):
                c.drawString(x, y - k * LEAD, text)
        y -= LEAD * max(len(cell) for cell in row) + (0 if rules else 8)
        if rules:
            c.line(XS[0] - 3, y + 7, 520, y + 7)
            y -= 3
    return y


def build(path, rules=False):
    c = new_canvas(path)
    # Page 1: two columns of prose.
    c.setFont("Helvetica", 10)
    c.drawString(72, 770, "Article 4 - Engagements des parties")
    for x, text in ((72, LEFT), (72 + COL_W + 24, RIGHT)):
        for k, line in enumerate(simpleSplit(text, "Helvetica", 10, COL_W)):
            c.drawString(x, 745 - 13 * k, line)
    c.showPage()
    # Page 2: prose, the table, prose.
    c.setFont("Helvetica", 10)
    c.drawString(72, 770, "Le tableau ci-dessous récapitule les opérations financées par l'Agence.")
    y = draw_table(c, 740, rules)
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 20, "Les montants sont exprimés hors taxes et restent prévisionnels.")
    c.save()


def _expected_cells():
    return [(r, col, text) for r, row in enumerate(CELLS) for col, cell in enumerate(row) for text in cell]


def test_unruled_table_read_row_by_row_prose_column_by_column(tmp_path):
    pdf = tmp_path / "unruled.pdf"
    build(pdf)
    doc = read_document(pdf)
    prose = [ln.text for ln in doc.pages[0].lines]
    left = simpleSplit(LEFT, "Helvetica", 10, COL_W)
    right = simpleSplit(RIGHT, "Helvetica", 10, COL_W)
    assert prose == ["Article 4 - Engagements des parties"] + left + right
    assert all(ln.cell is None for ln in doc.pages[0].lines)

    page = doc.pages[1]
    got = [(ln.cell[0], ln.cell[1], ln.text) for ln in page.lines if ln.cell is not None]
    assert got == _expected_cells()
    texts = [ln.text for ln in page.lines]
    assert texts[0].startswith("Le tableau") and texts[-1].startswith("Les montants")
    assert page.lines[0].cell is None and page.lines[-1].cell is None
    # Words keep their place on the page (the table stage reads positions).
    lens = next(ln for ln in page.lines if ln.text == "Commune de Lens")
    assert XS[1] <= lens.x0 < lens.x1 < XS[2]


def test_unruled_table_rows_split_at_horizontal_rules(tmp_path):
    # Same leading inside a cell and across rows: only the rules tell rows apart.
    pdf = tmp_path / "hrules.pdf"
    build(pdf, rules=True)
    page = read_document(pdf).pages[1]
    got = [(ln.cell[0], ln.cell[1], ln.text) for ln in page.lines if ln.cell is not None]
    assert got == _expected_cells()


def test_aligned_short_rows_without_three_cells_stay_prose(tmp_path):
    # Label / value pairs: one gutter only, not a table of three columns.
    pdf = tmp_path / "pairs.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 10)
    pairs = [("Commune de Lens", "180 000 €"), ("Pas-de-Calais Habitat", "974 400 €"), ("Région", "50 000 €")]
    for k, (a, b) in enumerate(pairs):
        c.drawString(72, 700 - 14 * k, a)
        c.drawString(300, 700 - 14 * k, b)
    c.save()
    page = read_document(pdf).pages[0]
    assert [ln.text for ln in page.lines] == [f"{a} {b}" for a, b in pairs]
    assert all(ln.cell is None for ln in page.lines)


def test_label_and_amount_columns_are_not_prose(tmp_path):
    # Both sides fill their column with several words, but the right one holds
    # amounts: a two-column table, read row by row.
    pdf = tmp_path / "amounts.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 10)
    pairs = [("Requalification de 88 logements", "1 320 000,00 €"),
             ("Démolition de la tour Iris", "2 300 000,00 €"),
             ("Aménagement du mail central", "245 500,00 €"),
             ("Résidentialisation des immeubles", "998 400,00 €")]
    for k, (a, b) in enumerate(pairs):
        c.drawString(72, 700 - 14 * k, a)
        c.drawString(300, 700 - 14 * k, b)
    c.save()
    page = read_document(pdf).pages[0]
    assert [ln.text for ln in page.lines] == [f"{a} {b}" for a, b in pairs]


def test_a_small_heading_with_a_hanging_number_beside_a_column_is_no_table(tmp_path):
    # a two-column article whose left column opens with a heading in a small type, its
    # number hanging: the body's word spaces, wider than that type's, are no cell borders
    path = tmp_path / "hanging.pdf"
    c = new_canvas(path)
    heading = ["LA VOCATION DU OU DES", "QUARTIERS ET LES", "ORIENTATIONS"]
    left = ["Une attention particulière est portée", "à la qualité environnementale des",
            "opérations, à la sobriété foncière et", "au réemploi des matériaux issus des"]
    right = ["La stratégie retenue repose sur une", "intervention lourde sur le parc",
             "social, la requalification des espaces", "publics et le renforcement de l'offre",
             "d'équipements au cœur du quartier", "Les Aubépines. Les indicateurs de",
             "suivi sont renseignés chaque année"]
    c.setFont("Helvetica", 11)
    c.drawString(96, 740, "Article 2 – Les objectifs poursuivis par le projet de renouvellement urbain")
    y = 712
    c.setFont("Helvetica-Bold", 7)
    c.drawString(96, y, "2.")
    for k, text in enumerate(heading):
        c.drawString(167, y - 12 * k, text)
    c.setFont("Helvetica", 11)
    for k, text in enumerate(left):
        c.drawString(96, y - 12 * len(heading) - 13 * k, text)
    for k, text in enumerate(right):
        c.drawString(335, y - 13 * k, text)
    c.save()
    got = [ln.text for ln in read_document(path).pages[0].lines]
    assert [ln.cell for ln in read_document(path).pages[0].lines] == [None] * len(got)
    assert got == ["Article 2 – Les objectifs poursuivis par le projet de renouvellement urbain",
                   "2. " + heading[0]] + heading[1:] + left + right


def _justify(c, words: list[str], x0: float, x1: float, y: float, font=("Helvetica", 11)):
    """Words spread from x0 to x1 with even spaces, as a justified line sets them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    widths = [stringWidth(w, *font) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    x = x0
    for w, wd in zip(words, widths):
        c.drawString(x, y, w)
        x += wd + gap


def test_justified_lines_whose_wide_spaces_line_up_are_no_table(tmp_path):
    # a narrow justified column: two lines of three words each, stretched to the measure,
    # leave strips that line up like a table's columns
    path = tmp_path / "justified.pdf"
    c = new_canvas(path)
    c.setFont("Helvetica", 11)
    left = ["Le diagnostic partagé a mis en", "évidence la dégradation du bâti,", "la faible qualité des espaces",
            "extérieurs et l'enclavement du", "quartier, éloigné des axes de", "desserte et des équipements."]
    right = [["quartier, éloigné", "des", "axes", "de"], ["transport", "en", "commun"],
             ["structurants.", "O.P.H.", "VAUBAN"], ["assure", "la", "maîtrise", "d'ouvrage", "des"],
             ["interventions", "sur", "son", "patrimoine", ";"], ["la", "coordination", "d'ensemble", "relève"]]
    for k, text in enumerate(left):
        c.drawString(96, 700 - 14 * k, text)
    for k, words in enumerate(right):
        _justify(c, words, 335, 544, 700 - 14 * k)
    c.save()
    lines = read_document(path).pages[0].lines
    assert [ln.cell for ln in lines] == [None] * len(lines)
    assert [ln.text for ln in lines] == left + [" ".join(w) for w in right]
