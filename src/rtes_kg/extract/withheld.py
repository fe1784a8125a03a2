"""Support the text withholds from a name: a request turned down, a grant not made, help done
without, an exception to a support, a scheme named rather than a body taking part. Each gives the
name no role of the member's action (see docs/extraction.md, "Roles")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.acting import SUPPORT_ADJECTIVES
from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import MEMBER_WORDS, boundary
from rtes_kg.extract.lexicon import OF_WORDS, Token
from rtes_kg.extract.negation import NEGATIONS
from rtes_kg.extract.spans import Spans
from rtes_kg.parse.naming import fold


def _sentences(text: str, words: Sequence[Token], stops: re.Pattern[str]) -> tuple[list[int], dict[int, list[str]]]:
    """Where each sentence (or clause) starts, and the folded words of each, in one walk of a text; a clause of
    a participle of its own subject is one: "…a été rejetée, la Ville privilégiant le soutien à Y" (Y refused
    nothing), "…attribué à X, l'ancien prestataire n'ayant pas été retenu" (X is no prestataire turned down)."""
    starts = sorted({0, *(match.end() for match in stops.finditer(text)), *_participle_clauses(text, words)})
    sentences: dict[int, list[str]] = {}
    for word in words:
        sentences.setdefault(bisect.bisect_right(starts, word.start) - 1, []).append(word.key)
    return starts, sentences


def _participle_clauses(text: str, words: Sequence[Token]) -> list[int]:
    """Where each clause of a present participle with its own subject starts, after its comma."""
    starts = []
    for k in range(1, len(words)):
        if "," not in text[words[k - 1].end: words[k].start] or words[k].key in {"en", "tout"}:
            continue  # (not "…, en finançant…": the subject's own gerund)
        for j in range(k + 1, min(len(words), k + _SUBJECT_WORDS + 1)):
            if "," in text[words[j - 1].end: words[j].start]:
                break
            if words[j].key.endswith("ant") and words[j].raw.islower() and words[j].key not in _NO_PARTICIPLES:
                starts.append(words[k].start)
                break
    return starts


_SUBJECT_WORDS = 5  # "la Ville privilégiant", "l'ancien prestataire Sodexo n'ayant"
_NO_PARTICIPLES = frozenset({"avant", "pendant", "durant", "maintenant", "cependant", "restaurant", "restaurants",
                             "habitant", "enfant", "montant", "etudiant", "participant", "commercant", "dirigeant",
                             "representant", "intervenant", "gerant", "soignant", "important", "suivant", "courant",
                             "restant", "vivant", "volant", "tant", "quant", "pourtant",
                             "auparavant", "devant", "dorenavant", "sachant", "concernant"})


def _names_in(chosen: set[int], starts: list[int], words: Sequence[Token], spans: Spans) -> list[int]:
    return [n for n, (first, _) in enumerate(spans) if bisect.bisect_right(starts, words[first].start) - 1 in chosen]


def not_granted(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names of a clause that says a support was not given ("Un soutien à X n'a finalement pas
    été accordé", "La subvention demandée par X n'a pas été accordée", "La Ville n'accorde à X ni
    subvention ni local"), those excepted from one ("Hormis X, toutes les associations…"), and every name of
    a text that opens as a plan ("Perspective : création d'un garage solidaire avec X et Y": nothing done yet)."""
    if _A_PLAN.match(text):
        return list(range(len(spans)))
    starts, clauses = _sentences(text, words, _CLAUSE_STOP)
    withheld = {index for index, keys in clauses.items() if _withheld(keys)}
    return sorted({*_names_in(withheld, starts, words, spans), *(
        n for n, (first, _) in enumerate(spans) if _excepted(words, first))})


def _withheld(keys: list[str]) -> bool:
    last_ni = max((k for k, key in enumerate(keys) if key == "ni"), default=-1)
    for k in range(len(keys) - 2):
        if keys[k] in {"pas", "jamais"} and keys[k + 1] == "ete" and keys[k + 2].startswith(_GRANTED):
            return True  # "n'a (finalement) pas été accordée"
        if keys[k] in {"n", "ne"} and keys[k + 1].startswith(_GRANTED) and last_ni > k + 1:
            return True  # "n'accorde à X ni subvention ni local"
    return False


def support_withdrawn(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names of a clause that says the member does not or no longer support something: "La
    Ville ne finance pas le drive, repris par X", "n'a pas renouvelé sa convention avec Y, dont
    l'activité a été reprise par Z"."""
    starts, clauses = _sentences(text, words, _CLAUSE_STOP)
    return _names_in({index for index, keys in clauses.items() if _withdrawn(keys)}, starts, words, spans)


def support_ended(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names of a clause that says a support or an agreement ended: "Le soutien à X a pris fin en
    2021", "La convention avec Y a pris fin", "La Ville a cessé de financer Z" (its partners too)."""
    starts, clauses = _sentences(text, words, _CLAUSE_STOP)
    return _names_in({index for index, keys in clauses.items() if _ended(keys)}, starts, words, spans)


def handed_over(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The former holders of an activity another body took over: "Les actions de la Mission locale A
    et de la Mission locale B ont été reprises par C" (A and B run it no more; C does)."""
    former = []
    for k in range(1, len(words) - 1):
        if not words[k].key.startswith("repris") or words[k + 1].key != "par":
            continue
        first = k
        while first > 0 and k - first < _HELD_REACH and not _CLAUSE_STOP.search(
                text, words[first - 1].end, words[first].start):
            first -= 1
        held = next((j for j in range(first, k - 1) if words[j].key in _HELD and words[j + 1].key in OF_WORDS), None)
        if held is not None:
            former += sorted({owner for j in range(held + 1, k) if (owner := spans.owner(j)) is not None})
    for k in range(1, len(words) - 2):  # the active voice, a date between: "a repris en 2020 l'activité de X"
        if words[k].key not in _TOOK_OVER or words[k - 1].key not in {"a", "ont"} and words[k].key != "reprend":
            continue
        held = next((j for j in range(k + 1, min(len(words) - 1, k + 7)) if words[j].key in _HELD
                     and words[j + 1].key in OF_WORDS), None)
        if held is not None and all(words[j].key in _DATING or words[j].raw.isdigit() for j in range(k + 1, held)):
            for j in range(held + 2, min(len(words), held + 14)):  # "de A et de B"
                if boundary(text, words[j - 1], words[j]):
                    break
                if (owner := spans.owner(j)) is not None:
                    former += [] if owner in former else [owner]
                elif words[j].key not in DEFINITE | OF_WORDS | {"et", "les"}:
                    break
    return former


_TOOK_OVER = frozenset({"repris", "reprend", "rachete"})
_DATING = DEFINITE | {"en", "des", "debut", "fin", "au", "courant", "janvier", "fevrier", "mars", "avril", "mai",
                      "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "les"}


_HELD = frozenset({"actions", "action", "activite", "activites", "gestion", "missions", "mission", "services",
                   "service", "postes", "salaries"})
_HELD_REACH = 30  # words back to the clause's start, at most


def _withdrawn(keys: list[str]) -> bool:
    return any(keys[k] in {"n", "ne"} and keys[k + 2] in _NOT and keys[k + 3: k + 4] not in _ONLY and (
        keys[k + 1].startswith(_GIVEN) or keys[k + 1] in _HAS and keys[k + 3: k + 4] != []
        and keys[k + 3].startswith(_GIVEN)) for k in range(len(keys) - 2))


def _ended(keys: list[str]) -> bool:
    """ "Le soutien à X a pris fin en 2021", "La convention avec X a pris fin", "La Ville a cessé de
    financer X": a support that ended is none the member gives (not "La SCOP X a pris fin": no support)."""
    for k in range(len(keys) - 1):
        if (keys[k] == "pris" and keys[k + 1] == "fin" or keys[k] == "ete" and keys[k + 1] in _CANCELLED) and any(
                key.startswith(_GIVEN) or key in _AGREEMENTS for key in keys[:k]):
            return True  # "a pris fin" (not "prendra fin en 2026"), "a été résiliée"
        if keys[k] in {"cesse", "arrete"} and keys[k + 1] == "de" and k + 2 < len(keys) \
                and keys[k + 2].startswith(_GIVEN):
            return True  # "a cessé de financer", "a arrêté de soutenir"
        if keys[k] in _REMOVED and k >= 1 and keys[k - 1] in {"a", "ont"} \
                and any(key in _AGREEMENTS | _SCHEMES for key in keys[k + 1: k + 5]):
            return True  # "La Région a supprimé en 2021 son dispositif d'emplois aidés, dont bénéficiaient X et Y"
    return False


_REMOVED = frozenset({"supprime", "suspendu", "abandonne"})
_SCHEMES = frozenset({"dispositif", "programme", "financement", "soutien", "fonds"})
_CANCELLED = frozenset({"resiliee", "resilie", "resiliees", "resilies", "denoncee", "denonce"})
_AGREEMENTS = frozenset({"convention", "partenariat", "aide", "aides", "subvention", "subventions", "contrat",
                         "marche"})  # ("le marché avec la SCOP X a été résilié")


def _excepted(words: Sequence[Token], first: int) -> bool:
    k = first - 1
    while k >= 0 and first - k < 4 and (words[k].key in DEFINITE or words[k].key in {"de", "d", "du", "des"}):
        k -= 1
    return k >= 0 and words[k].key in {"hormis", "sauf", "excepte", "exception"}


# The heading of a plan that opens a text: "Perspective :", "En projet :"
_A_PLAN = re.compile(r"\s*(?:perspectives?|en projet|projets? à venir|à venir|prochaines? étapes?)\s*:", re.IGNORECASE)
# "n'a pas été accordé, mais la Ville a versé…", "n'a pas été retenu par la Ville, qui a préféré soutenir Y"
_CLAUSE_STOP = re.compile(r"[.!?;\n•]|\bmais\b|\ben revanche\b|\bnéanmoins\b"
                          r"|,\s*(?:qui|elle|il)\s+a\s+(?:plutôt\s+)?préféré\b")
_GRANTED = ("accord", "attribu", "vers", "octroy", "octroi", "reconduit", "renouvel", "alloue", "retenu", "financ",
            "subventionn")  # "le projet, présenté par X, n'a finalement pas été financé"
_GIVEN = (*_GRANTED, "cofinanc", "soutien", "soutenu", "accompagn",
          "depos", "sollicit")  # (a request not made: "X n'a pas déposé de demande", "n'a pas sollicité d'aide")
_NOT, _HAS = frozenset({"pas", "plus", "jamais"}), frozenset({"a", "ont", "avait", "avaient"})
_ONLY = (["seulement"], ["uniquement"])  # "ne finance pas seulement X": it does


def names_a_scheme(words: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` names a scheme the action belongs to rather than a body taking
    part: "l'expérimentation TZCLD", "candidature à TZCLD", "le label French Impact", "l'appel à projets
    TZCLD" (not "de la Région": a body's call)."""
    k = first - 1
    while k >= 0 and first - k < 4 and (words[k].key in DEFINITE or words[k].key in {"a", "au", "aux"}):
        k -= 1
    called = k >= 2 and [w.key for w in words[k - 2: k + 1]] in (["appel", "a", "projets"], ["appel", "a", "projet"])
    return k >= 0 and (words[k].key in _SCHEME_WORDS or called)  # "lauréate de l'appel à projets TZCLD"


_SCHEME_WORDS = frozenset({"experimentation", "label", "labellisation", "candidature", "candidatures", "demarche",
                           "dispositif"})


def turned_down(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names of a sentence that tells of a request the member turned down: "La Ville a refusé la
    demande présentée par X", "X a sollicité l'EPT ; sa demande est restée sans suite"."""
    starts, sentences = _sentences(text, words, _FULL_STOP)  # a ";" goes on with the request
    refused = {index for index, keys in sentences.items()
               if any(key in _ASKED or key.startswith("sollicit") for key in keys)
               and (set(zip(keys, keys[1:])) & _REFUSED or any(key.startswith(_REFUSING) for key in keys))}
    return _names_in(refused, starts, words, spans)


_FULL_STOP = re.compile(r"[.!?\n•]")
_ASKED = frozenset({"demande", "demandes", "candidature", "candidatures", "dossier", "dossiers"})  # not "demandeurs"
_REFUSING = ("refus", "declin", "rejet")
_REFUSED = {("sans", "suite"), ("pas", "donne"), ("pas", "retenu"), ("pas", "retenue"), ("pas", "abouti")}


def done_without_help(text: str, words: Sequence[Token], spans: Spans,
                      names_member: Callable[[str], bool] = lambda kind_word: True) -> list[int]:
    """The names whose own clause says they did without support: "X s'est développée sans aide
    publique", "X fonctionne sans aucune subvention"; not "X n'est pas financée par la Région" in
    another's fiche (``names_member`` tells the member's kind words, as in ``denied_to_member``)."""
    opened = {n for n in range(len(spans)) if _opened_without_help(text, words, spans[n][0], names_member)}
    denied = sorted(opened)
    for n in range(len(spans)):
        if n in opened:
            continue
        if _whose_help_done_without(words, spans[n][0]):
            denied.append(n)  # "Sans l'aide de la Région, …": the Région gave nothing
            continue
        k = spans[n][1] + 1
        before = next((words[j].key for j in range(spans[n][0] - 1, -1, -1) if words[j].key not in DEFINITE), "")
        agent = before == "par"
        while k < len(words) and k - spans[n][1] <= 10 and not boundary(text, words[k - 1], words[k]):
            after = {w.key for w in words[k + 1: k + 5]}
            if (words[k].key == "sans" and any(w.key in _WITHOUT_HELP for w in words[k + 1: k + 3])) or (
                    words[k].key in {"ne", "n"} and after & NEGATIONS and after & _HELPED
                    and not agent  # the subject's verb, not said of the agent of an incise ("lancée par X")
                    and not _by_another(words, k + 1, names_member)):
                denied.append(n)  # "X n'a pas été aidée", "X ne reçoit plus de subvention"
                break
            k += 1
    return denied


def _opened_without_help(text: str, words: Sequence[Token], start: int, names_member: Callable[[str], bool]) -> bool:
    """Whether the sentence opens on the member's help done without, before a comma and the name
    at ``start``, its subject: "Sans soutien de la Ville, la coopérative X a ouvert…", "Sans aide
    publique, X…" (not "Sans l'aide de la Région, la Ville finance seule X": the Région's)."""
    first = start
    while first > 0 and start - first < _OPENING_REACH and not boundary(text, words[first - 1], words[first]):
        first -= 1  # (a few words back at most: a list of a thousand names is read in linear time)
    if first == start or words[first].key != "sans" or not _WITHOUT_HELP & {w.key for w in words[first + 1: first + 3]}:
        return False
    name = start
    while name > first and words[name - 1].key in DEFINITE:
        name -= 1
    if name == first or "," not in text[words[name - 1].end: words[name].start]:
        return False
    giver = next((w.key for w in words[first + 1: name] if w.key in MEMBER_WORDS), None)
    others = [w for w in words[first + 1: name] if w.capitalised and w.key not in MEMBER_WORDS]
    return not others and (giver is None or names_member(giver))


def _whose_help_done_without(words: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` is the giver of a help done without: "sans l'aide de la Région",
    "sans soutien financier du Département"."""
    k = start - 1
    k -= k >= 0 and words[k].key in DEFINITE
    if k < 2 or words[k].key not in OF_WORDS:
        return False
    k -= 1
    k -= words[k].key in SUPPORT_ADJECTIVES
    if k < 1 or words[k].key not in _WITHOUT_HELP:
        return False
    k -= 1
    k -= k >= 1 and words[k].key in DEFINITE
    return words[k].key == "sans"


_OPENING_REACH = 40  # words from the opening "Sans soutien de…" to the name


def _by_another(words: Sequence[Token], k: int, names_member: Callable[[str], bool]) -> bool:
    """Whether the negated help from ``k`` on names its giver, and the giver is not the member."""
    by = next((j for j in range(k, min(len(words), k + 6)) if words[j].key == "par"), None)
    if by is None:
        return False
    giver = next((w.key for w in words[by + 1: by + 4] if w.key not in DEFINITE), "")
    return giver not in MEMBER_WORDS or not names_member(giver)


_WITHOUT_HELP = frozenset({"aide", "aides", "soutien", "subvention", "subventions", "financement", "appui"})
_HELPED = frozenset({"aide", "aidee", "aides", "aidees", "soutenu", "soutenue", "soutenus", "soutenues", "finance",
                     "financee", "subventionne", "subventionnee", "recoit", "recu", "recue", "beneficie"})


def denied_to_member(text: str, words: Sequence[Token], spans: Spans,
                     names_member: Callable[[str], bool] = lambda kind_word: True) -> list[int]:
    """The names a sentence says the member does not give to: all those of "financée non par le
    Département mais par la Région", "Ce n'est pas la Ville mais la Région qui finance X", "Le
    Département des Landes, et non la Région, finance X"; after "sans (pour autant) financer", what
    it names ("soutient X sans pour autant financer la SCOP Y": Y), or the name the word points back
    to ("oriente vers l'ESAT X, sans financer l'établissement": X); nothing for "sans financer ses
    salariés". The member is said by its kind word alone ("le Département"): another collectivité is
    named ("la Région Bretagne"); ``names_member`` tells whether a kind word ("departement", folded)
    is the member's (in a Région's fiche, "pas le Département mais la Région" denies nothing of it)."""
    if not _DENIED_MEMBER.search(text):
        return []
    starts = [0, *(match.end() for match in _SENTENCE_STOP.finditer(text))]
    denied: set[int] = set()
    for match in _DENIED_MEMBER.finditer(text):
        if not names_member(fold(next((kind for kind in match.groups() if kind), ""))):
            continue
        sentence = bisect.bisect_right(starts, match.start()) - 1
        names = _names_in({sentence}, starts, words, spans)
        if not match.group(0).lower().startswith("sans"):
            denied.update(names)
            continue
        clause_end = _OBJECT_STOP.search(text, match.end())
        after = [n for n in names if match.end() <= words[spans[n][0]].start
                 and (clause_end is None or words[spans[n][0]].start < clause_end.start())]
        if after:
            denied.update(after)  # "sans pour autant financer la SCOP Y"
        elif _POINTER.match(text, match.end()):
            denied.update(n for n in names if words[spans[n][0]].start < match.start())  # "… l'établissement"
    return sorted(denied)


_MEMBER_KIND = (r"(ville|commune|départements?|departement|régions?|region|métropole|metropole|agglomération|"
                r"agglomeration|communauté|communaute|collectivité|collectivite|intercommunalité|eurométropole)"
                r"(?![\w-]|\s+(?:de|du|des|d['’])\s|\s+(?-i:[A-ZÀ-Ý]))")  # "la Région Bretagne", "du Gard": another
_DENIED_MEMBER = re.compile(
    rf"\b(?:non|pas)\s+(?:pas\s+)?(?:par\s+|à\s+)?(?:le|la|l['’])\s*{_MEMBER_KIND}[^.;]{{0,40}}?\bmais\b"
    rf"|\bet non\s+(?:pas\s+)?(?:par\s+)?(?:le|la|l['’])\s*{_MEMBER_KIND}"
    rf"|\bsans\s+(?:que\s+(?:le|la|l['’])\s*{_MEMBER_KIND}\s+(?:ne\s+)?(?:\w+\s+)?)?"
    r"(?:pour autant\s+|toutefois\s+|directement\s+)?"
    r"(?:financer?|subventionner?|subventionne|soutenir|soutienne|aider)\b"  # ("sans aide publique": done_without_help)
    r"(?:\s+(?:directement|pour autant|toutefois))?", re.IGNORECASE)
# What "sans financer" is followed by when it points back at a name before it: "l'établissement"
_POINTER = re.compile(r"\s+(?:l['’]\s*|la\s+|le\s+|cette\s+|cet\s+|ce\s+|celle-ci|celui-ci)", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?;\n•]")
_OBJECT_STOP = re.compile(r"[,.!?;\n•]|\bmais\b")


def left_out_by_member(text: str, words: Sequence[Token], spans: Spans,
                       names_member: Callable[[str], bool]) -> list[int]:
    """The names whose own clause, past their incises, denies the member's part: "La ressourcerie X, à
    Montreuil, soutenue par la Ville de Montreuil, ne fait pas partie des structures conventionnées par
    le Département" (X is another's; in the Département's fiche, it carries nothing of its action)."""
    left = []
    for n, (_, last) in enumerate(spans):
        k = last + 1
        if k >= len(words) or text[words[last].end: words[k].start].strip() != ",":
            continue
        reach = min(len(words), k + 2 * _INCISES_REACH)  # (a bounded walk per name: no quadratic text)
        end = next((j for j in range(k + 1, reach) if _SENTENCE_STOP.search(text, words[j - 1].end, words[j].start)),
                   reach)
        denial = next((j for j in range(k, min(end, k + _INCISES_REACH)) if words[j].key in {"ne", "n"}
                       and "," in text[words[j - 1].end: words[j].start]), None)
        if denial is not None and any(w.key in NEGATIONS for w in words[denial + 1: denial + 4]) \
                and any(w.key in MEMBER_WORDS and names_member(w.key) for w in words[denial: end]):
            left.append(n)
    return left


_INCISES_REACH = 30  # words: ", à Montreuil, soutenue par la Ville de Montreuil et Est Ensemble, ne…"
