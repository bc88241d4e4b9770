"""Votes told in phrasings no other family draws (kinds "deliberation_votes" and
"minutes_votes": the eighth family's registers, each item's vote drawn here on a stream of its
own, `votes:<seed>`, so the kinds of variants8.py keep their documents):

- a secret ballot with its results ("Il est procédé au vote à bulletin secret. Votants : 29 ;
  bulletins blancs ou nuls : 2 ; suffrages exprimés : 27 ; pour : 20 ; contre : 7."), or in one
  sentence ("Au scrutin secret, par 20 voix pour, 7 voix contre et 2 bulletins blancs, …");
- counts written in words ("par vingt-deux voix pour, cinq voix contre et deux abstentions");
- the votes cast all for, nobody against printed ("ADOPTE par 26 voix pour et 4 abstentions");
- "à l'unanimité moins une abstention (M. X)", "moins deux abstentions (…)";
- members who do not take part named inside the counts' sentence ("par 25 voix pour, 3 voix
  contre (…) et 2 abstentions, M. X ne prenant pas part au vote, ADOPTE …") or after a
  unanimity ("à l'unanimité, Mme A et M. B ne prenant pas part au vote");
- "Adopté à la majorité." under a tally line whose last count is the members who do not take
  part ("Pour : 25 – Contre : 3 – Abstentions : 2 – Ne prennent pas part au vote : 2 (…)");
- a decision told in several votes (vote_scopes.py: per article or resolution, an amendment
  voted first, a vote taken again, members leaving the room before the vote; its docstring
  says which vote is the deliberation's).

Gold by construction: the result and the counts as printed (blank ballots are no abstention,
a count not printed is None; nobody against printed with counts is the unanimity of the votes
cast)."""

from __future__ import annotations

import random

from .pools import Person
from .session import Session
from .sessionsheet8 import Cast8, name8
from .vote_scopes import SCOPE_PHRASINGS, write_scoped_vote

VOTE_PHRASINGS = ["secret_ballot", "words_counts", "for_and_abstentions", "unanimite_moins",
                  "npv_in_counts", "unanimite_npv_several", "tally_npv"] + SCOPE_PHRASINGS

_WORDS = ["zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
          "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def in_words(n: int) -> str:
    """A count in French words, feminine ("une voix", "vingt et une voix"), up to 69."""
    if n < 20:
        return _WORDS[n]
    tens, unit = divmod(n, 10)
    head = _TENS[tens * 10]
    if unit == 0:
        return head
    return f"{head} et une" if unit == 1 else f"{head}-{_WORDS[unit]}"


def _plural(n: int, word: str, spelled: bool = False) -> str:
    return f"{in_words(n) if spelled else n} {word}{'s' if n > 1 else ''}"


def _names(people: list[Person], cast: Cast8) -> str:
    return ", ".join(name8(p, cast, True) for p in people)


def _and_names(people: list[Person], cast: Cast8) -> str:
    names = [name8(p, cast, True) for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]


def write_vote_phrasing(container, session: Session, cast: Cast8, style: str, rng: random.Random,
                        left: list[Person] | None = None) -> dict:
    """The decision and its vote in one of VOTE_PHRASINGS; returns the gold vote. left: filled
    with the members who leave the room before the vote (they are absent at it)."""
    if style in SCOPE_PHRASINGS:
        return write_scoped_vote(container, session, cast, style, rng, left if left is not None else [])
    b = session.body
    verb = rng.choice(["ADOPTE", "APPROUVE", "DÉCIDE d'approuver"])
    others = session.present[1:] or session.present
    voters = session.voters
    if style == "unanimite_npv_several":
        out = rng.sample(others, k=min(len(others), rng.randint(2, 3)))
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, à l'unanimité, "
                                f"{_and_names(out, cast)} ne prenant pas part au vote, {verb} les "
                                f"dispositions ci-dessus.")
        return {"result": "unanimity", "for": None, "against": None, "abstention": None}
    if style == "unanimite_moins":
        abst_people = rng.sample(others, k=min(len(others), rng.randint(1, 3)))
        n = len(abst_people)
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} les dispositions "
                                f"ci-dessus.")
        container.add_paragraph(f"Adopté à l'unanimité moins {_plural(n, 'abstention', True)} "
                                f"({_names(abst_people, cast)}).")
        return {"result": "unanimity", "for": None, "against": None, "abstention": n}
    if style == "for_and_abstentions":
        abst = min(len(others), rng.randint(1, 4))
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} par {voters - abst} voix "
                                f"pour et {_plural(abst, 'abstention')} les dispositions ci-dessus.")
        return {"result": "unanimity", "for": voters - abst, "against": None, "abstention": abst}
    # The styles with opponents: a majority adopts.
    against = rng.randint(1, max(1, min(6, voters // 4)))
    abst = rng.randint(0, 3)
    npv = rng.randint(1, 2) if style in ("npv_in_counts", "tally_npv") else 0
    pour = voters - against - abst - npv
    if pour <= against:
        against, abst = 1, 0
        pour = voters - 1 - npv
    if style == "secret_ballot":
        blank = rng.randint(0, 3)
        pour = max(pour - blank, against + 1)
        if rng.random() < 0.5:
            container.add_paragraph(f"À la demande d'un tiers des membres présents, il est procédé au "
                                    f"vote à bulletin secret.")
            container.add_paragraph(f"Résultats du scrutin : votants : {pour + against + blank} ; "
                                    f"bulletins blancs ou nuls : {blank} ; suffrages exprimés : "
                                    f"{pour + against} ; pour : {pour} ; contre : {against}.")
            container.add_paragraph(f"Le {b.name} {verb} en conséquence les dispositions ci-dessus.")
        else:
            tail = f" et {_plural(blank, 'bulletin')} {'blancs' if blank > 1 else 'blanc'}" if blank else ""
            container.add_paragraph(f"Au scrutin secret, par {pour} voix pour, {against} voix contre"
                                    f"{tail}, le {b.name} {verb} les dispositions ci-dessus.")
        return {"result": "majority", "for": pour, "against": against, "abstention": None}
    if style == "words_counts":
        tail = f" et {_plural(abst, 'abstention', True)}" if abst else ""
        sep = ", " if abst else " et "
        container.add_paragraph(f"Le {b.name}, après en avoir délibéré, par {in_words(pour)} voix pour"
                                f"{sep}{in_words(against)} voix contre{tail}, {verb} les dispositions "
                                f"ci-dessus.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    pool = rng.sample(others, k=min(len(others), against + abst + npv))
    against_people, abst_people = pool[:against], pool[against:against + abst]
    npv_people = pool[against + abst:]
    if style == "npv_in_counts":
        opponents = f"{against} voix contre ({_names(against_people, cast)})"
        counts = (f"{pour} voix pour, {opponents} et {_plural(abst, 'abstention')} "
                  f"({_names(abst_people, cast)})" if abst else f"{pour} voix pour et {opponents}")
        who = _and_names(npv_people, cast)
        verb_npv = "ne prenant pas part au vote" if len(npv_people) > 1 or rng.random() < 0.5 else \
            "ne participant pas au vote"
        container.add_paragraph(f"Le {b.name}, par {counts}, {who} {verb_npv}, {verb} les "
                                f"dispositions ci-dessus.")
        return {"result": "majority", "for": pour, "against": against, "abstention": abst or None}
    # tally_npv
    container.add_paragraph(f"Le {b.name}, après en avoir délibéré, {verb} les dispositions ci-dessus.")
    npv_label = "Ne prennent pas part au vote" if len(npv_people) > 1 else "Ne prend pas part au vote"
    container.add_paragraph(f"Pour : {pour} – Contre : {against} – "
                            f"{'Abstentions' if abst != 1 else 'Abstention'} : {abst} – "
                            f"{npv_label} : {len(npv_people)} ({_names(npv_people, cast)})")
    container.add_paragraph("Adopté à la majorité.")
    return {"result": "majority", "for": pour, "against": against, "abstention": abst}
