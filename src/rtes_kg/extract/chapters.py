"""Chapters of a network that the curated list does not have ("Banque Alimentaire de Rodez", "France
Active Grand Est"), found by the word their names start with (the network's ``skos:hiddenLabel``,
data/reference/organisations.ttl); see docs/extraction.md, "Chapters"."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.curated import STRUCTURE, reference
from rtes_kg.extract.lexicon import DEPARTEMENT_CODE, Token, counted, tokens
from rtes_kg.extract.names import (
    BODY_HEADS,
    FROM_PATTERN,
    LOWER_ARTICLES,
    NETWORK_HEADS,
    REGION_ACRONYMS,
    Found,
    joined,
    name_forward,
    without_article,
)
from rtes_kg.extract.people import TERRITORIAL_ADJECTIVES
from rtes_kg.extract.places import area_named
from rtes_kg.parse.naming import slug as name_slug


def chapters(text: str, words: Sequence[Token]) -> list[Found]:
    """Chapters of a network that the curated list does not have: "Banque Alimentaire de Rodez",
    "France Active Grand Est"; and "la Banque Alimentaire" alone, the local one (``local``)."""
    found = []
    curated = reference()
    for match in curated.chapters.find(words):
        network, first = match.payload, match.first
        if match.first == match.last and not words[first].capitalised or counted(text, words, first):
            continue  # (not "qui fédère 8 Jardins de Cocagne": places)
        after, last = match.last + 1, None
        whole = curated.lexicon.match_at(words, first)  # ("Secours populaire" in "Secours populaire français")
        dash = _DASH_CHAPTER.match(text, words[max(match.last, whole.last if whole else 0)].end)
        if dash is not None:  # "le Secours populaire français – Fédération de Seine-Saint-Denis", "– comité de Rennes"
            start = next((k for k in range(after, min(len(words), after + 8)) if words[k].start >= dash.end()), after)
            last = name_forward(text, words, start, through_et=True) if words[start].start == dash.end() else None
        elif whole is not None and whole.last > match.last and (area := _area_after(text, words, whole.last)):
            start, last = whole.last + 1, area  # "le Réseau des ressourceries et recycleries du Centre-Val de Loire"
        elif after < len(words) and joined(text, words[match.last], words[after]):
            start = after
            if words[after].key in {"de", "du", "des", "d"}:  # "Banque Alimentaire de l'Aveyron"
                start = after + 1
                if start < len(words) and words[start].key in {"la", "l"}:
                    start += 1
            if start < len(words) and joined(text, words[start - 1], words[start]):
                last = name_forward(text, words, start, through_et=True)
            if last is None and start == after and _a_departement_code(text, words, after):
                last = after  # "Cap emploi 29", "Emmaüs 79": the département's (not the network, a curated label)
            if last is not None and last + 1 < len(words) and words[last + 1].raw.islower() \
                    and words[last + 1].key in TERRITORIAL_ADJECTIVES and joined(text, words[last], words[last + 1]):
                last += 1  # "le Parc naturel régional des Pyrénées ariégeoises": the area's adjective
            if last is None and start == after and words[after].key in TERRITORIAL_ADJECTIVES \
                    and words[first].capitalised and not words[first].key.endswith(("s", "x")):
                last = after  # "le Réseau des ressourceries normandes": the région's network, not the nation's
        # "Le Mouvement associatif Occitanie": an article that the network's name starts with is
        # part of the chapter's span (so that the national label does not win), and of its name
        # when written with a capital.
        article = network.label.split()[0].lower() in {"le", "la", "les"} and first > 0 \
            and words[first - 1].key == network.label.split()[0].lower() \
            and joined(text, words[first - 1], words[first])
        span_first = first - 1 if article else first
        name_first = span_first if article and words[span_first].capitalised else first
        if last is not None and not words[first].capitalised and words[start].key in LOWER_ARTICLES:
            name_first = start  # "le jardin de Cocagne Les Jardins d'Aunis": a kind, then the name
        category, kind = curated.chapter_type(network.slug) or (
            network.category if network.category in ("organisme-public", "entreprise")
            else "reseau" if words[name_first].key in NETWORK_HEADS else STRUCTURE, None)
        # ("le Réseau des Ressourceries du Centre", a network's regional one, is a network itself)
        if last is None and after < len(words) and words[after].key in _REGIONAL and words[after].raw.islower() \
                and joined(text, words[match.last], words[after]):
            name = text[words[match.first].start: words[match.last].end]  # "le Mouvement associatif régional":
            found.append(Found(span_first, after, words[span_first].start, name,  # the member's région's, not the
                               name_slug(curated.acronyms.get(network.slug, name)), category, kind,  # nation's
                               FROM_PATTERN, 1, parent=network.slug, local=True))
            continue
        labels = [whole if i == first else curated.lexicon.match_at(words, i) for i in {span_first, first}]
        opened = last is None and match.first == match.last and _OPENED.search(
            text, max(0, words[first].start - 4), words[first].start) is not None \
            and tail_after_parenthesis(text, words, match.last) is not None  # "… (URSCOP) Nouvelle-Aquitaine"
        if any(label is not None and label.last >= (match.last if last is None else last)
               for label in labels) and not opened:
            continue  # the curated list knows it: the network itself ("Emmaüs"), "CRESS Bretagne"
        if last is not None and any(label is not None and label.last < last and words[label.last + 1].key == "et"
                                    for label in labels):
            continue  # "la CRESS Pays de la Loire et du Mouvement des Régies": the curated name, then another
        # A collectivité's word alone after "de": the member's chapter, as "le CCAS" is ("le CCAS de la
        # Ville", "la Mission locale de l'Agglomération"), never a place that names it ("CCAS de la Ville")
        own = last is not None and last == start and words[start].key in MEMBER_WORDS and start > after
        if own:
            last = None
        if last is None and not own and after < len(words) and joined(text, words[match.last], words[after]):
            last = area_from(text, words, after)  # "le PLIE de la métropole nantaise"
        tail, resume = None, after
        if last is None and match.first == match.last:
            expanded = _EXPANDED_AFTER.match(text, words[match.last].end)  # "le PLIE (Plan local…) du Grand Nîmes"
            if expanded is not None:
                resume = next((k for k in range(after, min(len(words), after + 20))
                               if words[k].start >= expanded.end()), after)
            if expanded is not None and resume > after or _OPENED.search(
                    text, max(0, words[match.first].start - 4), words[match.first].start):
                tail = tail_after_parenthesis(text, words, resume - 1)
        if tail is not None:  # "le Plan local pour l'insertion et l'emploi (PLIE) de la métropole nantaise"
            name = f"{words[match.first].raw} {text[words[resume].start: words[tail].end]}"
            found.append(Found(span_first, tail, words[span_first].start, name, name_slug(name), category, kind,
                               FROM_PATTERN, 1, parent=network.slug))
            continue
        if last is None:
            if match.first == match.last and not words[match.first].raw.isupper():
                continue  # "l'Initiative citoyenne": a bare word names a local chapter if an acronym
            gap = text[words[first - 1].end: words[first].start] if first > 0 else ""
            if first > 0 and words[first - 1].raw.islower() and words[first - 1].key not in LOWER_ARTICLES \
                    and ("(" in gap or "," in gap and words[first - 1].raw.endswith(("s", "x"))) \
                    and not one_per_region(network.slug):
                continue  # "des statuts divers (associations, CCAS, …)": a kind of body after another (a plural one
                # before a comma: not "SCOP Bois et compagnie, CCAS", the member's CCAS), none named (but
                # "les têtes de réseau (CRESS, URSCOP, …)": the région's one)
            name = text[words[match.first].start: words[match.last].end]
            found.append(Found(span_first, start if own else match.last, words[span_first].start, name,
                               name_slug(curated.acronyms.get(network.slug, name)), category, kind, FROM_PATTERN, 1,
                               parent=network.slug, local=True))
            continue
        name = text[words[name_first].start: words[last].end]
        if last > match.last and words[last].raw in REGION_ACRONYMS:  # "Enercoop AURA": Auvergne-Rhône-Alpes's
            name = text[words[name_first].start: words[last].start] + REGION_ACRONYMS[words[last].raw]
        acronym = curated.acronyms.get(network.slug)
        key = without_article(name) if acronym is None else acronym + text[words[match.last].end: words[last].end]
        name = name[:1].upper() + name[1:]  # "le jardin de Cocagne de Dole": its name is capitalised
        found.append(Found(span_first, last, words[span_first].start, name,
                           name_slug(key), category, kind, FROM_PATTERN, 1, parent=network.slug))
    return found


def _area_after(text: str, words: Sequence[Token], last: int) -> int | None:
    """The last word of a département's or région's name that "de", "du", "de la" open after a curated
    name ending at ``last``: its regional chapter's area; else None."""
    start = last + 1
    if start + 1 >= len(words) or words[start].key not in {"de", "du", "des", "d"}:
        return None
    start += 1 + (words[start + 1].key in {"la", "l"})
    end = name_forward(text, words, start, through_et=True) if start < len(words) else None
    return end if end is not None and area_named(text[words[start].start: words[end].end]) else None


@functools.cache
def one_per_region(network: str) -> bool:
    """Whether a network has one chapter per région, listed with the région it serves (the CRESS, the
    URSCOP): its acronym alone names the région's, not a kind of body as "CCAS" does."""
    return any(entry.parent == network and entry.region for entry in reference().entries.values())


_OPENED = re.compile(r"\(\s*$")
# A chapter written after its network and a dash: "– Fédération de Seine-Saint-Denis", "– comité de Rennes"
_DASH_CHAPTER = re.compile(r"\s*[–—]\s*(?i:fédération|comité|antenne|unité\s+locale|délégation|section)\s+"
                           r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)")


def _a_departement_code(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is a département's code, not a count before its plural noun ("Emmaüs
    79", "l'ADAPEI 32 et…", "Emmaüs 79 accueille…"; not "confie à Emmaüs 30 tonnes")."""
    return bool(DEPARTEMENT_CODE.fullmatch(words[k].raw)) and not (
        k + 1 < len(words) and joined(text, words[k], words[k + 1]) and words[k + 1].raw.islower()
        and words[k + 1].raw.endswith(("s", "x")) and words[k + 1].key not in _NO_NOUNS)


_NO_NOUNS = frozenset({"dans", "sous", "vers", "puis", "depuis", "plus", "mais", "sans", "apres", "des", "les", "ses",
                       "nos", "vos", "leurs", "aux", "tous", "toutes", "parmi", "lors", "alors"})  # "… 44 dans le"
# Areas named by a common noun and an adjective or a name: "de la métropole nantaise", "de
# l'agglomération dunkerquoise", "du pays de Lunel". A chapter so named is that area's, not the member's.
_AREA_NOUNS = frozenset({"metropole", "agglomeration", "communaute", "departement", "region", "ville", "pays",
                         "bassin", "territoire", "intercommunalite", "commune", "vallee", "ile"})
_ADJECTIVE = re.compile(r"[a-zà-ÿ]+(?:aise?|oise?|ien(?:ne)?|aine?|ine?|ane?|arde?|ale?|ote?|onne?|que|elle)s?")


def area_from(text: str, words: Sequence[Token], k: int) -> int | None:
    """The last word of such an area's name that starts with "de" at ``words[k]``, or None."""
    if k >= len(words) or words[k].key not in {"de", "du", "d"}:
        return None
    k += 1 + (k + 1 < len(words) and words[k + 1].key in {"la", "l"})
    if k + 1 >= len(words) or words[k].key not in _AREA_NOUNS or not joined(text, words[k], words[k + 1]):
        return None
    if _ADJECTIVE.fullmatch(words[k + 1].raw):
        return k + 1
    if words[k + 1].key in {"de", "du", "d"} and k + 2 < len(words):
        start = k + 2 + (k + 3 < len(words) and words[k + 2].key in {"la", "l"})
        return name_forward(text, words, start) if start < len(words) else None
    return None


_EXPANDED_AFTER = re.compile(r"\s*\([^()\n]{6,90}\)")


def tail_after_parenthesis(text: str, words: Sequence[Token], closing: int) -> int | None:
    """The last word of the territory or name after an acronym's parenthesis ("(MSA) Grand Sud",
    "(CAF) de l'Aude", "(PLIE) de la métropole nantaise"), or None."""
    start = closing + 1
    if start >= len(words) or not re.fullmatch(r"\s*\)\s*", text[words[closing].end: words[start].start]):
        return None
    area = area_from(text, words, start)
    if area is not None:
        return area
    if words[start].key in {"de", "du", "des", "d"}:
        start += 2 if start + 1 < len(words) and words[start + 1].key in {"la", "l"} else 1
    return name_forward(text, words, start, through_et=True) if start < len(words) else None


def of_its_territory(cand: Found) -> bool:
    """Whether a name found by its pattern has no name of its own, only what the body does and the
    level of the territory it serves: "l'Agence départementale d'information sur le logement",
    "l'Union départementale des associations familiales", "l'Agence locale de l'énergie". Each
    département has one: its IRI is the member's territory's, as a chapter's named alone ("la Banque
    Alimentaire"), never one body for all of France."""
    if cand.confidence != FROM_PATTERN or cand.local or cand.parent is not None or cand.category == "collectivite":
        return False
    words = tokens(cand.name)
    return words[0].key in _HEADS and any(word.key in _LEVELS for word in words) \
        and not any(word.capitalised for word in words[1:])  # (not "l'association Mangeons local": a name)


_HEADS = BODY_HEADS | {"maison", "pole", "centre", "regie", "mission", "service", "plateforme", "observatoire",
                      "etablissement", "point", "espace"}
_LEVELS = frozenset(f"{stem}{end}" for stem in ("departemental", "regional", "local", "communal", "intercommunal",
                                                "municipal", "metropolitain", "territorial")
                    for end in ("", "e", "es", "s")) | {"departementaux", "regionaux", "locaux", "territoriaux"}
_REGIONAL = frozenset(level for level in _LEVELS if level.startswith("regiona"))  # "le Mouvement associatif régional"
