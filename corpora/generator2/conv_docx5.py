"""The typesetting of layout set 5 (conv_variants5.Layout5) for conv_docx.Renderer: headings
numbered in the margin or printed as a two-cell band, "Article premier", tables in zebra
shading without rules or under a header band only, the financing table's heads in vertical
text, an operation table cut by a page break and continued under "(suite)", a footnote call in
a table cell, amounts "1.880.000,00 €", "1,880 M€", "1 880 000 euros HT". Kept apart so sets
1-4 render exactly as before."""

from __future__ import annotations

import re

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import docxkit
from .conv_blocks import Heading, TableB
from .conv_layout import heading_text, printed_title
from .conv_variants5 import CELL_NOTE, Layout5, is_financing_table, is_operation_table

_ARTICLE_ONE = re.compile(r"^(Article|ARTICLE) 1(er)?(?=\W)")
LABEL_HEADS = ("Libellé de l'opération", "Libellé", "Opération")


def _no_borders(tbl) -> None:
    for old in tbl._tbl.tblPr.findall(qn("w:tblBorders")):
        tbl._tbl.tblPr.remove(old)
    docxkit.table_rules(tbl, "none")


def _fill(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    docxkit.shade(cell, fill)


class Layout5Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout5 (self.x5)."""

    x5: Layout5

    def setup5(self) -> None:
        self.noted5 = False

    def money_form5(self, table: bool) -> str | None:
        return None if table else self.x5.money_prose

    def premier5(self, h: Heading, text: str) -> str:
        """ "Article premier" for the first article (the style's other forms unchanged)."""
        if self.x5.heading != "premier" or h.kind != "article" or h.number != "1":
            return text
        return _ARTICLE_ONE.sub(lambda m: "ARTICLE PREMIER" if m.group(1).isupper() else "Article premier", text)

    # --- headings
    def heading5(self, h: Heading) -> None:
        x = self.x5
        if x.heading == "margin" and h.kind == "article" and h.number:
            return self._margin_heading5(h)
        if x.heading == "band" and h.kind in ("article", "titre") and h.number:
            return self._band_heading5(h)
        self.heading(h)

    def _columns_reset5(self, h: Heading) -> None:
        s = self.s
        if self.columns_level is not None and h.level <= self.columns_level:
            self.brk("onecolumn")
            self.columns_level = None
        if h.number and h.kind == "article" and h.number == s.two_columns_article:
            self.brk("columns")
            self.columns_level = h.level

    def _record5(self, h: Heading, label: str, heading: str) -> None:
        self.current = h.number
        self.sections.append({"number": h.number, "label": label, "heading": heading, "level": h.level,
                              "kind": h.kind})

    def _margin_heading5(self, h: Heading) -> None:
        """ "4.1<tab>Title": the number hangs in the left margin, the title at the body's edge."""
        s = self.s
        self._columns_reset5(h)
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(10)
        pf.keep_with_next = True
        pf.left_indent = Cm(0)
        pf.first_line_indent = Cm(-1.5)
        pf.tab_stops.add_tab_stop(Cm(0))
        size = s.heading_sizes[min(h.level, 3) - 1]
        for text in (h.number, "\t" + h.title):
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(size)
            run.font.name = s.heading_font
        self._record5(h, h.number, h.title)

    def _band_heading5(self, h: Heading) -> None:
        """A one-row, two-cell band without rules: the label white on dark, the title beside it."""
        s = self.s
        self._columns_reset5(h)
        self._apart_from_table()
        if h.kind == "titre":
            label, title = f"TITRE {h.number}", h.title.upper()
        elif "." in h.number:
            label, title = h.number, h.title
        else:
            label = "Article premier" if h.number == "1" and self.rng.random() < 0.5 else f"Article {h.number}"
            title = h.title
        tbl = self.doc.add_table(rows=1, cols=2)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        _no_borders(tbl)
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        if self.columns_level is not None:
            avail = int((avail - Cm(1)) / 2)
        tbl.autofit = False
        widths = [0.36, 0.64] if len(label) > 10 else [0.3, 0.7]   # "Article premier" on one line
        tbl.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        size = s.heading_sizes[min(h.level, 3) - 1]
        for j, (text, fill) in enumerate(((label, "1F4E79"), (title, "DEEAF6"))):
            tbl.columns[j].width = int(avail * widths[j])
            cell = tbl.cell(0, j)
            cell.width = int(avail * widths[j])
            _fill(cell, fill)
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(size)
            run.font.name = s.heading_font
            if j == 0:
                run.font.color.rgb = RGBColor(255, 255, 255)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        if h.kind == "titre":
            self.sections.append({"number": h.number, "label": label, "heading": title, "level": h.level,
                                  "kind": h.kind})
        else:
            self._record5(h, label, title)

    # --- tables
    def table5(self, t: TableB) -> None:
        x = self.x5
        n = len(t.rows)
        cut = self._cut5(t) if x.split_ops and is_operation_table(t) and n >= 8 else None
        if cut is None:
            self.table(t)
            self._look5(t)
            return
        first = TableB(t.title, t.header, t.rows[:cut], header_spans=t.header_spans,
                       row_spans=[sp for sp in t.row_spans if sp[0] < cut], widths=t.widths, wide=t.wide,
                       total_rows=[r for r in t.total_rows if r < cut], rotated_header=t.rotated_header)
        header2 = [list(r) for r in t.header]
        header2[0][0] = f"{header2[0][0]} (suite)"
        second = TableB(f"{t.title} (suite)" if t.title else "", header2, t.rows[cut:],
                        header_spans=t.header_spans,
                        row_spans=[(r - cut, c, h, w) for r, c, h, w in t.row_spans if r >= cut],
                        widths=t.widths, wide=t.wide, total_rows=[r - cut for r in t.total_rows if r >= cut],
                        rotated_header=t.rotated_header)
        self.table(first)
        self._look5(first)
        self.doc.add_page_break()
        self.table(second)
        self._look5(second)
        g2 = self.tables.pop()
        g1 = self.tables.pop()
        self.tables.append({"title": t.title, "header": g1["header"], "rows": g1["rows"] + g2["rows"],
                            "n_rows": n, "n_cols": g1["n_cols"], "section": g1["section"]})

    @staticmethod
    def _cut5(t: TableB) -> int | None:
        """A row about the middle no merged cell crosses, a data row on each side."""
        n = len(t.rows)
        for k in list(range(n // 2, n - 2)) + list(range(n // 2 - 1, 2, -1)):
            if any(r < k < r + h for r, c, h, w in t.row_spans):
                continue
            if k in t.total_rows and k == n - 1:
                continue
            return k
        return None

    def _look5(self, t: TableB) -> None:
        x = self.x5
        tbl = self.doc.tables[-1]
        nh = len(t.header)
        if x.table_look in ("zebra", "band"):
            _no_borders(tbl)
            for i in range(nh):
                for c in tbl.rows[i].cells:
                    _fill(c, "1F4E79" if x.table_look == "zebra" else "D9D9D9")
                    if x.table_look == "zebra":
                        for p in c.paragraphs:
                            for r in p.runs:
                                r.font.color.rgb = RGBColor(255, 255, 255)
            if x.table_look == "zebra":
                for i in range(nh, len(tbl.rows)):
                    if (i - nh) % 2:
                        for c in tbl.rows[i].cells:
                            _fill(c, "EDEDED")
        if x.rotate_fin and is_financing_table(t):
            row = tbl.rows[nh - 1]
            tr_pr = row._tr.get_or_add_trPr()
            height = OxmlElement("w:trHeight")
            height.set(qn("w:val"), str(int(Cm(3.0).twips)))
            height.set(qn("w:hRule"), "atLeast")
            tr_pr.append(height)
            for j, cell in enumerate(row.cells):
                if j == 0:
                    continue
                td = OxmlElement("w:textDirection")
                td.set(qn("w:val"), "btLr")
                cell._tc.get_or_add_tcPr().append(td)
        if x.cell_note and not self.noted5 and is_operation_table(t) and not t.title.endswith("(suite)"):
            heads = t.header[-1]
            j = next(k for k, hd in enumerate(heads) if hd in LABEL_HEADS)
            full = {r for r, c, h, w in t.row_spans if w > 1}
            i = next((k for k in range(len(t.rows)) if k not in full and k not in t.total_rows
                      and isinstance(t.rows[k][j], str) and t.rows[k][j]), None)
            if i is None:
                return
            self.noted5 = True
            self.notes.append(CELL_NOTE)
            p = tbl.cell(nh + i, j).paragraphs[-1]
            size = next((r.font.size for r in p.runs if r.font.size), None)
            r = p.add_run()
            if size:
                r.font.size = size          # the call raised and shrunk from the cell's own type
            rpr = r._r.get_or_add_rPr()
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), str(len(self.notes)))
            r._r.append(ref)


__all__ = ["Layout5Mixin"]
