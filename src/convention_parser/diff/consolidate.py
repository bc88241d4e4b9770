"""Apply avenants' amendment instructions to a convention (issue 7). Baseline: unchanged."""

from __future__ import annotations

import copy

from ..records import ParseResult


def consolidate(convention: ParseResult, avenants: list[ParseResult]) -> ParseResult:
    return copy.deepcopy(convention)
