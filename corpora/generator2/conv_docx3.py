"""The typesetting of layout set 3 (conv_variants3.Layout3) for conv_docx.Renderer:
headings in a shaded one-cell table, layout grids (parties, signatories), a
running header per titre carrying its heading, vertical header text, amounts
whose form changes from one to the next. Kept apart so sets 1 and 2 render
exactly as before."""

from __future__ import annotations

import random

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import docxkit
from .conv_blocks import Grid, Heading, TableB
from .conv_layout import heading_text, printed_title
from .conv_variants3 import MONEY_MIX, Layout3


class Layout3Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout3 (self.x3)."""

    x3: Layout3

    def setup3(self) -> None:
        self.rng3 = random.Random(self.rng.random())

    def money_form3(self, table: bool) -> str | None:
        if self.x3.money_mix and not table:
            return self.rng3.choice(MONEY_MIX)
        return None

    def _apart_from_table(self) -> None:
        body = self.doc.element.body
        if len(body) >= 2 and body[-2].tag == qn("w:tbl"):
            self.doc.add_paragraph()   # two w:tbl in a row are one table to LibreOffice

    def heading3(self, h: Heading) -> None:
        s, x = self.s, self.x3
        boxed = x.boxed == "all" or (x.boxed == "titres" and h.kind in ("titre", "article") and h.level <= 2)
        if x.running_titre and h.kind == "titre" and h.number:
            self._titre_section(h)
        if not boxed:
            self.heading(h)
            return
        if self.columns_level is not None and h.level <= self.columns_level:
            self.brk("onecolumn")
            self.columns_level = None
        if h.number and h.kind == "article" and h.number == s.two_columns_article:
            self.brk("columns")
            self.columns_level = h.level
        self._apart_from_table()
        text = heading_text(s, h.kind, h.number, h.title, h.level)
        lines = text.split("\n")
        tbl = self.doc.add_table(rows=1, cols=1)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.table_rules(tbl, "all")
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        if self.columns_level is not None:          # the box fills its column, not the page
            avail = int((avail - Cm(1)) / 2)
        tbl.autofit = False
        tbl.columns[0].width = avail
        cell = tbl.cell(0, 0)
        cell.width = avail
        tbl.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))   # a heading box never splits
        docxkit.shade(cell, self.rng3.choice(["D9D9D9", "DEEAF6", "E2EFDA"]))
        p = cell.paragraphs[0]
        if h.kind in ("titre", "plain"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = True
            run.font.size = Pt(s.heading_sizes[min(h.level, 3) - 1])
            run.font.name = s.heading_font
            if i < len(lines) - 1:
                run.add_break()
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        if h.number:
            self.current = h.number if h.kind != "titre" else self.current
            self.sections.append({"number": h.number, "label": lines[0] if len(lines) > 1 else text,
                                  "heading": printed_title(s, h.kind, h.number, h.title),
                                  "level": h.level, "kind": h.kind})
        else:
            self.sections.append({"number": None, "label": "", "heading": text, "level": h.level, "kind": h.kind})

    def _titre_section(self, h: Heading) -> None:
        """A new page whose running header carries the titre's heading (on one line)."""
        if self.columns_level is not None:
            self.brk("onecolumn")
            self.columns_level = None
        prev = self.doc.sections[-1]
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation, sec.page_width, sec.page_height = prev.orientation, prev.page_width, prev.page_height
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        for r in list(hp.runs):
            r._r.getparent().remove(r._r)
        text = heading_text(self.s, h.kind, h.number, h.title, h.level).replace("\n", " – ")
        run = hp.add_run(text)
        run.font.size = Pt(max(7, self.s.size - 2))
        run.italic = True
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def grid(self, g: Grid) -> None:
        self._apart_from_table()
        n_cols = len(g.rows[0])
        tbl = self.doc.add_table(rows=len(g.rows), cols=n_cols)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.table_rules(tbl, "all" if g.ruled else "none")
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        widths = g.widths or [1.0] * n_cols
        tbl.autofit = False
        for j, col in enumerate(tbl.columns):
            col.width = int(avail * widths[j] / sum(widths))
        for i, row in enumerate(g.rows):
            for j, lines in enumerate(row):
                c = tbl.cell(i, j)
                c.width = int(avail * widths[j] / sum(widths))
                for k, segs in enumerate(lines):
                    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    p.paragraph_format.space_after = Pt(2)
                    self._runs(p, [sg for sg in segs if sg != ""], bold=(j == 0 and g.ruled and n_cols == 2))
                if not g.ruled:
                    c.paragraphs[-1].paragraph_format.space_after = Pt(28)   # room for the signature
        self.doc.add_paragraph()

    def rotate_header(self, tbl, t: TableB) -> None:
        """The last header row in vertical text (bottom to top), the row tall enough to hold it."""
        row = tbl.rows[len(t.header) - 1]
        tr_pr = row._tr.get_or_add_trPr()
        height = OxmlElement("w:trHeight")
        height.set(qn("w:val"), str(int(Cm(2.4).twips)))
        height.set(qn("w:hRule"), "atLeast")
        tr_pr.append(height)
        for j, cell in enumerate(row.cells):
            if j < 4:
                continue
            tc_pr = cell._tc.get_or_add_tcPr()
            td = OxmlElement("w:textDirection")
            td.set(qn("w:val"), "btLr")
            tc_pr.append(td)


__all__ = ["Layout3Mixin"]
