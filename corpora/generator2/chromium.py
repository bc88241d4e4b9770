"""HTML -> PDF through headless Chromium (a development and CI tool only, like office.py
for LibreOffice): the layout engine of web applications that print council acts."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PRINT_TIMEOUT = 180  # seconds for one document


def chromium() -> str | None:
    """The Chromium binary, or None when it is not installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def html_to_pdf(html_files: list[Path], out_dir: Path) -> list[Path]:
    """Print each HTML file to out_dir/<stem>.pdf, one headless Chromium start per file,
    without the browser's own date / title / URL header and footer."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    out_dir.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for html in html_files:
        pdf = out_dir / (Path(html).stem + ".pdf")
        with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
            subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                            "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                            Path(html).resolve().as_uri()],
                           check=True, capture_output=True, timeout=PRINT_TIMEOUT)
        if not pdf.exists():
            raise RuntimeError(f"Chromium wrote no PDF for {html}")
        pdfs.append(pdf)
    return pdfs


def print_html(html_text: str, out_dir: Path, name: str = "page") -> Path:
    """Write ``html_text`` to out_dir/<name>.html and print it: the PDF's path (tests build
    their small documents with it)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    src = out_dir / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    return html_to_pdf([src], out_dir)[0]
