"""The visual debugger: the page image with the boxes the parse saw."""

import subprocess
import sys

import pypdfium2 as pdfium
import pytest
from PIL import Image

from conftest import CORPORA, FIXTURES
from convention_parser.debug import STYLE, DebugSettings, render_page

SEED = CORPORA / "pdf" / "seed_deliberation_avenant01.pdf"
PAGE = 16          # a table (t3) and the heading "Article 3.6 – Modification de l'article 6 …"


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("debug") / "p16.png"
    return out, render_page(SEED, PAGE, out, settings=DebugSettings(scale=1.5))


def test_png_has_the_page_size(drawn):
    out, dp = drawn
    pdf = pdfium.PdfDocument(str(SEED))
    w, h = pdf[PAGE - 1].get_size()
    pdf.close()
    with Image.open(out) as img:
        assert img.format == "PNG"
        assert img.size == (round(w * 1.5), round(h * 1.5)) == dp.size


def test_page_with_a_table_and_a_heading_draws_them(drawn):
    _, dp = drawn
    assert {"word", "line", "furniture", "block", "heading", "table", "cell", "amount", "date"} <= dp.kinds()
    headings = [s for s in dp.shapes if s.kind == "heading"]
    assert [s.label for s in headings] == ["H2 3.6"]
    tables = [s for s in dp.shapes if s.kind == "table"]
    assert [s.label for s in tables] == ["table t3"]
    x0, top, x1, bottom = tables[0].box
    cells = [s for s in dp.shapes if s.kind == "cell"]
    assert len(cells) >= 8                                 # 2 rows x 4 columns (gold: the page's table)
    assert all(x0 - 1 <= c.box[0] and c.box[2] <= x1 + 1 and top - 1 <= c.box[1] and c.box[3] <= bottom + 1
               for c in cells)
    assert headings[0].box[1] > bottom                     # the heading is printed below the table
    assert any(s.label == "45 000 EUR" for s in dp.shapes if s.kind == "amount")
    assert {s.label for s in dp.shapes if s.kind == "furniture"} == {"header", "footer"}
    for s in dp.shapes:                                    # every box on the page
        assert 0 <= s.box[0] <= s.box[2] <= dp.width + 1 and 0 <= s.box[1] <= s.box[3] <= dp.height + 1
        assert s.kind in STYLE


def test_cli_html_writes_every_page_and_an_index(tmp_path):
    pdf = FIXTURES / "minutes" / "minutes-del-themes.pdf"
    out = tmp_path / "dbg"
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "debug", str(pdf), "--html", "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    doc.close()
    assert n >= 2
    assert sorted(p.name for p in out.iterdir()) == ["index.html"] + [f"page-{i:03d}.png" for i in range(1, n + 1)]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'src="page-001.png"' in index and 'src="page-002.png"' in index and "heading" in index
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "debug", str(pdf), "--page", "9",
                           "--out", str(tmp_path / "x.png")], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.strip() == f"error: {pdf}: no page 9 (the PDF has {n})"


def test_blocks_beside_each_other_are_apart():
    """The framed stamp beside the heading (tests/fixtures/text/build_blocks.py) is a block of its own."""
    from convention_parser.debug import page_shapes
    from convention_parser.pipeline import analyse_pdf

    analysis = analyse_pdf(FIXTURES / "text" / "blocks_word_sans.pdf")
    blocks = [s for s in page_shapes(analysis, 1).shapes if s.kind == "block"]
    assert [b.label for b in blocks] == ["B1", "B2"]
    heading, stamp = blocks
    assert stamp.box[0] > heading.box[2]                  # side by side, no shared width
    stamp_lines = [ln.text for ln in analysis.doc.pages[0].lines
                   if ln.x0 >= stamp.box[0] - 1 and ln.bottom <= stamp.box[3] + 1]
    assert stamp_lines[0].startswith("Accusé de réception") and len(stamp_lines) == 4
