"""Is the parse output lossless? Word recall against an independent text layer.

Every word printed in a PDF should appear somewhere in the parse output (a
section, the preamble, a table, a footnote, the page furniture, a part title
or its metadata). The reference is pdfium's own text of each page, read apart
from the parser's layer 1. A word the parser rejoined ("Aménagemen t" in a
narrow cell, "loge-" + "ments" at a line end) counts as found when the joined
form is in the output.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def output_text(obj: Any, out: list[str] | None = None) -> list[str]:
    """Every string of a parse output (dict form), in document order."""
    out = [] if out is None else out
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            output_text(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            output_text(v, out)
    return out


def reference_words(pdf: str | Path) -> list[str]:
    """The PDF's words as pdfium reads them, page after page."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [w for i in range(len(doc)) for w in words(doc[i].get_textpage().get_text_range())]
    finally:
        doc.close()


@dataclass
class Recall:
    found: int
    total: int
    missing: Counter = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0


def word_recall(parsed: dict, reference: list[str]) -> Recall:
    """Share of the reference's word occurrences found in the output (each
    output occurrence used once). Fragments of a word the parser rejoined are
    found through the joined word (two or three pieces)."""
    got = Counter(words(" ".join(output_text(parsed.get("parts", [])))))
    found = 0
    missing: Counter = Counter()
    i = 0
    while i < len(reference):
        w = reference[i]
        if got[w] > 0:
            got[w] -= 1
            found += 1
            i += 1
            continue
        for span in (2, 3):
            joined = "".join(reference[i:i + span])
            if len(reference[i:i + span]) == span and got[joined] > 0:
                got[joined] -= 1
                found += span
                i += span
                break
        else:
            missing[w] += 1
            i += 1
    return Recall(found=found, total=len(reference), missing=missing)
