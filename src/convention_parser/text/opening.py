"""Opening the input PDF: a password for an encrypted file, a repair for a damaged one.

Every reader of the parse (layer 1's pdfium pages, the table stage's drawings)
opens the file by its path, so an encrypted or damaged input is turned once
into a plain, sound copy in a temporary directory and the readers are given
that copy; the original is never written to. A sound, unencrypted PDF is used
as it is (no copy).

Repair is qpdf's (through pikepdf): the cross-reference table is rebuilt by
scanning the objects. A truncated file keeps the pages whose content survived;
the pages whose content stream is gone are named in a warning.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import pypdfium2 as pdfium

from ..errors import InputError


@dataclass
class OpenedPdf:
    path: Path                   # the file the readers open (the input itself, or a repaired/decrypted copy)
    warnings: list[str] = field(default_factory=list)


def check_file(path: Path) -> None:
    """The one-line reasons for input that is no PDF at all."""
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a directory, not a PDF")
    if path.stat().st_size == 0:
        raise InputError("empty file")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError("not a PDF (no %PDF- header)")


def _is_password_error(exc: BaseException) -> bool:
    return "assword" in str(exc)


def page_ranges(numbers: list[int]) -> str:
    """Sorted page numbers as a reader writes them: [1, 2, 3, 7] -> "1-3, 7"."""
    out, start = [], None
    for k, n in enumerate(numbers):
        if start is None:
            start = n
        if k + 1 == len(numbers) or numbers[k + 1] != n + 1:
            out.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(out)


def _lost_pages(pdf) -> list[int]:
    """Pages (1-based) whose content stream did not survive the repair."""
    lost = []
    for i, page in enumerate(pdf.pages):
        contents = page.obj.get("/Contents")
        try:
            streams = list(contents) if contents is not None and hasattr(contents, "__iter__") \
                and not hasattr(contents, "read_bytes") else [contents]
            if not streams or any(s is None for s in streams):
                raise ValueError("no content stream")
            for s in streams:
                s.read_bytes()
        except Exception:
            lost.append(i + 1)
    return lost


def _rewrite(src: Path, dest: Path, password: Optional[str], damaged: bool) -> list[str]:
    """Save a decrypted (and, when damaged, rebuilt) copy of ``src``; the warnings to report."""
    import pikepdf

    try:
        pdf = pikepdf.open(src, password=password or "")
    except pikepdf.PasswordError as exc:
        raise InputError("encrypted PDF (wrong password)" if password else
                         "encrypted PDF (password required: --password)") from exc
    warnings: list[str] = []
    with pdf:
        if damaged:
            declared = pdf.Root.get("/Pages", {}).get("/Count") if "/Root" in pdf.trailer else None
            found = len(pdf.pages)
            if found == 0:
                raise InputError("damaged PDF: no page could be recovered")
            lost = _lost_pages(pdf)
            what = []
            if lost:
                what.append(f"content of page(s) {page_ranges(lost)} lost")
            if declared is not None and int(declared) > found:
                what.append(f"{int(declared) - found} of {int(declared)} pages missing")
            warnings.append("damaged PDF repaired (cross-reference table rebuilt by qpdf): "
                            + ("; ".join(what) if what else "no page lost"))
        pdf.save(dest)
    return warnings


@contextlib.contextmanager
def open_input(path: str | Path, password: Optional[str] = None) -> Iterator[OpenedPdf]:
    """The PDF the readers should open for ``path``, with what was done to it.

    Raises InputError: not a PDF, encrypted without (or with a wrong) password,
    damaged beyond repair.
    """
    path = Path(path)
    check_file(path)
    damaged, first_error = False, None
    try:
        pdfium.PdfDocument(str(path), password=password).close()
    except Exception as exc:  # pdfium raises PdfiumError with its own codes
        if _is_password_error(exc):
            if not password:
                raise InputError("encrypted PDF (password required: --password)") from exc
            raise InputError("encrypted PDF (wrong password)") from exc
        damaged, first_error = True, exc
    if not damaged and not password:
        yield OpenedPdf(path)
        return
    with tempfile.TemporaryDirectory(prefix="convention-parser-") as tmp:
        copy = Path(tmp) / "input.pdf"
        try:
            warnings = _rewrite(path, copy, password, damaged)
        except InputError:
            raise
        except Exception as exc:
            if first_error is not None:
                from .reader import describe_pdf_error
                raise InputError(describe_pdf_error(first_error)) from exc
            raise InputError(f"could not decrypt PDF ({type(exc).__name__})") from exc
        yield OpenedPdf(copy, warnings)
