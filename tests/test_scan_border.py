"""A photocopy's dark border (text/scan_border.py): the glass beyond the sheet printed dark
along three edges, its inner edge ragged, the sheet 2.5° askew (``scans.py --wide``; dev
deliberation 4729: the page was read upside down, every word mirrored). The border is painted
in the paper's grey before the page is read; the print is left as it was, and a page with no
border is left exactly as it is.

The page: a deliberation's head typeset with reportlab, rendered at 150 dpi in grey, the
border drawn and the sheet turned as scans_wide.turned_sheet does, saved as an image-only PDF."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from scan_pages import draw_lines, page_image, session_lines  # noqa: E402

from convention_parser.text import ocr as ocr_mod  # noqa: E402
from convention_parser.text.scan_border import clear_border  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_mod.check_tesseract()), reason="Tesseract (fra) missing")

DPI = 150
PRESENT = ["Anne DURAND", "Paul MARTIN", "Luc PETIT", "Marie ROUX", "Hélène VIDAL"]
EXCUSED = ["Jacques BERNARD", "Sophie GIRAUD"]
LINES = session_lines("Sainte-Aulde", [
    "Présents : " + ", ".join(PRESENT),
    "Excusés : " + ", ".join(EXCUSED),
], [
    "Considérant que le club accueille plus de trois cents licenciés, dont la moitié a moins",
    "de dix-huit ans, et qu'il organise chaque été un tournoi ouvert aux jeunes des quartiers,",
    "Considérant que la saison passée a laissé un déficit de fonctionnement que les cotisations",
    "ne suffisent pas à combler, et que le club a présenté un plan de redressement sur deux ans,",
    "Considérant l'avis favorable de la commission des sports réunie le 2 mars 2026,",
    "Le Conseil municipal autorise le Maire à signer la convention d'objectifs correspondante",
    "et tout document s'y rapportant ; la dépense sera imputée au budget de l'exercice 2026.",
    "Pour : 40 - Contre : 3 - Abstention : 2",
    "",
    "Fait et délibéré les jour, mois et an susdits.",
    "Pour extrait conforme,",
])
BORDER = 45                      # the glass's grey
DEPTH = 22.0                     # points


def _draw(c, font):
    draw_lines(c, font, LINES, 60, 780, 10, 17)


def _paper():
    """The page in grey on grey paper (ink 20, paper 230), sensor noise."""
    px = np.asarray(page_image(_draw, DPI), dtype=np.float32) / 255.0
    px = 20 + px * 210
    return np.clip(px + np.random.default_rng(3).normal(0, 4, px.shape), 0, 255).astype(np.uint8)


def _bordered(px):
    """A ragged dark band along the left, top and bottom edges, then the sheet turned 2.5°
    (what the turn uncovers as dark as the band)."""
    from PIL import Image
    px = px.copy()
    h, w = px.shape
    s = DPI / 72
    g = np.random.default_rng(8)
    depth = round(DEPTH * s)
    for edge, span in (("l", h), ("t", w), ("b", w)):
        ragged = depth + np.cumsum(g.integers(-1, 2, span)).clip(-depth // 2, depth // 2)
        for k in range(span):
            d = int(ragged[k])
            if edge == "l":
                px[k, :d] = BORDER
            elif edge == "t":
                px[:d, k] = BORDER
            else:
                px[h - d:, k] = BORDER
    return Image.fromarray(px, mode="L").rotate(2.5, resample=Image.BICUBIC, fillcolor=BORDER)


def test_a_page_without_border_is_left_as_it_is():
    from PIL import Image
    image = Image.fromarray(_paper(), mode="L")
    assert clear_border(image, DPI / 72) is image


def test_the_border_is_painted_out_and_the_print_kept():
    clean = _paper()
    turned = _bordered(clean)
    out = np.asarray(clear_border(turned, DPI / 72))
    before = np.asarray(turned)
    s = DPI / 72
    h, w = out.shape
    band = np.zeros(out.shape, dtype=bool)
    band[:, :round(8 * s)] = band[:round(8 * s), :] = band[-round(8 * s):, :] = True
    assert (before[band] < 120).mean() > 0.9          # the border was there ...
    assert (out[band] < 120).mean() < 0.01            # ... and is gone
    inside = np.zeros(out.shape, dtype=bool)
    inside[round(50 * s):h - round(50 * s), round(50 * s):w - round(50 * s)] = True
    assert (out[inside] == before[inside]).all()      # the print untouched


@needs_tesseract
def test_a_bordered_askew_copy_is_read_upright(tmp_path):
    from convention_parser.pipeline import parse_pdf

    pdf = tmp_path / "bordered.pdf"
    _bordered(_paper()).save(pdf, format="PDF", resolution=float(DPI))
    parts = [p for p in parse_pdf(str(pdf)).parts if p.kind == "deliberation"]
    assert len(parts) == 1
    meta = parts[0].metadata
    assert meta["session_date"] == "2026-03-16"
    assert meta["president"] == "Paul MARTIN"
    assert meta["present"] == PRESENT
    assert [e["name"] for e in meta["excused"]] == EXCUSED
