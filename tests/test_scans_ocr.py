"""Scanned pages read by OCR as a text page is read: documents built here, drawn into a
PDF, then scanned (tests/fixtures/text/scans.py: low resolution, a slight turn, grey
paper, noise, JPEG). What the test drew is the gold. One page of OCR per test."""

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402
from scans import scan  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import read_document  # noqa: E402
from convention_parser.text.scan_image import skew_angle  # noqa: E402

pytestmark = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

PRESENT = ["Jean-Pierre MULLER", "Aurélie BRUNET", "Michel DEVAUX", "Myriam PAQUET",
           "Philippe FONTAINE", "Françoise PETIT"]


def _deliberation(path, label_x=72, value_x=190):
    """One deliberation whose session header is a label / value grid (labels in one
    column, values in another, the present list one name per row)."""
    font = unicode_font()
    c = new_canvas(path)
    y = 780

    def line(text, x=72, size=11, bold=False, step=17):
        nonlocal y
        c.setFont(font + ("Bd" if bold else ""), size)
        c.drawString(x, y, text)
        y -= step

    line("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", bold=True, step=26)
    line("Séance du 26 février 2017", step=26)
    c.setFont(font, 11)
    for label, values in (("Président :", ["Jean-Pierre MULLER"]), ("Présents :", PRESENT),
                          ("Excusés :", ["Stéphane ROUSSEL (pouvoir à Aurélie BRUNET)"]),
                          ("Absents :", ["Paul-Henri DUBOIS ; Joël GARNIER ; Patricia SIMON"])):
        c.drawString(label_x, y, label)
        for v in values:
            line(v, x=value_x)
        y -= 8
    y -= 14
    line("17-02/080 – VOTE DES TAUX D'IMPOSITION 2017", bold=True, step=24)
    line("Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver les dispositions")
    line("exposées ci-dessus et autorise le Maire à signer tout document s'y rapportant.", step=24)
    line("Adopté à l'unanimité.")
    c.save()
    return path


def _check_header(md):
    assert md["president"] == "Jean-Pierre MULLER"
    assert md["present"] == PRESENT
    assert md["excused"] == [{"name": "Stéphane ROUSSEL", "proxy_to": "Aurélie BRUNET"}]
    # ";" between names (OCR tends to read ":"): three people, not one entry
    assert md["absent"] == ["Paul-Henri DUBOIS", "Joël GARNIER", "Patricia SIMON"]
    assert md["session_date"] == "2017-02-26"


def test_the_built_deliberation_reads_from_its_text_layer(tmp_path):
    """The gold holds on the text layer: what the scans below must get back."""
    _check_header(parse_pdf(str(_deliberation(tmp_path / "d.pdf"))).parts[0].metadata)


@pytest.mark.parametrize("dpi, angle", [(100, 1.0), (150, -1.2)])
def test_label_value_grid_of_a_low_dpi_skewed_scan(tmp_path, dpi, angle):
    """Names of a 100 dpi scan are read from the scan's own pixels enlarged (not from
    pdfium's interpolation), and the page turned back straight: the names column lines
    up under its label again, so the grid reads as on the text layer."""
    pdf = scan(_deliberation(tmp_path / "d.pdf"), tmp_path / "s.pdf", dpi=dpi, angle=angle, seed=dpi)
    result = parse_pdf(str(pdf))
    assert result.source.text_source == "ocr"
    _check_header(result.parts[0].metadata)


def test_skew_is_measured_on_the_ink(tmp_path):
    import numpy as np
    import pypdfium2 as pdfium

    pdf = scan(_deliberation(tmp_path / "d.pdf"), tmp_path / "s.pdf", dpi=100, angle=1.5)
    image = pdfium.PdfDocument(str(pdf))[0].render(scale=100 / 72, grayscale=True).to_pil().convert("L")
    assert skew_angle(np.asarray(image, dtype=np.float32), 100 / 72) == pytest.approx(1.5, abs=0.15)


def _minutes_table(path):
    """A ruled rapporteur | number | subject table, a page number at the foot and a small
    act-id stamp in a corner: short text Tesseract's page analysis tends to drop."""
    font = unicode_font()
    c = new_canvas(path)
    c.setFont(font, 6)
    c.drawString(380, 812, "Accusé de réception 062-216200000-20170226-DEL17_80-DE")
    c.setFont(font, 11)
    c.drawString(72, 760, "Le Conseil municipal a examiné les affaires suivantes.")
    rows = [("Michel DEVAUX", "117", ["Approbation de l'avenant n° 3 à la", "convention de renouvellement urbain"]),
            ("Myriam PAQUET", "118", ["Subvention exceptionnelle au club", "sportif de la commune"])]
    top, x = 730, (60, 200, 260, 540)
    for rapporteur, number, subject in rows:
        bottom = top - 20 - 14 * len(subject)
        c.line(x[0], top, x[-1], top)
        c.line(x[0], bottom, x[-1], bottom)
        for xx in x:
            c.line(xx, top, xx, bottom)
        c.drawString(x[0] + 6, top - 16, rapporteur)
        c.drawString(x[1] + 6, top - 16, number)
        for k, s in enumerate(subject):
            c.drawString(x[2] + 6, top - 16 - 14 * k, s)
        top = bottom - 30
    c.setFont(font, 9)
    c.drawCentredString(297, 30, "- 3 -")
    c.save()
    return path


def test_ruled_cells_stamp_and_page_number_of_a_scan(tmp_path):
    pdf = scan(_minutes_table(tmp_path / "t.pdf"), tmp_path / "s.pdf", dpi=150, angle=0.6, seed=7)
    page = read_document(pdf).pages[0]
    # Rules come from the ink: the table's three column borders inside its frame.
    verticals = sorted({round(r[0]) for r in page.rules if r[2] - r[0] < 2 and r[3] - r[1] > 30})
    assert [v for v in verticals if 180 < v < 280] == pytest.approx([200, 260], abs=3)
    # Each cell is a line of its own: the item number is not glued to the rapporteur.
    cells = {ln.text: ln.cell for ln in page.lines if ln.cell is not None}
    assert {"117", "118", "Michel DEVAUX", "Myriam PAQUET"} <= set(cells)
    assert cells["117"] == (cells["Michel DEVAUX"][0], cells["Michel DEVAUX"][1] + 1)
    assert cells["118"][0] == cells["117"][0] + 1
    # The small stamp and the page number are read, not dropped.
    words = " ".join(ln.text for ln in page.lines + page.header + page.footer)
    assert "062-216200000-20170226-DEL17_80-DE" in words
    assert "3" in [w.strip("-") for ln in page.footer + page.lines[-1:] for w in ln.text.split()]
