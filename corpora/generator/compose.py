"""Turn parsed sources into platypus flowables plus the static half of the gold."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, TableStyle

import amounts as am
import cpd
from render import NBSP, PartMarker, Rec, RecPara, RecTable
from styles import Style, split_label

FOOTCALL_RE = re.compile(r"\[\^(\w+)\]")


@dataclass
class Plan:
    """Gold facts known before layout (pages are filled in from the recorder)."""
    headings: list = field(default_factory=list)   # dicts with id, part
    tables: list = field(default_factory=list)
    amounts: list = field(default_factory=list)
    footnotes: list = field(default_factory=list)  # (part, mark, text)


class Composer:
    def __init__(self, style: Style, rec: Rec):
        self.st, self.rec, self.plan = style, rec, Plan()
        f = style.family
        base = dict(fontName=f, fontSize=style.body_size, leading=style.leading)
        self.body = ParagraphStyle("body", alignment=style.alignment, spaceAfter=5, **base)
        self.items = [ParagraphStyle(f"item{lvl}", alignment=style.alignment, spaceAfter=2,
                                     leftIndent=18 * lvl, bulletIndent=18 * lvl - 12,
                                     bulletFontName=f, **base) for lvl in (1, 2)]
        self.cell = ParagraphStyle("cell", fontName=f, fontSize=style.cell_size,
                                   leading=style.cell_size * 1.2)
        self.cell_head = ParagraphStyle("cellh", parent=self.cell, fontName=f + "-Bold")
        self.caption = ParagraphStyle("cap", parent=self.body, fontName=f + "-BoldItalic",
                                      alignment=TA_LEFT, spaceBefore=4, keepWithNext=1)
        self.footnote = ParagraphStyle("fn", fontName=f, fontSize=7.5, leading=9)
        self.headings = [ParagraphStyle(f"h{i}", fontName=f + "-Bold", fontSize=sz,
                                        leading=sz * 1.25, spaceBefore=10 - i, spaceAfter=5,
                                        keepWithNext=1, alignment=TA_LEFT)
                         for i, sz in enumerate(style.heading_sizes)]
        self.section: str | None = None
        self.part = 0
        self.orientation = "portrait"
        self.footnote_paras: dict = {}   # (part, mark) -> Paragraph

    # -------------------------------------------------------------- text
    def prep(self, text: str, in_cell: bool = False) -> tuple[str, list, dict]:
        # table cells keep each amount on one line, as office tables usually do
        glue = NBSP if (self.st.nbsp_amounts or in_cell) else " "
        printed, found = am.reformat(text, self.st.amounts, glue)
        ids = []
        for a in found:
            aid = len(self.plan.amounts)
            self.plan.amounts.append({"id": aid, "part": self.part, "text": a.text,
                                      "value": am.as_number(a.value), "section": self.section})
            ids.append((aid, a.text))
        markup = escape(printed)
        calls = {}
        for m in FOOTCALL_RE.finditer(markup):
            calls[m.group(1)] = (self.part, m.group(1))
        markup = FOOTCALL_RE.sub(lambda m: f"<super>{m.group(1)}</super>", markup)
        return markup, ids, calls

    def para(self, text: str, style: ParagraphStyle, bullet: str | None = None, **info) -> RecPara:
        markup, ids, calls = self.prep(text)
        if info.pop("bold", False):
            markup = f"<b>{markup}</b>"
        if info.pop("italic", False):
            markup = f"<i>{markup}</i>"
        p = RecPara(markup, style, bulletText=bullet)
        p.rec_info = {"rec": self.rec, "target": "body", "amounts": ids,
                      "footnotes": {k: v for k, v in calls.items()}, **info}
        return p

    # -------------------------------------------------------------- blocks
    def heading(self, h: cpd.Heading) -> RecPara:
        label, title, full = self.st.heading_text(h.label, h.title, h.level)
        _, num = split_label(h.label)
        self.section = num or None
        hid = len(self.plan.headings)
        self.plan.headings.append({"id": hid, "part": self.part, "number": num or None,
                                   "label": label, "heading": title, "level": h.level})
        style = self.headings[min(h.level, 6) - 1]
        p = RecPara(f"<b>{escape(full)}</b>", style)
        p.rec_info = {"rec": self.rec, "target": "body", "heading": hid}
        return p

    def table(self, t: cpd.Table) -> list:
        st = self.st
        tid = len(self.plan.tables)
        pw, ph = A4 if self.orientation == "portrait" else landscape(A4)
        width = pw - st.margins[0] - st.margins[1]
        ncols = max(sum(c.colspan if c.text or c.colspan > 1 else 1 for c in r) for r in t.rows)
        ncols = max(len(r) for r in t.rows)
        widths = t.widths or [1] * ncols
        col_w = [width * w / sum(widths) for w in widths]
        cell, cell_head = self._cell_styles(t, col_w)
        data, spans, printed_rows = [], [], []
        for ri, row in enumerate(t.rows):
            cells, printed = [], []
            for ci, c in enumerate(row + [cpd.Cell("")] * (ncols - len(row))):
                style = cell_head if ri < t.header_rows else cell
                text = c.text.replace("\n", " \\n ")
                markup, ids, _ = self.prep(c.text.replace("\n", "\u2028"), in_cell=True)
                markup = markup.replace("\u2028", "<br/>")
                p = RecPara(markup, style)
                p.rec_info = {"rec": self.rec, "target": "body", "amounts": ids}
                cells.append(p)
                plain = am.reformat(c.text, st.amounts)[0]
                printed.append(" ".join(plain.split()))
                if c.colspan > 1 or c.rowspan > 1:
                    spans.append(("SPAN", (ci, ri), (ci + c.colspan - 1, ri + c.rowspan - 1)))
            data.append(cells)
            printed_rows.append(printed)
        repeat = {"source": t.header_rows if t.repeat_header else 0,
                  "always": t.header_rows, "never": 0}[st.repeat_header]
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), *spans,
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if st.table_rules == "all":
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            if t.header_rows:
                cmds += [("BACKGROUND", (0, 0), (-1, t.header_rows - 1), colors.Color(0.85, 0.88, 0.93))]
        elif st.table_rules == "horizontal":
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                     ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
            if t.header_rows:
                cmds += [("LINEBELOW", (0, t.header_rows - 1), (-1, t.header_rows - 1), 0.8, colors.black)]
        tbl = RecTable(data, colWidths=col_w, repeatRows=repeat, style=TableStyle(cmds), hAlign="LEFT")
        tbl.rec_info = {"rec": self.rec, "table": tid}
        self.plan.tables.append({
            "id": tid, "part": self.part, "title": t.title, "section": self.section,
            "header": printed_rows[:t.header_rows], "rows": printed_rows[t.header_rows:],
            "n_rows": len(printed_rows) - t.header_rows, "n_cols": ncols,
        })
        out = []
        if t.title:
            out.append(self.para(t.title, self.caption))
        out += [tbl, Spacer(1, 6)]
        return out

    def _cell_styles(self, t: cpd.Table, col_w: list[float]):
        """Cell styles, with the font shrunk (as office users do) until every amount fits
        on one line of its column."""
        size = self.st.cell_size
        for row in t.rows:
            for ci, c in enumerate(row[:len(col_w)]):
                if c.colspan > 1:
                    continue
                for a in am.reformat(c.text, self.st.amounts)[1]:
                    w = stringWidth(a.text, self.st.family + "-Bold", 1)
                    size = min(size, (col_w[ci] - 7) / w)
        size = max(round(size * 4) / 4 - 0.01, 5.0)
        if size >= self.st.cell_size:
            return self.cell, self.cell_head
        cell = ParagraphStyle("cell_s", parent=self.cell, fontSize=size, leading=size * 1.2)
        return cell, ParagraphStyle("cellh_s", parent=cell, fontName=self.st.family + "-Bold")

    def block(self, b) -> list:
        st = self.st
        if isinstance(b, cpd.Heading):
            return [self.heading(b)]
        if isinstance(b, cpd.Para):
            style = self.body
            if b.align != "justify":
                style = ParagraphStyle("al", parent=self.body, alignment={
                    "center": TA_CENTER, "right": TA_RIGHT, "left": TA_LEFT}[b.align])
            return [self.para(b.text, style, bold=b.bold, italic=b.placeholder)]
        if isinstance(b, cpd.Item):
            glyph = b.number or st.bullets[b.level - 1]
            return [self.para(b.text, self.items[b.level - 1], bullet=glyph)]
        if isinstance(b, cpd.Table):
            return self.table(b)
        if isinstance(b, cpd.Break):
            if b.kind == "page":
                return [PageBreak()]
            self.orientation = b.kind
            return [NextPageTemplate(b.kind), PageBreak()]
        raise TypeError(b)

    def source(self, src: cpd.Source, index: int) -> list:
        self.part, self.section = index, None
        out = []
        if index:
            out += [NextPageTemplate("portrait"), PageBreak()]
            self.orientation = "portrait"
        out.append(PartMarker(self.rec, index))
        for b in src.blocks:
            out += self.block(b)
        for mark, text in src.footnotes.items():
            self.plan.footnotes.append((index, mark, text))
            markup, _, _ = self.prep(text)
            self.footnote_paras[(index, mark)] = RecPara(
                f"<super>{mark}</super> {markup}", self.footnote)
        return out
