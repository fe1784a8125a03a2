"""The words before a name that say its role: "piloté par", "avec", "soutien à", "création de",
"prise de parts dans" (docs/extraction.md, "Roles").

``back_cue`` reads the nearest cue before a name in its clause (clause.py reads the verb after
it); ``roles`` puts these together with the words that point back at a name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from rtes_kg.extract.agency import agent_role, run_by
from rtes_kg.extract.amount_phrases import RATE_KEYS, before_an_amount, money_for
from rtes_kg.extract.clause import BOUNDARY, boundary, dating, entrusted, post_cue, tendered
from rtes_kg.extract.cuewords import (
    CARRIER,
    CARRYING,
    CITED,
    CREATED,
    CREATION,
    FILLERS,
    PARTNER,
    ROLES,
    SELECTING,
    SHAREHOLDER,
    SUPPORTED,
    Cue,
    cue_ending_at,
)
from rtes_kg.extract.former import in_a_model, no_part_cue
from rtes_kg.extract.holders import HOLDER_NOUNS, a_contract_s_party, holder_named, hours_worked, other_holders
from rtes_kg.extract.incises import (
    ASIDE,
    PREPOSITIONS,
    apposed_to,
    aside_after_name,
    before_incise,
    companions_after_a_verb,
    incise_opening,
)
from rtes_kg.extract.kind_lists import counted_head
from rtes_kg.extract.labels import AMONG, label_before, label_in_clause, label_over_list, verb_in_clause, winners_listed
from rtes_kg.extract.lexicon import ARTICLES, OF_WORDS, SENTENCE_BREAK, Token, aside_at, before_a_kind, with_its_article
from rtes_kg.extract.lists import (
    APPOSED,
    ENUMERATION_GAP,
    LIST_IN_PARENTHESES,
    PHRASE_ACRONYMS,
    PLACE_AFTER,
    UNKNOWN_ITEMS,
    body_described_before,
    companions_before,
    counted_companions,
    list_closed,
    list_goes_on,
    listed_alongside,
    mid_list,
    opened_by_a_parenthesis,
    plural_before,
    unknown_first_item,
)
from rtes_kg.extract.names import LOWER_ARTICLES
from rtes_kg.extract.negation import denied_here, negated
from rtes_kg.extract.shares import PEOPLE, another_s_shares
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.steps import supported_through_a_step

__all__ = ["CARRIER", "CARRYING", "CITED", "CREATED", "FILLERS", "PARTNER", "ROLES", "SHAREHOLDER", "SUPPORTED",
           "back_cue"]

_REACH = 14  # content words a governing word may stand from the name it governs


def back_cue(text: str, words: Sequence[Token], start: int, spans: Spans,
             roles: dict[int, str], end: int | None = None) -> str | None:
    """The role said by the words before token ``start`` in its clause: the nearest cue wins. An
    item of an enumeration takes the role of the item before it (``roles``, by span index); the
    name's last word ``end`` tells "avec A, B et C" from "Avec A, B fait…"."""
    if denied_here(words, start) or another_s_shares(text, words[start].start):
        return CITED  # "actionnaire de la SEM X, mais pas de la SCIC Y": Y, denied; "la SCIC A, devenue
        # sociétaire de la coopérative B": A's shares in B, not the member's
    if end is not None and _A_FIGURE_S_SOURCE.search(text, max(0, words[start].start - 80), words[start].start) \
            and text[words[end].end: words[end].end + 2].lstrip().startswith(")"):
        return CITED  # "13,4 % de l'emploi salarié privé (CRESS Guadeloupe)": where the figure comes from
    content, crossed_et = 0, False
    prepositions: set[str] = set()
    fallback: str | None = None
    k = start - 1
    jumped = False  # k was just set before an incise: the comma that opens it ends nothing
    incises = 0
    while k >= 0 and content <= _REACH:
        gap = text[words[k].end: words[k + 1].start]
        jumped, after_incise = False, jumped
        if gap.strip() == "(" and k + 1 == start and len(words[k].raw) > 1 and words[k].raw.isupper() \
                and words[start].capitalised and words[k].key not in PHRASE_ACRONYMS:
            # (not "de projets ESS (incubateur X…)", "les quatre pôles ESS (A, B…)": examples, no expansion)
            return back_cue(text, words, k, spans, roles, end)  # "et l'ATIS (Association …)": as the acronym
        aside = aside_after_name(text, words, spans, k) if ")" in gap else None
        if aside is not None:
            k, gap = aside, ""  # "l'association A (Mont-de-Marsan), la SCOP B": read on from A
        elif gap.lstrip().startswith(")") and spans.owner(k) is not None:
            gap = gap.replace(")", "", 1)  # "l'ADIE (Association pour le droit…) et B": a name's expansion
        if BOUNDARY.search(gap):
            if ":" in gap:
                return label_before(text, words, k) or fallback
            if gap.rstrip().endswith("(") and (listed := label_in_clause(
                    text, words, k + 1, opened=True, within=plural_before(words, k))) is not None:
                return listed  # "regroupe 35 sociétaires (l'ONF, …)": what the label counts
            if gap.rstrip().endswith("(") and (plural := (
                    body_described_before(words, k) if gap.strip() == "(" and k + 1 == start else None)
                    or plural_before(words, k)) is not None:
                return back_cue(text, words, plural, spans, roles)  # "finance les structures d'accompagnement
                # (A, B et C)": the examples of what the cue is said of; "soutient le réseau des épiceries (ANDES)"
            return (label_over_list(text, words, k) if gap.strip() == ";" else None) or fallback
        owner = spans.owner(k)
        if "," in gap and owner is None and not after_incise:  # (the comma of an incise read through opens it)
            apposed = apposed_to(text, words, spans, k)
            if apposed is not None and listed_alongside(text, words, apposed + 1, start):
                return PARTNER  # "…, aux côtés des Cigales du Poitou, du Crédit Coopératif"
            if apposed is not None:
                k = apposed  # "avec la SCIC A, à Niort, et l'association B": read on from A
                continue
        if "," in gap and owner is None and not after_incise and _right_before(words, spans, k, start) \
                and (opening := incise_opening(text, words, k)) is not None \
                and (words[opening + 1].key == "avec" or cue_ending_at(words, opening) is not None) \
                and not any(words[j].key in AMONG for j in range(opening, k)):  # (not "avec 80 sociétaires dont…")
            k, jumped = opening, True  # "a cofondé en 2018, avec la Ville et 60 citoyens, la SCIC X", "finance,
            # depuis 2019, l'association X": the verb's
            continue
        if "," in gap and owner is None and k + 1 == with_its_article(words, start) and holder_named(words, k):
            return CARRIER  # "à son sous-traitant, l'ESAT X", "Le titulaire du marché de tri, Suez, …": who works it
        if "," in gap and owner is None and (counted := counted_head(words, k)) is not None:
            k = counted - 1  # "a aidé les deux SCOP du territoire, A et B": the kind's role
            continue
        if "," in gap and owner is None and (among := unknown_first_item(text, words, k)) is not None:
            k = among  # "parmi lesquels Vinci Construction, la Ville de Sevran et B": read from "parmi"
            continue
        if "," in gap and owner is None and (parenthesis := LIST_IN_PARENTHESES.search(
                text, max(0, words[k].end - 200), words[k].end)):
            k = next((j for j in range(k, -1, -1) if words[j].end <= parenthesis.start()), 0)
            continue  # "35 sociétaires (scieries, l'ONF et …)": read from the parenthesis
        if "," in gap and not prepositions and owner is None and not after_incise:
            return fallback  # "…avec l'appui de l'Agglomération, la CAE X": about something else
        if "," in gap and owner is None and not after_incise:
            opening = incise_opening(text, words, k)
            if opening is not None and listed_alongside(text, words, opening + 1, start):
                return PARTNER  # "sociétaire de la SCIC A, aux côtés de 120 particuliers, du Crédit Coopératif"
            if opening is not None:
                k, jumped = opening, True  # "Création en 2019, avec l'appui de la Métropole, de la SCIC X"
                continue
        if owner is not None and owner not in roles and _complement_of_an_item(words, spans[owner][0]):
            k = spans[owner][0] - 1  # "avec A, la Fabrique à initiatives de l'APES et B": the APES names
            continue  # part of an item no finder knows, B is A's kin
        if owner is not None:
            between = ASIDE.sub("", text[words[spans[owner][1]].end: words[start].start])  # "A (Nantes), B"
            between = between[1:] if between.startswith(")") else between  # "l'ADIE (Association pour…) et B"
            between = between[place.end():] if (place := PLACE_AFTER.match(between)) else between
            listed = UNKNOWN_ITEMS.sub("", APPOSED.sub("", between))
            more = end is not None and end + 1 < len(words) and (words[end + 1].key in {"et", "ou"} or bool(
                PLACE_AFTER.match(text, words[end].end)) and list_goes_on(text, words, end))
            opening = text.rfind(",", 0, words[spans[owner][0]].start)
            described = spans.owner(bisect.bisect_right(words, opening, key=lambda w: w.end) - 1)  # (not "un schéma,
            describing = _DESCRIBING.match(text[opening:]) is not None and described is not None  # élaboré avec A, B")
            participle = None if describing or "," not in listed else run_by(words, spans[owner][0])
            if owner in roles and ENUMERATION_GAP.fullmatch(listed) and (re.search(r"\b(?:et|ou)\b", listed) or more) \
                    and not describing and participle is None \
                    and not companions_after_a_verb(text, words, spans[owner][0]):
                # "avec la SCIC A, à Niort, et l'association B", "aux côtés de A, de B et de C": items
                # of a list, not an incise; not when A is in one that describes the item before it
                # ("X, portée par A, et B": B is X's kin, with X's role; "porté par A et B": A's)
                return roles[owner]
            kin = described if describing and "," in listed and _PARTICIPLE_INCISE.match(text, opening) else None
            if participle is not None:  # "A, le tiers-lieu X à Clisson porté par l'association B, et C": X's kin
                kin = next((o for j in range(participle - 1, max(-1, participle - 5), -1)
                            if (o := spans.owner(j)) is not None), None)
                if kin is not None and kin not in roles and ENUMERATION_GAP.fullmatch(listed) \
                        and re.search(r"\bet\b", listed):
                    return back_cue(text, words, spans[kin][0], spans, roles, spans[kin][1])  # X's, said before it
            if kin is not None and ENUMERATION_GAP.fullmatch(listed) and re.search(r"\bet\b", listed) and (
                    kin in roles or not _OF_AFTER_ET.search(listed)):  # (not "née de la fusion de A et de B": A's kin)
                return roles.get(kin, fallback)  # (X's role, none said: not A's, "X, gérée par A, et B, gérée par C")
            if owner in roles and ENUMERATION_GAP.fullmatch(listed) and "," in listed and not describing \
                    and (mid_list(text, words, spans, owner) and list_goes_on(text, words, end)
                         or opened_by_a_parenthesis(text, words[spans[owner][0]].start)):
                return roles[owner]  # "Partenaires : A, B, C, D, E": E as D, a list's item, no incise;
                # "finance les structures d'accompagnement (A, l'URSCOP, l'APES)": the parenthesis holds a list
            # (a name that a verb follows is the subject: "Avec A, la CAF et la MSA, l'association X gère")
            incise = before_incise(text, words, words[spans[owner][0]].start, between) \
                if incises < _INCISES and list_goes_on(text, words, end) else None
            if incise is not None:  # (a few at most: a list of a thousand names is no incise of one)
                k, jumped, incises = incise, True, incises + 1  # ", avec la Ville de Saint-Denis, de la ressourcerie"
                continue
            if (companion := companions_before(text, words, spans, owner, between)) is not None:
                k = companion - 1  # "a créé avec Rennes Métropole la SCIC X": the verb's object
                continue
            between = APPOSED.sub("", between)
            if ENUMERATION_GAP.fullmatch(between) and owner in roles and (
                    re.search(r"\b(?:et|ou|ainsi)\b", between)
                    or (list_goes_on(text, words, end) and not list_closed(text, words, spans, owner))):
                return roles[owner]
            return fallback
        if words[k].key == "dont" and other_holders(text, words, k, start, end):
            return PARTNER  # "la SCIC X, dont Alès Agglomération est sociétaire": X's, no item of a list; "le
            # pacte, dont la SCIC A et l'association B sont signataires": B's fellow holder
        if words[k].key == "parmi" and (k == 0 or SENTENCE_BREAK.search(text, words[k - 1].end, words[k].start)):
            return label_in_clause(text, words, start, within=k + 1)  # "Parmi les lauréats figurent X": its label
        if words[k].key == "dont" and end is not None and end + 1 < len(words) \
                and not text[words[end].end: words[end + 1].start].strip() and post_cue(text, words, end) is not None:
            return None  # "l'expérimentation, dont l'EBE X assure la mise en œuvre": the relative's subject, its verb
        if words[k].key in AMONG:
            role = label_in_clause(text, words, k) or verb_in_clause(text, words, k - 1)
            if role is not None:  # "14 lauréats en 2023, dont la SCIC X": X is one of them (of a contract's
                return CARRIER if role == SUPPORTED and tendered(text, words, k) else role  # holders: its carriers)
            jumped = True  # "avec les autres ressourceries, notamment X": the comma ends nothing
        if winners_listed(text, words, k):
            return SUPPORTED  # "Les lauréats 2023 sont l'association A, la SCOP B…": the member's winners
        if aside := aside_at(words, k):
            k -= aside  # "La Ville soutient de son côté l'association X": the verb's object still
            continue
        if counted_companions(words, k, start):
            k, content = k - 1, 0  # "a créé avec 8 villes du territoire la SCIC X": the verb's object
            prepositions.clear()  # (all words crossed were the companions')
            continue
        found = cue_ending_at(words, k) or _cue_around_a_date(words, k) or no_part_cue(text, words, k) \
            or money_for(text, words, k)
        if found is not None and words[k].key == "par" and k + 1 < len(words) \
                and (words[k + 1].skey in RATE_KEYS or words[k + 1].key == "ailleurs"):
            found = None  # "10 000 € par an à l'association X": a rate, not who carries it; "par ailleurs"
        if found is not None and words[k].key == "prix" and k >= 1 and words[k - 1].key == "a":
            found = None  # "loue à prix réduit un local à X": a price, no prize's giver
        if found is not None:
            cue, first = found
            again = first == k and words[k].key == "par" and first >= 2 and words[first - 1].key in ("et", "ou")
            before = spans.owner(first - 2) if again else None
            if before is not None and before in roles:
                return roles[before]  # "accompagnée par l'ADEME et par la Banque des Territoires"
            if again:  # the name before was none we know: "par" as the first "par" said it
                earlier = next((j for j in range(first - 2, max(-1, first - 12), -1) if words[j].key == "par"
                                and not boundary(text, words[j], words[first])), None)
                if earlier is not None:
                    first = earlier
            if cue.how == "prep" and any(words[j].capitalised and spans.owner(j) is None for j in range(k + 1, start)) \
                    and not _LISTED.search(text, words[k].end, words[start].start):
                # "finance avec la Métropole la coopérative X": the verb before says what X is, else "avec" does
                fallback = fallback or _apply(cue, words, first, content, crossed_et, prepositions)
                fallback = PARTNER if fallback == CARRIER and hours_worked(text, words, first) else fallback
                k, content = first - 1, 0  # the phrase "avec la Métropole" (its prepositions with it: "avec l'Office
                prepositions.clear()  # public de la langue basque l'association X") stands between the verb and X
                continue
            verb = first - 3 if first >= 3 and dating(words, first - 2) else first - 1  # "créée (en 2010) par"
            if cue.how == "prep" and words[first].key == "par" and verb >= 0 and words[verb].key in CREATION \
                    and any(words[j].key in PEOPLE and words[j + 1].key in OF_WORDS for j in range(k + 1, start - 1)):
                return CITED  # "créée par d'anciens salariés de l'entreprise X": people founded it, not X
            role = _apply(cue, words, first, content, crossed_et, prepositions)
            if role == SHAREHOLDER and words[k].key in HOLDER_NOUNS and not prepositions & OF_WORDS:
                return PARTNER  # "dont sont également actionnaires la Banque des Territoires et X": the others
            if role == SUPPORTED and words[k].key.startswith("cede") \
                    and _HANDED_OVER & {w.key for w in words[k + 1: min(start, k + 5)]}:
                role = CARRIER  # "a cédé cette activité au Secours populaire": it runs it now
            elif role == SUPPORTED and words[k].key.startswith("cede") \
                    and _SHARES & {w.key for w in words[k + 1: min(start, k + 5)]}:
                return CITED  # "a cédé ses parts à la SEM X": a sale, X pays
            if role == CREATED and _something_else_created(words, k, start):
                role = None  # "créer 40 emplois au sein de la SCIC X": jobs are made, X was there
            if role == SUPPORTED and ((cue.how == "object" and words[k].key in SELECTING or words[k].key in _AWARDING)
                                      and tendered(text, words, k) or entrusted(words, first)):
                role = CARRIER  # "a retenu l'entreprise d'insertion X pour le marché de nettoyage": a contractor
            if role is not None:
                if negated(text, words, first) or in_a_model(text, words, first):
                    return CITED  # "n'est pas entrée au capital de la SCIC X": no role is stated
                if role == PARTNER and a_contract_s_party(text, words, first, k):
                    return CARRIER  # "confie un marché … avec SUEZ", "à un groupement constitué de A et B"
                if role == CARRIER and hours_worked(text, words, first):
                    return PARTNER  # "38 000 heures d'insertion réalisées par X": X's staff worked them
                if role == PARTNER and "propres" in {w.key for w in words[first: start]}:
                    return CARRIER  # "complétée par 20 000 € de fonds propres de l'association X": its own
                return role
            k = first - 1
            content += 1
            continue
        key = words[k].key
        if key == "et" and k + 1 < len(words) and (words[k + 1].key in ARTICLES - {"de", "d", "du", "des"}
                                                   or words[k + 1].capitalised):
            crossed_et = True
        if content == 0 and prepositions <= OF_WORDS and (cue_end := supported_through_a_step(words, k)) is not None:
            k, prepositions = cue_end, set()  # "a soutenu l'implantation du Groupe SOS": the verb's object
            continue
        if content == 0 and not prepositions and (before := before_an_amount(words, k)) is not None:
            k = before  # "finance à hauteur de 40 000 € le tiers-lieu X": the verb's object still
            continue
        if key in PREPOSITIONS and not dating(words, k):
            prepositions.add(key)
        elif key not in FILLERS and not words[k].raw[0].isdigit() and not dating(words, k) \
                and not _adverb_of_a_cue(words, k) and not before_a_kind(words, k, start):
            content += 1
        k -= 1
    return fallback


def _right_before(words: Sequence[Token], spans: Spans, k: int, start: int) -> bool:
    """Whether only articles stand between the word ``k`` and the name (or its kind word) at ``start``."""
    first = spans[owner][0] if (owner := spans.owner(start)) is not None else start
    return all(w.key in LOWER_ARTICLES for w in words[k + 1: min(first, start)])


def _complement_of_an_item(words: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` completes a lower-case noun before it: "initiatives de l'APES"."""
    k = first - 1
    k -= k >= 0 and words[k].key in {"la", "l", "le", "les"}
    return k >= 1 and words[k].key in {"de", "du", "des", "d"} and words[k - 1].raw.islower() \
        and words[k - 1].key not in FILLERS and cue_ending_at(words, k) is None


def _adverb_of_a_cue(words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is an adverb of manner right after a cue: "héberge gratuitement X",
    "accompagne activement la SCOP X" (not "finance l'équipement de X": a noun in -ment, after no cue)."""
    return words[k].key.endswith("ment") and words[k].raw.islower() and k >= 1 \
        and cue_ending_at(words, k - 1) is not None


_YEAR = re.compile(r"(?:19|20)\d\d")
_LISTED = re.compile(r",|\bet\b|\bou\b")  # "financé par la Ville (2,5 M€), la Région…": an item of the agents
_INCISES = 3  # incises read through before a name, at most
_OF_AFTER_ET = re.compile(r"\bet\s+(?:de|du|des|d['’])", re.IGNORECASE)
_ITSELF = r"(?:(?:elle|lui|elles|eux)-mêmes?\s+)?"  # ", (elle-même) conventionnée par A": the incise's still
_PARTICIPLE_INCISE = re.compile(rf",\s*{_ITSELF}[^\W\d]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s")
_A_FIGURE_S_SOURCE = re.compile(r"\d\s*%[^()]{0,60}\(\s*(?:(?:source|sources|données)\s*:?\s*)?"
                                r"(?:(?:la|le|les)\s+|l['’])?$", re.IGNORECASE)


def _something_else_created(words: Sequence[Token], cue_end: int, start: int) -> bool:
    """Whether a word of creation that ends at ``cue_end`` creates something counted ("créer 40
    emplois", "de 12 postes dans la SCIC X"; a year is no count, nor are co-founders: "a fondé, avec
    14 agriculteurs, la SCIC X", "avec la Ville et 60 citoyens") or something within the name at
    ``start`` ("la création d'un atelier au sein de la SCIC X")."""
    counted = any(words[k].raw[:1].isdigit() and not dating(words, k) and not _YEAR.fullmatch(words[k].raw)
                  and all(w.key != "avec" for w in words[cue_end + 1: k]) for k in range(cue_end + 1, start))
    return counted or any(w.key == "sein" for w in words[cue_end + 1: start])


def _cue_around_a_date(words: Sequence[Token], k: int) -> tuple[Cue, int] | None:
    """A cue of support around a date, and its first word: "a retenu en 2023 le projet de X" as "a retenu le…"."""
    window = range(max(0, k - 8), k + 1)
    if not any(_YEAR.fullmatch(words[j].raw) for j in window):
        return None
    kept: list[int] = []
    skip_to = -1
    for j in window:
        if j <= skip_to:
            continue
        if dating(words, j):
            skip_to = next(i for i in range(j, min(len(words), j + 3)) if _YEAR.fullmatch(words[i].raw))
            continue
        kept.append(j)
    if len(kept) == len(window) or not kept or kept[-1] != k or skip_to >= k:
        return None
    found = cue_ending_at([words[j] for j in kept], len(kept) - 1)
    if found is None or found[0].role != SUPPORTED:
        return None  # (only support, as the cues of a selection: "a adhéré en 2022 à la SCIC X" stays as it was)
    return found[0], kept[found[1]]


_AWARDING = frozenset({"attribue", "attribuer", "attribues", "attribuee", "attribuees"})  # "a attribué à X le marché"
_HANDED_OVER = frozenset({"activite", "activites", "gestion", "exploitation"})
_SHARES = frozenset({"parts", "part", "actions", "participation", "participations"})


# (not ", dont A, B et C": a list of what the clause before counted, whose items share a role)
_DESCRIBING = re.compile(rf",\s*{_ITSELF}"
                         r"(?:[^\W\d]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s|qui\b|que\b|qu['’]|"
                         r"dont\b(?!\s+(?:la |le |les |l['’])?(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des|la|le|les)\s+|"
                         r"[dl]['’])?[A-ZÀ-Ý][\w'’-]*)*)\s*,))",
                         re.IGNORECASE)


def _apply(cue: Cue, words: Sequence[Token], first: int, content: int, crossed_et: bool,
           prepositions: set[str]) -> str | None:
    if cue.how == "prep":
        if cue.role == CARRIER and words[first].key == "par" and (agent := agent_role(words, first)):
            return agent  # "financé par l'ADEME": a funder, not the carrier; "remporté par": a winner
        hosts = cue.role == PARTNER and words[first].key in {"heberge", "installe"} and words[first].raw[-1] != "é"
        return (SUPPORTED if hosts else cue.role) if content <= 8 else None  # "héberge dans sa pépinière X" (not
        # "hébergé dans X": X hosts)
    if crossed_et:
        return None  # "la Collectivité finance le poste … et l'ADEME le plan": another clause
    if cue.how == "object":
        return cue.role if content == 0 and not prepositions else None
    if not prepositions:
        return cue.role if content == 0 else None
    if cue.of and not prepositions & cue.of:
        return cue.alt
    return cue.role

