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
from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True)
class ItemSettings:
    max_step: int = 3               # a chain may skip a withdrawn item or two
    # A title line broke because the next line's first word did not fit: that word and a
    # word space (this many type sizes) would have run past the page's right edge.
    wrap_space: float = 0.25
    min_decided: int = 2            # fewer decided stretches: no items (a single deliberation)
    decided_share: float = 0.5      # share of a chain's stretches that must hold a decision
    row_overlap: float = 0.5        # share of the smaller height two boxes overlap to share a row
    column_gap: float = 1.0         # x word height: a wider gap between words starts a column
    aligned_gap: float = 0.5        # x word height: a narrower gap starts one at a column edge
    # ... or where it is this many times the row's median space (a table sized to its content,
    # one per item: cell padding of 8 pt beside spaces of 2.5 pt, 4.4 pt in a letter-spaced type,
    # no edge shared by other rows); a justified line stretches every space alike. Only on rows
    # of this many words or more.
    spread_gap: float = 1.7
    spread_gap_words: int = 4
    edge_drift: float = 2.0         # points: a word this close to a column edge starts at it
    edge_rows: int = 2              # rows that start a column at an x before it is an edge
    column_drift: float = 8.0       # points: bare numbers of one column keep their x within this
    page_drift: float = 4.0         # x column_drift from one page to the next (a scan shifts)
    title_rows: int = 12            # a subject wraps over at most this many rows (a narrow column)
    title_gap: float = 1.7          # x row step: a wider gap ends the subject
    # On an OCR'd page the row step is at least the page's median step between rows (items.
    # row_step: a word's size there is its ink height, 0.6-0.75 of the type size, and a title
    # wrapped at 1.5 line spacing lost its rows), measured over at least ``ocr_pitch_rows``
    # rows, at most ``ocr_pitch_max`` times the step from the size (a page of a few spaced
    # lines measures paragraph gaps, not a pitch).
    ocr_pitch: bool = True
    ocr_pitch_rows: int = 8
    ocr_pitch_max: float = 2.0
    title_below_gap: float = 2.55   # x row height: a bare number's title sits this close under it
    title_min_letters: int = 8      # ... and holds this many letters (no figure, no stray word)
    wrap_step: float = 2.0          # x row height: the last digits of a wrapped number sit this close
    wrapped_digits: int = 4         # a number read whole over two rows has at most this many digits
    single: bool = True             # minutes may hold one item (a strong identifier, decided)
    recent_chains: int = 8          # open chains a candidate may extend, besides the longest
    run_on_width: float = 0.85      # share of the column's text width: a line this long runs on
    centred_tolerance: float = 3.0  # points: a line indented this much more, by as much on both
                                    # sides (+- this), is centred: a heading, not running text
    undecided_items: int = 3        # minutes deciding nothing visibly: a run at least this long
    undecided_rows: int = 4         # whose items each hold at least this many rows
    typographic_items: int = 3      # items known by their title's type alone: at least this many
    typographic_items_in_one: int = 5   # in a text read as one decision (its bold subheadings)
    typographic_items_voted: int = 2    # fewer in minutes when each item's stretch holds a vote


@dataclass(frozen=True)
class GridSettings:
    segment_gap: float = 1.8        # a gap wider than this many word heights cuts a row (tab stop, column)
    row_overlap: float = 0.5        # a word joins a row whose extent covers this share of its box
    paragraph_step: float = 1.35    # a row further below the last than this many line steps opens a paragraph
    column_step: float = 2.4        # ... but a row in the value's own column may be this far (table padding)
    column_slack: float = 0.8       # how far left of a column (in heights) a segment may start and stay in it
    full_line: float = 0.85         # a row reaching this share of the page's text width wrapped: it continues
    open_rows: int = 3              # a word may join one of the last rows started (side-by-side blocks)
    # A word moves to a nearby row whose extent covers this much more of its box than its own
    # row does (it joined a row before its own existed: an accented capital raised its top).
    rehome_margin: float = 0.3
    widen_rows: int = 3             # rows above where a frame beside a list may have ended
    # A row's top, for the steps between rows, stands at most this many type sizes above its
    # baseline: an accented capital ("GUÉRIN", about 0.9 em) would raise it past the capitals
    # and ascenders (0.68-0.76 em in the usual faces) and widen the step to the row below (a
    # wrapped list's "POULAIN" read as a new paragraph).
    max_rise: float = 0.78
    # Rows of one wrapped label cell are at most this many word heights apart: a line spacing
    # of 1.5 puts them about 2.6 heights apart (line height ~1.2 x size, glyph box ~0.7 x size).
    label_wrap_step: float = 3.0
    # In ems: a gap wider than this on a line parts two stretches of it (a label's cell beside its
    # value, 3 mm apart in a web page's grid: 1.07 em of 11.5 pt type); a justified line's
    # stretched word spaces stay under it (0.25-0.6 em).
    block_gap: float = 0.8
    # A segment on a label's row in a type size this share away from the value's is no part of
    # it: a box floated beside the list, set a size smaller (0.9 em; sizes in a PDF are exact).
    box_size_step: float = 0.05


@dataclass(frozen=True)
class RollCallSettings:
    min_status_heads: int = 2     # head cells that are attendance labels
    # A roll call with no head, a legend of codes over a line per member ending in a code
    # ("M. X ..... P"): how many lines right under the legend must end in a code (two could
    # be a legend's own sequel); past them a line that does not is passed over (a wrapped
    # name), the state column starting at the leftmost code of the lines that do.
    code_list_probe: int = 3
    min_code_rows: int = 3
    column_slack: float = 0.8     # in row heights: how far left of its head a cell may start
    max_gap: float = 4.0          # in row heights: a wider gap between rows ends the table
    # ... when it is also this many times the table's own row step (cells padded apart by
    # a line spacing of 1.5 or more space every row by four heights or so).
    step_ratio: float = 1.8
    wrap_gap: float = 2.0         # in row heights: a name's wrapped line sits this close under it
    max_mark: int = 3             # characters: a cross ("X", "x", "✓", "oui")
    # A head cell wrapped inside its word in a narrow column ("Prés" / "ent(e" / ")"): the
    # rows under the head it may run onto, each at most this many head heights under the one
    # above (a line spacing of 1.15 puts the next line about 2.1 heights down, 1.5 about 2.6).
    head_wrap_rows: int = 3
    head_wrap_gap: float = 2.8
    # A member's name broken inside its word by a narrow cell ("BOULANGE" / "R", "Sébastie" /
    # "n"): the piece starts this close (pt) under the word's start, and the room the word
    # leaves before the next cell's start is less than this many of the piece's letters (the
    # cell's paddings and the letter that did not fit: about two letters; a word wrapped at a
    # space leaves the room of a whole word).
    piece_slack: float = 2.0
    piece_room: float = 3.0
    # In the word's heights: a gap no wider than a space after a word keeps it inside its line
    # (letter-spaced type sets each word in a text run of its own: "M." | "Dominique BENALI-",
    # no "same run" to tell a space from a cell's end).
    inner_space: float = 0.5


@dataclass(frozen=True)
class NameGridSettings:
    edge_slack: float = 1.5       # pt: words starting this close start at one edge
    min_columns: int = 2
    edge_share: float = 0.4       # an edge: words start there on this share of the grid's rows (2 at least)
    max_gap: float = 4.0          # in row heights: a wider gap ends the grid (twice that above it)
    max_gap_rows: int = 8         # rows of a margin column passed over between the label and the grid
    spaced: float = 1.3           # a row gap this many times the smallest opens a new grid row
    cell_gap: float = 0.5         # in row heights: a wider gap before a word may be a cell's edge
    # pt: a column filled last (names run down the columns: "A D G" / "B E" / "C F") starts on
    # one row only; it counts when it stands one column pitch right of the last column, this close.
    pitch_slack: float = 3.0
    # Share of a grid's cell lines holding a word in capitals for its surnames to be in capitals:
    # then a cell's line without one ("Mme Marie-Hélène") is a name waiting for its surname on
    # the next line (wrapped lines "PETIT" hold one too, so the share stays high).
    surname_share: float = 0.5
    # In row heights: a space between words, for asking whether a line's first word would have
    # fitted at the end of the line above (a wide space: a break there may still be a wrap).
    space: float = 0.35
    # In row heights: the widest gutter between a grid's columns (a CSS column-gap of 5-8 mm,
    # cell padding): a column's cells reach at least this close to the next column's edge.
    gutter: float = 2.2


@dataclass(frozen=True)
class ListColumnSettings:
    """A list set in columns beside its label (list_columns.py)."""
    edge_slack: float = 1.5       # pt: segments starting this close start at one column's edge
    max_columns: int = 5          # CSS column-count of a list of names: 2 to 4, seldom more
    min_gap: float = 2.0          # pt: a column's lines end at least this far left of the next column
    # Columns of a list are one width: pitches may differ by this share (a column edge read at a
    # line's first glyph, an italic or a civility's "M." shifted by its side bearing).
    pitch_spread: float = 0.15


@dataclass(frozen=True)
class StateColumnSettings:
    # A state-columns table whose body lines mostly open on a civility ("M.", "Mme") names each
    # member after one: a line without one carries on the name above ("Mme Monique LE" /
    # "BIHAN", where the text alone reads two whole names). At least this many lines and this
    # share of the lines that may open a member (with a civility, or a whole name without).
    civility_lines: int = 3
    civility_share: float = 0.6
    # A cell whose names are paragraphs spaced apart: the step between the tops of two lines of
    # one name (a wrapped name) is the line's pitch, between two names the pitch and the
    # paragraph spacing. A cell whose largest step is this many times its smallest has both,
    # the tight steps carrying on the name above (fewer than the wide ones: a name wraps
    # now and then; a list set tight with one blank line in it has the tight steps many).
    spaced: float = 1.2


@dataclass(frozen=True)
class VoteGridSettings:
    max_rows: int = 6               # value rows read under a heading row (names wrapping in cells)
    row_gap: float = 3.0            # x row height: a wider gap between value rows ends the grid
    first_gap: float = 6.0          # x row height: the same under the heading row (a ruled row's
                                    # padding and paragraph spacing sit between them)
    column_slack: float = 0.8       # x row height: a value may start this far left of its heading


@dataclass(frozen=True)
class GutterSettings:
    min_gap: float = 0.8          # a gap this many row heights wide may open a gutter
    min_strip: float = 0.6        # the strip may narrow down the run to this many heights
    min_rows: int = 3             # rows with words on both sides of the strip
    edge_tolerance: float = 1.5   # points: the right side's rows start this close to each other
    edge_share: float = 0.65      # share of those rows starting at the column's left edge
    max_rows: int = 200           # a run is a header's block: never follow it further


@dataclass(frozen=True)
class ShortLineSettings:
    """A paragraph set with no spacing and no indent still ends on a short line: the next
    line's first word would have fitted in the room left at its end, so the break was the
    writer's, not the typesetter's."""
    window: int = 4              # lines either side that tell the column's right edge
    slack: float = 0.3           # room beyond the word and its space, in font sizes (measure noise)
    space: float = 0.3           # an interword space, in font sizes


@dataclass(frozen=True)
class StepSettings:
    cluster: float = 0.6         # gaps this close (pt) are one line step
    share: float = 0.15          # share of all gaps the smallest step must hold to count
    min_count: int = 3
    spaced: float = 1.25         # as BodyStats.spaced: a gap this many steps apart opens a paragraph


@dataclass(frozen=True)
class ProseRegionSettings:
    """When an unruled "table" the table stage found is two columns of prose.

    A section set in two columns reads, to the table stage, like an unruled two-column
    table; its lines are sentences, where a table's cells are short labels and figures.
    Headings printed inside such a region are headings (typeset apart: bold or larger)."""
    min_lines: int = 4           # a region this small says too little
    median_words: int = 5        # words per line, half the lines at least


@dataclass(frozen=True)
class ReceiptSettings:
    window: int = 400   # characters around the identifier where the stamp's dates are looked for


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
    tracked_em: float = 0.06
    """Ems: a word whose glyphs stand this far apart on average is letter-spaced (w:spacing: a
    heading "A R T I C L E  4 – D U R É E" set apart by its spread letters as bold would; text
    and justified prose keep their letters within a hundredth of an em, spread headings are a
    tenth or more apart)."""
    tracked_share: float = 0.6
    """Share of a line's letters (in words of three or more) in letter-spaced words that makes
    the line letter-spaced as a whole (a stressed word in prose is not)."""
    caps_share: float = 0.8
    """Share of capitals among a title's letters that makes it a title set in capitals."""
    underline_reach: float = 0.35
    """Ems of the line's size: a horizontal rule whose top lies this close to the line's bottom
    is under its words (LibreOffice and Word draw an underline a point or so above the
    descenders' bottom; a paragraph's bottom border lies a few points lower)."""
    underline_cover: float = 0.9
    """Share of the line's width the rules under it must cover for the line to be underlined
    as a whole (a heading), not a word of it (a stressed word in prose)."""
    underline_overhang: float = 1.0
    """Ems: a rule reaching further than this beyond the line's words is a border (a cell's,
    a frame's), not an underline."""

    # Documents in a PDF (split.py)
    top_lines: int = 8
    """A document starts among the first lines of its page (a start line lower down is a
    quotation of another document's title)."""
    min_lines: int = 15
    """A shorter segment (a cover page) joins the document after it."""
    signature_page_lines: int = 8
    """A segment no family claims, this short at most, opening on a closing stretch ("Fait à …,
    le …", a signatory's title) on the page after a closing formula: the signature block of
    the document before, which it joins (a date, two titles, two names, a stamp's lines)."""
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
    ended_lines: int = 8
    """The last lines of a page where a document's closing formula or last stretch says it
    ended there (lines._title_headers): a signature block under "Pour extrait conforme" or
    "Fait à …, le …" holds a few lines; further up the text still runs on."""

    # Deliberations (parts.py, deliberation.py)
    signature_lines: int = 40
    """The closing lines where a deliberation's signature block is looked for."""
    signature_min_letters: int = 4
    """A signatory's name has at least this many letters."""
    member_slip_len: int = 5
    """A name OCR'd under a signature's pen strokes whose surname no member bears exactly
    ("ÆLÉMENT Chantal": the stroke through the C) is the one member whose surname is a
    letter away (changed, dropped or added), surnames this long at least (a short one is a
    letter away from too many), and who bears the name's other words (its first name)."""
    member_clip_len: int = 3
    """A surname whose first or last letters a signature's strokes erased ("TIN Guillaume"
    for Guillaume MARTIN, "L EFEBVRE Hélène": the loop over the L read apart) is the one member
    bearing the name's first name whose surname starts or ends with what is left, kept this
    long at least (two letters end too many surnames)."""
    signature_junk: int = 3
    """Characters: a segment this short beside signatories' names is a page number or a speck."""

    # Headings (headings.py)
    tab_gap: float = 1.0
    """Ems: a gap wider than this after a heading's label is a tab stop, not a space."""
    hang_out: float = 1.0
    """Ems: a heading's label this far left of the page's text edge hangs in the margin (a
    number set out there, its title at the edge: "4<tab>La description du projet urbain")."""
    hang_edge: float = 0.6
    """Ems: the title of a hanging label starts this close to the page's text edge."""
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
    contents_page_gap: float = 3.0
    """Ems: a page number this far from an entry's words ends a sommaire's entry without a
    leader (a tab stop with no fill, a page cell); a word space or a cell padding is less."""
    contents_min_apart: int = 3
    """Entries without a leader that make a run of lines a table of contents when no
    "Sommaire" title heads them (two lines ending on numbers apart may be a table's rows)."""

    # Items of minutes (minutes.py, titled_items.py)
    theme_max_chars: int = 90
    """A theme heading grouping items of minutes is a short line."""
    title_max_chars: int = 200
    """An item's title set as a heading is no longer than this."""
    wrap_step: float = 1.6
    """Times the row height: the rows of one wrapped title follow each other this close."""

    # Avenants (fiche_tables.py)
    fiche_table_keys: int = 3
    """A two-column table is an operation's fiche when at least this many of its rows open on a fiche's key
    ("Libellé", "Maître d'ouvrage", "Subvention ANRU"): the shortest fiche (a line withdrawn) prints its
    label, place and maître d'ouvrage; a table of one or two such rows is a layout grid (parties, a
    signature block)."""
    instruction_theme_words: int = 14
    """Avenants (theme_headings.py): a heading grouping instructions by theme ("Dispositions financières",
    "B. Modifications relatives au programme urbain") is a short bold line: at most this many words (a bold
    sentence of the new wording an instruction reprints runs longer)."""
    instruction_theme_letters: int = 10
    """Avenants (theme_headings.theme_lead): a run of capitals opening a paragraph is a theme heading the layout
    ran into the sentence after it when it holds at least this many letters ("ANRU QPV" is two acronyms; the
    shortest theme, "AUTRES STIPULATIONS", has 18)."""

    # One module's own thresholds each
    items: ItemSettings = field(default_factory=ItemSettings)
    """Item numbers of minutes and their titles (items.py)."""
    attendance: GridSettings = field(default_factory=GridSettings)
    """A session header read as visual rows and label / value grids (attendance.py)."""
    roll_call: RollCallSettings = field(default_factory=RollCallSettings)
    """Attendance as a roll-call table (roll_call.py)."""
    name_grid: NameGridSettings = field(default_factory=NameGridSettings)
    """Names in a borderless grid under their label (name_grid.py)."""
    list_columns: ListColumnSettings = field(default_factory=ListColumnSettings)
    """A list set in columns beside its label, read down each column (list_columns.py)."""
    state_columns: StateColumnSettings = field(default_factory=StateColumnSettings)
    """Attendance as a ruled table whose columns are the states (state_columns.py)."""
    vote_grid: VoteGridSettings = field(default_factory=VoteGridSettings)
    """A vote printed as a grid (vote_grid.py)."""
    gutters: GutterSettings = field(default_factory=GutterSettings)
    """Column gutters of a session header (gutters.py)."""
    short_lines: ShortLineSettings = field(default_factory=ShortLineSettings)
    """Where a paragraph set with no spacing ends (short_lines.py)."""
    line_step: StepSettings = field(default_factory=StepSettings)
    """The step between wrapped lines of a paragraph (lines.py)."""
    prose_regions: ProseRegionSettings = field(default_factory=ProseRegionSettings)
    """An unruled "table" that is two columns of prose (headings.py)."""
    receipt: ReceiptSettings = field(default_factory=ReceiptSettings)
    """The legality-control receipt (receipt.py)."""


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
