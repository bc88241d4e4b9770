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
        if k == EXAMPLES:       # checked on their own (check_rules): any rule may carry them
            continue
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

# The keys whose values are regular expressions: the rules of a file (paths as key_paths
# writes them). Each rule carries examples of the text it must match, beside it:
# ``examples.<key> = [...]`` in the rule's table, or ``examples = [...]`` in a table whose
# rule is its ``pattern`` ([[headings]], inline { pattern = ..., examples = [...] }). A list
# of patterns has examples that each match one of them, and every pattern is matched by one.
# tests/test_rule_examples.py holds every shipped rule to its examples; a user file's
# examples are checked when it loads. Other keys hold words, names, numbers or settings.
RULE_KEYS = frozenset("""
    detect.keywords[].pattern detect.starts detect.ends detect.tail detect.require detect.title
    detect.binder
    headings[].pattern levels.reprint_after
    metadata.number metadata.convention_number metadata.convention_signature_date
    metadata.parties_start metadata.parties_end metadata.associated_start metadata.party_strip
    metadata.party_groups[].pattern metadata.party_plural metadata.party_named metadata.parties_skip
    metadata.party_name_end
    amendments.rules[].pattern amendments.annex_rules[].pattern amendments.section_target
    amendments.unchanged amendments.own_heading amendments.instruction_end amendments.placeholder
    amendments.instruction_like amendments.item_prefix
    deliberation.organisation deliberation.number deliberation.body deliberation.session_date
    deliberation.session_date_cited deliberation.president_inline deliberation.signature_role
    deliberation.secretary_inline deliberation.present_count deliberation.not_voting deliberation.proxy
    deliberation.proxy_bare deliberation.subject_skip deliberation.subject_label
    deliberation.vote_result[].pattern deliberation.vote_skip deliberation.vote_again
    deliberation.vote_whole deliberation.vote_part deliberation.not_voting_inline deliberation.vote_for
    deliberation.vote_against deliberation.vote_abstention deliberation.vote_abstention_names
    deliberation.vote_against_names deliberation.vote_group_tally deliberation.state_absent
    deliberation.state_excused deliberation.voters_end deliberation.proxies_inline deliberation.absent_inline
    deliberation.movement_leave deliberation.movement_arrive deliberation.movement_item_only deliberation.presence_points deliberation.movement_table_head deliberation.group_label deliberation.substitute
    deliberation.chair_title
    deliberation.labels.president deliberation.labels.secretary deliberation.labels.present
    deliberation.labels.excused deliberation.labels.proxies deliberation.labels.represented
    deliberation.labels.absent deliberation.labels.not_voting
    items.labels items.session_title items.decided items.voted items.title_stop items.title_skip
    items.rapporteur items.presenter
    items.presenter_chair items.withdrawn items.withdrawn_title
    entities.org_patterns entities.loc_patterns qpv.patterns legal.patterns units[].forms
""".split())
# Rules the engine matches with case (the others ignore it): headings unless they say
# ``icase``, the shapes of names and references in common.toml, a party's leading article.
CASE_SENSITIVE = frozenset({"headings[].pattern", "entities.org_patterns", "entities.loc_patterns",
                            "qpv.patterns", "legal.patterns", "metadata.party_strip"})
EXAMPLES = "examples"


@dataclass
class Rule:
    """One rule of a file: its pattern(s) and the examples it must match."""
    source: str
    path: str                  # "deliberation.vote_for", "amendments.rules[3].pattern"
    patterns: list[str]
    examples: list[str]
    flags: int

    def unmatched(self) -> tuple[list[str], list[str]]:
        """The patterns no example matches and the examples no pattern matches (a match
        must hold some text: an optional fragment matching nothing does not count)."""
        compiled = [re.compile(p, self.flags) for p in self.patterns]

        def hit(rx, text):
            m = rx.search(text)
            return bool(m and m.group(0).strip())
        lone_patterns = [p for p, rx in zip(self.patterns, compiled) if not any(hit(rx, e) for e in self.examples)]
        lone_examples = [e for e in self.examples if not any(hit(rx, e) for rx in compiled)]
        return lone_patterns, lone_examples


def _bare(path: str) -> str:
    return ".".join(s[len(EXTRA):] if s.startswith(EXTRA) else s for s in path.split("."))


def rules_of(data: dict[str, Any], source: str = "", prefix: str = "", shape: str = "") -> list[Rule]:
    """Every rule of a rule file with its examples. ``shape``: the path as key_paths writes
    it (tables in arrays as "name[]"); ``prefix``: the same with the table's index."""
    out: list[Rule] = []
    ex = data.get(EXAMPLES)
    for k, v in data.items():
        if k == EXAMPLES:
            continue
        path, form = (f"{prefix}.{k}", f"{shape}.{k}") if prefix else (k, k)
        if isinstance(v, dict) and _bare(form) not in FREE_MAPS:
            out += rules_of(v, source, path, form)
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for i, x in enumerate(v):
                out += rules_of(x, source, f"{path}[{i}]", form + "[]")
        elif _bare(form) in RULE_KEYS:
            patterns = list(v) if isinstance(v, list) else [v]
            if k == "pattern" and isinstance(ex, list):
                examples = ex
            else:
                examples = (ex or {}).get(k, []) if isinstance(ex, dict) else []
            case = _bare(form) in CASE_SENSITIVE and not data.get("icase")
            out.append(Rule(source, path, patterns, list(examples), re.UNICODE | (0 if case else re.IGNORECASE)))
    return out


def check_rules(data: dict[str, Any], source: str) -> None:
    """Raise RuleError, naming the file and the key, on a rule that is no regular
    expression, examples that name no rule of their table, or examples a rule misses."""
    rules = rules_of(data, source)
    for rule in rules:
        for p in rule.patterns:
            if not isinstance(p, str):
                raise RuleError(f"{source}: {rule.path}: {p!r} is not a regular expression (a string)")
            try:
                re.compile(p)
            except re.error as exc:
                raise RuleError(f"{source}: {rule.path}: not a valid regular expression ({exc}): {p}") from exc
        if rule.examples:       # a user's file may give examples of some patterns of a list only
            _, lone_examples = rule.unmatched()
            if lone_examples:
                raise RuleError(f"{source}: {rule.path}: the example {lone_examples[0]!r} matches no pattern")
    _check_example_keys(data, source, "")


def _check_example_keys(data: dict[str, Any], source: str, prefix: str) -> None:
    ex = data.get(EXAMPLES)
    if isinstance(ex, dict):
        for k in ex:
            if k not in data:
                raise RuleError(f"{source}: {prefix + '.' if prefix else ''}examples.{k}: no key '{k}' "
                                "in this table to give examples of")
    elif ex is not None and "pattern" not in data:
        raise RuleError(f"{source}: {prefix + '.' if prefix else ''}examples: a list of examples needs "
                        "a 'pattern' beside it")
    for k, v in data.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict) and k != EXAMPLES:
            _check_example_keys(v, source, path)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                if isinstance(x, dict):
                    _check_example_keys(x, source, f"{path}[{i}]")


def check_family(name: str, data: dict[str, Any], vocabulary: set[str], source: str = "") -> None:
    """Raise RuleError on a key the engine does not read, a rule that is no regular expression
    or misses its own examples, or a part kind that is no name."""
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
    check_rules(data, where)
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
