"""Well-known bodies the curated list (data/reference/organisations.ttl) gained in round 21: each is
found where a fiche names it, with its one IRI, and the common French words some of their names are
made of name nothing in ordinary prose. The sentences are written for these tests in the style of the
fiches (member: Ville de Laval, in Mayenne, région Pays de la Loire)."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles
from rtes_kg.extract.curated import reference

FOUND = [
    # companies
    ("Le chantier est raccordé par Enedis et la Ville a signé une convention avec EDF.", {"enedis", "edf"}),
    ("La Ville a signé une convention avec l'ERDF pour l'éclairage public.", {"enedis"}),
    ("La gare accueille un point de vente solidaire en partenariat avec la SNCF.", {"sncf"}),
    ("La Ville loue l'ancien foyer Sonacotra, aujourd'hui géré par Adoma.", {"adoma"}),
    ("La collecte a été lancée sur Ulule, avec un abondement de la Ville.", {"ulule"}),
    ("Le projet a levé 12 000 € sur KissKissBankBank avec le soutien de la Ville.", {"kisskissbankbank"}),
    ("La ferme a financé sa serre sur Miimosa avec l'appui de la Ville.", {"miimosa"}),
    ("Le parc solaire est financé par Énergie Partagée Investissement et la Ville.",
     {"energie-partagee-investissement"}),
    # public bodies
    ("La Ville accueille des jeunes volontaires de l'EPIDE.", {"epide"}),
    ("Les encadrants suivent une formation du Conservatoire national des arts et métiers.",
     {"conservatoire-national-des-arts-et-metiers"}),
    ("La Ville forme ses agents avec le Cnam.", {"conservatoire-national-des-arts-et-metiers"}),
    ("Le comité de pilotage réunit la Ville et la Banque de France.", {"banque-de-france"}),
    ("La Ville a réalisé le diagnostic avec l'INSEE.", {"insee"}),
    ("La Ville a organisé une réunion d'information avec l'Urssaf Pays de la Loire.", {"urssaf-pays-de-la-loire"}),
    ("La Ville a organisé une réunion d'information avec l'URSSAF.", {"urssaf-pays-de-la-loire"}),
    ("Les créateurs sont accompagnés par l'Urssaf Bretagne et la Ville.", {"urssaf-bretagne"}),
    ("L'action est cofinancée par l'ARS et la Ville.", {"ars-pays-de-la-loire"}),
    ("L'action est cofinancée par l'Agence régionale de santé et la Ville.", {"ars-pays-de-la-loire"}),
    ("La Ville travaille avec la CARSAT sur le bien vieillir.", {"carsat-pays-de-la-loire"}),
    ("La Ville travaille avec la Carsat Bretagne sur le bien vieillir.", {"carsat-bretagne"}),
    # networks and their chapters
    ("Les bénévoles sont orientés par France Bénévolat.", {"france-benevolat"}),
    ("La Ville soutient le Réseau Chantier école.", {"chantier-ecole"}),
    ("La Ville travaille avec l'UNEA sur les achats responsables.", {"unea"}),
    ("La Ville travaille avec l'Adapei de la Mayenne.", {"adapei-de-la-mayenne"}),
    ("La Ville travaille avec l'Unapei.", {"unapei"}),
    ("La Ville a signé une convention avec la Ligue de l'enseignement.", {"ligue-de-l-enseignement"}),
    ("La Ville a signé une convention avec la Ligue de l'enseignement de la Mayenne.",
     {"ligue-de-l-enseignement-de-la-mayenne"}),
    ("Les accueils de loisirs sont animés avec les Francas.", {"francas"}),
    ("Les accueils de loisirs sont animés avec les Francas de la Mayenne.", {"francas-de-la-mayenne"}),
    ("La Ville travaille avec l'E2C de la Mayenne.", {"e2c-de-la-mayenne"}),
    ("La Ville travaille avec l'E2C.", {"e2c-ville-de-laval"}),
    ("La Ville travaille avec l'ADMR de la Mayenne.", {"admr-de-la-mayenne"}),
    ("La Ville travaille avec l'ADMR.", {"admr-ville-de-laval"}),
    ("Les porteurs de projet sont accompagnés par BGE Ouest.", {"bge-ouest"}),
    ("Les porteurs de projet sont accompagnés par la BGE.", {"bge-ville-de-laval"}),
    ("La Ville a soutenu une rencontre nationale de BGE Réseau.", {"bge"}),
    ("La Ville a confié la collecte des DEEE à Envie Anjou.", {"envie-anjou"}),
    ("La Ville a confié la collecte des DEEE à Envie 44.", {"envie-44"}),
    ("La Ville travaille avec le Réseau Envie.", {"envie"}),
    ("La Ville est sociétaire d'Enercoop Pays de la Loire.", {"enercoop-pays-de-la-loire"}),
    ("La Ville achète son électricité à Enercoop.", {"enercoop"}),
    ("Les projets citoyens sont accompagnés par Énergie Partagée Association.", {"energie-partagee"}),
    # ESS structures
    ("La Ville travaille avec APF France handicap sur l'accessibilité.", {"apf-france-handicap"}),
    ("La Ville accueille des volontaires d'Unis-Cité.", {"unis-cite"}),
    ("La complémentaire santé communale est proposée avec Harmonie Mutuelle.", {"harmonie-mutuelle"}),
    ("Le projet est soutenu par AG2R La Mondiale.", {"ag2r-la-mondiale"}),
    ("La Ville lutte contre l'isolement avec les Petits Frères des Pauvres.", {"les-petits-freres-des-pauvres"}),
    ("La Ville travaille avec ATD Quart Monde.", {"atd-quart-monde"}),
    ("La permanence juridique est tenue par la Cimade.", {"la-cimade"}),
    ("L'hébergement des demandeurs d'asile est confié à France Terre d'Asile.", {"france-terre-d-asile"}),
    ("L'hébergement des demandeurs d'asile est confié à Coallia.", {"coallia"}),
    ("La plateforme mobilité est portée par Wimoov avec le soutien de la Ville.", {"wimoov"}),
]


@pytest.mark.parametrize("sentence, slugs", FOUND)
def test_a_well_known_body_is_found_with_its_iri(sentence, slugs):
    action, = mentions(sentence)
    assert {slug for _, slug, _ in action} >= slugs


def test_a_bare_cnam_with_a_feminine_article_is_not_the_conservatoire():
    # "la Cnam" is the Caisse nationale de l'assurance maladie: a bare acronym names either.
    assert roles("La Ville travaille avec la Cnam.") == []


def test_the_chapters_of_the_new_networks_are_typed_like_the_listed_ones():
    curated = reference()
    assert curated.chapter_type("envie") == ("structure-ess", "siae")
    assert curated.chapter_type("enercoop") == ("structure-ess", "scic")
    assert curated.chapter_type("cnav") == ("organisme-public", None)
    assert curated.regional_chapter("ars", "52").slug == "ars-pays-de-la-loire"


@pytest.mark.parametrize("sentence", [
    "La Ville a pris le relais de la Région.",
    "L'association a pris le relais en 2021.",
    "Le relais est assuré par les bénévoles.",
    "Les bénévoles partagent l'envie d'entreprendre.",
    "Il s'agit de donner envie de consommer local.",
    "Envie de vous engager ? Les missions sont en ligne.",
    "Le transport solidaire aide des familles rurales isolées.",
    "Une action logement a été menée avec les habitants.",
    "Un chantier école a ouvert dans le quartier.",
    "Une opération d'énergie partagée a été lancée au printemps.",
    "L'énergie partagée profite aux locataires.",
    "Une école de la deuxième chance pourrait ouvrir.",
    "La cotisation d'assurance retraite est prise en charge.",
    "La commune d'Ars-en-Ré a été visitée.",
])
def test_the_common_words_of_these_names_name_nothing_in_prose(sentence):
    assert roles(sentence) == []
