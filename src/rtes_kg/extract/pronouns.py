"""A subject pronoun or a possessive that stands for a structure named before it: "L'association X
propose des locations. Elle a bénéficié d'une subvention de la Ville", "… ; la Ville finance son
animation": the member's support of X."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_KEYS, boundary
from rtes_kg.extract.cuewords import SUPPORTED, cue_ending_at
from rtes_kg.extract.lexicon import KIND_ADJECTIVES, SENTENCE_BREAK, Token
from rtes_kg.extract.names import LOWER_ARTICLES, Found
from rtes_kg.extract.spans import Spans


def topic_last(text: str, words: Sequence[Token], found: Sequence[Found], names: list[int], k: int) -> list[int]:
    """``names`` (found before the pronoun at ``k``), the subject of the sentence the pronoun follows
    put last when an incise follows it, as the one it stands for: "La Maison de l'ESS, gérée par
    l'APES, accueille 3 000 personnes. Elle est financée par la Ville": the Maison, not the APES of
    the incise (but "Beta a créé Alpha. Elle…" stays as it was said: either)."""
    opened = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, words[k - 1].start)), default=0)
    first = next((j for j in range(k) if words[j].start >= opened), k)
    topic = next((n for n in names if first <= found[n].first <= first + _BEFORE_A_SUBJECT
                  and found[n].last + 1 < k and text[words[found[n].last].end: words[found[n].last + 1].start].strip()
                  == ","), None)
    return names if topic is None else [n for n in names if n != topic] + [topic]


_BEFORE_A_SUBJECT = 2  # words before the name of a sentence's subject: "L'association X", "La recyclerie X"


def agrees(words: Sequence[Token], structure: Found, pronoun: str) -> bool:
    """Whether ``pronoun`` ("il", "elle", or the object "le", "la"; "l'" and "les" any) may stand for
    ``structure``, by the article or the kind word before its name: not "elle" for "le chantier X", nor
    "il" for "l'association X", nor "la Ville la soutient" for "le chantier X"."""
    pronoun = GENDER_OF_ARTICLE.get(pronoun, pronoun)
    if pronoun not in ("il", "elle"):
        return True
    before = [w.key for w in words[max(0, structure.first - 2): structure.first]]
    gender = next((_GENDER_OF_KIND.get(key) for key in reversed(before) if key in _GENDER_OF_KIND), None)
    return gender is None or gender == pronoun


# The pronoun a noun takes, by its article ("L'Agglomération": either) or its kind word
GENDER_OF_ARTICLE = {"le": "il", "un": "il", "la": "elle", "une": "elle"}
_GENDER_OF_KIND = {**GENDER_OF_ARTICLE,
                   **dict.fromkeys(("association", "entreprise", "cooperative", "scic", "scop", "regie", "structure",
                                    "societe", "federation", "union", "fondation", "cae", "epicerie", "recyclerie",
                                    "ressourcerie", "mutuelle", "amap", "conciergerie", "legumerie"), "elle"),
                   **dict.fromkeys(("chantier", "collectif", "groupement", "geiq", "esat", "atelier", "reseau"), "il")}


def given_by_the_member(text: str, words: Sequence[Token], spans: Spans, k: int, member_at: Callable[[int], bool],
                         names_member: Callable[[str], bool]) -> bool:
    """Whether the clause of the pronoun at ``k`` names the member as the giver of the support its verb
    says, or names no giver: "Elle a bénéficié d'une subvention de 40 000 € de la CACEM", "… d'une aide au
    démarrage" (not "… de la Fondation de France", "… d'une aide régionale" in a commune's fiche)."""
    named = False  # another giver, or a collectivité's adjective: "… de la Fondation X", "… régionale"
    for j in range(k + 1, min(len(words), k + _GIVER_REACH)):
        if boundary(text, words[j - 1], words[j]):
            break
        if member_at(j) or spans.owner(j) is None and words[j].key in MEMBER_KEYS and names_member(words[j].key) \
                and words[j - 1].key in LOWER_ARTICLES:
            return True
        if (kind := KIND_ADJECTIVES.get(words[j].key)) is not None:
            if kind not in {"etat", "europe"} and names_member(kind):
                return True  # "une subvention départementale" in the Département's fiche
            named = True
        named = named or spans.owner(j) is not None
    return not named  # none named in the member's fiche: its own ("Elle a bénéficié d'une aide de 15 000 €")


_GIVER_REACH = 20  # words: "Elle a reçu en 2023 une subvention de fonctionnement de 40 000 € de la Ville"


def supported_through_its_own(words: Sequence[Token], k: int) -> bool:
    """Whether a verb of support ends right before the possessive at ``k`` and takes what the
    structure named before owns: "soutient son fonctionnement", "finance leurs postes" (not "sa
    création": a help to create, read apart)."""
    cue = cue_ending_at(words, k - 1) if k >= 1 else None
    return cue is not None and cue[0].how == "object" and cue[0].role == SUPPORTED \
        and k + 1 < len(words) and words[k + 1].key not in {"creation", "propre", "propres"}


def its_owner(text: str, words: Sequence[Token], found: Sequence[Found], owners: list[int], k: int) -> int:
    """Which of ``owners`` (the structures named before the possessive at ``k``) it stands for: the
    subject of the sentence before, when a structure opens it and none is named in the possessive's
    own ("Le PTCE X réunit 30 structures, dont A et B. L'agglomération finance son animation": X, not
    B); else the last one named ("X organise un festival ; la Ville soutient son fonctionnement")."""
    start = max(0, words[k].start - _SENTENCES_BACK)  # (not the whole text again at each possessive)
    breaks = [*([0] if start == 0 else []), *(m.end() for m in SENTENCE_BREAK.finditer(text, start, words[k].start))]
    if len(breaks) < 2 or words[found[owners[-1]].first].start >= breaks[-1]:
        return owners[-1]
    first = bisect.bisect_left(words, breaks[-2], key=lambda word: word.start)
    return next((n for n in owners if first <= found[n].first <= first + _BEFORE_A_SUBJECT), owners[-1])


_SENTENCES_BACK = 2000  # characters: the possessive's sentence and the one before it
