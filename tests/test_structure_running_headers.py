"""Conventions typeset by Word with running headers crowding the body (committed PDFs built
by tests/fixtures/text/build_running.py, gold by construction): one document, every
numbered heading, no header text left in the body.

- running_oddeven: no header on page 1, odd / even headers, one holding "page X/Y" fields,
  the body right under the header, the page number right under the body;
- running_title: the title printed as the header of every page, below the furniture band:
  it must not open a new document on each page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convention_parser.pipeline import parse_pdf
from convention_parser.text import read_document

HERE = Path(__file__).resolve().parent / "fixtures" / "text"


@pytest.mark.parametrize("name", ["running_oddeven", "running_title"])
def test_one_convention_with_all_its_headings(name):
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))["parts"][0]
    parsed = parse_pdf(str(HERE / f"{name}.pdf"))
    assert [p.kind for p in parsed.parts] == [gold["kind"]]
    found = {(s.number, s.heading) for s in parsed.parts[0].sections}
    assert {(s["number"], s["heading"]) for s in gold["sections"]} <= found


def test_odd_and_even_headers_and_page_numbers_leave_the_body():
    doc = read_document(HERE / "running_oddeven.pdf", ocr="never")
    assert len(doc.pages) >= 5
    for p in doc.pages:
        assert not any(ln.text.startswith("Convention") for ln in p.lines), p.number
        assert [ln.text for ln in p.footer] == [f"- {p.number} -"]
        assert bool(p.header) == (p.number > 1)
