"""Every rule of every shipped rule file carries examples, and matches them (issue 13).

A rule is a regular expression of extractors/*.toml (rules.RULE_KEYS names the keys that hold
them). A rule with no example, a pattern no example matches, or an example no pattern matches
fails here: a rule edited so that it no longer reads the text it was written for is caught
before any document is parsed. Other keys hold words or settings (WORD_KEYS below): a new key
must be put in one set or the other."""
from __future__ import annotations

import re
import tomllib

import pytest

from convention_parser.rules import RULE_KEYS, RuleError, check_rules, extractors_dir, key_paths, load_rules, rules_of

FILES = sorted(p for p in extractors_dir().iterdir() if p.name.endswith(".toml"))
DATA = {p.name: tomllib.loads(p.read_text(encoding="utf-8")) for p in FILES}
RULES = [r for name, data in DATA.items() for r in rules_of(data, name)]

# Keys of the shipped files that hold words, names, numbers or settings, not regexes.
WORD_KEYS = set("""
    inherit meta meta.kind meta.description meta.running_title detect detect.keywords detect.keywords[].weight detect.title_weight
    headings headings[].kind headings[].strong headings[].needs_gap headings[].hangs levels levels.order levels.fixed
    metadata metadata.party_groups metadata.party_groups[].each
    amendments amendments.rules amendments.rules[].name amendments.rules[].target_kind amendments.rules[].action
    amendments.rules[].target amendments.rules[].target_from_section amendments.annex_rules
    amendments.annex_rules[].action amendments.edits
    deliberation deliberation.labels deliberation.vote_result deliberation.vote_result[].result
    deliberation.excused_without_proxy deliberation.vote_scope items items.group_kinds
    organisations organisations[].name organisations[].kind organisations[].aliases
    entities entities.person_functions entities.civilities entities.stopwords entities.bodies
    entities.bodies.heads entities.bodies.forms entities.bodies.brands_before entities.bodies.brands_after
    entities.bodies.trailing_forms qpv communes communes.names legal legal.names legal.names[].name
    legal.names[].aliases units units[].unit operations operations.actions operations.objects
    operations.sites operations.sites.keep operations.sites.drop operations.withdrawn
    operations.withdrawn.before operations.columns operations.columns.label operations.columns.owner
    operations.columns.amount operations.columns.logements operations.columns.place
    operations.columns.amount_prefer operations.columns.amount_exclude operations.columns.programme_amount
    operations.columns.summary operations.columns.skip_rows amounts amounts.labels amounts.labels.heads
    amounts.labels.cuts
""".split())


def test_every_key_is_a_rule_or_words():
    unknown = sorted({p for d in DATA.values() for p in key_paths(d)} - RULE_KEYS - WORD_KEYS)
    assert not unknown, f"keys neither in rules.RULE_KEYS nor in WORD_KEYS: {unknown}"


def test_the_files_hold_their_rules():
    # every rule key is found in some file, and the walk finds about every pattern
    found = {re.sub(r"\[\d+\]", "[]", r.path).replace("extra_", "") for r in RULES}
    assert RULE_KEYS <= found, sorted(RULE_KEYS - found)
    assert sum(len(r.patterns) for r in RULES) >= 250


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.source}:{r.path}" for r in RULES])
def test_every_rule_matches_its_examples(rule):
    assert rule.examples, f"{rule.source}: {rule.path} has no examples"
    lone_patterns, lone_examples = rule.unmatched()
    assert not lone_patterns, f"{rule.source}: {rule.path}: no example matches {lone_patterns}"
    assert not lone_examples, f"{rule.source}: {rule.path}: no pattern matches {lone_examples}"


def test_the_shipped_files_pass_the_load_checks():
    for name, data in DATA.items():
        check_rules(data, name)


def _file(tmp_path, text):
    (tmp_path / "fam.toml").write_text(text, encoding="utf-8")
    return (str(tmp_path),)


def test_a_rule_that_no_longer_matches_its_example_is_caught(tmp_path):
    """The check can fail: a user's rule whose example it misses stops the load, naming the key."""
    text = ('inherit = "board_deliberation"\n[meta]\nkind = "deliberation"\n[detect]\n'
            'extra_starts = ["^d[ée]cision du bureau"]\n'
            'examples.extra_starts = ["ARRÊTÉ DU PRÉSIDENT"]\n')
    with pytest.raises(RuleError, match=r"fam.toml: detect.extra_starts: the example 'ARRÊTÉ DU PRÉSIDENT' matches no pattern"):
        load_rules(extra=_file(tmp_path, text))


def test_a_pattern_that_is_no_regex_is_an_error_naming_file_and_key(tmp_path):
    text = '[meta]\nkind = "arrete"\n[detect]\nstarts = ["^arr[êe]t[ée] (du"]\n'
    with pytest.raises(RuleError, match=r"fam.toml: detect.starts: not a valid regular expression"):
        load_rules(extra=_file(tmp_path, text))


def test_examples_of_a_key_that_is_not_there_are_an_error(tmp_path):
    text = '[meta]\nkind = "arrete"\n[detect]\nstarts = ["^arr[êe]t[ée]"]\nexamples.start = ["ARRÊTÉ"]\n'
    with pytest.raises(RuleError, match=r"fam.toml: detect.examples.start: no key 'start'"):
        load_rules(extra=_file(tmp_path, text))


def test_a_user_rule_with_good_examples_loads(tmp_path):
    text = ('[meta]\nkind = "arrete"\n[detect]\nstarts = ["^arr[êe]t[ée]\\\\s+du"]\n'
            'examples.starts = ["ARRÊTÉ DU PRÉSIDENT N° 2024-12"]\n'
            'keywords = [{ pattern = "le\\\\s+pr[ée]sident\\\\s+arr[êe]te", weight = 6, examples = ["Le Président arrête :"] }]\n')
    rules = load_rules(extra=_file(tmp_path, text))
    assert "fam" in rules.families
