"""Parse outputs before/after a change that must not change them (a speed fix).

    PYTHONPATH=src python benchmarks/same_output.py dump OUT_DIR [PDF ...]
    python benchmarks/same_output.py compare DIR_A DIR_B

``dump`` writes one JSON per PDF (default: corpora/pdf, corpora/heldout/pdf and
../shared/real) with the package found first on PYTHONPATH, so running it once
with the old tree's src and once with the new one, then ``compare``, shows
every output that differs. Byte-identical outputs are the goal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _default_pdfs() -> list[Path]:
    dirs = (ROOT / "corpora" / "pdf", ROOT / "corpora" / "heldout" / "pdf", ROOT.parent / "shared" / "real",
            Path("/work/shared/real"))
    seen, out = set(), []
    for d in dirs:
        for p in sorted(d.glob("*.pdf")):
            if p.name not in seen:
                seen.add(p.name)
                out.append(p)
    return out


def dump(out_dir: Path, pdfs: list[Path]) -> None:
    from convention_parser.pipeline import parse_pdf
    out_dir.mkdir(parents=True, exist_ok=True)
    for p in pdfs:
        data = parse_pdf(p).to_dict()
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        (out_dir / (p.stem + ".json")).write_text(text, encoding="utf-8")
        print(p.name, flush=True)


def compare(a: Path, b: Path) -> int:
    names = sorted({f.name for f in a.glob("*.json")} | {f.name for f in b.glob("*.json")})
    bad = 0
    for n in names:
        fa, fb = a / n, b / n
        same = fa.exists() and fb.exists() and fa.read_bytes() == fb.read_bytes()
        bad += not same
        print(("same   " if same else "DIFFERS"), n)
    print(f"{len(names) - bad}/{len(names)} identical")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"]:
        dump(Path(argv[1]), [Path(p) for p in argv[2:]] or _default_pdfs())
        return 0
    if argv[:1] == ["compare"]:
        return compare(Path(argv[1]), Path(argv[2]))
    sys.exit(__doc__)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
