"""The visual debugger: a page image with what the parse saw drawn on it.

What a user attaches to a bug report, as pdfplumber's visual debugger does:
words, lines, page furniture (running headers and footers), the runs of the
reading order (columns, side-by-side boxes), the parse's blocks (paragraphs and
list items, drawn where their lines are: ``Block.boxes``), numbered headings
with their level, tables and their cells (the grid's own cell boxes, rules
included), amounts and dates, each a coloured box with a short label, and a
colour legend in the corner.

``page_shapes`` computes the boxes (plain data, what tests check);
``render_page`` draws them on pdfium's rendering of the page; ``render_html``
writes one image per page and an index.html.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .french.text import fold
from .pipeline import Analysis, analyse_pdf
from .text.model import Line, Page, Word
from .text.opening import open_input

BBox = tuple[float, float, float, float]   # x0, top, x1, bottom in points, origin top-left

# kind -> (RGB colour, outline width); the legend lists them in this order.
STYLE: dict[str, tuple[tuple[int, int, int], int]] = {
    "word": ((170, 170, 170), 1),
    "line": ((60, 110, 220), 1),
    "furniture": ((240, 140, 0), 2),
    "column": ((150, 200, 60), 1),
    "block": ((40, 170, 60), 2),
    "heading": ((220, 30, 30), 3),
    "table": ((130, 40, 200), 3),
    "cell": ((210, 80, 210), 1),
    "amount": ((0, 120, 90), 2),
    "date": ((0, 160, 190), 2),
}


@dataclass(frozen=True)
class DebugSettings:
    scale: float = 2.0            # pixels per point (144 dpi)
    block_jump: float = 2.0       # a line starting this many points above the previous one opens a new run
    label_size: int = 11          # pixels


@dataclass
class Shape:
    kind: str                    # a key of STYLE
    box: BBox
    label: str = ""


@dataclass
class DebugPage:
    number: int
    width: float                 # points
    height: float
    shapes: list[Shape] = field(default_factory=list)
    image: Optional[Path] = None
    size: tuple[int, int] = (0, 0)   # pixels

    def kinds(self) -> set[str]:
        return {s.kind for s in self.shapes}


def _box(items) -> BBox:
    return (min(i.x0 for i in items), min(i.top for i in items),
            max(i.x1 for i in items), max(i.bottom for i in items))


def _runs(lines: list[Line], s: DebugSettings) -> list[list[Line]]:
    """Runs of lines in reading order; a run ends where the order jumps back up the page or
    moves to a line that shares no width with the previous one (a block beside it)."""
    out: list[list[Line]] = []
    for ln in lines:
        prev = out[-1][-1] if out else None
        if prev is not None and ln.top >= prev.top - s.block_jump and ln.x0 < prev.x1 and prev.x0 < ln.x1:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _key(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def _span(lines: list[Line], text: str) -> Optional[list[Word]]:
    """The words of one line that print ``text`` (spaces ignored), or None."""
    want = _key(text)
    if not want:
        return None
    for ln in lines:
        keys = [_key(w.text) for w in ln.words]
        if want not in "".join(keys):
            continue
        for i in range(len(keys)):
            acc = ""
            for j in range(i, len(keys)):
                acc += keys[j]
                if want in acc:
                    while i < j and want in "".join(keys[i + 1:j + 1]):   # the shortest span
                        i += 1
                    return ln.words[i:j + 1]
                if len(acc) - len(keys[i]) >= len(want):   # a span from a later word would be shorter
                    break
    return None


def _heading_line(lines: list[Line], label: str, heading: str) -> Optional[Line]:
    head = _key(heading)[:30]
    number = _key(label)
    for ln in lines:
        k = _key(ln.text)
        if head and head in k or (not head and number and k.startswith(number)):
            return ln
    return None


def page_shapes(analysis: Analysis, number: int, settings: DebugSettings = DebugSettings()) -> DebugPage:
    """Every box to draw on page ``number`` (1-based)."""
    page: Page = analysis.doc.pages[number - 1]
    out = DebugPage(number, page.width, page.height)
    add = out.shapes.append
    for ln in page.lines:
        for w in ln.words:
            add(Shape("word", (w.x0, w.top, w.x1, w.bottom)))
        add(Shape("line", _box([ln])))
    for where, lines in (("header", page.header), ("footer", page.footer)):
        for ln in lines:
            add(Shape("furniture", _box([ln]), where))
    for k, run in enumerate(_runs([ln for ln in page.lines if ln.table_id is None], settings), 1):
        add(Shape("column", _box(run), f"C{k}"))
    for located in analysis.located:
        if number in located.bboxes:
            add(Shape("table", located.bboxes[number], f"table {located.table.id}"))
    out.shapes.extend(_cells(analysis, page, number))
    for part in analysis.result.parts:
        for block in [*part.preamble_blocks, *(b for sec in part.sections for b in sec.blocks)]:
            for box in block.boxes:
                if box[0] == number:
                    add(Shape("block", (box[1], box[2], box[3], box[4]), block.id))
        for sec in part.sections:
            if sec.page == number and (ln := _heading_line(page.lines, sec.label or sec.number, sec.heading)):
                add(Shape("heading", _box([ln]), f"H{sec.level} {sec.number}"))
        for amount in part.amounts:
            if amount.page == number and (words := _span(page.lines, amount.text)):
                add(Shape("amount", _box(words), f"{amount.value:,.2f}".replace(",", " ").removesuffix(".00") + " EUR"))
        for date in part.dates:
            if date.page == number and date.value and (words := _span(page.lines, date.text)):
                add(Shape("date", _box(words), date.value))
    return out


def _grid_cells(grid) -> list[Shape]:
    """A grid's cells as the table finder cut them: column boundaries across, row tops
    down (a row ends where the next starts, the last at the table's bottom)."""
    x0, top, x1, bottom = grid.bbox
    tops = list(grid.row_tops)
    if len(tops) != grid.n_rows or len(grid.xs) < 2:
        return []
    edges = tops + [bottom]
    out = []
    for c in grid.cells:
        if c.row + c.rowspan > len(edges) - 1 or c.col + c.colspan > len(grid.xs) - 1:
            continue
        box = (grid.xs[c.col], edges[c.row], grid.xs[c.col + c.colspan], edges[c.row + c.rowspan])
        out.append(Shape("cell", box, f"r{c.row}c{c.col}"))
    return out


def _cells(analysis: Analysis, page: Page, number: int) -> list[Shape]:
    """Cell boxes of the tables on the page: from their grids; for a table found without
    one (row tops not kept), the extent of the text of each cell."""
    out: list[Shape] = []
    gridded: set[str] = set()
    for located in analysis.located:
        for grid in located.grids:
            if grid.page == number and (shapes := _grid_cells(grid)):
                out.extend(shapes)
                gridded.add(located.table.id)
    cells: dict[tuple, list[Line]] = {}
    for ln in page.lines:
        if ln.table_id is not None and ln.table_id not in gridded:
            cells.setdefault((ln.table_id, ln.cell or ("row", ln.top)), []).append(ln)
    for (table_id, cell), lines in cells.items():
        label = f"r{cell[0]}c{cell[1]}" if isinstance(cell[0], int) else ""
        out.append(Shape("cell", _box(lines), label))
    return out


def _draw(image, shapes: list[Shape], s: DebugSettings):
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(image, "RGBA")
    try:
        font = ImageFont.load_default(size=s.label_size)
    except TypeError:  # Pillow < 10.1: the bitmap font of fixed size
        font = ImageFont.load_default()
    order = list(STYLE)
    for shape in sorted(shapes, key=lambda sh: order.index(sh.kind)):
        colour, width = STYLE[shape.kind]
        x0, top, x1, bottom = (v * s.scale for v in shape.box)
        draw.rectangle([x0, top, max(x1, x0 + 1), max(bottom, top + 1)], outline=colour + (255,), width=width)
        if shape.label:
            tx, ty = x0, max(0.0, top - s.label_size - 1)
            tw = draw.textlength(shape.label, font=font)
            draw.rectangle([tx, ty, tx + tw + 2, ty + s.label_size], fill=(255, 255, 255, 210))
            draw.text((tx + 1, ty), shape.label, fill=colour + (255,), font=font)
    # Legend, top-left corner.
    y = 4
    for kind in order:
        colour, _ = STYLE[kind]
        draw.rectangle([4, y, 104, y + s.label_size + 2], fill=(255, 255, 255, 230))
        draw.rectangle([6, y + 2, 16, y + s.label_size], fill=colour + (255,))
        draw.text((20, y), kind, fill=(0, 0, 0, 255), font=font)
        y += s.label_size + 3
    return image


def _render(pdf_path: Path, dp: DebugPage, out: Path, s: DebugSettings) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[dp.number - 1]
        image = page.render(scale=s.scale).to_pil().convert("RGB")
        page.close()
    finally:
        pdf.close()
    _draw(image, dp.shapes, s).save(out, format="PNG")
    dp.image, dp.size = out, image.size


def render_page(pdf: str | Path, number: int, out: str | Path, password: Optional[str] = None,
                ocr: str = "auto", settings: DebugSettings = DebugSettings(), rules=None) -> DebugPage:
    """Write page ``number`` of ``pdf`` with its boxes to the PNG ``out``. ``rules``: a
    RuleSet (default: the shipped one)."""
    analysis = analyse_pdf(pdf, ocr=ocr, password=password, rules=rules)
    _check_page(number, len(analysis.doc.pages))
    dp = page_shapes(analysis, number, settings)
    with open_input(pdf, password) as opened:
        _render(opened.path, dp, Path(out), settings)
    return dp


def render_html(pdf: str | Path, out_dir: str | Path, pages: Optional[list[int]] = None,
                password: Optional[str] = None, ocr: str = "auto",
                settings: DebugSettings = DebugSettings(), rules=None) -> list[DebugPage]:
    """One PNG per page (``page-001.png``…) and ``index.html`` listing them with their boxes."""
    analysis = analyse_pdf(pdf, ocr=ocr, password=password, rules=rules)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    numbers = pages or list(range(1, len(analysis.doc.pages) + 1))
    done = []
    with open_input(pdf, password) as opened:
        for n in numbers:
            _check_page(n, len(analysis.doc.pages))
            dp = page_shapes(analysis, n, settings)
            _render(opened.path, dp, out_dir / f"page-{n:03d}.png", settings)
            done.append(dp)
    (out_dir / "index.html").write_text(_index(Path(pdf), analysis, done), encoding="utf-8")
    return done


def _check_page(number: int, count: int) -> None:
    from .errors import InputError

    if not 1 <= number <= count:
        raise InputError(f"no page {number} (the PDF has {count})")


def _index(pdf: Path, analysis: Analysis, pages: list[DebugPage]) -> str:
    legend = " ".join(f'<span style="border:2px solid rgb{STYLE[k][0]};padding:0 4px">{k}</span>' for k in STYLE)
    rows = []
    for dp in pages:
        counts = ", ".join(f"{k}: {sum(s.kind == k for s in dp.shapes)}" for k in STYLE
                           if any(s.kind == k for s in dp.shapes))
        labels = "; ".join(html.escape(s.label) for s in dp.shapes if s.kind in ("heading", "table"))
        rows.append(f'<h2 id="p{dp.number}">Page {dp.number}</h2><p>{counts}</p><p>{labels}</p>'
                    f'<img src="{dp.image.name if dp.image else ""}" style="max-width:100%;border:1px solid #ccc">')
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in analysis.result.warnings)
    parts = "".join(f"<li>{html.escape(p.kind)} pages {p.pages[0]}–{p.pages[-1]}: {html.escape(p.title)}</li>"
                    for p in analysis.result.parts)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(pdf.name)}</title></head>"
            f"<body><h1>{html.escape(pdf.name)}</h1><p>{legend}</p><ul>{parts}</ul>"
            f"<ul>{warnings}</ul>{''.join(rows)}</body></html>\n")
