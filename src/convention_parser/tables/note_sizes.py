"""The type size notes are told against when a table fills most of a page.

A footnote left in the body by layer 1 (no separator rule read: LibreOffice draws none
when the note area's line is off) is told by its size, smaller than the body's. On a page a
table part fills, the cells carry most characters and set the page's body size: a note set
in the cells' own size (8 pt under 8 pt cells, 10 pt prose above the table) was no note, and
its lines under the part parted it from its continuation on the next page.
"""

from __future__ import annotations

from ..text.model import Page
from .aligned import body_size


def prose_body_size(page: Page, top: float) -> float:
    """The body size of the page's text above ``top`` (a table part's top: the prose that
    leads to it); 0.0 when nothing stands there."""
    return body_size([w for l in page.lines if l.bottom <= top + 1 for w in l.words])
