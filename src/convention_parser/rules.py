"""Declarative rule sets, one TOML file per document family in extractors/.

The shipped files live in the repository's top-level ``extractors/`` directory;
the wheel carries them inside the package (``convention_parser/extractors``, copied
by setup.py's build hook). ``extractors_dir()`` finds whichever is there.

A family file describes how to recognise its documents and read them:
heading patterns, metadata field rules, entity patterns. Adding a family means
adding a file; the engine reads whatever is there. ``common.toml`` holds the
rules every family shares (organisations of the field, units, legal refs).

Users add families from their own directories (``load_rules(extra=[DIR])``,
``--rules DIR``): a file named like a shipped one replaces it, any other adds a
family. Their keys are checked against the vocabulary of the shipped files, so a
mistyped key is an error naming the file and the closest known key, never a
rule silently ignored.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, get_args

COMMON = "common"
# A key "extra_<name>" adds its list to the inherited list "<name>" instead of replacing it.
EXTRA = "extra_"


class RuleError(ValueError):
    """A rule file that cannot be used: unreadable TOML, unknown key, unknown part kind."""


@dataclass
class RuleSet:
    common: dict[str, Any] = field(default_factory=dict)
    families: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)   # family -> file it was read from

    def family(self, name: str) -> dict[str, Any]:
        return self.families.get(name, {})


def _read(entry) -> dict[str, Any]:
    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{entry}: not a valid TOML rule file ({exc})") from exc


def _load_dir(directory, rs: RuleSet | None = None) -> RuleSet:
    rs = rs or RuleSet()
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".toml"):
            continue
        data = _read(entry)
        name = entry.name[: -len(".toml")]
        if name == COMMON:
            rs.common = data
        else:
            rs.families[name] = data
        rs.sources[name] = str(entry)
    return rs


def key_paths(data: dict[str, Any], prefix: str = "") -> set[str]:
    """Every key of a rule file as a dotted path; tables in arrays as "name[]"; the
    "extra_" form counts as its list's name. Free-form maps (names chosen by the
    file: operation types, annex codes) are not descended into (see FREE_MAPS)."""
    out: set[str] = set()
    for k, v in data.items():
        k = k[len(EXTRA):] if k.startswith(EXTRA) else k
        path = f"{prefix}.{k}" if prefix else k
        out.add(path)
        if path in FREE_MAPS:
            continue
        if isinstance(v, dict):
            out |= key_paths(v, path)
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for x in v:
                out |= key_paths(x, path + "[]")
    return out


# Maps whose keys are values chosen by the rule file, not keywords of the engine.
FREE_MAPS = {"levels.fixed", "operations.actions", "operations.objects"}


def check_family(name: str, data: dict[str, Any], vocabulary: set[str], source: str = "") -> None:
    """Raise RuleError on a key the engine does not read or a part kind it does not know."""
    from .records import METADATA_OF_KIND, PartKind
    where = source or name
    for path in sorted(key_paths(data) - vocabulary):
        leaf = path.rsplit(".", 1)[-1]
        siblings = {p.rsplit(".", 1)[-1] for p in vocabulary
                    if p.rsplit(".", 1)[0] == path.rsplit(".", 1)[0] and "." in p} if "." in path else \
            {p for p in vocabulary if "." not in p}
        close = difflib.get_close_matches(leaf, sorted(siblings), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise RuleError(f"{where}: unknown key '{path}'{hint}")
    meta = data.get("meta") or {}
    kind = meta.get("kind")
    if kind is not None and not (isinstance(kind, str) and KIND_NAME.match(kind)):
        raise RuleError(f"{where}: meta.kind {kind!r} is not a kind name (lower-case letters, "
                        f"digits and '_', as 'protocole'; built in: {', '.join(get_args(PartKind))})")
    readers = sorted(METADATA_OF_KIND)
    reads = meta.get("metadata_as")
    if reads is not None and reads not in readers:
        raise RuleError(f"{where}: meta.metadata_as {reads!r} is not a kind whose metadata the "
                        f"engine reads ({', '.join(readers)})")


def vocabulary(rs: RuleSet) -> set[str]:
    """The keys the shipped rule files use: what the engine reads."""
    out = key_paths(rs.common)
    for data in rs.families.values():
        out |= key_paths(data)
    return out | CODE_KEYS


# Keys the engine reads that no shipped file happens to set.
CODE_KEYS = {"meta.kind", "meta.description", "meta.metadata_as", "inherit", "headings[].icase"}
# A part kind named by a rule file: its own kind in the output and the schema.
KIND_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def part_kinds(rs: RuleSet) -> dict[str, str]:
    """Every kind the rule set's families name, with the built-in kind whose metadata
    each reads ("" for none): the built-in kinds first."""
    from .records import METADATA_OF_KIND, PartKind
    out = {k: (k if k in METADATA_OF_KIND else "") for k in get_args(PartKind)}
    for name in sorted(rs.families):
        meta = _meta(rs, name)
        kind = meta.get("kind", "other")
        if kind not in out:
            reads = meta.get("metadata_as", kind)
            out[kind] = reads if reads in METADATA_OF_KIND else ""
    return out


def _meta(rs: RuleSet, name: str) -> dict[str, Any]:
    """A family's [meta] (never inherited: the parent's identity is not the child's)."""
    return rs.family(name).get("meta") or {}


def extractors_dir():
    """The shipped rule files: inside the installed package (a wheel), else the
    checkout's top-level ``extractors/`` (PYTHONPATH=src, an editable install)."""
    packaged = resources.files("convention_parser") / "extractors"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "extractors"
    if checkout.is_dir():
        return checkout
    raise RuleError(f"no extractor rule files: neither {packaged} nor {checkout} exists")


def _shipped() -> RuleSet:
    return _load_dir(extractors_dir())


@lru_cache(maxsize=None)
def load_rules(directory: str | None = None, extra: tuple[str, ...] = ()) -> RuleSet:
    """Rules shipped in the package (or read from ``directory`` instead), plus the
    families of every ``extra`` directory, checked against the shipped vocabulary."""
    rs = _load_dir(Path(directory)) if directory else _shipped()
    if not extra:
        return rs
    known = vocabulary(_shipped() if directory else rs)
    for d in extra:
        added = _load_dir(Path(d), RuleSet())
        for name, data in added.families.items():
            check_family(name, data, known, added.sources[name])
            rs.families[name] = data
            rs.sources[name] = added.sources[name]
        if added.common:
            check_family(COMMON, added.common, known, added.sources[COMMON])
            rs.common = added.common
    return rs


def extra_dirs(dirs: Iterable[str | Path] | None) -> tuple[str, ...]:
    """A hashable tuple of directories for ``load_rules(extra=...)``."""
    return tuple(str(d) for d in dirs or ())
