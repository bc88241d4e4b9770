"""The batch engine: folders read recursively, a pool that survives hanging, crashing
and memory-hungry files, results in input order; the CLI's closing line."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import FIXTURES

from convention_parser.batch import BatchSettings, find_pdfs, run_batch

MINUTES = FIXTURES / "minutes"


# Work functions must live at module level: they are sent to the worker processes.
def pretend_work(path: Path, settings: BatchSettings):
    """Stands in for a parse: a file's name says how it behaves."""
    name = path.name
    if name.startswith("hang"):
        time.sleep(600)
    if name.startswith("crash"):
        os._exit(7)
    if name.startswith("greedy"):
        return len(bytearray(1024 * 1024 * 1024))  # 1 GB, over the cap below
    if name.startswith("bad"):
        raise ValueError("unreadable table")
    return name.upper()


def test_folders_read_recursively_for_pdfs_only(tmp_path):
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for rel in ["a/one.pdf", "a/deep/two.PDF", "a/deep/notes.txt", "a/readme.md", "three.pdf"]:
        (tmp_path / rel).write_bytes(b"%PDF-1.4")
    named = tmp_path / "named.txt"  # a file named by the user is kept: it fails loudly later
    named.write_text("x")
    found = find_pdfs([tmp_path / "a", tmp_path / "three.pdf", named, tmp_path / "a" / "one.pdf"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == \
        ["a/deep/two.PDF", "a/one.pdf", "three.pdf", "named.txt"]


def test_hanging_file_is_killed_and_the_batch_goes_on():
    names = ["a.pdf", "hang.pdf", "b.pdf", "c.pdf", "d.pdf"]
    start = time.monotonic()
    outcomes = list(run_batch([Path(n) for n in names], BatchSettings(jobs=2, timeout=1.5, warm_up=None),
                              work=pretend_work))
    # Far from the hanging file's 600 s: a batch that waited for it fails, a loaded machine
    # (the fork server's start took 90 s under a load of 30) does not.
    assert time.monotonic() - start < 300
    assert [o.path.name for o in outcomes] == names  # input order, whatever finished first
    assert [o.value for o in outcomes] == ["A.PDF", None, "B.PDF", "C.PDF", "D.PDF"]
    assert outcomes[1].error == "timed out after 1.5 s"


def slow_warm_up():
    time.sleep(3)


def test_timeout_clock_starts_after_the_warm_up():
    """A worker loading its model for 3 s does not make a 1.5 s budget fail every first file."""
    outcomes = list(run_batch([Path("a.pdf"), Path("b.pdf")], BatchSettings(jobs=2, timeout=1.5, warm_up=slow_warm_up),
                              work=pretend_work))
    assert [(o.value, o.error) for o in outcomes] == [("A.PDF", None), ("B.PDF", None)]


def test_crash_memory_and_exception_are_one_failed_file_each():
    names = ["crash.pdf", "greedy.pdf", "bad.pdf", "ok.pdf"]
    outcomes = list(run_batch([Path(n) for n in names], BatchSettings(jobs=2, memory_mb=400, warm_up=None),
                              work=pretend_work))
    errors = {o.path.name: o.error for o in outcomes}
    assert errors["crash.pdf"] == "worker died (exit code 7)"
    assert errors["greedy.pdf"] == "out of memory (limit 400 MB per worker)"
    assert errors["bad.pdf"] == "internal error: ValueError: unreadable table"
    assert errors["ok.pdf"] is None and outcomes[-1].value == "OK.PDF"


def test_cli_parses_a_folder_and_closes_with_the_counts(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "m1.pdf").write_bytes((MINUTES / "minutes-label-alone.pdf").read_bytes())
    (folder / "sub" / "m2.pdf").write_bytes((MINUTES / "minutes-bare-columns.pdf").read_bytes())
    (folder / "sub" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj")
    (folder / "sub" / "notes.txt").write_text("not read")
    proc = subprocess.run([sys.executable, "-m", "convention_parser", "parse", str(folder),
                           "--format", "jsonl", "--jobs", "2"], capture_output=True, text=True)
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(Path(r["source"]["path"]).name for r in rows) == ["m1.pdf", "m2.pdf"]
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith(f"error: {folder / 'sub' / 'broken.pdf'}: ")
    assert lines[1:] == ["2 parsed, 1 failed:", f"  {folder / 'sub' / 'broken.pdf'}"]
    assert "Traceback" not in proc.stderr
