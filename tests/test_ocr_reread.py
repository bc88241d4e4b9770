"""Doubtful OCR words read again alone (text/ocr_reread.py), and Tesseract called on an
uncompressed page file (text/tesseract_io.py). Images drawn here: the words drawn are
the gold."""

import sys

import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas, unicode_font  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text import ocr_reread, tesseract_io  # noqa: E402

pytestmark = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

LINE = "Arnaud JULIEN, Catherine LABROUSSE, Hélène MANDROUX"
DPI = 300


def _image(tmp_path, lines=(LINE,)):
    """The lines drawn in a PDF, rendered in grey at DPI (a clean page: Tesseract reads
    every word of it with confidence)."""
    import pypdfium2 as pdfium

    path = tmp_path / "names.pdf"
    c = new_canvas(path)
    c.setPageSize((420, 40 + 20 * len(lines)))
    c.setFont(unicode_font(), 12)
    for i, line in enumerate(lines):
        c.drawString(20, 20 + 20 * (len(lines) - 1 - i), line)
    c.save()
    return pdfium.PdfDocument(str(path))[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")


def _words(data):
    return [t.strip() for t in data["text"] if t and t.strip()]


def _index(data, text):
    return next(i for i, t in enumerate(data["text"]) if t.strip() == text)


def test_tesseract_io_reads_the_page_pytesseract_reads(tmp_path):
    import pytesseract

    image = _image(tmp_path)
    ours = tesseract_io.image_to_data(image, "fra", 6)
    theirs = pytesseract.image_to_data(image, lang="fra", config="--psm 6",
                                       output_type=pytesseract.Output.DICT)
    assert _words(ours) == _words(theirs) == LINE.split()
    assert ours["left"] == theirs["left"] and ours["conf"] == theirs["conf"]


def test_a_doubtful_word_is_read_again_alone(tmp_path):
    image = _image(tmp_path)
    data = tesseract_io.image_to_data(image, "fra", 6)
    # The page's reading of one word made doubtful and wrong, as a 96 dpi scan's list
    # reads it ("rn" read "m"): its own pixels, read alone, give the printed word back.
    i = _index(data, "Arnaud")
    data["text"][i], data["conf"][i] = "Amaud", 60.0
    assert ocr_reread.reread(image, data, DPI / 72, "fra") == 1
    assert _words(data) == LINE.split()
    assert float(data["conf"][i]) >= ocr_reread.RereadSettings().min_conf


def test_confident_words_and_other_words_stay(tmp_path):
    image = _image(tmp_path)
    data = tesseract_io.image_to_data(image, "fra", 6)
    # read with confidence: never read again, even if wrong
    i = _index(data, "Arnaud")
    data["text"][i], data["conf"][i] = "Amaud", 90.0
    # doubtful, but the lone reading is another word's length: a crop gone wrong, not a
    # letter misread, so the page's reading stays
    j = _index(data, "LABROUSSE,")
    data["text"][j], data["conf"][j] = "LA", 50.0
    assert ocr_reread.reread(image, data, DPI / 72, "fra") == 0
    assert data["text"][i] == "Amaud" and data["text"][j] == "LA"


def test_the_lone_reading_must_be_clearly_better(tmp_path):
    image = _image(tmp_path)
    data = tesseract_io.image_to_data(image, "fra", 6)
    i = _index(data, "Catherine")
    # doubtful (under below_conf), but the lone reading cannot beat it by min_gain
    # (no confidence reaches 101), so the page's reading stays; with the default gain
    # the lone reading (at least 90) wins
    data["text"][i], data["conf"][i] = "Catherme", 79.0
    settings = ocr_reread.RereadSettings(min_gain=101.0 - 79.0)
    assert ocr_reread.reread(image, data, DPI / 72, "fra", settings=settings) == 0
    assert data["text"][i] == "Catherme"
    assert ocr_reread.reread(image, data, DPI / 72, "fra") == 1
    assert data["text"][i] == "Catherine"
