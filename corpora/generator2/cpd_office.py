"""The corpus sources (corpora/sources/*.cpd) typeset the office way: python-docx
documents converted by LibreOffice, with a layout drawn from a seed.

The same text as the reportlab corpus, typeset by other software, answers one
question: does parse hold when only the typesetting changes? (The hidden
corpus holds "the seed re-typeset" by LibreOffice.) Gold by construction is
what the source says: parts, numbered headings (number + heading), tables
(shape and cells); the hand gold of corpora/gold/*.hand.json (entities,
metadata, operations, amendments) applies unchanged because the text is the
same. Pages are not known before LibreOffice lays the text out, so nothing is
scored by page.

`--word` adds what Word-like tools do to the same text (`WordLayout`, drawn on
a stream of its own, so a seed without the option is typeset as before): the
names of organisations and people of the hand gold in small capitals or
capitals, soft hyphens in long words (names cut over two lines by a hyphen),
narrower text, QPV codes printed with spaces ("QP 062 024"), heading numbers
as Word list labels followed by a tab, a dot leader between the number and the
title, headings run into their first paragraph. The hand gold holds: letter
case and spaces are not scored, the QPV's normalized code stays.

    python corpora/generator2/cpd_office.py --seed 7 [--word] [--out DIR] [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
sys.path.insert(0, str(CORPORA / "generator"))
sys.path.insert(0, str(HERE))

import amounts as am  # noqa: E402  (the first generator's amount formats)
import docxkit  # noqa: E402
import cpd  # noqa: E402
from office import docx_to_pdf  # noqa: E402
from styles import split_label  # noqa: E402

FONTS = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Carlito", "Caladea"]
FOOTCALL_RE = re.compile(r"\[\^(\w+)\]")


@dataclass
class OfficeStyle:
    """Every layout decision, drawn from a seed."""
    font: str
    size: float
    justify: bool
    margins_cm: tuple[float, float]          # left/right, top/bottom
    heading: str                             # how a label is printed: word | upper | compact | bare
    heading_sep: str                         # between label and title
    word_headings: bool                      # Word "Heading N" styles, else bold paragraphs
    bullets: str                             # list-style | glyph
    glyphs: tuple[str, str]
    rules: str                               # all | horizontal | none
    shade_header: bool
    repeat_header: bool
    caption_below: bool
    footer: str                              # "Page {p} sur {n}" | "{p}/{n}" | "- {p} -" | "{p}"
    amounts: str                             # keep | serif | compact

    @classmethod
    def draw(cls, rng: random.Random) -> "OfficeStyle":
        return cls(
            font=rng.choice(FONTS), size=rng.choice([9.5, 10, 10.5, 11, 11.5, 12]),
            justify=rng.random() < 0.7,
            margins_cm=(rng.choice([1.8, 2.0, 2.5, 3.0]), rng.choice([1.5, 2.0, 2.5])),
            heading=rng.choice(["word", "upper", "compact", "bare"]),
            heading_sep=rng.choice([" – ", " : ", ". ", " - ", "\t"]),
            word_headings=rng.random() < 0.5,
            bullets=rng.choice(["list-style", "glyph"]),
            glyphs=rng.choice([("\u2022", "o"), ("-", "\u2013"), ("\u25aa", "\u2013"), ("\u2013", "\u2022")]),
            rules=rng.choice(["all", "all", "horizontal", "none"]),
            shade_header=rng.random() < 0.5, repeat_header=rng.random() < 0.5,
            caption_below=rng.random() < 0.3,
            footer=rng.choice(["Page {p} sur {n}", "{p}/{n}", "- {p} -", "{p}"]),
            amounts=rng.choice(["keep", "keep", "serif", "compact"]),
        )

    def label(self, label: str) -> str:
        prefix, num = split_label(label)
        if not label:
            return ""
        if self.heading == "upper":
            return label.upper()
        if self.heading == "compact" and prefix.lower() == "article":
            return f"Art. {num.replace('.', '-')}"
        if self.heading == "bare" and prefix.lower() == "article" and "." in num:
            return num                       # "4.1 Title": a dotted number alone
        return label


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QPV_RE = re.compile(r"\bQ([PN])(\d{3})(\d{3})\b")
VOWELS = set("aeiouyéèêëàâîïôûü")


@dataclass
class WordLayout:
    """What a Word-like re-typesetting adds (--word), drawn on its own stream."""
    caps_names: str | None       # None | small | upper: hand-gold organisations and people
    soft_hyphens: bool           # long words may break over two lines with a hyphen
    extra_margin_cm: float       # narrower text: more names cut at a line end
    qpv_spacing: str | None      # None | "QP 062 024" | "QP062 024" | "QP 062024"
    heading_numbering: bool      # the heading's label is a Word list label, a tab after it
    heading_leader: bool         # a dot leader between label and title
    run_in: float                # share of headings run into their first paragraph

    @classmethod
    def draw(cls, rng: random.Random) -> "WordLayout":
        numbering = rng.random() < 0.4
        return cls(
            caps_names=rng.choice([None, "small", "small", "upper"]),
            soft_hyphens=rng.random() < 0.6,
            extra_margin_cm=rng.choice([0.0, 0.0, 1.0, 2.0]),
            qpv_spacing=rng.choice([None, None, "{p} {a} {b}", "{p}{a} {b}", "{p} {a}{b}"]),
            heading_numbering=numbering,
            heading_leader=not numbering and rng.random() < 0.3,
            run_in=rng.choice([0.0, 0.0, 0.3, 0.6]),
        )


def soft_hyphenate(word: str) -> str:
    """Soft hyphens between syllables of a long word (a consonant after a vowel
    opens one: "Agglo-mé-ra-tion"), never within 3 letters of an end."""
    if len(word) < 8 or not word.isalpha():
        return word
    out = []
    for i, c in enumerate(word):
        if 3 <= i <= len(word) - 3 and word[i - 1].lower() in VOWELS and c.lower() not in VOWELS \
                and word[i + 1].lower() in VOWELS:
            out.append("\u00ad")
        out.append(c)
    return "".join(out)


# ----------------------------------------------------------------------------
# DOCX plumbing python-docx has no API for
# ----------------------------------------------------------------------------

def _footer(section, template: str) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for piece in re.split(r"(\{p\}|\{n\})", template):
        if piece == "{p}":
            docxkit.add_field(p, "PAGE")
        elif piece == "{n}":
            docxkit.add_field(p, "NUMPAGES")
        elif piece:
            p.add_run(piece)


def _header(section, text: str) -> None:
    if text:
        section.header.is_linked_to_previous = False     # each part keeps its own running header
        p = section.header.paragraphs[0]
        p.text = text
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


class Footnotes:
    """Real Word footnotes: a footnotes part, and a reference run at each call."""
    NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def __init__(self) -> None:
        self.notes: list[tuple[int, str]] = []

    def call(self, paragraph, text: str) -> None:
        nid = len(self.notes) + 1
        self.notes.append((nid, text))
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(nid))
        r.append(ref)
        paragraph._p.append(r)

    def attach(self, document) -> None:
        if not self.notes:
            return
        from xml.sax.saxutils import escape
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
               '</w:r></w:p></w:footnote>')
        body = "".join(
            f'<w:footnote w:id="{nid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            f'<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
            for nid, text in self.notes)
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {self.NS}>{sep}{body}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)


# ----------------------------------------------------------------------------
# Typesetting a composition
# ----------------------------------------------------------------------------

class OfficeWriter:
    def __init__(self, style: OfficeStyle, word: WordLayout | None = None, names: list[str] = (),
                 rng: random.Random | None = None):
        self.st = style
        self.word = word
        self.rng = rng or random.Random(0)
        # longest first, so "Pas-de-Calais Habitat" wins over a shorter name inside it
        self.names = sorted(set(names), key=len, reverse=True) if word and word.caps_names else []
        self._next_num = 900
        self.doc = docx.Document()
        self.notes = Footnotes()
        normal = self.doc.styles["Normal"]
        normal.font.name = style.font
        normal.font.size = Pt(style.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.font)
        for i in range(1, 7):
            h = self.doc.styles[f"Heading {i}"]
            h.font.name = style.font
            h.font.size = Pt(style.size + max(0, 4 - i))
            h.font.color.rgb = RGBColor(0, 0, 0)
            h.font.bold = True
            h.font.italic = False
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(style.margins_cm[0] + (word.extra_margin_cm if word else 0))
        sec.top_margin = sec.bottom_margin = Cm(style.margins_cm[1])
        _footer(sec, style.footer)
        self.gold_parts: list[dict] = []
        self.first = True

    # -- text with amounts re-printed and footnote calls
    def printed(self, text: str) -> str:
        """The text as printed: QPV codes spaced (--word)."""
        if self.word and self.word.qpv_spacing:
            text = QPV_RE.sub(lambda m: self.word.qpv_spacing.format(p="Q" + m.group(1), a=m.group(2),
                                                                     b=m.group(3)), text)
        return text

    def runs(self, paragraph, text: str, footnotes: dict[str, str], bold: bool = False) -> None:
        text = am.reformat(text, self.st.amounts, "\u00a0" if self.st.amounts == "serif" else " ")[0]
        text = self.printed(text)
        pos = 0
        for m in FOOTCALL_RE.finditer(text):
            self.word_runs(paragraph, text[pos:m.start()], bold)
            if m.group(1) in footnotes:
                self.notes.call(paragraph, footnotes[m.group(1)])
            pos = m.end()
        self.word_runs(paragraph, text[pos:], bold)

    def word_runs(self, paragraph, text: str, bold: bool, size: float | None = None) -> None:
        """Runs of one piece of text: names in (small) capitals, soft hyphens (--word)."""
        pieces = [(text, False)]
        if self.names:
            rx = re.compile("|".join(re.escape(n) for n in self.names))
            pieces, pos = [], 0
            for m in rx.finditer(text):
                pieces += [(text[pos:m.start()], False), (m.group(0), True)]
                pos = m.end()
            pieces.append((text[pos:], False))
        for piece, name in pieces:
            if not piece:
                continue
            if self.word and self.word.soft_hyphens:
                piece = re.sub(r"\w+", lambda m: soft_hyphenate(m.group(0)), piece)
            run = paragraph.add_run(piece)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if name and self.word.caps_names == "small":
                run.font.small_caps = True
            elif name:
                run.font.all_caps = True

    def paragraph(self, text: str, footnotes: dict, align: str = "justify", bold: bool = False):
        p = self.doc.add_paragraph()
        p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY if self.st.justify else WD_ALIGN_PARAGRAPH.LEFT,
                       "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        self.runs(p, text, footnotes, bold)
        return p

    def heading(self, h: cpd.Heading, gold: dict, run_in: cpd.Para | None = None,
                footnotes: dict | None = None) -> None:
        """A heading; with run_in, the paragraph after it follows on the same line
        in the body type ("Article 2 – Objet. Le présent avenant …")."""
        label = self.st.label(h.label)
        w = self.word
        numbered = bool(w and w.heading_numbering and label)
        sep = "\t" if w and w.heading_leader else self.st.heading_sep
        text = h.title if numbered else (f"{label}{sep}{h.title}" if label else h.title)
        if self.st.heading == "upper":
            text = text.upper()
        if self.st.word_headings and run_in is None:
            p = self.doc.add_heading(level=min(h.level, 6))
            p.add_run(text)
        else:
            p = self.doc.add_paragraph()
            p.add_run(text).bold = True
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = run_in is None
        if numbered:
            self.list_label(p, label.upper() if self.st.heading == "upper" else label)
        elif w and w.heading_leader and label:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), leader=WD_TAB_LEADER.DOTS)
        if run_in is not None:
            end = "" if re.search(r"[.:!?]$", h.title) else self.rng.choice([". ", " – ", " : "])
            p.runs[-1].text += end
            p.add_run(" ")
            self.runs(p, run_in.text, footnotes or {})
        _, num = split_label(h.label)
        gold["sections"].append({"number": num or None, "label": label, "heading": h.title,
                                 "level": h.level})

    def list_label(self, p, label: str) -> None:
        """Word automatic numbering: the label printed by a list level of its own
        (its text the label itself), a tab after it, the title at the indent."""
        numbering = self.doc.part.numbering_part.element
        self._next_num += 1
        nid = self._next_num
        lvl_text = label.replace("%", "%%")
        from xml.sax.saxutils import quoteattr
        width = max(1134, int(len(label) * self.st.size * 12))
        numbering.insert(0, parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{nid}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val={quoteattr(lvl_text)}/>'
            f'<w:lvlJc w:val="left"/><w:suff w:val="tab"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{width}"/></w:tabs>'
            f'<w:ind w:left="{width}" w:hanging="{width}"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), str(nid))
        numpr.append(ilvl)
        numpr.append(num_id)
        ppr.insert(0, numpr)

    def item(self, it: cpd.Item, footnotes: dict) -> None:
        if self.st.bullets == "list-style" and not it.number:
            p = self.doc.add_paragraph(style="List Bullet" if it.level == 1 else "List Bullet 2")
            self.runs(p, it.text, footnotes)
            return
        glyph = it.number or self.st.glyphs[it.level - 1]
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8 * it.level)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        self.runs(p, f"{glyph}\t{it.text}", footnotes)

    def table(self, t: cpd.Table, gold: dict, footnotes: dict) -> None:
        ncols = max(len(r) for r in t.rows)
        if t.title and not self.st.caption_below:
            cap = self.doc.add_paragraph()
            cap.add_run(t.title).bold = True
            cap.paragraph_format.keep_with_next = True
        tbl = self.doc.add_table(rows=len(t.rows), cols=ncols)
        docxkit.table_rules(tbl, self.st.rules)
        printed_rows = []
        for ri, row in enumerate(t.rows):
            printed = []
            for ci, c in enumerate(row + [cpd.Cell("")] * (ncols - len(row))):
                cell = tbl.cell(ri, ci)
                text = self.printed(am.reformat(c.text, self.st.amounts, "\u00a0")[0])
                lines = text.split("\n")
                cell.paragraphs[0].text = ""
                for li, line in enumerate(lines):
                    par = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    self.word_runs(par, line, ri < t.header_rows, max(7.0, self.st.size - 2))
                printed.append(" ".join(" ".join(lines).replace("\u00a0", " ").split()))
                if ri < t.header_rows and self.st.shade_header:
                    docxkit.shade(cell)
            printed_rows.append(printed)
            if ri < t.header_rows and self.st.repeat_header:
                docxkit.repeat_header(tbl.rows[ri])
        for ri, row in enumerate(t.rows):
            for ci, c in enumerate(row):
                if c.colspan > 1 or c.rowspan > 1:
                    tbl.cell(ri, ci).merge(tbl.cell(ri + c.rowspan - 1, ci + c.colspan - 1))
                    # merging joins the covered cells' (empty) paragraphs: keep the text once
        if t.title and self.st.caption_below:
            cap = self.doc.add_paragraph()
            cap.add_run(t.title).italic = True
        self.doc.add_paragraph()
        gold["tables"].append({"title": t.title, "header": printed_rows[:t.header_rows],
                               "rows": printed_rows[t.header_rows:],
                               "n_rows": len(printed_rows) - t.header_rows, "n_cols": ncols})

    def source(self, src: cpd.Source) -> None:
        gold = {"kind": src.kind, "title": src.title, "sections": [], "tables": []}
        if not self.first:
            sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            sec = self.doc.sections[0]
        self.first = False
        _header(sec, src.meta.get("running_header", ""))
        skip = None
        for i, b in enumerate(src.blocks):
            if b is skip:
                continue
            nxt = src.blocks[i + 1] if i + 1 < len(src.blocks) else None
            if (isinstance(b, cpd.Heading) and self.word and b.label and isinstance(nxt, cpd.Para)
                    and nxt.align == "justify" and not nxt.bold and not nxt.placeholder
                    and self.rng.random() < self.word.run_in):
                self.heading(b, gold, run_in=nxt, footnotes=src.footnotes)
                skip = nxt
            elif isinstance(b, cpd.Heading):
                self.heading(b, gold)
            elif isinstance(b, cpd.Para):
                self.paragraph(b.text, src.footnotes, b.align, b.bold)
            elif isinstance(b, cpd.Item):
                self.item(b, src.footnotes)
            elif isinstance(b, cpd.Table):
                self.table(b, gold, src.footnotes)
            elif isinstance(b, cpd.Break):
                if b.kind == "page":
                    self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                else:
                    s = self.doc.add_section(WD_SECTION.NEW_PAGE)
                    land = b.kind == "landscape"
                    s.orientation = WD_ORIENT.LANDSCAPE if land else WD_ORIENT.PORTRAIT
                    w, h = sorted([s.page_width, s.page_height], reverse=land)
                    s.page_width, s.page_height = w, h
        self.gold_parts.append(gold)

    def save(self, path: Path) -> None:
        self.notes.attach(self.doc)
        self.doc.save(str(path))


def gold_names(ref: str | None) -> list[str]:
    """Organisations and people of a composition's hand gold, as the text writes them."""
    if not ref:
        return []
    hand = json.loads((CORPORA / ref).read_text(encoding="utf-8"))
    parts = hand.get("parts") or []
    parts = parts.values() if isinstance(parts, dict) else parts
    return [e["text"] for p in parts for e in p.get("entities") or [] if e.get("label") in ("ORG", "PER")]


def build(names: list[str], seed: int, out: Path, word: bool = False) -> list[tuple[str, Path, dict]]:
    """Typeset the named compositions (all by default) with one layout per
    composition drawn from seed; returns (name, pdf, gold). With word, the
    Word-like additions (WordLayout) are drawn on a stream of their own."""
    manifest = json.loads((CORPORA / "manifest.json").read_text(encoding="utf-8"))["compositions"]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for comp in manifest:
        if names and comp["name"] not in names:
            continue
        style = OfficeStyle.draw(random.Random(rng.random()))
        wrng = random.Random(f"word-{seed}-{comp['name']}") if word else None
        layout = WordLayout.draw(wrng) if word else None
        writer = OfficeWriter(style, layout, gold_names(comp.get("hand_gold")), wrng)
        for ref in comp["sources"]:
            writer.source(cpd.parse(CORPORA / ref))
        name = f"{comp['name']}_office{seed}" + ("w" if word else "")
        path = out / f"{name}.docx"
        writer.save(path)
        gold = {"name": name, "composition": comp["name"], "hand_gold": comp.get("hand_gold"),
                "seed": seed, "layout": {**style.__dict__, **({"word": layout.__dict__} if layout else {})},
                "parts": writer.gold_parts}
        built.append((name, path, gold))
    docx_to_pdf([p for _, p, _ in built], out)
    for name, _, gold in built:
        (out / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return [(name, out / f"{name}.pdf", gold) for name, _, gold in built]


def score(built: list[tuple[str, Path, dict]]):
    """Parse each PDF and score it: sections and tables by construction, the
    composition's hand gold (metadata, entities, operations, amendments...)."""
    from convention_parser.evaluate.score import (HAND_SCORERS, Report, _hand_parts, _match_parts,
                                                  compare, score_sections, score_tables_by_content)
    from convention_parser.pipeline import parse_pdf
    report = Report()
    for name, pdf, gold in built:
        result = parse_pdf(pdf)
        report.record(name, "parts.kind", compare((p["kind"] for p in gold["parts"]),
                                                  (p.kind for p in result.parts)))
        for gp, fp in _match_parts(gold["parts"], result):
            for scorer in (score_sections, score_tables_by_content):
                for field_name, sc in scorer(gp, fp).items():
                    if not field_name.endswith(".page"):
                        report.record(name, field_name, sc)
        if gold.get("hand_gold"):
            hand = json.loads((CORPORA / gold["hand_gold"]).read_text(encoding="utf-8"))
            kinds = {p["kind"] for p in gold["parts"]}
            for gp, fp in _match_parts([p for p in _hand_parts(hand) if p.get("kind") in kinds], result):
                for scorer in HAND_SCORERS:
                    for field_name, sc in scorer(gp, fp).items():
                        report.record(name, field_name, sc)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--out", type=Path, default=Path("/tmp/cpd_office"))
    ap.add_argument("--score", action="store_true", help="parse the PDFs and print scores")
    ap.add_argument("--word", action="store_true", help="add Word-like layouts (WordLayout, own stream)")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(10**6)
    print(f"seed {seed}", file=sys.stderr)
    built = build(a.names, seed, a.out, a.word)
    for name, pdf, gold in built:
        print(name, pdf, json.dumps(gold["layout"], ensure_ascii=False))
    if a.score:
        print(score(built).text())


if __name__ == "__main__":
    main()
