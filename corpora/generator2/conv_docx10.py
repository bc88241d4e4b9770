"""The typesetting of layout set 10 (conv_variants10.Layout10): a Renderer of its own (a subclass
of conv_docx.Renderer, so sets 1-8 render exactly as before) printing titres on coloured bands,
encadrés floating beside the text or framed across it, a notes row under each data table with
superscript calls in its header, mirrored pages with odd and even headers and footers, two
columns of unequal widths with a rule between, and the sommaire as a borderless table."""

from __future__ import annotations

import copy
import random

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import docxkit
from .conv_blocks import Block, Heading, TableB
from .conv_docx import Renderer
from .conv_docx2 import after_title_page
from .conv_layout import Style, heading_text
from .conv_variants10 import TABLE_NOTES10, BoxNote, Layout10

BOX_FILL10 = "F2F2F2"


def _shd(ppr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def _borders(ppr, sides, size: int, color: str, space: int = 4) -> None:
    borders = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        borders.append(el)
    ppr.append(borders)


def _rgb(fill: str) -> RGBColor:
    return RGBColor(int(fill[:2], 16), int(fill[2:4], 16), int(fill[4:], 16))


class Renderer10(Renderer):
    """conv_docx.Renderer printing a Layout10's habits on top of the drawn Style."""

    def __init__(self, style: Style, rng: random.Random, running_header: str, x10: Layout10):
        super().__init__(style, rng, running_header)
        self.x10 = x10
        self.rng10 = random.Random(f"{rng.random()}:10")
        if x10.mirror:
            self._mirror10()

    # --- pages
    def _mirror10(self) -> None:
        """Mirrored margins (the inner one wider) and even pages with their own header and footer,
        the running header and the page number on the outer side."""
        doc = self.doc
        settings = doc.settings.element
        settings.append(OxmlElement("w:mirrorMargins"))
        doc.settings.odd_and_even_pages_header_footer = True
        sec = doc.sections[0]
        sec.left_margin = sec.left_margin + Cm(0.8)
        for odd, even in ((sec.header, sec.even_page_header), (sec.footer, sec.even_page_footer)):
            src = odd.paragraphs[0]
            src.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            dst = even.paragraphs[0]
            new = copy.deepcopy(src._p)
            dst._p.getparent().replace(dst._p, new)
            even.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT

    def brk(self, kind: str) -> None:
        super().brk(kind)
        if kind != "columns" or self.x10.cols != "unequal":
            return
        sec = self.doc.sections[-1]
        sect = sec._sectPr
        for old in sect.findall(qn("w:cols")):
            sect.remove(old)
        avail = (sec.page_width - sec.left_margin - sec.right_margin) / 635   # EMU -> twips
        space = 567
        wide = int((avail - space) * self.rng10.choice([0.62, 0.66, 0.7]))
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:equalWidth"), "0")
        cols.set(qn("w:sep"), "1")
        cols.set(qn("w:space"), str(space))
        for w in (wide, int(avail - space - wide)):
            c = OxmlElement("w:col")
            c.set(qn("w:w"), str(w))
            c.set(qn("w:space"), str(space))
            cols.append(c)
        sect.append(cols)

    # --- blocks
    def render(self, blocks: list) -> None:
        # the sommaire follows a title page (a document opening on its title has none)
        toc_at = (after_title_page(blocks) or None) if self.x10.toc else None
        chunk: list[Block] = []
        for i, b in enumerate(blocks):
            if i == toc_at:
                super().render(chunk)
                chunk = []
                self.toc10(blocks)
            if isinstance(b, BoxNote):
                super().render(chunk)
                chunk = []
                self.box10(b)
                continue
            chunk.append(b)
        super().render(chunk)

    def heading(self, h: Heading) -> None:
        super().heading(h)
        x = self.x10
        if not x.band or not h.number:
            return
        p = self.doc.paragraphs[-1]
        ppr = p._p.get_or_add_pPr()
        if h.kind == "titre":
            _shd(ppr, x.band_fill)
            _borders(ppr, ("top", "bottom"), 4, x.band_fill, 3)
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(8)
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                r.font.all_caps = True
        elif h.kind == "article" and x.band == "all":
            _borders(ppr, ("bottom",), 8, x.band_fill, 1)
            for r in p.runs:
                r.font.color.rgb = _rgb(x.band_fill)

    def table(self, t: TableB) -> None:
        super().table(t)
        if not self.x10.table_notes or not t.rows:
            return
        tbl = self.doc.tables[-1]
        notes = self.rng10.sample(TABLE_NOTES10, self.rng10.choice([1, 2]))
        # the notes in the table's type or a little smaller (its cells may have been shrunk to fit)
        sizes = [r.font.size.pt for row in tbl.rows[len(t.header):] for c in row.cells[:1]
                 for r in c.paragraphs[0].runs if r.font.size]
        size = max(6.0, min(sizes or [self.s.size]) - self.rng10.choice([0, 0.5, 1.0]))
        top = tbl.rows[0]._tr
        tcs = [tc for tc in top.findall(qn("w:tc"))]
        called = [tc for tc in tcs if "".join(tc.itertext()).strip()]
        # a second call goes after a head of several words (a call glued to a lone word in a narrow
        # column would have LibreOffice break the word inside)
        more = [tc for tc in called[1:] if len("".join(tc.itertext()).split()) > 1]
        targets = called[:1] + (more[-1:] if len(notes) > 1 else [])
        for n, tc in enumerate(targets, start=1):
            p = tc.findall(qn("w:p"))[-1]
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            r.append(rpr)
            txt = OxmlElement("w:t")
            txt.text = self.x10.note_call.format(n=n)
            r.append(txt)
            p.append(r)
        notes = notes[:len(targets)]
        row = tbl.add_row()
        cells = row.cells
        cell = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
        for k, text in enumerate(notes, start=1):
            p = cell.paragraphs[0] if k == 1 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            call = self.x10.note_call.format(n=k)
            r = p.add_run(f"{call if call.startswith('(') else call + '.'} {text}")
            r.italic = True
            r.font.size = Pt(size)
        tr_pr = row._tr.get_or_add_trPr()
        cant = OxmlElement("w:cantSplit")
        tr_pr.append(cant)

    def box10(self, b: BoxNote) -> None:
        """The encadré: a frame floating at the right of the text block (the text after it wraps
        to its left) or a framed, shaded paragraph across the block."""
        p = self.doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        if self.x10.box_look == "float":
            fp = OxmlElement("w:framePr")
            fp.set(qn("w:w"), str(int(self.rng10.choice([5.5, 6.0, 6.5]) * 567)))
            fp.set(qn("w:hSpace"), "284")
            fp.set(qn("w:vSpace"), "113")
            fp.set(qn("w:wrap"), "around")
            fp.set(qn("w:vAnchor"), "text")
            fp.set(qn("w:hAnchor"), "margin")
            fp.set(qn("w:xAlign"), "right")
            fp.set(qn("w:y"), "1")
            ppr.insert(0, fp)
        _borders(ppr, ("top", "left", "bottom", "right"), 8, "404040", 4)
        _shd(ppr, BOX_FILL10)
        p.paragraph_format.space_after = Pt(6)
        size = Pt(max(8, self.s.size - 1))
        r = p.add_run(b.title)
        r.bold = True
        r.font.size = size
        r.add_break()
        r = p.add_run(b.text)
        r.font.size = size
        r.italic = self.x10.box_look == "float"

    def toc10(self, blocks: list) -> None:
        """SOMMAIRE as a borderless table: the heading as printed | its page."""
        s = self.s
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("SOMMAIRE")
        r.bold = True
        r.font.size = Pt(s.heading_sizes[0])
        rows = []
        for b in blocks:
            if not isinstance(b, Heading) or b.level > 2 or not b.number or b.spelled \
                    or b.kind not in ("titre", "article"):
                continue
            text = heading_text(s, b.kind, b.number, b.title, b.level).replace("\n", " – ")
            rows.append((b, text))
        if not rows:
            return
        tbl = self.doc.add_table(rows=len(rows), cols=2)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.table_rules(tbl, "none")
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        tbl.autofit = False
        widths = [int(avail * 0.88), int(avail * 0.12)]
        for j, col in enumerate(tbl.columns):
            col.width = widths[j]
        page = 3 + self.rng10.randint(0, 1)
        for i, (b, text) in enumerate(rows):
            c0, c1 = tbl.cell(i, 0), tbl.cell(i, 1)
            c0.width, c1.width = widths
            q = c0.paragraphs[0]
            if b.kind == "article":
                q.paragraph_format.left_indent = Cm(0.5)
            run = q.add_run(text)
            run.bold = b.kind == "titre"
            run.font.size = Pt(max(8, s.size - 0.5))
            c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = c1.paragraphs[0].add_run(str(page))
            run.font.size = Pt(max(8, s.size - 0.5))
            page += self.rng10.randint(0, 2)
        self.doc.add_page_break()


__all__ = ["Renderer10"]
