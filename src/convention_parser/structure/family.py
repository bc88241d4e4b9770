"""Document families: the compiled view of one extractors/<family>.toml file.

A family file may say ``inherit = "<other family>"``: keys it does not set are
taken from that family (deep merge), so the heading grammar lives in one place.
A list replaces the inherited one; ``extra_<key>`` adds to it instead. A family
without ``[detect]`` is recognised as its parent is; one whose ``[detect]`` holds
only ``extra_<key>`` lists, by its parent's evidence plus its own; one with any
other ``[detect]`` key, by its own rules only. Adding a family means adding a TOML file; nothing here names a
family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from ..rules import EXTRA, RuleSet
from ..french.text import fold
from .noisy import tolerant

FLAGS = re.IGNORECASE | re.UNICODE


@dataclass
class HeadingPattern:
    kind: str
    regex: re.Pattern
    strong: bool
    # The label and the title are set apart by a tab (a wide gap) rather than
    # punctuation: "I<tab>CONTEXTE". Such a pattern matches only where the gap is.
    needs_gap: bool = False
    # The label hangs in the left margin, its title at the text's edge ("4<tab>Title", the
    # number outdented): a bare number is a heading only where it is set out so.
    hangs: bool = False


@dataclass
class Keyword:
    regex: re.Pattern
    weight: float


@dataclass
class Family:
    name: str
    kind: str
    data: dict[str, Any]
    # The built-in kind whose metadata this family reads ([meta] metadata_as; default: its
    # own kind): a new kind "protocole" may read its parties as a convention does.
    metadata_as: str = ""
    keywords: list[Keyword] = field(default_factory=list)
    starts: list[re.Pattern] = field(default_factory=list)
    ends: list[re.Pattern] = field(default_factory=list)
    tails: list[re.Pattern] = field(default_factory=list)   # a document's last stretch has begun
    requires: list[re.Pattern] = field(default_factory=list)  # one must occur for the family to claim a text
    titles: list[re.Pattern] = field(default_factory=list)
    # The title names the kind ("Avenant n°1 à la convention …"): a title of this family among
    # the first lines weighs more than the keywords its body quotes (an avenant in the
    # legislative style quotes the convention throughout).
    title_weight: float = 0.0
    # A running header naming a collection of acts (a recueil des actes administratifs) names
    # no one document (split.segment): its pages are not tied to the page before.
    binders: list[re.Pattern] = field(default_factory=list)
    # Its documents print their title as a running header atop their pages ([meta]
    # running_title: a convention's "Convention pluriannuelle … – Communauté …"): such a header
    # line is furniture, never the title of an act the furniture pass took for a header
    # (structure/lines._title_headers, which reads the other families' start lines).
    running_title: bool = False
    headings: list[HeadingPattern] = field(default_factory=list)
    level_order: list[str] = field(default_factory=list)
    fixed_levels: dict[str, int] = field(default_factory=dict)
    reprint_after: Optional[re.Pattern] = None   # a line announcing quoted text (avenants)
    has_items: bool = False                  # holds numbered sub-documents (council minutes, items.py)
    item_group_kinds: list[str] = field(default_factory=list)

    def section(self, key: str) -> dict[str, Any]:
        return self.data.get(key, {}) or {}

    def admits(self, text_lines: list[str], noisy: bool = False) -> bool:
        """Does the text hold what this family cannot go without (a decision, for a deliberation)?
        noisy: OCR'd text, where a rule gets a second, tolerant try."""
        if not self.requires:
            return True
        # Lines joined: a vote formula may wrap ("adopté à l'" / "unanimité").
        text = " ".join(text_lines)
        if any(p.search(text) for p in self.requires):
            return True
        if not noisy:
            return False
        folded = fold(text, lower=False, form="ocr")                  # OCR'd text: "a l'unanimite", "ADOP TE"
        return any(tolerant(p.pattern).search(folded) for p in self.requires)

    def score(self, text_lines: list[str], title_lines: int = 0) -> float:
        """Weighted keyword evidence; a pattern counts once per line it matches, capped; plus
        ``title_weight`` when one of the first ``title_lines`` lines is this family's title."""
        total = 0.0
        if self.title_weight and any(t.search(x) for x in text_lines[:title_lines] for t in self.titles):
            total += self.title_weight
        for kw in self.keywords:
            hits = sum(1 for t in text_lines if kw.regex.search(t))
            total += kw.weight * min(hits, 3)
        return total


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _extend(data: dict, base: dict | None = None) -> dict:
    """Fold every ``extra_<key>`` list into ``<key>`` (the inherited list, or none)."""
    base = base or {}
    out: dict = {}
    for k, v in data.items():
        if isinstance(v, dict):
            out[k] = _extend(v, base.get(k) if isinstance(base.get(k), dict) else None)
    for k, v in data.items():
        if isinstance(v, dict):
            continue
        if k.startswith(EXTRA) and isinstance(v, list):
            name = k[len(EXTRA):]
            own = data.get(name, base.get(name, []))
            out[name] = list(out.get(name, own if isinstance(own, list) else [])) + v
        elif k not in out:
            out[k] = v
    return out


def _resolved(rules: RuleSet, name: str, seen: tuple = ()) -> dict:
    data = rules.family(name)
    parent = data.get("inherit")
    if parent and parent not in seen and parent in rules.families:
        # The grammar is inherited, not the identity of the parent; its detection when the
        # family gives none of its own, or only extra_<key> lists that extend it (a
        # specialisation: the parent's evidence plus its own).
        detect = data.get("detect")
        own = detect is not None and not all(k.startswith(EXTRA) for k in detect)
        drop = ("meta", "inherit") + (("detect",) if own else ())
        base = {k: v for k, v in _resolved(rules, parent, seen + (name,)).items() if k not in drop}
        return _merge(base, _extend(data, base))
    return _extend(data)


def compile_family(rules: RuleSet, name: str) -> Family:
    data = _resolved(rules, name)
    meta = data.get("meta", {})
    detect = data.get("detect", {})
    fam = Family(name=name, kind=meta.get("kind", "other"), data=data)
    fam.metadata_as = meta.get("metadata_as", fam.kind)
    fam.keywords = [Keyword(re.compile(k["pattern"], FLAGS | re.MULTILINE), float(k.get("weight", 1)))
                    for k in detect.get("keywords", [])]
    fam.starts = [re.compile(p, FLAGS) for p in detect.get("starts", [])]
    fam.ends = [re.compile(p, FLAGS) for p in detect.get("ends", [])]
    fam.tails = [re.compile(p, FLAGS) for p in detect.get("tail", [])]
    fam.requires = [re.compile(p, FLAGS) for p in detect.get("require", [])]
    fam.titles = [re.compile(p, FLAGS) for p in detect.get("title", [])]
    fam.title_weight = float(detect.get("title_weight", 0.0))
    fam.binders = [re.compile(p, FLAGS) for p in detect.get("binder", [])]
    fam.running_title = bool(meta.get("running_title", False))
    for h in data.get("headings", []):
        flags = FLAGS if h.get("icase") else re.UNICODE
        fam.headings.append(HeadingPattern(h["kind"], re.compile(h["pattern"], flags), bool(h.get("strong")),
                                           bool(h.get("needs_gap")), bool(h.get("hangs"))))
    levels = data.get("levels", {})
    fam.level_order = list(levels.get("order", []))
    fam.fixed_levels = dict(levels.get("fixed", {}))
    if levels.get("reprint_after"):
        fam.reprint_after = re.compile(levels["reprint_after"], FLAGS)
    items = data.get("items")
    if items:
        fam.has_items = True
        fam.item_group_kinds = list(items.get("group_kinds", []))
    return fam


def families(rules: RuleSet) -> list[Family]:
    return _cached(id(rules), rules)


_CACHE: dict[int, tuple[RuleSet, list[Family]]] = {}


def _cached(key: int, rules: RuleSet) -> list[Family]:
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not rules:
        fams = [compile_family(rules, n) for n in sorted(rules.families)]
        hit = (rules, fams)
        _CACHE[key] = hit
    return hit[1]


def grammar_family(fams: list[Family]) -> Optional[Family]:
    """A family with heading patterns, for parts no family claims."""
    with_headings = [f for f in fams if f.headings]
    return max(with_headings, key=lambda f: len(f.headings)) if with_headings else None
