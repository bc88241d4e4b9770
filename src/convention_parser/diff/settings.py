"""The thresholds of the diff, in one place, like tables/settings.py.

``diff_versions(old, new, settings=DiffSettings(...))`` runs the diff with other values:
it makes them the active ones for the duration of the call (``use_diff_settings``) and
every module reads them with ``diff_settings()``. Called on their own (``diff_results``
in a test), the modules use the defaults, the values the diff scores were measured with.
Similarities are rapidfuzz scores: 0..1 where the code divides by 100, else 0..100.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True)
class TableMatchSettings:
    """Pairing a version's tables with the other's (tables.py)."""
    match_threshold: float = 0.5     # similarity under which two tables are not the same table
    # Weights of the identity evidence: caption, whole text, same article, row labels.
    title_weight: float = 0.35
    body_weight: float = 0.45
    place_weight: float = 0.2
    rows_weight: float = 0.35
    same_caption_bonus: float = 0.5
    other_caption: float = 0.6       # caption similarity under which two tables are not one
    # A table one version lacks is no change when this share of its rows is printed
    # as text in the other version's article (a table the parse read as lines).
    printed_share: float = 0.5
    # ... and is a table at all when this share of its rows hold a figure.
    figure_rows: float = 0.5


@dataclass(frozen=True)
class PrintedSettings:
    """Operations still printed in the other version's rows (printed.py)."""
    # A one-word name shorter than this is printed everywhere ("EPCI", "ensemble"): no evidence.
    min_name_chars: int = 8


@dataclass(frozen=True)
class DiffSettings:
    # Pairing sections (align.py)
    match_threshold: float = 0.45
    """Below this combined similarity (heading and text) two sections are different
    sections: one removed, one added, not one modified."""
    content_chars: int = 4000
    """Characters of a section's text compared: enough to recognise it, and ratio() stays cheap."""

    # Pairing facts (facts.py, consolidate.py)
    name_threshold: float = 0.8
    """Two operations are the same operation from this similarity of their names up."""
    min_cut_cell: int = 12
    """Characters: a table cell ending in a hyphen this long or longer may be a name the parse
    cut where it wrapped ("Communauté d'Agglomération de Lens-"); a shorter one is a word."""
    distinct_rest: float = 0.5
    """Two operation names sharing their action words ("Création du centre commercial") are
    two sites when what each adds ("Saint-Jean", "des Halles") is less alike than this
    (rapidfuzz 0..1): a misspelt site ("Frênes", "Fresnes") stays the same site."""
    field_tiebreak: float = 0.001
    """Operations named alike (two rows of one site in one table, each its own maître d'ouvrage
    and amount): each field a pair disagrees on (maître d'ouvrage, amount, count) lowers its
    similarity by this much, so the row that kept its fields pairs with the old one and the
    other is the one added; too small to move any pair of different names."""
    amount_tolerance: float = 0.5
    """Euros: amounts this close are equal (cents rounded differently between layouts)."""
    label_threshold: float = 0.9
    """Two figures are the same figure when their labels are this similar."""
    magnitude_threshold: float = 0.6
    """Figures left unpaired by label pair by magnitude from this similarity up."""
    line_columns: int = 2
    """A line a narrative avenant adds cell by cell, naming no article ("Le programme est complété
    par … à Avion, sous la maîtrise d'ouvrage de X, pour …"), goes to the table naming at least this
    many of its columns: one shared header word (a "Commune" column) tells no table apart."""
    abbreviation_letters: int = 3
    """A column heading's word abbreviates an instruction's ("Nb logts" for "logements",
    "Subv." for "subvention") when it opens on this many letters of it and the rest of its
    letters follow in order: two letters ("lo…") would make "lots" a "logements"."""
    replaced_same_header: float = 0.5
    """Picking the table an announced table replaces (legis_blocks): the old tables score the
    share of the new one's row labels they print, plus this when their header is the same (a
    tie-break: the family tables of article 8.1 share one header) ..."""
    replaced_same_caption: float = 0.75
    """... plus this when their caption is the same (stronger than the header: the caption
    names the family, and beats a header shared by every family table)."""
    party_threshold: float = 0.85
    """Two parties (signatories) are the same body from this similarity of their names up."""
    sum_tolerance: float = 1.0
    """Euros: a total is the sum of its row or column within this (printed rounded to the
    cent or the euro)."""
    table_scales: tuple[float, ...] = (1.0, 1e3, 1e6)
    """Units a table may print its bare figures in (euros, "en k€", "en M€"): a figure read in
    euros is looked for in a table's cells at each, in this order (derived.py)."""

    # An avenant's announcements against the changes found (declared.py)
    announcement_duplicate: int = 85
    """An announced item this similar to one listed already is the same item (the decision's
    summary repeating the avenant's list)."""
    announcement_quote: int = 90
    """A quoted heading or a party's name is named by an announcement from this partial
    similarity up."""
    announcement_site: int = 95
    """An operation's site named in full (from this partial similarity up) is announced,
    whatever the commune."""
    announcement_words: int = 85
    """A site, a figure's label, a word: named by the announcement from this similarity up
    (spelling variants allowed: "Frênes" ~ "Fresnes")."""

    # Counts and words (added_counts.py, annexes.py, articles.py, consolidate.py)
    max_qualifier_words: int = 6
    """Words after a count that may still say what is counted ("logements locatifs sociaux")."""
    min_new_word: int = 4
    """Letters: a shorter word (an abbreviation) is no new kind of counted thing."""
    family_prefix: int = 7
    """Letters: words sharing this many first letters are one family ("réhabilitation",
    "réhabilités")."""
    wrapped_lines: int = 3
    """An annex's title wraps onto at most this many lines."""
    table_line_words: int = 4
    """A line of at least this many words all found in a table is that table's text."""
    signatory_common_share: float = 0.25
    """A line of signatories side by side (normalize.py) names bodies, offices and people:
    at most this share of its words are lower-case words other than name links
    ("commune", "urbaine"); a line of prose holds far more."""
    operation_words: int = 4
    """An announcement naming an operation in fewer words names none."""

    # Groups of their own
    tables: TableMatchSettings = field(default_factory=TableMatchSettings)
    """Pairing tables across versions (tables.py): weights of the identity evidence."""
    printed: PrintedSettings = field(default_factory=PrintedSettings)
    """Operations still printed in the other version's rows (printed.py)."""


DEFAULT = DiffSettings()
_ACTIVE: ContextVar[DiffSettings] = ContextVar("diff_settings", default=DEFAULT)


def diff_settings() -> DiffSettings:
    """The settings of the diff running now (the defaults outside one)."""
    return _ACTIVE.get()


@contextmanager
def use_diff_settings(settings: DiffSettings | None) -> Iterator[DiffSettings]:
    """Make ``settings`` the active diff settings inside the ``with`` block."""
    token = _ACTIVE.set(settings or DEFAULT)
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)
