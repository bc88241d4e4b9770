"""A photocopy's dark border painted out before a scanned page is read.

A copy made with the lid up, or of a sheet laid askew, prints the glass beyond the sheet
dark along one to three edges (a band a few points to a couple of centimetres deep, its
inner edge following the sheet's, ragged where the paper is torn or curled), and the
corners a turn uncovers as dark. Every later step reads that band as ink: the page's
orientation (ink over vs under each line's x-height band) turned such a page upside down
(dev ``scans.py --wide`` deliberation 4729, a border along three edges, 2.6° askew: every
word read mirrored), and Tesseract reads its ragged edge as a column of "|" and "l".

Print never runs into the page's edge, so ink that does, solid from the edge inwards along
a stretch of the edge longer than a line of type, is the border: on each row (left and right
edges) and each column (top and bottom) of such a stretch the run of dark from the edge up
to the first stretch of paper is painted in the paper's grey, a little beyond its ragged end
(the wedge a turn uncovers at a corner is such a stretch too). A speck or a stamp's stroke
reaching the edge is left as it is."""

from __future__ import annotations

import numpy as np

from .settings import BorderSettings, text_settings


def _runs_from_edge(dark: np.ndarray, gap: int) -> np.ndarray:
    """Per row of ``dark``, the length of the dark run from column 0 up to the first
    ``gap`` pixels of paper in a row (bridging the noise inside the band)."""
    h, w = dark.shape
    light = (~dark).astype(np.int32)
    if gap > 1:
        c = np.cumsum(np.pad(light, ((0, 0), (1, 0))), axis=1)
        stretch = (c[:, gap:] - c[:, :-gap]) == gap          # paper over [k, k + gap)
    else:
        stretch = light.astype(bool)
    any_ = stretch.any(axis=1)
    first = np.argmax(stretch, axis=1)
    return np.where(any_, first, w)


def _long_stretches(flags: np.ndarray, least: int) -> np.ndarray:
    """``flags`` kept only in runs of at least ``least`` consecutive True."""
    padded = np.concatenate(([0], flags.astype(np.int8), [0]))
    diff = np.diff(padded)
    starts, ends = np.nonzero(diff == 1)[0], np.nonzero(diff == -1)[0]
    out = np.zeros(len(flags), dtype=bool)
    for a, b in zip(starts, ends):
        if b - a >= least:
            out[a:b] = True
    return out


def clear_border(image, scale: float, settings: BorderSettings | None = None):
    """``image`` (PIL, grey) with a dark border along its edges painted in the paper's grey;
    the image itself when it has none."""
    settings = settings or text_settings().scan_border
    from PIL import Image

    px = np.asarray(image)
    h, w = px.shape
    paper = float(np.percentile(px[::4, ::4], 90))
    dark = px < paper * (1.0 - settings.contrast)
    gap = max(2, round(settings.paper_run * scale))
    least = settings.min_depth * scale
    deepest = settings.max_share
    pad = round(settings.pad * scale)
    across_w, across_h = round(deepest * w), round(deepest * h)
    views = {                                   # each edge's band seen as "rows from column 0"
        "l": (dark[:, :across_w + gap], across_w),
        "r": (dark[:, ::-1][:, :across_w + gap], across_w),
        "t": (dark[:across_h + gap].T, across_h),
        "b": (dark[::-1][:across_h + gap].T, across_h),
    }
    cuts: dict[str, np.ndarray] = {}
    for edge, (view, limit) in views.items():
        runs = _runs_from_edge(np.ascontiguousarray(view), gap)
        deep = _long_stretches(runs >= least, round(settings.min_stretch * scale))
        if deep.any():
            cuts[edge] = np.where(deep, np.minimum(runs, limit) + pad, 0)
    if not cuts:
        return image
    out = px.copy()
    grey = np.uint8(round(paper))
    cols = np.arange(w)
    rows = np.arange(h)
    for edge, depth in cuts.items():
        if edge == "l":
            out[cols[None, :] < depth[:, None]] = grey
        elif edge == "r":
            out[cols[None, :] >= (w - depth)[:, None]] = grey
        elif edge == "t":
            out[rows[:, None] < depth[None, :]] = grey
        else:
            out[rows[:, None] >= (h - depth)[None, :]] = grey
    # Slivers of the band thinner than a run (the turn's edge, resampled) along every edge:
    # no print lies this close to the sheet's edge.
    frame = max(1, pad)
    out[:frame] = out[-frame:] = grey
    out[:, :frame] = out[:, -frame:] = grey
    return Image.fromarray(out, mode="L")
