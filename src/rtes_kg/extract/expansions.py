"""A name and its acronym or long form in parentheses, one body: "la Caisse d'allocations familiales
(CAF) de l'Aude", "la CAF (Caisse d'allocations familiales)", "Le Centre Permanent d'Initiatives pour
l'Environnement (CPIE) Chaîne des Terrils" (called by ``organisations.find_organisations``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.extract.chapters import of_its_territory, tail_after_parenthesis
from rtes_kg.extract.curated import reference
from rtes_kg.extract.lexicon import Token, tokens
from rtes_kg.extract.names import Found, name_slug
from rtes_kg.extract.places import area_named, communes_named, departements_named
from rtes_kg.extract.tails import SMALL_WORDS, initials_hold


def expansions_merged(text: str, words: Sequence[Token], found: list[Found]) -> list[Found]:
    """A name and its acronym or long form in parentheses, one body: "la Caisse d'allocations
    familiales (CAF) de l'Aude" is the CAF of the Aude, "la Mutualité sociale agricole (MSA) Grand
    Sud" a caisse of the MSA (not the national caisse besides), "la CAF (Caisse d'allocations
    familiales)" one CAF. The acronym's find says which body."""
    merged: list[Found] = []
    for cand in found:
        before = merged[-1] if merged else None
        if _inside_its_expansion(text, words, before, cand):
            continue  # "l'ADMR de la Meuse (Aide à Domicile en Milieu Rural)": no "Domicile en Milieu Rural"
        if before is not None and _its_numbered_acronym(text, words, before, cand):
            # "APES 80", no APES of the Hauts-de-France; named so unless the long name holds its place or
            # its level, the member's territory's ("la Fédération des œuvres laïques (FOL 53)" is a chapter's,
            # no body of every département; "l'Agence départementale … (ADIL 33)" the member's département's)
            short = text[words[cand.first].start: words[cand.first + 1].end]
            merged[-1] = replace(before, last=cand.first + 1) if departements_named(before.name) \
                or of_its_territory(before) else replace(before, last=cand.first + 1, name=short, slug=name_slug(short))
            continue
        if before is None or not _in_parentheses_after(text, words, before, cand) or not (
                cand.slug == before.slug or {cand.parent, cand.slug} & {before.parent, before.slug} - {None}
                and (cand.slug != before.parent or cand.category == "organisme-public")  # "X (réseau Cocagne)": X's
                # network, not X (see apposition); "la Banque des Territoires (Caisse des Dépôts)": one body
                or _spells_out(before.name, cand.name) or _spells_out(cand.name, before.name)
                or _spells_out(before.name + _tail(text, words, before, cand), words[cand.first].raw)
                or _its_acronym_first(words, before, cand)):
            # ("X (ADMR) de la Mayenne": a chapter)
            merged.append(cand)
            continue
        named = before if before.first == before.last or cand.slug == before.parent \
            or _its_acronym_first(words, before, cand) else cand  # the acronym, with what follows it, or the part
        # named before its whole
        last = next((j for j in range(cand.last, min(len(words), cand.last + 4))
                     if _CLOSING.match(text, words[j].end)), cand.last)  # (past "et Scic)")
        merged[-1] = replace(before, last=last, name=named.name, slug=named.slug, parent=named.parent,
                             local=named.local, confidence=named.confidence, category=named.category,
                             kind=named.kind or before.kind or cand.kind,
                             place=named.place or before.place or cand.place)  # ("(CCAS) de Villeurbanne": its commune)
    return [_placed_after_its_acronym(text, words, cand, merged[n + 1] if n + 1 < len(merged) else None)
            for n, cand in enumerate(merged)]


def _placed_after_its_acronym(text: str, words: Sequence[Token], cand: Found, after: Found | None) -> Found:
    """The find with the place that follows its acronym, when no finder knows the acronym: "la Fédération
    française du bâtiment (FFB) de l'Ain" is the Fédération of the Ain (it was the national one)."""
    acronym = cand.last + 1
    if acronym + 1 >= len(words) or cand.first == cand.last or not _OPENING_ALONE.fullmatch(
            text, words[cand.last].end, words[acronym].start) or not _spells_out(cand.name, words[acronym].raw) \
            or words[acronym + 1].key not in {"de", "du", "des", "d"}:
        return cand
    last = tail_after_parenthesis(text, words, acronym)  # (the reading of a chapter's "(CAF) de l'Aude")
    place = acronym + 2 + (acronym + 2 < len(words) and words[acronym + 2].key in {"la", "l"})
    if last is None or last < place or after is not None and after.first <= last \
            or not (area_named(text[words[place].start: words[last].end])
                    or communes_named(text[words[place].start: words[last].end])):
        return cand  # (the acronym or the place is a find of its own: merged above, or another body)
    name = f"{cand.name} {text[words[acronym + 1].start: words[last].end]}"
    return replace(cand, last=last, name=name, slug=name_slug(name))


def _inside_its_expansion(text: str, words: Sequence[Token], before: Found | None, cand: Found) -> bool:
    """Whether ``cand`` lies inside the parenthesis right after an acronym that it spells out: "VRAC (Vers
    un Réseau d'Achat en Commun)", "l'ADMR de la Mayenne (Aide à Domicile en Milieu Rural)" (the finds of
    its words are parts of the long form, no bodies), or that opens with the acronym's first letter, the
    find a later part of it: "l'AGUR (Agence d'urbanisme Flandre-Dunkerque)" (no "Flandre-Dunkerque")."""
    opening = text.rfind("(", max(0, words[cand.first].start - _EXPANSION_CHARS), words[cand.first].start)
    closing = text.find(")", words[cand.last].end, words[cand.last].end + _EXPANSION_CHARS)
    if opening < 0 or closing < 0 or ")" in text[opening: words[cand.first].start] \
            or "(" in text[opening + 1: closing] or "," in text[opening + 1: closing]:
        return False
    content = text[opening + 1: closing].strip()
    ahead = [w for w in words[max(0, cand.first - 12): cand.first] if w.end <= opening]
    right_before = ahead[-1].raw if ahead and not text[ahead[-1].end: opening].strip() else ""
    if before is not None and not text[words[before.last].end: opening].strip():
        acronym = next((w.raw for w in words[before.first: before.last + 1] if len(w.raw) > 1 and w.raw.isupper()),
                       right_before)
    else:
        acronym = right_before
    return len(acronym) >= 3 and acronym.isupper() and (initials_hold(acronym, tokens(content)) or (
        content[:1] == acronym[0] and words[cand.first].start > opening + 1 + len(content.split()[0])))


_EXPANSION_CHARS = 40  # from the end of a find to the parenthesis that closes its long form


def _its_numbered_acronym(text: str, words: Sequence[Token], before: Found, cand: Found) -> bool:
    """Whether ``cand`` is an acronym and a département's number in the parenthesis right after the
    long name ``before``, which it abbreviates: "l'Union départementale des associations familiales des
    Landes (UDAF 40)", "l'association Agir pour l'Environnement et la Solidarité (APES 80)" (not the
    APES of the curated list, another body)."""
    number = cand.first + 1  # (in the find or after it: "UDAF 40", "APES" then "80")
    if before.first == before.last or cand.last > number or number >= len(words) \
            or not _NUMBER.fullmatch(words[number].raw) or not _CLOSING.match(text, words[number].end) \
            or not _OPENING_ALONE.fullmatch(text, words[before.last].end, words[cand.first].start):
        return False
    acronym = words[cand.first].raw.lower()
    initials = iter(w.key[:1] for w in tokens(before.name) if w.key not in SMALL_WORDS)  # (its place may follow)
    return words[cand.first].raw.isupper() and len(acronym) >= 3 and next(initials, "") == acronym[0] \
        and all(letter in initials for letter in acronym[1:])


_NUMBER = re.compile(r"\d{2,3}|2[AB]")
_OPENING_ALONE = re.compile(r"\s*\(\s*")


def _its_acronym_first(words: Sequence[Token], before: Found, cand: Found) -> bool:
    """Whether the name before the parenthesis opens with the acronym that the parenthesis spells out,
    its area after it: "l'UDES Bretagne (Union des employeurs de l'économie sociale et solidaire)",
    "l'URSCOP Pays de la Loire (Union régionale des Scop et Scic)": the chapter, one body."""
    acronym = words[before.first].raw
    if before.first == before.last or not acronym.isupper():
        return False
    known = reference().chapters.match_at(words, before.first)  # (a network's acronym: "URSCOP")
    return _spells_out(cand.name, acronym) or known is not None and known.last == before.first \
        and known.payload.slug in {cand.slug, cand.parent}


def _spells_out(long: str, acronym: str) -> bool:
    """Whether the capitals of ``long`` end ``acronym``: "(Association) Territoires et Innovation
    Sociale" and "ATIS" (the kind word before a name is no part of the name found; "(Association)
    Jeunesse et Réinsertion" and "AJR": all its letters but the kind's), or the initials
    of its words hold the acronym's letters: "Aide à domicile en milieu rural" (ADMR)."""
    initials = "".join(word[0] for word in re.split(r"[\s'’-]+", long) if word and word[0].isupper())
    return acronym.isupper() and (len(initials) >= 3 and acronym.endswith(initials)
                                  or len(initials) == len(acronym) - 1 >= 2 and acronym.endswith(initials)
                                  or len(acronym) >= 3 and initials_hold(acronym, tokens(long)))


def _in_parentheses_after(text: str, words: Sequence[Token], before: Found, cand: Found) -> bool:
    """Whether ``cand`` is all that a parenthesis right after ``before`` holds, but a kind word."""
    gap = text[words[before.last].end: words[cand.first].start]
    gap = gap[len(_tail(text, words, before, cand)):]  # (past the end of the long name its find left out)
    # (the acronym of a chapter may be followed by its territory: "(MSA) Grand Sud"; no copy of the
    # rest of a long text)
    return cand.first <= before.last + _TAIL_WORDS and bool(_OPENING.fullmatch(gap)) and (any(
        _CLOSING.match(text, words[k].end) is not None for k in {cand.first, cand.last})
        or _its_acronym_first(words, before, cand) and _ONE_MORE_WORD.match(text, words[cand.last].end) is not None)


_TAIL_WORDS = 8  # between a find and its acronym: the tail of its name ("pour l'Environnement") and "("


def _tail(text: str, words: Sequence[Token], before: Found, cand: Found) -> str:
    """The end of the long name ``before`` that its find left out, before its acronym ``cand``, when
    the acronym spells them: "Le Centre Permanent d'Initiatives pour l'Environnement (CPIE) …"."""
    tail = _A_NAME_S_TAIL.match(text, words[before.last].end, words[cand.first].start)
    return tail[0] if tail is not None and _spells_out(before.name + tail[0], words[cand.first].raw) else ""


# The end of a long name that a finder left out, before its acronym: " pour l'Environnement"
_A_NAME_S_TAIL = re.compile(r"\s+(?:pour|de|du|des|d['’]|à|et)\s*(?:l['’]|la\s|le\s|les\s)?\s*[A-ZÀ-Ý][\w'’-]*"
                            r"(?:\s+[\w'’-]+){0,3}?(?=\s*\()")


_OPENING = re.compile(r"\s*\(\s*(?:[^\W\d]+\s+)?")  # "(", "(Association "
_CLOSING = re.compile(r"\s*\)")
_ONE_MORE_WORD = re.compile(r"\s+(?:et|&)\s+(?:des\s+)?[\w'’-]+\s*\)")  # "(Union régionale des Scop et Scic)"
