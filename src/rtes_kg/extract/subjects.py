"""A name no finder knows that opens a sentence after an elided article and carries its verb:
"L'Adess Cornouaille porte le pôle de coopération", "L'Atelier Grain de Sel anime…", or after "Les"
and a plural verb: "Les Fabriques du Ponant animent un fablab" (its article is its name's). The article,
two capitalised words at least and a verb of running something right after them make it a body;
a name that opens with an act ("L'Accompagnement…"), or with the head of a public body or of a
collectivité ("L'Office…", "L'Agglomération…"), is left to the finders that know them.

So is the agent of a participle of running, an acronym or two capitalised words at least: "lieu
ressource porté par l'APES Hauts-de-France", "animé par l'ADESS Cornouaille" (not a person: "animé
par Marie Durand"; nor an acronym that names no body: "porté par l'ESS"), or one word right after
"par" that names no person nor place: "incubateur porté par Ronalpia"; and after "avec", an
acronym with its territory: "avec l'APES Hauts-de-France", "avec l'ADESS Pays de Brest". And the
object of a verb of support, a name that ends on a mark or a preposition: "La Ville soutient Les
Écossolies" (or "les Écossolies"), "finance Baluchon à hauteur de 20 000 €"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.extract import places
from rtes_kg.extract.adjectives import CLAUSE_VERBS
from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.collectivites import collectivite_words
from rtes_kg.extract.cuewords import CARRIED_KEYS, CUES, PARTNER
from rtes_kg.extract.heads import GENERIC_HEADS
from rtes_kg.extract.lexicon import FUNDS, SCHEMES_AND_EVENTS, Token, joined
from rtes_kg.extract.names import (
    BODY_HEADS,
    LOWER_ARTICLES,
    NETWORK_HEADS,
    Found,
    found_by_pattern,
    is_an_act,
    name_forward,
    opens_a_body,
    opens_known_name,
    sentence_start,
    structure_words,
)
from rtes_kg.extract.people import DEMONYM, is_a_given_name, names_a_person
from rtes_kg.extract.subject_verb import ADVERBS, participle_after, past_the_incise, support_noun_after

# Verbs of running the action, as written ("porte", "anime"); not the auxiliaries and "compte",
# which say nothing of who runs it ("L'Économie Sociale et Solidaire compte…")
_TAKEN_OVER = frozenset({"repris", "reprise", "reprises"})  # "dont les missions ont été reprises par Soliha Vienne"
_RUNNING = CLAUSE_VERBS - {"est", "sont", "a", "ont", "compte", "comptent", "réunit", "regroupe"}

# The heads of collectivités and public bodies, known to their own finders
_HEADS_OF_BODIES = BODY_HEADS | {"etablissement", "direction", "observatoire", "universite", "agglomeration", "agglo",
                                 "eurometropole", "europe", "etat"}


def opening_subjects(text: str, words: Sequence[Token]) -> list[Found]:
    found = []
    for index, word in enumerate(words[:-2]):
        first = index + 1
        plural = word.raw == "Les" and words[first].key.endswith(("s", "x"))  # "Les Fabriques du Ponant animent"
        # "Le Relais Est collecte…": an article its name's (not a collectivité's, a place's or a kind's)
        its_own = word.raw in {"Le", "La"} and words[first].key not in _OTHER_FINDERS_HEADS \
            and not opens_a_body(words, first) and not opens_known_name(words, first) \
            and collectivite_words().match_at(words, first) is None \
            and structure_words()[0].match_at(words, first) is None  # (its finder's: "Le CCAS de Strasbourg")
        if not (plural or its_own or word.raw == "L" and text[word.end: word.end + 1] in {"'", "’"}) \
                or not sentence_start(text, word.start) or not words[first].capitalised \
                or is_an_act(words[first].key) or words[first].key in _HEADS_OF_BODIES \
                or plural and (structure_words()[0].match_at(words, first) is not None  # "Les Entreprises adaptées"
                               or words[first].key[:-1] in _HEADS_OF_BODIES):  # "Les Conseils Citoyens": many
            continue
        last = name_forward(text, words, first)
        if last is None or sum(w.capitalised for w in words[first: last + 1]) < 2 or last + 1 >= len(words) \
                or its_own and (places.area_named(text[words[first].start: words[last].end])
                                or any(w.key in SCHEMES_AND_EVENTS for w in words[first: last + 1])):
            continue
        at = _past_a_help(text, words, last + 1)  # "Les Compagnons Bâtisseurs, avec le soutien de la Ville, réalisent"
        helped = at > last + 1  # (the verb after the incise's closing comma)
        many = not plural and not helped and (at := _past_a_second_subject(text, words, at)) > last + 1
        verb = words[at] if at < len(words) else words[last]
        if (verb.raw in _RUNNING or _acted(text, words, at, first, last)) \
                and (helped or joined(text, words[at - 1], verb)) \
                and (not (plural or many) or _a_plural(verb.raw)):
            opening = index if plural or its_own else first  # the plural's article is its name's: "Les Fabriques
            # du Ponant"
            found.append(found_by_pattern(text, words, opening, last, word.start, None))
    return found


def _acted(text: str, words: Sequence[Token], at: int, first: int, last: int) -> bool:
    """Whether "ont" at ``at`` and an active participle say what the name ``first``–``last`` did: "Les
    Compagnons Bâtisseurs Bretagne ont rénové 40 logements" (not an event's: "Les Rencontres de l'ESS
    ont réuni…")."""
    return words[at].raw == "ont" and participle_after(text, words, at) is not None \
        and not any(w.key in SCHEMES_AND_EVENTS for w in words[first: last + 1])


def _past_a_second_subject(text: str, words: Sequence[Token], k: int) -> int:
    """The word after a second subject that "et" adds at ``k``: "L'AFIP Occitanie et l'Adie animent…"
    (that one is its own finders'); ``k`` when none does."""
    if k >= len(words) or words[k].key != "et" or not joined(text, words[k - 1], words[k]):
        return k
    second = _past_articles(words, k + 1)
    last = name_forward(text, words, second) if second < len(words) else None
    return k if last is None or last + 1 >= len(words) else last + 1


def _past_a_help(text: str, words: Sequence[Token], k: int) -> int:
    """The word after an incise of help or of a partner that opens at ``k`` (", avec le soutien de la
    Ville, ", ", en lien avec Euralimentaire, "); ``k`` when none does."""
    if k >= len(words) or text[words[k - 1].end: words[k].start].strip() != "," \
            or support_noun_after(words, k) is None and not _a_partner_s_cue(words, k):
        return k
    after = past_the_incise(text, words, k)
    return after if after < len(words) else k


def _a_partner_s_cue(words: Sequence[Token], k: int) -> bool:
    """Whether a preposition that names a partner opens at ``k``: "en lien avec", "aux côtés de"."""
    return any((cue := CUES.get(tuple(w.key for w in words[k: k + length]))) is not None
               and (cue.role, cue.how) == (PARTNER, "prep") for length in range(1, _PARTNER_CUE_WORDS + 1))


_PARTNER_CUE_WORDS = 4  # "avec le soutien de", "en partenariat avec"


def _a_plural(verb: str) -> bool:
    return verb in {"ont", "sont"} or verb.endswith("ent") and not verb.endswith("ient")  # "animent",
    # "interviennent"; not "intervient"


# The first words of areas, of collectivités' brands and of bodies of no ESS kind, which a capitalised
# article opens without naming an ESS body: "Le Grand Chalon", "Le Pays Basque", "La Banque Postale"
_AREA_HEADS = frozenset({"grand", "grande", "pays", "val", "vallee", "plaine", "bassin", "cote", "haut", "haute",
                         "bas", "basse", "petit", "petite", "nord", "sud", "est", "ouest", "centre", "parc",
                         "syndicat", "caisse", "banque", "poste", "fondation"})
# (and the heads that heads.py names a body by: "La Maison de l'ESS de Lyon" is its "Maison de l'ESS de Lyon")
_OTHER_FINDERS_HEADS = _AREA_HEADS | GENERIC_HEADS | NETWORK_HEADS
# Acronyms of things, not bodies: "porté par l'ESS", "financé par le FSE"
_NOT_BODIES = FUNDS | frozenset({
    "ess", "iae", "siae", "rsa", "qpv", "epci", "tzcld", "dla", "aap", "ami", "cpo", "rse", "pat", "ue", "etat",
    # plans and schemes of a territory: "le SCOT Pays de Brest", "le PLUi Cœur de Savoie"
    "scot", "plu", "plui", "pcaet", "sraddet", "srdeii", "pdi", "pti", "pdie", "pli", "zfu",
    # contracts of a territory with the State: "le CRTE Pays Basque", "la CTG Cœur de Savoie"
    "crte", "ctg", "cte", "cls", "pvd", "acv", "plh"})


def agents_of_running(text: str, words: Sequence[Token]) -> list[Found]:
    found = []
    for index in range(1, len(words) - 1):
        if words[index].key == "avec" or words[index].key in _SUPPORTING \
                or words[index].key in {"a", "au", "aux"} and words[index - 1].key in _SUPPORT_NOUNS \
                or words[index].key == "que" and words[index - 1].key == "ainsi":  # "… ainsi que l'AFEJI Nord"
            adverb = words[index].key in _SUPPORTING and words[index + 1].key in _ADVERBS_OF_FUNDERS
            found += _acronyms_with_their_territory(text, words, index + 1 + adverb)  # "soutient l'ARDES Normandie"
            continue
        if text[words[index - 1].end: words[index].start].strip() == "(" and words[index].raw.isupper():
            found += [f for f in _acronyms_with_their_territory(text, words, index)  # "le pôle de développement de
                      if text[words[f.last].end:].lstrip().startswith(")")  # l'ESS (ADESS Pays de Brest)": its name
                      and words[f.last].capitalised and not opens_known_name(words, index)]  # (not "(INSEE 2021)")
        participle = index - 1 - (index > 1 and words[index - 1].key in ADVERBS)
        if words[index].key != "par" or words[participle].key not in CARRIED_KEYS | _TAKEN_OVER:
            continue  # ("portées notamment par Ronalpia et Alter'Incub": an adverb between them; "reprise par X")
        first = _past_articles(words, index + 1)
        listed = False  # an agent after another: "géré par Ecossolies et Ronalpia"
        if first < len(words) and words[first].key in _HEADS_OF_BODIES and (following := _next_item(
                text, words, first) or _next_item(text, words, name_forward(text, words, first) or first)):
            first, listed = _past_articles(words, following), True  # "porté par la Métropole et l'ADESS X"
        if first >= len(words) or not words[first].capitalised or is_an_act(words[first].key) \
                or words[first].key in _HEADS_OF_BODIES | _NOT_BODIES \
                or structure_words()[0].match_at(words, first) is not None:  # "la SCOP X": its kind's finder's
            continue
        while (last := name_forward(text, words, first)) is not None:
            acronym = len(words[first].raw) >= 3 and words[first].raw.isupper()
            if not (acronym or sum(w.capitalised for w in words[first: last + 1]) >= 2
                    or _one_word(text, words, first, last) and _a_bare_name(words, first, listed)) \
                    or names_a_person(text[words[first].start: words[last].end]):
                break
            # "géré par les Écossolies": the body "Les Écossolies", its article in its name
            opening = first - (not listed and words[first - 1].raw == "les" and not words[first].raw.isupper())
            cand = found_by_pattern(text, words, opening, last, words[opening].start, None)
            found.append(replace(cand, name=cand.name[:1].upper() + cand.name[1:]))
            following = _next_item(text, words, last)  # "géré par Alsace Active, Lorraine Active et …": each
            if following is None:
                break
            first, listed = following, True
            if words[first].key in _HEADS_OF_BODIES | _NOT_BODIES or structure_words()[0].match_at(words, first):
                break
    return found


def objects_of_support(text: str, words: Sequence[Token]) -> list[Found]:
    """The bodies a verb of support names right after it, with no kind word: "La Ville soutient Les
    Écossolies", "finance Baluchon à hauteur de 20 000 €", "subventionne Emmaüs Laval et Récup'R"; so
    does "avec", with two capitalised words at least ("en lien avec Agglopolys" may name a collectivité,
    "avec l'Initiative citoyenne du quartier" none; "avec les Écossolies", a plural name, is one) (not a
    person, a place, a collectivité or public body by its head, a scheme or an event: "soutient Marie
    Durand", "finance Laval", "soutient la Maison…"; whose support it is, the roles say)."""
    found = []
    for index in range(len(words) - 1):
        # and a companion's name right after "avec", as bare: "a mis en place avec Atlantique Ressources un
        # service" (its role, the cue's)
        # and after a noun of support and "à": "Soutien à Kiosque Paysan, magasin de producteurs" (two words)
        companion = words[index].key == "avec" or words[index].key in {"a", "au"} and index >= 1 \
            and (words[index - 1].key in _SUPPORT_NOUNS or words[index - 1].key in _ENTRUSTED)  # "a confié à Soliha X"
        if words[index].key not in _SUPPORTING and not companion:
            continue
        first = index + 1 + (words[index + 1].key in _ADVERBS_OF_SUPPORT)
        # "soutient les Écossolies": a plural name, its article its own (not "les Nantais")
        article = first + 1 < len(words) and words[first].raw == "les" and _a_bare_name(words, first + 1, True) \
            and words[first + 1].key.endswith(("s", "x")) and not DEMONYM.fullmatch(words[first + 1].key)
        first += article
        if first >= len(words) or not words[first].capitalised or not joined(text, words[first - 1], words[first]) \
                or words[first].raw.isupper() and len(words[first].raw) < 3:
            continue
        while (last := name_forward(text, words, first)) is not None:
            name = text[words[first].start: words[last].end]
            if is_an_act(words[first].key) or words[first].key in _HEADS_OF_BODIES | _NOT_BODIES | MEMBER_WORDS \
                    or collectivite_words().match_at(words, first) is not None \
                    or any(w.key in SCHEMES_AND_EVENTS for w in words[first: last + 1]) \
                    or structure_words()[0].match_at(words, first) is not None or names_a_person(name) \
                    or article and _a_kind_in_the_plural(words, first) \
                    or companion and not article and sum(w.capitalised for w in words[first: last + 1]) < 2 \
                    or last == first and not _a_bare_name(words, first, True) \
                    or places.communes_named(name) or places.area_named(name) \
                    or not _name_ends(text, words, last, companion):
                break
            opening = first - article
            cand = found_by_pattern(text, words, opening, last, words[opening].start, None)
            found.append(replace(cand, name=cand.name[:1].upper() + cand.name[1:]))
            article = False
            following = _next_item(text, words, last)  # "subventionne Emmaüs Laval et Récup'R": each
            if following is None:
                break
            first = _past_articles(words, following)
    return found


def _a_kind_in_the_plural(words: Sequence[Token], first: int) -> bool:
    """Whether the plural words at ``first`` name a kind, not a body: "soutient les Pôles Territoriaux
    de Coopération Économique"."""
    return structure_words()[0].match_in_the_plural(words, first) is not None


def _name_ends(text: str, words: Sequence[Token], last: int, companion: bool = False) -> bool:
    """Whether the name that ends at ``last`` ends there: a mark, the text's end or a preposition
    follows it ("soutient Baluchon à hauteur de…"; not "soutient Territoires zéro chômeur": a
    scheme's name goes on in lower case); after a companion's "avec", the object of the verb before
    it may follow too: "a créé avec Atlantique Ressources un service"."""
    return last + 1 >= len(words) or not joined(text, words[last], words[last + 1]) \
        or words[last + 1].key in _AFTER_A_NAME or companion and words[last + 1].raw in _OBJECT_ARTICLES


_AFTER_A_NAME = frozenset({"a", "au", "aux", "depuis", "pour", "dans", "en", "et", "avec", "qui", "de", "du", "des",
                           "sur", "lors", "via", "ainsi", "afin", "grace", "chaque", "jusqu", "ou", "par"})
_OBJECT_ARTICLES = frozenset({"un", "une", "des", "le", "la", "les", "l"})
# Verbs of support, as folded ("soutient", "a financé"), and the adverbs that may stand before their object
_SUPPORTING = frozenset({"soutient", "soutiennent", "soutenu", "finance", "financent", "subventionne", "subventionnent",
                         "cofinance", "cofinancent", "accompagne", "accompagnent", "appuie", "appuient"})
_SUPPORT_NOUNS = frozenset({"soutien", "subvention", "subventions", "aide", "appui"})  # "Soutien à l'ARDES Normandie"
_ENTRUSTED = frozenset({"confie", "confiee", "confies", "confiees"})
_ADVERBS_OF_SUPPORT = frozenset({"aussi", "egalement", "notamment", "financierement"})
_ADVERBS_OF_FUNDERS = _ADVERBS_OF_SUPPORT | {"ensemble", "conjointement"}  # before an acronym: "financent ensemble
# l'ADESS Cornouaille" (not before any name: "financent conjointement Le Labo…, un dispositif": a scheme)
_LIST_GAP = re.compile(r"\s*,\s*")


def _acronyms_with_their_territory(text: str, words: Sequence[Token], first: int) -> list[Found]:
    """The bodies after "avec" named by an acronym and their territory: "organisé avec l'APES
    Hauts-de-France", "avec l'ADESS Pays de Brest et l'ADESS Cornouaille" (an acronym alone may name
    a scheme: "avec le SRDEII"; nor is a plan's a body: "avec le SCOT Pays de Brest")."""
    found: list[Found] = []
    for _ in range(_LIST_MAX):  # (items walked, collectivités among them: a bounded walk)
        first = _past_articles(words, first)
        # a collectivité is its kind's finder's ("l'EPT Est Ensemble", "la CA Grand Paris Sud"); the
        # list goes on after it
        collectivite = first < len(words) and collectivite_words().match_at(words, first) is not None
        if first + 1 >= len(words) or not collectivite and (
                len(words[first].raw) < 3 or not words[first].raw.isupper() or words[first].key in _NOT_BODIES
                or structure_words()[0].match_at(words, first) is not None):
            break
        last = name_forward(text, words, first)
        if last is None or not collectivite and (
                last == first or names_a_person(text[words[first + 1].start: words[last].end])):
            break
        if not collectivite:
            found.append(found_by_pattern(text, words, first, last, words[first].start, None))
        following = _next_item(text, words, last)  # "…, l'ADESS Cornouaille et l'URIOPSS Bretagne": each
        if following is None:
            break
        first = following
    return found


_LIST_MAX = 8


def _past_articles(words: Sequence[Token], first: int) -> int:
    while first < len(words) and words[first].key in LOWER_ARTICLES and not words[first].capitalised:
        first += 1
    return first


def _next_item(text: str, words: Sequence[Token], last: int) -> int | None:
    """The first word of the list's item after the name that ends at ``last``, past ", " or "et"
    (and "et"'s article: "et l'ADESS Cornouaille"); None when no item follows."""
    following = last + 1
    if following + 1 >= len(words):
        return None
    if _LIST_GAP.fullmatch(text, words[last].end, words[following].start):
        return following
    after_et = words[following + 1]
    if words[following].key == "et" and (after_et.capitalised or after_et.key in LOWER_ARTICLES):
        return following + 1
    return None


def _one_word(text: str, words: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name from ``first`` to ``last`` is written as one word, maybe with its
    département's number: "Ronalpia", "Optim'ism", "Idées 35" (not "Marie Durand")."""
    last -= last > first and words[last].raw.isdigit() and len(words[last].raw) <= 3
    return not any(c.isspace() for c in text[words[first].start: words[last].end])


def _a_bare_name(words: Sequence[Token], first: int, listed: bool) -> bool:
    """Whether the one word at ``first``, right after "par" or listed after another agent, may name
    a body: "porté par Ronalpia" (not "animé par Julie", "porté par Lyon": a person, a place)."""
    word = words[first]
    plural = words[first - 1].raw == "les" and first >= 2 and words[first - 2].key == "par" \
        and word.key.endswith(("s", "x")) and not DEMONYM.fullmatch(word.key)  # "par les Écossolies", not "les Nantais"
    return (listed or words[first - 1].key == "par" or plural) and len(word.key) >= 4 \
        and not is_a_given_name(word.raw) and not places.communes_named(word.raw) and not places.area_named(word.raw)


