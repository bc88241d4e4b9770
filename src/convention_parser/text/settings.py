"""The thresholds of layer 1 (reading the PDF: words, lines, reading order, OCR), in one place.

Like structure/settings.py: ``parse_pdf(..., settings=ParseSettings(text=TextSettings(...)))``
reads the PDF with other values; the pipeline makes them the active ones for the parse
(``use_text_settings``) and every module of text/ reads its own with ``text_settings().x``
(a context variable: a parse in a worker or a thread sees only its own). Called on its own
(``read_document`` in a test), the stage uses the defaults, the values the corpus scores
were measured with.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True)
class OcrSettings:
    psm: int = 3                   # Tesseract page segmentation: automatic, columns and blocks
    recover: bool = True           # second pass over ink the first left unread (ocr_recover.py)
    reread: bool = True            # doubtful words read again alone (ocr_reread.py)
    # Lines read in pieces read again alone (ocr_lines.py). Off: on the fresh low-dpi seed
    # 58108408 it cost an item of an 80 dpi minutes and the session date of an 80 dpi
    # deliberation (both turned 0.3-0.5°) even with its number guard (ocr3b); on dev
    # 4410-4429 it gained one item (80 dpi). Pass it on to use it (tests do).
    reread_lines: bool = False
    # Tesseract's language data: the documents are French (accents, "l'", "n°" read as such).
    lang: str = "fra"
    # Ink below the baseline, in line heights, that makes a lone ":" a ";": a semicolon's
    # tail is a few pixels at 100-150 dpi, and in an attendance list "A ; B" read "A : B"
    # glues two people into one entry.
    semicolon_tail: float = 0.12
    # A word made of these glyphs only, by a vertical rule of the page (within
    # ``rule_glyph_reach`` points of its box), is the rule read as glyphs: a ruled cell's
    # border beside its wrapped title read "{|" (dev rough minutes 4654, 120 dpi), taken for
    # running text across the columns, ended the title. Tesseract's box for such a word may
    # be a sliver beside the stroke (there: 0.5 pt wide, 6.6 pt left of the rule's middle):
    # the reach is a glyph's width and a half.
    rule_glyphs: str = "|¦{}[]!"
    rule_glyph_reach: float = 8.0
    # Leftward drift of an apostrophe's tail, in glyph heights, that makes it a curly ’
    # (a straight ' is a vertical tick, drift about 0); Tesseract reads both as '.
    apostrophe_curl: float = 0.035
    # Two pages scanned side by side on one sheet (ocr.sheet_halves): a sheet this many
    # times wider than tall (two A4 pages on A3: 1.41; a landscape page of one table 1.41
    # too, but no strip of it is empty from top to bottom), an empty strip at least
    # ``sheet_gutter`` points wide (the two pages' margins: 2-4 cm) between these shares
    # of its width, each side with at least ``sheet_side_ink`` of the ink; a column with
    # ink on under ``sheet_speckle`` of its rows is empty (dust). Looked for at ``sheet_dpi``.
    sheet_ratio: float = 1.2
    sheet_gutter: float = 24.0
    sheet_middle: tuple[float, float] = (0.35, 0.65)
    sheet_side_ink: float = 0.2
    sheet_speckle: float = 0.004
    sheet_dpi: float = 50.0


@dataclass(frozen=True)
class ScanImageSettings:
    dpi: float = 300.0            # resolution OCR reads at
    # A page image below this resolution is rendered at its own and enlarged with
    # Lanczos to ``dpi``; at or above it pdfium renders at ``dpi`` directly.
    native_below: float = 280.0
    max_skew: float = 3.0         # degrees searched either way
    coarse_step: float = 0.25     # degrees
    fine_step: float = 0.025
    # Below this the page is left as is: turning the image resamples it, and on a
    # 300 dpi scan of italics a 0.2° turn costs more letters than the drift (1.5 pt
    # across the page) costs the layout.
    min_skew: float = 0.3
    # A scan below ``native_below`` is enlarged (Lanczos) before it is read: its strokes are
    # already smooth, and turning it costs no letters, while a turn left in place costs its
    # rules: an underline 420 pt long, 0.29° askew, drifts 9 px at 300 dpi over its length, its
    # rows exceed ``max_rule_thickness`` and it is no rule, so it is not erased and Tesseract
    # cuts the underlined item title ("DEL 2011-078 : Subvention" read "EL 2011-078 :
    # Subventi"; 80 dpi minutes, dev scan 4403). Such a page is straightened from this angle:
    # under it the drift stays within a rule's thickness (0.2°: 6 px over 420 pt), and a turn
    # still costs letters (the real 96 dpi Montpellier minutes, 0.175° askew, turned read
    # "Perls" for "Perla" in their present list).
    # Off (0.3, as ``min_skew``): with the three mechanisms below off, turning from 0.2° still
    # cost the session date of an 80 dpi deliberation of the fresh low-dpi seed 58108408
    # (ocr3b). 0.2 reads dev minutes 4403's titles (tests/test_ocr_low_dpi_underlines.py).
    min_skew_enlarged: float = 0.3
    profile_dpi: float = 100.0    # the skew is measured on the ink at this resolution (60 is too coarse: 0.5° off)
    ink_contrast: float = 0.45    # ink: darker than the paper by this share of the paper-to-black range
    # Rules: a thin rule scanned at 150 dpi is one grey pixel wide, lighter than text
    # strokes, so rules are looked for in lighter ink.
    rule_contrast: float = 0.25
    min_rule: float = 25.0        # points: a straight run of ink this long is a rule
    max_rule_thickness: float = 3.0   # points
    # A thicker piece of long runs may hold a rule the bold letters of a low-resolution
    # title touch (72 dpi: the letters' rows bridged into runs, joined to the underline's):
    # its rows inked along this share of its extent are the rule (the letters' rows leave
    # the word spaces and the gaps between letters, under 0.7 of it; the rule's own, 0.9-1).
    # Off (1.0: a piece too thick is no rule, as before) with ``rule_inked_below`` off: the
    # two together cost an item of a 96 dpi minutes turned 0.5° on the fresh low-dpi seed
    # 58108408 and gained nothing on dev 4410-4429 (ocr3b). 0.85 finds the underline of
    # tests/test_ocr_low_dpi_underlines.py.
    rule_solid_rows: float = 1.0
    # A word of bold type scanned at 72-100 dpi is one blot at the light threshold rules
    # are looked for in: the top rows of its x-height are long runs of ink, a "rule",
    # erased through the letters ("groupement" read "arou cat"). A rule has paper under it
    # (an underline, a border: a cell's padding); those rows have the rest of the letters:
    # the rows this many points under a horizontal rule are inked along less than
    # ``rule_inked_below`` of it (an underline 0-0.1; a bold word 0.8).
    rule_clear_gap: float = 0.75
    rule_inked_below: float = 2.0     # off (see rule_solid_rows); 0.5 drops a bold word's top
    # Rules are erased before the page is read (their inked rows, looked for this many
    # points either side of their middle line): an underline through the descenders of a title turns
    # "DEL 2016-070 : Attribution ..." into "EL 2".
    rule_erase_pad: float = 0.75
    rule_erase_solid: float = 0.85    # share of its length a row of a rule is inked along
    # Specks (photocopy dust, despeckle): ink of at most ``speck_area`` square points
    # (dust read at the ink threshold: 0.05-0.25 pt² at 100-150 dpi; a colon's dot or a
    # period of 10 pt type about 1 pt²) inside a ``speck_size``-point square, with no other
    # ink within ``speck_clear`` points around it (an i's dot, an accent, a period stand
    # within a point of their letter). 0 area: no despeckling.
    speck_area: float = 0.5
    speck_size: float = 1.5
    speck_clear: float = 1.5
    speck_dpi: float = 150.0      # specks are looked for on the ink at about this resolution
    # Despeckled only with this many specks per 1000 square points (a dusty photocopy: 0.4
    # is 200 on an A4 page, dev rough 4603 has 1900; the real Montpellier and Corte scans
    # 0-35): on a clean scan each change of the image moves OCR's letter noise.
    speck_min: float = 0.4
    # Light grey (lighter than midway between paper and print) this many points from any
    # ink is painted out before OCR (clear_ghosts): the back page showing through, stains.
    # Within it, a stroke's anti-aliased edges. 0: off.
    ghost_reach: float = 1.0
    # ... and only on a page where such grey covers this share of the page (bleed-through,
    # stains: 0.05-0.3 on dev rough scans; the real Montpellier and Corte scans under 0.006)
    ghost_min: float = 0.02
    # ... and there print is told from the ghost by its strokes' cores: a pixel darker than
    # the print's median grey plus ``ghost_core_cut`` of the way to the paper (dev rough
    # 4712: print's median 75, paper 246, a ghost at bleed 0.135 no darker than 141) with
    # at least ``ghost_core`` of the 9 of its 3 x 3 neighbourhood so (a stroke 2 pixels wide
    # at 300 dpi: 6; a noise blob in a ghost, enlarged from 100-150 dpi: 4 at most); grey of
    # any depth farther than ``ghost_reach`` from a core is painted out. 0: only the grey
    # lighter than the cut (before).
    ghost_core: int = 6
    ghost_core_cut: float = 0.3
    # ... on a page where grey past the cut farther than ``ghost_core_gate`` points from
    # every core covers this share of it (per page: dev rough bleed-through pages 0.001-0.007;
    # clean and blurred 72-120 dpi dev pages under 0.00015, where painting cost letters of
    # thin strokes: a 96 dpi president's name read "Anne-Soplie")
    ghost_core_gate: float = 3.0
    ghost_core_min: float = 0.0005


@dataclass(frozen=True)
class BackgroundSettings:
    """A scan's paper made even before it is read (scan_background.py): stains, a lamp's
    fall-off, a copier's grey edge."""
    dpi: float = 50.0             # the paper's grey is followed at this resolution
    # Blocks this many points square each hold paper between the lines (10-12 pt type on
    # 14-18 pt leading): their ``percentile`` grey is the paper's there.
    block: float = 14.0
    percentile: float = 90.0
    # A block this many grey levels darker than its lightest neighbour is all print (a
    # bold title, a logo): the neighbour's paper stands in for it.
    dark_block: float = 25.0
    # Pages whose paper varies less than this (5th to 95th percentile of the blocks, grey
    # levels) are left as they are: the scan benchmark's lamp fall-off is 0-12 levels and
    # its grain and JPEG add a few (dev scans 4701-4720 plain: under 20); a stain 10-45
    # levels deep over part of a page (``--rough``), 25 and more. 0: never flattened.
    min_spread: float = 20.0


@dataclass(frozen=True)
class BorderSettings:
    """A photocopy's dark border painted out before a scan is read (scan_border.py)."""
    # Border: darker than the paper by this share of its grey (the ink_contrast of
    # ScanImageSettings: a copier's glass prints 15-120 grey levels on paper of 200-250).
    contrast: float = 0.45
    # Points of paper that end a border's run from the edge (the noise and JPEG blocks inside
    # a dark band leave single light pixels; a glyph's counter is under a point).
    paper_run: float = 1.5
    # A run from the edge this many points deep is border ...
    min_depth: float = 0.25
    # ... along a stretch of the edge at least this many points long (a speck or a glyph cut
    # at the edge: a few points; a copier's band: the edge's length; the wedge a 1-3° turn
    # uncovers at a corner: 10-30 points).
    min_stretch: float = 8.0
    # Never deeper than this share of the page across the edge (margins hold no print,
    # a page's print begins further in).
    max_share: float = 0.2
    # Points painted beyond the run's end: the band's ragged edge, blurred and JPEG'd, is a
    # grey fringe lighter than the contrast cut that Tesseract reads as "|".
    pad: float = 1.5


@dataclass(frozen=True)
class OcrRuleSettings:
    """Rules read from a scan's ink that are strokes of the words read over them
    (ocr_rules.py)."""
    # A horizontal rule in the upper ``upper`` of the boxes of words covering ``cover`` of
    # its length is a bold word's stroke (the top of its x-height at 0.3-0.45 of the box,
    # a capital's bar at 0.5; dev 4716's bold stamp line, its boxes stretched to the body
    # line Tesseract ran it into: 0.63): an underline lies at the box's foot (0.9 and
    # under); a table's or a frame's rule runs over the gaps between words (cover under
    # 0.8). Strike-throughs (0.55-0.65) are not looked for on OCR'd pages. ``cover`` over
    # 1: no rule dropped.
    upper: float = 0.8
    cover: float = 0.8


@dataclass(frozen=True)
class OrientationSettings:
    """A scanned page fed turned (orientation.py): told from projection profiles of its ink."""
    profile_dpi: float = 50.0     # the ink is looked at at this resolution (a line is 6-8 rows)
    strips: int = 6               # strips the page is cut in: a line 1.2° askew drifts 2 pt in one
    # A row (column) of a strip is empty under this share of the strip's 90th percentile
    # row: a speck of dust or a dot of noise leaves a few pixels in a gap between lines.
    empty: float = 0.06
    # Sideways: the share of empty columns in horizontal strips this many times that of
    # empty rows in vertical strips (upright text: rows 0.3-0.5 empty, columns under 0.1,
    # a label / value table's gutters included), and at least ``min_gap_share``.
    sideways_ratio: float = 2.0
    min_gap_share: float = 0.15
    # Upside down: the ink under the densest band of the lines this many times the ink
    # over it (upright French prose: 0.2-0.5, accents and capitals over, few descenders
    # under), on ``min_lines`` lines at least (a page of a few words is left as it is).
    flip_ratio: float = 1.3
    min_lines: int = 8
    core: float = 0.5             # a line's densest band: its rows inked at this share of its densest
    min_line_rows: int = 3        # a line at least this many rows tall (at ``profile_dpi``)
    max_line_ratio: float = 3.5   # a "line" this many times taller than its band is no line
    min_ink: int = 2000           # ink pixels (at ``profile_dpi``) under which a page is left as it is


@dataclass(frozen=True)
class RereadSettings:
    below_conf: float = 85.0   # words read under this confidence are read again
    # The lone reading wins when its confidence is this much higher (a few points are
    # the noise between two readings of the same pixels) and at least ``min_conf``.
    # Measured against the typeset text of 72-100 dpi scans (dev seeds 4300-4309, 816
    # doubtful words, 299 of them wrong): at 80 a lone reading replaced 18 words
    # rightly and 16 wrongly ("PERRIN" read "FERRIN" at 88); at 90, 11 and 1.
    min_gain: float = 10.0
    min_conf: float = 90.0
    # characters: a longer change is another word (a crop gone wrong); "rn" read "m" is one
    max_len_change: int = 1
    max_words: int = 120       # words read again per page: a bound on the cost
    gap: float = 10.0          # points of paper between two words on the sheet
    pad: float = 3.0           # points of paper around a word
    # Points of the page kept around a word's ink box: the box is drawn around the
    # binarized strokes, and a blurred scan's grey edge beyond it is part of the letter
    # (cut at the box, "Michael" reads "Michsel"); less than a word space.
    bleed: float = 1.0


@dataclass(frozen=True)
class LineRereadSettings:
    # A line is read again when ink of its band lies outside every word box (pieces of it
    # skipped) over at least this many line heights of columns (a letter is 0.5-0.8; a
    # speck of noise a tenth).
    min_unread: float = 0.5
    word_pad: float = 1.0      # points around a word box counted as read
    # The band is widened over ink beside it closer than this many line heights (a
    # skipped piece of the same line; a column gutter, a tab stop is farther).
    join: float = 1.5
    max_height: float = 30.0   # points: a taller "line" is a block Tesseract merged, not a line
    # The band grows up and down over inked rows, at most this many of its heights: the
    # boxes of a line's pieces may leave out its capitals, its descenders.
    grow: float = 0.5
    max_lines: int = 40        # lines read again per page: a bound on the cost
    margin: float = 2.0        # points of paper kept around a line's crop
    gap: float = 10.0          # points of paper between two lines on the sheet
    # Tesseract's segmentation of the sheet: one column of lines of any size (4). As one
    # uniform block (6) it drops a bold title among lines of body type.
    psm: int = 4
    # A lone reading replaces the page's when it carries at least this many more confident
    # characters (letters and digits weighed by confidence; the page's "EL 2011-078 :
    # Subventi eptionnelle au cl if de Nanc" against the lone "DEL 2011-078 : Subvention
    # exceptionnelle au club sportif de Nancy": 12 more), its words read on average at
    # ``min_mean_conf`` or more; words under ``min_conf`` count for nothing.
    min_gain: float = 2.0
    min_mean_conf: float = 70.0
    min_conf: float = 50.0
    # The line re-read mends a line's layout, not its characters: a digit run the page read
    # at this confidence or more (an item number, a date, a vote count) must be in the lone
    # reading as such, or the page's reading stays (the word re-read, ocr_reread.py, judges
    # a doubtful number word by word).
    number_conf: float = 80.0
    # The lone reading's words lie on the line's rows (their middles within this share of
    # its height of its box): a band grown over the next line reads two lines.
    line_slack: float = 0.5
    # ... and make one line: no two of its words overlap across more than this share of the
    # narrower one's width (a band grown over the halves of the lines around it, tight lines
    # of a 96 dpi page turned 0.35°, was read "Objet Sur le rapport : Décision de Mme
    # modificative Myriam ARNAUD, n° 6 …": two lines interleaved, an item lost; dev 4519).
    one_line_overlap: float = 0.3
    one_line: bool = True      # the check above, and its words' middles within each other's height


@dataclass(frozen=True)
class RecoverSettings:
    work_dpi: float = 100.0        # regions are found on the ink at this resolution
    pad: float = 2.0               # points around a read word (or rule) counted as read
    min_height: float = 3.0        # points: lower ink is a speck
    max_height: float = 40.0       # points: a taller region is a picture, not a line or two
    min_width: float = 4.0         # points
    min_ink: int = 12              # ink pixels (at work_dpi) of a region worth reading
    # Share of a region's ink (full resolution) in solid 2x2 blocks: printed strokes are
    # solid (over 0.5), the specks of a noisy scan are not (under 0.2).
    min_solid: float = 0.35
    join: float = 1.2              # a horizontal gap below this many region heights joins ink
    max_regions: int = 16          # regions read per page (top-down), a bound on the cost
    min_conf: float = 55.0         # a word read below this confidence is dropped
    # points: a region lower than this (6 pt type) is enlarged 2x for OCR; larger type
    # is not (at 300 dpi, enlarged 11 pt type is too big for Tesseract's classifier)
    enlarge_below: float = 5.0
    margin: float = 3.0            # points of paper kept around a region's crop
    word_width: float = 6.0        # a region narrower than this many heights may be one word
    # A piece taller than ``max_height`` (a signature scribbled across the typed "Madame
    # le Maire" / name block joins its lines) is cut at its dense rows: a row where a line
    # of type lies holds this many times the piece's median row's ink (pen strokes cross
    # a row in a few pixels: on the Montpellier scan the typed rows hold 5x the median,
    # the strokes' rows 1x) and this share of its densest row's (a short name under a
    # long title holds 0.4 of the title's).
    dense_share: float = 0.25
    dense_over_median: float = 2.5
    dense_gap: float = 1.0         # points: a thinner break (a letter's waist) stays in the line
    # The dense band is the x-height; capitals and descenders reach this share of its
    # height above and below.
    dense_grow: float = 0.4
    # points of paper above and below such a struck line, each tried (the reading whose
    # kept words carry the most confidence wins): the pen stroke's ends a crop takes in
    # sway the whole line's reading.
    struck_margins: tuple[float, ...] = (0.0, 1.0, 2.0, 3.0)


@dataclass(frozen=True)
class ScanSettings:
    # Images must cover at least this share of the page (a scan fills it).
    min_image_cover: float = 0.5
    # The text layer's word boxes cover at most this share of the page: a page
    # of body text covers 20-40 %, a stamp or a page number under 2 %.
    max_text_cover: float = 0.05
    # OCR must find at least this many confident words the text layer does
    # not have; else the image was a photo, not a page of text.
    min_new_words: int = 8
    min_conf: float = 50.0
    # A text page holding a scan of part of itself (scanned.scanned_part): an image this
    # share of the page wide (a scanned band of the page, not a logo or a photo beside the
    # text) and this share of its area (the decision and vote lines of a deliberation: a
    # quarter of a page and more), with text-layer words over at most ``max_text_cover`` of it.
    part_width: float = 0.6
    part_cover: float = 0.15


@dataclass(frozen=True)
class BulletSettings:
    # A list's glyph sits a hanging indent before its text (0.63 cm in Word, a tab of 1.27 cm at
    # most: under 4 type sizes); a dash further than this many type sizes from the next word is
    # text of its own (the "–" of an empty table cell, the next cell's words a column further).
    max_gap_em: float = 6.0


@dataclass(frozen=True)
class WordBreakSettings:
    # Glyphs inside a word sit closer than this many type sizes, letter-spaced
    # titles included: a row whose typical glyph gap is wider has few glyphs and
    # wide gaps only (the rest of amounts a narrow column wrapped, "2   €   5"),
    # and its median gap is no gap inside a word.
    max_inner_em: float = 0.6
    # A dot leader (a tab stop's fill: "M. Jean DUPONT ........ P", "Article 4 ....... 15")
    # is typeset as glyphs glued to the words on both sides: a run of at least this many
    # leader glyphs ("." "·", "…" counting three) is a word of its own. Three dots are an
    # ellipsis ("etc...") and stay in their word.
    min_leader: int = 4
    # A row is cut at gaps wider than this many type sizes (a gutter between two columns of
    # prose, between a heading and a margin note) into pieces whose word breaks may differ: a
    # heading set with its letters spread (character spacing, glyphs a quarter of an em apart)
    # beside a column of running text (glyphs touching) would be cut letter by letter at the
    # running text's threshold.
    gutter_em: float = 2.0
    # A piece whose glyphs stand this many sizes apart (median) is letter-spaced and gets a word
    # break of its own (running text and justified prose keep their glyphs within 0.01).
    spread_em: float = 0.06
    # Glyph gaps a piece needs for its median to say it is letter-spaced.
    spread_min_gaps: int = 4
    # Letter-spaced glyphs inside a row (CSS letter-spacing on a label run into its value, no
    # gutter between) are one gap apart each, the same gap within this many sizes (a browser
    # adds the same spacing after every glyph; loose glyph boxes keep their gaps equal) ...
    tracked_tolerance_em: float = 0.02
    # ... and a word break in such a run sits this many sizes wider than its gap (a word
    # space adds about a quarter of an em to it).
    tracked_break_em: float = 0.1
    # A letter-spacing gap is at most this many sizes: a wider even gap is a word space the
    # typesetter left undrawn (a title barely spread, "RAPPORT N° 86 –" 0.38 em apart a word).
    tracked_max_em: float = 0.25
    # A kerned pair inside such a run ("TA" 0.35 pt where the run's gap is 0.9) keeps at
    # least this share of the run's gap; closer glyphs are a word's set tight (no tracking).
    tracked_kern_share: float = 0.33
    # ... and the run spreads letters or figures: this many of its gaps at least stand between
    # two of them. Signs and one-letter words each a word space apart ("présent – E : excusé",
    # "Contre : 2 – Abstention" from a producer that draws no space glyph) are no tracking.
    tracked_min_paired: int = 2
    # A word hyphenated at a line end takes its rest from the next line only when that
    # line starts no further left of the hyphenated line's start than this many of its
    # type sizes (a paragraph's first-line indent): further left, it is another cell's
    # line (an unruled table's label column, its baselines off the place column's:
    # "Calonne-" / "Construction" of the cell to its left).
    hyphen_rest_max_outdent_em: float = 5.0
    # ... when it sits less than this many type sizes below (no line of one paragraph
    # sits so close: a hanging title's rest at the margin, a line below, is the word's).
    hyphen_rest_min_drop_em: float = 1.0
    # A narrow space drawn as no glyph (Chromium's U+202F in "14 704 600 €": a gap of a quarter
    # of a digit, under the row's word break) cuts a word after a digit when the gap is at
    # least this share of the digit's advance (thin_spaces.py; a hair space is ~0.16) ...
    thin_space_share: float = 0.15
    # ... and the word's other digit pairs touch within this share (advance boxes; read from
    # the ink a digit's side bearings leave 0.1-0.3 and nothing is cut).
    thin_tight_share: float = 0.05
    # Glyphs whose type sizes differ by less than this ratio are of one size when a row is
    # checked for glyphs of one size chained through another's (words.group_rows): a
    # caption's third line in 10 pt beside a table's two-line header cells in 6 pt (two
    # tables side by side) sits between the header's baselines and chained them into one
    # row, their letters interleaved ("L(QePs 0A6u7b0é5p0i)nes"). Bold, italic and the
    # size read off a glyph's box stay within 10 %.
    row_size_ratio: float = 1.2
    # Two digits (or a digit and "€" / "%") further apart than this many type sizes are two words:
    # the groups of an amount set with (narrow) no-break spaces, which justification does not
    # stretch, sit 0.14-0.25 of a size apart while the line's word spaces grow to most of a size,
    # and the row's threshold (set between glyph gaps and word spaces) rose above them
    # ("5993000,00€" in a justified line, "5 993 000,00 €" in a ragged one). Tabular digits touch.
    digit_group_em: float = 0.1


@dataclass(frozen=True)
class RotatedSettings:
    across: float = 0.6      # sizes: a char farther off its line's axis starts another line
    space: float = 0.2       # sizes: a gap along the line wider than this is a space
    apart: float = 2.5       # sizes: a gap wider than this ends the line


@dataclass(frozen=True)
class BoxSettings:
    thin: float = 2.0             # a rule is thinner than this
    snap: float = 2.5             # points: edges of one box meet within this
    max_width: float = 0.6        # share of the page width: wider boxes are tables or framed text
    min_size: float = 12.0        # points: smaller rectangles are checkboxes or bullets
    # points: a rule this close inside a box's side, within its span, is the outline of the box's
    # shading (a paragraph border is drawn 4 points out of its background: an encadré) or a double
    # frame's inner line; a column or row border of a table stands further in
    inset: float = 7.0


@dataclass(frozen=True)
class ColumnSettings:
    min_gap: float = 1.0          # a gap that can open a gutter, in font sizes
    min_strip: float = 0.6        # narrowest gutter kept along the run, in font sizes
    min_gutter: float = 1.0       # narrowest gutter between two columns of prose (a justified
                                  # word space, however stretched, stays below)
    edge_tolerance: float = 1.5   # points: lines of one column start this close
    edge_share: float = 0.6       # share of a column's lines on its left edge
    band_gap: float = 1.8         # a blank this many font sizes high ends a band of blocks
    block_gutter: float = 3.0     # blocks of short lines side by side: gutter, in font sizes
    cell_gap: float = 2.0         # a gap this wide inside one side's line: table cells
    block_leading: float = 1.6    # a vertical gap above this many font sizes splits a side into blocks
    tail_gap: float = 1.0         # past the rows both columns hold, a blank this many line heights
                                  # high on one side is the flow resuming under the columns (a
                                  # heading's space before; a paragraph's space after stays below)
    box_snap: float = 2.5         # points: rules this close belong to one ruled box (text/boxed_columns.py)
    box_share: float = 0.6        # share of the page width: a ruled box this narrow can sit in a column
    label_side_share: float = 0.75    # a side holding at most this share of the other's lines,
                                      # each opening beside an item there: a table's label
                                      # column beside wrapped descriptions (two columns of
                                      # prose are balanced)
    # Columns found from the page's words (text/columns.py _strip_section), not row by row:
    strip_lines: int = 3          # lines each column holds at least
    strip_side_share: float = 0.35    # share of the run's width each column spans (a margin
                                      # column of notes is narrower: read as blocks beside)
    strip_overlap: float = 0.5    # share of the shorter column's height the two share (side
                                  # by side, not one above the other)
    strip_cell_share: float = 0.5     # share of a side's lines holding cells (a gap of
                                      # cell_gap): a table's columns, not prose


@dataclass(frozen=True)
class TableHeadSettings:
    align: float = 1.5          # pt: word starts this close are one column start
    min_columns: int = 2        # column starts a row below must share with the header row
    rows_below: int = 4         # rows of several cells looked at under the header row
    min_rows: int = 2           # of which this many share the columns
    gap_em: float = 0.8         # a gap between words wider than this many type sizes parts two cells
    reach_em: float = 12.0      # rows further below than this many type sizes are not looked at
    # One row of several cells within reach (a group row over the width, then a row of
    # cells wrapped tall) is enough when it shares this many column starts.
    min_columns_one_row: int = 3


@dataclass(frozen=True)
class RunningSettings:
    share: float = 0.35      # share of the document's pages a running line is printed on
    min_pages: int = 3       # and at least this many pages
    offset_step: float = 4.0  # pt: distances from the page edge this close are one place
    # A shorter document (two pages: a deliberation extract) has a running line only on
    # every page and in the very same words (digits too): "Commune de X - Conseil du
    # 06/09/2016" atop both pages, right over the body (a list running over the break).
    short_pages: int = 2
    # A running title names the part the page belongs to ("Titre II : Le projet de
    # renouvellement urbain" atop each page of titre II): printed on a few pages only, but in
    # a smaller type than the heading it restates; this much smaller (pt) at least.
    title_smaller: float = 1.0
    # A heading wraps over this many lines at most ("TITRE III" / "LES CONCOURS FINANCIERS DU
    # NPNRU AUX OPÉRATIONS" / "PROGRAMMÉES") where its running title holds it on one line.
    title_lines: int = 3
    # A line the body prints elsewhere (same words, digits apart, same type) is a formula of
    # the document ("Le Conseil, après en avoir délibéré, à l'unanimité …" closing each of 20
    # items), not furniture, even where it opens a few pages at the same height: unless the
    # band prints it on this share of the pages at least (a running header also set once as
    # the first page's title).
    formula_share: float = 0.5
    # A formula is a sentence's line, this many words at least: a short line ("Sans objet", a
    # page number "12/34" the body prints as a table's figure) repeats in the body by chance.
    formula_words: int = 4
    # A line the body prints this many times as often as the bands do is the body's, whatever
    # its length and however many pages its bands hold it on: a minutes' vote lines ("Pour :
    # 55" / "Adopté à l'unanimité" under each of 90 items, in the bands of 10 of 12 pages; the
    # real Montpellier scan lost an item's vote to the footer). A running header is in the
    # bands of every page and in the body once at most (the first page's title).
    formula_times: float = 2.0


@dataclass(frozen=True)
class MarginNoteSettings:
    min_gap: float = 1.0          # font sizes between a note's last word and the body edge
                                  # (a hanging list label or heading number sits closer)
    edge_tolerance: float = 1.5   # points: a body line starts this close to the body edge
    edge_share: float = 0.5       # share of the page's lines that must start at its body edge
    min_lines: int = 6            # a page with fewer lines has no reliable body edge
    max_run: int = 3              # consecutive lines with margin words: more is a column or table
    min_letters: int = 3          # a note says something: this many letters at least
    smaller_by: float = 0.5       # points: a note is set smaller than the body line beside it
                                  # (a left column of the body's own type, such as the
                                  # rapporteur beside each item of summary minutes, is a column)
    max_blocks: int = 3           # blocks of lone margin lines on one page: more is a column of
                                  # the layout (the rapporteur beside each item of summary
                                  # minutes, in a smaller type), on that page and the others
    lone_scale: float = 0.8       # a note on lines of its own is set this share of the body's size
                                  # at most (marginalia, 7 pt beside 11): the rapporteurs' names
                                  # of summary minutes, 10 pt beside 12, are a column of the page


@dataclass(frozen=True)
class FootnoteSettings:
    """Notes under the separator rule a word processor draws above them (footnotes.py), found
    when no small-type block ends the page (a page of tables set smaller than the notes)."""
    separator_min_width: float = 0.1   # share of the page width: the separator is a short rule ...
    separator_max_width: float = 0.45  # ... a third of the text width (a longer one is a table's)
    separator_max_height: float = 1.5  # points: a rule, not a box
    edge_tolerance: float = 3.0        # points: it starts at the body's left edge
    lower_share: float = 0.5           # it lies in the lower part of the page (of the height)
    # The notes under a table set in small type (footnotes._notes_under_small_text) are told
    # from its last row by a type of their own: smaller than the table's (7 pt under 8) or
    # larger (8 pt under a 7.5 pt table): sizes this far apart (pt) at least. Lines of one
    # table share their size within a rounding step (0.1 pt).
    size_step: float = 0.3


@dataclass(frozen=True)
class RevisionSettings:
    """Revision marks (revisions.py): words struck through or typed "[supprimé : …]" are deleted
    text (an avenant's redline, Word's track changes printed), out of the reading."""
    # A strike-through line crosses a word's lowercase letters: LibreOffice and Word draw it
    # 0.25-0.30 of the type size above the baseline; an underline lies under the baseline (below
    # 0), a cell border above the capitals (0.7 and more). The band keeps both out.
    strike_low_em: float = 0.15
    strike_high_em: float = 0.45
    # A line thicker than this many type sizes is a rule or a bar, not a stroke through letters.
    strike_max_thick_em: float = 0.15
    # Share of a word's width its strike line(s) must cover (a word's glyphs are struck end to end;
    # a line ending inside a word, a form's fill-in line behind text, is no strike of it).
    strike_min_cover: float = 0.7
    # "[supprimé : …]": the bracket's opening word, folded (accents off, lower case), starts with one
    # of these; the words up to the one closing the bracket are deleted.
    bracket_openers: tuple[str, ...] = ("[supprime", "[suppression", "[texte supprime", "[mots supprimes",
                                        "[passage supprime", "[barre")
    # A "[supprimé : …" whose "]" does not come within this many words is no deletion mark (a
    # bracket typed in running text): nothing is dropped.
    bracket_max_words: int = 120
    # A row under struck words takes their place (revisions.lift_under_struck) when it is at most
    # this many type sizes below (one line pitch: 1.15-1.4 in office documents) ...
    lift_max_drop_em: float = 1.7
    # ... every word of it stands under a run of struck words, give or take this many sizes (a new
    # amount one digit wider than the old one, right-aligned, starts half an em further left) ...
    lift_reach_em: float = 1.5
    # ... and the run is not followed on its row by a kept word closer than this many sizes (a
    # word space: prose going on after the deletion, whose order a lifted word would break).
    lift_gap_em: float = 1.0


@dataclass(frozen=True)
class HiddenSettings:
    """Glyphs of the text layer the printed page does not show (hidden.py)."""
    edge_tolerance: float = 1.0
    """Points a glyph may lie past the page, the CropBox or its clip and still be printed (a
    glyph box runs a little past its ink)."""
    min_cover: float = 3.0
    """Smallest side (points) of an opaque fill that hides text drawn before it: thinner fills
    are rules and strike lines (a struck word is still printed, text/revisions.py reads it)."""
    cover_share: float = 0.8
    """Share of a glyph's box an opaque fill drawn after it must cover to hide it."""
    paper_level: int = 250
    """Lowest value of each RGB channel of a fill read as the paper's colour: a patch of it over
    hidden text draws no edges (its sides are no rules, the words over it no framed box)."""
    invisible_share: float = 0.5
    """Invisible glyphs (render mode 3) over visible ones, as a share of the page's invisible
    glyphs, from which the invisible layer is a search layer of the visible words and is dropped
    whole (its misplaced ends with it); below it only those over visible glyphs go."""


@dataclass(frozen=True)
class TextSettings:
    ocr: OcrSettings = field(default_factory=OcrSettings)
    """Reading a scanned page (ocr.py)."""
    scan_image: ScanImageSettings = field(default_factory=ScanImageSettings)
    """The page image OCR reads: resolution, skew, rules (scan_image.py)."""
    ocr_rules: OcrRuleSettings = field(default_factory=OcrRuleSettings)
    """Rules read from a scan's ink that are strokes of the words read over them (ocr_rules.py)."""
    background: BackgroundSettings = field(default_factory=BackgroundSettings)
    """A scan's uneven paper (stains, lighting) made even before it is read (scan_background.py)."""
    scan_border: BorderSettings = field(default_factory=BorderSettings)
    """A photocopy's dark border painted out before a scan is read (scan_border.py)."""
    orientation: OrientationSettings = field(default_factory=OrientationSettings)
    """A scanned page fed sideways or upside down, turned upright before it is read (orientation.py)."""
    reread: RereadSettings = field(default_factory=RereadSettings)
    """Doubtful words read again alone (ocr_reread.py)."""
    line_reread: LineRereadSettings = field(default_factory=LineRereadSettings)
    """Lines read in pieces read again alone (ocr_lines.py)."""
    recover: RecoverSettings = field(default_factory=RecoverSettings)
    """Ink the first OCR pass left unread (ocr_recover.py)."""
    scanned: ScanSettings = field(default_factory=ScanSettings)
    """When a page with a text layer is a scan to OCR (scanned.py)."""
    word_break: WordBreakSettings = field(default_factory=WordBreakSettings)
    """Glyphs into words (words.py)."""
    bullets: BulletSettings = field(default_factory=BulletSettings)
    """A line's leading glyph read as its bullet (bullets.py)."""
    rotated: RotatedSettings = field(default_factory=RotatedSettings)
    """Text printed across the page (rotated.py)."""
    boxes: BoxSettings = field(default_factory=BoxSettings)
    """Framed boxes read as blocks of their own (boxes.py)."""
    columns: ColumnSettings = field(default_factory=ColumnSettings)
    """Columns of prose and blocks side by side (columns.py, boxed_columns.py)."""
    table_heads: TableHeadSettings = field(default_factory=TableHeadSettings)
    """A table's header row at a page top is no running header (table_heads.py)."""
    running: RunningSettings = field(default_factory=RunningSettings)
    """Running headers, footers and titles (furniture.py)."""
    margin_notes: MarginNoteSettings = field(default_factory=MarginNoteSettings)
    """Notes in the left margin (margin_notes.py)."""
    footnotes: FootnoteSettings = field(default_factory=FootnoteSettings)
    """Footnotes at a page foot (footnotes.py): under a small-type table, or under their separator rule."""
    revisions: RevisionSettings = field(default_factory=RevisionSettings)
    """Revision marks (revisions.py): struck-through and "[supprimé : …]" words are deleted text."""
    hidden: HiddenSettings = field(default_factory=HiddenSettings)
    """Glyphs the printed page does not show: invisible, clipped, covered, off the page (hidden.py)."""


DEFAULT = TextSettings()
_ACTIVE: ContextVar[TextSettings] = ContextVar("text_settings", default=DEFAULT)


def text_settings() -> TextSettings:
    """The settings of the parse running now (the defaults outside a parse)."""
    return _ACTIVE.get()


@contextmanager
def use_text_settings(settings: TextSettings | None) -> Iterator[TextSettings]:
    """Make ``settings`` the active text settings inside the ``with`` block."""
    token = _ACTIVE.set(settings or DEFAULT)
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)
