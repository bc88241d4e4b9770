"""Entities the curated gold of the CALL convention and the seed avenant expects, on their own sentences."""

from __future__ import annotations

from convention_parser.facts import extract_facts
from convention_parser.facts.entities import rule_entities
from convention_parser.facts.lexicon import lexicon
from convention_parser.records import Table
from convention_parser.rules import load_rules

RULES = load_rules()
LX = lexicon(RULES)


def _ents(text):
    return [(f.text, f.label, f.normalized) for f in rule_entities(text, LX)]


def test_person_named_with_function_not_a_place():
    assert _ents("Au niveau de la CALL, le projet est rattaché à Alain Roger, 12e Vice-Président en charge de l’ERBM") \
        == [("CALL", "ORG", "CALL"), ("Alain Roger", "PER", "Alain Roger")]
    # A capitalised pair without a function after it is not a person.
    assert not [e for e in _ents("la restructuration du Grand Chemin de Loos, Avenue de la Fosse 12") if e[1] == "PER"]


def test_named_regulations_are_law():
    assert _ents("fixées par le RGA NPNRU et le RF NPNRU.") == [
        ("RGA NPNRU", "LAW", "règlement général de l'ANRU relatif au NPNRU"),
        ("RF NPNRU", "LAW", "règlement financier de l'ANRU relatif au NPNRU")]


def test_zac_and_commune_inside_organisation():
    assert _ents("30 LLS hors site / ZAC du Ponterlant") == [("ZAC du Ponterlant", "LOC", "ZAC du Ponterlant")]
    assert _ents("au nord du quartier (Commune de Loos-en-Gohelle)") == [
        ("Commune de Loos-en-Gohelle", "ORG", "Commune de Loos-en-Gohelle"),
        ("Loos-en-Gohelle", "LOC", "Loos-en-Gohelle")]


def test_table_cells_give_rule_entities():
    t = Table(id="t6", title="Les études", pages=[24], n_rows=1, n_cols=3, section="9.1.1.1",
              header=[["Libellé", "Localisation", "Maître d’ouvrage"]],
              rows=[["LENS - Études urbaines", "62498 Lens 6062024 Cité 12-14", "Commune d’Avion"]])
    f = extract_facts([], [t], RULES, use_model=False)
    got = {(e.label, e.normalized, e.page) for e in f.entities}
    assert {("ORG", "Commune d’Avion", 24), ("QPV", "QP062024", 24), ("LOC", "Lens", 24)} <= got
    assert all(len(e.text) > 2 for e in f.entities)


def test_generic_organisation_shapes_outside_the_field_list():
    text = ("la Communauté urbaine de Val-de-Sambre et l’Office public de l’habitat du Val-de-Sambre "
            "(OPH Val-de-Sambre), Rivéa Habitat, Le Habitat du quartier")
    assert [e[0] for e in _ents(text) if e[1] == "ORG"] == [
        "Communauté urbaine de Val-de-Sambre", "Office public de l’habitat du Val-de-Sambre", "OPH Val-de-Sambre",
        "Rivéa Habitat"]


def test_model_is_ner_alone_and_reads_each_distinct_sentence_once(monkeypatch):
    """fr_core_news_sm's ner embeds its own tok2vec: nothing else is loaded. A sentence
    met again (in the batch or a later one) is not given to the model again, and its
    entities come back as fresh objects (callers shift their offsets in place)."""
    from convention_parser.facts import entities

    real = entities.nlp()
    assert real.pipe_names == ["ner"]
    entities.clear_model_cache()
    given: list[str] = []

    class Spy:
        def pipe(self, texts, batch_size=128):
            texts = list(texts)
            given.extend(texts)
            return real.pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(entities, "_NLP", Spy())
    s = "Le projet est porté par la Caisse des Dépôts avec Maisons et Cités et la Ville de Lens."
    t = "La commune signe le document."
    first = entities.model_entities([s, t, s], LX)
    again = entities.model_entities([s], LX)
    assert given == [s, t]

    def spans(found):
        return [(f.start, f.end, f.text, f.label, f.normalized) for f in found]
    assert first[0] and spans(first[0]) == spans(first[2]) == spans(again[0])
    assert all(a is not b for a, b in zip(first[0], first[2]))
    entities.clear_model_cache()
