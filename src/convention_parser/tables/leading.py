"""The document's own leading: how far apart a paragraph's lines are set.

A word processor sets a table's cells in the document's paragraph style: a
document with generous line spacing ("multiple 1.3", "1,5 ligne") wraps a
cell's text at that same leading, in em of the cell's type, wider than a
single-spaced document's. The aligned reader's bound on a wrapped line's
leading (``AlignedSettings.max_wrap_leading_em``) is raised to the leading
the document's prose shows, so a label broken in its cell ("Démolition de
logements" / "locatifs sociaux", a last row's "(16 logements)") stays one
cell wherever the lines are set apart like the prose's."""

from __future__ import annotations

import dataclasses
from collections import Counter

from ..text.model import Document
from .settings import TableSettings


def prose_leading_em(doc: Document, body: float, settings: TableSettings) -> float:
    """The most frequent baseline pitch, in em, between consecutive body-type
    lines of one paragraph (same left edge, both long); 0.0 when too few."""
    s = settings.aligned
    if body <= 0:
        return 0.0
    bins: Counter = Counter()
    for page in doc.pages:
        lines = [l for l in page.lines if l.words]
        for a, b in zip(lines, lines[1:]):
            sizes = (a.words[0].size, b.words[0].size)
            if any(abs(x - body) > 0.3 for x in sizes) or abs(a.x0 - b.x0) > s.leading_left_tol:
                continue
            if min(a.x1 - a.x0, b.x1 - b.x0) < s.leading_min_width_em * body:
                continue
            pitch = (b.words[0].base or b.bottom) - (a.words[0].base or a.bottom)
            if 0.9 * body <= pitch <= s.leading_max_em * body:
                bins[round(pitch / body / 0.02)] += 1
    if sum(bins.values()) < s.leading_min_pairs:
        return 0.0
    return bins.most_common(1)[0][0] * 0.02


def with_document_leading(doc: Document, body: float, settings: TableSettings) -> TableSettings:
    """``settings`` whose wrap leading bound is the document's own leading (never lower)."""
    s = settings.aligned
    em = prose_leading_em(doc, body, settings) * s.leading_tolerance
    if em <= s.max_wrap_leading_em:
        return settings
    aligned = dataclasses.replace(s, max_wrap_leading_em=min(em, s.leading_max_em))
    return dataclasses.replace(settings, aligned=aligned)
