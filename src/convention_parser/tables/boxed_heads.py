"""Tables stacked one under another, each under a head row boxed on its own (operation sheets:
"Fiche opération n° 2 – opération nouvelle" framed over both columns, the key | value rows
unruled under it). With no rule between their rows and the same columns, the sheets read as
one run of aligned lines; the white before a boxed head, wider than the run's gaps between its
own lines, and the box around that head part them: each head then captions its own table."""

from __future__ import annotations

from .settings import AlignedSettings


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else 0.0


def _boxed_alone(line, left: float, right: float, rules, s: AlignedSettings) -> bool:
    """A rule as wide as the run (most of it) just above the line and another just below it."""
    wide = [(r[1] + r[3]) / 2 for r in rules if min(r[2], right) - max(r[0], left) >= 0.8 * (right - left)]
    pad = s.boxed_head_pad_em * line.size
    return (any(line.top - pad <= y <= line.top + 1 for y in wide)
            and any(line.bottom - 1 <= y <= line.bottom + pad for y in wide))


def split_at_boxed_heads(run: list, rules, s: AlignedSettings) -> list[list]:
    """``run`` cut before each line of one cell boxed alone that follows a white wider than
    ``boxed_head_gap_ratio`` times the run's usual white between lines."""
    if len(run) < 4 or not rules:
        return [run]
    left, right = min(l.x0 for l in run), max(l.x1 for l in run)
    gaps = [b.top - a.bottom for a, b in zip(run, run[1:])]
    usual = _median(gaps)
    pieces: list[list] = [[run[0]]]
    for gap, line in zip(gaps, run[1:]):
        if (len(line.chunks) < 2 and gap > s.boxed_head_gap_ratio * max(usual, 1.0)
                and _boxed_alone(line, left, right, rules, s)):
            pieces.append([])
        pieces[-1].append(line)
    return pieces
