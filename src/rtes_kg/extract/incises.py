"""Incises and asides a name is read through, back to the words before them: "A (Mont-de-Marsan), la
SCOP B", "avec la SCIC A, à Niort, et …", "Création en 2019, avec l'appui de la Métropole, de la SCIC X"
(cues.py reads the role words before a name past them)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from rtes_kg.extract.clause import BOUNDARY, boundary
from rtes_kg.extract.cuewords import cue_ending_at
from rtes_kg.extract.labels import AMONG
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.spans import Spans

PREPOSITIONS = frozenset({"a", "au", "aux", "de", "du", "des", "d", "dans", "pour", "avec", "par", "via",
                          "aupres", "envers", "vers", "en"})

ASIDE = re.compile(r"\s*\([^()]{0,60}\)")


def aside_after_name(text: str, words: Sequence[Token], spans: Spans, k: int) -> int | None:
    """When word ``k`` ends a short parenthesis right after a name ("A (Mont-de-Marsan)"), that
    name's last word; or after any word when it only holds an amount, a measure, a year or an acronym
    ("a pris des parts (50 000 €) dans la SCIC X", "Mise à disposition de locaux (1 100 m²) pour X",
    "a confié le fonds d'aide aux jeunes (FAJ) à l'association X")."""
    for j in range(k, max(0, k - 8), -1):
        gap = text[words[j - 1].end: words[j].start]
        if "(" in gap:
            aside = text[text.index("(", words[j - 1].end): text.index(")", words[k].end) + 1]
            if _AMOUNT_ASIDE.fullmatch(aside) or (_ACRONYM_ASIDE.fullmatch(aside) and spans.owner(j) is None):
                return j - 1
            if spans.owner(j) is None and (spans.owner(j - 1) is not None or (
                    words[j - 1].capitalised and k - j < 3 and all(w.capitalised for w in words[j: k + 1]))):
                return j - 1  # "A (Mont-de-Marsan)", and an unknown name's: "parmi lesquels Baluchon (Roubaix), B"
            return None
        if re.search(r"[.;:!?)\n]", gap):
            return None
    return None


# an amount, a share, a measure or years: "(50 000 €)", "(35 000 € par an)", "(30 %)", "(1 100 m²)", "(2019)"
_AMOUNT_ASIDE = re.compile(r"\(\s*(?:(?:(?:soit|environ|près de)\s+)?[\d\s.,\u00a0\u202f]+(?:[kKM]\s*)?"
                           r"(?:€|euros?|%|m²|m2|m³|m3|ha|hectares?|km|t|tonnes?|ETP)?\s*(?:(?:par|/)\s*(?:an|mois)\s*)?"
                           r"(?:en\s+(?:19|20)\d\d\s*)?|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\s*)\)")
_ACRONYM_ASIDE = re.compile(r"\(\s*[A-Z][A-Z0-9]+\+?\s*\)")  # "(FAJ)", "(FSE+)": what the words before are called


def apposed_to(text: str, words: Sequence[Token], spans: Spans, k: int) -> int | None:
    """When the words ending at ``k`` are a short apposition between commas right after a name
    (", à Niort", ", situé à Chasseneuil-du-Poitou"), the last word of that name."""
    for j in range(k, max(0, k - 6), -1):
        gap = text[words[j - 1].end: words[j].start]
        if BOUNDARY.search(gap):
            return None
        if "," in gap:
            if any(words[i].key in AMONG or words[i].raw[:1].isdigit() for i in range(j, k + 1)):
                return None  # ", accueille 40 structures dont A, B": a clause that lists, no apposition
            return j - 1 if spans.owner(j - 1) is not None and spans.owner(j) is None else None
    return None


def incise_opening(text: str, words: Sequence[Token], k: int) -> int | None:
    """When the words ending at ``k`` close an incise that opens with a preposition (", avec l'appui
    de la Métropole,") or says when (", depuis 2019,", ", chaque année,"), the last word before it."""
    for j in range(k, max(-1, k - 10), -1):
        if j < k and boundary(text, words[j], words[j + 1]):
            return None
        if j > 0 and "," in text[words[j - 1].end: words[j].start]:
            return j - 1 if words[j].key in PREPOSITIONS or words[j].key in _WHEN else None
    return None


_WHEN = frozenset({"depuis", "chaque", "jusqu", "jusque"})


_HELP_OPENING = re.compile(r",\s*(?:avec|grâce|grace|aux? côtés?|en partenariat|en lien|sous|au même titre|"
                           r"à l['’]instar|comme)\b[^,;:.()]*$", re.IGNORECASE)  # (another body beside the giver)
_COMPANIONS_OPENING = re.compile(r",\s*avec\s+(?:l['’]|la\s|le\s|les\s)?[A-ZÀ-Ý][^;:.()]*$")  # ", avec A, B et C"
_LISTED_COMPANIONS = 4  # commas of a list of companions, at most


def before_incise(text: str, words: Sequence[Token], owner_start: int, gap: str) -> int | None:
    """The last word before an incise that holds another name, when the name is read through it."""
    if "," not in gap:
        return None
    comma = text.rfind(",", max(0, owner_start - 16), owner_start)
    if comma >= 0 and re.match(r",\s*(?:qui|que|qu['’]|dont|où)\b", text[comma:owner_start], re.IGNORECASE):
        return None  # ", qui réunit la régie B, l'EI C": a relative clause, the list goes on in it
    if comma < 0:  # a longer incise when it opens with a phrase of help: ", avec l'appui de France Active,"
        comma = text.rfind(",", max(0, owner_start - 90), owner_start)  # "…, avec l'appui de A et du B,"
        for _ in range(_LISTED_COMPANIONS):  # or "avec" and a list: "a créé, avec A, B et C, la SCIC X"
            if comma < 0 or _HELP_OPENING.match(text, comma, owner_start) or _COMPANIONS_OPENING.match(
                    text, comma, owner_start):
                break
            comma = text.rfind(",", max(0, owner_start - 200), comma)
        if comma < 0 or not (_HELP_OPENING.match(text, comma, owner_start)
                             or _COMPANIONS_OPENING.match(text, comma, owner_start)):
            return None
    before = bisect.bisect_right(words, comma, key=lambda w: w.end) - 1  # (words are in text order)
    return before if before >= 0 else None


def companions_after_a_verb(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether the name from word ``first`` opens an incise of companions set right after a verb whose object
    follows it: "La Ville soutient, avec la Région, l'association B et la SCOP C" (B and C the verb's objects,
    no items of the Région's list; not "soutient A, en lien avec la Région, le Département et la CAF")."""
    opening = _COMPANIONS_AFTER_A_VERB.search(text, max(0, words[first].start - 24), words[first].start)
    if opening is None:
        return False
    verb = bisect.bisect_right(words, opening.start(), key=lambda w: w.end) - 1
    return verb >= 0 and (cue := cue_ending_at(words, verb)) is not None and cue[0].how == "object"


_COMPANIONS_AFTER_A_VERB = re.compile(r",\s*avec\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$")
