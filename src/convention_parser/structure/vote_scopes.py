"""Which of several votes printed for one decision is the deliberation's.

A decision may be voted more than once: an amendment first (its vote is the amendment's:
rule `vote_skip` takes its sentence out), the deliberation voted again (a recount, a second
vote after an amendment: rule `vote_again`), article by article or resolution by resolution
(rule `vote_part`, a label opening each part's vote: "Article 2 : adopté par …", "Deuxième
résolution : adoptée …", "l'article 3 est adopté …"), then as a whole or not (rule
`vote_whole`: "adoptée dans son ensemble", "L'ensemble de la délibération est adopté").

The deliberation's vote (docs/CONTRACT.md, records.Vote): the last vote taken on the
deliberation as a whole; voted by parts only, the least favourable of the parts' votes (a
rejection, then most votes against, then most abstentions; the first of equals)."""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from ..records import Vote
from .family import FLAGS

# Where a sentence ends: a period, semicolon, "!" or "?" before a blank, but not the period of
# a civility ("M. DUPONT", "MM. A et B").
_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMM)(?<!\bMme)[.;!?](?=\s)")


def _patterns(cfg: dict[str, Any], key: str) -> list[str]:
    value = cfg.get(key) or []
    return [value] if isinstance(value, str) else list(value)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence end before it)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def is_vote(vote: Vote) -> bool:
    """The reading found a vote: a result or a count."""
    return any(v is not None for v in (vote.result, vote.for_, vote.against, vote.abstention))


def last_vote_text(text: str, cfg: dict[str, Any]) -> Optional[str]:
    """The text from the sentence of the last vote on the deliberation as a whole (rules
    `vote_again`, `vote_whole`) to the end; None when no such sentence is printed."""
    last = -1
    for p in _patterns(cfg, "vote_again") + _patterns(cfg, "vote_whole"):
        for m in re.finditer(p, text, FLAGS | re.MULTILINE):
            last = max(last, m.start())
    if last < 0:
        return None
    return text[_sentence_start(text, last):]


def part_vote_texts(text: str, cfg: dict[str, Any]) -> list[str]:
    """Each part's vote (rule `vote_part`: an article's or a resolution's label opening its
    vote), from its label to the next one (the last to the end)."""
    starts = sorted({m.start() for p in _patterns(cfg, "vote_part")
                     for m in re.finditer(p, text, FLAGS | re.MULTILINE)})
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def least_favourable(votes: list[Vote]) -> Vote:
    """A rejection first, then the most votes against, then the most abstentions; the first
    of equals."""
    return max(votes, key=lambda v: (v.result == "rejected", v.against or 0, v.abstention or 0))


def scoped_vote(text: str, cfg: dict[str, Any], read: Callable[[str], Vote]) -> Vote:
    """The deliberation's vote among the votes ``text`` prints; ``read`` reads one vote."""
    rest = last_vote_text(text, cfg)
    if rest is not None:
        vote = read(rest)
        if is_vote(vote):
            return vote
    parts = [v for v in map(read, part_vote_texts(text, cfg)) if is_vote(v)]
    if len(parts) >= 2:
        return least_favourable(parts)
    return read(text)
