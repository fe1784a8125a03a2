"""Which section a short heading names, by the meaning of its words rather than an exact wording
(docs/extraction.md, "Sections and layouts recognised")."""

from __future__ import annotations

import re
from typing import cast

from rtes_kg.parse.naming import fold


def _has(words: set[str], *prefixes: str) -> bool:
    return any(word.startswith(prefix) for word in words for prefix in prefixes)


def section_of(key: str) -> str | None:
    """Which section a short folded heading names, by meaning rather than exact wording."""
    # the same headings in every fiche of a file (a tenth of its parse): kept, and forgotten when many
    if (found := _SECTIONS.get(key, _UNKNOWN)) is _UNKNOWN:
        found = _section_of(key)
        if len(_SECTIONS) >= _SECTIONS_KEPT:
            _SECTIONS.clear()
        _SECTIONS[key] = found
    return cast(str | None, found)


_SECTIONS: dict[str, str | None] = {}
_SECTIONS_KEPT = 1 << 12
_UNKNOWN = object()


def _section_of(key: str) -> str | None:
    key = _INCLUSIVE_ENDING.sub("", key)  # "Référent(e)s technique(s)", "Élu.e.s"
    words = set(re.split(r"[\s'/-]+", key))
    if "panorama" in words or "chiffres cles" in key:
        return "panorama"
    if "budget" in words or "budgets" in words:
        # "Budget", "Budget 2023", "Budget prévisionnel 2024": a budget with nothing else said is the fiche's
        if re.fullmatch(r"(?:(?:le|notre|nos|les) )?budgets?(?: (?:previsionnel|primitif|vote|realise))?"
                        r"(?: (?:19|20)\d{2})?", key) \
                or _has(words, "ess", "consacr", "dedi", "annuel", "economie", "solidaire", "allou"):
            return "budget"
        return None
    if (_has(words, "moyens") and _has(words, "financ", "consacr", "dedi", "ess", "allou")) or (
            _has(words, "enveloppe") and _has(words, "ess", "consacr", "dedi", "annuel", "economie")):
        return "budget"  # "Moyens consacrés à l'ESS", "Enveloppe ESS"
    if _has(words, "credit", "montant", "enveloppe") and ("ess" in words or "budgetaire" in words):
        return "budget"  # "Crédits consacrés à l'ESS", "Montant dédié à l'ESS", "Enveloppe budgétaire"
    if "programme" in words or ("strategie" in words and ("ess" in words or "solidaire" in words)) \
            or _POLICY.fullmatch(key.strip(" .")):
        return "programme"  # (and "Stratégie", "Notre politique", "Orientations": the member's, alone)
    if re.match(r"(?:feuille de route|plan d'actions?|plan)\b", key) and _has(words, "ess", "economie", "solidaire"):
        return "programme"  # "Feuille de route ESS", "Plan d'actions ESS"
    if re.fullmatch(r"(?:(?:nos|quelques|principales|les) )?(?:actions|realisations)(?: (?:de la|du|de l'|des) \w+)?",
                    key):
        return "actions"  # "Nos actions", "Quelques actions", "Réalisations"
    if ("intervention" in words or "politique" in words) and _has(words, "ess", "champ", "economie"):
        return "programme"
    if _has(words, "action", "realisation", "projet", "initiative") and (
            _has(words, "exemple") or _has(words, "soutenu", "mene", "phare", "realise")
            or _has(words, "accompagnes", "accompagnees")):
        return "actions"
    if re.fullmatch(r"(?:(?:nos|les|quelques|principales) )?actions (?:en faveur|au service|dans le champ) "
                    r"(?:de l'ess|de l'economie sociale et solidaire)", key):
        return "actions"  # "Nos actions en faveur de l'ESS"
    if re.match(r"(annee |date )?(d'|de l')?(?:adhesion|entree (?:au|dans le) (?:rtes|reseau))\b|adhesion au rtes|"
                r"adherent|membre du rtes", key):
        return "membership"
    if "type de collectivite" in key or "type de structure" in key or key.strip(" .") == "collectivite" or re.match(
            r"(?:nature|type|statut juridique|statut de la collectivite|categorie de (?:la )?collectivite)\b", key):
        return "kind"
    if _OF_OTHERS.search(key):
        return None  # "Adresse des lieux de réemploi :", "Nombre d'habitants accompagnés :": an action's words
    undated = re.sub(r"\b(?:19|20)\d{2}\b", "", key)  # "Population municipale 2021", no figure
    if not re.search(r"\d", undated) and ("population" in words or _has(words, "habitant")):
        return "population"
    if _has(words, "adresse", "coordonnee") or key in ("siege", "siege social"):
        return "address"
    if _has(words, "contact", "interlocut", "referents", "referentes") or _A_REFERENT.fullmatch(key) \
            or _A_REFERENT.fullmatch(NAME_OF.sub("", key)) or _A_SERVICE.fullmatch(key):
        return "contact"
    return None


# A heading of the member's policy in a word or two, the ESS unsaid: what else would its fiche's be?
_POLICY = re.compile(r"(?:(?:la|notre|sa|nos|ses|les|une) )?(?:strategie|politique|orientations|priorites|ambitions|"
                     r"axes (?:strategiques|d'intervention|prioritaires)|engagements)"
                     r"(?: (?:generale|globale|locale|territoriale|regionale|departementale|communautaire|"
                     r"metropolitaine|de la collectivite|du territoire))?")

# "Élu référent", "Élu·e référent·e", "Référente ESS", "Référent technique": who to contact, one person
_A_REFERENT = re.compile(r"(?:(?:l'|le |la )?elue? )?referente?(?: (?:ess|technique|administratif|administrative|"
                         r"politique|elue?|de la collectivite))?")


# "Nom de l'élu référent", "Prénom et nom du référent": the referent's name (written or folded)
NAME_OF = re.compile(r"^(?:pr[ée]nom et )?nom(?: et pr[ée]nom)? (?:de l['’]|du |de la )", re.IGNORECASE)
# "Service référent", "Service en charge de l'ESS", "Service ESS" (not "Service :" alone: an action's words)
_A_SERVICE = re.compile(r"(?:le )?service (?:referent|ess|en charge(?: de l'ess)?|charge de l'ess|de l'ess)")

_YEAR = r"(?:19|20)\d{2}"
_PERIOD = re.compile(rf"\(?(?:\b(?:en|pour|sur|de) )?{_YEAR}(?:\s*[-–/à]\s*{_YEAR})?\)?")
_SPAN = re.compile(rf"\({_YEAR}|\b(?:en|pour|sur) {_YEAR}|{_YEAR}\s*[-–/à]\s*{_YEAR}")


def of_a_period(section: str, heading: str) -> bool:
    """A heading whose only figures are the period it covers: "Exemples d'actions 2023", "Programme
    d'intervention (2021-2026)"; not a named programme ("Programme « Impulsion 2030 »", "Programme
    Impulsion 2030"), which says no period."""
    if "«" in heading or '"' in heading:
        return False
    undated = _PERIOD.sub("", heading)
    if section == "programme" and not _SPAN.search(heading) and not dated_programme(fold(heading)):
        return False  # "Programme Impulsion 2030"; but "Programme d'intervention 2023" is the section's own
    return not re.search(r"\d", undated)


# The programme section's own words, which a year after them only dates: "Programme d'intervention 2023".
_PROGRAMME_OWN_WORDS = re.compile(r"\s*(?:programme d'(?:intervention|actions?)|intervention dans le champ"
                                  r"|politique (?:ess|de l'ess|en faveur de l'ess)|strategie (?:ess|de l'ess))\b")


def dated_programme(key: str) -> bool:
    """A programme heading in the section's own words, dated: "Programme d'intervention 2023"."""
    return bool(_PROGRAMME_OWN_WORDS.match(_PERIOD.sub("", key)))
_INCLUSIVE_ENDING = re.compile(r"(?<=[a-z])(?:\((?:e|es|s|ne|nes|ere|eres|rice|rices)\)|"
                               r"\.(?:e|ne|ere|rice)(?:\.?s)?\b)")
_OF_OTHERS = re.compile(r"\b(?:des|aux|de nos|de ses) (?:lieux|points|sites|structures|associations|antennes|porteurs|"
                        r"acteurs|partenaires|beneficiaires)\b|\bhabitants (?:accompagnes|concernes|touches|aides|"
                        r"beneficiaires|soutenus|inscrits)\b|"
                        # a structure's address, no heading of the member's: "Adresse de la ressourcerie : …"
                        r"\badresse (?:de l'|de la |du |des )(?:association|ressourcerie|recyclerie|epicerie|atelier|"
                        r"tiers-lieu|boutique|cafe|jardin|chantier|structure|cooperative|scic|scop|garage|magasin)s?\b")


_TO_THE_ESS = re.compile(r"\b(?:consacre|dedie|alloue)e?s? (?:a|pour) l'(?:ess|economie sociale)")


def with_its_value(section: str, key: str, value: str) -> bool:
    """Whether a heading of these words may have its value on its line. The usual wordings may
    ("Budget dédié à l'ESS : 80 000 €"); those a line of an action may open as well open their
    section only on a line of their own: "Enveloppe budgétaire : 20 000 €", "Stratégie de
    développement de l'ESS : votée en 2021", "Panorama 2022 de l'ESS : 12 % des emplois" under an
    action made their figure the member's, and the actions after them went into that section."""
    if not value.strip():
        return True
    if re.match(r"(?:credits?|montants?|enveloppe)\b", key) and not _TO_THE_ESS.search(key) or (
            key.startswith("strategie") and "strategie ess" not in key):
        return False  # (but "Montant consacré à l'ESS : 850 000 €": the member's, no action's money)
    return not (section in ("programme", "actions", "panorama") and re.search(r"\d", key)
                and not (section == "programme" and dated_programme(key)))  # "Programme d'intervention 2023 : …"
