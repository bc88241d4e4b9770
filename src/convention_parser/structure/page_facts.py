"""Facts printed somewhere on a part's pages, shared out to the deliberation parts.

Some facts of a deliberation are printed once for several parts: the
prefecture's stamp on the first page of the minutes, "Nombre de membres en
exercice : 33" in the session head above the first item. A part takes the
fact printed on its own pages; else the one of a part of the same session
(same organisation and session date); else the one printed on a page no part
covers (a session head, a cover) before it. Never one printed after it.
"""

from __future__ import annotations

from typing import Callable, Optional, TypeVar

T = TypeVar("T")


def _session(meta: dict) -> Optional[tuple]:
    return (meta.get("organisation"), meta.get("session_date")) if meta.get("session_date") else None


def share_out(parts: list, found: dict[int, list[T]],
              choose: Callable[[list[T]], Optional[T]] = lambda xs: xs[0] if xs else None) -> dict[int, Optional[T]]:
    """id(part) -> the fact it gets. ``found``: page -> facts printed there; ``choose``
    picks one among those printed on a run of pages (in page order)."""
    own = {id(d): choose([x for n in range(d.first_page, d.last_page + 1) for x in found.get(n, [])])
           for d in parts}
    by_session: dict[tuple, T] = {}
    for d in parts:
        key = _session(d.metadata)
        if key and own[id(d)] is not None and key not in by_session:
            by_session[key] = own[id(d)]  # type: ignore[assignment]
    covered = {n for d in parts for n in range(d.first_page, d.last_page + 1)}
    loose = [(n, choose(found[n])) for n in sorted(found) if n not in covered]
    out: dict[int, Optional[T]] = {}
    for d in parts:
        before = [x for n, x in loose if n < d.first_page and x is not None]
        shared = by_session.get(_session(d.metadata)) if _session(d.metadata) else None  # type: ignore[arg-type]
        out[id(d)] = own[id(d)] if own[id(d)] is not None else shared if shared is not None \
            else (before[-1] if before else None)
    return out
