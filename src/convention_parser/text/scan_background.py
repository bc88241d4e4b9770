"""A scan's paper made even before it is read: stains, uneven lighting, a copy's grey edge.

A photocopy or a scan of a stained page has paper of many greys: a blotch 40 grey
levels darker over a third of the page, a lamp's fall-off across it, the dark band a
copier leaves at an edge. Tesseract binarizes the page with one threshold: where the
paper is dark the letters drown in it (dev rough scan 4711, 100 dpi, a stain over the
left margin: "Excusé(e)s :" and the session head lost), and the later steps here, which
take the page's paper as one grey (ink_mask, clear_ghosts), fail there too. The paper's
grey is followed across the page (a high percentile of each small block: every block of
``block`` points holds paper between the lines), smoothed, and each pixel is scaled so
the paper comes out at one level, the print keeping its contrast to it. A page whose paper
varies less than ``min_spread`` grey levels is left exactly as it is: on a clean 96 dpi
scan any change of the image moves Tesseract's letter noise.
"""

from __future__ import annotations

import numpy as np

from .settings import BackgroundSettings, text_settings


def paper_map(pixels: np.ndarray, scale: float, settings: BackgroundSettings | None = None) -> np.ndarray:
    """The paper's grey per block of ``settings.block`` points (rows x columns of blocks)."""
    settings = settings or text_settings().background
    step = max(1, round(scale * 72.0 / settings.dpi))
    small = pixels[::step, ::step]
    b = max(2, round(settings.block * settings.dpi / 72.0))
    h, w = (small.shape[0] // b) * b, (small.shape[1] // b) * b
    if h == 0 or w == 0:
        return np.full((1, 1), float(np.percentile(small, settings.percentile)), dtype=np.float32)
    blocks = small[:h, :w].reshape(h // b, b, w // b, b).transpose(0, 2, 1, 3).reshape(h // b, w // b, b * b)
    level = np.percentile(blocks, settings.percentile, axis=2).astype(np.float32)
    # A block all print (a bold title, a logo) reads dark: its neighbours' paper stands in.
    padded = np.pad(level, 1, mode="edge")
    near = np.max([padded[dy:dy + level.shape[0], dx:dx + level.shape[1]]
                   for dy in range(3) for dx in range(3)], axis=0)
    return np.where(level < near - settings.dark_block, near, level)


def flatten(image, scale: float, settings: BackgroundSettings | None = None):
    """``image`` (grey PIL) with its paper brought to one grey, or ``image`` itself when its
    paper is already even (within ``min_spread`` grey levels)."""
    settings = settings or text_settings().background
    if settings.min_spread <= 0:
        return image
    from PIL import Image

    pixels = np.asarray(image, dtype=np.float32)
    level = paper_map(pixels, scale, settings)
    lo, hi = np.percentile(level, [5, 95])
    if hi - lo < settings.min_spread:
        return image
    padded = np.pad(level, 1, mode="edge")          # a 3 x 3 mean: no step at a block's edge
    level = sum(padded[dy:dy + level.shape[0], dx:dx + level.shape[1]] for dy in range(3) for dx in range(3)) / 9.0
    # the blocks cover the page but a last part block on each side: mapped back to their
    # own pixels, the edges carried on
    side = max(2, round(settings.block * settings.dpi / 72.0)) * max(1, round(scale * 72.0 / settings.dpi))
    covered = (level.shape[1] * side, level.shape[0] * side)
    smooth = np.asarray(Image.fromarray(level).resize(covered, Image.BILINEAR), dtype=np.float32)
    smooth = smooth[:pixels.shape[0], :pixels.shape[1]]
    background = np.pad(smooth, ((0, pixels.shape[0] - smooth.shape[0]), (0, pixels.shape[1] - smooth.shape[1])),
                        mode="edge")
    background = np.maximum(background, 1.0)
    target = float(hi)
    out = np.clip(pixels * (target / background), 0, 255).astype(np.uint8)
    return Image.fromarray(out)
