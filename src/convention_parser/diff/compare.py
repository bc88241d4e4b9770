"""Compare two parse results (issue 7). Baseline: no changes found."""

from __future__ import annotations

from ..records import DiffResult, DocRef, ParseResult


def diff_results(old: ParseResult, new: ParseResult, avenant: ParseResult | None = None) -> DiffResult:
    """Changes from ``old`` to ``new``. When ``new`` is ``old`` consolidated with
    an avenant, pass the avenant too: its declared changes are cross-checked."""
    return DiffResult(old=DocRef(old.source.path, old.source.sha256),
                      new=DocRef(new.source.path, new.source.sha256))
