"""CI check: a built wheel carries every extractor rule file of the checkout.

    python scripts/check_wheel.py dist/convention_parser-*.whl

The rule files live in the top-level extractors/ directory and reach the package
through setup.py's build hook; a packaging change that drops them would leave an
installed parser without rules, which no test run from the checkout would see."""

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(wheel: str) -> int:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {f"convention_parser/extractors/{p.name}" for p in (ROOT / "extractors").glob("*.toml")}
    missing = sorted(wanted - names)
    if not wanted or missing:
        print(f"check_wheel: {wheel} lacks {missing or 'extractors/*.toml (none in the checkout)'}", file=sys.stderr)
        return 1
    print(f"check_wheel: {wheel} holds the {len(wanted)} extractor rule files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
