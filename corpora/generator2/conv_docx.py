"""Blocks -> DOCX with python-docx, in a drawn Style, recording what it printed.

python-docx has no API for footnotes, fields, table borders, repeated header
rows or section columns: those are written as WordprocessingML here (small
helpers below). LibreOffice headless then converts the DOCX to PDF."""

from __future__ import annotations

import random
import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part as OpcPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import docxkit
from .conv_blocks import Block, Break, Bullets, Grid, Heading, Mark, Money, Note, Para, TableB, spelled_article, spread_spans
from .conv_docx2 import Layout2Mixin, after_title_page, runin_pair
from .conv_docx3 import Layout3Mixin
from .conv_docx4 import Layout4Mixin
from .conv_docx5 import Layout5Mixin
from .conv_docx6 import Layout6Mixin
from .conv_docx7 import Layout7Mixin
from .conv_docx8 import Layout8Mixin
from .conv_layout import Style, format_money, heading_text, printed_title

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A4 = (Cm(21.0), Cm(29.7))
_NUMBER = re.compile(r"^[\d\u00a0 .,]+$")
ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _plain(text: str) -> str:
    """Gold text: the printed text with every kind of space as a plain space."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _set_font(rpr_owner, name: str) -> None:
    """Set a style's font and drop theme-font references (they win over w:ascii)."""
    rpr = rpr_owner.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _field(paragraph, instr: str, simple: bool, size: float | None) -> None:
    """A PAGE / NUMPAGES field, as w:fldSimple or as a complex field (both occur in Word files)."""
    if simple:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), f" {instr} ")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        paragraph._p.append(fld)
        return
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if size:
            run.font.size = Pt(size)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        elif kind == "text":
            run.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


_borders = docxkit.table_rules
_shade = docxkit.shade
_repeat_header = docxkit.repeat_header


def _columns(section, n: int) -> None:
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sectPr.append(cols)


class Renderer(Layout2Mixin, Layout3Mixin, Layout4Mixin, Layout5Mixin, Layout6Mixin, Layout7Mixin, Layout8Mixin):
    def __init__(self, style: Style, rng: random.Random, running_header: str, extra=None, extra3=None,
                 extra4=None, extra5=None, extra6=None, extra7=None, extra8=None):
        self.s = style
        self.x = extra            # conv_variants2.Layout2 (layout set 2) or None
        self.x3 = extra3          # conv_variants3.Layout3 (layout set 3) or None
        self.x4 = extra4          # conv_variants4.Layout4 (layout set 4) or None
        self.x5 = extra5          # conv_variants5.Layout5 (layout set 5) or None
        self.x6 = extra6          # conv_variants6.Layout6 (layout set 6) or None
        self.x7 = extra7          # conv_variants7.Layout7 (layout set 7) or None
        self.x8 = extra8          # conv_variants8.Layout8 (layout set 8) or None
        self.rng = rng
        self.doc = Document()
        self.notes: list[str] = []
        self.sections: list[dict] = []
        self.tables: list[dict] = []
        self.amounts: list[dict] = []
        self.current: str | None = None
        self.columns_level: int | None = None
        self._setup(running_header)
        if self.x is not None:
            self.setup2(running_header)
        if self.x3 is not None:
            self.setup3()
        if self.x4 is not None:
            self.setup4()
        if self.x5 is not None:
            self.setup5()
        if self.x6 is not None:
            self.setup6()
        if self.x7 is not None:
            self.setup7()
        if self.x8 is not None:
            self.setup8()

    # --- page setup, styles, running header and footer
    def _setup(self, running_header: str) -> None:
        s, doc = self.s, self.doc
        sec = doc.sections[0]
        sec.page_width, sec.page_height = A4
        sec.left_margin = sec.right_margin = Cm(s.margins_cm[0])
        sec.top_margin = sec.bottom_margin = Cm(s.margins_cm[1])
        normal = doc.styles["Normal"]
        _set_font(normal, s.font)
        normal.font.size = Pt(s.size)
        normal.paragraph_format.space_after = Pt(s.para_space_after)
        normal.paragraph_format.line_spacing = s.line_spacing
        for i, size in enumerate(s.heading_sizes + (s.heading_sizes[-1],), start=1):
            st = doc.styles[f"Heading {i}"]
            _set_font(st, s.heading_font)
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.paragraph_format.space_before = Pt(10)
            st.paragraph_format.space_after = Pt(4)
        for name in ("List Bullet", "List Bullet 2"):
            _set_font(doc.styles[name], s.font)
        if s.header_text:
            hp = sec.header.paragraphs[0]
            hp.text = running_header
            hp.alignment = ALIGN[s.header_align]
            for r in hp.runs:
                r.font.size = Pt(max(7, s.size - 2))
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if self.rng.random() < 0.6 else WD_ALIGN_PARAGRAPH.RIGHT
        rest = s.footer
        size = max(7, s.size - 1.5)
        while rest:
            i = rest.find("{")
            if i < 0:
                fp.add_run(rest).font.size = Pt(size)
                break
            if i:
                fp.add_run(rest[:i]).font.size = Pt(size)
            j = rest.index("}", i)
            _field(fp, rest[i + 1:j], s.footer_simple_fields, size)
            rest = rest[j + 1:]

    # --- blocks
    def render(self, blocks: list[Block]) -> None:
        toc_at = after_title_page(blocks) if self.x is not None and self.x.toc else None
        skip = False
        for i, b in enumerate(blocks):
            if i == toc_at:
                self.toc(blocks)
            if skip:
                skip = False
                continue
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if runin_pair(self.x, b, nxt):
                self.heading2(b, runin=nxt)
                skip = True
            elif isinstance(b, Heading) and self.x is not None:
                self.heading2(b)
            elif isinstance(b, Heading) and self.x3 is not None:
                self.heading3(b)
            elif isinstance(b, Heading) and self.x4 is not None:
                self.heading4(b)
            elif isinstance(b, Heading) and self.x5 is not None:
                self.heading5(b)
            elif isinstance(b, TableB) and self.x5 is not None:
                self.table5(b)
            elif isinstance(b, Heading) and self.x6 is not None:
                if self.runin6(b, nxt):
                    self.heading6(b, runin=nxt)
                    skip = True
                else:
                    self.heading6(b)
            elif isinstance(b, TableB) and self.x6 is not None:
                self.table6(b)
            elif isinstance(b, Para) and self.x6 is not None:
                self.para6(b)
            elif isinstance(b, Heading) and self.x7 is not None:
                self.heading7(b)
            elif isinstance(b, TableB) and self.x7 is not None:
                self.table7(b)
            elif isinstance(b, Heading) and self.x8 is not None:
                self.heading8(b)
            elif isinstance(b, TableB) and self.x8 is not None:
                skip = self.table8(b, nxt)
            elif isinstance(b, Para) and self.x8 is not None:
                self.para8(b)
            elif isinstance(b, Bullets) and self.x8 is not None:
                self.bullets8(b)
            elif isinstance(b, Grid):
                self.grid(b)
            elif isinstance(b, Heading):
                self.heading(b)
            elif isinstance(b, Para):
                self.para(b)
            elif isinstance(b, Bullets):
                self.bullets(b)
            elif isinstance(b, TableB):
                self.table(b)
            elif isinstance(b, Break):
                self.brk(b.kind)

    def brk(self, kind: str) -> None:
        doc = self.doc
        if kind == "page":
            doc.add_page_break()
            return
        if kind in ("landscape", "portrait"):
            prev = doc.sections[-1]
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            w, h = A4
            sec.orientation = WD_ORIENT.LANDSCAPE if kind == "landscape" else WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = (h, w) if kind == "landscape" else (w, h)
            sec.left_margin, sec.right_margin = prev.left_margin, prev.right_margin
            sec.top_margin, sec.bottom_margin = prev.top_margin, prev.bottom_margin
            _columns(sec, 1)
            return
        sec = doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(sec, 2 if kind == "columns" else 1)

    def heading(self, h: Heading) -> None:
        s = self.s
        if self.columns_level is not None and h.level <= self.columns_level:
            self.brk("onecolumn")
            self.columns_level = None
        if h.number and h.kind == "article" and h.number == s.two_columns_article:
            self.brk("columns")
            self.columns_level = h.level
        text = heading_text(s, h.kind, h.number, h.title, h.level)
        if self.x5 is not None:
            text = self.premier5(h, text)
        if h.spelled:
            # the number in words reads "Article deux – …" whatever the style's label ("Art. 2. …", "2. …")
            text = spelled_article(text if re.match(r"(?:Article|ARTICLE)\s", text) else f"Article {h.number} – {h.title}")
        lines = text.split("\n")
        if s.heading_word_styles:
            p = self.doc.add_paragraph(style=f"Heading {min(max(h.level, 1), 4)}")
        else:
            p = self.doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
            if not s.heading_word_styles:
                run.bold = True
                run.font.size = Pt(s.heading_sizes[min(h.level, 3) - 1])
                run.font.name = s.heading_font
        if h.kind in ("titre", "plain") and s.heading_center_titre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if h.number:
            self.current = h.number if h.kind != "titre" else self.current
            self.sections.append({"number": h.number, "label": lines[0] if len(lines) > 1 else text,
                                  "heading": printed_title(s, h.kind, h.number, h.title),
                                  "level": h.level, "kind": h.kind})
        else:
            self.sections.append({"number": None, "label": "", "heading": text, "level": h.level, "kind": h.kind})

    def _runs(self, p, segs, bold: bool = False, size: float | None = None, table: bool = False) -> str:
        out = []
        for seg in segs:
            if isinstance(seg, Mark):
                out.append(self.marked(p, seg, bold, size, table))
                continue
            if isinstance(seg, list):      # a cell of segments handed as one (a layout's own table code)
                out.append(self._runs(p, seg, bold, size, table))
                continue
            if isinstance(seg, Money):
                text = self.money(seg.value, table)
                r = p.add_run(text)
            elif isinstance(seg, Note):
                self.notes.append(seg.text)
                r = p.add_run()
                rpr = r._r.get_or_add_rPr()
                va = OxmlElement("w:vertAlign")
                va.set(qn("w:val"), "superscript")
                rpr.append(va)
                endnote = self.x is not None and self.x.endnotes
                ref = OxmlElement("w:endnoteReference" if endnote else "w:footnoteReference")
                ref.set(qn("w:id"), str(len(self.notes)))
                r._r.append(ref)
                continue
            else:
                text = seg
                r = p.add_run(text)
            out.append(text)
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
        return "".join(out)

    def marked(self, p, m: Mark, bold: bool, size: float | None, table: bool) -> str:
        """A revision mark's runs (conv_avenant_styles9): an insertion in bold, underlined or blue;
        a deletion struck through (red too) or typed "[supprimé : …]". Returns the text as the
        amended version reads (a deletion reads as nothing: the gold is the text after the
        avenant) and keeps a deleted amount out of the printed amounts."""
        if m.kind == "del" and m.look == "bracket":
            r = p.add_run("[supprimé : ")
            if size:
                r.font.size = Pt(size)
        n_amounts = len(self.amounts)
        text = ""
        segs, after = list(m.segs), ""
        if m.kind == "del" and m.look == "bracket" and segs and isinstance(segs[-1], str) \
                and segs[-1] != segs[-1].rstrip():
            # "[supprimé : 356] 380": the deleted words' space goes after the bracket
            segs[-1], after = segs[-1].rstrip(), " "
            segs = [x for x in segs if x != ""]
        for seg in segs:
            text += self._runs(p, [seg], bold=bold, size=size, table=table)
            r = p.runs[-1]
            if m.kind == "ins":
                if m.look in ("bold", "bold_underline"):
                    r.bold = True
                if m.look in ("underline", "bold_underline"):
                    r.font.underline = True
                if m.look == "colour":
                    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0xB4)
            elif m.look != "bracket":
                r.font.strike = True
                if m.look == "strike_colour":
                    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if m.kind == "del":
            if m.look == "bracket":
                r = p.add_run("]" + after)
                if size:
                    r.font.size = Pt(size)
            del self.amounts[n_amounts:]
            return ""
        return text

    def money(self, value: float, table: bool) -> str:
        s = self.s
        form = s.money_table if table else s.money_prose
        if self.x is not None:
            form = (self.x.money_table if table else self.x.money_prose) or form
        if self.x3 is not None:
            form = self.money_form3(table) or form
        if self.x4 is not None:
            form = self.money_form4(table) or form
        if self.x5 is not None:
            form = self.money_form5(table) or form
        if self.x6 is not None:
            form = self.money_form6(table) or form
        if self.x7 is not None:
            form = self.money_form7(table) or form
        if self.x8 is not None:
            form = self.money_form8(table) or form
        text = format_money(value, form, "\u00a0" if table else s.thousands)
        self.amounts.append({"text": _plain(text), "value": round(value, 2), "section": self.current,
                             "in_table": table})
        return text

    def para(self, b: Para) -> None:
        if (self.x is not None and self.x.margin_notes and self.current and self.columns_level is None
                and not b.align and self.rng2.random() < self.x.margin_notes):
            self.margin_note()
        p = self.doc.add_paragraph()
        if b.align:
            p.alignment = ALIGN[b.align]
        elif self.s.justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self._runs(p, b.segs, bold=b.bold, size=self.s.size + 6 if b.big else None)

    def bullets(self, b: Bullets) -> None:
        s = self.s
        for item in b.items:
            if s.bullets_word:
                p = self.doc.add_paragraph(style="List Bullet" if b.level == 1 else "List Bullet 2")
            else:
                p = self.doc.add_paragraph()
                indent = 0.63 * b.level
                p.paragraph_format.left_indent = Cm(indent)
                p.paragraph_format.first_line_indent = Cm(-0.5)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
                glyph = s.glyph1 if b.level == 1 else s.glyph2
                r = p.add_run(glyph + "\t")
                if glyph == "\uf0b7":
                    r.font.name = "Symbol"
            if s.justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            self._runs(p, item)

    def caption(self, title: str) -> None:
        p = self.doc.add_paragraph()
        r = p.add_run(title)
        r.bold = self.s.caption_style == "bold"
        r.italic = self.s.caption_style == "italic"
        p.paragraph_format.keep_with_next = not self.s.caption_below
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if self.rng.random() < 0.3 else WD_ALIGN_PARAGRAPH.LEFT

    def table(self, t: TableB) -> None:
        s = self.s
        body = self.doc.element.body
        if len(body) >= 2 and body[-2].tag == qn("w:tbl"):
            # Two w:tbl elements in a row are one table to Word and LibreOffice (which then
            # drops what follows): an empty paragraph keeps them apart, as office users do.
            self.doc.add_paragraph()
        if not s.caption_below and t.title:
            self.caption(t.title)
        all_rows = t.header + t.rows
        n_cols = len(t.header[0])
        tbl = self.doc.add_table(rows=len(all_rows), cols=n_cols)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        _borders(tbl, s.rules)
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        widths = t.widths or [1.0] * n_cols
        tbl.autofit = False
        for j, col in enumerate(tbl.columns):      # LibreOffice reads the grid, Word the cells
            col.width = int(avail * widths[j] / sum(widths))
        size = self._fitting_size(t, [avail * w_ / sum(widths) for w_ in widths], s.size + s.table_font_delta)
        printed: list[list[str]] = []
        for i, row in enumerate(all_rows):
            out_row = []
            for j, cell in enumerate(row):
                c = tbl.cell(i, j)
                c.width = int(avail * widths[j] / sum(widths))
                segs = cell if isinstance(cell, list) else [cell] if cell != "" else []
                text = self._runs(c.paragraphs[0], segs, bold=i < len(t.header) or (i - len(t.header)) in t.total_rows,
                                  size=size, table=True)
                if isinstance(cell, Money) or (isinstance(cell, str) and _NUMBER.match(cell)) \
                        or (isinstance(cell, list) and any(isinstance(m, Mark) and isinstance(v, Money)
                                                           for m in cell for v in getattr(m, "segs", []))):
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                out_row.append(_plain(text))
            printed.append(out_row)
        for i in range(len(t.header)):
            if s.repeat_header:
                _repeat_header(tbl.rows[i])
            if s.shade_header:
                for c in tbl.rows[i].cells:
                    _shade(c, "D9D9D9")
        for r0, c0, rs, cs in t.header_spans:
            tbl.cell(r0, c0).merge(tbl.cell(r0 + rs - 1, c0 + cs - 1))
        off = len(t.header)
        for r0, c0, rs, cs in t.row_spans:
            tbl.cell(off + r0, c0).merge(tbl.cell(off + r0 + rs - 1, c0 + cs - 1))
        printed = spread_spans(printed, off, t.header_spans, t.row_spans)
        if t.rotated_header:
            self.rotate_header(tbl, t)
        if s.caption_below and t.title:
            self.caption(t.title)
        # a line struck through whole (revision marks, conv_avenant_styles9) is no line of the table as amended
        body = [r for r, src in zip(printed[off:], t.rows) if any(r) or not any(isinstance(c, list) for c in src)]
        self.tables.append({"title": t.title, "header": printed[:off], "rows": body,
                            "n_rows": len(body), "n_cols": n_cols, "section": self.current})

    def _fitting_size(self, t: TableB, col_emu: list[float], size: float) -> float:
        """Shrink a table's font until its longest unbreakable token (an amount kept on one
        line by no-break spaces, an IDTOP, a long word) fits its column, as office users do;
        otherwise LibreOffice breaks the token inside."""
        need = [0] * len(col_emu)
        for row in t.header + t.rows:
            for j, cell in enumerate(row):
                if isinstance(cell, list):      # revision marks: the longest amount or word of the cell
                    for m in cell:
                        for v in getattr(m, "segs", [m]):
                            n = len(format_money(v.value, self.s.money_table, "\u00a0")) if isinstance(v, Money) \
                                else max((len(w_) for w_ in str(v).split()), default=0)
                            need[j] = max(need[j], n)
                elif isinstance(cell, Money):
                    text = format_money(cell.value, self.s.money_table, "\u00a0")
                    need[j] = max(need[j], len(text))
                elif cell:
                    need[j] = max(need[j], max(len(w_) for w_ in str(cell).split() or [""]))
        while size > 6:
            # ~0.55 em per character on average, 0.38 cm of cell padding (EMU: 360000 per cm)
            if all(n * size * 0.55 * 12700 + 0.38 * 360000 <= c for n, c in zip(need, col_emu)):
                break
            size -= 0.5
        return size

    # --- output
    def save(self, path: Path) -> None:
        if self.x6 is not None:
            self.symbol_notes6()
        if self.notes and self.x is not None and self.x.endnotes:
            self.endnotes_part()
        elif self.notes:
            self._footnotes_part()
        self.doc.save(str(path))

    def _footnotes_part(self) -> None:
        size = int(2 * max(7, self.s.size - 2))
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>']
        for i, text in enumerate(self.notes, start=1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                        f'<w:sz w:val="{size}"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="{size}"/>'
                        f'</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
               + "".join(body) + "</w:footnotes>")
        part = OpcPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def gold(self) -> dict:
        return {"sections": self.sections, "tables": self.tables, "amounts": self.amounts,
                "footnotes": list(self.notes)}
