"""What ``scans.py --wide`` adds to a scan (own stream; without the option every scan is
unchanged): the conditions the default scans leave thin.

- a skew of 1-3 degrees either way (the default set turns a page 1.2 degrees at most), a
  little different on every page (each sheet fed on its own);
- a photocopy's dark border: the copier's lid left open, the glass beyond the sheet printed
  dark along one to three edges, its inner edge ragged; the border turns with the sheet,
  and what the turn uncovers is as dark;
- a resolution of 150 dpi, whatever the default set draws;
- a round stamp ("MAIRIE / REÇU LE …") printed over the session head of the first page
  (the line naming the session, or the first lines of the page when none is found).

Two-column scanned minutes: ``GENERATOR2_FORCE_PAGE5=two_columns scans.py --kinds minutes5
--wide`` (minutes5's items flowing in two columns, register5.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass

WIDE_STREAM = 0x31DE     # the conditions of ``--wide``, drawn apart from the rest
WIDE_DPI = 150
# Words that open a session head, searched on the first page's text for the stamp's place.
HEAD_WORDS = ("présidence", "réuni", "convoqué", "séance du", "séance")


@dataclass(frozen=True)
class Wide:
    """What ``--wide`` does to one document's scan (recorded in the per-document report)."""
    skew: float          # degrees the sheets are turned (1-3, either way)
    border: int          # grey of the photocopy's dark border (0: none)
    border_edges: str    # the edges it runs along ("l", "t", "r", "b")
    border_share: float  # its depth, a share of the page's width
    head_stamp: int      # grey of a round stamp over the session head (0: none)


def draw_wide(seed: int) -> Wide:
    rng = random.Random(seed ^ WIDE_STREAM)
    skew = round(rng.uniform(1.0, 3.0) * rng.choice((-1, 1)), 2)
    border = rng.choice((0, rng.randint(15, 90)))
    edges = "".join(sorted(rng.sample("ltrb", rng.randint(1, 3)), key="ltrb".index))
    share = round(rng.uniform(0.015, 0.05), 3)
    stamp = rng.choice((0, rng.randint(60, 160)))
    return Wide(skew=skew, border=border, border_edges=edges if border else "",
                border_share=share if border else 0.0, head_stamp=stamp)


def head_box(page) -> tuple[float, float] | None:
    """(x, y) in points from the page's top-left of the session head's first words on
    ``page`` (a pdfium page of the typeset PDF), or None."""
    text = page.get_textpage()
    try:
        height = page.get_size()[1]
        for word in HEAD_WORDS:
            search = text.search(word, match_case=False)
            hit = search.get_next()
            if hit is not None:
                box = text.get_charbox(hit[0])
                return box[0], height - box[3]
        return None
    finally:
        text.close()


def head_stamp(image, at: tuple[float, float] | None, scale: float, grey: int, rng: random.Random):
    """A round stamp over ``at`` (points), ``image`` drawn in place."""
    from PIL import ImageDraw, ImageFont

    if at is None:
        at = (image.width / scale * 0.3, image.height / scale * 0.2)
    radius = rng.uniform(36, 50) * scale
    cx = at[0] * scale + rng.uniform(0.3, 1.6) * radius
    cy = at[1] * scale + rng.uniform(-0.2, 0.6) * radius
    draw = ImageDraw.Draw(image)
    pen = max(1, round(1.6 * scale))
    for k in (1.0, 0.78):
        draw.ellipse([cx - k * radius, cy - k * radius, cx + k * radius, cy + k * radius],
                     outline=grey, width=pen)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", max(8, round(9 * scale)))
    except OSError:
        font = ImageFont.load_default()
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024"
    for line, dy in (("MAIRIE", -0.35), ("REÇU LE", 0.0), (day, 0.35)):
        box = draw.textbbox((0, 0), line, font=font)
        draw.text((cx - (box[2] - box[0]) / 2, cy + dy * radius - (box[3] - box[1]) / 2), line,
                  fill=grey, font=font)
    return image


def turned_sheet(image, w: Wide, rng: random.Random):
    """The sheet as the copier saw it: its dark border along ``w.border_edges`` (ragged),
    then turned by the skew (a per-page jitter of 0.4 degrees); what the turn uncovers is
    the border's grey (white without a border)."""
    import numpy as np
    from PIL import Image

    if w.border:
        px = np.asarray(image, dtype=np.uint8).copy()
        h, wd = px.shape
        depth = max(2, round(w.border_share * wd))
        g = np.random.default_rng(rng.randrange(2**32))
        for edge in w.border_edges:
            span = h if edge in "lr" else wd
            ragged = depth + np.cumsum(g.integers(-1, 2, span)).clip(-depth // 2, depth // 2)
            for k in range(span):
                d = int(ragged[k])
                if edge == "l":
                    px[k, :d] = w.border
                elif edge == "r":
                    px[k, wd - d:] = w.border
                elif edge == "t":
                    px[:d, k] = w.border
                else:
                    px[h - d:, k] = w.border
        image = Image.fromarray(px, mode="L")
    angle = w.skew + rng.uniform(-0.2, 0.2)
    return image.rotate(angle, resample=Image.BICUBIC, expand=False,
                        fillcolor=w.border if w.border else 255)
