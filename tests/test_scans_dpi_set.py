"""scans.py's resolution sets: the low set (72-100 dpi) changes the resolution only, and
the default draws stay those every committed scan figure was measured on."""

import dataclasses
import sys

from conftest import FIXTURES

ROOT = FIXTURES.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpora.generator2 import scans  # noqa: E402


def test_default_draws_are_unchanged():
    # values drawn by scans.py before the low set existed (main at fd938d7)
    assert scans.draw_degradation(4200) == scans.Degradation(
        dpi=150, angle=-1.06, paper=212, ink=53, noise=2.4, blur=0.0, jpeg=51, stamp=True)
    assert scans.draw_degradation(1050273772) == scans.Degradation(
        dpi=200, angle=0.23, paper=219, ink=2, noise=13.4, blur=0.7, jpeg=42, stamp=True)


def test_low_set_draws_only_the_resolution_anew():
    dpis = set()
    for seed in range(4300, 4340):
        default, low = scans.draw_degradation(seed), scans.draw_degradation(seed, "low")
        assert dataclasses.replace(low, dpi=default.dpi) == default
        dpis.add(low.dpi)
    assert dpis == set(scans.DPI_SETS["low"])
    assert max(dpis) <= 100
