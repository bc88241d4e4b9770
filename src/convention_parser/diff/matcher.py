"""difflib's SequenceMatcher, same answers, without its quadratic step.

SequenceMatcher finds the longest common run of two ranges by a dynamic
programme over every occurrence of every element: on the word pieces of a
text, where one space in two is an element, that is the number of pieces
squared (most of a diff's time on a long article). ``TokenMatcher`` finds the
same run (longest; then earliest in the first sequence; then earliest in the
second) by a binary search on its length, each length checked with rolling
hashes of the windows of both ranges: (n + m) log(min(n, m)) per call.
Candidates are compared element by element, so a hash collision cannot
change the answer. Only for matchers without junk (``isjunk=None``,
``autojunk=False``), the only ones the diff builds.
"""

from __future__ import annotations

from difflib import Match, SequenceMatcher
from typing import Hashable, Optional, Sequence

_MOD = (1 << 61) - 1
_BASE = 1_000_003
# Below this many element pairs the dynamic programme is as fast.
SMALL_RANGES = 4096


class TokenMatcher(SequenceMatcher):
    def __init__(self, a: Sequence[Hashable] = (), b: Sequence[Hashable] = ()):
        super().__init__(None, a, b, autojunk=False)

    def set_seq1(self, a):
        self._ia, self._ha = self._encode(a)
        super().set_seq1(a)

    def set_seq2(self, b):
        self._ib, self._hb = self._encode(b)
        super().set_seq2(b)

    def _encode(self, seq) -> tuple[list[int], list[int]]:
        """Elements as small integers (equal elements, equal integers, in
        both sequences) and the prefix hashes of the sequence."""
        if not hasattr(self, "_ids"):
            self._ids: dict = {}
            self._pow = [1]
        ids = self._ids
        codes = [ids.setdefault(x, len(ids) + 1) for x in seq]
        while len(self._pow) <= len(codes):
            self._pow.append(self._pow[-1] * _BASE % _MOD)
        return codes, _prefix_hashes(codes)

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None) -> Match:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        if (ahi - alo) * (bhi - blo) <= SMALL_RANGES:
            return super().find_longest_match(alo, ahi, blo, bhi)
        best = Match(alo, blo, 0)
        lo, hi = 1, min(ahi - alo, bhi - blo)
        while lo <= hi:
            size = (lo + hi) // 2
            found = self._first_common(size, alo, ahi, blo, bhi)
            if found is None:
                hi = size - 1
            else:
                best, lo = found, size + 1
        return best

    def _first_common(self, size: int, alo: int, ahi: int, blo: int, bhi: int) -> Optional[Match]:
        """The common run of ``size`` elements earliest in a, then in b."""
        p = self._pow[size]
        ha, hb, ia, ib = self._ha, self._hb, self._ia, self._ib
        starts: dict[int, list[int]] = {}
        for j in range(blo, bhi - size + 1):
            starts.setdefault((hb[j + size] - hb[j] * p) % _MOD, []).append(j)
        for i in range(alo, ahi - size + 1):
            js = starts.get((ha[i + size] - ha[i] * p) % _MOD)
            if js:
                run = ia[i:i + size]
                for j in js:
                    if ib[j:j + size] == run:
                        return Match(i, j, size)
        return None


def _prefix_hashes(ids: list[int]) -> list[int]:
    out = [0]
    for x in ids:
        out.append((out[-1] * _BASE + x) % _MOD)
    return out
