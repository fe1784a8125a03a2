"""Where a name announced by its kind word ends when it goes on in lower case: up to its acronym
("la SCIC Énergies citoyennes en Pays de Vilaine (EPV)"), a word before a parenthesis ("la SCIC Le
Champ commun (Augan)"), up to the verb of its clause ("l'EBE Ensemble vers l'emploi emploie…"); and
public bodies written with their acronym and long name (``spelt_out``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rtes_kg.extract.adjectives import (
    ADVERB_PHRASE_NOUNS,
    CLAUSE_VERBS,
    LIGHT_VERBS,
    NOT_WORDS_OF_A_NAME,
    PLACE_NOUNS,
    TIME_NOUNS,
    a_complement,
    adjective_tail,
    an_incise_opens,
    closes_an_object,
    verb_with_object,
)
from rtes_kg.extract.lexicon import OF_WORDS, POSSESSIVES, SCHEMES_AND_EVENTS, Token, joined, verb_prefix_at
from rtes_kg.extract.sentence_case import given_to, sentence_case_tail
from rtes_kg.parse.naming import unaccented

# Words an acronym leaves out: "Énergies citoyennes en Pays de Vilaine" is EPV.
# Words an acronym gives no letter of: "Aide à domicile en milieu rural" (ADMR)
SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "e", "y", "et", "en", "a", "au", "aux"})
_TAIL_WORDS = 6
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def lower_case_tail(text: str, words: Sequence[Token], first: int, last: int,
                    kind_first: int | None = None) -> int:
    """The last word of a name announced by its kind that goes on in lower case: up to its acronym
    in parentheses ("la SCIC Énergies citoyennes en Pays de Vilaine (EPV)", the acronym's letters
    among the words' initials), or one word before a parenthesis ("la SCIC Le Champ commun (Augan)"),
    or one word that what follows shows to be the name's own (``adjective_tail``; ``kind_first`` is
    where the kind word stands)."""
    if verb_prefix_at(text, words, last + 1):
        return last  # "l'association ESS 17 co-anime le club": a verb's prefix, no word of the name
    spelt = acronym_tail(text, words, first, last)
    if spelt > last:
        return spelt
    before_verb = _tail_before_verb(text, words, last, kind_first)
    if before_verb > last:
        return before_verb
    if kind_first is not None and (sentence_case := sentence_case_tail(text, words, first, last, kind_first)) > last:
        return sentence_case  # "l'association Culture et liberté, …", "l'association Un toit pour tous."
    if kind_first is not None and last + 1 < len(words) and words[last + 1].raw not in CLAUSE_VERBS | LIGHT_VERBS \
            and adjective_tail(text, words, kind_first, last) > last:
        # "l'association Atelier vert répare…" (not "l'association Emmaüs accueille…"), and on in sentence
        # case: "l'association Solidarités nouvelles pour le logement"
        return sentence_case_tail(text, words, first, last + 1, kind_first)
    gap = text[words[last + 1].end: words[last + 1].end + 3] if last + 1 < len(words) else ""
    if last + 1 < len(words) and words[last + 1].raw[:1].islower() and len(words[last + 1].raw) > 2 \
            and joined(text, words[last], words[last + 1]) and gap.lstrip(" ").startswith("("):
        return last + 1
    return last


def _tail_before_verb(text: str, words: Sequence[Token], last: int, kind_first: int | None = None) -> int:
    """The last word of a name that goes on in lower case from a preposition up to the verb of its
    clause: "l'EBE Ensemble vers l'emploi emploie…", "l'association Tous en selle anime…" (not
    "l'association X pour son projet, …": no verb ends it); else ``last``."""
    k = last + 1
    if k < len(words) and words[k].key not in _TAIL_OPENERS and joined(text, words[last], words[k]):
        return _place_tail_before_verb(text, words, last, kind_first)
    if k >= len(words) or words[k].key not in _TAIL_OPENERS or not joined(text, words[last], words[k]):
        return last
    j = k + 1
    subject = kind_first is not None and not a_complement(text, words, kind_first)
    while j < len(words) and j - k < _TAIL_WORDS - 2 and joined(text, words[j - 1], words[j]) \
            and words[j].raw[:1].islower() and words[j].raw not in CLAUSE_VERBS and words[j].key not in _CLAUSE_WORDS \
            and not (subject and j > k + 1 and _a_verb_after_nouns(words, k, j)):
        j += 1
    tail = words[k + 1: j]
    if any(w.key in _ADVERB_NOUNS | ADVERB_PHRASE_NOUNS | _POSSESSIVES | PLACE_NOUNS | TIME_NOUNS
           or w.key.endswith("ieme") for w in tail) \
            or any(w.key in {"tous", "toutes"} and after.key in _ARTICLES for w, after in zip(tail, tail[1:])):
        return last  # "L'association Alpha pour sa part anime…", "Alpha en effet anime…": an adverb's phrase;
        # "Alpha dans le quartier", "en centre-ville", "pour la troisième année", "pour tous les publics anime…"
    # after an article, a verb's form is a noun: "l'association Envie pour la collecte des appareils"
    ends = j > k + 1 and j < len(words) and joined(text, words[j - 1], words[j]) and words[j - 1].key not in _ARTICLES \
        and (words[j].raw in CLAUSE_VERBS or subject and _a_verb_after_nouns(words, k, j))
    if ends or (j > k + 1 and j < len(words) and _a_subject_s_tail_before_its_incise(text, words, k, j, kind_first)):
        return j - 1
    return last


def _a_verb_after_nouns(words: Sequence[Token], opener: int, j: int) -> bool:
    """Whether the word at ``j`` is a verb with its object after a subject's tail of words with no
    article or preposition: "l'association Cycles pour tous répare des vélos" (not "soutient
    l'association X sans pour autant financer ses…": an object's phrase)."""
    tail = {word.key for word in words[opener + 1: j]}
    return tail.isdisjoint(_ARTICLES | _TAIL_OPENERS | _PREPOSITIONS) and verb_with_object(words, j)


def _a_subject_s_tail_before_its_incise(text: str, words: Sequence[Token], opener: int, after: int,
                                        kind_first: int | None) -> bool:
    """Whether the words from the preposition at ``opener`` up to the incise that opens at ``after``
    are the name's: "L'association Fabrique en commun, qui…" (a subject, a noun or two with no article);
    not an object's complement, which says what the member helps it for ("soutient l'association Alpha
    pour son projet, qui…", "finance la SCOP Alpha en fonctionnement, qui…"), nor an adverb's phrase
    ("L'association Alpha sur place, qui…")."""
    tail = words[opener + 1: after]
    return kind_first is not None and after - opener <= 3 and an_incise_opens(text, words, after - 1, after) \
        and not closes_an_object(text, words, kind_first, after - 1) \
        and all(word.key not in _ARTICLES | _ADVERB_NOUNS | ADVERB_PHRASE_NOUNS for word in tail)


def _place_tail_before_verb(text: str, words: Sequence[Token], last: int, kind_first: int | None) -> int:
    """The last word of a name that goes on with a word or two in lower case, and maybe its place, up
    to the verb of its clause: "la SCIC Bois énergie du Ségala approvisionne…", "la SCOP Menuiserie
    solidaire emploie…" (not "la SCIC X fournit l'électricité des Halles": an article is no name's
    noun); else ``last``."""
    j = last + 1
    while j < len(words) and j - last <= 2 and words[j].raw[:1].islower() and joined(text, words[j - 1], words[j]) \
            and words[j].key not in OF_WORDS and words[j].key not in _ARTICLES and words[j].raw not in CLAUSE_VERBS \
            and words[j].key not in _CLAUSE_WORDS and words[j].key not in _TAIL_OPENERS \
            and words[j].key not in _PREPOSITIONS and words[j].raw not in LIGHT_VERBS:
        j += 1
    if j > last + 1 and j < len(words) and _verb_of_the_clause(text, words, j) \
            and joined(text, words[j - 1], words[j]) and not _ADVERBS & {w.key for w in words[last + 1: j]}:
        return j - 1  # "la SCOP Menuiserie solidaire emploie…", "l'association Atelier mécanique solidaire répare des…"
    if j >= len(words) or words[j].key not in OF_WORDS or not joined(text, words[j - 1], words[j]):
        return last
    k = j + 1
    while k < len(words) and k - j <= 3 and words[k].capitalised and joined(text, words[k - 1], words[k]):
        k += 1
    if k == j + 1:
        return _lower_complement_before_verb(text, words, j, last, kind_first)
    ends = j > last + 1 and k < len(words) and joined(text, words[k - 1], words[k]) and words[k].raw in CLAUSE_VERBS
    return k - 1 if ends else last


def _verb_of_the_clause(text: str, words: Sequence[Token], index: int) -> bool:
    """A verb of the clause, its object right after it ("répare des vélos"; not "panneaux solaires
    ; la Ville…": a clause ends there)."""
    return words[index].raw in CLAUSE_VERBS | LIGHT_VERBS or verb_with_object(words, index) \
        and joined(text, words[index], words[index + 1])


def _lower_complement_before_verb(text: str, words: Sequence[Token], of: int, last: int,
                                  kind_first: int | None) -> int:
    """The last word of a name whose complement is one lower-case noun, when the verb of its clause
    or an incise about it follows it at once: "la SCOP Menuiserie du bocage a été reprise…", "le café
    Le Grain de sel propose…", "la SCIC La Pomme d'or, qui presse…", and when the name is an object
    that the sentence's end, "en" or "à" closes: "finance la SCIC La Pomme d'or." (not "la SCOP X du
    quartier a…": a place's common noun says where it is, not its name; nor "aide l'association X
    d'urgence en 2020": an adverb's phrase); else ``last``."""
    if words[of].key in {"du", "des"} and kind_first is not None and given_to(words, kind_first):
        return last  # "apporte à l'association Les Amis du Bourg des conseils": partitive, what it is given
    noun = of + 1
    elided = _elided_article(text, words, of)  # "La Fabrique de l'emploi", "Le Relais de l'entraide"
    noun += elided
    if noun >= len(words) or not joined(text, words[of], words[of + 1]) \
            or not joined(text, words[noun - 1], words[noun]):
        return last
    token = words[noun]
    shortest = 2 if words[of].key == "d" else 3  # "la SCIC La Pomme d'or transforme…" (not "du y")
    if not (token.raw[:1].islower() and token.raw.isalpha() and len(token.raw) >= shortest) \
            or token.key in _ARTICLES | OF_WORDS | _ADVERB_NOUNS or token.raw in CLAUSE_VERBS:
        return last
    if token.key in PLACE_NOUNS and (words[of].key != "de" or elided):
        return last  # "du quartier", "de l'agglomération" say where; "de quartier", with no article, what kind
    if noun + 1 < len(words) and joined(text, token, words[noun + 1]) and _verb_of_the_clause(text, words, noun + 1):
        return noun
    after = noun + 1  # and one more noun: "l'association intermédiaire Trait d'union emploi met à disposition…"
    more = _one_more_noun(text, words, noun)
    if more and after + 1 < len(words) and joined(text, words[after], words[after + 1]) \
            and _verb_of_the_clause(text, words, after + 1):
        return after
    if of > last + 1:
        return last  # a phrase of its own after the name: "aide l'association X par des prêts, qui…"
    if noun + 1 < len(words) and (an_incise_opens(text, words, noun, noun + 1) or _a_place_after(text, words, noun)):
        return noun  # (and "l'association Le Jardin des saveurs de l'agglomération": where it is, after its name)
    if more and (after + 1 < len(words) and an_incise_opens(text, words, after, after + 1)
                 or kind_first is not None and closes_an_object(text, words, kind_first, after)):
        return after  # "soutient l'association Coup de pouce emploi, qui…"
    return noun if kind_first is not None and closes_an_object(text, words, kind_first, noun) else last


def _one_more_noun(text: str, words: Sequence[Token], noun: int) -> bool:
    """Whether a lower-case noun or adjective of the name follows the complement's noun at ``noun``
    (no verb, no word of a clause): "Trait d'union emploi", "Coup de pouce emploi"."""
    after = noun + 1
    return after < len(words) and joined(text, words[noun], words[after]) and words[after].raw.isalpha() \
        and words[after].raw[:1].islower() and len(words[after].raw) > 2 \
        and words[after].key not in NOT_WORDS_OF_A_NAME | ADVERB_PHRASE_NOUNS and not verb_with_object(words, after) \
        and words[after].raw not in CLAUSE_VERBS | LIGHT_VERBS


def _elided_article(text: str, words: Sequence[Token], of: int) -> int:
    """1 when "de" at ``of`` is followed by the elided article "l'" ("de l'emploi"), else 0."""
    return int(words[of].key == "de" and of + 2 < len(words) and words[of + 1].key == "l"
               and text[words[of + 1].end: words[of + 1].end + 1] in {"'", "’"})


def _a_place_after(text: str, words: Sequence[Token], noun: int) -> bool:
    """Whether the words after ``noun`` say where the structure is, with a place's common noun and its
    article: "de l'agglomération grenobloise", "du quartier", "de la ville"."""
    k = noun + 1
    if k + 1 >= len(words) or words[k].key not in OF_WORDS or not joined(text, words[noun], words[k]):
        return False
    k += 1
    if words[k].key in {"la", "l"} and k + 1 < len(words) and words[k - 1].key == "de":
        k += 1
    elif words[k - 1].key == "de":
        return False  # "de quartier": a kind, no place
    return words[k].key in PLACE_NOUNS and words[k].raw[:1].islower()


# Nouns of the adverbs' phrases "de N", "d'N": "aide l'association X d'urgence", "de nouveau"
_ADVERB_NOUNS = frozenset("urgence abord ailleurs office nouveau suite concert droit loin pres plus moins fait "
                          "facto rigueur coutume habitude facon maniere".split())


_ARTICLES = frozenset({"l", "la", "le", "les", "un", "une", "des", "du", "de", "d", "son", "sa", "ses", "leur",
                       "leurs", "ce", "cet", "cette", "ces", "chaque", "plusieurs"})  # (not "tous": "X pour tous")
_ADVERBS = frozenset({"aussi", "egalement", "desormais", "notamment", "deja", "toujours", "enfin", "ainsi",
                      "aujourd", "hui", "actuellement", "elle", "il", "elles", "ils", "meme", "qui", "depuis"})
_POSSESSIVES = POSSESSIVES | {"notre", "nos"}  # ("pour notre part")
_TAIL_OPENERS = frozenset({"vers", "pour", "en", "au", "aux", "sans", "sur", "contre", "dans"})
# Prepositions after a lower-case word: its verb's complement, no name's ("Vélo Cité met à disposition…")
_PREPOSITIONS = frozenset({"a", "par", "avec", "chez", "entre", "sous", "selon", "parmi", "aupres", "malgre",
                           "grace", "jusqu", "depuis", "pendant", "apres", "avant", "envers"})
# Words that open another clause, not a name's tail: "Les Amis du Marais et y a pris…", "… qui a…"
_CLAUSE_WORDS = frozenset({"y", "en", "lui", "leur", "se", "s", "ne", "n", "qui", "que", "qu", "et", "ou", "dont",
                           "charge", "partenariat", "lien", "cours"})


def acronym_tail(text: str, words: Sequence[Token], first: int, last: int) -> int:
    """The last word of a name that goes on in lower case up to its acronym in parentheses, the
    acronym's letters among the words' initials: "la Communauté de communes de l'Ouest guyanais
    (CCOG)"; else ``last``."""
    k = last + 1
    while k < len(words) and k - last <= _TAIL_WORDS and joined(text, words[k - 1], words[k]) \
            and words[k].raw[:1].isalpha() and not words[k].raw.isupper():
        k += 1
    acronym = _ACRONYM_AFTER.match(text, words[k - 1].end) if k > last + 1 else None
    return k - 1 if acronym and initials_hold(acronym.group(1), words[first: k]) else last


def initials_hold(acronym: str, name: Sequence[Token]) -> bool:
    """Whether the acronym's letters are, in order, initials of the name's words, the first and the
    last among them ("EPV": Énergies citoyennes en Pays de Vilaine), and few words left out; an
    acronym in the name gives all its letters ("ARESS": Agence régionale pour l'ESS)."""
    initials = [letter for w in name if w.key not in SMALL_WORDS
                for letter in (w.key if len(w.raw) > 1 and w.raw.isupper() else _initial(w.raw))]
    letters = [letter.lower() for letter in acronym]
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    if len(initials) > len(letters) + 2:
        return False  # "Pistes Solidaires l'animation du Point information jeunesse (PIJ)": two names
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)


_SYLLABIC = 5  # letters of an acronym made of syllables at least: "SYVADE", "SOLIDEO" (not "PAT")
# The heads of schemes, no bodies, spelt out after their acronym: "le PAT (Projet alimentaire territorial)"
_SCHEME_HEADS = frozenset({"projet", "plan", "programme", "schema", "contrat", "dispositif", "fonds", "pacte", "appel"})


def _syllables_hold(acronym: str, keys: Sequence[str], left_out: int = 1) -> bool:
    """Whether the acronym is the first letters of the words, in order, one or more of each: "SYVADE" for
    "Syndicat de valorisation des déchets de Guadeloupe" (sy-va-de), "SOLIDEO" for "Société de livraison des
    ouvrages olympiques"; small words may give none, and ``left_out`` other words at the end. Each (letter,
    word) pair is tried once: a hostile long name of small words stays linear."""

    @functools.cache
    def holds(letter: int, word: int) -> bool:
        if letter == len(acronym):
            return sum(key not in SMALL_WORDS for key in keys[word:]) <= left_out
        if word == len(keys):
            return False
        key = keys[word]
        return key in SMALL_WORDS and holds(letter, word + 1) or any(
            key.startswith(acronym[letter: letter + length]) and holds(letter + length, word + 1)
            for length in range(min(len(acronym) - letter, len(key)), 0, -1))

    return holds(0, 0)


def _initial(word: str) -> str:
    return unaccented(word[:1]).lower()


# Heads of the names of public bodies, which a fiche writes with their acronym ("le SDEHG (Syndicat
# départemental d'énergie de la Haute-Garonne)", "l'Agence française de développement (AFD)"); not
# "fonds": "le Fonds régional d'innovation sociale (FRIS)" is a scheme, no body.
_PUBLIC_HEADS = frozenset({"agence", "syndicat", "office", "etablissement", "institut", "direction", "caisse",
                           "observatoire", "universite", "commissariat", "conservatoire"})
# and the words that make such a head public ("l'APEAS (Agence Provençale pour une Économie
# Alternative et Solidaire)" is an association)
_PUBLIC_MARKS = frozenset({"public", "publique", "national", "nationale", "departemental", "departementale",
                           "regional", "regionale", "intercommunal", "intercommunale", "francais", "francaise",
                           "etat", "interministeriel", "interministerielle", "mixte"})
_EXPANDED = re.compile(r"\s*\(([^()\n]{6,90})\)")


def spelt_out(text: str, words: Sequence[Token]) -> list[tuple[int, int, str, bool]]:
    """(first, last, long name, public) of each body written with its acronym, the acronym's
    letters initials of the long name's words: "SDEHG (Syndicat départemental…)" and "Agence
    française de développement (AFD)", the span holding both; a body that is not public only as
    the acronym then its long name: "l'APES (Acteurs pour une économie solidaire)"."""
    found = []
    for index, word in enumerate(words):
        raw = word.raw
        capitals = _CAPITALS_THEN_A_TAIL.fullmatch(raw)  # "ADABio": its capitals are the acronym
        if not (2 <= len(raw) <= 8 and raw.isalpha() and (raw.isupper() or capitals)) \
                or index > 0 and words[index - 1].key in SCHEMES_AND_EVENTS:
            continue  # (not "l'action ACTESS (Animation et Coopérations Territoriales ESS)": a scheme)
        letters = capitals.group(1) if capitals else raw
        expansion = _EXPANDED.match(text, word.end)  # the acronym, then its long name
        if expansion is not None:
            inner = [k for k in range(index + 1, min(len(words), index + 16)) if words[k].end <= expansion.end(1)]
            name = words[inner[0]: inner[-1] + 1] if inner else []
            if name and (initials_hold(letters, name) or len(letters) >= _SYLLABIC and _syllables_hold(
                    letters.lower(), [w.key for w in name])) and (_public(name) or name[0].capitalised) \
                    and name[0].key not in _SCHEME_HEADS:
                found.append((index, inner[-1], expansion.group(1).strip(), _public(name)))
            continue
        before = text[max(0, word.start - 2): word.start]
        if before.rstrip().endswith("(") and index > 0 and not capitals:  # the long name, then its acronym
            head = next((k for k in range(index - 1, max(-1, index - 12), -1) if words[k].key in _PUBLIC_HEADS
                         and words[k].raw[:1].isupper()), None)
            if head is not None and _public(words[head: index]) and initials_hold(raw, words[head: index]):
                found.append((head, index - 1, text[words[head].start: words[index - 1].end], True))
            elif (head := _titled_before(words, index)) is not None:  # "Le Groupe Solidarité Nord Insertion (GSNI)"
                found.append((head, index - 1, text[words[head].start: words[index - 1].end], False))
    return found


def _titled_before(words: Sequence[Token], acronym: int) -> int | None:
    """The first word of a body's long name in title case right before its acronym, every capital an
    initial of it, its head a body's: "le Groupe Solidarité Nord Insertion (GSNI)" (not "le Plan Local de
    l'Habitat (PLH)": a scheme's)."""
    capitals = [k for k in range(acronym - 1, max(-1, acronym - 10), -1) if words[k].capitalised]
    first = next((k for k in capitals if words[k].key in _TITLED_HEADS), None)
    if first is None or any(not (words[k].capitalised or words[k].key in SMALL_WORDS) for k in range(first, acronym)):
        return None
    initials = "".join(words[k].raw[0] for k in range(first, acronym) if words[k].capitalised)
    return first if initials.upper() == words[acronym].raw else None


_TITLED_HEADS = frozenset({"groupe", "groupement", "federation", "union", "collectif", "reseau", "cooperative",
                           "mouvement", "comite", "compagnie", "association", "atelier", "ateliers"})


_CAPITALS_THEN_A_TAIL = re.compile(r"([A-ZÀ-Ý]{3,})[a-zà-ÿ]{1,3}")


def _public(name: Sequence[Token]) -> bool:
    return name[0].key in _PUBLIC_HEADS and any(word.key in _PUBLIC_MARKS for word in name[1:])
