"""Public contacts: "Role: Person, title", several on one line, titles on lines of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rtes_kg.parse.contact_details import DETAILS_LINE, PHONE, is_phone_line, without_addresses
from rtes_kg.parse.fields import ends_with_a_city, is_postal_line
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import EMAIL, Line
from rtes_kg.parse.naming import fold, one_gender
from rtes_kg.parse.records import Contact, ParseIssue, Source, Text
from rtes_kg.parse.sections import NAME_OF
from rtes_kg.parse.titles import opens_with_a_body_word

# Words that open a role ("Élu référent", "Service référent ESS", "Chargée de mission…"); a second
# role written on the same line as a first contact starts with one of them.
_ROLE_START = re.compile(
    r"(?:elue?s?|(?:vice-)?presidente?|chargee?|chef(?:fe)?|directeur|directrice|responsable|referente?s?|"
    r"adjointe?|conseill\w*|contact|technicien\w*|maire|deleguee?|coordinat\w*|animat\w*|service|interlocut\w*|"
    r"developpe\w*|assistante?|secretaire|titre|fonction|qualite|mandat)\b")  # ("conseiller", "coordinatrice")
# A "role" that is really the title of the contact before it ("David Marti Titre : président").
_TITLE_ROLE = re.compile(r"(?:titre|fonction|qualite|mandat|poste)s?$")
_MAX_ROLE_WORDS = 8
_CIVILITIES = r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Madame|Monsieur|Dr\.?)"
_CIVILITY = re.compile(rf"^{_CIVILITIES}\s+")
_A_CIVILITY_INSIDE = re.compile(rf"\s{_CIVILITIES}\s+(?=[A-ZÀ-Ý])")  # "Élue référente Mme Gaëlle Abily"
# Words that name an organisational unit rather than a person.
_UNIT_WORDS = {"mission", "service", "pole", "direction", "departement", "unite", "cellule", "agence",
               "maison", "bureau", "delegation", "mairie", "secretariat", "cabinet", "division",
               "accueil", "standard", "equipe"}
# Words of a mandate or a post: "Monsieur le Maire", "la Présidente" name a post, no person.
_TITLE_WORDS = {"maire", "president", "presidente", "vice-president", "vice-presidente", "adjoint", "adjointe",
                "directeur", "directrice", "conseiller", "conseillere", "delegue", "deleguee", "elu", "elue"}
_NAME_PARTICLES = {"de", "du", "d'", "le", "la", "van", "von", "da", "di", "del", "della", "ben",
                   "el", "dos", "das", "ter", "der", "den"}
_ELIDED_PARTICLE = re.compile(r"d['’][A-ZÀ-Ý]")  # "Anne d’Aubigny"
# A role written alone on its line, its holder on the next: "Élu référent", "Chargée de mission ESS".
_ROLE_LINE = re.compile(r"(?:elue?s?|service|president|presidente|vice-president\w*|chargee?|directeur|directrice|"
                        r"responsable|referente?|technicien\w*|conseill\w+|adjointe?|deleguee?|contact)\b")
_ADDRESS_LINE = re.compile(r"(?:adresse|siege|coordonnees)\b[^:]{0,20}:")  # "Adresse : 24 rue…, 29238 Brest"
_POST_WORDS = sorted(_TITLE_WORDS | _UNIT_WORDS - {"mairie", "departement"})
_POST_START = re.compile(r"(?:(?:monsieur|madame|m\.|mme) )?(?:" + "|".join(_POST_WORDS) + r")\b")
# A mandate in the network itself: "administrateur du RTES", "membre du bureau du RTES".
_RTES_MANDATE = re.compile(r"^(?:\w+ )?(?:administrat|membre|president|vice-president|tresorier|secretaire|"
                           r"co-?president|elue?)\w*\b.*\b(?:rtes|reseau des collectivites)\b")
# (?<!\s): a break is tried only where a run of spaces starts, never again inside it (linear).
_HOLDER_BREAK = re.compile(r"(?<!\s)(?:\s*[,;]\s*|\s+[–—/-]\s+|\s*\(\s*)")  # "Jean Dupont / Vice-président"
# Where a second person may begin on one line: "…, et Julien Morvan-Diallo, conseiller…",
# "…, conseillère municipale ; Mme Sarah Ben Ali, adjointe…", "…, adjointe / Hervé Lacombe, …".
_AND_PERSON = re.compile(r"(?<!\s)(?:\s*;\s*|\s+/\s+|(?:\s*[,;])?\s+et\s+)")


@dataclass
class _Draft:
    role: str
    line: int
    holder: str | None = None
    titles: list[str] = field(default_factory=list)
    mandates: list[Text] = field(default_factory=list)


def looks_like_person(name: str) -> bool:
    """"Lucien Da Ponte" is a person; "Mission Economie et Services aux entreprises" is not."""
    tokens = name.split()
    if not 1 <= len(tokens) <= 5 or re.search(r"[\d@/()]", name):
        return False
    if len(tokens) == 1 and len(name) > 1 and name.isupper():
        return False  # "(DEEF)", "SESSIS": an acronym of a service, nobody's name
    if fold(tokens[0]) in _UNIT_WORDS or opens_with_a_body_word(fold(name)):
        return False  # "Mission ESS", "Ville de Chenôve"
    lower = [token for token in tokens if not token[:1].isupper()
             and not (token is not tokens[0] and _ELIDED_PARTICLE.match(token))]
    return all(token.casefold() in _NAME_PARTICLES for token in lower) and tokens[-1] not in lower \
        and not _title_only(name)


def opens_with_a_unit_word(text: str) -> bool:
    """ "Service développement économique", "Mission ESS": a unit, nobody's name."""
    return bool(text.split()) and fold(text.split()[0]) in _UNIT_WORDS


def names_a_person(line: Line) -> bool:
    """ "Élue référente : Mme Anne Le Gall, vice-présidente": a role, then a person (among the lines of
    an address, a contact of its own; not "Tél. : 02 98…", "Service ESS : 3 rue…")."""
    role, colon, holder = line.unbulleted.partition(":")
    key = fold(role).strip()
    if not colon or not _ROLE_START.match(key) or len(key.split()) > _MAX_ROLE_WORDS or DETAILS_LINE.match(key + ":"):
        return False
    first = _HOLDER_BREAK.split(_CIVILITY.sub("", holder.strip()), maxsplit=1)[0]
    return looks_like_person(first)


def names_a_post(line: str) -> bool:
    """ "Madame la Directrice de l'économie": a post, no one named (never a fiche's title)."""
    return bool(_CIVILITY.match(line)) and _title_only(_CIVILITY.sub("", line))


def is_post_line(line: str) -> bool:
    """ "Adjoint au maire", "Vice-président en charge de l'ESS", "Direction de la solidarité": a
    post, a title or a service, which never opens a fiche."""
    key = fold(line)
    return bool(_ROLE_LINE.match(key) or _POST_START.match(key) or _OTHER_POST.match(key))


# More posts, which never open a fiche: "Chef de projet ESS", "Coordinatrice du PTCE"
_OTHER_POST = re.compile(r"(?:chef(?:fe)?|coordinat\w*|animat\w*|gestionnaire|assistante?|secretaire|developpeu\w*)\b")
# What names a role rather than a post: "Élu référent", "Contact technique"
_ROLE_LABEL = re.compile(r"\b(?:referente?s?|contacts?|interlocut\w*)\b|^elue?s?$")


def _title_of_the_one_above(lines: list[Line], index: int) -> bool:
    """Whether the post on line ``index`` is the title of the person above it, persons and their
    posts alternating: "Madame Claire Dubois / Adjointe à l'ESS / Monsieur Marc Leroy / Chef de
    projet ESS" (not "Jean Dupont / Chargée de mission ESS / Marie Curie": a role, then its holder)."""
    line = lines[index].unbulleted
    return index + 2 < len(lines) and is_post_line(line) and not _ROLE_LABEL.search(fold(line)) \
        and looks_like_person(_CIVILITY.sub("", lines[index + 1].unbulleted.strip())) \
        and is_post_line(lines[index + 2].unbulleted)


def is_role_line(line: str, following: str) -> bool:
    """A role alone on its line, without a colon ("Élu référent"), and its holder on the next line
    (``following``: "David Marti"); not a title under a person ("adjointe au maire")."""
    key = fold(line)
    return (":" not in line and len(key.split()) <= 8 and not re.search(r"\d", key) and bool(_ROLE_LINE.match(key))
            and not looks_like_person(line) and ":" not in following
            and looks_like_person(_CIVILITY.sub("", _HOLDER_BREAK.split(following.strip(), maxsplit=1)[0])))


def _service_role_line(line: str, following: str) -> bool:
    """ "Service référent" alone on its line, the service on the next: "Service développement économique"."""
    key, next_words = fold(line), fold(following).split()
    return ":" not in line and len(key.split()) <= 4 and key.startswith("service ") \
        and bool(next_words) and next_words[0] in _UNIT_WORDS


def _title_only(text: str) -> bool:
    """ "le Maire", "la Présidente", "l'adjointe à l'ESS": a post, not who holds it."""
    words = fold(text).replace("'", " ").split()
    while words and words[0] in {"le", "la", "l", "les"}:
        words = words[1:]
    return bool(words) and _title_word(words[0])  # "maire-adjointe" too


def _post_before_name(text: str) -> tuple[str, str] | None:
    """(post, person) of the formal "la Maire-adjointe Fatima Haddad", "le Conseiller municipal
    délégué Karim Saïdi" (after "Mme", "M."): the article, the post, then a capitalised name."""
    words = text.split()
    if len(words) < 4 or fold(words[0]) not in {"le", "la"} or not _title_only(text):
        return None
    for cut in range(2, len(words) - 1):
        name = words[cut:]
        if all(word[:1].isupper() for word in name) and not _title_word(fold(name[0])) \
                and looks_like_person(" ".join(name)):
            return " ".join(words[1:cut]), " ".join(name)
    return None


def _title_word(key: str) -> bool:
    """Whether a folded word names a post: "maire", "maire-adjointe" (not "presidente,": a comma
    ends the post, and a name may follow it: "la Vice-présidente, Mme Isabelle Ducos")."""
    return any(part in _TITLE_WORDS for part in key.split("-"))


def _split_roles(text: str) -> list[tuple[str, str]]:
    """"Role1: holder1 Role2 : holder2" → [(role1, holder1), (role2, holder2)].

    A colon only separates contacts when the words before it end with a short role that starts
    with a role word; otherwise it belongs to the holder's text.
    """
    segments = text.split(":")
    pairs: list[tuple[str, str]] = []
    role = segments[0].strip()
    held: list[str] = []  # the holder's segments so far: the colons between them did not separate
    for index, segment in enumerate(segments[1:], start=1):
        held.append(segment)
        if index == len(segments) - 1:
            pairs.append((role, ":".join(held).strip()))
            break
        # a role is the last few words before a colon: those of the last few segments will do (and
        # a line of a thousand colons is read in linear time, not each segment again at every colon)
        tokens = ":".join(held[-_MAX_ROLE_WORDS - 1:]).split()
        # after a ";" comes the next contact's role: "…, Adjointe au Maire ; Élu référent : …"
        floor = max((t + 1 for t, token in enumerate(tokens) if token.endswith(";")), default=1)
        cut = next((t for t in range(max(1, len(tokens) - _MAX_ROLE_WORDS, floor), len(tokens))
                    if tokens[t][:1].isupper() and _ROLE_START.match(fold(tokens[t]))), None)
        if cut is None:
            continue
        words = ":".join(held).split()
        pairs.append((role, " ".join(words[:len(words) - (len(tokens) - cut)]).rstrip(" ;/|")))  # "X / Role : Y"
        role = " ".join(tokens[cut:])
        held = []
    return pairs


def _clean_title(text: str) -> str | None:
    """A title as published: without the brackets its removed address left ("chargé de mission (p.henri@…
    / 06 …)" is "chargé de mission"), nor a bracket it does not open ("chargée de mission (ESS)" keeps its)."""
    title = _EMPTIED.sub("", text).strip().rstrip(".").strip()
    if title.endswith(")") and title.count("(") < title.count(")"):
        title = title[:-1].strip()
    title = title.rstrip(" ,;/–—-(").strip()
    return title if title and "@" not in title else None


_EMPTIED = re.compile(r"\(\s*[/,;:–—\s-]*(?:\)|$)")  # "( / )", "( /": what addresses taken out leave


def _segments(holder: str) -> list[tuple[int, int]]:
    """The (start, end) of each part of a holder's text between separators (", ", " – ", "(")."""
    bounds, start = [], 0
    for match in _HOLDER_BREAK.finditer(holder):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(holder)))
    return [(a, b) for a, b in bounds if holder[a:b].strip()]


def _read_holder(holder: str) -> tuple[str | None, str | None, str | None]:
    """(person, service, title) of "Mission ESS de la Direction X – Claire Dumas, cheffe de mission".

    The person is the first part shaped like a name; what comes before is the service that
    employs them, what comes after is their title. Without a person, a text opening with a unit
    word is a service whole (its name may hold commas), any other text a name then its title."""
    parts = _segments(holder)
    for start, end in parts:
        name = _CIVILITY.sub("", holder[start:end].strip())
        post = _post_before_name(name)
        if post is not None and start == parts[0][0]:  # "la Maire-adjointe Fatima Haddad"
            after = _clean_title(holder[end:].strip(" ,–—/-(")) if end < len(holder) else None
            return post[1], None, ", ".join(t for t in (post[0], after) if t)
        if looks_like_person(name):
            service = holder[:start].strip(" ,–—/-(") or None
            title = _clean_title(holder[end:].strip(" ,–—/-(")) if end < len(holder) else None
            if service is not None and _title_only(service):  # "Madame la Maire, Anne Vignot"
                service, title = None, ", ".join(t for t in (service, title) if t)
            if service is None and title and fold(title.split()[0]) in _UNIT_WORDS:
                service, title = title, None  # "Yannick Deshayes, Direction de l'économie"
            return name, service, title
    if fold(holder.split()[0]) in _UNIT_WORDS:
        return None, holder, None
    if _title_only(holder):
        return None, None, None  # "Monsieur le Maire": a post, no one named
    first_end = parts[0][1] if parts else len(holder)
    rest = holder[first_end:].strip(" ,–—/-(")
    return None, holder[:first_end].strip(), _clean_title(rest) if rest else None


_NAME_AHEAD = 120


def _holders(holder: str) -> list[str]:
    """One holder per person: "A, vice-présidente…, et B, conseiller…" names two."""
    pieces, start = [], 0
    for match in _AND_PERSON.finditer(holder):
        ahead = holder[match.end(): match.end() + _NAME_AHEAD]  # a name is short: linear on a long line
        following = _CIVILITY.sub("", _HOLDER_BREAK.split(ahead, maxsplit=1)[0].strip())
        if len(following.split()) >= 2 and looks_like_person(following):  # "et ESS" is no one
            pieces.append(holder[start:match.start()])
            start = match.end()
    pieces.append(holder[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _contacts(draft: _Draft, file: str) -> tuple[list[Contact], list[ParseIssue]]:
    titles = [t for t in draft.titles if t]
    holder = _CIVILITY.sub("", (draft.holder or "").strip().rstrip("."))
    holder = "" if _VACANT.fullmatch(fold(holder)) else holder  # "Élu référent : à désigner": nobody yet
    source = Source(file, draft.line)
    if not holder:
        return [Contact(draft.role, None, None, tuple(titles), source)], [
            issue("contact-incomplet", file, draft.line, draft.role)]
    contacts, issues = [], []
    texts = _holders(holder)
    read = [_read_holder(text) for text in texts]
    shared = None  # the next title said after, walking back: "Sophie Lardy et Bernard Pouillet, vice-présidents…"
    for index in range(len(read) - 1, -1, -1):
        person, service, title = read[index]
        if person and not title and shared is not None and _PLURAL_TITLE.match(fold(shared)):
            read[index] = (person, service, shared)  # a plural title is both persons'
        shared = title or shared
    for text, (person, service, title) in zip(texts, read):
        if title is not None:  # "…, conseiller régional, administrateur du RTES": a mandate in the network
            parts = re.split(r"\s*,\s*", title)
            mandates = [part for part in parts if _RTES_MANDATE.match(fold(part))]
            title = ", ".join(part for part in parts if part not in mandates) or None
            draft.mandates = [*draft.mandates, *(Text(mandate, source) for mandate in mandates)]
        if person is None and service is None:  # "Monsieur le Maire": not published, no one is named
            issues.append(issue("contact-sans-nom", file, draft.line, f"{draft.role} : {text}"))
            continue
        contacts.append(Contact(draft.role, person, service,
                                tuple(([title] if title else []) + titles), source,
                                tuple(draft.mandates) if person else ()))
    return contacts, issues


# A title said of several persons: "vice-présidents", "conseillères déléguées", "élus", "adjoints".
_PLURAL_TITLE = re.compile(r"(?:co[- ]?|vice[- ])?(?:president|conseill|adjoint|elu|delegue|maire|referent)\w*[sx]\b")


def another_person(line: str) -> bool:
    """A line that opens with someone's name, after a contact: the next holder of the same role
    ("Élus référents :" then one élu per line), not a title of the one before ("Adjointe à l'ESS")."""
    name = _CIVILITY.sub("", line).split(",")[0].strip()
    return looks_like_person(name) and (bool(_CIVILITY.match(line))
                                        or (len(name.split()) >= 2 and not is_post_line(name)))


# The header row of a table of contacts: "Fonction | Nom | Téléphone | Courriel".
_COLUMN_NAMES = frozenset({"fonction", "role", "qualite", "titre", "nom", "prenom", "nom et prenom", "prenom nom",
                           "telephone", "tel", "courriel", "e-mail", "email", "mail", "contact", "service"})


def _table_row(text: str) -> str:
    """A row of a table of contacts, cells split by " | ", as a line of a list: "Élu référent | Pierre
    Delmas, adjoint | 05 61…" is "Élu référent : Pierre Delmas, adjoint"; a header row is ""."""
    if " | " not in text:
        return text
    cells = [cell for cell in (part.strip() for part in text.split("|")) if cell and not is_phone_line(cell)]
    if all(fold(cell) in _COLUMN_NAMES for cell in cells):
        return ""
    if len(cells) > 1 and _ROLE_START.match(fold(cells[0])) and ":" not in cells[0]:
        return f"{cells[0]} : {', '.join(cells[1:])}"
    return ", ".join(cells)


_VACANT = re.compile(r"\(?(?:a designer|a definir|a venir|a nommer|a preciser|a confirmer|en cours(?: de \w+)?|"
                     r"(?:poste )?vacant|non (?:communique|renseigne|designe)e?|nc|n/?a|inconnue?|aucune?|neant|"
                     r"[-–—?]+)\)?")


def read_contacts(lines: list[Line], heading: str, file: str) -> tuple[tuple[Contact, ...], list[ParseIssue]]:
    """The contacts of a contact section; ``heading`` is the role of a contact written without one,
    when it names one ("Contact public", "Élue référente"; not "Qui contacter ?", "Nos coordonnées")."""
    heading = one_gender(NAME_OF.sub("", heading))  # "Nom de l'élu(e) référent(e)": the role "Élu référent"
    heading = heading[:1].upper() + heading[1:]
    if not _ROLE_START.match(fold(heading)):
        heading = "Contact public"
    drafts: list[_Draft] = []
    issues: list[ParseIssue] = []
    for index, line in enumerate(lines):
        if line.is_url or is_phone_line(line.text) or DETAILS_LINE.match(fold(line.unbulleted)):
            continue  # web sites, phone lines and labelled details are not published as contacts
        if is_postal_line(line.unbulleted) or _ADDRESS_LINE.match(fold(line.unbulleted)) \
                or ends_with_a_city(line.unbulleted):
            issues.append(issue("adresse-dans-les-contacts", file, line.no, line.text))
            continue  # "1 place Saint-Pierre", "59000 Lille": an address is no title of the contact above
        text = without_addresses(_table_row(one_gender(line.unbulleted)))
        if not text:
            continue  # an e-mail address alone, a table's header row
        if ":" not in text and (civility := _A_CIVILITY_INSIDE.search(text)) is not None \
                and _ROLE_START.match(fold(role := text[: civility.start()])) and not re.search(r"[–—,;()-]", role):
            text = f"{role} : {text[civility.start():].strip()}"  # "Élue référente Mme X", no colon between
        pairs = _split_roles(text) if ":" in text else []
        if len(pairs) == 1 and not pairs[0][1] and another_person(pairs[0][0]):
            text, pairs = pairs[0][0], []  # "M. Paul Durand, directeur : paul.durand@…": the person, their address
        if not pairs:
            lone = text.strip()
            if drafts and drafts[-1].holder is None:
                drafts[-1].holder = lone  # "Élu référent :" then the name on the next line
            elif names_a_post(lone):
                issues.append(issue("contact-sans-nom", file, line.no, lone))  # "Madame la Directrice de…"
            elif drafts and not drafts[-1].titles and _title_of_the_one_above(lines, index):
                drafts[-1].titles.append(_clean_title(lone) or "")  # "Madame X / Adjointe à l'ESS / Monsieur Y / …"
            elif index + 1 < len(lines) and (is_role_line(lone, lines[index + 1].unbulleted)
                                             or _service_role_line(lone, lines[index + 1].unbulleted)):
                drafts.append(_Draft(lone, line.no))  # "Élu référent", the name on the next line
            elif drafts and another_person(lone):
                drafts.append(_Draft(drafts[-1].role, line.no, lone))  # "M. Karim Benali, chef du bureau de l'ESS"
            elif drafts and _RTES_MANDATE.match(fold(lone)):
                drafts[-1].mandates.append(Text(lone.rstrip(" ."), Source(file, line.no)))  # "administrateur du RTES"
            elif drafts:
                drafts[-1].titles.append(_clean_title(lone) or "")
            else:
                drafts.append(_Draft(heading, line.no, lone))
            continue
        for role, holder in pairs:
            if _TITLE_ROLE.match(fold(role)):
                if drafts:
                    drafts[-1].titles.append(_clean_title(holder) or "")
                else:
                    issues.append(issue("ligne-ignoree", file, line.no, line.text))
                continue
            if not holder and (EMAIL.search(line.text) or PHONE.search(line.text)):
                if role and fold(role).split()[0] in _UNIT_WORDS:  # "Direction de l'économie (DEEF) : deef@…"
                    drafts.append(_Draft(heading, line.no, role))
                continue  # "Contact : ess@metropole.fr": an address with its label, no contact of its own
            drafts.append(_Draft(role or heading, line.no, holder or None))
    contacts = []
    for draft in drafts:
        found_contacts, found = _contacts(draft, file)
        contacts.extend(found_contacts)
        issues.extend(found)
    return tuple(contacts), issues
