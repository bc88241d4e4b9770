"""What every kind module of generator2 hands to the fresh-seed scorer.

A kind module (deliberation.py, minutes.py, convention.py, ...) exposes:

    KIND: str
    def build(seed: int, workdir: Path) -> list[Sample]
        # writes one or more DOCX files under workdir, every layout and content
        # decision drawn from random.Random(seed); returns them with their gold
    def score(results: dict[str, dict], sample: Sample) -> dict[str, list[int]]
        # results: parse output (the JSON dict of parse_pdf(...).to_dict()) of
        # every PDF of the same build, keyed by Sample.name; returns
        # {field: [hits, total]} for this sample

fresh.py converts every Sample.docx to PDF in one LibreOffice batch, parses
each PDF and sums the per-field counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Sample:
    name: str                 # unique within a build, also the PDF's stem
    kind: str                 # the module's KIND
    docx: Path
    gold: dict[str, Any] = field(default_factory=dict)
    seed: int = 0

    @property
    def pdf_name(self) -> str:
        return f"{self.name}.pdf"
