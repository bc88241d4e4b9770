"""The typesetting of layout set 2 (conv_variants2.Layout2) for conv_docx.Renderer:
heading forms, Word automatic list numbering, small capitals, run-in headings, a
table of contents with dot leaders, endnotes, the page number in the header,
margin notes. Kept apart so layout set 1 renders exactly as before."""

from __future__ import annotations

import random

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .conv_blocks import Block, Break, Heading, Para
from .conv_layout import ARTICLE_FORMS, Style, heading_text, printed_title
from .conv_variants2 import MARGIN_NOTES, ROMAN, Layout2

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ABSTRACT_ARTICLE, ABSTRACT_TITRE = 90, 91


def printed(s: Style, x: Layout2, h: Heading) -> tuple[list[str], str | None, str]:
    """(printed lines, gold number, gold heading) of a heading in layout set 2; for
    ``listnum`` the first line is the list label Word prints."""
    n, t = h.number, h.title
    if h.kind == "titre" and n and x.chapitre:
        return [f"Chapitre {ROMAN[n]} – {t}"], str(ROMAN[n]), t
    if h.kind != "article" or not n:
        text = heading_text(s, h.kind, n, t, h.level)
        return text.split("\n"), n, printed_title(s, h.kind, n, t)
    upper = s.article_form == "upper_colon"
    if x.heading == "section_sign" and "." in n:
        return [f"§ {n} – {t}"], n, t
    if x.heading == "article_no":
        return [f"Article n° {n} – {t}"], n, t
    if x.heading == "split":
        return [f"{'ARTICLE' if upper else 'Article'} {n}", t], n, t
    if x.heading == "listnum":
        return [_list_label(s, n), t], n, t
    if x.heading == "runin" and "." in n:
        return [f"{n}. {t}."], n, t
    text = heading_text(s, h.kind, n, t, h.level)
    return text.split("\n"), n, printed_title(s, h.kind, n, t)


def _list_label(s: Style, n: str) -> str:
    if "." in n:
        return f"{n}."
    return "ARTICLE %s :" % n if s.article_form == "upper_colon" else f"Article {n} –"


class Layout2Mixin:
    """Methods conv_docx.Renderer uses when it was given a Layout2 (self.x)."""

    x: Layout2

    def setup2(self, running_header: str) -> None:
        s, x, sec = self.s, self.x, self.doc.sections[0]
        self.rng2 = random.Random(self.rng.random())
        if x.margin_notes:
            sec.left_margin = Cm(max(s.margins_cm[0], 3.4))
        if x.header_page:
            hp = sec.header.paragraphs[0]
            for r in list(hp.runs):
                r._r.getparent().remove(r._r)
            avail = sec.page_width - sec.left_margin - sec.right_margin
            hp.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT)
            size = max(7, s.size - 2)
            hp.add_run(f"{running_header}\tPage ").font.size = Pt(size)
            self._field2(hp, "PAGE", size)
            hp.add_run(" sur ").font.size = Pt(size)
            self._field2(hp, "NUMPAGES", size)
            fp = sec.footer.paragraphs[0]
            for r in list(fp._p):
                if r.tag in (qn("w:r"), qn("w:fldSimple")):
                    fp._p.remove(r)
            fp.add_run("Paraphes des parties :").font.size = Pt(size)

    def _field2(self, paragraph, instr: str, size: float) -> None:
        from .conv_docx import _field
        _field(paragraph, instr, self.s.footer_simple_fields, size)

    # --- blocks
    def toc(self, blocks: list[Block]) -> None:
        s = self.s
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("SOMMAIRE")
        r.bold = True
        sec = self.doc.sections[-1]
        avail = sec.page_width - sec.left_margin - sec.right_margin
        page = 3 + self.rng2.randint(0, 2)
        for b in blocks:
            if not isinstance(b, Heading) or b.level > 2 or b.kind not in ("titre", "article", "plain"):
                continue
            lines, _, _ = printed(s, self.x, b)
            label = " ".join(lines) if self.x.heading != "runin" else lines[0]
            q = self.doc.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(avail, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            q.paragraph_format.space_after = Pt(2)
            if b.level == 2:
                q.paragraph_format.left_indent = Cm(0.6)
            q.add_run(f"{label.rstrip('.')}\t{page}")
            page += self.rng2.randint(0, 1)
        self.doc.add_page_break()

    def heading2(self, h: Heading, runin: Para | None = None) -> None:
        s, x = self.s, self.x
        if self.columns_level is not None and h.level <= self.columns_level:
            self.brk("onecolumn")
            self.columns_level = None
        if h.number and h.kind == "article" and h.number == s.two_columns_article:
            self.brk("columns")
            self.columns_level = h.level
        lines, number, gold_heading = printed(s, x, h)
        if runin is not None:
            p = self.doc.add_paragraph()
            if s.justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(lines[0] + " ")
            r.bold = True
            r.font.small_caps = x.small_caps
            self._runs(p, runin.segs)
        elif x.heading == "listnum" and h.kind == "article" and h.number and h.number.replace(".", "").isdigit():
            # (an article inserted as "11 bis" is no list number: printed as its label and title below)
            p = self._hpara(h)
            self._numbered(p, h.number)
            self._hrun(p, lines[1], h)
        elif x.heading == "split" and h.kind == "article" and h.number:
            p = self._hpara(h)
            self._hrun(p, lines[0], h)
            p.paragraph_format.keep_with_next = True
            q = self._hpara(h)
            self._hrun(q, lines[1], h)
            q.paragraph_format.space_before = Pt(0)
            if h.kind in ("titre", "plain") and s.heading_center_titre:
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p = self._hpara(h)
            for i, line in enumerate(lines):
                run = self._hrun(p, line, h)
                if i < len(lines) - 1:
                    run.add_break()
        if h.kind in ("titre", "plain") and s.heading_center_titre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if h.number:
            self.current = h.number if h.kind != "titre" else self.current
            self.sections.append({"number": number, "label": lines[0], "heading": gold_heading,
                                  "level": h.level, "kind": h.kind})
        else:
            self.sections.append({"number": None, "label": "", "heading": lines[0], "level": h.level,
                                  "kind": h.kind})

    def _hpara(self, h: Heading):
        s = self.s
        if s.heading_word_styles:
            return self.doc.add_paragraph(style=f"Heading {min(max(h.level, 1), 4)}")
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        return p

    def _hrun(self, p, text: str, h: Heading):
        s = self.s
        run = p.add_run(text)
        if not s.heading_word_styles:
            run.bold = True
            run.font.size = Pt(s.heading_sizes[min(h.level, 3) - 1])
            run.font.name = s.heading_font
        if self.x.small_caps and h.kind != "plain":
            run.font.small_caps = True
        return run

    # --- Word automatic numbering: one list instance per heading, its levels started at the
    # heading's number (articles are skipped in some conventions, so a running count is wrong)
    def _numbered(self, p, number: str) -> None:
        parts = [int(v) for v in number.split(".")]
        numbering = self.doc.part.numbering_part.element
        if not getattr(self, "_abstract_done", False):
            first_num = numbering.find(qn("w:num"))
            el = parse_xml(self._abstract_xml())
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
            self._abstract_done = True
            self._next_num = 900
        self._next_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                            for i, v in enumerate(parts))
        numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{self._next_num}">'
                                   f'<w:abstractNumId w:val="{ABSTRACT_ARTICLE}"/>{overrides}</w:num>'))
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(len(parts) - 1))
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), str(self._next_num))
        numpr.append(ilvl)
        numpr.append(num_id)
        ppr.append(numpr)

    def _abstract_xml(self) -> str:
        top = "ARTICLE %1 :" if self.s.article_form == "upper_colon" else "Article %1 –"
        texts = [top, "%1.%2.", "%1.%2.%3."]
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/><w:suff w:val="{"space" if i == 0 else "tab"}"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{1134 + 284 * i}"/></w:tabs>'
            f'<w:ind w:left="{1134 + 284 * i}" w:hanging="{1134 + 284 * i}"/></w:pPr></w:lvl>'
            for i, t in enumerate(texts))
        return (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{ABSTRACT_ARTICLE}">'
                f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')

    def margin_note(self) -> None:
        """A short note in the left margin beside the next paragraph (a text frame)."""
        p = self.doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        fp.set(qn("w:w"), str(int(2.4 * 567)))
        fp.set(qn("w:hSpace"), "142")
        fp.set(qn("w:wrap"), "around")
        fp.set(qn("w:vAnchor"), "text")
        fp.set(qn("w:hAnchor"), "page")
        fp.set(qn("w:x"), str(int(0.5 * 567)))
        fp.set(qn("w:y"), "1")
        ppr.insert(0, fp)
        r = p.add_run(self.rng2.choice(MARGIN_NOTES))
        r.italic = True
        r.font.size = Pt(7)

    def endnotes_part(self) -> None:
        from xml.sax.saxutils import escape

        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part as OpcPart

        size = int(2 * max(7, self.s.size - 2))
        body = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>',
                '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:endnote>']
        for i, text in enumerate(self.notes, start=1):
            body.append(f'<w:endnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                        f'<w:sz w:val="{size}"/></w:rPr><w:endnoteRef/></w:r><w:r><w:rPr><w:sz w:val="{size}"/>'
                        f'</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:endnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes xmlns:w="{W_NS}">'
               + "".join(body) + "</w:endnotes>")
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
        part = OpcPart(PackURI("/word/endnotes.xml"), ct, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.ENDNOTES)


def runin_pair(x: Layout2 | None, b: Block, nxt: Block | None) -> bool:
    """A sub-article heading run into its first paragraph."""
    return (x is not None and x.heading == "runin" and isinstance(b, Heading) and b.kind == "article"
            and bool(b.number) and "." in (b.number or "") and isinstance(nxt, Para))


def after_title_page(blocks: list[Block]) -> int:
    """Index after the title page's page break (where the table of contents goes)."""
    for i, b in enumerate(blocks):
        if isinstance(b, Break) and b.kind == "page":
            return i + 1
    return 0


__all__ = ["Layout2Mixin", "printed", "runin_pair", "after_title_page", "ARTICLE_FORMS"]
