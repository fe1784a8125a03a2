"""A structure that opens its sentence and acts there with the member's support, the subject of a
verb of its own and a support clause after it: "La SCOP X a rénové 14 logements, avec le soutien de
la Ville". It carries the action the member supports. (Not "X emploie 10 salariés ; la Ville met à sa
disposition un terrain": the member's own clause gives to it, as to what it supports; roles.py still
makes a structure that opens its sentence at work of its own the carrier: ``acts_on_its_own``.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.adjectives import NOT_WORDS_OF_A_NAME, verb_with_object
from rtes_kg.extract.amount_phrases import AMOUNT_WORDS
from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import MEMBER_WORDS, boundary
from rtes_kg.extract.coagents import member_among_agents
from rtes_kg.extract.lexicon import OF_WORDS, SENTENCE_BREAK, Token
from rtes_kg.extract.names import structure_words
from rtes_kg.extract.spans import Spans
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
    if _its_verb(text, words, spans, n) is None:
        return False
    for j in range(spans[n][1] + 1, len(words) - 1):  # (in an incise before the verb too)
        if SENTENCE_BREAK.search(text, words[j - 1].end, words[j].start) and not _it_goes_on(text, words, j):
            return False
        noun = _support_noun_after(words, j)
        if noun is not None:
            return _the_member_after(words, spans, noun + 1, is_member, names_member)
        agent = _agent_after_given(words, j)
        if agent is not None and _the_member_after(words, spans, agent, is_member, names_member) \
                or _supported_by_no_one_named(text, words, j):
            return True  # "L'épicerie X, accompagnée par la Ville, accueille…", "…, dans un local prêté par la Ville",
            # "Les Restos du Cœur du Nord, soutenus à hauteur de 150 000 €, ont distribué…": the member's, unsaid
        if _it_receives(words, j) and _the_member_s_gift(text, words, spans, j + 1, is_member, names_member):
            return True  # "X répare des véhicules ; il bénéficie d'une subvention municipale"
    return False


def _support_noun_after(words: Sequence[Token], j: int) -> int | None:
    """Where the support noun stands after "avec" or "grâce" at ``j``: "avec le soutien (de…)"; or
    the word before an amount, which says a gift as well: "avec 0,5 M€ de la Ville"."""
    if words[j].key not in {"avec", "grace"}:
        return None
    noun = next((i for i in range(j + 1, min(j + 4, len(words))) if words[i].key not in _ARTICLES), None)
    if noun is not None and words[noun].key.isdigit():
        return noun - 1  # (the giver is read past the amount's words: ``_the_member_after``)
    return noun if noun is not None and words[noun].key in _SUPPORT_NOUNS else None


def supported_right_after_it(text: str, words: Sequence[Token], spans: Spans, n: int,
                             is_member: Callable[[int], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the member's support is said right after the name ``n``: in an apposition, "animés par
    Les Ateliers du Littoral, une entreprise d'insertion soutenue par la CUD", or after "avec", "organisé
    par l'association X avec le soutien de la Ville" (not "X, qui gère…": a clause of its own; nor
    "…, une SCIC soutenue par la Région" in a commune's fiche). A participle right after the name is
    read elsewhere, with the verb it may come before (``acts_with_member_support``)."""
    k = spans[n][1] + 1
    if k < len(words) and not _PARTED.search(text, words[k - 1].end, words[k].start) \
            and (noun := _support_noun_after(words, k)) is not None:
        return _the_member_after(words, spans, noun + 1, is_member, names_member)
    if k >= len(words) or text[words[k - 1].end: words[k].start].strip() != "," \
            or words[k].key not in _APPOSITION_ARTICLES:
        return False  # (not "X, cofondée par Y, est soutenue par la Ville": X's verb after Y's incise)
    for j in range(k, min(len(words), k + _APPOSITION_REACH)):
        if j > k and (boundary(text, words[j - 1], words[j]) or "," in text[words[j - 1].end: words[j].start]) \
                or words[j].key in _CLAUSE_OPENERS or spans.owner(j) is not None:
            return False
        agent = _agent_after_given(words, j)
        if agent is not None:
            return _the_member_after(words, spans, agent, is_member, names_member)
    return False


_PARTED = re.compile(r"[,.;:!?()\n•]")  # what parts a name from the support said after it
_APPOSITION_REACH = 8  # words of an apposition up to its participle: "une entreprise d'insertion soutenue"
_CLAUSE_OPENERS = frozenset({"qui", "que", "dont", "ou", "et"})
_APPOSITION_ARTICLES = frozenset({"un", "une", "l", "la", "le", "les", "des"})


def works_then_receives(text: str, words: Sequence[Token], spans: Spans, n: int) -> bool:
    """Whether the structure ``n`` opens its sentence, an incise says a work of its own and its verb
    what it receives: "L'association X, qui gère le jardin partagé, a reçu 20 000 € de la Ville"."""
    return _received_after_its_work(text, words, spans, n) is not None


def _received_after_its_work(text: str, words: Sequence[Token], spans: Spans, n: int) -> int | None:
    """Where the verb of receiving of the name ``n`` stands, when the name opens its sentence and an
    incise after it says a work of its own: "X, qui gère le jardin partagé, a reçu…" (not "X, qui
    réunit 300 sociétaires, …": who holds it; nor "X, qui a reçu…": no work); else None."""
    first, last = _listed_subject(text, words, spans, n)
    first -= first > 0 and words[first - 1].key in DEFINITE
    k = last + 1
    if first > 0 and not SENTENCE_BREAK.search(text, words[first - 1].end, words[first].start) \
            or k + 1 >= len(words) or text[words[last].end: words[k].start].strip() != "," or words[k].key != "qui":
        return None
    work = k + 1 + (words[k + 1].key in {"a", "ont"})
    if work >= len(words) or words[work].key.startswith(_RECEIVING_STEMS) \
            or any(word.key in _ITS_CAPITAL for word in words[work + 1: work + 5]) \
            or not (verb_with_object(words, work) or work > k + 1 and _an_active_participle(words[work])):
        return None
    verb = _past_the_incise(text, words, k)
    while verb < len(words) and (words[verb].key in _ADVERBS or words[verb].key in {"a", "ont"}):
        verb += 1
    return verb if verb < len(words) and words[verb].key in _RECEIVING else None


def _it_receives(words: Sequence[Token], j: int) -> bool:
    """Whether a verb of receiving at ``j`` is the subject's own, its clause joined to the subject's
    work by "et" or opened by its pronoun: "X répare des vélos et bénéficie d'…", "… ; il a reçu…"
    (not "des familles qui bénéficient d'…", nor "et l'association Y reçoit…": another subject)."""
    if words[j].key not in _RECEIVING:
        return False
    k = j - 1
    while k >= 0 and (words[k].key in _ADVERBS or words[k].key in {"a", "ont"}):
        k -= 1
    return k >= 0 and (words[k].key in {"et", "il", "elle", "ils", "elles"}
                       or words[k].key == "qui" and k > 0 and words[k - 1].capitalised)  # "X, qui a reçu"


# Verbs of receiving, as written in the present or after "a": "bénéficie", "a reçu", "perçoit"
_RECEIVING = frozenset({"beneficie", "beneficient", "recoit", "recoivent", "recu", "percoit", "percoivent", "percu",
                        "obtient", "obtiennent", "obtenu"})


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
    if noun is None or words[noun].key not in _SUPPORT_NOUNS:
        return False
    after = noun + 1
    if after < len(words) and words[after].key in KIND_ADJECTIVES:
        return adjective_names_member(words[after].key, names_member)
    return _the_member_after(words, spans, after, is_member, names_member)


_GIFT_ARTICLES = frozenset({"d", "de", "du", "des", "un", "une", "l", "la", "le", "les", "son", "sa", "ses"})


def _it_goes_on(text: str, words: Sequence[Token], j: int) -> bool:
    """Whether a clause after ";" opens with a pronoun of the subject: "X accueille 120 foyers ; elle
    est financée par la Ville" (not "… ; la Ville lui prête un terrain": the member's own clause)."""
    return text[words[j - 1].end: words[j].start].strip() == ";" and words[j].key in {"elle", "il", "elles", "ils"}


def _supported_by_no_one_named(text: str, words: Sequence[Token], j: int) -> bool:
    """Whether a participle of support at ``j`` gives its amount and no agent before its comma:
    "X, soutenue à hauteur de 150 000 €, a distribué…" in the member's fiche (not "…, financée à
    hauteur de 50 % par la Région, …": the Région's)."""
    if words[j].key not in _SUPPORT_PARTICIPLES or [w.key for w in words[j + 1: j + 4]] != ["a", "hauteur", "de"]:
        return False
    end = _past_the_incise(text, words, j)
    return end < len(words) and not any(w.key == "par" for w in words[j: end])


def _agent_after_given(words: Sequence[Token], j: int) -> int | None:
    """Where the agent stands when a participle of support or of a loan and "par" stand at ``j``:
    "accompagnée par", "prêté par", "soutenue financièrement par"; else None."""
    if words[j].key not in _SUPPORT_PARTICIPLES:
        return None
    by = j + 1 + (j + 1 < len(words) and words[j + 1].key.endswith("ment"))  # "soutenue financièrement par"
    return by + 1 if by < len(words) and words[by].key == "par" else None


# Participles whose agent after "par" supports the name: "X, soutenue par la Ville, …", "un local prêté par"
_SUPPORT_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("soutenu", "finance", "cofinance", "subventionne",
                                                             "accompagne", "aide", "appuye", "prete")
                                 for end in ("", "e", "s", "es"))


def _the_member_after(words: Sequence[Token], spans: Spans, k: int, is_member: Callable[[int], bool],
                      names_member: Callable[[str], bool]) -> bool:
    """Whether the agent of a support noun is the member: "(le soutien) de la Ville", "financier
    de la Communauté de communes X", "(une subvention) de 8 000 € de la Ville" (not "de la Région"
    in a commune's fiche, nor "du FSE")."""
    while k < len(words) and (words[k].key in SUPPORT_ADJECTIVES or words[k].key in _ARTICLES | OF_WORDS
                              or words[k].key.isdigit() or words[k].key in _AMOUNT_WORDS):
        k += 1
    if k >= len(words):
        return False
    owner = spans.owner(k)
    if owner is not None and not is_member(owner):  # "de l'ADEME et de la Ville": the member's too
        return member_among_agents(words, spans, k, names_member, lambda other: not is_member(other))
    if owner is None and words[k].key in MEMBER_WORDS and not names_member(words[k].key):
        return member_among_agents(words, spans, k, names_member, lambda other: not is_member(other))  # "la Région et…"
    return owner is not None or words[k].key in MEMBER_WORDS and names_member(words[k].key)


# The adjectives of a support noun ("le soutien financier de la Ville"; withheld's "sans aide publique")
SUPPORT_ADJECTIVES = frozenset({"financier", "financiere", "public", "publique", "technique", "logistique", "actif",
                                "active", "constant", "annuel", "annuelle", "exceptionnel", "exceptionnelle",
                                "pluriannuel", "pluriannuelle"})


_ARTICLES = frozenset({"le", "la", "l", "les", "un", "une", "au", "aux", "a", "son", "sa", "leur"})
# the words of an amount between a support noun and its giver: "de 1,5 M€", "d'un montant de 270 000
# euros", "à hauteur de 300 K€"
_AMOUNT_WORDS = AMOUNT_WORDS | {"montant", "hauteur"}
_SUPPORT_NOUNS = frozenset({"soutien", "appui", "aide", "concours", "financement", "cofinancement", "subvention",
                            "participation", "accompagnement", "soutiens", "aides", "financements", "subventions"})


def acts_on_its_own(text: str, words: Sequence[Token], spans: Spans, n: int) -> bool:
    """Whether the name ``n`` opens its sentence and does there a work of its own, its verb right
    after it with an object, no verb of help or gift: "Le Secours populaire distribue des colis",
    "Les Restos du Cœur distribuent 12 000 repas" (not "France Active accorde une garantie", "la
    Banque des Territoires finance l'étude": a partner's help; nor "X, créée avec…, collecte": past
    an incise, the verb may be another name's)."""
    verb = _its_verb(text, words, spans, n)
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
    verb = _its_verb(text, words, spans, n)
    return verb is not None and not words[verb].key.startswith(_RECEIVING_STEMS) \
        and not any(word.key in _ITS_CAPITAL for word in words[verb + 1: verb + 5])


_RECEIVING_STEMS = ("recoi", "recu", "benefici", "obtien", "obtenu", "percoi", "percu")
_ITS_CAPITAL = frozenset({"societaires", "associes", "actionnaires", "cooperateurs", "parts", "capital"})


def _its_verb(text: str, words: Sequence[Token], spans: Spans, n: int) -> int | None:
    """Where the verb of the name ``n`` stands when the name opens its sentence and acts, else None."""
    first, last = _listed_subject(text, words, spans, n)
    first -= first > 0 and words[first - 1].key in DEFINITE  # "La SCOP X": its article
    if first > 0 and not SENTENCE_BREAK.search(text, words[first - 1].end, words[first].start):
        return None
    k = last + 1
    if k >= len(words):
        return None
    gap = text[words[last].end: words[k].start]
    if gap.strip() == ",":
        k = _past_a_support_incise(text, words, k)  # "Le Secours populaire, avec l'aide de la Ville, distribue…"
    elif boundary(text, words[last], words[k]) or "," in gap:
        return None
    if k >= len(words):
        return None
    if words[k].key in {"a", "ont"}:
        j = k + 1
        while j < len(words) and words[j].key in _ADVERBS:
            j += 1
        acting = j < len(words) and not boundary(text, words[j - 1], words[j]) and _an_active_participle(words[j])
        return j if acting else None
    return k if verb_with_object(words, k) else None


def _listed_subject(text: str, words: Sequence[Token], spans: Spans, n: int) -> tuple[int, int]:
    """The first and last word of the names a plural kind lists that the name ``n`` is one of, from
    the kind's article: "Les associations A et B, soutenues par la Ville, réparent…" (not "La Ville et
    l'association A": a list of no kind); else the name's own."""
    head, tail = n, n  # (a list of a dozen names at most: linear in a long text of names)
    while head > max(0, n - _LIST_MAX) and _next_in_a_list(text, words, spans, head - 1):
        head -= 1
    while tail + 1 < min(len(spans), n + _LIST_MAX) and _next_in_a_list(text, words, spans, tail):
        tail += 1
    if head == tail:
        return spans[n]
    first = spans[head][0]
    kind = next((match for k in range(first, max(0, first - 4), -1)  # (the first one's span may open with it)
                 if (match := structure_words()[0].match_at(words, k)) is not None and first - 1 <= match.last), None)
    if kind is None or words[kind.first - 1].key != "les":
        return spans[n]
    return kind.first - 1, spans[tail][1]


_LIST_MAX = 12


def _next_in_a_list(text: str, words: Sequence[Token], spans: Spans, m: int) -> bool:
    """Whether the name after ``m`` follows it in a list, after "et" or a comma: "A et B", "A, B"."""
    end, start = spans[m][1], spans[m + 1][0]
    if start == end + 2 and words[end + 1].key == "et":
        return not SENTENCE_BREAK.search(text, words[end].end, words[start].start)
    return start == end + 1 and text[words[end].end: words[start].start].strip() == ","


def _past_a_support_incise(text: str, words: Sequence[Token], k: int) -> int:
    """The word after an incise of support that opens at ``k`` (", avec l'aide de la Ville, "), or
    ``len(words)`` when no such incise opens there."""
    helped = words[k].key in {"avec", "grace"} and any(w.key in _SUPPORT_NOUNS for w in words[k + 1: k + 4])
    # "La SCIC X, dont le Département est sociétaire depuis 2017, a livré…", "X, que la Ville soutient, rénove…"
    whose = words[k].key in {"dont", "que", "qu"}
    received = words[k].key == "qui" and k + 1 < len(words) and _it_receives(words, k + 1 + (words[k + 1].key in
                                                                                        {"a", "ont"}))
    if not helped and not whose and not received and not _a_participle_s_incise(text, words, k) \
            and not _its_founding(text, words, k):
        return len(words)  # ("X, qui a reçu 20 000 € de la Ville, gère…": its support, then its work)
    return _past_the_incise(text, words, k)


def _past_the_incise(text: str, words: Sequence[Token], k: int) -> int:
    """The word after the comma that closes an incise opened at ``k``, or ``len(words)`` when the
    sentence or a parenthesis comes first."""
    for j in range(k, min(len(words) - 1, k + _INCISE_REACH)):
        gap = text[words[j].end: words[j + 1].start]
        if SENTENCE_BREAK.search(gap) or "(" in gap:
            break
        if gap.strip().lstrip("€%").strip() == ",":  # (", soutenue à hauteur de 80 000 €, a ouvert")
            return j + 1
    return len(words)


_INCISE_REACH = 16  # words: "X, que l'Agglomération a aidée à s'installer dans un bâtiment communautaire en 2019, …"


def _a_participle_s_incise(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the incise that opens at ``k`` is a participle's and says a support before its comma:
    ", accompagnée par la Ville, ", ", installés dans un local prêté par la Ville, "."""
    if not (words[k].raw[:1].islower() and words[k].raw.endswith(_PARTICIPLE_ENDINGS)):
        return False
    for j in range(k, min(len(words) - 1, k + 12)):
        if _agent_after_given(words, j) is not None or _supported_by_no_one_named(text, words, j):
            return True
        gap = text[words[j].end: words[j + 1].start]
        if SENTENCE_BREAK.search(gap) or "," in gap:
            return False
    return False


def _its_founding(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the incise that opens at ``k`` tells when or by whom the structure was founded or
    opened, maybe after its kind, and names no one: ", association d'insertion créée en 2017, ",
    ", ouvert en 2017 par des bénévoles, ", ", SCIC créée par 40 agriculteurs, " (not ", créée par la
    Ville, ": who founded it is said apart; nor ", créée en 2015 par la Ville, ": a name)."""
    if words[k].key in _KINDS_IN_AN_INCISE:
        k += 1 + 2 * (k + 2 < len(words) and words[k + 1].key in {"de", "d"} and words[k + 2].raw.islower())
    if k + 2 >= len(words) or words[k].key not in _FOUNDED \
            or not (words[k + 1].key == "en" and words[k + 2].raw.isdigit() or words[k + 1].key == "par"):
        return False
    end = _past_the_incise(text, words, k)
    return end < len(words) and not any(word.raw[:1].isupper() for word in words[k: end])


_FOUNDED = frozenset(f"{stem}{end}" for stem in ("cree", "fonde", "ne", "lance", "ouvert")
                     for end in ("", "e", "s", "es"))
_KINDS_IN_AN_INCISE = frozenset({"association", "cooperative", "scop", "scic", "entreprise", "structure", "societe"})


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "ise", "u", "ue", "us", "ues")  # "accompagnée", "soutenue"


def _an_active_participle(word: Token) -> bool:
    """ "rénové", "ouvert", "créé" after "a" (not "été": a passive; not "pour", "besoin")."""
    return word.raw[:1].islower() and word.raw.isalpha() and len(word.raw) > 2 \
        and word.key not in NOT_WORDS_OF_A_NAME | _NOT_ACTS


_ADVERBS = frozenset({"egalement", "aussi", "deja", "notamment", "ainsi", "recemment", "ensuite", "enfin"})
# After "a": a passive, a need or an age, no act of the subject's
_NOT_ACTS = frozenset({"ete", "besoin", "pour", "vocation", "lieu", "ans"})
