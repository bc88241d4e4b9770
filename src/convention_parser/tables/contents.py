"""A table of contents set as a table: navigation, no table of the parse.

Word users who build their sommaire by hand set it as a borderless grid, each heading as
printed in a cell ("Article 4 – La description du projet urbain", "TITRE II – …") and its
page in the next; read as data, it is a two-column table of the document's headings (and
structure/contents.py, which knows tables of contents by their dot leaders, sees none).
Such a grid is told by its last column, page numbers that never go down, beside entries
opening on a heading's label (or under a "Sommaire" caption). The table stage marks its
lines as a layout grid's (no table of the parse); structure/contents.py takes them out of
the body stream like a leadered table of contents."""

from __future__ import annotations

import re
from typing import Optional

from ..records import Table
from .settings import ContentsTableSettings

# A heading's label opening an entry: "Article 4", "ARTICLE 4.1", "Titre II", "Chapitre 2",
# "Annexe A1", "4.1 Title", "II – TITLE", "Article premier".
ENTRY_LABEL = re.compile(
    r"^(?:(?:article|art\.|titre|chapitre|annexe|partie|section)\s+(?:\d{1,2}(?:[.\-]\d{1,2})*|[IVXLC]{1,6}\b"
    r"|premier|1er|[A-H]\d?\b)|\d{1,2}(?:[.\-]\d{1,2})*[.)]?\s+\S|[IVXLC]{1,6}[.)]?\s*[–—-]\s*\S)",
    re.IGNORECASE)
CONTENTS_TITLE = re.compile(r"^(?:sommaire|table\s+des\s+mati[eè]res|plan\s+de\s+la\s+convention)\s*:?$",
                            re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:p\.?\s*)?(\d{1,3})$")


def page_number(text: str) -> Optional[int]:
    m = PAGE_NUMBER.match(text.strip())
    return int(m.group(1)) if m else None


def is_contents_table(table: Table, s: Optional[ContentsTableSettings] = None) -> bool:
    """``table`` lists headings with their pages: its last column's filled cells are page
    numbers that never go down, and its entries open on heading labels (most of them) or
    it is captioned "Sommaire" / "Table des matières"."""
    s = s or ContentsTableSettings()
    if not s.enabled or not 2 <= table.n_cols <= s.max_cols:
        return False
    rows = [r for r in list(table.header) + list(table.rows) if any(c.strip() for c in r)]
    pages: list[int] = []
    labelled = bare = 0
    for r in rows:
        entry = " ".join(c.strip() for c in r[:-1] if c.strip())
        if not r[-1].strip():
            bare += 1            # an entry wrapped over a second row
            continue
        n = page_number(r[-1])
        if n is None or not entry:
            return False
        pages.append(n)
        labelled += bool(ENTRY_LABEL.match(entry))
    titled = bool(CONTENTS_TITLE.match((table.title or "").strip()))
    if len(pages) < (s.min_titled_entries if titled else s.min_entries) \
            or bare > len(pages) * s.max_wrapped_share or pages != sorted(pages):
        return False
    return labelled >= s.labelled_share * len(pages) or (titled and labelled > 0)
