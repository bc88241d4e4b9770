"""The held-out corpus (corpora/heldout/): its PDFs and its gold agree.

These tests never run the parser: they check that every gold page count, heading,
table and amount is where the gold says it is in the committed PDFs (text read with
pdfplumber, all whitespace removed), so that the gold cannot drift from the PDFs.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parents[1] / "corpora" / "heldout"
MANIFEST = json.loads((HELDOUT / "manifest.json").read_text(encoding="utf-8"))
NAMES = [c["name"] for c in MANIFEST["compositions"]]
CHANGE_TYPES = {"operation_added", "operation_removed", "operation_modified", "amount_changed", "quantity_changed",
                "article_added", "article_removed", "article_modified", "article_renamed", "annex_added",
                "annex_modified", "annex_repealed", "party_added", "party_removed", "table_modified"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", (text or "").replace("\u00a0", " "))


def gold(name: str) -> dict:
    return json.loads((HELDOUT / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def hand(name: str) -> dict:
    return json.loads((HELDOUT / "gold" / f"{name}.hand.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def pages(name: str) -> tuple[str, ...]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(HELDOUT / "pdf" / f"{name}.pdf") as pdf:
        return tuple(squash(p.extract_text()) for p in pdf.pages)


def test_manifest_lists_existing_files():
    assert NAMES == ["convention_v1", "avenant_1", "convention_v2"]
    for c in MANIFEST["compositions"]:
        assert (HELDOUT / "pdf" / f"{c['name']}.pdf").exists()
        assert (HELDOUT / "gold" / f"{c['name']}.json").exists()
        assert (HELDOUT / c["hand_gold"]).exists()
        for s in c["sources"]:
            assert (HELDOUT / s).exists()


@pytest.mark.parametrize("name", NAMES)
def test_pdf_small_and_not_reportlab(name):
    path = HELDOUT / "pdf" / f"{name}.pdf"
    assert path.stat().st_size < 500_000
    head = path.read_bytes()
    assert b"ReportLab" not in head and b"Skia/PDF" in head


@pytest.mark.parametrize("name", NAMES)
def test_page_count_and_parts(name):
    g = gold(name)
    assert len(pages(name)) == g["pages"]
    expected = 1
    for part in g["parts"]:
        first, last = part["pages"]
        assert first == expected and first <= last
        expected = last + 1
    assert expected - 1 == g["pages"]


@pytest.mark.parametrize("name", NAMES)
def test_headings_on_their_pages(name):
    text = pages(name)
    missing = [(s["label"], s["heading"], s["page"]) for part in gold(name)["parts"] for s in part["sections"]
               if squash(s["label"] + s["heading"]) not in text[s["page"] - 1]]
    assert not missing


@pytest.mark.parametrize("name", NAMES)
def test_amounts_on_their_pages(name):
    text = pages(name)
    n = 0
    for part in gold(name)["parts"]:
        first, last = part["pages"]
        for a in part["amounts"]:
            n += 1
            assert first <= a["page"] <= last, a
            assert squash(a["text"]) in text[a["page"] - 1], a
    assert n > 20


@pytest.mark.parametrize("name", NAMES)
def test_amount_counts_per_page(name):
    """The gold holds every printed amount: each page shows at least as many as the gold places there."""
    text = pages(name)
    for part in gold(name)["parts"]:
        per_page: dict[tuple[int, str], int] = {}
        for a in part["amounts"]:
            key = (a["page"], squash(a["text"]))
            per_page[key] = per_page.get(key, 0) + 1
        for (page, needle), count in per_page.items():
            assert text[page - 1].count(needle) >= count, (page, needle, count)


@pytest.mark.parametrize("name", NAMES)
def test_tables_on_their_pages(name):
    text = pages(name)
    for part in gold(name)["parts"]:
        for t in part["tables"]:
            assert t["n_rows"] == len(t["rows"]) and all(len(r) == t["n_cols"] for r in t["header"] + t["rows"])
            assert squash(t["title"]) in text[t["pages"][0] - 1]
            # the header row is repeated on every page of the table
            for p in t["pages"]:
                assert squash(" ".join(t["header"][0])) in text[p - 1], (t["title"], p)
            # every non-empty cell is printed on one of the table's pages
            span = "".join(text[p - 1] for p in t["pages"])
            for row in t["rows"]:
                for cell in row:
                    if cell and not re.search(r"\s", cell.strip()):
                        assert squash(cell) in span, (t["title"], cell)
            last_row = next(c for c in t["rows"][-1] if c)
            assert squash(last_row) in text[t["pages"][-1] - 1]


def test_operations_table_continues_on_landscape_page():
    pdfplumber = pytest.importorskip("pdfplumber")
    for name in ("convention_v1", "avenant_1", "convention_v2"):
        t = next(t for p in gold(name)["parts"] for t in p["tables"] if t["title"].startswith("Tableau 1"))
        assert len(t["pages"]) == 2
        with pdfplumber.open(HELDOUT / "pdf" / f"{name}.pdf") as pdf:
            for p in t["pages"]:
                page = pdf.pages[p - 1]
                assert page.width > page.height


def test_tables_totals_add_up():
    for name in NAMES:
        for part in gold(name)["parts"]:
            for t in part["tables"]:
                money = lambda c: float(c.replace(" ", "").replace("€", "")) if c else 0.0  # noqa: E731
                if t["title"].startswith("Tableau 2"):
                    body, total = t["rows"][:-1], t["rows"][-1]
                    for col in (1, 2, 3):
                        assert sum(money(r[col]) for r in body) == money(total[col])
                    for r in t["rows"]:
                        assert money(r[1]) + money(r[2]) == money(r[3])
                if t["title"].startswith("Tableau 1"):
                    ops = [r for r in t["rows"] if r[0].startswith("C1472-")]
                    assert sum(money(r[5]) for r in ops) == money(t["rows"][-1][5])


def test_hand_gold_shapes():
    av = hand("avenant_1")["parts"]
    d = av["deliberation"]["metadata"]
    assert d["vote"]["for"] + d["vote"]["against"] + d["vote"]["abstention"] == \
        len(d["present"]) + sum(1 for e in d["excused"] if e["proxy_to"]) - len(d["not_voting"])
    actions = [(a["target"], a["target_kind"], a["action"]) for a in av["avenant"]["amendments"]]
    assert actions == [("2", "article", "rename"), ("4.1", "article", "replace"), ("5", "article", "replace"),
                       ("6", "article", "replace"), ("9.3", "article", "insert"), ("3", "annexe", "repeal")]
    text = "".join(pages("avenant_1"))
    for person in d["present"] + [e["name"] for e in d["excused"]] + d["absent"]:
        assert squash(person).replace("-", "") in text.replace("-", ""), person
    v1 = {o["idtop"] for o in hand("convention_v1")["parts"]["convention"]["operations"]}
    v2 = {o["idtop"] for o in hand("convention_v2")["parts"]["convention"]["operations"]}
    assert v2 - v1 == {"C1472-21-0020"} and not v1 - v2


def test_change_lists():
    a = json.loads((HELDOUT / "gold" / "changes_convention_v1_to_convention_v2.json").read_text(encoding="utf-8"))
    b = json.loads((HELDOUT / "gold" / "changes_convention_v1_to_avenant_1.json").read_text(encoding="utf-8"))
    assert (a["old"], a["new"], b["old"], b["new"]) == ("convention_v1", "convention_v2", "convention_v1", "avenant_1")
    assert [(c["type"], c["target"]) for c in a["changes"]] == [(c["type"], c["target"]) for c in b["changes"]]
    assert all(c["type"] in CHANGE_TYPES for c in a["changes"])
    assert all(c.get("status") == "applied" for c in b["changes"])
    # before/after amounts are printed in the two documents
    t1, t2 = "".join(pages("convention_v1")), "".join(pages("convention_v2"))
    for c in a["changes"]:
        if c["type"] == "amount_changed":
            fmt = lambda v: f"{int(v):,}".replace(",", "") + "€"  # noqa: E731
            assert fmt(c["before"]["value"]) in t1 and fmt(c["after"]["value"]) in t2, c["target"]


def test_v2_is_v1_with_the_avenant_applied():
    """Outside the amended articles, the two conventions print the same headings."""
    s1 = [(s["number"], s["heading"]) for s in gold("convention_v1")["parts"][0]["sections"]]
    s2 = [(s["number"], s["heading"]) for s in gold("convention_v2")["parts"][0]["sections"]]
    assert [x for x in s2 if x[0] != "9.3" and x[0] != "2"] == [x for x in s1 if x[0] != "2"]
    assert ("9.3", "Le réemploi des matériaux issus des démolitions") in s2
