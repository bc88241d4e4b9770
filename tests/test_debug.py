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
    assert {"word", "line", "furniture", "column", "block", "heading", "table", "cell", "amount", "date"} <= dp.kinds()
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
    """The framed stamp beside the heading (tests/fixtures/text/build_blocks.py) is a run of its own."""
    from convention_parser.debug import page_shapes
    from convention_parser.pipeline import analyse_pdf

    analysis = analyse_pdf(FIXTURES / "text" / "blocks_word_sans.pdf")
    blocks = [s for s in page_shapes(analysis, 1).shapes if s.kind == "column"]
    assert [b.label for b in blocks] == ["C1", "C2"]
    heading, stamp = blocks
    assert stamp.box[0] > heading.box[2]                  # side by side, no shared width
    stamp_lines = [ln.text for ln in analysis.doc.pages[0].lines
                   if ln.x0 >= stamp.box[0] - 1 and ln.bottom <= stamp.box[3] + 1]
    assert stamp_lines[0].startswith("Accusé de réception") and len(stamp_lines) == 4


def _built_page(path):
    """Two paragraphs under a heading, then a ruled 3 x 3 table; positions known by construction."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, height - 80, "Article 1 – Objet de la convention")
    c.setFont("Helvetica", 11)
    first = ["La présente convention fixe les engagements des parties pour le projet",
             "de renouvellement urbain du quartier République à Avion, dont la démolition",
             "de la tour des Frênes et la requalification de la résidence des Glycines."]
    second = ["Les parties se réunissent chaque année pour faire le point sur",
              "l'avancement des opérations et le respect du calendrier."]
    y = height - 110
    for text in first:
        c.drawString(72, y, text)
        y -= 14
    y -= 16                                                   # a blank line between the paragraphs
    for text in second:
        c.drawString(72, y, text)
        y -= 14
    xs, ys = [72, 220, 370, 520], [height - 260, height - 280, height - 300, height - 320]
    rows = [["Opération", "Logements", "Montant"], ["Démolition", "120", "2 400 000 €"],
            ["Requalification", "80", "1 600 000 €"]]
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(xs[k] + 4, ys[r] - 14, text)
    for yy in ys:
        c.line(xs[0], yy, xs[-1], yy)
    for xx in xs:
        c.line(xx, ys[0], xx, ys[-1])
    c.showPage()
    c.save()
    return height, first, second, xs, ys


def test_blocks_and_cells_are_drawn_where_they_are_printed(tmp_path):
    """Each paragraph's box holds its own lines and not the next paragraph's; each cell's box
    is the rules around it (gold: the coordinates the page was drawn with)."""
    from convention_parser.debug import page_shapes
    from convention_parser.pipeline import analyse_pdf

    pdf = tmp_path / "built.pdf"
    height, first, second, xs, ys = _built_page(pdf)
    analysis = analyse_pdf(pdf)
    shapes = page_shapes(analysis, 1).shapes
    blocks = sorted((s for s in shapes if s.kind == "block"), key=lambda s: s.box[1])
    assert len(blocks) == 2
    lines = analysis.doc.pages[0].lines
    for block, texts in zip(blocks, (first, second)):
        mine = [ln for ln in lines if ln.text in texts]
        assert len(mine) == len(texts)
        x0, top, x1, bottom = block.box
        assert abs(x0 - 72) < 1
        assert abs(top - min(ln.top for ln in mine)) < 0.2 and abs(bottom - max(ln.bottom for ln in mine)) < 0.2
        assert abs(x1 - max(ln.x1 for ln in mine)) < 0.2
    assert blocks[0].box[3] < blocks[1].box[1]                 # the blank line between them stays outside
    ids = [b.id for s in analysis.result.parts[0].sections for b in s.blocks if b.kind == "paragraph"]
    assert [b.label for b in blocks] == ids[:2]
    cells = {s.label: s.box for s in shapes if s.kind == "cell"}
    tops = [height - y for y in ys]
    for r in range(3):
        for k in range(3):
            box = cells[f"r{r}c{k}"]
            assert all(abs(a - b) < 1.5 for a, b in zip(box, (xs[k], tops[r], xs[k + 1], tops[r + 1]))), (r, k, box)
