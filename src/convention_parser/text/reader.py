"""Read a PDF into a Document of positioned lines (layer 1).

Baseline implementation with pdfplumber; see issue 3 for the full layer
(pypdfium2, word-break repair, furniture, footnotes, columns, OCR).
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from ..errors import InputError
from .model import Document, Line, Page, Word


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError("no such file")
    if path.stat().st_size == 0:
        raise InputError("empty file")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError("not a PDF (no %PDF- header)")


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


def read_document(path: str | Path, ocr: str = "auto") -> Document:
    path = Path(path)
    _check_file(path)
    pages: list[Page] = []
    try:
        with pdfplumber.open(path) as pdf:
            for i, pp in enumerate(pdf.pages, start=1):
                words = pp.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
                page = Page(number=i, width=float(pp.width), height=float(pp.height))
                rows: dict[int, list[Word]] = {}
                for w in words:
                    font = w.get("fontname", "")
                    word = Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"],
                                size=float(w.get("size", 0)), bold="Bold" in font, font=font)
                    rows.setdefault(round(w["top"] / 3), []).append(word)
                for key in sorted(rows):
                    page.lines.append(Line(words=sorted(rows[key], key=lambda w: w.x0), page=i))
                if not page.lines:
                    page.text_source = "none"
                pages.append(page)
                pp.close()
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types on broken files
        raise InputError(describe_pdf_error(exc)) from exc
    if not pages:
        raise InputError("PDF has no pages")
    return Document(path=str(path), pages=pages)
