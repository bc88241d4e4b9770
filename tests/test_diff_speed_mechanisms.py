"""The diff's fast paths give the answers of the slow ones (no timing here:
benchmarks/bench_diff.py measures the time)."""

import random
from difflib import SequenceMatcher

from convention_parser.diff import facts, matcher
from convention_parser.diff.facts import pair_figures
from convention_parser.diff.matcher import TokenMatcher
from convention_parser.records import Amount


def _edited(rng: random.Random, a: list[int], alphabet: int) -> list[int]:
    b = list(a)
    for _ in range(rng.randrange(0, 10)):
        r = rng.random()
        if r < .3 and b:
            del b[rng.randrange(len(b))]
        elif r < .6:
            b.insert(rng.randrange(len(b) + 1), rng.randrange(alphabet))
        elif b:
            b[rng.randrange(len(b))] = rng.randrange(alphabet)
    return b


def test_token_matcher_gives_difflibs_opcodes(monkeypatch):
    # Small alphabets make many equally long runs: the tie-breaks are tested too.
    monkeypatch.setattr(matcher, "SMALL_RANGES", 0)
    rng = random.Random(7)
    for _ in range(600):
        alphabet = rng.choice([2, 3, 5, 30])
        a = [rng.randrange(alphabet) for _ in range(rng.randrange(0, 50))]
        b = _edited(rng, a, alphabet) if rng.random() < .7 else \
            [rng.randrange(alphabet) for _ in range(rng.randrange(0, 50))]
        assert TokenMatcher(a, b).get_opcodes() == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def test_token_matcher_on_word_pieces_of_long_texts():
    words = "le la de des opérations logements 12 , . ; quartier Avion Lens".split()
    rng = random.Random(3)
    a = [w for _ in range(900) for w in (rng.choice(words), " ")]
    b = _edited(rng, [words.index(x) if x in words else -1 for x in a], len(words))
    b = [words[x] if x >= 0 else " " for x in b]
    assert TokenMatcher(a, b).get_opcodes() == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _amount(value: float, label: str) -> Amount:
    return Amount(f"{value} €", value, section="9", label=label)


def test_figures_pair_by_their_label_then_by_a_reworded_label_then_by_order():
    old = [_amount(100.0, "subvention ANRU démolition"), _amount(200.0, "prêt bonifié Action Logement"),
           _amount(300.0, "Total"), _amount(400.0, "Total")]
    new = [_amount(250.0, "prêts bonifiés Action Logement"), _amount(150.0, "subvention ANRU démolition"),
           _amount(350.0, "Total"), _amount(450.0, "Total")]
    got = [(a.value, b.value) for a, b in pair_figures(old, new)]
    # Same label first (an index, whatever the order), then the reworded one,
    # then the labels shared by two figures in their order.
    assert got == [(100.0, 150.0), (200.0, 250.0), (300.0, 350.0), (400.0, 450.0)]


def test_each_label_is_folded_once_per_figure(monkeypatch):
    calls = []
    real = facts.fold
    monkeypatch.setattr(facts, "fold", lambda s: calls.append(s) or real(s))
    names = [f"{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)]     # "aa", "ba", …
    old = [_amount(float(i), f"ligne {n} de financement") for i, n in enumerate(names)]
    new = [_amount(float(i + 1000), f"ligne {n} de financement") for i, n in enumerate(names)]
    assert len(pair_figures(old, new)) == 300
    assert len(calls) <= 2 * (len(old) + len(new))     # not once per pair (90 000)
