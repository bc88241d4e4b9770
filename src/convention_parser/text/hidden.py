"""Glyphs of a text layer that no reader of the printed page sees.

LibreOffice, Chromium and reportlab draw only the text they print. Other producers leave
text in the layer that the page does not show: an OCR'd-then-edited PDF keeps its invisible
search layer (render mode 3) under or over the visible words; an edited PDF covers an old
line with an opaque rectangle and prints the new one over it; a PDF printer writes a job line
outside the page, in the bleed outside the CropBox, or inside an empty clip. Those glyphs are
dropped here, from the page's drawing: each glyph's text object (``Char.run``) is found among
the page objects, its render mode and clip read, and every opaque fill drawn after it looked
at. Invisible text over no visible text (the OCR layer of a scanned image) is the page's
reading and stays.
"""

from __future__ import annotations

import ctypes
from operator import attrgetter

import pypdfium2.raw as raw

from .chars import Char, Frame
from .settings import HiddenSettings, text_settings

_INVISIBLE = (3, 7)          # render modes that paint nothing (7: add to clip only)
_RUN = attrgetter("run")
_BAND = 24.0                 # points: the height of the bands opaque fills are looked up in


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _clip_box(obj, frame: Frame):
    """The box (upright frame) the object's clip path leaves drawable, or None (no clip)."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    box = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for s in range(raw.FPDFClipPath_CountPathSegments(clip, k)):
            seg = raw.FPDFClipPath_GetPathSegment(clip, k, s)
            if seg and raw.FPDFPathSegment_GetPoint(seg, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        part = frame.rect(min(xs), min(ys), max(xs), max(ys))
        box = part if box is None else (max(box[0], part[0]), max(box[1], part[1]),
                                        min(box[2], part[2]), min(box[3], part[3]))
    return box


def _opaque_fill(obj) -> tuple[int, int, int] | None:
    """The colour of an opaque fill, else None."""
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, mode, stroke) or mode.value == 0:
        return None
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a) or a.value != 255:
        return None
    return r.value, g.value, b.value


def _bounds(obj, frame: Frame):
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
        return None
    return frame.rect(l.value, b.value, r.value, t.value)


def _inside(c: Char, box, tol: float) -> bool:
    """Some of the glyph's box lies within ``box``."""
    return c.x1 > box[0] - tol and c.x0 < box[2] + tol and c.bottom > box[1] - tol and c.top < box[3] + tol


def _covered(c: Char, box, share: float) -> bool:
    w = max(0.0, min(c.x1, box[2]) - max(c.x0, box[0]))
    h = max(0.0, min(c.bottom, box[3]) - max(c.top, box[1]))
    area = (c.x1 - c.x0) * (c.bottom - c.top)
    return area > 0 and w * h >= share * area


def visible_chars(page, chars: list[Char], frame: Frame, patches: list | None = None,
                  settings: HiddenSettings | None = None) -> list[Char]:
    """``chars`` without the glyphs the printed page does not show (see the module's doc).
    ``patches``, when given, receives the boxes of the paper-white fills that hid some glyph
    (an edit's patch, the new text printed over it): their edges print nothing
    (``drop_patch_edges``)."""
    if not chars:
        return chars
    settings = settings or text_settings().hidden
    width, height = frame.size
    tol = settings.edge_tolerance
    runs = set(map(_RUN, chars))           # the text objects drawn (0: unknown)
    index: dict[int, int] = {}            # text object address -> its place in the drawing
    mode: dict[int, int] = {}
    clips: dict[int, tuple | None] = {}
    covers: list[tuple[int, tuple, tuple]] = []  # (place, box, colour) of opaque fills after some text
    handle = getattr(page, "raw", page)
    first_text = None
    within = True                          # every text object inside the page so far
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            addr = _address(obj)
            if addr in runs:
                index[addr] = i
                mode[addr] = raw.FPDFTextObj_GetTextRenderMode(obj)
                clips[addr] = _clip_box(obj, frame)
                if within:
                    box = _bounds(obj, frame)
                    within = box is not None and box[0] > -tol and box[1] > -tol and \
                        box[2] < width + tol and box[3] < height + tol
                if first_text is None:
                    first_text = i
        elif kind == raw.FPDF_PAGEOBJ_PATH and first_text is not None:
            colour = _opaque_fill(obj)
            box = _bounds(obj, frame) if colour is not None else None
            if box is not None and min(box[2] - box[0], box[3] - box[1]) >= settings.min_cover:
                covers.append((i, box, colour))
    lo, right, bottom = -tol, width + tol, height + tol
    for addr, clip in list(clips.items()):   # a clip holding the whole page clips nothing
        if clip is not None and clip[0] <= lo and clip[1] <= lo and clip[2] >= right and clip[3] >= bottom:
            clips[addr] = None
    clipped = {addr for addr, clip in clips.items() if clip is not None}
    hid = {addr for addr, m in mode.items() if m in _INVISIBLE}
    if within and not (clipped or hid or covers) and len(index) == len(runs) and 0 not in runs:
        return chars                       # a tidy page: nothing hidden (no glyph looked at)
    bands: dict[int, list[int]] = {}      # covers by horizontal band of the page (its top, in points)
    for k, (_, box, _) in enumerate(covers):
        for band in range(int(box[1] // _BAND), int(box[3] // _BAND) + 1):
            bands.setdefault(band, []).append(k)
    kept: list[Char] = []
    invisible: list[Char] = []
    used: set[int] = set()
    for c in chars:
        if c.x1 <= lo or c.x0 >= right or c.bottom <= lo or c.top >= bottom:
            continue                       # outside the page (or its CropBox)
        run = c.run
        if run in clipped and not _inside(c, clips[run], tol):
            continue                       # clipped away
        if covers and run in index:
            place = index[run]
            hider = next((k for band in range(int(c.top // _BAND), int(c.bottom // _BAND) + 1)
                          for k in bands.get(band, ())
                          if covers[k][0] > place and _covered(c, covers[k][1], settings.cover_share)), None)
            if hider is not None:
                used.add(hider)
                continue                   # under an opaque fill drawn after it
        if run in hid:
            invisible.append(c)
        kept.append(c)
    if patches is not None:
        patches.extend(covers[k][1] for k in sorted(used) if min(covers[k][2]) >= settings.paper_level)
    if not invisible:
        return kept
    shown = [c for c in kept if c.run not in hid and not c.text.isspace()]
    if not shown:
        return kept                        # an OCR layer over an image: the page's reading
    grid = _Grid(shown)
    over = {id(c) for c in invisible if grid.hits(c)}
    drop_all = len(over) >= settings.invisible_share * len(invisible)
    return [c for c in kept if not (c.run in hid and (drop_all or id(c) in over))]


class _Grid:
    """Visible glyph boxes binned in square cells: which of them a box overlaps."""
    CELL = 12.0

    def __init__(self, chars: list[Char]):
        self.cells: dict[tuple[int, int], list[Char]] = {}
        for c in chars:
            for key in self._keys(c):
                self.cells.setdefault(key, []).append(c)

    def _keys(self, c: Char):
        k = self.CELL
        for i in range(int(c.x0 // k), int(c.x1 // k) + 1):
            for j in range(int(c.top // k), int(c.bottom // k) + 1):
                yield i, j

    def hits(self, c: Char) -> bool:
        """The invisible glyph ``c`` lies over some visible glyph (a search layer of the same words)."""
        for key in self._keys(c):
            for s in self.cells.get(key, ()):
                if s.x1 > c.x0 and s.x0 < c.x1 and s.bottom > c.top and s.top < c.bottom:
                    return True
        return False


def drop_patch_edges(rules: list, patches: list, tol: float = 0.6) -> list:
    """``rules`` without the edges of white patches (``visible_chars``' ``patches``): a fill the
    colour of the paper draws no line, and the words printed over it are no framed box."""
    if not patches:
        return rules

    def edge(r) -> bool:
        for x0, y0, x1, y1 in patches:
            inside = r[0] >= x0 - tol and r[2] <= x1 + tol and r[1] >= y0 - tol and r[3] <= y1 + tol
            if inside and (min(abs(r[0] - x0), abs(r[2] - x1)) <= tol and r[2] - r[0] <= 2 * tol + 2.0
                           or min(abs(r[1] - y0), abs(r[3] - y1)) <= tol and r[3] - r[1] <= 2 * tol + 2.0):
                return True
        return False
    return [r for r in rules if not edge(r)]
