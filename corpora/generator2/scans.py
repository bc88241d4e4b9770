"""Score the parser on scans nobody tuned on: generator2 documents printed, then scanned.

    python corpora/generator2/scans.py --n 20 [--seed S | --doc-seeds 4200-4219]
                                       [--kinds deliberation,minutes] [--out DIR]
                                       [--json FILE] [--workers 2] [--by dpi,stamp]
                                       [--dpi-set low] [--signed] [--rough]

Each document is built and typeset like fresh.py's (same gold, same scorer), then
every page is rasterized into an image-only PDF with a degradation drawn from the
document's seed (its own stream, so the typeset document is the same as fresh.py's):
resolution 100-200 dpi, a slight rotation, paper grey, sensor noise, a little blur,
JPEG compression; a third of the documents also get a text-layer stamp over the scan
(an act id and the page number, as publishing software adds), the "mixed" case.
``--dpi-set low`` draws the resolution among 72-100 dpi instead (fax-like and web-published
scans, the Montpellier minutes are 96 dpi), from a stream of its own: every other choice
of a document is the same as in the default set, and the default draws are unchanged.
``--signed`` names the chair only in the signature block at the end (the header names
nobody in the chair; kinds whose build takes ``signed``) and scribbles a pen signature
across that block in the scan, loops over its first words and a tail under the name, as
the Montpellier minutes print their president; the strokes are drawn from a stream of
their own, so without the option every document and scan is unchanged.
``--rough`` adds what a photocopier or a town hall's scanner does besides (own stream,
``draw_rough``; without the option every scan is unchanged): pages fed sideways or upside
down (one page turned 90/180/270°, or every page 180°), two pages scanned side by side on
one sheet (an open register), photocopy speckle and an uneven, stained background, a grey
round stamp printed over the text, the back page bleeding through (mirrored, faint), and
the "mixed" text PDF: some pages of the typeset PDF replaced by their scans, or the lower
part of a text page an image (its text objects removed under it).
``--wide`` (own stream, ``scans_wide.py``; without it every scan is unchanged): a skew of
1-3 degrees, a photocopy's dark border, 150 dpi, a round stamp over the session head.
The scans are parsed (OCR) and scored per field like fresh.py.

``--seed``: a master seed, one seed per document derived from it (drawn and printed
when omitted: a fresh run). ``--doc-seeds A-B``: the document seeds themselves (dev).
Never tune the parser on a fresh run's documents.
"""

from __future__ import annotations

import argparse
import inspect
import io
import json
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `corpora.generator2` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "corpora.generator2"

from corpora.generator2 import fresh, office  # noqa: E402
from corpora.generator2.sample import Sample  # noqa: E402
from corpora.generator2.scans_wide import WIDE_DPI, WIDE_STREAM, draw_wide, head_box, head_stamp, turned_sheet  # noqa: E402

DEFAULT_KINDS = ("deliberation", "minutes")
SCAN_STREAM = 0x5CA9  # mixed into the document seed: the degradation's own random stream
LOW_DPI_STREAM = 0x72D1  # the resolution of ``--dpi-set low``, drawn apart from the rest
SIGN_STREAM = 0x5161     # the scribbled signature of ``--signed``, drawn apart from the rest
ROUGH_STREAM = 0x2064    # the conditions of ``--rough``, drawn apart from the rest
# Resolutions a scan is drawn at, per ``--dpi-set``.
DPI_SETS = {"default": (100, 120, 150, 150, 200, 200), "low": (72, 80, 96, 96, 100)}


@dataclass(frozen=True)
class Degradation:
    """How one document was scanned (recorded in the per-document report)."""
    dpi: int             # scan resolution
    angle: float         # rotation in degrees (positive: counter-clockwise)
    paper: int           # grey level of the paper (255 = white)
    ink: int             # grey level of full ink (0 = black)
    noise: float         # standard deviation of the sensor noise (grey levels)
    blur: float          # Gaussian blur radius in pixels (0: none)
    jpeg: int            # JPEG quality
    stamp: bool          # a text-layer stamp (act id, page number) over the scan


@dataclass(frozen=True)
class Rough:
    """What ``--rough`` adds to one document's scan (recorded in the per-document report)."""
    turn: int            # degrees a page is fed turned (90, 180, 270; 0: none)
    turn_all: bool       # every page turned (else the page ``turn_page`` only)
    turn_page: int       # 0-based page turned when not all (clipped to the page count)
    two_up: bool         # pages scanned two by two on one sheet, side by side
    speckle: float       # share of pixels spotted dark (photocopy dust)
    stain: float         # grey levels of an uneven, blotched background
    stamp: int           # grey of a round stamp over the text of a page (0: none)
    bleed: float         # share of the next page's ink showing through, mirrored
    mixed: str           # "" (image-only PDF), "pages" (text PDF, some pages scans), "part" (a page's lower part an image)


def draw_rough(seed: int) -> Rough:
    rng = random.Random(seed ^ ROUGH_STREAM)
    r = rng.random()
    turn = rng.choice((90, 180, 270))
    turn_all = rng.random() < 0.3
    turn_page = rng.randrange(6)
    two_up = rng.random() < 0.25
    speckle = round(rng.choice((0.0, rng.uniform(0.0005, 0.004))), 4)
    stain = round(rng.choice((0.0, rng.uniform(10, 45))), 1)
    stamp = rng.choice((0, rng.randint(70, 170)))
    bleed = round(rng.choice((0.0, rng.uniform(0.04, 0.15))), 3)
    m = rng.random()
    mixed = "pages" if m < 0.2 else "part" if m < 0.35 else ""
    if r >= 0.45 or two_up or mixed:       # turned sheets are image-only, one page a sheet
        turn = 0
    two_up = two_up and not mixed          # a text PDF's scanned pages are scanned one a sheet
    if turn == 180 or turn == 0:
        turn_all = turn_all and turn == 180
    else:
        turn_all = False                   # a sideways page is a page fed wrong, not a batch
    return Rough(turn=turn, turn_all=turn_all, turn_page=turn_page, two_up=two_up,
                 speckle=speckle, stain=stain, stamp=stamp, bleed=bleed, mixed=mixed)


def draw_degradation(seed: int, dpi_set: str = "default") -> Degradation:
    rng = random.Random(seed ^ SCAN_STREAM)
    dpi = rng.choice(DPI_SETS["default"])          # drawn in every set: the stream stays aligned
    if dpi_set != "default":
        dpi = random.Random(seed ^ LOW_DPI_STREAM).choice(DPI_SETS[dpi_set])
    return Degradation(
        dpi=dpi,
        angle=round(rng.uniform(-1.2, 1.2), 2),
        paper=rng.randint(205, 250),
        ink=rng.randint(0, 60),
        noise=round(rng.uniform(2.0, 14.0), 1),
        blur=rng.choice((0.0, 0.0, 0.4, 0.7)),
        jpeg=rng.randint(35, 85),
        stamp=rng.random() < 1 / 3,
    )


def degrade_page(image, d: Degradation, rng: random.Random, rough: Rough | None = None,
                 rough_rng: random.Random | None = None):
    """One page image (grey, rendered at d.dpi) as the scanner saw it."""
    import numpy as np
    from PIL import Image, ImageFilter

    if d.angle:
        image = image.rotate(d.angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if d.blur:
        image = image.filter(ImageFilter.GaussianBlur(d.blur))
    px = np.asarray(image, dtype=np.float32) / 255.0
    px = d.ink + px * (d.paper - d.ink)                      # paper grey, ink not quite black
    shade = np.linspace(0, rng.uniform(-12, 12), px.shape[1], dtype=np.float32)
    px = px + shade[None, :]                                 # uneven lighting across the page
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, d.noise, px.shape)
    px = np.clip(px + noise, 0, 255).astype(np.uint8)
    seen = Image.fromarray(px, mode="L")
    if rough is not None:
        seen = rough_paper(seen, rough, rough_rng)
    out = io.BytesIO()
    seen.save(out, format="JPEG", quality=d.jpeg)
    out.seek(0)
    return Image.open(out)


def rough_marks(image, back, r: Rough, rng: random.Random, stamped: bool):
    """Before the scanner's own degradation: the back page bleeding through (``back``,
    the next page's image, mirrored) and a grey round stamp over the text."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    if r.bleed and back is not None:
        px = np.asarray(image, dtype=np.float32)
        behind = np.asarray(back.transpose(Image.FLIP_LEFT_RIGHT).resize(image.size), dtype=np.float32)
        px = np.minimum(px, 255.0 - (255.0 - behind) * r.bleed * 2.5)
        image = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), mode="L")
    if r.stamp and stamped:
        scale = image.width / 595.0
        radius = rng.uniform(38, 52) * scale
        cx = rng.uniform(0.45, 0.8) * image.width
        cy = rng.uniform(0.3, 0.85) * image.height
        draw = ImageDraw.Draw(image)
        pen = max(1, round(1.6 * scale))
        for k in (1.0, 0.78):
            draw.ellipse([cx - k * radius, cy - k * radius, cx + k * radius, cy + k * radius],
                         outline=r.stamp, width=pen)
        try:
            font = ImageFont.truetype("DejaVuSans-Bold.ttf", max(8, round(9 * scale)))
        except OSError:
            font = ImageFont.load_default()
        for line, dy in (("MAIRIE", -0.35), ("REÇU LE", 0.0), (f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2024", 0.35)):
            box = draw.textbbox((0, 0), line, font=font)
            draw.text((cx - (box[2] - box[0]) / 2, cy + dy * radius - (box[3] - box[1]) / 2), line,
                      fill=r.stamp, font=font)
    return image


def rough_paper(image, r: Rough, rng: random.Random):
    """After the scanner: photocopy speckle and a blotched background (before JPEG)."""
    import numpy as np
    from PIL import Image

    if not (r.speckle or r.stain):
        return image
    px = np.asarray(image, dtype=np.float32)
    g = np.random.default_rng(rng.randrange(2**32))
    h, w = px.shape
    if r.stain:
        small = g.normal(0, 1, (6, 5)).astype(np.float32)
        blot = np.asarray(Image.fromarray(small).resize((w, h), Image.BICUBIC), dtype=np.float32)
        px = px - r.stain * np.clip(blot, 0, None)
    if r.speckle:
        spots = g.random((h, w)) < r.speckle
        px[spots] = g.uniform(0, 90, int(spots.sum()))
        for _ in range(g.integers(0, 8)):                     # a few larger specks
            y, x = int(g.integers(0, h)), int(g.integers(0, w))
            k = int(g.integers(1, 4))
            px[max(0, y - k):y + k, max(0, x - k):x + k] = g.uniform(20, 80)
    return Image.fromarray(np.clip(px, 0, 255).astype(np.uint8), mode="L")


def _stamp_pdf(path: Path, sizes: list[tuple[float, float]], act_id: str) -> Path:
    """A text-only PDF with a small stamp per page (act id at the top, page number at the foot)."""
    from reportlab.pdfgen import canvas
    out = path.with_suffix(".stamp.pdf")
    c = canvas.Canvas(str(out))
    for i, (w, h) in enumerate(sizes, 1):
        c.setPageSize((w, h))
        c.setFont("Helvetica", 6.5)
        c.drawString(w - 250, h - 18, f"Accusé de réception en préfecture {act_id}")
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, 14, f"{i}/{len(sizes)}")
        c.showPage()
    c.save()
    return out


def signature_block(page, surname: str):
    """(x0, top, x1, bottom) in points from the page's top of the signature block: the
    last line printing ``surname`` and the line above it (the title), or None."""
    text = page.get_textpage()
    try:
        found = None
        search = text.search(surname, match_case=False)
        while (hit := search.get_next()) is not None:
            found = hit
        if found is None:
            return None
        start, count = found
        height = page.get_size()[1]
        boxes = [text.get_charbox(i) for i in range(start, start + count)]
        bottom = min(b[1] for b in boxes)
        top = max(b[3] for b in boxes)
        chars = [b for b in (text.get_charbox(i) for i in range(text.count_chars())) if b[2] > b[0]]
        line = [b for b in chars if abs((b[1] + b[3]) / 2 - (bottom + top) / 2) < (top - bottom) / 2]
        lx0, lx1 = min(b[0] for b in line), max(b[2] for b in line)
        # the title: the nearest line above, over the name (not the text left of the block)
        above = [b for b in chars if top < b[1] < top + 3 * (top - bottom)
                 and lx0 - 20 <= (b[0] + b[2]) / 2 <= lx1 + 20]
        if above:
            nearest = min(b[1] for b in above)
            above = [b for b in above if abs(b[1] - nearest) < 2]
        x0 = min(b[0] for b in line + above)
        x1 = max(b[2] for b in line + above)
        y_top = max(b[3] for b in above) if above else top + 2 * (top - bottom)
        return x0, height - y_top, x1, height - bottom
    finally:
        text.close()


def scribble(image, block, scale: float, rng: random.Random):
    """A pen signature drawn over ``block`` (points) of ``image`` (pixels at ``scale``
    per point): loops over the left third of the block, crossing the title's and the
    name's first words (the way the Montpellier minutes' signature crosses "Madame" and
    "Hélène"), and a tail running under the name to the right."""
    from PIL import ImageDraw

    x0, top, x1, bottom = (v * scale for v in block)
    width, height = x1 - x0, bottom - top
    draw = ImageDraw.Draw(image)
    pen = max(1, round(rng.uniform(0.8, 1.6) * scale))
    ink = rng.randint(20, 90)

    def curve(points, steps=60):
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = points
        out = []
        for k in range(steps + 1):
            t = k / steps
            u = 1 - t
            out.append((u ** 3 * ax + 3 * u * u * t * bx + 3 * u * t * t * cx + t ** 3 * dx,
                        u ** 3 * ay + 3 * u * u * t * by + 3 * u * t * t * cy + t ** 3 * dy))
        draw.line(out, fill=ink, width=pen, joint="curve")
        return out[-1]

    at = (x0 - rng.uniform(0.0, 0.15) * width, bottom + rng.uniform(0.1, 0.4) * height)
    for _ in range(rng.randint(2, 4)):                          # loops, up and down
        up = (x0 + rng.uniform(0.05, 0.35) * width, top - rng.uniform(0.1, 0.5) * height)
        down = (x0 + rng.uniform(0.0, 0.35) * width, bottom + rng.uniform(0.0, 0.4) * height)
        at = curve([at, (at[0] + rng.uniform(-0.1, 0.3) * width, at[1] - 0.5 * height),
                    (up[0] - rng.uniform(0.0, 0.2) * width, up[1]), up])
        at = curve([at, (up[0] + rng.uniform(0.05, 0.2) * width, up[1]),
                    (down[0] + rng.uniform(-0.1, 0.1) * width, down[1] - 0.5 * height), down])
    tail_y = bottom + rng.uniform(0.15, 0.45) * height           # under the name's descenders
    curve([at, (x0 + 0.4 * width, tail_y + 0.1 * height), (x0 + 0.8 * width, tail_y),
           (x1 + rng.uniform(0.0, 0.2) * width, tail_y - rng.uniform(0.0, 0.4) * height)])


def scan_pdf(src: Path, dst: Path, seed: int, dpi_set: str = "default",
             signed_by: str | None = None, rough: bool = False, wide: bool = False) -> Degradation:
    """Rasterize ``src`` into the image-only PDF ``dst`` (plus a stamp when drawn);
    ``signed_by``: a surname whose signature block on the last page gets a scribble;
    ``rough``: the conditions of ``draw_rough`` too; ``wide``: those of ``draw_wide``."""
    import dataclasses

    import pypdfium2 as pdfium

    d = draw_degradation(seed, dpi_set)
    w = draw_wide(seed) if wide else None
    wide_rng = random.Random(seed ^ WIDE_STREAM ^ 1)
    if w is not None:           # the skew is the copier's (turned_sheet), the resolution 150 dpi
        d = dataclasses.replace(d, dpi=WIDE_DPI, angle=0.0)
    r = draw_rough(seed) if rough else None
    rng = random.Random(seed ^ SCAN_STREAM ^ 1)
    rough_rng = random.Random(seed ^ ROUGH_STREAM ^ 1)
    pdf = pdfium.PdfDocument(str(src))
    clean, sizes = [], []
    try:
        for number, page in enumerate(pdf, 1):
            sizes.append(page.get_size())
            bitmap = page.render(scale=d.dpi / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            if signed_by and number == len(pdf):
                block = signature_block(page, signed_by)
                if block is not None:
                    scribble(image, block, d.dpi / 72, random.Random(seed ^ SIGN_STREAM))
            if w is not None:
                if number == 1 and w.head_stamp:
                    head_stamp(image, head_box(page), d.dpi / 72, w.head_stamp, wide_rng)
                image = turned_sheet(image, w, wide_rng)
            clean.append(image)
            bitmap.close()
            page.close()
    finally:
        pdf.close()
    if r is None:
        images = [degrade_page(image, d, rng) for image in clean]
    else:
        stamped = rough_rng.choice((0, len(clean) - 1))
        images = []
        for i, image in enumerate(clean):
            back = clean[i + 1] if i + 1 < len(clean) else None
            marked = rough_marks(image, back, r, rough_rng, i == stamped)
            images.append(degrade_page(marked, d, rng, r, rough_rng))
        if r.turn:
            turned = range(len(images)) if r.turn_all else [min(r.turn_page, len(images) - 1)]
            ops = {90: "ROTATE_90", 180: "ROTATE_180", 270: "ROTATE_270"}
            from PIL import Image
            for i in turned:
                images[i] = images[i].transpose(getattr(Image.Transpose, ops[r.turn]))
                sizes[i] = sizes[i][::-1] if r.turn != 180 else sizes[i]
        if r.two_up:
            images, sizes = _two_up(images, sizes, d)
    images = [_as_jpeg(im, d.jpeg) for im in images]
    images[0].save(dst, format="PDF", save_all=True, append_images=images[1:],
                   resolution=float(d.dpi))
    if r is not None and r.mixed:
        _mixed(src, dst, r, rough_rng, d)
    if d.stamp:
        import pikepdf
        act = f"0{rng.randint(10, 95)}-2{rng.randint(10**7, 10**8 - 1)}0-2024{rng.randint(1000, 1231)}-DEL{rng.randint(1, 120)}-DE"
        stamp = _stamp_pdf(dst, sizes, act)
        with pikepdf.open(dst, allow_overwriting_input=True) as target, pikepdf.open(stamp) as over:
            for page, layer in zip(target.pages, over.pages):
                page.add_overlay(layer)
            target.save(dst)
        stamp.unlink()
    return d


def _as_jpeg(image, quality: int):
    """``image`` as a JPEG image (PIL keeps it as is in the PDF)."""
    from PIL import Image
    if getattr(image, "format", None) == "JPEG":
        return image
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    out.seek(0)
    return Image.open(out)


def _two_up(images, sizes, d: Degradation):
    """Pages two by two side by side on one sheet (a register scanned open)."""
    from PIL import Image
    sheets, sheet_sizes = [], []
    for k in range(0, len(images), 2):
        pair = images[k:k + 2]
        w = sum(im.width for im in pair) if len(pair) == 2 else 2 * pair[0].width
        h = max(im.height for im in pair)
        paper = int(sorted(pair[0].getdata())[int(0.9 * pair[0].width * pair[0].height)])
        sheet = Image.new("L", (w, h), paper)
        x = 0
        for im in pair:
            sheet.paste(im, (x, 0))
            x += im.width
        sheets.append(sheet)
        sheet_sizes.append((2 * sizes[k][0], sizes[k][1]))
    return sheets, sheet_sizes


def _mixed(src: Path, dst: Path, r: Rough, rng: random.Random, d: Degradation) -> None:
    """The typeset text PDF with scans inside: some pages replaced by the scan's
    (``pages``), or the lower part of one page an image of the scan, its text objects and
    drawings under it removed (``part``). Written over ``dst``."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    text = pdfium.PdfDocument(str(src))
    scan = pdfium.PdfDocument(str(dst))
    n = len(text)
    out = pdfium.PdfDocument.new()
    if r.mixed == "pages":
        scanned = set(rng.sample(range(n), max(1, n // 2))) if n > 1 else {0}
        if n > 1 and len(scanned) == n:
            scanned.discard(0)
        for i in range(n):
            out.import_pages(scan if i in scanned else text, [i])
    else:
        out.import_pages(text)
        i = rng.randrange(n)
        page = out[i]
        w, h = page.get_size()
        cut = rng.uniform(0.35, 0.65) * h                   # from the foot, in points
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type not in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH):
                continue
            left, bottom, right, top = obj.get_bounds()
            if (bottom + top) / 2 < cut:
                page.remove_obj(obj)
        page.gen_content()
        src_img = pdfium.PdfDocument(str(dst))[i].render(scale=d.dpi / 72, grayscale=True).to_pil().convert("L")
        px_cut = round((h - cut) / h * src_img.height)
        part = src_img.crop((0, px_cut, src_img.width, src_img.height))
        buf = io.BytesIO()
        part.save(buf, format="JPEG", quality=d.jpeg)
        buf.seek(0)
        image = pdfium.PdfImage.new(out)
        image.load_jpeg(buf, inline=True)
        image.set_matrix(pdfium.PdfMatrix().scale(w, cut))
        page.insert_obj(image)
        page.gen_content()
        page.close()
    out.save(str(dst) + ".tmp")
    out.close()
    text.close()
    scan.close()
    os.replace(str(dst) + ".tmp", dst)


def _scan_one(args: tuple) -> dict:
    src, dst, seed, dpi_set, signed_by, rough, wide = args
    out = asdict(scan_pdf(Path(src), Path(dst), seed, dpi_set, signed_by, rough, wide))
    return {**out, **(asdict(draw_rough(seed)) if rough else {}),
            **(asdict(draw_wide(seed)) if wide else {})}


def _surname(gold_name: str | None) -> str | None:
    """The surname of a gold name ("Prénom NOM", "NOM Prénom"): its words in capitals."""
    if not gold_name:
        return None
    caps = [w for w in gold_name.split() if len(w) > 1 and w.isupper()]
    return " ".join(caps) if caps else gold_name.split()[-1]


def parse_seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            out += list(range(int(lo), int(hi) + 1))
        elif part.strip():
            out.append(int(part))
    return out


def run(seeds: list[int], kinds: list[str], out: Path, workers: int,
        text_too: bool = False, dpi_set: str = "default", signed: bool = False,
        reuse: bool = False, rough: bool = False, wide: bool = False) -> dict:
    mods = fresh.kind_modules(kinds)
    names = list(mods)
    started = time.time()
    samples: list[Sample] = []
    for i, seed in enumerate(seeds):
        mod = mods[names[i % len(names)]]
        if signed and "signed" in inspect.signature(mod.build).parameters:
            samples += mod.build(seed, out / "docx", signed=True)
        else:
            samples += mod.build(seed, out / "docx")
    typeset, scans = out / "pdf", out / "scan"
    scans.mkdir(parents=True, exist_ok=True)
    kept = reuse and all((typeset / s.pdf_name).exists() and (scans / s.pdf_name).exists()
                         for s in samples)
    if not kept:
        fresh.convert_all(samples, typeset, workers)
    for s in samples:                       # gold pages, read from the typeset PDF's text
        locate = getattr(mods[s.kind], "locate", None)
        if locate is not None:
            locate(s, typeset / s.pdf_name)
    jobs = [(str(typeset / s.pdf_name), str(scans / s.pdf_name), s.seed, dpi_set,
             _surname(s.gold.get("session", {}).get("president")) if signed else None, rough, wide)
            for s in samples]
    if kept:        # the scans of an earlier run parsed again (another parser, same pages)
        def drawn(seed):        # as scan_pdf drew it (--wide: 150 dpi, the copier's skew)
            d = asdict(draw_degradation(seed, dpi_set))
            return {**d, "dpi": WIDE_DPI, "angle": 0.0} if wide else d
        degradations = {s.name: {**drawn(s.seed),
                                 **(asdict(draw_rough(s.seed)) if rough else {}),
                                 **(asdict(draw_wide(s.seed)) if wide else {})} for s in samples}
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            degradations = dict(zip((s.name for s in samples), pool.map(_scan_one, jobs)))
    results = fresh.parse_all(samples, scans, workers)
    per_kind: dict[str, dict[str, list[int]]] = {}
    per_doc = {}
    for s in samples:
        scores = mods[s.kind].score(results, s)
        layout = {**s.gold.get("layout", {}), **degradations[s.name]}
        per_doc[s.name] = {"seed": s.seed, "kind": s.kind, "scores": scores, "layout": layout,
                           "text_source": (results.get(s.name) or {}).get("source", {}).get("text_source")}
        fresh.add(per_kind.setdefault(s.kind, {}), scores)
        (scans / f"{s.name}.gold.json").write_text(
            json.dumps(s.gold, ensure_ascii=False, indent=1), encoding="utf-8")
        if s.name in results:
            (scans / f"{s.name}.parse.json").write_text(
                json.dumps(results[s.name], ensure_ascii=False, indent=1), encoding="utf-8")
    overall: dict[str, list[int]] = {}
    for fields in per_kind.values():
        fresh.add(overall, fields)
    per_kind["overall"] = overall
    if text_too:       # the same documents read from their text layer: what OCR costs
        typeset_results = fresh.parse_all(samples, typeset, workers)
        text_fields: dict[str, list[int]] = {}
        for s in samples:
            fresh.add(text_fields, mods[s.kind].score(typeset_results, s))
        per_kind["text layer"] = text_fields
    return {"seeds": seeds, "kinds": names, "dpi_set": dpi_set, "signed": signed, "rough": rough, "wide": wide,
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(time.time() - started, 1), "fields": per_kind, "documents": per_doc}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20, help="documents (with --seed or a drawn seed)")
    ap.add_argument("--seed", type=int, help="master seed (drawn and printed when omitted)")
    ap.add_argument("--doc-seeds", help="document seeds themselves, e.g. 4200-4219 (dev runs)")
    ap.add_argument("--kinds", default=",".join(DEFAULT_KINDS))
    ap.add_argument("--out", type=Path, help="keep DOCX, PDFs, scans, gold and parses here")
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--text-too", action="store_true",
                    help="also parse the typeset (text-layer) PDFs: the figures without OCR")
    ap.add_argument("--by", help="also print rates per value of these layout or scan choices "
                                 "(comma-separated, e.g. dpi,stamp,header_style)")
    ap.add_argument("--dpi-set", choices=sorted(DPI_SETS), default="default",
                    help="scan resolutions: default 100-200 dpi, low 72-100 dpi")
    ap.add_argument("--signed", action="store_true",
                    help="the chair named only in a signature block the scan scribbles over")
    ap.add_argument("--rough", action="store_true",
                    help="pages turned, two pages a sheet, speckle, stains, stamps, bleed-through, "
                         "scans inside text PDFs (own stream)")
    ap.add_argument("--wide", action="store_true",
                    help="a skew of 1-3 degrees, a photocopy's dark border, 150 dpi, a stamp over "
                         "the session head (own stream; scans_wide.py)")
    ap.add_argument("--from-json", type=Path, help="print the tables of an earlier run's JSON")
    ap.add_argument("--reuse", action="store_true",
                    help="with --out: parse the PDFs and scans an earlier run kept there again "
                         "(before/after on the same scans)")
    args = ap.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        if office.soffice() is None:
            print("error: LibreOffice (soffice) is not installed", file=sys.stderr)
            return 2
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")   # Tesseract: one thread per worker
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        master = None
        if args.doc_seeds:
            seeds = parse_seeds(args.doc_seeds)
            print(f"document seeds: {args.doc_seeds}", file=sys.stderr)
        else:
            master = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
            print(f"master seed: {master}", file=sys.stderr)
            seeds = fresh.document_seeds(master, args.n)
        if args.out:
            report = run(seeds, kinds, args.out, args.workers, args.text_too, args.dpi_set, args.signed,
                         args.reuse, args.rough, args.wide)
        else:
            with tempfile.TemporaryDirectory(prefix="scans-") as tmp:
                report = run(seeds, kinds, Path(tmp), args.workers, args.text_too, args.dpi_set, args.signed,
                             rough=args.rough, wide=args.wide)
        if master is not None:
            report["master_seed"] = master
    print(fresh.table(report["fields"]))
    fresh.print_by(report, args.by)
    if args.json and not args.from_json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
