"""Names that only a label's list announces: "Lauréats : Coop'Ouest, Les Champs de Kergoat et le
tiers-lieu La Grange" names three bodies, the first two with no kind word and in no list; or a
count of bodies, after "dont": "14 structures, dont Alpha Bois et Beta Vélo". An item
is taken only when the whole of it looks like a name (capitalised words and the small words between
them) and not like a kind of collectivité, a group of people, a person or a project ("Région",
"Habitants", "Mme Claire Dupont", "Projet Horizon"): the other finders read the rest."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from rtes_kg.extract.collectivites import collectivite_words
from rtes_kg.extract.cuewords import CITED, LABELS
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.labels import label_keys
from rtes_kg.extract.lexicon import FUNDS, OF_WORDS, SCHEMES_AND_EVENTS, Token
from rtes_kg.extract.names import FROM_PATTERN, Found, name_slug, structure_words
from rtes_kg.extract.people import names_a_person
from rtes_kg.extract.places import names_a_place

# The labels whose lists name bodies: not "Bénéficiaires : Jeunes, Familles" (people), nor
# "Financement : Région (20 000 €)" (amounts), nor "Sources :"
_LABELS = frozenset(keys for keys, role in LABELS.items() if role != CITED
                    and not set(keys) & {"beneficiaire", "beneficiaires", "financement", "financements", "plan"})
_LABEL_START = re.compile(r"[.;!?\n•]")
_LIST_END = re.compile(r"[.;:!?\n•(]|\Z")
_ON_THE_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?=\S)")  # a list on the line under its label
_BETWEEN_ITEMS = re.compile(r"\s*,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou|ainsi que)\s+")
_ARTICLE = re.compile(r"(?:la|le|les)\s+|l['’]\s*")  # lower case: "la SCOP X" (not "Les Champs de Kergoat")
_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des|la|le|les|en|sur|sous|à)\s+|[dl]['’])?"
                   r"[A-ZÀ-Ý][\w'’-]*){0,5}(?:\s+(?:\d{1,3}|2[AB]))?")  # "Inser'Eco 44": a département's number
# One word alone is a name only when written as one: "Coop'Ouest", "ActYpoles", "ADIE" (not "Habitants")
_ONE_WORD_NAME = re.compile(r"[A-ZÀ-Ý][\w-]*['’-]?[A-ZÀ-Ý][\w'’-]*|[A-ZÀ-Ý]{2,}")
_NOT_NAMES = frozenset({"etat", "europe", "union", "france", "ville", "commune", "region",
                        "departement"}) | SCHEMES_AND_EVENTS | FUNDS


def listed_after_labels(text: str, words: Sequence[Token]) -> list[Found]:
    """The name-like items of the list after each label that names bodies ("Lauréats 2023 :",
    "Partenaires :", "Structures soutenues :"), each a structure of unknown kind."""
    starts = [w.start for w in words] if ":" in text else []
    return _listed(text, words, (colon.end() for colon in re.finditer(":", text)
                                 if _after_a_label(text, words, starts, colon.start())))


def listed_after_a_count(text: str, words: Sequence[Token]) -> list[Found]:
    """The name-like items after ", dont" or ", parmi lesquels" that a counted plural of bodies opens
    (a parenthesis after it too), with no kind word: "La Ville soutient 14 structures, dont Alpha Bois,
    Beta Vélo et Gamma Répar", "12 lieux soutenus, dont La Bascule", "6 lauréats (de 5 000 à 15 000 €),
    parmi lesquels Vélo Vert" (not "dont 3 en Mayenne", "dont Saint-Brieuc": no body's name)."""
    return [item for item in _listed(text, words, (opening.end() for opening in _COUNTED_THEN_DONT.finditer(text)))
            if not names_a_place(item.name)]


def listed_beside_known_names(text: str, words: Sequence[Token], known: Sequence[Found]) -> list[Found]:
    """The name-like items of a list in parentheses one item of which the curated list knows: "les
    têtes de réseau (CRESS Nouvelle-Aquitaine, Gironde Initiative, France Active Nouvelle-Aquitaine)"
    (``known``: the curated list's finds; not places: "(Lyon, Villeurbanne et la CRESS)")."""
    starts = sorted({f.context for f in known})
    lists = [(m.start(1), m.end(1)) for m in _IN_PARENTHESES.finditer(text) if "," in m.group(1)
             and bisect.bisect_left(starts, m.start(1)) < bisect.bisect_left(starts, m.end(1))]  # (one within)
    known_starts = set(starts)
    return [item for item in _listed(text, words, (opening for opening, _ in lists), [end for _, end in lists])
            if item.context not in known_starts and not names_a_place(item.name)]


_IN_PARENTHESES = re.compile(r"\(([^()\n]{3,300})\)")


def listed_with_de_beside_known_names(text: str, words: Sequence[Token], known: Sequence[Found]) -> list[Found]:
    """The name-like items that go on a list of complements after a name the curated list knows:
    "les permanences d'Emmaüs Connect, de l'UFC-Que Choisir de Villeurbanne et de Crésus Rhône"
    (``known``: the curated list's finds, each after its "de")."""
    found: list[Found] = []
    indexes = None
    for cand in known:
        if not _DE_BEFORE.search(text, max(0, cand.context - 12), cand.context):
            continue
        end = words[cand.last].end
        while (item := _DE_ITEM.match(text, end)) is not None and len(found) < _LIST_ITEMS:
            stop = min((m.start() for m in (_LIST_END.search(text, item.end()), _BETWEEN_ITEMS.search(text, item.end()))
                        if m is not None), default=len(text))
            indexes = indexes or ({w.start: i for i, w in enumerate(words)}, {w.end: i for i, w in enumerate(words)})
            name = _name_in(text, item.end(), stop, *indexes, words)
            if name is None or names_a_place(name.name):
                break
            found.append(name)
            end = words[name.last].end
    return found


_DE_BEFORE = re.compile(r"(?:\bde\s+(?:la\s+|l['’]\s*)?|\bd['’]\s*|\bdu\s+|\bdes\s+)\Z")
_DE_ITEM = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)")
_LIST_ITEMS = 12


def _listed(text: str, words: Sequence[Token], openings: Iterable[int], ends: Sequence[int] = ()) -> list[Found]:
    """The name-like items of each list that opens at one of ``openings`` and runs to its end mark,
    or to its end in ``ends`` (the words' offsets are indexed once, and only for a text with a list)."""
    found: list[Found] = []
    indexes: tuple[dict[int, int], dict[int, int]] | None = None
    for n, opening in enumerate(openings):
        if indexes is None:
            indexes = {w.start: i for i, w in enumerate(words)}, {w.end: i for i, w in enumerate(words)}
        if (next_line := _ON_THE_NEXT_LINE.match(text, opening)) is not None:
            opening = next_line.end()  # "Nos partenaires :" / "A, B, C"
        end = ends[n] if ends else next(_LIST_END.finditer(text, opening)).start()
        start = opening
        for between in [*_BETWEEN_ITEMS.finditer(text, opening, end), None]:
            item = _name_in(text, start, between.start() if between is not None else end, *indexes, words)
            if item is not None:
                found.append(item)
            start = between.end() if between is not None else end
    return found


# A count, a plural of bodies (not of projects, which are no bodies), a few words that qualify them
# ("soutenus", "de l'ESS du territoire"), then "dont" (its comma often left out).
_COUNTED_THEN_DONT = re.compile(
    r"(?i:\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs|"
    r"une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+d['’]?\s*(?:e\s+)?)"
    r"\s*(?:structures|lieux|tiers-lieux|acteurs|entreprises|organisations|organismes|partenaires|lauréats|"
    r"lauréates|membres|adhérents|sociétaires|opérateurs|employeurs)"
    r"(?:\s+[\w'’-]+){0,4}?\s*(?:\([^()\n]{0,80}\)\s*)?,?\s+(?:dont|parmi\s+(?:lesquel(?:le)?s|eux|elles))\s+)")


def _after_a_label(text: str, words: Sequence[Token], starts: list[int], colon: int) -> bool:
    """Whether the words before the colon, from the start of their line or sentence, are a label
    that names bodies (its year aside: "Lauréats 2023 :"); read within 80 characters."""
    opening = max((m.end() for m in _LABEL_START.finditer(text, max(0, colon - 80), colon)), default=max(0, colon - 80))
    label = words[bisect.bisect_left(starts, opening): bisect.bisect_left(starts, colon)]
    keys = label_keys(label)  # ("Membres du comité de pilotage :", "Lauréats de l'appel à projets :")
    return keys in _LABELS or any(keys[:n] in _LABELS and len(keys) > n and keys[n] in OF_WORDS for n in (1, 2, 3))


def _name_in(text: str, start: int, end: int, first_word: dict[int, int], last_word: dict[int, int],
             words: Sequence[Token]) -> Found | None:
    """The item ``text[start:end]`` as a find, when the whole of it (past a lower-case article) is a name."""
    item = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    article = _ARTICLE.match(item)
    if article is not None:
        item, start = item[article.end():], start + article.end()
    if not _NAME.fullmatch(item) or names_a_person(item):
        return None  # (a committee's members: "Mme Claire Dupont, Sarah Mahdi")
    first, last = first_word.get(start), last_word.get(start + len(item))
    if first is None or last is None or words[first].key in _NOT_NAMES \
            or collectivite_words().match_at(words, first) is not None \
            or structure_words()[0].match_at(words, first) is not None:
        return None  # (a collectivité, or a kind then its name: "SCOP Ecobâti", which the others find)
    if first == last and not _ONE_WORD_NAME.fullmatch(item):
        return None
    return Found(first, last, start, item, name_slug(item), STRUCTURE, None, FROM_PATTERN, 3)
