"""What a web page, a print or a PDF adds around the fiches: its links, headers and footers, the RTES's
own name, an e-mail's signature, a table's header row. None of it is a fiche's text."""

from __future__ import annotations

import re

from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold

_RTES_NAME = ("reseau des collectivites territoriales pour une economie solidaire",  # the site's header
              "reseau des collectivites territoriales pour une economie sociale et solidaire")


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
    # the RTES site's menu: "Le RTES", "Agenda", "Publications", "Tweeter", "Nos adhérents" (not "Le réseau"
    # nor "Nos actions", which may be a fiche's words: between two links, entries of their menu, a_menu_entry)
    r"(?:accueil|le rtes|agenda|publications|actualites|ressources|(?:les|nos) (?:membres|adherents)|annuaire|"
    r"tweeter|espace (?:adherents?|membres?))$|"
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
    after: int | None = None  # the first line past ``index`` that is no link: one walk back, not one per crumb
    for index in range(len(lines) - 2, -1, -1):
        if not links[index + 1]:
            after = index + 1
        crumb = breadcrumb_end(lines[index])
        if crumb is not None and after is not None and fold(lines[after].text) == fold(crumb):
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


_MENU_ENTRY_WORDS = 4


def _short_entry(line: Line) -> bool:
    text = line.text.strip()
    return len(text.split()) <= _MENU_ENTRY_WORDS and not re.search(r"\d|[:.;!?]$", text)


def a_menu_entry(lines: list[Line], links: list[bool], index: int) -> bool:
    """A short line among a page's menu links, above the page's breadcrumb ("Le RTES", "Le réseau",
    "Nos membres"): with only short lines between it and a link above and one below, an entry of
    that menu too, whatever its words; never the fiche's text (``links``: which lines are links)."""
    if not _short_entry(lines[index]):
        return False
    ends = []
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and abs(at - index) <= _MENU_REACH and not links[at] and _short_entry(lines[at]):
            at += step  # (a menu's entries between two of its links are a few dozen at most)
        ends.append(0 <= at < len(lines) and links[at])
    return all(ends)


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


def page_links(lines: list[Line], markers: list[bool]) -> list[bool]:
    """Which lines are links of the web page copied around the fiches, or a table's header row
    (``markers``: which lines are a fiche's date or status)."""
    first_date = next((index for index, marker in enumerate(markers) if marker), 0)
    links = [is_navigation(line) or table_header(lines, index) for index, line in enumerate(lines)]
    if first_date >= 2 and lines[first_date - 2].key in {"contact", "contacts"}:
        # "Contact", "Ville de X", "Dernière mise à jour : …": the menu's link right above the first
        # fiche's title, not the fiche's heading "Contact", which its contacts follow
        links[first_date - 2] = True
    # above the first fiche's title, that its date follows, the entries of the page's menu that no
    # breadcrumb marks ("Le réseau" between "Aller au contenu" and "Nos adhérents"; a menu is at a
    # page's top: a few dozen lines at most, each read up and down, never all lines for each line)
    title = next((index for index in range(first_date - 1, -1, -1) if not links[index]), 0)
    for index in range(min(title, _MENU_REACH)):
        links[index] = links[index] or a_menu_entry(lines, links, index)
    return links


_MENU_REACH = 40


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
