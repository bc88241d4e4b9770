"""The typesetting of layout set 8 (conv_variants8.Layout8) for conv_docx.Renderer: article
labels in a left column of the text block with the article's text indented beside it, titres
centred in capitals over a rule and articles in spread small capitals, tables with a shaded
first column, the financing and family tables side by side in a borderless layout table, a
footer with the document reference and "Paraphes", amounts with narrow no-break spaces /
"1,88 M€". Kept apart so sets 1-7 render exactly as before."""

from __future__ import annotations

import random

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import docxkit
from .conv_blocks import Block, Bullets, Heading, Money, Para, TableB
from .conv_variants5 import is_financing_table
from .conv_variants8 import Layout8

FAMILY_TITLE = "Concours financiers de l'ANRU par famille d'opérations"
FIRST_COL_FILL = "DCE6F1"
ARTICLE_LABELS8 = ["Article {n}", "ARTICLE {n}", "Art. {n}"]


def _bottom_rule(paragraph, size: int = 8) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "000000")
    borders.append(el)
    ppr.append(borders)


def _spread(run, twips: int) -> None:
    """Character spacing (w:spacing, in twentieths of a point) on a run."""
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def is_family_table(t: TableB) -> bool:
    return len(t.header[-1]) == 2 and (t.title.startswith(FAMILY_TITLE) or not t.title)


class Layout8Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout8 (self.x8)."""

    x8: Layout8

    def setup8(self) -> None:
        self.rng8 = random.Random(self.rng.random())
        self.label8 = self.rng8.choice(ARTICLE_LABELS8)
        self.column8 = Cm(2.0 if self.label8.startswith("Art.") else 2.8)
        self.in_article8 = False
        if self.x8.footer:
            self._footer8()

    def money_form8(self, table: bool) -> str | None:
        return None if table else self.x8.money_prose

    # --- footer
    def _footer8(self) -> None:
        from .conv_docx import _field
        s, x = self.s, self.x8
        sec = self.doc.sections[0]
        size = max(7, s.size - 2)
        fp = sec.footer.paragraphs[0]
        for r in list(fp._p):
            if r.tag.endswith("}r") or r.tag.endswith("}fldSimple"):
                fp._p.remove(r)
        fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        avail = sec.page_width - sec.left_margin - sec.right_margin
        blanks = "\u2026\u2026\u2026"
        if x.footer == "ref":
            fp.paragraph_format.tab_stops.add_tab_stop(int(avail * 0.6), WD_TAB_ALIGNMENT.LEFT)
            fp.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT)
            fp.add_run(f"{x.footer_text}\tParaphes : {blanks}  {blanks}\t").font.size = Pt(size)
            page = fp
        else:
            fp.add_run(x.footer_text).font.size = Pt(size)
            page = sec.footer.add_paragraph()
            page.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT)
            page.add_run(f"Paraphes : {blanks}  {blanks}  {blanks}\t").font.size = Pt(size)
        _field(page, "PAGE", s.footer_simple_fields, size)
        page.add_run("/").font.size = Pt(size)
        _field(page, "NUMPAGES", s.footer_simple_fields, size)

    # --- headings
    def heading8(self, h: Heading) -> None:
        x = self.x8
        if h.kind == "article" and h.number and not h.spelled:
            self.in_article8 = True
        elif h.kind in ("titre", "annexe", "plain"):
            self.in_article8 = False
        if x.heading == "column" and h.kind == "article" and h.number and not h.spelled:
            return self._column_heading8(h)
        self.heading(h)
        if x.heading != "ruled" or not h.number:
            return
        p = self.doc.paragraphs[-1]
        if h.kind == "titre":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(8)
            _bottom_rule(p)
            for r in p.runs:
                r.font.all_caps = True
        elif h.kind == "article":
            for r in p.runs:
                r.font.small_caps = True
                _spread(r, 20)

    def _column_heading8(self, h: Heading) -> None:
        """ "Article 4<tab>Title": the label in the text block's left column, the title at the
        text column (a hanging indent), the article's text indented to it below."""
        s = self.s
        self._columns_reset5(h)
        label = h.number if "." in h.number else self.label8.format(n=h.number)
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(10)
        pf.space_after = Pt(4)
        pf.keep_with_next = True
        pf.left_indent = self.column8
        pf.first_line_indent = -self.column8
        pf.tab_stops.add_tab_stop(self.column8)
        size = Pt(s.heading_sizes[min(h.level, 3) - 1])
        for text in (label, "\t" + h.title):
            run = p.add_run(text)
            run.bold = True
            run.font.size = size
            run.font.name = s.heading_font
        self.current = h.number
        self.sections.append({"number": h.number, "label": label, "heading": h.title, "level": h.level,
                              "kind": h.kind})

    # --- body text indented to the text column
    def _indent_new8(self, before: int) -> None:
        if self.x8.heading != "column" or not self.in_article8 or self.columns_level is not None:
            return
        for p in self.doc.paragraphs[before:]:
            pf = p.paragraph_format
            pf.left_indent = (pf.left_indent or 0) + self.column8

    def para8(self, b: Para) -> None:
        n = len(self.doc.paragraphs)
        self.para(b)
        if not b.align:
            self._indent_new8(n)

    def bullets8(self, b: Bullets) -> None:
        n = len(self.doc.paragraphs)
        self.bullets(b)
        self._indent_new8(n)

    # --- tables
    def table8(self, t: TableB, nxt: Block | None) -> bool:
        """Prints ``t`` (and ``nxt`` beside it when the two go side by side); True when ``nxt``
        was printed too."""
        x = self.x8
        if (x.side_by_side and isinstance(nxt, TableB) and is_financing_table(t) and is_family_table(nxt)
                and len(t.header[-1]) <= 5 and len(t.header) == 1 and not t.header_spans
                and not t.row_spans and not t.rotated_header and not nxt.header_spans and not nxt.row_spans):
            self._side_by_side8(t, nxt)
            return True
        self.table(t)
        if x.first_col:
            self._shade_first_col8(self.doc.tables[-1], len(t.header))
        return False

    @staticmethod
    def _shade_first_col8(tbl, n_header: int) -> None:
        for i, row in enumerate(tbl.rows):
            if i < n_header:
                continue
            tc_pr = row.cells[0]._tc.get_or_add_tcPr()
            for old in tc_pr.findall(qn("w:shd")):
                tc_pr.remove(old)
            docxkit.shade(row.cells[0], FIRST_COL_FILL)

    def _side_by_side8(self, left: TableB, right: TableB) -> None:
        body = self.doc.element.body
        if len(body) >= 2 and body[-2].tag == qn("w:tbl"):
            self.doc.add_paragraph()
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        share = [0.7, 0.3]
        outer = self.doc.add_table(rows=1, cols=2)
        outer.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.table_rules(outer, "none")
        outer.autofit = False
        for j, col in enumerate(outer.columns):
            col.width = int(avail * share[j])
        for j, t in enumerate((left, right)):
            cell = outer.cell(0, j)
            cell.width = int(avail * share[j])
            self._nested8(cell, t, int(avail * share[j]) - int(Cm(0.4)))

    def _nested8(self, cell, t: TableB, avail: int) -> None:
        from .conv_docx import _NUMBER, _plain
        s = self.s
        first = cell.paragraphs[0]
        if t.title and not s.caption_below:
            r = first.add_run(t.title)
            r.bold = s.caption_style == "bold"
            r.italic = s.caption_style == "italic"
            first.paragraph_format.keep_with_next = True
        all_rows = t.header + t.rows
        n_cols = len(t.header[0])
        tbl = cell.add_table(rows=len(all_rows), cols=n_cols)
        docxkit.table_rules(tbl, s.rules)
        widths = t.widths or [1.0] * n_cols
        tbl.autofit = False
        col_emu = [avail * w_ / sum(widths) for w_ in widths]
        for j, col in enumerate(tbl.columns):
            col.width = int(col_emu[j])
        size = self._fitting_size(t, col_emu, s.size + s.table_font_delta)
        printed: list[list[str]] = []
        for i, row in enumerate(all_rows):
            out_row = []
            for j, value in enumerate(row):
                c = tbl.cell(i, j)
                c.width = int(col_emu[j])
                segs = [value] if value != "" else []
                text = self._runs(c.paragraphs[0], segs,
                                  bold=i < len(t.header) or (i - len(t.header)) in t.total_rows,
                                  size=size, table=True)
                if isinstance(value, Money) or (isinstance(value, str) and _NUMBER.match(value)):
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                out_row.append(_plain(text))
            printed.append(out_row)
        for i in range(len(t.header)):
            if s.shade_header:
                for c in tbl.rows[i].cells:
                    docxkit.shade(c, "D9D9D9")
        if self.x8.first_col:
            self._shade_first_col8(tbl, len(t.header))
        if t.title and s.caption_below:
            q = cell.paragraphs[-1]
            r = q.add_run(t.title)
            r.bold = s.caption_style == "bold"
            r.italic = s.caption_style == "italic"
        off = len(t.header)
        self.tables.append({"title": t.title, "header": printed[:off], "rows": printed[off:],
                            "n_rows": len(t.rows), "n_cols": n_cols, "section": self.current})


__all__ = ["Layout8Mixin", "is_family_table"]
