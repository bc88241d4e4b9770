"""The thresholds of layer 2 (parts, headings, items), in one place, like tables/settings.py.

``parse_pdf(..., settings=ParseSettings(structure=StructureSettings(...)))`` runs the
structure stage with other values: the pipeline makes them the active ones for the
duration of the parse (``use_structure_settings``) and every module reads them with
``structure_settings()``. Called on its own (``split_parts`` in a test), the stage uses the
defaults. The defaults are the values the corpus scores were measured with.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class StructureSettings:
    # Typography (headings.py, split.py, parts.py, minutes.py, titled_items.py, tree.py)
    running_title_lines: int = 4
    """A header printed once whose words are those of the page's first lines (this many: a
    heading wrapped over three lines and the line above it) is a running title (lines.py)."""
    bold_share_max: float = 0.5
    """Bold sets a line apart only in a text mostly set regular: above this share of bold
    body lines, bold says nothing."""
    larger_by: float = 0.6
    """Points: a line this much larger than the body's usual size is set apart (a title,
    a heading); smaller differences are rounding of one style."""
    same_size: float = 0.3
    """Points: two lines closer than this in size are one style (a heading wrapping)."""
    caps_share: float = 0.8
    """Share of capitals among a title's letters that makes it a title set in capitals."""

    # Documents in a PDF (split.py)
    top_lines: int = 8
    """A document starts among the first lines of its page (a start line lower down is a
    quotation of another document's title)."""
    min_lines: int = 15
    """A shorter segment (a cover page) joins the document after it."""
    min_score: float = 4.0
    """Weighted keyword evidence below which no family claims a segment: kind "other"."""
    score_window: int = 400
    """Lines read to classify a segment: the head of a long document says what it is."""
    title_lines: int = 3
    """Lines where a document's title is looked for (a family's title_weight)."""
    repeat_pages: int = 3
    """A top-of-page line printed at the same place on this many pages is running furniture."""
    repeat_step: float = 4.0
    """Points: tops of lines this close are the same place on the page."""

    # Deliberations (parts.py, deliberation.py)
    signature_lines: int = 40
    """The closing lines where a deliberation's signature block is looked for."""
    signature_min_letters: int = 4
    """A signatory's name has at least this many letters."""
    signature_junk: int = 3
    """Characters: a segment this short beside signatories' names is a page number or a speck."""

    # Headings (headings.py)
    tab_gap: float = 1.0
    """Ems: a gap wider than this after a heading's label is a tab stop, not a space."""
    gutter: float = 1.5
    """Ems: a gap this wide inside a line is a column gutter, not a word space."""
    title_column: float = 1.0
    """Ems: a line of a run of headings the table stage took for a table carries on the
    title above it when it starts no further left than this of that title (heading_runs.py)."""

    # Tables of contents (contents.py)
    contents_min_entries: int = 2
    """Entries ending in a dot leader and a page number that make a run of lines a table of
    contents (one is enough under a "Sommaire" title)."""
    contents_wrap_lines: int = 2
    """Lines an entry of a table of contents may wrap over before its leader."""

    # Items of minutes (minutes.py, titled_items.py)
    theme_max_chars: int = 90
    """A theme heading grouping items of minutes is a short line."""
    title_max_chars: int = 200
    """An item's title set as a heading is no longer than this."""
    wrap_step: float = 1.6
    """Times the row height: the rows of one wrapped title follow each other this close."""


DEFAULT = StructureSettings()
_ACTIVE: ContextVar[StructureSettings] = ContextVar("structure_settings", default=DEFAULT)


def structure_settings() -> StructureSettings:
    """The settings of the parse running now (the defaults outside a parse)."""
    return _ACTIVE.get()


@contextmanager
def use_structure_settings(settings: StructureSettings | None) -> Iterator[StructureSettings]:
    """Make ``settings`` the active structure settings inside the ``with`` block."""
    token = _ACTIVE.set(settings or DEFAULT)
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)
