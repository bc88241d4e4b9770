"""Typeset a composition with reportlab platypus and record what was laid out where.

Every recorded fact (heading page, table pages, amount page, footnote page, the lines
of each page) comes from draw-time hooks, so the gold is what the PDF really holds.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, Flowable)

import amounts as am
import cpd
from styles import FONT_DIRS, FAMILIES, Style, split_label

NBSP = "\u00a0"


# ---------------------------------------------------------------- fonts
def register_family(family: str) -> None:
    if family in pdfmetrics.getRegisteredFontNames():
        return
    names = [family, family + "-Bold", family + "-Italic", family + "-BoldItalic"]
    for name, fname in zip(names, FAMILIES[family]):
        path = next(os.path.join(d, fname) for d in FONT_DIRS if os.path.exists(os.path.join(d, fname)))
        font = TTFont(name, path)
        # Word prints list bullets from the Symbol font: in the text layer they are U+F0B7.
        # Map that code to the font's own bullet glyph so the PDF text holds U+F0B7.
        face = font.face
        if 0xF0B7 not in face.charToGlyph and 0x2022 in face.charToGlyph:
            face.charToGlyph[0xF0B7] = face.charToGlyph[0x2022]
            face.charWidths[0xF0B7] = face.charWidths[0x2022]
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                  boldItalic=names[3])


# ---------------------------------------------------------------- recording
@dataclass
class Rec:
    """What one build pass saw."""
    pages: dict = field(default_factory=dict)        # page -> {"body": [], "header": [], "footer": []}
    heading_page: dict = field(default_factory=dict)  # heading id -> page
    table_pages: dict = field(default_factory=dict)   # table id -> [pages]
    amount_page: dict = field(default_factory=dict)   # amount id -> page
    amount_split: set = field(default_factory=set)    # amounts cut by a page break
    footnote_page: dict = field(default_factory=dict)  # (part, mark) -> page
    part_first: dict = field(default_factory=dict)    # part index -> first page
    current_part: int = 0

    def page(self, n: int) -> dict:
        return self.pages.setdefault(n, {"body": [], "header": [], "footer": []})


def _line_texts(p: Paragraph) -> list[tuple[str, list]]:
    """The lines reportlab broke a paragraph into, with the frags of each line."""
    bl = p.blPara
    out = []
    for ln in bl.lines:
        if bl.kind == 0:
            out.append((" ".join(ln[1]), []))
        else:
            words = ln.words
            out.append(("".join(getattr(w, "text", "") for w in words), words))
    return out


class RecPara(Paragraph):
    """A paragraph that reports its lines, its amounts and its footnote calls when drawn."""
    rec_info: dict | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:
            q.rec_info = self.rec_info
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        super().drawOn(canvas, x, y, _sW)
        info = self.rec_info
        if info is None:
            return
        rec: Rec = info["rec"]
        page = canvas.getPageNumber()
        lines = [t.replace(NBSP, " ") for t, _ in _line_texts(self)]
        if self.bulletText and lines:
            lines[0] = f"{self.bulletText} {lines[0]}"
        if info.get("target") == "body":
            rec.page(page)["body"].extend(lines)
        if "heading" in info:
            rec.heading_page.setdefault(info["heading"], page)
        # amounts: match in order inside this fragment; leftovers fall to the last fragment
        joined = " ".join(lines)
        joined = " ".join(joined.split())
        pos = 0
        for aid, text in info.get("amounts", []):
            if aid in rec.amount_page:
                continue
            k = joined.find(text, pos)
            if k < 0:
                # an amount cut by a page break: it belongs to the page of its head
                head = next((text[:n] for n in range(len(text) - 1, 0, -1)
                             if joined.endswith(text[:n]) and text[:n].strip()), None)
                if head:
                    rec.amount_page[aid] = page
                    rec.amount_split.add(aid)
                break
            rec.amount_page[aid] = page
            pos = k + len(text)
        for _, words in _line_texts(self):
            for w in words:
                if getattr(w, "rise", 0) and getattr(w, "text", "").strip() in info.get("footnotes", {}):
                    key = info["footnotes"][w.text.strip()]
                    rec.footnote_page.setdefault(key, page)


class RecTable(Table):
    rec_info: dict | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:
            q.rec_info = self.rec_info
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        super().drawOn(canvas, x, y, _sW)
        if self.rec_info:
            pages = self.rec_info["rec"].table_pages.setdefault(self.rec_info["table"], [])
            p = canvas.getPageNumber()
            if p not in pages:
                pages.append(p)


class PartMarker(Flowable):
    """Zero-size flowable marking where a part (one source) starts."""
    def __init__(self, rec: Rec, index: int):
        super().__init__()
        self.rec, self.index = rec, index

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.rec.current_part = self.index
        self.rec.part_first.setdefault(self.index, self.canv.getPageNumber())


# ---------------------------------------------------------------- document
class Doc(BaseDocTemplate):
    def __init__(self, path, style: Style, rec: Rec, reserve: dict, total: int,
                 footnotes_by_page: dict, headers: list[str], **kw):
        super().__init__(path, pagesize=A4, invariant=1, **kw)
        self.st, self.rec, self.reserve, self.total = style, rec, reserve, total
        self.footnotes_by_page, self.headers = footnotes_by_page, headers
        l, r, t, b = style.margins
        templates = []
        for tid, size in (("portrait", A4), ("landscape", landscape(A4))):
            w, h = size
            frame = Frame(l, b, w - l - r, h - t - b, id=tid, leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            frame.base = (frame._y1, frame._height)
            templates.append(PageTemplate(id=tid, frames=[frame], pagesize=size,
                                          onPageEnd=self._decorate))
        self.addPageTemplates(templates)

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        f = self.frame
        y1, height = f.base
        h = self.reserve.get(self.canv.getPageNumber(), 0)
        f._y1, f._height = y1 + h, height - h
        f._geom()
        f._y = f._y2 - f._topPadding

    def _decorate(self, canvas, doc):
        st, rec = self.st, self.rec
        page = canvas.getPageNumber()
        pg = rec.page(page)
        w, h = canvas._pagesize
        l, r, t, b = st.margins
        canvas.saveState()
        # footnotes at the foot of the page of their call
        # the notes whose call was drawn on this page (this very pass)
        notes = sorted(((k[1], para) for k, para in self.footnotes_by_page.items()
                        if rec.footnote_page.get(k) == page), key=lambda n: n[0].zfill(4))
        if notes:
            y = b + self.reserve.get(page, 0) - 4
            canvas.setLineWidth(0.5)
            canvas.line(l, y, l + 120, y)
            y -= 3
            for mark, para in notes:
                pw, ph = para.wrap(w - l - r, 1000)
                para.drawOn(canvas, l, y - ph)
                y -= ph + 1
                pg["body"].extend(t2.replace(NBSP, " ") for t2, _ in _line_texts(para))
        hdr = self.headers[rec.current_part] if rec.current_part < len(self.headers) else ""
        if hdr and st.header != "none":
            canvas.setFont(st.family + "-Italic", 8)
            if st.header == "center":
                canvas.drawCentredString(w / 2, h - t / 2, hdr)
                canvas.setLineWidth(0.4)
                canvas.line(l, h - t / 2 - 4, w - r, h - t / 2 - 4)
            else:
                canvas.drawString(l, h - t / 2, hdr)
            pg["header"].append(hdr)
        foot = st.footer(page, self.total or 0)
        canvas.setFont(st.family, 8.5)
        if st.footer_align == "right":
            canvas.drawRightString(w - r, b / 2, foot)
        else:
            canvas.drawCentredString(w / 2, b / 2, foot)
        pg["footer"].append(foot)
        canvas.restoreState()
