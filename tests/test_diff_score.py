from convention_parser.diff.score import score_changes


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
