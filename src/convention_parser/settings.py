"""Every threshold of a parse, in one object: ``parse_pdf(path, settings=ParseSettings(...))``.

Each stage keeps its own settings beside its code (text/settings.py, tables/settings.py,
structure/settings.py), one field per module that has thresholds of its own (``TextSettings.
columns``, ``StructureSettings.items``, ``TableSettings.aligned`` ...); this only gathers them:
``ParseSettings(structure=StructureSettings(items=ItemSettings(max_step=4)))``. The diff has its own
(diff/settings.py, ``diff_versions(old, new, settings=...)``). Defaults are the values
the corpus scores were measured with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .structure.settings import StructureSettings
from .tables.settings import TableSettings
from .text.settings import TextSettings


@dataclass(frozen=True)
class ParseSettings:
    text: TextSettings = field(default_factory=TextSettings)
    """Reading the PDF: words, reading order, running furniture, margin notes, OCR (layer 1)."""
    tables: TableSettings = field(default_factory=TableSettings)
    """Finding and reading tables (layer 1's boxes and rules to grids)."""
    structure: StructureSettings = field(default_factory=StructureSettings)
    """Parts, headings, items: layer 2."""
