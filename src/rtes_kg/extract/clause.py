"""One clause of an action's text: where it ends (``boundary``), whether its verb is denied, given
up or only planned (``negated``), and the role the verb after a name gives that name
(``post_cue``: "X gère…", "X a reçu une aide"), and the date that stands between a verb and its
object (``dating``: "a créé en 2019 la SCIC X")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.cuewords import (
    CARRIED,
    CARRIER,
    CARRYING,
    CITED,
    CONTRACTS,
    FILLERS,
    FUNDING,
    PARTNER,
    RECEIVING,
    SELECTED,
    SELECTING,
    SUPPLYING,
    SUPPORTED,
    TENDERED,
    a_market,
)
from rtes_kg.extract.lexicon import ARTICLES, OF_WORDS, Token, verb_prefix_at
from rtes_kg.parse.fields import MONTHS

BOUNDARY = re.compile(r"[.;:!?()\n•]")
_SENTENCE_MARK = re.compile(r"[.;:!?\n•]")  # a clause's bounds but its parentheses


def boundary(text: str, left: Token, right: Token) -> bool:
    return bool(BOUNDARY.search(text[left.end: right.start]))


def to_before(words: Sequence[Token], start: int) -> int:
    """The index of the "à"/"au"/"aux" before a name (past its article), else 0."""
    k = start - 1
    while k >= 0 and words[k].key in {"la", "le", "les", "l"}:
        k -= 1
    return k if k > 0 and words[k].key in {"a", "au", "aux"} else 0


# How a fiche names its member: "la Ville", "le Département", "la collectivité".
MEMBER_WORDS = frozenset({"ville", "commune", "mairie", "metropole", "departement", "region", "communaute",
                          "agglomeration", "agglo", "collectivite", "intercommunalite", "ept", "petr"})
# and, after an article, the abbreviations of their kinds: "dont la CC est sociétaire", "La CdA a pris des parts"
MEMBER_KEYS = MEMBER_WORDS | {"eurometropole", "cc", "ca", "cu", "cd", "cda", "epci"}
# The first words of an area's name, which may be the member's by a shorter name: "Le Pays de Lorient"
MEMBER_AREA_WORDS = frozenset({"pays", "territoire", "grand", "agglo"})


def a_member_word(word: Token) -> bool:
    """Whether ``word`` is a word that may name the member: a collectivité's kind word ("la Ville"), or
    its kind's initials, capitalised ("de la CC", "La CdA"; not "ça")."""
    return word.key in MEMBER_WORDS or word.key in MEMBER_KEYS and word.raw[:1].isupper()
_FORMERLY = frozenset({"gerait", "geraient", "animait", "animaient", "portait", "portaient", "exploitait",
                       "exploitaient", "pilotait", "assurait", "tenait"})
_HANDING = {("a", "transfere"), ("ont", "transfere")}  # (not "a cédé": "a cédé un terrain à X" gives)
def post_cue(text: str, words: Sequence[Token], last: int, public: bool = False) -> str | None:
    """The role said by the verb after a name, past an incise: "X gère…", "X, portée par Y, a reçu
    une subvention" (supported), "X a organisé…" (carrier). ``public``: the name is a public body's
    (names.PUBLIC), which lends an action its means rather than runs it."""
    k = last + 1
    if k >= len(words) or boundary(text, words[last], words[k]):
        return None
    if verb_prefix_at(text, words, k):  # "A et l'association X co-animent…": its verb, with others
        if _avec_in_its_clause(text, words, last):
            return None  # ("Actuellement avec les communautés de communes A et B co-pilotent…": partners)
        k += 1
    if words[k].key == "qui" and k + 1 < len(words) and any(  # a cleft: "C'est l'association X qui assure…"
            words[j].key in {"est", "sont"} and words[j - 1].key in {"c", "ce"} for j in range(max(1, last - 8), last)):
        k += 1
    if "," in text[words[last].end: words[k].start] and _in_an_incise(text, words, last):
        return None  # "X, qui a reçu 20 000 € de la Région, gère…": the verb after the clause is X's
    said = _said_at(text, words, k, public)
    if said is not None or "," not in text[words[last].end: words[k].start]:
        return said
    # ", lauréate de l'appel à projets, …": the member's winner; ", partenaire du projet, …": a partner
    apposed = SUPPORTED if words[k].key in SELECTED else PARTNER if words[k].key in _PARTNERS else None
    if apposed == SUPPORTED and (tendered(text, words, k) or _for_a_service(words, k)):
        apposed = CARRIER  # ", retenue par la Ville pour le marché de nettoyage,": a contract's winner
    for j in range(k, min(len(words) - 1, k + _INCISE_WORDS)):  # ", portée par Y, a reçu…"
        if j > k and words[j].capitalised and words[j].key not in MEMBER_WORDS:
            apposed = None  # (not "lauréate du prix de la Macif", "partenaire de la Fondation X": another's)
        if boundary(text, words[j], words[j + 1]):
            return apposed
        if "," in text[words[j].end: words[j + 1].start]:
            return apposed or _said_at(text, words, j + 1, public)
    return None


# Words of an incise between a name and its verb: ", installé dans l'ancienne gare de Cadillac et géré par la
# SCIC du même nom, a bénéficié…" (15)
_INCISE_WORDS = 20


def _said_at(text: str, words: Sequence[Token], k: int, public: bool) -> str | None:
    """The role the verb at ``k`` says of its subject (``_verb_at``), a contract's winner its carrier."""
    said = _verb_at(words, k, public)
    if said == SUPPORTED and (SELECTING | _WON) & {w.key for w in words[k: k + 3]} \
            and (tendered(text, words, k) or _for_a_service(words, k)):
        return CARRIER  # "X a été sélectionnée par la Ville pour fournir les cantines": a supplier paid; "X a
        # obtenu deux lots", "X a été retenue pour l'entretien des bâtiments": the work bought
    return said


def _for_a_service(words: Sequence[Token], k: int) -> bool:
    """Whether "pour" and a service done follow the verb at ``k``: "retenus pour l'entretien des bâtiments"."""
    by = next((j for j in range(k, min(len(words) - 1, k + 5)) if words[j].key == "pour"), None)
    if by is None:
        return False
    at = by + 1 + (words[by + 1].key in ARTICLES)
    return at < len(words) and words[at].key in _SERVICES


_WON = frozenset({"obtenu", "obtenue", "obtenus", "obtenues", "obtient", "obtiennent", "remporte", "remportent"})
_SERVICES = frozenset({"entretien", "nettoyage", "gestion", "exploitation", "collecte", "fourniture", "livraison",
                       "restauration", "maintenance", "tri"})


def _avec_in_its_clause(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether "avec" stands before the word ``last`` in its clause (a bounded walk back)."""
    for k in range(last, max(-1, last - 30), -1):
        if words[k].key == "avec":
            return True
        if k and boundary(text, words[k - 1], words[k]):
            return False
    return False


def _in_an_incise(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether the word ``last`` ends a relative clause opened after a comma: ", qui a reçu une aide
    de la Région", ", dont la Ville est membre"; or a participle's, or a membership's: "Les épiceries,
    fédérées au sein du Réseau X, reçoivent…", ", membres du Réseau X," (the verb is the subject's)."""
    k = _after_its_comma(text, words, last)
    return k is not None and k < last and (words[k].key in _RELATIVES or words[k].key in _MEMBERSHIPS or (
        words[k].raw.islower() and words[k].raw.endswith(_INCISE_PARTICIPLES)) or _a_noun_of(words, k)) \
        and not _examples_of_the_subject(words, k, last)


def _after_its_comma(text: str, words: Sequence[Token], last: int) -> int | None:
    """The first word after the comma that opens the clause of the word ``last`` (a bounded walk
    back), None when its clause opens with no comma."""
    for k in range(last, max(0, last - _RELATIVE_REACH), -1):
        gap = text[words[k - 1].end: words[k].start]
        if boundary(text, words[k - 1], words[k]) or "," in gap:
            return k if "," in gap else None
    return None


def _examples_of_the_subject(words: Sequence[Token], k: int, last: int) -> bool:
    """Whether ", dont" at ``k`` lists names only, up to ``last``: "Les pôles ESS, dont A à Brest et
    l'ADESS B, reçoivent…" (some of the subject, whose verb is theirs; not ", dont la Ville est membre,")."""
    return words[k].key == "dont" and all(w.capitalised or w.key in _BETWEEN_EXAMPLES for w in words[k + 1: last + 1])


def closes_examples(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether the name ending at ``last`` closes a list of the subject's examples (``_examples_of_the_subject``):
    the verb after the comma is theirs."""
    k = _after_its_comma(text, words, last)
    return k is not None and _examples_of_the_subject(words, k, last)


_BETWEEN_EXAMPLES = OF_WORDS | {"la", "le", "les", "l", "et", "a", "en"}


def _a_noun_of(words: Sequence[Token], k: int) -> bool:
    """Whether an apposition opens at ``k``, a common noun and its complement: "Les Écossolies, réseau
    des acteurs de l'ESS de Nantes Métropole, organisent…" (the verb is the subject's, not the
    Métropole's; not "X, la Ville et Y organisent": a list of subjects)."""
    return words[k].raw.islower() and words[k].key not in ARTICLES and k + 1 < len(words) \
        and words[k + 1].key in OF_WORDS


_RELATIVES = frozenset({"qui", "que", "qu", "dont", "ou"})
_MEMBERSHIPS = frozenset({"membre", "membres", "adherent", "adherente", "adherents", "adherentes"})
_INCISE_PARTICIPLES = ("ée", "ées", "és")  # (not "é": "Comité", "Solidarité" may open a name)
_RELATIVE_REACH = 16  # words: "qui a reçu 20 000 € de la Fondation de France"
_PARTNERS = frozenset({"partenaire", "partenaires", "mecene", "mecenes", "cofinanceur", "cofinanceurs"})


def an_agent(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` is an agent after "par" in its incise: in "X, financée par A et
    B, entretient…" and "X, soutenue par la Ville, la CUD et le Département, a accompagné…", B and the
    Département are no subjects of the verb after them (not "20 tonnes par an et Y gère…")."""
    for k in range(first - 1, max(-1, first - _AGENT_REACH), -1):
        if boundary(text, words[k], words[k + 1]) or "," in text[words[k].end: words[k + 1].start] and not (
                words[k].capitalised and any(word.key == "et" for word in words[k + 1: first + _LIST_END_REACH])):
            return False  # (a comma after a name goes on with a list of agents that "et" closes; not
            # "accompagné par France Active, le café X, ouvert…": X is the subject)
        if words[k].key == "par" and (words[k + 1].key in {"la", "le", "les", "l"} or words[k + 1].capitalised):
            return True
        if not words[k].capitalised and words[k].key not in _IN_A_LIST_OF_AGENTS:
            return False  # "accordé par Initiative Mayenne à la boutique X": X is no agent
    return False


_IN_A_LIST_OF_AGENTS = frozenset({"la", "le", "les", "l", "et", "de", "du", "des", "d"})


_AGENT_REACH = 10  # words from "par" to the last agent of its list: "par la Ville, la CUD et le Département"
_LIST_END_REACH = 5  # words from an agent to the "et" of its list: "la CUD et le Département"
_AFTER_AUXILIARY = frozenset({"chacun", "chacune", "tous", "toutes", "egalement", "aussi", "ensemble", "deja",
                              "recemment", "notamment"})


def _verb_at(words: Sequence[Token], k: int, public: bool = False) -> str | None:
    # "ont chacun reçu", "a également reçu": the adverb after the auxiliary says nothing of the role
    keys = tuple(w.key for j, w in enumerate(words[k: k + 5]) if not (j and w.key in _AFTER_AUXILIARY))[:3]
    if keys[:1] == ("qui",) and keys[1:2] and keys[1] in _FORMERLY or keys[:1] and keys[0] in _FORMERLY \
            or keys[:2] in _HANDING:
        return CITED  # "l'association X, qui gérait l'épicerie depuis 2015, a cédé…", "X gérait auparavant
        # le jardin": no more; "X, …, a transféré son antenne à Y": Y runs it
    if any(keys[: len(r)] == r for r in RECEIVING):
        obtained = next((w.key for w in words[k + 1: k + 6]
                         if w.key not in _OBTAINED_WORDS_BEFORE and not w.raw.isdigit()), None)
        return None if obtained in _STATUSES else SUPPORTED  # "X a obtenu l'agrément ESUS": no gift
    if _takes_part(words, k) or keys[:1] in (("est",), ("sont",)) and keys[1:2] and keys[1] in _PARTNERS:
        return PARTNER  # "X et Y ont été associés à l'élaboration du plan", "X participe au comité de pilotage",
        # "X est partenaire de la Ville pour des ateliers"
    if _selected(words, k):
        return SUPPORTED  # "X a été désignée lauréate du budget participatif": the member's winner
    if any(keys[: len(verb)] == verb and keys[len(verb): len(verb) + 1] != ("par",) for verb in FUNDING):
        return PARTNER  # "…; la MAIF a financé son équipement": a funder (not "X, financé par Y": Y funds X)
    raw = [w.raw.lower() for w in words[k: k + 3]]
    clitic = keys[0] in {"l", "le", "la", "les", "lui", "leur"}
    if keys[:1] in (("assure",), ("assurent",)) and keys[1:2] in (("l",), ("la",)) and keys[2:3] \
            and keys[2].startswith(("approvision", "fourniture")):
        return PARTNER  # "La Banque Alimentaire assure l'approvisionnement": a supplier of the action
    if clitic and keys[1:2] and keys[1] in SUPPLYING:
        return PARTNER  # "la Banque Alimentaire l'approvisionne": a supplier of the action (but "X approvisionne
        # l'épicerie Y", as "X fournit Y", is X's own work: supplies.py)
    verb = k + (raw[0] in {"a", "ont"})
    if verb < len(words) and words[verb].key.startswith("accompagn") and _helps_with(words, verb + 1):
        return PARTNER  # "France Active a accompagné son lancement", "la CRESS accompagne le projet": a helper
    if public and _lends(words, k):
        return PARTNER  # "la commune de Langon met à disposition le local": another public body's means
    if raw[0] in CARRYING or (raw[0] in {"a", "ont"} and len(raw) > 1 and raw[1] in CARRIED):
        return CARRIER
    if raw[0] in _HOLDING and raw[1:2] and raw[1] not in {"à", "a", "compte", "au"}:
        return CARRIER  # "l'association X tient depuis 2016 une épicerie" (not "tient à remercier")
    if raw[0] in {"en", "y"} and len(raw) > 1 and raw[1] in CARRYING:
        return CARRIER  # "tandis que l'association X en assure l'accompagnement"
    return None


# What a body obtains that nobody gives it: a status, a label of the State ("a obtenu le label ESUS")
_STATUSES = frozenset({"label", "agrement", "certification", "reconnaissance", "statut", "titre", "accreditation",
                       "habilitation", "qualification", "conventionnement"})
_OBTAINED_WORDS_BEFORE = FILLERS | {"a", "ont", "obtenu", "obtient", "obtiennent", "recu", "recoit", "recoivent",
                                    "en", "deja"}


def _selected(words: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` is a passive of selection, and no other body's name follows it: "a
    été désignée lauréate du budget participatif", "a été lauréate de l'appel à projets de la Ville"
    (not "a été lauréate du prix de la Fondation X": another's prize)."""
    j, passive = k, False
    while j < min(len(words), k + 5) and (words[j].key in _AUXILIARIES or words[j].key in _AFTER_AUXILIARY
                                          or words[j].key.startswith("designe")):
        passive |= words[j].key in {"ete", "est", "sont"}
        j += 1
    return passive and j < len(words) and words[j].key in SELECTED and not any(
        w.capitalised and w.key not in MEMBER_WORDS for w in words[j + 1: j + _ANOTHER_S_REACH])


_ANOTHER_S_REACH = 14  # words: "lauréate de l'appel à projets lancé par l'ADEME"


def _takes_part(words: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` says a body took part in the member's work, no carrier: "ont été
    associés à l'élaboration du plan", "participe au comité de pilotage", "participent au plan
    alimentaire territorial" (not "participe à la collecte des invendus": its own work)."""
    j = k
    while j < min(len(words), k + 4) and (words[j].key in _AUXILIARIES or words[j].key in _AFTER_AUXILIARY):
        j += 1
    if j + 1 >= len(words) or words[j].key not in _TAKING_PART or words[j + 1].key not in {"a", "au", "aux"}:
        return False
    return words[j].key.startswith("associe") or bool({w.key for w in words[j + 2: j + 4]} & _GOVERNANCE)


_AUXILIARIES = frozenset({"a", "ont", "est", "sont", "ete"})
_TAKING_PART = frozenset(f"{stem}{end}" for stem in ("associe", "participe") for end in ("", "e", "s", "es")) | {
    "participent"}
_GOVERNANCE = frozenset({"comite", "conseil", "pilotage", "gouvernance", "elaboration", "reflexion", "instances",
                         "groupe", "concertation", "definition", "redaction",
                         "plan", "projet", "programme", "dispositif", "pacte"})


def _lends(words: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` puts something at disposal or lends it: "met à disposition", "a mis
    gratuitement à la disposition", "prête", "a prêté". (A structure that does so may run the action:
    "l'association X met à disposition des vélos"; a public body lends it means.)"""
    keys = [w.key for w in words[k: k + 7] if w.key not in _AFTER_AUXILIARY and w.key not in _LENDING_FILLERS]
    if keys[:1] in (["a"], ["ont"]):
        keys = keys[1:]
    if keys[:1] in (["prete"], ["pretent"]):
        return True
    return keys[:1] in (["met"], ["mettent"], ["mis"]) and ["a", "disposition"] in (keys[1:3], keys[2:4])  # (and
    # "met les terres à disposition")


_LENDING_FILLERS = ARTICLES | {"gratuitement", "gracieusement"}
_HOLDING = frozenset({"tient", "tiennent"})


def _helps_with(words: Sequence[Token], j: int) -> bool:
    """Whether the words from ``j`` name what someone else carries, after "accompagne": "son
    lancement", "le projet", "la création de la SCIC X" (not "la création d'entreprises", nor "50
    jeunes": the work of the body that accompanies them)."""
    if j + 1 >= len(words):
        return False
    determiner, noun = words[j].key, words[j + 1].key
    if noun == "projet":
        return determiner in {"le", "ce", "son", "sa", "leur"}
    if noun not in _LAUNCHES:
        return False
    if determiner in {"sa", "son", "leur"}:
        return True
    named = [w for w in words[j + 3: j + 5] if w.key not in {"la", "le", "l", "les"}][:1]
    return determiner in {"la", "le", "l"} and j + 2 < len(words) and words[j + 2].key in {"de", "du", "d"} \
        and bool(named) and named[0].capitalised


_LAUNCHES = frozenset({"creation", "lancement", "demarrage", "installation", "emergence", "essaimage",
                       "implantation", "reprise", "transmission"})


def dating(words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` opens a date between a verb and its object: "a créé en 2019 la
    SCIC X", "a fondé dès mars 2021 l'association Y", which stands for no complement."""
    j = k + 1 if words[k].key in {"en", "des", "depuis"} else k
    if j < len(words) and words[j].key in MONTHS:
        j += 1
    return j > k and j < len(words) and bool(re.fullmatch(r"(?:19|20)\d\d", words[j].raw))


def tendered(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the clause of word ``k`` speaks of a public contract ("a retenu l'entreprise
    d'insertion X pour le marché de nettoyage", "titulaire du marché"): work paid for, no support;
    not a market where people buy ("le marché de Noël")."""
    ahead = k  # (through a parenthesis: "un marché de nettoyage (250 000 € par an) à l'EI X")
    while ahead + 1 < len(words) and not _SENTENCE_MARK.search(text, words[ahead].end, words[ahead + 1].start):
        ahead += 1
    back = k
    while back > 0 and not _SENTENCE_MARK.search(text, words[back - 1].end, words[back].start):
        back -= 1
    if words[back].key in {"il", "ils", "elles", "celui", "ce"} and back > 0:  # "Le marché… est réservé aux SIAE.
        back -= 1  # Il a été attribué à l'entreprise d'insertion X", "4 lots… Ils ont été attribués à": said before
        while back > 0 and not _SENTENCE_MARK.search(text, words[back - 1].end, words[back].start):
            back -= 1
    return any(w.key in TENDERED and not a_market(words, j) and not _inside_a_name(text, words, j)
               for j, w in enumerate(words[back: ahead + 1], back))


def _inside_a_name(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` is capitalised past a sentence's or an item's start: a name's ("Lot Vélo
    Solidaire", "Initiative Lot", "la Délégation régionale"), not a contract's lot or delegation."""
    return words[k].capitalised and k > 0 and not re.search(r"[.!?:;\n•]", text[words[k - 1].end: words[k].start])


def contract_before(text: str, words: Sequence[Token], index: int, buying: bool = False) -> bool:
    """Whether a public contract is said before word ``index`` in its clause ("confie un marché …
    avec SUEZ", "un contrat de prestation avec l'ESAT X"); with ``buying``, a purchase too ("achat de
    prestations auprès de l'ESAT X")."""
    said = CONTRACTS | _PURCHASES if buying else CONTRACTS | {"prestation", "prestations"}  # "un contrat de
    # prestation avec l'ESAT X" (but "achat groupé avec X": bought with X)
    k = index - 1
    while k >= 0 and not boundary(text, words[k], words[k + 1]):
        if words[k].key in said and not a_market(words, k) and not _the_setting(words, k):
            return True
        if words[k].key in {"qui", "laquelle", "lequel", "lesquels", "lesquelles"} and k >= 1 \
                and "," in text[words[k - 1].end: words[k].start]:
            return False  # "attribué à la SCIC X, qui s'approvisionne auprès de Y": X's own dealings, Y no holder
        k -= 1
    return False


def entrusted(words: Sequence[Token], k: int) -> bool:
    """Whether a verb of entrusting and an article stand right before the noun at ``k``: "a confié
    l'accompagnement des bénéficiaires du RSA à l'association X" (the work X runs, no help to X)."""
    j = k - 1 - (k >= 1 and words[k - 1].key in {"l", "la", "le", "les"})
    return j >= 0 and words[j].key in _ENTRUSTING


# the participles of cuewords' CARRIER "confié", "délégué" (not CONTRACTS: "a attribué la subvention à X" gives)
_ENTRUSTING = frozenset(f"{stem}{end}" for stem in ("confie", "delegue") for end in ("", "e", "s", "es"))
_PURCHASES = frozenset({"achat", "achats", "achete", "achetes", "commande", "commandes"})


def _the_setting(words: Sequence[Token], k: int) -> bool:
    """Contracts said as where something happens, none handed to the name after "avec": "heures
    d'insertion réalisées dans les marchés de la Métropole, avec le facilitateur de X", "Les clauses
    sociales des marchés de Grand Poitiers ont généré 95 000 heures, avec l'appui du facilitateur de X"."""
    return any(w.key in {"dans", "clauses", "clause"} for w in words[max(0, k - 4): k])  # ("clauses d'insertion des")
