"""The image OCR reads: a scanned page brought to a resolution, straightened, and its rules.

Scans come at 96-200 dpi. Rendering them straight at 300 dpi lets pdfium
interpolate (a blur Tesseract reads "rn" as "m" through); rendering at the scan's
own resolution and enlarging with a Lanczos filter keeps the strokes sharp. A page
scanned a degree askew gives word boxes whose lines drift across the page, so label /
value columns and margin columns no longer line up: the skew is measured on the ink
(the angle at which the rows of text give the sharpest horizontal profile) and undone
before OCR. Rules (table borders, frames, underlines) are read from the straightened
ink so the table and block stages see them as on a text page, and erased from the
image Tesseract reads when they are underlines (keeping the strokes that cross them).
"""

from __future__ import annotations


import numpy as np
import pypdfium2.raw as raw
from .settings import ScanImageSettings, text_settings


def native_dpi(page) -> float | None:
    """The resolution of the page-sized image(s) on the page (the largest), or None."""
    left, bottom, right, top = page.get_cropbox()
    best = None
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        l, b, r, t = obj.get_bounds()
        if (r - l) * (t - b) < 0.25 * (right - left) * (top - bottom):
            continue
        try:
            px_w, px_h = obj.get_px_size()
        except Exception:  # noqa: BLE001 - an image pdfium cannot size: render as usual
            continue
        # The image may be placed turned: compare its longer sides.
        dpi = max(px_w, px_h) / (max(r - l, t - b) / 72.0)
        best = dpi if best is None else max(best, dpi)
    return best


def enlarged(page, settings: ScanImageSettings | None = None) -> bool:
    """The page is a scan read from its own resolution, enlarged (``page_image``)."""
    settings = settings or text_settings().scan_image
    native = native_dpi(page)
    return native is not None and native < settings.native_below


def page_image(page, settings: ScanImageSettings | None = None):
    """The page upright in grey at ``settings.dpi`` (a low-resolution scan enlarged with
    Lanczos from its own resolution)."""
    settings = settings or text_settings().scan_image
    from PIL import Image

    native = native_dpi(page)
    if native is None or native >= settings.native_below:
        bitmap = page.render(scale=settings.dpi / 72.0, grayscale=True)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        return image
    bitmap = page.render(scale=native / 72.0, grayscale=True)       # applies /Rotate: upright
    image = bitmap.to_pil().convert("L")
    bitmap.close()
    factor = settings.dpi / native
    return image.resize((round(image.width * factor), round(image.height * factor)), Image.LANCZOS)


def paper_level(pixels: np.ndarray) -> float:
    """Grey level of the paper: the brightest common level (a high percentile)."""
    return float(np.percentile(pixels[::4, ::4], 90))


def ink_mask(pixels: np.ndarray, settings: ScanImageSettings | None = None,
             contrast: float | None = None) -> np.ndarray:
    settings = settings or text_settings().scan_image
    paper = paper_level(pixels)
    return pixels < paper * (1.0 - (settings.ink_contrast if contrast is None else contrast))


def mask_boxes(image, boxes: list[tuple[float, float, float, float]], scale: float, pad: float = 0.5):
    """``image`` with the boxes (points, ``pad`` around) painted over in the paper's grey:
    words the text layer already holds exactly (a stamp over the scan) are not read
    twice; rules do not reach into a region read on its own."""
    if not boxes:
        return image
    from PIL import ImageDraw
    pixels = np.asarray(image)
    paper = int(paper_level(pixels))
    image = image.copy()
    draw = ImageDraw.Draw(image)
    for x0, top, x1, bottom in boxes:
        draw.rectangle([(x0 - pad) * scale, (top - pad) * scale, (x1 + pad) * scale, (bottom + pad) * scale],
                       fill=paper)
    return image


def skew_angle(pixels: np.ndarray, scale: float, settings: ScanImageSettings | None = None) -> float:
    """Degrees the text rows rise to the right (counter-clockwise turn of the page).

    Projection profile: rows of text give the sharpest horizontal profile (sum of
    squared row counts) when projected along their true direction."""
    settings = settings or text_settings().scan_image
    step = max(1, round(scale * 72.0 / settings.profile_dpi))
    ink = ink_mask(pixels[::step, ::step], settings)
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 300_000:                              # enough to read a profile
        pick = np.random.default_rng(0).choice(len(ys), 300_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    xs = xs - xs.mean()
    ys = ys.astype(np.float64)

    def sharpness(angle: float) -> float:
        # a row rising to the right by ``angle`` is flat in y + x * tan(angle)
        proj = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        counts = np.bincount(proj - proj.min())
        return float((counts.astype(np.float64) ** 2).sum())

    coarse = np.arange(-settings.max_skew, settings.max_skew + 1e-9, settings.coarse_step)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - settings.coarse_step, best + settings.coarse_step + 1e-9, settings.fine_step)
    return float(max(fine, key=sharpness))


def deskew(image, settings: ScanImageSettings | None = None, enlarged: bool = False):
    """(image straightened, angle turned back in degrees). ``enlarged``: a low-resolution
    scan enlarged from its own resolution (straightened from a smaller angle)."""
    settings = settings or text_settings().scan_image
    from PIL import Image
    pixels = np.asarray(image)
    angle = skew_angle(pixels, settings.dpi / 72.0, settings)
    if abs(angle) < (settings.min_skew_enlarged if enlarged else settings.min_skew):
        return image, 0.0
    paper = int(paper_level(pixels))
    return image.rotate(-angle, resample=Image.BICUBIC, fillcolor=paper), angle


def _runs(flags: np.ndarray, min_len: int, bridge: int = 3) -> list[tuple[int, int, int]]:
    """(line index, start, end) of runs of True at least ``min_len`` long, per row of ``flags``,
    gaps of up to ``bridge`` pixels bridged (a thin rule breaks up under noise and rotation)."""
    flags = flags.copy()
    for k in range(2, bridge + 2):
        gap = flags[:, :-k] & flags[:, k:]
        for j in range(1, k):
            flags[:, j:flags.shape[1] - k + j] |= gap
    padded = np.zeros((flags.shape[0], flags.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = flags
    diff = np.diff(padded, axis=1)
    rows, starts = np.nonzero(diff == 1)
    _, ends = np.nonzero(diff == -1)          # row-major: the n-th end closes the n-th start
    long = (ends - starts) >= min_len
    return [(int(r), int(s), int(e)) for r, s, e in zip(rows[long], starts[long], ends[long])]


def _segments(runs: list[tuple[int, int, int]], max_thick: int,
              solid: float = 1.0) -> list[tuple[int, int, int, int]]:
    """Runs on consecutive lines with overlapping extents joined: (start, line0, end, line1).

    A piece thicker than ``max_thick`` is no rule, but may hold one: an underline the bold
    letters of a low-resolution title sit on (their x-height rows, bridged across the
    letters, are runs too, joined to the rule's). Its lines inked along at least ``solid``
    of its extent (the letters' rows leave the word spaces and most gaps: under half at
    72 dpi, the rule's own rows nearly all of it) are the rule, when they are thin."""
    out: list[list] = []
    open_: list[list] = []
    for line, s, e in sorted(runs):
        for seg in open_:
            if seg[3] >= line - 1 and min(seg[2], e) - max(seg[0], s) > 0.8 * min(seg[2] - seg[0], e - s):
                seg[0], seg[2], seg[3] = min(seg[0], s), max(seg[2], e), line
                seg[4].append((line, s, e))
                break
        else:
            seg = [s, line, e, line, [(line, s, e)]]
            open_.append(seg)
            out.append(seg)
        open_ = [g for g in open_ if g[3] >= line - 1]
    kept: list[tuple[int, int, int, int]] = []
    for s0, l0, e0, l1, seg_runs in out:
        if l1 - l0 + 1 <= max_thick:
            kept.append((s0, l0, e0, l1))
            continue
        if solid >= 1.0:
            continue
        inked: dict[int, int] = {}
        for line, s, e in seg_runs:
            inked[line] = inked.get(line, 0) + e - s
        lines = sorted(k for k, v in inked.items() if v >= solid * (e0 - s0))
        groups: list[list[int]] = []
        for line in lines:
            if groups and line == groups[-1][-1] + 1:
                groups[-1].append(line)
            else:
                groups.append([line])
        for g in groups:
            if len(g) <= max_thick:
                mine = [(s, e) for line, s, e in seg_runs if g[0] <= line <= g[-1]]
                kept.append((min(s for s, _ in mine), g[0], max(e for _, e in mine), g[-1]))
    return kept


def image_rules(pixels: np.ndarray, scale: float,
                settings: ScanImageSettings | None = None) -> list[tuple[float, float, float, float]]:
    """Straight rules of a straightened page image, as (x0, top, x1, bottom) in points."""
    settings = settings or text_settings().scan_image
    ink = ink_mask(pixels, settings, settings.rule_contrast)
    min_len = round(settings.min_rule * scale)
    thick = max(2, round(settings.max_rule_thickness * scale))
    rules = []
    gap = round(settings.rule_clear_gap * scale)
    for s, l0, e, l1 in _segments(_runs(ink, min_len), thick, settings.rule_solid_rows):
        # under the rule's own solid rows (a piece of a thick rule found apart is the rule)
        end = l1 + 1
        while end < min(len(ink), l1 + 1 + thick) and ink[end, s:e].mean() >= settings.rule_solid_rows:
            end += 1
        below = ink[end + gap:end + gap + 2, s:e]
        if below.size and below.mean() >= settings.rule_inked_below:
            continue              # the top rows of a line of bold type, not a rule
        mid = (l0 + l1 + 1) / 2 / scale
        rules.append((s / scale, mid - 0.25, e / scale, mid + 0.25))
    for s, l0, e, l1 in _segments(_runs(ink.T, min_len), thick, settings.rule_solid_rows):
        mid = (l0 + l1 + 1) / 2 / scale
        rules.append((mid - 0.25, s / scale, mid + 0.25, e / scale))
    return rules


def underlines(rules: list[tuple[float, float, float, float]], scale: float,
               reach: float = 3.0) -> list[tuple[float, float, float, float]]:
    """The horizontal rules no vertical rule meets (within ``reach`` points): underlines
    and lone separators. A ruled table's borders stay in the image: erased, the cells of a
    ruled session header run together and its name lists are read across the cells."""
    vertical = [r for r in rules if r[2] - r[0] < r[3] - r[1]]
    out = []
    for x0, top, x1, bottom in rules:
        if x1 - x0 < bottom - top:
            continue
        y = (top + bottom) / 2
        if any(v[1] - reach <= y <= v[3] + reach and x0 - reach <= (v[0] + v[2]) / 2 <= x1 + reach
               for v in vertical):
            continue
        out.append((x0, top, x1, bottom))
    return out


def erase_rules(image, rules: list[tuple[float, float, float, float]], scale: float,
                settings: ScanImageSettings | None = None):
    """``image`` with its underlines (``underlines``) painted in the paper's grey, except
    where a stroke crosses them: the descender of a "p" or a "g" through an underline has ink just above and
    just below the rule, and that column of the rule is kept, so the letter stays whole
    (a letter only touching the rule from above, its bottom blurred into it, is not
    kept: a bump left under a "0" reads "09")."""
    settings = settings or text_settings().scan_image
    rules = underlines(rules, scale)
    if not rules:
        return image
    from PIL import Image
    pixels = np.asarray(image)
    ink = ink_mask(pixels, settings)
    paper = np.uint8(paper_level(pixels))
    out = pixels.copy()
    pad, h, w = settings.rule_erase_pad * scale, pixels.shape[0], pixels.shape[1]
    for x0, top, x1, bottom in rules:
        horizontal = x1 - x0 >= bottom - top
        # work on the rule as a horizontal band: transpose views for a vertical one
        src, dst = (ink, out) if horizontal else (ink.T, out.T)
        mid = (top + bottom) / 2 * scale if horizontal else (x0 + x1) / 2 * scale
        start, end = (x0, x1) if horizontal else (top, bottom)
        limit = h if horizontal else w
        b0, b1 = max(0, round(mid - pad)), min(limit, round(mid + pad) + 1)
        c0, c1 = max(0, round(start * scale)), min(src.shape[1], round(end * scale) + 1)
        if b1 <= b0 or c1 <= c0:
            continue
        # The rule's own rows, inked along nearly all its length (the foot of a line of
        # bold type, a "rule" of runs bridged across the letters, is inked along only
        # half of it, and is left alone), and a row of blur either side.
        core = np.nonzero(src[b0:b1, c0:c1].mean(axis=1) >= settings.rule_erase_solid)[0]
        if len(core) == 0:
            continue
        e0, e1 = max(0, b0 + int(core[0]) - 1), min(limit, b0 + int(core[-1]) + 2)   # + its blur
        crossed = src[max(0, e0 - 2):e0, c0:c1].any(axis=0) & src[e1:e1 + 2, c0:c1].any(axis=0)
        cols = np.nonzero(~crossed)[0] + c0
        dst[e0:e1, cols] = paper
    return Image.fromarray(out)


def _box_sums(mask: np.ndarray, half: int, half_y: int | None = None) -> np.ndarray:
    """Count of True in the box of (2 * half + 1) columns and (2 * half_y + 1) rows
    (``half_y`` defaults to ``half``) around every pixel of ``mask``."""
    hy = half if half_y is None else half_y
    kx, ky = 2 * half + 1, 2 * hy + 1
    padded = np.zeros((mask.shape[0] + ky, mask.shape[1] + kx), dtype=np.int32)
    padded[hy + 1:hy + 1 + mask.shape[0], half + 1:half + 1 + mask.shape[1]] = mask
    ii = padded.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)
    return ii[ky:, kx:] - ii[:-ky, kx:] - ii[ky:, :-kx] + ii[:-ky, :-kx]


def despeckle(image, scale: float, settings: ScanImageSettings | None = None):
    """``image`` with its specks painted in the paper's grey: a photocopy's dust, a dot of
    ink smaller than a period (``speck_area``) with no other ink around it
    (``speck_clear`` points). Tesseract reads a speck beside a line as a quote, a colon
    or a letter ("Re ? ee" between two names of a present list), and the second pass
    reads the specks it left over as lines of their own. A period, an i's dot, an accent
    stand within a point of a letter; a colon's dots (after a space, in French) are
    larger than dust (1 pt² and more at any resolution: the print's dot, not the scan's
    pixel)."""
    settings = settings or text_settings().scan_image
    if settings.speck_area <= 0:
        return image
    from PIL import Image
    pixels = np.asarray(image)
    full = ink_mask(pixels.astype(np.float32), settings)
    f = max(1, round(scale * 72.0 / settings.speck_dpi))    # looked for on a coarser grid
    h, w = (full.shape[0] // f) * f, (full.shape[1] // f) * f
    counts = full[:h, :w].reshape(h // f, f, w // f, f).sum(axis=(1, 3))   # ink pixels per cell
    ink = counts > 0
    coarse = scale / f
    half = max(1, round(settings.speck_size * coarse / 2))
    reach = half + max(1, round(settings.speck_clear * coarse))
    near = _box_sums(ink, half)
    area = settings.speck_area * scale * scale                 # in pixels of the page image
    centres = ink & (_box_sums(counts, half) <= area) & (_box_sums(ink, reach) == near)
    around = _box_sums(centres, half) > 0
    specks = around.sum() / (2 * half + 1) ** 2              # the specks' boxes, one box a speck
    if specks < settings.speck_min * full.shape[0] * full.shape[1] / (scale * scale) / 1000.0:
        return image                 # a clean page: its few dots left as they are
    spots = np.zeros(full.shape, dtype=bool)
    spots[:h, :w] = np.repeat(np.repeat(around, f, axis=0), f, axis=1)
    out = pixels.copy()
    out[spots & full] = np.uint8(paper_level(pixels))
    return Image.fromarray(out)


def clear_ghosts(image, scale: float, settings: ScanImageSettings | None = None):
    """``image`` with the grey lighter than midway between paper and print painted in the
    paper's grey where no ink lies within ``ghost_reach`` points: the back page's print
    showing through, stains and light dust between the lines, which Tesseract reads as
    lines of garbage beside a short line ("He LA RTE SSL Te At" after "… Urbaine,"). The
    print's own edges (its grey anti-aliasing, next to its ink) are left as they are."""
    settings = settings or text_settings().scan_image
    if settings.ghost_reach <= 0:
        return image
    from PIL import Image
    pixels = np.asarray(image)
    grey = pixels.astype(np.float32)
    ink = ink_mask(grey, settings)
    if not ink.any():
        return image
    paper = paper_level(grey)
    cut = (paper + float(np.median(grey[ink]))) / 2
    f = max(1, round(scale * 72.0 / settings.speck_dpi))
    h, w = (ink.shape[0] // f) * f, (ink.shape[1] // f) * f
    coarse = ink[:h, :w].reshape(h // f, f, w // f, f).any(axis=(1, 3))
    near = _box_sums(coarse, max(1, round(settings.ghost_reach * scale / f))) > 0
    far = np.ones(ink.shape, dtype=bool)
    far[:h, :w] = ~np.repeat(np.repeat(near, f, axis=0), f, axis=1)
    light = far & (grey > cut) & (grey < paper)
    # a clean page's few grey pixels left as they are (the strokes of a 96 dpi scan: any
    # change to its image moves Tesseract's letter noise, "Annie" read "Anme"); the grey
    # counted is clearly darker than the paper (a quarter of the way to the cut), not its noise
    if (light & (grey < paper - 0.25 * (paper - cut))).mean() < settings.ghost_min:
        return image
    out = pixels.copy()
    if settings.ghost_core > 0:
        # On such a page the ghost itself has pixels past the ink threshold (the back page's
        # bold lines, the sensor's noise over them: dev rough 4712 at 120 dpi, its present
        # list read with "LE ange RS LEE" after each name): print is told by its strokes'
        # cores, pixels near the print's own grey with most of their neighbours so; any grey
        # far from them, however dark, is painted out.
        level = float(np.median(grey[ink]))
        dark = grey < level + settings.ghost_core_cut * (paper - level)
        core = dark & (_box_sums(dark, 1) >= settings.ghost_core)
        coarse = core[:h, :w].reshape(h // f, f, w // f, f).any(axis=(1, 3))

        def far_from_cores(reach: float) -> np.ndarray:
            near = _box_sums(coarse, max(1, round(reach * scale / f))) > 0
            far = np.ones(ink.shape, dtype=bool)
            far[:h, :w] = ~np.repeat(np.repeat(near, f, axis=0), f, axis=1)
            return far
        # Only where a ghost is dark: grey past the cut lying far from every core (a blurred
        # 96 dpi page's thin strokes lie within a point or two of their letters' cores; the
        # back page's lines run between and beside the front's)
        if (far_from_cores(settings.ghost_core_gate) & (grey < cut)).mean() >= settings.ghost_core_min:
            light = far_from_cores(settings.ghost_reach) & (grey < paper)
    out[light] = np.uint8(paper)
    return Image.fromarray(out)
