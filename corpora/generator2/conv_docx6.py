"""The typesetting of layout set 6 (conv_variants6.Layout6) for conv_docx.Renderer: headings in
capitals with expanded letter spacing or run into their first paragraph, the financing table
under a two-level merged header, footnotes called by symbols, boxed paragraphs, amounts
"1880000 €" / "1,88 M€ HT". Kept apart so sets 1-5 render exactly as before."""

from __future__ import annotations

import random

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .conv_blocks import Heading, Para, TableB
from .conv_layout import heading_text, printed_title
from .conv_variants6 import Layout6, is_financing_table

GROUP_HEAD = "Répartition par quartier"


class Layout6Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout6 (self.x6)."""

    x6: Layout6

    def setup6(self) -> None:
        self.rng6 = random.Random(self.rng.random())
        self.boxed6 = 0

    def money_form6(self, table: bool) -> str | None:
        return None if table else self.x6.money_prose

    # --- headings
    def runin6(self, h: Heading, nxt) -> bool:
        return (self.x6.heading == "runin" and h.kind == "article" and bool(h.number)
                and isinstance(nxt, Para) and not nxt.align and not nxt.bold and not nxt.big
                and bool(nxt.segs) and isinstance(nxt.segs[0], str))

    def heading6(self, h: Heading, runin: Para | None = None) -> None:
        x = self.x6
        if runin is not None:
            return self._runin_heading6(h, runin)
        if x.heading == "spaced" and h.kind in ("article", "titre") and h.number:
            return self._spaced_heading6(h)
        self.heading(h)

    def _record6(self, h: Heading, label: str, heading: str) -> None:
        if h.kind != "titre":
            self.current = h.number
        self.sections.append({"number": h.number, "label": label, "heading": heading, "level": h.level,
                              "kind": h.kind})

    def _spaced_heading6(self, h: Heading) -> None:
        """The heading in capitals, its letters spread (w:spacing): 1.5 to 3 points between letters."""
        s = self.s
        self._columns_reset5(h)
        lines = heading_text(s, h.kind, h.number, h.title, h.level).upper().split("\n")
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        if h.kind == "titre" and s.heading_center_titre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        spread = str(self.rng6.choice([30, 40, 60]))
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
            run.bold = self.rng6.random() < 0.7 or h.kind == "titre"
            run.font.size = Pt(s.heading_sizes[min(h.level, 3) - 1])
            run.font.name = s.heading_font
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), spread)
            run._r.get_or_add_rPr().append(sp)
        self._record6(h, lines[0], printed_title(s, h.kind, h.number, h.title).upper())

    def _runin_heading6(self, h: Heading, para: Para) -> None:
        """ "Article 5 – Durée. La présente convention …": the heading bold, a full stop, the
        paragraph's text after it in the same paragraph."""
        s = self.s
        self._columns_reset5(h)
        text = heading_text(s, h.kind, h.number, h.title, h.level)
        text = self.premier5(h, text) if self.x5 is not None else text
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        if s.justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        head = text if text.endswith((".", ":")) else text + "."
        run = p.add_run(head + " ")
        run.bold = True
        self._record6(h, text, printed_title(s, h.kind, h.number, h.title))
        self._runs(p, para.segs)

    # --- paragraphs
    def para6(self, b: Para) -> None:
        """A few paragraphs of the articles framed by a box rule over a light shading."""
        box = (self.x6.boxed and self.current and not b.align and not b.big and self.boxed6 < 3
               and self.rng6.random() < 0.12)
        self.para(b)
        if not box:
            return
        self.boxed6 += 1
        p = self.doc.paragraphs[-1]
        pf = p.paragraph_format
        pf.left_indent = Cm(0.4)
        pf.right_indent = Cm(0.4)
        pf.space_before = Pt(6)
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:space"), "4")
            e.set(qn("w:color"), "404040")
            bdr.append(e)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "F2F2F2")
        # CT_PPr order: pBdr and shd come before the spacing / indentation / alignment elements
        anchor = next((c for c in ppr if c.tag in (qn("w:tabs"), qn("w:suppressAutoHyphens"), qn("w:kinsoku"),
                                                   qn("w:wordWrap"), qn("w:overflowPunct"), qn("w:topLinePunct"),
                                                   qn("w:autoSpaceDE"), qn("w:autoSpaceDN"), qn("w:bidi"),
                                                   qn("w:adjustRightInd"), qn("w:snapToGrid"), qn("w:spacing"),
                                                   qn("w:ind"), qn("w:contextualSpacing"), qn("w:mirrorIndents"),
                                                   qn("w:suppressOverlap"), qn("w:jc"))), None)
        if anchor is not None:
            anchor.addprevious(bdr)
            anchor.addprevious(shd)
        else:
            ppr.append(bdr)
            ppr.append(shd)

    # --- footnote calls
    def symbol_notes6(self) -> None:
        """Footnotes numbered by symbols ("*", "†", "‡", "§", then doubled: Word's "chicago"
        format) in every section: the calls and the notes' marks alike."""
        if not self.x6.note_marks:
            return
        for sec in self.doc.sections:
            sect_pr = sec._sectPr
            for old in sect_pr.findall(qn("w:footnotePr")):
                sect_pr.remove(old)
            fpr = OxmlElement("w:footnotePr")
            fmt = OxmlElement("w:numFmt")
            fmt.set(qn("w:val"), "chicago")
            fpr.append(fmt)
            sect_pr.insert(0, fpr)

    # --- tables
    def table6(self, t: TableB) -> None:
        if self.x6.fin_two_level and is_financing_table(t):
            t = self._two_level6(t)
        self.table(t)

    @staticmethod
    def _two_level6(t: TableB) -> TableB:
        """The quartier columns under one merged "Répartition par quartier" cell; the corner and
        "Total" cells merged down over both header rows."""
        if len(t.header) != 1 or t.header_spans or not t.header[0][0].startswith("Financeurs"):
            return t
        head = t.header[0]
        total = [j for j, c in enumerate(head) if c == "Total"]
        group = [j for j in range(1, len(head)) if j not in total]
        if len(group) < 2 or group != list(range(group[0], group[-1] + 1)):
            return t
        top = [""] * len(head)
        low = [""] * len(head)
        spans = []
        for j, c in enumerate(head):
            if j in group:
                low[j] = c
            else:
                top[j] = c
                spans.append((0, j, 2, 1))
        top[group[0]] = GROUP_HEAD
        spans.append((0, group[0], 1, len(group)))
        return TableB(t.title, [top, low], t.rows, header_spans=spans, row_spans=t.row_spans, widths=t.widths,
                      wide=t.wide, total_rows=t.total_rows, rotated_header=t.rotated_header)


__all__ = ["Layout6Mixin"]
