"""read_chars (one GetText per page, per-object font/size/baseline) against a
plain per-character reading of the same pages with pdfium."""

import ctypes
import math
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from convention_parser.text.chars import Frame, read_chars

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    (ROOT / "corpora" / "pdf" / "call_convention_consolidated.pdf", 1),   # reportlab, few text objects
    (ROOT / "corpora" / "heldout" / "pdf" / "convention_v1.pdf", 1),     # Chromium, a line-end hyphen (U+0002)
]


def naive_chars(textpage, frame):
    """Every attribute asked per character, the slow obvious way."""
    tp = textpage.raw
    out = []
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(raw.FPDFText_CountChars(tp)):
        code = raw.FPDFText_GetUnicode(tp, i)
        if raw.FPDFText_IsGenerated(tp, i) == 1 or code in (0, 0xFFFE, 0xFFFF, 0x0D, 0x0A):
            continue
        text = "-" if code in (0x02, 0xAD) else chr(code)
        raw.FPDFText_GetLooseCharBox(tp, i, rect)
        box = frame.rect(rect.left, rect.bottom, rect.right, rect.top)
        raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
        base = frame.point(ox.value, oy.value)[1]
        # The printed size: the font size times the matrix's vertical scale (Chromium sets
        # type in CSS pixels under a 0.75 page matrix).
        m = raw.FS_MATRIX()
        scale = math.hypot(m.c, m.d) if raw.FPDFText_GetMatrix(tp, i, m) else 1.0
        size = raw.FPDFText_GetFontSize(tp, i) * (scale if scale > 0 and abs(scale - 1) > 0.01 else 1.0)
        out.append((text, box, base, size))
    return out


@pytest.mark.parametrize("path,index", PAGES, ids=lambda v: getattr(v, "name", str(v)))
def test_read_chars_matches_a_per_character_reading(path, index):
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[index]
    frame = Frame(page.get_cropbox(), 0)
    tp = page.get_textpage()
    fast, dropped = read_chars(tp, frame)
    slow = naive_chars(tp, frame)
    tp.close()
    page.close()
    pdf.close()
    assert dropped == 0
    assert "".join(c.text for c in fast) == "".join(s[0] for s in slow)
    assert len(fast) > 300
    for c, (_, box, base, size) in zip(fast, slow):
        assert (c.x0, c.top, c.x1, c.bottom) == pytest.approx(box, abs=0.01)
        assert c.base == pytest.approx(base, abs=0.1)
        assert c.size == pytest.approx(size, abs=0.01)


def test_line_end_hyphen_is_read():
    pdf = pdfium.PdfDocument(str(PAGES[1][0]))
    page = pdf[1]
    tp = page.get_textpage()
    chars, _ = read_chars(tp, Frame(page.get_cropbox(), 0))
    tp.close()
    page.close()
    pdf.close()
    hyphens = [c for c in chars if c.hyphen]
    assert hyphens and all(c.text == "-" for c in hyphens)
