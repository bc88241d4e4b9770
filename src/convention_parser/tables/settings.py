"""Explicit settings for every table heuristic (one place to tune, nothing hidden)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RuledSettings:
    """pdfplumber's grid algorithm on layer 1's ruling lines (style: fully bordered)."""
    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    edge_min_length_prefilter: float = 1.0   # before snapping/joining (pdfplumber's default)
    edge_min_length: float = 3.0
    min_rows: int = 2
    min_cols: int = 2
    # A header boxed alone, one row, every filled cell shaded and no figure,
    # over an unruled body (a one-row table announced by "est insérée la
    # ligne suivante :", a financing table ruled only under its shaded
    # header): kept as a grid of this many rows for the finder to give it
    # the body below; dropped when none follows.
    min_rows_shaded_header: int = 1
    # One boxed row, at least this share of its cells filled: a body row a page break parted
    # from its header (a header alone ending the page before); no table of its own otherwise.
    row_piece_filled_share: float = 0.75
    # Grids drawn back to back: this many rows or more that never use some
    # column boundaries of the rows above (or below) are a table of their own.
    min_rows_fewer_columns: int = 3
    # Filled rectangles at least this large are cell backgrounds (shaded headers).
    min_shade_width: float = 6.0
    min_shade_height: float = 4.0


@dataclass(frozen=True)
class DottedSettings:
    """Dotted/dashed rules drawn as rows of small pieces (dotted.py)."""
    max_thickness: float = 2.0        # a piece is thinner than this ...
    max_piece: float = 6.0            # ... and no longer than this (a dot or a dash)
    align_tol: float = 0.6            # pieces of one rule share their centre line
    max_gap: float = 4.0              # between two pieces: at most this ...
    max_gap_pieces: float = 3.0       # ... or this many piece lengths
    min_pieces: int = 5
    min_length: float = 15.0
    # A grid the dashed rules draw replaces a reading found without them (column rules,
    # stacked bands) when it holds this share of the reading's words (dashed_first.py):
    # the reading's cells all inside the dashed box, a stray word on its edge allowed.
    explain_share: float = 0.9


@dataclass(frozen=True)
class AlignedSettings:
    """Tables without vertical rules: columns inferred from word x-extents."""
    # Rules that bound groups of rows, not rows (shaded group rows across a table without rules,
    # their bands' edges its only rules): a band between two of them holding two lines or more
    # that each open a row (a cell starting within row_open_tol points of the table's leftmost
    # text, at least band_row_min_cells cells, a figure in the last) holds several rows; the
    # table's rows are then found by pitch, as for an unruled body (aligned.rows_in_bands).
    band_row_min_cells: int = 3
    row_open_tol: float = 3.0
    # A horizontal gap separates two cells when it is wider than this many of
    # the line's own word spaces (median gap, capped at word_space_em), and
    # never below min_cell_gap_em (justified prose stretches all spaces alike).
    cell_gap_spaces: float = 2.5
    word_space_em: float = 0.3
    min_cell_gap_em: float = 0.5
    # A gutter is an x-range covered by at most this share of the region's lines
    # (a few spanning cells, e.g. a "Total" over two columns, must not fill it).
    gutter_max_cover: float = 0.12
    min_gutter_width: float = 4.0
    # A gutter split by fewer lines (a column filled in few rows) is kept
    # when no cell enters it, at least this many lines split it, and the
    # cells on one side of it share an edge within this tolerance.
    sparse_min_split: int = 3
    sparse_align_tol: float = 2.0
    min_multi_lines: int = 3          # lines with >= 2 cells needed for a table
    # ... or two lines when both hold this many cells or more: a header over one
    # data row (a table per family of operations, a line an avenant adds); two
    # lines of prose cut by wide justified spaces rarely hold three cells each.
    two_lines_min_cells: int = 3
    min_rows_of_cells: int = 2        # ... and rows with >= 2 filled cells
    # Words whose glyphs stand this many sizes apart (Word.tracking) are letter-spaced: a
    # heading set so ("3.3 MODIFICATION DE L'ARTICLE 5") widens its word spaces by the spread,
    # and its wrapped lines' words line up like cells. A row with at least spread_share of its
    # letters in such words is spread; a grid half of whose rows are is spread text, no table
    # (table cells are never spread).
    spread_em: float = 0.06
    spread_share: float = 0.8
    # Without any rule, a "table" whose fullest column holds this share of
    # the text or more, after the first column or in cells this long on
    # average, is prose beside hanging labels.
    max_column_text_share: float = 0.88
    min_paragraph_cell_chars: float = 80.0
    # Running prose cut by wide justified spaces or set in two columns: most
    # rows open on a lowercase word (a sentence going on from the line
    # above) and hold many words (a whole line, or lines of a few words in
    # each column); a table's rows open on a label or a figure.
    prose_min_rows: int = 3
    prose_lowercase_share: float = 0.5
    prose_min_words_per_row: float = 6.0
    prose_min_words_per_cell: float = 3.0
    # A grid holding words of two columns of prose layer 1 read apart is the page's
    # columns when its columns are lines of prose: in each, this share of the filled cells
    # hold at least prose_line_words words, less than prose_line_max_digits of their characters
    # digits (a table's labels are shorter, its amounts mostly digits).
    prose_line_words: int = 3
    prose_line_max_digits: float = 0.3
    prose_line_share: float = 0.6
    # Two columns of prose whose paragraphs the grid made rows: every cell a paragraph
    # (this many words or more), whatever case they open on; a table's label column never is.
    prose_paragraph_words: int = 12
    max_single_run: int = 12          # single-cell lines allowed between two table lines
    # Tables stacked under head rows boxed alone (boxed_heads.py): a line of one cell boxed by
    # rules as wide as the run, after a white this many times the run's usual white between its
    # lines (operation sheets: 46 pt between sheets, 14 between rows), opens the next table ...
    boxed_head_gap_ratio: float = 2.0
    # ... its box's rules within this many sizes of its text (the cell's padding and the paragraph
    # spacing after it: 12 pt under a 10 pt head).
    boxed_head_pad_em: float = 1.5
    # A run with no gutter at all (numbered headings at tab stops, "Article 4 :<tab>Title", and a
    # table a few prose lines below them, set with no paragraph spacing) is cut at its lines of
    # one cell this wide (a share of the run's width: prose, not a cell's wrapped rest) and each
    # piece is read on its own.
    prose_cut_width: float = 0.8
    # A line of justified prose cut at every stretched space (a sentence announcing a table,
    # between it and the headings above) is prose, not a row: at least this many pieces of a
    # word or two, parted by spaces equal within this tolerance (points; aligned._justified).
    justified_min_pieces: int = 6
    justified_gap_tol: float = 1.0
    # A cell's lines ending a run (its wrapped rest below the last line of cells) stay within
    # the run's right edge but for this many font sizes: a ragged-right cell's lines end a
    # word short or long of the widest one so far ("… » ; « Maître d'ouvrage »" under
    # "… Réhabilitation du gymnase"); prose under a table opens at its first column.
    cell_tail_overhang_em: float = 1.0
    # Under a table whose cells are set this many points smaller than the
    # document's body, a line of one cell set this much larger than the cells
    # ends the run (a heading, the body's prose).
    run_size_step: float = 1.0
    # Two adjacent columns never both filled in a row are one column
    # (values set apart in it), when at least this many rows fill them.
    min_complementary_rows: int = 3
    # Rules give the rows only when no band between two of them holds more
    # lines of several cells than this (a wrapped row); else they box some
    # rows only (a header, a total) and whitespace splits the others.
    max_band_multi_lines: int = 3
    # Consecutive lines whose pitch exceeds the tightest pitch by this factor
    # belong to different rows (cell padding); below it, a wrapped cell.
    row_pitch_factor: float = 1.18
    # ... and when the tightest row pitch is this factor of the leading or
    # more (rows set well apart), a figure at the leading is a wrapped line
    # too, not a row (tighter rows: a figure does not wrap, it opens a row).
    spaced_rows_factor: float = 1.5
    # A vertical gap wider than this ends a region (the rows of an unruled
    # Word table whose cell paragraphs keep their spacing after sit 2.7 apart).
    max_line_gap_em: float = 2.9
    # ... and never narrower than this many of the document's body size
    # (a table set small keeps the body's cell padding and spacing).
    max_line_gap_body_em: float = 2.0
    # ... or than this factor times the run's usual gap between rows, once
    # it has this many (rows spaced wide in a small type).
    run_gap_factor: float = 1.7
    run_gap_min_rows: int = 4
    # Row groups of one table parted by white space alone (a vertically merged
    # cell's paragraphs and padding) are joined across at most this many of
    # their font sizes, when in the same columns (aligned._join_row_groups).
    max_row_group_gap_em: float = 10.0
    # A merged cell keeps the empty paragraphs of the cells merged into it (LibreOffice,
    # python-docx: a line of white per covered cell), white inside its row: a run goes on
    # across white of at most this many font sizes when what follows continues the
    # table (a row of as many cells or more, in the cells' type, or a group row at the
    # table's left edge over such a row; aligned._white_in_row).
    merged_row_white_em: float = 40.0
    # A line above or below a region joins it (a wrapped cell's line) at no
    # more than this leading, in font sizes.
    max_wrap_leading_em: float = 1.45
    # Baseline pitches below this many font sizes are no leading: two lines of different
    # cells overlapping (a cell's second paragraph set off by its spacing before, beside
    # another cell's wrapped lines; "AMO terminé" / "Moe 2023" in a date column).
    min_leading_em: float = 0.9
    # ... and lines overlapping by more than this many points (such a pair and the
    # pitches on either side of it) are left out of the measure of the leading.
    overlap_tol: float = 1.0
    # ... and a pitch that no other repeats within this share of it, under pitches that
    # repeat at most lone_pitch_span times wider (the leading of the wrapped cells), is
    # left out too: two cells' lines at offset baselines read as one line.
    leading_repeat_tol: float = 0.04
    lone_pitch_span: float = 1.4
    # ... raised to the document's own leading (leading.py: a cell is set in the
    # document's paragraph style, "multiple 1.3" wraps at 1.59 em): the pitch between
    # lines of one paragraph of body type, both starting at one left edge (within
    # leading_left_tol points) and at least leading_min_width_em wide, the most
    # frequent to 0.02 em among at least leading_min_pairs pairs, times
    # leading_tolerance (a baseline read off by a descender), never above leading_max_em
    # (double spacing and more is paragraph spacing, not a leading a cell wraps at).
    leading_left_tol: float = 2.0
    leading_min_width_em: float = 20.0
    leading_min_pairs: int = 8
    leading_tolerance: float = 1.05
    leading_max_em: float = 2.0
    # Full-width lines (sub-heading rows) allowed between two blocks with the
    # same columns that are then one table; more lines are prose.
    max_spanning_lines: int = 2
    # ... unless the block below opens on a header printed again (a line of at least this many
    # cells, bold, no figure) under a block of rows: two tables told by shading bands alone
    # (zebra, a header band) with a sentence or a caption between them, not one table's
    # sub-heading rows (a group row is followed by rows of figures).
    header_again_cells: int = 2
    # ... spanning every column when they start within this many font sizes
    # of the blocks' left edge (further right: a wrapped header cell).
    group_row_indent_em: float = 2.0
    # ... and only when they sit no further from their neighbours than this
    # factor times the widest line gap inside the blocks (captions have more).
    spanning_gap_factor: float = 1.3
    # ... or, next to a block of one row (no row spacing to compare with),
    # when set in the cells' type size (within this many points) at no more
    # than this many font sizes from its neighbours.
    group_row_size_tol: float = 0.6
    group_row_gap_em: float = 2.2
    join_max_crossing_share: float = 0.2  # of the joined blocks' multi-cell lines
    # Blocks with at least this many lines of several cells each, whose
    # column counts differ, are two tables (never joined over a sub-heading).
    min_table_lines: int = 3
    # Tables of at most this many lines of cells under their header line take their
    # columns from the header's cells (a cell set left starts within the tolerance).
    header_columns_max_rows: int = 8
    header_columns_tol: float = 2.0
    # A line between two blocks starting this far left of both is a
    # paragraph at the margin (a caption), not a group row of one table.
    outdent_tol: float = 2.0
    # A line opening with a caption label between two blocks is a caption.
    caption_label: str = r"^(Tableau|Table|Tab\.|Figure|Graphique|Annexe)\s*(n\s*°\s*)?[0-9IVX]+\b"
    # A horizontal rule drawn cell by cell (Chromium) counts once joined when
    # it runs under this share of the table's width.
    joined_rule_cover: float = 0.9
    # Two unruled tables side by side (each in a cell of a borderless layout table) read as one
    # grid (side_tables.py): the columns left and right of a column boundary share less than this
    # share of the baselines of the side with fewer (each table's rows at its own pitch, a header
    # wrapped over three lines beside one of one line: 3 of 12 shared). One table's cells share
    # their first line's baseline, row by row, with every other column (top-aligned cells) ...
    side_baseline_share: float = 0.5
    # ... each side holding this many lines at least, in two columns or more.
    side_min_lines: int = 3


@dataclass(frozen=True)
class FurnitureRowSettings:
    """A row layer 1 took for the page's footer or header, boxed by the table's rules
    (furniture_rows.py)."""
    extent_tol: float = 2.0           # the rules above and below share both ends within this (points)
    # The rules sit at most this many line heights above and below the line: a row's padding
    # (Word's cell margins, a line or two of white), not a footer a paragraph under a table.
    max_band_lines: float = 2.5


@dataclass(frozen=True)
class StackSettings:
    """Tables with a horizontal rule between every two rows (stacked.py)."""
    min_rules: int = 3                # two rows at least
    extent_tol: float = 2.0           # rules of one table share both ends within this
    outside_tol: float = 1.5          # a row's words stay inside the rules' extent
    # A stack of rules at least this far (points) left or right of another, over some of the
    # same height, is a table set beside it (two tables side by side in a layout table's cells;
    # Word's cell padding leaves about 11 pt between them): its words are no row's of the other.
    beside_gutter: float = 4.0
    # A line of several cells ending at most this many line heights above a stack's first rule,
    # the stack opening on a group row: the header of a table whose shaded group rows draw its
    # only rules (stacked._header_over_group_band).
    header_above_lines: float = 2.5
    # A band whose text sits lower under its top rule than the rows' padding
    # plus this many line heights holds a paragraph between two tables.
    max_pad_lines: float = 1.5
    # A one-cell line whose type size differs from the rows' by more than
    # this (points) is a caption between two tables.
    size_tol: float = 0.6
    # A band holding more lines of several cells than this is no single row.
    max_multi_lines: int = 3
    # Lines of one band are one row when no two are further apart than this
    # factor times the tightest leading (a wrapped cell's lines).
    max_pitch_ratio: float = 1.18
    # Two tables back to back in one stack of rules: each side of the cut
    # holds at least this many lines of several cells (a header and a row).
    min_side_lines: int = 2
    # A band with more lines of several cells than max_multi_lines is still one row whose
    # cells wrap (narrow columns of a wide table) when its first line holds at least this
    # many cells and every later line sits under one of them: starting where it starts or
    # ending where it ends (an amount set right), within this tolerance (points).
    wrapped_row_min_cells: int = 3
    wrapped_row_align_tol: float = 2.0
    # A band of at most this many lines of one cell, starting in a column well right of the
    # rows' text, is a cell's rest (a label cut by a page break), not text between two tables.
    max_inset_rest_lines: int = 2
    # Two rules of one extent closer than this (points) are the strokes of one double rule
    # (Word's double border under a header: about 1.5 pt apart); a row is never that thin.
    double_rule_gap: float = 3.0
    # A band holding a line of several cells and a line of one chunk across this share of
    # the rules' extent is a row followed by running prose: the table below it drew the
    # bottom rule (shaded headers' edges only, no rule under the last row: an unruled body
    # row, a heading and its paragraph, then the next table's shaded header). No cell of a
    # table of several columns runs that wide; a group row's label is far shorter.
    prose_line_share: float = 0.9
    # ... and so is a line of one chunk under the row that crosses its columns (over two cells
    # of the row's first line: a caption, a sentence) set a paragraph's spacing below the line
    # above it: more than this many of its heights (a wrapped cell's lines are a tenth or two
    # apart; a cell's own paragraphs stay inside their column).
    text_gap_lines: float = 0.5


@dataclass(frozen=True)
class HeaderSettings:
    max_header_rows: int = 4


@dataclass(frozen=True)
class ContinuationSettings:
    """A table at the foot of page p and one at the top of p+1 are one table."""
    max_boundary_shift: float = 0.06  # column boundaries, as a share of the table width
    # Columns read off whitespace put a boundary anywhere in the gutter,
    # which the widest cell of each part moves: parts whose columns'
    # usual text starts agree within this (points) are one table as well.
    max_start_shift: float = 3.0
    max_prose_lines_between: int = 0
    # When the next page repeats the header, a few full-width lines left
    # below the first part (a group row, "Quartier X", at the page foot) are
    # rows of the table, if they sit within this many font sizes of it.
    max_group_lines: int = 2
    group_gap_em: float = 2.0
    # ... or, a group row alone ending the page, within this many: the white above it
    # is a merged row's (a sub-total merged over the label columns keeps the empty
    # paragraphs of the cells merged into it; aligned.AlignedSettings.merged_row_white_em).
    group_white_em: float = 40.0
    # A row of figures right under a table ruled or banded between rows only (zebra shading,
    # an unshaded "Total" row under the last band) and within this many font sizes of it,
    # its cells in the table's columns, is the table's last row (last_row.py).
    last_row_gap_em: float = 1.5
    # A table's Total row printed apart as a boxed one-row table under it: an empty
    # paragraph in the body's type and the box's padding lie between, up to this many of the
    # row's (smaller) type sizes (generator2 layout set 7: 2.5 em in 8 pt, 4 em in a wide
    # table shrunk to 6.5 pt under a 12 pt body); the box rules across the table's width
    # above and below the row are required (last_row.py).
    boxed_row_gap_em: float = 6.0
    # A white row between a header shaded alone and the first shaded band of a zebra body
    # (its first row, or a row's rest under the header printed again after a page break)
    # touches both: its lines sit within a cell's padding of them, at most this many font
    # sizes (a sentence or heading between has a paragraph's spacing; header_alone.py).
    row_under_band_gap_em: float = 0.6
    # ... or, for a white row above or below a zebra body (stacked.with_white_rows), the
    # padding the body's bands keep around their text, give or take this (points).
    row_pad_tol: float = 1.5
    # A few lines at the top of page p+1 whose cells each fall in one column
    # of the table ending page p (a "Total" row pushed over the page break)
    # are its last rows, though too few to be found as a table of their own.
    max_orphan_lines: int = 3
    # ... or this many, all in one column: a cell of prose (an avenant's
    # "Article 4.1, tableau, ligne « ... »") wrapped past the page foot.
    max_rest_cell_lines: int = 8
    # ... under at most this many lines of one cell opening lowercase (the
    # rest of the last row above, a cell wrapped past the page foot).
    max_rest_lines: int = 2
    # Under a header boxed or shaded alone, a label at the table's left edge
    # sitting further than this many font sizes below the line above is a
    # group row ("Quartier X – commune"); closer, it is a wrapped cell's rest
    # (a wrap sits at the leading, about 0.2 em apart; rows at their padding).
    group_row_min_gap_em: float = 0.6
    # ... and its rows sit at most this factor times the gap between the
    # header's text and the first line below it (the table's row spacing).
    row_gap_factor: float = 1.25
    # ... and are set in one type size, within this many points: a caption
    # or a heading right below is no wrapped line of the last row.
    size_tol: float = 0.6
    # A table whose rows all fill their label column, over at least this many
    # rows: the rest of a row broken by a page break leaves the label empty.
    min_labelled_rows: int = 3
    # ... and a row leaving at least this many of the columns every row of the part above
    # fills (over min_labelled_rows rows), filling no figure of its own, is a rest (a row
    # of its own fills its count, rate and date; one column may be left blank by chance).
    rest_min_left_columns: int = 2
    # Lines opening the next page that fill only cells the last row above leaves empty (a
    # label stacked one line per row beside "C :", "P :", "T :" rows, its last line pushed
    # over the break) are that row's rest when white wider than this many of the part's row
    # pitches parts them from the rows below: a group row heads its rows from a row pitch.
    rest_apart_pitches: float = 1.5
    # Lines in the label column alone opening the next page, this many or more (a label's
    # next paragraphs, "Rénovation de l'école" / "Berteloot" / "Rue du 8 Mai 1945 - 62800"
    # / "Liévin"), are the rest of the last row's label: a group row heading the rows below
    # holds a line or two (max_group_lines), set over the row rather than wrapped in a cell.
    rest_label_min_lines: int = 3
    # A row's rest atop the next page may run this many font sizes past the part's right
    # edge: an unruled table's last column ends at its widest text above, not at a rule
    # ("requalifiés et cœur de" a point past "Lens – Cité du 12/14,").
    rest_overhang_em: float = 1.0
    # A footnote separator: a rule from the left margin (within this many
    # points) no longer than this share of the page width.
    footnote_rule_indent: float = 6.0
    footnote_rule_max_share: float = 0.4
    # A header left alone at a page foot (foot_header.py): at most this many
    # lines (its cells wrapped).
    max_foot_header_lines: int = 3
    # A first part too short to be found, under the header printed again over the body
    # on the next page (foot_header.foot_part): at most this many rows.
    max_foot_part_rows: int = 2
    # A row's rest that a page break cut, empty under the header the next page
    # repeats, is closed by a rule across at least this share of the header's
    # width (the table's own row rule, not a short rule beside it).
    band_rule_cover: float = 0.9
    # The last row of a ruled table pushed over the page break, boxed alone: such
    # rules run within this many of its type sizes above and below its lines
    # (a cell's padding; generator2 layout set 3 leaves 1.1 em in 6 pt).
    box_rule_gap_em: float = 2.0
    # Lines of one cell left under a table's last row at the page foot, flush with a cell's
    # text, each within this many type sizes of the line above, are that cell's next
    # paragraphs (foot_paragraphs.py): a paragraph's spacing (LibreOffice's 0.21 cm after a
    # paragraph of 9-12 pt type, an empty paragraph between) leaves under 2.5 sizes.
    foot_paragraph_gap_em: float = 2.5


@dataclass(frozen=True)
class TitleSettings:
    max_gap_em: float = 3.2           # caption at most this far above the table
    max_chars: int = 220
    # A caption is a paragraph of its own: the line above it ends a sentence
    # or sits further away than this (in font sizes) from it.
    paragraph_gap_em: float = 0.6
    # Lines under a table whose pitches differ by at most this (em) are one paragraph's, whatever
    # their gap (a loose leading leaves gaps as wide as paragraph_gap_em between its lines).
    same_leading_em: float = 0.15
    # A caption set in bold or italic may wrap over this many lines.
    max_styled_lines: int = 3
    # Below the table (when none is above): a line of its own, set in bold or
    # italic or opening with a caption label, at most this far below.
    max_gap_below_em: float = 2.0
    caption_label: str = r"^(Tableau|Table|Tab\.|Figure|Graphique|Annexe)\s*(n\s*°\s*)?[0-9IVX]+\b"
    # A numbered heading ("Art. 10.", "8.2 Les …", "TITRE II") below a table
    # is the next section's, never a caption.
    heading_number: str = (r"^((article|art\.?|titre|chapitre)\s+[0-9IVXL]+"
                           r"|[0-9]+(\.[0-9]+)*\.?\s|[IVXL]+\s*[.–-])")
    # A line ending this share of the text measure short of the right edge
    # ends its paragraph (a caption set tight against the prose around it).
    short_line_share: float = 0.15
    # The caption side vote: a plain short line counts this much against a
    # marked caption (a label, bold or italic); a side wins by more than the margin.
    plain_caption_weight: float = 0.5
    min_vote_margin: float = 1.0


@dataclass(frozen=True)
class KeyLineSettings:
    """One-row tables without header or rule: a label and its figures (key_line.py)."""
    max_cells: int = 4
    max_label_words: int = 8
    # Cells set apart by at least this many font sizes (justified prose
    # widens its spaces far less).
    min_gap_em: float = 2.0
    # A line within this many font sizes (baseline to baseline) above or
    # below, overlapping it, makes it a line of a paragraph (paragraph
    # spacing sets a line of its own further apart).
    paragraph_leading_em: float = 1.6


@dataclass(frozen=True)
class LayoutGridSettings:
    """Grids that lay text out rather than hold data (layout.py): a frame of one cell,
    a grid with no column of figures and no header naming distinct columns (parties,
    signatories, blocks of prose side by side)."""
    enabled: bool = True               # False: every grid is a data table (as before the check)
    # A cell is a figure when it types as a number (cells.cell_value) or, this short
    # (in words), holds a digit ("C0703-14-0011", "S2 2024", "3 € par m² et par mois").
    figure_max_words: int = 6
    # A column of figures: at least this share of its filled data cells are figures.
    figure_column_share: float = 0.5
    # ... or at least this many figures (a synthesis of counts where some rows describe).
    min_figure_cells: int = 2
    # A first body row whose cells are all this short (in words), without a figure,
    # names the columns when no header was found.
    label_max_words: int = 4


@dataclass(frozen=True)
class ContentsTableSettings:
    """A table of contents set as a table (contents.py): headings in a cell, pages in the next."""
    enabled: bool = True
    # Entries with a page: two are a list of pages, three make a sommaire one could mistake for none.
    min_entries: int = 3
    # Under a "Sommaire" caption, two entries are enough (a short avenant's two articles).
    min_titled_entries: int = 2
    # A label column, a page column, perhaps a number column before the label: no wider.
    max_cols: int = 3
    # Uncaptioned, this share of its entries open on a heading's label ("Article 4", "TITRE II").
    labelled_share: float = 0.6
    # Rows holding a wrapped entry's rest (no page): a few, not a table of text with page marks.
    max_wrapped_share: float = 0.5


@dataclass(frozen=True)
class TableNoteSettings:
    """Notes printed as the closing row of their table (table_notes.py)."""
    enabled: bool = True
    # Closing rows that may hold notes (one note a row, or every note in one row).
    max_rows: int = 4
    # Notes printed under the table (a row the grid did not hold, or paragraphs): the first within
    # this many of its type sizes under the table's bottom (a row's padding and gap: a notes row under
    # a rule the grid stopped at), each next as close ...
    under_gap: float = 3.5
    # ... no larger than the table's own type (points more: a body paragraph "1. …" is larger) ...
    under_size_tol: float = 1.0
    # ... starting no further left of the table than this (points), at most this many lines.
    under_indent: float = 6.0
    under_max_lines: int = 6


@dataclass(frozen=True)
class ProseTopSettings:
    """A grid found over rules (a heading's bottom border, a table ruled between rows) that opens
    on the paragraphs above the table (prose_top.py): those rows are cut off."""
    enabled: bool = True
    # A paragraph's line read as a row: one cell across the grid, this many words at least ...
    min_words: int = 8
    # ... over this share of the grid's width (a table's group row or inner title is short).
    min_width_share: float = 0.6
    # The table proper opens on a row of this many filled cells at least.
    min_filled: int = 2


@dataclass(frozen=True)
class EmptyColumnSettings:
    """A column blank in every row of a table without column rules joins its neighbour
    (empty_columns.py) ..."""
    enabled: bool = True
    # ... in a grid of this many rows at least: a row or two (a total row pushed over the page, a
    # row's rest) leave columns blank that the table's other rows fill.
    min_rows: int = 3


@dataclass(frozen=True)
class ColumnRuleSettings:
    """Tables ruled by their columns only (column_rules.py): Word's left, right and inside
    vertical borders and no horizontal one, so neither the grid reader (no row edges) nor
    the whitespace reader (cells of tight columns, prose right under) finds them."""
    min_rules: int = 3                # two columns at least, outer borders included
    max_thickness: float = 2.0        # a rule is a thin bar (points wide)
    min_height: float = 18.0          # at least two lines of 9-point type
    min_piece: float = 3.0            # a piece of an inside rule between two group rows
    # Pieces of one column rule drawn cell by cell (Chromium: a bar per row) are joined when their
    # x agree within piece_x_tol and their ends meet within piece_join (points).
    piece_x_tol: float = 0.8
    piece_join: float = 1.5
    # An inside rule broken by cells spanning it (group rows) still draws a column when its
    # pieces cover this share of the table's height.
    min_coverage: float = 0.5
    # Rules closed at both ends by horizontal ones covering this share of their width are a
    # box (a shaded band's outline, a framed row), not a table ruled by its columns only.
    min_box_cover: float = 0.9
    extent_tol: float = 2.0           # rules of one table share top and bottom within this
    min_column_width: float = 24.0    # narrower gaps between rules are a box's doubled edge, no column
    min_lines: int = 2                # a header and a row
    # Lines of several cells the table needs: fewer are a frame round a paragraph, not a table.
    min_multi_lines: int = 2
    # A row boxed apart right under the table (its Total as a one-row table, a blank
    # paragraph between) lies within this many of the row's type sizes of it: a blank body
    # paragraph and the box's padding, as ContinuationSettings.boxed_row_gap_em.
    boxed_row_gap_em: float = 6.0


@dataclass(frozen=True)
class TableSettings:
    ruled: RuledSettings = field(default_factory=RuledSettings)
    dotted: DottedSettings = field(default_factory=DottedSettings)
    aligned: AlignedSettings = field(default_factory=AlignedSettings)
    stacked: StackSettings = field(default_factory=StackSettings)
    furniture_rows: FurnitureRowSettings = field(default_factory=FurnitureRowSettings)
    column_rules: ColumnRuleSettings = field(default_factory=ColumnRuleSettings)
    header: HeaderSettings = field(default_factory=HeaderSettings)
    continuation: ContinuationSettings = field(default_factory=ContinuationSettings)
    title: TitleSettings = field(default_factory=TitleSettings)
    key_line: KeyLineSettings = field(default_factory=KeyLineSettings)
    layout: LayoutGridSettings = field(default_factory=LayoutGridSettings)
    contents: ContentsTableSettings = field(default_factory=ContentsTableSettings)
    notes: TableNoteSettings = field(default_factory=TableNoteSettings)
    prose_top: ProseTopSettings = field(default_factory=ProseTopSettings)
    empty_columns: EmptyColumnSettings = field(default_factory=EmptyColumnSettings)
    totals_tolerance: float = 0.005   # euros (amounts carry cents at most)
