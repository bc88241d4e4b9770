"""Layer 1, page layout: columns, furniture, footnotes, rotation, rules."""

import sys
from pathlib import Path

from conftest import FIXTURES, SHARED_REAL

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

import pytest  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402

from convention_parser.text import read_document  # noqa: E402

LEFT = ["Le projet de renouvellement urbain du quartier", "prévoit la démolition de la tour des",
        "Frênes et la reconstitution de l'offre de", "logements sociaux sur le territoire de",
        "l'agglomération selon le calendrier prévu."]
RIGHT = ["La commune s'engage à réaliser les espaces", "publics attenants aux nouvelles opérations",
         "et à en assurer la gestion durable avec", "les bailleurs sociaux présents dans le",
         "quartier République de la ville d'Avion."]


def test_two_columns_read_column_by_column(tmp_path):
    pdf = tmp_path / "columns.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 760, "ARTICLE 3 – LES OPERATIONS PROGRAMMEES DANS LA CONVENTION")
    c.setFont("Helvetica", 9)
    for i, (a, b) in enumerate(zip(LEFT, RIGHT)):
        c.drawString(72, 730 - 12 * i, a)
        c.drawString(310, 730 - 12 * i, b)
    c.drawString(72, 660, "Cette ligne traverse toute la largeur de la page et interrompt le flux des deux colonnes.")
    for i, (a, b) in enumerate(zip(LEFT[:4], RIGHT[:4])):
        c.drawString(72, 640 - 12 * i, a)
        c.drawString(310, 640 - 12 * i - 2.5, b)      # baselines slightly off
    c.save()
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    assert got == (["ARTICLE 3 – LES OPERATIONS PROGRAMMEES DANS LA CONVENTION"] + LEFT + RIGHT
                   + ["Cette ligne traverse toute la largeur de la page et interrompt le flux des deux colonnes."]
                   + LEFT[:4] + RIGHT[:4])


def test_a_column_set_half_a_line_lower_is_still_a_column(tmp_path):
    # the left column opens with a heading in a larger type: its body lines fall between the
    # right column's (each line a row of its own); only the heading's rows hold both sides
    left = ["Les espaces publics seront hiérarchisés", "afin de clarifier les usages, de sécuriser les",
            "cheminements piétons et de mieux relier", "le quartier au centre-ville et aux",
            "équipements existants. La stratégie", "retenue repose sur une intervention"]
    right = ["lourde sur le parc social, la requalification", "des espaces publics et le renforcement de",
             "l'offre d'équipements au cœur du quartier", "Les Sablons. Les indicateurs de suivi sont",
             "renseignés chaque année et présentés lors", "de la revue de projet, en présence du",
             "délégué territorial de l'Agence. Le porteur", "assure la maîtrise d'ouvrage des",
             "interventions sur son patrimoine"]
    pdf = tmp_path / "offset.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 10)
    c.drawString(96, 282, "Un plan de situation de l'ensemble des quartiers de l'agglomération est présenté en")
    c.drawString(96, 269, "annexe A.")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(96, 247, "Chapitre 2 – Le projet de renouvellement urbain")
    c.drawString(96, 222, "Article 1er : Les éléments de")
    c.drawString(96, 208, "contexte")
    c.setFont("Helvetica", 10)
    for i, a in enumerate(left):
        c.drawString(96, 190 - 12.65 * i, a)
    for i, b in enumerate(right):
        c.drawString(317.6, 221.5 - 12.65 * i, b)
    c.save()
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    assert got[3:] == ["Article 1er : Les éléments de", "contexte"] + left + right


@pytest.mark.parametrize("right_extra, drop", [(["la ville d'Avion."], 26), ([], 23)])
def test_a_heading_under_two_columns_is_read_after_both(tmp_path, right_extra, drop):
    # the right column one line longer (or as long as the left); a blank a heading's space
    # high; the next heading at the left margin, then its title across the page
    pdf = tmp_path / "after.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 9)
    for i, a in enumerate(LEFT):
        c.drawString(72, 760 - 12 * i, a)
    for i, b in enumerate(RIGHT + right_extra):
        c.drawString(310, 760 - 12 * i, b)
    last = 760 - 12 * (len(RIGHT + right_extra) - 1)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, last - drop, "Article 2")
    c.setFont("Helvetica", 9)
    c.drawString(72, last - drop - 14, "Les objectifs poursuivis par le projet de renouvellement urbain du quartier")
    c.save()
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    assert got == LEFT + RIGHT + right_extra + [
        "Article 2", "Les objectifs poursuivis par le projet de renouvellement urbain du quartier"]


def test_a_paragraph_break_in_one_column_beside_the_other_keeps_both_columns(tmp_path):
    # the left column opens a new paragraph after a blank line while the right one runs on:
    # the columns have not ended (its lines fall half a line off the right column's)
    pdf = tmp_path / "parabreak.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 9)
    for i, a in enumerate(LEFT[:3]):
        c.drawString(72, 760 - 12 * i, a)
    for i, a in enumerate(LEFT[3:] + RIGHT[:2]):
        c.drawString(72, 760 - 12 * 3 - 8 - 12 * i, a)
    for i, b in enumerate(RIGHT + LEFT[:3]):
        c.drawString(310, 760 - 12 * i, b)
    c.save()
    got = [ln.text for ln in read_document(pdf).pages[0].lines]
    assert got == LEFT + RIGHT[:2] + RIGHT + LEFT[:3]


def test_short_cells_are_not_columns(tmp_path):
    pdf = tmp_path / "keyvalue.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 10)
    rows = [("Président :", "Monsieur COTTIGNY"), ("Rapporteur :", "M. LEROY"),
            ("Date :", "30 juin 2023"), ("Lieu :", "Arras")]
    for i, (a, b) in enumerate(rows):
        c.drawString(72, 700 - 14 * i, a)
        c.drawString(250, 700 - 14 * i, b)
    c.save()
    assert [ln.text for ln in read_document(pdf).pages[0].lines] == [f"{a} {b}" for a, b in rows]


def _furnished(path: Path, n: int, number_style: str) -> None:
    c = new_canvas(path)
    for p in range(1, n + 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, 810, "Avenant n°01 – Convention NPNRU CA Lens-Liévin")
        label = {"sur": f"Page {p} sur {n}", "slash": f"{p}/{n}", "dash": f"- {p} -"}[number_style]
        c.drawCentredString(297, 30, label)
        c.setFont("Helvetica", 11)
        c.drawString(72, 760, f"Article {p} – Objet de l'article numéro {p}")
        c.drawString(72, 740, "Le texte du corps continue ici.")
        c.drawString(72, 90, "Dernière ligne du corps de la page.")
        c.showPage()
    c.save()


@pytest.mark.parametrize("style", ["sur", "slash", "dash"])
def test_running_header_and_page_numbers_leave_the_body(tmp_path, style):
    pdf = tmp_path / f"furniture_{style}.pdf"
    _furnished(pdf, 3, style)
    doc = read_document(pdf)
    for p in doc.pages:
        assert [ln.text for ln in p.header] == ["Avenant n°01 – Convention NPNRU CA Lens-Liévin"]
        assert len(p.footer) == 1 and str(p.number) in p.footer[0].text
        assert [ln.text for ln in p.lines] == [f"Article {p.number} – Objet de l'article numéro {p.number}",
                                              "Le texte du corps continue ici.",
                                              "Dernière ligne du corps de la page."]


def test_single_page_number_without_repetition(tmp_path):
    pdf = tmp_path / "one.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Une seule page")
    c.drawString(290, 30, "1")
    c.save()
    p = read_document(pdf).pages[0]
    assert [ln.text for ln in p.lines] == ["Une seule page"]
    assert [ln.text for ln in p.footer] == ["1"]


def test_footnote_moves_to_page_footnotes_with_its_call(tmp_path):
    pdf = tmp_path / "footnote.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "L'État, représenté par le Préfet de département")
    c.drawString(72, 746, "et responsable du renouvellement urbain dans le département")
    x = 72 + c.stringWidth("et responsable du renouvellement urbain dans le département", "Helvetica", 11)
    c.setFont("Helvetica", 7)
    c.drawString(x, 750, "1")                          # raised small call
    c.setFont("Helvetica", 11)
    c.drawString(x + 4, 746, ", signe la convention.")
    c.drawString(72, 732, "Suite du texte courant.")
    c.line(72, 112, 200, 112)                          # the short rule
    c.setFont("Helvetica", 8)
    c.drawString(72, 100, "1 Lorsque le projet prévoit des opérations dans un autre département,")
    c.drawString(72, 90, "le préfet de ce département est également signataire.")
    c.save()
    p = read_document(pdf).pages[0]
    assert [ln.text for ln in p.lines] == [
        "L'État, représenté par le Préfet de département",
        "et responsable du renouvellement urbain dans le département, signe la convention.",
        "Suite du texte courant."]
    assert len(p.footnotes) == 1
    note = p.footnotes[0]
    assert note.mark == "1" and note.page == 1
    assert note.text == ("Lorsque le projet prévoit des opérations dans un autre département, "
                         "le préfet de ce département est également signataire.")
    assert note.call is not None and note.call.text == "département," and note.call.footnote == "1"
    assert note.call.footnote_at == len("département")  # printed before the comma
    assert any(abs(r[1] - (842 - 112)) < 1 and r[2] - r[0] > 100 for r in p.rules)


def test_endnotes_after_the_last_words_leave_the_body(tmp_path):
    # calls "i", "ii" on the first page; their notes printed after the document's last
    # paragraph on the second, in a smaller type, each opened by its mark (LibreOffice)
    pdf = tmp_path / "endnotes.pdf"
    c = new_canvas(pdf)
    for k, (line, call) in enumerate([("L'État, représenté par le Préfet de département", "i"),
                                      ("Les maîtres d'ouvrage signataires de la convention", "ii")]):
        c.setFont("Helvetica", 11)
        c.drawString(72, 760 - 14 * k, line)
        c.setFont("Helvetica", 7)
        c.drawString(72 + c.stringWidth(line, "Helvetica", 11), 764 - 14 * k, call)
    c.setFont("Helvetica", 11)
    for k in range(8):
        c.drawString(72, 720 - 14 * k, f"Texte courant de l'article numéro {k + 1} de la convention.")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Annexe D1 – Convention de gestion urbaine de proximité")
    c.drawString(72, 746, "Document joint à la présente convention.")
    c.drawString(72, 712, "i")
    c.drawString(72, 688, "ii")
    c.setFont("Helvetica", 9)
    c.drawString(84, 712, "Lorsque le projet prévoit des opérations dans un autre département,")
    c.drawString(84, 702, "le préfet de ce département est également signataire.")
    c.drawString(84, 688, "Organismes publics et privés qui conduisent des opérations.")
    c.save()
    doc = read_document(pdf)
    last = doc.pages[1]
    assert [ln.text for ln in last.lines] == ["Annexe D1 – Convention de gestion urbaine de proximité",
                                              "Document joint à la présente convention."]
    assert [(n.mark, n.text) for n in last.footnotes] == [
        ("i", "Lorsque le projet prévoit des opérations dans un autre département, "
              "le préfet de ce département est également signataire."),
        ("ii", "Organismes publics et privés qui conduisent des opérations.")]
    assert last.footnotes[0].call.text == "département"


def test_rotated_and_landscape_pages_read_upright(tmp_path):
    pdf = tmp_path / "rotated.pdf"
    import pypdfium2 as pdfium

    c = new_canvas(pdf)
    # Page 1: portrait media box, /Rotate 90, content drawn sideways so that
    # it reads upright on screen (how scanners and Word save landscape).
    c.saveState()
    c.translate(595, 0)
    c.rotate(90)
    c.setFont("Helvetica", 11)
    c.drawString(72, 500, "Tableau financier en paysage")
    c.drawString(72, 480, "Deuxième ligne du tableau")
    c.restoreState()
    c.showPage()
    # Page 2: a landscape media box, no rotation.
    c.setPageSize(landscape(A4))
    c.setFont("Helvetica", 11)
    c.drawString(72, 500, "Page paysage")
    c.showPage()
    c.save()
    src = pdfium.PdfDocument(str(pdf))
    src[0].set_rotation(90)
    src.save(str(pdf) + ".rot")
    src.close()
    Path(str(pdf) + ".rot").replace(pdf)
    doc = read_document(pdf)
    p1, p2 = doc.pages
    assert p1.rotation == 90 and p1.landscape
    assert [ln.text for ln in p1.lines] == ["Tableau financier en paysage", "Deuxième ligne du tableau"]
    first = p1.lines[0]
    assert p1.width == pytest.approx(842, abs=1)
    assert first.x0 == pytest.approx(72, abs=1) and first.words[0].base == pytest.approx(95, abs=1)
    assert p2.landscape and p2.width == pytest.approx(842, abs=1)
    assert [ln.text for ln in p2.lines] == ["Page paysage"]
    assert p2.lines[0].top == pytest.approx(595 - 500 - 11, abs=3)


def test_rules_kept_for_tables(tmp_path):
    pdf = tmp_path / "grid.pdf"
    c = new_canvas(pdf)
    c.setLineWidth(0.5)
    for y in (700, 680, 660):
        c.line(72, y, 372, y)
    for x in (72, 222, 372):
        c.line(x, 660, x, 700)
    c.rect(400, 600, 100, 50)
    c.save()
    rules = read_document(pdf).pages[0].rules
    horizontal = sorted(round(r[1]) for r in rules if r[3] - r[1] < 1 and r[2] - r[0] > 200)
    vertical = sorted(round(r[0]) for r in rules if r[2] - r[0] < 1 and r[3] - r[1] > 30)
    assert horizontal == [142, 162, 182]
    assert vertical == [72, 222, 372, 400, 500]


def test_provenance_page_and_boxes(tmp_path):
    pdf = tmp_path / "prov.pdf"
    _furnished(pdf, 2, "sur")
    for p in read_document(pdf).pages:
        for ln in p.lines:
            assert ln.page == p.number
            assert 0 <= ln.x0 < ln.x1 <= p.width and 0 <= ln.top < ln.bottom <= p.height


@pytest.mark.skipif(not SHARED_REAL.exists(), reason="real PDFs not available")
def test_real_minutes_page_numbers_and_text():
    doc = read_document(SHARED_REAL / "mairie-corte_proces-verbal_2023-02-13_downloads-1598.pdf")
    assert [[ln.text for ln in p.footer] for p in doc.pages] == [["1"], ["2"], ["3"]]
    body = [ln.text for ln in doc.pages[0].lines]
    assert body[:2] == ["Compte-rendu de la réunion", "Du Conseil Municipal du 13 février 2023"]
    assert "Monsieur Marc-Marie GUGLIELMI comme Secrétaire de Séance, ouvre la session." in body
    assert not any(t in ("1", "2", "3") for p in doc.pages for t in (ln.text for ln in p.lines))
