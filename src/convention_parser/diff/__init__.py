"""diff and consolidate: what changed between two versions, on records."""

from __future__ import annotations

from .compare import diff_results
from .consolidate import consolidate
from .render import render_diff
from .settings import DiffSettings, use_diff_settings


def is_amendment(result) -> bool:
    """A parse result holding an avenant and no convention: it amends another document."""
    kinds = {p.kind for p in result.parts}
    return "avenant" in kinds and "convention" not in kinds


def diff_versions(old, new, settings: DiffSettings | None = None):
    """The library's one diff entry (the CLI and the scorers call it). What changed from ``old`` to ``new`` as ``convention-parser diff`` tells it: ``new``
    is a later version of the convention, or an avenant to ``old``, which is then applied
    to ``old`` first and its announcements cross-checked against what it changes.
    ``settings``: the diff's thresholds (diff/settings.py; default: the tuned ones)."""
    with use_diff_settings(settings):
        if is_amendment(new):
            return diff_results(old, consolidate(old, [new]), avenant=new)
        return diff_results(old, new)


# The name this entry had first; kept for callers written against it.
diff_documents = diff_versions


__all__ = ["diff_versions", "diff_results", "diff_documents", "consolidate", "is_amendment", "render_diff",
           "DiffSettings"]
