"""Word-level redline of two texts, with semantic clean-up and moves.

A raw token diff of two rewordings is confetti: "le" kept between two edits,
a comma kept inside a rewritten sentence. As diff-match-patch's
cleanupSemantic does, an equality no longer than the edits on both sides of
it is folded into them, so a reader sees whole phrases replaced. Sentences
found verbatim on both sides but at other places are shown as moves, not as
a deletion plus an insertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .matcher import TokenMatcher
from .normalize import clean, key, sentences, token_key

_PIECE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\s+|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass
class Segment:
    op: str          # "=" same, "-" deleted, "+" inserted, "<" moved away, ">" moved here
    text: str
    move: int = 0    # move id linking "<" and ">" segments


def _pieces(text: str) -> list[str]:
    return _PIECE.findall(text)


def _piece_key(p: str) -> str:
    return " " if p.isspace() else token_key(re.sub(r"\s", "", p))


def word_diff(a: str, b: str) -> list[Segment]:
    """Token diff of two cleaned texts, semantically cleaned up."""
    pa, pb = _pieces(a), _pieces(b)
    sm = TokenMatcher([_piece_key(x) for x in pa], [_piece_key(x) for x in pb])
    diffs: list[list] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            diffs.append(["=", "".join(pb[j1:j2])])
        else:
            if i2 > i1:
                diffs.append(["-", "".join(pa[i1:i2])])
            if j2 > j1:
                diffs.append(["+", "".join(pb[j1:j2])])
    return [Segment(op, text) for op, text in _merge(cleanup_semantic(diffs))]


def cleanup_semantic(diffs: list[list]) -> list[list]:
    """Fold small equalities into the edits around them (diff-match-patch's
    cleanupSemantic, without its overlap pass). ``diffs``: [op, text] lists."""
    diffs = [list(d) for d in diffs]
    changed = True
    while changed:
        changed = False
        equalities: list[int] = []
        last_eq = None
        ins1 = del1 = ins2 = del2 = 0
        k = 0
        while k < len(diffs):
            op, text = diffs[k]
            if op == "=":
                equalities.append(k)
                ins1, del1, ins2, del2 = ins2, del2, 0, 0
                last_eq = text
            else:
                if op == "+":
                    ins2 += len(text)
                else:
                    del2 += len(text)
                if (last_eq is not None and len(last_eq) <= max(ins1, del1)
                        and len(last_eq) <= max(ins2, del2)):
                    e = equalities.pop()
                    diffs[e] = ["-", last_eq]
                    diffs.insert(e + 1, ["+", last_eq])
                    changed = True
                    break  # restart the scan on the rewritten list
            k += 1
        diffs = _merge(diffs)
    return diffs


def _merge(diffs: list[list]) -> list[list]:
    """Join runs: between two equalities, all deletions then all insertions."""
    out: list[list] = []
    dels: list[str] = []
    ins: list[str] = []

    def flush() -> None:
        if dels:
            out.append(["-", "".join(dels)])
        if ins:
            out.append(["+", "".join(ins)])
        dels.clear()
        ins.clear()

    for op, text in diffs:
        if not text:
            continue
        if op == "=":
            flush()
            if out and out[-1][0] == "=":
                out[-1][1] += text
            else:
                out.append(["=", text])
        elif op == "-":
            dels.append(text)
        else:
            ins.append(text)
    flush()
    return out


def redline(old: str, new: str, furniture: frozenset[str] = frozenset()) -> list[Segment]:
    """Segments covering both texts: equal, deleted, inserted, moved."""
    a, b = clean(old, furniture), clean(new, furniture)
    if key(a) == key(b):
        return [Segment("=", b)] if b else []
    by_sentence = _sentence_moves(a, b)
    if by_sentence is not None:
        return _squash(by_sentence)
    segs = word_diff(a, b)
    # A sentence deleted here and inserted there (verbatim, and long enough
    # not to be a stock phrase) is a move.
    gone = {key(x) for s in segs if s.op == "-" for x in sentences(s.text)}
    came = {key(x) for s in segs if s.op == "+" for x in sentences(s.text)}
    moved = {k: n + 1 for n, k in enumerate(sorted(gone & came)) if len(k.split()) >= 4}
    if not moved:
        return _squash(segs)
    out: list[Segment] = []
    for s in segs:
        parts = sentences(s.text)
        if s.op == "=" or not any(key(x) in moved for x in parts):
            out.append(s)
            continue
        for x in parts:
            k = key(x)
            if k in moved:
                out.append(Segment("<" if s.op == "-" else ">", x + " ", moved[k]))
            else:
                out.append(Segment(s.op, x + " "))
    return _squash(out)


def _sentence_moves(a: str, b: str) -> list[Segment] | None:
    """When whole sentences changed place, align sentences first: those out of
    the sentence-level common sequence but present on both sides are moves;
    the rest of each differing block is word-diffed. None when nothing moved
    (the token-level diff then gives the better alignment)."""
    sa, sb = sentences(a), sentences(b)
    ka, kb = [key(x) for x in sa], [key(x) for x in sb]
    ops = TokenMatcher(ka, kb).get_opcodes()
    gone = {ka[i] for t, i1, i2, _, _ in ops if t != "equal" for i in range(i1, i2)}
    came = {kb[j] for t, _, _, j1, j2 in ops if t != "equal" for j in range(j1, j2)}
    moved = {k: n + 1 for n, k in enumerate(sorted(gone & came)) if len(k.split()) >= 4}
    if not moved:
        return None
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.append(Segment("=", " ".join(sb[j1:j2]) + " "))
            continue
        rest_a = [x for x, k in zip(sa[i1:i2], ka[i1:i2]) if k not in moved]
        rest_b = [x for x, k in zip(sb[j1:j2], kb[j1:j2]) if k not in moved]
        out += [Segment("<", x + " ", moved[k]) for x, k in zip(sa[i1:i2], ka[i1:i2]) if k in moved]
        if rest_a and rest_b:
            out += word_diff(" ".join(rest_a) + " ", " ".join(rest_b) + " ")
        elif rest_a:
            out.append(Segment("-", " ".join(rest_a) + " "))
        elif rest_b:
            out.append(Segment("+", " ".join(rest_b) + " "))
        out += [Segment(">", x + " ", moved[k]) for x, k in zip(sb[j1:j2], kb[j1:j2]) if k in moved]
    return out


def _squash(segs: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for s in segs:
        if out and out[-1].op == s.op == "=":
            out[-1].text += s.text
        else:
            out.append(s)
    if out:
        out[-1].text = out[-1].text.rstrip()
    return out


def sides(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Left (old) and right (new) columns of a side-by-side view."""
    return ([s for s in segs if s.op in "=-<"], [s for s in segs if s.op in "=+>"])
