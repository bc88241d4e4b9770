"""Bad input: one clear error line, non-zero exit, the batch goes on."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "convention_parser", *args],
                          capture_output=True, text=True, cwd=cwd)


def make_pdf(path: Path, text: str = "Article 1 : Objet", encrypt: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=encrypt)
    c.drawString(72, 720, text)
    c.save()
    return path


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    text = tmp_path / "notes.pdf"
    text.write_text("just some text, not a PDF\n")
    good = make_pdf(tmp_path / "good.pdf")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:200])
    encrypted = make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    return {"empty": empty, "text": text, "truncated": truncated, "encrypted": encrypted,
            "good": good, "missing": tmp_path / "nowhere.pdf"}


@pytest.mark.parametrize("kind,reason", [
    ("empty", "empty file"),
    ("text", "not a PDF"),
    ("truncated", ""),
    ("encrypted", "encrypted"),
    ("missing", "no such file"),
])
def test_bad_input_one_line_nonzero(bad_inputs, kind, reason):
    path = bad_inputs[kind]
    proc = run_cli("parse", str(path))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: {path}: ")
    assert reason in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_batch_goes_on_after_a_bad_input(bad_inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_cli("parse", str(bad_inputs["text"]), str(bad_inputs["good"]), "--format", "jsonl", "--out", str(out))
    assert proc.returncode == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [Path(r["source"]["path"]).name for r in rows] == ["good.pdf"]
    assert rows[0]["source"]["pages"] == 1
    assert proc.stderr.count("error:") == 1


def test_failed_run_keeps_previous_output(bad_inputs, tmp_path):
    out = tmp_path / "result.json"
    assert run_cli("parse", str(bad_inputs["good"]), "--out", str(out)).returncode == 0
    before = out.read_text()
    assert run_cli("parse", str(bad_inputs["empty"]), "--out", str(out)).returncode == 1
    assert out.read_text() == before


def test_usage_error_exits_2():
    assert run_cli("parse").returncode == 2
    assert run_cli("parse", "x.pdf", "--format", "xml").returncode == 2


def test_csv_of_two_inputs_with_the_same_name_do_not_overwrite(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_pdf(tmp_path / "a" / "avenant.pdf", "Article 1 : Objet")
    second = make_pdf(tmp_path / "b" / "avenant.pdf", "Article 2 : Financement")
    out = tmp_path / "csv"
    proc = run_cli("parse", str(first), str(second), "--format", "csv", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    import csv
    sources = {}
    for name in ("avenant.sections.csv", "avenant-2.sections.csv"):
        with open(out / name, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        sources[name] = {r["source"] for r in rows} or {None}
    assert sources == {"avenant.sections.csv": {str(first)}, "avenant-2.sections.csv": {str(second)}}
