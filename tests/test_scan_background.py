"""A scan whose paper is not one grey (text/scan_background.py): a stain darkening the left
part of the page (dev rough scan 4711, 100 dpi: the session head and the excused list
lost under it), a copier's dark edge. The paper is made even before OCR; a clean scan's
image is left exactly as it was.

The page: a deliberation's head typeset with reportlab, rendered at 100 dpi in grey on
grey paper, a blotch up to 60 grey levels deep over the attendance lists' labels, saved
as an image-only PDF."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, page_image, session_lines  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.scan_background import flatten  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

PRESENT = ["Anne DURAND", "Paul MARTIN", "Luc PETIT", "Marie ROUX", "Hélène VIDAL"]
EXCUSED = ["Jacques BERNARD", "Sophie GIRAUD"]
ABSENT = ["Élodie GUERIN", "Guillaume BERNARD"]
LINES = session_lines("Sainte-Aulde", [
    "Présents : " + ", ".join(PRESENT),
    "Excusés : " + ", ".join(EXCUSED),
    "Absents : " + ", ".join(ABSENT),
], ["Pour : 40 - Contre : 3 - Abstention : 2"])
DPI = 100


def _page(paper: int = 235):
    image = page_image(lambda c, font: draw_lines(c, font, LINES, 50, 790, 10, 17), DPI)
    px = np.asarray(image, dtype=np.float32) / 255.0
    return 20 + px * (paper - 20)


def _stained(px, depth: float):
    """A blotch ``depth`` grey levels deep at its centre (left of the attendance lists'
    labels), fading over about 150 points, and a copier's dark band along the left edge."""
    h, w = px.shape
    s = DPI / 72
    yy, xx = np.mgrid[0:h, 0:w]
    cy, cx = (842 - 700) * s, 40 * s
    blot = depth * np.exp(-(((yy - cy) / (110 * s)) ** 2 + ((xx - cx) / (150 * s)) ** 2))
    edge = 70.0 * np.clip(1 - xx / (25 * s), 0, 1)
    g = np.random.default_rng(5)
    return np.clip(px - blot - edge + g.normal(0, 4, px.shape), 0, 255).astype(np.uint8)


def _pdf(px, path):
    from PIL import Image
    Image.fromarray(px, mode="L").save(path, format="PDF", resolution=float(DPI))
    return path


def test_a_clean_scan_is_left_as_it_is():
    from PIL import Image
    px = np.clip(_page() + np.random.default_rng(1).normal(0, 4, _page().shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(px, mode="L")
    assert flatten(image, DPI / 72) is image


def test_a_stained_page_gets_paper_of_one_grey():
    from PIL import Image
    page = _page()
    image = Image.fromarray(_stained(page, 60.0), mode="L")
    out = np.asarray(flatten(image, DPI / 72), dtype=np.float32)
    paper = page > 200                          # the paper's pixels, by construction
    s = DPI / 72
    stain = np.zeros(page.shape, dtype=bool)
    stain[round((842 - 760) * s):round((842 - 640) * s), round(30 * s):round(80 * s)] = True
    clear = np.zeros(page.shape, dtype=bool)
    clear[round((842 - 760) * s):round((842 - 640) * s), round(400 * s):round(550 * s)] = True
    # under the stain, the paper as light as far from it (it was 50-60 levels darker)
    assert abs(out[stain & paper].mean() - out[clear & paper].mean()) < 10
    ink = page < 60
    # the print keeps its contrast to the paper under the stain
    assert out[stain & paper].mean() - out[stain & ink].mean() > 150


@needs_tesseract
def test_a_stained_head_keeps_its_attendance_lists(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = _pdf(_stained(_page(paper=215), 85.0), tmp_path / "stained.pdf")
    result = parse_pdf(str(pdf))
    parts = [p for p in result.parts if p.kind == "deliberation"]
    assert len(parts) == 1
    meta = parts[0].metadata
    assert meta["present"] == PRESENT
    assert [e["name"] for e in meta["excused"]] == EXCUSED
    assert meta["absent"] == ABSENT
    assert meta["session_date"] == "2026-03-16"
