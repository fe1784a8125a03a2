"""Whether the verb of a cue is denied, given up, only planned or over in its clause: "ne finance
pas", "a renoncé à", "sera lancé en 2025 avec", "a cessé de soutenir", "a fermé ses portes"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import boundary
from rtes_kg.extract.cuewords import FILLERS
from rtes_kg.extract.incises import PREPOSITIONS
from rtes_kg.extract.lexicon import Token

_SENTENCE_END = re.compile(r"[.;!?\n•]")  # not a comma or a parenthesis: "géré … par X, est désormais…"


def negated(text: str, words: Sequence[Token], cue: int) -> bool:
    """Whether the verb of the cue at ``cue`` is denied, given up or only planned in its clause: "ne
    finance pas", "a renoncé à entrer au capital de", "s'est retirée du", "envisage d'entrer au capital de"."""
    k = cue
    while k > 0 and not boundary(text, words[k - 1], words[k]) and cue - k < 8 and words[k - 1].key != "mais":
        k -= 1  # ("Le prêt n'a pas été accordé, mais la Ville a versé…": "mais" opens a clause of its own)
    keys = [w.key for w in words[k: min(len(words), cue + 3)]]  # "ne finance pas": past the verb too
    # "ne soutient pas seulement X : il finance aussi Y" says it does
    keys = [key for i, key in enumerate(keys) if key not in NEGATIONS or keys[i + 1: i + 2] not in _ONLY]
    denied = any(key in {"ne", "n"} and (any(after in NEGATIONS for after in keys[i + 1: i + 4])
                                         or bool(_DENYING_SUBJECT & set(keys[:i])))  # "Ni A ni B ne financent"
                 and "sans" not in keys[i:]  # "n'aurait pas vu le jour sans le soutien de": said
                 for i, key in enumerate(keys))
    rest = _rest_of_sentence(text, words, cue)
    window = [w.key for w in words[k: min(len(words), cue + 3)]]
    return denied or any(key.startswith(_NOT_DONE) or key in _FUTURE for key in keys) or _ended(keys) \
        or any((key in _BEFORE or key in _UNTIL_NOW and window[i - 1: i] in (["jusqu"], ["jusque"]))
               and not _NOW & set(window[i:]) and not _IS & set(window[i + 1: cue - k])
               and (k + i + 1 >= cue or "," not in text[words[k + i + 1].start: words[cue].start])
               for i, key in enumerate(window)) or (  # (not past its incise: "…, auparavant exploitée par A, et
        # en a confié l'exploitation à B": B's now; but "Initialement, la recyclerie était gérée par X")
        ("jusqu" in keys + rest[:8] or "abord" in keys) and bool(_NOW & set(rest))) \
        or bool(set(zip(rest, rest[1:])) & _CLOSED) \
        or bool(set(zip(keys, keys[1:])) & _PLANNED) or _studied(keys + rest[:10]) \
        or _not_renewed(rest) or bool(set(zip(rest, rest[1:12])) & _GIVEN_UP)


_ONLY = (["seulement"], ["uniquement"])


def never_happened(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the rest of the sentence after word ``k`` says what it tells never happened or is over: "Le
    projet de la SCIC X, lauréat du budget participatif, n'a finalement pas vu le jour" (X no winner)."""
    rest = _rest_of_sentence(text, words, k)
    return bool(set(zip(rest, rest[1:])) & _CLOSED)


def gone_in_its_incise(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether an incise right after the name ending at ``last`` says the body is gone: "L'association
    X, dissoute en 2021, a transmis son activité à…", "la SCOP X, liquidée en 2023, …"."""
    k = last + 1
    return k < len(words) and text[words[last].end: words[k].start].strip() == "," and words[k].key in _GONE


def gone_before(words: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` (its kind word) follows the noun of its end: "Après la liquidation de
    la SCOP X, la Ville a soutenu…", "la fermeture de l'épicerie X" (a body gone, no part in the action)."""
    k = start - 1 - (start >= 1 and words[start - 1].key in {"la", "le", "les", "l"})
    return k >= 1 and words[k].key in {"de", "du", "des", "d"} and words[k - 1].key in _ENDS \
        and not {w.key for w in words[max(0, k - 4): k - 1]} & _AVERTED  # (not "pour éviter la fermeture de X")


_AVERTED = frozenset({"eviter", "empecher", "menace", "menacee", "menaces", "menacees", "sauver", "evite"})


_ENDS = frozenset({"liquidation", "fermeture", "disparition", "dissolution", "faillite", "cessation"})
_GONE = frozenset({"dissous", "dissoute", "dissoutes", "liquide", "liquidee", "liquides", "liquidees", "disparu",
                   "disparue", "disparus", "disparues"})


def denied_here(words: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` follows "mais pas (de la)", "et non (à l')": a denial of its own."""
    k = start - 1
    while k >= 0 and start - k <= 3 and words[k].key in PREPOSITIONS | FILLERS:
        k -= 1
    return k >= 1 and words[k].key in {"pas", "non"} and words[k - 1].key in {"mais", "et"}


def _studied(keys: list[str]) -> bool:
    """ "… est à l'étude", "un soutien à X est à l'étude", "étudie la possibilité de": only planned
    (not "l'étude de faisabilité a été confiée à X": X makes it)."""
    return bool({("a", "l", "etude"), ("etudie", "la", "possibilite"), ("etudient", "la", "possibilite")}
                & set(zip(keys, keys[1:], keys[2:])))  # "La Ville étudie la possibilité d'entrer au capital de X"


def _not_renewed(rest: list[str]) -> bool:
    """ "Le soutien à X, …, n'a pas été reconduit en 2024": the support is over."""
    return any(key in _RENEWED and {"pas", "plus"} & set(rest[max(0, i - 3): i]) for i, key in enumerate(rest))


# "Un prêt à X avait été envisagé, puis abandonné": never given
_GIVEN_UP = {(before, f"{stem}{end}") for before in ("ete", "puis") for stem in ("envisage", "abandonne")
             for end in ("", "e", "s", "es")}
_RENEWED = frozenset({"reconduit", "reconduite", "renouvele", "renouvelee", "maintenu", "maintenue",
                      "poursuivi", "poursuivie"})


def _rest_of_sentence(text: str, words: Sequence[Token], cue: int) -> list[str]:
    """The keys after ``cue`` up to the end of its sentence: "géré jusqu'en 2023 par X, est
    désormais animé en régie" says X's part is over."""
    keys = []
    for k in range(cue + 1, min(len(words), cue + 30)):
        if _SENTENCE_END.search(text[words[k - 1].end: words[k].start]):
            break
        keys.append(words[k].key)
    return keys


def _ended(keys: list[str]) -> bool:
    """Whether the clause says the relation is over: "a cédé ses parts" (not "a cédé un terrain à
    X", a support), "a mis fin à son partenariat avec", "a cessé de soutenir", "est sortie du
    capital de", "était sociétaire jusqu'en 2020"."""
    pairs = set(zip(keys, keys[1:]))
    sold = any(key.startswith("cede") and _SHARES & set(keys[i + 1: i + 6]) for i, key in enumerate(keys)) \
        or any(key in _LEFT and keys[i + 1: i + 3] == ["du", "capital"] for i, key in enumerate(keys))
    return sold or any(key.startswith("cesse") for key in keys) or bool(pairs & _ENDING) or (
        "jusqu" in keys and any(key.endswith(("ait", "aient")) for key in keys))  # a past state, not "jusqu'en 2026"


_LEFT = frozenset({"sorti", "sortie", "sortis", "sorties"})  # "La Ville est sortie du capital de la SCIC X"


NEGATIONS = frozenset({"pas", "plus", "jamais", "aucun", "aucune", "guere", "ni"})  # "ne finance ni A ni B"
# before "ne", a subject that denies the verb: "Aucune subvention n'a été versée à X", "Ni A ni B ne…"
_DENYING_SUBJECT = frozenset({"ni", "aucun", "aucune", "nul", "nulle", "rien"})
# "… a fermé ses portes en 2022", "a été liquidé en 2023", "placée en liquidation", "n'a pas pu aboutir"
_CLOSED = {("a", "ferme"), ("ont", "ferme"), ("a", "disparu"), ("a", "cesse"), ("ont", "cesse"), ("en", "liquidation"),
           ("ete", "liquide"), ("ete", "liquidee"), ("ete", "dissous"), ("ete", "dissoute"),
           ("ete", "abandonne"), ("ete", "abandonnee"), ("pu", "aboutir"), ("pas", "abouti"), ("a", "echoue"),
           # never done: "l'opération ne s'est pas concrétisée", "le projet n'a finalement pas vu le jour"
           ("pas", "concretise"), ("pas", "concretisee"), ("pas", "concretises"), ("pas", "concretisees"),
           ("pas", "vu"), ("jamais", "vu"),
           # a request turned down, a project put off: "n'a pas pu être satisfaite", "a été ajourné"
           ("pas", "pu"), ("ete", "refusee"), ("ete", "refuse"), ("ete", "rejetee"),
           ("ete", "rejete"), ("ete", "ajourne"), ("ete", "ajournee"), ("ete", "suspendu"), ("ete", "suspendue"),
           ("ete", "annule"), ("ete", "annulee"), ("ete", "reporte"), ("ete", "reportee"),
           ("ete", "supprime"), ("ete", "supprimee"), ("ete", "supprimes"), ("ete", "supprimees"),  # a grant ended
           # not there yet: "un groupement, dont l'association X, pourrait voir le jour en 2025"
           ("pourrait", "voir"), ("pourraient", "voir"), ("devrait", "voir"), ("devraient", "voir"),
           # a request turned down: "sa demande est restée sans suite", "…, la Ville a décliné"
           ("sans", "suite"), ("a", "decline"), ("a", "refuse"), ("ont", "refuse"), ("a", "rejete")}
# only planned: "sera lancé en 2025 avec", "le projet est à l'étude avec" (but "la Ville étudie, avec X,
# un projet" is a study they make together now)
_FUTURE = frozenset({"sera", "seront", "serait", "seraient", "lancera", "ouvrira", "accueillera", "financera",
                     "soutiendra", "accompagnera", "proposera", "permettra", "debutera", "demarrera", "portera",
                     "creera", "mettra", "deploiera"})
_PLANNED = {("en", "projet")}
# "initialement confiée à X" (but "initialement portée par X, est désormais gérée par Y": Y now)
_BEFORE = frozenset({"initialement", "auparavant", "precedemment", "anciennement"})
_UNTIL_NOW = frozenset({"ici", "alors", "la"})  # "un service jusqu'ici assuré par Keolis": by another before
_IS = frozenset({"est", "sont"})  # "anciennement gérée par A, est portée par B": B's now
_NOW = frozenset({"desormais", "remplace", "remplacee", "reprise", "repris", "puis"})  # not "depuis", "aujourd hui"
# given up, or only planned: "a renoncé", "envisage", "devait être confié"
_NOT_DONE = ("renonce", "retire", "envisag", "prevoi", "pourrai", "projett", "devait", "devaient", "devrai",
             "refus", "declin", "souhaite")  # "a refusé la demande présentée par X", "aurait souhaité entrer"
_SHARES = {"parts", "part", "participation", "participations", "actions", "titres"}
_ENDING = {("mis", "fin"), ("met", "fin"), ("mettre", "fin"), ("pris", "fin"), ("a", "arrete"), ("ont", "arrete"),
           ("a", "resilie"), ("ont", "resilie"), ("ete", "resiliee"), ("ete", "resilie"),  # "a résilié sa convention"
           ("a", "quitte"), ("ont", "quitte"), ("a", "supprime"), ("ont", "supprime")}  # "a quitté le réseau X"
