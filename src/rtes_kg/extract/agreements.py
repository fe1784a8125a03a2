"""Agreements the member makes with a body: a partnership said after a shareholding ("Prise de parts
dans la SCIC X et partenariat pour…"), an agreement of objectives, the form of a subsidy ("a signé
avec l'association X une convention pluriannuelle d'objectifs"), a public contract ("a conclu avec
X un marché réservé"), and an agreement both sign as one subject ("La Ville et l'association X ont
signé une convention de partenariat")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rtes_kg.extract.cuewords import PARTNER, a_market
from rtes_kg.extract.lexicon import OF_WORDS, PARTING, SENTENCE_BREAK, Token
from rtes_kg.extract.names import LOWER_ARTICLES, Found
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import subject_with_the_member


def partnership_after(text: str, words: Sequence[Token],
                       spans: Spans) -> list[tuple[int, str]]:
    """ "Prise de parts dans la SCIC X et partenariat pour…": a partnership with X too."""
    roles = []
    for n, (_first, last) in enumerate(spans):
        k = last + 1
        while k < len(words) and not SENTENCE_BREAK.search(text[words[k - 1].end: words[k].start]) \
                and k - last < 12:
            if n + 1 < len(spans) and k >= spans[n + 1][0]:
                break
            if words[k].key == "et" and k + 1 < len(words) and (
                    words[k + 1].key in {"partenariat", "convention"}
                    or (words[k + 1].key in {"un", "une", "en"} and k + 2 < len(words)
                        and words[k + 2].key in {"partenariat", "convention"})):
                if "avec" not in [w.key for w in words[k + 1: k + 5]]:
                    roles.append((n, PARTNER))
                break
            k += 1
    return roles


def objectives_after(words: Sequence[Token], last: int) -> bool:
    """Whether an agreement of objectives or of a loan of premises follows the name that ends at
    ``last``: "avec X une convention (pluriannuelle) d'objectifs", "avec X une CPO", "avec X une
    convention de mise à disposition de locaux", "avec X un bail emphytéotique"."""
    keys = [w.key for w in words[last + 1: last + 11]]
    if keys[:1] in (["un"], ["le"]) and _a_long_lease(keys[1:4]):
        return True  # "a conclu avec X un bail emphytéotique": the member's property let
    if keys[:1] not in (["une"], ["la"]):
        return False
    keys = [k for k in keys[1:] if k not in {"pluriannuelle", "annuelle", "triennale"}]
    return keys[:1] == ["cpo"] or keys[:3] == ["convention", "d", "objectifs"] or _of_an_amount(keys) or keys[:3] in (
        ["convention", "de", "mise"], ["convention", "d", "occupation"]) and bool(_PREMISES & set(keys[3:9]))


def contract_after(words: Sequence[Token], last: int) -> bool:
    """Whether a public contract follows the name that ends at ``last``: "a conclu avec X un marché
    réservé pour l'entretien…", "a passé avec X un marché public", "avec X une délégation de service
    public": X does the work the member buys (a market where people buy is none: "un marché de
    producteurs")."""
    keys = [w.key for w in words[last + 1: last + 4]]
    if keys[:2] in (["un", "marche"], ["le", "marche"]):
        return not a_market(words, last + 2)
    return keys == ["une", "delegation", "de"]


# What a member lends a body under an agreement: "une convention de mise à disposition de locaux"
_PREMISES = frozenset({"local", "locaux", "terrain", "terrains", "salle", "salles", "batiment", "batiments", "bureaux",
                       "entrepot", "parcelle", "parcelles", "terres", "espace", "espaces", "domaine"})


def objectives_before(words: Sequence[Token], first: int) -> bool:
    """Whether an agreement of objectives comes before the name from ``first`` (its kind word),
    past "avec": "Convention pluriannuelle d'objectifs 2022-2025 avec la régie de quartier X", "CPO
    avec l'association X", "un bail emphytéotique de 30 ans avec l'association X"."""
    j = first - (first > 0 and words[first - 1].key in LOWER_ARTICLES) - 1
    if j < 0 or words[j].key != "avec":
        return False
    if any(_of_an_amount([w.key for w in words[i: j]]) for i in range(max(0, j - 7), j)):
        return True  # "a signé une convention de 60 000 € avec l'ANDES"
    keys = [w.key for w in words[max(0, j - 7): j] if not w.key.isdigit()
            and w.key not in {"pluriannuelle", "annuelle", "triennale"}]
    return keys[-1:] in (["cpo"], ["cpom"]) or keys[-3:] == ["convention", "d", "objectifs"] \
        or any(_a_long_lease(keys[i: i + 3]) and set(keys[i + 2:]) <= _LEASE_WORDS  # ("… de 30 ans avec X"; not
               for i in range(len(keys)))  # "le lui loue par bail emphytéotique ; elle a financé, avec la Région")


def _of_an_amount(keys: list[str]) -> bool:
    """Whether the keys open with an agreement of an amount, money the member gives: "convention de 450 000 €"
    (not "convention de 2021": a year)."""
    if keys[:2] != ["convention", "de"] or len(keys) < 3 or not keys[2].isdigit():
        return False
    return not (len(keys[2]) == 4 and keys[2][:2] in {"19", "20"} and not (len(keys) > 3 and keys[3].isdigit()))


_LEASE_WORDS = frozenset({"emphyteotique", "a", "construction", "rehabilitation", "de", "d", "ans", "an", "annees",
                          "sur", "signe", "conclu"})


def lent_to(words: Sequence[Token], first: int) -> bool:
    """Whether the member's staff or goods are lent to the name from ``first`` (its kind word), past
    "auprès de": "Mise à disposition de 3 agents municipaux auprès de l'association X" (its support;
    "auprès de" alone says a partner)."""
    j = first - (first > 0 and words[first - 1].key in LOWER_ARTICLES) - 1
    return j >= 1 and words[j].key in OF_WORDS and words[j - 1].key == "aupres" \
        and any(w.key == "disposition" for w in words[max(0, j - _LENT_REACH): j - 1])


_LENT_REACH = 9  # words from "auprès de" back to "mise à disposition": "de trois agents de la direction des sports"


def _a_long_lease(keys: list[str]) -> bool:
    """Whether ``keys`` open a long lease of the member's property: "bail emphytéotique", "bail à
    construction", "bail à réhabilitation"."""
    return keys[:1] == ["bail"] and (keys[1:2] == ["emphyteotique"] or keys[1:3] in (["a", "construction"],
                                                                                     ["a", "rehabilitation"]))


def co_signatories(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                   member: Callable[[Found], bool]) -> list[int]:
    """The names in one subject with the member of a verb of agreement and its noun: "La Ville et
    l'association X ont signé une convention de partenariat", "X et la Ville sont partenaires"."""
    signed = []
    for n in range(len(found)):
        right = None if member(found[n]) else subject_with_the_member(text, words, spans, n, member, found)
        if right is None:
            continue
        verb = [w.key for w in words[right + 1: right + 7]]
        if verb[:2] in _PARTNERS or verb[:1] in (["ont"], ["sont"]) and bool(_AGREEMENTS & set(verb[2:])) \
                and bool(_SIGNING & set(verb[1:3])):
            signed.append(n)
    return signed


def co_doers(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
             member: Callable[[Found], bool]) -> list[int]:
    """The names in one subject with the member of a verb of a work they make together: "La Ville et
    la Mission locale ont créé un parcours d'accompagnement", "La Ville et l'association X organisent le
    forum" (X carries it with the member, whatever else the sentence says of support)."""
    doers = []
    for n in range(len(found)):
        right = None if member(found[n]) else subject_with_the_member(text, words, spans, n, member, found)
        if right is None or right + 1 >= len(words):
            continue
        verb = right + 1
        if words[verb].key in OF_WORDS:  # past the name's complement: "la Mission locale du bassin d'emploi de Rennes"
            verb = next((j for j in range(verb, min(len(words), verb + _COMPLEMENT_REACH))
                         if words[j].key == "ont" or PARTING.search(text, words[j - 1].end, words[j].start)), verb)
        verb += words[verb].key == "ont" and verb + 1 < len(words)
        if words[verb].key.startswith(_JOINT_ACTS) and not PARTING.search(text, words[right].end, words[verb].start):
            doers.append(n)
    return doers


_COMPLEMENT_REACH = 7  # words of a name's complement before its verb: "du bassin d'emploi de Rennes ont"
# What the member and a body make together, one subject: "ont créé", "organisent", "ont mis en place"
_JOINT_ACTS = ("cree", "creent", "lance", "organis", "coorganis", "co-organis", "pilot", "copilot", "co-pilot",
               "initi", "mis", "mett", "ouvert", "ouvrent", "fond", "cofond", "co-fond", "concoi", "concu")
_PARTNERS = (["sont", "partenaires"], ["sont", "associes"])  # "X et la Ville sont partenaires depuis 2015"
_SIGNING = frozenset({"signe", "conclu", "passe", "noue", "lies", "liees"})
_AGREEMENTS = frozenset({"convention", "partenariat", "accord", "contrat", "charte", "protocole"})
