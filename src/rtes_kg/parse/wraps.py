"""Lines a PDF, a print or a narrow column broke in the middle of a sentence, joined again.

A capture of a fiche often breaks its sentences at the width of the page ("• Prise de parts dans
la" / "SCIC Énergie Partagée Provence, qui" / "finance 20 centrales solaires."). Read line by line,
each piece loses what the sentence says: the organisation, the year and status of a budget line,
the end of a titre. A line continues the one above it when both are adjacent in the file (a blank
line ends a paragraph), the line above ends no sentence, and the line below cannot start one: it
opens in lower case, or the line above ends on a word that needs what follows ("dans la", "à",
"pour", a comma, a word cut by a hyphen). A line opening with a capital after a full word is
left alone: single-line layouts ("Soutien à la régie de quartier" / "Création d'une ressourcerie")
write one statement per line without a full stop.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.details import is_detail
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold

# Words after which a French sentence cannot end: articles, prepositions, conjunctions, relatives.
OPEN_ENDINGS = frozenset("""
    a au aux avec chez comme contre d dans de des du dont en entre et l la le les leur leurs ni
    ou par parmi pour que qu qui sa sans ses son sous sur un une vers via ce cet cette ces notre
    nos votre vos afin ainsi notamment dont lequel laquelle lesquels lesquelles auquel auxquels
    aupres hauteur travers lors selon
""".split())
# Words that announce the name that follows them ("la SCIC" / "Énergie Partagée Provence").
_NAME_OPENERS = frozenset("""
    association associations cooperative scic scop sapo siae cae geiq esat ei aci etti ai ptce cress
    fondation ressourcerie recyclerie regie mutuelle federation collectif reseau plateforme groupement
    union societe sas sarl dispositif programme tiers-lieu epicerie entreprise
""".split())
_SENTENCE_WORDS = 4
_LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)['’]?$")
_ENDS_SENTENCE = re.compile(r"[.!?:;…]['’\"»)\]]*$")
_CUT_WORD = re.compile(r"[^\W\d_]{2,}-$")  # "Par-" / "tagées": a word cut at the line's end
# Words a hyphen joins to the next one: at a line's end, the hyphen is kept ("vice-" / "présidente").
_COMPOUND_HEADS = frozenset({"vice", "co", "ex", "demi", "mi", "semi", "sous", "non", "apres", "avant",
                             "arriere", "porte", "grand", "grande", "quasi", "sans", "tout", "toute", "chef",
                             "cheffe", "beau", "belle", "petit", "petite", "sud", "nord", "est", "ouest"})
_OPENS_LOWER = re.compile(r"[«\"“(]?\s*[a-zàâäçéèêëîïôöùûüÿœæ]")
_OPENS_NAME = re.compile(r"[«\"“]?\s*[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ0-9]")
_CLOSES = re.compile(r"[»”)\],]")  # a line opening on the end of a quotation or an aside
# A unit named with its article ends no title: "cheffe du service" (which one?), "chargée de mission" does.
_UNIT_WANTS_ITS_NAME = re.compile(r"\b(?:du|de la|de l')\s?(?:service|pole|direction|mission|cellule|unite|bureau|"
                                  r"departement|division)$")
_PART = re.compile(r"(?:dont|soit)\b", re.IGNORECASE)
_NOT_PROSE = re.compile(r"@|https?://|www\.", re.IGNORECASE)
# A line opening with a year and a colon or a dash is a line of its own: "… aux associations" / "2024 : 1,35 M€"
_OPENS_A_YEAR_LINE = re.compile(r"\s*(?:19|20)\d\d\s*[:–-]")


def continues(above: Line, below: Line, section: str = "actions") -> bool:
    """Whether ``below`` goes on with the sentence that ``above`` left unfinished. In contacts a
    line opening in lower case is a titre of its own ("Jean Dupont" / "adjoint au maire"), and a
    comma may end a name before its phone number; in a budget, "dont …" and "soit …" lines are
    read as parts of the line above already."""
    strict = section == "contact"
    if below.no != above.no + 1 or below.bullet or below.is_url or above.is_url:
        return False
    if _NOT_PROSE.search(below.text) or _ENDS_SENTENCE.search(above.text) or _OPENS_A_YEAR_LINE.match(below.text):
        return False
    if section == "budget" and _PART.match(below.text):
        return False
    if section == "actions" and (is_detail(above) or is_detail(below)):
        return False  # "Contact : Marie Dupont, présidente de l'association" / "La Ville a créé…": a line of its own
    if above.text.count("«") > above.text.count("»") or above.text.count("(") > above.text.count(")"):
        return True  # a quotation or an aside left open: "le dispositif « Vallée Sud" / "Solidaire »"
    opens_lower = bool(_OPENS_LOWER.match(below.text))
    if _CUT_WORD.search(above.text) or above.text.endswith(",") and (opens_lower or not strict):
        return True
    if not strict and (opens_lower or _CLOSES.match(below.text)):
        return True
    if opens_lower and _UNIT_WANTS_ITS_NAME.search(above.key):
        return True  # "…, cheffe du service" / "économie solidaire": which service, said below
    last = _LAST_WORD.search(above.text)
    if not last:
        return False
    word = fold(last.group(1))
    # a kind word ends a title line too ("Ressourcerie" / "La ressourcerie Retritex…"): only in a sentence
    in_a_sentence = len(above.text.split()) >= _SENTENCE_WORDS
    return word in OPEN_ENDINGS or word in _NAME_OPENERS and in_a_sentence and bool(_OPENS_NAME.match(below.text))


def joined(above: Line, below: Line) -> Line:
    """One line of both: a word cut by a hyphen is mended when it goes on in lower case
    ("Par-" + "tagées"), kept when a name goes on ("Saint-" + "Étienne")."""
    cut = _CUT_WORD.search(above.text)
    if cut and below.text[:1].islower() and fold(cut.group(0)[:-1]) not in _COMPOUND_HEADS:
        text = above.text[:-1] + below.text
    elif cut:
        text = above.text + below.text  # "vice-" + "présidente", "Saint-" + "Étienne": a real hyphen
    else:
        text = f"{above.text} {below.text}"
    return replace(above, text=text, key=fold(text), cut=above.cut or below.cut)


_PROSE = frozenset({"panorama", "budget", "programme", "actions", "other"})


def unwrap(lines: list[Line], section: str) -> list[Line]:
    """The lines of a section with every broken sentence on one line; a joined line keeps the
    number of its first line, where the sentence starts. Only prose and contacts are joined:
    the other sections hold one value per line."""
    if section not in _PROSE and section != "contact":
        return lines
    result: list[Line] = []
    last_no = -1
    for line in lines:
        if result and continues(replace(result[-1], no=last_no), line, section):
            result[-1] = joined(result[-1], line)
        else:
            result.append(line)
        last_no = line.no
    return result
