"""Deliberation fields on pinned generator2 seeds (v7 / v8 families), typeset by LibreOffice,
against the generator's gold (by construction):
- a 3-3 tie the chair's casting vote decides: adopted by majority, not rejected
  (deliberation7-1379251977, dev master 7200);
- "Votes : Pour 6 – Contre 3 (…, M. Jean-Luc DUVAL-" / "CARON) – Abstention 1 (…)": the
  dash left at the line's start when "CARON)" went up to its hyphenated half is no bullet, so
  the abstention count stays in its sentence (minutes7-361187608, dev master 7202);
- the act number "CM-2021-027" at the page's foot, the page number "1/2" a line under it at
  the right edge: the page number is furniture, the act number the deliberation's number
  (deliberation7-887307122, dev master 7207);
- an item's closing vote sentence opening a page under the running header, as it closes other
  items in the body: the vote, not furniture (minutes8-84872165, dev master 7600)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import deliberation7, minutes7, minutes8, office  # noqa: E402

from convention_parser.evaluate.deliberations import deliberation_parts, pair  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402

MODULES = {"deliberation7": deliberation7, "minutes7": minutes7, "minutes8": minutes8}


def _parsed(tmp_path: Path, kind: str, seed: int) -> tuple[list[dict], list[dict]]:
    """(gold deliberations, paired parsed metadata) of one pinned document."""
    sample = MODULES[kind].build(seed, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path / "pdf")
    MODULES[kind].locate(sample, tmp_path / "pdf" / sample.pdf_name)
    parts = deliberation_parts(parse_pdf(tmp_path / "pdf" / sample.pdf_name).to_dict())
    shared = sample.gold.get("session") or {}
    golds = [{**d, "session": {**shared, **(d.get("session") or {})}} for d in sample.gold["deliberations"]]
    pairs = pair(golds, parts)
    return golds, [(parts[pairs[k]]["metadata"] if k in pairs else {}) for k in range(len(golds))]


def _vote(v: dict) -> tuple:
    return tuple((v or {}).get(k) for k in ("result", "for", "against", "abstention"))


needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


@needs_office
def test_a_tie_decided_by_the_chairs_casting_vote_is_adopted(tmp_path):
    golds, metas = _parsed(tmp_path, "deliberation7", 1379251977)
    assert _vote(golds[0]["vote"]) == ("majority", 3, 3, 0)
    assert _vote(metas[0]["vote"]) == _vote(golds[0]["vote"])


@needs_office
def test_an_abstention_after_opponents_named_over_a_hyphenated_line_end(tmp_path):
    golds, metas = _parsed(tmp_path, "minutes7", 361187608)
    assert _vote(golds[0]["vote"]) == ("majority", 6, 3, 1)
    for gold, meta in zip(golds, metas):
        assert _vote(meta.get("vote")) == _vote(gold["vote"]), gold["number"]


@needs_office
def test_an_act_number_above_the_page_number_at_the_foot(tmp_path):
    golds, metas = _parsed(tmp_path, "deliberation7", 887307122)
    assert golds[0]["number"] == "CM-2021-027"
    assert metas[0]["number"] == "CM-2021-027"


@needs_office
def test_a_vote_sentence_opening_a_page_under_the_running_header(tmp_path):
    golds, metas = _parsed(tmp_path, "minutes8", 84872165)
    assert len(golds) >= 17
    for gold, meta in zip(golds, metas):
        assert _vote(meta.get("vote")) == _vote(gold["vote"]), gold["number"]


def _names(values) -> list:
    return sorted(" ".join(sorted(str(v).split())) for v in values or [])


def _excused(values) -> list:
    def key(name):
        return " ".join(sorted(name.split())) if name else name
    return sorted((key(e["name"]), key(e["proxy_to"])) for e in values or [])


@needs_office
def test_a_roll_call_whose_narrow_cells_break_names_inside_their_words(tmp_path):
    """A roll-call table (NOM | Prénom | Fonction | Pré/sen/t | Exc/usé | Abs/ent | Pouvoir
    donné à) whose narrow cells break names inside a word with no hyphen ("BOULANGE" / "R",
    "Sébastie" / "n", "Laurenc" / "e"): the rest glued back and the table read on past it
    (dev master 7604: present 1/27 before)."""
    golds, metas = _parsed(tmp_path, "minutes7", 659964052)
    session, meta = golds[0]["session"], metas[0]
    assert len(session["present"]) == 27
    assert _names(meta["present"]) == _names(session["present"])
    assert _excused(meta["excused"]) == _excused(session["excused"])
    assert _names(meta["absent"]) == _names(session["absent"])


@needs_office
def test_a_first_name_broken_beside_a_hyphenated_surname(tmp_path):
    """"MARTIN-" / "DUPONT" beside "Christoph" / "e" in a roll call's cells (dev master 7605):
    both rests glue to their words, "Christophe MARTIN-DUPONT" (was "Christoph e")."""
    golds, metas = _parsed(tmp_path, "minutes7", 266291816)
    assert "Christophe MARTIN-DUPONT" in golds[0]["session"]["present"]
    assert _names(["Christophe MARTIN-DUPONT"]) == ["Christophe MARTIN-DUPONT"]
    assert "Christophe MARTIN-DUPONT" in _names(metas[0]["present"])
