"""Low-level python-docx helpers: fonts, margins, fields, frames, borders.

python-docx covers paragraphs, runs and tables; page-number fields, text
frames and table borders need a few raw WordprocessingML elements, written
here so the kind modules read as document descriptions."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def new_document(font: str, size: float, margins_cm: tuple[float, float, float, float],
                 line_spacing: float, space_after_pt: float):
    """A Document whose Normal style carries the drawn font, size and spacing."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    pf = normal.paragraph_format
    pf.line_spacing = line_spacing
    pf.space_after = Pt(space_after_pt)
    pf.space_before = Pt(0)
    top, right, bottom, left = margins_cm
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin, section.right_margin = Cm(top), Cm(right)
        section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    return doc


def add_field(paragraph, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) at the end of the paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def paragraph_border(paragraph, sides=("top", "left", "bottom", "right"), size: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    ppr.append(borders)


def frame(paragraph, x_cm: float, y_cm: float, width_cm: float) -> None:
    """Make the paragraph a text frame anchored to the page at (x, y)."""
    ppr = paragraph._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    fp.set(qn("w:w"), str(int(width_cm * 567)))
    fp.set(qn("w:hSpace"), "142")
    fp.set(qn("w:wrap"), "around")
    fp.set(qn("w:vAnchor"), "page")
    fp.set(qn("w:hAnchor"), "page")
    fp.set(qn("w:x"), str(int(x_cm * 567)))
    fp.set(qn("w:y"), str(int(y_cm * 567)))
    ppr.insert(0, fp)


RULES = {"all": {"top", "left", "bottom", "right", "insideH", "insideV"},
         "horizontal": {"top", "bottom", "insideH"}, "none": set()}


def table_rules(table, rules: str) -> None:
    """Table borders: "all" (fully ruled), "horizontal" (rules between rows) or "none"."""
    borders = OxmlElement("w:tblBorders")
    on = RULES[rules]
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if edge in on else "nil")
        if edge in on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def table_borders(table, ruled: bool) -> None:
    """All borders single (ruled) or none at all."""
    table_rules(table, "all" if ruled else "none")


def edge_borders(tbl, edges: dict[str, str], size: int = 4) -> None:
    """The table's borders: edge -> w:val ("single", "dashed", "dotted", …); others nil."""
    pr = tbl._tbl.tblPr
    for old in pr.findall(qn("w:tblBorders")):
        pr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        val = edges.get(edge)
        el.set(qn("w:val"), val or "nil")
        if val:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def cell_bottom_border(cell, val: str, size: int) -> None:
    """A rule of style ``val`` ("double", …) under ``cell`` (w:tcBorders, in CT_TcPr's order)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), "000000")
    bd.append(el)
    # CT_TcPr order: tcW, gridSpan, vMerge, tcBorders, shd, …
    anchor = next((c for c in tc_pr if c.tag in (qn("w:shd"), qn("w:noWrap"), qn("w:tcMar"),
                                                 qn("w:textDirection"), qn("w:vAlign"))), None)
    if anchor is not None:
        anchor.addprevious(bd)
    else:
        tc_pr.append(bd)


def shade(cell, fill: str = "D9D9D9") -> None:
    """A cell's background."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header(row) -> None:
    """The row is repeated at the top of every page the table runs onto (w:tblHeader)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def set_col_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def set_grid_widths(table, widths_cm: list[float]) -> None:
    """The column widths as LibreOffice reads them: the table grid's (python-docx leaves every
    gridCol equal, and LibreOffice ignores the cells' own widths), plus the cells'."""
    set_col_widths(table, widths_cm)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(w).twips)))


def fixed_table(doc, rows: list[list[list[str]]], widths_cm: list[float], rules: str,
                size: float, bold_rows: int = 0):
    """A table of fixed column widths (the grid's, as LibreOffice reads them), each cell a
    list of paragraphs set in ``size`` pt, its first ``bold_rows`` rows in bold."""
    table = doc.add_table(rows=len(rows), cols=len(widths_cm))
    table_rules(table, rules)
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        col.w = Cm(w)
    for r, row in enumerate(rows):
        for c, paragraphs in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths_cm[c])
            for k, text in enumerate(paragraphs):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = p.add_run(text)
                run.font.size = Pt(size)
                run.bold = r < bold_rows or None
    return table


def keep_cell_clean(cell):
    """A new cell holds one empty paragraph; return it for the first write."""
    return cell.paragraphs[0]
