"""Votes of one decision told in several votes (kinds "deliberation_votes" / "minutes_votes",
drawn by vote_phrasings.py on its stream `votes:<seed>`):

- a vote per article or per resolution, one a line ("Article 1 : adopté à l'unanimité." /
  "Article 2 : adopté par 30 voix pour et 3 voix contre (…).", "Première résolution : …",
  "Résolution n° 2 : …") or in one sentence ("Mis aux voix, l'article 1er est adopté à
  l'unanimité ; l'article 2 est adopté par …"), the deliberation voted as a whole after them
  or not;
- an amendment voted (adopted or rejected, with or without counts), then the deliberation;
- the deliberation voted, then voted again (a recount, a second vote after an amendment);
- members who leave the room before the vote ("M. X, intéressé à l'affaire, quitte la salle
  et ne prend pas part au vote.", "Mme Y sort de la salle pendant le débat et le vote."), the
  vote counted without them, their return printed after the vote or not.

Gold by construction, the rule a reader of the register applies:
- the deliberation's vote is the vote on the deliberation as a whole: the last vote taken on it
  (a vote taken again replaces the first; an amendment's vote is the amendment's, never the
  deliberation's);
- voted article by article and never as a whole: the least favourable of the article votes
  (most votes against, then most abstentions; the first of equals), its result and counts as
  printed;
- a member who leaves the room before the vote (for this item only: he does not take part)
  is absent at that vote: the deliberation's attendance lists him absent, not present; he sits
  again from the next item on (his return printed or not)."""

from __future__ import annotations

import random
from typing import Optional

from .pools import Person
from .session import Session
from .sessionsheet8 import Cast8, name8

SCOPE_PHRASINGS = ["per_article", "amendment_then_vote", "vote_again", "leaves_room"]

_ORDINALS = ["Première", "Deuxième", "Troisième", "Quatrième"]


def _names(people: list[Person], cast: Cast8) -> str:
    return ", ".join(name8(p, cast, True) for p in people)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def _draw_counts(voters: int, rng: random.Random, with_abstention: bool = True) -> tuple[int, int, int]:
    """(for, against, abstention) of a majority vote among `voters` (nobody blank)."""
    against = rng.randint(1, max(1, min(6, voters // 4)))
    abst = rng.randint(0, 3) if with_abstention else 0
    pour = voters - against - abst
    if pour <= against:
        against, abst = 1, 0
        pour = voters - 1
    return pour, against, abst


def _majority_words(pour: int, against: int, abst: int, opponents: str = "") -> str:
    """"par 25 voix pour, 3 voix contre (…) et 2 abstentions" (no abstention: "… et 3 voix contre")."""
    contre = f"{against} voix contre{f' ({opponents})' if opponents else ''}"
    if abst:
        return f"par {pour} voix pour, {contre} et {_plural(abst, 'abstention')}"
    return f"par {pour} voix pour et {contre}"


def _gold(result: str, pour: Optional[int] = None, against: Optional[int] = None,
          abst: Optional[int] = None) -> dict:
    return {"result": result, "for": pour, "against": against, "abstention": abst or None}


def _one_vote(voters: int, others: list[Person], cast: Cast8, rng: random.Random) -> tuple[str, dict]:
    """An article's vote: "adopté à l'unanimité" or "adopté par N voix pour, M voix contre …"."""
    if rng.random() < 0.45:
        return "à l'unanimité", _gold("unanimity")
    pour, against, abst = _draw_counts(voters, rng)
    opponents = _names(rng.sample(others, k=min(len(others), against)), cast) if rng.random() < 0.4 else ""
    return _majority_words(pour, against, abst, opponents), _gold("majority", pour, against, abst)


def least_favourable(golds: list[dict]) -> dict:
    """The article vote with the most votes against, then the most abstentions (the first of equals)."""
    return max(golds, key=lambda g: (g["result"] == "rejected", g["against"] or 0, g["abstention"] or 0))


def write_per_article(container, session: Session, cast: Cast8, rng: random.Random) -> dict:
    b = session.body
    others = session.present[1:] or session.present
    n = rng.randint(2, 4)
    votes = [_one_vote(session.voters, others, cast, rng) for _ in range(n)]
    if all(g["result"] == "unanimity" for _, g in votes):     # one article at least divides
        pour, against, abst = _draw_counts(session.voters, rng)
        k = rng.randrange(n)
        votes[k] = (_majority_words(pour, against, abst), _gold("majority", pour, against, abst))
    form = rng.choice(["article_lines", "article_sentence", "resolution_lines"])
    if form == "article_lines":
        container.add_paragraph(rng.choice([f"Le {b.name} procède au vote article par article :",
                                            "Il est procédé à un vote par article.",
                                            f"À la demande de {'la' if session.president.female else 'le'} "
                                            f"{'Présidente' if session.president.female else 'Président'}, "
                                            f"le {b.name} se prononce sur chaque article."]))
        for k, (words, _) in enumerate(votes, start=1):
            label = "Article 1er" if k == 1 and rng.random() < 0.3 else f"Article {k}"
            container.add_paragraph(f"{label} : adopté {words}.")
    elif form == "article_sentence":
        pieces = [f"l'article {'1er' if k == 1 else k} est adopté {words}"
                  for k, (words, _) in enumerate(votes, start=1)]
        container.add_paragraph(f"Mis aux voix, {' ; '.join(pieces)}.")
    else:
        for k, (words, _) in enumerate(votes, start=1):
            label = (f"{_ORDINALS[k - 1]} résolution" if rng.random() < 0.5 else f"Résolution n° {k}")
            container.add_paragraph(f"{label} : adoptée {words}.")
    golds = [g for _, g in votes]
    if rng.random() < 0.5:
        # the deliberation voted as a whole after its articles: that vote is the deliberation's
        words, gold = _one_vote(session.voters, others, cast, rng)
        container.add_paragraph(rng.choice([f"La délibération est adoptée dans son ensemble {words}.",
                                            f"L'ensemble de la délibération est adopté {words}.",
                                            f"Mis aux voix dans son ensemble, le projet de délibération "
                                            f"est adopté {words}."]))
        return gold
    return least_favourable(golds)


def write_amendment(container, session: Session, cast: Cast8, rng: random.Random) -> dict:
    b = session.body
    others = session.present[1:] or session.present
    author = rng.choice(others)
    container.add_paragraph(f"{name8(author, cast, True)} présente un amendement visant à "
                            f"{rng.choice(['porter la participation à 50 000 €', 'reporter le lancement des travaux à 2027', 'ajouter une clause de revoyure annuelle', 'réduire la durée de la convention à trois ans'])}.")
    adopted = rng.random() < 0.5
    pour, against, abst = _draw_counts(session.voters, rng)
    if not adopted:
        pour, against = against, pour          # rejected: most against
    outcome = "adopté" if adopted else "rejeté"
    counted = _majority_words(pour, against, abst)
    container.add_paragraph(rng.choice([
        f"L'amendement est mis aux voix et {outcome} {counted}.",
        f"Mis aux voix, l'amendement est {outcome} {counted}.",
        f"L'amendement est mis aux voix. Il est {outcome} {counted}.",
        f"L'amendement est {outcome} à la majorité."]))
    tail = " ainsi amendée" if adopted else ""
    words, gold = _one_vote(session.voters, others, cast, rng)
    verb = rng.choice(["ADOPTE", "APPROUVE"])
    container.add_paragraph(rng.choice([
        f"Le {b.name}, après en avoir délibéré, {verb} {words} la délibération{tail}.",
        f"La délibération{tail} est ensuite mise aux voix : elle est adoptée {words}."]))
    return gold


def write_vote_again(container, session: Session, cast: Cast8, rng: random.Random) -> dict:
    b = session.body
    others = session.present[1:] or session.present
    words1, _ = _one_vote(session.voters, others, cast, rng)
    container.add_paragraph(f"Le projet de délibération est mis aux voix : il est adopté {words1}.")
    container.add_paragraph(rng.choice([
        "Une erreur de décompte ayant été constatée, il est procédé à un nouveau vote.",
        f"À la demande d'un membre du {b.name}, il est procédé à un second vote.",
        "Après une suspension de séance, la délibération est à nouveau mise aux voix."]))
    words2, gold = _one_vote(session.voters, others, cast, rng)
    container.add_paragraph(rng.choice([
        f"Le {b.name} ADOPTE la délibération {words2}.",
        f"La délibération est adoptée {words2}."]))
    return gold


def write_leaves_room(container, session: Session, cast: Cast8, rng: random.Random,
                      left: list[Person]) -> dict:
    """left: filled with the members who leave the room before the vote."""
    b = session.body
    holders = {h for _, h in session.represented}
    eligible = [p for p in session.present[1:] if p is not session.secretary and p not in holders]
    if not eligible:
        words, gold = _one_vote(session.voters, session.present, cast, rng)
        container.add_paragraph(f"Le {b.name} ADOPTE les dispositions ci-dessus {words}.")
        return gold
    out = rng.sample(eligible, k=min(len(eligible), 1 if rng.random() < 0.7 else 2))
    left.extend(out)
    for p in out:
        container.add_paragraph(rng.choice([
            f"{name8(p, cast, True)}, {'intéressée' if p.female else 'intéressé'} à l'affaire, quitte la "
            f"salle et ne prend pas part au vote.",
            f"{name8(p, cast, True)} sort de la salle pendant le débat et le vote.",
            f"{name8(p, cast, True)} quitte la salle pour ce vote."]))
    voters = session.voters - len(out)
    others = [p for p in session.present[1:] if p not in out] or session.present
    words, gold = _one_vote(voters, others, cast, rng)
    container.add_paragraph(rng.choice([
        f"Le {b.name}, après en avoir délibéré, ADOPTE {words} les dispositions ci-dessus.",
        f"Adopté {words}."]))
    if rng.random() < 0.5:
        for p in out:
            container.add_paragraph(rng.choice([f"{name8(p, cast, True)} regagne la salle.",
                                                f"{name8(p, cast, True)} rejoint la salle."]))
    return gold


def write_scoped_vote(container, session: Session, cast: Cast8, style: str, rng: random.Random,
                      left: list[Person]) -> dict:
    if style == "per_article":
        return write_per_article(container, session, cast, rng)
    if style == "amendment_then_vote":
        return write_amendment(container, session, cast, rng)
    if style == "vote_again":
        return write_vote_again(container, session, cast, rng)
    return write_leaves_room(container, session, cast, rng, left)
