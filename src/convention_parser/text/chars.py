"""Characters of one PDF page, read with pdfium, in the page's upright frame.

pdfium reports boxes in unrotated PDF space (origin bottom-left). We turn them
into the frame in which the page's text reads upright (origin top-left, y
down), so every later step can assume horizontal left-to-right lines.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2.raw as raw

# Font descriptor flags (PDF 32000, table 123).
_FLAG_ITALIC = 1 << 6
_FLAG_FORCE_BOLD = 1 << 18
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold", "demi")
# A font whose name states a style that is not bold ("Caladea-Regular", "Carlito-Italic") is not
# bold whatever weight pdfium reports: Chromium (Skia) embeds fonts without /FontWeight and
# pdfium's estimate from the stems reads Caladea-Regular as 704.
_PLAIN_STYLES = ("regular", "roman", "book", "italic", "oblique", "light", "thin", "normal")


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float          # baseline y (upright frame)
    size: float
    bold: bool
    italic: bool
    font: str
    hyphen: bool = False  # pdfium says: a hyphen at a line end (typeset break or a compound's own)
    # ... and it was inserted by the typesetter, not typed: U+00AD itself, or the hyphen
    # drawn as a text object of its own after letters drawn together (LibreOffice draws
    # the hyphen of a discretionary break apart; a typed hyphen goes with its word).
    soft: bool = False
    # The PDF text object (pdfium's page object, by address; 0 unknown) the glyph was drawn
    # in: one text-showing run of the typesetter. A justified line's stretched spaces stay
    # inside its run; a cell, a tab stop's column or a block beside it starts another.
    run: int = 0


class Frame:
    """Maps unrotated PDF points to the upright top-left frame.

    ``turn`` is the clockwise rotation (0/90/180/270) applied to the page so
    that its text reads upright.
    """

    def __init__(self, box: tuple[float, float, float, float], turn: int):
        self.left, self.bottom, self.right, self.top = box
        self.w = self.right - self.left
        self.h = self.top - self.bottom
        self.turn = turn % 360

    @property
    def size(self) -> tuple[float, float]:
        return (self.h, self.w) if self.turn in (90, 270) else (self.w, self.h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        x, y = x - self.left, self.top - y           # top-left origin, unrotated
        t = self.turn
        if t == 0:
            return x, y
        if t == 90:
            return self.h - y, x
        if t == 180:
            return self.w - x, self.h - y
        return y, self.w - x

    def rect(self, l: float, b: float, r: float, t: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(l, b)
        bx, by = self.point(r, t)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def dominant_turn(textpage, n: int) -> int:
    """Clockwise turn that makes most characters upright (from char angles)."""
    textpage = getattr(textpage, "raw", textpage)  # the bare handle: faster ctypes calls
    votes: dict[int, int] = {}
    step = max(1, n // 200)                       # a sample is enough
    for i in range(0, n, step):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        a = raw.FPDFText_GetCharAngle(textpage, i)
        if a < 0:
            continue
        q = int(round(math.degrees(a) / 90.0)) % 4 * 90
        votes[q] = votes.get(q, 0) + 1
    if not votes:
        return 0
    angle = max(votes, key=votes.get)
    return (360 - angle) % 360


def _font_of(textpage, i: int, buf, flags) -> tuple[str, bool, bool]:
    n = raw.FPDFText_GetFontInfo(textpage, i, buf, len(buf), flags)
    name = buf.value.decode("utf-8", "replace") if n else ""
    low = name.lower()
    weight = raw.FPDFText_GetFontWeight(textpage, i)
    named = any(k in low for k in _BOLD_NAMES)
    style = re.split(r"[-,]", low)[-1] if re.search(r"[-,]", low) else ""
    plain = not named and any(style.startswith(k) or style.endswith(k) for k in _PLAIN_STYLES)
    bold = (weight >= 600 and not plain) or bool(flags.value & _FLAG_FORCE_BOLD) or named
    italic = bool(flags.value & _FLAG_ITALIC) or "italic" in low or "oblique" in low
    if "+" in name[:7]:                           # subset prefix "ABCDEF+Arial"
        name = name.split("+", 1)[1]
    return name, bold, italic


def _as_address(fn, restype=ctypes.c_void_p):
    """The same pdfium function, returning a plain int (or None) for a pointer.

    pypdfium2's binding returns a fresh ctypes pointer object per call, which
    cannot be compared or hashed without another call (``ctypes.cast``).
    """
    proto = ctypes.CFUNCTYPE(restype, ctypes.c_void_p, ctypes.c_int)
    return proto(ctypes.cast(fn, ctypes.c_void_p).value)


_TEXT_OBJECT = _as_address(raw.FPDFText_GetTextObject)
# FPDFText_GetLooseCharBox(page, index, FS_RECTF*) taking plain ints: no argument
# conversion per call, and the box read back in one slice of a float[4]
# (FS_RECTF is left, top, right, bottom).
_LOOSE_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)
_NOT_DRAWN = frozenset((0, 0xFFFE, 0xFFFF, 0x0D, 0x0A))
_MAYBE_GENERATED = frozenset((0x20, 0x02, 0xAD, 0xA0))
_HYPHEN_BREAK = 0x2010
_SPECIAL = _NOT_DRAWN | _MAYBE_GENERATED


_SURROGATE = re.compile("[\ud800-\udfff]|[\U00010000-\U0010ffff]")


def _page_codes(textpage, n: int) -> list[int]:
    """Unicode code of every char index, in one call when the page allows it."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(textpage, 0, n, buf)
    codes = list(buf[:n])
    # Characters outside the BMP take two UTF-16 units and shift the indices
    # (looked for on the decoded text: one C-level search, not a test per code).
    if got != n + 1 or _SURROGATE.search(ctypes.string_at(buf, 2 * n).decode("utf-16-le", "surrogatepass")):
        codes = [raw.FPDFText_GetUnicode(textpage, i) for i in range(n)]
    return codes


@dataclass(slots=True)
class _ObjectInfo:
    """What every character of one pdfium text object shares."""
    size: float
    font: tuple[str, bool, bool]
    upright: bool        # drawn in the page's text direction
    base_below: float    # baseline minus the loose box bottom (upright frame)
    turn: int = 0        # its direction against the page's, to the nearest quarter (-1: none)


def read_chars(textpage, frame: Frame, turned: list[tuple[int, Char]] | None = None) -> tuple[list[Char], int]:
    """All drawn characters of the page in content order (generated ones skipped).

    Returns the characters and how many were dropped for running across the
    page's text direction (vertical margin stamps, a table's vertical header
    text); ``turned``, when given, receives those, each with its quarter turn
    against the page's direction (90, 180, 270), in content order.

    Per character pdfium is asked two things, the text object and the loose
    box; code points come in one call for the page, and size, font, angle and
    baseline offset once per text object (they are properties of the object).
    """
    textpage = getattr(textpage, "raw", textpage)  # the bare handle: faster ctypes calls
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], 0
    codes = _page_codes(textpage, n)
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    chars: list[Char] = []
    upright = frame.turn == 0
    fl, ft = frame.left, frame.top
    box4 = (ctypes.c_float * 4)()
    box_at = ctypes.addressof(box4)
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    objects: dict[int, _ObjectInfo] = {}
    fonts: dict[tuple[str, int, int], tuple[str, bool, bool]] = {}
    want = (360 - frame.turn) % 360                # the char angle of upright text
    dropped = 0
    last_obj, info = None, None
    kept_objs = [0, 0]                             # text objects of the last two characters kept
    text_object, loose_box, append = _TEXT_OBJECT, _LOOSE_BOX, chars.append
    for i, code in enumerate(codes):
        hyphen = soft = False
        if code in _SPECIAL or code == 0xFFFE:
            if code == 0xFFFE:                     # GetText hides pdfium's own marks (U+0002)
                code = raw.FPDFText_GetUnicode(textpage, i)
            if code in _NOT_DRAWN:
                continue
            if code in _MAYBE_GENERATED and raw.FPDFText_IsGenerated(textpage, i) == 1:
                continue
            # pdfium reports a hyphen it judges a line-end break as U+0002.
            hyphen = code == 0x02 or code == 0xAD
            soft = code == 0xAD
            text = "-" if hyphen else chr(code)
        elif code == _HYPHEN_BREAK and chars and chars[-1].text.isalpha():
            # Chromium prints the hyphen of its own line breaks (a soft hyphen taken, hyphens:
            # auto) as U+2010, a typed one as U+002D: the typesetter's, not the word's.
            text, hyphen, soft = "-", True, True
        else:
            text = chr(code)
        obj = text_object(address, i) or 0
        if loose_box(address, i, box_at) and box4[1] != box4[3]:
            left, top, right, bottom = box4[:]
            if upright:
                x0, y0, x1, y1 = left - fl, ft - top, right - fl, ft - bottom
            else:
                x0, y0, x1, y1 = frame.rect(left, bottom, right, top)
        else:
            x0, y0, x1, y1 = _tight_box(textpage, i, frame)
        if obj != last_obj or not obj:
            info = objects.get(obj) if obj else None
            if info is None:
                info = _object_info(textpage, i, frame, (x0, y0, x1, y1), want, buf, flags, fonts)
                if obj:
                    objects[obj] = info
            last_obj = obj
            isize, ibelow, along = info.size, info.base_below, info.upright
            fname, fbold, fitalic = info.font
        if not along and not text.isspace():
            dropped += 1
            if turned is not None and info.turn > 0:
                turned.append((info.turn, Char(text, x0, y0, x1, y1, y1, isize if isize > 0 else x1 - x0,
                                               fbold, fitalic, fname)))
            continue
        if hyphen and not soft and obj and chars and chars[-1].text.isalpha():
            soft = obj != kept_objs[1] and kept_objs[0] == kept_objs[1] != 0
        kept_objs[0], kept_objs[1] = kept_objs[1], obj
        append(Char(text, x0, y0, x1, y1, y1 + ibelow,
                    isize if isize > 0 else y1 - y0, fbold, fitalic, fname, hyphen, soft, obj))
    return chars, dropped


def _tight_box(textpage, i: int, frame: Frame) -> tuple[float, float, float, float]:
    l, r, b, t = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharBox(textpage, i, l, r, b, t)
    return frame.rect(l.value, b.value, r.value, t.value)


def _object_info(textpage, i: int, frame: Frame, box, want: int, buf, flags, fonts) -> _ObjectInfo:
    """Size, font, direction and baseline offset, read from char ``i``."""
    ang = raw.FPDFText_GetCharAngle(textpage, i)
    ok, turn = True, 0
    if ang >= 0:
        deg = math.degrees(ang) % 360
        ok = min(abs(deg - want), 360 - abs(deg - want)) <= 20
        rel = (deg - want) % 360
        quarter = int(round(rel / 90.0)) % 4 * 90
        turn = quarter if min(abs(rel - quarter), 360 - abs(rel - quarter)) <= 20 else -1
    ox, oy = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
    base = frame.point(ox.value, oy.value)[1]
    font = _font_of(textpage, i, buf, flags)
    font = fonts.setdefault(font, font)            # one tuple per distinct font
    size = raw.FPDFText_GetFontSize(textpage, i)
    # The printed size is the font size times the matrix's vertical scale, whatever the
    # producer: some set the font at size 1 and scale it with the text matrix (pdfium then
    # reports 1, for a glyph box 10 points high); browsers (Chromium's Skia) set it in CSS
    # pixels under a page matrix of 0.75 (pixels to points: pdfium reports 16 for 12-point
    # type, and every measure in ems would be a third too wide).
    matrix = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(textpage, i, matrix):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0 and abs(scale - 1) > 0.01:
            size *= scale
    return _ObjectInfo(size, font, ok, base - box[3], turn)


# A ligature of two equal letters ("ff", "tt", "ll": Calibri/Carlito set them in
# LibreOffice and Word output) is reported by pdfium as two characters with the very
# same box; a fake-bold or shadow copy is offset. Both letters are text.
LIGATURE_LETTERS = frozenset("ftl")
SAME_BOX = 0.01   # pt


def _ligature_half(prev: Char | None, c: Char) -> bool:
    return (prev is not None and prev.text == c.text and c.text in LIGATURE_LETTERS
            and abs(prev.x0 - c.x0) <= SAME_BOX and abs(prev.x1 - c.x1) <= SAME_BOX
            and abs(prev.base - c.base) <= SAME_BOX)


def dedupe_fake_bold(chars: list[Char]) -> list[Char]:
    """Drop a glyph drawn again at nearly the same spot (fake bold, shadows).

    Expects ``chars`` sorted by x within one line. A copy offset by less than
    a quarter of the glyph width on the same baseline is the same character;
    the survivor is marked bold since that is what the doubling meant.
    """
    kept: list[Char] = []
    last: dict[str, int] = {}                      # glyph -> its latest position in kept
    get, keep = last.get, kept.append
    for c in chars:
        t = c.text
        if not t.isspace():
            n = len(kept)
            if get(t, -5) < n - 4 or n and _ligature_half(kept[-1], c):
                last[t] = n
                keep(c)
                continue
            for k in kept[-4:]:
                if (k.text == t and abs(k.x0 - c.x0) <= max(0.25 * (c.x1 - c.x0), 0.05 * c.size)
                        and abs(k.base - c.base) <= 0.15 * c.size):
                    k.bold = True
                    break
            else:
                last[t] = len(kept)
                kept.append(c)
            continue
        kept.append(c)
    return kept
