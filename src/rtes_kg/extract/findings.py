"""What the free texts of a fiche name and state: organisations, figures, euro amounts.

The entry point of the stage: ``read_fiches`` parses a text and adds what its free texts name and
state; the work is done in ``organisations`` (organisations and their roles) and ``figures``
(quantities and amounts). See docs/extraction.md.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from rtes_kg.extract import places
from rtes_kg.extract.chapters import one_per_region
from rtes_kg.extract.collectivites import AREA_BRANDS, INTERCOMMUNAL_KINDS, collectivites, kind_label
from rtes_kg.extract.concepts import kind_concept, kind_in_name, scheme_labels
from rtes_kg.extract.curated import ReferenceEntry, reference
from rtes_kg.extract.described import other_bodies
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.home_areas import Home
from rtes_kg.extract.intercommunalities import intercommunalities_of, intercommunality_named
from rtes_kg.extract.known import KnownNames, announced_names, found_again
from rtes_kg.extract.lexicon import CONNECTORS, phrase_keys, tokens
from rtes_kg.extract.names import FROM_PATTERN, FROM_REFERENCE, Found
from rtes_kg.extract.organisations import COLLECTIVITE, find_organisations
from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.issues import issue
from rtes_kg.parse.naming import fold, normalise_label, slug, untitled_slug
from rtes_kg.parse.records import Fiche, OrgMention, Quantity, Source, StatedAmount, Text
from rtes_kg.vocab import SCHEME_KIND

__all__ = ["find_amounts", "find_organisations", "find_quantities", "read_fiches", "with_findings",
           "with_findings_or_issue"]


@dataclass(frozen=True)
class _Member:
    """What the organisations of a fiche's texts are read against: the member itself."""

    near: tuple[str, ...]  # the départements of its address (and REGION_WIDE for a région), to tell communes apart
    scope: str  # its slug: the IRI of a chapter named without a name of its own is made with it
    kind: str | None  # the code of its declared kind
    name_words: frozenset[str]
    commune: places.CommunePlace | None  # when the member is a commune
    region: str | None  # the INSEE code of the région of its address
    city: str | None = None  # the city of its seat an intercommunalité is named after ("Nantes Métropole")
    siren: str | None = None  # of the intercommunalité of the tables it is

    @property
    def home(self) -> Home:
        departement = self.near[0] if self.kind == "departement" and len(self.near) == 1 else None
        return Home(self.commune.code if self.commune else None, self.city, departement)


def _member(fiche: Fiche) -> _Member:
    name = fiche.name.text if fiche.name is not None else ""
    kind = kind_concept(fiche.kind.text) if fiche.kind is not None else kind_in_name(name) if name else None
    code = str(kind).rsplit("/", 1)[-1] if kind is not None else _KIND_OF_ITS_FIRST_WORD.get(fold(name).split(" ")[0])
    scope = slug(name) if name.strip() else untitled_slug(f"{fiche.source.file}:{fiche.source.line}")
    if not name.strip() and code is not None and fiche.programme is not None:
        name = _named_in_its_programme(fiche.programme.text, code)  # (read as the member's, never published)
    near = places.departements_of_post_code(fiche.address.post_code if fiche.address else None)
    if not name.strip() and code in {"region", "departement"}:
        name = _named_by_its_area(code, near)  # (its own name in its texts: "la Région Occitanie", no partner)
    commune = None
    if name and code == "commune":  # (stated, or its name's first word: "Ville de X")
        commune = places.commune(re.sub(r"^(?:ville|commune|mairie)\s+(?:de\s+|d['’]|du\s+)?", "", name,
                                        flags=re.IGNORECASE), near)
        if not near and commune is not None:  # no address: the commune its name gives is where it is
            near = (commune.departement,)
    if not near and name:  # no address: the département or région its name says ("Région Bretagne")
        near = places.departements_named(name)
    if code == "region":
        near = (*near, places.REGION_WIDE)  # a name's "de X" may be anywhere in a région's territory
    seat = places.commune(fiche.address.post_name, near) if code in INTERCOMMUNAL_KINDS and fiche.address \
        and fiche.address.post_name else None  # an intercommunalité's seat: the commune it is named after or in
    return _Member(near, scope, code, frozenset(normalise_label(name).split()), commune, places.region_of(near),
                   _city_of_its_name(name, seat), _its_siren(name, code, seat))


def _named_in_its_programme(text: str, code: str) -> str:
    """The name of the collectivité of the member's kind that opens its programme, in a fiche with no
    title: "La Communauté de communes du Clunisois (42 communes) inscrit l'ESS…" (so that the member
    is not its own partner); else ""."""
    opening = text[:_OPENING_CHARACTERS]
    found = [f for f in collectivites(opening, tokens(opening)) if f.kind == code and not f.weak]
    return found[0].name if found and len(opening[:found[0].context].split()) <= 1 else ""  # (its article only)


_OPENING_CHARACTERS = 200


def _named_by_its_area(code: str, near: tuple[str, ...]) -> str:
    """The name of the région or the département of a fiche with no title, by the départements of its
    address: "Région Occitanie" for an address at Montpellier; else ""."""
    if code == "region":
        region = places.region_of(near)
        return f"Région {places.area_name('region', region)}" if region else ""
    return f"Département {places.area_name('departement', near[0])}" if len(near) == 1 else ""


# A fiche that states no kind is still the member its name says, in its own texts: "La Ville de
# Saint-Brieuc soutient…" in the fiche of the Ville de Saint-Brieuc (it was another collectivité, a
# partner, and what it supported was lost); the kind published is the one stated, or none.
_KIND_OF_ITS_FIRST_WORD = {"ville": "commune", "commune": "commune", "mairie": "commune",
                           "departement": "departement", "region": "region"}


def _its_siren(name: str, kind: str | None, seat: places.CommunePlace | None) -> str | None:
    """The SIREN of the intercommunalité of the tables an intercommunal member is: one the commune of
    its seat is part of, whose name holds every word of the member's. The "Communauté
    d'agglomération du Grand Besançon" at Besançon is Grand Besançon Métropole, which its fiche may
    name."""
    if seat is None or kind is None:
        return None
    words = set(phrase_keys(name)) - set(phrase_keys(kind_label(kind))) - CONNECTORS
    return next((epci.siren for epci in intercommunalities_of(seat.code) if words <= epci.words),
                None) if words else None


def _city_of_its_name(name: str, seat: places.CommunePlace | None) -> str | None:
    """The commune of an intercommunalité's seat when its name says it: Nantes for Nantes Métropole
    at 44923 Nantes Cedex 9 ("la Ville" in its fiche is the Ville de Nantes); None for the CA du
    Pays de Saint-Omer at Longuenesse."""
    return seat.name if seat is not None and f" {places.place_key(seat.name)} " in f" {places.place_key(name)} " \
        else None


_ANY_KIND_WORDS = frozenset({"de", "du", "des", "d", "la", "l", "le", "les", "ville", "mairie", "conseil"})


@functools.cache
def _kind_words(kind: str | None) -> frozenset[str]:
    """The words of the labels of a kind of collectivité, and the short words of names (not a proper name's
    words: "Alsace" of the label "Collectivité européenne d'Alsace" is no kind word of the Agglomération of
    Mulhouse Alsace, whose fiche names the Collectivité as a partner)."""
    words = set(_ANY_KIND_WORDS)
    for code, label, _name in scheme_labels(SCHEME_KIND):
        if code == kind:
            first, *rest = re.split(r"[\s'’]+", label)
            words |= set(normalise_label(" ".join([first, *(w for w in rest if not w[:1].isupper())])).split())
    return frozenset(words)


def _own(mentions: tuple[OrgMention, ...], member: _Member) -> tuple[OrgMention, ...]:
    """Without the member itself under another name ("le syndicat mixte du Parc" in the fiche of the
    Parc naturel régional du Queyras); a chapter named without a name of its own is the one of the
    member's territory (``_local_chapter``)."""
    kept = []
    # "La Banque alimentaire de Rouen … ; la Banque alimentaire distribue…": the bare word points back
    named = {m.parent: m for m in mentions if m.parent and not m.slug.endswith("-" + member.scope)}
    for mention in mentions:
        if mention.parent in named and mention.slug.endswith("-" + member.scope) and mention.place is None:
            mention = replace(named[mention.parent], role=mention.role, source=mention.source)
        if _names_the_member(member, mention):
            continue
        if mention.parent and mention.slug.endswith("-" + member.scope) and mention.place is None:
            mention = _local_chapter(mention, member)
        elif mention.parent and mention.confidence != FROM_REFERENCE:
            mention = _listed_chapter(mention)
        kept.append(mention)
    return tuple(kept)


def _names_the_member(member: _Member, found: OrgMention | Found) -> bool:
    """Whether a collectivité found in the text is the member under its own name or another
    ("La Ville de Laval", "la Communauté d'agglomération" in the fiche of Laval Agglomération)."""
    if found.category != COLLECTIVITE:
        return False
    if member.siren is not None and found.kind in INTERCOMMUNAL_KINDS \
            and (named := intercommunality_named(found.name, found.kind)) is not None:
        return named.siren == member.siren  # "Grand Besançon Métropole" in its fiche under its former name
    words, kind_words = set(normalise_label(found.name).split()), _kind_words(found.kind)
    if words == member.name_words:
        return True  # its very name, whatever kind its fiche declares: "la Collectivité de Corse", a "Région"
    if found.kind == member.kind:
        if words - kind_words <= member.name_words:
            return True
    elif not words - kind_words and (words - _ANY_KIND_WORDS) & member.name_words:
        return True  # "la Métropole" alone in the fiche of the Métropole de Lyon, of another kind in law
        # (not "la CA" in a communauté de communes': a word of its kind, "communauté", is not written)
    elif {found.kind, member.kind} <= INTERCOMMUNAL_KINDS:
        # "Le Mans Métropole", a communauté urbaine in law, in its fiche that says "Métropole": the
        # same name, not another body (its own words all of the member's, and the member's all its)
        kind_words |= _kind_words(member.kind)
        return bool(words - kind_words) and words - kind_words == member.name_words - kind_words
    return found.kind == "region" and _is_region(member) and any(
        brand in found.name.split() and (code == member.region or words <= member.name_words)
        for brand, (code, words) in AREA_BRANDS.items())  # "la Région Sud" in the fiche of the Région PACA


def _is_region(member: _Member) -> bool:
    return member.kind == "region" or "region" in member.name_words


def _listed_chapter(mention: OrgMention) -> OrgMention:
    """A chapter named by its network's words and its région, "la Chambre régionale de
    l'économie sociale et solidaire Centre-Val de Loire", is the listed CRESS Centre-Val de Loire."""
    region = places.region_ending(mention.name)
    assert mention.parent is not None
    entry = reference().regional_chapter(mention.parent, region) if region else None
    return mention if entry is None else _as_listed(mention, entry)


def _as_listed(mention: OrgMention, entry: ReferenceEntry) -> OrgMention:
    """The mention, in its role, as the listed chapter ``entry`` of the curated list."""
    return replace(mention, name=entry.label, slug=entry.slug, category=entry.category, kind=entry.kind,
                   confidence=FROM_REFERENCE, parent=entry.parent)


def _local_chapter(mention: OrgMention, member: _Member) -> OrgMention:
    """ "La CRESS" in the fiche of a member in Hauts-de-France is the listed CRESS Hauts-de-France;
    "la CAF" or "la Banque Alimentaire" in a commune's fiche serve that commune (schema:areaServed).
    Where it is, the fiche does not say: the CAF of Roubaix is in Lille. The acronym of a network with
    one chapter per région names the région's chapter, listed or not: "l'URSCOP" in a fiche of Pays
    de la Loire is the URSCOP Pays de la Loire, no URSCOP of the commune."""
    assert mention.parent is not None
    entry = reference().regional_chapter(mention.parent, member.region) if member.region else None
    if entry is not None:
        return _as_listed(mention, entry)
    if member.region and mention.name.isupper() and one_per_region(mention.parent):
        name = f"{mention.name} {places.area_name('region', member.region)}"
        return replace(mention, name=name, slug=slug(name))
    if member.commune is None:
        return mention
    return replace(mention, place=member.commune.name, place_code=member.commune.code, place_served=True)


_Findings = tuple[tuple[OrgMention, ...], tuple[Quantity, ...], tuple[StatedAmount, ...]]


def _findings(text: Text, member: _Member, known: KnownNames | None = None, figures: bool = True) -> _Findings:
    """Organisations are read in the whole text (a role may be announced a line above); figures
    and amounts line by line, so that each points at its own line of the fiche (not without
    ``figures``: the budget's amounts are its lines already)."""
    found = _own(find_organisations(text.text, text.source, tokens(text.text), member.near, member.scope,
                                    functools.partial(_names_the_member, member), known, member.home), member)
    if not figures:
        return found, (), ()
    others = other_bodies(found)  # a partner's or a network's own size and budget are not the action's
    quantities: list[Quantity] = []
    amounts: list[StatedAmount] = []
    for line, source in _lines(text):
        quantities.extend(find_quantities(line, source, others=others))
        amounts.extend(find_amounts(line, source, others=others))
    return found, tuple(quantities[:MAX_STATED]), tuple(amounts[:MAX_STATED])


# Figures or amounts of one action (or section) published at most: a real one states a few; "1 € "
# ten thousand times would be ten thousand resources, each of seven triples.
MAX_STATED = 100


def _lines(text: Text) -> list[tuple[str, Source]]:
    lines = text.text.split("\n")
    if len(lines) != len(text.line_numbers):  # lines not known: the whole text at its first line
        return [(text.text, text.source)]
    return [(line, Source(text.source.file, number)) for line, number in zip(lines, text.line_numbers)]


def with_findings(fiche: Fiche) -> Fiche:
    """The fiche with what its actions, programme, panorama and other sections name and state,
    and the organisations its budget section names (its amounts are the budget lines already).

    Each text is read twice when the fiche's texts announced a name that another one writes bare
    (``known.py``): the first reading finds the names, the second those names again."""
    member = _member(fiche)
    action_texts = [Text(action.text, action.source, action.line_numbers) for action in fiche.actions]
    texts = [text for text in (fiche.programme, fiche.panorama, *fiche.other_sections) if text is not None]
    budget = [fiche.budget] if fiche.budget is not None else []  # (the organisations it names only)
    every = [*action_texts, *texts, *budget]
    with_figures = [True] * (len(action_texts) + len(texts)) + [False] * len(budget)
    itself = _as_a_mention(fiche, member)  # its initials name it: "la CUA finance…"
    initials = announced_names((), itself)
    findings = [_findings(text, member, initials, figures) for text, figures in zip(every, with_figures)]
    known = announced_names((mention for found, _, _ in findings for mention in found), itself,
                            [text.text for text in every])
    if known is not None:
        findings = [_again(text, member, known, first, figures)
                    for text, first, figures in zip(every, findings, with_figures)]
    findings = _one_chapter_of_its_commune(findings, member)
    of_actions, of_texts = findings[:len(action_texts)], findings[len(action_texts):]
    mentions: dict[tuple[str, str], OrgMention] = {}
    for found, _, _ in of_texts:  # the budget's included
        for mention in found:
            mentions.setdefault((mention.slug, mention.role), mention)
    return replace(
        fiche,
        actions=tuple(replace(action, mentions=named, quantities=quantities, amounts=amounts)
                      for action, (named, quantities, amounts) in zip(fiche.actions, of_actions)),
        mentions=tuple(mentions.values()),
        quantities=tuple(q for _, found, _ in of_texts for q in found),
        amounts=tuple(a for _, _, found in of_texts for a in found),
    )


def _one_chapter_of_its_commune(findings: list[_Findings], member: _Member) -> list[_Findings]:
    """A network's chapter named bare ("la Mission locale", serving the member's commune) is the one
    another text of the fiche names with that commune ("la Mission locale de Rennes" in the Ville de
    Rennes's fiche): one body, one IRI, the name it is given there."""
    if member.commune is None:
        return findings
    named: dict[str, dict[str, OrgMention]] = {}
    for found, _, _ in findings:
        for mention in found:
            if mention.parent and mention.place_code == member.commune.code and not mention.place_served:
                named.setdefault(mention.parent, {})[mention.slug] = mention
    chapters = {parent: next(iter(by_slug.values())) for parent, by_slug in named.items() if len(by_slug) == 1}
    if not chapters:
        return findings
    return [(tuple(replace(mention, name=chapters[mention.parent].name, slug=chapters[mention.parent].slug,
                           place_served=False)
                   if mention.parent in chapters and mention.place_served
                   and mention.slug.endswith("-" + member.scope) else mention
                   for mention in found), quantities, amounts)
            for found, quantities, amounts in findings]


def _as_a_mention(fiche: Fiche, member: _Member) -> OrgMention | None:
    """The member as the collectivité its texts may name, or None for a fiche with no title."""
    if fiche.name is None or not fiche.name.text.strip():
        return None
    return OrgMention(name=fiche.name.text, slug=member.scope, category=COLLECTIVITE, kind=member.kind,
                      role="partenaire", confidence=FROM_PATTERN, source=fiche.source)  # (its role unread:
    # a known name lends its identity only)


def _again(text: Text, member: _Member, known: KnownNames, first: _Findings, figures: bool) -> _Findings:
    """``text`` read again with the names its fiche announced, when it writes one it did not find."""
    if not known.may_be_in(text.text):
        return first
    named = {mention.slug for mention in first[0]} | {member.scope}  # (the member's initials: read the first time)
    if all(found.slug in named for found in found_again(text.text, tokens(text.text), known)):
        return first
    return _findings(text, member, known, figures)


def read_fiches(text: str, file: str) -> list[Fiche]:
    """The fiches of a text (``parse.document.parse_text``), each with its findings."""
    return [with_findings_or_issue(fiche) for fiche in parse_text(text, file)]


def with_findings_or_issue(fiche: Fiche) -> Fiche:
    """``with_findings``; a fiche whose extraction fails keeps an ``erreur-interne`` issue instead."""
    try:
        return with_findings(fiche)
    except Exception as error:  # noqa: BLE001 - an extractor bug must surface as an issue, not a crash
        found = issue("erreur-interne", fiche.source.file, fiche.source.line,
                      f"{type(error).__name__}: {error}")
        return replace(fiche, issues=(*fiche.issues, found))
