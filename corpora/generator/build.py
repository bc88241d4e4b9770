"""Render corpus compositions to PDF with gold by construction.

    python corpora/generator/build.py                 # every composition whose sources exist
    python corpora/generator/build.py seed_avenant01_c
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cpd  # noqa: E402
from compose import Composer  # noqa: E402
from render import Doc, Rec, register_family  # noqa: E402
from styles import STYLES  # noqa: E402

CORPORA = Path(__file__).resolve().parents[1]
MAX_PASSES = 6


def _needed(composer: Composer, fn_pages: dict, width: float) -> dict:
    """Height to reserve at the foot of each page for the notes called on it."""
    need: dict = {}
    for key, page in fn_pages.items():
        need[page] = need.get(page, 10) + composer.footnote_paras[key].wrap(width, 1000)[1] + 1
    return need


def render(name: str, sources: list[cpd.Source], style_name: str) -> dict:
    style = STYLES[style_name]
    register_family(style.family)
    pdf = CORPORA / "pdf" / f"{name}.pdf"
    headers = [s.meta.get("running_header", "") for s in sources]
    reserve: dict = {}
    total = 0
    # Reservations only grow, so the loop ends: it stops when every page holds the room for
    # the notes called on it and the page count ("Page X sur Y") is stable.
    for _ in range(MAX_PASSES):
        rec = Rec()
        comp = Composer(style, rec)
        flow = []
        for i, src in enumerate(sources):
            flow += comp.source(src, i)
        doc = Doc(str(pdf), style, rec, dict(reserve), total, comp.footnote_paras, headers,
                  title=sources[-1].title, author="convention-parser corpus", creator="corpora/generator")
        doc.build(flow)
        npages = doc.page
        need = _needed(comp, rec.footnote_page, 595.27 - style.margins[0] - style.margins[1])
        short = {p: h for p, h in need.items() if h > reserve.get(p, 0) + 0.01}
        if not short and npages == total:
            break
        for p, h in short.items():
            reserve[p] = h
        total = npages
    else:
        raise RuntimeError(f"{name}: layout did not converge")
    return gold(name, sources, comp, rec, npages)


def gold(name: str, sources, comp: Composer, rec: Rec, npages: int) -> dict:
    plan = comp.plan
    firsts = [rec.part_first[i] for i in range(len(sources))]
    parts = []
    for i, src in enumerate(sources):
        last = firsts[i + 1] - 1 if i + 1 < len(sources) else npages
        sections = [{"number": h["number"], "label": h["label"], "heading": h["heading"],
                     "level": h["level"], "page": rec.heading_page[h["id"]]}
                    for h in plan.headings if h["part"] == i]
        tables = [{"title": t["title"], "pages": rec.table_pages[t["id"]], "header": t["header"],
                   "rows": t["rows"], "n_rows": t["n_rows"], "n_cols": t["n_cols"],
                   "section": t["section"]} for t in plan.tables if t["part"] == i]
        missing = [a for a in plan.amounts if a["part"] == i and a["id"] not in rec.amount_page]
        if missing:
            raise RuntimeError(f"{name}: amounts not found in the layout: {missing[:3]}")
        amounts = [{"text": a["text"], "value": a["value"], "page": rec.amount_page[a["id"]],
                    "section": a["section"],
                    **({"split_across_pages": True} if a["id"] in rec.amount_split else {})}
                   for a in plan.amounts if a["part"] == i]
        notes = [{"mark": m, "text": t, "page": rec.footnote_page[(p, m)]}
                 for p, m, t in plan.footnotes if p == i]
        parts.append({"kind": src.kind, "pages": [firsts[i], last], "title": src.title,
                      "source": f"sources/{src.path.name}", "sections": sections,
                      "tables": tables, "amounts": amounts, "footnotes": notes})
    page_text = [{"page": p, **rec.pages.get(p, {"body": [], "header": [], "footer": []})}
                 for p in range(1, npages + 1)]
    return {"name": name, "pdf": f"pdf/{name}.pdf", "pages": npages, "parts": parts,
            "page_text": page_text}


def main(argv: list[str]) -> int:
    manifest = json.loads((CORPORA / "manifest.json").read_text(encoding="utf-8"))
    wanted = set(argv)
    for comp in manifest["compositions"]:
        if wanted and comp["name"] not in wanted:
            continue
        paths = [CORPORA / s for s in comp["sources"]]
        if not all(p.exists() for p in paths):
            print(f"skip {comp['name']}: missing {[str(p.name) for p in paths if not p.exists()]}",
                  file=sys.stderr)
            continue
        sources = [cpd.parse(p) for p in paths]
        g = render(comp["name"], sources, comp["style"])
        out = CORPORA / "gold" / f"{comp['name']}.json"
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{comp['name']}: {g['pages']} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
