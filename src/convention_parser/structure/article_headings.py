"""An avenant article titled by the convention article it modifies, without "Modification de".

Some avenants give each of their articles the title of the convention article it changes:
"Article 3 – Le plan de financement (article 9 modifié)", "Article 3 – Article 9 – Le plan de
financement (modifié)", "Article 3 – Article 9 modifié : …", "… (article 9 de la convention)".
The instructions under such a heading name no article ("Au deuxième alinéa, les mots « … » sont
remplacés par …", "Au tableau, la ligne « … » est supprimée"): the heading names it.
"""

from __future__ import annotations

import re
from typing import Optional

_N = r"(?P<n>\d+(?:\.\d+)*)"
_ART = r"art(?:icle|\.)\s*"
_NAMED = [
    # "… (article 9 modifié)", "… (art. 9 de la convention)", "… (article 9 modifié par le présent avenant)"
    re.compile(r"\(\s*" + _ART + _N + r"\s+(?:modifi[ée]|de\s+la\s+convention)[^()]*\)", re.I),
    # "Article 9 – Le plan de financement (modifié)", "Article 9 modifié – …", "Article 9 modifié : …"
    re.compile(r"^" + _ART + _N + r"\s*(?:er\b)?\s*(?:modifi[ée]\b|[–—:-][^()]*\(\s*modifi[ée]\s*\)\s*$)", re.I),
]


def modified_article(heading: str) -> Optional[str]:
    """The convention article an avenant heading says it modifies, or None."""
    text = " ".join((heading or "").split())
    for rx in _NAMED:
        m = rx.search(text)
        if m:
            return m.group("n")
    return None
