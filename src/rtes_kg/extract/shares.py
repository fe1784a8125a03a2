"""Who holds shares in a company, when the words around its name do not say it alone: the member
listed among its shareholders ("La SCIC X réunit 300 sociétaires, dont Alès Agglomération (10 000 €
de parts)", "ses associés (la Ville, la Région et 40 habitants)"), the member's shares said apart
from the name ("(apport de 30 000 € au capital)", "; la Communauté a souscrit 500 parts sociales"),
and shares another body took ("La Caisse des Dépôts a pris des parts dans la SCIC X": not the
member's). "la Ville y a pris des parts" is ``anaphora``'s."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence

from rtes_kg.extract.clause import MEMBER_KEYS, MEMBER_WORDS, boundary, dating
from rtes_kg.extract.collectivites import COLLECTIVITE
from rtes_kg.extract.cuewords import SHAREHOLDER
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES, Found
from rtes_kg.extract.pronouns import GENDER_OF_ARTICLE
from rtes_kg.extract.spans import Spans
from rtes_kg.parse.naming import fold

__all__ = ["WITH_CAPITAL", "member_shares"]

_HOLDERS = frozenset({"societaires", "associes", "actionnaires", "cooperateurs"})
_OPENING = frozenset({"dont", "parmi", "lesquels", "lesquelles", "notamment"})
# Kinds of bodies that have a capital, in which shares are held
WITH_CAPITAL = frozenset({"scic", "scop", "cooperative", "cae", "sem", "entreprise-esus", "entreprise-insertion",
                           "entreprise-adaptee"})
_SHARES_ASIDE = re.compile(r"\s*\([^()]{0,40}\b(?:parts?|capital)\b[^()]{0,20}\)")  # "(10 000 € de parts)"
_HOLDS_AFTER = re.compile(r"\s+(?:est|était|reste)\s+(?:devenue?\s+)?(?:sociétaire|actionnaire|associée?)\b|"
                          r"\s+(?:détient|possède|a pris|a souscrit|a acquis)\s+(?:des|une|\d)", re.IGNORECASE)
_LIST_LENGTH = 40  # words of a list of holders read, at most
_ITS = frozenset({"ses", "leurs"})
_NAMES_BACK = 12  # names before a list of holders where its company is looked for
COMPANIES = (STRUCTURE, "entreprise")  # what has holders: an ESS structure, or a company ("la SPL X")


def member_shares(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                  explicit: Sequence[set[str]], is_member: Callable[[Found], bool],
                  names_member: Callable[[str], bool], pointed: Collection[int] = ()) -> dict[int, bool]:
    """For the companies whose shares the text says more of than its cue words: whether the member
    holds shares in each (``explicit``: the roles the words around each name gave; ``pointed``: the
    companies the member's own clause points back at, "; la Ville y a pris des parts", whoever opens
    the company's sentence)."""
    said = {n: False for n in range(len(found)) if SHAREHOLDER in explicit[n] and n not in pointed
            and held_by_another(text, words, found, spans, n, is_member, names_member)}
    lasts = [name.last for name in found]  # (their last words, in text order: bisected)
    for n in [*member_among_holders(text, words, found, spans, lasts, is_member, names_member),
              *shares_said_apart(text, words, found, spans, lasts, is_member, names_member)]:
        said[n] = True
    return said


def member_among_holders(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, lasts: list[int],
                         is_member: Callable[[Found], bool],
                         names_member: Callable[[str], bool]) -> list[int]:
    """The companies (indices of ``found``) whose holders, as the text lists them, include the
    member: by its name (``is_member``) or its kind word ("la Ville", ``names_member``)."""
    held = []
    for k, word in enumerate(words):
        if word.key in _HOLDER_WORDS and (named := _the_member_as_holder(words, k)) is not None \
                and _names_it(words, named, found, spans, is_member, names_member):
            company = _company_before(text, words, found, lasts, k)  # "La SCIC X, avec la Ville comme sociétaire",
            held += [company] if company is not None else []  # "X compte la Ville parmi ses sociétaires"
        if word.key not in _HOLDERS:
            continue
        items = _list_after(text, words, k)
        if items and any(_names_it(words, j, found, spans, is_member, names_member) for j in items):
            # ("La SCIC X porte une couveuse ; ses associés (…)": its holders, a clause after it)
            company = _company_before(text, words, found, lasts, k, same_sentence=words[k - 1].key not in _ITS)
            if company is not None:
                held.append(company)
    for n, name in enumerate(found):  # "dont Alès Agglomération (10 000 € de parts)": its own shares;
        # "la SCIC X, dont Laval Agglomération est sociétaire"
        if name.category == COLLECTIVITE and is_member(name) and (
                _SHARES_ASIDE.match(text, words[spans[n][1]].end) or spans[n][0] > 0
                and words[spans[n][0] - 1].key == "dont" and _HOLDS_AFTER.match(text, words[spans[n][1]].end)):
            company = _company_before(text, words, found, lasts, spans[n][0])
            if company is not None:
                held.append(company)
    return sorted(set(held))


def _the_member_as_holder(words: Sequence[Token], k: int) -> int | None:
    """The last word of the holder named before "comme" or "parmi ses" and the noun of holders at
    ``k`` ("la Ville comme sociétaire", "la Ville parmi ses associés"), or None."""
    j = k - 1 - (k >= 2 and words[k - 1].key in _ITS)
    return j - 1 if j >= 1 and (words[j].key == "comme" or words[j].key == "parmi" and j < k - 1) else None


def _list_after(text: str, words: Sequence[Token], k: int) -> range | None:
    """The words of the list of holders that the noun at ``k`` opens: "sociétaires, dont A, B",
    "associés (A, B)", "sociétaires parmi lesquels A"; None when no list follows."""
    j = k + 1
    while j < len(words) and j - k <= 3 and words[j].key in _OPENING:
        j += 1
    opened = j > k + 1 or (j < len(words) and text[words[k].end: words[j].start].strip() in {"(", ":"})
    if not opened or j >= len(words) or j == k + 1 and words[j].key.isdigit():
        return None  # ("une SCIC de 80 sociétaires (1,2 M€ d'investissement, dont 300 000 € de la Région)": amounts)
    last = j
    while last + 1 < len(words) and last - j < _LIST_LENGTH and not re.search(
            r"[.;!?\n)]", text[words[last].end: words[last + 1].start]):
        last += 1
    return range(j, last + 1)


def _names_it(words: Sequence[Token], j: int, found: Sequence[Found], spans: Spans,
              is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    owner = spans.owner(j)
    if owner is not None:
        return found[owner].category == COLLECTIVITE and is_member(found[owner])
    return words[j].key in MEMBER_WORDS and j > 0 and words[j - 1].key in {"la", "le", "l"} \
        and names_member(words[j].key)


def _company_before(text: str, words: Sequence[Token], found: Sequence[Found], lasts: list[int],
                    k: int, same_sentence: bool = True, capital_only: bool = False) -> int | None:
    """The nearest company named before word ``k`` in its sentence (or before it in the text), one
    that has a capital first (among the last few names: a walk over all would make a text of many
    lists quadratic)."""
    sentence = _sentence_start(text, words[k].start) if same_sentence else -1
    last = bisect.bisect_left(lasts, k)  # (the finds' last words, in text order)
    before = [n for n in range(max(0, last - _NAMES_BACK), last) if found[n].category in COMPANIES
              and words[found[n].first].start > sentence]
    with_capital = [n for n in before if found[n].kind in WITH_CAPITAL]
    chosen = with_capital or ([] if capital_only else before)
    return chosen[-1] if chosen else None


def held_by_another(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, n: int,
                    is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the subject of the sentence that names company ``n`` is another body, not the member:
    "La Caisse des Dépôts a pris des parts dans la SCIC X", another collectivité by its kind word or
    people (not "La Ville et la CDC ont pris…", nor "… aux côtés de la Ville": the member holds too)."""
    subject = _subject(text, words, spans[n][0])
    beside = next((j for j in range(spans[n][1] + 1, min(len(words), spans[n][1] + _BESIDE_REACH))
                   if words[j].key in {"cotes", "avec"} and not boundary(text, words[spans[n][1]], words[j])), None)
    if beside is not None and _the_member_in(range(beside + 1, min(len(words), beside + 4)), words, found, spans,
                                              is_member, names_member):
        return False
    return not _the_member_in(subject, words, found, spans, is_member, names_member) and any(
        (owner := spans.owner(j)) is not None and owner != n and not is_member(found[owner])
        or owner is None and (words[j].key in PEOPLE or words[j].key in MEMBER_KEYS and not names_member(words[j].key))
        for j in subject)  # ("La Région est actionnaire de la SEM X" in a commune's fiche, "Les habitants sont…")


_BESIDE_REACH = 8  # words from the company to "aux côtés de", "avec": "la SCIC X en 2021 aux côtés de la Ville"
# Holders who are people, not the member: "Les habitants sont sociétaires de la SCIC X"
PEOPLE = frozenset({"habitants", "citoyens", "salaries", "usagers", "particuliers", "producteurs", "agriculteurs",
                     "benevoles", "consommateurs", "adherents", "riverains", "familles", "epargnants", "clients"})


def shares_said_apart(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, lasts: list[int],
                      is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[int]:
    """The companies whose shares the member's sentence says apart from their name: "la SCIC X en
    2020 (apport de 30 000 € au capital)", "La coopérative X fournit… ; la Communauté a souscrit 500
    parts sociales de 100 €" (no company named after "parts")."""
    held = []
    for aside in _CAPITAL_ASIDE.finditer(text):
        k = bisect.bisect_left(words, aside.start(), key=lambda w: w.start)
        company = _company_before(text, words, found, lasts, k, capital_only=True) if k < len(words) else None
        if company is not None and not held_by_another(text, words, found, spans, company, is_member, names_member):
            held.append(company)
    for k, word in enumerate(words):
        entered = word.key == "capital" and k >= 2 and words[k - 1].key == "au" \
            and bool({w.key for w in words[max(0, k - 6): k - 1]} & _ENTERED)  # "est entrée au capital" (of what?),
        # "a apporté 10 000 € au capital"
        entered = entered or word.key in {"capital", "parts"} and k >= 2 and words[k - 1].key in {"du", "son", "des"} \
            and bool({w.key for w in words[max(0, k - 6): k - 1]} & _HOLDING)  # "La Ville détient 10 % du capital"
        entered = entered or word.key in _HOLDER_NOUNS and k >= 1 and words[k - 1].key in _BEING \
            and not (k + 1 < len(words) and words[k + 1].key in {"a", "au", "aux"})  # not "associée au projet"
        if (entered or word.key in _SHARE_NOUNS and k >= 3 and {words[k - 1].key, words[k - 2].key} & _SUBSCRIBED) \
                and not {w.key for j, w in enumerate(words[k - 4: k - 1], k - 4)
                         if not words[j + 1].key.endswith("ant")} & {"y", "en"} \
                and not (_of_the_company(words, k) and any(spans.owner(j) is not None
                                                           for j in range(k + 1, min(len(words), k + 6)))) \
                and _the_member_in(_subject(text, words, k), words, found, spans, is_member, names_member, text):
            company = _company_before(text, words, found, lasts, k, same_sentence=False, capital_only=True)
            if company is not None:
                held.append(company)
    held.extend(_shares_of_the_company_after(text, words, found, spans, is_member, names_member))
    held.extend(_cooperatives_joined(text, words, found, spans, is_member, names_member))
    return sorted(set(held))


def _of_the_company(words: Sequence[Token], k: int) -> bool:
    """Whether the company comes after the shares at ``k``: "du capital de la SCIC X", "500 parts
    sociales dans la SCIC Y" (not "du capital aux côtés de la Région")."""
    k += 1
    while k < len(words) and words[k].key in {"social", "sociale", "sociales", "sociaux"}:
        k += 1
    return k < len(words) and words[k].key in {"de", "du", "des", "d", "dans"}


# Joining a cooperative is taking its shares: "La Ville a adhéré en 2019 à la SCIC X", "adhère à la
# coopérative Y", "est adhérente (membre) de la SCIC Z" (joining an association makes a partner, ``cuewords``)
_JOINED = frozenset({"adhere", "adheree", "adherent", "adherente", "membre", "rejoint", "integre"})
_JOINED_BY_SHARES = frozenset({"scic", "cooperative"})
_FOUNDING = frozenset({"fondateur", "fondatrice", "fondateurs", "fondatrices"})
_JOINED_DIRECTLY = frozenset({"rejoint", "integre"})  # "a rejoint la SCIC X", "a intégré le sociétariat"
_COFOUNDING = frozenset({"cofondateur", "cofondatrice", "cofondateurs", "cofondatrices"})


def _past_one_of(words: Sequence[Token], k: int) -> int:
    """``k``, or the "un" of "l'un des", "une des" right before it: ``_subject`` reads the subject before that."""
    return k - 2 if k >= 2 and (words[k - 2].key, words[k - 1].key) in {("un", "des"), ("une", "des")} else k


def _cooperatives_joined(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                         is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[int]:
    joined = []
    for n, company in enumerate(found):
        if company.kind not in _JOINED_BY_SHARES:
            continue
        k = bisect.bisect_left(words, company.context, key=lambda w: w.start) - 1  # before its kind word
        while k >= 0 and words[k].key in LOWER_ARTICLES:
            k -= 1
        if k >= 2 and words[k].raw.isdigit() and dating(words, k - 1):
            k -= 2  # "a rejoint en 2020 la SCIC X"
        if k >= 1 and words[k].key in _JOINED_DIRECTLY:
            k += 1  # "a rejoint la SCIC X": its verb, as "a adhéré à" 's
        elif k < 1 or words[k].key not in {"a", "de", "du"}:
            continue
        k -= 1
        founder = words[k].key in _FOUNDING or words[k].key in _COFOUNDING  # "est cofondateur de la SCIC X"
        if k >= 1 and words[k].key in _FOUNDING and words[k - 1].key in {"membre", "membres"}:
            k -= 1  # "est membre fondateur de la SCIC X": a founder of a cooperative holds its shares
        if founder:
            k = _past_one_of(words, k)  # "est l'un des (membres) fondateurs de la SCIC X"
        if (date := next((j for j in (k - 1, k - 2) if j > 0 and words[j].key in {"en", "des", "depuis"}
                          and dating(words, j)), None)) is not None:
            k = date - 1  # "a adhéré en 2019 à", "depuis mars 2019"
        if (words[k].key in _JOINED or founder) and _the_member_in(
                _subject(text, words, k, verb_at_k=True), words, found, spans, is_member, names_member, text):
            joined.append(n)
    return joined


def _shares_of_the_company_after(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                                 is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[int]:
    """The companies named right after the shares the member subscribed: "La Ville a souscrit 50
    parts de la SCIC X", "Souscription de 50 parts de la SCIC X" (not "parts de marché", nor "La
    CDC a souscrit 50 parts de la SCIC X", nor "souscription de 50 parts de la SCIC X par la CDC")."""
    held = []
    said: tuple[int, bool] | None = None  # the shares said last, and whether the member's
    for k, word in enumerate(words[:-2]):
        if word.key not in _SHARE_NOUNS:
            continue
        before = {w.key for w in words[max(0, k - 3): k]}
        end = _sentence_end(text, word.end)
        if said is not None and words[k - 2].key == "et" and words[k - 1].raw.isdigit() \
                and not _STOP.search(text, words[said[0]].end, word.start):
            mine = said[1]  # "a souscrit 200 parts de la SCIC X et 50 parts de la coopérative Y": the same verb's
        elif before & _SUBSCRIBED and not before & {"y", "en"}:
            mine = _the_member_in(_subject(text, words, k), words, found, spans, is_member, names_member, text)
        else:
            mine = bool(before & _SUBSCRIBING) and not any(w.key == "par" for w in words[k + 2: k + 12]
                                                           if w.start < end)
        said = k, mine
        if words[k + 1].key not in {"de", "du", "des", "d"} \
                or not re.fullmatch(r"\s*", text[word.end: words[k + 1].start]):
            continue
        company = next((owner for j in range(k + 2, min(len(words), k + 5))
                        if (owner := spans.owner(j)) is not None and words[j].start < end), None)
        if mine and company is not None and found[company].category in COMPANIES:
            held.append(company)
    return held


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence of ``position`` ends, looked for a bounded way on (as ``_sentence_start``)."""
    window = min(len(text), position + _SENTENCE_REACH)
    ends = [found for stop in ".;!?\n(" if (found := text.find(stop, position, window)) >= 0]
    return min(ends, default=window)


# "(apport de 30 000 € au capital)", "(prise de participation de 20 000 € au capital)"
_CAPITAL_ASIDE = re.compile(r"\((?:apport|participation|prise de participation|entrée)\b[^()]{0,40}\bau capital\b"
                            r"[^()]{0,30}\)", re.IGNORECASE)
_SHARE_NOUNS = frozenset({"parts", "actions"})
_STOP = re.compile(r"[.;!?\n]")  # a sentence's end, not a parenthesis: "200 parts (20 000 €) de la SCIC X et 50…"
_HOLDER_NOUNS = frozenset({"societaire", "actionnaire", "associe", "associee"})
_HOLDER_WORDS = _HOLDERS | _HOLDER_NOUNS  # "avec la Ville comme sociétaire", "parmi ses sociétaires"
_BEING = frozenset({"est", "sont", "devenu", "devenue", "reste", "demeure"})
_ENTERED = frozenset({"entre", "entree", "entres", "entrees", "entrent", "rentre", "rentree", "apporte", "apportes",
                      "verse", "verses", "injecte", "souscrit"})
_HOLDING = frozenset({"detient", "detiennent", "possede", "possedent"})
_SUBSCRIBED = frozenset({"souscrit", "acquis", "pris", "detient", "possede", "achete",
                         "souscrivant", "acquerant", "prenant", "achetant"})  # "en souscrivant 100 parts"
_SUBSCRIBING = frozenset({"souscription", "acquisition", "achat", "prise"})  # "Souscription de 50 parts de…"
_VERBS = frozenset({"a", "ont", "est", "sont", "detient", "detiennent", "possede", "possedent", "prend", "prennent",
                    "souscrit", "souscrivent", "entre", "entrent", "devient", "deviennent", "soutient", "finance"})


def _subject(text: str, words: Sequence[Token], k: int, verb_at_k: bool = False) -> range:
    """The words of the sentence of word ``k`` before its first verb (or before ``k``, the verb when
    ``verb_at_k`` and none is found before it): its subject."""
    start = _sentence_start(text, words[k].start)
    first = bisect.bisect_right(words, start, key=lambda w: w.start)
    first = next((j + 1 for j in range(k - 1, max(first, 1), -1) if words[j].key in _RELATIVES
                  and "," in text[words[j - 1 - (words[j - 1].key in _BEFORE_RELATIVES)].end: words[j].start]),
                 first)  # "…, dans laquelle seule Grand Poitiers a pris des parts": the relative clause's
    verb = next((j for j in range(first, k) if words[j].key in _VERBS and words[j].raw.lower() != "à"),  # ("Soutien à")
                k if verb_at_k else None)
    return range(first, verb) if verb is not None else range(0)


_RELATIVES = frozenset({"laquelle", "lequel", "lesquels", "lesquelles"})
_BEFORE_RELATIVES = frozenset({"dans", "a", "avec", "par", "pour", "sur"})


def _the_member_in(subject: range, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                   is_member: Callable[[Found], bool], names_member: Callable[[str], bool], text: str = "") -> bool:
    """Whether ``subject`` names the member; a pronoun, when the clause before it has the member as
    its subject ("Le Département a participé à la création de la SCIC X ; il a souscrit 500 parts")."""
    if text and len(subject) == 1 and words[subject[0]].key in {"il", "elle"} and subject[0] > 0:
        before = _subject(text, words, subject[0] - 1)
        pronoun = words[subject[0]].key
        agrees = not before or GENDER_OF_ARTICLE.get(words[before[0]].key, pronoun) == pronoun
        return agrees and _the_member_in(before, words, found, spans, is_member, names_member)  # ("la SCIC… ; elle")
    for j in subject:
        owner = spans.owner(j)
        if owner is not None and found[owner].category == COLLECTIVITE and is_member(found[owner]):
            return True
        if owner is None and words[j].key in MEMBER_KEYS and names_member(words[j].key):
            return True
    return False




def _sentence_start(text: str, position: int) -> int:
    """Where the sentence of ``position`` starts (its stop's offset), looked for a bounded way back:
    a text of thousands of holders' lists and no stop stays linear."""
    window = max(0, position - _SENTENCE_REACH)
    found = max(text.rfind(stop, window, position) for stop in ".;!?\n")
    return found if found >= 0 else window - 1


_SENTENCE_REACH = 600  # characters


# An incise that tells the shares of the name before it: "la SCIC A, devenue sociétaire de la coopérative B"
_HOLDER_INCISE = re.compile(r"(?P<holder>\w+)\s*,\s*(?:qui est\s+|désormais\s+)?devenue?s?\s+"
                            r"(?:sociétaire|actionnaire|associée?)s?\s+(?:de|du|des|d['’])\s*"
                            r"(?:la\s+|le\s+|les\s+|l['’]\s*)?(?:\w+\s+)?$", re.IGNORECASE)


def another_s_shares(text: str, position: int) -> bool:
    """Whether a name at ``position`` is where another body, the name before the incise, holds
    shares (not the member's: "La Ville, devenue sociétaire de la SCIC X" is hers)."""
    holder = _HOLDER_INCISE.search(text, max(0, position - 90), position)
    return holder is not None and fold(holder["holder"]) not in MEMBER_KEYS
