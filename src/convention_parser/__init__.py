"""convention-parser: French urban-renewal documents as data.

Library first, thin CLI over it::

    from convention_parser import parse_pdf, diff_versions
    result = parse_pdf("avenant.pdf")
    for part in result.parts:
        print(part.kind, part.title, len(part.sections))
"""

from .diff import consolidate, diff_results, diff_versions
from .diff.settings import DiffSettings
from .errors import InputError
from .pipeline import parse_pdf
from .records import ParseResult
from .settings import ParseSettings
from .structure.settings import StructureSettings
from .tables.settings import TableSettings
from .text.settings import TextSettings

__version__ = "0.1.0"
__all__ = ["parse_pdf", "diff_versions", "diff_results", "consolidate", "InputError", "ParseResult",
           "ParseSettings", "TextSettings", "StructureSettings", "TableSettings",
           "DiffSettings", "__version__"]
