"""Blocks -> HTML + CSS (layout set 9, conv_variants9.Layout9), printed to PDF by headless Chromium;
records what it printed, the same gold conv_docx.Renderer records (sections, tables, amounts,
footnotes). The style's forms (heading labels, amount forms, caption look, the article set in two
columns) are conv_layout.Style's; everything CSS decides is Layout9's."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

from .conv_blocks import Block, Break, Bullets, Grid, Heading, Mark, Money, Note, Para, TableB, spelled_article, spread_spans
from .conv_layout import Style, format_money, heading_text, printed_title
from .conv_variants9 import Layout9

_NUMBER = re.compile(r"^[\d\u00a0\u202f .,]+$")
_ROMAN = re.compile(r"^[IVXL]+$")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    n = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        n += -v if b != " " and vals.get(b, 0) > v else v
    return n


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class HtmlRenderer:
    def __init__(self, style: Style, layout: Layout9, rng: random.Random, running_header: str):
        self.s = style
        self.x = layout
        self.rng = rng
        self.header = running_header
        self.out: list[str] = []
        self.notes: list[str] = []
        self.pending_notes: list[int] = []
        self.sections: list[dict] = []
        self.tables: list[dict] = []
        self.amounts: list[dict] = []
        self.current: str | None = None
        self.columns_level: int | None = None
        self.landscape = False
        self.counters = {"c1": 0, "c2": 0, "c3": 0}

    # --- CSS ------------------------------------------------------------------------------
    def css(self) -> str:
        s, x = self.s, self.x
        top, right, bottom, left = x.margins_mm
        box_font = f'font: {max(7, x.size - 2.5)}pt "{x.font}"; color: #333;'
        boxes = ""
        if x.header_box and s.header_text:
            boxes += f"@{x.header_box} {{ content: {_css_string(self.header)}; {box_font} }}\n"
        boxes += f"@{x.footer_box} {{ content: {x.footer}; {box_font} }}\n"
        first = ""
        if x.first_page_plain:
            first = ("@page :first { " + (f"@{x.header_box} {{ content: none; }} " if x.header_box else "")
                     + f"@{x.footer_box} {{ content: none; }} }}\n")
        rule = "0.6pt solid #000" if x.rule_style in ("solid", "double_head") else f"0.8pt {x.rule_style} #000"
        rules = {
            "all": f"td, th {{ border: {rule}; }}",
            "horizontal": f"tr {{ border-top: {rule}; border-bottom: {rule}; }}",
            "outer": f"table.t {{ border: {rule}; }} thead tr:last-child th, table.t tr.h:last-of-type td "
                     f"{{ border-bottom: {rule}; }}",
            "header": f"thead tr:last-child th, tr.h:last-of-type td {{ border-bottom: {rule}; }} "
                      f"tr.tot td {{ border-top: {rule}; }}",
            "vertical": f"td, th {{ border-left: {rule}; border-right: {rule}; }}",
            "none": "",
        }[x.rules]
        if x.rule_style == "double_head" and x.rules != "none":
            rules += " thead tr:last-child th, tr.h:last-of-type td { border-bottom: 2.4pt double #000; }"
        head = ""
        if x.header_fill:
            fg = "#fff" if x.header_fill == "#1f3864" else "#000"
            head = f"thead th, tr.h td {{ background: {x.header_fill}; color: {fg}; }}"
        zebra = "tbody tr.r:nth-child(even) td { background: #eeeeee; }" if x.zebra else ""
        titre = {
            "rule_below": "border-bottom: 1.2pt solid #000; padding-bottom: 2pt;",
            "rules_both": "border-top: 1pt solid #1c3d6e; border-bottom: 1pt solid #1c3d6e; padding: 3pt 0; color: #1c3d6e;",
            "band": "background: #dde4ee; padding: 4pt 6pt;",
            "dark_band": "background: #1f3864; color: #fff; padding: 4pt 6pt;",
            "caps": "text-transform: uppercase; letter-spacing: 0.05em;",
            "small_caps": "font-variant: small-caps; letter-spacing: 0.08em;",
            "plain": "",
        }[x.titre_look]
        article = {
            "bold": "",
            "rule_below": "border-bottom: 0.6pt solid #555; padding-bottom: 1pt;",
            "band": "background: #eeeeee; padding: 2pt 4pt;",
            "small_caps": "font-variant: small-caps; letter-spacing: 0.04em;",
            "colour": "color: #1c3d6e;",
            "caps": "text-transform: uppercase;",
            "left_bar": "border-left: 3pt solid #1c3d6e; padding-left: 5pt;",
        }[x.article_look]
        hs = s.heading_sizes
        bullets = (f"ul {{ list-style-type: {x.bullets}; }}" if x.bullets in ("disc", "square")
                   else f"ul {{ list-style-type: {x.bullets}; }}")
        return f"""
@page {{ size: A4; margin: {top}mm {right}mm {bottom}mm {left}mm;
{boxes}}}
{first}@page paysage {{ size: A4 landscape; margin: {min(top, 15)}mm {right}mm {min(bottom, 15)}mm {left}mm;
{boxes}}}
html {{ font-family: "{x.font}", sans-serif; font-size: {x.size}pt; line-height: {x.line_height}; color: #111; }}
body {{ margin: 0; counter-reset: c1 c2 c3; }}
p {{ margin: 0 0 {x.para_space_pt}pt 0; text-align: {"justify" if x.justify else "left"};
     {"hyphens: auto;" if x.hyphens else ""} orphans: 2; widows: 2; }}
p.c {{ text-align: center; }} p.r {{ text-align: right; }} p.big {{ font-size: {x.size + 6}pt; }}
.m {{ white-space: nowrap; }}
h1, h2, h3, h4 {{ font-family: "{x.heading_font}", sans-serif; break-after: avoid; break-inside: avoid;
     margin: 10pt 0 5pt 0; font-weight: bold; }}
h1 {{ font-size: {hs[0]}pt; {titre} }} h1.ctr {{ text-align: center; }}
h2 {{ font-size: {hs[1]}pt; {article} }} h3, h4 {{ font-size: {hs[2]}pt; {article} }}
h1.n::before {{ content: attr(data-pre) counter(c1, upper-roman); }}
h2.n1::before {{ content: attr(data-pre) counter(c2); }}
h3.n::before {{ content: attr(data-pre) counter(c2) attr(data-sep) counter(c3); }}
h1.n {{ counter-increment: c1; }} h2.n1 {{ counter-increment: c2; counter-set: c3 0; }}
h3.n {{ counter-increment: c3; }}
ul {{ margin: 0 0 {x.para_space_pt}pt 0; padding-left: 8mm; }} ul ul {{ margin-bottom: 0; }}
li {{ margin-bottom: 1.5pt; text-align: {"justify" if x.justify else "left"}; }}
.cols {{ column-count: 2; column-gap: 9mm; }}
.paysage {{ page: paysage; }}
.pb {{ break-after: page; }}
table {{ border-collapse: collapse; margin: 3pt auto 8pt auto; font-size: {x.size + x.table_size_delta}pt; }}
table.t {{ width: 100%; }}
td, th {{ padding: 2pt 4pt; vertical-align: top; text-align: left; }}
th {{ font-weight: bold; }}
td.num {{ text-align: right; white-space: nowrap; }}
tr.tot td {{ font-weight: bold; }}
tr.h td {{ font-weight: bold; }}
{rules}
{head}
{zebra}
.cap {{ margin: 6pt 0 2pt 0; {self._cap_look()} }}
caption {{ caption-side: top; padding-bottom: 3pt; text-align: left; {self._cap_look()} }}
table.grid td {{ padding: 3pt 6pt; }} table.grid.ruled td {{ border: 0.6pt solid #000; }}
.fn {{ font-size: {max(7, x.size - 2)}pt; margin: 0 0 4pt 0; }}
.notes {{ border-top: 0.6pt solid #000; margin-top: 12pt; padding-top: 4pt; }}
sup {{ font-size: 0.7em; line-height: 0; }}
del.red, s.red {{ color: #c00000; }} .blue {{ color: #1f4eb4; }}
{bullets}
"""

    def _cap_look(self) -> str:
        st = self.s.caption_style
        return "font-weight: bold;" if st == "bold" else "font-style: italic;" if st == "italic" else ""

    # --- blocks ---------------------------------------------------------------------------
    def render(self, blocks: list[Block]) -> None:
        for b in blocks:
            if isinstance(b, Heading):
                self.heading(b)
            elif isinstance(b, Para):
                self.para(b)
            elif isinstance(b, Bullets):
                self.bullets(b)
            elif isinstance(b, TableB):
                self.table(b)
            elif isinstance(b, Grid):
                self.grid(b)
            elif isinstance(b, Break):
                self.brk(b.kind)
            if self.x.notes == "after" and self.pending_notes and not isinstance(b, Heading):
                self._flush_notes()
        self._close_columns()
        if self.landscape:
            self.out.append("</div>")
            self.landscape = False

    def _flush_notes(self) -> None:
        for n in self.pending_notes:
            self.out.append(f'<p class="fn">{self._call(n)} {_esc(self.notes[n - 1])}</p>')
        self.pending_notes = []

    def _call(self, n: int) -> str:
        return f"({n})" if self.x.note_paren else f"{n}"

    def _close_columns(self) -> None:
        if self.columns_level is not None:
            self.out.append("</div>")
            self.columns_level = None

    def brk(self, kind: str) -> None:
        if kind == "page":
            self.out.append('<div class="pb"></div>')
        elif kind == "landscape" and not self.landscape:
            self._close_columns()
            self.out.append('<div class="paysage">')
            self.landscape = True
        elif kind == "portrait" and self.landscape:
            self.out.append("</div>")
            self.landscape = False
        elif kind == "columns" and self.columns_level is None:
            self.out.append('<div class="cols">')
            self.columns_level = 99
        elif kind == "onecolumn":
            self._close_columns()

    def _counted(self, h: Heading, first_line: str) -> tuple[str, str, str] | None:
        """(tag, class and data attributes, the label's text after the number) when the heading's number is printed by a CSS
        counter: the number as printed found once in the label's first line; None for a literal one."""
        if self.x.numbering != "counters" or not h.number or h.spelled or h.kind not in ("titre", "article"):
            return None
        c = self.counters
        if h.kind == "titre":
            if not _ROMAN.match(h.number):
                return None
            shown, sep, vals = h.number, "", {"c1": _roman(h.number)}
            cls = "n"
        else:
            parts = h.number.split(".")
            if not all(p.isdigit() for p in parts) or len(parts) > 2:
                return None
            if len(parts) == 1:
                shown, sep, vals, cls = h.number, "", {"c2": int(parts[0])}, "n1"
            else:
                seps = [sp for sp in (".", "-") if f"{parts[0]}{sp}{parts[1]}" in first_line]
                if not seps:
                    return None
                sep = seps[0]
                shown, vals, cls = f"{parts[0]}{sep}{parts[1]}", {"c2": int(parts[0]), "c3": int(parts[1])}, "n"
        m = list(re.finditer(r"(?<![\w.-])" + re.escape(shown) + r"(?![\w-]|\.\d)", first_line))
        if len(m) != 1:
            return None
        pre, post = first_line[:m[0].start()], first_line[m[0].end():]
        # what the CSS increments give, and the counter-set the number needs when it is not the next one
        want = dict(vals)
        sets = []
        if h.kind == "titre":
            if c["c1"] + 1 != want["c1"]:
                sets.append(f"c1 {want['c1']}")
            c["c1"] = want["c1"]
        elif "c3" not in want:
            if c["c2"] + 1 != want["c2"]:
                sets.append(f"c2 {want['c2']}")
            sets.append("c3 0")
            c["c2"], c["c3"] = want["c2"], 0
        else:
            if c["c2"] != want["c2"]:
                sets.append(f"c2 {want['c2']}")
            if c["c3"] + 1 != want["c3"] or sets:
                sets.append(f"c3 {want['c3']}")
            c["c2"], c["c3"] = want["c2"], want["c3"]
        tag = "h1" if h.kind == "titre" else "h2" if "c3" not in want else "h3"
        style = f' style="counter-set: {" ".join(sets)}"' if sets else ""
        attrs = (f'class="{cls}" data-pre="{html.escape(pre)}"'
                 f'{" data-sep=" + chr(34) + sep + chr(34) if sep else ""}{style}')
        return tag, attrs, post

    def heading(self, h: Heading) -> None:
        s, x = self.s, self.x
        if self.x.notes == "after" and self.pending_notes:
            self._flush_notes()
        if self.columns_level is not None and h.level <= self.columns_level:
            self._close_columns()
        text = heading_text(s, h.kind, h.number, h.title, h.level)
        if h.spelled:
            text = spelled_article(text if re.match(r"(?:Article|ARTICLE)\s", text) else f"Article {h.number} – {h.title}")
        lines = text.split("\n")
        upper = (h.kind == "titre" and x.titre_look == "caps") or (h.kind != "titre" and x.article_look == "caps")
        counted = self._counted(h, lines[0])
        if counted is not None:
            # the number is the ::before's counter; the rest of the label (a two-line titre's
            # title on the next line) the element's text
            tag, attrs, post = counted
            body = "<br>".join([_esc(post)] + [_esc(ln) for ln in lines[1:]])
            if tag == "h1" and s.heading_center_titre:
                attrs = attrs.replace('class="', 'class="ctr ', 1)
            self.out.append(f"<{tag} {attrs}>{body}</{tag}>")
        else:
            tag = {1: "h1", 2: "h2", 3: "h3"}.get(min(max(h.level, 1), 4), "h4")
            if h.kind == "titre":
                tag = "h1"
            elif h.kind == "article" and tag == "h1":
                tag = "h2"
            cls = ' class="ctr"' if h.kind in ("titre", "plain") and s.heading_center_titre and tag == "h1" else ""
            self.out.append(f"<{tag}{cls}>" + "<br>".join(_esc(ln) for ln in lines) + f"</{tag}>")
        if h.number and h.kind == "article" and h.number == s.two_columns_article and not self.landscape:
            self.out.append('<div class="cols">')
            self.columns_level = h.level
        label = lines[0] if len(lines) > 1 else text
        heading = printed_title(s, h.kind, h.number, h.title) if h.number else text
        if upper:
            label, heading = label.upper(), heading.upper()
        if h.number:
            self.current = h.number if h.kind != "titre" else self.current
            self.sections.append({"number": h.number, "label": label, "heading": heading,
                                  "level": h.level, "kind": h.kind})
        else:
            self.sections.append({"number": None, "label": "", "heading": heading, "level": h.level, "kind": h.kind})

    def money(self, value: float, table: bool) -> str:
        s, x = self.s, self.x
        form = s.money_table if table else s.money_prose
        sep = x.money_table_sep if table else x.money_sep
        text = format_money(value, form, " " if sep == "nowrap" else sep)
        self.amounts.append({"text": _plain(text), "value": round(value, 2), "section": self.current,
                             "in_table": table})
        return text

    def _segs(self, segs, table: bool = False) -> tuple[str, str]:
        """(html, gold text) of segments."""
        out_h, out_t = [], []
        for seg in segs:
            if isinstance(seg, Mark):
                h_, t_ = self._marked(seg, table)
            elif isinstance(seg, list):
                h_, t_ = self._segs(seg, table)
            elif isinstance(seg, Money):
                t_ = self.money(seg.value, table)
                h_ = f'<span class="m">{_esc(t_)}</span>' if (self.x.money_sep == "nowrap" and not table) else _esc(t_)
            elif isinstance(seg, Note):
                self.notes.append(seg.text)
                n = len(self.notes)
                self.pending_notes.append(n)
                h_, t_ = f"<sup>{self._call(n)}</sup>", ""
            else:
                h_, t_ = _esc(seg), seg
            out_h.append(h_)
            out_t.append(t_)
        return "".join(out_h), "".join(out_t)

    def _marked(self, m: Mark, table: bool) -> tuple[str, str]:
        n_amounts = len(self.amounts)
        segs, after = list(m.segs), ""
        if m.kind == "del" and m.look == "bracket" and segs and isinstance(segs[-1], str) \
                and segs[-1] != segs[-1].rstrip():
            segs[-1], after = segs[-1].rstrip(), " "
            segs = [x for x in segs if x != ""]
        h_, t_ = self._segs(segs, table)
        if m.kind == "ins":
            wrap = {"bold": ("<b>", "</b>"), "underline": ("<ins>", "</ins>"), "colour": ('<span class="blue">', "</span>"),
                    "bold_underline": ("<b><u>", "</u></b>")}.get(m.look, ("", ""))
            return wrap[0] + h_ + wrap[1], t_
        del self.amounts[n_amounts:]
        if m.look == "bracket":
            return f"[supprimé : {h_}]{after}", ""
        cls = ' class="red"' if m.look == "strike_colour" else ""
        return f"<del{cls}>{h_}</del>", ""

    def para(self, b: Para) -> None:
        h_, _ = self._segs(b.segs)
        cls = " ".join(c for c in ({"center": "c", "right": "r"}.get(b.align, ""), "big" if b.big else "") if c)
        if b.bold:
            h_ = f"<b>{h_}</b>"
        self.out.append(f'<p{" class=" + chr(34) + cls + chr(34) if cls else ""}>{h_}</p>')

    def bullets(self, b: Bullets) -> None:
        items = "".join(f"<li>{self._segs(item)[0]}</li>" for item in b.items)
        self.out.append(f"<ul>{items}</ul>" if b.level == 1 else f'<ul style="margin-left: 8mm">{items}</ul>')

    def grid(self, g: Grid) -> None:
        rows = []
        for row in g.rows:
            tds = []
            for j, lines in enumerate(row):
                cell = "<br>".join(self._segs([sg for sg in segs if sg != ""])[0] for segs in lines)
                bold = j == 0 and g.ruled and len(row) == 2
                tds.append(f"<td>{'<b>' + cell + '</b>' if bold else cell}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        self.out.append(f'<table class="grid{" ruled" if g.ruled else ""}" style="width: 100%">' + "".join(rows) + "</table>")

    def table(self, t: TableB) -> None:
        x = self.x
        wide_here = t.wide and not self.landscape
        if wide_here:
            self.out.append('<div class="paysage">')
        all_rows = t.header + t.rows
        n_cols = len(t.header[0])
        n_head = len(t.header)
        covered: set[tuple[int, int]] = set()
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, rs, cs in t.header_spans:
            spans[(r0, c0)] = (rs, cs)
        for r0, c0, rs, cs in t.row_spans:
            spans[(n_head + r0, c0)] = (rs, cs)
        for (r0, c0), (rs, cs) in spans.items():
            for r in range(r0, r0 + rs):
                for c in range(c0, c0 + cs):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
        printed: list[list[str]] = []
        rows_html: list[str] = []
        for i, row in enumerate(all_rows):
            out_row, tds = [], []
            head = i < n_head
            total = not head and (i - n_head) in t.total_rows
            for j, cell in enumerate(row):
                segs = cell if isinstance(cell, list) else [cell] if cell != "" else []
                h_, text = self._segs(segs, table=True)
                out_row.append(_plain(text))
                if (i, j) in covered:
                    continue
                num = isinstance(cell, Money) or (isinstance(cell, str) and bool(_NUMBER.match(cell))) \
                    or (isinstance(cell, list) and any(isinstance(m, Mark) and isinstance(v, Money)
                                                       for m in cell for v in getattr(m, "segs", [])))
                attrs = ""
                if (i, j) in spans:
                    rs, cs = spans[(i, j)]
                    attrs += (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tag = "th" if head and x.repeat_head else "td"
                cls = ' class="num"' if num and not head else ""
                tds.append(f"<{tag}{attrs}{cls}>{h_}</{tag}>")
            printed.append(out_row)
            rcls = "h" if head else "tot" if total else "r"
            rows_html.append(f'<tr class="{rcls}">' + "".join(tds) + "</tr>")
        widths = t.widths or [1.0] * n_cols
        cols = "<colgroup>" + "".join(f'<col style="width: {100 * w / sum(widths):.1f}%">' for w in widths) + "</colgroup>"
        cap = ""
        if t.title and x.caption == "element" and not self.s.caption_below:
            cap = f"<caption>{_esc(t.title)}</caption>"
        elif t.title and not self.s.caption_below and x.caption == "above":
            self.out.append(f'<p class="cap">{_esc(t.title)}</p>')
        if x.repeat_head:
            body = f"<thead>{''.join(rows_html[:n_head])}</thead><tbody>{''.join(rows_html[n_head:])}</tbody>"
        else:
            body = f"<tbody>{''.join(rows_html)}</tbody>"
        self.out.append(f'<table class="t">{cap}{cols}{body}</table>')
        if t.title and (self.s.caption_below or x.caption == "below"):
            self.out.append(f'<p class="cap">{_esc(t.title)}</p>')
        if wide_here:
            self.out.append("</div>")
        off = n_head
        printed = spread_spans(printed, off, t.header_spans, t.row_spans)
        body_rows = [r for r, src in zip(printed[off:], t.rows) if any(r) or not any(isinstance(c, list) for c in src)]
        self.tables.append({"title": t.title, "header": printed[:off], "rows": body_rows,
                            "n_rows": len(body_rows), "n_cols": n_cols, "section": self.current})

    # --- output ---------------------------------------------------------------------------
    def document(self) -> str:
        notes = ""
        if self.notes and self.x.notes == "end":
            notes = ('<div class="notes"><p><b>Notes</b></p>'
                     + "".join(f'<p class="fn">{self._call(i)} {_esc(t)}</p>' for i, t in enumerate(self.notes, 1))
                     + "</div>")
        elif self.pending_notes:
            self._flush_notes()
        return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>'
                + _esc(self.header) + "</title><style>" + self.css() + "</style></head><body>\n"
                + "\n".join(self.out) + notes + "\n</body></html>\n")

    def save(self, path: Path) -> None:
        Path(path).write_text(self.document(), encoding="utf-8")

    def gold(self) -> dict:
        return {"sections": self.sections, "tables": self.tables, "amounts": self.amounts,
                "footnotes": list(self.notes)}


__all__ = ["HtmlRenderer"]
