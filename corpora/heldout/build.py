"""Build the held-out corpus: block sources -> HTML + CSS -> PDF (headless Chromium) -> gold.

    python corpora/heldout/build.py              # every document
    python corpora/heldout/build.py avenant_1    # one document

The layout engine is Chromium's (Blink/Skia), not reportlab. Gold by construction:
the builder knows every heading, table and amount it wrote, in document order; it
then finds each one in the printed PDF's per-page text (pdfplumber, whitespace
removed), walking forward from the previous item, and records that page. A
needle that cannot be found stops the build. The convention-parser is never run.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "sources"))

import val_de_sambre as src  # noqa: E402

AMOUNT = re.compile(r"\[\[(.+?)\|([0-9.]+)\]\]")

CSS = """
@page {
  size: A4;
  margin: 24mm 19mm 22mm 23mm;
  @top-right { content: "%(header)s"; font: italic 7.5pt "Liberation Sans"; color: #444; }
  @bottom-center { content: "– " counter(page) " / " counter(pages) " –"; font: 8pt "Liberation Sans"; }
}
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
@page paysage {
  size: A4 landscape;
  margin: 18mm 16mm 18mm 16mm;
  @top-right { content: "%(header)s"; font: italic 7.5pt "Liberation Sans"; color: #444; }
  @bottom-center { content: "– " counter(page) " / " counter(pages) " –"; font: 8pt "Liberation Sans"; }
}
@page delib {
  @top-right { content: none; }
  @top-left { content: "Communauté urbaine de Val-de-Sambre – Bureau communautaire"; font: 7.5pt "Liberation Sans"; }
  @bottom-center { content: "Délibération B-2025-041 – page " counter(page); font: 8pt "Liberation Sans"; }
}
html { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
.m { white-space: nowrap; }
.titlepage { break-after: page; text-align: center; padding-top: 55mm; }
.titlepage p { text-align: center; margin-bottom: 10mm; }
.tp-small { font: 9pt "Liberation Sans"; letter-spacing: 0.08em; margin-bottom: 3mm !important; }
.tp-big { font: bold 19pt "Liberation Sans"; margin-top: 25mm; }
.tp-mid { font-size: 13pt; }
.tp-ref { font: bold 11pt "Liberation Sans"; margin-top: 20mm; }
.tp-version { font-style: italic; }
.visa { font-size: 9pt; text-align: left; margin-bottom: 3pt; }
.lead { font: bold 10pt "Liberation Sans"; text-align: center; margin: 10pt 0 6pt 0; }
.sig { margin-top: 14pt; font-style: italic; }
h1, h2, h3 { font-family: "Liberation Sans", sans-serif; break-after: avoid; break-inside: avoid; margin: 0; }
h1.h1 { font-size: 13pt; text-align: center; margin: 18pt 0 10pt 0; padding: 4pt 0; border-top: 1.2pt solid #1c3d6e;
        border-bottom: 1.2pt solid #1c3d6e; color: #1c3d6e; }
h1.h1 .lbl { display: block; font-size: 10pt; letter-spacing: 0.2em; }
h1.h-pre { font-size: 12pt; text-align: center; margin: 16pt 0 8pt 0; letter-spacing: 0.15em; }
h2.h2 { font-size: 11pt; margin: 12pt 0 5pt 0; }
h2.h2 .lbl { color: #1c3d6e; }
h3.h3 { font-size: 10pt; font-style: italic; margin: 9pt 0 4pt 8mm; }
h2.h-annex { font-size: 10pt; margin: 9pt 0 3pt 0; font-weight: normal; text-decoration: underline; }
h2.quoted, h3.quoted { margin-left: 10mm; }
.quotedblock { margin-left: 10mm; border-left: 1.5pt solid #999; padding-left: 4mm; }
ol { margin: 0 0 6pt 0; padding-left: 9mm; }
ul { margin: 0 0 6pt 0; padding-left: 9mm; list-style-type: "– "; }
li { margin-bottom: 2pt; text-align: justify; }
.caption { font: bold 9pt "Liberation Sans"; margin: 8pt 0 3pt 0; text-align: left; }
table { border-collapse: collapse; width: 100%%; margin-bottom: 8pt; font: 8.5pt "Liberation Sans"; }
thead { display: table-header-group; }
th { border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt 4pt; text-align: left;
     background: #e8edf4; }
td { padding: 2.5pt 4pt; vertical-align: top; border-bottom: 0.3pt dotted #999; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.span td { font-weight: bold; font-style: italic; border-bottom: 0.8pt solid #1c3d6e; padding-top: 6pt; }
tr.sub td { font-weight: bold; border-bottom: none; }
tr.total td { font-weight: bold; border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }
.ops-page { page: paysage; }
.ops-page table { font-size: 9.5pt; }
.ops-page td { padding: 4.5pt 5pt; }
.ops-page td:first-child { white-space: nowrap; }
table.fin td:first-child { width: 46%%; }
/* board decision */
.delib { page: delib; font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; }
.delib p { text-align: left; }
.d-org { font-weight: bold; font-size: 10pt; letter-spacing: 0.1em; }
.d-title { font-weight: bold; font-size: 12pt; text-align: center !important; margin: 8pt 0 !important; }
.d-sub, .d-num { text-align: center !important; margin: 0 !important; }
.d-obj { margin: 10pt 0 !important; padding: 5pt; border: 0.8pt solid #000; font-weight: bold; }
.d-list { font-size: 8.5pt; }
h1.d-h { font-size: 10.5pt; margin: 10pt 0 4pt 0; font-variant: normal; border-bottom: 0.5pt solid #000; }
.d-lead { font-weight: bold; margin-top: 8pt !important; }
.d-vote { font-weight: bold; margin-top: 8pt !important; }
.d-sig { margin-top: 10pt !important; font-style: italic; text-align: right !important; }
.avenant { break-before: page; }
.av-title { font: bold 18pt "Liberation Sans"; text-align: center !important; margin-top: 20mm !important; }
.av-sub { font-size: 11pt; text-align: center !important; margin: 4mm 15mm 10mm 15mm !important; }
h1.av-h { font-size: 11.5pt; margin: 14pt 0 5pt 0; padding-bottom: 2pt; border-bottom: 0.6pt solid #1c3d6e; }
.instr { font-weight: bold; margin-top: 8pt !important; }
"""

HEADERS = {
    "convention_v1": "CU de Val-de-Sambre – Convention NPNRU n° C1472",
    "convention_v2": "CU de Val-de-Sambre – Convention NPNRU n° C1472 – version consolidée (avenant n° 1)",
    "avenant_1": "Avenant n° 1 – Convention NPNRU n° C1472",
}


def plain(text: str) -> str:
    """Printed text of a marked-up string (amount marks removed)."""
    return AMOUNT.sub(lambda m: m.group(1), text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


class Doc:
    def __init__(self, name: str, blocks: list):
        self.name = name
        self.blocks = blocks
        self.parts: list[dict] = []
        self.events: list[tuple] = []   # (needle, callback) in document order
        self.section = None

    # -- inline ---------------------------------------------------------------
    def inline(self, text: str, container: dict | None = None) -> str:
        out, pos = [], 0
        for m in AMOUNT.finditer(text):
            out.append(html.escape(text[pos:m.start()], quote=False))
            printed, value = m.group(1), float(m.group(2))
            amt = {"text": printed, "value": int(value) if value.is_integer() else value, "page": None,
                   "section": self.section}
            self.parts[-1]["amounts"].append(amt)
            self.events.append((squash(printed), lambda p, a=amt: a.__setitem__("page", p)))
            out.append(f'<span class="m">{html.escape(printed).replace(" ", "&#160;")}</span>')
            pos = m.end()
        out.append(html.escape(text[pos:], quote=False))
        return "".join(out)

    # -- blocks ---------------------------------------------------------------
    def render(self) -> str:
        body: list[str] = []
        open_div = None
        quoted = False
        for blk in self.blocks:
            kind = blk[0]
            if kind == "part":
                if open_div:
                    body.append("</div>")
                part = {"kind": blk[1], "pages": [None, None], "title": blk[2],
                        "source": "sources/val_de_sambre.py", "sections": [], "tables": [], "amounts": []}
                self.parts.append(part)
                self.section = None
                cls = {"deliberation": "delib", "avenant": "avenant"}.get(blk[1], "conv")
                body.append(f'<div class="{cls}">')
                open_div = cls
                continue
            if kind == "titlepage":
                body.append('<div class="titlepage">' + "".join(
                    f'<p class="{c}">{self.inline(t)}</p>' for c, t in blk[1]) + "</div>")
            elif kind == "h":
                _, level, number, label, heading, cls = blk
                sec = {"number": number, "label": label, "heading": heading, "level": level, "page": None}
                self.parts[-1]["sections"].append(sec)
                self.section = number
                self.events.append((squash(label + heading), lambda p, s=sec: s.__setitem__("page", p)))
                tag = {1: "h1", 2: "h2", 3: "h3"}[min(level, 3)] if "quoted" not in cls else cls.split()[0]
                lbl = f'<span class="lbl">{html.escape(label)}</span> ' if label else ""
                body.append(f'<{tag} class="{cls}">{lbl}{html.escape(heading)}</{tag}>')
            elif kind == "p":
                body.append(f"<p>{self.inline(blk[1])}</p>")
            elif kind == "pc":
                body.append(f'<p class="{blk[1]}">{self.inline(blk[2])}</p>')
            elif kind in ("ul", "ol"):
                body.append(f"<{kind}>" + "".join(f"<li>{self.inline(t)}</li>" for t in blk[1]) + f"</{kind}>")
            elif kind == "table":
                body.append(self.table(*blk[1:]))
            elif kind == "break":
                body.append('<div style="break-after: page"></div>')
        if open_div:
            body.append("</div>")
        css = CSS % {"header": HEADERS[self.name]}
        return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
                f"<title>{html.escape(self.parts[0]['title'])}</title><style>{css}</style></head>"
                f"<body>\n" + "\n".join(body) + "\n</body></html>\n")

    def table(self, title, header, rows, cls) -> str:
        n_cols = len(header[0])
        t = {"title": title, "pages": [None, None], "header": header, "rows": [], "n_rows": 0, "n_cols": n_cols,
             "section": self.section}
        self.parts[-1]["tables"].append(t)
        self.events.append((squash(title), lambda p, t=t: t["pages"].__setitem__(0, p)))
        num_cols = {n_cols - 1} if cls == "ops" else set(range(1, n_cols))
        if cls == "ops":
            num_cols.add(4)
        h = [f'<div class="{"ops-page" if cls == "ops" else "fin-block"}">',
             f'<p class="caption">{html.escape(title)}</p>', f'<table class="{cls}"><thead>']
        for hr in header:
            h.append("<tr>" + "".join(f'<th class="{"num" if i in num_cols else ""}">{html.escape(c)}</th>'
                                      for i, c in enumerate(hr)) + "</tr>")
        h.append("</thead><tbody>")
        for row in rows:
            if isinstance(row, dict) and "span" in row:
                cells = [row["span"]] + [""] * (n_cols - 1)
                t["rows"].append(cells)
                self.events.append((squash(row["span"])[:20], lambda p, t=t: t["pages"].__setitem__(1, p)))
                h.append(f'<tr class="span"><td colspan="{n_cols}">{html.escape(row["span"])}</td></tr>')
                continue
            rcls = ""
            if isinstance(row, dict):
                rcls, row = row["cls"], row["cells"]
            t["rows"].append([plain(c) for c in row])
            key = next(c for c in row if c)
            if not AMOUNT.search(key):
                self.events.append((squash(plain(key))[:14], lambda p, t=t: t["pages"].__setitem__(1, p)))
            tds = []
            for i, c in enumerate(row):
                if AMOUNT.search(c):
                    tds.append(f'<td class="num">{self.inline(c)}</td>')
                else:
                    tds.append(f'<td class="{"num" if i in num_cols else ""}">{html.escape(c)}</td>')
            # amounts of a row come after its key in the text flow
            h.append(f'<tr class="{rcls}">' + "".join(tds) + "</tr>")
        h.append("</tbody></table></div>")
        t["n_rows"] = len(t["rows"])
        return "".join(h)


def chromium(html_path: Path, pdf_path: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        sys.exit("chromium not found: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path.as_uri()],
                       check=True, capture_output=True, timeout=180)


def page_texts(pdf_path: Path) -> list[str]:
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def locate(doc: Doc, texts: list[str]) -> None:
    """Walk the events in document order through the squashed text of all pages."""
    squashed = [squash(t) for t in texts]
    starts, full = [], ""
    for s in squashed:
        starts.append(len(full))
        full += s
    cursor = 0
    for needle, setpage in doc.events:
        i = full.find(needle, cursor)
        if i < 0:
            raise SystemExit(f"{doc.name}: cannot find {needle!r} after offset {cursor} "
                             f"(page {page_of(starts, cursor)})")
        setpage(page_of(starts, i))
        cursor = i + len(needle)


def page_of(starts: list[int], offset: int) -> int:
    page = 1
    for n, s in enumerate(starts, 1):
        if s <= offset:
            page = n
    return page


def build(name: str) -> dict:
    doc = Doc(name, src.DOCUMENTS[name]())
    html_text = doc.render()
    html_path = HERE / "html" / f"{name}.html"
    pdf_path = HERE / "pdf" / f"{name}.pdf"
    html_path.write_text(html_text, encoding="utf-8")
    chromium(html_path, pdf_path)
    texts = page_texts(pdf_path)
    locate(doc, texts)
    # part page ranges: from the page of its first located item (or the previous part's end + 1)
    n = len(texts)
    firsts = []
    for k, part in enumerate(doc.parts):
        pages = [s["page"] for s in part["sections"]] + [a["page"] for a in part["amounts"]]
        firsts.append(1 if k == 0 else min(pages))
    for k, part in enumerate(doc.parts):
        part["pages"] = [firsts[k], (firsts[k + 1] - 1) if k + 1 < len(doc.parts) else n]
    for part in doc.parts:
        for t in part["tables"]:
            if t["pages"][1] is None:
                t["pages"][1] = t["pages"][0]
            t["pages"] = list(range(t["pages"][0], t["pages"][1] + 1))
    gold = {"name": name, "pdf": f"pdf/{name}.pdf", "pages": n, "engine": "chromium (headless print-to-pdf)",
            "parts": doc.parts}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    size = pdf_path.stat().st_size
    print(f"{name}: {n} pages, {size // 1024} kB, "
          + ", ".join(f"{p['kind']} {p['pages']}" for p in doc.parts), file=sys.stderr)
    return gold


if __name__ == "__main__":
    for name in sys.argv[1:] or list(src.DOCUMENTS):
        build(name)
