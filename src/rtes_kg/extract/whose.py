"""Whose support a sentence tells: another body's as the subject of its verb or the agent of a
passive, or the member's with another body beside it (docs/extraction.md, "Roles", "Whose support")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.adjectives import an_incise_opens
from rtes_kg.extract.anaphora import DEFINITE, member_named_after
from rtes_kg.extract.clause import MEMBER_AREA_WORDS, MEMBER_KEYS, MEMBER_WORDS, boundary, closes_examples, to_before
from rtes_kg.extract.cuewords import BESIDE, CREATED, HOSTING, PARTNER, SUPPORTED
from rtes_kg.extract.lexicon import HELPED, KIND_ADJECTIVES, OF_WORDS, PARTICIPLE_ENDINGS, Token, joined
from rtes_kg.extract.names import PUBLIC, Found
from rtes_kg.extract.relatives import relative_clause_role
from rtes_kg.extract.spans import Spans


def another_body_s_support(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                            explicit: list[set[str]], member: Callable[[Found], bool],
                            names_member: Callable[[str], bool]) -> list[tuple[int | None, int | None]]:
    """(supported, giver) where another body, the subject of the sentence, supports a name: "La
    Région Occitanie loue un local à l'association X", "Initiative Gard a accordé un prêt d'honneur
    à la SCOP X" say nothing of the member's support ("La Région et la Ville financent X", "La
    Ville, avec la Région, finance X" do); the giver None when only its kind names it ("La Région a
    créé la SCIC X" in a commune's fiche); supported None when the member, named later, supports
    it too ("La commune de Y prête un local à X, soutenue par la Communauté": Y gives, a partner)."""
    supported: list[tuple[int | None, int | None]] = []
    for n, (first, _) in enumerate(spans):
        created = CREATED in explicit[n]
        if explicit[n] - {SUPPORTED, PARTNER, CREATED}:
            continue
        k = first - 1
        while k > 0 and first - k < 25 and (not boundary(text, words[k - 1], words[k])
                                            or _PARENTHESIS.fullmatch(text, words[k - 1].end, words[k].start)):
            k -= 1  # (through a name's parenthesis: "la Mutualité sociale agricole (MSA) Grand Sud")
        cleft = _past_a_cleft(words, k)  # "C'est la Région qui finance X": the Région is the subject
        k = cleft if cleft is not None else k
        head = k + 1 if words[k].key in DEFINITE else k
        role = relative_clause_role(text, words, found, spans, explicit[n], n, k, first, member)
        if role is not None:  # "La Ville subventionne l'association X, qui accompagne la SCOP Y": X's, not the member's
            supported.append(role)
            continue
        if not explicit[n] and not to_before(words, first):
            continue  # (no role said, but "La Région a attribué 30 000 € à X": X receives, whoever gives)
        subject = spans.owner(head)
        kind, kind_end = kind_at(words, head)
        plural = _after_plural_kind(words, k + (words[k].key in _PLURAL_DETERMINERS), first)
        if plural is not None:  # "Les communes du territoire soutiennent X": other bodies than the member
            verb, givers = _after_co_subjects(text, words, found, spans, plural, first, member, names_member)
        elif subject is None and (kind is not None and another_kind(kind, names_member)
                                  or words[head].key in NEVER_MEMBER):
            verb, givers = _after_co_subjects(text, words, found, spans, kind_end + 1, first, member,
                                              names_member)  # "La Région a créé X"
        elif subject is None and (named := _past_an_unknown_name(text, words, head, first)) is not None:
            verb, givers = named, []  # "L'office Plaine Commune Habitat loue des locaux à X": a body no finder knows
        elif subject is None or subject == n or member(found[subject]) \
                or created and found[subject].category not in PUBLIC:
            continue  # (any body: "La Fondation de France finance X" is no more the member's than the Région's;
            # but "France Active a accompagné la création de X" helps the member's action)
        else:
            verb, givers = _after_co_subjects(text, words, found, spans, spans[subject][1] + 1, first, member,
                                              names_member)
            givers.insert(0, subject)
        if verb is None:
            continue  # "La CAF et la Ville financent X": the member's support too (see co_supporters)
        verb += cleft is not None and verb < first and words[verb].key == "qui"  # "C'est la Région qui finance"
        shared = member_named_after(text, words, found, spans, spans[n][1] + 1, member, names_member)
        # ("La CAF finance X, que la Ville soutient aussi": the member's support too, the CAF a partner)
        verb += verb < first and words[verb].key in {"a", "ont"}  # "a cédé"
        verbs = _HELPING_CREATE if created else GIVING
        apposed = "," in text[words[verb - 1].end: words[verb].start]
        stems = ("fondat", "cofondat", "origine", "initiative") if created else ("financeu", "cofinanceu")
        founding = (words[verb].key in {"est", "sont", "etait"} or apposed) and any(
            w.key.startswith(stems) for w in words[verb: verb + 6])  # "La Région est membre fondateur de X",
        # "est à l'origine de X", "le principal financeur de X", "Le Département, premier financeur de X": its own
        hosted = words[verb].key in HOSTING and explicit[n] == {PARTNER}  # "héberge 18 structures, dont la
        # SCOP X": one of those it hosts, as "accueille" lists them (not "héberge la légumerie X": its host)
        if verb < first and (words[verb].key in verbs and not hosted or founding) \
                and (not boundary(text, words[verb - 1], words[verb])
                     or _PARENTHESIS.fullmatch(text, words[verb - 1].end, words[verb].start)) \
                and not any(words[j].key == "par" for j in range(verb + 1, first)) \
                and not (any(_beside(words, j) for j in range(verb + 1, first)) and (
                    explicit[n] != {SUPPORTED} or _member_between(words, found, spans, verb + 1, first, member,
                                                                  names_member))):
            # "La Région Occitanie loue…": right after the subject, its verb (not "X, financé par Y"; not "avec
            # l'Agefiph" itself, a partner, nor X after "avec la Ville": the member's too; "La Région finance,
            # avec l'Agefiph, X" is the Région's)
            receiver = None if shared else n
            supported += [(receiver, giver) for giver in givers] if givers else [] if shared else [(n, None)]
    return supported


def _member_between(words: Sequence[Token], found: Sequence[Found], spans: Spans, start: int, end: int,
                    member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the member is named by a find or its kind word between ``start`` and ``end``."""
    return any(_the_member_at(words, found, spans, j, member, names_member) for j in range(start, end))


def _the_member_at(words: Sequence[Token], found: Sequence[Found], spans: Spans, j: int,
                   member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the word at ``j`` names the member: a find of it, or the kind word of its kind ("la Ville")."""
    owner, kind = spans.owner(j), kind_at(words, j)[0]
    return owner is not None and member(found[owner]) \
        or owner is None and kind is not None and not another_kind(kind, names_member)


def _past_a_cleft(words: Sequence[Token], k: int) -> int | None:
    """Where the subject stands after "C'est", "Ce sont" that open the sentence at ``k``, else None."""
    opening = tuple(word.key for word in words[k: k + 2])
    return k + 2 if opening in (("c", "est"), ("ce", "sont")) and k + 2 < len(words) else None


def _beside(words: Sequence[Token], j: int) -> bool:
    """Whether the word at ``j`` says a body beside the giver ("avec", "auprès", "avec l'aide de", "au
    même titre que"),
    not the gift itself: "a attribué une aide à X", nor its own means: "via son dispositif Cap'Asso"."""
    return words[j].key in BESIDE and not (words[j].key == "aide" and words[j - 1].key in {"une", "son", "sa", "leur"}
                                           or words[j].key == "via" and j + 1 < len(words)
                                           and words[j + 1].key in {"son", "sa", "ses", "leur", "leurs"}) \
        or (words[j - 1].key, words[j].key) in _ALIKE  # "au même titre que la Ville", "tout comme la Ville"


_ALIKE = frozenset({("meme", "titre"), ("tout", "comme")})


def _past_an_unknown_name(text: str, words: Sequence[Token], head: int, end: int) -> int | None:
    """Where the verb stands after a subject that is a body's head noun and a name no finder knows
    ("L'office Plaine Commune Habitat loue…", "Le bailleur Logiparc prête…"), or a capitalised name
    with a complement and no collectivité's word ("Le Marché d'Intérêt National héberge…"), else None
    (not "Le Grand Besançon soutient…", the member maybe, by a shorter name, nor "Le Pays de Lorient")."""
    if head + 1 >= end or words[head].key in MEMBER_WORDS or not joined(text, words[head], words[head + 1]) \
            or words[head].raw.islower() and not words[head + 1].capitalised:
        return None
    k = head + 1
    while k < end and (words[k].capitalised or words[k].key in OF_WORDS) and joined(text, words[k - 1], words[k]):
        k += 1
    named = {w.key for w in words[head: k]}
    member_s = MEMBER_KEYS | MEMBER_AREA_WORDS  # "Le Pays de Lorient": the member, maybe
    return k if k < end and words[k - 1].key not in OF_WORDS and (words[head].raw.islower() or named & OF_WORDS
                                                               and not named & member_s) else None



def _after_plural_kind(words: Sequence[Token], k: int, end: int) -> int | None:
    """Where the verb (or another subject) stands after collectivités named by a plural kind word
    ("les communes du territoire", "plusieurs intercommunalités voisines"): never the member, one
    body; None when the subject is no such plural."""
    if k >= end or words[k].key not in _PLURAL_KINDS:
        return None
    for j in range(k + 1, min(end, k + 6)):
        if words[j].key in GIVING or words[j].key in _JOINING:
            return j  # (its verb, or the other subjects joined to it: "Les communes et la Ville…")
    return None


_PLURAL_DETERMINERS = frozenset({"les", "des", "plusieurs", "certaines", "nombreuses", "quelques", "autres"})
_PLURAL_KINDS = frozenset({"communes", "villes", "mairies", "municipalites", "intercommunalites", "epci",
                           "departements", "regions", "collectivites"})


def kind_at(words: Sequence[Token], k: int) -> tuple[str | None, int]:
    """The kind word at ``k`` ("Région"; "Conseil régional" as "region") and where it ends."""
    if words[k].key in MEMBER_WORDS:
        return words[k].key, k
    if words[k].key == "conseil" and k + 1 < len(words) and words[k + 1].key in KIND_ADJECTIVES:
        return KIND_ADJECTIVES[words[k + 1].key], k + 1
    return None, k


def another_kind(key: str, names_member: Callable[[str], bool]) -> bool:
    """Whether "la Région", "la Ville"… (``key``) is another collectivité than the member, whose
    kind is known (a fiche without it says nothing of which)."""
    return not names_member(key) and any(names_member(kind) for kind in _KINDS)


# (each a kind word of the collectivités' finder: another word would name any member)
_KINDS = ("ville", "departement", "region", "metropole", "agglomeration", "cc", "communaute urbaine", "syndicat mixte",
          "etablissement public territorial", "collectivite territoriale", "petr")


def _after_co_subjects(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, k: int, end: int,
                       member: Callable[[Found], bool],
                       names_member: Callable[[str], bool]) -> tuple[int | None, list[int]]:
    """Where the verb stands after the other bodies of the subject ("La CAF et la MSA financent X",
    "La CAF et la Région financent X" in a commune's fiche: the verb after them), and those bodies
    named; None when the member is one of them. An aside is passed over: "La Région, de son côté,
    soutient X", an apposition: "La Ville de Montreuil, membre du RTES, soutient X", and the bodies
    beside the subject: "Le Département, en lien avec la DREETS, finance X" (not the member's: "La
    Région, avec la Ville, finance X" is its support too)."""
    def the_member_at(j: int) -> bool:
        return _the_member_at(words, found, spans, j, member, names_member)

    others: list[int] = []
    while k < end and (words[k].key in _JOINING or kind_at(words, k)[0] is not None or spans.owner(k) is not None
                       or words[k].key in NEVER_MEMBER or _ASIDES.get(words[k].key) == _keys(words, k + 1, 2)
                       or words[k].key == "ainsi" and k + 1 < end and words[k + 1].key == "que"
                       or _apposition_end(text, words, k, end) is not None):
        if _ASIDES.get(words[k].key) == _keys(words, k + 1, 2):
            k += 3  # "de son côté", "pour sa part"
            continue
        if (apposed := _apposition_end(text, words, k, end)) is not None:
            if _beside_the_subject(words, k) and any(the_member_at(j) for j in range(k, apposed)):
                return None, others
            k = apposed
            continue
        k += words[k].key == "ainsi"  # "ainsi que"
        owner = spans.owner(k)
        kind, kind_end = kind_at(words, k)
        if the_member_at(k):
            return None, others
        if owner is not None:
            others.append(owner)
        k = spans[owner][1] + 1 if owner is not None else kind_end + 1
    return k, others


def _apposition_end(text: str, words: Sequence[Token], k: int, end: int) -> int | None:
    """Where the words after an apposition that opens at ``k`` start: ", membre du RTES, ", ",
    partenaire de la CAF, " (a noun of membership or partnership between commas), ", installée à
    Lyon, " (a participle's incise, but not a giver's: ", soutenue par la Ville, " says whose is
    the body's work); else None."""
    if k == 0 or "," not in text[words[k - 1].end: words[k].start]:
        return None
    closing = next((j + 1 for j in range(k, min(end, k + 12)) if "," in text[words[j].end: words[j + 1].start]), None)
    if words[k].key in _APPOSED or _beside_the_subject(words, k) or _keys(words, k, 2) in _FRAMES:
        return closing  # (its frame: "L'État, au titre du Fonds de développement de l'inclusion, finance X")
    if closing is None or not an_incise_opens(text, words, k - 1, k):
        return None
    return None if _a_giver_s(words, k, closing) else closing


_FRAMES = frozenset({("au", "titre"), ("dans", "le"), ("par", "le"), ("via", "son"), ("via", "sa"), ("via", "ses"),
                     ("via", "le"), ("via", "la"), ("via", "les"), ("via", "l")})


def _a_giver_s(words: Sequence[Token], k: int, closing: int) -> bool:
    """Whether the participle's incise from ``k`` names its agent: ", soutenue (depuis 2017) par la
    Ville," (not ", installé dans une ferme rachetée par la commune,": another participle's)."""
    for j in range(k + 1, closing):
        if words[j].key == "par":
            return True
        if words[j].raw.endswith(PARTICIPLE_ENDINGS):
            return False
    return False


def _beside_the_subject(words: Sequence[Token], k: int) -> bool:
    """Whether an incise that opens at ``k`` names bodies beside the subject: "avec", "en lien
    avec", "en partenariat avec", "aux côtés de"."""
    opening = _keys(words, k, 3)
    return opening[:1] == ("avec",) or opening[:2] in {("aux", "cotes"), ("au", "cote"), ("conjointement", "avec")} \
        or opening[:1] == ("en",) and opening[2:] == ("avec",)


_APPOSED = frozenset({"membre", "membres", "adherent", "adherente", "adherents", "partenaire", "partenaires",
                      "signataire", "signataires", "cheffe", "chef", "pilote"})
_JOINING = frozenset({"et", "la", "le", "l", "les"})
NEVER_MEMBER = frozenset({"etat", "europe"})  # "L'État et la Région financent X", "de l'Europe": never the member's
_ASIDES = {"de": ("son", "cote"), "pour": ("sa", "part"), "quant": ("a", "elle")}


def _keys(words: Sequence[Token], k: int, n: int) -> tuple[str, ...]:
    return tuple(w.key for w in words[k: k + n])


def supported_by_others(text: str, words: Sequence[Token], spans: Spans, member: Callable[[Found], bool],
                        found: Sequence[Found], names_member: Callable[[str], bool], shared: set[int]) -> set[int]:
    """The finds ``supported_by_another``, and those that share their verb through "et" (``shared``:
    the finds that take the verb of the one after them): "A et B sont soutenues par la Région"."""
    others = {n for n in range(len(found)) if supported_by_another(text, words, spans, n, member, found, names_member)}
    for n in sorted(shared, reverse=True):
        if n + 1 in others:
            others.add(n)
    return others


def supported_by_another(text: str, words: Sequence[Token], spans: Spans, n: int, member: Callable[[Found], bool],
                         found: Sequence[Found], names_member: Callable[[str], bool]) -> bool:
    """Whether the name's own passive verb has agents, none of them the member: "X est financée par
    le syndicat …", "X, soutenue par la CC …", "par la Région" in a commune's fiche (not "par la
    Ville", "par l'ADEME et la Ville")."""
    k, auxiliary = spans[n][1] + 1, False
    if k < len(words) and "," in text[words[k - 1].end: words[k].start] and not closes_examples(text, words, k - 1):
        if words[k].key in {"est", "sont", "a", "ont"}:
            return False  # "X, cofondée par Y, est soutenue par…": Y in an incise, the verb X's
        k = next((j for j in range(k + 1, min(len(words), k + 15)) if "," in text[words[j - 1].end: words[j].start]
                  and not boundary(text, words[j - 1], words[j])), len(words))  # X's verb after the incise
    verb = k
    while k < len(words) and k - verb < 5 and words[k].key in _PASSIVE_AUXILIARIES \
            and not boundary(text, words[k - 1], words[k]):
        auxiliary |= words[k].key in {"est", "sont", "ete"}
        k += 1
    by = k + 1 + (k + 2 < len(words) and words[k + 1].key.endswith("ment"))  # "financée intégralement par"
    if not auxiliary or by >= len(words) or words[k].key not in HELPED or words[by].key != "par":
        return False  # (an incise, "X, soutenue par l'ADEME, gère…", says what X does in its main clause)
    agents = by + 1
    while agents < len(words) and agents - k < 20 and not boundary(text, words[agents - 1], words[agents]):
        owner = spans.owner(agents)
        kind = kind_at(words, agents)[0]
        if member(found[owner]) if owner is not None else kind is not None and names_member(kind):
            return False  # ("par la Communauté de communes Coutances Mer et Bocage" is another body)
        agents += 1
    return agents > k + 2


_PASSIVE_AUXILIARIES = frozenset({"est", "sont", "a", "ont", "ete", "aussi", "egalement", "notamment"})

_PARENTHESIS = re.compile(r"\s*[()]\s*,?\s*")  # (and "(ACI), dont X")
# Another body's part in a creation: "La Ville de Laval a participé à la création de X", in the
# agglomération's fiche, is the Ville's
_HELPING_CREATE = frozenset({"participe", "contribue", "soutenu", "accompagne", "aide", "appuye", "favorise",
                             "impulse", "initie", "cree", "fonde", "cofonde", "permis", "soutient", "accompagnent",
                             "participent", "contribuent", "soutiennent"})
GIVING = frozenset({"loue", "louent", "cede", "cedent", "prete", "pretent", "vend", "vendent", "vendu", "finance",
                     "financent", "subventionne", "subventionnent", "soutient", "soutiennent", "verse", "versent",
                     "accorde", "accordent", "attribue", "attribuent", "met", "mettent", "mis", "accompagne",
                     "accompagnent", "soutenu", "garanti", "garantit", "garantissent", "octroie", "octroient",
                     "octroye", "alloue", "allouent", "apporte", "apportent", "investi", "investit", "investissent",
                     "retient", "retenu", "retiennent", "selectionne", "selectionnent", "recompense",  # a winner
                     "labellise", "labellisent",  # (and of its label)
                     "heberge", "hebergent", "accueille", "accueillent",  # "Le Marché d'Intérêt National héberge
                     # la légumerie X", "Le tiers-lieu Y accueille l'AMAP X": its host
                     "cofinancent", "participent"})  # "La CAF et la Région cofinancent X", "participent au financement
# de X": together, with no member (but "la CAF cofinance X", alone, says the member's funding beside it)


def co_supporters(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, said: dict[int, str],
                   member: Callable[[Found], bool]) -> list[int]:
    """The names in one subject with the member, of its support of the name after them: "La Ville
    et France Active accompagnent X", "La Ville, le Département du Gard et la CAF accompagnent X",
    "France Active et la Ville soutiennent X", "La Ville et la Métropole ont accompagné la création de X"."""
    helpers = []
    for n in range(len(found) - 1):
        right = subject_with_the_member(text, words, spans, n, member, found)
        if right is None:
            continue
        supported = next((j for j in range(n + 1, len(found)) if spans[j][0] > right), None)
        if supported is not None and said.get(supported) in {SUPPORTED, CREATED} and right + 1 < len(words) and not any(
                boundary(text, words[j - 1], words[j]) for j in range(right + 2, spans[supported][0])):
            helpers.append(n)
    return helpers


def subject_with_the_member(text: str, words: Sequence[Token], spans: Spans, n: int,
                            member: Callable[[Found], bool], found: Sequence[Found]) -> int | None:
    """The last word of the subject that the name ``n`` makes with the member, when it opens its
    clause ("La Ville et France Active …", "France Active et la Ville …"; not "dans le cadre de
    l'expérimentation X, la Ville…"); None when the member is no part of it."""
    first, last = spans[n]
    left, with_member = _enumeration(text, words, spans, first - 1, -1, member, found)
    right, member_after = _enumeration(text, words, spans, last + 1, 1, member, found)
    if not (with_member or member_after) or left > 0 and not boundary(text, words[left - 1], words[left]):
        return None
    return right


def _enumeration(text: str, words: Sequence[Token], spans: Spans, k: int, step: int,
                       member: Callable[[Found], bool], found: Sequence[Found]) -> tuple[int, bool]:
    """From word ``k`` on, in direction ``step``, the last word of the enumeration of names around a
    name ("la Ville, le Département du Gard et …") in its clause, and whether the member is one of them."""
    with_member, end, start = False, k - step, k
    while 0 <= k < len(words) and abs(k - start) < 12:  # (a bounded walk: a line of many names stays linear)
        if 0 <= end < len(words) and boundary(text, words[min(end, k)], words[max(end, k)]):
            break  # ("Porteur : association X" / "La Ville soutient…": two lines)
        owner = spans.owner(k)
        if owner is not None:
            with_member |= member(found[owner])
        elif words[k].key in MEMBER_KEYS and (k == 0 or words[k - 1].key in DEFINITE):
            with_member = True
        elif words[k].key not in DEFINITE and words[k].key not in {"et", "ainsi", "que"}:
            break
        end, k = k, k + step
    return end, with_member


# What is given to a name
GIFTS = frozenset({"subvention", "subventions", "aide", "aides", "dotation", "financement", "financements",
                   "pret", "prets", "avance", "enveloppe", "bourse", "soutien", "participation"})



AGENT = frozenset({"par", "de", "du", "des", "d"})  # what introduces who gives the support
def adjective_names_member(key: str, names_member: Callable[[str], bool]) -> bool:
    """False when the word is the adjective of another collectivité's kind ("régionale" in a
    commune's fiche), or of a body never the member ("européenne"); True otherwise."""
    kind = KIND_ADJECTIVES.get(key)
    return kind is None or kind not in NEVER_MEMBER and names_member(kind)
