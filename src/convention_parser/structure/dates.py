"""French written dates -> ISO ("30 JUIN 2023", "01er juillet 2024")."""

from __future__ import annotations

import re
from typing import Optional

MONTHS = {"janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "decembre": 12, "décembre": 12}
_DATE = re.compile(r"(\d{1,2})\s*(?:er)?\s+([a-zéèûô]+)\s+(\d{4})", re.IGNORECASE)
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def iso_date(text: str) -> Optional[str]:
    m = _DATE.search(text)
    if m and m.group(2).lower() in MONTHS:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = _NUMERIC.search(text)
    if m:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None
