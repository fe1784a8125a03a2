"""Whether a file that ends without a line break stops in the middle of a word: a fiche cut off."""

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
    ile cle non oui nez sol gaz pas bon ami age tri don vin lin riz the ble mai hab env
""".split())

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
    if last is None or last.end() != len(line.text) or not last.group(1).islower() \
            or line.text[last.start() - 1: last.start()] in {".", "@", "/"}:  # "…@vendome.fr", "www.x.fr"
        return False
    end = fold(last.group(1))
    if len(end) <= 3:
        return end not in OPEN_ENDINGS | _SHORT_WORDS
    written = {fold(word) for word in _WORDS.findall(text[: -len(last.group(1))])}
    if end in written or end in _FICHE_WORDS:
        return False
    return any(word.startswith(end) for word in written) \
        or any(len(word) >= len(end) + _SHORT_BY and word.startswith(end) for word in _FICHE_WORDS)
