"""Layer-1 text fidelity against the corpus gold (``page_text``).

For every corpus PDF with gold: word-level similarity (difflib ratio over the
page's word sequence) between our body lines and the gold body lines, and the
number of gold header/footer strings that leak into our body. Scans made from
corpus pages (rasterised, slightly rotated, noised, saved image-only) measure
the OCR path the same way.

    python benchmarks/text_similarity.py [--scans N] [--out benchmarks/results/text_similarity]
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
import tempfile
from pathlib import Path

from convention_parser.text import read_document
from convention_parser.text.model import Line

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def printed_words(line: Line) -> list[str]:
    """The line's words as printed: bullet glyph first, hyphenated halves apart."""
    out = [line.bullet] if line.list_item else []
    for w in line.words:
        at = w.footnote_at if 0 <= w.footnote_at <= len(w.text) else len(w.text)
        text = w.text[:at] + (w.footnote or "") + w.text[at:]
        if w.continued is not None and text.endswith(w.continued.text + (w.footnote or "")):
            left = w.text[: len(w.text) - len(w.continued.text)]
            out.append(left if left.endswith("-") else left + "-")
            text = w.continued.text
        out.append(text)
    return out


def page_words(page) -> list[str]:
    """Body words, then the footnotes as printed at the foot (mark, text)."""
    words = [t for ln in page.lines for t in printed_words(ln)]
    for note in page.footnotes:
        words += [note.mark] + note.text.split()
    return words


def gold_words(lines: list[str]) -> list[str]:
    return [t for ln in lines for t in ln.split()]


def ratio(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def leaks(doc_pages, gold_pages) -> list[str]:
    """Gold furniture strings found among our body lines of the same page."""
    found = []
    for page, gold in zip(doc_pages, gold_pages):
        body = {ln.text.strip() for ln in page.lines}
        for s in gold.get("header", []) + gold.get("footer", []):
            if s.strip() and s.strip() in body:
                found.append(f"p{page.number}: {s}")
    return found


def score(pdf: Path, gold_pages: list[dict], ocr: str = "auto") -> dict:
    doc = read_document(pdf, ocr=ocr)
    ours, theirs = [], []
    per_page = []
    for page, gold in zip(doc.pages, gold_pages):
        a, b = page_words(page), gold_words(gold.get("body", []))
        ours += a
        theirs += b
        per_page.append(round(ratio(a, b), 4))
    return {"pdf": pdf.name, "pages": len(doc.pages), "similarity": round(ratio(ours, theirs), 4),
            "worst_page": min(per_page) if per_page else None,
            "leaks": leaks(doc.pages, gold_pages), "text_source": doc.text_source}


def make_scan(pdf: Path, pages: list[int], out: Path, seed: int = 0) -> None:
    """Image-only PDF from ``pages`` (0-based): 200 dpi, slight skew, noise."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    images = []
    doc = pdfium.PdfDocument(str(pdf))
    for i in pages:
        img = doc[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise(img.size, 18).convert("L")
        img = Image.blend(img, noise, 0.08).filter(ImageFilter.GaussianBlur(0.4))
        images.append(img)
    doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=200.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scans", type=int, default=2, help="corpus PDFs to also test as scans")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "text_similarity"))
    args = ap.parse_args()
    rows = []
    golds = sorted((CORPORA / "gold").glob("*.json"))
    golds = [g for g in golds if not g.name.endswith(".hand.json")]
    for g in golds:
        gold = json.loads(g.read_text())
        pdf = CORPORA / "pdf" / (gold.get("pdf") or g.stem + ".pdf")
        pdf = pdf if pdf.exists() else CORPORA / "pdf" / Path(gold.get("pdf", "")).name
        if not pdf.exists() or "page_text" not in gold:
            continue
        row = score(pdf, gold["page_text"])
        rows.append(row)
        print(f"{row['pdf']:50s} sim={row['similarity']:.4f} worst={row['worst_page']} leaks={len(row['leaks'])}",
              file=sys.stderr)
    scans = []
    with tempfile.TemporaryDirectory() as tmp:
        for g in golds[: args.scans]:
            gold = json.loads(g.read_text())
            pdf = CORPORA / "pdf" / Path(gold.get("pdf") or g.stem + ".pdf").name
            if not pdf.exists():
                continue
            pick = list(range(min(2, len(gold["page_text"]))))
            scan = Path(tmp) / f"scan_{pdf.stem}.pdf"
            make_scan(pdf, pick, scan)
            row = score(scan, [gold["page_text"][i] for i in pick])
            row["pdf"] = "scan:" + pdf.name
            scans.append(row)
            print(f"{row['pdf']:50s} sim={row['similarity']:.4f} leaks={len(row['leaks'])} src={row['text_source']}",
                  file=sys.stderr)
    summary = {
        "text_pdfs": len(rows),
        "mean_similarity": round(sum(r["similarity"] for r in rows) / len(rows), 4) if rows else None,
        "min_similarity": min((r["similarity"] for r in rows), default=None),
        "furniture_leaks": sum(len(r["leaks"]) for r in rows),
        "scan_pdfs": len(scans),
        "scan_min_similarity": min((r["similarity"] for r in scans), default=None),
        "scan_furniture_leaks": sum(len(r["leaks"]) for r in scans),
    }
    out = Path(args.out)
    out.with_suffix(".json").write_text(json.dumps({"summary": summary, "pdfs": rows, "scans": scans},
                                                   ensure_ascii=False, indent=1) + "\n")
    md = ["# Layer 1 text similarity", "", "| pdf | pages | similarity | worst page | leaks |", "|---|---|---|---|---|"]
    for r in rows + scans:
        md.append(f"| {r['pdf']} | {r['pages']} | {r['similarity']:.4f} | {r['worst_page']} | {len(r['leaks'])} |")
    md += ["", "Summary: " + json.dumps(summary)]
    out.with_suffix(".md").write_text("\n".join(md) + "\n")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
