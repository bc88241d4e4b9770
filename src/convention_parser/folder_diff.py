"""``diff OLD_DIR NEW_DIR``: last year's folder against this year's, file by file.

Files (PDFs, or JSON files written by ``parse``) are paired by their path relative
to each folder, without the extension ("2024/pv.pdf" with "2024/pv.json"); those
left are paired by file name when the name is unique on both sides (a file moved
to another subfolder). What is still alone is reported as only in the old or only
in the new folder. Every PDF is parsed once, in the batch pool (``run_batch``);
each pair is then diffed as ``diff OLD NEW`` does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Iterable, Optional

from .batch import find_pdfs

SUFFIXES = (".pdf", ".json")


@dataclass
class FilePair:
    key: str                 # the relative path without extension ("2024/pv")
    old: Path
    new: Path
    diff: Any = None         # DiffResult once diffed
    error: Optional[str] = None   # one side failed to parse


@dataclass
class FolderPairing:
    pairs: list[FilePair] = field(default_factory=list)
    only_old: list[Path] = field(default_factory=list)
    only_new: list[Path] = field(default_factory=list)


def _documents(folder: Path) -> dict[str, Path]:
    """Relative path without extension -> file; a PDF wins over the JSON beside it."""
    out: dict[str, Path] = {}
    files = find_pdfs([folder]) + sorted(f for f in folder.rglob("*") if f.is_file() and f.suffix.lower() == ".json")
    for f in files:
        key = f.relative_to(folder).with_suffix("").as_posix()
        out.setdefault(key, f)
    return out


def pair_folders(old_dir: Path, new_dir: Path) -> FolderPairing:
    old, new = _documents(old_dir), _documents(new_dir)
    pairing = FolderPairing()
    for key in sorted(old.keys() & new.keys()):
        pairing.pairs.append(FilePair(key, old.pop(key), new.pop(key)))
    # Moved files: the same name, once on each side.
    by_name_old: dict[str, list[str]] = {}
    by_name_new: dict[str, list[str]] = {}
    for key in old:
        by_name_old.setdefault(key.rsplit("/", 1)[-1], []).append(key)
    for key in new:
        by_name_new.setdefault(key.rsplit("/", 1)[-1], []).append(key)
    for name in sorted(by_name_old.keys() & by_name_new.keys()):
        if len(by_name_old[name]) == 1 and len(by_name_new[name]) == 1:
            ko, kn = by_name_old[name][0], by_name_new[name][0]
            pairing.pairs.append(FilePair(f"{ko} → {kn}", old.pop(ko), new.pop(kn)))
    pairing.pairs.sort(key=lambda p: p.old.as_posix())
    pairing.only_old = sorted(old.values())
    pairing.only_new = sorted(new.values())
    return pairing


def pair_files(pairing: FolderPairing) -> Iterable[Path]:
    """Every PDF the pairs need parsed, once each."""
    seen = set()
    for p in pairing.pairs:
        for f in (p.old, p.new):
            if f.suffix.lower() == ".pdf" and f not in seen:
                seen.add(f)
                yield f


def folder_dict(pairing: FolderPairing, old_dir: Path, new_dir: Path) -> dict[str, Any]:
    """The JSON form: one entry per pair (its diff, or the error), the files left alone."""
    from .diff.render import result_dict

    def rel(path: Path, root: Path) -> str:
        return path.relative_to(root).as_posix()

    return {
        "old_dir": str(old_dir), "new_dir": str(new_dir),
        "pairs": [{"old": rel(p.old, old_dir), "new": rel(p.new, new_dir),
                   **({"diff": result_dict(p.diff)} if p.diff is not None else {"error": p.error})}
                  for p in pairing.pairs],
        "only_old": [rel(f, old_dir) for f in pairing.only_old],
        "only_new": [rel(f, new_dir) for f in pairing.only_new],
    }


def render_folder(pairing: FolderPairing, old_dir: Path, new_dir: Path, fmt: str) -> str:
    """text / md / json for the whole folder (html is one page per pair: ``write_html``)."""
    from .diff import render_diff

    if fmt == "json":
        return json.dumps(folder_dict(pairing, old_dir, new_dir), ensure_ascii=False, indent=2) + "\n"
    head = "## " if fmt == "md" else "=== "
    tail = "" if fmt == "md" else " ==="
    out = []
    for p in pairing.pairs:
        title = f"{p.old.relative_to(old_dir).as_posix()} → {p.new.relative_to(new_dir).as_posix()}"
        out.append(f"{head}{title}{tail}\n")
        out.append(render_diff(p.diff, fmt) if p.diff is not None else f"error: {p.error}\n")
        out.append("\n")
    for label, files, root in (("only in", pairing.only_old, old_dir), ("only in", pairing.only_new, new_dir)):
        for f in files:
            line = f"{label} {root}: {f.relative_to(root).as_posix()}"
            out.append(f"- {line}\n" if fmt == "md" else f"{line}\n")
    return "".join(out)


def write_html(pairing: FolderPairing, old_dir: Path, new_dir: Path, fill_dir: Path) -> None:
    """One HTML report per pair (``NNN.html``) and ``index.html`` listing them and the
    files left alone, into ``fill_dir``."""
    from .diff import render_diff

    rows = []
    for i, p in enumerate(pairing.pairs, 1):
        title = f"{p.old.relative_to(old_dir).as_posix()} → {p.new.relative_to(new_dir).as_posix()}"
        if p.diff is None:
            rows.append(f"<li>{escape(title)}: error: {escape(p.error or '')}</li>")
            continue
        name = f"{i:03d}.html"
        (fill_dir / name).write_text(render_diff(p.diff, "html"), encoding="utf-8")
        rows.append(f'<li><a href="{name}">{escape(title)}</a>: {len(p.diff.changes)} change(s)</li>')
    alone = [f"<li>only in {escape(str(root))}: {escape(f.relative_to(root).as_posix())}</li>"
             for files, root in ((pairing.only_old, old_dir), (pairing.only_new, new_dir)) for f in files]
    (fill_dir / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>diff</title>"
        f"<h1>{escape(str(old_dir))} → {escape(str(new_dir))}</h1><ul>{''.join(rows)}</ul>"
        f"<ul>{''.join(alone)}</ul>\n", encoding="utf-8")
