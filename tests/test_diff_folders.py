"""diff OLD_DIR NEW_DIR: files paired by relative path, then by unique name; files left
alone reported; each pair diffed; --db stores every pair's changes (built by construction)."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "diff"))
from builders import convention  # noqa: E402

from convention_parser.folder_diff import pair_folders  # noqa: E402
from convention_parser.store import run_sql  # noqa: E402


def write(path: Path, result) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def folders(tmp_path: Path) -> tuple[Path, Path]:
    """old/ and new/ as a user keeps them year after year."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    base = convention()
    changed = convention()
    peupliers = next(o for o in changed.parts[0].operations if o.name == "tour des Peupliers")
    peupliers.logements = 150                                      # 120 -> 150: one change
    write(old / "lens" / "convention.json", base)
    write(new / "lens" / "convention.json", changed)               # same relative path
    write(old / "avion" / "archive" / "same.json", base)
    write(new / "avion" / "same.json", base)                       # moved, same name once on each side
    write(old / "dup" / "x.json", base)
    write(old / "other" / "x.json", base)                          # "x" twice in old: not paired by name
    write(new / "x.json", base)
    write(old / "gone.json", base)
    (new / "notes.txt").write_text("not a document")
    good = (FIXTURES / "minutes" / "minutes-label-alone.pdf").read_bytes()
    (old / "pv.pdf").write_bytes(good)
    (new / "pv.pdf").write_bytes(good[: len(good) // 3])           # damaged: the pair fails
    return old, new


def test_pairing_by_relative_path_then_unique_name(tmp_path):
    old, new = folders(tmp_path)
    pairing = pair_folders(old, new)
    pairs = sorted((p.old.relative_to(old).as_posix(), p.new.relative_to(new).as_posix()) for p in pairing.pairs)
    assert pairs == [("avion/archive/same.json", "avion/same.json"), ("lens/convention.json", "lens/convention.json"),
                     ("pv.pdf", "pv.pdf")]
    assert [f.relative_to(old).as_posix() for f in pairing.only_old] == ["dup/x.json", "gone.json", "other/x.json"]
    assert [f.relative_to(new).as_posix() for f in pairing.only_new] == ["x.json"]


def test_cli_diffs_every_pair_reports_the_rest_and_stores_the_changes(tmp_path):
    old, new = folders(tmp_path)
    db = tmp_path / "changes.duckdb"
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "diff", str(old), str(new),
                           "--format", "json", "--db", str(db), "--jobs", "2"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr                        # the damaged PDF failed
    report = json.loads(proc.stdout)
    by_old = {p["old"]: p for p in report["pairs"]}
    changes = by_old["lens/convention.json"]["diff"]["changes"]
    assert [c["type"] for c in changes if c["type"].startswith("operation")] == ["operation_modified"]
    modified = next(c for c in changes if c["type"] == "operation_modified")
    assert (modified["before"]["logements"], modified["after"]["logements"]) == (120, 150)
    assert by_old["avion/archive/same.json"]["diff"]["changes"] == []
    assert "error" in by_old["pv.pdf"] and "pv.pdf" in by_old["pv.pdf"]["error"]
    assert report["only_old"] == ["dup/x.json", "gone.json", "other/x.json"] and report["only_new"] == ["x.json"]
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith(f"error: {new / 'pv.pdf'}: ")
    assert lines[1:] == ["5 parsed, 1 failed, 4 unpaired:", f"  {new / 'pv.pdf'}"]
    # Both diffed pairs are in the store, with their documents' ids.
    _, rows = run_sql(db, "SELECT n_changes, old_document_id IS NOT NULL, new_document_id IS NOT NULL FROM diffs "
                          "ORDER BY n_changes")
    assert rows == [(0, True, True), (len(changes), True, True)]


def test_cli_text_lists_pairs_and_lone_files_and_exit_code(tmp_path):
    old, new = folders(tmp_path)
    (old / "pv.pdf").unlink()
    (new / "pv.pdf").unlink()                                       # JSON only: no parse, fast
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "diff", str(old), str(new),
                           "--exit-code"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr                        # changes found (--exit-code)
    assert "=== lens/convention.json → lens/convention.json ===" in proc.stdout
    assert f"only in {old}: gone.json" in proc.stdout and f"only in {new}: x.json" in proc.stdout
    assert proc.stderr.strip().splitlines() == ["4 parsed, 0 failed, 4 unpaired"]
    plain = subprocess.run([sys.executable, "-m", "convention_parser", "diff", str(old), str(new / "x.json")],
                           capture_output=True, text=True)
    assert plain.returncode == 2 and "both be folders" in plain.stderr
