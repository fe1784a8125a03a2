"""Line-level reading of a fiche document: clean lines, fold them for matching, recognise headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rtes_kg.parse.naming import clean, fold, without_invisible
from rtes_kg.parse.records import Source, Text
from rtes_kg.parse.sections import of_a_period, section_of, with_its_value

# Sections that a fiche states once (a second one means a new fiche has begun) and the free-text
# sections whose headings may legitimately reappear inside prose.
IDENTITY_SECTIONS = frozenset({"membership", "kind", "population", "address", "contact"})
PROSE_SECTIONS = frozenset({"panorama", "budget", "programme", "actions"})
# A section under a heading the parser does not know: kept whole, as text.
OTHER = "other"

# The longest paragraph of a real fiche is ~3,000 characters. Past this a line is cut (and its fiche
# not published): reading free text is near-linear, not linear, in a paragraph's length.
MAX_LINE_CHARS = 10_000

# A heading is a short line: longer lines that contain a keyword are body text.
MAX_HEADING_WORDS = 8

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]{1,200})\]\((?:https?:|mailto:|www\.|/|#)[^()\s]{0,500}\)")
# An autolink, a web address or an e-mail in angle brackets: "<mailto:x@y.fr>", "<https://…>".
_AUTOLINK = re.compile(r"<(?:mailto:)?((?:https?://|www\.)[^<>\s]{1,300}|[^<>\s@]{1,100}@[^<>\s@]{1,100})>")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_ITALIC_LINE = re.compile(r"^([*_])(?=[^\s*_])([^*_]{1,300})(?<=[^\s*_])\1$")  # "*Dernière mise à jour : …*"
_MARKDOWN_BOLD = re.compile(r"(?<![*_\w])(?:\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)(?:\*\*|__)(?![*_\w])")

# Top-level markers of a list item. "-" and "*" need a following space so that "-5 %" stays text.
# "o" is Word's second-level bullet; arrows, check marks and diamonds are pasted from web pages.
# Word and PDF exports write Symbol and Wingdings bullets in the private use area ("\uf0b7"); an
# emoji ("👉") opens a line as a bullet does.
BULLET = re.compile(r"^(?:([•◦▪▫●○■□►▸‣⁃➢➤✓✔·✅☑→➔➜➙▶⇒◆◇♦❖★☆⮚\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0e0➡"
                    r"\U0001F300-\U0001FAFF]\ufe0f?)\s*|([*\-–—o])\s+)")
# An amount anywhere on a line: such a line states something, it does not head a section.
_AMOUNT = re.compile(r"\d\s*(?:[mk]\s*)?(?:€|euros?\b)|\d\s*(?:millions?|milliards?|mille)\s+d['’]?\s*euros",
                     re.IGNORECASE)
URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: its 1-based number, cleaned text, indentation width and folded key."""

    no: int
    text: str
    indent: int
    key: str
    cut: bool = False  # longer than MAX_LINE_CHARS: only its start is read

    @property
    def bullet(self) -> str | None:
        """The bullet symbol that opens the line, or None."""
        match = BULLET.match(self.text)
        return (match.group(1) or match.group(2)) if match else None

    @property
    def unbulleted(self) -> str:
        return BULLET.sub("", self.text, count=1)

    @property
    def is_url(self) -> bool:
        return bool(URL_ONLY.match(self.text))



# A line drawn between two fiches or two parts ("* * *", "***", "==========", "___"): a blank line.
_RULE = re.compile(r"^[*=_~#•·+\-–—\s]{3,}$")
_QUOTED = re.compile(r"[ \t]*>+[ \t]?")  # an e-mail's quotation marks: "> Adresse", ">> 46000 Cahors"


def _tabbed_heading(raw: str) -> str:
    """ "Adresse<tab>12 Grande Rue", "Contact public<tab>Marc Lenoir, maire": a heading, its value
    after a tab as after ":" (a tab becomes a space in a line's text, and the value would be lost)."""
    head, tab, rest = raw.strip().partition("\t")
    value = rest.strip(" \t:")
    if not tab or not value or ":" in head or len(head.split()) > MAX_HEADING_WORDS or section_of(fold(head)) is None:
        return raw
    return f"{raw[: len(raw) - len(raw.lstrip())]}{head} : {value}"


def read_lines(text: str) -> list[Line]:
    """The non-blank lines of a document. Line numbers count CRLF, CR and LF as one break each.
    Markdown's marks of headings, bold, links and a line in italics ("## Adresse", "**Contact public**",
    "[Marie Dubouloz](mailto:…)": the link's text only,
    "*Dernière mise à jour : 19/10/2023*") are not text, nor the "> " of an e-mail that quotes
    the fiche (when most lines open with one)."""
    lines = []
    raws = _LINE_BREAK.split(text)
    quoted = [bool(_QUOTED.match(raw)) for raw in raws if raw.strip()]
    unquote = len(quoted) >= 3 and sum(quoted) * 2 > len(quoted)  # a reply that quotes the fiche
    for number, raw in enumerate(raws, start=1):
        raw = _tabbed_heading(_QUOTED.sub("", raw, count=1) if unquote else raw)
        cleaned = _MARKDOWN_BOLD.sub(r"\1", _MARKDOWN_HEADING.sub("", _MARKDOWN_LINK.sub(r"\1", _AUTOLINK.sub(
            r"\1", clean(raw)))))
        cleaned = _MARKDOWN_ITALIC_LINE.sub(r"\2", cleaned)
        if not cleaned or _RULE.match(cleaned):
            continue
        stripped = without_invisible(raw)
        indent = len(stripped) - len(stripped.lstrip())
        cut = len(cleaned) > MAX_LINE_CHARS
        if cut:
            cleaned = cleaned[:MAX_LINE_CHARS]
        lines.append(Line(number, cleaned, indent, fold(cleaned), cut))
    return lines


@dataclass(frozen=True, slots=True)
class Heading:
    """A recognised section heading and the value written after it on the same line, if any."""

    section: str
    inline: str




# Headings of sections the parser has no field for, recognised by what they announce: the ESS of a
# place, partners, key figures, links… ("L’ESS en Martinique", "Nos partenaires", "Chiffres clés").
_OTHER_HEADING = re.compile(
    r"^(?:(?:l'ess|l'economie sociale et solidaire|economie sociale et solidaire) (?:en|dans|sur|a|au|aux)\b"
    r"|(?:nos|les|mes|ses|leurs|quelques|principaux|principales|autres) (?:\w+ )?(?:partenaires|chiffres|"
    r"contacts|liens|ressources|reseaux|dispositifs|outils|documents|publications|temps forts|"
    r"evenements|projets structurants|acteurs)\b"
    r"|(?:chiffres cles|partenaires|partenariats|liens utiles|en savoir plus|pour aller plus loin|"
    r"ressources|documents|publications|presentation|historique|gouvernance|temps forts|"
    r"evenements|actualites|perspectives)\b)")
_OTHER_HEADING_WORDS = 8


def _is_other_heading(line: Line) -> bool:
    """A heading the parser has no field for: a short line on its own, no amount or figure, that
    announces a section by its words."""
    text = line.text.rstrip(" :")
    return (len(text.split()) <= _OTHER_HEADING_WORDS and not re.search(r"\d|€", text)
            and not text.endswith((".", ";", ",")) and bool(_OTHER_HEADING.match(fold(text))))


def read_heading(line: Line) -> Heading | None:
    """The heading this line is, with its inline value ("Année d'adhésion au RTES: 2023")."""
    if line.bullet or line.is_url or _never_a_heading(line.text):
        return None  # "contact.ess@ville.fr", "Mentions légales | Plan du site | Contact"
    numbered = _NUMBERING.match(line.text)
    if numbered is not None:  # "2. Programme d'intervention…": a numbered heading, never a numbered action
        text = line.text[numbered.end():]
        heading = read_heading(replace(line, text=text, key=fold(text)))
        head = fold(text.partition(":")[0]).strip(" .")
        return heading if heading is not None and (_NUMBERED_OPENS.match(head) or _NUMBERED_IS.fullmatch(head)) \
            else None  # (only the section's own words: "2. Adresse des lieux de réemploi : …" is an action)
    head, colon, rest = line.text.partition(":")
    if not colon:
        head, colon, rest = _without_colon(line)
    key = fold(head) if colon else line.key
    if not key or len(key.split()) > MAX_HEADING_WORDS:
        return None
    section = section_of(key)
    if section is None:
        return Heading("other", "") if not rest.strip() and _is_other_heading(line) else None
    if section != "budget" and _AMOUNT.search(line.text):
        return None  # "Programme européen 2021-2027 : près de 200 000 €…" is a budget line
    if colon and not with_its_value(section, key, rest):
        return None  # "Enveloppe budgétaire : 20 000 €" under an action is its money, not the member's budget
    if section in ("programme", "actions", "panorama") and re.search(r"\d", head if colon else line.text) \
            and not of_a_period(section, head if colon else line.text):
        return None  # a named programme ("Programme « Impulsion 2030 »"), not the section
    inline = clean(rest) if colon else ""
    if section == "membership" and not colon and re.search(r"\d", key):
        inline = line.text  # "Adhésion au RTES en 2001": the year sits in the heading itself
    return Heading(section, inline)


_NUMBERING = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.)–-]\s+(?=\w)")
_NUMBERED_OPENS = re.compile(r"programme d'intervention|intervention dans|exemples? d'actions|actions soutenues|"
                             r"budget (?:dedie|consacre|ess|annuel|alloue)|moyens (?:dedies|consacres|financiers)|"
                             r"(?:annee |date )?d'adhesion|adhesion au rtes|type de (?:la )?collectivite")
_NUMBERED_IS = re.compile(r"nombre d'habitants(?: sur le territoire)?|population(?: legale| municipale| totale)?"
                          r"(?: (?:19|20)\d{2})?|adresse(?: postale)?|coordonnees|contacts?(?: public| technique)?|"
                          r"budget(?: (?:19|20)\d{2})?|programme")
_NEVER_IN_HEADING = re.compile(r"@|\||\bwww\.|\[at\]|\(at\)", re.IGNORECASE)
# An e-mail address, plain or hidden ("ess [at] ville [dot] fr"), linear on a hostile line (the lookbehind)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[({]at[\])}]\s?)[\w-]+"
                   r"(?:(?:\.|\s?[\[({](?:dot|point)[\])}]\s?)[\w-]+)+")
_DETAILS = re.compile(rf"{EMAIL.pattern}|\bwww\.\S+|"  # what may follow a contact or an address on its line
                      r"\b(?:t[ée]l[ée]phone|t[ée]l|e-?mail|courriel|m[ée]l|site(?: internet| web)?|fax)\b",
                      re.IGNORECASE)


def _never_a_heading(text: str) -> bool:
    """A line with an e-mail address or a web site is no heading ("contact.ess@ville.fr"), unless
    a contact or an address is written after its heading with its details ("Contact public : Élu
    référent : Paul Le Goff – paul.legoff@ville.fr"): the heading of what is left."""
    if not _NEVER_IN_HEADING.search(text):
        return False
    head, colon, rest = text.partition(":")
    if not colon or "|" in text or _NEVER_IN_HEADING.search(head) \
            or section_of(fold(head)) not in ("contact", "address"):
        return True
    return not re.search(r"[^\W\d_]{2}", _DETAILS.sub("", rest))
# A value written after its heading with a dash or a tab, or with nothing but a space, instead of
# ":" ("Type de collectivité – Commune", "Nombre d'habitants sur le territoire 26 440").
_SEPARATOR = re.compile(r"\s+[–—-]\s+|\t+")
_VALUE_AFTER = re.compile(r"^((?:type|nature) de (?:la )?collectivite|nombre d'habitants(?: sur le territoire)?|"
                          r"population(?: municipale| totale)?)\s+(?=\S)")


def _without_colon(line: Line) -> tuple[str, str, str]:
    """``line.text.partition(":")`` for a heading whose value follows another separator; the text,
    "", "" when there is none."""
    separator = _SEPARATOR.search(line.text)
    if separator is not None and section_of(fold(line.text[: separator.start()])) is not None:
        # "Type de collectivité – Commune", "Budget dédié à l'ESS – 60 000 € (2023)"
        return line.text[: separator.start()], ":", line.text[separator.end():]
    known = _VALUE_AFTER.match(line.key)
    if known is not None and (known.group(1).startswith(("type", "nature")) or re.match(r"\d", line.key[known.end():])):
        words = len(known.group(1).split())  # the heading's words, as written, then its value
        parts = line.text.split(None, words)
        if len(parts) > words:
            return " ".join(parts[:words]), ":", parts[words]
    return line.text, "", ""


_UPDATED = re.compile(r"^(?:(?:date de (?:la )?)?(?:derniere )?(?:mise a jour|mis a jour|maj|actualisee?|actualisation)"
                      r"|(?:date de (?:la )?)?derniere modification|date de (?:la )?modification|modifiee? le"
                      r"|fiche (?:mise a jour|actualisee|modifiee))\b")
_IN_PROGRESS = re.compile(r"\ben cours (?:de redaction|de construction|d'actualisation)\b")
_RTES_NAME = ("reseau des collectivites territoriales pour une economie solidaire",  # the site's header
              "reseau des collectivites territoriales pour une economie sociale et solidaire")


def is_update_marker(line: Line) -> bool:
    """ "Dernière mise à jour : 16/09/2025", "Mise à jour le 16 septembre 2025"."""
    return len(line.key.split()) <= 10 and bool(_UPDATED.match(line.key))


def is_bare_date(line: Line) -> bool:
    """ "12/09/2024", "2024-09-12", "12 septembre 2024" alone on a line."""
    return bool(_BARE_DATE.fullmatch(line.key))


_BARE_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)? [a-z]+ \d{4}")


def is_in_progress_marker(line: Line) -> bool:
    return len(line.key.split()) <= 8 and bool(_IN_PROGRESS.search(line.key))


def is_rtes_header(line: Line, at_start: bool) -> bool:
    """The line naming the RTES itself, which heads the published document and is not a fiche.

    The bare acronym only counts before the first fiche, where it cannot be a contact's title.
    """
    if re.match(r"rtes\s*[-–,:]\s*\d", line.key):
        return True  # the network's own address in a page's footer: "RTES - 1 place Saint-Pierre, Lille"
    key = line.key.replace("(rtes)", "").replace("rtes -", "").strip()
    return key.startswith(_RTES_NAME) or (at_start and key == "rtes")


# A heading of links to other pages ("Voir aussi", "Les autres membres"): the short lines after it are links.
RELATED = (r"(?:voir aussi|a (?:lire|voir|decouvrir) aussi|sur le meme sujet|(?:les )?autres membres|"
           r"dans la meme region|dans la meme rubrique|pour aller plus loin)$")
# A newsletter's parts after a fiche's contacts (before a fiche, its title may follow them).
AFTER_CONTACTS = r"(?:ressources|agenda|actualites|evenements|a la une)$"
# An e-mail's end: "Cordialement," then a signature and a disclaimer, none of them the fiche's.
SIGNATURE = (r"(?:(?:(?:bien |tres )?cordialement|bien a vous|(?:sinceres |meilleures )?salutations|"
             r"(?:best|kind) regards)\b|--$)")  # "-- ": the line that opens a signature
# The links of a web page around a fiche, kept by a copy of the page ("Retour à la liste des
# membres", "Accueil > Les membres > Ville de X", "Partager", "Imprimer"): whole lines only.
_NAVIGATION = re.compile(
    r"(?:(?:retour|revenir) (?:a la liste|aux membres|a l'accueil|a la carte|a la page|en haut|"
    r"vers la liste)|haut de (?:la )?page$|"
    r"(?:partager|imprimer)(?: (?:cette|la) (?:page|fiche))?(?: sur \w+)?$|partager sur\b|"
    r"(?:voir|afficher) (?:tou(?:te)?s les|la liste|la carte)\b|"
    r"(?:(?:voir|aller a) )?(?:la |le )?(?:fiche|membre|page) (?:precedente?|suivante?)(?: ?:.*)?$|"
    # a site's footer: "© RTES 2025 – Tous droits réservés", "Site réalisé par …", "Cet article vous a plu ?"
    r"(?:tous )?droits reserves$|(?:site )?(?:realise|concu|developpe|propulse|heberge) par\b|"
    r"cet article vous a plu\b|partagez-le\b|"
    r"mentions legales$|plan du site$|suivez-nous\b|copyright\b|newsletter$|lettre d'information$|"
    r"aller au contenu\b|(?:ouvrir le |fermer le )?menu$|rechercher$|recherche$|se connecter$|connexion$|"
    r"mon compte$|accessibilite\b|(?:gestion des )?cookies$|fermer$|adherer$|"
    r"voir sur (?:la )?carte$|envoyer (?:par|a un ami par) (?:e-?mail|mail|courriel)$|"
    r"partager\s*:?(?: (?:sur )?(?:facebook|twitter|linkedin|instagram|mastodon|x|e-?mail|mail)\b,?)+$|"
    r"(?:(?:facebook|twitter|linkedin|instagram|youtube|mastodon|x)\b ?)+$|"
    r"telecharger (?:la|cette) (?:fiche|page)\b|(?:nous contacter|contactez-nous|en savoir plus|"
    r"pour en savoir plus|s'inscrire|je m'inscris|j'accepte|tout accepter|tout refuser|refuser|accepter)$|"
    r"inscrivez-vous\b|abonnez-vous\b|votre (?:adresse )?(?:e-?mail|courriel|adresse electronique)$|"
    r"parametr\w* (?:les )?cookies\b|(?:consultez|visitez|voir) (?:le|son) site\b|"
    # the RTES site's menu: "Le RTES", "Agenda", "Publications", "Tweeter"
    r"(?:accueil|le rtes|agenda|publications|actualites|ressources|(?:les|nos) membres|annuaire|tweeter)$|"
    # a page's widgets: a map's buttons and credits, "Lire la suite" under a text cut short
    r"itineraire$|leaflet\b|openstreetmap\b|(?:lire|voir|afficher) (?:la suite|plus|moins)$|reduire$|"
    r"\[cid:|" + RELATED + "|" + SIGNATURE + ")")
# Whatever its length: a cookie banner.
_BANNER = re.compile(r"(?:ce site|notre site|nous) utilis\w* des cookies|en poursuivant (?:votre )?navigation")
# "Accueil > Les membres > …", "Vous êtes ici : Accueil › Membres › …", however long (on the text:
# the key has no "›").
_BREADCRUMB = re.compile(r"\s*(?:vous [êe]tes ici\s*:?\s*)?accueil\s*[>›»/|]", re.IGNORECASE)


def breadcrumb_end(line: Line) -> str | None:
    """What a breadcrumb ends with, the page's own name: "Accueil > Les membres > Ville de X"."""
    if not _BREADCRUMB.match(line.text):
        return None
    return re.split(r"\s*[>›»/|]\s*", line.text)[-1].strip() or None


def page_titles(lines: list[Line], links: list[bool]) -> set[int]:
    """The lines a web page's breadcrumb names ("Accueil > Les membres > Ville de X", then "Ville
    de X", maybe past a pager's links: ``links``): each is the title of a fiche, whatever the
    page's menu around it looks like."""
    titles = set()
    for index, line in enumerate(lines[:-1]):
        crumb = breadcrumb_end(line)
        if crumb is None:
            continue
        after = next((k for k in range(index + 1, len(lines)) if not links[k]), None)
        if after is not None and fold(lines[after].text) == fold(crumb):
            titles.add(after)
    return titles


def is_navigation(line: Line) -> bool:
    """A link of the web page the fiche was copied from, not part of the fiche; "Mentions légales |
    Plan du site": links side by side."""
    if _BREADCRUMB.match(line.text) or _BANNER.search(line.key) or _PAGE_FURNITURE.fullmatch(line.key) \
            or _RUNNING_HEADER.fullmatch(line.key) and _PAGE_NUMBER.search(line.text):
        return True
    if len(line.key.split()) > 12:
        return False
    if _PAGER.search(line.text) or line.text.strip() in {"+", "−"}:  # or the zoom buttons of a map
        return True  # "‹ Ville de Saint-Denis", "Ville de Saint-Herblain ›": the members before and after
    pieces = re.split(r"\s[|–·]\s|\|", line.text)  # "Mentions légales | Plan du site", "… – Plan du site"
    parts = [(fold(part), part.strip()) for part in pieces if part.strip()] if len(pieces) > 1 \
        else [(line.key, line.text.strip())]
    links = [len(key.split()) <= 8 and (bool(_NAVIGATION.match(key)) or raw.startswith("©")) for key, raw in parts]
    menu = len(parts) > 1 and any(links)  # beside a link of the page, "Contact" or "Accueil" is one too
    return bool(parts) and all(link or (menu and key in _MENU_WORDS) for link, (key, _) in zip(links, parts))


# A pager's link to the page before or after: an arrow at one end (not a guillemet, which opens or
# ends a quotation wrapped over lines).
_PAGER = re.compile(r"^\s*[‹←⟵◄]|[›→⟶►]\s*$")
# What a PDF export repeats on every page: "1 / 2", "Page 2 sur 3", "- 4 -", "Ville de X – Fiche RTES";
# a count of fiches between them ("Fiche 2/3").
# A browser's print: "16/09/2025 10:42   Ville de X | RTES" above, "https://www.rtes.fr/x   1/2" below.
_PAGE_FURNITURE = re.compile(r"(?:page\s*|fiche\s*(?:n°\s*)?)?\d{1,3}\s*(?:/|sur)\s*\d{1,3}"
                             r"(?:\s+\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2})?|"
                             r"[-–—]\s*\d{1,3}\s*[-–—]|.{1,80}\s[-–—|]\s*fiche (?:membre )?(?:du )?rtes|"
                             r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s.{0,100}|.{1,100}\s\|\s*rtes|"
                             r"https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}")
# A PDF's running header, its page number pushed to the right: "RTES – Fiches membres 2025      13".
_RUNNING_HEADER = re.compile(r".{0,60}\b(?:rtes|fiches? (?:membres?|adherents?))\b.{0,60}\s\d{1,3}")
_PAGE_NUMBER = re.compile(r"(?:\s{3,}|\t|\s[-–—|]\s*)\d{1,3}\s*$|fiches? membres?\b.{0,40}\s\d{1,3}\s*$", re.I)
_MENU_WORDS = frozenset({"contact", "contacts", "nous contacter", "contactez-nous", "accueil", "agenda",
                         "actualites", "presse", "faq", "credits", "rss", "le reseau", "nos membres"})


_HEADER_WORDS = frozenset({"fonction", "fonctions", "nom", "noms", "prenom", "telephone", "tel", "tel.",
                           "courriel", "email", "e-mail", "mail", "poste", "role", "qualite", "titre"})


def table_header(lines: list[Line], index: int) -> bool:
    """Whether the line is the header row of a table of contacts copied as text ("Fonction Nom
    Courriel Téléphone", or "Fonction", "Nom", "Téléphone" one per line): no contact."""
    def header(k: int) -> bool:
        words = lines[k].key.replace(":", " ").split() if 0 <= k < len(lines) else []
        return bool(words) and all(word in _HEADER_WORDS for word in words)

    words = lines[index].key.split()
    return header(index) and (len(words) >= 2 or header(index - 1) or header(index + 1))


def opens_related_links(line: Line, after_contacts: bool) -> bool:
    """ "Voir aussi", "Les autres membres", and after a fiche's contacts "Agenda", "Ressources":
    the short lines after it name other pages."""
    return bool(re.match(RELATED, line.key)) or after_contacts and bool(re.match(AFTER_CONTACTS, line.key))


def opens_signature(line: Line) -> bool:
    """ "Cordialement,": the lines after it, up to the next heading or title, sign an e-mail."""
    return len(line.key.split()) <= 4 and bool(re.match(SIGNATURE, line.key))


def section_text(lines: list[Line]) -> str:
    """A section as one text: its lines joined with newlines, every bullet written "• ".

    Bullets are unified and indentation dropped so that the text does not depend on how the
    fiche was laid out (tabs, "-" or "•"), only on what it says.
    """
    return "\n".join(f"• {line.unbulleted}" if line.bullet else line.text for line in lines)


def section_value(lines: list[Line], file: str) -> Text | None:
    """A prose section's value: its text, where it starts and the lines it spans."""
    return Text(section_text(lines), Source(file, lines[0].no), tuple(line.no for line in lines)) if lines else None
