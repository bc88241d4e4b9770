"""A thirteenth family of deliberations and minutes (kinds deliberation13 / minutes13):
the same content as the LibreOffice families (session.py, pools.py, deliberation_text.py,
sessionsheet.py, variants3.py / variants4.py phrasings), typeset as a web application
prints an act: HTML + CSS printed by headless Chromium (chromium.py).

Every layout decision is drawn from the seed's own stream ("c13:<seed>") and recorded in
the gold's layout (keys ending in "13"):

- fonts (Liberation, DejaVu, Carlito, Caladea), sizes, line heights, @page margins;
- justified text with hyphens:auto (lang="fr": Chromium cuts words at line ends) or ragged;
- the session head as flex rows (label | value), a CSS grid, a definition list (dl/dt/dd,
  terms floated beside their definitions or above them), a CSS table (border-collapse,
  every rule, rules between rows only, an outer frame only, or zebra shading without
  rules) or plain paragraphs; labels in capitals by text-transform, letter-spaced;
- lists of names in several columns (column-count) under their label;
- a margin column of the act's facts (a float or a two-column CSS grid);
- @page margin boxes for the running header and the footer with counter(page) / counter(pages);
- item titles in capitals by text-transform, letter-spaced, over a rule or in a shaded band;
- "Vu …" lines as an ordered list whose markers are CSS counters ("1°", "a)", "–");
- the acknowledgement stamp floated right; the signature floated right or in a flex row;
- minutes' items apart by a page break or a rule.

Chromium's text layer is not LibreOffice's (word spacing, space glyphs, ligatures,
hyphenation): that is what this family measures.
"""

from __future__ import annotations

import html
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .deliberation_text import (Item, draw_items, gold_entry, number_and_label, write_body,
                                write_rapporteur, write_stamp, write_title)
from .layout import draw_layout
from .register import _heading_block, _theme_heading
from .sample import Sample
from .session import Session, draw_body, draw_session
from .sessionsheet import (ROLL_HEADS, civil, entries, margin_column_lines, name,
                           opening_sentence, present_row, session_date_text)
from .variants3 import office_of
from .variants3 import apply_variants3
from .variants4 import apply_variants4
from .themes13 import CSS13 as THEME_CSS13, draw_theme13, number_items, theme_html

FONTS13 = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "Carlito", "Caladea"]
HEAD_FORMS13 = ["flex", "grid", "dl_float", "dl_block", "table", "paragraph"]
TABLE_RULES13 = ["all", "rows", "outer", "zebra", "none"]
TITLE_BOXES13 = ["none", "rule_below", "band", "rule_left"]
VISTA_LISTS13 = ["none", "degree", "alpha", "dash"]
MARGINS13 = ["none", "float", "grid"]
SIGNATURES13 = ["right", "float", "flex"]
ITEM_BREAKS13 = ["page", "rule", "space"]
FOOTERS13 = ["none", "page_of", "slash", "dashes", "page"]
PLACES13 = ["top-left", "top-center", "top-right"]
# The attendance's own CSS layouts (drawn on the stream "c13a:<seed>", so the draws above stay
# those of earlier seeds): names in a CSS grid of 2-4 columns (row-major, a name wrapping in its
# cell), a roll table of name | quality | Présent / Excusé / Absent marks (| Pouvoir à), the
# present list and the excused with their proxies side by side in two columns, a floated count
# box beside the lists.
ATTEND13 = ["base", "base", "grid", "marks", "side", "float"]
MARK_HEADS13 = [["Présent", "Excusé", "Absent"], ["P", "E", "A"], ["Présent(e)", "Excusé(e)", "Absent(e)"]]
MARKS13 = ["X", "x", "✓", "●"]


@dataclass
class Css13:
    font13: str
    size13: float
    line13: float
    margins13: tuple[int, int, int, int]     # mm: top, right, bottom, left
    justify13: bool
    hyphens13: bool
    head_form13: str
    label_caps13: bool
    label_spacing13: float                   # em
    label_width13: int                       # mm
    columns13: int                           # columns of a list of names (1: none)
    table_rules13: str
    title_caps13: bool
    title_spacing13: float
    title_box13: str
    vista_list13: str
    margin13: str
    signature13: str
    item_break13: str
    running_place13: str
    footer13: str
    word_spacing13: float                    # em added between words (0: none)
    attend13: str = "base"                   # the attendance's layout (ATTEND13)
    grid_columns13: int = 3                  # columns of a CSS grid of names
    mark_heads13: tuple[str, ...] = ("Présent", "Excusé", "Absent")
    mark13: str = "X"
    quality13: bool = True                   # the roll table has a quality column

    def to_dict(self) -> dict:
        d = asdict(self)
        d["margins13"] = list(self.margins13)
        d["mark_heads13"] = list(self.mark_heads13)
        return d


def draw_css13(rng: random.Random, single: bool) -> Css13:
    c = rng.choice
    return Css13(
        font13=c(FONTS13), size13=c([9, 9.5, 10, 10.5, 11, 11.5, 12]),
        line13=c([1.15, 1.25, 1.35, 1.5]),
        margins13=(rng.randint(12, 30), rng.randint(12, 25), rng.randint(12, 25), rng.randint(15, 30)),
        justify13=rng.random() < 0.65, hyphens13=rng.random() < 0.6,
        head_form13=c(HEAD_FORMS13), label_caps13=rng.random() < 0.35,
        label_spacing13=c([0, 0, 0.04, 0.1]), label_width13=rng.randint(32, 55),
        columns13=c([1, 2, 3]), table_rules13=c(TABLE_RULES13),
        title_caps13=rng.random() < 0.4, title_spacing13=c([0, 0, 0.03, 0.08]),
        title_box13=c(TITLE_BOXES13), vista_list13=c(VISTA_LISTS13),
        margin13=c(MARGINS13) if single else "none", signature13=c(SIGNATURES13),
        item_break13=c(ITEM_BREAKS13), running_place13=c(PLACES13), footer13=c(FOOTERS13),
        word_spacing13=c([0, 0, 0, 0.05, 0.12]),
    )


def draw_attend13(css: Css13, rng: random.Random) -> None:
    """The attendance's own layout, on its own stream."""
    css.attend13 = rng.choice(ATTEND13)
    css.grid_columns13 = rng.choice([2, 3, 4])
    css.mark_heads13 = tuple(rng.choice(MARK_HEADS13))
    css.mark13 = rng.choice(MARKS13)
    css.quality13 = rng.random() < 0.7


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


# --- the content, written by the LibreOffice families' own writers, read back as HTML ---

def _scratch():
    """An in-memory python-docx document: the existing writers draw into it."""
    return Document()


def _run_html(run) -> str:
    text = esc(run.text)
    if not text:
        return ""
    if run.underline:
        text = f"<u>{text}</u>"
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    return text


_ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right"}


def blocks(doc) -> list[tuple[str, object]]:
    """The scratch document's body in order: ("p", paragraph) and ("table", table)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    out = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(("p", Paragraph(child, doc)))
        elif tag == "tbl":
            out.append(("table", Table(child, doc)))
    return out


def paragraph_html(p, cls: str = "") -> str:
    inner = "".join(_run_html(r) for r in p.runs)
    if not inner.strip():
        return ""
    align = _ALIGN.get(p.alignment)
    style = f' style="text-align:{align}"' if align else ""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}{style}>{inner}</p>"


def table_html(table, css: Css13, cls: str = "t") -> str:
    rows = []
    for i, row in enumerate(table.rows):
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:       # a merged cell is listed once per grid column
                continue
            seen.add(id(cell._tc))
            inner = "<br>".join("".join(_run_html(r) for r in p.runs) for p in cell.paragraphs)
            cells.append(f"<td>{inner}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="{cls} r-{css.table_rules13}">{"".join(rows)}</table>'


def body_html(doc, css: Css13) -> str:
    """The scratch document as HTML; runs of "Vu …" paragraphs become a list whose markers
    are CSS counters when the layout draws one."""
    out: list[str] = []
    vistas: list[str] = []

    def flush():
        if vistas:
            items = "".join(f"<li>{v}</li>" for v in vistas)
            out.append(f'<ol class="vu">{items}</ol>')
            vistas.clear()

    for kind, node in blocks(doc):
        if kind == "table":
            flush()
            out.append(table_html(node, css))
            continue
        text = node.text
        if css.vista_list13 != "none" and text.startswith("Vu "):
            vistas.append("".join(_run_html(r) for r in node.runs))
            continue
        flush()
        out.append(paragraph_html(node))
    flush()
    return "\n".join(x for x in out if x)


# --- the session head ---

def _value_html(lines: list[str], css: Css13, listed: bool) -> str:
    if listed and len(lines) > 1 and css.attend13 == "grid":
        cells = "".join(f"<div>{esc(x)}</div>" for x in lines)
        return f'<div class="ngrid">{cells}</div>'
    if listed and len(lines) > 1 and css.columns13 > 1:
        items = "".join(f"<li>{esc(x)}</li>" for x in lines)
        return f'<ul class="cols">{items}</ul>'
    return "<br>".join(esc(x) for x in lines)


def side_html(rows: list[tuple[str, list[str]]], present_at: int) -> tuple[str, list[tuple[str, list[str]]]]:
    """The present list and the lists after it (excused, proxies, absent) side by side in two
    columns, each label over its entries one a line; the rows left for the head."""
    lists = [(lab, lines) for lab, lines in rows[present_at:] if not lab.startswith("Secrétaire")]
    rest = rows[:present_at] + [r for r in rows[present_at:] if r[0].startswith("Secrétaire")]
    if len(lists) < 2 or not lists[0][1]:
        return "", rows

    def column(part):
        return "".join(f'<p class="slab">{esc(lab)}</p>' + "".join(f'<p class="sent">{esc(x)}</p>' for x in lines)
                       for lab, lines in part)
    return (f'<div class="sides"><div>{column(lists[:1])}</div><div>{column(lists[1:])}</div></div>', rest)


def head_html(rows: list[tuple[str, list[str]]], css: Css13, layout) -> str:
    """The session head's (label, lines) rows in the drawn form."""
    side = ""
    if css.attend13 == "side":
        side, rows = side_html(rows, present_row(rows, layout))
    present_at = present_row(rows, layout) if not side else -1
    form = css.head_form13
    parts = []
    for i, (label, lines) in enumerate(rows):
        listed = i == present_at or len(lines) > 3
        value = _value_html(lines, css, listed)
        lab = f'<span class="lab">{esc(label)}</span>'
        if form == "flex":
            parts.append(f'<div class="hrow"><div class="lab">{esc(label)}</div>'
                         f'<div class="val">{value}</div></div>')
        elif form == "grid":
            parts.append(f'<div class="lab">{esc(label)}</div><div class="val">{value}</div>')
        elif form in ("dl_float", "dl_block"):
            parts.append(f"<dt>{esc(label)}</dt><dd>{value or '&nbsp;'}</dd>")
        elif form == "table":
            parts.append(f'<tr><td class="lab">{esc(label)}</td><td class="val">{value}</td></tr>')
        else:
            if value.startswith("<ul"):
                parts.append(f'<p class="hp">{lab}</p>{value}')
            else:
                parts.append(f'<p class="hp">{lab} {value}</p>')
    body = "\n".join(parts)
    if not parts:
        return side
    if form == "flex":
        return f'<div class="hflex">{body}</div>' + side
    if form == "grid":
        return f'<div class="hgrid">{body}</div>' + side
    if form.startswith("dl"):
        return f'<dl class="h {form}">{body}</dl>' + side
    if form == "table":
        return f'<table class="h r-{css.table_rules13}">{body}</table>' + side
    return body + side


def marks_html(session: Session, layout, css: Css13) -> str:
    """A roll table of every member: name | quality | a mark under Présent / Excusé / Absent
    (| Pouvoir à, the holder of a represented member's proxy)."""
    holder = {m: h for m, h in session.represented}
    members = session.present + [m for m, _ in session.represented] + session.excused + session.absent
    quality = {m: (session.body.head_title if m is session.president else office_of(i, m.female))
               for i, m in enumerate(members, start=0 if members and members[0] is session.president else 1)}
    proxies = bool(holder) and layout.proxy_style != "no_holder"
    heads = ["Nom"] + (["Qualité"] if css.quality13 else []) + list(css.mark_heads13) \
        + (["Pouvoir à"] if proxies else [])
    rows = []
    for m in sorted(members, key=lambda p: (p.last, p.first)):
        state = 0 if m in session.present else 2 if m in session.absent else 1
        cells = [name(m, layout)] + ([quality[m]] if css.quality13 else [])
        cells += [css.mark13 if k == state else "" for k in range(3)]
        if proxies:
            cells.append(name(holder[m], layout) if m in holder else "")
        rows.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in cells) + "</tr>")
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return (f'<p><b>Liste des membres :</b></p><table class="t roll r-{css.table_rules13}">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def roll_html(session: Session, layout, css: Css13) -> str:
    """A roll-call table (variants3's roll_table drawn as a CSS table)."""
    holder = {m: h for m, h in session.represented}
    members = sorted(session.present + [m for m, _ in session.represented] + session.excused
                     + session.absent, key=lambda p: (p.last, p.first))
    head = "".join(f"<th>{esc(h)}</th>" for h in ROLL_HEADS)
    rows = []
    for m in members:
        cells = [name(m, layout), "", "", "", ""]
        if m in holder:     # (a layout whose gold names no holder prints none: proxy_style)
            cells[2] = "X"
            cells[3] = "" if layout.proxy_style == "no_holder" else name(holder[m], layout)
        elif m in session.excused:
            cells[2] = "X"
        elif m in session.absent:
            cells[4] = "X"
        else:
            cells[1] = "X"
        rows.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in cells) + "</tr>")
    return (f'<p><b>Etat des présences :</b></p><table class="t roll r-{css.table_rules13}">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def session_html(session: Session, layout, css: Css13, rng: random.Random) -> tuple[str, dict]:
    rows, gold = entries(session, layout)
    session_gold = gold
    out = []
    date_text = session_date_text(session, layout)
    if date_text:
        align = "center" if rng.random() < 0.6 else "left"
        out.append(f'<p class="date" style="text-align:{align}"><b>{esc(date_text)}</b></p>')
    out.append(f"<p>{esc(opening_sentence(session, layout, rng))}</p>")
    b = session.body
    if layout.president_style == "preside":
        out.append(f"<p>{esc(civil(session.president))}, {esc(b.head_title)}, préside la séance.</p>")
    elif layout.president_style == "ouvre":
        out.append(f"<p>{esc(civil(session.president))}, {esc(b.head_title)}, ouvre la séance à "
                   f"{rng.randint(17, 20)} h {rng.choice(['00', '30'])}.</p>")
    if layout.count_block:
        out.append(f"<p>Membres en exercice : {session.in_office} – Présents : "
                   f"{len(session.present)} – Votants : {session.voters}</p>")
    if css.attend13 == "grid":
        # names one a cell of the grid (the layout may have run them into one line)
        at = present_row(rows, layout)
        if at < len(rows) and len(rows[at][1]) == 1 and session_gold.get("present") \
                and layout.name_style != "civil_plural" and not layout.count_after_list:
            names = [name(p, layout) for p in session.present]
            if layout.present_functions:
                names = [f"{nm}, {session.body.head_title if i == 0 else office_of(i, p.female)}"
                         for i, (nm, p) in enumerate(zip(names, session.present))]
            rows[at] = (rows[at][0], names)
    if css.attend13 == "float":
        out.append(f'<div class="fbox">Membres en exercice : {session.in_office}<br>'
                   f"Présents : {len(session.present)}<br>Votants : {session.voters}</div>")
    out.append(head_html(rows, css, layout))
    if layout.attendance == "roll_table" and css.attend13 == "marks":
        out.append(marks_html(session, layout, css))
    elif layout.attendance == "roll_table":
        out.append(roll_html(session, layout, css))
    if session.secretary is not None and layout.secretary_style == "sentence":
        s = session.secretary
        out.append(f"<p>{esc(civil(s))} a été {'désignée' if s.female else 'désigné'} "
                   f"secrétaire de séance.</p>")
    return "\n".join(out), gold


# --- the items ---

def item_html(item: Item, session: Session, layout, css: Css13, rng: random.Random) -> tuple[str, dict]:
    doc = _scratch()
    if layout.number_family == "table_bare":
        title = (f'<table class="t tt r-{css.table_rules13}"><tr>'
                 f'<td>{esc(name(item.rapporteur, layout)) if item.rapporteur else ""}</td>'
                 f"<td><b>{esc(item.number or '')}</b></td><td><b>{esc(item.subject)}</b></td>"
                 f"</tr></table>")
    else:
        write_title(doc, item, layout, rng)
        title = "".join(paragraph_html(p, "title") for _, p in blocks(doc))
        doc = _scratch()
    write_rapporteur(doc, item, layout)
    cited = None
    if rng.random() < 0.3:
        cited, _ = number_and_label(layout.number_family, session.day.year - 1,
                                    session.day.month, rng.randint(1, 60), True)
    vote = write_body(doc, item, session, layout, rng, cited)
    return (f'<section class="item"><div class="ititle">{title}</div>\n{body_html(doc, css)}</section>',
            gold_entry(item, vote))


# --- the page ---

def style_css(css: Css13, layout, session: Session) -> str:
    b = session.body
    top, right, bottom, left = css.margins13
    boxes = []
    if layout.running_header:
        text = f"{b.organisation} - {b.name} du {session.day:%d/%m/%Y}".replace('"', "'")
        boxes.append(f'@{css.running_place13} {{ content: "{text}"; font-size: 7.5pt; }}')
    footer = {"page_of": '"Page " counter(page) " / " counter(pages)',
              "slash": 'counter(page) "/" counter(pages)',
              "dashes": '"- " counter(page) " -"', "page": '"Page " counter(page)'}.get(css.footer13)
    if footer:
        boxes.append(f"@bottom-center {{ content: {footer}; font-size: 8pt; }}")
    rule = {"all": "table.r-all td, table.r-all th { border: 0.6pt solid #333; }",
            "rows": "table.r-rows tr { border-top: 0.5pt solid #555; border-bottom: 0.5pt solid #555; }",
            "outer": "table.r-outer { border: 0.8pt solid #222; }",
            "zebra": "table.r-zebra tr:nth-child(even) td { background: #e6e6e6; }",
            "none": "table.r-none td { border: none; }"}[css.table_rules13]
    lab_style = ("font-weight: bold;" + (" text-transform: uppercase;" if css.label_caps13 else "")
                 + (f" letter-spacing: {css.label_spacing13}em;" if css.label_spacing13 else ""))
    title_style = ((" text-transform: uppercase;" if css.title_caps13 else "")
                   + (f" letter-spacing: {css.title_spacing13}em;" if css.title_spacing13 else ""))
    box = {"none": "", "rule_below": "border-bottom: 0.8pt solid #333; padding-bottom: 2pt;",
           "band": "background: #dcdcdc; padding: 3pt 4pt;",
           "rule_left": "border-left: 3pt solid #555; padding-left: 5pt;"}[css.title_box13]
    marker = {"degree": 'counter(vu) "° "', "alpha": 'counter(vu, lower-alpha) ") "',
              "dash": '"– "', "none": '""'}[css.vista_list13]
    w = css.label_width13
    return f"""
@page {{ size: A4; margin: {top}mm {right}mm {bottom}mm {left}mm; {' '.join(boxes)} }}
html {{ font-family: "{css.font13}"; font-size: {css.size13}pt; line-height: {css.line13}; color: #111; }}
body {{ margin: 0; {f'word-spacing: {css.word_spacing13}em;' if css.word_spacing13 else ''} }}
p {{ margin: 0 0 4pt 0; text-align: {'justify' if css.justify13 else 'left'};
     {'hyphens: auto; -webkit-hyphens: auto;' if css.hyphens13 else ''} }}
.head p {{ text-align: left; }}
.org {{ margin-bottom: 8pt; }}
.lab {{ {lab_style} }}
dt {{ {lab_style} }}
.hflex .hrow {{ display: flex; gap: 3mm; margin-bottom: 2pt; }}
.hflex .lab {{ flex: 0 0 {w}mm; }}
.hflex .val {{ flex: 1; }}
.hgrid {{ display: grid; grid-template-columns: {w}mm 1fr; column-gap: 3mm; row-gap: 2pt; margin-bottom: 6pt; }}
dl.h {{ margin: 0 0 6pt 0; }}
dl.dl_float dt {{ float: left; clear: left; width: {w}mm; }}
dl.dl_float dd {{ margin: 0 0 2pt {w + 3}mm; }}
dl.dl_float dd::after {{ content: ""; display: block; clear: left; }}
dl.dl_block dd {{ margin: 0 0 3pt 8mm; }}
table {{ border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 0.95em; }}
td, th {{ padding: 1.5pt 4pt; vertical-align: top; text-align: left; }}
table.h td.lab {{ width: {w}mm; }}
{rule}
ul.cols {{ column-count: {css.columns13}; column-gap: 6mm; list-style: none; padding: 0; margin: 0 0 3pt 0; }}
.hp ~ ul.cols {{ margin-left: 0; }}
.ititle p, .ititle {{ {title_style} }}
.ititle {{ {box} margin: 10pt 0 5pt 0; break-after: avoid; }}
.ititle p {{ text-align: left; margin: 0 0 2pt 0; }}
ol.vu {{ list-style: none; counter-reset: vu; padding-left: 7mm; margin: 0 0 4pt 0; }}
ol.vu li {{ counter-increment: vu; text-align: {'justify' if css.justify13 else 'left'}; }}
ol.vu li::before {{ content: {marker}; margin-left: -7mm; display: inline-block; width: 7mm; }}
.stamp {{ float: right; width: 62mm; border: 0.6pt solid #222; padding: 3pt; margin: 0 0 6pt 6mm;
          font-size: 7pt; line-height: 1.2; }}
.stamp p {{ margin: 0; text-align: left; }}
aside.mc {{ font-size: 0.82em; line-height: 1.25; }}
aside.mc p {{ text-align: left; margin-bottom: 3pt; }}
.mc-float aside.mc {{ float: left; width: 36mm; margin: 0 6mm 4pt 0; padding-right: 3mm;
                      border-right: 0.5pt solid #777; }}
.mc-grid {{ display: grid; grid-template-columns: 38mm 1fr; column-gap: 6mm; }}
.sig {{ margin-top: 10pt; }}
.sig-right .who p {{ text-align: right; }}
.sig-float .who {{ float: right; width: 65mm; text-align: center; }}
.sig-float .who p {{ text-align: center; }}
.sig-flex {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.sig-flex .who p {{ text-align: center; }}
section.item.brk-page + section.item {{ break-before: page; }}
section.item.brk-rule + section.item {{ border-top: 0.6pt solid #444; padding-top: 6pt; margin-top: 8pt; }}
section.item.brk-space + section.item {{ margin-top: 14pt; }}
.theme {{ font-weight: bold; margin-top: 10pt; }}
.ngrid {{ display: grid; grid-template-columns: repeat({css.grid_columns13}, 1fr); column-gap: 5mm; row-gap: 1pt; }}
.sides {{ display: flex; gap: 8mm; margin: 4pt 0 6pt 0; }}
.sides > div {{ flex: 1; }}
.sides p {{ margin: 0; text-align: left; }}
.sides .slab {{ {lab_style} margin-top: 3pt; }}
.fbox {{ float: right; width: 48mm; border: 0.6pt solid #444; padding: 3pt 5pt; margin: 0 0 4pt 6mm;
         font-size: 0.9em; }}
"""


def build13(seed: int, workdir: Path, kind: str, n_items: int, rng: random.Random,
            attend13: str | None = None) -> Sample:
    """One deliberation13 / minutes13 document as HTML (its PDF printed by fresh.py with
    chromium.py), with its gold by construction; attend13 forces the attendance's layout (a
    test pinning a document drawn before that layout was)."""
    single = n_items == 1
    crng = random.Random(f"c13:{seed}")
    layout = draw_layout(rng)
    if crng.random() < 0.5:
        apply_variants3(layout, random.Random(f"v3:{seed}"))
    if crng.random() < 0.5:
        apply_variants4(layout, random.Random(f"v4:{seed}"), single)
    layout.summary = False
    if single and layout.number_family in ("table_bare", "bare_line"):
        layout.number_family = "deliberation_n"
    css = draw_css13(crng, single)
    draw_attend13(css, random.Random(f"c13a:{seed}"))
    if attend13 is not None:
        css.attend13 = attend13
    if css.attend13 == "marks":
        layout.attendance = "roll_table"       # every member in the table: entries() golds it so
    if layout.margin_column == "none" or not single:
        css.margin13 = "none"
    body = draw_body(rng)
    session = draw_session(rng, body)
    items = draw_items(rng, session, layout, n_items, single)
    if layout.theme_style != "none" and not single:
        order = sorted(range(len(items)), key=lambda i: items[i].theme)
        numbers = [(it.number, it.label) for it in items]
        items = [items[i] for i in order]
        for it, (number, label) in zip(items, numbers):
            it.number, it.label = number, label
    # themes numbered like their items (own stream: older seeds keep their documents)
    theme13 = draw_theme13(seed) if layout.theme_style != "none" and not single else "base"
    number_items(items, theme13, layout.number_family, seed)

    parts = []
    stamp = ""
    if layout.stamp != "none":
        doc = _scratch()
        write_stamp(doc, session, layout, items[0].number if single else None, rng)
        stamp = "".join(f'<div class="stamp">{paragraph_html(p)}</div>' for _, p in blocks(doc))
    if layout.stamp == "top_right":
        parts.append(stamp)
    doc = _scratch()
    _heading_block(doc, session, layout, single, rng)
    head = "".join(paragraph_html(p) for _, p in blocks(doc))
    session_part, session_gold = session_html(session, layout, css, rng)
    if css.margin13 != "none":
        session_gold["present_count"] = len(session.present)
    if not single and rng.random() < 0.35:
        agenda = "".join(f"<li>{esc(it.subject)}</li>" for it in items)
        session_part += f'<p><b>ORDRE DU JOUR</b></p><ol class="vu agenda">{agenda}</ol>'

    golds, item_parts = [], []
    last_theme, theme_index = None, -1
    for item in items:
        pre = ""
        if layout.theme_style != "none" and not single and item.theme != last_theme:
            theme_index += 1
            last_theme = item.theme
            pre = theme_html(item.theme, theme_index, theme13)
            if not pre:
                doc = _scratch()
                _theme_heading(doc, item.theme, theme_index, layout)
                pre = "".join(paragraph_html(p, "theme") for _, p in blocks(doc))
        text, gold = item_html(item, session, layout, css, rng)
        item_parts.append(pre + text.replace('class="item"', f'class="item brk-{css.item_break13}"', 1))
        golds.append(gold)

    title = f"{'La' if body.head_title == 'Présidente' else 'Le'} {body.head_title}"
    if single:
        closing = ["Fait et délibéré les jour, mois et an susdits.", "Pour extrait conforme,"]
    else:
        closing = [f"La séance est levée à {rng.randint(19, 23)} h "
                   f"{rng.choice(['00', '15', '30', '45'])}."]
    who = f'<div class="who"><p>{esc(title)},</p><p>{esc(name(session.president, layout))}</p></div>'
    said = "".join(f"<p>{esc(x)}</p>" for x in closing)
    if css.signature13 == "flex":
        sig = f'<div class="sig sig-flex"><div>{said}</div>{who}</div>'
    else:
        sig = f'<div class="sig sig-{css.signature13}">{said}{who}<div style="clear:both"></div></div>'

    main = f'<div class="head">{head}{session_part}</div>' + "\n".join(item_parts) + sig
    if layout.stamp == "bottom_left":
        main += stamp
    if css.margin13 != "none":
        lines = margin_column_lines(session, layout, items[0].number)
        aside = '<aside class="mc">' + "".join(f"<p>{esc(x)}</p>" for x in lines) + "</aside>"
        page = f'<div class="mc-{css.margin13}">{aside}<div class="main">{main}</div></div>'
    else:
        page = main
    document = (f'<!doctype html><html lang="fr"><head><meta charset="utf-8">'
                f"<title>{esc(kind)}-{seed}</title><style>{style_css(css, layout, session)}"
                f"{THEME_CSS13 if theme13 == 'band' else ''}</style>"
                f"</head><body>{''.join(parts)}{page}</body></html>")

    sample_name = f"{kind}-{seed}"
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"{sample_name}.html"
    path.write_text(document, encoding="utf-8")
    layout_gold = {**layout.to_dict(), **css.to_dict(), "typeset13": "chromium", "theme13": theme13}
    gold = {"pdf": f"{sample_name}.pdf", "origin": "construction", "kind": kind, "seed": seed,
            "layout": layout_gold,
            "body": {"kind": body.kind, "organisation": body.organisation, "name": body.name},
            "session": session_gold, "deliberations": golds}
    return Sample(sample_name, kind, path, gold, seed)
