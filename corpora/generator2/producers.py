"""Score the parser on text layers written by other producers: generator2 documents rewritten.

    python corpora/generator2/producers.py --n 20 [--seed S | --doc-seeds 8350-8364]
                                           [--kinds deliberation,minutes,...] [--out DIR]
                                           [--json FILE] [--workers 1] [--reuse] [--by order,unit]

The kinds default to the base, v5, v8, v11 and Chromium (v13) deliberations and minutes, taken
in turn. Each document is built and typeset like fresh.py's (same gold, same scorer; LibreOffice or
Chromium write a tidy text layer: spaces drawn as glyphs, one text object per line, reading
order = drawing order). Its PDF is then rewritten with pikepdf, content stream by content
stream, into what Word's "Enregistrer en PDF", PDF printers, scanner suites and tagged-PDF
exporters write; the quirks of a document are drawn from its seed on a stream of its own
(``prod:<seed>``: the typeset document is the same as fresh.py's). The text streams are
interpreted (text state, CTM, each glyph's code, Unicode, advance and matrix) and drawn again:

- ``unit``: each glyph, or each word, its own text object at an absolute matrix (``glyph``,
  ``word``), or the lines as the typesetter drew them (``line``);
- ``spaces``: space glyphs left out, word gaps kept by position only (always with glyph/word);
- ``order``: text objects drawn out of reading order: running headers/footers last, columns
  first (a table's cells column by column), reversed, shuffled, or a text box first;
- ``bold``: bold runs drawn twice with a small offset (``double``) or in stroke render mode
  (``stroke``);
- ``invisible``: an OCR layer (render mode 3, Helvetica) of every line, offset by a point or
  two and with OCR's misreadings, drawn under or over the visible text;
- ``ligatures``: ligature glyphs whose ToUnicode maps to letters ("ff") mapped to U+FB00-FB04;
- ``cover``: a few lines first drawn with other words (an earlier version), a white
  rectangle over them, then the line as printed (an edited PDF);
- ``outside``: text drawn outside the page, or inside an empty clip (a printer's job line);
- ``crop``: the MediaBox grown around the CropBox (the page as printed), trim marks and a
  slug line in the bleed;
- ``rotate``: the page stored /Rotate 90 with its content drawn turned;
- ``jitter``: each unit's baseline moved by up to ``jitter`` points;
- ``unit_size``: fonts set at size 1, the size carried by the text matrix (Word, Ghostscript).

The visible text is unchanged, so the gold is the source document's: text a reader cannot see
(white-covered, invisible, clipped, outside the crop) is no reading of the page, the gold
keeps the visible one. Every document is scored twice: the untouched typeset PDF (the
control) and the rewritten one; the figures, the quirks per document and every field the
rewritten PDF misses where the control hits are printed. ``--doc-seeds A-B``: document seeds
(dev); ``--seed``: a master seed, one seed per document derived from it (drawn and printed when
omitted: a fresh run). Never tune the parser on a fresh run's documents.
``rewrite(src, dst, seed[, quirks])`` rewrites one PDF (the quirks drawn from ``seed``, or
given) and returns them; ``--reuse`` with ``--out``: the typeset PDFs kept there rewritten and
parsed again (before / after on the same documents: run it once with the before parser on
PYTHONPATH). The parse JSONs are written beside both PDFs (``pdf/``: the control, ``prod/``):
a field-level miss and any text the control reads otherwise can be traced from them.
The rewrite interprets simple (1-byte) and Type0 Identity-H fonts, the text state, CTM and
q/Q; marked content and other operators inside BT ... ET are dropped; Form XObjects are kept
as they are (their text is not rewritten).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `corpora.generator2` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "corpora.generator2"

from corpora.generator2 import fresh, office  # noqa: E402
from corpora.generator2.sample import Sample  # noqa: E402

DEFAULT_KINDS = ("deliberation", "minutes", "deliberation5", "minutes5", "deliberation8", "minutes8",
                 "deliberation11", "minutes11", "deliberation13", "minutes13")
HELV = "/FProdHelv"     # the font resource the OCR layer, covered and outside text are drawn in


@dataclass(frozen=True)
class Quirks:
    """How one document's text layer is rewritten (recorded in the per-document report)."""
    unit: str            # "line" (as typeset), "word", "glyph"
    spaces: bool         # space glyphs left out (gaps by position only)
    order: str           # "", "furniture_last", "columns", "reverse", "shuffle", "box_first"
    bold: str            # "", "double", "stroke"
    invisible: str       # "", "under", "over"
    ligatures: bool      # ligature glyphs mapped to U+FB0x
    cover: int           # lines per page drawn over a white patch
    outside: str         # "", "page", "clip"
    crop: bool           # MediaBox larger than CropBox, marks in the bleed
    rotate: bool         # /Rotate 90, content drawn turned
    jitter: float        # points (0: none)
    unit_size: bool = False   # fonts set at size 1, the size in the text matrix (Word, Ghostscript)


def draw_quirks(seed: int) -> Quirks:
    rng = random.Random(f"prod:{seed}")
    unit = rng.choice(("line", "word", "word", "glyph", "glyph"))
    spaces = unit != "line" or rng.random() < 0.5
    order = rng.choice(("", "furniture_last", "columns", "reverse", "shuffle", "box_first"))
    bold = rng.choice(("", "double", "double", "stroke"))
    invisible = rng.choice(("", "", "under", "over"))
    ligatures = rng.random() < 0.5
    cover = rng.choice((0, 0, 1, 2))
    outside = rng.choice(("", "", "page", "clip"))
    crop = rng.random() < 0.35
    rotate = rng.random() < 0.25
    jitter = round(rng.choice((0.0, 0.0, rng.uniform(0.1, 0.6))), 2) if unit != "line" else 0.0
    unit_size = unit != "line" and rng.random() < 0.5     # drawn last: the draws above unchanged
    return Quirks(unit, spaces, order, bold, invisible, ligatures, cover, outside, crop, rotate, jitter,
                  unit_size)


# --------------------------------------------------------------------------- fonts

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>|\[([^\]]*)\]")


def _utf16(hexstr: bytes) -> str:
    raw = bytes.fromhex(hexstr.decode())
    return raw.decode("utf-16-be", "replace")


def parse_tounicode(data: bytes) -> dict[int, str]:
    out: dict[int, str] = {}
    for block in _BFCHAR.findall(data):
        toks = re.findall(rb"<([0-9A-Fa-f]*)>", block)
        for a, b in zip(toks[0::2], toks[1::2]):
            out[int(a, 16)] = _utf16(b)
    for block in _BFRANGE.findall(data):
        toks = _HEX.findall(block)
        k = 0
        while k + 2 < len(toks):
            lo, hi, dst = int(toks[k][0], 16), int(toks[k + 1][0], 16), toks[k + 2]
            if dst[0]:
                base = _utf16(dst[0])
                for c in range(lo, hi + 1):
                    out[c] = base[:-1] + chr(ord(base[-1]) + c - lo) if base else ""
            else:
                items = re.findall(rb"<([0-9A-Fa-f]*)>", dst[1])
                for c, h in zip(range(lo, hi + 1), items):
                    out[c] = _utf16(h)
            k += 3
    return out


class FontInfo:
    """What the rewriter needs of one font resource: code length, widths, Unicode."""

    def __init__(self, font):
        self.obj = font
        self.two = str(font.get("/Subtype")) == "/Type0"
        self.bold = any(k in str(font.get("/BaseFont", "")).lower() for k in ("bold", "black", "heavy"))
        self.widths: dict[int, float] = {}
        self.default = 0.0
        if self.two:
            desc = font.DescendantFonts[0]
            self.default = float(desc.get("/DW", 1000))
            w = list(desc.get("/W", []))
            i = 0
            while i < len(w):
                first = int(w[i])
                if i + 1 < len(w) and hasattr(w[i + 1], "__len__") and not isinstance(w[i + 1], (int, float)):
                    try:
                        for k, v in enumerate(w[i + 1]):
                            self.widths[first + k] = float(v)
                        i += 2
                        continue
                    except TypeError:
                        pass
                last, v = int(w[i + 1]), float(w[i + 2])
                for c in range(first, last + 1):
                    self.widths[c] = v
                i += 3
        else:
            first = int(font.get("/FirstChar", 0))
            for k, v in enumerate(font.get("/Widths", [])):
                self.widths[first + k] = float(v)
            fd = font.get("/FontDescriptor")
            if fd is not None:
                self.default = float(fd.get("/MissingWidth", 0))
        self.unicode: dict[int, str] = {}
        tu = font.get("/ToUnicode")
        if tu is not None:
            try:
                self.unicode = parse_tounicode(tu.read_bytes())
            except Exception:
                self.unicode = {}

    def codes(self, data: bytes) -> list[int]:
        if self.two:
            return [data[i] << 8 | data[i + 1] for i in range(0, len(data) - 1, 2)]
        return list(data)

    def encode(self, code: int) -> bytes:
        return bytes([code >> 8, code & 255]) if self.two else bytes([code])

    def text(self, code: int) -> str:
        if code in self.unicode:
            return self.unicode[code]
        return "" if self.two else bytes([code]).decode("latin-1")


# --------------------------------------------------------------------------- interpretation

def _mul(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


@dataclass
class Glyph:
    font: str            # resource name
    size: float
    code: int
    text: str
    tm: tuple            # text matrix at the glyph's origin (rise folded in)
    scale: float         # Tz / 100
    render: int
    advance: float       # in text space units along the line (tx)


@dataclass
class Unit:
    """One text object to draw: glyphs of one line run, with the state it was drawn in."""
    glyphs: list[Glyph]
    ctm: tuple
    color: list          # operations setting the fill colour
    line: int            # index of the source line (BT block + line) it comes from
    extra: list = field(default_factory=list)   # operations drawn before the unit (a cover)

    def origin(self):
        g = self.glyphs[0]
        m = _mul(g.tm, self.ctm)
        return m[4], m[5]


def _num(x) -> float:
    return float(x)


def _set_color(color: list, operands, op) -> list:
    """The fill colour operations after ``op``: a colour space, then its colour."""
    if str(op) == "cs":
        return [(operands, op)]
    return [c for c in color if str(c[1]) == "cs"] + [(operands, op)]


def interpret(ops, fonts: dict[str, FontInfo]):
    """Split a content stream into kept operations and text blocks.

    Returns a list whose items are either an operation (operands, operator) kept as is or a
    list of Units (one BT ... ET block, cut at its lines)."""
    import pikepdf
    out = []
    ctm = (1, 0, 0, 1, 0, 0)
    color: list = []
    stack = []
    block = None
    line_no = 0
    st = dict(font=None, size=0.0, tc=0.0, tw=0.0, tz=1.0, tl=0.0, ts=0.0, tr=0)
    tm = tlm = (1, 0, 0, 1, 0, 0)
    for operands, op in ops:
        name = str(op)
        if block is None:
            if name == "q":
                stack.append((ctm, list(color)))
            elif name == "Q":
                if stack:
                    ctm, color = stack.pop()
            elif name == "cm":
                ctm = _mul(tuple(_num(v) for v in operands), ctm)
            elif name in ("rg", "g", "k", "sc", "scn", "cs"):
                color = _set_color(color, operands, op)
            if name == "BT":
                block = []
                tm = tlm = (1, 0, 0, 1, 0, 0)
                line_no += 1
                cur = None
                continue
            out.append((operands, op))
            continue
        # inside BT ... ET
        if name == "ET":
            out.append(block)
            block = None
            continue
        if name in ("rg", "g", "k", "sc", "scn", "cs"):
            color = _set_color(color, operands, op)
            cur = None
            continue
        if name == "Tf":
            st["font"], st["size"] = str(operands[0]), _num(operands[1])
        elif name == "Tc":
            st["tc"] = _num(operands[0])
        elif name == "Tw":
            st["tw"] = _num(operands[0])
        elif name == "Tz":
            st["tz"] = _num(operands[0]) / 100
        elif name == "TL":
            st["tl"] = _num(operands[0])
        elif name == "Ts":
            st["ts"] = _num(operands[0])
        elif name == "Tr":
            st["tr"] = int(operands[0])
        elif name in ("Td", "TD", "Tm", "T*"):
            if name == "Tm":
                tlm = tuple(_num(v) for v in operands)
            else:
                if name == "T*":
                    tx, ty = 0.0, -st["tl"]
                else:
                    tx, ty = _num(operands[0]), _num(operands[1])
                    if name == "TD":
                        st["tl"] = -ty
                tlm = _mul((1, 0, 0, 1, tx, ty), tlm)
            tm = tlm
            line_no += 1
            cur = None
        elif name in ("Tj", "TJ", "'", '"'):
            if name in ("'", '"'):
                if name == '"':
                    st["tw"], st["tc"] = _num(operands[0]), _num(operands[1])
                tlm = _mul((1, 0, 0, 1, 0, -st["tl"]), tlm)
                tm = tlm
                line_no += 1
                cur = None
            items = operands[0] if name == "TJ" else [operands[-1]]
            info = fonts.get(st["font"])
            if info is None:
                raise ValueError(f"font {st['font']} unknown")
            if cur is None or cur.line != line_no:
                cur = Unit([], ctm, list(color), line_no)
                block.append(cur)
            for item in items:
                if not isinstance(item, (pikepdf.String, bytes)):
                    adj = _num(item)
                    tm = _mul((1, 0, 0, 1, -adj / 1000 * st["size"] * st["tz"], 0), tm)
                    continue
                for code in info.codes(bytes(item)):
                    w = info.widths.get(code, info.default) / 1000
                    text = info.text(code)
                    space = (not info.two and code == 32)
                    tx = (w * st["size"] + st["tc"] + (st["tw"] if space else 0.0)) * st["tz"]
                    gm = _mul((1, 0, 0, 1, 0, st["ts"]), tm)
                    cur.glyphs.append(Glyph(st["font"], st["size"], code, text, gm, st["tz"], st["tr"], tx))
                    tm = _mul((1, 0, 0, 1, tx, 0), tm)
        # other operators inside text blocks (marked content, d0 ...) are dropped
    if block is not None:
        out.append(block)
    return out


# --------------------------------------------------------------------------- drawing

def _fmt(x: float) -> str:
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _tm_str(m) -> str:
    return " ".join(_fmt(v) for v in m)


def _color_str(color) -> str:
    import pikepdf
    if not color:
        return "0 g"
    return pikepdf.unparse_content_stream(color).decode("latin-1")


def _words(glyphs: list[Glyph], drop_spaces: bool) -> list[list[Glyph]]:
    words, cur = [], []
    for g in glyphs:
        if g.text.isspace() or g.text == "":
            if cur:
                words.append(cur)
                cur = []
            if not drop_spaces:
                words.append([g])
            continue
        cur.append(g)
    if cur:
        words.append(cur)
    return words


def _show(glyphs: list[Glyph], fonts: dict[str, FontInfo], dx: float = 0.0, dy: float = 0.0,
          render: int | None = None, unit_size: bool = False) -> str:
    """One text object drawing ``glyphs`` (of one line run) at their own places; ``unit_size``:
    the font set at size 1 and scaled by the text matrix (the TJ adjustments are the same:
    thousandths of the scaled text space)."""
    g0 = glyphs[0]
    a, b, c, d, e, f = g0.tm
    # offsets in user space turned into text space
    det = a * d - b * c or 1.0
    tx = (d * dx - c * dy) / det
    ty = (-b * dx + a * dy) / det
    m = _mul((1, 0, 0, 1, tx, ty), g0.tm)
    if unit_size:
        m = _mul((g0.size, 0, 0, g0.size, 0, 0), m)
    parts = [f"BT /{g0.font.lstrip('/')} {_fmt(1 if unit_size else g0.size)} Tf"]
    if abs(g0.scale - 1) > 1e-6:
        parts.append(f"{_fmt(g0.scale * 100)} Tz")
    r = g0.render if render is None else render
    if r:
        parts.append(f"{r} Tr")
    parts.append(f"{_tm_str(m)} Tm")
    items = []
    prev = None
    info = fonts[g0.font]
    for g in glyphs:
        if prev is not None:
            # the gap between where prev's advance ends and where g starts, along the line
            pa, pb, pc, pd, pe, pf = prev.tm
            det = pa * pd - pb * pc or 1.0
            ex, ey = g.tm[4] - pe, g.tm[5] - pf
            u = (pd * ex - pc * ey) / det          # text-space distance along the line
            gap = u - prev.advance
            if abs(gap) > 1e-4:
                items.append(_fmt(-gap * 1000 / (g0.size * g0.scale)))
        items.append("<" + info.encode(g.code).hex() + ">")
        prev = g
    parts.append("[" + " ".join(items) + "] TJ ET")
    return " ".join(parts)


def _same_line(a: Glyph, b: Glyph) -> bool:
    return (a.font == b.font and a.size == b.size and a.scale == b.scale and a.render == b.render
            and all(abs(x - y) < 1e-6 for x, y in zip(a.tm[:4], b.tm[:4])) and abs(
                (b.tm[5] - a.tm[5]) * a.tm[0] - (b.tm[4] - a.tm[4]) * a.tm[1]) < 1e-3)


def _runs(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs cut where font, size or line changes (one TJ can only hold one of each)."""
    runs: list[list[Glyph]] = []
    for g in glyphs:
        if runs and _same_line(runs[-1][-1], g):
            runs[-1].append(g)
        else:
            runs.append([g])
    return runs


OCR_SWAPS = (("l", "1"), ("e", "c"), ("rn", "m"), ("o", "0"), ("é", "e"), ("i", "l"), ("S", "5"))


def _ocr_misread(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for k, w in enumerate(words):
        if len(w) > 3 and rng.random() < 0.3:
            a, b = rng.choice(OCR_SWAPS)
            if a in w:
                words[k] = w.replace(a, b, 1)
    return " ".join(words)


def _stale(text: str, rng: random.Random) -> str:
    """An earlier version of a line: digits changed, a word dropped or doubled."""
    out = "".join(str((int(ch) + rng.randint(1, 8)) % 10) if ch.isdigit() else ch for ch in text)
    words = out.split(" ")
    if len(words) > 3:
        k = rng.randrange(len(words))
        words.insert(k, words[k])
    return " ".join(words)


def _helv_text(text: str) -> str:
    raw = text.encode("cp1252", "replace")
    return "(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


def _line_text(u: Unit) -> str:
    return "".join(g.text for g in u.glyphs)


def _helv_line(u: Unit, text: str, render: int, dy: float, rng: random.Random, dx: float | None = None) -> str:
    """``text`` in Helvetica over the place of unit ``u``'s line, stretched to its width."""
    g0, g1 = u.glyphs[0], u.glyphs[-1]
    a, b, c, d, e, f = g0.tm
    det = a * d - b * c or 1.0
    ex, ey = g1.tm[4] - e, g1.tm[5] - f
    width = (d * ex - c * ey) / det + g1.advance         # text space along the line
    from reportlab.pdfbase.pdfmetrics import stringWidth
    drawn = stringWidth(text, "Helvetica", g0.size) or 1.0
    tz = max(20.0, min(300.0, 100 * width / drawn))
    dx = rng.uniform(-0.8, 0.8) if dx is None else dx
    m = _mul((1, 0, 0, 1, dx, dy / max(1e-6, math.hypot(c, d))), g0.tm)
    return f"BT {HELV} {_fmt(g0.size)} Tf {_fmt(tz)} Tz {render} Tr {_tm_str(m)} Tm {_helv_text(text)} Tj ET"


def _bbox(u: Unit):
    """The box of a unit's line in the space it is drawn in (its CTM's): (x0, y0, x1, y1)."""
    xs, ys = [], []
    for g in u.glyphs:
        m = g.tm
        for t in (0.0, g.advance):
            for h in (-0.22 * g.size, 0.8 * g.size):
                p = _mul((1, 0, 0, 1, t, h), m)
                xs.append(p[4])
                ys.append(p[5])
    return min(xs), min(ys), max(xs), max(ys)


def rewrite_page(pdf, page, q: Quirks, rng: random.Random) -> None:
    import pikepdf

    res = page.obj.get("/Resources")
    if res is None or "/Font" not in res:
        return
    fonts = {str(k): FontInfo(v) for k, v in res.Font.items()}
    if q.ligatures:
        _ligatures(pdf, fonts)
    ops = pikepdf.parse_content_stream(page)
    items = interpret(ops, fonts)
    units = [u for it in items if isinstance(it, list) for u in it if u.glyphs]
    mb = [float(v) for v in page.obj.MediaBox]
    width, height = mb[2] - mb[0], mb[3] - mb[1]
    # white-patched lines: an earlier version under a white box, the line drawn over it
    lines = [u for u in units if len(_line_text(u).strip()) > 8]
    covered = set(id(u) for u in rng.sample(lines, min(q.cover, len(lines)))) if q.cover else set()
    for u in units:
        if id(u) in covered:
            x0, y0, x1, y1 = _bbox(u)
            # the old words exactly over the line (its width), the patch over both with room to spare:
            # nothing of them shows (the visible text is the line's)
            u.extra.append("q 0 g " + _helv_line(u, _stale(_line_text(u), rng), 0, 0.0, rng, 0.0) + " Q")
            u.extra.append(f"q 1 1 1 rg {_fmt(x0 - 2)} {_fmt(y0 - 1)} {_fmt(x1 - x0 + 4)} {_fmt(y1 - y0 + 2)} re f Q")
    # the text objects to draw, one per unit / word / glyph
    drawn: dict[int, list[tuple[Unit, str]]] = {}
    for u in units:
        pieces = []
        for run in _runs(u.glyphs):
            if q.unit == "line":
                if q.spaces:
                    run = [g for g in run if not (g.text.isspace())]
                    if not run:
                        continue
                chunks = [run]
            else:
                chunks = [w for w in _words(run, True) if w]
                if q.unit == "glyph":
                    chunks = [[g] for w in chunks for g in w]
            for chunk in chunks:
                dy = rng.uniform(-q.jitter, q.jitter) if q.jitter else 0.0
                text = _show(chunk, fonts, 0.0, dy, unit_size=q.unit_size)
                if q.bold and fonts[chunk[0].font].bold:
                    if q.bold == "double":
                        text += " " + _show(chunk, fonts, rng.uniform(0.2, 0.45), dy, unit_size=q.unit_size)
                    else:
                        text = "2 Tr 0.35 w " + text.replace(" Tm [", " Tm 2 Tr [", 1)
                pieces.append(text)
        drawn[id(u)] = [(u, p) for p in pieces]
    out_ops: list[str] = []
    flat = [(u, p) for u in units for (_, p) in drawn[id(u)]]
    moved = _order(flat, q.order, rng, width, height)

    def wrapped(u: Unit, body: str) -> str:
        return f"q {_tm_str(u.ctm)} cm {_color_str(u.color)} {body} Q"

    ocr = []
    if q.invisible:
        for u in units:
            if _line_text(u).strip():
                ocr.append(wrapped(u, _helv_line(u, _ocr_misread(_line_text(u), rng), 3,
                                                 rng.uniform(-1.5, 1.5), rng)))
    if q.invisible == "under":
        out_ops += ocr
    # the page's own drawing in a q ... Q of its own: what is drawn after it (moved text, the
    # OCR layer over it, job lines) starts from the page's default state, whatever CTM the
    # producer left set (Chromium scales the page once, outside any q)
    out_ops.append("q")
    for it in items:
        if isinstance(it, list):
            for u in it:
                for e in u.extra:
                    out_ops.append(e)
                if moved is None:
                    color = _color_str(u.color)
                    for _, p in drawn.get(id(u), []):
                        out_ops.append(f"{color} {p}")
        else:
            out_ops.append(pikepdf.unparse_content_stream([it]).decode("latin-1"))
    out_ops.append("Q")
    if moved is not None:
        out_ops += [wrapped(u, p) for u, p in moved]
    if q.invisible == "over":
        out_ops += ocr
    if q.outside:
        junk = f"Imprimé le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 par poste-{rng.randint(10, 99)} - travail {rng.randint(1000, 9999)}"
        if q.outside == "page":
            out_ops.append(f"BT {HELV} 9 Tf 1 0 0 1 {_fmt(width + 20)} {_fmt(height / 2)} Tm {_helv_text(junk)} Tj ET")
            out_ops.append(f"BT {HELV} 8 Tf 1 0 0 1 40 -30 Tm {_helv_text('Page de contrôle ' + junk)} Tj ET")
        else:
            out_ops.append(f"q 0 0 0 0 re W n BT {HELV} 9 Tf 1 0 0 1 60 {_fmt(height / 3)} Tm {_helv_text(junk)} Tj ET Q")
    content = "\n".join(out_ops).encode("latin-1")
    if q.crop:
        bleed = 24.0
        crop = [mb[0], mb[1], mb[2], mb[3]]
        marks = [f"q 0.3 w 0 G {_fmt(x)} {_fmt(y)} m {_fmt(x + dx)} {_fmt(y + dy)} l S Q"
                 for x, y, dx, dy in ((mb[0] - 4, mb[1], -16, 0), (mb[0], mb[1] - 4, 0, -16),
                                       (mb[2] + 4, mb[3], 16, 0), (mb[2], mb[3] + 4, 0, 16))]
        slug = f"BT {HELV} 7 Tf 1 0 0 1 {_fmt(mb[0])} {_fmt(mb[1] - 18)} Tm {_helv_text('epreuve.pdf ' + str(rng.randint(1, 999)) + ' - Noir')} Tj ET"
        content += ("\n" + "\n".join(marks) + "\n" + slug).encode("latin-1")
        page.obj.MediaBox = pikepdf.Array([mb[0] - bleed, mb[1] - bleed, mb[2] + bleed, mb[3] + bleed])
        page.obj.CropBox = pikepdf.Array(crop)
    if q.rotate:
        box = [float(v) for v in page.obj.MediaBox]
        content = f"q 0 1 -1 0 {_fmt(box[3] + box[1])} 0 cm\n".encode() + content + b"\nQ"
        # the turned content covers x' = top + bottom - y, y' = x: the boxes turned alike
        def turned(b):
            x0, y0, x1, y1 = b
            return pikepdf.Array([box[3] + box[1] - y1, x0, box[3] + box[1] - y0, x1])
        page.obj.MediaBox = turned(box)
        if "/CropBox" in page.obj:
            page.obj.CropBox = turned([float(v) for v in page.obj.CropBox])
        page.obj.Rotate = 90
    if HELV.lstrip("/") not in [str(k).lstrip("/") for k in res.Font.keys()]:
        res.Font[HELV] = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding))
    page.obj.Contents = pdf.make_stream(content)


def _order(flat, order: str, rng: random.Random, width: float, height: float):
    """The text objects in drawing order when they leave their places (None: in place)."""
    if not order:
        return None
    if order == "reverse":
        return list(reversed(flat))
    if order == "shuffle":
        out = list(flat)
        rng.shuffle(out)
        return out
    pos = [(u.origin(), (u, p)) for u, p in flat]
    if order == "furniture_last":
        body = [x for (x0, y0), x in pos if 0.08 * height < y0 < 0.92 * height]
        edge = [x for (x0, y0), x in pos if not 0.08 * height < y0 < 0.92 * height]
        return body + edge
    if order == "columns":           # by x bands, top to bottom in each (cells column by column)
        band = 0.12 * width
        return [x for _, x in sorted(pos, key=lambda t: (round(t[0][0] / band), -t[0][1]))]
    # box_first: one block of consecutive lines from the middle of the page drawn first
    n = len(flat)
    if n < 6:
        return list(flat)
    a = rng.randrange(n // 3, 2 * n // 3)
    b = min(n, a + rng.randint(3, 10))
    return flat[a:b] + flat[:a] + flat[b:]


LIGATURES = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04"}


def _ligatures(pdf, fonts: dict[str, FontInfo]) -> None:
    """Ligature glyphs the ToUnicode maps to their letters mapped to the presentation form."""
    for info in fonts.values():
        tu = info.obj.get("/ToUnicode")
        if tu is None:
            continue
        data = tu.read_bytes()
        changed = False

        def sub(m):
            nonlocal changed
            text = _utf16(m.group(2))
            if text in LIGATURES:
                changed = True
                return m.group(1) + b"<" + LIGATURES[text].encode("utf-16-be").hex().upper().encode() + b">"
            return m.group(0)
        new = re.sub(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{8,12})>", sub, data)
        if changed:
            info.obj.ToUnicode = pdf.make_stream(new)
            info.unicode = parse_tounicode(new)


def rewrite(src: Path, dst: Path, seed: int, quirks: Quirks | None = None) -> Quirks:
    """``src`` rewritten into ``dst`` with the quirks drawn from ``seed`` (or ``quirks``, the
    random draws inside them still from ``seed``)."""
    import pikepdf
    q = quirks or draw_quirks(seed)
    rng = random.Random(f"prod:{seed}:pages")
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            rewrite_page(pdf, page, q, rng)
        pdf.save(dst)
    return q


# --------------------------------------------------------------------------- driver

def _rewrite_one(args: tuple) -> dict:
    src, dst, seed = args
    return asdict(rewrite(Path(src), Path(dst), seed))


def run(seeds: list[int], kinds: list[str], out: Path, workers: int, reuse: bool = False) -> dict:
    from concurrent.futures import ProcessPoolExecutor
    mods = fresh.kind_modules(kinds)
    names = list(mods)
    started = time.time()
    samples: list[Sample] = []
    for i, seed in enumerate(seeds):
        samples += mods[names[i % len(names)]].build(seed, out / "docx")
    typeset, prod = out / "pdf", out / "prod"
    prod.mkdir(parents=True, exist_ok=True)
    kept = reuse and all((typeset / s.pdf_name).exists() for s in samples)
    if not kept:
        fresh.convert_all(samples, typeset, workers)
    for s in samples:
        locate = getattr(mods[s.kind], "locate", None)
        if locate is not None:
            locate(s, typeset / s.pdf_name)
    jobs = [(str(typeset / s.pdf_name), str(prod / s.pdf_name), s.seed) for s in samples]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        quirks = dict(zip((s.name for s in samples), pool.map(_rewrite_one, jobs)))
    control = fresh.parse_all(samples, typeset, workers)
    results = fresh.parse_all(samples, prod, workers)
    per_kind: dict[str, dict[str, list[int]]] = {}
    control_fields: dict[str, list[int]] = {}
    per_doc = {}
    for s in samples:
        scores = mods[s.kind].score(results, s)
        base = mods[s.kind].score(control, s)
        missed = sorted(f for f, (h, n) in scores.items() if h < base.get(f, [0, 0])[0])
        per_doc[s.name] = {"seed": s.seed, "kind": s.kind, "scores": scores, "control": base,
                           "missed": missed, "layout": {**s.gold.get("layout", {}), **quirks[s.name]}}
        fresh.add(per_kind.setdefault(s.kind, {}), scores)
        fresh.add(control_fields, base)
        (prod / f"{s.name}.gold.json").write_text(json.dumps(s.gold, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        for d, res in ((prod, results), (typeset, control)):
            if s.name in res:
                (d / f"{s.name}.parse.json").write_text(json.dumps(res[s.name], ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    overall: dict[str, list[int]] = {}
    for fields in per_kind.values():
        fresh.add(overall, fields)
    per_kind["overall"] = overall
    per_kind["control"] = control_fields
    return {"seeds": seeds, "kinds": names, "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(time.time() - started, 1), "fields": per_kind, "documents": per_doc}


def main(argv: list[str] | None = None) -> int:
    from corpora.generator2.scans import parse_seeds
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=16)
    ap.add_argument("--seed", type=int, help="master seed (drawn and printed when omitted)")
    ap.add_argument("--doc-seeds", help="document seeds themselves, e.g. 8350-8364 (dev runs)")
    ap.add_argument("--kinds", default=",".join(DEFAULT_KINDS))
    ap.add_argument("--out", type=Path, help="keep DOCX, PDFs, rewritten PDFs, gold and parses here")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--reuse", action="store_true", help="with --out: the typeset PDFs kept there")
    ap.add_argument("--by", help="rates per value of these quirks (e.g. unit,order,invisible)")
    ap.add_argument("--from-json", type=Path)
    args = ap.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        if office.soffice() is None:
            print("error: LibreOffice (soffice) is not installed", file=sys.stderr)
            return 2
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        master = None
        if args.doc_seeds:
            seeds = parse_seeds(args.doc_seeds)
        else:
            master = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
            print(f"master seed: {master}", file=sys.stderr)
            seeds = fresh.document_seeds(master, args.n)
        if args.out:
            report = run(seeds, kinds, args.out, args.workers, args.reuse)
        else:
            with tempfile.TemporaryDirectory(prefix="producers-") as tmp:
                report = run(seeds, kinds, Path(tmp), args.workers)
        if master is not None:
            report["master_seed"] = master
    print(fresh.table(report["fields"]))
    fresh.print_by(report, args.by)
    for name, doc in report["documents"].items():
        if doc["missed"]:
            quirks = {k: v for k, v in doc["layout"].items() if k in Quirks.__dataclass_fields__}
            print(f"missed {name}: {', '.join(doc['missed'])}  {quirks}")
    if args.json and not args.from_json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
