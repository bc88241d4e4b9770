"""The typesetting of layout set 4 (conv_variants4.Layout4) for conv_docx.Renderer:
"ARTICLE 4 - TITLE" headings with "4-1" sub-articles, underlined headings, each titre on
a page of its own, a footer that is a ruled table with a logo-like cell and "Page 3 sur
60", a first page without header nor footer, amounts "€ HT" / "k€" in prose. Kept apart so
sets 1-3 render exactly as before."""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import docxkit
from .conv_blocks import Heading
from .conv_layout import heading_text, printed_title
from .conv_variants4 import Layout4


def printed4(s, x: Layout4, h: Heading) -> tuple[list[str], str | None, str]:
    """(printed lines, gold number, gold heading) of a heading in layout set 4."""
    n, t = h.number, h.title
    if h.kind == "titre" and n:
        return [f"TITRE {n} -", t.upper()], n, t.upper()
    if h.kind == "annexe" and n:
        return [f"ANNEXE {n} - {t}"], n, t
    if h.kind != "article" or not n:
        text = heading_text(s, h.kind, n, t, h.level)
        return text.split("\n"), n, printed_title(s, h.kind, n, t)
    if x.heading == "upper_hyphen":
        if "." in n:
            return [f"{n.replace('.', '-')} {t}"], n, t
        return [f"ARTICLE {n} - {t.upper()}"], n, t.upper()
    # "hyphen_sub"
    if "." in n:
        return [f"{n} - {t}"], n, t
    return [f"Article {n} – {t}"], n, t


class Layout4Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout4 (self.x4)."""

    x4: Layout4

    def setup4(self) -> None:
        s, x = self.s, self.x4
        sec = self.doc.sections[0]
        if x.first_page_plain:
            sec.different_first_page_header_footer = True
        if not x.footer_table:
            return
        size = max(7, s.size - 2)
        fp = sec.footer.paragraphs[0]
        for r in list(fp._p):
            if r.tag.endswith("}r") or r.tag.endswith("}fldSimple"):
                fp._p.remove(r)
        avail = sec.page_width - sec.left_margin - sec.right_margin
        tbl = sec.footer.add_table(1, 3, avail)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        docxkit.table_rules(tbl, "all")
        widths = [0.18, 0.6, 0.22]
        tbl.autofit = False
        for j, col in enumerate(tbl.columns):
            col.width = int(avail * widths[j])
        logo, mid, page = (tbl.cell(0, j) for j in range(3))
        for j, c in enumerate((logo, mid, page)):
            c.width = int(avail * widths[j])
        docxkit.shade(logo, "1F4E79")
        r = logo.paragraphs[0].add_run("ANRU")
        r.bold = True
        r.font.size = Pt(size + 2)
        r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(255, 255, 255)
        logo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        mid.paragraphs[0].add_run(x.footer_text).font.size = Pt(size)
        mid.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp = page.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pp.add_run("Page ").font.size = Pt(size)
        self._field4(pp, "PAGE", size)
        pp.add_run(" sur ").font.size = Pt(size)
        self._field4(pp, "NUMPAGES", size)

    def _field4(self, paragraph, instr: str, size: float) -> None:
        from .conv_docx import _field
        _field(paragraph, instr, self.s.footer_simple_fields, size)

    def money_form4(self, table: bool) -> str | None:
        return None if table else self.x4.money_prose

    def heading4(self, h: Heading) -> None:
        s, x = self.s, self.x4
        if self.columns_level is not None and h.level <= self.columns_level:
            self.brk("onecolumn")
            self.columns_level = None
        if x.titre_page and h.kind == "titre" and h.number:
            self.doc.add_page_break()
        if h.number and h.kind == "article" and h.number == s.two_columns_article:
            self.brk("columns")
            self.columns_level = h.level
        lines, number, gold_heading = printed4(s, x, h)
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
            run.underline = x.underline
            if x.plain_weight:
                run.bold = False
            elif not s.heading_word_styles:
                run.bold = True
            if not s.heading_word_styles:
                run.font.size = Pt(s.heading_sizes[min(h.level, 3) - 1] + (4 if x.titre_page and h.kind == "titre" else 0))
                run.font.name = s.heading_font
        if h.kind in ("titre", "plain") and (s.heading_center_titre or x.titre_page):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if x.titre_page and h.kind == "titre" and h.number:
            p.paragraph_format.space_before = Pt(220)
            self.doc.add_page_break()
        if h.number:
            self.current = h.number if h.kind != "titre" else self.current
            self.sections.append({"number": number, "label": lines[0], "heading": gold_heading,
                                  "level": h.level, "kind": h.kind})
        else:
            self.sections.append({"number": None, "label": "", "heading": " ".join(lines), "level": h.level,
                                  "kind": h.kind})


__all__ = ["Layout4Mixin", "printed4"]
