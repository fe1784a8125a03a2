"""A place or a service run by another body, which carries nothing of its own: "le restaurant solidaire
X, géré par l'association Y", "X, qui sert 80 repas par jour, est géré par Y", "la ressourcerie X a été
reprise en 2022 par Y", "L'association Y anime le tiers-lieu X" (docs/extraction.md, "Roles")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_WORDS, boundary, dating
from rtes_kg.extract.cues import CARRIER
from rtes_kg.extract.cuewords import CARRIED_KEYS
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.lexicon import OF_WORDS, Token
from rtes_kg.extract.names import LOWER_ARTICLES, Found
from rtes_kg.extract.spans import Spans

# Kinds of legal bodies, which run their own work; any other kind is a place or a service someone
# runs ("le restaurant X").
BODY_KINDS = frozenset({"association", "siae", "entreprise-insertion", "scop", "scic", "cooperative", "cae",
                        "entreprise-esus", "groupe-emmaus", "fondation", "mutuelle", "geiq",
                        "groupement-employeurs", "entreprise-adaptee", "esat", "ebe", "regie-de-quartier"})
# "géré par", "porté par", and a takeover: "la ressourcerie X a été reprise par l'association Y"
_RUN_KEYS = CARRIED_KEYS | {"repris", "reprise", "reprises"}
_REACH = 7  # words from the place to "géré par", past an incise between commas
_INCISE = 16  # words an incise between commas may hold: ", qui sert 80 repas par jour,"
# (folded) the verbs of running a place: "L'association Y anime le tiers-lieu X"
_RUNNING = frozenset(f"{stem}{end}" for stem in ("ger", "anim", "exploit", "pilot", "port", "coordonn")
                     for end in ("e", "ent"))


def run_by_another(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                   explicit: Sequence[set[str]]) -> set[int]:
    """The names of a place or service run by the body named next ("le restaurant solidaire X,
    géré par l'association Y", "le fablab X, ouvert en 2019 et animé par Y", "l'incubateur X est
    porté par la CRESS") or by the subject of the verb before it ("Y anime le tiers-lieu X"): Y
    carries the action, X is what it runs, no carrier of its own (the caller drops a carrier's role
    read before the runner's verb)."""
    run = set()
    for n in range(len(found)):
        if found[n].category != STRUCTURE or found[n].kind in BODY_KINDS:
            continue
        if explicit[n] <= {CARRIER} and _object_of_runner(words, spans, explicit, n):
            run.add(n)  # (a "par" before the runner's verb said nothing of it: "choisie par la Ville pour animer X")
            continue
        if explicit[n] - {CARRIER}:
            continue  # (a carrier's verb after the runner's incise is the runner's work: "le chantier X,
            # porté par l'association Y, entretient 200 hectares")
        by = _run_by_at(text, words, spans, spans[n][1])
        if by is None:
            continue
        carrier = next((m for m in range(n + 1, len(found)) if spans[m][0] > by), None)
        agent = by + 2 + (by + 3 < len(words) and words[by + 2].key in {"la", "le", "les", "l"})
        if _SAME_NAME.match(text, words[by + 1].end):
            continue  # "le tiers-lieu X, géré par la SCIC du même nom": X runs itself
        if carrier is not None and spans[carrier][0] <= agent + 1 and CARRIER in explicit[carrier] \
                or carrier is None and agent < len(words) and words[agent].capitalised:
            run.add(n)  # ("est porté par FACE Seine-Saint-Denis": a body no finder knows runs it)
    return run


_SAME_NAME = re.compile(r"\s+(?:la|le|l['’]|une?)\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+du\s+m[êe]me\s+nom\b", re.IGNORECASE)


def _run_by_at(text: str, words: Sequence[Token], spans: Spans, end: int) -> int | None:
    """Where "géré par" stands after the name ending at ``end``: within a few words ("X, créée et gérée
    par Y"), else past an incise between commas (", qui sert 80 repas par jour, est géré par"); a date
    may stand before "par" ("reprise en 2022 par")."""
    by = _run_by_from(text, words, spans, end + 1)
    if by is not None or end + 1 >= len(words) or "," not in text[words[end].end: words[end + 1].start]:
        return by
    close = next((c for c in range(end + 2, min(len(words), end + 1 + _INCISE))
                  if boundary(text, words[c - 1], words[c]) or "," in text[words[c - 1].end: words[c].start]), None)
    if close is None or boundary(text, words[close - 1], words[close]):
        return None
    return _run_by_from(text, words, spans, close)  # the verb of the place after its incise


def _run_by_from(text: str, words: Sequence[Token], spans: Spans, start: int) -> int | None:
    for j in range(start, min(len(words) - 1, start + _REACH)):
        if j > start and boundary(text, words[j - 1], words[j]) or spans.owner(j) is not None:
            return None
        if words[j].key in _RUN_KEYS:
            by = j + 1 + (2 if dating(words, j + 1) else 0)  # "reprise en 2022 par"
            return by - 1 if by < len(words) and words[by].key == "par" else None
    return None


def _object_of_runner(words: Sequence[Token], spans: Spans, explicit: Sequence[set[str]], n: int) -> bool:
    """Whether the name ``n`` is the object of a running verb whose subject, right before it, is a
    body that carries the action ("L'association Y anime le tiers-lieu X") or any body a relative
    clause opens on ("Elle est partenaire du Pôle ESS Y, qui anime l'incubateur X"), or of "pour
    animer" after another name ("Y a été choisie par la Ville pour animer le tiers-lieu X"), or of
    the running a carrier was given ("La Ville a confié à Y la gestion de la Maison de quartier X")."""
    k = _before_the_object(words, spans, n)
    if k >= 1 and words[k].key in _TO_RUN and words[k - 1].key == "pour":
        return any(spans.owner(j) is not None for j in range(k))  # "Y a été choisie pour animer le tiers-lieu X"
    if k >= 1 and words[k].key in {"de", "du", "des", "d"} and words[k - 1].key in _RUNNING_NOUNS:
        return any((owner := spans.owner(j)) is not None and CARRIER in explicit[owner]
                   for j in range(max(0, k - _REACH - 5), k - 1))  # "a confié à Y la gestion de la Maison X"
    if k < 1 or words[k].key not in _RUNNING:
        return False
    if words[k - 1].key == "qui" and k >= 2:  # "…du Pôle ESS Y, qui anime l'incubateur X": Y runs it
        return spans.owner(k - 2) is not None
    subject = spans.owner(k - 1)
    return subject is not None and CARRIER in explicit[subject]


def run_by_the_member(words: Sequence[Token], found: Sequence[Found], spans: Spans,
                      explicit: Sequence[set[str]], names_member: Callable[[str], bool],
                      member_at: Callable[[int], bool]) -> list[int]:
    """The structures and networks, with no role said but a carrier's, that are the object of a
    running verb whose subject, right before it, is the member: "La Ville anime le PTCE X", "La Ville
    porte le tiers-lieu X", "la commune a piloté l'épicerie X", "La Ville gère en régie l'épicerie
    X" (the member runs it: X is its support's, no carrier)."""
    return [n for n in range(len(found)) if found[n].category in (STRUCTURE, "reseau") and explicit[n] <= {CARRIER}
            and _run_by_the_member(words, spans, n, names_member, member_at)]


def _run_by_the_member(words: Sequence[Token], spans: Spans, n: int, names_member: Callable[[str], bool],
                       member_at: Callable[[int], bool]) -> bool:
    k = _before_the_object(words, spans, n)
    if k < 1 or words[k].key not in _RUNNING:
        return False
    k -= 1 + (k >= 2 and words[k - 1].key == "a")  # "a animé"
    return member_at(k) or words[k].key in MEMBER_WORDS and names_member(words[k].key) \
        and not (k >= 1 and words[k - 1].key in OF_WORDS)  # (not "le tiers-lieu de la Ville")


def _before_the_object(words: Sequence[Token], spans: Spans, n: int) -> int:
    """The word before the name ``n`` taken as an object, past its article and "en régie": the verb
    that may run it ("anime le tiers-lieu X", "gère en régie l'épicerie X")."""
    k = spans[n][0] - 1
    while k >= 0 and words[k].key in LOWER_ARTICLES:
        k -= 1
    return k - 2 if k >= 2 and words[k].key == "regie" and words[k - 1].key == "en" else k


_RUNNING_NOUNS = frozenset({"gestion", "animation", "exploitation", "coordination", "pilotage"})
_TO_RUN = frozenset(f"{stem}er" for stem in ("ger", "anim", "exploit", "pilot", "port", "coordonn"))
