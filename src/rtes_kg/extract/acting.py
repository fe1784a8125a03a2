"""A structure that opens its sentence and acts there with the member's support, the subject of a
verb of its own and a support clause after it: "La SCOP X a rénové 14 logements, avec le soutien de
la Ville". It carries the action the member supports. (Not "X emploie 10 salariés ; la Ville met à sa
disposition un terrain": the member's own clause gives to it, as to what it supports; roles.py still
makes a structure that opens its sentence at work of its own the carrier: ``acts_on_its_own``.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.adjectives import verb_with_object
from rtes_kg.extract.amount_phrases import AMOUNT_WORDS
from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import a_member_word, boundary
from rtes_kg.extract.coagents import member_among_agents
from rtes_kg.extract.cuewords import SUPPORT_NOUNS
from rtes_kg.extract.lexicon import OF_WORDS, SENTENCE_BREAK, Token
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.subject_verb import (
    ADVERBS,
    APPOSITION_ARTICLES,
    RECEIVING,
    SUPPORT_ARTICLES,
    agent_after_given,
    an_active_participle,
    helped_before,
    it_receives,
    its_verb,
    listed_subject,
    past_the_incise,
    support_noun_after,
    supported_by_no_one_named,
)
from rtes_kg.extract.whose import KIND_ADJECTIVES, adjective_names_member


def acts_with_member_support(text: str, words: Sequence[Token], spans: Spans, n: int,
                             is_member: Callable[[int], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the name ``n`` (with its kind word and article) opens its sentence, a verb of its own
    follows it, active ("a rénové", "ont ouvert", "répare des vélos"; not "a été labellisée"), past
    an incise of support or of its founding, and a support clause of the member's follows in its
    sentence (``is_member`` tells a name of the member, ``names_member`` its kind word); or its incise
    says what it runs and its verb what it receives from the member: "L'association X, qui gère le
    jardin partagé, a reçu 20 000 € de la Ville"."""
    received = _received_after_its_work(text, words, spans, n)
    if received is not None:
        return _the_member_s_gift(text, words, spans, received + 1, is_member, names_member)
    if its_verb(text, words, spans, n) is None:
        return False
    helped = helped_before(text, words, listed_subject(text, words, spans, n)[0])
    if helped is not None:  # "Grâce au soutien de la Ville, l'association X a ouvert une recyclerie"
        return _the_member_after(words, spans, helped + 1, is_member, names_member)
    for j in range(spans[n][1] + 1, len(words) - 1):  # (in an incise before the verb too)
        if SENTENCE_BREAK.search(text, words[j - 1].end, words[j].start) and not _it_goes_on(text, words, j):
            return False
        noun = support_noun_after(words, j)
        if noun is not None:
            return _its_giver_the_member(words, spans, noun, is_member, names_member)
        agent = agent_after_given(words, j)
        if agent is not None and (_of_the_plural_before(text, words, j) or _of_a_name_after(text, words, spans, j, n)):
            continue  # "X a accordé des garanties aux entreprises soutenues par la CUD": theirs, not X's; "X a
            # transmis son activité à la SCIC Y, soutenue par la Ville": Y's
        if agent is not None and _the_member_after(words, spans, agent, is_member, names_member) \
                or supported_by_no_one_named(text, words, j):
            return True  # "L'épicerie X, accompagnée par la Ville, accueille…", "…, dans un local prêté par la Ville",
            # "Les Restos du Cœur du Nord, soutenus à hauteur de 150 000 €, ont distribué…": the member's, unsaid
        if it_receives(words, j) and _the_member_s_gift(text, words, spans, j + 1, is_member, names_member):
            return True  # "X répare des véhicules ; il bénéficie d'une subvention municipale"
    return False


def _of_a_name_after(text: str, words: Sequence[Token], spans: Spans, j: int, n: int) -> bool:
    """Whether the participle at ``j`` follows a comma right after a name past the subject ``n`` (and
    the names listed with it), which it is apposed to: "… à la SCIC Y, soutenue par la Ville" (not
    "L'association X, soutenue par…", "Les associations A et B, soutenues par…")."""
    return j > 0 and text[words[j - 1].end: words[j].start].strip() == "," and spans.owner(j - 1) is not None \
        and j - 1 > listed_subject(text, words, spans, n)[1]


def _of_the_plural_before(text: str, words: Sequence[Token], j: int) -> bool:
    """Whether the participle at ``j``, in the plural, agrees with the plural noun right before it
    ("aux entreprises soutenues par", "des jeunes accompagnés par"; not "sont soutenues par", nor what is
    lent to the name: "dans des locaux prêtés par la Ville")."""
    before = words[j - 1] if j else None
    return before is not None and words[j].raw.endswith("s") and not words[j].key.startswith("prete") \
        and before.raw.isalpha() and before.raw.islower() \
        and before.raw.endswith(("s", "x")) and before.key not in _NOT_NOUNS and text[before.end: words[j].start] == " "


_NOT_NOUNS = frozenset({"sont", "ont", "etes", "avons", "tous", "toutes", "toujours", "tres", "plus", "desormais",
                        "jamais", "pas", "alors", "depuis", "puis", "mais", "ainsi", "aussi"})


def supported_right_after_it(text: str, words: Sequence[Token], spans: Spans, n: int,
                             is_member: Callable[[int], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the member's support is said right after the name ``n``: in an apposition, "animés par
    Les Ateliers du Littoral, une entreprise d'insertion soutenue par la CUD", or after "avec", "organisé
    par l'association X avec le soutien de la Ville" (not "X, qui gère…": a clause of its own; nor
    "…, une SCIC soutenue par la Région" in a commune's fiche). A participle right after the name is
    read elsewhere, with the verb it may come before (``acts_with_member_support``)."""
    k = spans[n][1] + 1
    if k < len(words) and not _PARTED.search(text, words[k - 1].end, words[k].start) \
            and (noun := support_noun_after(words, k)) is not None:
        return _the_member_after(words, spans, noun + 1, is_member, names_member)
    itself = 2 if k + 1 < len(words) and words[k].key in _ITSELF and words[k + 1].key in {"meme", "memes"} else 0
    if k < len(words) and text[words[k - 1].end: words[k].start].strip() == "," \
            and (agent := agent_after_given(words, k + (itself or words[k].key in _NOW))) is not None \
            and _ends_its_clause(text, words, agent):  # (", désormais subventionnée par la Ville": now its support)
        return _the_member_after(words, spans, agent, is_member, names_member)  # "suivies par la Maison de
        # l'Emploi X, financée à 50 % par la communauté de communes.": no verb after, the support is X's
    if k >= len(words) or text[words[k - 1].end: words[k].start].strip() != "," \
            or words[k].key not in APPOSITION_ARTICLES:
        return False  # (not "X, cofondée par Y, est soutenue par la Ville": X's verb after Y's incise)
    for j in range(k, min(len(words), k + _APPOSITION_REACH)):
        if j > k and (boundary(text, words[j - 1], words[j]) or "," in text[words[j - 1].end: words[j].start]) \
                or words[j].key in _CLAUSE_OPENERS or spans.owner(j) is not None:
            return False
        agent = agent_after_given(words, j)
        if agent is not None:
            return _the_member_after(words, spans, agent, is_member, names_member)
    return False


_NOW = frozenset({"desormais", "aujourd", "depuis", "dorenavant"})
_ITSELF = frozenset({"elle", "elles", "lui", "eux"})  # ", elle-même financée par la Ville": X's support


def _ends_its_clause(text: str, words: Sequence[Token], agent: int) -> bool:
    """Whether the clause ends within a few words after the agent at ``agent``, no comma before, an
    amount aside: "…, désormais subventionnée par la Ville à hauteur de 20 000 €."."""
    j, content = agent + 1, 0
    while j < len(words) and content < _AGENT_WORDS:
        if boundary(text, words[j - 1], words[j]) or "," in text[words[j - 1].end: words[j].start]:
            return boundary(text, words[j - 1], words[j])
        content += not (words[j].raw[:1].isdigit() or words[j].key in _AN_AMOUNT_S)
        j += 1
    return j >= len(words)


_AN_AMOUNT_S = frozenset({"a", "hauteur", "de", "d", "par", "an", "euros", "€", "k", "m"})


_AGENT_WORDS = 6  # "la communauté de communes"
_PARTED = re.compile(r"[,.;:!?()\n•]")  # what parts a name from the support said after it
_APPOSITION_REACH = 8  # words of an apposition up to its participle: "une entreprise d'insertion soutenue"
_CLAUSE_OPENERS = frozenset({"qui", "que", "dont", "ou", "et"})


def works_then_receives(text: str, words: Sequence[Token], spans: Spans, n: int) -> bool:
    """Whether the structure ``n`` opens its sentence, an incise says a work of its own and its verb
    what it receives: "L'association X, qui gère le jardin partagé, a reçu 20 000 € de la Ville"."""
    return _received_after_its_work(text, words, spans, n) is not None


def _received_after_its_work(text: str, words: Sequence[Token], spans: Spans, n: int) -> int | None:
    """Where the verb of receiving of the name ``n`` stands, when the name opens its sentence and an
    incise after it says a work of its own: "X, qui gère le jardin partagé, a reçu…" (not "X, qui
    réunit 300 sociétaires, …": who holds it; nor "X, qui a reçu…": no work); else None."""
    first, last = listed_subject(text, words, spans, n)
    first -= first > 0 and words[first - 1].key in DEFINITE
    k = last + 1
    if first > 0 and not SENTENCE_BREAK.search(text, words[first - 1].end, words[first].start) \
            or k + 1 >= len(words) or text[words[last].end: words[k].start].strip() != "," or words[k].key != "qui":
        return None
    work = k + 1 + (words[k + 1].key in {"a", "ont"})
    if work >= len(words) or words[work].key.startswith(_RECEIVING_STEMS) \
            or any(word.key in _ITS_CAPITAL for word in words[work + 1: work + 5]) \
            or not (verb_with_object(words, work) or work > k + 1 and an_active_participle(words[work])):
        return None
    verb = past_the_incise(text, words, k)
    while verb < len(words) and (words[verb].key in ADVERBS or words[verb].key in {"a", "ont"}):
        verb += 1
    return verb if verb < len(words) and words[verb].key in RECEIVING else None


def _the_member_s_gift(text: str, words: Sequence[Token], spans: Spans, k: int, is_member: Callable[[int], bool],
                       names_member: Callable[[str], bool]) -> bool:
    """Whether a support noun at ``k`` (past its article) or an amount is given by the member, named
    after it or by the adjective of its kind: "d'une subvention de la Ville", "20 000 € de la Ville",
    "d'une subvention municipale" in a commune's fiche (not "régionale" there)."""
    if k + 1 < len(words) and words[k].key == "en" and words[k + 1].raw.isdigit():
        k += 2  # "a reçu en 2023 une subvention…"
    amount = k
    while amount < len(words) and words[amount].raw.isdigit():
        amount += 1
    if amount > k:  # "a reçu 20 000 € de la Ville"
        in_words = amount < len(words) and words[amount].key == "euros"
        amount += in_words
        said_in_euros = in_words or amount < len(words) and "€" in text[words[amount - 1].end: words[amount].start]
        return said_in_euros and _the_member_after(words, spans, amount, is_member, names_member)
    noun = next((i for i in range(k, min(k + 3, len(words))) if words[i].key not in _GIFT_ARTICLES), None)
    if noun is None or words[noun].key not in SUPPORT_NOUNS:
        return False
    return _its_giver_the_member(words, spans, noun, is_member, names_member)


def _its_giver_the_member(words: Sequence[Token], spans: Spans, noun: int, is_member: Callable[[int], bool],
                          names_member: Callable[[str], bool]) -> bool:
    """Whether the support noun at ``noun`` is the member's, by the adjective of its kind or the name
    after it: "une subvention municipale" in a commune's fiche, "le soutien de la Ville"."""
    after = noun + 1
    if after < len(words) and words[after].key in KIND_ADJECTIVES:
        return adjective_names_member(words[after].key, names_member)
    return _the_member_after(words, spans, after, is_member, names_member)


_GIFT_ARTICLES = frozenset({"d", "de", "du", "des", "un", "une", "l", "la", "le", "les", "son", "sa", "ses"})


def _it_goes_on(text: str, words: Sequence[Token], j: int) -> bool:
    """Whether a clause after ";" opens with a pronoun of the subject: "X accueille 120 foyers ; elle
    est financée par la Ville" (not "… ; la Ville lui prête un terrain": the member's own clause)."""
    return text[words[j - 1].end: words[j].start].strip() == ";" and words[j].key in {"elle", "il", "elles", "ils"}


def _the_member_after(words: Sequence[Token], spans: Spans, k: int, is_member: Callable[[int], bool],
                      names_member: Callable[[str], bool]) -> bool:
    """Whether the agent of a support noun is the member: "(le soutien) de la Ville", "financier
    de la Communauté de communes X", "(une subvention) de 8 000 € de la Ville" (not "de la Région"
    in a commune's fiche, nor "du FSE")."""
    while k < len(words) and (words[k].key in SUPPORT_ADJECTIVES or words[k].key in SUPPORT_ARTICLES | OF_WORDS
                              or words[k].key.isdigit() or words[k].key in _AMOUNT_WORDS):
        k += 1
    if k >= len(words):
        return False
    owner = spans.owner(k)
    if owner is not None and not is_member(owner):  # "de l'ADEME et de la Ville": the member's too
        return member_among_agents(words, spans, k, names_member, lambda other: not is_member(other))
    member_word = a_member_word(words[k])  # ("de la CC": its initials)
    if owner is None and (member_word and not names_member(words[k].key)
                          or words[k].capitalised and not member_word):  # "de l'État et de la CC"
        return member_among_agents(words, spans, k, names_member, lambda other: not is_member(other))  # "la Région et…"
    return owner is not None or member_word and names_member(words[k].key)


# The adjectives of a support noun ("le soutien financier de la Ville"; withheld's "sans aide publique")
SUPPORT_ADJECTIVES = frozenset({"financier", "financiere", "public", "publique", "technique", "logistique", "actif",
                                "active", "constant", "annuel", "annuelle", "exceptionnel", "exceptionnelle",
                                "pluriannuel", "pluriannuelle"})


# the words of an amount between a support noun and its giver: "de 1,5 M€", "d'un montant de 270 000
# euros", "à hauteur de 300 K€"
_AMOUNT_WORDS = AMOUNT_WORDS | {"montant", "hauteur"}


def acts_on_its_own(text: str, words: Sequence[Token], spans: Spans, n: int) -> bool:
    """Whether the name ``n`` opens its sentence and does there a work of its own, its verb right
    after it with an object, no verb of help or gift: "Le Secours populaire distribue des colis",
    "Les Restos du Cœur distribuent 12 000 repas" (not "France Active accorde une garantie", "la
    Banque des Territoires finance l'étude": a partner's help; nor "X, créée avec…, collecte": past
    an incise, the verb may be another name's)."""
    verb = its_verb(text, words, spans, n)
    return verb is not None and not words[verb].key.startswith(_HELPING_STEMS)


# Verbs of a partner's help, a gift or a supply: what a network does for the action, not the action
_HELPING_STEMS = ("financ", "cofinanc", "subvention", "soutien", "souten", "accompagn", "aide", "apport", "accord",
                  "octroi", "octroy", "verse", "prete", "garanti", "fourni", "livre", "approvision", "conseill",
                  "attribu", "allou", "dote", "abond", "particip", "contribu", "relai", "relay", "orient", "labellis",
                  "form", "met", "mis", "mett", "donne", "offre", "cede", "loue", "investi", "recoi", "recu",
                  "benefici", "obtien", "obtenu", "percoi", "percu")


def works_on_its_own(text: str, words: Sequence[Token], spans: Spans, n: int) -> bool:
    """Whether the structure ``n`` opens its sentence and does there a work of its own, its verb
    after it, active, with an object: "La SCIC X, dont le Département est sociétaire, a livré 3 200
    tonnes de plaquettes" (not "…, a reçu une subvention": what it was given; nor "réunit 300
    sociétaires": who holds it)."""
    verb = its_verb(text, words, spans, n)
    return verb is not None and not words[verb].key.startswith(_RECEIVING_STEMS) \
        and not any(word.key in _ITS_CAPITAL for word in words[verb + 1: verb + 5])


_RECEIVING_STEMS = ("recoi", "recu", "benefici", "obtien", "obtenu", "percoi", "percu")
_ITS_CAPITAL = frozenset({"societaires", "associes", "actionnaires", "cooperateurs", "parts", "capital"})


