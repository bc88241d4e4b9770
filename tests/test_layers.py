"""Data flows one way (README, DEVELOPING): a layer never imports a later one. french/ is the
bottom: it imports nothing of the package."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "convention_parser"
# layer -> the package's subpackages it must not import
FORBIDDEN = {
    "french": {"text", "tables", "structure", "facts", "diff", "exporters", "store", "evaluate",
               "records", "rules", "pipeline", "change_types"},
    "text": {"tables", "structure", "facts", "diff", "exporters", "store"},
    "tables": {"structure", "facts", "diff", "exporters", "store"},
    "structure": {"facts", "diff", "exporters", "store"},
    "facts": {"diff", "exporters", "store"},
}


def _imports(path: Path) -> set[str]:
    """Top-level package modules a file imports, relative or absolute."""
    out = set()
    rel = path.relative_to(PKG).parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(rel[:-1])[: len(rel) - node.level]
                mod = base + (node.module.split(".") if node.module else [])
                names = [mod[0]] if mod else [a.name for a in node.names]
                out.update(names if mod else [a.name.split(".")[0] for a in node.names])
            elif node.module and node.module.startswith("convention_parser."):
                out.add(node.module.split(".")[1])
    return out


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_no_later_layer(layer):
    bad = {f"{p.relative_to(PKG)} -> {m}" for p in (PKG / layer).rglob("*.py")
           for m in _imports(p) & FORBIDDEN[layer]}
    assert not bad, sorted(bad)
