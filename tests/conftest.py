from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"          # CI clones main with shared/ beside it
SHARED_REAL = SHARED / "real"
SEED_TEXT = SHARED / "seeds" / "000_b205ef4d0615965a.txt"


@pytest.fixture
def root() -> Path:
    return ROOT
