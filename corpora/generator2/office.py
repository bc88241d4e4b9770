"""DOCX -> PDF through LibreOffice headless (a development and CI tool only:
the parser never needs it at run time)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable

CONVERT_TIMEOUT = 180  # seconds for one batch of documents


def soffice() -> str | None:
    """The LibreOffice binary, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def built_pdf(build_docx: Callable[[Path], None], target: Path) -> Path:
    """The PDF of the DOCX ``build_docx(path)`` writes, converted in a throw-away directory
    and written to ``target`` (a test fixture committed as its PDF)."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (target.stem + ".docx")
        build_docx(docx)
        pdf = docx_to_pdf([docx], Path(tmp))[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf.read_bytes())
    return target


def docx_to_pdf(docx_files: list[Path], out_dir: Path) -> list[Path]:
    """Convert DOCX files to PDF into out_dir, one LibreOffice start for the batch.

    Each call uses its own throw-away user profile so several conversions may
    run at once (LibreOffice refuses a second instance on a shared profile)."""
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_files)]
        subprocess.run(cmd, check=True, timeout=CONVERT_TIMEOUT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdfs = [out_dir / (Path(f).stem + ".pdf") for f in docx_files]
    missing = [p.name for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no PDF for: {', '.join(missing)}")
    return pdfs
