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
