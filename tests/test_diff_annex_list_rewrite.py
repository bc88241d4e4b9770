"""Consolidation rewrites the convention's annex list (issue 12): the annex an avenant repeals
is gone from it, the one it adds entered after the last entry, the one it replaces by an annex
joined to it marked as the avenant's version, in the list's own form (lines after "ANNEXES",
one sentence of prose in either form, the rows of a table). Records built for the test: the
consolidated convention is written by hand, so diff(consolidate(c, a), c_v2) must tell no
annex change and no change of the list's article."""

from __future__ import annotations

import pytest

from convention_parser.diff import consolidate, diff_results
from convention_parser.diff.annexes import annexes, listed, prose_listed
from convention_parser.records import Amendment, Part, ParseResult, Section, Source, Table

SIGNED = [("A8", "Plan guide du projet urbain"), ("C2", "Tableau financier des opérations programmées"),
          ("C4", "Tableau financier prévisionnel global"), ("D1", "Convention de gestion urbaine de proximité")]
NOTE = ", dans sa version modifiée par l'avenant n°1"
ADDED = ("C5", "Fiches descriptives des nouvelles opérations")
CONSOLIDATED = [("A8", SIGNED[0][1]), ("C2", SIGNED[1][1] + NOTE), ("D1", SIGNED[3][1]), ADDED]
BODY = "La présente convention est conclue pour la durée du projet de renouvellement urbain."


def _list_text(entries, form: str) -> str:
    if form == "lines":
        return "ANNEXES\n" + "\n".join(f"{c} – {t}" for c, t in entries)
    if form == "named":
        items = [f"l'annexe {c} ({t})" for c, t in entries]
        return ("ANNEXES\nSont annexés à la présente convention : " + ", ".join(items[:-1]) + " et "
                + items[-1] + ".")
    return ("ANNEXES\nLes annexes suivantes sont jointes à la présente convention : "
            + " ; ".join(f"{c} – {t}" for c, t in entries) + ".")


def _convention(entries, form: str, name: str) -> ParseResult:
    text = BODY if form == "table" else f"{BODY}\n{_list_text(entries, form)}"
    secs = [Section("s1", "1", "Les quartiers", 1, 2, None, "Le projet porte sur le quartier République."),
            Section("s2", "13", "La durée de la convention", 1, 9, None, text)]
    part = Part(kind="convention", pages=[1, 10], title="Convention pluriannuelle", sections=secs,
                metadata={"parties": ["ANRU", "Commune d'Avion"]})
    if form == "table":
        rows = [[c, t] for c, t in entries]
        part.tables = [Table("t9", "Liste des annexes", [10], [["N°", "Intitulé"]], rows, len(rows), 2,
                             section="13")]
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 10), [part])


def _avenant() -> ParseResult:
    secs = [Section("a1", "1", "Objet de l'avenant", 1, 1, None, "Le présent avenant modifie les annexes."),
            Section("a2", "2", "Modification des annexes", 1, 2, None, "")]
    part = Part(kind="avenant", pages=[1, 3], title="Avenant n°1", sections=secs,
                metadata={"number": "1", "parties": ["ANRU", "Commune d'Avion"]})
    part.amendments = [
        Amendment("C4", "annexe", "repeal", section="2", page=2, raw="L'annexe C4 est abrogée."),
        Amendment("C5", "annexe", "insert", new_heading=ADDED[1], section="2", page=2,
                  raw=f"Il est ajouté une annexe C5 « {ADDED[1]} »."),
        Amendment("C2", "annexe", "replace", section="2", page=2,
                  raw="L'annexe C2 est remplacée par l'annexe C2 jointe au présent avenant."),
    ]
    return ParseResult(Source("avenant.pdf", "v" * 64, 3), [part])


def _read_list(result: ParseResult, form: str) -> list[tuple[str, str]]:
    part = result.parts[0]
    if form == "table":
        t = next(t for t in part.tables if t.id == "t9")
        return [(r[0], r[1]) for r in t.rows]
    text = next(s.text for s in part.sections if s.number == "13")
    return listed(text) if form == "lines" else prose_listed(text)


@pytest.mark.parametrize("form", ["lines", "named", "coded", "table"])
def test_consolidation_rewrites_the_annex_list(form):
    signed, avenant = _convention(SIGNED, form, "signed"), _avenant()
    merged = consolidate(signed, [avenant])
    assert _read_list(merged, form) == CONSOLIDATED
    assert _read_list(signed, form) == SIGNED          # the input is left alone
    # The annexes in force: C4 no longer, C2 in the avenant's version, C5 new.
    force = {n: a.replaced for n, a in annexes(merged.parts[0]).items() if not a.repealed}
    assert force == {"A8": False, "C2": True, "D1": False, "C5": False}
    # diff(consolidate(c, a), c_v2): nothing of the annexes left to tell.
    v2 = _convention(CONSOLIDATED, form, "consolidated")
    left = [(c.type, c.target) for c in diff_results(merged, v2).changes]
    assert not [c for c in left if c[0].startswith("annex_") or c[1] in ("13", "ANNEXES")], left
    # The avenant's route tells each annex once, and the list rewritten for them is no change of
    # its own (the instructions name annexes, not the list).
    got = {(c.type, c.target) for c in diff_results(signed, merged, avenant=avenant).changes}
    assert got == {("annex_repealed", "C4"), ("annex_added", "C5"), ("annex_modified", "C2")}


def test_repealed_annex_printed_as_a_section_leaves_the_list_too():
    signed = _convention(SIGNED, "lines", "signed")
    signed.parts[0].sections.append(Section("s3", "C4", SIGNED[2][1], 1, 10, None, "Tableau prévisionnel.",
                                            label="Annexe C4"))
    avenant = _avenant()
    avenant.parts[0].amendments = avenant.parts[0].amendments[:1]
    merged = consolidate(signed, [avenant])
    assert "C4" not in {s.number for s in merged.parts[0].sections}
    assert [n for n, _ in _read_list(merged, "lines")] == ["A8", "C2", "D1"]
