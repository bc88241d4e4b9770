"""Which way up a scanned page was fed: turned 90°, 180° or 270°, told from its ink.

A page fed sideways or upside down reads as noise (Tesseract answers a few words of
garbage), and Tesseract's own orientation pass (OSD) costs as much as reading the page
(8 s a page at 150 dpi on a loaded machine). Two facts of printed text tell the
orientation for the price of a few projection profiles:

- Lines of text run across the page: in a narrow vertical strip, the rows of ink come in
  lines with empty rows between them; in a narrow horizontal strip, the columns of ink
  (words of a dozen lines stacked) are seldom empty. A page turned 90° swaps the two.
- Latin script reaches above its x-height far more than below it (capitals, ascenders,
  French accents against the descenders of g, j, p, q, y): in each line the ink over the
  densest band of rows outweighs the ink under it. A page upside down swaps the two.

Strips keep a line straight within them when the page is a degree askew (the skew is
measured after, on the upright page) and keep the lines of two pages scanned side by
side apart.
"""

from __future__ import annotations

import numpy as np

from .settings import OrientationSettings, text_settings


def _profiles(ink: np.ndarray, parts: int, axis: int) -> list[np.ndarray]:
    """Row counts (axis=1) of ``parts`` vertical strips, or column counts (axis=0) of
    ``parts`` horizontal strips."""
    size = ink.shape[1 - axis]
    out = []
    for k in range(parts):
        a, b = k * size // parts, (k + 1) * size // parts
        strip = ink[:, a:b] if axis == 1 else ink[a:b, :]
        out.append(strip.sum(axis=axis).astype(np.float64))
    return out


def _gaps(profile: np.ndarray, settings: OrientationSettings) -> tuple[int, int]:
    """(empty bins, bins) inside the inked span of ``profile``: empty = under
    ``settings.empty`` of its 90th percentile (speckle leaves a few dots in a gap)."""
    inked = np.nonzero(profile)[0]
    if len(inked) < 2:
        return 0, 0
    span = profile[inked[0]:inked[-1] + 1]
    top = np.percentile(span, 90)
    if top <= 0:
        return 0, 0
    return int((span < settings.empty * top).sum()), len(span)


def _gap_share(profiles: list[np.ndarray], settings: OrientationSettings) -> float:
    empty = total = 0
    for p in profiles:
        e, n = _gaps(p, settings)
        empty += e
        total += n
    return empty / total if total else 0.0


def _above_below(profiles: list[np.ndarray], settings: OrientationSettings) -> tuple[float, float, int]:
    """Ink over and under the densest band of each line of the row profiles: (above,
    below, lines)."""
    above = below = 0.0
    lines = 0
    for p in profiles:
        inked = np.nonzero(p)[0]
        if len(inked) == 0:
            continue
        top = np.percentile(p[inked[0]:inked[-1] + 1], 90)
        on = p >= settings.empty * top
        edges = np.diff(np.concatenate(([0], on.astype(np.int8), [0])))
        for start, end in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]):
            line = p[start:end]
            if end - start < settings.min_line_rows:
                continue
            core = np.nonzero(line >= settings.core * line.max())[0]
            if end - start > settings.max_line_ratio * (core[-1] - core[0] + 1):
                continue                     # two lines run together, or a picture
            above += float(line[:core[0]].sum())
            below += float(line[core[-1] + 1:].sum())
            lines += 1
    return above, below, lines


def upside_down(ink: np.ndarray, settings: OrientationSettings) -> bool:
    above, below, lines = _above_below(_profiles(ink, settings.strips, axis=1), settings)
    return lines >= settings.min_lines and below > settings.flip_ratio * above


def page_turn(pixels: np.ndarray, scale: float, settings: OrientationSettings | None = None) -> int:
    """Degrees to turn the page image counter-clockwise (PIL's ``rotate``) to bring its
    text upright: 0, 90, 180 or 270. ``scale``: pixels per point."""
    settings = settings or text_settings().orientation
    from .scan_image import ink_mask
    step = max(1, round(scale * 72.0 / settings.profile_dpi))
    ink = ink_mask(pixels[::step, ::step])
    if ink.sum() < settings.min_ink:
        return 0
    rows = _gap_share(_profiles(ink, settings.strips, axis=1), settings)     # lines across
    cols = _gap_share(_profiles(ink, settings.strips, axis=0), settings)     # lines down
    if cols > settings.sideways_ratio * rows and cols >= settings.min_gap_share:
        turned = np.rot90(ink)                   # 90° counter-clockwise, as PIL's rotate(90)
        return 270 if upside_down(turned, settings) else 90
    return 180 if upside_down(ink, settings) else 0


def turn_box(box: tuple[float, float, float, float], turn: int, width: float,
             height: float) -> tuple[float, float, float, float]:
    """A box (x0, top, x1, bottom; points, y down) of a ``width`` x ``height`` page, on the
    page turned ``turn`` degrees counter-clockwise."""
    x0, top, x1, bottom = box
    if turn == 90:
        return top, width - x1, bottom, width - x0
    if turn == 180:
        return width - x1, height - bottom, width - x0, height - top
    if turn == 270:
        return height - bottom, x0, height - top, x1
    return box
