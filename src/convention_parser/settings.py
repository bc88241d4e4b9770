"""Every threshold of a parse, in one object: ``parse_pdf(path, settings=ParseSettings(...))``.

Each stage keeps its own settings beside its code (tables/settings.py,
structure/settings.py); this only gathers them. The diff has its own
(diff/settings.py, ``diff_versions(old, new, settings=...)``). Defaults are the values
the corpus scores were measured with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .structure.settings import StructureSettings
from .tables.settings import TableSettings


@dataclass(frozen=True)
class ParseSettings:
    tables: TableSettings = field(default_factory=TableSettings)
    """Finding and reading tables (layer 1's boxes and rules to grids)."""
    structure: StructureSettings = field(default_factory=StructureSettings)
    """Parts, headings, items: layer 2."""
