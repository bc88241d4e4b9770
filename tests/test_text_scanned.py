"""Layer 1, scans inside text PDFs: a page-sized image under a few words of
text layer (a stamp, a page number) is OCR'd; a text page with a logo, or with
a large photo beside a lot of text, is not.

The PDFs are built here: the scan is a page of a corpus PDF rendered to an
image, so its text layer is the gold for what OCR must read back.
"""

import difflib
import io
import sys

import pytest

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import read_document  # noqa: E402
from convention_parser.text.scanned import ScanSettings, image_cover, text_cover  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")
CORPUS = ROOT / "corpora" / "pdf" / "seed_deliberation_avenant01.pdf"
SCANNED_PAGE = 3                       # a page of prose of the corpus PDF
STAMP = "Accusé de réception 062-200000000-20230630-DEL2023_45-DE"
BODY = ("Le conseil municipal, après en avoir délibéré, approuve la convention et autorise "
        "le maire à la signer. Les crédits sont inscrits au budget de l'exercice en cours. ")


def _render(page_index: int, dpi: int = 200):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(CORPUS))
    img = pdf[page_index].render(scale=dpi / 72).to_pil().convert("L")
    pdf.close()
    return img


def _png(img) -> "ImageReader":
    from reportlab.lib.utils import ImageReader
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf)


def _paragraph(c, x, y, width, lines, font, size=10.5):
    """Body text: ``lines`` lines of BODY cut to ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = (BODY * 20).split()
    for _ in range(lines):
        line = []
        while words and stringWidth(" ".join(line + [words[0]]), font, size) < width:
            line.append(words.pop(0))
        c.setFont(font, size)
        c.drawString(x, y, " ".join(line))
        y -= size * 1.3
    return y


def build_mixed(path):
    """Page 1: text with a small logo. Page 2: a scan of a corpus page plus a
    stamp in the text layer. Page 3: a photo over half the page, lots of text.
    Page 4: a scan with only a page number in the text layer."""
    from PIL import Image, ImageDraw
    font = unicode_font()
    c = new_canvas(path)
    logo = Image.new("L", (120, 60), 90)
    c.drawImage(_png(logo), 40, 780, width=60, height=30)
    _paragraph(c, 72, 740, 450, 40, font)
    c.showPage()
    c.drawImage(_png(_render(SCANNED_PAGE - 1)), 0, 0, width=595, height=842)
    c.setFont(font, 7)
    c.drawString(330, 820, STAMP)
    c.showPage()
    photo = Image.new("L", (400, 300), 200)
    draw = ImageDraw.Draw(photo)
    for k in range(0, 400, 8):                      # a textured picture, no text in it
        draw.line((k, 0, 400 - k, 300), fill=40 + k % 150, width=3)
    c.drawImage(_png(photo), 40, 300, width=515, height=520)
    _paragraph(c, 40, 280, 515, 19, font)
    c.showPage()
    c.drawImage(_png(_render(SCANNED_PAGE)), 0, 0, width=595, height=842)
    c.setFont("Helvetica", 9)
    c.drawString(500, 20, "Page 4/4")
    c.save()
    return path


def _gold_words(page_number: int, tmp_path) -> list[str]:
    import pypdfium2 as pdfium
    one = pdfium.PdfDocument.new()
    one.import_pages(pdfium.PdfDocument(str(CORPUS)), [page_number - 1])
    one.save(str(tmp_path / "gold.pdf"))
    page = read_document(tmp_path / "gold.pdf").pages[0]
    return [w.text for ln in page.header + page.lines + page.footer for w in ln.words]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return build_mixed(tmp_path_factory.mktemp("scans") / "mixed.pdf")


def test_cover_measures(mixed):
    import pypdfium2 as pdfium
    from convention_parser.text.reader import text_page
    pdf = pdfium.PdfDocument(str(mixed))
    covers = []
    for i in range(4):
        out = text_page(pdf[i], i + 1)
        covers.append((round(image_cover(pdf[i]), 2), round(text_cover(out.lines, out.width, out.height), 3)))
    pdf.close()
    s = ScanSettings()
    (logo_img, logo_txt), (scan_img, scan_txt), (photo_img, photo_txt), (num_img, num_txt) = covers
    assert logo_img < s.min_image_cover and logo_txt > s.max_text_cover
    assert scan_img >= 0.99 and 0 < scan_txt < s.max_text_cover
    assert photo_img >= s.min_image_cover and photo_txt > s.max_text_cover   # image large, text dense
    assert num_img >= 0.99 and 0 < num_txt < s.max_text_cover


@needs_tesseract
def test_scan_with_stamp_is_ocrd_and_reported(mixed, tmp_path):
    doc = read_document(mixed)
    assert [p.text_source for p in doc.pages] == ["pdf", "ocr", "pdf", "ocr"]
    assert doc.text_source == "mixed"
    assert any("OCR" in w and "2, 4" in w for w in doc.warnings), doc.warnings
    scan = doc.pages[1]
    words = [w.text for ln in scan.header + scan.lines + scan.footer for w in ln.words]
    gold = _gold_words(SCANNED_PAGE, tmp_path)
    ratio = difflib.SequenceMatcher(None, words, gold, autojunk=False).ratio()
    assert ratio >= 0.85, (ratio, words[:40])
    # The stamp is read once, from the text layer (exact), not twice.
    texts = [ln.text for ln in scan.header + scan.lines + scan.footer]
    assert sum(STAMP in t for t in texts) == 1, texts[:5]
    assert len(words) > 10 * len(STAMP.split())
    last = doc.pages[3]
    words4 = [w.text for ln in last.header + last.lines + last.footer for w in ln.words]
    assert difflib.SequenceMatcher(None, words4, _gold_words(SCANNED_PAGE + 1, tmp_path), autojunk=False).ratio() >= 0.8
    # The text pages keep their text layer.
    assert doc.pages[0].lines[0].text.startswith("Le conseil municipal, après en avoir délibéré")
    assert doc.pages[2].lines[0].text.startswith("Le conseil municipal, après en avoir délibéré")


def test_ocr_never_keeps_the_stamp_and_warns(mixed):
    doc = read_document(mixed, ocr="never")
    assert [p.text_source for p in doc.pages] == ["pdf"] * 4 and doc.text_source == "pdf"
    assert [ln.text for ln in doc.pages[1].header + doc.pages[1].lines] == [STAMP]
    assert any("ocr=never" in w and "2, 4" in w for w in doc.warnings), doc.warnings
