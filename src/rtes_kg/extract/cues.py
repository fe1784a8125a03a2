"""The words around a name that say its role: "piloté par", "avec", "soutien à", "création de",
"prise de parts dans" before it; "gère", "a reçu une aide" after it (docs/extraction.md, "Roles").

``back_cue`` reads the nearest cue before a name in its clause, ``post_cue`` the verb after it.
``roles`` puts these together with the words that point back at a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rtes_kg.extract.lexicon import ARTICLES, Token, phrase_keys

CARRIER, PARTNER, SUPPORTED, CREATED, SHAREHOLDER = (
    "porteur", "partenaire", "soutenu", "cree", "actionnaire")
ROLES = (CARRIER, PARTNER, SUPPORTED, CREATED, SHAREHOLDER)

_PREPOSITIONS = frozenset({"a", "au", "aux", "de", "du", "des", "d", "dans", "pour", "avec", "par",
                           "aupres", "envers", "vers", "en"})
FILLERS = ARTICLES | {"aujourd", "hui", "notamment", "directement", "desormais", "actuellement",
                       "egalement", "aussi", "dont", "ainsi", "chaque", "annee", "annuelle", "annuel",
                       "euros", "euro", "k", "m", "millions", "million", "hauteur"}
_REACH = 14  # content words a governing word may stand from the name it governs
_BOUNDARY = re.compile(r"[.;:!?()\n•]")
# Between two items of an enumeration: ", ", " et ", " et à la ", ", de l’"…
_ENUMERATION_GAP = re.compile(
    r"\s*(?:,\s*(?:et|ou)?|et|ou|ainsi qu['’]?e?)\s*(?:(?:à|au|aux|de|du|des|d['’]|avec|pour)\s*)?"
    r"(?:(?:la|le|les|l['’]|un|une)\s*)?", re.IGNORECASE)
_APPOSED = re.compile(r"^\s*,[^,;:.()]*(?=,)")  # ", entreprise d'insertion du territoire" then ", et à…"
_FUNDING_PARTICIPLES = frozenset(
    f"{stem}{end}" for stem in ("finance", "cofinance", "subventionne", "abonde", "accompagne",
                                "appuye", "dote", "aide", "labellise")
    for end in ("", "e", "s", "es")) | {"soutenu", "soutenue", "soutenus", "soutenues"}
_CONTRACTS = frozenset({"confie", "confiee", "confies", "confiees", "marche", "marches", "delegation",
                        "concession", "attribue", "attribuee"})


@dataclass(frozen=True)
class _Cue:
    role: str
    how: str  # "prep": the cue ends with the preposition that introduces the name;
    #           "governs": a noun or verb whose complement, after a preposition, is the name;
    #           "object": a verb whose direct object is the name
    of: frozenset[str] = frozenset()  # "governs" only through these prepositions (empty: any)


def _cues() -> dict[tuple[str, ...], _Cue]:
    table: dict[tuple[str, ...], _Cue] = {}

    def add(role: str, how: str, phrases: str, of: str = "") -> None:
        for phrase in phrases.split(","):
            table[phrase_keys(phrase.strip())] = _Cue(role, how, frozenset(of.split()))

    to, of_ = "a au aux", "de du des d"
    add(PARTNER, "prep", "avec, auprès de, auprès du, auprès des, aux côtés de, aux côtés du, "
        "aux côtés des, en lien avec, partenaire, partenaires, conjointement avec, en association avec, "
        "en partenariat avec, partenariat avec, en collaboration avec, convention avec, "
        "conventionnement avec")
    add(CARRIER, "prep", "par, sous-traitant, sous-traitants, prestataire, délégataire")
    add(SUPPORTED, "governs", "soutien, appui, aide, aides, subvention, subventions, dotation", to)
    add(PARTNER, "governs", "soutien, appui, aide, concours, financement", of_)
    add(SUPPORTED, "governs", "financement, cofinancement, accompagnement, mise à disposition, "
        "met à disposition, mis à disposition, mettant à disposition, prêt, avance, "
        "a soutenu, soutient, soutenir, finance, financé, a financé, cofinance, subventionne, "
        "accompagne, a accompagné, aide, accueil, hébergement, héberge")
    add(CREATED, "governs", "création, créer, créé, a créé, crée, émergence, fondation, a fondé, "
        "essaimage, naissance, mise en place")
    add(SHAREHOLDER, "governs", "capital, prise de parts, prises de parts, prise de participation, "
        "participation au capital, sociétaire, sociétaires, actionnaire, actionnaires, parts sociales")
    add(CARRIER, "governs", "confié, confie, confiée, délégation, concession, marché, marchés")
    add(PARTNER, "governs", "partenariat, partenariats, convention, conventions, conventionnement, "
        "collaboration, coopération")
    add(SUPPORTED, "object", "soutient, a soutenu, subventionne, finance, cofinance, accompagne, aide")
    add(CREATED, "object", "crée, a créé, fonde, a fondé")
    return table


_CUES = _cues()
_CUE_LENGTHS = sorted({len(k) for k in _CUES}, reverse=True)
# After a name: "X gère…", "X a reçu une subvention".
CARRYING = frozenset("gère anime assure organise pilote coordonne porte exploite entretient recrute "
                      "conduit réalise propose accompagne gèrent animent assurent organisent pilotent "
                      "coordonnent portent exploitent entretiennent recrutent conduisent réalisent "
                      "proposent accompagnent".split())
_CARRIED = frozenset("recruté organisé animé géré assuré piloté coordonné porté réalisé conduit "
                     "accompagné exploité".split())
_RECEIVING = {("a", "beneficie"), ("beneficie",), ("a", "recu"), ("recoit",), ("a", "obtenu"),
              ("obtient",), ("est", "soutenu"), ("est", "soutenue"), ("est", "financee"),
              ("est", "finance"), ("est", "subventionnee"), ("est", "subventionne"),
              ("est", "accompagnee"), ("est", "accompagne"), ("a", "ete", "soutenu"),
              ("a", "ete", "soutenue"), ("a", "ete", "accompagne"), ("a", "ete", "accompagnee"),
              ("est", "laureat"), ("est", "laureate")}
def boundary(text: str, left: Token, right: Token) -> bool:
    return bool(_BOUNDARY.search(text[left.end: right.start]))


def _cue_ending_at(words: Sequence[Token], index: int) -> tuple[_Cue, int] | None:
    """The longest cue phrase whose last word is ``words[index]``, and its first word's index."""
    for length in _CUE_LENGTHS:
        first = index - length + 1
        if first >= 0:
            cue = _CUES.get(tuple(w.key for w in words[first: index + 1]))
            if cue is not None:
                return cue, first
    return None


def _preposition_after(words: Sequence[Token], index: int, stop: int) -> str | None:
    """The preposition after a governing word, past "de" + an amount ("subvention de 30 000 € au")."""
    k = index + 1
    while k < stop:
        key = words[k].key
        if key in {"de", "d"} and k + 1 < stop and words[k + 1].raw[0].isdigit():
            k += 2
            while k < stop and (words[k].raw[0].isdigit() or words[k].key in FILLERS):
                k += 1
            continue
        if key in _PREPOSITIONS:
            return key
        if key not in FILLERS:
            return None
        k += 1
    return None


def owner_of(spans: Sequence[tuple[int, int]], index: int) -> int | None:
    return next((n for n, (first, last) in enumerate(spans) if first <= index <= last), None)


def back_cue(text: str, words: Sequence[Token], start: int, spans: Sequence[tuple[int, int]],
             roles: dict[int, str]) -> str | None:
    """The role said by the words before token ``start`` in its clause: the nearest cue wins. An
    item of an enumeration takes the role of the item before it (``roles``, by span index)."""
    content, crossed_et, seen_preposition = 0, False, False
    k = start - 1
    while k >= 0 and content <= _REACH:
        gap = text[words[k].end: words[k + 1].start]
        if _BOUNDARY.search(gap):
            return None
        owner = owner_of(spans, k)
        if "," in gap and not seen_preposition and owner is None:
            return None  # "…avec l'appui de l'Agglomération, la CAE X": about something else
        if owner is not None:
            between = text[words[spans[owner][1]].end: words[start].start]
            incise = _before_incise(text, words, words[spans[owner][0]].start, between)
            if incise is not None:
                k = incise  # ", avec la Ville de Saint-Denis, de la ressourcerie": read on before it
                continue
            if _ENUMERATION_GAP.fullmatch(_APPOSED.sub("", between)) and owner in roles:
                return roles[owner]
            return None
        found = _cue_ending_at(words, k)
        if found is not None:
            cue, first = found
            role = _apply(cue, words, first, k, start, content, crossed_et, seen_preposition)
            if role is not None:
                if role == PARTNER and first == k and words[k].key == "avec" \
                        and _contract_before(text, words, first):
                    return CARRIER  # "confie un marché … avec SUEZ": the contractor carries it
                return role
            k = first - 1
            content += 1
            continue
        key = words[k].key
        if key == "et" and k + 1 < len(words) and (words[k + 1].key in ARTICLES - {"de", "d", "du", "des"}
                                                   or words[k + 1].capitalised):
            crossed_et = True
        if key in _PREPOSITIONS:
            seen_preposition = True
        elif key not in FILLERS and not words[k].raw[0].isdigit():
            content += 1
        k -= 1
    return None


def _before_incise(text: str, words: Sequence[Token], owner_start: int, gap: str) -> int | None:
    """The last word before an incise that holds another name, when the name is read through it."""
    if "," not in gap:
        return None
    comma = text.rfind(",", max(0, owner_start - 16), owner_start)
    if comma < 0:
        return None
    before = [i for i, w in enumerate(words) if w.end <= comma]
    return before[-1] if before else None


def _apply(cue: _Cue, words: Sequence[Token], first: int, last: int, start: int, content: int,
           crossed_et: bool, seen_preposition: bool) -> str | None:
    if cue.how == "prep":
        if cue.role == CARRIER and words[first].key == "par":
            before = [w.key for w in words[max(0, first - 3): first] if w.key not in FILLERS]
            if before and before[-1] in _FUNDING_PARTICIPLES:
                return PARTNER  # "financé par l'ADEME": a funder, not the carrier
        return cue.role if content <= 8 else None
    if crossed_et:
        return None  # "la Collectivité finance le poste … et l'ADEME le plan": another clause
    if cue.how == "object":
        return cue.role if content == 0 and not seen_preposition else None
    if not seen_preposition:
        return cue.role if content == 0 else None
    if cue.of and _preposition_after(words, last, start) not in cue.of:
        return None
    return cue.role


def _contract_before(text: str, words: Sequence[Token], index: int) -> bool:
    k = index - 1
    while k >= 0 and not boundary(text, words[k], words[k + 1]):
        if words[k].key in _CONTRACTS:
            return True
        k -= 1
    return False


def post_cue(text: str, words: Sequence[Token], last: int) -> str | None:
    """The role said by the verb after a name, past an incise: "X gère…", "X, portée par Y, a reçu
    une subvention" (supported), "X a organisé…" (carrier)."""
    k = last + 1
    if k >= len(words) or boundary(text, words[last], words[k]):
        return None
    said = _verb_at(words, k)
    if said is not None or "," not in text[words[last].end: words[k].start]:
        return said
    for j in range(k, min(len(words) - 1, k + 14)):  # ", portée par Y, a reçu…"
        if boundary(text, words[j], words[j + 1]):
            return None
        if "," in text[words[j].end: words[j + 1].start]:
            return _verb_at(words, j + 1)
    return None


def _verb_at(words: Sequence[Token], k: int) -> str | None:
    keys = tuple(w.key for w in words[k: k + 3])
    if any(keys[: len(r)] == r for r in _RECEIVING):
        return SUPPORTED
    raw = [w.raw.lower() for w in words[k: k + 3]]
    if raw[0] in CARRYING or (raw[0] in {"a", "ont"} and len(raw) > 1 and raw[1] in _CARRIED):
        return CARRIER
    return None


