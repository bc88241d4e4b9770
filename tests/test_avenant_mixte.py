"""The avenant style ``mixte`` of corpora/generator2/conv_avenant_styles8.py (issue 12: real drafters mix
styles): each change in a form drawn for it alone, the same changes as every other style (gold by
construction), and every sentence it writes read back into the change it states by the amendment
readers (structure/edit_grammar.py after the style readers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from convention_parser.records import Section  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.amendments import extract_amendments  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.model import Paragraph, PartDraft  # noqa: E402

from corpora.generator2 import conv_avenant_styles8 as s8  # noqa: E402
from corpora.generator2 import convention  # noqa: E402
from corpora.generator2.conv_blocks import Para  # noqa: E402


def test_mixte_tells_the_same_changes_as_the_full_style(tmp_path):
    full = convention.build(1453, tmp_path / "full", "full")
    mixed = convention.build(1453, tmp_path / "mixte", "mixte")
    assert mixed[1].gold["layout"]["avenant_style"] == "mixte"
    assert mixed[1].gold["changes"] == full[1].gold["changes"]
    assert mixed[2].gold["parts"] == full[2].gold["parts"]
    # forced only: never drawn
    assert not {convention.avenant_style(seed) for seed in range(1, 300)} & set(convention.STYLES7)


def test_every_sentence_of_the_mix_is_read_back(tmp_path, monkeypatch):
    got = []

    def keep(lw, rng):
        out = s8_pieces(lw, rng)
        got.extend(out)
        return out

    s8_pieces = s8.pieces
    monkeypatch.setattr(s8, "pieces", keep)
    convention.build(1454, tmp_path, "mixte")
    assert len({form for _, form, _ in got}) >= 3          # the forms of several styles in one avenant
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    read = 0
    for c, form, blocks in got:
        e = c.edit
        if e is None or e.op == "totals" or form != "phrase":
            continue
        draft = PartDraft(kind="avenant", first_page=1, last_page=1)
        draft.sections = [Section(id="s1", number="2", heading="Modifications", level=1, page=1, label="Article 2 –")]
        draft.paragraphs = [Paragraph(text="".join(x for x in b.segs if isinstance(x, str)), page=1, section="2",
                                      section_id="s1") for b in blocks if isinstance(b, Para)]
        ams = [a for a in extract_amendments(draft, fam) if a.edit is not None]
        assert ams, draft.paragraphs[0].text
        x = ams[0].edit
        assert (ams[0].target, x.op) == (c.target, e.op), draft.paragraphs[0].text
        if e.op in ("words_replace", "cell_replace", "words_delete"):
            assert (x.old, x.new) == (e.old, e.new), draft.paragraphs[0].text
        if e.op in ("paragraph_add", "paragraph_replace"):
            assert x.new == e.new, draft.paragraphs[0].text
        read += 1
    assert read >= 5
