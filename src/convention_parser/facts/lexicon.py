"""The shared vocabulary of extractors/common.toml, compiled once per RuleSet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..rules import RuleSet
from .bodies import BodyRules, compile_bodies
from ..french.text import alias_body, alias_regex, key, squeeze, whole_words


@dataclass
class Organisation:
    name: str
    kind: str
    regex: re.Pattern          # searched in fold(text, lower=...) (see `case_sensitive`)
    case_sensitive: bool


@dataclass
class Lexicon:
    organisations: list[Organisation] = field(default_factory=list)
    org_patterns: list[re.Pattern] = field(default_factory=list)
    # All aliases of one case mode in one alternation (longest first): one scan per
    # paragraph instead of one per alias. key(alias) -> organisation name in alias_names.
    org_regex_case: Optional[re.Pattern] = None
    org_regex_low: Optional[re.Pattern] = None
    person_regex: Optional[re.Pattern] = None
    civilities: list[str] = field(default_factory=list)
    stopwords: set[str] = field(default_factory=set)     # keys (see french.text.key)
    qpv: list[re.Pattern] = field(default_factory=list)
    communes: dict[str, str] = field(default_factory=dict)  # key -> name as written in the list
    commune_regex: Optional[re.Pattern] = None
    legal: list[re.Pattern] = field(default_factory=list)
    legal_names: list[Organisation] = field(default_factory=list)   # named texts ("RGA NPNRU"), label LAW
    loc_patterns: list[re.Pattern] = field(default_factory=list)
    person_functions: Optional[re.Pattern] = None                   # ", Vice-Président" after a name
    bodies: BodyRules = field(default_factory=BodyRules)            # name shapes, see bodies.py
    units: list[tuple[re.Pattern, str]] = field(default_factory=list)
    unit_regex: str = ""
    actions: list[tuple[str, str]] = field(default_factory=list)   # (folded stem, type)
    objects: list[tuple[str, str]] = field(default_factory=list)   # (folded keyword, type)
    site_keep: list[str] = field(default_factory=list)
    site_drop: list[str] = field(default_factory=list)
    alias_names: dict[str, str] = field(default_factory=dict)       # key(alias) -> name
    label_heads: tuple[str, ...] = ()                               # amount labels, see labels.py
    label_cuts: tuple[str, ...] = ()
    columns: dict[str, list[str]] = field(default_factory=dict)     # table role -> header words (squeezed)
    skip_rows: set[str] = field(default_factory=set)                # keys of row labels that are no operation
    withdrawn: list[str] = field(default_factory=list)              # keys of words withdrawing an operation


_CACHE: dict[int, Lexicon] = {}


def lexicon(rules: RuleSet) -> Lexicon:
    lx = _CACHE.get(id(rules))
    if lx is None:
        lx = _CACHE[id(rules)] = _build(rules.common or {})
    return lx


def _build(common: dict) -> Lexicon:
    lx = Lexicon()
    for org in common.get("organisations", []):
        for alias in sorted(org.get("aliases", [org["name"]]), key=len, reverse=True):
            # One-word aliases ("CALL", "Région", "SIA") keep their case: "call" or
            # "la région" in running text are not the organisation.
            one_word = len(re.split(r"[\s\-']+", alias.strip())) == 1
            rx = re.compile(alias_regex(alias) if one_word else alias_regex(alias.lower()))
            lx.organisations.append(Organisation(org["name"], org.get("kind", "org"), rx, one_word))
            lx.alias_names[key(alias)] = org["name"]
    aliases = [(alias, len(re.split(r"[\s\-']+", alias.strip())) == 1)
               for org in common.get("organisations", []) for alias in org.get("aliases", [org["name"]])]
    for case in (True, False):
        bodies = [alias_body(a if one_word else a.lower())
                  for a, one_word in sorted(aliases, key=lambda x: -len(x[0])) if one_word == case]
        if case:
            # a one-word alias printed in capitals or small capitals ("l'ANAH", "la RÉGION"):
            # capitals never make a common word of it
            bodies += [alias_body(a.upper()) for a, one_word in sorted(aliases, key=lambda x: -len(x[0]))
                       if one_word and a.upper() != a]
        if bodies:
            rx = re.compile(whole_words(bodies))
            if case:
                lx.org_regex_case = rx
            else:
                lx.org_regex_low = rx
    ent = common.get("entities", {})
    lx.org_patterns = [re.compile(p) for p in ent.get("org_patterns", [])]
    lx.civilities = ent.get("civilities", [])
    lx.stopwords = {key(s) for s in ent.get("stopwords", [])}
    lx.qpv = [re.compile(p) for p in common.get("qpv", {}).get("patterns", [])]
    names = common.get("communes", {}).get("names", [])
    lx.communes = {key(n): n for n in names}
    if names:
        lx.commune_regex = re.compile(whole_words([alias_body(n) for n in sorted(names, key=len, reverse=True)]))
    lx.legal = [re.compile(p) for p in common.get("legal", {}).get("patterns", [])]
    for text in common.get("legal", {}).get("names", []):
        for alias in sorted(text.get("aliases", [text["name"]]), key=len, reverse=True):
            # Acronyms ("RGA") keep their case, as organisation aliases do.
            acronym = alias.isupper() or " " not in alias.strip() or alias.split()[0].isupper()
            rx = re.compile(alias_regex(alias) if acronym else alias_regex(alias.lower()))
            lx.legal_names.append(Organisation(text["name"], "law", rx, acronym))
    lx.loc_patterns = [re.compile(p) for p in ent.get("loc_patterns", [])]
    functions = ent.get("person_functions", [])
    if functions:
        alts = "|".join(alias_regex(f) for f in sorted(functions, key=len, reverse=True))
        lx.person_functions = re.compile(rf"^[ \u00a0]*,[ \u00a0]*(?:\d+(?:e|er|ème)[ \u00a0]+)?(?:{alts})")
    lx.bodies = compile_bodies(ent.get("bodies", {}), functions)
    forms = []
    for u in common.get("units", []):
        for f in u.get("forms", []):
            forms.append((f, u["unit"]))
            lx.units.append((re.compile(rf"(?:{f})$", re.IGNORECASE), u["unit"]))
    lx.unit_regex = "|".join(f for f, _ in sorted(forms, key=lambda x: len(x[0]), reverse=True))
    ops = common.get("operations", {})
    lx.actions = [(key(k), t) for t, ks in ops.get("actions", {}).items() for k in ks]
    lx.objects = [(key(k), t) for t, ks in ops.get("objects", {}).items() for k in ks]
    sites = ops.get("sites", {})
    # Action words open sentences ("Démolition ..."): never a name.
    lx.stopwords |= {a for a, _ in lx.actions} | {key(w) for w in ("Démolition", "Requalification", "Résidentialisation")}
    lx.site_keep = sites.get("keep", [])
    lx.site_drop = sites.get("drop", [])
    lx.withdrawn = [key(w) for w in ops.get("withdrawn", {}).get("before", [])]
    labels = common.get("amounts", {}).get("labels", {})
    lx.label_heads, lx.label_cuts = tuple(labels.get("heads", [])), tuple(labels.get("cuts", []))
    lx.columns = {role: [squeeze(w) for w in words]
                  for role, words in ops.get("columns", {}).items() if role != "skip_rows"}
    lx.skip_rows = {key(w) for w in ops.get("columns", {}).get("skip_rows", [])}
    return lx


def unit_of(word: str, lx: Lexicon) -> Optional[str]:
    w = re.sub(r"\s+", " ", word.strip())
    for rx, unit in lx.units:
        if rx.match(w):
            return unit
    return None
