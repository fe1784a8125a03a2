"""Organisations named in a free text, each with its roles, network and place: the entry point of
this part of the extraction (docs/extraction.md).

``names`` finds the names, ``roles`` reads what each does, ``places`` knows the communes; this
module puts them together. The curated list (data/reference/organisations.ttl) and the kind words
(ontology/concepts.ttl) are read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rtes_kg.extract import places
from rtes_kg.extract.adjectives import verb_with_object
from rtes_kg.extract.announced import announced
from rtes_kg.extract.chapters import chapters, of_its_territory
from rtes_kg.extract.collectivites import COLLECTIVITE, brands, collectivite_key, collectivite_keys, collectivites
from rtes_kg.extract.curated import STRUCTURE, ReferenceEntry, reference
from rtes_kg.extract.curated_finds import from_reference
from rtes_kg.extract.currencies import issued_currencies
from rtes_kg.extract.expansions import expansions_merged
from rtes_kg.extract.heads import after_generic_heads, kind_before, named_by_their_members
from rtes_kg.extract.home_areas import NOWHERE, Home, home_areas
from rtes_kg.extract.kind_lists import networks_of_a_kind
from rtes_kg.extract.known import KnownNames, found_again
from rtes_kg.extract.labelled import (
    listed_after_a_count,
    listed_after_labels,
    listed_beside_known_names,
    listed_with_de_beside_known_names,
)
from rtes_kg.extract.lexicon import Token, phrase_keys, tokens
from rtes_kg.extract.names import (
    FROM_PATTERN,
    FROM_REFERENCE,
    Found,
    a_noun_s_complement,
    joined,
    name_backward,
    name_forward,
    structure_words,
    without_article,
)
from rtes_kg.extract.overlaps import resolve
from rtes_kg.extract.roles import CARRIER, CREATED, PARTNER, ROLES, SHAREHOLDER, SUPPORTED, nobody, read_roles
from rtes_kg.extract.shaped_names import a_scheme_s_name, acronym_s_article_dropped, in_a_quoted_name
from rtes_kg.extract.subjects import agents_of_running, objects_of_support, opening_subjects
from rtes_kg.extract.tails import spelt_out
from rtes_kg.extract.territorial import a_territory, listed_after_a_territory
from rtes_kg.parse.naming import fold
from rtes_kg.parse.naming import slug as name_slug
from rtes_kg.parse.records import OrgMention, Source

__all__ = ["CARRIER", "COLLECTIVITE", "CREATED", "FROM_PATTERN", "FROM_REFERENCE", "PARTNER",
           "ROLES", "ReferenceEntry", "SHAREHOLDER", "STRUCTURE", "SUPPORTED", "collectivite_key",
           "collectivite_keys", "find_organisations", "reference"]

# ", jardin d'insertion du Réseau Cocagne": the network a structure belongs to, not a partner.
_MEMBER_OF = re.compile(r"^\s*,\s*[^,;:.()]{0,60}?\b(?:du|de la|de l['’]|des|de|d['’])\s*"
                        r"(?:(?:réseau|mouvement|fédération|groupe)\s+)?$", re.IGNORECASE)
# ", adhérents du Réseau Cocagne", ", membre de France Active": the same, said without a kind word;
# and said as the structure's verb: "X est adhérente du réseau Cocagne", "X est membre de France Active"
_OF_A_NETWORK = r"\s+(?:du|de la|de l['’]|des|de|d['’]|à|au)\s*(?:(?:réseau|mouvement|fédération|groupe)\s+)?"
_ADHERENT_OF = re.compile(r"^\s*,\s*(?:adh[ée]rente?s?|membres?|affili[ée]e?s?|filiales?)" + _OF_A_NETWORK + "$",
                          re.IGNORECASE)
_IS_ADHERENT_OF = re.compile(r"\s+(?:est|sont|était)\s+(?:adh[ée]rente?s?|membres?|affili[ée]e?s?)" + _OF_A_NETWORK,
                             re.IGNORECASE)


# --- places --------------------------------------------------------------------------------------

def _with_place(text: str, words: Sequence[Token], cand: Found, near: Sequence[str]) -> Found:
    """The name without the commune it ends with ("L’Épicerie du Coin à Rodez"), or with the
    commune written after it (", à Montmélian", ", tiers-lieu rural à Sainte-Foy-la-Grande")."""
    if cand.confidence != FROM_PATTERN or cand.category == COLLECTIVITE:
        return cand
    for k in range(cand.last - 1, cand.first, -1):  # the last "à" / "au": "La Boîte à Réemploi à Carmaux"
        if words[k].raw.lower() in {"à", "au"} and words[k + 1].capitalised and text[words[k].start - 1] != "-":
            tail = text[words[k + 1].start: words[cand.last].end]  # ("Pont-à-Mousson": one commune's name)
            commune = places.commune(tail, near) or places.former_commune(tail, near)  # ("à Château-Gontier")
            name_goes_on = words[k].raw.lower() != "au" or fold(tail) in _COMMON_AFTER_AU \
                or words[k + 1].key in _NOUNS_AFTER_AU  # unless a commune; "Droit au Vélo (ADAV)"
            afar = commune is not None and not places.in_regions_of(commune, near)
            if afar and "-" not in tail or commune is None and not places.communes_named(tail) and name_goes_on:
                break  # "Fruitière à Energies", "La Fabrique à Bulles" (Oise) in Lyon, "Vivre au Quartier"
                # (Le Quartier, Puy-de-Dôme) in Laval: inside the name; "Kaz Rékup au Chaudron": a neighbourhood
            if afar:  # "La Grange à Guémené-Penfao" (Loire-Atlantique) in the Pays de Redon's fiche (Bretagne):
                commune = None  # a compound name is no word of the name, but a commune afar is no place to say
            name = text[words[cand.first].start: words[k - 1].end]
            named = without_article(name) if cand.parent else name
            return replace(cand, last=k - 1, name=name, slug=name_slug(named),
                           place=commune.name if commune else None)
    commune = _place_after(text, words, cand.last, near) or _place_in_name(text, words, cand, near)
    return replace(cand, place=commune.name) if commune is not None else cand


# Common nouns a name goes on with after "au", alone ("Bien Vivre au Village": not "au Village Neuf",
# a neighbourhood maybe), or followed by more words ("Coup de Pouce au Travail", "Droit au Vélo",
# "Maison de Services au Public de Cluny")
_COMMON_AFTER_AU = frozenset({"village", "quartier", "jardin", "logis", "bout", "centre", "pays", "bourg", "marche",
                              "potager"})
_NOUNS_AFTER_AU = frozenset({"travail", "coeur", "monde", "fil", "naturel", "numerique", "soleil", "vert", "public",
                             "velo", "logement", "savoir", "service", "services", "sport", "livre", "jeu", "bois",
                             "partage", "lien", "pied", "cinema", "theatre", "developpement", "reemploi", "tri",
                             "quotidien"})


def _place_in_name(text: str, words: Sequence[Token], cand: Found, near: Sequence[str]):
    """ "Les Ateliers de Romainville", "Banque Alimentaire de Rodez": the name keeps its commune, and
    the commune is its place too."""
    for k in range(cand.last - 1, cand.first, -1):
        if words[k].key in {"de", "d", "du"} and words[k + 1].capitalised:
            if any(places.area_named(text[words[j].start: words[cand.last].end]) for j in range(cand.first, k)):
                return None  # "Solidarité Pas-de-Calais": not in Calais
            if words[k - 1].key in _LANDSCAPES:
                return None  # "Les Amis du Pays de Fayence", "Terres de Garrigues": a territory, not its commune
            tail = text[words[k + 1].start: words[cand.last].end]
            if words[k].key == "du" and places.area_named(tail):
                return None  # "la Recyclerie du Doubs": the département's, not the commune of Doubs
            # a network's chapter is named after its city, anywhere in the région ("Banque Alimentaire de
            # Rodez" in the Tarn); another name after a place of the member's département only
            commune = places.nearby_commune(tail, near) if cand.parent else places.local_commune(tail, near)
            if commune is not None and words[k].key != "du" and _ARTICLE.match(commune.name) \
                    and not _ARTICLE.match(tail):
                return None  # "Trait d'Union" is not in L'Union ("de La Rochelle", "du Port" keep theirs)
            return commune
    return None


_LANDSCAPES = frozenset({"pays", "pay", "terre", "terres", "vallee", "vallees", "coteaux", "cote", "cotes", "monts",
                         "plaine", "plaines", "plateau", "plateaux", "causse", "causses", "rives", "rive", "bassin",
                         "val", "vals", "vallon", "massif", "marais", "bocage", "lac", "golfe", "baie", "gorges"})
_ARTICLE = re.compile(r"(?:le|la|les)\s|l['’]", re.IGNORECASE)
_IN_PARENTHESES = re.compile(r"\s*\(\s*([A-ZÀ-Ý][^()\n,;:]{1,50}?)\s*\)")  # "Creuse Bois Services (Felletin)"


def _place_after(text: str, words: Sequence[Token], last: int, near: Sequence[str]):
    """ "X à Rodez", "X, à Albi,", "X, association d'insertion installée à Chalindrey", "X (Felletin)"."""
    written = _IN_PARENTHESES.match(text, words[last].end)
    if written is not None and not written.group(1).isupper() and not places.area_named(written.group(1)):
        return places.nearby_commune(written.group(1), near)  # None when it is no commune: "(entreprise ESUS)"
    k = last + 1
    if k < len(words) and "," in text[words[last].end: words[k].start]:
        limit = k + 10
    elif k < len(words) and joined(text, words[last], words[k]):
        limit = k + 1
    else:
        return None
    for j in range(k, min(limit, len(words) - 1)):
        if j > k and re.search(r"[,;:.()\n]", text[words[j - 1].end: words[j].start]):
            return None
        if words[j].key in {"qui", "que", "dont", "ou"}:
            return None  # "X, qui collecte 90 tonnes à Sainte-Marie": where it acts, not where it is
        if j == k and limit > k + 1 and words[j].key in {"la", "le", "les", "l", "et", "ou"}:
            return None  # "A, la SCOP B à Lisieux", "…, et la Cité Fertile à Pantin": the next item's place, not
            # A's ("A, jardin … à Verfeil" is A's)
        if j == k and limit > k + 1 and (words[j].raw in {"a", "ont", "est", "sont"} or verb_with_object(words, j)):
            return None  # "…, porté par l'association X, a ouvert une boutique à Cholet": a verb, whoever's
        if words[j].raw.lower() in {"à", "au"} and words[j + 1].capitalised:
            end = name_forward(text, words, j + 1)
            if end is not None:
                place_name = text[words[j + 1].start: words[end].end]
                return places.commune(place_name, near) or places.former_commune(place_name, near)
    return None


def _chapters_in_appositions(text: str, words: Sequence[Token], found: list[Found]) -> list[Found]:
    """Without the local chapter that a structure's name is said to be, between commas and with no
    article, before its verb: "L'association Entreprendre Ensemble, PLIE du Dunkerquois, a accompagné
    …" names one body (not "avec l'association X, le PLIE du Dunkerquois et…": a list)."""
    kept: list[Found] = []
    for cand in found:
        previous, after = kept[-1] if kept else None, cand.last + 1
        if previous is not None and previous.category == STRUCTURE and cand.parent is not None \
                and cand.confidence == FROM_PATTERN and after < len(words) \
                and _APPOSED.fullmatch(text, words[previous.last].end, cand.context) \
                and _APPOSED.fullmatch(text, words[cand.last].end, words[after].start) \
                and (words[after].key in {"a", "ont"} or verb_with_object(words, after)):
            continue
        kept.append(cand)
    return kept


_APPOSED = re.compile(r"\s*,\s*")


def _networks_in_appositions(text: str, words: Sequence[Token], found: list[Found]) -> list[Found]:
    """ "Les Jardins du Girou, jardin d'insertion du Réseau Cocagne": the network is the parent of
    the structure before it, not an organisation of the action."""
    announce, _ = structure_words()
    kept: list[Found] = []
    for cand in found:
        previous = kept[-1] if kept else None
        network = cand.category == "reseau" and cand.confidence == FROM_REFERENCE
        if previous is not None and network and previous.parent in (None, cand.slug) \
                and previous.category == STRUCTURE:
            gap = text[words[previous.last].end: cand.context]
            if _MEMBER_OF.match(gap) and announce.find(tokens(gap)) or _IS_ADHERENT_OF.fullmatch(gap):
                kept[-1] = replace(previous, parent=cand.slug)  # ("X est adhérente du réseau Cocagne")
                continue
        if network and (_in_parentheses(text, words, cand) or _adherent(text, words, cand)):
            before = _name_end(text, words, cand)  # "Le Relais Atlantique (Emmaüs)": its network, not a partner
            if previous is not None and _place_end(words, previous) == before:  # ("X à Vandœuvre-lès-Nancy (…)")
                if previous.category == STRUCTURE and previous.parent in (None, cand.slug):
                    kept[-1] = replace(previous, parent=cand.slug)
                    continue
            elif (first := name_backward(text, words, before, through_a=False)) is not None \
                    and (first < before or words[first].raw.isupper()) and not a_noun_s_complement(words, first):
                # (not "la Ville (Emmaüs)"; nor "le centre de ressources de l'ESS (CRESS X)": the CRESS)
                place = None
                if first >= 2 and words[first - 1].key in {"a", "au"} and places.communes_named(
                        text[words[first].start: words[before].end]):  # "dont X à Vandœuvre-lès-Nancy (Réseau Cocagne)"
                    place, before = text[words[first].start: words[before].end], first - 2
                    first = name_backward(text, words, before, through_a=False)
                if first is not None:
                    name = text[words[first].start: words[before].end]
                    kept.append(Found(first, before, words[first].start, name, name_slug(without_article(name)),
                                      STRUCTURE, None, FROM_PATTERN, 1, parent=cand.slug, place=place))
                continue
        kept.append(cand)
    return kept


def _adherent(text: str, words: Sequence[Token], cand: Found) -> bool:
    """Whether the name is said to be the network of the name before the comma: "X, adhérents du
    Réseau Cocagne"."""
    comma = text.rfind(",", 0, cand.context)
    return comma > 0 and bool(_ADHERENT_OF.match(text[comma: cand.context]))


def _place_end(words: Sequence[Token], cand: Found) -> int:
    """The last word of a name, or of the commune written after it with "à"."""
    after = cand.last + 1
    if cand.place is None or after >= len(words) or words[after].key not in {"a", "au"}:
        return cand.last
    return after + len(phrase_keys(cand.place))


def _name_end(text: str, words: Sequence[Token], cand: Found) -> int:
    """The last word of the name whose network ``cand`` is: before "(" or before the comma."""
    opening = _opening(text, words, cand)
    mark = opening if opening is not None else text.rfind(",", 0, cand.context)
    return max((i for i in range(cand.first) if words[i].end <= mark), default=-1)


def _in_parentheses(text: str, words: Sequence[Token], cand: Found) -> bool:
    """Whether the name stands in parentheses right after a word: "X (Emmaüs)", "X (membre du
    réseau France Active)"."""
    return _opening(text, words, cand) is not None


_PARENT_IN_PARENTHESES = re.compile(
    r"\(\s*(?:(?:membre|adh[ée]rente?|affili[ée]e?)s?\s+(?:du|de la|de l['’]|des|de|au)\s*)?"
    r"(?:(?:réseau|mouvement|fédération|groupe)\s+)?$", re.IGNORECASE)


def _opening(text: str, words: Sequence[Token], cand: Found) -> int | None:
    """Where the parenthesis that holds the name alone (or after "membre du réseau") opens."""
    if cand.first == 0:
        return None
    end = words[cand.last + 1].start if cand.last + 1 < len(words) else len(text)
    opening = text.rfind("(", max(0, cand.context - 40), cand.context)
    if opening < 0 or not _PARENT_IN_PARENTHESES.match(text, opening, cand.context) \
            or not re.match(r"\s*\)", text[words[cand.last].end: end]):
        return None
    return opening


def all_found(text: str, words: Sequence[Token], known: KnownNames | None = None) -> list[Found]:
    """Every find of every finder, overlapping ones included (``known``: the names that the
    fiche's other texts announced)."""
    listed = [*from_reference(text, words), *chapters(text, words)]
    return [*listed, *collectivites(text, words), *brands(text, words), *announced(text, words),
            *after_generic_heads(text, words), *named_by_their_members(text, words), *found_again(text, words, known),
            *_public_bodies(text, words, listed), *listed_after_labels(text, words), *listed_after_a_count(text, words),
            *opening_subjects(text, words), *agents_of_running(text, words), *objects_of_support(text, words),
            *(found for found in networks_of_a_kind(text, words) if not any(
                other.first <= found.last and found.first <= other.last for other in listed))]


def _public_bodies(text: str, words: Sequence[Token], known: Sequence[Found]) -> list[Found]:
    """Public bodies written with their acronym and long name ("le SDEHG (Syndicat départemental
    d'énergie de la Haute-Garonne)"), unless the curated list or its chapters name them already
    (``known``: "l'ADEME (Agence de la transition écologique)", "la CAF (Caisse d'allocations…)")."""
    taken = {k for found in known for k in range(found.first, found.last + 1)}
    return [Found(first, last, words[first].start, name, name_slug(name), "organisme-public" if public else STRUCTURE,
                  None, FROM_PATTERN, 2)
            for first, last, name, public in spelt_out(text, words) if not taken & set(range(first, last + 1))
            and (public or not _announced_or_a_kind(words, first))]


def _announced_or_a_kind(words: Sequence[Token], first: int) -> bool:
    """Whether the acronym at ``first`` is a kind ("une SCIC (Société coopérative…)") or follows one
    ("l'association ATIS (…)"): the finders of kinds name it, or nothing is named."""
    return structure_words()[0].match_at(words, first) is not None or kind_before(words, first) is not None


# --- the mentions -------------------------------------------------------------------------------

def _as_local_chapter(cand: Found, text: str, words: Sequence[Token]) -> Found:
    """A national network the member helped create ("aide à la création d'artisans du monde"): the
    local chapter it created, not the network."""
    name = text[words[cand.first].start: words[cand.last].end]
    return replace(cand, name=reference().entries[cand.slug].label if name.islower() else name,
                   slug=cand.slug, category=STRUCTURE, kind=None, confidence=FROM_PATTERN,
                   parent=cand.slug, local=True)


def find_organisations(text: str, source: Source, words: Sequence[Token] | None = None,
                       near: Sequence[str] = (), scope: str | None = None,
                       member: Callable[[Found], bool] = nobody,
                       known: KnownNames | None = None, home: Home = NOWHERE) -> tuple[OrgMention, ...]:
    """The organisations a text names, in order of first mention, one mention per role.

    ``near`` are the départements of the member (to tell two communes of one name apart); ``scope``
    the member's slug, which makes the IRI of a chapter that the text names without its own name
    ("la Banque Alimentaire") one of this member's territory; ``member`` tells a find that names
    the member itself; ``known`` the names the fiche's other texts announced (``known.py``);
    ``home`` where it is ("la Métropole" in a commune's fiche is its intercommunalité).

    >>> text = "Un atelier piloté par l’association La Marmite Solidaire, avec SUEZ."
    >>> [(m.name, m.role) for m in find_organisations(text, Source("f", 1))]
    [('La Marmite Solidaire', 'porteur'), ('SUEZ', 'partenaire')]
    """
    words = tokens(text) if words is None else words
    if not words:
        return ()
    candidates = all_found(text, words, known)
    curated = [c for c in candidates if c.confidence == FROM_REFERENCE]
    candidates += listed_beside_known_names(text, words, curated)
    candidates += listed_with_de_beside_known_names(text, words, curated)
    candidates += home_areas(text, words, near, candidates, member, home)  # "la Région" in a commune's fiche
    found = [_with_place(text, words, acronym_s_article_dropped(text, words, cand), near)
             for cand in resolve(candidates)
             if not (cand.confidence == FROM_PATTERN and cand.category == STRUCTURE and places.area_named(cand.name))
             and not (cand.confidence == FROM_PATTERN and in_a_quoted_name(text, words, cand))
             and not (cand.confidence == FROM_PATTERN and a_scheme_s_name(text, words, cand.first))]
    # (a kind word then an area's name alone is part of another name: "l'Union régionale des SCOP
    # et SCIC Auvergne-Rhône-Alpes" has no SCIC "Auvergne-Rhône-Alpes"; the end of a name in quotes
    # is none: « Yonne Initiative ESS » is a loan scheme, no chapter "Initiative ESS")
    found = _chapters_in_appositions(text, words, _networks_in_appositions(text, words,
                                                                         expansions_merged(text, words, found)))
    found, roles = issued_currencies(words, found, read_roles(text, words, found, member))
    explicit: dict[str, set[str]] = {}
    default: dict[str, set[str]] = {}
    first: dict[str, Found] = {}
    listed: frozenset[str] = frozenset()  # the roles of a weak name, for the items listed after it
    place: int | None = None  # the last word of a collectivité written as a place
    for n, (cand, said, assumed) in enumerate(zip(found, roles.explicit, roles.default)):
        if cand.weak and not said and n and found[n - 1].weak and cand.context == words[found[n - 1].last].end:
            said = listed  # "avec les communes de Septmoncel et de Longchaumois": the second as the first
        listed = said if cand.weak else frozenset()
        if cand.weak and not said:
            continue  # "la commune" without a role word: a territory, not a body
        if cand.category == COLLECTIVITE:  # no member creates a collectivité: "Création d'une recyclerie sur
            said = said - {CREATED}  # la commune de Bavay" (the cue's object is the recyclerie)
        if cand.category == COLLECTIVITE and not said and (a_territory(words, cand.first, cand.context) or (
                place is not None and listed_after_a_territory(words, place, cand.first))):
            place = cand.last
            continue  # "sur le territoire de la Métropole et de la Région": places, not partners
        if CREATED in said and cand.category == "reseau" and cand.confidence == FROM_REFERENCE \
                and reference().chapters.find(tokens(cand.name)):
            cand = _as_local_chapter(cand, text, words)
        if scope and (cand.local or of_its_territory(cand)):
            cand = replace(cand, slug=f"{cand.slug}-{scope}")
        kept = first.setdefault(cand.slug, cand)
        if kept.kind is None and cand.kind is not None and kept.category == cand.category:
            first[cand.slug] = replace(kept, kind=cand.kind)  # "Le Grand Four à Pantin : la SCIC Le Grand Four"
        explicit.setdefault(cand.slug, set()).update(said)
        default.setdefault(cand.slug, set()).add(assumed)
    mentions = []
    for slug, cand in first.items():
        for role in (r for r in ROLES if r in (explicit[slug] or default[slug])):
            commune = places.commune(cand.place, near) if cand.place else None
            mentions.append(OrgMention(
                name=cand.name, slug=slug, category=cand.category, kind=cand.kind, role=role,
                confidence=cand.confidence, source=source, parent=cand.parent,
                place=commune.name if commune else None, place_code=commune.code if commune else None))
    return tuple(mentions)
