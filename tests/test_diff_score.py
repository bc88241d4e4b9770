from convention_parser.evaluate.diff import score_changes


def test_section_numbers_are_compared_exactly_not_as_token_sets():
    gold = [{"type": "article_modified", "target": "Article 9.1.1.2"},
            {"type": "article_modified", "target": "Article 9.2.1"}]
    found = [{"type": "article_modified", "target": "9.2.1", "status": "applied"}]
    s = score_changes(found, gold)
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert s.missed == [{"type": "article_modified", "target": "Article 9.1.1.2"}]
    # Names still match fuzzily.
    s = score_changes([{"type": "annex_modified", "target": "Annexe c2"}], [{"type": "annex_modified", "target": "C2"}])
    assert s.tp == 1


def test_operations_are_identified_by_their_record_when_the_gold_gives_one():
    gold = [{"type": "operation_added", "target": "Démolition de la résidence Les Tilleuls (48 logements) (C1472-21-0020)",
             "after": {"type": "demolition", "name": "résidence Les Tilleuls", "commune": "Rivemont-sur-Sambre"}}]
    found = {"type": "operation_added", "target": "demolition: résidence Les Tilleuls (Rivemont-sur-Sambre)",
             "after": {"type": "demolition", "name": "résidence Les Tilleuls", "commune": "Rivemont-sur-Sambre"}}
    assert score_changes([found], gold).tp == 1
    elsewhere = dict(found, after=dict(found["after"], commune="Haucourt-la-Forge"))
    assert score_changes([elsewhere], gold).tp == 0


def test_gold_overrides_say_what_an_avenant_cannot_tell(tmp_path):
    import json

    from convention_parser.evaluate.diff import load_gold_changes, score_changes
    base = [{"type": "amount_changed", "target": "Total du tableau", "before": 1.0, "after": 2.0},
            {"type": "annex_modified", "target": "Annexe C1"},
            {"type": "article_modified", "target": "Article 5"}]
    (tmp_path / "base.json").write_text(json.dumps({"changes": base}), encoding="utf-8")
    (tmp_path / "route.json").write_text(json.dumps({
        "base": "base.json",
        "overrides": [{"type": "amount_changed", "target": "Total du tableau", "not_told": "placeholder table"},
                      {"type": "annex_modified", "target": "Annexe C1", "status": "declared_only"}],
        "changes": [{"type": "article_modified", "target": "preambule", "status": "declared_only"}]}),
        encoding="utf-8")
    gold = load_gold_changes(tmp_path / "route.json")
    assert len(gold) == 4 and gold[0]["not_told"] == "placeholder table"
    found = [{"type": "annex_modified", "target": "C1", "status": "declared_only"},
             {"type": "article_modified", "target": "5", "status": "applied"},
             {"type": "article_modified", "target": "preambule", "status": "declared_only"}]
    s = score_changes(found, gold)
    assert (s.tp, s.fp, s.fn) == (3, 0, 0)
    # A declared_only report where the text gives the change is no match; the
    # untold total is neither missed nor, when found, counted.
    found[1]["status"] = "declared_only"
    found.append({"type": "amount_changed", "target": "Total", "before": 1.0, "after": 2.0})
    s = score_changes(found, gold)
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    # Without declared_only entries in the gold, declared_only reports are ignored.
    s = score_changes(found, base)
    assert (s.tp, s.fp, s.fn) == (1, 0, 2)
