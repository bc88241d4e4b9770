"""Declarative rule sets, one TOML file per document family in extractors/.

A family file describes how to recognise its documents and read them:
heading patterns, metadata field rules, entity patterns. Adding a family means
adding a file; the engine reads whatever is there. ``common.toml`` holds the
rules every family shares (organisations of the field, units, legal refs).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

COMMON = "common"


@dataclass
class RuleSet:
    common: dict[str, Any] = field(default_factory=dict)
    families: dict[str, dict[str, Any]] = field(default_factory=dict)

    def family(self, name: str) -> dict[str, Any]:
        return self.families.get(name, {})


def _load_dir(directory) -> RuleSet:
    rs = RuleSet()
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        name = entry.name[: -len(".toml")]
        if name == COMMON:
            rs.common = data
        else:
            rs.families[name] = data
    return rs


@lru_cache(maxsize=None)
def load_rules(directory: str | None = None) -> RuleSet:
    """Rules shipped in the package, or from ``directory`` (user-supplied families)."""
    if directory:
        return _load_dir(Path(directory))
    return _load_dir(resources.files("convention_parser") / "extractors")
