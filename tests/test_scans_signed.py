"""scans.py --signed: the chair named only in the signature block (the header names
nobody in the chair), a pen signature scribbled over that block in the scan. Without
the option every document is the seed's as before (the DOCX text byte for byte)."""

import random
import sys
import zipfile

import numpy as np
from PIL import Image

from conftest import FIXTURES

ROOT = FIXTURES.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation, minutes, scans  # noqa: E402


def _document_xml(tmp_path, mod, seed, **kw) -> tuple[str, dict]:
    sample = mod.build(seed, tmp_path / ("s" if kw else "d"), **kw)[0]
    with zipfile.ZipFile(next((tmp_path / ("s" if kw else "d")).glob("*.docx"))) as z:
        return z.read("word/document.xml").decode("utf-8"), sample.gold


def test_signed_documents_name_the_chair_in_the_signature_only(tmp_path):
    for mod, seed in ((deliberation, 4350), (minutes, 4351)):
        plain, gold = _document_xml(tmp_path / "a", mod, seed)
        again, _ = _document_xml(tmp_path / "b", mod, seed, signed=False)
        signed, signed_gold = _document_xml(tmp_path / "c", mod, seed, signed=True)
        assert plain == again
        president = gold["session"]["president"]
        assert signed_gold["session"]["president"] == president
        surname = scans._surname(president)
        assert plain.count(surname) > signed.count(surname) >= 1
        assert "présidence de" not in signed and "Président :" not in signed and "Présidente :" not in signed


def test_the_scribble_crosses_the_block_and_is_drawn_from_its_own_stream():
    scale = 100 / 72
    block = (300.0, 600.0, 450.0, 640.0)                  # points: title and name lines
    images = []
    for _ in range(2):
        image = Image.new("L", (round(595 * scale), round(842 * scale)), 255)
        scans.scribble(image, block, scale, random.Random(7 ^ scans.SIGN_STREAM))
        images.append(np.asarray(image))
    assert (images[0] == images[1]).all()
    ys, xs = np.nonzero(images[0] < 128)
    assert len(xs) > 0
    assert xs.min() < 300 * scale + 10 and xs.max() > 440 * scale        # across the block
    assert ys.min() < 600 * scale and ys.max() > 640 * scale             # above and below it
    # the loops over the block's left third, the tail alone on its right
    inside = (ys > 600 * scale) & (ys < 640 * scale)
    assert (xs[inside] < 375 * scale).sum() > (xs[inside] > 375 * scale).sum()
