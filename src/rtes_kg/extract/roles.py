"""What an organisation named in a text does there: carries the action, is a partner, is funded or
supported, was created with the member's help, or has the member among its shareholders.

Read from the words of French syntax around each name (docs/extraction.md, "Roles"): the nearest
role word before it in its clause and the verb after it (``cues``), kind words that point back at
it ("la SCIC", "ce chantier"), "créée avec l'appui de…". Without any, a structure carries the
action, or is supported when the text says the member gives money or means; other organisations
are partners."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rtes_kg.extract.acting import (
    acts_on_its_own,
    acts_with_member_support,
    supported_right_after_it,
    works_on_its_own,
    works_then_receives,
)
from rtes_kg.extract.agents import PUBLIC, carried_by, created_by
from rtes_kg.extract.agreements import (
    co_doers,
    co_signatories,
    contract_after,
    lent_to,
    objectives_after,
    objectives_before,
    partnership_after,
)
from rtes_kg.extract.anaphora import pointing_back
from rtes_kg.extract.clause import an_agent, boundary, post_cue, to_before
from rtes_kg.extract.collectivites import COLLECTIVITE, INTERCOMMUNAL_KINDS, collectivite_words, kind_label
from rtes_kg.extract.cues import (
    CARRIER,
    CITED,
    CREATED,
    PARTNER,
    ROLES,
    SHAREHOLDER,
    SUPPORTED,
    back_cue,
)
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.founders import (
    created_with_help,
    founded_by_others,
    founded_or_joined_by_member,
    supported_in_the_member_s_relative,
)
from rtes_kg.extract.funders import named_as_giver
from rtes_kg.extract.gathered import gathered_members
from rtes_kg.extract.given import given_by_another
from rtes_kg.extract.kind_words import kind_heads
from rtes_kg.extract.lexicon import Token, phrase_keys, tokens, with_its_article
from rtes_kg.extract.member_gives import member_support
from rtes_kg.extract.names import FROM_PATTERN, Found
from rtes_kg.extract.negation import gone_before, gone_in_its_incise, negated, never_happened
from rtes_kg.extract.received import received_from_another
from rtes_kg.extract.runs import BODY_KINDS, run_by_another, run_by_the_member
from rtes_kg.extract.shares import member_shares
from rtes_kg.extract.sheets import carriers_by_field, member_role_in_a_field
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.subject_verb import its_verb
from rtes_kg.extract.supplies import customers
from rtes_kg.extract.titled import titled_place
from rtes_kg.extract.whose import (
    another_body_s_support,
    co_supporters,
    supported_by_others,
)
from rtes_kg.extract.withheld import (
    denied_to_member,
    done_without_help,
    handed_over,
    left_out_by_member,
    names_a_scheme,
    not_granted,
    support_ended,
    support_withdrawn,
    turned_down,
)
from rtes_kg.parse.naming import fold

__all__ = ["CARRIER", "CREATED", "PARTNER", "ROLES", "SHAREHOLDER", "SUPPORTED", "Roles", "nobody", "read_roles"]

# Between two names of one subject: " et ", ", ", " ainsi que la "
_COORDINATED = re.compile(r"\s*(?:,|et|,\s*et|ainsi que)\s+(?:(?:l['’]|la |le |les )\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Roles:
    """The roles of each name of a text: stated by its words (``explicit``), or else ``default``."""

    explicit: tuple[frozenset[str], ...]
    default: tuple[str, ...]


def _first_at(offsets: Sequence[int], position: int, default: int) -> int:
    """The index of the first word that starts at or after ``position``, or ``default``."""
    index = bisect.bisect_left(offsets, position)
    return index if index < len(offsets) else default


def _coordinated(gap: str) -> bool:
    """Whether ``gap`` joins two names of one subject: " et ", ", ", " et l'association Les "."""
    joined = _COORDINATED.match(gap)
    return joined is not None and all(
        word in kind_heads() or word in {"les", "la", "le", "l"} for word in fold(gap[joined.end():]).split())


def nobody(found: Found) -> bool:
    """No find names the member: a text read outside any fiche."""
    return False


def _names_member(member: Callable[[Found], bool], kind_word: str) -> bool:
    """Whether "la Ville", "le Département"… (``kind_word``, folded) names the member, its kind read
    as the collectivités' finder reads it; "la collectivité" does, so does "sans financer" (said of
    no word), and any does outside a fiche; "la Communauté", "l'intercommunalité" do when the member
    is an intercommunalité of any kind (in a commune's fiche, they are the one it is part of)."""
    keys = tokens(kind_word)
    if member is nobody or not keys or kind_word == "collectivite":
        return True
    if kind_word in _ANY_INTERCOMMUNALITY:
        return any(member(Found(0, 0, 0, kind_label(kind), kind, COLLECTIVITE, kind, FROM_PATTERN, 0))
                   for kind in sorted(INTERCOMMUNAL_KINDS))
    trigger = collectivite_words().match_at(keys, 0)
    return trigger is None or member(Found(0, 0, 0, kind_word.capitalize(), kind_word, COLLECTIVITE,
                                           trigger.payload.code, FROM_PATTERN, 0))


_ANY_INTERCOMMUNALITY = frozenset({"communaute", "intercommunalite"})


def _right_after_avec(words: Sequence[Token], start: int) -> bool:
    """Whether the name from ``start`` (its kind word) comes right after "avec", its article between."""
    before = with_its_article(words, start)
    return before > 0 and words[before - 1].key == "avec"


def _after_a_colon(text: str, words: Sequence[Token], start: int) -> bool:
    """Whether the name from ``start`` (its kind word) opens a clause after a colon, its article
    before it: "Création d'une épicerie sociale : l'association X…"."""
    before = with_its_article(words, start)
    return before > 0 and text[words[before - 1].end: words[before].start].strip() == ":"


def _the_kind_created(words: Sequence[Token], start: int) -> bool:
    """Whether the kind word at ``start``, after a colon, is the kind the label before it created:
    "Création d'une SCIC : la SCIC X…"."""
    before = with_its_article(words, start)
    return any(word.key == words[start].key for word in words[max(0, before - 6): before])


def read_roles(text: str, words: Sequence[Token], found: Sequence[Found],
               member: Callable[[Found], bool] = nobody) -> Roles:
    """The roles of each of ``found`` (in text order) in ``text``; ``member`` tells the finds that
    name the member itself ("La Ville de Laval finance…" in its fiche)."""
    offsets = [w.start for w in words]
    starts = [_first_at(offsets, f.context, f.first) for f in found]
    # each name with its kind word before it and its commune after it
    spans = Spans([(min(start, f.first), _end_of(words, f)) for start, f in zip(starts, found)])
    explicit: list[set[str]] = [set() for _ in found]
    names_member = functools.partial(_names_member, member)

    def member_at(j: int) -> bool:  # a find of the member holds the word
        return (owner := spans.owner(j)) is not None and member(found[owner])

    said: dict[int, str] = {}
    verbs: dict[int, str] = {}  # the role said by the verb after a subject
    for n in range(len(found)):
        role = back_cue(text, words, starts[n], spans, said, spans[n][1])
        if role == SUPPORTED and named_as_giver(text, words, found, starts, spans, n):
            role = PARTNER  # "grâce à une subvention de la Région": the Région gives it
        elif role == PARTNER and (objectives_after(words, spans[n][1]) or objectives_before(words, starts[n])
                                  or lent_to(words, starts[n])):
            role = SUPPORTED  # "a signé avec l'association X une convention pluriannuelle d'objectifs"
        elif role == PARTNER and _right_after_avec(words, starts[n]) and contract_after(words, spans[n][1]):
            role = CARRIER  # "a conclu avec l'association X un marché réservé": X does the work bought
        elif role == CREATED and founded_by_others(text, words, found, spans, starts[n], member_at, names_member):
            role = None  # "Des habitants ont créé l'association X": not the member's creation
        elif role == CREATED and _after_a_colon(text, words, starts[n]) and (
                (own := post_cue(text, words, spans[n][1], found[n].category in PUBLIC)) is not None
                or its_verb(text, words, spans, n) is not None and not _the_kind_created(words, starts[n])):
            role = own or CARRIER  # "Création d'une épicerie : l'association X gère l'épicerie", "… X a ouvert
            # un local": X runs what was created (not "Création d'une SCIC : la SCIC X réunit…": X is it)
        if role is not None:
            said[n] = role
            explicit[n].add(role)
        if role is None:  # a name after "par", "avec"… is no subject: the verb after it is not its own
            if (agent := an_agent(text, words, starts[n])) and n - 1 in said:
                said[n] = said[n - 1]  # "porté par A, B et C": C as B, as A
            after = said.get(n) if agent else post_cue(text, words, spans[n][1], found[n].category in PUBLIC)
            if after == SUPPORTED and named_as_giver(text, words, found, starts, spans, n):
                after = PARTNER  # "X, lauréat de l'appel à projets de la Fondation Macif, reçoit…": X receives
            elif after == SUPPORTED and never_happened(text, words, spans[n][1]):
                after = CITED  # "X, lauréat du budget participatif, n'a finalement pas vu le jour"
            if after is not None:
                explicit[n].add(after)
                verbs[n] = after
    shared: set[int] = set()  # (a verb reaches a subject's kin through "et", then through commas:
    for n in range(len(found) - 2, -1, -1):  # "A, B et C ont reçu": A too; not "Avec A, B, l'association C gère")
        gap = text[words[spans[n][1]].end: words[spans[n + 1][0]].start]
        if not explicit[n] and n + 1 in verbs and _coordinated(gap) and (n + 1 in shared or "," not in gap):
            explicit[n].add(verbs[n + 1])
            verbs[n] = verbs[n + 1]
            shared.add(n)
    for n in gathered_members(text, words, spans, explicit):
        explicit[n] = {PARTNER}  # "la SCIC X, qui associe des habitants, la Ville et l'association Y": its members
    for n in [*co_supporters(text, words, found, spans, said, member),
              *co_signatories(text, words, found, spans, member)]:
        explicit[n] = {PARTNER}  # "La Ville et France Active accompagnent l'EBE X": France Active helps too;
        # "La Ville et l'association X ont signé une convention de partenariat"
    for n in co_doers(text, words, found, spans, member):
        if not explicit[n] and found[n].category in (STRUCTURE, "reseau"):
            explicit[n] = {CARRIER}  # "La Ville et la Mission locale ont créé un parcours d'accompagnement"
    for n, role in customers(text, words, found, spans, explicit, member, names_member):
        explicit[n] = {role}  # "La cuisine fournit la cantine et l'épicerie X": X buys; "La Ville fournit X en…": given
    for n, cand in enumerate(found):
        founded_body = n > 0 and found[n - 1].kind in BODY_KINDS  # a body runs itself, once founded
        if (not explicit[n] or explicit[n] & {CARRIER, SUPPORTED}) \
                and created_by(words, spans[n][0], cand.category in PUBLIC, founded_body):
            explicit[n] = {PARTNER}  # "créée par la communauté de communes X", "la SCIC X a été fondée
            # par la coopérative CFBL": a founder, no carrier ("la recyclerie X, créée par l'association
            # Y": Y runs it; "créée et gérée par Y": so it does); nor supported, the second founder
            # after "et": "la SCIC X, créée par la Ville de Rennes et Rennes Métropole" (whose verb, after
            # the incise, is X's: "…, fondée par A et la coopérative B, est soutenue par la Ville")
        if SHAREHOLDER in explicit[n] and cand.category == "collectivite":
            explicit[n].discard(SHAREHOLDER)  # "une prise de participation de la Ville": she takes them
            explicit[n].add(CITED)
    for thing, holder in _entrusted(text, words, starts):
        explicit[thing], explicit[holder] = {CITED}, {CARRIER}  # "confié la gestion du lieu X à la SCIC Y"
    for n in done_without_help(text, words, spans, names_member):
        explicit[n] = {CITED}  # "La Louve s'est développée sans aide publique": no support at all
    for n, role in _guaranteed_loan(words, found, spans, explicit):
        explicit[n] = {role}
    for receiver, giver in another_body_s_support(text, words, found, spans, explicit, member,
                                                  names_member):
        if receiver is not None:
            explicit[receiver] = {CITED}  # "Initiative Gard a accordé un prêt à X": its own
        if giver is not None:
            explicit[giver] = {PARTNER}
    for receiver, from_whom in received_from_another(text, words, found, spans, explicit, member,
                                                     names_member):
        if receiver is not None:
            explicit[receiver] = {CITED}  # "X reçoit des denrées de la Banque alimentaire": the bank gives, a partner
        if from_whom is not None:
            explicit[from_whom] = {PARTNER}
    for receiver, giver in given_by_another(text, words, found, spans, explicit, member,
                                            names_member):
        explicit[receiver] = {CITED}  # "Une subvention régionale a été accordée à X": the Région's
        if giver is not None:
            explicit[giver] = {PARTNER}
    for n in supported_by_others(text, words, spans, member, found, names_member, shared):
        explicit[n] = {CARRIER}  # "X est financé par le syndicat …": X does the work, the member's support unsaid
    for n in [*turned_down(text, words, spans), *not_granted(text, words, spans)]:
        if not carried_by(words, spans[n][0]):  # ("le projet, porté par X, n'a pas été retenu": X carries it)
            explicit[n] = {CITED}  # "la demande présentée par X a été refusée": X carries nothing of the member's
    for n in handed_over(text, words, spans):
        explicit[n] = {CITED}  # "les actions de la Mission locale A ont été reprises par C": A's no more
    for n in support_withdrawn(text, words, spans):
        if PARTNER not in explicit[n]:  # ("…, dont le financement a été repris par Y": Y pays, a partner)
            explicit[n] = {CITED}  # "ne finance pas le drive, repris par X": X carries nothing of the member's
    for n in support_ended(text, words, spans):
        explicit[n] = {CITED}  # "La convention avec X a pris fin en 2020": no more the member's partner
    left_out = left_out_by_member(text, words, spans, names_member)
    for n in range(len(found)):
        if explicit[n] <= {PARTNER} and names_a_scheme(words, spans[n][0]):
            explicit[n] = {CITED}  # "dans le cadre de l'expérimentation TZCLD": the scheme, no partner
        if not explicit[n] and (negated(text, words, starts[n]) or gone_in_its_incise(text, words, spans[n][1])
                                or gone_before(words, starts[n])
                                or n in left_out):
            explicit[n] = {CITED}  # "a cédé ses parts dans la SCIC X": no carrier of the member's action; "X,
            # dissoute en 2021, a transmis son activité à Y": a body gone
    pointed = pointing_back(text, words, found, spans, said, names_member, member)
    in_its_relative = supported_in_the_member_s_relative(text, words, spans, names_member, member_at)  # "X, que
    # la Ville soutient, …"
    for n, role in [*pointed,
                    *created_with_help(text, words, spans, found, names_member, member_at),
                    *partnership_after(text, words, spans),
                    *founded_or_joined_by_member(text, words, found, spans, member, names_member),
                    *((n, SUPPORTED) for n in in_its_relative)]:
        explicit[n].add(role)
    for n, holds in member_shares(text, words, found, spans, explicit, member, names_member,
                                  {n for n, role in pointed if role == SHAREHOLDER}).items():  # "…, dont la Ville"
        explicit[n] = explicit[n] - {CITED} | {SHAREHOLDER} if holds else explicit[n] - {SHAREHOLDER}  # (not the CDC's)
    for n in denied_to_member(text, words, spans, names_member):
        if not explicit[n] or explicit[n] & {SUPPORTED, CREATED, SHAREHOLDER}:
            explicit[n] = {CITED}  # "financée non par le Département mais par la Région": the Région's partner stays
    supported = member_support(text, words, spans, names_member,
                               lambda owner: not member(found[owner]))
    # "La Ville ne finance pas l'association X": X does nothing the text states
    structure_role = SUPPORTED if supported else CITED if supported is None else CARRIER
    given_to_it = {n for n, role in pointed if role == SUPPORTED}  # "…; la Ville la finance", "…lui verse"
    # the member's support said right after a structure is of that one, not of the others: "L'éco-lieu X
    # accueille des ateliers animés par Y, une entreprise d'insertion soutenue par la CUD": X is where
    said_right_after = [n for n, cand in enumerate(found) if cand.category in (STRUCTURE, "reseau")
                        and supported_right_after_it(text, words, spans, n, lambda owner: member(found[owner]),
                                                     names_member)]
    aimed = {SUPPORTED} if said_right_after or any(
        SUPPORTED in roles and f.category == STRUCTURE for roles, f in zip(explicit, found)) else set()
    in_a_field = member_role_in_a_field(text, names_member)  # "Rôle de la Ville : sociétaire"
    for n in carriers_by_field(text, words, spans):  # "Porteur : association X"
        if CARRIER in explicit[n] and found[n].category == STRUCTURE and (in_a_field or supported and not aimed):
            explicit[n].add(in_a_field or SUPPORTED)  # the member's part, said apart, is the carrier's
    for n, cand in enumerate(found):
        if explicit[n] <= {CARRIER, PARTNER} and cand.category in (STRUCTURE, "reseau") and acts_with_member_support(
                text, words, spans, n, lambda owner: member(found[owner]), names_member):
            explicit[n] = {CARRIER, SUPPORTED}  # "La SCOP X a rénové 14 logements, avec le soutien de la Ville"
        elif not explicit[n] and cand.category == "reseau" and acts_on_its_own(text, words, spans, n):
            explicit[n] = {CARRIER}  # "Le Secours populaire distribue des colis": its work, no partner's help
        elif (not explicit[n] or explicit[n] == {SUPPORTED} and n in given_to_it) and cand.category == STRUCTURE \
                and structure_role == SUPPORTED and acts_on_its_own(text, words, spans, n):
            # "X collecte les encombrants, avec le soutien du Syndicat Y", "X répare des vélos ; la Ville la finance":
            # its work (the member's support said of another: not X's, "X a créé Y ; la Ville soutient cette dernière")
            explicit[n] = {CARRIER} | (explicit[n] or {SUPPORTED} - aimed)
        elif (explicit[n] == {SHAREHOLDER} or explicit[n] == {SUPPORTED} and n in in_its_relative) \
                and cand.category == STRUCTURE and works_on_its_own(text, words, spans, n):
            explicit[n].add(CARRIER)  # "La SCIC X, dont la Ville est sociétaire, a livré…": it does the work too
        elif explicit[n] == {SUPPORTED} and cand.category == STRUCTURE and works_then_receives(text, words, spans, n):
            explicit[n].add(CARRIER)  # "L'association X, qui gère le jardin partagé, a reçu 20 000 € de la Ville"
    supported_alone = [n for n in said_right_after if SUPPORTED not in explicit[n]]
    for n in supported_alone:
        explicit[n] = explicit[n] - {CITED, PARTNER} | {SUPPORTED}
    # the place a structure runs carries nothing of its own; when the member funds the action, the
    # place is still what it funds ("la Ville a financé le local de la recyclerie X, portée par Y")
    run = run_by_another(text, words, found, spans, explicit) if structure_role == CARRIER else set()
    for n in run:
        explicit[n].discard(CARRIER)
    for n in run_by_the_member(words, found, spans, explicit, names_member, member_at):
        explicit[n] = {SUPPORTED}  # "La Ville anime le PTCE X": the member runs it, X no carrier
    titled = titled_place(text, words, found, spans, explicit, structure_role)
    if titled is not None:
        explicit[titled] = {CITED}  # "Tiers-lieu X : l'association Y, qui gère…": Y runs X
    default = tuple(CITED if n in run else PARTNER if supported_alone else structure_role
                    if f.category == STRUCTURE and f.kind != "fondation"
                    else PARTNER for n, f in enumerate(found))  # a foundation named without a role funds
    return Roles(tuple(frozenset(e) for e in explicit), default)


def _entrusted(text: str, words: Sequence[Token], starts: Sequence[int]) -> list[tuple[int, int]]:
    """(thing, holder) for "a confié la gestion de X à Y": Y runs X, which runs nothing itself (not
    "confié à A et à B": two holders)."""
    pairs = []
    to = [to_before(words, start) for start in starts]
    for holder, start in enumerate(starts):
        thing = holder - 1
        if holder == 0 or not to[holder] or to[thing] or words[to[holder] - 1].key == "et":
            continue
        # past an incise: "a confié, dans le cadre d'une délégation de service public, l'exploitation de X à Y"
        verb = next((j for j in range(starts[thing] - 1, max(-1, starts[thing] - 24), -1)
                     if boundary(text, words[j], words[j + 1]) and text[words[j].end: words[j + 1].start].strip() != ","
                     or words[j].key.startswith("confi")), None)
        if verb is not None and words[verb].key.startswith("confi") and not any(
                boundary(text, words[j], words[j + 1]) for j in range(starts[thing], start)):
            pairs.append((thing, holder))
    return pairs


def _guaranteed_loan(words: Sequence[Token], found: Sequence[Found], spans: Spans,
                     explicit: list[set[str]]) -> list[tuple[int, str]]:
    """A loan the member guarantees: "une garantie d'emprunt au Crédit Mutuel pour le prêt souscrit
    par la SCIC X" supports the borrower X; the lender is a partner, not what the member supports."""
    keys = {word.key for word in words}
    if not keys & {"garantie", "garanties", "garanti", "garantit", "garante", "garant"} or not keys & _LOANS:
        return []
    found_roles = []
    for n, (first, _) in enumerate(spans):
        before = [words[j].key for j in range(max(0, first - 4), first)]
        if CARRIER in explicit[n] and "par" in before and _BORROWED & set(before):
            found_roles.append((n, SUPPORTED))  # "souscrit par X": the borrower
        elif SUPPORTED in explicit[n] and found[n].category == "entreprise":
            found_roles.append((n, PARTNER))  # "au Crédit Mutuel Océan": the lender
    return found_roles


_LOANS = frozenset({"emprunt", "emprunts", "pret", "prets"})
_BORROWED = frozenset({"souscrit", "souscrits", "contracte", "contractes", "emprunte", "empruntes"})


def _end_of(words: Sequence[Token], cand: Found) -> int:
    """The last word of a name with the commune written right after it ("Le Hangar à Fécamp")."""
    k = cand.last + 1
    if cand.place is None or k >= len(words) or words[k].key not in {"a", "au"}:
        return cand.last
    return min(len(words) - 1, k + len(phrase_keys(cand.place)))
