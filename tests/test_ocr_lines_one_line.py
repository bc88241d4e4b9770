"""The line re-read (text/ocr_lines.py) must put back one line, never two read as one: on a
96 dpi page turned 0.35° (the generator's minutes, document seed 4519, ``--dpi-set low``) the
bold underlined "Objet : Décision modificative n° 6 - Budget principal 2012" was read in pieces;
its band, grown over the ink of the tight line under it, was read "Objet Sur le rapport :
Décision de Mme modificative Myriam ARNAUD, n° 6 - Budget principal 2012" and the item lost
(the mechanism cost an item there, and on the fresh low-dpi seed of ocr3b).

The scan is the generator's own (LibreOffice typesets the DOCX, scans.py degrades it from the
seed); only its page 8 is read, with the line re-read on, then with the one-line guard off (the
test must be able to fail)."""

import sys
from dataclasses import replace

import pytest

from conftest import FIXTURES

ROOT = FIXTURES.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator2 import minutes, office, scans  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.settings import TextSettings, use_text_settings  # noqa: E402

needs_tools = pytest.mark.skipif(bool(ocr_mod.check_tesseract()) or office.soffice() is None,
                                 reason="Tesseract (fra) or LibreOffice missing")
SEED = 4519


def _rows(page, one_line: bool) -> list[str]:
    # The page image as the guard was measured on: no dust or ghost print cleared (the
    # cleaning moves the OCR noise the unguarded re-read tripped over on this page).
    base = TextSettings()
    settings = replace(base, ocr=replace(base.ocr, reread_lines=True),
                       line_reread=replace(base.line_reread, one_line=one_line),
                       scan_image=replace(base.scan_image, speck_area=0.0, ghost_reach=0.0))
    with use_text_settings(settings):
        got = ocr_mod.ocr_page(page, 8)
    return [" ".join(w.text for w in row) for row in got.rows]


@needs_tools
def test_two_tight_lines_are_not_read_back_as_one(tmp_path):
    import pypdfium2 as pdfium

    sample = minutes.build(SEED, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path)
    degradation = scans.scan_pdf(tmp_path / sample.pdf_name, tmp_path / "scan.pdf", SEED, "low")
    assert (degradation.dpi, degradation.angle) == (96, -0.35)
    page = pdfium.PdfDocument(str(tmp_path / "scan.pdf"))[7]

    rows = _rows(page, True)
    objet = [r for r in rows if r.startswith("Objet")]
    assert objet and all("rapport" not in r and "ARNAUD" not in r for r in objet)
    assert any(r.startswith("Sur le rapport de") for r in rows)

    merged = _rows(page, False)                  # the guard off: the two lines interleaved
    assert any(r.startswith("Objet") and "rapport" in r for r in merged)
