"""Layer 1, image-only pages: OCR with Tesseract (French), or a warning."""

import difflib
import random
import sys

import pytest

from conftest import FIXTURES, SHARED_REAL

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402

from convention_parser.errors import OcrUnavailable  # noqa: E402
from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import read_document  # noqa: E402

SCAN = SHARED_REAL / "mairie-corte_proces-verbal_2024-03-25_downloads-1715.pdf"
needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

LINES = ["Article 2 – Les opérations de démolition",
         "La démolition de la tour des Frênes à Avion",
         "concerne 71 logements sociaux pour un montant",
         "de 1 880 000 € financé par l'Agence nationale."]


def _synthetic_scan(tmp_path, skew=0.5, seed=3, lines=LINES):
    import pypdfium2 as pdfium
    from PIL import Image

    text_pdf = tmp_path / "text.pdf"
    c = new_canvas(text_pdf)
    c.setFont(unicode_font(), 13)
    for i, line in enumerate(lines):
        c.drawString(72, 740 - 22 * i, line)
    c.save()
    img = pdfium.PdfDocument(str(text_pdf))[0].render(scale=200 / 72).to_pil().convert("L")
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(4000):                                  # salt-and-pepper specks
        px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.choice((0, 255))
    scan = tmp_path / "scan.pdf"
    img.save(scan, resolution=200.0)
    return scan


def _similarity(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@needs_tesseract
def test_synthetic_scan_is_ocrd(tmp_path):
    doc = read_document(_synthetic_scan(tmp_path))
    page = doc.pages[0]
    assert doc.text_source == "ocr" and page.text_source == "ocr"
    got = [w.text for ln in page.lines for w in ln.words]
    want = " ".join(LINES).split()
    assert _similarity(got, want) >= 0.95, got
    first = page.lines[0]
    # Boxes come back in PDF points of the upright page.
    assert first.x0 == pytest.approx(72, abs=6) and first.top == pytest.approx(842 - 740 - 13, abs=8)
    assert all(0 <= w.conf <= 100 for ln in page.lines for w in ln.words)


@needs_tesseract
@pytest.mark.parametrize("skew", [0.0, 0.5])
def test_ocr_apostrophe_form_comes_from_the_glyph(tmp_path, skew):
    # Tesseract answers ' for both; the printed glyph decides: curly where
    # the page prints ’, straight where it prints '.
    lines = ["La décision de l’Agence nationale",
             "Le rapport de l'Agence locale",
             "Les travaux d’aménagement et d'entretien"]
    doc = read_document(_synthetic_scan(tmp_path, skew=skew, lines=lines))
    got = [w.text for ln in doc.pages[0].lines for w in ln.words]
    assert "l’Agence" in got and "l'Agence" in got, got
    assert "d’aménagement" in got and "d'entretien" in got, got


def test_ocr_never_warns_and_skips(tmp_path):
    doc = read_document(_synthetic_scan(tmp_path), ocr="never")
    assert doc.pages[0].lines == [] and doc.pages[0].text_source == "none"
    assert len(doc.warnings) == 1 and "ocr=never" in doc.warnings[0] and "1" in doc.warnings[0]


def test_missing_tesseract_raises_ocr_unavailable(tmp_path, monkeypatch):
    scan = _synthetic_scan(tmp_path)
    monkeypatch.setattr(ocr_mod, "check_tesseract",
                        lambda: "image-only pages need OCR but Tesseract is not installed: "
                                "install tesseract-ocr tesseract-ocr-fra")
    with pytest.raises(OcrUnavailable, match="tesseract-ocr-fra"):
        read_document(scan)


@needs_tesseract
def test_mixed_document_and_ocr_always(tmp_path):
    import pypdfium2 as pdfium

    scan = _synthetic_scan(tmp_path)
    text_pdf = tmp_path / "page.pdf"
    c = new_canvas(text_pdf)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Page avec une couche texte")
    c.save()
    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(str(text_pdf)))
    merged.import_pages(pdfium.PdfDocument(str(scan)))
    both = tmp_path / "mixed.pdf"
    merged.save(str(both))
    doc = read_document(both)
    assert [p.text_source for p in doc.pages] == ["pdf", "ocr"] and doc.text_source == "mixed"
    always = read_document(text_pdf, ocr="always")
    assert always.text_source == "ocr"
    assert [w.text for w in always.pages[0].lines[0].words] == ["Page", "avec", "une", "couche", "texte"]


@needs_tesseract
@pytest.mark.skipif(not SCAN.exists(), reason="real scan not available")
def test_real_scan_first_page(tmp_path):
    import pypdfium2 as pdfium

    one = pdfium.PdfDocument.new()
    one.import_pages(pdfium.PdfDocument(str(SCAN)), [0])
    path = tmp_path / "scan_p1.pdf"
    one.save(str(path))
    page = read_document(path).pages[0]
    assert page.text_source == "ocr"
    text = [ln.text for ln in page.lines]
    # Read by eye from the rendered page image.
    assert "Compte-rendu de la réunion" in text
    assert "Du Conseil Municipal du 25 mars 2024" in text
    assert "Madame Michelle LUCIANI comme Secrétaire de Séance, ouvre la session." in text
    assert "Point n° 1 : Finances Communales" in text
    assert "Le Maire ne prend pas part au vote." in text
    # The justified line cut in two by Tesseract is read as one line.
    assert any(t.startswith("Le Maire, après avoir procédé à l’appel des membres") and t.endswith("et avoir désigné")
               for t in text)
