"""The HTML report opened for real in headless Chromium."""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import avenant, convention  # noqa: E402

from convention_parser.diff import consolidate, diff_results, render_diff  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dump_dom(page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_html_report_opens_lists_changes_and_links_land(tmp_path):
    conv, av = convention(), avenant()
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    page = tmp_path / "diff.html"
    page.write_text(render_diff(result, "html"), encoding="utf-8")
    dom = _dump_dom(page)
    # The browser parsed the page: the change list is rendered, one item per change.
    items = re.findall(r'<li class="change" data-type="([a-z_]+)"', dom)
    assert sorted(items) == sorted(c.type for c in result.changes)
    assert "Ajout : démolition de la tour des Frênes à Avion, 71 logements, 1 880 000 €" in dom
    # Every link from a change lands on an element of the page.
    ids = set(re.findall(r'\bid="([^"]+)"', dom))
    targets = re.findall(r'<a href="#([^"]+)"', dom)
    assert len(targets) == len(result.changes)
    assert set(targets) <= ids
    # The redline shows the inserted sentence of article 5.1 and the deleted total of article 9.
    sec51 = dom[dom.index('id="sec-5.1"'):]
    assert "<ins>" in sec51 and "tour des Frênes" in sec51.split("</section>")[0]
    sec9 = dom[dom.index('id="sec-9"'):].split("</section>")[0]
    assert re.search(r"<del>[^<]*10 000 000", sec9) and re.search(r"<ins>[^<]*11 880 000", sec9)
    # The change about article 5.1 links to the redline block of 5.1.
    assert '<a href="#sec-5.1">Modification : article 5.1' in dom
