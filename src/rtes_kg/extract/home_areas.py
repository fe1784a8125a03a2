"""The Région, the Département and the intercommunalité a fiche names by their kind alone: "avec le
soutien de la Région", "cofinancée par le Département" in a commune's fiche are the région and the
département the member lies in, the same bodies as "la Région Pays de la Loire" or "le Département
de la Mayenne"; "la Métropole", "l'Agglo", "la communauté de communes" in a commune's fiche are the
intercommunalité it is part of (docs/extraction.md, "Places")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rtes_kg.extract import places
from rtes_kg.extract.collectivites import COLLECTIVITE, INTERCOMMUNAL_KINDS, collectivite_words, kind_label
from rtes_kg.extract.intercommunalities import ANY_EPCI, Intercommunality, intercommunalities_of, metropole_of
from rtes_kg.extract.known import member_initials
from rtes_kg.extract.lexicon import OF_WORDS, POSSESSIVES, Token
from rtes_kg.extract.names import FROM_PATTERN, QUOTATION, Found, plural
from rtes_kg.parse.naming import slug as name_slug

_AREAS = frozenset({"region", "departement"})
_ANY_EPCI_WORDS = frozenset({"intercommunalite", "epci"})


@dataclass(frozen=True)
class Home:
    """Where the member is, for the bodies its fiche names by their kind alone."""

    commune: str | None = None  # its INSEE code when it is a commune: "la Métropole" is its intercommunalité
    city: str | None = None  # the city an intercommunalité is named after ("Nantes" of Nantes Métropole)
    departement: str | None = None  # a Département's code: "la Métropole" is its one métropole


NOWHERE = Home()  # a text read outside a fiche


def home_areas(text: str, words: Sequence[Token], near: Sequence[str], found: Sequence[Found],
               member: Callable[[Found], bool], home: Home = NOWHERE) -> list[Found]:
    """A capitalised "Région" or "Département" ("Conseil régional", "Conseil départemental") with no
    name after it, as the région or the département of ``near`` (the member's départements) when
    they are one; "la Métropole", "l'Agglo", "la communauté de communes", "l'intercommunalité" as
    the intercommunalité of the member's commune (``home``) when it is of that kind; "la Ville" as
    the city an intercommunalité member is named after. Not the member's own kind (its fiche's "la
    Région" is the member), nor in a text that names a body of that kind (the bare word may point
    back to it: "la Région Bretagne … la Région"), nor in quotes."""
    named = {f.kind for f in found if f.category == COLLECTIVITE}
    quoted = [m.span() for m in QUOTATION.finditer(text)]
    groupings, grouping_kinds = _groupings(home)
    homes = []
    for first, last, kind in _bare_kind_words(text, words):
        if kind in named or kind == ANY_EPCI and named & INTERCOMMUNAL_KINDS \
                or any(a <= words[first].start < b for a, b in quoted):
            continue
        name = slug = None
        if kind in _AREAS and (code := _home(kind, near)) is not None:
            name = f"{kind_label(kind)} {places.area_name(kind, code)}"
        elif kind == "commune" and home.city is not None and words[first].raw == "Ville":
            name, slug = f"Ville {_of(home.city)}", name_slug(f"{kind_label(kind)} {_of(home.city)}")
        elif kind in grouping_kinds and (grouping := next(
                (g for g in groupings if g.is_called(kind, words[last].key)), None)) is not None:
            name, kind = grouping.name, grouping.kind
        if name is None or member(_bare(kind, first, last, words)):
            continue  # (a Département's "le Département" is the member: its own kind word)
        homes.append(Found(first, last, words[first].start, name, slug or name_slug(name), COLLECTIVITE, kind,
                           FROM_PATTERN, 1))
    return homes + _by_their_initials(words, groupings, quoted)


def _groupings(home: Home) -> tuple[tuple[Intercommunality, ...], frozenset[str]]:
    """The groupings a fiche may name by their kind alone, and the kinds that name them: a commune's
    intercommunalité and établissement public territorial, by any of theirs; a Département's one
    métropole, as "la Métropole" only ("l'Agglomération" there is any of several)."""
    if home.commune:
        return intercommunalities_of(home.commune), INTERCOMMUNAL_KINDS | {ANY_EPCI}
    metropole = metropole_of(home.departement) if home.departement else None
    return ((metropole,) if metropole else ()), frozenset({"metropole"})


def _by_their_initials(words: Sequence[Token], groupings: Sequence[Intercommunality],
                       quoted: Sequence[tuple[int, int]]) -> list[Found]:
    """The member's intercommunalités by their initials after an article: "la MEL" in the fiche of
    one of its communes or of the Nord's Département, "la MGP" (``known.member_initials``: not
    initials another body or a kind has)."""
    found = []
    for grouping in groupings:
        initials = member_initials(grouping.name)
        found += [Found(k, k, word.start, grouping.name, name_slug(grouping.name), COLLECTIVITE, grouping.kind,
                        FROM_PATTERN, 1) for k, word in enumerate(words)
                  if initials is not None and word.raw == initials and k and words[k - 1].key in {"la", "le", "l"}
                  and not any(a <= word.start < b for a, b in quoted)]
    return found


def _of(city: str) -> str:
    """ "de Nantes", "d'Angers", "du Mans", "des Sables-d'Olonne": how a city's name follows "Ville"."""
    if city.startswith(("Le ", "Les ")):
        return ("du " if city.startswith("Le ") else "des ") + city.split(" ", 1)[1]
    return f"d'{city}" if city[:1] in "AEIOUYÂÉÈÊÎÔÛaeiouy" else f"de {city}"


def _bare_kind_words(text: str, words: Sequence[Token]) -> list[tuple[int, int, str]]:
    """The kind words of a région, a département or an intercommunalité with no name after them, as
    (first, last, kind): one word capitalised ("la Région", "l'Agglo": "la région" is a territory),
    an intercommunalité's label of several words in any case ("la communauté de communes"), and
    "l'intercommunalité", "l'EPCI" (of ``ANY_EPCI`` kind). Not after a possessive: "la Banque
    Alimentaire de Rouen et sa Région" says a territory, in a name."""
    bare = []
    for match in collectivite_words().find(words):
        kind, first, last = match.payload.code, match.first, match.last
        if kind in _AREAS | INTERCOMMUNAL_KINDS | {"commune"} \
                and (words[first].capitalised or kind in INTERCOMMUNAL_KINDS and last > first) \
                and not plural(words, first, match.payload):
            bare.append((first, last, kind))
    bare += [(k, k, ANY_EPCI) for k, word in enumerate(words)
             if word.key in _ANY_EPCI_WORDS and k and words[k - 1].key == "l"]
    return [(first, last, kind) for first, last, kind in bare
            if not _named_after(text, words, last) and not (first and words[first - 1].key in POSSESSIVES)]


def _named_after(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether a name or a complement follows a kind word: "le Conseil départemental de l'insertion",
    "les maisons du Département Solidarité", "la Métropole de Lyon"."""
    after = words[last + 1] if last + 1 < len(words) else None
    return after is not None and (after.key in OF_WORDS or after.capitalised
                                  and not text[words[last].end: after.start].strip())


def _bare(kind: str, first: int, last: int, words: Sequence[Token]) -> Found:
    """The kind word alone as a find, to ask whether it names the member."""
    return Found(first, last, words[first].start, kind_label(kind), kind, COLLECTIVITE, kind, FROM_PATTERN, 1)


def _home(kind: str, near: Sequence[str]) -> str | None:
    """The INSEE code of the one région or département of ``near``, or None (a région's fiche, an
    intercommunality across two départements, a member with no place)."""
    if places.REGION_WIDE in near:
        return None
    if kind == "region":
        region = places.region_of(near) if near else None
        return None if region in _NO_REGION else region
    return near[0] if len(near) == 1 and near[0] not in _NO_DEPARTEMENT else None


# Where no Département or no Région is a collectivité of its own any more, the bare word names none
# (better than a body that is no more): Paris (the Ville de Paris since 2019), the Bas-Rhin and the
# Haut-Rhin (the Collectivité européenne d'Alsace since 2021), Corse (the Collectivité de Corse since
# 2018), Martinique and Guyane (their collectivités territoriales since 2015), Mayotte (a Département
# with the powers of a Région).
_NO_DEPARTEMENT = frozenset({"75", "67", "68", "2A", "2B", "972", "973"})
_NO_REGION = frozenset({"94", "02", "03", "06"})
