"""One call to Tesseract: a page image handed over as an uncompressed file.

pytesseract writes the image it is given as PNG before running Tesseract; a 300 dpi
page is 8.7 megapixels, and its PNG compression costs about as much CPU as a fifth of
Tesseract's own reading. Written as a PGM file (no compression, and like the PNG no
resolution in the header, so Tesseract estimates it the same way) Tesseract reads the
same pixels and answers the same words.
"""

from __future__ import annotations

import os
import tempfile


def image_to_data(image, lang: str, psm: int) -> dict[str, list]:
    """Tesseract's words of ``image`` (PIL, grey) as pytesseract's DICT output."""
    import pytesseract

    with tempfile.TemporaryDirectory(prefix="cp-ocr-") as tmp:
        path = os.path.join(tmp, "page.pgm")
        image.convert("L").save(path, format="PPM")
        return pytesseract.image_to_data(path, lang=lang, config=f"--psm {psm}",
                                         output_type=pytesseract.Output.DICT)
