"""What a budget line says of the status of its amounts: prévisionnel, voté or réalisé, read on
folded text ("Budget primitif 2024", "CA 2023", "dépensés", "Objectif 2026")."""

from __future__ import annotations

import re

from rtes_kg.parse.naming import fold

# The statuses, in the order they are looked for, each with what says it.
STATUSES = (
    ("realise", re.compile(r"\b(?:realisee?s?|executee?s?|consommee?s?|depensee?s?|mandatee?s?|"
                           r"compte administratif)\b|"
                           r"^\s*ca (?:19|20)\d{2}\b|\(ca\)")),  # "CA 2023 : …", "(CA)": compte administratif
    ("vote", re.compile(r"\b(?:votee?s?|adoptee?s?|budget primitif|bp)\b")),
    # a target is planned too: "Objectif 2026 : 600 000 €", "à l'horizon 2027", "d'ici 2026"
    ("previsionnel", re.compile(r"\b(?:previsionnel(?:le)?s?|prevue?s?|envisagee?s?|objectifs?|cibles?|perspectives?|"
                                r"a l'horizon|d'ici (?:a |fin )?(?:19|20)\d\d)\b")),
)
_NOT_DONE = re.compile(r"\b(?:non|pas)(?: encore)? (?:realisee?s?|executee?s?|consommee?s?|depensee?s?|"
                       r"mandatee?s?|votee?s?)\b|"
                       r"\ben cours de (?:vote|realisation|execution)\b")
# "60 000 € prévus au budget primitif, sous réserve du vote du conseil": planned, not voted yet
NOT_VOTED_YET = re.compile(r"\bsous reserve (?:du|de son|de leur|d'un) vote\b")


def status_of(folded: str) -> str | None:
    folded = _NOT_DONE.sub(" ", folded)  # "20 000 € de reports non consommés": not spent
    for name, pattern in STATUSES:
        if pattern.search(folded):
            return name
    return None


def heading_status(heading: str) -> str | None:
    """The status a budget heading gives its amounts: "Budget prévisionnel consacré à l'ESS"."""
    return status_of(fold(heading.partition(":")[0]))
