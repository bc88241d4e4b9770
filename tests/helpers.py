"""Helpers the test files share (tests/ is on sys.path, as for conftest)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Optional


def fixture_module(path: Path, name: Optional[str] = None) -> ModuleType:
    """A fixture builder loaded from its file (tests/fixtures is no package): a fresh
    module at each call, named for its file unless ``name`` says otherwise."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def table_page_html(font: str, table_css: str, head: list[str], rows: list[list[str]],
                    widths: list[int], numeric: set[int], caption: str = "") -> str:
    """An A4 page for headless Chromium: a sentence, one table of ``head`` and ``rows`` (a row
    whose only filled cell is its first, but "Total", is a group row over every column; the
    cells of the ``numeric`` columns right-aligned), its italic ``caption`` if any, a sentence.
    ``table_css`` styles its rules and shading (the base style: collapsed borders, 9 pt)."""
    css = (f"@page {{ size: A4; margin: 20mm; }} body {{ font: 10pt '{font}'; }} "
           "table { border-collapse: collapse; width: 100%; font-size: 9pt; } " + table_css)
    body = []
    for r in rows:
        if not any(r[1:]) and r[0] != "Total":
            body.append(f"<tr><td colspan='{len(head)}'>{r[0]}</td></tr>")
        else:
            body.append("<tr>" + "".join(f"<td class='{'n' if k in numeric else ''}'>{c}</td>"
                                         for k, c in enumerate(r)) + "</tr>")
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    heads = "".join(f"<th>{h}</th>" for h in head)
    after = f"<p><i>{caption}</i></p>" if caption else ""
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"<p>Les opérations cofinancées par l'ANRU sont les suivantes :</p>"
            f"<table><colgroup>{cols}</colgroup>"
            f"<thead><tr>{heads}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"{after}<p>Le calendrier des opérations figure en annexe.</p></body></html>")


def case_tables(folder: Path, case: str) -> list:
    """The tables ``find_tables`` reads in an office fixture case's committed PDF
    (``folder``/case-name.pdf, the name its builder gives it)."""
    from convention_parser.tables import find_tables
    from convention_parser.text import read_document

    pdf = str(folder / f"{case.replace('_', '-')}.pdf")
    return find_tables(pdf, read_document(pdf))


def ruled_rows(c, top: float, rows: list[list[str]], xs: list[float]) -> float:
    """``rows`` drawn on the reportlab canvas ``c`` as a table ruled around every cell, 18 pt
    rows from ``top`` down, column edges ``xs``; returns the table's bottom."""
    h = 18.0
    for r, row in enumerate(rows):
        y = top - r * h
        for k, text in enumerate(row):
            c.rect(xs[k], y - h, xs[k + 1] - xs[k], h)
            c.drawString(xs[k] + 3, y - 13, text)
    return top - len(rows) * h
