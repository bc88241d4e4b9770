"""The corpus PDFs agree with their gold (written by the renderer and by hand)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
MANIFEST = json.loads((CORPORA / "manifest.json").read_text(encoding="utf-8"))
BUILT = [c for c in MANIFEST["compositions"]
         if (CORPORA / "pdf" / f"{c['name']}.pdf").exists()]
NAMES = [c["name"] for c in BUILT]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@lru_cache(maxsize=None)
def page_texts(name: str) -> tuple[list[str], list[str]]:
    """Per page: text with line breaks joined by a space, and with hyphenated breaks joined.

    The text comes from pdfium (70 times faster than pdfplumber on these files); the page
    count is checked against pdfplumber separately.
    """
    import pypdfium2 as pdfium
    spaced, joined = [], []
    pdf = pdfium.PdfDocument(CORPORA / "pdf" / f"{name}.pdf")
    try:
        for i in range(len(pdf)):
            t = pdf[i].get_textpage().get_text_range().replace("\r\n", "\n")
            spaced.append(norm(t))
            joined.append(norm(re.sub(r"-\n", "", t)))
    finally:
        pdf.close()
    return spaced, joined


def gold(name: str) -> dict:
    return json.loads((CORPORA / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def on_page(name: str, page: int, needle: str) -> bool:
    spaced, joined = page_texts(name)
    n = norm(needle)
    return n in spaced[page - 1] or n in joined[page - 1]


def test_some_compositions_are_built():
    assert "seed_deliberation_avenant01" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_page_count(name):
    import pdfplumber
    with pdfplumber.open(CORPORA / "pdf" / f"{name}.pdf") as pdf:
        assert len(pdf.pages) == gold(name)["pages"]
    assert len(page_texts(name)[0]) == gold(name)["pages"]


@pytest.mark.parametrize("name", NAMES)
def test_parts_cover_the_pages(name):
    g = gold(name)
    pages = [p["pages"] for p in g["parts"]]
    assert pages[0][0] == 1 and pages[-1][1] == g["pages"]
    for (a, b), (c, _) in zip(pages, pages[1:]):
        assert a <= b and c == b + 1


@pytest.mark.parametrize("name", NAMES)
def test_headings_on_their_page(name):
    missing = [(s["page"], s["label"], s["heading"]) for p in gold(name)["parts"] for s in p["sections"]
               if not on_page(name, s["page"], s["heading"]) or not on_page(name, s["page"], s["label"])]
    assert not missing


@pytest.mark.parametrize("name", NAMES)
def test_amounts_on_their_page(name):
    parts = gold(name)["parts"]
    assert sum(len(p["amounts"]) for p in parts) > 0
    # an amount cut by a page break is checked by its first word on its (first) page
    missing = [(a["page"], a["text"]) for p in parts for a in p["amounts"]
               if not on_page(name, a["page"], a["text"].split()[0] if a.get("split_across_pages") else a["text"])]
    assert not missing


@pytest.mark.parametrize("name", NAMES)
def test_footnotes_on_their_page(name):
    for p in gold(name)["parts"]:
        for f in p["footnotes"]:
            assert on_page(name, f["page"], f["text"][:60]), f


@pytest.mark.parametrize("name", NAMES)
def test_tables_shape(name):
    for p in gold(name)["parts"]:
        for t in p["tables"]:
            assert t["n_rows"] == len(t["rows"])
            assert all(len(r) == t["n_cols"] for r in t["rows"] + t["header"])
            assert t["pages"] == sorted(t["pages"]) and t["pages"][0] >= p["pages"][0]
            # cells of a row are interleaved by text extraction: check the words of the first cell
            first = next(c for r in t["rows"] for c in r if c)
            words = page_texts(name)[0][t["pages"][0] - 1].split()
            assert all(w in words for w in first.split()), (t["pages"], first)


@pytest.mark.parametrize("name", NAMES)
def test_amount_values_read_back(name):
    """The printed text of every amount means the recorded value (catches a style drifting)."""
    for p in gold(name)["parts"]:
        for a in p["amounts"]:
            t = a["text"].replace(" ", "").replace(".", "").replace("euros", "€")
            mult = 1_000_000 if t.endswith("M€") else 1
            digits = t.rstrip("M€k").replace(",", ".")
            assert float(digits) * mult == pytest.approx(a["value"], abs=0.005), a


def hand(name: str) -> dict | None:
    comp = next(c for c in MANIFEST["compositions"] if c["name"] == name)
    path = CORPORA / comp.get("hand_gold", "")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def test_seed_hand_gold_demolitions():
    h = hand("seed_deliberation_avenant01")
    assert h is not None
    ops = [o for o in h["parts"]["avenant"]["operations"] if o["type"] == "demolition"]
    assert len(ops) == 14
    assert sum(o["logements"] for o in ops) == 410
    assert {o["commune"] for o in ops} == {"Avion"}


def test_seed_hand_gold_matches_rendered_parts():
    """Hand gold is keyed by part kind; every rendered variant has those parts."""
    h = hand("seed_deliberation_avenant01")
    for name in NAMES:
        if not name.startswith("seed_"):
            continue
        kinds = {p["kind"] for p in gold(name)["parts"]}
        assert kinds <= set(h["parts"])


def test_seed_insertion_table_total_is_off_by_three():
    """The seed's insertion-hours table states 143 898 115 € but its rows add up to 143 898 112 €."""
    g = gold("seed_deliberation_avenant01")
    av = next(p for p in g["parts"] if p["kind"] == "avenant")
    t = next(t for t in av["tables"] if t["header"] and "Montant d’investissement" in t["header"][0])
    vals = [int(r[1].replace(" ", "").rstrip("€")) for r in t["rows"]]
    assert vals[0] == 143_898_115 and sum(vals[1:]) == 143_898_112


@pytest.mark.parametrize("name", NAMES)
def test_page_text_matches_the_pdf(name):
    """The gold's page lines are the PDF's words (the layer-1 score relies on it)."""
    from collections import Counter
    spaced, _ = page_texts(name)
    for pt in gold(name)["page_text"]:
        want = Counter(norm(" ".join(pt["body"] + pt["header"] + pt["footer"])).split())
        got = Counter(spaced[pt["page"] - 1].split())
        common = sum((want & got).values())
        assert common >= 0.95 * max(sum(want.values()), sum(got.values())), (pt["page"], want - got, got - want)


def test_seed_hand_gold_texts_are_in_the_document():
    """Every curated text of the hand gold is in its part of the style-A rendering."""
    g = gold("seed_deliberation_avenant01")
    h = hand("seed_deliberation_avenant01")
    for part in g["parts"]:
        first, last = part["pages"]
        text = norm(" ".join(line for pt in g["page_text"] if first <= pt["page"] <= last
                             for line in pt["body"]))
        hp = h["parts"][part["kind"]]
        texts = [q["text"] for key in ("quantities", "key_amounts", "amounts", "entities", "dates")
                 for q in hp.get(key, [])]
        texts += [o["name"] for o in hp["operations"]]
        missing = [t for t in texts if norm(t) not in text]
        assert not missing, (part["kind"], missing)


def test_seed_hand_amendments_point_at_rendered_sections():
    g = gold("seed_deliberation_avenant01")
    av = next(p for p in g["parts"] if p["kind"] == "avenant")
    numbers = {s["number"] for s in av["sections"]}
    amendments = hand("seed_deliberation_avenant01")["parts"]["avenant"]["amendments"]
    assert [a["section"] for a in amendments if a["section"] not in numbers] == []
    actions = {a["action"] for a in amendments}
    assert actions == {"replace", "insert", "repeal", "rename", "unchanged"}
