"""Where a structure that opens its sentence has its verb, past what may stand between them: the
other names of its list ("Les associations A et B, soutenues par la Ville, réparent…"), an incise of
support, of its founding or of its kind (", avec l'aide de la Ville, ", ", créée en 2017, ",
", association d'éducation populaire, "), or before it, a phrase of help that opens the sentence
("Grâce au soutien de la Ville, l'association X a ouvert…"); and the words of support these read: a
support noun after "avec" or "grâce", a participle of support and its agent, a verb of receiving.
acting.py reads whose support they say."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.adjectives import NOT_WORDS_OF_A_NAME, verb_with_object
from rtes_kg.extract.amount_phrases import AMOUNT_WORDS
from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import boundary
from rtes_kg.extract.cuewords import SUPPORT_NOUNS
from rtes_kg.extract.lexicon import HELPED, OF_WORDS, SENTENCE_BREAK, Token
from rtes_kg.extract.names import LOWER_ARTICLES, structure_words
from rtes_kg.extract.spans import Spans


def support_noun_after(words: Sequence[Token], j: int) -> int | None:
    """Where the support noun stands after "avec" or "grâce" at ``j``: "avec le soutien (de…)"; or
    the word before an amount, which says a gift as well: "avec 0,5 M€ de la Ville"."""
    if words[j].key not in {"avec", "grace"}:
        return None
    noun = next((i for i in range(j + 1, min(j + 4, len(words))) if words[i].key not in SUPPORT_ARTICLES), None)
    if noun is not None and words[noun].key.isdigit():
        return noun - 1  # (the giver is read past the amount's words: ``acting._the_member_after``)
    return noun if noun is not None and words[noun].key in SUPPORT_NOUNS else None


# What opens an apposition: ", une entreprise d'insertion soutenue par la CUD", ", association d'éducation populaire"
APPOSITION_ARTICLES = frozenset({"un", "une", "l", "la", "le", "les", "des"})


def it_receives(words: Sequence[Token], j: int) -> bool:
    """Whether a verb of receiving at ``j`` is the subject's own, its clause joined to the subject's
    work by "et" or opened by its pronoun: "X répare des vélos et bénéficie d'…", "… ; il a reçu…"
    (not "des familles qui bénéficient d'…", nor "et l'association Y reçoit…": another subject)."""
    if words[j].key not in RECEIVING:
        return False
    k = j - 1
    while k >= 0 and (words[k].key in ADVERBS or words[k].key in {"a", "ont"}):
        k -= 1
    return k >= 0 and (words[k].key in {"et", "il", "elle", "ils", "elles"}
                       or words[k].key == "qui" and k > 0 and words[k - 1].capitalised)  # "X, qui a reçu"


# Verbs of receiving, as written in the present or after "a": "bénéficie", "a reçu", "perçoit"
RECEIVING = frozenset({"beneficie", "beneficient", "recoit", "recoivent", "recu", "percoit", "percoivent", "percu",
                       "obtient", "obtiennent", "obtenu"})


def supported_by_no_one_named(text: str, words: Sequence[Token], j: int) -> bool:
    """Whether a participle of support at ``j`` gives its amount and no agent before its comma:
    "X, soutenue à hauteur de 150 000 €, a distribué…" in the member's fiche (not "…, financée à
    hauteur de 50 % par la Région, …": the Région's)."""
    if words[j].key not in _SUPPORT_PARTICIPLES or [w.key for w in words[j + 1: j + 4]] != ["a", "hauteur", "de"]:
        return False
    end = past_the_incise(text, words, j)
    return end < len(words) and not any(w.key == "par" for w in words[j: end])


def agent_after_given(words: Sequence[Token], j: int) -> int | None:
    """Where the agent stands when a participle of support or of a loan and "par" stand at ``j``:
    "accompagnée par", "prêté par", "soutenue financièrement par"; else None."""
    if words[j].key not in _SUPPORT_PARTICIPLES:
        return None
    by = j + 1  # past an adverb, a measure or a date: "soutenue financièrement par", "financée à 50 % par", "à hauteur
    while by < len(words) and by - j <= _MEASURE_REACH and (  # de 20 000 € par", "en partie par"
            words[by].key.endswith("ment") or words[by].key in _MEASURE_WORDS or words[by].raw.isdigit()):
        by += 1
    return by + 1 if by < len(words) and words[by].key == "par" else None


_MEASURE_WORDS = AMOUNT_WORDS | {"a", "hauteur", "de", "d", "en", "partie", "grande", "pour", "moitie", "plus",
                                 "pres", "depuis", "environ"}
_MEASURE_REACH = 7  # words: "à hauteur de 1 200 000 € par"


# Participles whose agent after "par" supports the name: "X, soutenue par la Ville, …", "un local prêté par",
# "X, hébergée gratuitement par la Ville"
_SUPPORT_PARTICIPLES = HELPED | {f"{stem}{end}" for stem in ("appuye", "prete", "heberge", "conventionne")
                                  for end in ("", "e", "s", "es")}


# What stands between "avec" and its support noun, and between the noun and its giver: "avec le soutien de la Ville"
SUPPORT_ARTICLES = frozenset({"le", "la", "l", "les", "un", "une", "au", "aux", "a", "son", "sa", "leur"})


def its_verb(text: str, words: Sequence[Token], spans: Spans, n: int) -> int | None:
    """Where the verb of the name ``n`` stands when the name opens its sentence and acts, else None."""
    first, last = listed_subject(text, words, spans, n)
    first -= first > 0 and words[first - 1].key in _ITS_ARTICLES  # "La SCOP X", "Les Compagnons Bâtisseurs"
    if first > 0 and not SENTENCE_BREAK.search(text, words[first - 1].end, words[first].start) \
            and helped_before(text, words, first) is None:
        return None
    k = last + 1
    if k >= len(words):
        return None
    gap = text[words[last].end: words[k].start]
    closed = gap.strip().startswith(")")  # "L'ADIE (Association pour le droit à l'initiative économique) a financé…"
    if gap.strip() == "(":
        k, gap = _past_its_parenthesis(text, words, k)  # "L'Association … (AFEV) mobilise…"
        closed = True
    gap = gap.replace(")", "", 1) if closed else gap
    if gap.strip() == ",":
        k = _past_a_support_incise(text, words, k)  # "Le Secours populaire, avec l'aide de la Ville, distribue…"
    elif (gap.strip() != "") if closed else (boundary(text, words[last], words[k]) or "," in gap):
        return None
    if k >= len(words):
        return None
    if words[k].key in {"a", "ont"}:
        return participle_after(text, words, k)
    return k if verb_with_object(words, k) or _object_past_a_help(text, words, k) else None


def _past_its_parenthesis(text: str, words: Sequence[Token], k: int) -> tuple[int, str]:
    """The word after the parenthesis that opens before ``k`` (a name's acronym or its expansion), and
    the gap before it, its ")" included; ``len(words)`` when it does not close within a few words."""
    for j in range(k, min(len(words) - 1, k + _PARENTHESIS_WORDS)):
        gap = text[words[j].end: words[j + 1].start]
        if ")" in gap:
            return j + 1, gap
        if "(" in gap:
            break
    return len(words), ""


_PARENTHESIS_WORDS = 12  # "(Clubs d'investisseurs pour une gestion alternative et locale de l'épargne solidaire)"


def _object_past_a_help(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` has its object after an incise of support: "X réalisent, avec le
    soutien de la Métropole, des chantiers…"."""
    if k + 1 >= len(words) or text[words[k].end: words[k + 1].start].strip() != "," \
            or words[k + 1].key not in {"avec", "grace"}:
        return False
    after = _past_a_support_incise(text, words, k + 1)
    return after < len(words) and verb_with_object([words[k], *words[after: after + 6]], 0)


def listed_subject(text: str, words: Sequence[Token], spans: Spans, n: int) -> tuple[int, int]:
    """The first and last word of the names a plural kind lists that the name ``n`` is one of, from
    the kind's article: "Les associations A et B, soutenues par la Ville, réparent…", or of names each
    announced by its own kind: "La régie de territoire A et l'association B ont ouvert…" (not "La
    Ville et l'association A": the Ville has none); else the name's own."""
    head, tail = n, n  # (a list of a dozen names at most: linear in a long text of names)
    while head > max(0, n - _LIST_MAX) and _next_in_a_list(text, words, spans, head - 1):
        head -= 1
    while tail + 1 < min(len(spans), n + _LIST_MAX) and _next_in_a_list(text, words, spans, tail):
        tail += 1
    if head == tail:
        return spans[n]
    kinds = [_its_kind(words, spans[m][0]) for m in range(head, tail + 1)]
    opening = kinds[0]
    if opening is not None and opening > 0 and words[opening - 1].key == "les":
        return opening - 1, spans[tail][1]
    if opening is not None and None not in kinds:
        return opening, spans[tail][1]  # "La régie de territoire X et l'association Y ont ouvert…": each its kind's
    return spans[n]


def _its_kind(words: Sequence[Token], first: int) -> int | None:
    """Where the kind word of the name that starts at ``first`` opens (its span may open with it)."""
    kind = next((match for k in range(first, max(0, first - 4), -1)
                 if (match := structure_words()[0].match_at(words, k)) is not None and first - 1 <= match.last), None)
    return None if kind is None else kind.first


_LIST_MAX = 12
_ITS_ARTICLES = DEFINITE | {"les", "ces"}  # before a name the curated list writes without it


def _next_in_a_list(text: str, words: Sequence[Token], spans: Spans, m: int) -> bool:
    """Whether the name after ``m`` follows it in a list, after "et" or a comma: "A et B", "A, B", "A et
    l'association B"."""
    end, start = spans[m][1], spans[m + 1][0]
    if start == end + 2 and words[end + 1].key == "et":
        return not SENTENCE_BREAK.search(text, words[end].end, words[start].start)
    if start > end + 2 and words[end + 1].key == "et" and (kind := _its_kind(words, start)) is not None \
            and all(words[k].key in DEFINITE for k in range(end + 2, kind)):
        return not SENTENCE_BREAK.search(text, words[end].end, words[start].start)  # "A et l'association B"
    return start == end + 1 and text[words[end].end: words[start].start].strip() == ","


def _past_a_support_incise(text: str, words: Sequence[Token], k: int) -> int:
    """The word after an incise of support that opens at ``k`` (", avec l'aide de la Ville, "), or
    ``len(words)`` when no such incise opens there."""
    helped = words[k].key in {"avec", "grace"} and any(w.key in SUPPORT_NOUNS for w in words[k + 1: k + 4]) \
        or words[k].key == "avec" and any(w.key == "comme" for w in words[k + 1: k + 6])  # "avec la Ville comme
    # sociétaire": its holders
    # "La SCIC X, dont le Département est sociétaire depuis 2017, a livré…", "X, que la Ville soutient, rénove…"
    whose = words[k].key in {"dont", "que", "qu"}
    # "X, qui a reçu 20 000 € de la Ville, gère…" (its support, then its work), "X, qui promeut le vélo
    # urbain, anime…" (what it is, then its work)
    relative = words[k].key == "qui" and k + 1 < len(words) and words[k + 1].raw.islower()
    if not helped and not whose and not relative and not _a_participle_s_incise(text, words, k) \
            and not _its_founding(text, words, k) and not _what_it_is(text, words, k):
        return len(words)
    return past_the_incise(text, words, k)


def helped_before(text: str, words: Sequence[Token], first: int) -> int | None:
    """Where the support noun stands when a phrase of help opens the sentence of the subject that
    starts at ``first`` (its article included): "Grâce au soutien de la Ville, l'association X…",
    "Avec l'aide de l'Agglomération, X…", or "grâce" when its giver follows it: "Grâce à la Ville,
    X…"; else None."""
    first -= first > 0 and words[first - 1].key in _ITS_ARTICLES
    if first == 0 or "," not in text[words[first - 1].end: words[first].start]:
        return None
    for opening in range(first - 1, max(-1, first - _HELP_REACH), -1):
        if opening == 0 or SENTENCE_BREAK.search(text, words[opening - 1].end, words[opening].start):
            noun = support_noun_after(words, opening)
            if noun is None and words[opening].key == "grace":
                return opening  # (its giver is read past "à la": ``acting._the_member_after``)
            if noun is None and words[opening].key in HELPED and opening + 1 < first \
                    and words[opening + 1].key == "par":
                return opening + 1  # "Soutenue par la Région (comme par le Département), l'association X…"
            return noun if noun is not None and words[noun].key in SUPPORT_NOUNS else None
        if "," in text[words[opening - 1].end: words[opening].start] and words[opening].key not in OF_WORDS:
            return None  # (a list of givers goes on: "Avec le soutien de la Ville, de l'ADEME et de la Région, X…")
    return None


_HELP_REACH = 20  # words: "Grâce au soutien financier de la Communauté de communes du Pays de Lunel, "


def _what_it_is(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the incise that opens at ``k`` is an apposition of its kind: ", association d'éducation
    populaire, ", ", une SCOP de 12 salariés, " (not ", chantier d'insertion porté par l'association Y, ":
    a place another body runs, which carries nothing of its own)."""
    kind = k + (words[k].key in APPOSITION_ARTICLES and not words[k].capitalised)
    if kind >= len(words) or words[kind].capitalised or structure_words()[0].match_at(words, kind) is None:
        return False
    end = past_the_incise(text, words, kind)
    return end < len(words) and all(word.key != "par" for word in words[kind: end])


def past_the_incise(text: str, words: Sequence[Token], k: int) -> int:
    """The word after the comma that closes an incise opened at ``k``, or ``len(words)`` when the
    sentence or a parenthesis comes first; a comma before a name goes on with a list (", soutenue par
    la Ville, la CUD et le Département, a accompagné")."""
    for j in range(k, min(len(words) - 1, k + _INCISE_REACH)):
        gap = text[words[j].end: words[j + 1].start]
        if SENTENCE_BREAK.search(gap) or "(" in gap:
            break
        if gap.strip().lstrip("€%").strip() == "," and not _a_name_at(words, j + 1):  # (", soutenue à
            return j + 1  # hauteur de 80 000 €, a ouvert")
    return len(words)


def _a_name_at(words: Sequence[Token], k: int) -> bool:
    """Whether a name opens at ``k``, maybe after its article: "la CUD", "Emmaüs"."""
    k += words[k].key in LOWER_ARTICLES and not words[k].capitalised and k + 1 < len(words)
    return words[k].capitalised


_INCISE_REACH = 16  # words: "X, que l'Agglomération a aidée à s'installer dans un bâtiment communautaire en 2019, …"


def _a_participle_s_incise(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the incise that opens at ``k`` is a participle's and says a support before its comma:
    ", accompagnée par la Ville, ", ", installés dans un local prêté par la Ville, "."""
    if not (words[k].raw[:1].islower() and words[k].raw.endswith(_PARTICIPLE_ENDINGS)):
        return False
    if words[k].key.startswith(_PLACED) and k + 1 < len(words) and words[k + 1].key in _WHERE:
        return True  # ", installée dans le quartier Saint-Nicolas, ": where it is, then its work
    for j in range(k, min(len(words) - 1, k + 12)):
        if agent_after_given(words, j) is not None or supported_by_no_one_named(text, words, j):
            return True
        gap = text[words[j].end: words[j + 1].start]
        if SENTENCE_BREAK.search(gap) or "," in gap:
            return False
    return False


_PLACED = ("install", "implant", "situe", "base")
_WHERE = frozenset({"dans", "a", "au", "aux", "en", "sur", "pres", "rue", "avenue", "place"})


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
    end = past_the_incise(text, words, k)
    return end < len(words) and not any(word.raw[:1].isupper() for word in words[k: end])


_FOUNDED = frozenset(f"{stem}{end}" for stem in ("cree", "fonde", "ne", "lance", "ouvert")
                     for end in ("", "e", "s", "es"))
_KINDS_IN_AN_INCISE = frozenset({"association", "cooperative", "scop", "scic", "entreprise", "structure", "societe"})


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "ise", "u", "ue", "us", "ues")  # "accompagnée", "soutenue"


def participle_after(text: str, words: Sequence[Token], k: int) -> int | None:
    """Where the active participle after the auxiliary at ``k`` stands, past adverbs ("a également
    ouvert", "ont rénové"), or None (a passive, "a été labellisée"; a need, "a besoin")."""
    j = k + 1
    while j < len(words) and words[j].key in ADVERBS:
        j += 1
    j += j + 1 < len(words) and words[j].key == "pu" and words[j + 1].raw[:1].islower()  # "a pu ouvrir"
    return j if j < len(words) and not boundary(text, words[j - 1], words[j]) and an_active_participle(words[j]) \
        else None


def an_active_participle(word: Token) -> bool:
    """ "rénové", "ouvert", "créé" after "a" (not "été": a passive; not "pour", "besoin")."""
    return word.raw[:1].islower() and word.raw.isalpha() and len(word.raw) > 2 \
        and word.key not in NOT_WORDS_OF_A_NAME | _NOT_ACTS


# Adverbs between an auxiliary and its participle ("a également ouvert"), or a participle and its agent
# ("portées notamment par", "géré conjointement par": subjects.agents_of_running)
ADVERBS = frozenset({"egalement", "aussi", "deja", "notamment", "ainsi", "recemment", "ensuite", "enfin",
                     "principalement", "conjointement", "essentiellement", "desormais"})
# After "a": a passive, a need or an age, no act of the subject's
_NOT_ACTS = frozenset({"ete", "besoin", "pour", "vocation", "lieu", "ans"})
