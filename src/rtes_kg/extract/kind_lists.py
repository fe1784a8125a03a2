"""The names a plural kind of structure lists: after a colon ("les trois chantiers d'insertion du
territoire : A, B et C"), right after it ("les associations A et B"), in an apposition of as many
names as it counts ("Les deux SCOP du territoire, A et B, emploient…"), or after ", dont" when it is
counted ("9 ressourceries, dont La Trouvaille"), or in a parenthesis of its own ("les ressourceries du
territoire (A, B et C)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.collectivites import collectivite_words
from rtes_kg.extract.curated import reference
from rtes_kg.extract.lexicon import OF_WORDS, Token, joined
from rtes_kg.extract.names import (
    BODY_FAMILIES,
    FROM_PATTERN,
    LOWER_ARTICLES,
    NETWORK_HEADS,
    Found,
    name_forward,
    opens_a_body,
    opens_known_name,
    plural,
    structure_words,
)
from rtes_kg.extract.places import area_named, communes_named, names_a_place
from rtes_kg.extract.sentence_case import LEADING_ARTICLES, listed_tail
from rtes_kg.parse.actions import ACTION_NOUNS
from rtes_kg.parse.naming import slug as name_slug

_LIST_REACH = 6  # words between a plural kind and the colon of its list: "chantiers d'insertion du territoire :"
_ITEM_PLACE = re.compile(r"\s*\([^()\n]{1,60}\)")  # "A (Felletin), B (Royère-de-Vassivière) et C"
_LIST_MAX = 12
# Nouns of what is done, which open the items of a list of actions, never of names: the parser's
# nouns of the member's acts, their plurals, and acts that may open a line of its own too
_ACTS = ACTION_NOUNS | {"aides", "subventions", "prets", "mise", "reprise", "developpement", "animation",
                        "organisation", "prise", "achat", "location", "formation"}
_NEXT_BULLET = re.compile(r"[ \t]*\n[ \t]*[•*–-][ \t]*")
_BULLETS_OPENING = re.compile(r"[ \t]*:[ \t]*\n[ \t]*[•*–-][ \t]*")
_STOPS_BEFORE_A_COLON = re.compile(r"[.;!?\n]")
_STOPS_BEFORE_A_PARENTHESIS = re.compile(r"[,.;:!?)\n]")
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}


def listed_after_colon(text: str, words: Sequence[Token], kind_end: int) -> list[tuple[int, int]]:
    """(first, last) of each bare name listed after a plural kind and a colon: "les trois chantiers
    d'insertion du territoire : Creuse Bois Services (Felletin), l'Atelier du Lac et Recyclerie
    Creusoise" names three of that kind. The list ends at the first item that is no capitalised name."""
    colon = _mark_after(text, words, kind_end, ":", _STOPS_BEFORE_A_COLON)
    return [] if colon is None else _items(text, words, colon + 1)[0]


def _mark_after(text: str, words: Sequence[Token], kind_end: int, mark: str, stops: re.Pattern[str]) -> int | None:
    """The word before the ``mark`` (":", "(") that opens the list of a plural kind ending at
    ``kind_end``, past its complement in lower case or its area ("chantiers d'insertion du territoire
    :", "les quatre pôles ESS du Finistère ("); None when a stop or another capital comes first ("les
    associations du quartier, dont Alpha": no list)."""
    for k in range(kind_end, min(len(words) - 1, kind_end + _LIST_REACH)):
        gap = text[words[k].end: words[k + 1].start]
        if mark in gap:
            return k
        if stops.search(gap) or words[k + 1].capitalised and not area_named(words[k + 1].raw):
            return None
    return None


def counted_in_apposition(text: str, words: Sequence[Token], count: int, kind_end: int) -> list[tuple[int, int]]:
    """(first, last) of the names set between commas after a counted plural kind, when there are as
    many as it counts and nothing else: "Les deux SCOP du territoire, Ecolo'Gîte et Bois Vivant,
    emploient…" (not "les deux SCOP du territoire, Ecolo'Gîte en tête, …", nor three names for two)."""
    expected = _COUNTS.get(words[count].key) or (int(words[count].raw) if words[count].raw.isdigit() else 0)
    if not 2 <= expected <= _LIST_MAX:
        return []
    comma = next((k for k in range(kind_end, min(len(words) - 1, kind_end + _LIST_REACH))
                  if re.search(r"[,.;:!?()\n]", text[words[k].end: words[k + 1].start])), None)
    if comma is None or text[words[comma].end: words[comma + 1].start].strip() != "," or any(
            words[k].capitalised for k in range(kind_end + 1, comma + 1)):
        return []  # (its complement in lower case only: "du territoire", "locales")
    items, end = _items(text, words, comma + 1)
    closing = text[end: end + 2].lstrip(" ")
    return items if len(items) == expected and closing[:1] in {",", ".", ")", ";"} else []


def counted_head(words: Sequence[Token], k: int) -> int | None:
    """The count word of a counted kind whose words end at ``k``, before the comma of its apposition
    ("a aidé les deux SCOP du territoire, A et B": "deux"), so that A takes the role of the kind."""
    for count in range(k - 1, max(-1, k - _LIST_REACH - 1), -1):
        if words[count].key in _COUNTS or words[count].raw.isdigit():
            kind = structure_words()[0].match_at(words, count + 1)
            if kind is None or any(words[j].capitalised for j in range(kind.last + 1, k + 1)):
                return None
            return count
    return None


def _items(text: str, words: Sequence[Token], k: int) -> tuple[list[tuple[int, int]], int]:
    """The capitalised names listed from word ``k`` ("A (Felletin), l'Atelier du Lac et C"), and the
    offset where the last one (with its place) ends."""
    items: list[tuple[int, int]] = []
    end = words[k].start if k < len(words) else len(text)
    closed = False  # past the "et" before the last item
    # a list of bullets under its label: "Soutien aux CAE de la région :" / "• A (Laval)" / "• B (Nantes)"
    bulleted = 0 < k < len(words) and bool(_BULLETS_OPENING.fullmatch(text, words[k - 1].end, words[k].start))
    while k < len(words):
        if words[k].key in LOWER_ARTICLES and not words[k].capitalised and k + 1 < len(words) \
                and joined(text, words[k], words[k + 1]):
            k += 1  # "l'Atelier du Lac"
        last = name_forward(text, words, k)
        whole: int | None = None
        if last is None and words[k].raw in LEADING_ARTICLES:  # "… et Un toit pour tous": its words in lower case
            tail = listed_tail(text, words, k, k)
            last, whole = (k, tail) if tail > k else (None, None)
        elif last is not None:
            whole = listed_tail(text, words, k, last)  # "Culture et liberté, Aide et partage"
        if whole is None or words[k].key == "etat" or collectivite_words().match_at(words, k) is not None \
                or words[k].key in _ACTS and whole == last:
            break  # "Ressourceries : le Département finance…": a label, then a sentence; "… : Aide au
            # démarrage, Prêt de salles", "Création de la SCOP X": what is done, no name
        last = whole
        items.append((k, last))
        end = words[last].end
        place = _ITEM_PLACE.match(text, end)
        end = place.end() if place else end
        k = next((j for j in range(last + 1, len(words)) if words[j].start >= end), len(words))
        if k < len(words) and bulleted and _NEXT_BULLET.fullmatch(text, end, words[k].start):
            continue
        if k >= len(words) or not re.fullmatch(r"\s*,?\s*", text[end: words[k].start]):
            break
        if words[k].key == "et" and closed and k + 1 < len(words) \
                and (further := name_forward(text, words, k + 1)) is not None:
            items[-1], end = (items[-1][0], further), words[further].end  # "A et Rues et Cités": the list
            break  # closed at its first "et", the second is its last name's
        if words[k].key == "et" and (known := reference().lexicon.match_at(words, items[-1][0])) is not None \
                and known.last > k:  # "dont Habitat et Humanisme Rhône, B et C": a known name's "et"
            items[-1] = (items[-1][0], name_forward(text, words, known.last) or known.last)
            end = words[items[-1][1]].end
            k = next((j for j in range(items[-1][1] + 1, len(words)) if words[j].start >= end), len(words))
            if k < len(words) and words[k].key == "et":
                k, closed = k + 1, True  # "dont Habitat et Humanisme Rhône et Le Mat"
            elif k >= len(words) or "," not in text[end: words[k].start]:
                break
        elif words[k].key == "et":
            k, closed = k + 1, True
        elif "," not in text[end: words[k].start]:
            break
    return items, end


def listed_in_parenthesis(text: str, words: Sequence[Token], kind_end: int) -> list[tuple[int, int]]:
    """(first, last) of the names, two or more, that a parenthesis right after a plural kind (and
    its complement in lower case) holds and nothing else: "les ressourceries du territoire (La
    Collecterie, Approche, La Ressourcerie 2 Mains)" names three (not "les associations (dont A)",
    nor "les SCOP (A, B, etc.)": what the list does not name may be anything; nor "les chantiers
    d'insertion (Paris, Lyon et Marseille)": where they are; nor "les structures d'insertion (ESAT,
    EA, SIAE)": their kinds)."""
    opening = _mark_after(text, words, kind_end, "(", _STOPS_BEFORE_A_PARENTHESIS)
    if opening is None or text[words[opening].end: words[opening + 1].start].strip() != "(":
        return []  # (not "les SCOP, (…": the parenthesis alone opens the list)
    items, end = _items(text, words, opening + 1)
    kinds = structure_words()[0]
    if any(names_a_place(text[words[first].start: words[last].end])
           or (kind := kinds.match_at(words, first)) is not None and kind.last >= last for first, last in items):
        return []
    return items if len(items) >= 2 and text[end: end + 2].lstrip(" ")[:1] == ")" else []


def listed_after_dont(text: str, words: Sequence[Token], kind_end: int, among: str = "dont",
                      named_first: bool = False) -> list[tuple[int, int]]:
    """(first, last) of the names a counted plural kind lists after ", dont", past a few words that
    qualify it: "fédère 9 ressourceries, dont La Trouvaille à Château-Gontier, qui…" names one of
    them, "5 CAE régionales, dont A et B" two (not "dont 3 en Mayenne": no name); or any plural kind
    after ``among`` "notamment" or "parmi lesquels": "les incubateurs d'innovation sociale, notamment A
    et B", "12 chantiers d'insertion sont financés, parmi lesquels A et B". ``named_first``: an
    uncounted kind's "dont" lists only when a name follows it right away ("les incubateurs, dont
    Katapult et B"; not "les associations, dont la Ville est membre": a relative clause); so does
    "comme", with or without a comma: "des structures de l'IAE comme A et B"."""
    dont, placed = kind_end + 1, False
    while dont < min(len(words), kind_end + _QUALIFYING + 1) and (not words[dont].capitalised or placed) \
            and words[dont].key != among and joined(text, words[dont - 1], words[dont]):
        placed = placed or words[dont].key in _OF_A_PLACE  # "les 21 pôles ESS de Bretagne, dont A": its place
        dont += 1  # "5 CAE régionales, dont A", "9 ressourceries du territoire, dont A"
    if dont + 1 >= len(words) or words[dont].key != among \
            or text[words[dont - 1].end: words[dont].start].strip() not in _BEFORE_AMONG.get(among, {","}) \
            or any(words[j].key in _PLACES for j in range(kind_end + 1, dont)):
        return []  # (not "les associations des quartiers prioritaires, dont la Villeneuve": the places')
    named_first = named_first or among == "comme"  # "des structures de l'IAE comme A et B"
    named = dont + 1 + (dont + 2 < len(words) and words[dont + 1].raw in {"l", "la", "le", "les"} and not _of_a_kind(
        words, dont + 2))  # (past an article: "les épiceries du territoire, dont l'Épicerie du Cœur et B"; not
    # "des ESAT et entreprises adaptées, dont l'ESAT de Bapaume": its own kind's)
    if named_first and not (words[named].capitalised and words[named].key not in MEMBER_WORDS):
        return []
    if among == "parmi":  # ", parmi lesquels A et B"
        dont += 1
        if dont + 1 >= len(words) or words[dont].key not in {"lesquels", "lesquelles"}:
            return []
    items = _items(text, words, dont + 1)[0]
    last = items[-1][1] if items else len(words) - 1
    if named_first and last + 1 < len(words) and not _LIST_ENDS.search(text, words[last].end, words[last + 1].start):
        return []  # "les SCIC, dont Grenoble Alpes Métropole est sociétaire": the subject of a relative clause
    return [item for item in items if not _of_a_kind(words, item[0])]  # ("dont la SCOP Alki": Alki, its kind's)


_PLACES = frozenset({"quartiers", "communes", "villes", "villages", "territoires", "zones", "qpv", "cantons",
                     "departements", "regions"})  # the plural places a kind's complement may count


def _of_a_kind(words: Sequence[Token], k: int) -> bool:
    """Whether a kind of the scheme opens at ``k`` ("ESAT"; not "Épicerie", the word of a shop, of none)."""
    match = structure_words()[0].match_at(words, k)
    return match is not None and match.payload.code not in BODY_FAMILIES


_LIST_ENDS = re.compile(r"[,.;:!?)]")
_BEFORE_AMONG = {"comme": {",", ""}}  # ", dont A", ", notamment A"; "comme A" with a comma or none


_QUALIFYING = 6  # words between a counted kind and its ", dont": "3 SCIC d'énergie citoyenne du département, dont"
_OF_A_PLACE = OF_WORDS | {"en"}


def listed_after_plural(text: str, words: Sequence[Token], start: int) -> list[tuple[int, int]]:
    """(first, last) of the names right after a plural kind, two or more: "les associations A et B",
    "les SCOP A, B et C" ("et" ends a name here)."""
    items: list[tuple[int, int]] = []
    k = start
    another = False  # the list ends on a name its own finder reads: "les associations A et les Restos du Cœur"
    while k < len(words) and len(items) < _LIST_MAX:
        if items and words[k].raw in _LOWER_ARTICLES and k + 1 < len(words) and words[k + 1].capitalised \
                and joined(text, words[k], words[k + 1]):
            if opens_known_name(words, k) or opens_a_body(words, k + 1):
                another = True
                break
            k += 1  # "les associations Vélo Cité et les Amis du Vélo": the item's article, no word of its name
        last = name_forward(text, words, k, inside_words=True)  # ("les associations A et Bouge ta Ville")
        if last is None and words[k].raw in LEADING_ARTICLES:  # "…, Un logement pour chacun et C"
            last = tail if (tail := listed_tail(text, words, k, k)) > k else None
        elif last is not None:
            last = listed_tail(text, words, k, last)  # "les associations Laval à vélo, Agir pour l'emploi et C"
        if last is None:
            break
        items.append((k, last))
        j = last + 1
        gap = text[words[last].end: words[j].start].strip() if j < len(words) else "."
        if gap == "" and words[j].key == "et" and j + 1 < len(words) and joined(text, words[j], words[j + 1]):
            after = name_forward(text, words, j + 1)
            if after is not None and after + 1 < len(words) \
                    and text[words[after].end: words[after + 1].start].strip() == "," \
                    and name_forward(text, words, after + 1) is not None:
                items[-1] = (k, after)  # "Lire et Faire Lire, Coup de Pouce et C": "et" before a comma is a name's
                k = after + 1  # (and the list goes on: not "A et B, soutenues par la Ville")
                continue
            k = j + 1
        elif gap == ",":
            k = j
        else:
            break
    return items if len(items) + another >= 2 else []


_LOWER_ARTICLES = frozenset({"la", "le", "les", "l"})


def networks_of_a_kind(text: str, words: Sequence[Token]) -> list[Found]:
    """The name right after a network's head and the plural kind it gathers: "le réseau des
    tiers-lieux Cap Tiers-Lieux", "le réseau des AMAP Alliance Provence" name the network, no body
    of that kind (it wins over a kind's reading of the same words: its priority)."""
    found = []
    for match in structure_words()[0].find(words):
        first, after = match.first, match.last + 1
        if first < 2 or words[first - 1].key != "des" or words[first - 2].key not in NETWORK_HEADS \
                or after >= len(words) or not words[after].capitalised \
                or not joined(text, words[match.last], words[after]) or not plural(words, first, match.payload) \
                or len(listed_after_plural(text, words, after)) > 1:
            continue  # ("le réseau des associations A et B": two of its members)
        last = name_forward(text, words, after)
        if last is None:
            continue
        name = text[words[after].start: words[last].end]
        opening = first - 2 if area_named(name) or communes_named(name) else after  # "la fédération des
        name = text[words[opening].start: words[last].end]  # entreprises d'insertion Hauts-de-France": the
        found.append(Found(opening, last, words[first - 2].start, name[:1].upper() + name[1:], name_slug(name),
                           "reseau", None, FROM_PATTERN, 0))  # région's network, of its whole phrase
    return found
