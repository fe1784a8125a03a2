"""Whether a file stops in the middle of a word, a figure or a name: a fiche cut off."""

from __future__ import annotations

import re

from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.wraps import OPEN_ENDINGS

_LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)['’]?$")
_WORDS = re.compile(r"[^\W\d_]{4,}")

# Short words that end a line in full ("… sur la mer", "… de l'ESS" written in lower case).
_SHORT_WORDS = frozenset("""
    ess rue eau vie art bio mer sud est ans etc ete lot feu air jeu fin loi bus axe lac mot bar job web pme tpe
    ile cle non oui nez sol gaz pas bon ami age tri don vin lin riz the ble mai hab env an km kg ha
""".split())
# The endings of whole words ("culture", "objectif", "animation", "logement", "locale"): a longer word written
# elsewhere that starts with such an end ("culturelles", "objectifs", "localement") does not make it a cut one.
_WHOLE_WORD_ENDING = re.compile(r"(?:ure|ion|ment|ique|aire|if|eur|ite|ance|ence|age|ale)$")

# Long words every fiche may end on, folded, each with the shorter words its start also writes
# ("région" and "régional", "social" and "sociale"): an end that is only the start of one of them,
# two letters short or more ("…l'économie solid", "…du développ"), is a word cut off, even when the
# fiche writes that word nowhere else.
_FICHE_WORDS = frozenset("""
    solidaire solidaires solidarite solidarites economie economies economique economiques sociale sociales social
    sociaux societe societes cooperative cooperatives cooperation cooperations cooperatif cooperatifs association
    associations associatif associatifs associative associatives accompagnement accompagnements accompagne
    accompagner developpement developpements developpe developper collectivite collectivites collectif collectifs
    collective collectives territoire territoires territorial territoriale territoriaux territoriales insertion
    insertions entreprise entreprises entrepreneuriat entrepreneurs entrepreneur structure structures communaute
    communautes communautaire communautaires agglomeration agglomerations metropole metropoles metropolitain
    metropolitaine departement departements departemental departementale departementaux region regions regional
    regionale regionaux regionales transition transitions environnement environnemental environnementale
    alimentation alimentaire alimentaires circulaire circulaires innovation innovations innovante innovantes
    mobilite mobilites partenaire partenaires partenariat partenariats financement financements subvention
    subventions investissement investissements fonctionnement emploi emplois employeur employeurs ressourcerie
    ressourceries recyclerie recycleries reemploi programme programmes dispositif dispositifs
""".split())
_SHORT_BY = 2  # letters the end lacks at least, of a fiche word: "solidaire" is no cut "solidaires"


def ends_mid_word(line: Line, text: str = "") -> bool:
    """Whether the last line of a file that ends without a line break stops in the middle of a word
    ("…, vice-président délégué à l'économie soc"): a short lower-case end that is no common word,
    a longer one that the file (``text``) writes only as the start of longer words ("Direction du
    développement écono", where "économique" is written elsewhere), or one that is only the start
    of a word of the fiches ("…de l'économie solid")."""
    last = _LAST_WORD.search(line.text)
    if last is None or last.end() != len(line.text) or not last.group(1).replace("-", "").isalpha() \
            or line.text[last.start() - 1: last.start()] in {".", "@", "/"}:  # "…@vendome.fr", "www.x.fr"
        return False  # (nor a unit with its exponent: "300 m²", "156 km²")
    if not last.group(1).islower():
        return not _A_CITY.search(line.text) and _inside_a_name(last.group(1), text.rstrip()[: -len(last.group(1))])
    end = fold(last.group(1))
    if len(end) <= 3:
        return end not in OPEN_ENDINGS | _SHORT_WORDS
    written = {fold(word) for word in set(_WORDS.findall(text.rstrip()[: -len(last.group(1))]))}
    if end in written or end in _FICHE_WORDS:
        return False
    return (not _WHOLE_WORD_ENDING.search(end) and any(word.startswith(end) for word in written)) \
        or _starts_a_longer_word(end, _FICHE_WORDS)


_NAME_WORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{3,}")
# A city after its postcode ends an address whole: "79100 Thouars" in a fiche that writes "Thouarsais".
_A_CITY = re.compile(r"(?<!\d)(?<!\d )\d{2} ?\d{3}\s+[A-ZÀ-Ý][^\d,;:()]{0,60}$")


def _inside_a_name(word: str, before: str) -> bool:
    """Whether a capitalised last word is only the start of a name's word written above ("…avec
    l'association Les Jardins de Cocag", where "Cocagne" is written): a name cut off."""
    end = word.rsplit("-", 1)[-1]
    if len(end) < 4 or not end[:1].isupper() or not end[1:].islower() \
            or fold(end) in {fold(whole) for whole in _WORDS.findall(before)}:  # "Pays" where "pays" is written
        return False
    names = set(_NAME_WORD.findall(before))
    return any(len(name) >= len(end) + _SHORT_BY and name.startswith(end) for name in names)


def _starts_a_longer_word(end: str, words: frozenset[str]) -> bool:
    """Whether ``end`` is the start of one of ``words``, ``_SHORT_BY`` letters short or more."""
    return any(len(word) >= len(end) + _SHORT_BY and word.startswith(end) for word in words)


# A line of the budget ends on an amount's unit or on words, never on a bare figure: "Budget ESS : 1 2"
# is an amount cut off ("1 2" and no "€"); a year ends a line in full ("… en 2023").
_BARE_FIGURE = re.compile(r"(?<![\w,.])\d{1,3}(?:[ \u00a0.,]\d{1,3})*$")
_YEAR_END = re.compile(r"(?:19|20)\d{2}$")
# The end of a sentence, or of what closes one: a full stop, a bracket, a quote.
_SENTENCE_END = re.compile(r"[.!?…)»\"”]$")
_SENTENCE_WORDS = 8  # a paragraph that tells, not a title ("Atelier vélo La Roue")


def cut_by_layout(section: str, body: list[Line]) -> bool:
    """Whether the last line of a fiche, the last of a file that ends without a line break, stops where
    a line of its section never stops, whatever its last word: a budget line on a bare figure ("1 2"),
    a paragraph of the actions (or the programme) without the full stop every other paragraph of
    the section ends with ("… avec le CCAS et la Mission loc")."""
    if not body:
        return False
    last = body[-1].text.rstrip()
    if section == "budget":
        return bool(_BARE_FIGURE.search(last)) and not _YEAR_END.search(last)
    if section == "contact":
        return _inside_a_post_word(last)
    if section not in ("actions", "programme", "panorama"):
        return False
    told = [line.unbulleted.rstrip() for line in body[:-1] if len(line.unbulleted.split()) >= _SENTENCE_WORDS]
    return len(last.split()) >= _SENTENCE_WORDS and last[-1:].isalpha() and bool(told) \
        and all(_SENTENCE_END.search(text) for text in told)


# The words of a contact's post, folded: a contact line that stops on the start of one of them, no
# word of its own ("Maire : Jean Roy, conseill"), stops inside it.
_POST_WORDS = frozenset("""
    conseiller conseillere municipal municipale municipaux communautaire departemental departementale regional
    regionale delegue deleguee adjoint adjointe president presidente vice-president vice-presidente charge chargee
    mission directeur directrice direction responsable service referent referente technicien technicienne
    coordinateur coordinatrice coordination animateur animatrice developpement economique economie sociale
    solidaire solidarite insertion emploi politique politiques attractivite innovation transition territoriale
    proximite commerce artisanat agriculture alimentation environnement jeunesse citoyennete associative
""".split())
# Whole words a post ends on that start a longer word of a post ("conseil" and "conseiller", "région"
# and "régional", "citoyenne" and "citoyenneté"): an end that is one of them is no cut.
_POST_WORDS_IN_FULL = frozenset("""
    conseil conseils region regions departement departements citoyen citoyens citoyenne citoyennes jeune jeunes
    artisan artisans direct commerces politiques services missions economies solidaires sociales
""".split())


def _inside_a_post_word(line: str) -> bool:
    last = _LAST_WORD.search(line)
    if last is None or last.end() != len(line) or not last.group(1).islower():
        return False
    end = fold(last.group(1))
    return end not in _POST_WORDS | _POST_WORDS_IN_FULL and _starts_a_longer_word(end, _POST_WORDS)


# A figure grouped by threes whose last group is shorter: "12 3", "1 312 5" ("12 345" cut off). No
# figure of a fiche is written so (a misgrouped figure inside a line is read as illegible instead).
_SHORT_LAST_GROUP = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*[ \u00a0]\d{1,2}$")
# A person's name that stops on a bare capital: "Maire : Jean R" (an initial is written "R.").
_BARE_INITIAL = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý]$")


def is_cut_name(person: str) -> bool:
    """Whether a person's name stops on a bare capital ("Jean-Luc B"): on a line cut off, no name."""
    return bool(_BARE_INITIAL.search(person))


def cut_before_a_break(section: str, body: list[Line]) -> bool:
    """Whether the last line of a fiche, the last of a file, stops where a complete line of its section
    never does, with or without a final line break (which says nothing of a cut), so only what no
    complete line ends on counts: a figure short of its last group ("Population : 12 3", "Budget ESS :
    1 312 5"), a contact on a name's bare capital ("Maire : Jean R"). (A post that stops on the start
    of a word, "…, conseill", is told only with no final break: tests/test_audit_round13.py holds that
    a final break says the file ends where it meant to.)"""
    if not body:
        return False
    last = body[-1].text.rstrip()
    if section in ("head", "population", "budget", "kind", "membership"):  # head: the lines under a title
        return bool(_SHORT_LAST_GROUP.search(last))
    return section == "contact" and bool(_BARE_INITIAL.search(last))
