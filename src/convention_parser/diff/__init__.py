"""diff and consolidate: what changed between two versions, on records."""

from .compare import diff_results
from .consolidate import consolidate
from .render import render_diff

__all__ = ["diff_results", "consolidate", "render_diff"]
