"""The README's "From Python" block runs as printed (docs as runnable examples).

Its file names are stand-ins: "convention.pdf" is read as the corpus's CALL convention and
"avenant.pdf" as the bundled sample (board decision + avenant n°01). Parses without settings
come from the session cache the diff tests share; a parse with settings is a real one, so
the settings path of the example is exercised too.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pytest

import convention_parser
from conftest import CORPORA

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))
from corpus import parsed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STAND_INS = {"convention.pdf": "pdf/call_convention_original.pdf",
             "avenant.pdf": "pdf/seed_deliberation_avenant01.pdf"}


def readme_python() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### From Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the section holds one Python block"
    return blocks[0]


def test_the_readme_python_block_runs_and_gives_what_it_says(monkeypatch):
    if not (CORPORA / STAND_INS["convention.pdf"]).exists():
        pytest.skip("corpus PDFs not built")
    real_parse = convention_parser.parse_pdf
    calls = []

    def stand_in(path, *args, settings=None, **kwargs):
        relative = STAND_INS[str(path)]
        calls.append((str(path), settings is not None))
        if settings is None and not args and not kwargs:
            return parsed(relative)
        return real_parse(CORPORA / relative, *args, settings=settings, **kwargs)

    monkeypatch.setattr(convention_parser, "parse_pdf", stand_in)
    namespace: dict = {"print": lambda *a, **k: None}
    exec(compile(readme_python(), "README.md", "exec"), namespace)

    assert ("avenant.pdf", True) in calls  # the settings example really parsed with settings
    result = namespace["result"]
    assert [p.kind for p in result.parts][:2] == ["deliberation", "avenant"]
    assert isinstance(namespace["df"], pd.DataFrame) and len(namespace["df"]) > 0
    # The avenant applied to the convention: the flagship change is among what it reports.
    changes = namespace["changes"]
    assert any(c.type == "operation_added" and "Frênes" in str(c.after) for c in changes)
    # Stricter classification or a looser name threshold still give a parse and a diff.
    assert namespace["strict"].parts and namespace["loose"].changes
