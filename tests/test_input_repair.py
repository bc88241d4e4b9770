"""Encrypted input opened with its password; damaged input repaired, what was lost named."""

import json
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from conftest import FIXTURES
from convention_parser.errors import InputError
from convention_parser.pipeline import parse_pdf
from convention_parser.text import read_document
from convention_parser.text.opening import open_input

SOURCE = FIXTURES / "deliberation" / "grid_plain_counts.pdf"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "convention_parser", *args], capture_output=True, text=True)


def _same_content(a: dict, b: dict) -> bool:
    strip = lambda d: {k: v for k, v in d.items() if k != "source"}  # noqa: E731
    return strip(a) == strip(b)


@pytest.fixture(scope="module")
def plain():
    return parse_pdf(SOURCE).to_dict()


@pytest.fixture
def locked(tmp_path) -> Path:
    out = tmp_path / "locked.pdf"
    with pikepdf.open(SOURCE) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="s3cret", owner="owner-pw", R=6))
    return out


def test_encrypted_needs_its_password(locked, plain):
    with pytest.raises(InputError, match="password required"):
        parse_pdf(locked)
    with pytest.raises(InputError, match="wrong password"):
        parse_pdf(locked, password="nope")
    opened = parse_pdf(locked, password="s3cret").to_dict()
    assert opened["parts"][0]["metadata"]["number"] == "2024-031"
    assert _same_content(opened, plain)       # tables and drawings read too, not only the text
    assert opened["source"]["path"] == str(locked)


def test_cli_password_and_password_file(locked, tmp_path, plain):
    proc = run_cli("parse", str(locked))
    assert proc.returncode == 1 and proc.stderr.strip().splitlines() == [
        f"error: {locked}: encrypted PDF (password required: --password)"]
    proc = run_cli("parse", str(locked), "--password", "s3cret")
    assert proc.returncode == 0, proc.stderr
    assert _same_content(json.loads(proc.stdout), plain)
    secret = tmp_path / "pw.txt"
    secret.write_text("s3cret\n")
    proc = run_cli("parse", str(locked), "--password-file", str(secret))
    assert proc.returncode == 0, proc.stderr
    assert run_cli("parse", str(locked), "--password", "x", "--password-file", str(secret)).returncode == 2


def _four_pages(path: Path) -> bytes:
    """Four pages, uncompressed, each with its own marker; written in page order."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pageCompression=0)
    for n in range(1, 5):
        c.drawString(72, 760, f"Article {n} : Objet de la page {n}")
        c.drawString(72, 740, f"Marqueur{n} texte propre a la page {n}.")
        c.showPage()
    c.save()
    return path.read_bytes()


def test_truncated_pdf_keeps_the_pages_before_the_cut(tmp_path):
    data = _four_pages(tmp_path / "full.pdf")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:data.index(b"Marqueur3")])      # inside page 3's content stream
    result = parse_pdf(cut)
    assert result.source.pages == 4
    assert result.warnings[0] == ("damaged PDF repaired (cross-reference table rebuilt by qpdf): "
                                  "content of page(s) 3-4 lost")
    with open_input(cut) as opened:                          # the pages the parse read
        pages = read_document(opened.path).pages
    text = [" ".join(ln.text for ln in [*p.header, *p.lines, *p.footer]) for p in pages]
    assert ["Marqueur" in t for t in text] == [True, True, False, False]
    assert result.source.sha256 != parse_pdf(tmp_path / "full.pdf").source.sha256  # the input's own hash


def test_truncated_pdf_through_the_cli_exits_0_with_the_warning(tmp_path):
    data = _four_pages(tmp_path / "full.pdf")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:data.index(b"Marqueur4")])
    proc = run_cli("parse", str(cut))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["warnings"][0].endswith("content of page(s) 4 lost")


def test_beyond_repair_is_the_one_line_error(tmp_path):
    data = _four_pages(tmp_path / "full.pdf")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:200])
    proc = run_cli("parse", str(cut))
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith(f"error: {cut}: ")
