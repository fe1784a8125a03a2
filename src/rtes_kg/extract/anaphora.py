"""Words that point back at a name said before them: a definite kind word ("la SCIC", "ce
chantier") takes the role its cue gives to the last name of that kind; "dont la Ville est
sociétaire", "il en est devenu sociétaire" give the member shares in the structure before; "lui
verse", "l'a soutenue" its support; "il/elle assure…" the structure's carrying, and in a clause of
its own the member's support through a possessive ("elle a toutefois soutenu sa campagne")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_KEYS, MEMBER_WORDS, boundary, post_cue
from rtes_kg.extract.cues import CARRIER, CARRYING, CITED, CREATED, PARTNER, SHAREHOLDER, SUPPORTED, back_cue
from rtes_kg.extract.cuewords import cue_ending_at
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.kind_words import kind_heads, kind_words
from rtes_kg.extract.lexicon import POSSESSIVES, SENTENCE_BREAK, Token
from rtes_kg.extract.names import PUBLIC, Found
from rtes_kg.extract.pronouns import agrees, given_by_the_member, its_owner, supported_through_its_own, topic_last
from rtes_kg.extract.shares import COMPANIES, WITH_CAPITAL
from rtes_kg.extract.spans import Spans

__all__ = ["DEFINITE", "member_named_after", "opened_by_the_member", "pointing_back"]

_FOUNDER_AFTER_EN = re.compile(r"^(?:est|sont|etait)\s+(?:l un des fondateurs|l une des fondatrices|"
                               r"(?:co)?fondat(?:eur|rice)s?|membres? fondat(?:eur|rice)s?)\b")
_TAKING = "detient|detiennent|possede|possedent|a pris|ont pris|a acquis|ont acquis|a souscrit|ont souscrit|prenant"
_SHARES_AFTER_EN = re.compile(r"^(?:(?:est|sont|etait|reste)\s+(?:devenue?s?\s+)?(?:societaire|actionnaire|associee?)|"
                              r"(?:est|sont)\s+entree?s?\s+au\s+capital|"  # "y est entrée au capital"
                              rf"(?:{_TAKING})\s+(?:\d+\s+)+(?:du|de son|de leur)\s+capital|"  # "20 % du…"
                              rf"(?:{_TAKING})\s+(?:des|une|\d+(?: \d{{3}})*(?: (?:euros?|k|m))?(?: de| des)?)\s+"
                              r"(?:parts?|participation|actions?))")  # "y a pris 20 000 € de parts"
# After "lui" ("leur"), or "l'a": the member's support to the structure named before ("lui a accordé",
# "l'a soutenue", "Les Jardins de X … ; la Ville leur loue 5 hectares").
_GIVEN_TO_IT = re.compile(r"(?:a |ont )?(?:accorde|verse|attribue|alloue|octroye|apporte|soutenu|soutenue|aide|aidee|"
                          r"finance|financee|subventionne|subventionnee|accompagne|accompagnee)s?\b")
_ENTRUSTED_TO_IT = re.compile(r"(?:a |ont )?confie\b")  # "lui a confié la gestion de…": it runs it
# "lui a cédé un terrain" (not "a cédé ses parts"), "lui consent un bail", "lui met à disposition une cuisine"
_LENT_TO_IT = re.compile(r"(?:a |ont )?(?:cede|loue|prete|consent|consenti)s?\b"
                         r"|(?:met|mettent|a mis|ont mis) a disposition\b")
DEFINITE = frozenset({"la", "le", "l", "cette", "ce", "cet"})
_ITS_NOUNS = frozenset({"structure", "association", "cooperative", "scop", "scic"})  # "L'association a reçu…"
_INSIDE_THE_VERB = frozenset({"deja", "aussi", "egalement", "ensuite", "encore", "toujours", "notamment", "en",
                              "outre"})
_CONTRACTS = frozenset({"marche", "marches", "delegation", "concession", "contrat"})  # work paid for, not support
_CLITICS = frozenset({"en", "y", "le", "la", "l", "les", "lui"})
# Who else may hold shares, before "en"/"y": "210 citoyens en sont sociétaires", "les habitants y ont pris des parts"
_SOMEONE_ELSE = re.compile(r"(?!(?:elles?|ils?|aussi|également|désormais|toujours|enfin)$)[a-zàâçéèêëîïôûù]{4,}s")


def _its_funder(words: Sequence[Token], k: int, names_member: Callable[[str], bool]) -> bool:
    """Whether the word at ``k`` opens the member's funding of the structure before: "la Ville en est le
    principal financeur", "La Ville est leur premier financeur", "son principal soutien est la Ville"."""
    if words[k].key in {"son", "sa", "leur", "ses", "leurs"} and _funder_is_the_member(words, k, names_member):
        return True
    if words[k].key == "en":
        verb, subject = k + 1, k - 1
    elif words[k].key in {"son", "sa", "leur"}:
        verb, subject = k - 1, k - 2
    elif words[k].key == "dont" and k + 2 < len(words):  # "X, dont la Ville est le premier financeur"
        subject = k + 1 + (words[k + 1].key in DEFINITE)
        verb = subject + 1
    else:
        return False
    return subject >= 0 and verb < len(words) and words[verb].key in {"est", "etait", "reste"} \
        and words[subject].key in MEMBER_KEYS and names_member(words[subject].key) \
        and bool(_FUNDER.match(" ".join(w.key for w in words[max(k, verb) + 1: max(k + 6, verb + 6)])))


def _funder_is_the_member(words: Sequence[Token], k: int, names_member: Callable[[str], bool]) -> bool:
    """Whether the possessive at ``k`` opens "son principal financeur est la Ville", "ses financeurs
    sont la Ville et la CAF": the member named after the verb."""
    verb = next((j for j in range(k + 1, min(len(words), k + 4)) if words[j].key in {"est", "sont"}), None)
    if verb is None or not _FUNDER.match(" ".join(w.key for w in words[k + 1: verb])):
        return False
    subject = verb + 1 + (verb + 1 < len(words) and words[verb + 1].key in DEFINITE)
    return subject < len(words) and words[subject].key in MEMBER_KEYS and names_member(words[subject].key)


_FUNDER = re.compile(r"^(?:(?:le|la|l)\s+)?(?:une?\s+des\s+)?(?:(?:premiere?|principale?|principaux|seule?|unique)\s+)?"
                     r"(?:co)?financeu(?:r|se)s?\b|^(?:(?:le|l)\s+)?(?:premier|principal)\s+soutien\b")


def _the_member_beside(text: str, words: Sequence[Token], spans: Spans, j: int, member_at: Callable[[int], bool],
                       names_member: Callable[[str], bool]) -> bool:
    """Whether the member is one of the subjects joined by "et" that end at word ``j``: "la Ville et
    la Région", "Laval Agglomération et la Caisse des Dépôts"."""
    while j >= 0 and (j + 1 >= len(words) or not boundary(text, words[j], words[j + 1])):
        owner = spans.owner(j)
        if owner is not None:
            if member_at(spans[owner][0]):
                return True
            j = spans[owner][0] - 1
        elif words[j].key in MEMBER_KEYS and names_member(words[j].key):
            return True
        elif words[j].key in DEFINITE or words[j].key == "et" or words[j].key in MEMBER_KEYS:
            j -= 1
        else:
            return False
    return False


def _in_sentence_of(text: str, words: Sequence[Token], found: Sequence[Found], names: list[int], k: int) -> list[int]:
    """The ``names`` in the sentence (or clause after a ";") of the word ``k``."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, words[k].start)]
    return [n for n in names if words[found[n].first].start >= (breaks[-1] if breaks else 0)]


def pointing_back(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, said: dict[int, str],
                  names_member: Callable[[str], bool] = lambda kind_word: False,
                  member: Callable[[Found], bool] = lambda find: False) -> list[tuple[int, str]]:
    """Roles said of a kind word that points back at a name: "entrée au capital de la SCIC",
    "la création de ce chantier", "porté par l'association du même nom"; and "il en assure…", and
    "La Ville … a participé à sa création" (``names_member`` tells the member's kind words,
    ``member`` its finds: "Laval Agglomération a…")."""

    def member_at(index: int) -> bool:  # a find of the member starts at the word
        owner = spans.owner(index)
        return owner is not None and spans[owner][0] == index and member(found[owner])

    heads = kind_heads()
    roles = []
    for k in range(1, len(words)):
        if spans.owner(k) is not None:
            continue
        noun = words[k].key
        if noun in {"en", "y"} and (words[k - 1].key == "qui" or spans.owner(k - 1) is not None and not member_at(k - 1)
                                    or _SOMEONE_ELSE.fullmatch(words[k - 1].raw) is not None
                                    and _kind_head(words, k - 1) == k - 1) \
                and not _the_member_beside(text, words, spans, k - 1, member_at, names_member):
            continue  # "créée par l'association X, qui en reste sociétaire", "La Caisse des Dépôts y a pris
            # des parts": another body holds the shares, not the member ("La Ville et la Région y ont…": she too)
        if noun in {"en", "y"} and _SHARES_AFTER_EN.match(" ".join(w.key for w in words[k + 1: k + 8])):
            structures = [n for n, f in enumerate(found) if f.last < k and f.category == STRUCTURE
                          and (noun == "en" or f.kind in WITH_CAPITAL)]  # "y a pris des parts": in a company
            if structures:  # "… et en est devenue sociétaire"; "La SCIC X, née de la fusion de A et de B,
                # collecte… ; la Ville en est sociétaire": none in its clause, the topic, X; but "y", a
                # place, the last company named: "A et B ont fondé la SCIC X ; la Ville y a pris des parts"
                near = _in_sentence_of(text, words, found, structures, k)
                roles.append((near[-1] if near else structures[-1 if noun == "y" else 0], SHAREHOLDER))
            continue
        if noun == "en" and words[(head := _kind_head(words, k - 1))].key in MEMBER_KEYS \
                and names_member(words[head].key) \
                and _FOUNDER_AFTER_EN.match(" ".join(w.key for w in words[k + 1: k + 7])):
            structures = _structures_before(found, k)
            if structures:  # "Le tiers-lieu X accueille 60 entreprises ; la Ville en est l'un des fondateurs"
                roles.append((structures[-1], CREATED))
            continue
        if _its_funder(words, k, names_member):
            structures = _structures_before(found, k)
            if structures:  # "X organise le festival ; la Ville en est le principal financeur", "… est leur
                roles.append((structures[-1], SUPPORTED))  # premier financeur"
            continue
        if noun == "dont" and _member_holds_shares(words, k + 1, names_member):
            structures = _structures_before(found, k, COMPANIES)
            if structures:  # "la SCIC X, dont l'Agglomération est sociétaire", "la SPL X, dont la Ville…"
                roles.append((structures[-1], SHAREHOLDER))
            continue
        latter = _the_latter(text, words, k)
        if (noun in {"il", "elle"} or latter is not None) and (
                boundary(text, words[k - 1 if latter is None else latter - 1], words[k if latter is None else latter])
                or words[k - 1].key in {"et", "mais"}):  # "…; ce dernier a bénéficié d'une aide": the last one
            verb = next((w for w in words[k + 1: k + 3] if w.key not in _CLITICS), None)
            structures = [n for n in _structures_before(found, k) if noun not in _ITS_NOUNS - {"structure"}
                          or noun in kind_words(found[n].kind)] if latter is not None \
                else topic_last(text, words, found, _structures_before(found, k), k)  # (of its kind: "L'association")
            # (not a shareholder listed before: "640 sociétaires, dont A, B et l'association C. Elle gère…")
            carriers = [n for n in structures if said.get(n) != CITED]
            if verb is not None and verb.raw.lower() in CARRYING and carriers:
                roles.append((carriers[-1], CARRIER))
            elif structures and (said_of := _said_of_it(words, k + 1)) is not None:
                roles.append((structures[-1], said_of))  # "; elle a toutefois soutenu sa campagne"
            elif carriers and agrees(words, found[carriers[-1]], noun) and post_cue(text, words, k) == SUPPORTED \
                    and given_by_the_member(text, words, spans, k, member_at, names_member):
                roles.append((carriers[-1], SUPPORTED))  # "X propose… Elle a bénéficié d'une subvention de la Ville"
            continue
        after = " ".join([w.key for w in words[k + 1: k + 6] if w.key not in _INSIDE_THE_VERB][:4])  # "lui a déjà
        # accordé": the verb past an adverb
        to_them = noun == "leur" and not after.startswith("aide")  # (not the possessive: "leur aide")
        entrusted = noun in {"lui", "leur"} and _ENTRUSTED_TO_IT.match(after)  # "la Ville lui a confié la gestion
        given = _GIVEN_TO_IT.match(after) or noun in {"lui", "leur"} and _LENT_TO_IT.match(after) or entrusted  # de…"
        if (noun == "lui" or to_them or (noun == "l" and after.startswith(("a ", "ont ")))) and given \
                and not _CONTRACTS & {w.key for w in words[k + 2: k + 6]} \
                and not _another_gives(text, words, found, spans, k, names_member, member):  # "lui a attribué un
            # marché": it works; "la Ville de Pantin lui loue un local": the Ville gives
            structures = _bodies_before(found, k)
            near = _in_sentence_of(text, words, found, structures, k)
            if structures:  # "a adhéré à l'association X et lui verse…": X; "X, géré par Y, livre des
                # paniers ; la Ville lui a versé…": none in its clause, the topic, X
                roles.append((near[-1] if near else structures[0], CARRIER if entrusted else SUPPORTED))
            continue
        if latter is not None:  # "…; la Ville soutient cette dernière": the last one
            structures = _structures_before(found, latter)
            role = back_cue(text, words, latter, spans, said) if structures and opened_by_the_member(
                text, words, latter, names_member, member_at) else None
            if role is not None:
                roles.append((structures[-1], role))
            continue
        if noun in {"la", "le", "l", "les"} and words[k - 1].key in MEMBER_KEYS and names_member(words[k - 1].key) \
                and k + 1 < len(words) and (cue := cue_ending_at(words, k + 1)) is not None \
                and cue[1] == k + 1 and cue[0].how == "object" and cue[0].role in {SUPPORTED, CREATED}:
            bodies = [n for n in _bodies_before(found, k) if agrees(words, found[n], noun)]  # (of its gender)
            if bodies:  # "X gère le jardin ; la Ville la soutient"; the subject before: "X a repris l'activité
                roles.append((its_owner(text, words, found, bodies, k), cue[0].role))  # de Y. La Ville l'accompagne"
            continue
        if noun == "creation" and words[k - 1].key in {"sa", "leur"} \
                and _the_member_helped(text, words, k - 1, names_member, member_at):
            structures = _structures_before(found, k)
            near = _in_sentence_of(text, words, found, structures, k)
            if structures:  # "La Ville est membre du conseil de la SCIC X et a participé à sa création"
                roles.append((near[-1] if near else structures[0], CREATED))
            continue
        if noun in POSSESSIVES and supported_through_its_own(words, k) \
                and opened_by_the_member(text, words, k, names_member, member_at):
            owners = [n for n, f in enumerate(found) if f.last < k and f.category in (STRUCTURE, "entreprise")]
            roles += [(its_owner(text, words, found, owners, k), SUPPORTED)] if owners else []  # "X organise…
            continue  # ; la Ville soutient son fonctionnement", "Herrikoa, société de capital-risque, … ; la Ville…"
        contracted = words[k - 1].key in {"du", "au"}  # "le deuxième financeur du chantier": the cue holds "du"
        if words[k - 1].key not in DEFINITE and not contracted or noun not in heads:
            continue
        if k + 1 < len(words) and (spans.owner(k + 1) is not None or words[k + 1].capitalised) \
                and not boundary(text, words[k], words[k + 1]):
            continue  # "la SCIC Tarn Solaire", "la pépinière La Ruche" (unknown): a name, not a pointer
        if words[k].capitalised and (_SPELT_OUT.match(text, words[k].end) or _CAPITALISED_COMPLEMENT.match(
                text, words[k].end)):
            continue  # "la Coopérative d'installation en agriculture paysanne (CIAP)", "la Maison de la
            # Solidarité du Département": another body's name
        same_name = [w.key for w in words[k + 1: k + 4]] == ["du", "meme", "nom"]
        targets = [n for n, f in enumerate(found) if f.last < k and (
            same_name or noun in kind_words(f.kind) or (noun == "structure" and f.category == STRUCTURE))]
        role = back_cue(text, words, k if contracted else k - 1, spans, said) if targets else None
        if role is not None:
            roles.append((targets[-1], role))
    return roles


# A kind word's complement up to an acronym: the long name of a body ("Coopérative d'installation … (CIAP)")
_SPELT_OUT = re.compile(r"\s+(?:d['’]\s*|de\s+|du\s+|des\s+)[^().;:\n]{1,80}\(\s*[A-ZÀ-Ý]{2,}\s*\)")
_CAPITALISED_COMPLEMENT = re.compile(r"\s+(?:d['’]\s*|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)[A-ZÀ-Ý]")
_ADVERBS = frozenset({"a", "toutefois", "cependant", "neanmoins", "pourtant", "aussi", "en", "outre", "bien",
                      "par", "ailleurs", "tout", "de", "meme"})


def _structures_before(found: Sequence[Found], k: int, categories: tuple[str, ...] = (STRUCTURE,)) -> list[int]:
    """The structures (or finds of ``categories``, by index) named before the word at ``k``, in order."""
    return [n for n, f in enumerate(found) if f.last < k and f.category in categories]


def _bodies_before(found: Sequence[Found], k: int) -> list[int]:
    """The structures named before the word at ``k``, or with none, the networks: "Les Écossolies,
    réseau des acteurs de l'ESS, … ; la Métropole leur verse 450 000 €"."""
    return _structures_before(found, k) or [n for n, f in enumerate(found) if f.last < k and f.category == "reseau"]


def _the_latter(text: str, words: Sequence[Token], k: int) -> int | None:
    """Where the pronoun for the last name said starts, when one ends at ``k``: "cette dernière",
    "ce dernier", "celle-ci", "celui-ci", "la structure"."""
    if words[k].key in {"derniere", "dernier"} and words[k - 1].key in {"cette", "ce"}:
        return k - 1
    if words[k].key == "ci" and words[k - 1].key in {"celle", "celui"}:
        return k - 1
    if words[k].key in _ITS_NOUNS and words[k - 1].key in {"la", "l", "cette"} and k + 1 < len(words) \
            and not words[k + 1].capitalised and (k == 1 or boundary(text, words[k - 2], words[k - 1])):
        return k - 1  # "La structure a reçu 45 000 € de la Ville": the last one named (of its kind), as "celle-ci"
    return None


def _said_of_it(words: Sequence[Token], k: int) -> str | None:
    """The member's support of a structure named before, said through a possessive or a pronoun in
    a clause of its own: "elle a toutefois soutenu sa campagne" (supported), "il a signé avec elle
    une convention" (partner). None when the clause says neither."""
    while k < len(words) and words[k].key in _ADVERBS:
        k += 1
    if k + 1 >= len(words):
        return None
    verb, after = words[k], [w.key for w in words[k + 1: k + 4]]
    if _GIVEN_TO_IT.match(verb.key) and after[0] in POSSESSIVES:
        return SUPPORTED
    if after[:2] in (["avec", "elle"], ["avec", "lui"], ["avec", "eux"]) and (
            {"convention", "partenariat", "accord"} & {w.key for w in words[k + 3: k + 7]}):
        return PARTNER
    return None


_MEMBER_WORD_TAILS = frozenset({"urbaine", "de", "d", "communes", "agglomeration"})


def _kind_head(words: Sequence[Token], j: int) -> int:
    """The first word of the member's kind that ends at ``j``: "Communauté" of "la Communauté de communes"."""
    while j > 0 and words[j].key in _MEMBER_WORD_TAILS and (words[j - 1].key in _MEMBER_WORD_TAILS
                                                            or words[j - 1].key in MEMBER_KEYS):
        j -= 1
    return j


def _member_holds_shares(words: Sequence[Token], k: int, names_member: Callable[[str], bool]) -> bool:
    """ "(dont) l'Agglomération est sociétaire", "la Ville est devenue actionnaire", and the member
    as the subject pronoun of its sentence: "(dont) il est devenu sociétaire" (not "dont la Région
    est sociétaire" in a Département's fiche: ``names_member`` tells the member's kind word)."""
    while k < len(words) and words[k].key in DEFINITE:
        k += 1
    if k >= len(words) or words[k].key not in MEMBER_KEYS | {"il", "elle"} \
            or words[k].key in MEMBER_KEYS and not names_member(words[k].key):
        return False
    k += 1
    while k < len(words) and words[k].key in _MEMBER_WORD_TAILS:  # "la Communauté urbaine / de communes"
        k += 1
    return bool(_SHARES_AFTER_EN.match(" ".join(w.key for w in words[k: k + 7])))


def _another_gives(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, k: int,
                   names_member: Callable[[str], bool], member: Callable[[Found], bool]) -> bool:
    """Whether the subject right before the pronoun at ``k`` is another body than the member: "la
    Ville de Pantin lui loue…", "la Région lui verse…" in a Département's fiche (not "la Ville
    lui verse 15 000 € et l'Agglomération 25 000 €" in the agglomération's)."""
    owner = spans.owner(k - 1 - (k >= 2 and words[k - 1].key == "qui"))  # "France Active, qui lui a accordé…"
    if owner is not None:
        another = not member(found[owner]) and found[owner].category in PUBLIC | {"reseau", "entreprise"}
    else:
        another = words[k - 1].key in MEMBER_WORDS and not names_member(words[k - 1].key)
    return another and not member_named_after(text, words, found, spans, k + 1, member, names_member)


def member_named_after(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, k: int,
                       member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the member gives too, later in the sentence, by its name or its own kind word: "La CAF
    finance X, avec le soutien de la Ville", "…, tout comme la Ville", "… ; la Ville lui prête un
    local", "… et l'Agglomération 25 000 €" (a sentence, not a clause: its share comes after a comma
    or a semicolon); not "…, qui anime des ateliers dans les écoles de la Ville"."""
    end = min(len(words), k + 40)
    while k < end and (k == 0 or not _CLAUSES_END.search(text, words[k - 1].end, words[k].start)):
        owner = spans.owner(k)
        last = spans[owner][1] if owner is not None else k
        if (owner is not None and member(found[owner])
                or owner is None and (words[k].key in MEMBER_WORDS or words[k].key in MEMBER_KEYS and k > 0
                                      and words[k - 1].key in DEFINITE) and names_member(words[k].key)) \
                and _giving_around(words, k, last):  # ("la CC met à disposition")
            return True
        k = last + 1
    return False


def _giving_around(words: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words around a name say it gives: a word of support before it ("avec le soutien
    de", "subventionnée également par", "tout comme"), a verb of giving or an amount after it."""
    before = {w.key for w in words[max(0, first - 4): first]}
    after = [w for w in words[last + 1: last + 4] if w.key not in _CLITICS | {"a", "ont", "aussi", "egalement"}]
    return bool(before & _GIVING_BEFORE) or bool(after) and (after[0].key in _GIVING_AFTER or after[0].raw[0].isdigit())


_CLAUSES_END = re.compile(r"[.!?\n•]")  # (not ";")
_GIVING_BEFORE = frozenset({"soutien", "appui", "aide", "concours", "participation", "financement", "cofinancement",
                            "subvention", "subventions", "subventionne", "subventionnee", "subventionnes", "finance",
                            "financee", "finances", "soutenu", "soutenue", "soutenus", "accompagne", "accompagnee",
                            "cofinance", "cofinancee", "aidee", "comme", "ainsi", "partenariat"})
_GIVING_AFTER = frozenset({"soutient", "soutiennent", "soutenu", "finance", "financent", "cofinance", "subventionne",
                           "subventionnent", "verse", "versent", "met", "mettent", "mis", "prete", "pretent",
                           "loue", "louent", "accompagne", "accompagnent", "aide", "aident", "apporte", "apportent",
                           "contribue", "contribuent", "participe", "participent", "attribue", "accorde", "alloue",
                           "octroie", "cede", "abonde", "complete"})


def _the_member_helped(text: str, words: Sequence[Token], possessive: int,
                       names_member: Callable[[str], bool], opens_with_member: Callable[[int], bool]) -> bool:
    """Whether a verb of help comes before the possessive, and its sentence opens with the member
    ("La Ville …, et a participé à sa création"; not "France Active a accompagné sa création", nor
    "la Ville la soutient depuis sa création")."""
    return bool(_HELPED & {w.key for w in words[max(0, possessive - 3): possessive]}) \
        and words[possessive - 1].key not in _SINCE \
        and opened_by_the_member(text, words, possessive, names_member, opens_with_member)


_SINCE = frozenset({"depuis", "des", "avant", "apres"})  # "la Ville le finance depuis sa création": a date

def opened_by_the_member(text: str, words: Sequence[Token], k: int,
                          names_member: Callable[[str], bool], opens_with_member: Callable[[int], bool]) -> bool:
    """Whether the sentence of the word at ``k`` opens with the member: "la Ville", its name, also past
    a phrase set before it: "Contrairement à ce qu'indiquait la presse, la Ville n'est pas…"."""
    start = k
    while start > 0 and not SENTENCE_BREAK.search(text[words[start - 1].end: words[start].start]) and k - start < 40:
        start -= 1
    comma = next((j + 1 for j in range(start, min(k, start + _FRONTED))
                  if "," in text[words[j].end: words[j + 1].start]), None)

    def the_member_at(first: int) -> bool:
        opening = [w.key for w in words[first: first + 2]]
        return len(opening) == 2 and opening[0] in DEFINITE and opening[1] in MEMBER_KEYS and names_member(opening[1]) \
            or opens_with_member(first) or len(opening) == 2 and opening[0] in DEFINITE and opens_with_member(first + 1)

    return the_member_at(start) or comma is not None and the_member_at(comma)


_FRONTED = 12  # words of a phrase set before the subject


_HELPED = frozenset({"participe", "contribue", "accompagne", "soutenu", "aide", "appuye", "finance", "favorise",
                     "permis", "initie", "impulse", "suscite"})
