"""Who founded a body. The member, said after the body's name: "le PTCE X, dont la Ville est membre
fondateur", "la SCIC Y, dont Laval Agglomération est cofondatrice" (the cue "membre fondateur de X"
is ``cuewords``'; "La Région est membre fondateur de X", another's, is ``whose``'), the subject of
a relative clause after it ("X, que la Ville a contribué à créer"), or the one who helped its
creation ("X, créée en 2021 avec l'appui de la Région", "X a été créée par la Ville"). Others, said
as the subject of the verb: "Des habitants ont créé l'association X" (no creation of the member's)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE, opened_by_the_member
from rtes_kg.extract.clause import MEMBER_KEYS, MEMBER_WORDS, boundary
from rtes_kg.extract.coagents import member_among_agents
from rtes_kg.extract.collectivites import COLLECTIVITE, collectivite_words
from rtes_kg.extract.cuewords import CREATED, CREATION, PARTNER, SHAREHOLDER, SUPPORT_NOUNS
from rtes_kg.extract.kind_words import kind_words
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES, PUBLIC, Found
from rtes_kg.extract.negation import negated
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import AGENT

_FOUNDER = re.compile(r"\s+(?:est|était|a été)\s+(?:(?:l['’]\s*)?une?\s+des\s+)?(?:membres?\s+)?"
                      r"(?:co-?)?fondat(?:eur|rice)s?\b", re.IGNORECASE)


def founded_or_joined_by_member(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                      is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(name, CREATED) for each body whose relative clause says the member founded it (not "dont la
    Région est membre fondateur" in a commune's fiche), (name, PARTNER) for one it says the member
    belongs to or sits on the board of ("dont la Ville est membre", "… est administratrice"), and
    (name, SHAREHOLDER) when that body is a cooperative, whose members hold its shares."""
    created = []
    for k, word in enumerate(words[1:-1], start=1):
        if word.key != "dont" or "," not in text[words[k - 1].end: word.start]:
            continue
        j = k + 1 + (words[k + 1].key in LOWER_ARTICLES)
        owner = spans.owner(j) if j < len(words) else None
        if owner is not None and found[owner].category == COLLECTIVITE and is_member(found[owner]):
            end = spans[owner][1]
        elif owner is None and j < len(words) and words[j].key in MEMBER_KEYS and names_member(words[j].key):
            kind = collectivite_words().match_at(words, j)  # "dont la Ville", "dont la Communauté de communes"
            end = kind.last if kind is not None else j
        else:
            continue
        body = spans.owner(k - 1)
        if body is not None and found[body].category != COLLECTIVITE and _FOUNDER.match(text, words[end].end):
            created.append((body, CREATED))
        elif body is not None and found[body].category != COLLECTIVITE and _SEATED.match(text, words[end].end):
            # "l'association X, dont la Ville est membre du conseil d'administration"; of a cooperative,
            # its shares: "la SCIC X, dont la Ville est membre"
            created.append((body, SHAREHOLDER if found[body].kind in _BY_SHARES else PARTNER))
    return created


_BY_SHARES = frozenset({"scic", "cooperative"})  # whose members hold its shares
# The member on a body's board, or a member of it: a partner ("dont la Ville est sociétaire" is ``shares``')
_SEATED = re.compile(r"\s+(?:est|était)\s+(?:(?:un\s+des\s+|l['’]\s*un\s+des\s+)?membres?|administrat(?:eur|rice)|"
                     r"adhérente?)\b(?!\s+fondat)", re.IGNORECASE)


def founded_by_others(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, start: int,
                      member_at: Callable[[int], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the body named at ``start`` is the object of a verb of founding whose subject is not
    the member, a plural one or a named body that is no public one: "Des habitants ont créé
    l'association X", "L'association Y a créé la SCIC X", "Dix communes et la coopérative Y ont
    fondé en 2017 la SCIC X" (not "La Ville et la CAF ont créé X"; "dix communes de la CC": the CC
    only qualifies them)."""
    k = start - 1
    while k > 0 and start - k <= 6 and words[k].key not in CREATION and not boundary(text, words[k - 1], words[k]):
        k -= 1  # past the object's article and a date: "ont fondé en 2017 la SCIC X"
    if words[k].key not in CREATION or k < 2 or words[k - 1].key not in _AUXILIARIES:
        return False
    first = k - 1
    while first > 0 and k - first < _SUBJECT_REACH and not boundary(text, words[first - 1], words[first]) \
            and ("," not in text[words[first - 1].end: words[first].start] or spans.owner(first - 1) is not None
                 or words[first - 1].key in MEMBER_KEYS):
        first -= 1  # the subject: "En 2019, trois agriculteurs ont fondé…", "La Ville, A et B ont créé…" (a list)
    subject = range(first, k - 1)
    if words[k - 1].key in _SINGULAR_AUXILIARIES and not any(
            (owner := spans.owner(j)) is not None and found[owner].category not in PUBLIC for j in subject):
        return False  # "La Ville a créé X", "Elle a fondé X": a named body must be the one subject (a public
        # one's creation is its own act, ``whose.another_body_s_support``: "La Région a créé la SCIC X")
    return first < k - 1 and not any(
        (member_at(j) or spans.owner(j) is None and words[j].key in MEMBER_KEYS and names_member(words[j].key))
        and not _qualifies(words, j) for j in subject)


_SINGULAR_AUXILIARIES = frozenset({"a", "avait"})  # "L'association X a créé la SCIC Y": X's creation
_AUXILIARIES = _SINGULAR_AUXILIARIES | {"ont", "avaient"}
_SUBJECT_REACH = 24  # words: a bounded walk back, a long text without commas stays linear


def _qualifies(words: Sequence[Token], j: int) -> bool:
    """Whether the word at ``j`` is a complement after "de": "Dix communes de la CC"."""
    before = j - 1 - (j >= 1 and words[j - 1].key in {"la", "l", "le"})
    return before >= 0 and words[before].key in {"de", "du", "des", "d"}


def supported_in_the_member_s_relative(text: str, words: Sequence[Token], spans: Spans,
                                       names_member: Callable[[str], bool],
                                       member_at: Callable[[int], bool]) -> list[int]:
    """The bodies a relative clause after them says the member supported: "La recyclerie X, que
    l'Agglomération a aidée à s'installer…", "X, que la Ville soutient depuis 2015", "la SCIC X, à
    laquelle elle verse néanmoins une subvention" (not "que la Région a financée" in a commune's
    fiche, nor "que l'association Y accompagne")."""
    bodies = []
    for que, word in enumerate(words[1:-1], start=1):
        to_it = word.key in _TO_WHICH or word.key in _WHICH and words[que - 1].key == "a"  # "à laquelle", "auquel"
        opening = que - 1 if to_it and word.key in _WHICH else que
        if not (to_it or word.key in {"que", "qu"}) or "," not in text[words[opening - 1].end: words[opening].start] \
                or (body := spans.owner(opening - 1)) is None:
            continue
        verbs = _GIVING_TO if to_it else _SUPPORTING
        verb = next((j for j in range(que + 1, min(len(words), que + 8)) if words[j].key.startswith(verbs)
                     and not boundary(text, words[j - 1], words[j])), None)
        if verb is not None and the_member_relates(text, words, spans, que, verb, names_member, member_at) \
                and not negated(text, words, verb):  # (not "que la collectivité devait financer en 2024")
            bodies.append(body)
    return bodies


# The verbs of support, in the present or after "a": "que la Ville soutient", "qu'elle a aidée", "que la
# Ville a équipé de 10 machines"
_SUPPORTING = ("soutien", "soutenu", "aide", "finance", "cofinance", "subventionn", "accompagn", "equipe")
# and of a gift to the body: "à laquelle la Ville verse 20 000 €", "auquel elle loue un local"
_GIVING_TO = ("verse", "attribu", "accord", "octroi", "alloue", "apporte", "loue", "prete", "cede", "confie")
_WHICH = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "qui"})
_TO_WHICH = frozenset({"auquel", "auxquels", "auxquelles"})


def the_member_relates(text: str, words: Sequence[Token], spans: Spans, que: int, verb: int,
                        names_member: Callable[[str], bool], member_at: Callable[[int], bool]) -> bool:
    """Whether the subject of the relative clause from "que" to its verb is the member: "que la
    Communauté de communes a créée", "que Laval Agglomération a créée", "qu'elle a contribué à créer"
    in a sentence the member opens (not "que des habitants ont créée", "que l'association Y a créée")."""
    between = range(que + 1, verb)
    if any(spans.owner(j) is not None and not member_at(j) for j in between):
        return False
    return any(member_at(j) or words[j].key in MEMBER_WORDS and names_member(words[j].key) for j in between) or (
        words[que + 1].key in {"il", "elle"} and opened_by_the_member(text, words, que, names_member, member_at))


# "lancé (en 2018) par" the member: a body it founded (another's launch, or a scheme's, says nothing)
_LAUNCHED = frozenset(f"lance{end}" for end in ("", "e", "s", "es"))


def created_with_help(text: str, words: Sequence[Token], spans: Spans, found: Sequence[Found],
                       names_member: Callable[[str], bool], member_at: Callable[[int], bool]) -> list[tuple[int, str]]:
    """ "X, créée en 2021 avec l'appui de la Région", "Créée … avec l'appui de l'Agglomération, la
    CAE X", "X, que la Communauté de communes a créée", "X a été créée par la Ville", "créée par 300
    habitants et la Ville": created with the member's help. Not "X a créé une épicerie avec le soutien
    du Département" (X creates), nor a collectivité ("à l'initiative de l'Agglomération et de la Ville
    de Rosporden": it helps)."""
    roles = []
    breaks: list[int] | None = None
    for k, word in enumerate(words):
        launched = word.key in _LAUNCHED  # "le PTCE X, lancé en 2018 par l'Agglomération": by the member only
        born = word.key in _BORN
        opened = k >= 3 and (word.key == "ouvert" and words[k - 1].key in {"a", "ont"}  # "X a ouvert", "a vu le jour"
                             or word.key == "jour" and [w.key for w in words[k - 2: k]] == ["vu", "le"])
        if word.key not in CREATION and not launched and not born and not opened:
            continue
        if opened and not _at_its_initiative(text, words, k, names_member, member_at):
            continue  # (only after the member's initiative: "À l'initiative de la Ville, le garage X a ouvert")
        after = tuple(w.key for w in words[k + 1: k + 11])  # "créée en 2022 par des habitants avec le soutien"
        helped = next((i for i in range(len(after)) for h in _HELP if after[i: i + len(h)] == h), None)
        if born and (helped is None or "initiative" not in after[helped: helped + 3]):
            continue  # "Née d'une initiative de la Ville, la SCIC X…" (not "née de la fusion de A et B")
        que = next((i for i in range(k - 1, max(-1, k - 7), -1) if words[i].key in {"que", "qu"}), None)
        relative = que is not None and the_member_relates(text, words, spans, que, k, names_member, member_at) or \
            opened or words[k - 1].key in {"ete", "est", "sont"} and _at_its_initiative(text, words, k, names_member,
                                                                                       member_at)
        agent = k + 1 + helped + 3 if helped is not None else k
        by = next((i for i in range(min(3, len(after))) if after[i] == "par"), None)  # "créée (en 2021) par"
        among = False  # the member among the founders: "par la Région et la Ville", "par 300 habitants et la Ville"
        if helped is None and by is not None:
            head = next((j for j in range(k + 2 + by, min(len(words), k + 5 + by)) if words[j].key not in DEFINITE), k)
            among = _member_among_founders(words, spans, head, names_member, member_at)
            if among or spans.owner(head) is None and (
                    words[head].key in MEMBER_WORDS or words[head].key in MEMBER_KEYS
                    and names_member(words[head].key)):  # "créée par la Ville", "la CC"
                helped, agent = by, k + 2 + by  # ("par la Région" in a commune's fiche: below, not the member's)
        if launched and (helped is None or helped != by):
            continue  # (a scheme "lancé avec l'appui de…", a call "que la Ville a lancé": no body's founding)
        own = helped is not None and after[helped: helped + 3] in _OWN_INITIATIVE  # "créée à son initiative"
        if own and not opened_by_the_member(text, words, k, names_member, member_at):
            continue  # (whose initiative: the sentence's subject, here another body)
        if helped is not None:
            by_member = own or any(member_at(j) for j in range(agent, min(agent + 3, len(words))))  # "de la CACEM"
            if not among and not by_member and any(spans.owner(j) is not None
                                                   for j in range(agent, min(agent + 3, len(words)))):
                continue  # created with the help of another organisation named there
            named = next((w for w in words[agent: agent + 4] if w.key not in DEFINITE and w.key not in AGENT), None)
            if not among and not by_member and named is not None and named.capitalised and (
                    named.key in _OTHER_BODY_HEADS or len(named.raw) > 1 and named.raw.isupper()
                    and named.key not in MEMBER_KEYS):
                continue  # "à l'initiative de la Fédération du BTP de l'Ain", "… de la CAPEB": not found as bodies
            reach = next((j for j in range(agent + 1, min(len(words), agent + 6))
                          if boundary(text, words[j - 1], words[j])), agent + 6)
            if not among and not by_member and named is not None and named.raw.islower() and not any(
                    w.key in MEMBER_WORDS or w.key in MEMBER_KEYS and names_member(w.key)
                    for w in words[agent: reach]):
                continue  # "créée à l'initiative de citoyens", "… d'habitants": people, not the member (nor the
                # Ville of the next clause: "… des habitants du Blosne ; la Ville a financé…")
        elif not relative:
            continue
        helper = range(k + 1 + helped, min(len(words), k + helped + 7)) if helped is not None else range(que or 0, k)
        if not among and any(words[j].key in MEMBER_WORDS and spans.owner(j) is None and not names_member(words[j].key)
               for j in helper):
            continue  # "la Maison de l'ESS, que la Ville a créée" in an agglomération's fiche: the Ville's
        if breaks is None:  # where a clause ends, after word i: asked of every name at every creation word
            breaks = [i for i in range(len(words) - 1) if boundary(text, words[i], words[i + 1])]
        at = bisect.bisect_left(breaks, k)
        clause_start = breaks[at - 1] + 1 if at else 0  # the words from there to k are one clause…
        clause_end = breaks[at] if at < len(breaks) else len(words)  # …and from k to there
        active = not relative and k >= 1 and words[k - 1].key in {"a", "ont", "avait", "avaient"}  # "X a créé"
        before = [] if active else [n for n, (_first, last) in enumerate(spans) if clause_start <= last < k or (
            last < clause_start and _ACRONYM_ASIDE.fullmatch(text, words[last].end, words[clause_start].start))]
        later = [n for n, (first, _last) in enumerate(spans) if k < first <= clause_end]
        before, later = ([n for n in names if found[n].category != COLLECTIVITE] for names in (before, later))
        if before and (k - spans[before[-1]][1] <= 8 or relative):
            roles.append((before[-1], CREATED))
        elif k == 0 or boundary(text, words[k - 1], words[k]):  # a participle fronted: "Créée en 2019 …, X"
            subject = next((n for n in later if _subject_after_the_participle(text, words, k, spans[n][0])), None)
            if subject is not None:  # (past a co-founder: "Créée à l'initiative du Département et de la MSA, X…")
                roles.append((subject, CREATED))
            elif (pointed := _pointed_subject(text, words, k, found)) is not None:
                roles.append((pointed, CREATED))  # "Recyclerie X : créée … de la Ville, la recyclerie est gérée…"
    return roles


def _at_its_initiative(text: str, words: Sequence[Token], k: int, names_member: Callable[[str], bool],
                       member_at: Callable[[int], bool]) -> bool:
    """Whether the sentence of the passive creation at ``k`` opens with the member's initiative: "À
    l'initiative de la Ville et de la CMA, la coopérative X a été créée" (X created; not "de la Région"
    in a commune's fiche)."""
    start = k
    while start > 0 and not boundary(text, words[start - 1], words[start]) and k - start < _PARTICIPLE_REACH * 2:
        start -= 1
    opening = [w.key for w in words[start: start + 5]]
    if opening[:3] != ["a", "l", "initiative"] or len(opening) < 5 or opening[3] not in {"de", "du"}:
        return False
    named = start + 4 + (opening[4] in LOWER_ARTICLES)
    return named < k and (member_at(named) or words[named].key in MEMBER_WORDS and names_member(words[named].key))


def _subject_after_the_participle(text: str, words: Sequence[Token], k: int, name: int) -> bool:
    """Whether the name at ``name`` opens the main clause after the participle phrase fronted at ``k``,
    its subject: "Créée en 2019 avec l'appui de la Ville, la CAE X…" (not "Créée à l'initiative de la
    Ville, la recyclerie est gérée par Y": Y runs what was created), past an incise of its companions:
    "Créé à l'initiative de la Ville, avec la CRESS et la Banque des Territoires, le PTCE X" (not the CRESS)."""
    comma = _comma_before(text, words, name, max(k, name - 4))  # the nearest before the name
    if comma is None or any(words[j].key in _NO_SUBJECT_BEFORE for j in range(comma + 1, name)):
        return False
    opening = _comma_before(text, words, comma, k)  # (the phrase the comma ends opens after k or a comma)
    opening = k if opening is None else opening + 1
    return not any(words[j].key == "avec" and not {w.key for w in words[j + 1: j + 3]} & SUPPORT_NOUNS
                   for j in range(opening + 1, comma + 1))  # (not "Lancé par la Région avec l'ADEME, la Banque
    # des Territoires et la CRESS, le dispositif…": the list goes on; "avec l'appui de la Ville, la CAE X" is X)


def _comma_before(text: str, words: Sequence[Token], end: int, start: int) -> int | None:
    """The word a comma follows, the nearest before the word ``end`` and from ``start`` on."""
    return next((j for j in range(end - 1, start - 1, -1) if "," in text[words[j].end: words[j + 1].start]), None)


def _pointed_subject(text: str, words: Sequence[Token], k: int, found: Sequence[Found]) -> int | None:
    """The name before the participle fronted at ``k`` that the subject after its comma points back at
    by its kind: "Recyclerie X : créée en 2012 à l'initiative de la Ville, la recyclerie est gérée par Y"."""
    comma = _comma_after(text, words, k, min(len(words) - 2, k + _PARTICIPLE_REACH))
    if comma is None or words[comma + 1].key not in DEFINITE:
        return None
    noun = words[comma + 2].key
    before = [n for n, f in enumerate(found) if f.last < k and noun in kind_words(f.kind)]
    return before[-1] if before else None


def _comma_after(text: str, words: Sequence[Token], k: int, end: int) -> int | None:
    """The word a comma follows, from the participle at ``k`` to ``end``: where its phrase ends."""
    return next((j for j in range(k, end) if "," in text[words[j].end: words[j + 1].start]), None)


_PARTICIPLE_REACH = 16  # words from a fronted participle to its comma
# Between the comma and a name, words that make it no subject: a verb, an agent ("est gérée par Y")
_NO_SUBJECT_BEFORE = frozenset({"est", "sont", "a", "ont", "etait", "gere", "geree", "porte", "portee", "par",
                                "avec", "de", "du", "des", "d", "au", "aux"})  # (no subject after a preposition)


def _member_among_founders(words: Sequence[Token], spans: Spans, head: int, names_member: Callable[[str], bool],
                           member_at: Callable[[int], bool]) -> bool:
    """Whether the agents of "créée par" from ``head`` on name the member, first or joined by "et": "par
    la Ville de Laval", "par la Région et la Ville", "par 300 habitants et la Ville"."""
    owner = spans.owner(head)
    if owner is not None and member_at(spans[owner][0]):
        return True
    return member_among_agents(words, spans, head, names_member, lambda other: not member_at(spans[other][0]))


_ACRONYM_ASIDE = re.compile(r"\s*\(\s*[^\s()]{2,15}\s*\)\s*")  # "X (CVSS) a été créée…": still X's clause
# "créée avec l'appui de la Région": created with the member's help.
_OWN_INITIATIVE = frozenset({("a", "son", "initiative"), ("sur", "son", "initiative")})  # the subject's
_HELP = {("avec", "l", "appui"), ("avec", "le", "soutien"), ("avec", "l", "aide"),
         ("avec", "l", "accompagnement"), ("grace", "au", "soutien"), ("grace", "a", "l", "appui"),
         ("avec", "le", "concours"), ("a", "l", "initiative"), ("d", "une", "initiative"), *_OWN_INITIATIVE}
_BORN = frozenset({"nee", "nees", "nes"})  # (not "né": "ne", the negation's word)
# Words that open the name of a body that is no collectivité ("d'Est Ensemble" may be the member).
_OTHER_BODY_HEADS = frozenset({"federation", "union", "association", "chambre", "syndicat", "comite", "collectif",
                               "groupe", "reseau", "fondation", "institut", "office", "agence", "confederation",
                               "mutuelle", "caisse", "banque", "entreprise", "societe", "cooperative"})
