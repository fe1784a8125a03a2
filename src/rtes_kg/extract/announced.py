"""Names announced by a word before them: a kind of structure ("l'association La Marmite
Solidaire", "la SCIC « Y »", "une association autonome, l'UP Synthe"), or a head noun that gives no
kind ("le village de vacances Les Estives"); and names that contain their kind ("Emmaüs Pontarlier")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.extract.adjectives import CLAUSE_VERBS
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.kind_lists import (
    counted_in_apposition,
    listed_after_colon,
    listed_after_dont,
    listed_after_plural,
    listed_in_parenthesis,
)
from rtes_kg.extract.lexicon import ARTICLES, CONNECTORS, LEGAL_FORMS, OF_WORDS, Lexicon, Token, joined
from rtes_kg.extract.names import (
    LOWER_ARTICLES,
    Found,
    Trigger,
    found_by_pattern,
    name_backward,
    name_forward,
    plural,
    sentence_start,
    structure_words,
)
from rtes_kg.extract.people import DEMONYM
from rtes_kg.extract.placed_names import (
    A_COLLECTIVITE,
    LINKING,
    acronym_and_area,
    its_quarter,
    kind_then_name,
    named_by_its_place,
)
from rtes_kg.extract.places import communes_named
from rtes_kg.extract.sentence_case import LEADING_ARTICLES, LEADING_PREPOSITIONS
from rtes_kg.extract.tails import lower_case_tail
from rtes_kg.parse.naming import slug as name_slug

# Words of four letters or more that are no adjective of a kind word: "un PTCE avec Ecopôle" does
# not call Ecopôle a PTCE.
_NOT_MODIFIERS = frozenset({"avec", "pour", "dans", "chez", "sans", "vers", "entre", "contre", "depuis",
                            "selon", "pendant", "parmi", "aupres", "grace", "apres", "avant", "durant",
                            "comme", "dont", "mais", "donc", "puis", "ainsi", "afin", "lors", "notamment",
                            "aussi", "tous", "toutes", "leurs", "nous", "elle", "elles", "ils"})
_MOST_STACKED_KINDS = 3  # "la SCOP SIAE Les Jardins", "la SCIC SAS X"
_QUOTED = re.compile(r"\s*[«\"“]\s*([^»\"”\n]{1,60}?)\s*[»\"”]")
_EXPANSION = re.compile(r"\s*\([^()\n]{2,70}\)")  # an acronym spelt out after a kind word
_CORPORATE = re.compile(r"\s+d['’]\s*entreprises?\s+", re.IGNORECASE)  # "Fondation d'entreprise X"
_APPOSITION = re.compile(r"[,(]\s*$")
_TITLE_COLON = re.compile(r"\**\s*:\s*")  # "Ti Ar Bed : association…", "**Ti Ar Bed** : association…"
# Kinds whose word is part of the name: a quarter's name after it names no body of its own.
_NAMED_WITH_KIND = frozenset({"regie-de-quartier", "centre-social"})
_NAMED_BY_A_PLACE = _NAMED_WITH_KIND | {"maison-emploi"}  # "la maison de l'emploi Grenoble-Alpes"
_NAMED_BY_AREA = frozenset({"reseau", "ptce"})  # kinds whose name may be their area's: "le PTCE Sud Provence"
# Public bodies whose kind opens their name: "l'Université d'Artois", "l'université de Nantes", "le
# CHU de Rennes", "l'Université Lyon 2" (not "l'université populaire X", an association)
_OPENS_ITS_NAME = frozenset({("universite",), ("iut",), ("chu",), ("centre", "hospitalier")})
_POPULAR = frozenset({"populaire", "populaires", "rurale", "rurales"})
_MANY = frozenset({"des", "les", "ces", "plusieurs", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                   "neuf", "dix", "douze", "quinze", "vingt", "cent"})


def _counted(word: Token) -> bool:
    """A number or a word of quantity before a plural kind: "9 ressourceries", "plusieurs SCOP"."""
    return word.raw.isdigit() or word.key in _MANY - {"des", "les", "ces"}


def skip_modifiers(text: str, words: Sequence[Token], after: int) -> int:
    """Past up to three adjectives or "de"/"à"-complements after a kind word: "la recyclerie citoyenne
    Re Bon", "l'incubateur d'innovation sociale Germinal 86", "la monnaie locale la Gonette", "la
    coopérative de livraison à vélo Les Coursiers Lillois"."""
    skip, k = 0, after
    while skip < 3 and k < len(words) and joined(text, words[k - 1], words[k]) \
            and not words[k].capitalised:
        key = words[k].key
        if (key in {"de", "d"} or words[k].raw == "à") and k + 1 < len(words) and not words[k + 1].capitalised \
                and words[k + 1].key not in ARTICLES | CONNECTORS and words[k + 1].key.isalpha():
            k += 2  # ("de livraison", "à vélo", "d'aide à domicile"; not the verb: "la coopérative a installé 2 MWc")
        elif key.startswith(_LABEL_STEMS):
            break  # "les tiers-lieux labellisés « Fabriques de territoire »": a label, no name
        elif key.isalpha() and len(key) > 3 and key not in CONNECTORS | ARTICLES | _NOT_MODIFIERS \
                and words[k].raw.lower() not in CLAUSE_VERBS \
                and not _participle_with_its_object(words, k):  # "la légumerie fournit la Ville de X": a verb
            k += 1
        else:
            break
        skip += 1
    if k + 1 < len(words) and words[k].key in LOWER_ARTICLES and not words[k].capitalised \
            and words[k + 1].capitalised and joined(text, words[k - 1], words[k]) \
            and joined(text, words[k], words[k + 1]):
        k += 1  # "la monnaie locale la Gonette"
    return k


# The participles that a label follows, not a name: "labellisées", "agréée", "certifiés"
_LABEL_STEMS = ("labellis", "agree", "certifi")


def _participle_with_its_object(words: Sequence[Token], k: int) -> bool:
    """A present participle and its object's article: "une SCIC réunissant la Ville" (not "la Gonette")."""
    return words[k].key.endswith("ant") and k + 1 < len(words) and words[k + 1].key in LOWER_ARTICLES \
        and not words[k + 1].capitalised


def _skip_kinds(text: str, words: Sequence[Token], start: int, announce: Lexicon[Trigger]) -> int:
    """Past the acronyms of kinds stacked before a name: "la SCOP SIAE Les Jardins" is Les Jardins.
    At most a few: each kind word of a run would walk the rest of it again."""
    for _ in range(_MOST_STACKED_KINDS):
        if not (start + 1 < len(words) and words[start].raw.isupper() and joined(text, words[start], words[start + 1])):
            break
        kind = announce.match_at(words, start)
        if (kind is None or kind.last != start) and words[start].key not in LEGAL_FORMS:
            break
        start += 1
    return start


def _elided_article(text: str, words: Sequence[Token], kind_end: int, start: int) -> bool:
    """Whether the name at ``start`` follows its own elided article in lower case: "l'association
    l'Envol" (not the kind's own apostrophe: "Coop'Ouest")."""
    return start - 1 > kind_end and words[start - 1].key == "l" and text[words[start - 1].end: words[start].start] in {
        "'", "’"}


_GENERIC = frozenset({"entreprises", "startups"})  # the plurals of the words of any company
_ANY_COMPANY = frozenset({("entreprise",), ("societe",), ("start", "up"), ("startup",)})
_FIELDS = frozenset({"ess", "iae"})  # the economy the fiches are about, no body's name


def _kind_words_only(words: Sequence[Token], first: int, last: int, announce: Lexicon[Trigger]) -> bool:
    """Whether the words from ``first`` to ``last`` are only words of kinds ("ESUS", "SCOP SIAE"),
    after an article ("Une SIAE, association intermédiaire"), or of the field, with the words in
    lower case that qualify them ("le réseau ESS nantais": no name)."""
    first += first < last and words[first].key in ARTICLES
    opening = first
    while first <= last:
        match = announce.match_at(words, first)
        if match is not None and match.payload.code == STRUCTURE and words[first].raw[:2].istitle():
            return False  # "l'association Auto-école solidaire": a shop's word opens its name (not "SCOP SARL")
        if match is None and not (words[first].key in LEGAL_FORMS and words[first].raw.isupper()) \
                and not (words[first].key in _FIELDS and words[first].raw.isupper()) \
                and not (first > opening and words[first].raw.islower()):
            return False
        first = first + 1 if match is None else match.last + 1
    return True


def capitalised(found: Found) -> Found:
    """The find, its name opening with a capital: "régie de quartier Villeneuve" in a sentence."""
    return replace(found, name=found.name[:1].upper() + found.name[1:]) if found.name[:1].islower() else found


def _named_after_comma(text: str, words: Sequence[Token], trigger: int, start: int,
                       after: int) -> tuple[int, int] | None:
    """(first, last) of a name alone between commas after an indefinite kind: "une épicerie solidaire,
    L'Étal Tulliste, qui…", "une association autonome, l'UP Synthe." (not "une association, la Région et…")."""
    if trigger == 0 or words[trigger - 1].key not in {"un", "une"} or start >= len(words) \
            or not re.fullmatch(r"\s*,\s*", text[after: words[start].start]):
        return None
    first = start + 1 if words[start].key in LOWER_ARTICLES and not words[start].capitalised else start
    last = name_forward(text, words, first, et_capital=True) if first < len(words) else None
    if last is None or (first > start and not joined(text, words[start], words[first])):
        return None
    rest = text[words[last].end:].lstrip(" ")
    return (first, last) if not rest or rest[0] in ",.;)" else None


def _after_a_kind(text: str, words: Sequence[Token], first: int, announce: Lexicon) -> bool:
    """Whether the words from ``first`` follow a kind word and a comma, as an item of a list of kinds
    does ("ACI, AI, EI": "AI" is no entreprise d'insertion's name)."""
    if first == 0 or text[words[first - 1].end: words[first].start].strip() != ",":
        return False
    return any((kind := announce.match_at(words, start)) is not None and kind.last == first - 1
               for start in range(max(0, first - 4), first))


_PLACE_PREPOSITIONS = frozenset({"à", "a", "au", "aux", "en"})


def _parallel_tail(text: str, words: Sequence[Token], start: int, last: int, announce: Lexicon) -> int:
    """The last word of a name that goes on after "et" with an article and a capital, as a complement
    inside it did: "l'association Ensemble pour l'Insertion et l'Emploi" (not "Alpha de la Loire et la
    Ville", "… et la SCOP Beta", "… et l'ADEME": another body)."""
    k = last + 1
    if k + 2 >= len(words) or words[k].key != "et" or words[k + 1].key not in LOWER_ARTICLES \
            or not words[k + 2].capitalised or words[k + 2].raw.isupper() or words[k + 2].key in A_COLLECTIVITE \
            or not all(joined(text, words[j], words[j + 1]) for j in range(last, k + 2)) \
            or announce.match_at(words, k + 2) is not None:
        return last
    inner = any(words[j].key in LOWER_ARTICLES and words[j - 1].key in {"pour", "de", "du", "des", "d"}
                for j in range(start + 1, last))
    return (name_forward(text, words, k + 2) or last) if inner else last



def _a_name_s_head(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether a kind word, capitalised inside its sentence, opens a name ("la Fédération des CUMA";
    not "Association : …" opening a line), or an acronym after a definite article: "l'AMAP du
    Moustoir" (not "une SCIC de Lorient")."""
    trigger = words[first]
    if trigger.raw.isupper():
        return len(trigger.raw) > 1 and first > 0 and words[first - 1].key in {"l", "la", "le"}
    return trigger.raw[:1].isupper() and not sentence_start(text, trigger.start)


def _a_lower_case_adjective(words: Sequence[Token], first: int, last: int) -> bool:
    """Whether the kind's words hold an adjective in lower case: a common noun written with a capital
    ("du Supermarché coopératif X"; not "la Maison de l'emploi Lille Métropole": a noun's complement)."""
    return any(words[k].raw[:1].islower() and words[k - 1].key not in LINKING and words[k].key not in LINKING
               for k in range(first + 1, last + 1))


def announced(text: str, words: Sequence[Token]) -> list[Found]:
    """ "l'association La Marmite Solidaire", "la SCIC « Y »", "ID'EES R&V, structure d'insertion",
    and names that contain their kind: "Emmaüs Pontarlier", "GEIQ Industrie Rhin Sud"."""
    announce, inside = structure_words()
    found = []
    any_company: set[int] = set()  # where "entreprise" announces a name
    for match in announce.find(words):
        trigger, kind = words[match.first], match.payload.code
        if trigger.key in LEGAL_FORMS and (not trigger.raw.isupper() or announce.match_at(words, match.last + 1)):
            continue  # "la SAS SCIC Les Amis": the kind after the status names it; "un sas d'accueil": no status
        is_plural = plural(words, match.first, match.payload)
        if is_plural and trigger.key in _GENERIC and match.first == match.last:
            continue  # "trois entreprises : la SCIC X et…": each item says its kind ("entreprises d'insertion" is one)
        if match.payload.keys in _ANY_COMPANY:  # (not "l'entreprise d'insertion X": a kind of its own)
            any_company.add(trigger.start)
        start = _skip_kinds(text, words, skip_modifiers(text, words, match.last + 1), announce)
        if is_plural and trigger.raw.isupper() and not listed_after_plural(text, words, start) \
                and not (match.first > 0 and _counted(words[match.first - 1])) and not listed_after_colon(
                    text, words, match.last) and not listed_in_parenthesis(text, words, match.last) \
                and not listed_after_dont(text, words, match.last, "comme") \
                and not listed_after_dont(text, words, match.last, named_first=True):
            is_plural = False  # "soutient les SCIC Bois Vivant": one name, whatever its article says ("5 CAE",
            # "aux CAE : A, B", "les CAE, dont A et B", "les SIAE du territoire (A, B)": several)
        after = words[start - 1].end
        if trigger.key == "union" and not (match.last + 1 < len(words) and words[match.last + 1].key in OF_WORDS):
            continue  # "l'Union des Couveuses" (not "l'Union européenne", "l'union locale")
        opens_its_name = match.payload.keys in _OPENS_ITS_NAME
        if opens_its_name and match.last + 1 < len(words) and words[match.last + 1].key in _POPULAR:
            continue  # "l'université populaire X", an association: no public body
        if (kind in _NAMED_WITH_KIND or opens_its_name or _a_name_s_head(text, words, match.first)) and not is_plural \
                and (last := its_quarter(text, words, match.last, opens_its_name)) is not None:
            found.append(capitalised(found_by_pattern(text, words, match.first, last, trigger.start, kind)))
            continue  # "le centre social du Courghain", "la maison de quartier de Wazemmes": named by its quarter;
            # "la Fédération des Acteurs de la Solidarité", "le Collectif des Jardins de Soyaux": by its members
        expansion = _EXPANSION.match(text, after)  # "la SCIC (Société coopérative…) « X »"
        if expansion is not None:
            after = expansion.end()
            start = next((i for i in range(start, len(words)) if words[i].start >= after), len(words))
        quoted = _QUOTED.match(text, after)
        if quoted and not is_plural:
            inner = [i for i, w in enumerate(words) if quoted.start(1) <= w.start < quoted.end(1)]
            if inner:
                found.append(found_by_pattern(text, words, inner[0], inner[-1], trigger.start, kind))
            continue
        if (not is_plural and start < len(words) and (text[after: words[start].start].strip(" ") == ""
                                                      or _elided_article(text, words, match.last, start))
                and (expansion is not None or joined(text, words[start - 1], words[start]))):
            number = words[start].raw.isdigit() and len(words[start].raw) <= 2 and start + 1 < len(words) \
                and words[start + 1].capitalised and joined(text, words[start], words[start + 1])  # "2 Roues Vertes"
            last = name_forward(text, words, start + number, through_et=True, et_capital=True)
            if last is None and words[start].raw in LEADING_ARTICLES | LEADING_PREPOSITIONS:  # "Un toit pour tous"
                last = start if lower_case_tail(text, words, start, start, match.first) > start else None
            last = lower_case_tail(text, words, start, last, match.first) if last is not None else None
            last = _parallel_tail(text, words, start, last, announce) if last is not None else None
            if last is not None and _kind_words_only(words, start, last, announce):
                last = None  # "X, association agréée ESUS": a status, not a name (X is, below)
            if last == start and words[start].key in A_COLLECTIVITE:
                last = None  # "une SCIC associant la Ville, …": the member, or another collectivité
            if last is not None:
                own = (start == match.last + 1 and trigger.raw[:1].isupper()
                       and not trigger.raw.isupper() and not sentence_start(text, trigger.start)
                       and not kind_then_name(words, match.first, match.last, start, last)
                       and not _a_lower_case_adjective(words, match.first, match.last))
                if start == match.last + 1 and (opens_its_name or kind in {*_NAMED_BY_A_PLACE, *_NAMED_BY_AREA}
                                                and named_by_its_place(text, words, start, last, kind)):
                    own = True  # "la régie de quartier Villeneuve": its quarter's name; "l'Université Lyon 2";
                    # "le pôle ESS Sud Drôme", "le PTCE Pays de Fougères": its area's
                if start == match.last + 1 == last and trigger.raw[:1].isupper() and not trigger.raw.isupper() \
                        and DEMONYM.fullmatch(words[last].key) and words[last].raw[1:].islower():
                    own = True  # "Ressourcerie Sénonaise : …", one name (not "la SCIC BerryBois", "la SCOP Ecobois")
                corporate = kind == "fondation" and trigger.raw[:1].isupper() \
                    and _CORPORATE.fullmatch(text, words[match.last].end, words[start].start)
                name = f"{trigger.raw} {text[words[start].start: words[last].end]}" if corporate \
                    else acronym_and_area(text, words, match.last, start, last, kind,  # "Fondation d'entreprise
                                          inside.match_at(words, match.last + 1) is not None)
                if name is not None:  # Kiabi": the Fondation Kiabi, not the company; "(PTCE) Sud Vienne": the PTCE's
                    found.append(replace(found_by_pattern(text, words, match.first, last, trigger.start, kind),
                                         name=name, slug=name_slug(name)))
                    continue
                found.append(capitalised(found_by_pattern(text, words, match.first if own else start, last,
                                                          trigger.start, kind)))
                continue
        named = None if is_plural else _named_after_comma(text, words, match.first, start, after)
        if named is not None and not _kind_words_only(words, *named, announce):
            found.append(found_by_pattern(text, words, *named, trigger.start, kind))
            continue
        if is_plural or match.first > 0 and words[match.first - 1].key in _MANY:  # "deux SCIC : A et B"
            found += [found_by_pattern(text, words, first, last, words[first].start, kind)
                      for first, last in listed_after_colon(text, words, match.last)]
        if is_plural:  # "9 ressourceries, dont A"; uncounted, a name right after: "les incubateurs, dont Katapult"
            counted = match.first > 0 and _counted(words[match.first - 1])
            found += [found_by_pattern(text, words, first, last, words[first].start, kind)
                      for first, last in listed_after_dont(text, words, match.last, named_first=not counted)]
        if is_plural:  # "les incubateurs d'innovation sociale, notamment A et B", "…, parmi lesquels A"
            found += [found_by_pattern(text, words, first, last, words[first].start, kind) for among in (
                "notamment", "parmi", "comme") for first, last in listed_after_dont(text, words, match.last, among)]
        if is_plural:  # "les ressourceries du territoire (A, B et C)"
            found += [found_by_pattern(text, words, first, last, words[first].start, kind)
                      for first, last in listed_in_parenthesis(text, words, match.last)]
        if match.first > 0:  # "Les deux SCOP du territoire, A et B, emploient…" (as many as it counts)
            found += [found_by_pattern(text, words, first, last, words[first].start, kind)
                      for first, last in counted_in_apposition(text, words, match.first - 1, match.last)]
        if is_plural and start < len(words) and text[after: words[start].start].strip(" ") == "":
            # the kind opens the first one's span, as "l'association X"'s: "finance les associations A
            # et B" says what A is (and B, its kin), not "les associations" between the verb and A
            found += [found_by_pattern(text, words, first, last, trigger.start if i == 0 else words[first].start, kind)
                      for i, (first, last) in enumerate(listed_after_plural(text, words, start))]
        before = match.first - 1  # the word before the kind, past an indefinite article: "X, un café associatif"
        before -= before > 0 and words[before].key in {"un", "une"} and not is_plural \
            and "," in text[words[before - 1].end: words[before].start]
        titling = match.first > 0 and _TITLE_COLON.fullmatch(text, words[before].end, words[before + 1].start)
        if match.first > 0 and (_APPOSITION.search(text[words[before].end: words[before + 1].start]) or titling):
            first = name_backward(text, words, before)
            if titling and (first is None or first == before or not sentence_start(text, words[first].start)):
                continue  # "Ti Ar Bed : association de jardiniers…" titles its text; not "Partenaires : association X"
            if first is not None and first > 1 and words[first].key in _FIELDS and words[first].raw.isupper() \
                    and words[first - 1].raw.islower() and words[first - 2].key in ARTICLES:
                continue  # "les pôles ESS de Bretagne, réseau de 18 pôles": the field qualifies a noun, no name
            if first is not None and first > 0 and words[first - 1].raw in _PLACE_PREPOSITIONS \
                    and communes_named(text[words[first].start: words[before].end]):
                continue  # "L'épicerie « La Carline » à Crest, SCIC de 300 sociétaires": a place, no name
            noun = -1 if first is None else first - 2 - (  # past its adjective: "coopérative funéraire de X"
                first >= 4 and words[first - 3].raw.islower() and words[first - 3].key not in {"la", "le", "l"})
            if first is not None and noun >= 1 and words[first - 1].key in {"de", "d"} \
                    and words[first - 2].raw.islower() and words[noun - 1].key in {"la", "le", "l"} \
                    and communes_named(text[words[first].start: words[before].end]):
                # "La ressourcerie de Villers-le-Lac, association…", "la coopérative funéraire de Bordeaux,
                # SCIC…": the ressourcerie, the coopérative, named by its commune
                found.append(capitalised(found_by_pattern(text, words, noun, before, words[noun].start, kind)))
                continue
            if first is not None and words[first].key in {"la", "le", "les", "l"} and first + 1 < match.first \
                    and announce.match_at(words, first + 1) is not None:
                first += 1  # "La SCIC X, tiers-lieu de…" opening its sentence: the article is no part of it
            kind_first = announce.match_at(words, first) if first is not None else None
            if kind_first is not None and kind_first.last < before:
                # "la SCIC X, coopérative de…": X, not "SCIC X" (nor "SIAE X" after "la SCOP SIAE")
                first = min(_skip_kinds(text, words, kind_first.last + 1, announce), before)
                if words[first].key in {"du", "de", "des", "d"}:
                    first = kind_first.first  # "Cantine du Pays Mornantais, SCIC…": the kind opens its name
            elif kind_first is not None:
                continue  # "une SCIC (Société coopérative…)": a kind word, not a name
            if first is not None and is_plural and (words[first].key in _MANY or first > 0 and (
                    words[first - 1].key in _MANY or words[first - 1].raw.isdigit())):
                continue  # "deux CJS (coopératives jeunesse de services)": a kind of body, counted
            if is_plural and "(" in text[words[before].end: trigger.start]:
                continue  # "les structures de l'ESS (associations, coopératives)": kinds, no name
            if trigger.raw.isupper() and "(" in text[words[before].end: trigger.start] and any(
                    (spelt := announce.match_in_the_plural(words, k)) is not None and spelt.last == before
                    for k in range(max(0, before - 8), before)):
                continue  # "la Société Coopérative et Participative (SCOP) X", "les Pôles Territoriaux de
                # Coopération Économique (PTCE)": the kind spelt out, no name
            if first is not None and _after_a_kind(text, words, first, announce):
                continue  # "(ACI, AI, EI et ETTI)": a list of kinds, "AI" no name of an EI
            if first is not None and not _kind_words_only(words, first, before, announce):
                found.append(found_by_pattern(text, words, first, before, words[first].start, kind))
    for match in inside.find(words):
        if not words[match.first].capitalised:
            continue
        if not words[match.first].raw.isupper() and announce.match_at(words, match.first) is not None \
                and sentence_start(
                text, words[match.first].start) and match.last + 1 < len(words) \
                and words[match.last + 1].capitalised:
            continue  # "Recyclerie Ti Kaz Réemploi :" opens with its kind word, read above
        if match.last + 1 < len(words) and words[match.last + 1].raw in {"Le", "La", "Les", "L"}:
            continue  # "la Ressourcerie La Petite Rockette": its kind, then its name, read above
        first = name_backward(text, words, match.first, through_a=False) or match.first
        last, k = None, match.last + 1
        if k < len(words) and joined(text, words[k - 1], words[k]) and words[k].key in {"de", "du", "des", "d"}:
            while k < len(words) and words[k].key in {"de", "du", "des", "d", "la", "l"} \
                    and joined(text, words[k - 1], words[k]):
                k += 1  # "La Maison de l'emploi du Thouarsais"
            last = name_forward(text, words, k, through_et=True) if k < len(words) \
                and joined(text, words[k - 1], words[k]) else None
        if last is None:
            last = name_forward(text, words, match.first, through_et=True) or match.last
        last = max(last, match.last)
        capitals = sum(words[i].capitalised for i in range(first, last + 1))
        if capitals >= 2:
            found.append(found_by_pattern(text, words, first, last, words[first].start, match.payload.code))
    # any company, named only in passing ("l'ancienne usine de l'entreprise X"), takes part only with a role word
    return [replace(find, weak=True) if find.context in any_company else find for find in found]
