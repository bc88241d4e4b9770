"""Read a PDF into a Document of positioned lines (layer 1).

Each page is opened, read and closed in turn (pdfium text page, characters,
rules), so memory holds only the small Line/Word objects of pages done. The
decisions that need the whole document (running headers and footers, line-end
hyphenation checked against the document's own vocabulary) run at the end.
"""

from __future__ import annotations

import gc
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..errors import InputError
from . import ocr as ocr_mod
from .boxed_columns import boxed_columns, open_columns, split_rows, split_rules
from .boxes import framed_boxes, lift_boxes, place_blocks
from .bullets import mark_bullet
from .cells import cell_lines
from .chars import Frame, dominant_turn, read_chars
from .columns import ColumnNumbers, merge_side_by_side, reading_order
from .footnotes import split_endnotes, split_footnotes, strip_far_calls
from .furniture import split_furniture
from .margin_notes import document_edge, margin_column, split_margin_notes
from .hidden import drop_patch_edges, visible_chars
from .hyphenation import join_hyphenated
from .model import Document, Line, Page
from .opening import check_file as _check_file
from .opening import page_ranges
from .revisions import StrikeCuts, drop_bracketed, mark_struck
from .rotated import rotated_words
from .rules import page_rules
from .scanned import looks_scanned, merge_with_text, scanned_part
from .words import group_rows, make_words, row_cuts

OCR_MODES = ("auto", "never", "always")


def describe_pdf_error(exc: BaseException) -> str:
    """One line for a PDF library's exception (they wrap each other's)."""
    seen, todo = [], [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is x for x in seen):
            continue
        seen.append(e)
        todo += [e.__cause__, e.__context__] + [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]
    names = " ".join(type(e).__name__ + " " + str(e) for e in seen)
    if "assword" in names or "ncrypt" in names:
        return "encrypted PDF (password required)"
    return f"unreadable PDF ({type(exc).__name__}: {str(exc)[:80]})".replace("\n", " ")


def _has_images(page) -> bool:
    for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        return True
    return False


def text_page(page, number: int) -> Page:
    """A page read from its text layer (empty ``lines`` when it has none)."""
    textpage = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(textpage)
        turn = dominant_turn(textpage, n) if n else page.get_rotation()
        frame = Frame(page.get_cropbox(), turn)
        turned: list = []
        chars, _dropped = read_chars(textpage, frame, turned)
        patches: list = []
        chars = visible_chars(page, chars, frame, patches)
    finally:
        textpage.close()
    width, height = frame.size
    out = Page(number=number, width=width, height=height, rotation=page.get_rotation())
    out.rules = drop_patch_edges(page_rules(page, frame), patches)
    out.rotated = rotated_words(turned)
    sizes = [c.size for c in chars if not c.text.isspace()]
    if sizes:
        vertical = [r for r in out.rules if r[2] - r[0] < 2.0]   # the only rules that cut a row
        strikes = StrikeCuts(out.rules)   # a deletion set against kept text is a word of its own
        rows = [make_words(r, row_cuts(r, vertical) + strikes(r)) for r in group_rows(chars)]
        # struck-through words are deleted text (a redline): marked; their strike lines are no rules
        rows, out.struck, out.rules = mark_struck([r for r in rows if r], out.rules)
        _lay_out(out, rows, median(sizes))
    return out


def _lay_out(out: Page, rows: list, size: float, strips: bool = True) -> None:
    """``out.lines`` from its rows of words (text layer or OCR alike). ``strips``: look for
    columns of prose from the strip their words leave empty (text layer only: OCR'd word
    boxes drift, and a scanned summary's columns read as prose)."""
    out.lines = _read_rows(rows, out.rules, out.number, out.width, size, ColumnNumbers(strips))


def _read_rows(rows: list, rules: list, number: int, width: float, size: float,
               numbers: ColumnNumbers, depth: int = 0) -> list[Line]:
    """Lines of rows: two columns of prose, or holding a ruled box, cut at their gutter
    first (each side read on its own, text/boxed_columns.py, text/columns.py); then
    framed boxes lifted out, ruled table rows cut into cells, the rest in column reading
    order. ``numbers``: the page's column numbering (``Word.column``)."""
    split = None
    if depth < 4:
        # Columns before tables: a justified line's spaces beside the other column's lines
        # would align into a borderless table's columns.
        split = boxed_columns(rows, rules, size, width, strips=numbers.strips)
        if split is None and numbers.strips:
            split = open_columns(rows, rules, size)
    if split is not None:
        i, j, lo, hi = split
        left, right = split_rows(rows[i:j], lo, hi)
        numbers.mark(left)
        numbers.mark(right)
        left_rules, right_rules = split_rules(rules, lo, hi)
        parts = [(rows[:i], rules), (left, left_rules), (right, right_rules), (rows[j:], rules)]
        lines: list[Line] = []
        for part, part_rules in parts:
            lines += _renumbered(_read_rows(part, part_rules, number, width, size, numbers, depth + 1),
                                 lines)
        return lines
    rows, boxed = lift_boxes(rows, framed_boxes(rules, width))
    lines = cell_lines(rows, rules, number, lambda rs: reading_order(rs, size, numbers=numbers))
    if boxed:
        lines = place_blocks(lines, [(box, [Line(words=r, page=number) for r in box_rows])
                                     for box, box_rows in boxed])
    return lines


def _renumbered(lines: list[Line], before: list[Line]) -> list[Line]:
    """``lines`` with their table rows numbered after those of ``before`` (rows are
    numbered per page)."""
    shift = 1 + max((ln.cell[0] for ln in before if ln.cell), default=-1)
    if shift:
        for ln in lines:
            if ln.cell:
                ln.cell = (ln.cell[0] + shift, ln.cell[1])
    return lines


def _ocr_page(page, number: int, known: list[Line] | None = None,
              region: tuple[float, float, float, float] | None = None) -> Page | None:
    """A page read by OCR; ``known``: its text-layer lines (a stamp over a scan, or the
    typed part of a page whose ``region`` is a scan), kept as they are. None when OCR adds
    too little to them (a photo, not a page of text)."""
    w, h = page.get_size()                        # upright size, as rendered
    out = Page(number=number, width=w, height=h, rotation=page.get_rotation(), text_source="ocr")
    known = known or []
    halves = ocr_mod.sheet_halves(page) if region is None else None
    if halves:
        return _ocr_sheet(page, out, known, halves)
    read = ocr_mod.ocr_page(page, number, [wd for ln in known for wd in ln.words], region=region)
    rows = read.rows
    if read.turn in (90, 270):                    # read upright: the page's sides swap
        out.width, out.height = h, w
    if known:
        rows = merge_with_text(rows, known)
        if rows is None:
            return None
    rows = merge_side_by_side(rows)
    out.rules = read.rules
    size = median(w.size for r in rows for w in r) if rows else 10.0
    _lay_out(out, rows, size, strips=False)
    return out


def _ocr_sheet(page, out: Page, known: list[Line], halves) -> Page | None:
    """A sheet of two pages side by side read page by page: each half read on its own
    (``ocr_page``'s region) and laid out apart, the left page's lines first; each half's
    words a column of their own (``Word.column``: later stages never join a line of one
    page to the line beside it on the other)."""
    lines: list[Line] = []
    for k, half in enumerate(halves, 1):
        mine = [ln for ln in known if half[0] <= (ln.x0 + ln.x1) / 2 < half[2]]
        read = ocr_mod.ocr_page(page, out.number, [wd for ln in mine for wd in ln.words], region=half)
        rows = read.rows
        if mine:
            rows = merge_with_text(rows, mine) or [list(ln.words) for ln in mine]
        rows = merge_side_by_side(rows)
        for row in rows:
            for wd in row:
                wd.column = k
        out.rules += read.rules
        size = median(wd.size for r in rows for wd in r) if rows else 10.0
        lines += _renumbered(_read_rows(rows, read.rules, out.number, out.width, size,
                                        ColumnNumbers(False)), lines)
    if not lines:
        return None
    out.lines = lines
    return out


def _read_page(pdf, i: int, ocr: str, skipped: list[int], stamped: list[int]) -> Page:
    """Page ``i`` (0-based) read from its text layer, or by OCR as ``ocr`` says."""
    page = pdf[i]
    try:
        number = i + 1
        if ocr == "always":
            out = _ocr_page(page, number)
        else:
            out = text_page(page, number)
            part = None
            if out.lines and looks_scanned(page, out.lines, out.width, out.height):
                if ocr == "auto":
                    ocr_mod.require_tesseract()
                    out = _ocr_page(page, number, out.lines) or out
                else:
                    stamped.append(number)
            elif out.lines and ocr == "auto" and (part := scanned_part(page, out.lines)) is not None:
                ocr_mod.require_tesseract()
                out = _ocr_page(page, number, out.lines, part) or out
            elif not out.lines and _has_images(page):
                if ocr == "auto":
                    ocr_mod.require_tesseract()
                    out = _ocr_page(page, number)  # type: ignore[assignment]
                else:
                    skipped.append(number)
                    out.text_source = "none"
            elif not out.lines:
                out.text_source = "none"
    finally:
        page.close()
    return out


def read_document(path: str | Path, ocr: str = "auto") -> Document:
    """Read every page of ``path``. ``ocr``: auto (image-only pages), never, always.

    Raises InputError (one-line reason) for input that cannot be read, and
    OcrUnavailable when pages need OCR and Tesseract is missing.
    """
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    path = Path(path)
    _check_file(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # pdfium raises PdfiumError with its own codes
        raise InputError(describe_pdf_error(exc)) from exc
    pages: list[Page] = []
    warnings: list[str] = []
    skipped: list[int] = []
    stamped: list[int] = []      # scans with a few words of text layer, not OCR'd (ocr=never)
    # The cyclic garbage collector is off while pages are read: a page makes
    # thousands of short-lived characters and words, none in a reference cycle
    # (reference counting frees them), and the collector would otherwise walk
    # every live object again and again as they pile up.
    collecting = gc.isenabled()
    gc.disable()
    try:
        count = len(pdf)
        if count == 0:
            raise InputError("PDF has no pages")
        if ocr == "always":
            ocr_mod.require_tesseract()
        unreadable: list[int] = []
        first_error: Exception | None = None
        for i in range(count):
            try:
                out = _read_page(pdf, i, ocr, skipped, stamped)
            except InputError:
                raise
            except Exception as exc:  # a broken page stream: the other pages are still read
                unreadable.append(i + 1)
                first_error = first_error or exc
                out = Page(number=i + 1, width=0.0, height=0.0, text_source="none")
            pages.append(out)
        if unreadable and len(unreadable) == count:
            raise InputError(describe_pdf_error(first_error))  # type: ignore[arg-type]
        if unreadable:
            warnings.append(f"pages unreadable (damaged content), skipped: {page_ranges(unreadable)}")
    except InputError:
        raise
    except Exception as exc:  # a broken page stream or xref
        raise InputError(describe_pdf_error(exc)) from exc
    finally:
        pdf.close()
        if collecting:
            gc.enable()
    if skipped:
        warnings.append(f"pages without a text layer not read (ocr=never): {page_ranges(skipped)}")
    if stamped:
        warnings.append("scanned pages read from their few words of text layer only (ocr=never): "
                        f"{page_ranges(stamped)}")
    ocrd = [p.number for p in pages if p.text_source == "ocr"]
    if ocrd and ocr == "auto" and any(p.text_source == "pdf" for p in pages):
        warnings.append(f"scanned pages read by OCR (text from the image): {page_ranges(ocrd)}")
    drop_bracketed(pages)
    split_furniture(pages)
    edge = document_edge(pages)
    column = margin_column(pages, fallback=edge)
    for p in pages:
        split_margin_notes(p, fallback=edge, lone=not column)
        split_footnotes(p)
        strip_far_calls(p)
        for ln in p.lines:
            mark_bullet(ln)
        p.lines = [ln for ln in p.lines if ln.words]
    split_endnotes(pages)
    join_hyphenated(pages)
    return Document(path=str(path), pages=pages, warnings=warnings)
