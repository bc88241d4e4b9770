"""The typesetting of layout set 7 (conv_variants7.Layout7) for conv_docx.Renderer: titres
numbered by their roman numeral alone, sub-articles "4-1)" / "§ 4.1", articles and
sub-articles numbered by Word list numbering (the number a list label, not text), tables
ruled by column rules only, broken (dashed, dotted) rules or a double rule under the header,
a table's Total row printed apart as a boxed one-row table under it, amounts "1.880.000 €" /
"… € TTC". Kept apart so sets 1-6 render exactly as before."""

from __future__ import annotations

import random

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from . import docxkit
from .conv_blocks import Heading, Money, TableB
from .conv_variants5 import is_operation_table
from .conv_variants7 import Layout7

ABSTRACT_ID = 77
ARTICLE_LABELS = ["Article %1 :", "ARTICLE %1 -", "Article %1 –", "Art. %1 -"]


class Layout7Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout7 (self.x7)."""

    x7: Layout7

    def setup7(self) -> None:
        self.rng7 = random.Random(self.rng.random())
        self.article_label7 = self.rng7.choice(ARTICLE_LABELS)
        if self.x7.sub == "list":
            self._abstract_num7()

    def money_form7(self, table: bool) -> str | None:
        return None if table else self.x7.money_prose

    # --- headings
    def _record7(self, h: Heading, label: str, heading: str) -> None:
        if h.kind != "titre":
            self.current = h.number
        self.sections.append({"number": h.number, "label": label, "heading": heading, "level": h.level,
                              "kind": h.kind})

    def _heading_par7(self, h: Heading, center: bool = False):
        s = self.s
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p, Pt(s.heading_sizes[min(h.level, 3) - 1])

    def _run7(self, p, text: str, size) -> None:
        run = p.add_run(text)
        run.bold = True
        run.font.size = size
        run.font.name = self.s.heading_font

    def heading7(self, h: Heading) -> None:
        x = self.x7
        n = h.number
        if h.kind == "titre" and n and x.titre == "roman":
            self._columns_reset5(h)
            p, size = self._heading_par7(h, center=self.s.heading_center_titre)
            text = f"{n}{x.titre_sep}{h.title.upper()}"
            self._run7(p, text, size)
            return self._record7(h, text, h.title.upper())
        if h.kind == "article" and n and x.sub == "list" and all(v.isdigit() for v in n.split(".")) \
                and n.count(".") <= 2:
            return self._list_heading7(h)
        if h.kind == "article" and n and "." in n and x.sub in ("paren", "para"):
            self._columns_reset5(h)
            p, size = self._heading_par7(h)
            label = f"{n.replace('.', x.sub_sep)})" if x.sub == "paren" else f"§ {n}"
            self._run7(p, f"{label} {h.title}", size)
            return self._record7(h, label, h.title)
        self.heading(h)

    # --- Word list numbering
    def _abstract_num7(self) -> None:
        labels = [self.article_label7, "%1.%2.", "%1.%2.%3."]
        indents = [1701 if len(self.article_label7) > 8 else 1134, 851, 1134]
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{label}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr>'
            f'<w:rPr><w:b/></w:rPr></w:lvl>'
            for i, (label, ind) in enumerate(zip(labels, indents)))
        el = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
                       f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)

    def _list_heading7(self, h: Heading) -> None:
        """The number a list label: a w:num of its own per heading, its levels started at the
        heading's numbers (articles need not run 1, 2, 3: an article left out, one inserted)."""
        self._columns_reset5(h)
        parts = [int(v) for v in h.number.split(".")]
        numbering = self.doc.part.numbering_part.element
        num = numbering.add_num(ABSTRACT_ID)
        for ilvl, start in enumerate(parts):
            num.add_lvlOverride(ilvl=ilvl).add_startOverride(start)
        p, size = self._heading_par7(h)
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = len(parts) - 1
        num_pr.get_or_add_numId().val = num.numId
        self._run7(p, h.title, size)
        if len(parts) == 1:
            label = self.article_label7.replace("%1", h.number)
        else:
            label = ".".join(str(v) for v in parts) + "."
        self._record7(h, label, h.title)

    # --- tables
    def table7(self, t: TableB) -> None:
        """An operation table of 8 rows or more cut by a page break (``split_ops``): the second
        piece under its caption marked "(suite)" or "(suite et fin)" and the header printed
        again unchanged; one gold table."""
        n = len(t.rows)
        cut = self._cut5(t) if self.x7.split_ops and is_operation_table(t) and n >= 8 and t.title else None
        if cut is None:
            return self._piece7(t)
        first = TableB(t.title, t.header, t.rows[:cut], header_spans=t.header_spans,
                       row_spans=[sp for sp in t.row_spans if sp[0] < cut], widths=t.widths, wide=t.wide,
                       total_rows=[r for r in t.total_rows if r < cut], rotated_header=t.rotated_header)
        second = TableB(f"{t.title} {self.x7.suite_mark}", [list(r) for r in t.header], t.rows[cut:],
                        header_spans=t.header_spans,
                        row_spans=[(r - cut, c, h, w) for r, c, h, w in t.row_spans if r >= cut],
                        widths=t.widths, wide=t.wide, total_rows=[r - cut for r in t.total_rows if r >= cut],
                        rotated_header=t.rotated_header)
        self._piece7(first)
        self.doc.add_page_break()
        self._piece7(second)
        g2 = self.tables.pop()
        g1 = self.tables.pop()
        self.tables.append({"title": t.title, "header": g1["header"], "rows": g1["rows"] + g2["rows"],
                            "n_rows": n, "n_cols": g1["n_cols"], "section": g1["section"]})

    def _piece7(self, t: TableB) -> None:
        x = self.x7
        last = len(t.rows) - 1
        boxed = (x.total_box and t.total_rows and t.total_rows[-1] == last and last >= 1
                 and not any(r <= last < r + hh for r, c, hh, w in t.row_spans))
        if not boxed:
            self.table(t)
            self._rules7(t)
            return
        below = self.s.caption_below
        first = TableB("" if below else t.title, t.header, t.rows[:-1], header_spans=t.header_spans,
                       row_spans=list(t.row_spans), widths=t.widths, wide=t.wide,
                       total_rows=[r for r in t.total_rows if r != last], rotated_header=t.rotated_header)
        self.table(first)
        self._rules7(first)
        g = self.tables.pop()
        total = self._total_box7(t)
        if below and t.title:
            self.caption(t.title)
        self.tables.append({"title": t.title, "header": g["header"], "rows": g["rows"] + [total],
                            "n_rows": len(t.rows), "n_cols": g["n_cols"], "section": g["section"]})

    def _total_box7(self, t: TableB) -> list[str]:
        """The Total row under the table, as a one-row table of the same columns framed by a box
        rule (no rule inside), bold."""
        from .conv_docx import _NUMBER, _plain
        s = self.s
        spacer = self.doc.add_paragraph()
        spacer.paragraph_format.space_after = Pt(0)
        spacer.paragraph_format.space_before = Pt(0)
        row = t.rows[-1]
        n_cols = len(row)
        tbl = self.doc.add_table(rows=1, cols=n_cols)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.edge_borders(tbl, {e: "single" for e in ("top", "left", "bottom", "right")}, size=12)
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        widths = t.widths or [1.0] * n_cols
        tbl.autofit = False
        for j, col in enumerate(tbl.columns):
            col.width = int(avail * widths[j] / sum(widths))
        # bold figures in a box rule's padding: half a point under the table's own size keeps
        # "33.445.200 euros" on one line
        size = self._fitting_size(t, [avail * w_ / sum(widths) for w_ in widths], s.size + s.table_font_delta) - 0.5
        out = []
        for j, cell in enumerate(row):
            c = tbl.cell(0, j)
            c.width = int(avail * widths[j] / sum(widths))
            text = self._runs(c.paragraphs[0], [cell] if cell != "" else [], bold=True, size=size, table=True)
            if isinstance(cell, Money) or (isinstance(cell, str) and _NUMBER.match(cell)):
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            out.append(_plain(text))
        return out

    def _rules7(self, t: TableB) -> None:
        x = self.x7
        tbl = self.doc.tables[-1]
        if x.rules == "vertical":
            docxkit.edge_borders(tbl, {e: "single" for e in ("left", "right", "insideV")})
        elif x.rules in ("dashed", "dotted"):
            docxkit.edge_borders(tbl, {e: x.rules for e in ("top", "left", "bottom", "right", "insideH", "insideV")}, size=6)
        elif x.rules == "double_head":
            docxkit.edge_borders(tbl, {e: "single" for e in ("top", "bottom", "insideH")})
            for c in tbl.rows[len(t.header) - 1].cells:
                docxkit.cell_bottom_border(c, "double", 6)


__all__ = ["Layout7Mixin"]
