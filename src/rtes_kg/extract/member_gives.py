"""Whether a text says the member gives money or means, and the gifts that are other bodies'
("avec l'appui du Réseau Cocagne", "la DREETS et la Région financent 2 postes" in a commune's fiche)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import MEMBER_WORDS, boundary
from rtes_kg.extract.coagents import member_among_agents, member_before_agent
from rtes_kg.extract.cuewords import CONTRACTS, FILLERS
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import BODY_HEADS
from rtes_kg.extract.negation import negated
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import AGENT, NEVER_MEMBER, adjective_names_member, another_kind
from rtes_kg.parse.amounts import AMOUNT

# Words that say the member gives money or means.
_FUNDERS_LABELS = frozenset({"financiers", "financeurs", "cofinanceurs"})  # "Partenaires financiers :", "Financeurs :"
_ACCOMPANYING = frozenset({"accompagne", "accompagnent"})
_SUPPORT_WORDS = frozenset({"subvention", "subventions", "subventionne", "subventionnee", "subventionnent", "soutien",
                            "soutient", "soutiennent", "soutenu", "soutenue", "soutenus", "soutenues", "finance",
                            "financent", "financee", "finances", "financees", "financement",
                            "cofinance", "cofinancee", "cofinancent", "cofinancement", "dotation", "disposition",
                            "beneficie", "aide", "attribue", "attribues", "attribuee", "attribuees",
                            "accorde", "accordes", "accordee", "accordees", "pret", "prets",
                            "accompagnement", "appui", "apporte", "alloue", "allouee", "alloues", "octroye", "octroyee",
                            "octroie", "consacre", "consacree", "debloque", "debloquee", "abonde", "dote", "dotee",
                            "remboursable", "remboursables", "charge", "soutenons", "financons", "cofinancons",
                            *_FUNDERS_LABELS,
                            "subventionnons", "garanti", "garantit", "garantie", "garanties",
                            "garantissent", "heberge", "hebergee", "heberges", "hebergees", "hebergent"})
# ("une avance remboursable", "prend en charge", "a garanti l'emprunt", "X est hébergée gratuitement par la Ville")

# Verbs that give only with money after them: "a mobilisé 1,5 M€ du FEDER pour la rénovation du site
# de l'association X", "engage 200 000 € pour…" (not "mobilise la CRESS", "s'est engagée dans…")
_SPENDING = frozenset({"mobilise", "mobilisee", "mobilises", "mobilisees", "engage", "engagee", "engages",
                       "engagees", "injecte", "injectee", "injectes", "injectees"})
_BEFORE_MONEY = re.compile(r"\s+(?:(?:plus|près) d(?:e\s+|['’]\s*)|environ\s+|au total\s+)?")  # "plus de 8 M€"
_FUNDS = re.compile(r"des (?:fonds|crédits|financements)\b")
_A_FIELD_OF_HELP = re.compile(r"(?:alimentaire|humanitaire|a domicile|aux devoirs|aux personnes)s?\b")
_TAKING = frozenset({"prend", "prennent", "prenons", "pris", "prendre"})
_ADJECTIVES = frozenset({"financier", "financiere", "technique", "logistique", "actif", "active", "constant"})


def _money_next(text: str, at: int) -> bool:
    """Whether an amount (``parse.amounts.AMOUNT``: "1,5 M€", "270 000 euros") or funds follow ``at``."""
    before = _BEFORE_MONEY.match(text, at)
    return before is not None and (AMOUNT.match(text, before.end()) or _FUNDS.match(text, before.end())) is not None


def member_support(text: str, words: Sequence[Token], spans: Spans,
                   names_member: Callable[[str], bool] = lambda kind_word: True,
                   another: Callable[[int], bool] = lambda owner: False) -> bool | None:
    """Whether the text says the member gives money or means: a word of support whose agent is not
    another organisation named there ("avec l'appui du Réseau Cocagne" is not the member's), nor
    another collectivité by its kind word ("avec le soutien financier de la Région" in a commune's
    fiche: ``names_member`` tells the member's), nor the subject of its verb (``another`` tells the
    names of other bodies than the member: "L'association Initiative X a octroyé 42 prêts"); None
    when it only says it does not ("La Ville ne finance pas l'association X")."""
    denied, theirs = False, -1  # (theirs: the last word of a clause that tells another body's gifts)
    for k, word in enumerate(words):
        accompanies = word.key in _ACCOMPANYING and k >= 1 and words[k - 1].key in MEMBER_WORDS \
            and names_member(words[k - 1].key)  # "La Ville accompagne le projet de la SCIC X" (not "X accompagne…")
        spends = word.key in _SPENDING and _money_next(text, word.end)
        if word.key not in _SUPPORT_WORDS and not accompanies and not spends or k <= theirs:
            continue
        if negated(text, words, k):
            denied = True
            continue
        if word.key in _FUNDERS_LABELS and not _the_member_listed(text, words, spans, k, another):
            continue  # "Partenaires financiers : CAF (10 000 €), Région": others; "… : Ville de Metz (25 000 €)"
        if word.key.startswith("heberg") and not (k >= 1 and words[k - 1].key in MEMBER_WORDS) \
                and not any(w.key == "par" for w in words[k + 1: k + 3]):
            continue  # hosting is the member's with it as the subject or the agent: "X est hébergée gratuitement
            # par la Ville" (not "la SCIC X, que l'Agglomération a créée, héberge 14 structures": X's own)
        if word.key == "dotation" and k >= 2 and words[k - 2].key == "fonds":
            continue  # "un fonds de dotation": a kind of body, no grant
        if word.key.startswith("attribu") and any(w.key in CONTRACTS for w in words[k + 1: k + 6]):
            continue  # "lui a attribué un marché", "a attribué en 2023 un marché": a purchase, no support
        if word.key == "aide" and not (k == 0 or words[k - 1].key in {"une", "l", "d", "son", "sa", "cette"}
                                       or boundary(text, words[k - 1], word)):
            continue  # "aide" the verb, or part of another phrase
        if word.key == "aide" and _A_FIELD_OF_HELP.match(" ".join(w.key for w in words[k + 1: k + 3])):
            continue  # "l'épicerie X, association d'aide alimentaire": what it does, no gift
        if word.key == "charge" and not (k >= 2 and words[k - 1].key == "en" and words[k - 2].key in _TAKING):
            continue  # "prend en charge le loyer" (not "chargé de", "en charge de")
        verb = k - 2 if word.key == "charge" else k  # ("X prend en charge 40 enfants": X's, below)
        subject = spans.owner(verb - 2) if verb >= 2 and words[verb - 1].key in {"a", "ont"} else \
            spans.owner(verb - 1) if word.key == "charge" and verb >= 1 else None
        if subject is not None and another(subject) and not member_before_agent(words, spans, subject, names_member,
                                                                                another) \
                or _given_by_others(text, words, spans, k, names_member, another):
            theirs = next((j for j in range(k, len(words) - 1) if boundary(text, words[j], words[j + 1])), len(words))
            continue  # "L'association Initiative X a octroyé 42 prêts d'honneur": its own gifts
        agent = [(j, owner) for j in range(k + 1, min(k + 5, len(words))) if (owner := spans.owner(j)) is not None]
        between = {words[j].key for j in range(k + 1, agent[0][0])  # (past an adverb: "hébergée gratuitement par")
                   if not words[j].key.endswith("ment")} if agent else set()
        if agent and between <= FILLERS | AGENT and between & AGENT and another(agent[0][1]) \
                and not member_among_agents(words, spans, agent[0][0], names_member, another):
            continue  # "avec l'appui du Réseau Cocagne", "financé par l'ADEME": not the member's (but "de
            # Saint-Brieuc Armor Agglomération", "de SBAA": the member by its name or initials)
        if _another_unnamed_agent(words, spans, k):
            continue  # "avec l'appui de BNP Paribas": a body no finder knows, not the member
        if k + 1 < len(words) and not adjective_names_member(words[k + 1].key, names_member):
            continue  # "une subvention régionale" in a commune's fiche: the Région's
        kind = next((j for j in range(k + 1, min(k + 6, len(words))) if words[j].key in MEMBER_WORDS), None)
        before = {words[j].key for j in range(k + 1, kind)} if kind is not None else set()
        if kind is not None and before <= FILLERS | AGENT | _ADJECTIVES and before & AGENT \
                and not names_member(words[kind].key) and not member_among_agents(words, spans, kind, names_member,
                                                                                   another):
            continue  # "avec le soutien financier de la Région" in a commune's fiche: the Région's
        return True
    if not denied and _money_of_the_member(text, words, spans, names_member):
        return True  # "Avec 20 000 € de la Ville, la ressourcerie X a ouvert une boutique"
    return None if denied else False


def _the_member_listed(text: str, words: Sequence[Token], spans: Spans, k: int, another: Callable[[int], bool]) -> bool:
    """Whether the list after the label of funders at ``k`` names the member: "Partenaires financiers :
    Ville de Metz (25 000 €), CAF de la Moselle"."""
    for j in range(k + 1, min(len(words), k + _LISTED_REACH)):
        if boundary(text, words[j - 1], words[j]) and ":" not in text[words[j - 1].end: words[j].start]:
            return False
        if (owner := spans.owner(j)) is not None and not another(owner):
            return True
    return False


_LISTED_REACH = 40  # words of a list of funders


def _another_unnamed_agent(words: Sequence[Token], spans: Spans, k: int) -> bool:
    """Whether the word of support at ``k`` gives its agent as capitalised words that no finder
    knows and no kind word of a collectivité opens: "le soutien de BNP Paribas", "de l'État", "du
    bailleur Mayenne Habitat" (not "de la Ville", nor "de SBAA": one word alone may be the member's
    acronym)."""
    agent = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j].key not in FILLERS | AGENT), None)
    if agent is None or spans.owner(agent) is not None or not any(words[j].key in AGENT for j in range(k + 1, agent)):
        return False
    named = agent + 1 < len(words) and words[agent + 1].capitalised and spans.owner(agent + 1) is None
    if not words[agent].capitalised:
        return named and words[agent].key in _HEADS_OF_OTHERS  # "du bailleur Mayenne Habitat": unknown to finders
    # a name of two capitalised words at least: one alone may be the member's acronym ("de SBAA")
    return words[agent].key in NEVER_MEMBER or named and words[agent].key not in MEMBER_WORDS


def _money_of_the_member(text: str, words: Sequence[Token], spans: Spans, names_member: Callable[[str], bool]) -> bool:
    """Whether an amount is said to come from the member by its kind word alone: "20 000 € de la
    Ville", "35 000 euros du Département" in a département's fiche (not "de la Région" in a commune's,
    nor "de la Ville de Rennes": another collectivité, named)."""
    if "€" not in text and "euro" not in text.lower():
        return False  # (most texts: no amount to read words for)
    for k in range(1, len(words) - 1):
        if words[k].key not in {"de", "du"} or not _AMOUNT_BEFORE.search(text, words[k - 1].start, words[k].start):
            continue
        kind = k + 1 + (words[k + 1].key in DEFINITE and k + 2 < len(words))
        if words[kind].key in MEMBER_WORDS and names_member(words[kind].key) and spans.owner(kind) is None \
                and not negated(text, words, k):
            return True
    return False


_AMOUNT_BEFORE = re.compile(r"\d[\d\s.,]*\s*(?:[kKmM]\s*)?(?:€|euros?\b)\s*$|\beuros?\s*$")


def _given_by_others(text: str, words: Sequence[Token], spans: Spans, k: int, names_member: Callable[[str], bool],
                     another: Callable[[int], bool]) -> bool:
    """Whether the word of support at ``k`` is the verb of other bodies than the member, its subject
    right before it, and gives no body named after it: "la DREETS et la Région financent 2 postes"
    in a commune's fiche (not "la CAF et la Ville financent…" in the Ville's; what "Le Département
    finance les associations A et B" gives them, the roles of A and B say)."""
    end = next((j for j in range(k, len(words) - 1) if boundary(text, words[j], words[j + 1])), len(words) - 1)
    if any(spans.owner(j) is not None for j in range(k + 1, end + 1)):
        return False
    j = k - 1
    while j >= 0 and words[j].key in _AUXILIARIES:
        j -= 1  # "a octroyé", "a aussi financé"
    if j < 0 or j == k - 1 and words[k].key not in _GIVING_VERBS:
        return False  # (a noun: "le soutien", "la subvention")
    givers = 0
    while j >= 0:
        owner = spans.owner(j)
        if owner is not None:
            if not another(owner):
                return False
            givers, j = givers + 1, spans[owner][0] - 1
        elif words[j].key in MEMBER_WORDS or words[j].key in NEVER_MEMBER:
            if words[j].key not in NEVER_MEMBER and not another_kind(words[j].key, names_member):
                return False  # "la Ville" in the Ville's fiche gives too
            givers, j = givers + 1, j - 1
        else:
            break
        while j >= 0 and words[j].key in DEFINITE:
            j -= 1
        if j < 0 or words[j].key not in {"et", "ainsi", "que"}:
            break  # the first of the subjects
        j -= 1 + (words[j].key == "que" and j > 0 and words[j - 1].key == "ainsi")
    return givers > 0


_AUXILIARIES = frozenset({"a", "ont", "aussi", "egalement"})
# The words of support that are verbs when right after their subject: "la Région finance"
_GIVING_VERBS = frozenset({"subventionne", "subventionnent", "soutient", "soutiennent", "finance", "financent",
                           "cofinance", "cofinancent", "attribue", "accorde", "apporte", "alloue", "octroie",
                           "consacre", "debloque", "abonde", "dote", "garantit", "garantissent"})


# the head noun of a body that is never the member, before its name: "du bailleur Mayenne Habitat"
_HEADS_OF_OTHERS = BODY_HEADS - MEMBER_WORDS - {"conseil", "mairie"} | {
    "bailleur", "fonds", "mutuelle", "groupe", "entreprise", "programme", "cabinet", "club"}
